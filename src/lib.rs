//! cjm: customer journey mapping workshops in the terminal.
//!
//! The crate is split into a pure core and thin front ends:
//! - [`model`]: the map, its ids, templates and validity rules;
//! - [`format`]: the canonical TOML file format (read with precise errors,
//!   write deterministically, save atomically);
//! - [`check`]: workshop checks, the warnings about a valid map (no
//!   evidence, unaddressed pains, unmeasured opportunities...);
//! - [`export`]: Markdown, Mermaid, CSV, HTML and JSON exports of a map;
//! - [`diff`]: the semantic difference between two maps;
//! - [`merge`]: three-way merge of maps by item and field, and its conflicts;
//! - [`generate`]: realistic maps of any size from a seed, for benchmarks and tests;
//! - [`recovery`]: recovery copies of unsaved work, kept in the data folder;
//! - [`cli`]: the `cjm` command line over the core.

pub mod check;
pub mod cli;
pub mod diff;
pub mod export;
pub mod format;
pub mod generate;
pub mod merge;
pub mod model;
pub mod recovery;
mod suggest;
pub mod text;
pub mod tui;
