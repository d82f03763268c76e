//! The terminal-free core of cjm: everything about a map that does not
//! need a terminal, so the command line and the app are thin layers over it
//! and every feature is testable without one.
//!
//! - [`model`]: the map, its ids, templates and validity rules;
//! - [`format`]: the canonical TOML file format (read with precise errors,
//!   write deterministically, save atomically);
//! - [`check`]: workshop checks, the warnings about a valid map (no
//!   evidence, unaddressed pains, unmeasured opportunities...);
//! - [`export`]: Markdown, Mermaid, CSV, HTML and JSON exports of a map;
//! - [`diff`]: the semantic difference between two maps;
//! - [`i18n`]: the interface languages (Project Fluent messages, plural
//!   rules, numbers and dates as each language writes them);
//! - [`merge`]: three-way merge of maps by item and field, and its conflicts;
//! - [`history`]: a map's history from git: what each commit changed, item
//!   by item, and the trend of emotions, evidence and votes;
//! - [`recovery`]: recovery copies of unsaved work, kept in the data folder;
//! - [`session`]: the editing session: undo history, field editing, saving
//!   against changes on disk;
//! - [`style`]: the colours of text output for a terminal;
//! - [`text`]: display width, wrapping and sanitising of text for people;
//! - [`portfolio`]: a repository of maps: finding them, `cjm.toml` and the
//!   personas the maps share; [`query`]: the filter language of `cjm query`;
//!   [`readings`]: metric readings from spreadsheet files.
//!
//! This crate has no terminal dependency; the `cjm` binary crate holds the
//! command line and the terminal app.

pub mod check;
pub mod diff;
pub mod export;
pub mod format;
pub mod history;
pub mod i18n;
pub mod merge;
pub mod migrate;
pub mod model;
pub mod portfolio;
pub mod query;
pub mod readings;
pub mod recovery;
pub mod session;
pub mod style;
pub mod suggest;
pub mod text;

/// Generated maps for the core's own unit tests.
///
/// The generator lives in the `cjm-testdata` crate, which depends on this
/// one; in this crate's unit tests its maps are of the library build's
/// types, so they cross over as text, through the format this crate reads.
#[cfg(test)]
pub(crate) fn generated(touchpoints: usize, seed: u64) -> model::Map {
    match format::parse(&cjm_testdata::generate_toml(touchpoints, seed)) {
        Ok(map) => map,
        Err(err) => panic!("a generated map does not load: {err:?}"),
    }
}

/// How many threads can run at once here (asked once: it reads the
/// process's CPU limits, which is not cheap), for the work a large map
/// shares out: reading it, validating it, searching it.
pub fn cores() -> usize {
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, std::num::NonZero::get))
}
