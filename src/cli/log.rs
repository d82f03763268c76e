//! `cjm log FILE [ITEM] [--trend]`: the commits that changed a map (or one
//! item of it, by id or by name), field by field, and the trend of its
//! stages' emotions, evidence and votes over the commits. Reads git's
//! history through the core's [`crate::history`]; changes nothing.
//!
//! Exit codes: 0 shown, 2 error (git missing, not a repository, the file
//! not tracked, an unknown item). A commit whose version does not load is
//! shown as skipped, and is not an error.

use std::io::Write as _;
use std::path::Path;

use super::error::{CliError, Outcome};
use super::stdout_color;
use crate::history::{self, HistoryError, render};

pub fn run(file: &Path, item: Option<&str>, trend: bool) -> Result<Outcome, CliError> {
    let text = show(file, item, trend).map_err(|source| CliError::History {
        file: file.to_owned(),
        source,
    })?;
    let mut stdout = anstream::stdout().lock();
    match stdout.write_all(text.as_bytes()) {
        // `cjm log ... | head` closes the pipe early; that is not an error.
        Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => Err(CliError::Reported),
        _ => Ok(Outcome::Done),
    }
}

fn show(file: &Path, item: Option<&str>, trend: bool) -> Result<String, HistoryError> {
    let color = stdout_color();
    let path = history::git::locate(file)?.path;
    let versions = history::versions(file)?;
    if trend {
        return Ok(render::trend(&path, &history::trend(&versions), color));
    }
    let item = item
        .map(|query| history::find_item(&versions, query))
        .transpose()?;
    let entries = history::log(&versions, item.as_ref());
    Ok(render::log(
        &render::title(&path, item.as_ref()),
        &entries,
        color,
    ))
}
