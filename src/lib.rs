//! cjm: customer journey mapping workshops in the terminal.
//!
//! This crate is the `cjm` binary's library: the thin front ends over the
//! terminal-free core crate [`cjm_core`] (the map model, its file format,
//! checks, diff, merge, exports and the editing session):
//! - [`cli`]: the `cjm` command line;
//! - [`tui`]: the terminal app (home screen, board, guided workshop).
//!
//! The core's modules are re-exported here under their own names, so
//! `cjm::model` and `cjm_core::model` are the same module.

pub use cjm_core::{
    check, diff, export, format, history, i18n, merge, migrate, model, portfolio, query, readings,
    recovery, session, style, suggest, t, t_in, text,
};

pub mod cli;
pub mod tui;
