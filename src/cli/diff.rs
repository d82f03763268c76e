//! `cjm diff A B`: the semantic difference between two maps, as terminal
//! text or Markdown.
//!
//! Two ways to call it:
//!
//! - `cjm diff A B [--label-a NAME] [--label-b NAME]`: the labels name the
//!   files in the output and in errors (for temporary copies, such as those
//!   of `git difftool`).
//! - git's external-diff form, seven arguments (`PATH OLD-FILE OLD-HEX
//!   OLD-MODE NEW-FILE NEW-HEX NEW-MODE`), or nine for a rename (`... NEW-PATH
//!   INFO`): what git passes to `diff.cjm.command` (set by `cjm git setup`)
//!   or `GIT_EXTERNAL_DIFF`. The output names the map by its path in the
//!   repository and the blob it came from, never by git's temporary file.
//!
//! Exit codes: 0 when the maps are the same (comments aside), 1 when they
//! differ, 2 when one cannot be loaded. In git's form the exit code is 0
//! whenever something was shown (git stops at the first non-zero exit): a
//! map that cannot be loaded gets its errors and a line diff instead; 2
//! only when a file cannot be read at all.

use crate::t;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use clap::ValueEnum;

use super::error::{CliError, Failures, Outcome};
use super::stdout_color;
use crate::diff::{self, render};
use crate::format::{self, LoadError};
use crate::model::Map;

/// How `cjm diff` shows the differences.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Lines for the terminal, coloured on a terminal without `NO_COLOR`.
    #[default]
    Text,
    /// Markdown, for a pull request or a wiki page.
    Markdown,
}

/// The names shown for the two maps instead of their file paths.
#[derive(Clone, Debug, Default)]
pub struct Labels {
    pub a: Option<String>,
    pub b: Option<String>,
}

/// The file git passes for the missing side of an added or deleted file.
const NO_FILE: &str = "/dev/null";

/// `cjm diff` with its positional arguments: two files, or git's seven or nine.
pub fn run(args: &[PathBuf], labels: Labels, format: Format) -> Result<Outcome, CliError> {
    match args {
        [a, b] => two_files(a, b, labels, format),
        [path, old, old_hex, _, new, new_hex, _] => {
            git_form((path, old, old_hex), (path, new, new_hex), labels, format)
        }
        [path, old, old_hex, _, new, new_hex, _, new_path, _] => git_form(
            (path, old, old_hex),
            (new_path, new, new_hex),
            labels,
            format,
        ),
        _ => Err(CliError::about(
            "cjm diff",
            t!("diff-wrong-arguments", count = args.len()),
            t!("diff-wrong-arguments-hint"),
        )),
    }
}

/// Loads a map, printing its errors (naming the file `name`) on failure.
fn load(path: &Path, name: &str) -> Result<Map, LoadError> {
    format::load_file(path)
        .map(|loaded| loaded.map)
        .map_err(|mut err| {
            err.path = PathBuf::from(name);
            err
        })
}

fn two_files(a: &Path, b: &Path, labels: Labels, format: Format) -> Result<Outcome, CliError> {
    let name_a = labels.a.unwrap_or_else(|| a.display().to_string());
    let name_b = labels.b.unwrap_or_else(|| b.display().to_string());
    // Load both before giving up, so one run shows the errors of both files.
    let mut failures = Failures::default();
    let mut report = |result: Result<Map, LoadError>| result.map_err(|err| failures.add(err)).ok();
    let (map_a, map_b) = (report(load(a, &name_a)), report(load(b, &name_b)));
    let (Some(map_a), Some(map_b)) = (map_a, map_b) else {
        return failures.finish(Outcome::Done);
    };
    let found = diff::diff(&map_a, &map_b);
    write_out(&render_diff(
        &found,
        &name_a,
        &name_b,
        format,
        stdout_color(),
    ));
    Ok(Outcome::findings_if(!found.is_empty()))
}

fn render_diff(found: &diff::Diff, a: &str, b: &str, format: Format, color: bool) -> String {
    // File names and labels are made safe to print, like all of cjm's output.
    let (a, b) = (&crate::text::clean(a), &crate::text::clean(b));
    match format {
        Format::Text => render::text(found, a, b, color),
        Format::Markdown => render::markdown(found, a, b),
    }
}

/// Writes to stdout; a closed stdout (`cjm diff ... | head`) does not change the answer.
fn write_out(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();
}

/// `1a2b3c4`, or `working tree` for the file on disk (git gives it an
/// all-zero hash).
fn version(hex: &Path) -> String {
    let hex = hex.to_string_lossy();
    if hex.chars().all(|c| c == '0') {
        t!("diff-working-tree")
    } else {
        hex.chars().take(7).collect()
    }
}

/// What git's external diff asks for: the diff of one map between two
/// blobs, each given as (path in the repository, file to read, blob hash).
fn git_form(
    (path, old, old_hex): (&Path, &Path, &Path),
    (new_path, new, new_hex): (&Path, &Path, &Path),
    labels: Labels,
    format: Format,
) -> Result<Outcome, CliError> {
    let color = stdout_color() || pager_color();
    // Each side names its file, `maps/shop.toml (1a2b3c4)`, unless labelled.
    let compact = labels.a.is_none() && labels.b.is_none() && path == new_path;
    let name_a = labels
        .a
        .unwrap_or_else(|| format!("{} ({})", path.display(), version(old_hex)));
    let name_b = labels
        .b
        .unwrap_or_else(|| format!("{} ({})", new_path.display(), version(new_hex)));
    // The heading of a diff gives an unchanged path once:
    // `maps/shop.toml: 1a2b3c4 → working tree`.
    let (head_a, head_b) = if compact {
        (
            format!("{}: {}", path.display(), version(old_hex)),
            version(new_hex),
        )
    } else {
        (name_a.clone(), name_b.clone())
    };
    let (old_missing, new_missing) = (old == Path::new(NO_FILE), new == Path::new(NO_FILE));
    let (map_a, map_b) = (
        (!old_missing).then(|| load(old, &name_a)),
        (!new_missing).then(|| load(new, &name_b)),
    );
    let text = match (map_a, map_b) {
        (Some(Ok(a)), Some(Ok(b))) => {
            render_diff(&diff::diff(&a, &b), &head_a, &head_b, format, color)
        }
        (None, Some(Ok(b))) => whole_map(&b, &name_b, &t!("diff-new-map"), format),
        (Some(Ok(a)), None) => whole_map(&a, &name_a, &t!("diff-deleted-map"), format),
        (a, b) => {
            // A side that is not a valid map (conflict markers, a typo):
            // its errors, then the lines that changed, so a review still
            // shows the change.
            // They are shown, and are not the command's failure: exit 0.
            for err in [a, b].into_iter().flatten().filter_map(Result::err) {
                super::error::show(err);
            }
            match line_diff(
                (!old_missing).then_some(old),
                &name_a,
                (!new_missing).then_some(new),
                &name_b,
            ) {
                Ok(text) => text,
                Err(err) => {
                    return Err(CliError::about(
                        path,
                        t!("diff-cannot-read-copy", error = err.to_string()),
                        t!("diff-cannot-read-copy-hint"),
                    ));
                }
            }
        }
    };
    // git runs us once per file: a blank line keeps the maps apart.
    write_out(&format!("{text}\n"));
    Ok(Outcome::Done)
}

/// Whether git shows our output through its pager (`less -R` by default),
/// which shows colours: git says so in `GIT_PAGER_IN_USE`.
fn pager_color() -> bool {
    std::env::var("GIT_PAGER_IN_USE").is_ok_and(|v| v == "true" || v == "1")
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && std::env::var("TERM").map_or(true, |t| t != "dumb")
}

/// One line for a map added or deleted as a whole.
fn whole_map(map: &Map, name: &str, what: &str, format: Format) -> String {
    let escape = crate::model::escape;
    let counts = format!(
        "{}, {}, {}",
        t!("count-stages", count = map.stages.len()),
        t!("count-touchpoints", count = map.touchpoints.len()),
        t!("count-opportunities", count = map.opportunities.len())
    );
    match format {
        Format::Text => format!(
            "{}: {what} \"{}\" ({counts})\n",
            escape(name),
            escape(&map.title)
        ),
        Format::Markdown => format!(
            "# {}\n\n{what}: `{}`, \"{}\" ({counts})\n",
            t!("diff-heading"),
            escape(name).replace('`', "'"),
            escape(&map.title)
        ),
    }
}

/// A unified line diff of two files (either may be missing).
fn line_diff(
    old: Option<&Path>,
    name_a: &str,
    new: Option<&Path>,
    name_b: &str,
) -> std::io::Result<String> {
    let read = |p: Option<&Path>| -> std::io::Result<String> {
        match p {
            Some(p) => {
                // Bounded, and never waiting on a pipe: the same reader as the maps'.
                let bytes = crate::format::read_file(p, crate::format::max_file_bytes())
                    .map_err(std::io::Error::other)?;
                Ok(String::from_utf8_lossy(&bytes).into_owned())
            }
            None => Ok(String::new()),
        }
    };
    let (a, b) = (read(old)?, read(new)?);
    let lines = similar::TextDiff::from_lines(&a, &b);
    let unified = lines
        .unified_diff()
        .context_radius(3)
        .header(&crate::model::escape(name_a), &crate::model::escape(name_b))
        .to_string();
    // The file's own characters, but none that would steer the terminal.
    let mut out = String::with_capacity(unified.len());
    for c in unified.chars() {
        if c.is_control() && c != '\n' && c != '\t' {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Ok(out)
}
