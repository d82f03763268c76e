//! `cjm merge BASE OURS THEIRS`: the three-way merge of a map, written over
//! OURS. Made to be git's merge driver for maps (`cjm merge %O %A %B`).
//!
//! Exit codes: 0 when the merge is clean, 1 when the merged map holds
//! unresolved conflicts (it is still a valid map that loads), 2 when an
//! input cannot be loaded or the result cannot be written; OURS is then
//! left as it was. One summary line goes to stderr.

use std::path::Path;

use super::{EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, describe_write_error, print_error, stderr_color};
use crate::format;
use crate::merge;
use crate::model::{Map, validate};

pub fn run(base: &Path, ours: &Path, theirs: &Path) -> u8 {
    let load = |path: &Path| match format::load_file(path) {
        Ok(loaded) => Some(loaded.map),
        Err(err) => {
            eprint!("{}", err.render(stderr_color()));
            None
        }
    };
    let (b, o, t) = (load(base), load(ours), load(theirs));
    let (Some(b), Some(o), Some(t)) = (b, o, t) else {
        eprintln!(
            "cjm merge: an input could not be loaded; nothing was merged and OURS is unchanged"
        );
        return EXIT_ERROR;
    };
    let merged = merge::merge(&b, &o, &t);
    if let Some(problem) = validate(&merged.map).first() {
        print_error(
            ours,
            &format!("the merged map would not be valid: {}", problem.message),
            "merge this map by hand; the file is unchanged",
        );
        return EXIT_ERROR;
    }
    if let Err(err) = format::write_atomic(ours, format::to_toml(&merged.map).as_bytes()) {
        let (message, hint) = describe_write_error(&err);
        print_error(ours, &message, hint);
        return EXIT_ERROR;
    }
    eprintln!(
        "cjm merge: {}",
        summary(&merged.map, merged.conflicts.len())
    );
    if merged.map.conflicts.is_empty() {
        EXIT_OK
    } else {
        EXIT_FINDINGS
    }
}

/// "merged cleanly", "2 conflicts: ...".
fn summary(map: &Map, new: usize) -> String {
    let earlier = map.conflicts.len() - new.min(map.conflicts.len());
    let plural = |n: usize| if n == 1 { "conflict" } else { "conflicts" };
    match (new, earlier) {
        (0, 0) => "merged cleanly".to_owned(),
        (0, earlier) => format!(
            "merged, but the map still has {earlier} unresolved {} from before; `cjm check` lists them",
            plural(earlier)
        ),
        (new, _) => format!(
            "{new} {}: our values are kept and theirs recorded in [[conflicts]] at the end of the file; `cjm check` lists them",
            plural(new)
        ),
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
    let (red, cyan, reset) = if stderr_color() {
        ("\x1b[1;31m", "\x1b[1;36m", "\x1b[0m")
    } else {
        ("", "", "")
    };
    for message in &messages {
        eprintln!(
            "{}: {red}error:{reset} unresolved merge conflict: {}",
            crate::text::path(path),
            crate::text::clean(message)
        );
    }
    eprintln!(
        "  {cyan}hint:{reset} for each one, set the field to the value you want (or delete the item), then delete its [[conflicts]] table at the end of the file"
    );
    true
}
