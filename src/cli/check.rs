//! `cjm check FILE|DIR...`: load and validate maps, then run the workshop checks
//! of [`crate::check`] on each map that loads. A folder stands for the maps
//! under it; a map's use of the repository's shared personas is checked
//! too (see [`crate::portfolio`]), and several maps end with a summary line.
//!
//! For every loadable map the first line is `FILE: ok (summary)`; findings
//! follow on stdout as `FILE:LINE: warning[CODE]: message (item id)` with an
//! indented hint, then one summary line per map. Load errors go to stderr.
//! `--format json` prints one JSON array, an object per file, instead.
//!
//! Exit codes: 0 when every map loads (warnings or not), 2 when one cannot be
//! loaded, 1 when `--deny warnings` is given and a map has warnings.

use crate::t;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use clap::ValueEnum;
use serde::Serialize;

use super::error::{CliError, Failures, Outcome};
use super::stdout_color;
use crate::check::{self, Code, Context, Finding, Report, Severity};
use crate::format::{self, Lined, LoadError, LoadErrorKind, Position};
use crate::model::{Map, Section};
use crate::style::Palette;

/// What `--deny` turns into a failure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Deny {
    /// Exit with 1 when any map has a warning (notes never fail).
    Warnings,
}

/// How `cjm check` prints its findings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Lines for people: `FILE:LINE: warning[CODE]: message (item id)`.
    #[default]
    Text,
    /// One JSON array with an object per file, for scripts.
    Json,
}

/// The options of `cjm check`.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    pub deny: Option<Deny>,
    pub format: OutputFormat,
}

pub fn run(args: &[PathBuf], options: Options) -> Result<Outcome, CliError> {
    let today = jiff::ZonedDateTime::now().date();
    let file_exists = |p: &Path| p.is_file();
    let color = stdout_color();
    let mut failures = Failures::default();
    let files = super::repo::expand(args, &mut failures);
    let mut findings = false;
    let mut repositories = super::repo::Repositories::default();
    let mut tally = Tally::default();
    let mut json = JsonArray::default();
    let mut stdout = anstream::AutoStream::auto(std::io::stdout().lock());
    for (n, path) in files.iter().enumerate() {
        // Findings name their lines: positions are wanted for nearly every
        // map. The text is not kept, only each item's and field's line.
        match format::load_file_with_lines(path) {
            Ok(loaded) => {
                let context = Context::for_file(today, path, &file_exists);
                let report = match repositories.of(path) {
                    Some(repo) => {
                        let mut report = check::run(&repo.with_shared(&loaded.map, path), &context);
                        report.findings.extend(repo.findings(&loaded.map, path));
                        report
                    }
                    None => check::run(&loaded.map, &context),
                };
                tally.count(&report);
                if options.deny == Some(Deny::Warnings) && report.warnings() > 0 {
                    findings = true;
                }
                match options.format {
                    OutputFormat::Text => {
                        // A closed stdout (`cjm check ... | head`) says nothing about the maps.
                        let _ = write_text(&mut stdout, path, &loaded, &report, color);
                    }
                    OutputFormat::Json => {
                        let file = JsonFile::loaded(path, &loaded, &report);
                        json.push(&mut stdout, &file, &mut failures);
                    }
                }
                // Unresolved merge conflicts: the map loads, but is not settled.
                let _ = stdout.flush();
                if super::merge::report_conflicts(path, &loaded.map) {
                    findings = true;
                }
                if n + 1 == files.len() {
                    // The process ends next: freeing a large map item by
                    // item only costs time (the system takes the memory back).
                    std::mem::forget(loaded);
                }
            }
            Err(err) => {
                let _ = stdout.flush();
                tally.failed += 1;
                if options.format == OutputFormat::Json {
                    json.push(&mut stdout, &JsonFile::failed(path, &err), &mut failures);
                }
                failures.add(err);
            }
        }
    }
    let repositories_failed = repositories.failed;
    if options.format == OutputFormat::Text && files.len() > 1 {
        let _ = writeln!(stdout, "{}", tally.summary());
    }
    if options.format == OutputFormat::Json {
        json.finish(&mut stdout);
    }
    let _ = stdout.flush();
    if repositories_failed {
        return Err(CliError::Reported);
    }
    failures.finish(Outcome::findings_if(findings))
}

/// How the maps of one run fared, for the summary line.
#[derive(Default)]
struct Tally {
    clean: usize,
    warned: usize,
    failed: usize,
}

impl Tally {
    fn count(&mut self, report: &Report) {
        if report.warnings() > 0 {
            self.warned += 1;
        } else {
            self.clean += 1;
        }
    }

    /// "4 maps: 2 without warnings, 1 with warnings, 1 could not be loaded".
    fn summary(&self) -> String {
        let total = self.clean + self.warned + self.failed;
        let mut parts = vec![t!("check-dir-clean", count = self.clean)];
        if self.warned > 0 {
            parts.push(t!("check-dir-warned", count = self.warned));
        }
        if self.failed > 0 {
            parts.push(t!("check-dir-failed", count = self.failed));
        }
        t!("check-dir-summary", total = total, parts = parts.join(", "))
    }
}

/// The findings of a report with their line in the file, in file order
/// (findings without a line, about the map as a whole, first).
fn with_lines<'r>(loaded: &Lined, report: &'r Report) -> Vec<(Option<usize>, &'r Finding)> {
    let mut lines: Vec<(Option<usize>, &Finding)> = report
        .findings
        .iter()
        .map(|f| (loaded.line(f.location), f))
        .collect();
    lines.sort_by_key(|(line, _)| *line);
    lines
}

/// How much of a report is put together before it is written: a large
/// map's report (28 MB for 100,000 touchpoints) is written as it is made,
/// not held whole in memory.
const WRITE_FROM: usize = 64 * 1024;

/// Writes the text report of one loaded map to `to`: the `ok` line, then,
/// when the checks found something, each finding with its hint and a
/// summary line.
fn write_text(
    to: &mut impl std::io::Write,
    path: &Path,
    loaded: &Lined,
    report: &Report,
    color: bool,
) -> std::io::Result<()> {
    let style = Palette::new(color);
    let file = crate::text::path(path);
    let mut out = t!("check-ok", file = file, summary = summary(&loaded.map));
    out.push('\n');
    if report.findings.is_empty() {
        return to.write_all(out.as_bytes());
    }
    // The labels are looked up once, not for each of thousands of findings.
    let (warning, note, hint) = (t!("label-warning"), t!("label-note"), t!("label-hint"));
    for (line, f) in with_lines(loaded, report) {
        out.push_str(&file);
        if let Some(line) = line {
            let _ = write!(out, ":{line}");
        }
        let (tone, label) = match f.severity() {
            Severity::Warning => (style.warning, &warning),
            Severity::Note => (style.note, &note),
        };
        let _ = write!(out, ": {tone}{label}[{}]{}: ", f.code, style.reset);
        // Map text is cleaned of control and invisible characters, so a
        // name cannot move the cursor or reorder the terminal line.
        crate::text::clean_into(&mut out, &f.message);
        if let Some(id) = &f.item {
            out.push_str(" (");
            crate::text::clean_into(&mut out, id.as_ref());
            out.push(')');
        }
        let _ = write!(out, "\n  {}{hint}:{} ", style.hint, style.reset);
        crate::text::clean_into(&mut out, &f.hint);
        out.push('\n');
        if out.len() >= WRITE_FROM {
            to.write_all(out.as_bytes())?;
            out.clear();
        }
    }
    let _ = writeln!(out, "{file}: {}", totals(report));
    to.write_all(out.as_bytes())
}

/// "2 warnings, 1 note; 73% of touchpoints backed by data".
fn totals(report: &Report) -> String {
    let mut text = t!("count-warnings", count = report.warnings());
    if report.notes() > 0 {
        text.push_str(", ");
        text.push_str(&t!("count-notes", count = report.notes()));
    }
    text.push_str("; ");
    match report.evidence.percent() {
        Some(percent) => text.push_str(&t!("check-evidence-share", percent = percent)),
        None => text.push_str(&t!("check-no-touchpoints-yet")),
    }
    text
}

/// The JSON array of `--format json`, written an object at a time as each
/// file is checked, so that a large map's findings are not all held again
/// as text: the same bytes as the whole array through
/// `serde_json::to_string_pretty` and [`crate::text::json_escaped`].
#[derive(Default)]
struct JsonArray {
    /// How many objects were written.
    written: usize,
}

impl JsonArray {
    fn push(&mut self, out: &mut impl std::io::Write, file: &JsonFile, failures: &mut Failures) {
        // A closed stdout (`cjm check ... | head`) says nothing about the maps.
        let _ = out.write_all(if self.written == 0 {
            b"[\n  "
        } else {
            b",\n  "
        });
        self.written += 1;
        let mut element = JsonElement::new(out);
        let written = serde_json::to_writer_pretty(&mut element, file);
        let _ = element.write_out(true);
        if let Err(err) = written
            && !err.is_io()
        {
            failures.add(CliError::Alone(t!(
                "check-cannot-write-json",
                error = err.to_string()
            )));
        }
    }

    fn finish(self, out: &mut impl std::io::Write) {
        let end: &[u8] = if self.written == 0 { b"[]\n" } else { b"\n]\n" };
        let _ = out.write_all(end);
    }
}

/// Writes the JSON text of one object of a [`JsonArray`]: escaped as
/// [`crate::text::json_escaped`] escapes, and each line after the first
/// indented two more spaces, as an element of the array is. (A JSON text
/// has no line break but between its tokens.)
struct JsonElement<'w, W: std::io::Write> {
    out: &'w mut W,
    /// What was written and not yet escaped.
    pending: Vec<u8>,
    /// How much is gathered before it is escaped and written on: written
    /// in one piece, as stdout writes a piece with a line break at once.
    write_from: usize,
}

impl<'w, W: std::io::Write> JsonElement<'w, W> {
    fn new(out: &'w mut W) -> Self {
        JsonElement {
            out,
            pending: Vec::new(),
            write_from: WRITE_FROM,
        }
    }

    /// Escapes and writes what is pending, up to the last whole character
    /// unless `all`. What it took is gone from `pending`, written or not.
    fn write_out(&mut self, all: bool) -> std::io::Result<()> {
        let text = match std::str::from_utf8(&self.pending) {
            Ok(text) => text,
            Err(e) if all || e.error_len().is_some() => {
                return Err(std::io::Error::new(std::io::ErrorKind::InvalidData, e));
            }
            Err(e) => std::str::from_utf8(&self.pending[..e.valid_up_to()]).unwrap_or_default(),
        };
        let whole = text.len();
        let piece = crate::text::json_escaped(text).replace('\n', "\n  ");
        self.pending.drain(..whole);
        self.out.write_all(piece.as_bytes())
    }
}

impl<W: std::io::Write> std::io::Write for JsonElement<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.pending.extend_from_slice(buf);
        if self.pending.len() >= self.write_from {
            self.write_out(false)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.write_out(true)?;
        self.out.flush()
    }
}

/// One file in the JSON output.
#[derive(Serialize)]
struct JsonFile<'r> {
    file: String,
    /// Whether the map could be loaded; the checks run only on loaded maps.
    loaded: bool,
    /// Why the map could not be loaded (empty when it was).
    errors: Vec<JsonError>,
    findings: Vec<JsonFinding<'r>>,
    /// Unresolved merge conflicts, described in words (they also make `cjm check` exit 1).
    conflicts: Vec<String>,
    warnings: usize,
    notes: usize,
    /// The evidence summary; `null` when the map could not be loaded.
    evidence: Option<JsonEvidence>,
}

#[derive(Serialize)]
struct JsonFinding<'r> {
    code: Code,
    severity: Severity,
    message: &'r str,
    hint: &'r str,
    /// The id of the item the finding is about; `null` for the map as a whole.
    item: Option<&'r str>,
    /// `personas`, `team`, `stages`, `touchpoints`, `opportunities`, `metrics`; `null` at the top level.
    section: Option<&'static str>,
    field: Option<&'static str>,
    line: Option<usize>,
}

#[derive(Serialize)]
struct JsonEvidence {
    touchpoints: usize,
    backed_by_data: usize,
    /// `null` when the map has no touchpoints.
    percent: Option<u8>,
}

#[derive(Serialize)]
struct JsonError {
    line: Option<usize>,
    column: Option<usize>,
    message: String,
    hint: Option<String>,
}

impl<'r> JsonFile<'r> {
    fn loaded(path: &Path, loaded: &Lined, report: &'r Report) -> Self {
        let findings = with_lines(loaded, report)
            .into_iter()
            .map(|(line, f)| JsonFinding {
                code: f.code,
                severity: f.severity(),
                message: &f.message,
                hint: &f.hint,
                item: f.item.as_ref().map(|id| id.as_str()),
                section: (f.location.section != Section::Root).then_some(f.location.section.key()),
                field: f.location.field,
                line,
            })
            .collect();
        JsonFile {
            file: path.display().to_string(),
            loaded: true,
            errors: Vec::new(),
            findings,
            conflicts: crate::merge::conflict_messages(&loaded.map),
            warnings: report.warnings(),
            notes: report.notes(),
            evidence: Some(JsonEvidence {
                touchpoints: report.evidence.total,
                backed_by_data: report.evidence.backed,
                percent: report.evidence.percent(),
            }),
        }
    }

    fn failed(path: &Path, err: &LoadError) -> Self {
        let error = |position: Option<Position>, message: String| JsonError {
            line: position.map(|p| p.line),
            column: position.map(|p| p.column),
            message,
            hint: None,
        };
        let errors = match &err.kind {
            LoadErrorKind::Invalid {
                source,
                diagnostics,
            } => {
                // Positions from the index of lines: a file with 40,000
                // errors is not read from its start 40,000 times.
                let lines = format::LineIndex::new(source);
                diagnostics
                    .iter()
                    .map(|d| JsonError {
                        hint: d.hint.clone(),
                        ..error(
                            d.span.as_ref().map(|s| lines.position(source, s.start)),
                            d.message.clone(),
                        )
                    })
                    .collect()
            }
            LoadErrorKind::NotUtf8 { line, column } => vec![error(
                Some(Position {
                    line: *line,
                    column: *column,
                }),
                t!("check-not-utf8"),
            )],
            LoadErrorKind::TooLarge(size) => vec![JsonError {
                hint: Some(format::too_large_hint()),
                ..error(None, format::too_large(*size))
            }],
            LoadErrorKind::NotRegular(what) => {
                vec![error(None, t!("check-not-regular", what = *what))]
            }
            LoadErrorKind::Io(io) => {
                vec![error(None, t!("check-cannot-read", error = io.to_string()))]
            }
        };
        JsonFile {
            file: path.display().to_string(),
            loaded: false,
            errors,
            conflicts: Vec::new(),
            findings: Vec::new(),
            warnings: 0,
            notes: 0,
            evidence: None,
        }
    }
}

/// "6 stages, 12 touchpoints, 2 personas, 5 opportunities, 4 metrics".
pub fn summary(map: &Map) -> String {
    [
        t!("count-stages", count = map.stages.len()),
        t!("count-touchpoints", count = map.touchpoints.len()),
        t!("count-personas", count = map.personas.len()),
        t!("count-opportunities", count = map.opportunities.len()),
        t!("count-metrics", count = map.metrics.len()),
    ]
    .join(", ")
}

#[cfg(test)]
mod tests {
    use std::io::Write as _;

    use super::*;

    /// What [`JsonElement`] makes of `json` written in pieces of `step`
    /// bytes (cutting characters in two), passed on every `write_from`
    /// bytes, and then flushed; and how many times it wrote to its writer.
    fn element(json: &str, step: usize, write_from: usize) -> (String, usize) {
        /// A writer that counts its writes.
        #[derive(Default)]
        struct Counted(Vec<u8>, usize);
        impl std::io::Write for Counted {
            fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
                self.0.extend_from_slice(buf);
                self.1 += 1;
                Ok(buf.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let mut out = Counted::default();
        let mut element = JsonElement::new(&mut out);
        element.write_from = write_from;
        for piece in json.as_bytes().chunks(step) {
            element.write_all(piece).expect("written");
        }
        element.flush().expect("flushed");
        (String::from_utf8(out.0).expect("UTF-8"), out.1)
    }

    #[test]
    fn an_element_is_escaped_and_indented_however_it_is_written() {
        // A C1 control, a bidi mark, a joiner (kept), Polish and a wide
        // character, over three lines.
        let json = "{\n  \"a\": \"x\u{85}y\u{202e}z\",\n  \"b\": \"👩\u{200d}💻 żółć 漢\"\n}";
        let want = "{\n    \"a\": \"x\\u0085y\\u202ez\",\n    \"b\": \"👩\u{200d}💻 żółć 漢\"\n  }";
        for step in [1, 2, 3, 5, 7, json.len()] {
            // Passed on at every byte (so a character is cut in two), at
            // a few, and once.
            for write_from in [1, 2, 3, 5, 11, json.len() + 1] {
                let (written, _) = element(json, step, write_from);
                assert_eq!(written, want, "{step} bytes at a time, on at {write_from}");
            }
        }
    }

    #[test]
    fn an_element_is_written_on_in_large_pieces_not_line_by_line() {
        let json = "{\n  \"a\": 1\n}\n".repeat(20_000);
        let json = json.trim_end();
        let (written, writes) = element(json, 7, WRITE_FROM);
        assert_eq!(written.lines().count(), 60_000);
        assert!(writes <= json.len() / WRITE_FROM + 1, "{writes} writes");
    }

    #[test]
    fn the_array_is_the_whole_array_pretty_printed() {
        let error = |n: usize| JsonError {
            line: Some(n),
            column: None,
            message: format!("problem {n}\u{9f}"),
            hint: None,
        };
        let files: Vec<JsonFile> = (0..3)
            .map(|n| JsonFile {
                file: format!("map-{n}.toml"),
                loaded: false,
                errors: (0..n).map(error).collect(),
                findings: Vec::new(),
                conflicts: vec!["c".to_owned(); n],
                warnings: n,
                notes: 0,
                evidence: None,
            })
            .collect();
        for count in 0..=files.len() {
            let mut out = Vec::new();
            let mut array = JsonArray::default();
            let mut failures = Failures::default();
            for file in &files[..count] {
                array.push(&mut out, file, &mut failures);
            }
            array.finish(&mut out);
            let whole = serde_json::to_string_pretty(&files[..count]).expect("JSON");
            let want = format!("{}\n", crate::text::json_escaped(&whole));
            assert_eq!(
                String::from_utf8(out).expect("UTF-8"),
                want,
                "{count} files"
            );
        }
    }
}
