//! What the commands over many maps share: turning the arguments (files and
//! folders) into map files, and the repository (`cjm.toml`, shared
//! personas) each map belongs to, read once per repository.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::error::{CliError, Failures};
use crate::portfolio::{self, Repository};
use crate::t;

/// The map files the arguments name: a file as it is, a folder as the maps
/// under it (see [`portfolio::maps_in`]). A folder without maps is reported
/// as one of the command's failures.
pub fn expand(args: &[PathBuf], failures: &mut Failures) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for arg in args {
        // A folder named like a map file is a mistaken map path: loading
        // it says what it is.
        if !arg.is_dir() || arg.extension().is_some_and(|e| e == "toml") {
            files.push(arg.clone());
            continue;
        }
        let skip = Repository::find(arg)
            .map(|repo| repo.shared_files())
            .unwrap_or_default();
        let (maps, _) = portfolio::maps_in(arg, &skip, None);
        if maps.is_empty() {
            failures.add(CliError::about(
                arg,
                t!("repo-no-maps"),
                t!("repo-no-maps-hint"),
            ));
        }
        files.extend(maps);
    }
    files
}

/// The repositories of the maps seen so far, by folder, each read once.
#[derive(Default)]
pub struct Repositories {
    by_config: HashMap<Option<PathBuf>, Option<Repository>>,
    /// Whether a `cjm.toml` or shared persona file could not be read.
    pub failed: bool,
}

impl Repositories {
    /// The repository of the map at `path`; `None` (after reporting it
    /// once on stderr) when its `cjm.toml` or a shared file cannot be read.
    pub fn of(&mut self, path: &Path) -> Option<&Repository> {
        let config = portfolio::find_config(portfolio::folder_of(path));
        let entry = self.by_config.entry(config.clone());
        let failed = &mut self.failed;
        entry
            .or_insert_with(|| {
                let folder = config
                    .as_deref()
                    .map_or_else(|| portfolio::folder_of(path), portfolio::folder_of);
                match Repository::find(folder) {
                    Ok(repo) => Some(repo),
                    Err(err) => {
                        Failures::default().add(err);
                        *failed = true;
                        None
                    }
                }
            })
            .as_ref()
    }
}
