//! `cjm __save-loop FILE OTHER`, compiled into debug builds only and hidden
//! from help: saves FILE over and over, alternately with the map of OTHER
//! and its own map, through the same checked, atomic save the board uses,
//! until the process is killed. The test that kills cjm during saves
//! (tests/kill_during_save.rs) runs it; it is no tool for people.

use std::io::Write as _;
use std::path::Path;

use super::error::{CliError, Outcome};
use crate::format;
use crate::tui::disk::{self, Fingerprint, SaveOutcome};

pub fn run(file: &Path, other: &Path) -> Result<Outcome, CliError> {
    let own = format::load_file(file)?;
    let theirs = format::load_file(other)?;
    let texts = [format::to_toml(&theirs.map), format::to_toml(&own.map)];
    let mut known = Fingerprint::of(own.source.as_bytes());
    // Tell the test that saving has begun, so its kills land during saves.
    println!("saving");
    let _ = std::io::stdout().flush();
    for text in texts.iter().cycle() {
        match disk::save_checked(file, text, Some(known)) {
            SaveOutcome::Saved(fingerprint) => known = fingerprint,
            outcome => {
                return Err(CliError::Alone(crate::t!(
                    "save-loop-stopped",
                    file = crate::text::path(file),
                    outcome = format!("{outcome:?}")
                )));
            }
        }
    }
    Err(CliError::Reported)
}
