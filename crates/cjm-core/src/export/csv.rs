//! The CSV export: one row per touchpoint, in stage order, for spreadsheets.
//!
//! Quoting follows RFC 4180 (the `csv` crate), with CRLF line ends. Lists go
//! into one cell, one element per line: pain points, evidence as
//! `source: note url`, blueprint actions as `department: text` (the
//! department's id), web links as `title url`; a line break inside one element becomes a space so the
//! elements stay apart. Personas are listed by id, one per line; an empty
//! cell means the touchpoint concerns all personas.
//!
//! Formula injection: a spreadsheet runs a cell that starts with `=`, `+`,
//! `-` or `@` (and some also after a tab or carriage return) as a formula.
//! Every text cell that starts with one of these gets a single quote `'` in
//! front, which spreadsheets show as text. A cell that is a plain number,
//! such as the emotion `-1`, is left alone so it stays a number.

use super::one_line;
use crate::model::schema::{self, Input};
use crate::model::{FieldValue, Map, Touchpoint};

/// The byte order mark Excel needs to read a CSV file as UTF-8.
const BOM: &str = "\u{FEFF}";

/// The columns after the stage's id and name: the CSV header of each and
/// the touchpoint field (a key of [`schema::TOUCHPOINT`]) whose value fills it.
const COLUMNS: [(&str, &str); 18] = [
    ("touchpoint_id", "id"),
    ("touchpoint", "name"),
    ("channel", "channel"),
    ("owner", "owner"),
    ("personas", "personas"),
    ("emotion", "emotion"),
    ("moment_of_truth", "moment_of_truth"),
    ("doing", "doing"),
    ("thinking", "thinking"),
    ("feeling", "feeling"),
    ("pain_points", "pain_points"),
    ("evidence", "evidence"),
    ("frontstage", "frontstage"),
    ("backstage", "backstage"),
    ("support", "support"),
    ("fail_point", "fail_point"),
    ("wait", "wait"),
    ("web_links", "web_links"),
];

/// The CSV text, with a byte order mark in front when `bom` is set.
pub fn export(map: &Map, bom: bool) -> String {
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let header = ["stage_id", "stage"]
        .into_iter()
        .chain(COLUMNS.iter().map(|(header, _)| *header));
    let mut rows = vec![header.map(str::to_owned).collect::<Vec<_>>()];
    let by_stage = super::index::by_stage(map);
    for stage in &map.stages {
        for t in by_stage.get(stage.id.as_str()).into_iter().flatten() {
            rows.push(row(stage.id.as_str(), &stage.name, t));
        }
    }
    for row in rows {
        let cells = row.iter().map(|cell| neutralise(cell));
        // Writing into a Vec<u8> cannot fail: it has no I/O errors.
        writer
            .write_record(cells)
            .expect("writing CSV into memory cannot fail");
    }
    let bytes = writer
        .into_inner()
        .expect("flushing CSV into memory cannot fail");
    // Every cell is a Rust string, so the record bytes are UTF-8.
    let text = String::from_utf8_lossy(&bytes);
    if bom {
        format!("{BOM}{text}")
    } else {
        text.into_owned()
    }
}

fn row(stage_id: &str, stage_name: &str, t: &Touchpoint) -> Vec<String> {
    let mut cells = vec![stage_id.to_owned(), stage_name.to_owned()];
    cells.extend(COLUMNS.iter().map(|(_, key)| cell(t, key)));
    cells
}

/// The value of the touchpoint's field `key` as a cell: texts as they are,
/// list elements one per line (each on one line), evidence as
/// `source: note`, a flag as `true` or `false`, nothing for an unset field.
fn cell(t: &Touchpoint, key: &str) -> String {
    let Some(field) = schema::find(schema::TOUCHPOINT, key) else {
        return String::new();
    };
    match (field.get)(t) {
        None if field.input == Input::Bool => "false".to_owned(),
        None => String::new(),
        Some(value) => element(&value),
    }
}

fn element(value: &FieldValue) -> String {
    match value {
        FieldValue::Text(s) => s.clone(),
        FieldValue::List(items) => items
            .iter()
            .map(|item| one_line(&element(item)))
            .collect::<Vec<_>>()
            .join("\n"),
        FieldValue::Table(_) => {
            let part = |key: &str| value.get(key).map(element).unwrap_or_default();
            let joined =
                |head: String, tail: String, sep: &str| match (head.is_empty(), tail.is_empty()) {
                    (_, true) => head,
                    (true, false) => tail,
                    (false, false) => format!("{head}{sep}{tail}"),
                };
            if value.get("source").is_some() {
                // Evidence: `source: note url`.
                joined(joined(part("source"), part("note"), ": "), part("url"), " ")
            } else if value.get("url").is_some() {
                // A web link: `title url`.
                joined(part("title"), part("url"), " ")
            } else {
                // A blueprint action: `department: text`.
                joined(part("department"), part("text"), ": ")
            }
        }
        other => other.to_string(),
    }
}

/// The cell as a spreadsheet should show it: control characters and other
/// invisible ones (escape sequences, bidirectional overrides) become visible
/// stand-ins, line breaks and tabs inside a cell stay, and text that a spreadsheet
/// would run as a formula gets a leading `'`; plain numbers stay numbers.
pub(super) fn neutralise(cell: &str) -> String {
    let cell: String = cell
        .chars()
        .map(|c| {
            if matches!(c, '\n' | '\t') {
                c
            } else {
                crate::text::visible(c)
            }
        })
        .collect();
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && !is_plain_number(&cell) {
        format!("'{cell}")
    } else {
        cell
    }
}

/// `-1`, `+2`, `3.5`, `-0.25`: an optional sign, digits, maybe one decimal point.
fn is_plain_number(cell: &str) -> bool {
    let digits = cell.strip_prefix(['+', '-']).unwrap_or(cell);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.bytes().all(|b| b.is_ascii_digit())
        && !(digits.contains('.') && fraction.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_numbers_kept() {
        assert_eq!(neutralise("=cmd|' /C calc'!A0"), "'=cmd|' /C calc'!A0");
        assert_eq!(neutralise("+1+1"), "'+1+1");
        assert_eq!(neutralise("-2+3"), "'-2+3");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("\tx"), "'\tx");
        // A carriage return could rewrite a terminal line: it becomes visible.
        assert_eq!(neutralise("\rx"), "␍x");
        assert_eq!(neutralise("a\x1b[2Jb\u{7}"), "a␛[2Jb␇");
        assert_eq!(neutralise("-"), "'-");
        assert_eq!(neutralise("-1"), "-1");
        assert_eq!(neutralise("+2"), "+2");
        assert_eq!(neutralise("-0.5"), "-0.5");
        assert_eq!(neutralise("-1."), "'-1.");
        assert_eq!(neutralise("-1e5"), "'-1e5");
        assert_eq!(neutralise("a=b"), "a=b");
        assert_eq!(neutralise(""), "");
    }
}
