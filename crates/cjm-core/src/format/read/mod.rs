//! Reading a map from TOML text.
//!
//! The text is parsed into a light tree ([`super::syntax`]) that keeps every
//! key's and value's position and where the comments are. The reader then
//! walks the tree by hand (rather than through serde) so that it can report
//! *every* problem at once, each with its position, and keep comments with
//! their items. Finally [`crate::model::validate`] checks ids and references,
//! and its findings are given the positions recorded while reading.
//!
//! Positions are recorded only when they are asked for, or when the map
//! turns out to have problems: a valid map is read once, without them.
//! Each `[[section]]` table is read as soon as the parser is past it and
//! then dropped, so a large file's tree and its map are never both whole in
//! memory.

use std::collections::HashSet;
use std::ops::Range;

use super::diagnostic::Diagnostic;
use super::syntax::{self, Comments, Document, Item, Value, ValueKind};
use crate::model::schema;
use crate::model::{
    Action, Conflict, ConflictKind, ConflictPart, Date, Department, Emotion, Evidence,
    EvidenceSource, FieldValue, Goal, Id, Link, Location, Map, MapKind, Metric, MetricKind,
    Opportunity, Participant, Persona, Reading, Role, SCHEMA_VERSION, Score, Section, Shared,
    Stage, Status, Touchpoint, Vocabulary, Wait,
};
use crate::suggest::closest;
use crate::t;

mod parts;
mod source_map;
mod stream;

use source_map::{SECTION_COUNT, slot};
pub use source_map::{SourceLines, SourceMap};

/// Parses and validates map text. On failure returns every problem found, in file order.
pub fn parse(source: &str) -> Result<Map, Vec<Diagnostic>> {
    read(source, false).map(|(map, _)| map)
}

/// Reads the map at `path` (at most `limit` bytes) a part at a time, never
/// holding its whole text, with the line of each of its items and fields;
/// `None` when the file is small, or could not be read this way: a map
/// with problems, or one written in a form the parts cannot stand for
/// alone. The caller then reads it whole (which reports any problem).
pub fn read_file_lined(path: &std::path::Path, limit: u64) -> Option<(Map, SourceLines)> {
    stream::read_file(path, limit)
}

/// Like [`read_file_lined`], with the fingerprint of the bytes read
/// instead of the lines.
pub fn read_file_fingerprinted(
    path: &std::path::Path,
    limit: u64,
) -> Option<(Map, crate::format::Fingerprint)> {
    stream::read_file_fingerprinted(path, limit)
}

/// Like [`parse`], and also tells where each item and field of the map was
/// found in `source`, so later findings about the map can name a line.
pub fn parse_with_positions(source: &str) -> Result<(Map, SourceMap), Vec<Diagnostic>> {
    read(source, true)
}

/// The sections of the model written as `[[key]]` lists: key, section,
/// what to call one of its items (a kind of `load-noun`), and its known keys.
const SECTIONS: [(&str, Section, &str, &[&str]); 7] = [
    (
        "personas",
        Section::Personas,
        "persona",
        schema::PERSONA_KEYS,
    ),
    (
        "departments",
        Section::Departments,
        "department",
        schema::DEPARTMENT_KEYS,
    ),
    (
        "team",
        Section::Team,
        "team-member",
        schema::PARTICIPANT_KEYS,
    ),
    ("stages", Section::Stages, "stage", schema::STAGE_KEYS),
    (
        "touchpoints",
        Section::Touchpoints,
        "touchpoint",
        schema::TOUCHPOINT_KEYS,
    ),
    (
        "opportunities",
        Section::Opportunities,
        "opportunity",
        schema::OPPORTUNITY_KEYS,
    ),
    ("metrics", Section::Metrics, "metric", schema::METRIC_KEYS),
];

/// The keys of [`SECTIONS`]: the top-level lists whose tables are read as
/// soon as the parser is past them.
const LISTS: [&str; 7] = [
    SECTIONS[0].0,
    SECTIONS[1].0,
    SECTIONS[2].0,
    SECTIONS[3].0,
    SECTIONS[4].0,
    SECTIONS[5].0,
    SECTIONS[6].0,
];

fn read(source: &str, positions: bool) -> Result<(Map, SourceMap), Vec<Diagnostic>> {
    let (mut reader, map) = match parts::read(source, positions) {
        Some(read) => read,
        None => read_at_once(source, positions)?,
    };
    reader.spans.finish();
    if let Some(map) = &map {
        let problems = crate::model::validate(map);
        if !problems.is_empty() && !positions {
            // Read again with positions, so that each problem names its line.
            return read(source, true);
        }
        for problem in problems {
            if reader.failed.contains(&problem.location) {
                continue;
            }
            let span = reader.span_of(problem.location);
            let mut d = Diagnostic::new(span, problem.message);
            d.hint = problem.hint;
            reader.diagnostics.push(d);
        }
    }
    let mut diagnostics = reader.diagnostics;
    match map {
        Some(map) if diagnostics.is_empty() => Ok((map, reader.spans)),
        _ => {
            diagnostics.sort_by_key(|d| d.span.as_ref().map_or(0, |s| s.start));
            Err(diagnostics)
        }
    }
}

/// Reads `source` on this thread alone, one `[[section]]` table after
/// another: what [`parts::read`] falls back on.
fn read_at_once(source: &str, positions: bool) -> Result<(Reader, Option<Map>), Vec<Diagnostic>> {
    let (mut reader, parsed) = parse_and_read(source, positions);
    let mut doc =
        parsed.map_err(|errors| errors.into_iter().map(syntax_error).collect::<Vec<_>>())?;
    let root = std::mem::take(&mut doc.root);
    let map = reader.map(&root, &doc, Vec::new());
    Ok((reader, map))
}

/// Parses `text`, reading each table of a `[[section]]` as soon as the
/// parser is past it; the rest stays in the document.
fn parse_and_read(
    text: &str,
    positions: bool,
) -> (Reader, Result<Document<'_>, Vec<syntax::SyntaxError>>) {
    let mut reader = Reader::new(positions);
    let parsed = Document::parse_handing_over(text, &LISTS, &mut |doc, key, table| {
        reader.item(doc, key, &table, true);
    });
    (reader, parsed)
}

/// A TOML syntax error as a diagnostic, with a hint for the usual causes.
fn syntax_error(error: syntax::SyntaxError) -> Diagnostic {
    let message = t!("load-syntax-error", problem = error.message);
    let hint = match error.kind {
        syntax::SyntaxKind::Date => t!("load-syntax-date-hint"),
        syntax::SyntaxKind::Duplicate => t!("load-syntax-duplicate-hint"),
        syntax::SyntaxKind::Unclosed => t!("load-syntax-unclosed-hint"),
        syntax::SyntaxKind::TooDeep => t!("load-syntax-too-deep-hint"),
        syntax::SyntaxKind::NotExtendable => t!("load-syntax-not-extendable-hint"),
        syntax::SyntaxKind::Other => t!("load-syntax-other-hint"),
    };
    Diagnostic::new(Some(error.span), message).with_hint(hint)
}

/// A table being read: the keys it may have, what to call it in messages and
/// where its fields belong in the model.
struct Table<'t> {
    table: &'t syntax::Table<'t>,
    /// The comments of the text.
    doc: &'t Comments<'t>,
    /// The header (or inline table) position, for "missing key" errors.
    span: Option<Range<usize>>,
    /// A table with a header of its own keeps the comments above and beside it.
    header: bool,
    /// "touchpoint `tp-x`", "the top level", "evidence #2 of touchpoint `tp-x`".
    noun: Place,
    known: &'static [&'static str],
    section: Section,
    index: Option<usize>,
    /// A table inside a field (evidence, reading): no model location of its own.
    nested: bool,
    /// For a table that is an element of an item's list field (an action,
    /// a link, evidence): that field and the element's number.
    element: Option<(&'static str, usize)>,
}

/// Where a table is, for messages: put into words only when a message
/// needs it, so that a large valid map costs nothing here.
#[derive(Clone)]
enum Place {
    TopLevel,
    Goal,
    /// The n-th item of a section (a `load-noun` and a number from 1).
    Numbered(&'static str, usize),
    /// An item by its id.
    Named(&'static str, String),
    /// The n-th table of a field of another table.
    Nested(&'static str, usize, Box<Place>),
}

impl Place {
    fn text(&self) -> String {
        match self {
            Place::TopLevel => t!("load-place-top-level"),
            Place::Goal => "[goal]".to_owned(),
            Place::Numbered(name, number) => {
                t!("load-place-numbered", noun = noun(name), number = *number)
            }
            Place::Named(name, id) => t!("load-place-named", noun = noun(name), id = id),
            Place::Nested(name, number, parent) => t!(
                "load-place-nested",
                noun = noun(name),
                number = *number,
                place = parent.text()
            ),
        }
    }
}

impl Table<'_> {
    fn location(&self, field: &'static str) -> Location {
        Location {
            section: self.section,
            index: self.index,
            field: Some(field),
            element: None,
            key: None,
        }
    }
}

/// The keys of list elements whose own positions are recorded, for the
/// problems validation finds in them (an unknown department, a bad address).
const POSITIONED_ELEMENT_KEYS: [&str; 2] = ["department", "url"];

struct Reader {
    /// Whether to record positions (see [`SourceMap`]).
    positions: bool,
    /// The items of the sections read so far.
    items: Items,
    diagnostics: Vec<Diagnostic>,
    /// Positions of model locations, for validation problems and later checks.
    spans: SourceMap,
    /// Locations that already have a reading error, so validation does not repeat it.
    failed: HashSet<Location>,
}

/// How to describe an item's type in a message.
fn describe(item: &Item) -> String {
    match item {
        Item::Table(_) => kind("table"),
        Item::ArrayOfTables(_) => kind("list-of-tables"),
        Item::Value(v) => describe_value(v),
    }
}

fn describe_value(value: &Value) -> String {
    kind(match value.kind {
        ValueKind::String(_) => "text",
        ValueKind::Integer(_) => "integer",
        ValueKind::Float(_) => "decimal",
        ValueKind::Boolean(_) => "boolean",
        ValueKind::Datetime(_) => "datetime",
        ValueKind::Array(_) => "list",
        ValueKind::InlineTable(_) => "inline-table",
    })
}

/// A kind of value (`load-kind`) as messages name it.
fn kind(name: &str) -> String {
    t!("load-kind", kind = name)
}

/// A kind of item (`load-noun`) as messages name it.
fn noun(name: &str) -> String {
    t!("load-noun", kind = name)
}

/// The items of the model's sections, as they are read.
#[derive(Default)]
struct Items {
    personas: Vec<Persona>,
    departments: Vec<Department>,
    team: Vec<Participant>,
    stages: Vec<Stage>,
    touchpoints: Vec<Shared<Touchpoint>>,
    opportunities: Vec<Shared<Opportunity>>,
    metrics: Vec<Shared<Metric>>,
}

impl Items {
    /// The comments of item `index` of `section`.
    fn comments_mut(
        &mut self,
        section: Section,
        index: usize,
    ) -> Option<&mut crate::model::Comments> {
        match section {
            Section::Personas => self.personas.get_mut(index).map(|i| &mut i.comments),
            Section::Departments => self.departments.get_mut(index).map(|i| &mut i.comments),
            Section::Team => self.team.get_mut(index).map(|i| &mut i.comments),
            Section::Stages => self.stages.get_mut(index).map(|i| &mut i.comments),
            Section::Touchpoints => self.touchpoints.get_mut(index).map(|i| &mut i.comments),
            Section::Opportunities => self.opportunities.get_mut(index).map(|i| &mut i.comments),
            Section::Metrics => self.metrics.get_mut(index).map(|i| &mut i.comments),
            _ => None,
        }
    }

    /// Gives back the room the lists grew into while reading.
    fn shrink_to_fit(&mut self) {
        self.personas.shrink_to_fit();
        self.departments.shrink_to_fit();
        self.team.shrink_to_fit();
        self.stages.shrink_to_fit();
        self.touchpoints.shrink_to_fit();
        self.opportunities.shrink_to_fit();
        self.metrics.shrink_to_fit();
    }

    /// Puts these items after those of `map`, section by section.
    fn append_to(mut self, map: &mut Map) {
        map.personas.append(&mut self.personas);
        map.departments.append(&mut self.departments);
        map.team.append(&mut self.team);
        map.stages.append(&mut self.stages);
        map.touchpoints.append(&mut self.touchpoints);
        map.opportunities.append(&mut self.opportunities);
        map.metrics.append(&mut self.metrics);
    }

    /// How many items of each section there are, by [`slot`].
    fn lengths(&self) -> [usize; SECTION_COUNT] {
        let mut lengths = [0; SECTION_COUNT];
        for (_, section, ..) in SECTIONS {
            lengths[slot(section)] = self.len(section);
        }
        lengths
    }

    fn len(&self, section: Section) -> usize {
        match section {
            Section::Personas => self.personas.len(),
            Section::Departments => self.departments.len(),
            Section::Team => self.team.len(),
            Section::Stages => self.stages.len(),
            Section::Touchpoints => self.touchpoints.len(),
            Section::Opportunities => self.opportunities.len(),
            Section::Metrics => self.metrics.len(),
            _ => 0,
        }
    }
}

impl Reader {
    fn new(positions: bool) -> Reader {
        Reader {
            positions,
            diagnostics: Vec::new(),
            spans: SourceMap::default(),
            failed: HashSet::new(),
            items: Items::default(),
        }
    }

    fn error(&mut self, span: Option<Range<usize>>, message: String, hint: impl Into<String>) {
        self.diagnostics
            .push(Diagnostic::new(span, message).with_hint(hint));
    }

    /// The recorded position of a location, or of the nearest enclosing one.
    fn span_of(&self, location: Location) -> Option<Range<usize>> {
        self.spans.span(location)
    }

    fn record(&mut self, t: &Table, field: &'static str, span: Option<Range<usize>>) {
        let (true, Some(span)) = (self.positions, span) else {
            return;
        };
        if !t.nested {
            self.spans.insert(t.location(field), span);
        } else if let Some((list, e)) = t.element
            && POSITIONED_ELEMENT_KEYS.contains(&field)
        {
            let at = Location {
                element: Some(e),
                ..t.location(list)
            };
            self.spans.insert(at.with_key(field), span);
        }
    }

    fn fail(&mut self, t: &Table, field: &'static str) {
        if !t.nested {
            self.failed.insert(t.location(field));
        }
    }

    /// The value of `key`, when present and a plain value; reports tables
    /// given where a value belongs.
    fn value<'t>(
        &mut self,
        t: &Table<'t>,
        key: &'static str,
        expected: &'static str,
    ) -> Option<&'t Value<'t>> {
        let entry = t.table.get(key)?;
        self.record(t, key, entry.item.span().or(Some(entry.key_span.clone())));
        match &entry.item {
            Item::Value(v) => Some(v),
            other => {
                let found = describe(other);
                self.error(
                    Some(entry.key_span.clone()),
                    t!(
                        "load-not-a-value",
                        key = key,
                        place = t.noun.text(),
                        expected = kind(expected),
                        found = found
                    ),
                    t!("load-not-a-value-hint", key = key, place = t.noun.text()),
                );
                self.fail(t, key);
                None
            }
        }
    }

    fn missing(&mut self, t: &Table, key: &'static str, example: &str) {
        self.error(
            t.span.clone(),
            t!("load-missing", key = key, place = t.noun.text()),
            t!("load-missing-hint", key = key, example = example),
        );
        self.fail(t, key);
    }

    fn wrong_type(
        &mut self,
        t: &Table,
        key: &'static str,
        value: &Value,
        expected: &str,
        hint: String,
    ) {
        self.error(
            Some(value.span.clone()),
            t!(
                "load-wrong-type",
                key = key,
                expected = expected,
                found = describe_value(value)
            ),
            hint,
        );
        self.fail(t, key);
    }

    /// A text field; `required` reports it when missing.
    fn text(&mut self, t: &Table, key: &'static str, required: bool) -> String {
        match self.value(t, key, "text") {
            Some(Value {
                kind: ValueKind::String(s),
                ..
            }) => s.to_string(),
            Some(other) => {
                let hint = t!("load-text-hint", key = key);
                self.wrong_type(t, key, other, &kind("text"), hint);
                String::new()
            }
            None => {
                if required && !t.table.contains_key(key) {
                    self.missing(t, key, "\"...\"");
                }
                String::new()
            }
        }
    }

    fn id(&mut self, t: &Table, key: &'static str, required: bool) -> Id {
        Id::new(self.text(t, key, required))
    }

    fn optional_id(&mut self, t: &Table, key: &'static str) -> Option<Id> {
        t.table.contains_key(key).then(|| self.id(t, key, false))
    }

    /// A list of texts; element positions are recorded for validation.
    fn texts(&mut self, t: &Table, key: &'static str) -> Vec<String> {
        let Some(value) = self.value(t, key, "list-of-texts") else {
            return Vec::new();
        };
        let ValueKind::Array(array) = &value.kind else {
            let hint = t!("load-texts-hint", key = key);
            self.wrong_type(t, key, value, &kind("list-of-texts"), hint);
            return Vec::new();
        };
        let mut out = Vec::with_capacity(array.len());
        for (e, element) in array.iter().enumerate() {
            if self.positions && !t.nested {
                let loc = Location {
                    element: Some(e),
                    ..t.location(key)
                };
                self.spans.insert(loc, element.span.clone());
            }
            match &element.kind {
                ValueKind::String(s) => out.push(s.to_string()),
                _ => {
                    let other = element;
                    self.error(
                        Some(other.span.clone()),
                        t!(
                            "load-element-not-text",
                            number = e + 1,
                            key = key,
                            found = describe_value(other)
                        ),
                        t!("load-element-not-text-hint"),
                    );
                    self.fail(t, key);
                }
            }
        }
        out
    }

    fn ids(&mut self, t: &Table, key: &'static str) -> Vec<Id> {
        self.texts(t, key).into_iter().map(Id::new).collect()
    }

    fn boolean(&mut self, t: &Table, key: &'static str) -> bool {
        match self.value(t, key, "boolean") {
            Some(Value {
                kind: ValueKind::Boolean(b),
                ..
            }) => *b,
            Some(other) => {
                let hint = t!("load-boolean-hint", key = key);
                self.wrong_type(t, key, other, &kind("boolean"), hint);
                false
            }
            None => false,
        }
    }

    /// A whole-number field of the schema, in its row's range; out of
    /// range, the row's help says what the numbers mean.
    fn ranged<T>(&mut self, t: &Table, row: &'static schema::Field<T>) -> Option<i64> {
        let (min, max) = row.range().unwrap_or((i64::MIN, i64::MAX));
        self.integer(t, row.key, min, max, || row.local_help())
    }

    /// A whole number in `min..=max`.
    fn integer(
        &mut self,
        t: &Table,
        key: &'static str,
        min: i64,
        max: i64,
        meaning: impl FnOnce() -> String,
    ) -> Option<i64> {
        let value = self.value(t, key, "integer")?;
        // Ranges that end where the storage type ends (votes: u32) read as "at least".
        let expected = || {
            if max >= i64::from(u32::MAX) {
                t!("load-integer-at-least", min = min)
            } else {
                t!("load-integer-range", min = min, max = max)
            }
        };
        match value.kind {
            ValueKind::Integer(n) if (min..=max).contains(&n) => Some(n),
            ValueKind::Integer(n) => {
                self.error(
                    Some(value.span.clone()),
                    t!(
                        "load-out-of-range",
                        key = key,
                        value = n,
                        expected = expected()
                    ),
                    meaning(),
                );
                self.fail(t, key);
                None
            }
            _ => {
                let hint = t!("load-number-hint", key = key, example = min.max(0).min(max));
                self.wrong_type(t, key, value, &expected(), hint);
                None
            }
        }
    }

    /// One value of a closed vocabulary.
    fn vocab<V: Vocabulary>(
        &mut self,
        t: &Table,
        key: &'static str,
        noun: &str,
        required: bool,
    ) -> Option<V> {
        let names = V::names();
        let allowed = names.join(", ");
        match self.value(t, key, "text") {
            Some(
                value @ Value {
                    kind: ValueKind::String(text),
                    ..
                },
            ) => {
                if let Some(v) = V::parse(text) {
                    return Some(v);
                }
                let hint = match closest(text, names.iter().copied()) {
                    Some(near) => t!(
                        "load-vocab-near-hint",
                        near = near,
                        allowed = allowed.as_str()
                    ),
                    None => t!("load-vocab-hint", allowed = allowed.as_str()),
                };
                self.error(
                    Some(value.span.clone()),
                    t!(
                        "load-vocab-unknown",
                        key = key,
                        value = text.escape_debug().to_string(),
                        what = t!("load-vocab-noun", kind = noun)
                    ),
                    hint,
                );
                self.fail(t, key);
                None
            }
            Some(other) => {
                let hint = t!("load-vocab-text-hint", allowed = allowed.as_str());
                self.wrong_type(t, key, other, &kind("text"), hint);
                None
            }
            None => {
                if required && !t.table.contains_key(key) {
                    self.missing(
                        t,
                        key,
                        &format!("\"{}\"", names.first().copied().unwrap_or("")),
                    );
                }
                None
            }
        }
    }

    fn date(&mut self, t: &Table, key: &'static str, required: bool) -> Option<Date> {
        let example = "2026-03-31";
        match self.value(t, key, "date") {
            Some(
                v @ Value {
                    kind: ValueKind::Datetime(dt),
                    ..
                },
            ) => {
                let date = match (dt.date, dt.time, dt.offset) {
                    (Some(d), None, None) => d,
                    _ => {
                        let hint = t!("load-date-time-hint", key = key, example = example);
                        self.error(Some(v.span.clone()), t!("load-date-time", key = key), hint);
                        self.fail(t, key);
                        return None;
                    }
                };
                match Date::new(date.year as i16, date.month as i8, date.day as i8) {
                    Ok(d) => Some(d),
                    Err(_) => {
                        self.error(
                            Some(v.span.clone()),
                            t!("load-date-invalid", key = key),
                            t!("load-date-invalid-hint"),
                        );
                        self.fail(t, key);
                        None
                    }
                }
            }
            Some(
                v @ Value {
                    kind: ValueKind::String(s),
                    ..
                },
            ) => {
                let hint = if s.parse::<Date>().is_ok() {
                    t!("load-date-quoted-hint", key = key, value = s.as_ref())
                } else {
                    t!("load-date-hint", key = key, example = example)
                };
                self.wrong_type(t, key, v, &kind("date"), hint);
                None
            }
            Some(other) => {
                let hint = t!("load-date-hint", key = key, example = example);
                self.wrong_type(t, key, other, &kind("date"), hint);
                None
            }
            None => {
                if required && !t.table.contains_key(key) {
                    self.missing(t, key, example);
                }
                None
            }
        }
    }

    fn number(&mut self, t: &Table, key: &'static str, required: bool) -> Option<f64> {
        const EXACT: i64 = 1 << 53;
        match self.value(t, key, "number") {
            Some(Value {
                kind: ValueKind::Integer(n),
                ..
            }) if (-EXACT..=EXACT).contains(n) => Some(*n as f64),
            Some(
                v @ Value {
                    kind: ValueKind::Integer(_),
                    ..
                },
            ) => {
                self.error(
                    Some(v.span.clone()),
                    t!("load-number-too-large", key = key),
                    t!("load-number-too-large-hint"),
                );
                self.fail(t, key);
                None
            }
            Some(Value {
                kind: ValueKind::Float(f),
                ..
            }) if f.is_finite() => Some(*f),
            Some(
                v @ Value {
                    kind: ValueKind::Float(_),
                    ..
                },
            ) => {
                self.error(
                    Some(v.span.clone()),
                    t!("load-number-not-finite", key = key),
                    t!("load-number-not-finite-hint"),
                );
                self.fail(t, key);
                None
            }
            Some(other) => {
                let hint = t!("load-number-hint", key = key, example = 42);
                self.wrong_type(t, key, other, &kind("number"), hint);
                None
            }
            None => {
                if required && !t.table.contains_key(key) {
                    self.missing(t, key, "42");
                }
                None
            }
        }
    }

    /// Reports every key of `t` that the format does not know.
    fn finish(&mut self, t: &Table) {
        for entry in &t.table.entries {
            let name = entry.key.as_ref();
            if t.known.contains(&name) {
                continue;
            }
            let hint = match closest(name, t.known.iter().copied()) {
                // `[touchpoint]` for `[[touchpoints]]`: the section needs both the plural and double brackets.
                Some(near)
                    if entry.item.is_table()
                        && t.section == Section::Root
                        && schema::ROOT_KEYS.contains(&near)
                        && near != "goal" =>
                {
                    t!("load-unknown-section-hint", near = near)
                }
                Some(near) => t!("load-did-you-mean", near = near),
                None => t!("load-known-keys", keys = t.known.join(", ")),
            };
            self.error(
                Some(entry.key_span.clone()),
                t!(
                    "load-unknown-key",
                    key = name.escape_debug().to_string(),
                    place = t.noun.text()
                ),
                hint,
            );
        }
    }

    /// The comments around the table's header and its known fields: those
    /// above a header or key, beside it on its line, and inside a
    /// multi-line value (which move above the field).
    fn comments(&self, t: &Table) -> crate::model::Comments {
        let doc = t.doc;
        let comments_in = |range: Range<usize>, out: &mut Vec<String>| {
            out.extend(doc.comments_in(range).map(str::to_owned));
        };
        let mut comments = crate::model::Comments::default();
        if let (true, Some(span)) = (t.header, &t.span) {
            comments_in(t.table.above..span.start, &mut comments.above);
            comments_in(span.end..doc.next_line(span.end), &mut comments.above);
        }
        for entry in &t.table.entries {
            let Some(&field) = t.known.iter().find(|k| **k == entry.key) else {
                continue;
            };
            // A section's comments go with its items (see `Reader::map`).
            if t.section == Section::Root && SECTIONS.iter().any(|s| s.0 == field) {
                continue;
            }
            let mut above = Vec::new();
            let mut trailing = Vec::new();
            match &entry.item {
                Item::Value(value) => {
                    comments_in(entry.above..entry.key_span.start, &mut above);
                    comments_in(value.span.clone(), &mut above);
                    let end = value.span.end;
                    // Within braces, the rest of the line is not the field's.
                    let line_end = match &t.table.span {
                        Some(braces) if t.table.is_inline() => doc.next_line(end).min(braces.end),
                        _ => doc.next_line(end),
                    };
                    comments_in(end..line_end, &mut trailing);
                }
                // `[[touchpoints.evidence]]`: the comments of each header.
                // (The top level's lists are items, with comments of their own.)
                Item::ArrayOfTables(tables) if t.section != Section::Root => {
                    for table in tables {
                        if let Some(span) = &table.span {
                            comments_in(table.above..span.start, &mut above);
                            let end = span.end;
                            comments_in(end..doc.next_line(end), &mut above);
                        }
                    }
                }
                Item::ArrayOfTables(_) | Item::Table(_) => {}
            }
            if above.is_empty() && trailing.is_empty() {
                continue;
            }
            let entry = comments.field_mut(field);
            entry.above = above;
            let mut trailing = trailing.into_iter();
            entry.trailing = trailing.next();
            entry.above.extend(trailing);
        }
        comments
    }

    /// Reads one table of a section (`key` is its `[[key]]`) into `self.items`.
    fn item(&mut self, doc: &Comments, key: &str, table: &syntax::Table, header: bool) {
        let Some(&(_, section, name, known)) = SECTIONS.iter().find(|s| s.0 == key) else {
            return;
        };
        let index = self.items.len(section);
        if let (true, Some(span)) = (self.positions, &table.span) {
            self.spans
                .insert(Location::item(section, index), span.clone());
        }
        let t = Table {
            table,
            doc,
            span: table.span.clone(),
            header,
            noun: Place::Numbered(name, index + 1),
            known,
            section,
            index: Some(index),
            nested: false,
            element: None,
        };
        match section {
            Section::Personas => {
                let item = self.persona(t);
                self.items.personas.push(item);
            }
            Section::Departments => {
                let item = self.department(t);
                self.items.departments.push(item);
            }
            Section::Team => {
                let item = self.participant(t);
                self.items.team.push(item);
            }
            Section::Stages => {
                let item = self.stage(t);
                self.items.stages.push(item);
            }
            Section::Touchpoints => {
                let item = self.touchpoint(t);
                self.items.touchpoints.push(Shared::new(item));
            }
            Section::Opportunities => {
                let item = self.opportunity(t);
                self.items.opportunities.push(Shared::new(item));
            }
            Section::Metrics => {
                let item = self.metric(t);
                self.items.metrics.push(Shared::new(item));
            }
            _ => {}
        }
    }

    /// The tables of a top-level list `key` still in the tree: written as
    /// `[[key]]` (those not handed over while parsing) or as an inline list
    /// of tables. Reports any other shape.
    fn tables<'t>(
        &mut self,
        entry: &'t syntax::Entry<'t>,
        key: &str,
        name: &str,
    ) -> Vec<(&'t syntax::Table<'t>, bool)> {
        match &entry.item {
            Item::ArrayOfTables(tables) => tables.iter().map(|t| (t, true)).collect(),
            Item::Value(Value {
                kind: ValueKind::Array(values),
                ..
            }) if values
                .iter()
                .all(|v| matches!(v.kind, ValueKind::InlineTable(_))) =>
            {
                values
                    .iter()
                    .filter_map(|v| match &v.kind {
                        ValueKind::InlineTable(t) => Some((&**t, false)),
                        _ => None,
                    })
                    .collect()
            }
            other => {
                let found = describe(other);
                self.error(
                    Some(entry.key_span.clone()),
                    t!("load-not-a-list-of-tables", key = key, found = found),
                    t!(
                        "load-not-a-list-of-tables-hint",
                        key = key,
                        noun = noun(name)
                    ),
                );
                Vec::new()
            }
        }
    }

    /// Names the item by its id in later messages, once the id is known.
    fn name_item(t: &mut Table, name: &'static str, id: &Id) {
        if id.problem().is_none() {
            t.noun = Place::Named(name, id.as_str().to_owned());
        }
    }

    /// Reads the top level and what is left of the sections in `root`, then
    /// appends the items of the `later` parts of the text (see
    /// [`parts`]; none when the text was read at once), and makes the map.
    fn map(
        &mut self,
        root: &syntax::Table,
        doc: &Document,
        later: Vec<parts::Part>,
    ) -> Option<Map> {
        let comments = &doc.comments;
        let root = Table {
            table: root,
            doc: comments,
            span: Some(0..0),
            header: false,
            noun: Place::TopLevel,
            known: schema::ROOT_KEYS,
            section: Section::Root,
            index: None,
            nested: false,
            element: None,
        };
        let schema = self.integer(&root, "schema", 1, i64::MAX, || t!("load-schema-first"));
        match schema {
            Some(v) if v > SCHEMA_VERSION => {
                let span = root.table.get("schema").and_then(|e| e.item.span());
                // Whatever else seems wrong may be right in the newer format.
                self.diagnostics.clear();
                self.error(
                    span,
                    t!("load-schema-newer", version = v, known = SCHEMA_VERSION),
                    t!("load-schema-newer-hint"),
                );
                return None;
            }
            None if !root.table.contains_key("schema") => {
                self.error(
                    Some(0..0),
                    t!("load-schema-missing"),
                    t!("load-schema-missing-hint", version = SCHEMA_VERSION),
                );
            }
            _ => {}
        }
        let title = self.text(&root, "title", true);
        let kind = self.vocab::<MapKind>(&root, "kind", "kind-of-map", true);
        let mut map = Map::new(title, kind.unwrap_or(MapKind::CurrentState));
        map.schema = schema.unwrap_or(SCHEMA_VERSION);
        map.language = self.text(&root, "language", false);
        map.based_on = self.text(&root, "based_on", false);
        map.created = self.date(&root, "created", false);
        map.owner = self.text(&root, "owner", false);
        map.review_by = self.date(&root, "review_by", false);
        map.parking_lot = self.texts(&root, "parking_lot");
        map.shared_personas = self.texts(&root, "shared_personas");
        map.shared_departments = self.texts(&root, "shared_departments");
        self.finish(&root);
        map.comments = self.comments(&root);
        map.goal = self.goal(&root);
        for (key, section, noun, _) in SECTIONS {
            if let Some(entry) = root.table.get(key) {
                let first = self.items.len(section);
                for (table, header) in self.tables(entry, key, noun) {
                    self.item(comments, key, table, header);
                }
                // A list written inline (`stages = [{ ... }]`): the comments
                // above, inside and beside it go above its first item.
                if let Item::Value(value) = &entry.item {
                    let end = value.span.end;
                    let mut around: Vec<String> = comments
                        .comments_in(entry.above..entry.key_span.start)
                        .chain(comments.comments_in(value.span.start..comments.next_line(end)))
                        .map(str::to_owned)
                        .collect();
                    if let Some(item) = self.items.comments_mut(section, first) {
                        around.append(&mut item.above);
                        item.above = around;
                    }
                }
            }
        }
        // The file's last comments are those of its last part.
        let mut trailing = None;
        for part in later {
            trailing = Some(self.append(part));
        }
        let mut items = std::mem::take(&mut self.items);
        items.shrink_to_fit();
        map.personas = items.personas;
        map.departments = items.departments;
        map.team = items.team;
        map.stages = items.stages;
        map.touchpoints = items.touchpoints;
        map.opportunities = items.opportunities;
        map.metrics = items.metrics;
        let conflicts = root.table.get("conflicts");
        let tables = conflicts.map_or_else(Vec::new, |e| self.tables(e, "conflicts", "conflict"));
        for (i, (table, _)) in tables.into_iter().enumerate() {
            let t = Table {
                table,
                doc: comments,
                span: table.span.clone(),
                header: true,
                noun: Place::Numbered("conflict", i + 1),
                known: schema::CONFLICT_KEYS,
                section: Section::Root,
                index: None,
                nested: true,
                element: None,
            };
            if let Some(conflict) = self.conflict(&t, &map) {
                map.conflicts.push(conflict);
            }
        }
        map.trailing_comments =
            trailing.unwrap_or_else(|| doc.trailing_comments().map(str::to_owned).collect());
        Some(map)
    }

    /// A `[[conflicts]]` table: an unresolved merge conflict, checked against
    /// the rest of the map. Conflicts are not items of the model, so no
    /// model locations are recorded for them.
    fn conflict(&mut self, t: &Table, map: &Map) -> Option<Conflict> {
        let errors_before = self.diagnostics.len();
        let item = self.text(t, "item", true);
        let field = self.text(t, "field", false);
        let kind = self.vocab::<ConflictKind>(t, "kind", "kind-of-conflict", true);
        let ours = self.field_value(t, "ours");
        let theirs = self.field_value(t, "theirs");
        let comments = self.comments(t);
        self.finish(t);
        let conflict = Conflict {
            item,
            field,
            kind: kind?,
            ours,
            theirs,
            comments,
        };
        if self.diagnostics.len() > errors_before {
            return None;
        }
        for problem in conflict.problems(map) {
            let key = match problem.part {
                ConflictPart::Item => "item",
                ConflictPart::Field => "field",
                ConflictPart::Ours => "ours",
                ConflictPart::Theirs => "theirs",
            };
            let span = t
                .table
                .get(key)
                .and_then(|e| e.item.span())
                .or_else(|| t.span.clone());
            self.error(
                span,
                t!(
                    "load-in-place",
                    place = t.noun.text(),
                    problem = problem.message
                ),
                problem.hint,
            );
        }
        Some(conflict)
    }

    /// A value of any shape a map field can have (`ours`, `theirs`).
    fn field_value(&mut self, t: &Table, key: &'static str) -> Option<FieldValue> {
        let value = self.value(t, key, "value")?;
        match field_value(value) {
            Ok(v) => Some(v),
            Err((span, message)) => {
                self.error(
                    Some(span),
                    t!(
                        "load-bad-value",
                        key = key,
                        place = t.noun.text(),
                        problem = message
                    ),
                    t!("load-bad-value-hint"),
                );
                None
            }
        }
    }

    fn goal(&mut self, root: &Table) -> Goal {
        let Some(entry) = root.table.get("goal") else {
            return Goal::default();
        };
        let (table, header) = match &entry.item {
            // `[goal]` has a header of its own; `goal.focus = ...` does not.
            Item::Table(t) => (&**t, t.span.is_some()),
            Item::Value(Value {
                kind: ValueKind::InlineTable(t),
                ..
            }) => (&**t, false),
            other => {
                self.error(
                    Some(entry.key_span.clone()),
                    t!("load-goal-not-table", found = describe(other)),
                    t!("load-goal-not-table-hint"),
                );
                return Goal::default();
            }
        };
        let t = Table {
            table,
            doc: root.doc,
            span: entry.item.span().or_else(|| Some(entry.key_span.clone())),
            header,
            noun: Place::Goal,
            known: schema::GOAL_KEYS,
            section: Section::Goal,
            index: None,
            nested: false,
            element: None,
        };
        let goal = Goal {
            focus: self.vocab::<crate::model::Focus>(&t, "focus", "focus", false),
            statement: self.text(&t, "statement", false),
            scope: self.text(&t, "scope", false),
            success_criteria: self.texts(&t, "success_criteria"),
            comments: self.comments(&t),
        };
        self.finish(&t);
        goal
    }

    fn persona(&mut self, mut t: Table) -> Persona {
        let id = self.id(&t, "id", true);
        Self::name_item(&mut t, "persona", &id);
        let persona = Persona {
            id,
            name: self.text(&t, "name", true),
            primary: self.boolean(&t, "primary"),
            segment: self.text(&t, "segment", false),
            description: self.text(&t, "description", false),
            demographics: self.text(&t, "demographics", false),
            behaviours: self.text(&t, "behaviours", false),
            motivations: self.text(&t, "motivations", false),
            needs: self.text(&t, "needs", false),
            frustrations: self.text(&t, "frustrations", false),
            jobs_to_be_done: self.texts(&t, "jobs_to_be_done"),
            quote: self.text(&t, "quote", false),
            says: self.texts(&t, "says"),
            thinks: self.texts(&t, "thinks"),
            does: self.texts(&t, "does"),
            feels: self.texts(&t, "feels"),
            comments: self.comments(&t),
        };
        self.finish(&t);
        persona
    }

    fn department(&mut self, mut t: Table) -> Department {
        let id = self.id(&t, "id", true);
        Self::name_item(&mut t, "department", &id);
        let department = Department {
            id,
            name: self.text(&t, "name", true),
            short_name: self.text(&t, "short_name", false),
            aliases: self.texts(&t, "aliases"),
            comments: self.comments(&t),
        };
        self.finish(&t);
        department
    }

    fn participant(&mut self, t: Table) -> Participant {
        let participant = Participant {
            id: self.optional_id(&t, "id"),
            name: self.text(&t, "name", true),
            department: self.text(&t, "department", false),
            role: self
                .vocab::<Role>(&t, "role", "role", false)
                .unwrap_or(Role::Participant),
            comments: self.comments(&t),
        };
        self.finish(&t);
        participant
    }

    fn stage(&mut self, mut t: Table) -> Stage {
        let id = self.id(&t, "id", true);
        Self::name_item(&mut t, "stage", &id);
        let stage = Stage {
            id,
            name: self.text(&t, "name", true),
            customer_goal: self.text(&t, "customer_goal", false),
            description: self.text(&t, "description", false),
            comments: self.comments(&t),
        };
        self.finish(&t);
        stage
    }

    fn touchpoint(&mut self, mut t: Table) -> Touchpoint {
        let id = self.id(&t, "id", true);
        Self::name_item(&mut t, "touchpoint", &id);
        let emotion = self
            .ranged(&t, const { schema::row(schema::TOUCHPOINT, "emotion") })
            .and_then(Emotion::new);
        let touchpoint = Touchpoint {
            stage: self.id(&t, "stage", true),
            name: self.text(&t, "name", true),
            channel: self.vocab(&t, "channel", "channel", false),
            owner: self.text(&t, "owner", false),
            personas: self.ids(&t, "personas"),
            doing: self.text(&t, "doing", false),
            thinking: self.text(&t, "thinking", false),
            feeling: self.text(&t, "feeling", false),
            emotion,
            pain_points: self.texts(&t, "pain_points"),
            moment_of_truth: self.boolean(&t, "moment_of_truth"),
            evidence: self.evidence(&t),
            frontstage: self.actions(&t, "frontstage"),
            backstage: self.actions(&t, "backstage"),
            support: self.actions(&t, "support"),
            fail_point: self.text(&t, "fail_point", false),
            wait: self.wait(&t),
            web_links: self.links(&t),
            comments: self.comments(&t),
            id,
        };
        self.finish(&t);
        touchpoint
    }

    /// The tables of a list field such as `evidence` or `readings`.
    fn nested_tables<'t>(
        &mut self,
        t: &Table<'t>,
        key: &'static str,
        name: &'static str,
        known: &'static [&'static str],
    ) -> Vec<Table<'t>> {
        let example = match key {
            "evidence" => "evidence = [{ source = \"interview\", note = \"...\" }]",
            "readings" => "readings = [{ date = 2026-03-31, value = 42 }]",
            "web_links" => "web_links = [{ title = \"...\", url = \"https://...\" }]",
            _ => "backstage = [{ text = \"...\", department = \"dp-...\" }]",
        };
        let Some(entry) = t.table.get(key) else {
            return Vec::new();
        };
        self.record(t, key, entry.item.span().or(Some(entry.key_span.clone())));
        let mut out: Vec<(&'t syntax::Table<'t>, Option<Range<usize>>)> = Vec::new();
        match &entry.item {
            Item::Value(Value {
                kind: ValueKind::Array(array),
                ..
            }) => {
                for value in array {
                    match &value.kind {
                        ValueKind::InlineTable(table) => {
                            out.push((table, Some(value.span.clone())));
                        }
                        _ => {
                            self.error(
                                Some(value.span.clone()),
                                t!(
                                    "load-element-not-table",
                                    key = key,
                                    found = describe_value(value)
                                ),
                                t!("load-write-example", example = example),
                            );
                            self.fail(t, key);
                        }
                    }
                }
            }
            Item::ArrayOfTables(tables) => {
                out.extend(tables.iter().map(|table| (table, table.span.clone())));
            }
            other => {
                self.error(
                    other.span().or_else(|| Some(entry.key_span.clone())),
                    t!("load-not-tables", key = key, found = describe(other)),
                    t!("load-write-example", example = example),
                );
                self.fail(t, key);
            }
        }
        if self.positions && !t.nested {
            for (e, (_, span)) in out.iter().enumerate() {
                if let Some(span) = span {
                    let loc = Location {
                        element: Some(e),
                        ..t.location(key)
                    };
                    self.spans.insert(loc, span.clone());
                }
            }
        }
        out.into_iter()
            .enumerate()
            .map(|(i, (table, span))| Table {
                table,
                doc: t.doc,
                span,
                header: false,
                noun: Place::Nested(name, i + 1, Box::new(t.noun.clone())),
                known,
                section: t.section,
                index: t.index,
                nested: true,
                element: (!t.nested).then_some((key, i)),
            })
            .collect()
    }

    fn evidence(&mut self, t: &Table) -> Vec<Evidence> {
        let tables = self.nested_tables(t, "evidence", "evidence", schema::EVIDENCE_KEYS);
        // As long as the list: a list grown by pushing keeps room for four.
        let mut out = Vec::with_capacity(tables.len());
        for e in tables {
            let source = self.vocab::<EvidenceSource>(&e, "source", "evidence-source", true);
            let note = self.text(&e, "note", false);
            let url = self.text(&e, "url", false);
            self.finish(&e);
            if let Some(source) = source {
                out.push(Evidence { source, note, url });
            } else {
                self.fail(t, "evidence");
            }
        }
        out
    }

    /// A blueprint lane: `frontstage`, `backstage` or `support`.
    fn actions(&mut self, t: &Table, key: &'static str) -> Vec<Action> {
        let noun = match key {
            "frontstage" => "frontstage-action",
            "backstage" => "backstage-action",
            "support" => "support-action",
            _ => "action",
        };
        let tables = self.nested_tables(t, key, noun, schema::ACTION_KEYS);
        // As long as the list: a list grown by pushing keeps room for four.
        let mut out = Vec::with_capacity(tables.len());
        for a in tables {
            let text = self.text(&a, "text", true);
            if text.trim().is_empty() {
                // Present but blank: what the action is, is missing all the same.
                if let Some(Item::Value(
                    value @ Value {
                        kind: ValueKind::String(_),
                        ..
                    },
                )) = a.table.get("text").map(|entry| &entry.item)
                {
                    self.error(
                        Some(value.span.clone()),
                        t!("load-empty-text", place = a.noun.text()),
                        t!("load-empty-text-hint"),
                    );
                    self.fail(t, key);
                }
            }
            let department = self.text(&a, "department", false);
            self.finish(&a);
            out.push(Action { text, department });
        }
        out
    }

    /// `web_links`: a list of `{ title, url }`.
    fn links(&mut self, t: &Table) -> Vec<Link> {
        let tables = self.nested_tables(t, "web_links", "web-link", schema::LINK_KEYS);
        // As long as the list: a list grown by pushing keeps room for four.
        let mut out = Vec::with_capacity(tables.len());
        for l in tables {
            let title = self.text(&l, "title", false);
            let url = self.text(&l, "url", true);
            self.finish(&l);
            // Without a `url` the reader has said so; validation need not repeat it.
            if l.table.contains_key("url") {
                out.push(Link { title, url });
            }
        }
        out
    }

    /// A touchpoint's `wait`: `15m`, `2h`, `3d`, `1w`, `1h30m`.
    fn wait(&mut self, t: &Table) -> Option<Wait> {
        let value = self.value(t, "wait", "duration")?;
        let ValueKind::String(text) = &value.kind else {
            let hint = t!("load-wait-text-hint");
            self.wrong_type(t, "wait", value, &kind("duration-example"), hint);
            return None;
        };
        match Wait::parse(text) {
            Ok(wait) => Some(wait),
            Err(e) => {
                self.error(
                    Some(value.span.clone()),
                    t!(
                        "load-wait-invalid",
                        value = text.escape_debug().to_string(),
                        problem = e.to_string()
                    ),
                    t!("load-wait-invalid-hint"),
                );
                self.fail(t, "wait");
                None
            }
        }
    }

    fn opportunity(&mut self, mut t: Table) -> Opportunity {
        let id = self.id(&t, "id", true);
        Self::name_item(&mut t, "opportunity", &id);
        let mut o = Opportunity::new(id, self.text(&t, "title", true));
        o.description = self.text(&t, "description", false);
        o.touchpoints = self.ids(&t, "touchpoints");
        o.stage = self.optional_id(&t, "stage");
        o.impact = self
            .ranged(&t, const { schema::row(schema::OPPORTUNITY, "impact") })
            .and_then(Score::new);
        o.effort = self
            .ranged(&t, const { schema::row(schema::OPPORTUNITY, "effort") })
            .and_then(Score::new);
        o.votes = self
            .ranged(&t, const { schema::row(schema::OPPORTUNITY, "votes") })
            .and_then(|v| u32::try_from(v).ok())
            .unwrap_or(0);
        o.owner = self.text(&t, "owner", false);
        o.status = self
            .vocab(&t, "status", "status", false)
            .unwrap_or(Status::Idea);
        o.web_links = self.links(&t);
        o.issue = self.text(&t, "issue", false);
        o.issue_state = self.text(&t, "issue_state", false);
        o.comments = self.comments(&t);
        self.finish(&t);
        o
    }

    fn metric(&mut self, mut t: Table) -> Metric {
        let id = self.id(&t, "id", true);
        Self::name_item(&mut t, "metric", &id);
        let name = self.text(&t, "name", true);
        let kind = self.vocab(&t, "kind", "kind-of-metric", true);
        let mut m = Metric::new(id, name, kind.unwrap_or(MetricKind::Other));
        m.measures = self.text(&t, "measures", false);
        m.links = self.ids(&t, "links");
        m.unit = self.text(&t, "unit", false);
        m.source = self.text(&t, "source", false);
        m.baseline = self.number(&t, "baseline", false);
        m.target = self.number(&t, "target", false);
        let readings = self.nested_tables(&t, "readings", "reading", schema::READING_KEYS);
        m.readings.reserve_exact(readings.len());
        for r in readings {
            let date = self.date(&r, "date", true);
            let value = self.number(&r, "value", true);
            self.finish(&r);
            match (date, value) {
                (Some(date), Some(value)) => m.readings.push(Reading { date, value }),
                _ => self.fail(&t, "readings"),
            }
        }
        m.web_links = self.links(&t);
        m.comments = self.comments(&t);
        self.finish(&t);
        m
    }
}

/// A TOML value as a [`FieldValue`], or the position and reason it cannot be one.
fn field_value(value: &Value) -> Result<FieldValue, (Range<usize>, String)> {
    let span = || value.span.clone();
    match &value.kind {
        ValueKind::String(s) => Ok(FieldValue::Text(s.to_string())),
        ValueKind::Integer(n) => Ok(FieldValue::Integer(*n)),
        ValueKind::Float(f) if f.is_finite() => Ok(FieldValue::Float(*f)),
        ValueKind::Float(_) => Err((span(), t!("load-value-not-finite"))),
        ValueKind::Boolean(b) => Ok(FieldValue::Bool(*b)),
        ValueKind::Datetime(dt) => match (dt.date, dt.time, dt.offset) {
            (Some(d), None, None) => Date::new(d.year as i16, d.month as i8, d.day as i8)
                .map(FieldValue::Date)
                .map_err(|_| (span(), t!("load-value-not-a-day"))),
            _ => Err((span(), t!("load-value-date-time"))),
        },
        ValueKind::Array(array) => array
            .iter()
            .map(field_value)
            .collect::<Result<_, _>>()
            .map(FieldValue::List),
        ValueKind::InlineTable(table) => table_value(table, span()),
    }
}

/// An inline table (and the tables its dotted keys make) as a [`FieldValue`].
fn table_value(
    table: &syntax::Table,
    span: Range<usize>,
) -> Result<FieldValue, (Range<usize>, String)> {
    table
        .entries
        .iter()
        .map(|entry| {
            let value = match &entry.item {
                Item::Value(v) => field_value(v),
                Item::Table(t) => table_value(t, entry.key_span.clone()),
                Item::ArrayOfTables(_) => Err((span.clone(), t!("load-value-list-of-tables"))),
            };
            value.map(|v| (entry.key.to_string(), v))
        })
        .collect::<Result<_, _>>()
        .map(FieldValue::Table)
}
