//! cjm: customer journey mapping workshops in the terminal.
//!
//! The crate is split into a pure core and thin front ends:
//! - [`model`]: the map, its ids, templates and validity rules;
//! - [`format`]: the canonical TOML file format (read with precise errors,
//!   write deterministically, save atomically);
//! - [`cli`]: the `cjm` command line over the core.

pub mod cli;
pub mod format;
pub mod model;
mod suggest;
