//! Editing any field of any item: which item a form edits, what kind of input
//! each field takes, and the conversion between a field's value and the text
//! in the editor, with the validation shown while typing. Pure functions over
//! the model; the fields, what they take and their values come from
//! [`crate::model::schema`].

use crate::model::schema::{self, Field};
use crate::model::{
    Date, Departments, EvidenceSource, FieldError, FieldValue, Id, IdKind, Map, Vocabulary,
};

/// The item a form edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemRef {
    Map,
    Goal,
    Persona(usize),
    Participant(usize),
    Stage(usize),
    Touchpoint(usize),
    Opportunity(usize),
    Metric(usize),
    Department(usize),
}

pub use crate::model::schema::Input;

/// Runs `$body` with `$rows` bound to the schema table of the item's kind.
macro_rules! with_rows {
    ($item:expr, |$rows:ident| $body:expr) => {
        match $item {
            ItemRef::Map => {
                let $rows = schema::MAP;
                $body
            }
            ItemRef::Goal => {
                let $rows = schema::GOAL;
                $body
            }
            ItemRef::Persona(_) => {
                let $rows = schema::PERSONA;
                $body
            }
            ItemRef::Participant(_) => {
                let $rows = schema::PARTICIPANT;
                $body
            }
            ItemRef::Stage(_) => {
                let $rows = schema::STAGE;
                $body
            }
            ItemRef::Touchpoint(_) => {
                let $rows = schema::TOUCHPOINT;
                $body
            }
            ItemRef::Opportunity(_) => {
                let $rows = schema::OPPORTUNITY;
                $body
            }
            ItemRef::Metric(_) => {
                let $rows = schema::METRIC;
                $body
            }
            ItemRef::Department(_) => {
                let $rows = schema::DEPARTMENT;
                $body
            }
        }
    };
}

impl ItemRef {
    /// The fields of the item, in file order, as the form lists them.
    pub fn fields(self) -> Vec<&'static str> {
        with_rows!(self, |rows| rows.iter().map(|f| f.key).collect())
    }

    /// The field's name for people ("Pain points"), from the schema.
    pub fn label(self, field: &str) -> &'static str {
        with_rows!(self, |rows| schema::find(rows, field)
            .map_or("", |f| f.label))
    }

    /// The stable id of the field's label (`touchpoint-pain-points`), from
    /// the schema; empty for a key the schema does not know.
    pub fn label_id(self, field: &str) -> &'static str {
        with_rows!(self, |rows| schema::find(rows, field)
            .map_or("", |f| f.label_id))
    }

    /// The field's one-line help for people, from the schema.
    pub fn help(self, field: &str) -> &'static str {
        with_rows!(self, |rows| schema::find(rows, field)
            .map_or("", |f| f.help))
    }

    /// The kind of id the item has, if it has one.
    pub fn id_kind(self) -> Option<IdKind> {
        match self {
            ItemRef::Persona(_) => Some(IdKind::Persona),
            ItemRef::Stage(_) => Some(IdKind::Stage),
            ItemRef::Touchpoint(_) => Some(IdKind::Touchpoint),
            ItemRef::Opportunity(_) => Some(IdKind::Opportunity),
            ItemRef::Metric(_) => Some(IdKind::Metric),
            ItemRef::Department(_) => Some(IdKind::Department),
            ItemRef::Map | ItemRef::Goal | ItemRef::Participant(_) => None,
        }
    }

    /// "touchpoint", "team member"…: the English noun the app looks the
    /// kind's words up by (`item-kind`).
    pub fn noun(self) -> &'static str {
        match self {
            ItemRef::Map => "map",
            ItemRef::Goal => "goal",
            ItemRef::Participant(_) => "team member",
            other => other.id_kind().map_or("item", IdKind::noun),
        }
    }

    /// Whether the item still exists in `map`.
    pub fn exists(self, map: &Map) -> bool {
        match self {
            ItemRef::Map | ItemRef::Goal => true,
            ItemRef::Persona(i) => i < map.personas.len(),
            ItemRef::Participant(i) => i < map.team.len(),
            ItemRef::Stage(i) => i < map.stages.len(),
            ItemRef::Touchpoint(i) => i < map.touchpoints.len(),
            ItemRef::Opportunity(i) => i < map.opportunities.len(),
            ItemRef::Metric(i) => i < map.metrics.len(),
            ItemRef::Department(i) => i < map.departments.len(),
        }
    }

    /// The item's id, if it has one.
    pub fn id(self, map: &Map) -> Option<&Id> {
        match self {
            ItemRef::Persona(i) => map.personas.get(i).map(|x| &x.id),
            ItemRef::Stage(i) => map.stages.get(i).map(|x| &x.id),
            ItemRef::Touchpoint(i) => map.touchpoints.get(i).map(|x| &x.id),
            ItemRef::Opportunity(i) => map.opportunities.get(i).map(|x| &x.id),
            ItemRef::Metric(i) => map.metrics.get(i).map(|x| &x.id),
            ItemRef::Department(i) => map.departments.get(i).map(|x| &x.id),
            _ => None,
        }
    }

    /// The value of `field`.
    pub fn get(self, map: &Map, field: &str) -> Option<FieldValue> {
        match self {
            ItemRef::Map => get(schema::MAP, map, field),
            ItemRef::Goal => get(schema::GOAL, &map.goal, field),
            ItemRef::Participant(i) => get(schema::PARTICIPANT, map.team.get(i)?, field),
            ItemRef::Persona(i) => get(schema::PERSONA, map.personas.get(i)?, field),
            ItemRef::Stage(i) => get(schema::STAGE, map.stages.get(i)?, field),
            ItemRef::Touchpoint(i) => get(schema::TOUCHPOINT, map.touchpoints.get(i)?, field),
            ItemRef::Opportunity(i) => get(schema::OPPORTUNITY, map.opportunities.get(i)?, field),
            ItemRef::Metric(i) => get(schema::METRIC, map.metrics.get(i)?, field),
            ItemRef::Department(i) => get(schema::DEPARTMENT, map.departments.get(i)?, field),
        }
    }

    /// Stores `value` in `field`; changes nothing on error.
    pub fn set(
        self,
        map: &mut Map,
        field: &str,
        value: Option<FieldValue>,
    ) -> Result<(), FieldError> {
        let missing = || FieldError {
            field: field.to_owned(),
            message: crate::t!("edit-item-gone"),
        };
        match self {
            ItemRef::Map => set(schema::MAP, map, field, value),
            ItemRef::Goal => set(schema::GOAL, &mut map.goal, field, value),
            ItemRef::Participant(i) => {
                let p = map.team.get_mut(i).ok_or_else(missing)?;
                set(schema::PARTICIPANT, p, field, value)
            }
            ItemRef::Persona(i) => {
                let p = map.personas.get_mut(i).ok_or_else(missing)?;
                set(schema::PERSONA, p, field, value)
            }
            ItemRef::Stage(i) => {
                let s = map.stages.get_mut(i).ok_or_else(missing)?;
                set(schema::STAGE, s, field, value)
            }
            ItemRef::Touchpoint(i) => {
                let t = map.touchpoints.get_mut(i).ok_or_else(missing)?;
                set(schema::TOUCHPOINT, t, field, value)
            }
            ItemRef::Opportunity(i) => {
                let o = map.opportunities.get_mut(i).ok_or_else(missing)?;
                set(schema::OPPORTUNITY, o, field, value)
            }
            ItemRef::Metric(i) => {
                let m = map.metrics.get_mut(i).ok_or_else(missing)?;
                set(schema::METRIC, m, field, value)
            }
            ItemRef::Department(i) => {
                let d = map.departments.get_mut(i).ok_or_else(missing)?;
                set(schema::DEPARTMENT, d, field, value)
            }
        }
    }

    /// What `field` of this item takes (text for a key the item does not have).
    pub fn input(self, field: &str) -> Input {
        with_rows!(self, |rows| schema::find(rows, field)
            .map_or(Input::Text, |f| f.input))
    }
}

/// The value of `field` of `item`, through its schema row (ids and team
/// members' names included).
fn get<T>(rows: &'static [Field<T>], item: &T, field: &str) -> Option<FieldValue> {
    (schema::find(rows, field)?.get)(item)
}

/// Stores `value` in `field` of `item` through its schema row.
fn set<T>(
    rows: &'static [Field<T>],
    item: &mut T,
    field: &str,
    value: Option<FieldValue>,
) -> Result<(), FieldError> {
    match schema::find(rows, field) {
        Some(row) => (row.set)(row, item, value),
        None => Err(FieldError {
            field: field.to_owned(),
            message: crate::t!("value-not-a-field"),
        }),
    }
}

/// A field's value as the text the editor starts with, naming the
/// departments of blueprint actions by name (`Branch network: …`) as
/// `departments` know them rather than by id; see [`action_department`].
pub fn to_text_in(input: Input, value: Option<&FieldValue>, departments: Departments) -> String {
    match (input, value) {
        (Input::Actions, Some(FieldValue::List(items))) => items
            .iter()
            .map(|a| {
                let text = a.get("text").and_then(FieldValue::as_text).unwrap_or("");
                match a.get("department").and_then(FieldValue::as_text) {
                    Some(department) => {
                        format!("{}: {text}", action_department(department, departments))
                    }
                    None => text.to_owned(),
                }
            })
            .collect::<Vec<_>>()
            .join("\n"),
        _ => to_text(input, value),
    }
}

/// How an action's department is written in the lane editor: its name,
/// else its short name, when that reads back as the same department (no
/// ':' in it, no other department spelled so); else the reference as it is.
pub fn action_department<'a>(reference: &'a str, departments: Departments<'a>) -> &'a str {
    let Some(department) = departments.of(reference) else {
        return reference;
    };
    let reads_back = |name: &str| {
        !name.trim().is_empty()
            && !name.contains(':')
            && name.trim() == name
            && departments.of(name).is_some_and(|d| d.id == department.id)
    };
    [department.name.as_str(), department.short_name.as_str()]
        .into_iter()
        .find(|name| reads_back(name))
        .unwrap_or(reference)
}

/// A field's value as the text the editor starts with.
pub fn to_text(input: Input, value: Option<&FieldValue>) -> String {
    let Some(value) = value else {
        return String::new();
    };
    match (input, value) {
        (_, FieldValue::Text(s)) => s.clone(),
        (Input::Evidence, FieldValue::List(items)) => items
            .iter()
            .map(|e| {
                let source = e.get("source").and_then(FieldValue::as_text).unwrap_or("");
                let mut line = match e.get("note").and_then(FieldValue::as_text) {
                    Some(note) => format!("{source}: {note}"),
                    None => source.to_owned(),
                };
                if let Some(url) = e.get("url").and_then(FieldValue::as_text) {
                    line.push(' ');
                    line.push_str(url);
                }
                line
            })
            .collect::<Vec<_>>()
            .join("\n"),
        (Input::Readings, FieldValue::List(items)) => items
            .iter()
            .map(|r| {
                let date = r.get("date").map(date_text).unwrap_or_default();
                let value = r.get("value").map(number_text).unwrap_or_default();
                format!("{date} {value}")
            })
            .collect::<Vec<_>>()
            .join("\n"),
        (Input::Actions, FieldValue::List(items)) => items
            .iter()
            .map(|a| {
                let text = a.get("text").and_then(FieldValue::as_text).unwrap_or("");
                match a.get("department").and_then(FieldValue::as_text) {
                    Some(department) => format!("{department}: {text}"),
                    None => text.to_owned(),
                }
            })
            .collect::<Vec<_>>()
            .join("\n"),
        (Input::Links, FieldValue::List(items)) => items
            .iter()
            .map(|l| {
                let url = l.get("url").and_then(FieldValue::as_text).unwrap_or("");
                match l.get("title").and_then(FieldValue::as_text) {
                    Some(title) => format!("{url} {title}"),
                    None => url.to_owned(),
                }
            })
            .collect::<Vec<_>>()
            .join("\n"),
        (_, FieldValue::List(items)) => items
            .iter()
            .map(|v| v.as_text().map_or_else(|| v.to_string(), str::to_owned))
            .collect::<Vec<_>>()
            .join("\n"),
        (_, v @ (FieldValue::Integer(_) | FieldValue::Float(_))) => number_text(v),
        (_, v @ FieldValue::Date(_)) => date_text(v),
        (_, other) => other.to_string(),
    }
}

/// A number for the editor, with the interface language's decimal mark.
fn number_text(value: &FieldValue) -> String {
    let text = match value {
        FieldValue::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        other => other.to_string(),
    };
    crate::i18n::number::localise(&text, crate::i18n::current())
}

/// A date for the editor, as the interface language writes it.
fn date_text(value: &FieldValue) -> String {
    match value {
        FieldValue::Date(d) => crate::i18n::date::format(*d, crate::i18n::current()),
        other => other.to_string(),
    }
}

/// Non-empty, trimmed lines of `text`.
fn lines(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

/// Why the editor's text is no value for its field: what the field takes,
/// for showing while the user types.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ValueError {
    #[error("{}", crate::t!("edit-choice-required"))]
    ChoiceRequired,
    #[error("{}", crate::t!("edit-read-only"))]
    ReadOnly,
    #[error("{}", crate::t!("edit-not-a-choice", allowed = .0.join(", ")))]
    NotAChoice(&'static [&'static str]),
    #[error("{}", crate::t!("edit-too-small", min = *min))]
    TooSmall { min: i64 },
    #[error("{}", crate::t!("edit-out-of-range", min = *min, max = *max))]
    OutOfRange { min: i64, max: i64 },
    #[error("{}", crate::t!("edit-not-a-number"))]
    NotANumber,
    #[error("{}", crate::t!("edit-not-yes-or-no"))]
    NotYesOrNo,
    #[error("{}", crate::t!("edit-not-a-date", text = .0))]
    NotADate(String),
    /// An id of an item of another kind (the key of its kind).
    #[error("{}", crate::t!("edit-wrong-kind", id = id, kind = crate::t!("load-noun", kind = kind.replace(' ', "-"))))]
    WrongKind { id: String, kind: &'static str },
    /// An unknown id, with the closest known one.
    #[error("{}", crate::t!("edit-unknown-id-near", id = id, near = near))]
    UnknownIdNear { id: String, near: String },
    /// An unknown id, with every known one of the kinds the field takes.
    #[error("{}", crate::t!("edit-unknown-id", id = id, known = .known.join(", ")))]
    UnknownId { id: String, known: Vec<String> },
    #[error("{}", crate::t!("edit-no-source", line = *.0, sources = EvidenceSource::names().join(", ")))]
    NoSource(usize),
    #[error("{}", crate::t!("edit-not-a-reading", line = *.0))]
    NotAReading(usize),
    #[error("{}", crate::t!("edit-on-line", line = *line, problem = error.to_string()))]
    OnLine { line: usize, error: Box<ValueError> },
    #[error("{}", crate::t!("edit-reading-not-a-number", line = *line, value = value))]
    ReadingNotANumber { line: usize, value: String },
    /// A malformed web address on a line (what is wrong with it).
    #[error("{}", crate::t!("edit-on-line", line = *line, problem = problem))]
    BadAddress { line: usize, problem: String },
    /// A malformed web link on a line (what is wrong with its address).
    #[error("{}", crate::t!("edit-bad-link", line = *line, problem = problem))]
    BadLink { line: usize, problem: String },
    /// A department the map does not have, with the closest known name.
    #[error("{}", crate::t!("edit-unknown-department-near", name = name, near = near))]
    UnknownDepartmentNear { name: String, near: String },
    /// A department the map does not have.
    #[error("{}", crate::t!("edit-unknown-department", name = .0))]
    UnknownDepartment(String),
    /// A wait that does not read as one (why).
    #[error("{0}")]
    Wait(crate::model::WaitError),
}

/// Reads the editor's text as a value for a field that takes `input`;
/// `Ok(None)` clears the field. The error says what is wrong, for showing
/// while the user types.
pub fn parse(input: Input, text: &str, map: &Map) -> Result<Option<FieldValue>, ValueError> {
    parse_in(input, text, map, &[])
}

/// [`parse`], where a department may also be one of the `shared`
/// departments the map uses.
pub fn parse_in(
    input: Input,
    text: &str,
    map: &Map,
    shared: &[crate::model::Department],
) -> Result<Option<FieldValue>, ValueError> {
    let departments = map.departments_with(shared);
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return match input {
            Input::Choice { required: true, .. } => Err(ValueError::ChoiceRequired),
            _ => Ok(None),
        };
    }
    match input {
        Input::ReadOnly => Err(ValueError::ReadOnly),
        Input::Text => Ok(Some(FieldValue::Text(text.trim_end().to_owned()))),
        Input::Lines => Ok(Some(FieldValue::List(
            lines(text)
                .into_iter()
                .map(|l| FieldValue::Text(l.to_owned()))
                .collect(),
        ))),
        Input::Choice { values, .. } => {
            let word = trimmed.to_lowercase();
            if values.contains(&word.as_str()) {
                Ok(Some(FieldValue::Text(word)))
            } else {
                Err(ValueError::NotAChoice(values))
            }
        }
        Input::Integer { min, max } => match trimmed.trim_start_matches('+').parse::<i64>() {
            Ok(n) if (min..=max).contains(&n) => Ok(Some(FieldValue::Integer(n))),
            _ if max == i64::from(u32::MAX) => Err(ValueError::TooSmall { min }),
            _ => Err(ValueError::OutOfRange { min, max }),
        },
        Input::Number => match trimmed.replace(',', ".").parse::<f64>() {
            Ok(n) if n.is_finite() => Ok(Some(FieldValue::Float(n))),
            _ => Err(ValueError::NotANumber),
        },
        Input::Bool => match trimmed.to_lowercase().as_str() {
            "true" | "yes" | "y" | "1" | "tak" | "ja" | "да" => Ok(Some(FieldValue::Bool(true))),
            "false" | "no" | "n" | "0" | "nie" | "nej" | "нет" => {
                Ok(Some(FieldValue::Bool(false)))
            }
            _ => Err(ValueError::NotYesOrNo),
        },
        Input::Date => parse_date(trimmed).map(|d| Some(FieldValue::Date(d))),
        Input::Reference(kind) => {
            check_ids(map, &[trimmed], &[kind])?;
            Ok(Some(FieldValue::Text(trimmed.to_owned())))
        }
        Input::References(kinds) => {
            let separated = text.replace(',', "\n");
            let ids: Vec<&str> = lines(&separated);
            check_ids(map, &ids, kinds)?;
            Ok(Some(FieldValue::List(
                ids.into_iter()
                    .map(|i| FieldValue::Text(i.to_owned()))
                    .collect(),
            )))
        }
        Input::Evidence => {
            let mut items = Vec::new();
            for (n, line) in lines(text).into_iter().enumerate() {
                let (source, note) = match line.split_once(':') {
                    Some((s, note)) => (s.trim(), note.trim()),
                    None => (line, ""),
                };
                // An address at the end of the note is the evidence's `url`.
                let (note, url) = match note.rsplit_once(char::is_whitespace) {
                    Some((rest, last)) if last.contains("://") => (rest.trim(), last),
                    _ if note.contains("://") && !note.contains(char::is_whitespace) => ("", note),
                    _ => (note, ""),
                };
                if EvidenceSource::parse(&source.to_lowercase()).is_none() {
                    return Err(ValueError::NoSource(n + 1));
                }
                let mut entry =
                    vec![("source".to_owned(), FieldValue::Text(source.to_lowercase()))];
                if !note.is_empty() {
                    entry.push(("note".to_owned(), FieldValue::Text(note.to_owned())));
                }
                if !url.is_empty() {
                    if let Some(problem) = crate::model::url_problem(url) {
                        return Err(ValueError::BadAddress {
                            line: n + 1,
                            problem: problem.to_string(),
                        });
                    }
                    entry.push(("url".to_owned(), FieldValue::Text(url.to_owned())));
                }
                items.push(FieldValue::Table(entry));
            }
            Ok(Some(FieldValue::List(items)))
        }
        Input::Readings => {
            let mut items = Vec::new();
            for (n, line) in lines(text).into_iter().enumerate() {
                let mut parts = line.split_whitespace();
                let (Some(date), Some(value), None) = (parts.next(), parts.next(), parts.next())
                else {
                    return Err(ValueError::NotAReading(n + 1));
                };
                let date = parse_date(date).map_err(|error| ValueError::OnLine {
                    line: n + 1,
                    error: Box::new(error),
                })?;
                let value = match value.replace(',', ".").parse::<f64>() {
                    Ok(v) if v.is_finite() => v,
                    _ => {
                        return Err(ValueError::ReadingNotANumber {
                            line: n + 1,
                            value: value.to_owned(),
                        });
                    }
                };
                items.push(FieldValue::Table(vec![
                    ("date".to_owned(), FieldValue::Date(date)),
                    ("value".to_owned(), FieldValue::Float(value)),
                ]));
            }
            Ok(Some(FieldValue::List(items)))
        }
        Input::Department => department(departments, trimmed).map(|d| Some(FieldValue::Text(d))),
        Input::Actions => {
            let mut items = Vec::new();
            for line in lines(text) {
                // `department: text`, when the part before the colon names one.
                let named = line.split_once(':').and_then(|(d, rest)| {
                    let found = departments.of(d.trim());
                    found.map(|found| (found.id.to_string(), rest.trim()))
                });
                let entry = match named {
                    Some((id, rest)) => vec![
                        ("text".to_owned(), FieldValue::Text(rest.to_owned())),
                        ("department".to_owned(), FieldValue::Text(id)),
                    ],
                    None => vec![("text".to_owned(), FieldValue::Text(line.to_owned()))],
                };
                items.push(FieldValue::Table(entry));
            }
            Ok(Some(FieldValue::List(items)))
        }
        Input::Links => {
            let mut items = Vec::new();
            for (n, line) in lines(text).into_iter().enumerate() {
                let (url, title) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
                if let Some(problem) = crate::model::url_problem(url) {
                    return Err(ValueError::BadLink {
                        line: n + 1,
                        problem: problem.to_string(),
                    });
                }
                let mut entry = Vec::new();
                if !title.trim().is_empty() {
                    entry.push((
                        "title".to_owned(),
                        FieldValue::Text(title.trim().to_owned()),
                    ));
                }
                entry.push(("url".to_owned(), FieldValue::Text(url.to_owned())));
                items.push(FieldValue::Table(entry));
            }
            Ok(Some(FieldValue::List(items)))
        }
        Input::Wait => crate::model::Wait::parse(trimmed)
            .map(|w| Some(FieldValue::Text(w.to_string())))
            .map_err(ValueError::Wait),
    }
}

/// A department as the editor's text names it: its id, name, short name or
/// alias gives its id; in a map without departments (schema 1), any text.
fn department(departments: Departments, text: &str) -> Result<String, ValueError> {
    if departments.all().next().is_none() {
        return Ok(text.to_owned());
    }
    match departments.of(text) {
        Some(d) => Ok(d.id.to_string()),
        None => {
            let names = departments.all().map(|d| d.name.as_str());
            Err(match crate::suggest::closest(text, names) {
                Some(near) => ValueError::UnknownDepartmentNear {
                    name: text.to_owned(),
                    near: near.to_string(),
                },
                None => ValueError::UnknownDepartment(text.to_owned()),
            })
        }
    }
}

fn parse_date(text: &str) -> Result<Date, ValueError> {
    // 2026-03-31, or day first with dots (31.03.2026) as Polish and Russian rooms write it.
    crate::i18n::date::parse(text).ok_or_else(|| ValueError::NotADate(text.to_owned()))
}

fn check_ids(map: &Map, ids: &[&str], kinds: &[IdKind]) -> Result<(), ValueError> {
    for id in ids {
        let found = map.ids().find(|(_, existing)| existing.as_str() == *id);
        match found {
            Some((kind, _)) if kinds.contains(&kind) => {}
            Some((kind, _)) => {
                return Err(ValueError::WrongKind {
                    id: (*id).to_owned(),
                    kind: kind.noun(),
                });
            }
            None => {
                let known: Vec<&str> = map
                    .ids()
                    .filter(|(k, _)| kinds.contains(k))
                    .map(|(_, i)| i.as_str())
                    .collect();
                let id = (*id).to_owned();
                return Err(match crate::suggest::closest(&id, known.iter().copied()) {
                    Some(near) => ValueError::UnknownIdNear {
                        id,
                        near: near.to_owned(),
                    },
                    None => ValueError::UnknownId {
                        id,
                        known: known.into_iter().map(str::to_owned).collect(),
                    },
                });
            }
        }
    }
    Ok(())
}

/// The next value of a choice, whole number or yes/no field (`forward` or
/// back), for changing it with ←/→ without typing. `None` when the field
/// is not of such a kind.
pub fn step(input: Input, value: Option<&FieldValue>, forward: bool) -> Option<Option<FieldValue>> {
    match input {
        Input::Bool => {
            let now = matches!(value, Some(FieldValue::Bool(true)));
            Some(Some(FieldValue::Bool(!now)))
        }
        Input::Integer { min, max } => {
            let now = match value {
                Some(FieldValue::Integer(n)) => Some(*n),
                _ => None,
            };
            let next = match now {
                None => {
                    if min <= 0 && 0 <= max {
                        0
                    } else {
                        min
                    }
                }
                Some(n) if forward => (n + 1).min(max),
                Some(n) => (n - 1).max(min),
            };
            Some(Some(FieldValue::Integer(next)))
        }
        Input::Choice { values, required } => {
            let now = value
                .and_then(FieldValue::as_text)
                .and_then(|t| values.iter().position(|v| *v == t));
            let next = match (now, forward) {
                (None, true) => Some(0),
                (None, false) => Some(values.len() - 1),
                (Some(i), true) if i + 1 < values.len() => Some(i + 1),
                // Past either end: wrap around, or clear an optional field.
                (Some(_), true) => required.then_some(0),
                (Some(0), false) => required.then_some(values.len() - 1),
                (Some(i), false) => Some(i - 1),
            };
            Some(next.map(|i| FieldValue::Text(values[i].to_owned())))
        }
        _ => None,
    }
}
