//! `cjm fmt FILE|DIR... [--check]`: rewrite maps in canonical form; a
//! folder stands for the maps under it.

use crate::t;
use std::path::PathBuf;

use super::error::{CliError, Failures, Outcome};
use crate::format;

pub fn run(args: &[PathBuf], check_only: bool) -> Result<Outcome, CliError> {
    let mut failures = Failures::default();
    let files = super::repo::expand(args, &mut failures);
    let mut would_change = false;
    for path in &files {
        let loaded = match format::load_file(path) {
            Ok(loaded) => loaded,
            Err(err) => {
                failures.add(err);
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
            Err(source) => failures.add(CliError::Write {
                path: path.clone(),
                source,
            }),
        }
    }
    failures.finish(Outcome::findings_if(would_change))
}
