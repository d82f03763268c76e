//! `cjm query DIR 'FILTER' [--format table|json]`: the touchpoints of every
//! map in a folder that a filter matches (the language is in
//! [`crate::query`]). A filter that cannot be read is shown with a caret
//! under the problem.
//!
//! Exit codes: 0 when something matched, 1 when nothing did, 2 when the
//! filter cannot be read or a map cannot be loaded.

use std::fmt::Write as _;
use std::path::Path;

use clap::ValueEnum;
use serde::Serialize;

use super::error::{CliError, Failures, Outcome};
use crate::format;
use crate::query::{self, ParseError};
use crate::style::Palette;
use crate::t;

/// How `cjm query` prints what it found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Columns for people: map, id, name, stage and the fields the filter uses.
    #[default]
    Table,
    /// One JSON array, an object per touchpoint, for scripts.
    Json,
}

/// The columns every row has; the filter's other fields follow.
const FIXED: [&str; 3] = ["id", "name", "stage"];

/// A cell is cut to this display width in the table.
const MAX_CELL: usize = 40;

#[derive(Serialize)]
struct Hit {
    map: String,
    id: String,
    name: String,
    stage: String,
    /// The filter's fields (besides id, name and stage) with their values; `null` when not set.
    fields: serde_json::Map<String, serde_json::Value>,
}

pub fn run(path: &Path, text: &str, format: Format) -> Result<Outcome, CliError> {
    let expr = query::parse(text, query::touchpoint_fields()).map_err(|error| CliError::Query {
        query: text.to_owned(),
        error,
    })?;
    let mut failures = Failures::default();
    let files = super::repo::expand(&[path.to_owned()], &mut failures);
    let base = path.is_dir().then_some(path);
    let extra: Vec<&str> = expr
        .fields()
        .into_iter()
        .filter(|f| !FIXED.contains(f))
        .collect();
    let mut hits = Vec::new();
    let mut repositories = super::repo::Repositories::default();
    for file in &files {
        let loaded = match format::load_file(file) {
            Ok(loaded) => loaded,
            Err(err) => {
                failures.add(err);
                continue;
            }
        };
        // Shared departments answer to their names as the map's own do.
        let map = &match repositories.of(file) {
            Some(repo) => repo.with_shared(&loaded.map, file),
            None => std::borrow::Cow::Borrowed(&loaded.map),
        };
        let shown = base.and_then(|b| file.strip_prefix(b).ok()).unwrap_or(file);
        for t in query::touchpoints(map, &expr) {
            let fields = extra
                .iter()
                .map(|f| {
                    let value = query::touchpoint_value(map, t, f);
                    let json = value.map_or(serde_json::Value::Null, |v| {
                        serde_json::to_value(&v).unwrap_or(serde_json::Value::Null)
                    });
                    ((*f).to_owned(), json)
                })
                .collect();
            hits.push(Hit {
                map: crate::text::path(shown),
                id: t.id.to_string(),
                name: t.name.clone(),
                stage: map
                    .stage(t.stage.as_str())
                    .map_or_else(|| t.stage.to_string(), |s| s.name.clone()),
                fields,
            });
        }
    }
    let out = match format {
        Format::Json => match serde_json::to_string_pretty(&hits) {
            Ok(json) => format!("{}\n", crate::text::json_escaped(&json)),
            Err(err) => {
                return Err(CliError::Alone(t!(
                    "query-json-failed",
                    error = err.to_string()
                )));
            }
        },
        Format::Table => table(&hits, &extra),
    };
    print!("{out}");
    if hits.is_empty() && format == Format::Table {
        let query = crate::text::clean(&expr.to_string());
        anstream::eprintln!("{}", t!("query-no-match", query = query));
    }
    failures.finish(Outcome::findings_if(hits.is_empty()))
}

/// The hits as aligned columns (by display width), with a header; empty when there are none.
fn table(hits: &[Hit], extra: &[&str]) -> String {
    if hits.is_empty() {
        return String::new();
    }
    let mut header = vec!["map", "id", "name", "stage"];
    header.extend_from_slice(extra);
    let rows: Vec<Vec<String>> = hits
        .iter()
        .map(|h| {
            let mut row = vec![h.map.clone(), h.id.clone(), h.name.clone(), h.stage.clone()];
            row.extend(extra.iter().map(|f| cell(h.fields.get(*f))));
            row.into_iter()
                .map(|c| crate::text::truncate(&crate::text::clean(&c), MAX_CELL))
                .collect()
        })
        .collect();
    let widths: Vec<usize> = (0..header.len())
        .map(|i| {
            rows.iter()
                .map(|r| crate::text::width(&r[i]))
                .chain([header[i].len()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    let line = |out: &mut String, cells: &[&str]| {
        let mut text = String::new();
        for (i, c) in cells.iter().enumerate() {
            let pad = widths[i].saturating_sub(crate::text::width(c));
            let _ = write!(text, "{c}{}  ", " ".repeat(pad));
        }
        let _ = writeln!(out, "{}", text.trim_end());
    };
    line(&mut out, &header);
    for row in &rows {
        let cells: Vec<&str> = row.iter().map(String::as_str).collect();
        line(&mut out, &cells);
    }
    out
}

/// A field's value in a table cell: lists joined with commas, evidence as `source: note`.
fn cell(value: Option<&serde_json::Value>) -> String {
    match value {
        None | Some(serde_json::Value::Null) => String::new(),
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Array(items)) => items
            .iter()
            .map(|v| cell(Some(v)))
            .collect::<Vec<_>>()
            .join(", "),
        Some(serde_json::Value::Object(pairs)) => pairs
            .values()
            .map(|v| cell(Some(v)))
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(": "),
        Some(other) => other.to_string(),
    }
}

/// The error, the filter and a caret under the problem, then the hint.
pub(super) fn render_error(text: &str, err: &ParseError, color: bool) -> String {
    let Palette {
        error: red,
        hint: cyan,
        reset,
        ..
    } = Palette::new(color);
    let column = err.column(text);
    let (message, hint) = (
        crate::text::clean(&err.message),
        crate::text::clean(&err.hint),
    );
    let mut out = format!("query:1:{column}: ");
    let _ = writeln!(out, "{red}error:{reset} {message}");
    let _ = writeln!(out, "  {}", crate::text::clean(text));
    let _ = writeln!(out, "  {}{red}^{reset}", " ".repeat(column - 1));
    let _ = writeln!(out, "  {cyan}hint:{reset} {hint}");
    out
}
