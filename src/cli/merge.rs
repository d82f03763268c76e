//! `cjm merge BASE OURS THEIRS [--path P]`: the three-way merge of a map,
//! written over OURS. Made to be git's merge driver for maps
//! (`cjm merge %O %A %B --path %P`).
//!
//! Nothing of either side is ever dropped silently:
//!
//! - when all three load, the maps are merged item by item (see
//!   `crate::merge`); exit 0 when clean, 1 when conflicts were recorded in
//!   the map (it still loads; `cjm check` lists them);
//! - an empty or missing BASE (git's add/add: both sides added the file),
//!   or one that is not a valid map, makes a two-way merge;
//! - when OURS or THEIRS is not a valid map (or the merged map would not be
//!   valid), OURS gets a line merge with git-style conflict markers, and the
//!   exit code is 1, so git reports a conflict and `cjm check` refuses the
//!   file until the markers are resolved;
//! - exit 2 only when an input cannot be read or OURS cannot be written;
//!   OURS is then unchanged.
//!
//! Messages name the file by `--path` (without it, each version by its own
//! path) and the versions as ours, theirs and base, never git's temporary
//! files alone. One summary line goes to stderr.

use crate::t;
use std::path::{Path, PathBuf};

use super::error::{CliError, Failures, Outcome};
use super::stderr_color;
use crate::format::{self, LoadError, LoadErrorKind};
use crate::merge;
use crate::model::{Map, validate};
use crate::style::Palette;

/// One version of the file: its bytes and, when they are a valid map, the map.
struct Version {
    bytes: Vec<u8>,
    map: Option<Map>,
}

/// Reads one version; `None` (after an error message) when it cannot be read.
fn read(path: &Path, label: &str, name: &Path, failures: &mut Failures) -> Option<Vec<u8>> {
    let shown = PathBuf::from(format!("{} ({label})", name.display()));
    let error = |kind| LoadError {
        path: shown.clone(),
        kind,
    };
    match format::read_file(path, format::max_file_bytes()) {
        Ok(bytes) => Some(bytes),
        Err(err) => {
            failures.add(error(err.into()));
            None
        }
    }
}

/// Parses one version, printing why it is not a valid map (named `name (label)`).
fn parse(bytes: Vec<u8>, label: &str, name: &Path) -> Version {
    let shown = PathBuf::from(format!("{} ({label})", name.display()));
    let kind = match std::str::from_utf8(&bytes) {
        Ok(text) => match format::parse(text) {
            Ok(map) => {
                return Version {
                    bytes,
                    map: Some(map),
                };
            }
            Err(diagnostics) => LoadErrorKind::Invalid {
                source: text.to_owned(),
                diagnostics,
            },
        },
        Err(e) => {
            let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
            let pos = format::Position::of(valid, valid.len());
            LoadErrorKind::NotUtf8 {
                line: pos.line,
                column: pos.column,
            }
        }
    };
    // Said, and the merge goes on line by line: not the command's failure.
    super::error::show(LoadError { path: shown, kind });
    Version { bytes, map: None }
}

pub fn run(
    base: &Path,
    ours: &Path,
    theirs: &Path,
    path: Option<&Path>,
) -> Result<Outcome, CliError> {
    let name = path.unwrap_or(ours);
    let mut failures = Failures::default();
    let unreadable = || CliError::MergeUnreadable {
        name: name.to_owned(),
    };
    // git passes an empty BASE when both sides added the file.
    let base_bytes = match format::read_file(base, format::max_file_bytes()) {
        Ok(bytes) => bytes,
        Err(format::ReadError::Io(err)) if err.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(_) => match read(base, "base", path.unwrap_or(base), &mut failures) {
            Some(bytes) => bytes,
            None => return Err(unreadable()),
        },
    };
    let (Some(ours_bytes), Some(theirs_bytes)) = (
        read(ours, "ours", name, &mut failures),
        read(theirs, "theirs", path.unwrap_or(theirs), &mut failures),
    ) else {
        return Err(unreadable());
    };
    let two_way = base_bytes.iter().all(u8::is_ascii_whitespace);
    let o = parse(ours_bytes, "ours", name);
    let t = parse(theirs_bytes, "theirs", path.unwrap_or(theirs));
    let b = if two_way {
        None
    } else {
        parse(base_bytes.clone(), "base", path.unwrap_or(base)).map
    };
    let (Some(om), Some(tm)) = (&o.map, &t.map) else {
        let why = match (o.map.is_none(), t.map.is_none()) {
            (true, true) => t!("merge-invalid-both"),
            (true, false) => t!("merge-invalid-ours"),
            _ => t!("merge-invalid-theirs"),
        };
        return line_merge(ours, name, &base_bytes, &o.bytes, &t.bytes, &why);
    };
    let merged = match b {
        Some(base_map) => merge::merge(&base_map, om, tm),
        None => {
            if !two_way {
                let why = t!("merge-invalid-base");
                anstream::eprintln!("cjm merge: {}: {why}", name.display());
            }
            merge::merge_two_way(om, tm)
        }
    };
    if let Some(problem) = validate(&merged.map).first() {
        let why = t!("merge-result-invalid", problem = problem.message.as_str());
        return line_merge(ours, name, &base_bytes, &o.bytes, &t.bytes, &why);
    }
    format::write_atomic(ours, format::to_toml(&merged.map).as_bytes()).map_err(|source| {
        CliError::Write {
            path: name.to_owned(),
            source,
        }
    })?;
    // The file is named when git named it (`--path %P`); OURS is a temporary file.
    let prefix = path.map_or_else(String::new, |p| format!("{}: ", p.display()));
    for note in &merged.notes {
        let label = t!("label-note");
        anstream::eprintln!("cjm merge: {prefix}{label}: {note}");
    }
    let suffix = path.map_or_else(String::new, |p| format!(" ({})", p.display()));
    anstream::eprintln!(
        "cjm merge: {}{suffix}",
        summary(&merged.map, merged.conflicts.len())
    );
    Ok(Outcome::findings_if(!merged.map.conflicts.is_empty()))
}

/// Writes a line merge over OURS when the maps cannot be merged item by
/// item. Always an unfinished merge (exit 1): either conflict markers, or a
/// marker-free text the user is told to check.
fn line_merge(
    ours: &Path,
    name: &Path,
    base: &[u8],
    o: &[u8],
    t: &[u8],
    why: &str,
) -> Result<Outcome, CliError> {
    let lines = merge::merge_lines(base, o, t);
    let loads = lines.clean
        && std::str::from_utf8(&lines.text).is_ok_and(|text| format::parse(text).is_ok());
    let text = if lines.clean && !loads {
        merge::whole_file_conflict(o, t)
    } else {
        lines.text
    };
    format::write_atomic(ours, &text).map_err(|source| CliError::Write {
        path: name.to_owned(),
        source,
    })?;
    if loads {
        let then = t!("merge-lines-clean", file = name.display().to_string());
        anstream::eprintln!("cjm merge: {}: {why}; {then}", name.display());
    } else {
        let then = t!("merge-lines-markers", file = name.display().to_string());
        anstream::eprintln!("cjm merge: {}: {why}; {then}", name.display());
    }
    Ok(Outcome::Findings)
}

/// "merged cleanly", "2 conflicts: ...".
fn summary(map: &Map, new: usize) -> String {
    let earlier = map.conflicts.len() - new.min(map.conflicts.len());
    match (new, earlier) {
        (0, 0) => t!("merge-clean"),
        (0, earlier) => t!("merge-earlier-conflicts", count = earlier),
        (new, _) => t!("merge-new-conflicts", count = new),
    }
}

/// Prints the unresolved conflicts of the map at `path` to stderr, one
/// error line each and a hint; prints nothing when there are none. Returns
/// whether there were any.
pub(super) fn report_conflicts(path: &Path, map: &Map) -> bool {
    let messages = merge::conflict_messages(map);
    if messages.is_empty() {
        return false;
    }
    let Palette {
        error: red,
        hint: cyan,
        reset,
        ..
    } = Palette::new(stderr_color());
    let (error, hint) = (t!("label-error"), t!("label-hint"));
    for message in &messages {
        anstream::eprintln!(
            "{}: {red}{error}:{reset} {}",
            crate::text::path(path),
            t!("merge-unresolved", conflict = crate::text::clean(message))
        );
    }
    anstream::eprintln!("  {cyan}{hint}:{reset} {}", t!("merge-unresolved-hint"));
    true
}
