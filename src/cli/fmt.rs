//! `cjm fmt FILE|DIR... [--check]`: rewrite maps in canonical form; a
//! folder stands for the maps under it.

use crate::t;
use std::path::PathBuf;

use super::{EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, describe_write_error, print_error, stderr_color};
use crate::format;

pub fn run(args: &[PathBuf], check_only: bool) -> u8 {
    let (files, found) = super::repo::expand(args);
    let mut errors = !found;
    let mut would_change = false;
    for path in &files {
        let loaded = match format::load_file(path) {
            Ok(loaded) => loaded,
            Err(err) => {
                anstream::eprint!("{}", err.render(stderr_color()));
                errors = true;
                continue;
            }
        };
        let canonical = format::to_toml(&loaded.map);
        if canonical == loaded.source {
            continue;
        }
        if check_only {
            println!(
                "{}",
                t!("fmt-would-reformat", file = crate::text::path(path))
            );
            would_change = true;
            continue;
        }
        match format::write_atomic_with(&format::Real, path, canonical.as_bytes()) {
            Ok(owner) => {
                println!("{}", t!("fmt-formatted", file = crate::text::path(path)));
                if let Some(note) = owner {
                    let (path, note) = (crate::text::path(path), crate::text::clean(&note));
                    let label = t!("label-note");
                    anstream::eprintln!("cjm fmt: {label}: {path}: {note}");
                }
            }
            Err(err) => {
                let (message, hint) = describe_write_error(&err);
                print_error(path, &message, &hint);
                errors = true;
            }
        }
    }
    if errors {
        EXIT_ERROR
    } else if would_change {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    }
}
