//! The documentation of the field schema: English documentation text, not
//! interface text.
//!
//! `docs/format.md` lists every field of every kind of item in tables this
//! module writes from the schema's rows: each table's title and what it
//! holds, each field's type, its English help and when `cjm` writes it. The
//! project's documentation is English by design (`docs/languages.md`); the
//! app shows the fields' labels and help from the localisation files
//! (`field-<label_id>`, `field-<label_id>-help`), never from here.

use super::{
    ACTION, DEPARTMENT, EVIDENCE, Field, GOAL, Input, LINK, MAP, METRIC, OPPORTUNITY, PARTICIPANT,
    PERSONA, READING, STAGE, TOUCHPOINT,
};

/// A row without its getter and setter, for lists over all kinds of item.
#[derive(Clone, Copy, Debug)]
pub struct About {
    pub key: &'static str,
    pub input: Input,
    pub required: bool,
    pub default: Option<&'static str>,
    pub label_id: &'static str,
    pub label: &'static str,
    pub help: &'static str,
}

fn about<T>(fields: &'static [Field<T>]) -> Vec<About> {
    fields
        .iter()
        .map(|f| About {
            key: f.key,
            input: f.input,
            required: f.required,
            default: f.default,
            label_id: f.label_id,
            label: f.label,
            help: f.help,
        })
        .collect()
}

/// Every table of the schema: its title in the documentation, what it
/// holds, and its rows, in the order the format documentation lists them.
pub fn tables() -> Vec<(&'static str, &'static str, Vec<About>)> {
    vec![
        ("Top level", "what the map is", about(MAP)),
        ("`[goal]`", "why the team maps this journey", about(GOAL)),
        (
            "`[[personas]]`",
            "the target group; start with one primary persona",
            about(PERSONA),
        ),
        (
            "`[[departments]]`",
            "the company's departments, referred to by id (schema 2)",
            about(DEPARTMENT),
        ),
        ("`[[team]]`", "who is in the room", about(PARTICIPANT)),
        (
            "`[[stages]]`",
            "the phases of the journey, in order",
            about(STAGE),
        ),
        (
            "`[[touchpoints]]`",
            "every contact between the customer and the company",
            about(TOUCHPOINT),
        ),
        (
            "`evidence`",
            "each element of a touchpoint's `evidence`",
            about(EVIDENCE),
        ),
        (
            "`actions`",
            "each element of a touchpoint's `frontstage`, `backstage` and `support` (the service blueprint's lanes)",
            about(ACTION),
        ),
        ("`[[opportunities]]`", "what to change", about(OPPORTUNITY)),
        ("`[[metrics]]`", "how results are measured", about(METRIC)),
        (
            "`readings`",
            "each element of a metric's `readings`",
            about(READING),
        ),
        (
            "`web_links`",
            "each element of the `web_links` of a touchpoint, an opportunity or a metric",
            about(LINK),
        ),
    ]
}

/// What a field takes, as the format documentation's "type" column says it.
fn type_text(input: Input) -> String {
    match input {
        Input::Text => "text".to_owned(),
        Input::Lines => "list of text".to_owned(),
        Input::Choice { values, .. } => {
            let words: Vec<String> = values.iter().map(|v| format!("`{v}`")).collect();
            words.join(" \\| ")
        }
        Input::Integer { min, max } if max >= i64::from(u32::MAX) => {
            format!("whole number, {min} or more")
        }
        Input::Integer { min, max } => format!("whole number from {min} to {max}"),
        Input::Number => "number".to_owned(),
        Input::Bool => "boolean".to_owned(),
        Input::Date => "date (`2026-03-02`, no quotes)".to_owned(),
        Input::Reference(kind) => format!("{} id", kind.noun()),
        Input::References(kinds) => {
            let nouns: Vec<&str> = kinds.iter().map(|k| k.noun()).collect();
            format!("list of {} ids", nouns.join(", "))
        }
        Input::Evidence => "list of `{ source, note }`".to_owned(),
        Input::Readings => "list of `{ date, value }`".to_owned(),
        Input::Department => "department id".to_owned(),
        Input::Actions => "list of `{ text, department }`".to_owned(),
        Input::Links => "list of `{ title, url }`".to_owned(),
        Input::Wait => "duration (`15m`, `2h`, `3d`, `1w`, `1h30m`)".to_owned(),
        Input::ReadOnly => "id".to_owned(),
    }
}

/// The field tables of the format documentation, as Markdown: one table
/// per kind of item with each field's key, type, meaning, and when `cjm`
/// writes it. `docs/format.md` holds this text; a test keeps it equal.
pub fn markdown_tables() -> String {
    let mut out = String::new();
    for (title, about, rows) in tables() {
        out.push_str(&format!("**{title}** – {about}\n\n"));
        out.push_str("| key | type | meaning | written |\n");
        out.push_str("| --- | --- | --- | --- |\n");
        if title == "Top level" {
            out.push_str(&format!(
                "| `schema` | whole number, required | the format version; this cjm writes `{}` and reads up to `{}` | always |\n",
                crate::model::SCHEMA_VERSION,
                crate::model::SCHEMA_VERSION
            ));
        }
        for row in rows {
            let mut kind = type_text(row.input);
            if row.required {
                kind.push_str(", required");
            }
            if let Some(default) = row.default {
                kind.push_str(&format!(", default `{default}`"));
            }
            let always = row.required || (row.default.is_some() && row.input != Input::Bool);
            out.push_str(&format!(
                "| `{}` | {kind} | {} | {} |\n",
                row.key,
                row.help.replace('|', "\\|"),
                if always { "always" } else { "when set" },
            ));
        }
        out.push('\n');
    }
    out
}
