//! `cjm report DIR --format markdown|html [-o FILE]`: the portfolio page of
//! every map in a folder (see [`crate::export::portfolio`]). Maps that do
//! not load are reported on stderr and left out; the page still comes, and
//! the exit code is 2.

use std::path::{Path, PathBuf};

use clap::ValueEnum;

use super::error::{CliError, Failures, Outcome};
use crate::export::portfolio::{self, Entry, Portfolio};
use crate::format;

/// The formats of the portfolio page.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Format {
    /// A page for a wiki or a pull request.
    Markdown,
    /// One self-contained, printable page.
    Html,
}

pub fn run(paths: &[PathBuf], format: Format, output: Option<&Path>) -> Result<Outcome, CliError> {
    // Each map that does not load is reported among the others; the page still comes.
    let mut failures = Failures::default();
    let files = super::repo::expand(paths, &mut failures);
    let mut repositories = super::repo::Repositories::default();
    let base = match paths {
        [one] if one.is_dir() => Some(one.as_path()),
        _ => None,
    };
    let mut maps = Vec::new();
    for path in &files {
        match format::load_file(path) {
            Ok(loaded) => {
                let with_shared = match repositories
                    .of(path)
                    .map(|r| r.with_shared(&loaded.map, path))
                {
                    Some(std::borrow::Cow::Owned(map)) => Some(map),
                    _ => None,
                };
                let map = with_shared.unwrap_or(loaded.map);
                let shown = base.and_then(|b| path.strip_prefix(b).ok()).unwrap_or(path);
                maps.push((shown.to_string_lossy().replace('\\', "/"), map));
            }
            Err(err) => failures.add(err),
        }
    }
    let entries: Vec<Entry> = maps
        .iter()
        .map(|(path, map)| Entry {
            path: path.clone(),
            map,
        })
        .collect();
    let today = jiff::ZonedDateTime::now().date();
    let page = Portfolio::new(&entries, today);
    let (text, what) = match format {
        Format::Markdown => (portfolio::markdown(&page), "markdown"),
        Format::Html => (portfolio::html(&page), "html"),
    };
    let delivered = super::export::deliver(&text, output, what)?;
    failures.finish(delivered)
}
