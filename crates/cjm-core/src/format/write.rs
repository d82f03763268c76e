//! Writing a map as canonical TOML.
//!
//! The canonical form is deterministic: fields in the order of
//! [`crate::model::schema`], items in the map's own order, each item its own
//! `[[section]]` table, empty optional fields left out, lists of texts one
//! element per line. So saving an unchanged map gives the same bytes, and one
//! edit is one small hunk in `git diff`. Comments kept in the model are
//! written back above (or beside) the field or item they belong to.

use toml_writer::{ToTomlKey, ToTomlValue, TomlKeyBuilder, TomlStringBuilder};

use crate::model::schema;
use crate::model::{
    Action, Comments, Date, Evidence, FieldValue, Id, Link, Map, Reading, Vocabulary,
};

/// The canonical TOML text of `map`.
pub fn to_toml(map: &Map) -> String {
    let mut w = Writer::default();
    write_map(map, &mut w);
    w.out
}

/// Writes the canonical TOML text of `map` (the bytes [`to_toml`] gives) to
/// `out` a few tables at a time, so the text of a large map is never whole
/// in memory: a recovery copy or a save of a 10,000-touchpoint map would
/// otherwise hold 6–9 MB of text beside the map for a moment.
pub fn write_toml(map: &Map, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let mut w = Writer {
        sink: Some(out),
        ..Writer::default()
    };
    write_map(map, &mut w);
    w.finish()
}

/// How much text the streaming writer gathers before handing it on.
const SPILL_AT: usize = 64 * 1024;

fn write_map(map: &Map, w: &mut Writer<'_>) {
    w.fields(&map.comments, schema::ROOT_KEYS, |field| match field {
        "schema" => Some(map.schema_to_write().to_string()),
        "title" => Some(string(&map.title)),
        "kind" => Some(string(map.kind.as_str())),
        "language" => text(&map.language),
        "based_on" => text(&map.based_on),
        "created" => map.created.map(date),
        "owner" => text(&map.owner),
        "review_by" => map.review_by.map(date),
        "parking_lot" => text_list(&map.parking_lot),
        "shared_personas" => text_list(&map.shared_personas),
        "shared_departments" => text_list(&map.shared_departments),
        _ => None,
    });

    let goal = &map.goal;
    let goal_is_empty = goal.focus.is_none()
        && goal.statement.is_empty()
        && goal.scope.is_empty()
        && goal.success_criteria.is_empty();
    if !goal_is_empty || !goal.comments.is_empty() {
        w.header("[goal]", &goal.comments);
        w.fields(&goal.comments, schema::GOAL_KEYS, |field| match field {
            "focus" => goal.focus.map(|f| string(f.as_str())),
            "statement" => text(&goal.statement),
            "scope" => text(&goal.scope),
            "success_criteria" => text_list(&goal.success_criteria),
            _ => None,
        });
    }

    for p in &map.personas {
        w.header("[[personas]]", &p.comments);
        w.fields(&p.comments, schema::PERSONA_KEYS, |field| match field {
            "id" => Some(id(&p.id)),
            "name" => Some(string(&p.name)),
            "primary" => p.primary.then(|| "true".to_owned()),
            "segment" => text(&p.segment),
            "description" => text(&p.description),
            "demographics" => text(&p.demographics),
            "behaviours" => text(&p.behaviours),
            "motivations" => text(&p.motivations),
            "needs" => text(&p.needs),
            "frustrations" => text(&p.frustrations),
            "jobs_to_be_done" => text_list(&p.jobs_to_be_done),
            "quote" => text(&p.quote),
            "says" => text_list(&p.says),
            "thinks" => text_list(&p.thinks),
            "does" => text_list(&p.does),
            "feels" => text_list(&p.feels),
            _ => None,
        });
    }

    for d in &map.departments {
        w.header("[[departments]]", &d.comments);
        w.fields(&d.comments, schema::DEPARTMENT_KEYS, |field| match field {
            "id" => Some(id(&d.id)),
            "name" => Some(string(&d.name)),
            "short_name" => text(&d.short_name),
            "aliases" => text_list(&d.aliases),
            _ => None,
        });
    }

    for p in &map.team {
        w.header("[[team]]", &p.comments);
        w.fields(&p.comments, schema::PARTICIPANT_KEYS, |field| match field {
            "id" => p.id.as_ref().map(id),
            "name" => Some(string(&p.name)),
            "department" => text(&p.department),
            "role" => Some(string(p.role.as_str())),
            _ => None,
        });
    }

    for s in &map.stages {
        w.header("[[stages]]", &s.comments);
        w.fields(&s.comments, schema::STAGE_KEYS, |field| match field {
            "id" => Some(id(&s.id)),
            "name" => Some(string(&s.name)),
            "customer_goal" => text(&s.customer_goal),
            "description" => text(&s.description),
            _ => None,
        });
    }

    for t in &map.touchpoints {
        w.header("[[touchpoints]]", &t.comments);
        w.fields(&t.comments, schema::TOUCHPOINT_KEYS, |field| match field {
            "id" => Some(id(&t.id)),
            "stage" => Some(id(&t.stage)),
            "name" => Some(string(&t.name)),
            "channel" => t.channel.map(|c| string(c.as_str())),
            "owner" => text(&t.owner),
            "personas" => id_list(&t.personas),
            "doing" => text(&t.doing),
            "thinking" => text(&t.thinking),
            "feeling" => text(&t.feeling),
            "emotion" => t.emotion.map(|e| e.get().to_string()),
            "pain_points" => text_list(&t.pain_points),
            "moment_of_truth" => t.moment_of_truth.then(|| "true".to_owned()),
            "evidence" => table_list(&t.evidence, evidence),
            "frontstage" => table_list(&t.frontstage, action),
            "backstage" => table_list(&t.backstage, action),
            "support" => table_list(&t.support, action),
            "fail_point" => text(&t.fail_point),
            "wait" => t.wait.map(|w| string(&w.to_string())),
            "web_links" => table_list(&t.web_links, link),
            _ => None,
        });
    }

    for o in &map.opportunities {
        w.header("[[opportunities]]", &o.comments);
        w.fields(&o.comments, schema::OPPORTUNITY_KEYS, |field| match field {
            "id" => Some(id(&o.id)),
            "title" => Some(string(&o.title)),
            "description" => text(&o.description),
            "touchpoints" => id_list(&o.touchpoints),
            "stage" => o.stage.as_ref().map(id),
            "impact" => o.impact.map(|s| s.get().to_string()),
            "effort" => o.effort.map(|s| s.get().to_string()),
            "votes" => Some(o.votes.to_string()),
            "owner" => text(&o.owner),
            "status" => Some(string(o.status.as_str())),
            "web_links" => table_list(&o.web_links, link),
            "issue" => text(&o.issue),
            "issue_state" => text(&o.issue_state),
            _ => None,
        });
    }

    for m in &map.metrics {
        w.header("[[metrics]]", &m.comments);
        w.fields(&m.comments, schema::METRIC_KEYS, |field| match field {
            "id" => Some(id(&m.id)),
            "name" => Some(string(&m.name)),
            "kind" => Some(string(m.kind.as_str())),
            "measures" => text(&m.measures),
            "links" => id_list(&m.links),
            "unit" => text(&m.unit),
            "source" => text(&m.source),
            "baseline" => m.baseline.map(number),
            "target" => m.target.map(number),
            "readings" => table_list(&m.readings, reading),
            "web_links" => table_list(&m.web_links, link),
            _ => None,
        });
    }

    for c in &map.conflicts {
        w.header("[[conflicts]]", &c.comments);
        w.fields(&c.comments, schema::CONFLICT_KEYS, |field| match field {
            "item" => Some(string(&c.item)),
            "field" => text(&c.field),
            "kind" => Some(string(c.kind.as_str())),
            "ours" => c.ours.as_ref().map(field_value),
            "theirs" => c.theirs.as_ref().map(field_value),
            _ => None,
        });
    }

    if !map.trailing_comments.is_empty() {
        w.blank_line();
        w.lines(&map.trailing_comments);
    }
}

#[derive(Default)]
struct Writer<'a> {
    out: String,
    /// Where the line of the current table's header starts (0 for the top level).
    header_at: usize,
    /// Where finished tables go when streaming ([`write_toml`]).
    sink: Option<&'a mut dyn std::io::Write>,
    /// The first error the sink gave; nothing more is written after it.
    failed: Option<std::io::Error>,
}

impl Writer<'_> {
    /// Hands the finished tables to the sink once enough text gathered.
    /// Called between tables only: a table's own text may still be
    /// rearranged while it is written ([`Writer::fields`]).
    fn spill(&mut self, at_least: usize) {
        let Some(sink) = self.sink.as_deref_mut() else {
            return;
        };
        if self.out.len() < at_least.max(1) {
            return;
        }
        if self.failed.is_none()
            && let Err(err) = sink.write_all(self.out.as_bytes())
        {
            self.failed = Some(err);
        }
        self.out.clear();
    }

    /// Writes what is left and reports the first error.
    fn finish(mut self) -> std::io::Result<()> {
        self.spill(0);
        match self.failed.take() {
            Some(err) => Err(err),
            None => Ok(()),
        }
    }

    fn blank_line(&mut self) {
        if !self.out.is_empty() && !self.out.ends_with("\n\n") {
            self.out.push('\n');
        }
    }

    fn lines(&mut self, lines: &[String]) {
        for line in lines {
            self.out.push_str(line);
            self.out.push('\n');
        }
    }

    fn header(&mut self, header: &str, comments: &Comments) {
        self.blank_line();
        self.spill(SPILL_AT);
        self.lines(&comments.above);
        self.header_at = self.out.len();
        self.out.push_str(header);
        self.out.push('\n');
    }

    /// Writes `key = value` for each field that has a value, with its comments.
    /// A field without a value still gets its comments, so none are lost:
    /// they stand above the next field written. Those of fields after the
    /// last one written go above that last field (or above the header when
    /// no field is written), since below it they would be read back as
    /// comments of the next table and the text would not be canonical.
    fn fields(
        &mut self,
        comments: &Comments,
        order: &[&str],
        value: impl Fn(&str) -> Option<String>,
    ) {
        let mut last_key_at = self.header_at;
        let mut last_key_end = self.out.len();
        for &field in order {
            let field_comments = comments.field(field);
            if let Some(c) = field_comments {
                self.lines(&c.above);
            }
            let trailing = field_comments.and_then(|c| c.trailing.as_deref());
            match value(field) {
                Some(v) => {
                    last_key_at = self.out.len();
                    self.out.push_str(field);
                    self.out.push_str(" = ");
                    self.out.push_str(&v);
                    if let Some(t) = trailing {
                        self.out.push(' ');
                        self.out.push_str(t);
                    }
                    self.out.push('\n');
                    last_key_end = self.out.len();
                }
                None => {
                    if let Some(t) = trailing {
                        self.out.push_str(t);
                        self.out.push('\n');
                    }
                }
            }
        }
        if self.out.len() > last_key_end {
            let orphans = self.out.split_off(last_key_end);
            self.out.insert_str(last_key_at, &orphans);
        }
    }
}

/// A TOML string in its most readable form (literal, basic, or multi-line for text with line breaks).
fn string(s: &str) -> String {
    TomlStringBuilder::new(s).as_default().to_toml_value()
}

fn text(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| string(s))
}

fn id(id: &Id) -> String {
    string(id.as_str())
}

fn date(d: Date) -> String {
    d.to_string()
}

/// A number: whole numbers without a decimal point, others in the shortest exact form.
fn number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        n.to_toml_value()
    }
}

/// Texts one per line, so adding one is a one-line diff.
fn text_list(items: &[String]) -> Option<String> {
    table_list(items, |s| string(s))
}

/// Short ids on one line.
fn id_list(items: &[Id]) -> Option<String> {
    if items.is_empty() {
        return None;
    }
    let inner: Vec<String> = items.iter().map(id).collect();
    Some(format!("[{}]", inner.join(", ")))
}

/// One element per line.
fn table_list<T>(items: &[T], encode: impl Fn(&T) -> String) -> Option<String> {
    if items.is_empty() {
        return None;
    }
    let mut out = String::from("[\n");
    for item in items {
        out.push_str("  ");
        out.push_str(&encode(item));
        out.push_str(",\n");
    }
    out.push(']');
    Some(out)
}

fn evidence(e: &Evidence) -> String {
    inline_table(&[
        ("source", e.source.as_str()),
        ("note", &e.note),
        ("url", &e.url),
    ])
}

fn action(a: &Action) -> String {
    inline_table(&[("text", &a.text), ("department", &a.department)])
}

fn link(l: &Link) -> String {
    inline_table(&[("title", &l.title), ("url", &l.url)])
}

/// `{ key = "text", ... }` with the keys whose text is not empty.
fn inline_table(entries: &[(&str, &str)]) -> String {
    let inner: Vec<String> = entries
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k} = {}", string(v)))
        .collect();
    format!("{{ {} }}", inner.join(", "))
}

fn reading(r: &Reading) -> String {
    format!("{{ date = {}, value = {} }}", date(r.date), number(r.value))
}

/// A conflict's value as native TOML, so it reads back as the same value:
/// lists one element per line, tables inline, decimals keep their point.
fn field_value(v: &FieldValue) -> String {
    match v {
        FieldValue::Text(s) => string(s),
        FieldValue::Integer(n) => n.to_string(),
        FieldValue::Float(n) => n.to_toml_value(),
        FieldValue::Bool(b) => b.to_string(),
        FieldValue::Date(d) => date(*d),
        FieldValue::List(items) => {
            table_list(items, field_value).unwrap_or_else(|| "[]".to_owned())
        }
        FieldValue::Table(entries) => {
            let inner: Vec<String> = entries
                .iter()
                .map(|(key, value)| {
                    let key = TomlKeyBuilder::new(key).as_default().to_toml_key();
                    format!("{key} = {}", field_value(value))
                })
                .collect();
            format!("{{ {} }}", inner.join(", "))
        }
    }
}
