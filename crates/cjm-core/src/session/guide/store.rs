//! What the app remembers between runs, in the user's data folder (never in
//! the map file, so maps stay clean in git): the step each map's guided
//! session stopped at, the team's dot votes, and the recently opened maps.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// Why the store could not be written: its folder or file (the system's
/// words), or its contents as TOML.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Toml(#[from] toml::ser::Error),
}

/// The remembered state of one map.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// The map's absolute path.
    pub path: String,
    /// The guided session's step when it last stopped, numbered among the
    /// session's steps (the blueprint step counted when `blueprint` is
    /// true; older files, without `blueprint`, counted ten steps).
    #[serde(default)]
    pub step: usize,
    /// Whether the session includes the service-blueprint step; missing:
    /// the default for the map's kind (on for a service map).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blueprint: Option<bool>,
    /// Seconds since 1970 when the map was last opened, for "recent maps".
    #[serde(default)]
    pub opened: u64,
    /// Dots given in the vote: participant name → opportunity id → dots.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub dots: BTreeMap<String, BTreeMap<String, u32>>,
    /// Seconds counted on each step's timer: step key → seconds.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub timers: BTreeMap<String, u64>,
}

/// Every remembered map.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Store {
    #[serde(default)]
    pub maps: Vec<Entry>,
    /// Where the store is read from and written to; `None` keeps it in memory only.
    #[serde(skip)]
    pub file: Option<PathBuf>,
}

/// The default store file: `sessions.toml` in the data folder.
pub fn default_file() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "cjm").map(|d| d.data_dir().join("sessions.toml"))
}

/// The absolute form of a map's path, as the store keys it: its folder
/// resolved, its file name as the user gave it, so a map opened through a
/// symbolic link is remembered as the link (the path the user knows), not
/// as the file it points to today.
pub fn key_of(path: &Path) -> String {
    let folder = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let resolved = match (std::fs::canonicalize(folder), path.file_name()) {
        (Ok(dir), Some(name)) => Ok(dir.join(name)),
        _ => std::fs::canonicalize(path),
    };
    resolved
        .or_else(|_| std::env::current_dir().map(|d| d.join(path)))
        .unwrap_or_else(|_| path.to_owned())
        .display()
        .to_string()
}

impl Store {
    /// Reads the store; a missing or damaged file gives an empty store (the
    /// damage is reported in the second value, never fatal).
    pub fn load(file: Option<PathBuf>) -> (Store, Option<String>) {
        let Some(path) = file else {
            return (Store::default(), None);
        };
        let (mut store, problem) = match crate::format::input::read_text(&path, 16 * 1024 * 1024) {
            Ok(text) => match toml::from_str::<Store>(&text) {
                Ok(store) => (store, None),
                Err(err) => (
                    Store::default(),
                    Some(crate::t!(
                        "guide-store-damaged",
                        path = crate::text::path(&path),
                        why = err.message()
                    )),
                ),
            },
            Err(_) => (Store::default(), None),
        };
        store.file = Some(path);
        (store, problem)
    }

    /// Writes the store atomically; errors are returned for the status bar.
    pub fn save(&self) -> Result<(), StoreError> {
        let Some(path) = &self.file else {
            return Ok(());
        };
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let text = toml::to_string(self)?;
        crate::format::write_atomic(path, text.as_bytes())?;
        Ok(())
    }

    /// The entry of a map, created when missing.
    pub fn entry(&mut self, map_path: &Path) -> &mut Entry {
        let key = key_of(map_path);
        match self.maps.iter().position(|e| e.path == key) {
            Some(i) => &mut self.maps[i],
            None => {
                self.maps.push(Entry {
                    path: key,
                    ..Entry::default()
                });
                let last = self.maps.len() - 1;
                &mut self.maps[last]
            }
        }
    }

    /// The entry of a map, if remembered.
    pub fn get(&self, map_path: &Path) -> Option<&Entry> {
        let key = key_of(map_path);
        self.maps.iter().find(|e| e.path == key)
    }

    /// Notes that a map was opened now.
    pub fn touch(&mut self, map_path: &Path) {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        self.entry(map_path).opened = now;
    }

    /// The remembered maps that still exist, most recently opened first.
    pub fn recent(&self) -> Vec<PathBuf> {
        let mut entries: Vec<&Entry> = self
            .maps
            .iter()
            .filter(|e| Path::new(&e.path).is_file())
            .collect();
        entries.sort_by_key(|e| std::cmp::Reverse(e.opened));
        entries
            .into_iter()
            .map(|e| PathBuf::from(&e.path))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembers_steps_and_dots_across_saves() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let file = dir.path().join("data").join("sessions.toml");
        let map = dir.path().join("map.toml");
        std::fs::write(&map, "")?;
        let (mut store, problem) = Store::load(Some(file.clone()));
        assert_eq!(problem, None);
        store.entry(&map).step = 6;
        store
            .entry(&map)
            .dots
            .entry("Åsa".into())
            .or_default()
            .insert("op-a".into(), 2);
        store.touch(&map);
        store.save()?;
        let (again, _) = Store::load(Some(file.clone()));
        assert_eq!(again.get(&map).map(|e| e.step), Some(6));
        assert_eq!(
            again
                .get(&map)
                .and_then(|e| e.dots.get("Åsa"))
                .and_then(|d| d.get("op-a")),
            Some(&2)
        );
        assert_eq!(again.recent(), vec![PathBuf::from(key_of(&map))]);
        std::fs::write(&file, "maps = 3")?;
        let (broken, problem) = Store::load(Some(file));
        assert!(broken.maps.is_empty());
        assert!(problem.is_some());
        Ok(())
    }
}
