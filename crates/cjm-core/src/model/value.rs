//! A generic view of the map as named fields holding [`FieldValue`]s.
//!
//! Diff, merge and merge conflicts work field by field on every kind of item.
//! [`Fields`] lets them read and write a field by its key in the file
//! (`emotion`, `pain_points`) without knowing the item's Rust type, and
//! [`FieldValue`] is the value of any field, shaped like the TOML that holds
//! it. A field that is not set (empty text, empty list, `false`, no rating)
//! reads as `None`, exactly as the canonical file leaves its key out; setting
//! `None` clears the field.

use std::fmt;

use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};

use super::{
    Channel, Date, Emotion, Evidence, EvidenceSource, Focus, Goal, Id, Map, MapKind, Metric,
    MetricKind, Opportunity, Participant, Persona, Reading, Role, Score, Stage, Status, Touchpoint,
    Vocabulary,
};

/// The value of one field, in the shape of the TOML that holds it.
///
/// Numbers keep the kind of literal they were written as: a metric's
/// `baseline` reads as [`FieldValue::Float`], an `emotion` as
/// [`FieldValue::Integer`]; fields that hold decimals accept both.
#[derive(Clone, Debug, PartialEq)]
pub enum FieldValue {
    Text(String),
    Integer(i64),
    Float(f64),
    Bool(bool),
    Date(Date),
    /// A list field (`pain_points`, `personas`, `evidence`, `readings`...).
    List(Vec<FieldValue>),
    /// One element of `evidence` or `readings`: keys and values in file order.
    Table(Vec<(String, FieldValue)>),
}

/// Why a value cannot be stored in a field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The field's key in the file.
    pub field: String,
    /// What the field takes, in plain words ("a whole number from -2 to 2").
    pub message: String,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` {}", self.field, self.message)
    }
}

impl std::error::Error for FieldError {}

/// An item (or the map's top level, or its goal) seen as named fields.
pub trait Fields {
    /// The keys of the item's fields in file order, without the key that
    /// identifies it (`id`, or a team member's `name`).
    fn names() -> &'static [&'static str];

    /// The value of `field`; `None` when it is not set or not a field of this item.
    fn get(&self, field: &str) -> Option<FieldValue>;

    /// Stores `value` in `field` (`None` clears it). Fails, changing
    /// nothing, when the field does not exist or does not take this value.
    fn set(&mut self, field: &str, value: Option<FieldValue>) -> Result<(), FieldError>;
}

/// `text` on one line and safe for a terminal: `\\`, `"`, line breaks and
/// every control or invisible formatting character (bidi overrides,
/// zero-width spaces) are written as escapes; letters of every script and
/// emoji stay as they are.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control()
                || matches!(
                    c,
                    '\u{200b}'..='\u{200f}'
                        | '\u{2028}'..='\u{202e}'
                        | '\u{2066}'..='\u{2069}'
                        | '\u{feff}'
                ) =>
            {
                out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out
}

impl FieldValue {
    /// The elements of a list value; `None` (an empty list field) gives none.
    pub fn elements(value: Option<&FieldValue>) -> &[FieldValue] {
        match value {
            Some(FieldValue::List(items)) => items,
            _ => &[],
        }
    }

    /// The text, when this is a text value.
    pub fn as_text(&self) -> Option<&str> {
        match self {
            FieldValue::Text(s) => Some(s),
            _ => None,
        }
    }

    /// The value of `key`, when this is a table that has it.
    pub fn get(&self, key: &str) -> Option<&FieldValue> {
        match self {
            FieldValue::Table(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// One line, TOML-like and safe for a terminal: texts are quoted with
/// control and invisible characters escaped, whole decimals lose their `.0`.
impl fmt::Display for FieldValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldValue::Text(s) => write!(f, "\"{}\"", escape(s)),
            FieldValue::Integer(n) => write!(f, "{n}"),
            FieldValue::Float(n) => write!(f, "{n}"),
            FieldValue::Bool(b) => write!(f, "{b}"),
            FieldValue::Date(d) => write!(f, "{d}"),
            FieldValue::List(items) => {
                f.write_str("[")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{item}")?;
                }
                f.write_str("]")
            }
            FieldValue::Table(entries) => {
                f.write_str("{ ")?;
                for (i, (key, value)) in entries.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{} = {value}", escape(key))?;
                }
                f.write_str(" }")
            }
        }
    }
}

impl Serialize for FieldValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            FieldValue::Text(s) => serializer.serialize_str(s),
            FieldValue::Integer(n) => serializer.serialize_i64(*n),
            FieldValue::Float(n) => serializer.serialize_f64(*n),
            FieldValue::Bool(b) => serializer.serialize_bool(*b),
            FieldValue::Date(d) => d.serialize(serializer),
            FieldValue::List(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            FieldValue::Table(entries) => {
                let mut map = serializer.serialize_map(Some(entries.len()))?;
                for (key, value) in entries {
                    map.serialize_entry(key, value)?;
                }
                map.end()
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Conversions between model types and values.

fn error(field: &str, message: impl Into<String>) -> FieldError {
    FieldError {
        field: field.to_owned(),
        message: message.into(),
    }
}

fn unknown(field: &str) -> FieldError {
    error(field, "is not a field of this item")
}

fn text(s: &str) -> Option<FieldValue> {
    (!s.is_empty()).then(|| FieldValue::Text(s.to_owned()))
}

fn flag(b: bool) -> Option<FieldValue> {
    b.then_some(FieldValue::Bool(true))
}

fn texts<T: AsRef<str>>(items: &[T]) -> Option<FieldValue> {
    list(items, |s| FieldValue::Text(s.as_ref().to_owned()))
}

fn list<T>(items: &[T], encode: impl Fn(&T) -> FieldValue) -> Option<FieldValue> {
    (!items.is_empty()).then(|| FieldValue::List(items.iter().map(encode).collect()))
}

fn vocab<V: Vocabulary>(v: V) -> FieldValue {
    FieldValue::Text(v.as_str().to_owned())
}

fn float(n: f64) -> FieldValue {
    FieldValue::Float(n)
}

fn to_text(field: &str, value: Option<FieldValue>) -> Result<String, FieldError> {
    match value {
        None => Ok(String::new()),
        Some(FieldValue::Text(s)) => Ok(s),
        Some(_) => Err(error(field, "takes text")),
    }
}

fn to_flag(field: &str, value: Option<FieldValue>) -> Result<bool, FieldError> {
    match value {
        None => Ok(false),
        Some(FieldValue::Bool(b)) => Ok(b),
        Some(_) => Err(error(field, "takes true or false")),
    }
}

fn to_texts(field: &str, value: Option<FieldValue>) -> Result<Vec<String>, FieldError> {
    match value {
        None => Ok(Vec::new()),
        Some(FieldValue::List(items)) => items
            .into_iter()
            .map(|item| match item {
                FieldValue::Text(s) => Ok(s),
                _ => Err(error(field, "takes a list of texts")),
            })
            .collect(),
        Some(_) => Err(error(field, "takes a list of texts")),
    }
}

fn to_ids(field: &str, value: Option<FieldValue>) -> Result<Vec<Id>, FieldError> {
    Ok(to_texts(field, value)?.into_iter().map(Id::new).collect())
}

fn to_vocab<V: Vocabulary>(
    field: &str,
    value: Option<FieldValue>,
) -> Result<Option<V>, FieldError> {
    match value {
        None => Ok(None),
        Some(FieldValue::Text(s)) => V::parse(&s)
            .map(Some)
            .ok_or_else(|| error(field, format!("takes one of: {}", V::names().join(", ")))),
        Some(_) => Err(error(
            field,
            format!("takes one of: {}", V::names().join(", ")),
        )),
    }
}

fn to_required_vocab<V: Vocabulary>(
    field: &str,
    value: Option<FieldValue>,
) -> Result<V, FieldError> {
    to_vocab(field, value)?.ok_or_else(|| {
        error(
            field,
            format!("must be set to one of: {}", V::names().join(", ")),
        )
    })
}

fn to_integer(
    field: &str,
    value: Option<FieldValue>,
    min: i64,
    max: i64,
) -> Result<Option<i64>, FieldError> {
    match value {
        None => Ok(None),
        Some(FieldValue::Integer(n)) if (min..=max).contains(&n) => Ok(Some(n)),
        Some(_) if max == i64::MAX => Err(error(
            field,
            format!("takes a whole number of at least {min}"),
        )),
        Some(_) => Err(error(
            field,
            format!("takes a whole number from {min} to {max}"),
        )),
    }
}

fn to_float(field: &str, value: Option<FieldValue>) -> Result<Option<f64>, FieldError> {
    const EXACT: i64 = 1 << 53;
    match value {
        None => Ok(None),
        Some(FieldValue::Float(n)) if n.is_finite() => Ok(Some(n)),
        Some(FieldValue::Integer(n)) if (-EXACT..=EXACT).contains(&n) => Ok(Some(n as f64)),
        Some(_) => Err(error(field, "takes a finite number")),
    }
}

fn to_date(field: &str, value: Option<FieldValue>) -> Result<Option<Date>, FieldError> {
    match value {
        None => Ok(None),
        Some(FieldValue::Date(d)) => Ok(Some(d)),
        Some(_) => Err(error(field, "takes a date (YYYY-MM-DD)")),
    }
}

/// The tables of a list of tables, each checked to use only `known` keys.
fn to_tables(
    field: &str,
    value: Option<FieldValue>,
    known: &[&str],
) -> Result<Vec<Vec<(String, FieldValue)>>, FieldError> {
    let shape = || {
        error(
            field,
            format!("takes a list of tables with the keys {}", known.join(", ")),
        )
    };
    match value {
        None => Ok(Vec::new()),
        Some(FieldValue::List(items)) => items
            .into_iter()
            .map(|item| match item {
                FieldValue::Table(entries)
                    if entries.iter().all(|(k, _)| known.contains(&k.as_str())) =>
                {
                    Ok(entries)
                }
                _ => Err(shape()),
            })
            .collect(),
        Some(_) => Err(shape()),
    }
}

fn take(entries: &mut Vec<(String, FieldValue)>, key: &str) -> Option<FieldValue> {
    let at = entries.iter().position(|(k, _)| k == key)?;
    Some(entries.remove(at).1)
}

fn evidence_value(e: &Evidence) -> FieldValue {
    let mut entries = vec![("source".to_owned(), vocab(e.source))];
    if let Some(note) = text(&e.note) {
        entries.push(("note".to_owned(), note));
    }
    FieldValue::Table(entries)
}

fn to_evidence(field: &str, value: Option<FieldValue>) -> Result<Vec<Evidence>, FieldError> {
    to_tables(field, value, &["source", "note"])?
        .into_iter()
        .map(|mut entries| {
            let source = take(&mut entries, "source");
            let note = take(&mut entries, "note");
            Ok(Evidence {
                source: to_required_vocab::<EvidenceSource>("source", source).map_err(|e| {
                    error(
                        field,
                        format!("needs a `source` in each element: {}", e.message),
                    )
                })?,
                note: to_text("note", note).map_err(|_| error(field, "takes a text `note`"))?,
            })
        })
        .collect()
}

fn reading_value(r: &Reading) -> FieldValue {
    FieldValue::Table(vec![
        ("date".to_owned(), FieldValue::Date(r.date)),
        ("value".to_owned(), float(r.value)),
    ])
}

fn to_readings(field: &str, value: Option<FieldValue>) -> Result<Vec<Reading>, FieldError> {
    to_tables(field, value, &["date", "value"])?
        .into_iter()
        .map(|mut entries| {
            let date = to_date("date", take(&mut entries, "date")).ok().flatten();
            let number = to_float("value", take(&mut entries, "value"))
                .ok()
                .flatten();
            match (date, number) {
                (Some(date), Some(value)) => Ok(Reading { date, value }),
                _ => Err(error(
                    field,
                    "takes tables such as { date = 2026-03-31, value = 42 }",
                )),
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------
// The field lists are the file format's key lists (in canonical order)
// without the key that identifies an item (`id`, a team member's `name`)
// and, at the top level, without `schema` and the sections.
use crate::format::fields as keys;
const MAP_FIELDS: &[&str] = keys::ROOT.split_at(9).0.split_at(1).1;
const GOAL_FIELDS: &[&str] = keys::GOAL;
const PERSONA_FIELDS: &[&str] = keys::PERSONA.split_at(1).1;
const PARTICIPANT_FIELDS: &[&str] = keys::PARTICIPANT.split_at(1).1;
const STAGE_FIELDS: &[&str] = keys::STAGE.split_at(1).1;
const TOUCHPOINT_FIELDS: &[&str] = keys::TOUCHPOINT.split_at(1).1;
const OPPORTUNITY_FIELDS: &[&str] = keys::OPPORTUNITY.split_at(1).1;
const METRIC_FIELDS: &[&str] = keys::METRIC.split_at(1).1;

/// Stores a converted value, or returns the conversion's error.
macro_rules! store {
    ($target:expr, $converted:expr) => {{
        $target = $converted?;
        Ok(())
    }};
}

impl Fields for Map {
    fn names() -> &'static [&'static str] {
        MAP_FIELDS
    }

    fn get(&self, field: &str) -> Option<FieldValue> {
        match field {
            "title" => text(&self.title),
            "kind" => Some(vocab(self.kind)),
            "language" => text(&self.language),
            "based_on" => text(&self.based_on),
            "created" => self.created.map(FieldValue::Date),
            "owner" => text(&self.owner),
            "review_by" => self.review_by.map(FieldValue::Date),
            "parking_lot" => texts(&self.parking_lot),
            _ => None,
        }
    }

    fn set(&mut self, field: &str, value: Option<FieldValue>) -> Result<(), FieldError> {
        match field {
            "title" => store!(self.title, to_text(field, value)),
            "kind" => store!(self.kind, to_required_vocab::<MapKind>(field, value)),
            "language" => store!(self.language, to_text(field, value)),
            "based_on" => store!(self.based_on, to_text(field, value)),
            "created" => store!(self.created, to_date(field, value)),
            "owner" => store!(self.owner, to_text(field, value)),
            "review_by" => store!(self.review_by, to_date(field, value)),
            "parking_lot" => store!(self.parking_lot, to_texts(field, value)),
            _ => Err(unknown(field)),
        }
    }
}

impl Fields for Goal {
    fn names() -> &'static [&'static str] {
        GOAL_FIELDS
    }

    fn get(&self, field: &str) -> Option<FieldValue> {
        match field {
            "focus" => self.focus.map(vocab),
            "statement" => text(&self.statement),
            "scope" => text(&self.scope),
            "success_criteria" => texts(&self.success_criteria),
            _ => None,
        }
    }

    fn set(&mut self, field: &str, value: Option<FieldValue>) -> Result<(), FieldError> {
        match field {
            "focus" => store!(self.focus, to_vocab::<Focus>(field, value)),
            "statement" => store!(self.statement, to_text(field, value)),
            "scope" => store!(self.scope, to_text(field, value)),
            "success_criteria" => store!(self.success_criteria, to_texts(field, value)),
            _ => Err(unknown(field)),
        }
    }
}

impl Fields for Persona {
    fn names() -> &'static [&'static str] {
        PERSONA_FIELDS
    }

    fn get(&self, field: &str) -> Option<FieldValue> {
        match field {
            "name" => text(&self.name),
            "primary" => flag(self.primary),
            "segment" => text(&self.segment),
            "description" => text(&self.description),
            "demographics" => text(&self.demographics),
            "behaviours" => text(&self.behaviours),
            "motivations" => text(&self.motivations),
            "needs" => text(&self.needs),
            "frustrations" => text(&self.frustrations),
            "jobs_to_be_done" => texts(&self.jobs_to_be_done),
            "quote" => text(&self.quote),
            _ => None,
        }
    }

    fn set(&mut self, field: &str, value: Option<FieldValue>) -> Result<(), FieldError> {
        match field {
            "name" => store!(self.name, to_text(field, value)),
            "primary" => store!(self.primary, to_flag(field, value)),
            "segment" => store!(self.segment, to_text(field, value)),
            "description" => store!(self.description, to_text(field, value)),
            "demographics" => store!(self.demographics, to_text(field, value)),
            "behaviours" => store!(self.behaviours, to_text(field, value)),
            "motivations" => store!(self.motivations, to_text(field, value)),
            "needs" => store!(self.needs, to_text(field, value)),
            "frustrations" => store!(self.frustrations, to_text(field, value)),
            "jobs_to_be_done" => store!(self.jobs_to_be_done, to_texts(field, value)),
            "quote" => store!(self.quote, to_text(field, value)),
            _ => Err(unknown(field)),
        }
    }
}

impl Fields for Participant {
    fn names() -> &'static [&'static str] {
        PARTICIPANT_FIELDS
    }

    fn get(&self, field: &str) -> Option<FieldValue> {
        match field {
            "department" => text(&self.department),
            "role" => Some(vocab(self.role)),
            _ => None,
        }
    }

    fn set(&mut self, field: &str, value: Option<FieldValue>) -> Result<(), FieldError> {
        match field {
            "department" => store!(self.department, to_text(field, value)),
            "role" => store!(self.role, to_required_vocab::<Role>(field, value)),
            _ => Err(unknown(field)),
        }
    }
}

impl Fields for Stage {
    fn names() -> &'static [&'static str] {
        STAGE_FIELDS
    }

    fn get(&self, field: &str) -> Option<FieldValue> {
        match field {
            "name" => text(&self.name),
            "customer_goal" => text(&self.customer_goal),
            "description" => text(&self.description),
            _ => None,
        }
    }

    fn set(&mut self, field: &str, value: Option<FieldValue>) -> Result<(), FieldError> {
        match field {
            "name" => store!(self.name, to_text(field, value)),
            "customer_goal" => store!(self.customer_goal, to_text(field, value)),
            "description" => store!(self.description, to_text(field, value)),
            _ => Err(unknown(field)),
        }
    }
}

impl Fields for Touchpoint {
    fn names() -> &'static [&'static str] {
        TOUCHPOINT_FIELDS
    }

    fn get(&self, field: &str) -> Option<FieldValue> {
        match field {
            "stage" => text(self.stage.as_str()),
            "name" => text(&self.name),
            "channel" => self.channel.map(vocab),
            "owner" => text(&self.owner),
            "personas" => texts(&self.personas),
            "doing" => text(&self.doing),
            "thinking" => text(&self.thinking),
            "feeling" => text(&self.feeling),
            "emotion" => self.emotion.map(|e| FieldValue::Integer(e.get().into())),
            "pain_points" => texts(&self.pain_points),
            "moment_of_truth" => flag(self.moment_of_truth),
            "evidence" => list(&self.evidence, evidence_value),
            _ => None,
        }
    }

    fn set(&mut self, field: &str, value: Option<FieldValue>) -> Result<(), FieldError> {
        match field {
            "stage" => store!(self.stage, to_text(field, value).map(Id::new)),
            "name" => store!(self.name, to_text(field, value)),
            "channel" => store!(self.channel, to_vocab::<Channel>(field, value)),
            "owner" => store!(self.owner, to_text(field, value)),
            "personas" => store!(self.personas, to_ids(field, value)),
            "doing" => store!(self.doing, to_text(field, value)),
            "thinking" => store!(self.thinking, to_text(field, value)),
            "feeling" => store!(self.feeling, to_text(field, value)),
            "emotion" => store!(
                self.emotion,
                to_integer(field, value, Emotion::MIN, Emotion::MAX)
                    .map(|n| n.and_then(Emotion::new))
            ),
            "pain_points" => store!(self.pain_points, to_texts(field, value)),
            "moment_of_truth" => store!(self.moment_of_truth, to_flag(field, value)),
            "evidence" => store!(self.evidence, to_evidence(field, value)),
            _ => Err(unknown(field)),
        }
    }
}

impl Fields for Opportunity {
    fn names() -> &'static [&'static str] {
        OPPORTUNITY_FIELDS
    }

    fn get(&self, field: &str) -> Option<FieldValue> {
        let score = |s: Option<Score>| s.map(|s| FieldValue::Integer(s.get().into()));
        match field {
            "title" => text(&self.title),
            "description" => text(&self.description),
            "touchpoints" => texts(&self.touchpoints),
            "stage" => self.stage.as_ref().map(|s| FieldValue::Text(s.to_string())),
            "impact" => score(self.impact),
            "effort" => score(self.effort),
            "votes" => Some(FieldValue::Integer(self.votes.into())),
            "owner" => text(&self.owner),
            "status" => Some(vocab(self.status)),
            _ => None,
        }
    }

    fn set(&mut self, field: &str, value: Option<FieldValue>) -> Result<(), FieldError> {
        let score = |value| {
            to_integer(field, value, Score::MIN, Score::MAX).map(|n| n.and_then(Score::new))
        };
        match field {
            "title" => store!(self.title, to_text(field, value)),
            "description" => store!(self.description, to_text(field, value)),
            "touchpoints" => store!(self.touchpoints, to_ids(field, value)),
            "stage" => store!(
                self.stage,
                match value {
                    None => Ok(None),
                    value => to_text(field, value).map(|s| Some(Id::new(s))),
                }
            ),
            "impact" => store!(self.impact, score(value)),
            "effort" => store!(self.effort, score(value)),
            "votes" => store!(
                self.votes,
                to_integer(field, value, 0, u32::MAX.into())
                    .map(|n| n.and_then(|n| u32::try_from(n).ok()).unwrap_or(0))
            ),
            "owner" => store!(self.owner, to_text(field, value)),
            "status" => store!(self.status, to_required_vocab::<Status>(field, value)),
            _ => Err(unknown(field)),
        }
    }
}

impl Fields for Metric {
    fn names() -> &'static [&'static str] {
        METRIC_FIELDS
    }

    fn get(&self, field: &str) -> Option<FieldValue> {
        match field {
            "name" => text(&self.name),
            "kind" => Some(vocab(self.kind)),
            "measures" => text(&self.measures),
            "links" => texts(&self.links),
            "unit" => text(&self.unit),
            "source" => text(&self.source),
            "baseline" => self.baseline.map(float),
            "target" => self.target.map(float),
            "readings" => list(&self.readings, reading_value),
            _ => None,
        }
    }

    fn set(&mut self, field: &str, value: Option<FieldValue>) -> Result<(), FieldError> {
        match field {
            "name" => store!(self.name, to_text(field, value)),
            "kind" => store!(self.kind, to_required_vocab::<MetricKind>(field, value)),
            "measures" => store!(self.measures, to_text(field, value)),
            "links" => store!(self.links, to_ids(field, value)),
            "unit" => store!(self.unit, to_text(field, value)),
            "source" => store!(self.source, to_text(field, value)),
            "baseline" => store!(self.baseline, to_float(field, value)),
            "target" => store!(self.target, to_float(field, value)),
            "readings" => store!(self.readings, to_readings(field, value)),
            _ => Err(unknown(field)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::fields;

    fn without(list: &[&'static str], keys: &[&str]) -> Vec<&'static str> {
        list.iter().copied().filter(|k| !keys.contains(k)).collect()
    }

    #[test]
    fn field_lists_follow_the_file_format() {
        let tables = [
            "goal",
            "personas",
            "team",
            "stages",
            "touchpoints",
            "opportunities",
            "metrics",
            "conflicts",
        ];
        let mut root = vec!["schema"];
        root.extend(tables);
        assert_eq!(Map::names(), without(fields::ROOT, &root));
        assert_eq!(Goal::names(), fields::GOAL);
        assert_eq!(Persona::names(), without(fields::PERSONA, &["id"]));
        assert_eq!(
            Participant::names(),
            without(fields::PARTICIPANT, &["name"])
        );
        assert_eq!(Stage::names(), without(fields::STAGE, &["id"]));
        assert_eq!(Touchpoint::names(), without(fields::TOUCHPOINT, &["id"]));
        assert_eq!(Opportunity::names(), without(fields::OPPORTUNITY, &["id"]));
        assert_eq!(Metric::names(), without(fields::METRIC, &["id"]));
    }

    /// Every field of a filled-in item survives get → set on a blank item.
    fn copies_every_field<T: Fields + PartialEq + std::fmt::Debug>(full: &T, mut blank: T) {
        for field in T::names() {
            blank
                .set(field, full.get(field))
                .unwrap_or_else(|e| panic!("{e}"));
        }
        assert_eq!(&blank, full);
    }

    #[test]
    fn every_field_round_trips_through_values() {
        let date = Date::new(2026, 3, 31).unwrap_or_default();
        let touchpoint = Touchpoint {
            id: Id::new("tp-pay"),
            stage: Id::new("st-buy"),
            name: "Płatność kartą 💳".into(),
            channel: Some(Channel::Web),
            owner: "E-commerce".into(),
            personas: vec![Id::new("pe-a"), Id::new("pe-b")],
            doing: "pays".into(),
            thinking: "is it safe?".into(),
            feeling: "nervous".into(),
            emotion: Emotion::new(-2),
            pain_points: vec!["3-D Secure times out".into()],
            moment_of_truth: true,
            evidence: vec![
                Evidence {
                    source: EvidenceSource::Analytics,
                    note: String::new(),
                },
                Evidence {
                    source: EvidenceSource::Interview,
                    note: "5 of 8".into(),
                },
            ],
            comments: Default::default(),
        };
        copies_every_field(
            &touchpoint,
            Touchpoint {
                id: Id::new("tp-pay"),
                ..Touchpoint::default()
            },
        );

        let mut metric = Metric::new(Id::new("me-nps"), "NPS", MetricKind::Nps);
        metric.links = vec![Id::new("tp-pay")];
        metric.baseline = Some(12.5);
        metric.target = Some(30.0);
        metric.readings = vec![Reading { date, value: 14.0 }];
        copies_every_field(
            &metric,
            Metric::new(Id::new("me-nps"), "", MetricKind::Other),
        );

        let mut opportunity = Opportunity::new(Id::new("op-x"), "Faster refunds");
        opportunity.touchpoints = vec![Id::new("tp-pay")];
        opportunity.stage = Some(Id::new("st-buy"));
        opportunity.impact = Score::new(5);
        opportunity.effort = Score::new(1);
        opportunity.votes = 7;
        opportunity.status = Status::Planned;
        copies_every_field(&opportunity, Opportunity::new(Id::new("op-x"), ""));

        let mut map = Map::new("Журнал", MapKind::FutureState);
        map.created = Some(date);
        map.parking_lot = vec!["later".into()];
        copies_every_field(&map, Map::new("", MapKind::CurrentState));

        let mut member = Participant::new("Ana");
        member.role = Role::Facilitator;
        member.department = "Sales".into();
        copies_every_field(&member, Participant::new("Ana"));
    }

    #[test]
    fn wrong_values_are_refused_without_change() {
        let mut t = Touchpoint::default();
        let err = t.set("emotion", Some(FieldValue::Integer(3)));
        assert_eq!(
            err.map_err(|e| e.to_string()),
            Err("`emotion` takes a whole number from -2 to 2".to_owned())
        );
        assert!(
            t.set("channel", Some(FieldValue::Text("fax".into())))
                .is_err()
        );
        assert!(t.set("name", Some(FieldValue::Integer(1))).is_err());
        assert!(t.set("colour", None).is_err());
        assert_eq!(t, Touchpoint::default());
        let mut m = Metric::new(Id::new("me-x"), "x", MetricKind::Other);
        assert!(
            m.set("baseline", Some(FieldValue::Float(f64::NAN)))
                .is_err()
        );
        assert!(m.set("kind", None).is_err());
        let bad_reading = FieldValue::List(vec![FieldValue::Table(vec![(
            "value".into(),
            FieldValue::Integer(1),
        )])]);
        assert!(m.set("readings", Some(bad_reading)).is_err());
        assert!(m.set("baseline", Some(FieldValue::Integer(3))).is_ok());
        assert_eq!(m.baseline, Some(3.0));
    }

    #[test]
    fn display_is_one_safe_line() {
        let v = FieldValue::List(vec![
            FieldValue::Text("a\nb \u{1b}[2J \u{202e}".into()),
            FieldValue::Float(2.0),
            FieldValue::Table(vec![("source".into(), FieldValue::Text("survey".into()))]),
        ]);
        let shown = v.to_string();
        assert!(!shown.chars().any(|c| c.is_control() || c == '\u{202e}'));
        assert_eq!(
            shown,
            r#"["a\nb \u{1b}[2J \u{202e}", 2, { source = "survey" }]"#
        );
    }
}
