//! `cjm diff A B`: the semantic difference between two maps, as terminal
//! text or Markdown.
//!
//! Exit codes: 0 when the maps are the same (comments aside), 1 when they
//! differ, 2 when one cannot be loaded.

use std::io::Write as _;
use std::path::Path;

use clap::ValueEnum;

use super::{EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, stderr_color, stdout_color};
use crate::diff::{self, render};
use crate::format;

/// How `cjm diff` shows the differences.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Lines for the terminal, coloured on a terminal without `NO_COLOR`.
    #[default]
    Text,
    /// Markdown, for a pull request or a wiki page.
    Markdown,
}

pub fn run(a: &Path, b: &Path, format: Format) -> u8 {
    // Load both before giving up, so one run shows the errors of both files.
    let load = |path: &Path| match format::load_file(path) {
        Ok(loaded) => Some(loaded.map),
        Err(err) => {
            eprint!("{}", err.render(stderr_color()));
            None
        }
    };
    let (map_a, map_b) = (load(a), load(b));
    let (Some(map_a), Some(map_b)) = (map_a, map_b) else {
        return EXIT_ERROR;
    };
    let found = diff::diff(&map_a, &map_b);
    let (name_a, name_b) = (crate::text::path(a), crate::text::path(b));
    let text = match format {
        Format::Text => render::text(&found, &name_a, &name_b, stdout_color()),
        Format::Markdown => render::markdown(&found, &name_a, &name_b),
    };
    // A closed stdout (`cjm diff ... | head`) does not change the answer.
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();
    if found.is_empty() {
        EXIT_OK
    } else {
        EXIT_FINDINGS
    }
}
