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

use super::schema;
use super::{
    Action, Date, Department, Evidence, EvidenceSource, Goal, Id, Link, Map, Metric, Opportunity,
    Participant, Persona, Reading, Stage, Touchpoint, Vocabulary,
};
use crate::t;

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

impl<T: Fields + Clone> Fields for super::Shared<T> {
    fn names() -> &'static [&'static str] {
        T::names()
    }

    fn get(&self, field: &str) -> Option<FieldValue> {
        (**self).get(field)
    }

    /// Copies the item first when it is shared (see [`super::Shared`]),
    /// also when `set` then refuses the value.
    fn set(&mut self, field: &str, value: Option<FieldValue>) -> Result<(), FieldError> {
        (**self).set(field, value)
    }
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
    error(field, t!("value-not-a-field"))
}

pub(super) fn text(s: &str) -> Option<FieldValue> {
    (!s.is_empty()).then(|| FieldValue::Text(s.to_owned()))
}

pub(super) fn flag(b: bool) -> Option<FieldValue> {
    b.then_some(FieldValue::Bool(true))
}

pub(super) fn texts<T: AsRef<str>>(items: &[T]) -> Option<FieldValue> {
    list(items, |s| FieldValue::Text(s.as_ref().to_owned()))
}

pub(super) fn list<T>(items: &[T], encode: impl Fn(&T) -> FieldValue) -> Option<FieldValue> {
    (!items.is_empty()).then(|| FieldValue::List(items.iter().map(encode).collect()))
}

pub(super) fn vocab<V: Vocabulary>(v: V) -> FieldValue {
    FieldValue::Text(v.as_str().to_owned())
}

fn float(n: f64) -> FieldValue {
    FieldValue::Float(n)
}

pub(super) fn to_text(field: &str, value: Option<FieldValue>) -> Result<String, FieldError> {
    match value {
        None => Ok(String::new()),
        Some(FieldValue::Text(s)) => Ok(s),
        Some(_) => Err(error(field, t!("value-takes-text"))),
    }
}

pub(super) fn to_flag(field: &str, value: Option<FieldValue>) -> Result<bool, FieldError> {
    match value {
        None => Ok(false),
        Some(FieldValue::Bool(b)) => Ok(b),
        Some(_) => Err(error(field, t!("value-takes-boolean"))),
    }
}

pub(super) fn to_texts(field: &str, value: Option<FieldValue>) -> Result<Vec<String>, FieldError> {
    match value {
        None => Ok(Vec::new()),
        Some(FieldValue::List(items)) => items
            .into_iter()
            .map(|item| match item {
                FieldValue::Text(s) => Ok(s),
                _ => Err(error(field, t!("value-takes-texts"))),
            })
            .collect(),
        Some(_) => Err(error(field, t!("value-takes-texts"))),
    }
}

pub(super) fn to_ids(field: &str, value: Option<FieldValue>) -> Result<Vec<Id>, FieldError> {
    Ok(to_texts(field, value)?.into_iter().map(Id::new).collect())
}

pub(super) fn to_vocab<V: Vocabulary>(
    field: &str,
    value: Option<FieldValue>,
) -> Result<Option<V>, FieldError> {
    match value {
        None => Ok(None),
        Some(FieldValue::Text(s)) => V::parse(&s).map(Some).ok_or_else(|| {
            error(
                field,
                t!("value-takes-one-of", allowed = V::names().join(", ")),
            )
        }),
        Some(_) => Err(error(
            field,
            t!("value-takes-one-of", allowed = V::names().join(", ")),
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
            t!("value-must-be-one-of", allowed = V::names().join(", ")),
        )
    })
}

pub(super) fn to_integer(
    field: &str,
    value: Option<FieldValue>,
    min: i64,
    max: i64,
) -> Result<Option<i64>, FieldError> {
    match value {
        None => Ok(None),
        Some(FieldValue::Integer(n)) if (min..=max).contains(&n) => Ok(Some(n)),
        Some(_) if max == i64::MAX => {
            Err(error(field, t!("value-takes-integer-at-least", min = min)))
        }
        Some(_) => Err(error(
            field,
            t!("value-takes-integer-range", min = min, max = max),
        )),
    }
}

pub(super) fn to_float(field: &str, value: Option<FieldValue>) -> Result<Option<f64>, FieldError> {
    const EXACT: i64 = 1 << 53;
    match value {
        None => Ok(None),
        Some(FieldValue::Float(n)) if n.is_finite() => Ok(Some(n)),
        Some(FieldValue::Integer(n)) if (-EXACT..=EXACT).contains(&n) => Ok(Some(n as f64)),
        Some(_) => Err(error(field, t!("value-takes-number"))),
    }
}

pub(super) fn to_date(field: &str, value: Option<FieldValue>) -> Result<Option<Date>, FieldError> {
    match value {
        None => Ok(None),
        Some(FieldValue::Date(d)) => Ok(Some(d)),
        Some(_) => Err(error(field, t!("value-takes-date"))),
    }
}

/// The tables of a list of tables, each checked to use only `known` keys.
fn to_tables(
    field: &str,
    value: Option<FieldValue>,
    known: &[&str],
) -> Result<Vec<Vec<(String, FieldValue)>>, FieldError> {
    let shape = || error(field, t!("value-takes-tables", keys = known.join(", ")));
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

pub(super) fn evidence_value(e: &Evidence) -> FieldValue {
    let mut entries = vec![("source".to_owned(), vocab(e.source))];
    if let Some(note) = text(&e.note) {
        entries.push(("note".to_owned(), note));
    }
    if let Some(url) = text(&e.url) {
        entries.push(("url".to_owned(), url));
    }
    FieldValue::Table(entries)
}

pub(super) fn to_evidence(
    field: &str,
    value: Option<FieldValue>,
) -> Result<Vec<Evidence>, FieldError> {
    to_tables(field, value, &["source", "note", "url"])?
        .into_iter()
        .map(|mut entries| {
            let source = take(&mut entries, "source");
            let note = take(&mut entries, "note");
            let url = take(&mut entries, "url");
            Ok(Evidence {
                source: to_required_vocab::<EvidenceSource>("source", source)
                    .map_err(|e| error(field, t!("value-needs-source", problem = e.message)))?,
                note: to_text("note", note)
                    .map_err(|_| error(field, t!("value-takes-text-key", key = "note")))?,
                url: to_text("url", url)
                    .map_err(|_| error(field, t!("value-takes-text-key", key = "url")))?,
            })
        })
        .collect()
}

/// Two texts of a small table (an action's `text` and `department`, a
/// link's `title` and `url`), left out when empty.
fn pair_value(pairs: [(&str, &str); 2]) -> FieldValue {
    FieldValue::Table(
        pairs
            .into_iter()
            .filter_map(|(k, v)| text(v).map(|v| (k.to_owned(), v)))
            .collect(),
    )
}

/// The two texts of each table of a list of small tables; `required` must be set.
fn to_pairs(
    field: &str,
    value: Option<FieldValue>,
    keys: [&str; 2],
    required: &str,
) -> Result<Vec<[String; 2]>, FieldError> {
    to_tables(field, value, &keys)?
        .into_iter()
        .map(|mut entries| {
            let mut out = [String::new(), String::new()];
            for (slot, key) in out.iter_mut().zip(keys) {
                *slot = to_text(key, take(&mut entries, key))
                    .map_err(|_| error(field, t!("value-takes-text-key", key = key)))?;
            }
            let at = keys.iter().position(|k| *k == required).unwrap_or(0);
            if out[at].trim().is_empty() {
                return Err(error(field, t!("value-needs-key", key = required)));
            }
            Ok(out)
        })
        .collect()
}

pub(super) fn action_value(a: &Action) -> FieldValue {
    pair_value([("text", &a.text), ("department", &a.department)])
}

pub(super) fn to_actions(
    field: &str,
    value: Option<FieldValue>,
) -> Result<Vec<Action>, FieldError> {
    Ok(to_pairs(field, value, ["text", "department"], "text")?
        .into_iter()
        .map(|[text, department]| Action { text, department })
        .collect())
}

pub(super) fn link_value(l: &Link) -> FieldValue {
    pair_value([("title", &l.title), ("url", &l.url)])
}

pub(super) fn to_links(field: &str, value: Option<FieldValue>) -> Result<Vec<Link>, FieldError> {
    Ok(to_pairs(field, value, ["title", "url"], "url")?
        .into_iter()
        .map(|[title, url]| Link { title, url })
        .collect())
}

pub(super) fn reading_value(r: &Reading) -> FieldValue {
    FieldValue::Table(vec![
        ("date".to_owned(), FieldValue::Date(r.date)),
        ("value".to_owned(), float(r.value)),
    ])
}

pub(super) fn to_readings(
    field: &str,
    value: Option<FieldValue>,
) -> Result<Vec<Reading>, FieldError> {
    to_tables(field, value, &["date", "value"])?
        .into_iter()
        .map(|mut entries| {
            let date = to_date("date", take(&mut entries, "date")).ok().flatten();
            let number = to_float("value", take(&mut entries, "value"))
                .ok()
                .flatten();
            match (date, number) {
                (Some(date), Some(value)) => Ok(Reading { date, value }),
                _ => Err(error(field, t!("value-takes-readings"))),
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Field access, built from the schema's tables (see [`super::schema`]).

/// Implements [`Fields`] for an item type from its schema table: the fields
/// are the rows that describe the item (not its `id` or team member's `name`).
macro_rules! fields_from_schema {
    ($($item:ty => $table:ident),+ $(,)?) => {$(
        impl Fields for $item {
            fn names() -> &'static [&'static str] {
                schema::values::$table
            }

            fn get(&self, field: &str) -> Option<FieldValue> {
                let row = schema::find(schema::$table, field).filter(|f| !f.identifies)?;
                (row.get)(self)
            }

            fn set(&mut self, field: &str, value: Option<FieldValue>) -> Result<(), FieldError> {
                match schema::find(schema::$table, field).filter(|f| !f.identifies) {
                    Some(row) => (row.set)(row, self, value),
                    None => Err(unknown(field)),
                }
            }
        }
    )+};
}

fields_from_schema! {
    Map => MAP,
    Goal => GOAL,
    Persona => PERSONA,
    Participant => PARTICIPANT,
    Department => DEPARTMENT,
    Stage => STAGE,
    Touchpoint => TOUCHPOINT,
    Opportunity => OPPORTUNITY,
    Metric => METRIC,
}

#[cfg(test)]
mod tests {
    use super::super::schema;
    use super::super::{Channel, Emotion, MapKind, MetricKind, Role, Score, Status};
    use super::*;

    fn without(list: &[&'static str], keys: &[&str]) -> Vec<&'static str> {
        list.iter().copied().filter(|k| !keys.contains(k)).collect()
    }

    #[test]
    fn field_lists_follow_the_file_format() {
        assert_eq!(
            Map::names(),
            without(schema::ROOT_KEYS, &["schema"])
                .into_iter()
                .filter(|k| !schema::SECTION_KEYS.contains(k))
                .collect::<Vec<_>>()
        );
        assert_eq!(Goal::names(), schema::GOAL_KEYS);
        assert_eq!(Persona::names(), without(schema::PERSONA_KEYS, &["id"]));
        assert_eq!(
            Participant::names(),
            without(schema::PARTICIPANT_KEYS, &["id", "name"])
        );
        assert_eq!(Stage::names(), without(schema::STAGE_KEYS, &["id"]));
        assert_eq!(
            Touchpoint::names(),
            without(schema::TOUCHPOINT_KEYS, &["id"])
        );
        assert_eq!(
            Opportunity::names(),
            without(schema::OPPORTUNITY_KEYS, &["id"])
        );
        assert_eq!(Metric::names(), without(schema::METRIC_KEYS, &["id"]));
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
                    url: String::new(),
                },
                Evidence {
                    source: EvidenceSource::Interview,
                    note: "5 of 8".into(),
                    url: "https://example.com/interviews/5".into(),
                },
            ],
            frontstage: vec![Action {
                text: "Kassören hälsar".into(),
                department: "dp-sales".into(),
            }],
            backstage: vec![Action {
                text: "Проверка платежа".into(),
                department: String::new(),
            }],
            support: vec![Action {
                text: "Payment gateway".into(),
                department: "dp-it".into(),
            }],
            fail_point: "3-D Secure times out".into(),
            wait: Some(crate::model::Wait::from_minutes(90)),
            web_links: vec![Link {
                title: "Dashboard".into(),
                url: "https://example.com/d".into(),
            }],
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
