//! Reading a map from TOML text.
//!
//! The text is parsed with `toml_edit`, which keeps every key's and value's
//! position and the comments around them. The reader then walks the document
//! by hand (rather than through serde) so that it can report *every* problem
//! at once, each with its position, and keep comments with their items.
//! Finally [`crate::model::validate`] checks ids and references, and its
//! findings are given the positions recorded while reading.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use toml_edit::{Decor, Document, Item, Key, RawString, TableLike, Value};

use super::diagnostic::{Diagnostic, Position};
use super::fields;
use crate::model::{
    Comments, Conflict, ConflictKind, ConflictPart, Date, Emotion, Evidence, EvidenceSource,
    FieldValue, Goal, Id, Location, Map, MapKind, Metric, MetricKind, Opportunity, Participant,
    Persona, Reading, Role, SCHEMA_VERSION, Score, Section, Stage, Status, Touchpoint, Vocabulary,
};
use crate::suggest::closest;

/// Parses and validates map text. On failure returns every problem found, in file order.
pub fn parse(source: &str) -> Result<Map, Vec<Diagnostic>> {
    parse_with_positions(source).map(|(map, _)| map)
}

/// Like [`parse`], and also tells where each item and field of the map was
/// found in `source`, so later findings about the map can name a line.
pub fn parse_with_positions(source: &str) -> Result<(Map, SourceMap), Vec<Diagnostic>> {
    let doc = match Document::parse(source) {
        Ok(doc) => doc,
        Err(err) => {
            let message = err.message().trim_end().to_owned();
            let message = message
                .strip_prefix("invalid ")
                .map_or(message.clone(), |m| {
                    format!("TOML syntax error: invalid {m}")
                });
            let message = if message.starts_with("TOML") {
                message
            } else {
                format!("TOML syntax error: {message}")
            };
            let hint = if message.contains("date") || message.contains("time") {
                "write dates as YYYY-MM-DD (a real day of the calendar), without quotes"
            } else if message.contains("duplicate key") {
                "each key may appear only once in a table; remove or rename one of them"
            } else {
                "fix the TOML syntax at this spot (a missing quote, `=`, comma or bracket is the usual cause)"
            };
            return Err(vec![Diagnostic::new(err.span(), message).with_hint(hint)]);
        }
    };
    let mut reader = Reader {
        source,
        diagnostics: Vec::new(),
        spans: SourceMap::default(),
        failed: HashSet::new(),
    };
    let map = reader.map(&doc);
    if let Some(map) = &map {
        for problem in crate::model::validate(map) {
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

/// Where the items and fields of a map were found in its source text: the
/// byte ranges recorded while reading, by model location.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SourceMap {
    spans: HashMap<Location, Range<usize>>,
}

impl SourceMap {
    /// The byte range of `location`, or of the nearest enclosing location
    /// that was recorded: a field missing from the file falls back to its
    /// item's `[[section]]` header. `None` for whole sections and for
    /// top-level fields that are not in the file.
    pub fn span(&self, location: Location) -> Option<Range<usize>> {
        let mut at = Some(location);
        while let Some(loc) = at {
            if let Some(span) = self.spans.get(&loc) {
                return Some(span.clone());
            }
            at = loc.parent();
        }
        None
    }

    /// The line and column of `location` in `source`, the text the map was read from.
    pub fn position(&self, source: &str, location: Location) -> Option<Position> {
        self.span(location)
            .map(|span| Position::of(source, span.start))
    }

    fn insert(&mut self, location: Location, span: Range<usize>) {
        self.spans.insert(location, span);
    }
}

/// A table being read: the keys it may have, what to call it in messages and
/// where its fields belong in the model.
struct Table<'t> {
    table: &'t dyn TableLike,
    /// The header (or inline table) position, for "missing key" errors.
    span: Option<Range<usize>>,
    /// The decor of the header, holding the comments above it.
    decor: Option<&'t Decor>,
    /// "touchpoint `tp-x`", "the top level", "evidence #2 of touchpoint `tp-x`".
    noun: String,
    known: &'static [&'static str],
    section: Section,
    index: Option<usize>,
    /// A table inside a field (evidence, reading): no model location of its own.
    nested: bool,
}

impl Table<'_> {
    fn location(&self, field: &'static str) -> Location {
        Location {
            section: self.section,
            index: self.index,
            field: Some(field),
            element: None,
        }
    }
}

struct Reader<'s> {
    source: &'s str,
    diagnostics: Vec<Diagnostic>,
    /// Positions of model locations, for validation problems and later checks.
    spans: SourceMap,
    /// Locations that already have a reading error, so validation does not repeat it.
    failed: HashSet<Location>,
}

/// How to describe an item's type in a message.
fn describe(item: &Item) -> &'static str {
    match item {
        Item::None => "nothing",
        Item::Table(_) => "a table",
        Item::ArrayOfTables(_) => "a list of tables",
        Item::Value(v) => describe_value(v),
    }
}

fn describe_value(value: &Value) -> &'static str {
    match value {
        Value::String(_) => "text",
        Value::Integer(_) => "a whole number",
        Value::Float(_) => "a decimal number",
        Value::Boolean(_) => "true or false",
        Value::Datetime(_) => "a date or time",
        Value::Array(_) => "a list",
        Value::InlineTable(_) => "an inline table",
    }
}

impl<'s> Reader<'s> {
    fn error(&mut self, span: Option<Range<usize>>, message: String, hint: impl Into<String>) {
        self.diagnostics
            .push(Diagnostic::new(span, message).with_hint(hint));
    }

    /// The recorded position of a location, or of the nearest enclosing one.
    fn span_of(&self, location: Location) -> Option<Range<usize>> {
        self.spans.span(location)
    }

    fn record(&mut self, t: &Table, field: &'static str, span: Option<Range<usize>>) {
        if let (false, Some(span)) = (t.nested, span) {
            self.spans.insert(t.location(field), span);
        }
    }

    fn fail(&mut self, t: &Table, field: &'static str) {
        if !t.nested {
            self.failed.insert(t.location(field));
        }
    }

    /// The value of `key`, when present and a plain value; reports tables
    /// given where a value belongs.
    fn value<'t>(&mut self, t: &Table<'t>, key: &'static str, expected: &str) -> Option<&'t Value> {
        let (k, item) = t.table.get_key_value(key)?;
        self.record(t, key, item.span().or_else(|| k.span()));
        match item {
            Item::Value(v) => Some(v),
            Item::None => None,
            other => {
                let found = describe(other);
                self.error(
                    k.span(),
                    format!(
                        "`{key}` in {} must be {expected}, but it is {found}",
                        t.noun
                    ),
                    format!("write it as `{key} = ...` inside {}", t.noun),
                );
                self.fail(t, key);
                None
            }
        }
    }

    fn missing(&mut self, t: &Table, key: &'static str, example: &str) {
        self.error(
            t.span.clone(),
            format!("{} has no `{key}`", t.noun),
            format!("add `{key} = {example}`"),
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
            value.span(),
            format!(
                "`{key}` must be {expected}, but it is {}",
                describe_value(value)
            ),
            hint,
        );
        self.fail(t, key);
    }

    /// A text field; `required` reports it when missing.
    fn text(&mut self, t: &Table, key: &'static str, required: bool) -> String {
        match self.value(t, key, "text") {
            Some(Value::String(s)) => s.value().clone(),
            Some(other) => {
                let hint = format!("put the text in quotes: {key} = \"...\"");
                self.wrong_type(t, key, other, "text", hint);
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
        let Some(value) = self.value(t, key, "a list of texts") else {
            return Vec::new();
        };
        let Value::Array(array) = value else {
            let hint = format!("write a list: {key} = [\"first\", \"second\"]");
            self.wrong_type(t, key, value, "a list of texts", hint);
            return Vec::new();
        };
        let mut out = Vec::new();
        for (e, element) in array.iter().enumerate() {
            if let (false, Some(span)) = (t.nested, element.span()) {
                let loc = Location {
                    element: Some(e),
                    ..t.location(key)
                };
                self.spans.insert(loc, span);
            }
            match element {
                Value::String(s) => out.push(s.value().clone()),
                other => {
                    self.error(
                        other.span(),
                        format!(
                            "element {} of `{key}` must be text, but it is {}",
                            e + 1,
                            describe_value(other)
                        ),
                        "put each element in quotes",
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
        match self.value(t, key, "true or false") {
            Some(Value::Boolean(b)) => *b.value(),
            Some(other) => {
                let hint = format!("write {key} = true or {key} = false (no quotes)");
                self.wrong_type(t, key, other, "true or false", hint);
                false
            }
            None => false,
        }
    }

    /// A whole number in `min..=max`.
    fn integer(
        &mut self,
        t: &Table,
        key: &'static str,
        min: i64,
        max: i64,
        meaning: &str,
    ) -> Option<i64> {
        let value = self.value(t, key, "a whole number")?;
        // Ranges that end where the storage type ends (votes: u32) read as "at least".
        let expected = if max >= i64::from(u32::MAX) {
            format!("a whole number of at least {min}")
        } else {
            format!("a whole number from {min} to {max}")
        };
        match value {
            Value::Integer(n) if (min..=max).contains(n.value()) => Some(*n.value()),
            Value::Integer(n) => {
                self.error(
                    value.span(),
                    format!("`{key}` is {}, but it must be {expected}", n.value()),
                    meaning.to_owned(),
                );
                self.fail(t, key);
                None
            }
            other => {
                let hint = format!(
                    "write a number without quotes, e.g. {key} = {}",
                    min.max(0).min(max)
                );
                self.wrong_type(t, key, other, &expected, hint);
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
            Some(Value::String(s)) => {
                let text = s.value();
                if let Some(v) = V::parse(text) {
                    return Some(v);
                }
                let hint = match closest(text, names.iter().copied()) {
                    Some(near) => format!("did you mean `{near}`? allowed: {allowed}"),
                    None => format!("allowed: {allowed}"),
                };
                self.error(
                    s.span(),
                    format!(
                        "`{key}` is \"{}\", which is not a known {noun}",
                        text.escape_debug()
                    ),
                    hint,
                );
                self.fail(t, key);
                None
            }
            Some(other) => {
                let hint = format!("write one of these in quotes: {allowed}");
                self.wrong_type(t, key, other, "text", hint);
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
        match self.value(t, key, "a date") {
            Some(v @ Value::Datetime(dt)) => {
                let dt = dt.value();
                let date = match (dt.date, dt.time, dt.offset) {
                    (Some(d), None, None) => d,
                    _ => {
                        let hint = format!("write only the day, e.g. {key} = {example}");
                        self.error(
                            v.span(),
                            format!("`{key}` must be a day without a time of day, but it has one"),
                            hint,
                        );
                        self.fail(t, key);
                        return None;
                    }
                };
                match Date::new(date.year as i16, date.month as i8, date.day as i8) {
                    Ok(d) => Some(d),
                    Err(_) => {
                        self.error(
                            v.span(),
                            format!("`{key}` is not a day of the calendar"),
                            "check the day and month",
                        );
                        self.fail(t, key);
                        None
                    }
                }
            }
            Some(v @ Value::String(s)) => {
                let hint = if s.value().parse::<Date>().is_ok() {
                    format!("remove the quotes: {key} = {}", s.value())
                } else {
                    format!("write a date as YYYY-MM-DD without quotes, e.g. {key} = {example}")
                };
                self.wrong_type(t, key, v, "a date", hint);
                None
            }
            Some(other) => {
                let hint =
                    format!("write a date as YYYY-MM-DD without quotes, e.g. {key} = {example}");
                self.wrong_type(t, key, other, "a date", hint);
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
        match self.value(t, key, "a number") {
            Some(Value::Integer(n)) if (-EXACT..=EXACT).contains(n.value()) => {
                Some(*n.value() as f64)
            }
            Some(v @ Value::Integer(_)) => {
                self.error(
                    v.span(),
                    format!("`{key}` is too large to keep exactly"),
                    "use a smaller number or a decimal such as 1.5e16",
                );
                self.fail(t, key);
                None
            }
            Some(Value::Float(f)) if f.value().is_finite() => Some(*f.value()),
            Some(v @ Value::Float(_)) => {
                self.error(
                    v.span(),
                    format!("`{key}` must be a finite number, not inf or nan"),
                    "write an ordinary number such as 42 or 3.5",
                );
                self.fail(t, key);
                None
            }
            Some(other) => {
                let hint = format!("write a number without quotes, e.g. {key} = 42");
                self.wrong_type(t, key, other, "a number", hint);
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
        for (name, item) in t.table.iter() {
            if t.known.contains(&name) {
                continue;
            }
            let span = t
                .table
                .key(name)
                .and_then(Key::span)
                .or_else(|| item.span());
            let hint = match closest(name, t.known.iter().copied()) {
                // `[touchpoint]` for `[[touchpoints]]`: the section needs both the plural and double brackets.
                Some(near)
                    if item.is_table()
                        && t.section == Section::Root
                        && fields::ROOT.contains(&near)
                        && near != "goal" =>
                {
                    format!("did you mean [[{near}]]? each item is its own [[{near}]] table")
                }
                Some(near) => format!("did you mean `{near}`?"),
                None => format!("known keys here: {}", t.known.join(", ")),
            };
            self.error(
                span,
                format!("unknown key `{}` in {}", name.escape_debug(), t.noun),
                hint,
            );
        }
    }

    fn raw(&self, raw: Option<&RawString>) -> &'s str {
        raw.and_then(|r| r.span())
            .and_then(|span| self.source.get(span))
            .unwrap_or("")
    }

    /// The comments around the table's header and its known fields.
    fn comments(&self, t: &Table) -> Comments {
        let mut comments = Comments::default();
        if let Some(decor) = t.decor {
            push_comment_lines(&mut comments.above, self.raw(decor.prefix()));
            push_comment_lines(&mut comments.above, self.raw(decor.suffix()));
        }
        for (name, item) in t.table.iter() {
            let Some(&field) = t.known.iter().find(|k| **k == name) else {
                continue;
            };
            let mut above = Vec::new();
            let mut trailing = Vec::new();
            if let Some(key) = t.table.key(name) {
                push_comment_lines(&mut above, self.raw(key.leaf_decor().prefix()));
                push_comment_lines(&mut above, self.raw(key.leaf_decor().suffix()));
            }
            if let Item::Value(value) = item {
                push_comment_lines(&mut above, self.raw(value.decor().prefix()));
                self.nested_comments(value, &mut above);
                push_comment_lines(&mut trailing, self.raw(value.decor().suffix()));
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

    /// Comments written inside a multi-line list or inline table.
    fn nested_comments(&self, value: &Value, out: &mut Vec<String>) {
        match value {
            Value::Array(array) => {
                for element in array.iter() {
                    push_comment_lines(out, self.raw(element.decor().prefix()));
                    self.nested_comments(element, out);
                    push_comment_lines(out, self.raw(element.decor().suffix()));
                }
                push_comment_lines(out, self.raw(Some(array.trailing())));
            }
            Value::InlineTable(table) => {
                for (name, element) in table.iter() {
                    if let Some(key) = table.key(name) {
                        push_comment_lines(out, self.raw(key.leaf_decor().prefix()));
                        push_comment_lines(out, self.raw(key.leaf_decor().suffix()));
                    }
                    push_comment_lines(out, self.raw(element.decor().prefix()));
                    self.nested_comments(element, out);
                    push_comment_lines(out, self.raw(element.decor().suffix()));
                }
                push_comment_lines(out, self.raw(Some(table.trailing())));
            }
            _ => {}
        }
    }

    /// The tables of a section such as `[[touchpoints]]` (or an inline list
    /// of tables). `section` is the model section they fill; `None` for
    /// tables that are not items of the model (`[[conflicts]]`), whose
    /// positions are not recorded.
    fn section<'t>(
        &mut self,
        root: &Table<'t>,
        key: &'static str,
        section: Option<Section>,
        noun: &'static str,
        known: &'static [&'static str],
    ) -> Vec<Table<'t>> {
        let Some((k, item)) = root.table.get_key_value(key) else {
            return Vec::new();
        };
        let mut tables = Vec::new();
        let mut push = |table: &'t dyn TableLike, span, decor| {
            let index = tables.len();
            tables.push(Table {
                table,
                span,
                decor,
                noun: format!("{noun} #{}", index + 1),
                known,
                section: section.unwrap_or(Section::Root),
                index: section.map(|_| index),
                nested: section.is_none(),
            });
        };
        match item {
            Item::ArrayOfTables(array) => {
                for table in array.iter() {
                    push(table, table.span(), Some(table.decor()));
                }
            }
            Item::Value(Value::Array(array)) if array.iter().all(|v| v.is_inline_table()) => {
                for value in array.iter() {
                    if let Value::InlineTable(table) = value {
                        push(table, value.span(), None);
                    }
                }
            }
            other => {
                let found = describe(other);
                self.error(
                    k.span().or_else(|| other.span()),
                    format!(
                        "`{key}` must be a list of tables written as [[{key}]], but it is {found}"
                    ),
                    format!("start each {noun} with a line [[{key}]]"),
                );
            }
        }
        if let Some(section) = section {
            for t in &tables {
                if let (Some(span), Some(index)) = (t.span.clone(), t.index) {
                    self.spans.insert(Location::item(section, index), span);
                }
            }
        }
        tables
    }

    /// Names the item by its id in later messages, once the id is known.
    fn name_item(t: &mut Table, noun: &str, id: &Id) {
        if id.problem().is_none() {
            t.noun = format!("{noun} `{id}`");
        }
    }

    fn map(&mut self, doc: &Document<&str>) -> Option<Map> {
        let root = Table {
            table: doc.as_table(),
            span: Some(0..0),
            decor: None,
            noun: "the top level of the map".to_owned(),
            known: fields::ROOT,
            section: Section::Root,
            index: None,
            nested: false,
        };
        let schema = self.integer(
            &root,
            "schema",
            1,
            i64::MAX,
            "the first version of the format is 1",
        );
        match schema {
            Some(v) if v > SCHEMA_VERSION => {
                let span = root.table.get("schema").and_then(Item::span);
                self.error(
                    span,
                    format!("this map uses format version {v}, but this cjm reads versions up to {SCHEMA_VERSION}"),
                    "upgrade cjm to open this map (and leave the file as it is)",
                );
                return None;
            }
            None if !root.table.contains_key("schema") => {
                self.error(
                    Some(0..0),
                    "the map has no `schema` (format version)".to_owned(),
                    format!("add `schema = {SCHEMA_VERSION}` as the first line"),
                );
            }
            _ => {}
        }
        let title = self.text(&root, "title", true);
        let kind = self.vocab::<MapKind>(&root, "kind", "kind of map", true);
        let mut map = Map::new(title, kind.unwrap_or(MapKind::CurrentState));
        map.language = self.text(&root, "language", false);
        map.based_on = self.text(&root, "based_on", false);
        map.created = self.date(&root, "created", false);
        map.owner = self.text(&root, "owner", false);
        map.review_by = self.date(&root, "review_by", false);
        map.parking_lot = self.texts(&root, "parking_lot");
        self.finish(&root);
        map.comments = self.comments(&root);
        map.goal = self.goal(&root);
        map.personas = self
            .section(
                &root,
                "personas",
                Some(Section::Personas),
                "persona",
                fields::PERSONA,
            )
            .into_iter()
            .map(|t| self.persona(t))
            .collect();
        map.team = self
            .section(
                &root,
                "team",
                Some(Section::Team),
                "team member",
                fields::PARTICIPANT,
            )
            .into_iter()
            .map(|t| self.participant(t))
            .collect();
        map.stages = self
            .section(
                &root,
                "stages",
                Some(Section::Stages),
                "stage",
                fields::STAGE,
            )
            .into_iter()
            .map(|t| self.stage(t))
            .collect();
        map.touchpoints = self
            .section(
                &root,
                "touchpoints",
                Some(Section::Touchpoints),
                "touchpoint",
                fields::TOUCHPOINT,
            )
            .into_iter()
            .map(|t| self.touchpoint(t))
            .collect();
        map.opportunities = self
            .section(
                &root,
                "opportunities",
                Some(Section::Opportunities),
                "opportunity",
                fields::OPPORTUNITY,
            )
            .into_iter()
            .map(|t| self.opportunity(t))
            .collect();
        map.metrics = self
            .section(
                &root,
                "metrics",
                Some(Section::Metrics),
                "metric",
                fields::METRIC,
            )
            .into_iter()
            .map(|t| self.metric(t))
            .collect();
        map.conflicts = self.conflicts(&root, &map);
        push_comment_lines(&mut map.trailing_comments, self.raw(Some(doc.trailing())));
        Some(map)
    }

    /// The `[[conflicts]]` tables: unresolved merge conflicts, each checked
    /// against the rest of the map. They are not items of the model, so no
    /// model locations are recorded for them.
    fn conflicts(&mut self, root: &Table, map: &Map) -> Vec<Conflict> {
        let tables = self.section(root, "conflicts", None, "conflict", fields::CONFLICT);
        tables
            .iter()
            .filter_map(|t| self.conflict(t, map))
            .collect()
    }

    fn conflict(&mut self, t: &Table, map: &Map) -> Option<Conflict> {
        let errors_before = self.diagnostics.len();
        let item = self.text(t, "item", true);
        let field = self.text(t, "field", false);
        let kind = self.vocab::<ConflictKind>(t, "kind", "kind of conflict", true);
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
                .get_key_value(key)
                .and_then(|(k, v)| v.span().or_else(|| k.span()))
                .or_else(|| t.span.clone());
            self.error(
                span,
                format!("{}: {}", t.noun, problem.message),
                problem.hint,
            );
        }
        Some(conflict)
    }

    /// A value of any shape a map field can have (`ours`, `theirs`).
    fn field_value(&mut self, t: &Table, key: &'static str) -> Option<FieldValue> {
        let value = self.value(t, key, "a value")?;
        match field_value(value) {
            Ok(v) => Some(v),
            Err((span, message)) => {
                self.error(
                    span.or_else(|| value.span()),
                    format!("`{key}` in {}: {message}", t.noun),
                    "write the value as the field itself is written in the map",
                );
                None
            }
        }
    }

    fn goal(&mut self, root: &Table) -> Goal {
        let Some((key, item)) = root.table.get_key_value("goal") else {
            return Goal::default();
        };
        let (table, decor): (&dyn TableLike, Option<&Decor>) = match item {
            Item::Table(t) => (t, Some(t.decor())),
            Item::Value(Value::InlineTable(t)) => (t, None),
            other => {
                self.error(
                    key.span(),
                    format!("`goal` must be a table, but it is {}", describe(other)),
                    "write the goal under a line [goal]",
                );
                return Goal::default();
            }
        };
        let t = Table {
            table,
            span: item.span().or_else(|| key.span()),
            decor,
            noun: "[goal]".to_owned(),
            known: fields::GOAL,
            section: Section::Goal,
            index: None,
            nested: false,
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
            comments: self.comments(&t),
        };
        self.finish(&t);
        persona
    }

    fn participant(&mut self, t: Table) -> Participant {
        let participant = Participant {
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
            .integer(
                &t,
                "emotion",
                Emotion::MIN,
                Emotion::MAX,
                "-2 very negative, -1 negative, 0 neutral, 1 positive, 2 very positive; leave it out when not rated yet",
            )
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
        noun: &str,
        known: &'static [&'static str],
    ) -> Vec<Table<'t>> {
        let example = if key == "evidence" {
            "evidence = [{ source = \"interview\", note = \"...\" }]"
        } else {
            "readings = [{ date = 2026-03-31, value = 42 }]"
        };
        let Some((k, item)) = t.table.get_key_value(key) else {
            return Vec::new();
        };
        self.record(t, key, item.span().or_else(|| k.span()));
        let mut out: Vec<(&'t dyn TableLike, Option<Range<usize>>)> = Vec::new();
        match item {
            Item::Value(Value::Array(array)) => {
                for value in array.iter() {
                    match value {
                        Value::InlineTable(table) => out.push((table, value.span())),
                        other => {
                            self.error(
                                other.span(),
                                format!(
                                    "each element of `{key}` must be a table, but this one is {}",
                                    describe_value(other)
                                ),
                                format!("write {example}"),
                            );
                            self.fail(t, key);
                        }
                    }
                }
            }
            Item::ArrayOfTables(array) => out.extend(
                array
                    .iter()
                    .map(|table| (table as &dyn TableLike, table.span())),
            ),
            other => {
                self.error(
                    other.span().or_else(|| k.span()),
                    format!(
                        "`{key}` must be a list of tables, but it is {}",
                        describe(other)
                    ),
                    format!("write {example}"),
                );
                self.fail(t, key);
            }
        }
        out.into_iter()
            .enumerate()
            .map(|(i, (table, span))| Table {
                table,
                span,
                decor: None,
                noun: format!("{noun} #{} of {}", i + 1, t.noun),
                known,
                section: t.section,
                index: t.index,
                nested: true,
            })
            .collect()
    }

    fn evidence(&mut self, t: &Table) -> Vec<Evidence> {
        let mut out = Vec::new();
        for e in self.nested_tables(t, "evidence", "evidence", fields::EVIDENCE) {
            let source = self.vocab::<EvidenceSource>(&e, "source", "evidence source", true);
            let note = self.text(&e, "note", false);
            self.finish(&e);
            if let Some(source) = source {
                out.push(Evidence { source, note });
            } else {
                self.fail(t, "evidence");
            }
        }
        out
    }

    fn opportunity(&mut self, mut t: Table) -> Opportunity {
        let id = self.id(&t, "id", true);
        Self::name_item(&mut t, "opportunity", &id);
        let mut o = Opportunity::new(id, self.text(&t, "title", true));
        o.description = self.text(&t, "description", false);
        o.touchpoints = self.ids(&t, "touchpoints");
        o.stage = self.optional_id(&t, "stage");
        let scale = "1 is low, 5 is high";
        o.impact = self
            .integer(&t, "impact", Score::MIN, Score::MAX, scale)
            .and_then(Score::new);
        o.effort = self
            .integer(&t, "effort", Score::MIN, Score::MAX, scale)
            .and_then(Score::new);
        o.votes = self
            .integer(
                &t,
                "votes",
                0,
                u32::MAX.into(),
                "votes count the team's dots; 0 or more",
            )
            .and_then(|v| u32::try_from(v).ok())
            .unwrap_or(0);
        o.owner = self.text(&t, "owner", false);
        o.status = self
            .vocab(&t, "status", "status", false)
            .unwrap_or(Status::Idea);
        o.comments = self.comments(&t);
        self.finish(&t);
        o
    }

    fn metric(&mut self, mut t: Table) -> Metric {
        let id = self.id(&t, "id", true);
        Self::name_item(&mut t, "metric", &id);
        let name = self.text(&t, "name", true);
        let kind = self.vocab(&t, "kind", "kind of metric", true);
        let mut m = Metric::new(id, name, kind.unwrap_or(MetricKind::Other));
        m.measures = self.text(&t, "measures", false);
        m.links = self.ids(&t, "links");
        m.unit = self.text(&t, "unit", false);
        m.source = self.text(&t, "source", false);
        m.baseline = self.number(&t, "baseline", false);
        m.target = self.number(&t, "target", false);
        for r in self.nested_tables(&t, "readings", "reading", fields::READING) {
            let date = self.date(&r, "date", true);
            let value = self.number(&r, "value", true);
            self.finish(&r);
            match (date, value) {
                (Some(date), Some(value)) => m.readings.push(Reading { date, value }),
                _ => self.fail(&t, "readings"),
            }
        }
        m.comments = self.comments(&t);
        self.finish(&t);
        m
    }
}

/// Appends the comment lines of a stretch of raw TOML (whitespace and comments).
fn push_comment_lines(out: &mut Vec<String>, raw: &str) {
    out.extend(
        raw.lines()
            .map(str::trim)
            .filter(|line| line.starts_with('#'))
            .map(|line| line.trim_end().to_owned()),
    );
}

/// A TOML value as a [`FieldValue`], or the position and reason it cannot be one.
fn field_value(value: &Value) -> Result<FieldValue, (Option<Range<usize>>, String)> {
    match value {
        Value::String(s) => Ok(FieldValue::Text(s.value().clone())),
        Value::Integer(n) => Ok(FieldValue::Integer(*n.value())),
        Value::Float(f) if f.value().is_finite() => Ok(FieldValue::Float(*f.value())),
        Value::Float(_) => Err((
            value.span(),
            "a number must be finite, not inf or nan".into(),
        )),
        Value::Boolean(b) => Ok(FieldValue::Bool(*b.value())),
        Value::Datetime(dt) => {
            let dt = dt.value();
            match (dt.date, dt.time, dt.offset) {
                (Some(d), None, None) => Date::new(d.year as i16, d.month as i8, d.day as i8)
                    .map(FieldValue::Date)
                    .map_err(|_| (value.span(), "not a day of the calendar".into())),
                _ => Err((
                    value.span(),
                    "maps hold dates without a time (YYYY-MM-DD)".into(),
                )),
            }
        }
        Value::Array(array) => array
            .iter()
            .map(field_value)
            .collect::<Result<_, _>>()
            .map(FieldValue::List),
        Value::InlineTable(table) => table
            .iter()
            .map(|(key, v)| field_value(v).map(|v| (key.to_owned(), v)))
            .collect::<Result<_, _>>()
            .map(FieldValue::Table),
    }
}
