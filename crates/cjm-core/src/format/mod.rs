//! The map file format: canonical TOML, read with precise errors and written
//! deterministically and atomically.

mod atomic;
mod diagnostic;
mod fingerprint;
pub mod input;
mod read;
mod syntax;
mod toml_words;
mod write;

use std::path::Path;

pub use atomic::{
    Content, FileOps, Real, Step, save_with, write_atomic, write_atomic_with,
    write_map_atomic_with, write_new_atomic, write_new_atomic_with,
};
pub use diagnostic::{
    Diagnostic, LineIndex, LoadError, LoadErrorKind, Position, too_large, too_large_hint,
};
pub use fingerprint::{Fingerprint, Fingerprinter};
pub use input::{MAX_FILE_BYTES, ReadError, fingerprint_file, max_file_bytes, read_file};
pub use read::{SourceLines, SourceMap, parse, parse_with_positions};
pub use write::{to_toml, write_toml};

use crate::model::{Location, Map};

/// A map read from a file, with the text it was read from.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub map: Map,
    pub source: String,
}

/// A map read from a file for a report that names lines: the map and the
/// line of each of its items and fields. The text it was read from is not
/// kept (for a large map it is a quarter of the memory loading takes).
#[derive(Clone, Debug)]
pub struct Lined {
    pub map: Map,
    lines: SourceLines,
}

impl Lined {
    /// The line of an item or field of the map in the file, or of the
    /// nearest enclosing one that is in the file.
    pub fn line(&self, location: Location) -> Option<usize> {
        self.lines.line(location)
    }
}

/// Reads and validates the map at `path`. The file is only read, never changed.
pub fn load_file(path: &Path) -> Result<Loaded, LoadError> {
    load(path, parse).map(|(map, source)| Loaded { map, source })
}

/// Like [`load_file`], with the fingerprint of the bytes the map was read
/// from instead of its text: what the app keeps of the file. A large valid
/// map is read as it comes off the disk, the reading of the map going on
/// beside the reading of the file, and its whole text is never held; any
/// other is read whole, which tells what is wrong with it.
pub fn load_file_fingerprinted(path: &Path) -> Result<(Map, Fingerprint), LoadError> {
    if let Some(read) = read::read_file_fingerprinted(path, max_file_bytes()) {
        return Ok(read);
    }
    let loaded = load_file(path)?;
    let fingerprint = Fingerprint::of(loaded.source.as_bytes());
    Ok((loaded.map, fingerprint))
}

/// Like [`load_file`], finding the line of each of the map's items and
/// fields, for a command that names lines ([`Lined::line`]).
pub fn load_file_with_lines(path: &Path) -> Result<Lined, LoadError> {
    // A large valid map is read as it comes off the disk, so that its
    // whole text is never held; any other is read whole, which tells
    // what is wrong with it.
    if let Some((map, lines)) = read::read_file_lined(path, max_file_bytes()) {
        return Ok(Lined { map, lines });
    }
    let ((map, positions), source) = load(path, parse_with_positions)?;
    Ok(Lined {
        map,
        lines: positions.into_lines(&source),
    })
}

impl From<ReadError> for LoadErrorKind {
    fn from(err: ReadError) -> Self {
        match err {
            ReadError::Io(e) => LoadErrorKind::Io(e),
            ReadError::NotRegular(what) => LoadErrorKind::NotRegular(what),
            ReadError::TooLarge(size) => LoadErrorKind::TooLarge(size),
        }
    }
}

/// What `read` makes of the text of the map at `path`, and the text.
fn load<T>(
    path: &Path,
    read: impl FnOnce(&str) -> Result<T, Vec<Diagnostic>>,
) -> Result<(T, String), LoadError> {
    let error = |kind| LoadError {
        path: path.to_owned(),
        kind,
    };
    let bytes = read_file(path, max_file_bytes()).map_err(|e| error(e.into()))?;
    let source = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let valid = std::str::from_utf8(valid).unwrap_or_default();
            let pos = Position::of(valid, valid.len());
            return Err(error(LoadErrorKind::NotUtf8 {
                line: pos.line,
                column: pos.column,
            }));
        }
    };
    match read(&source) {
        Ok(read) => Ok((read, source)),
        Err(diagnostics) => {
            let diagnostics = match conflict_markers(&source, path) {
                Some(markers) => vec![markers],
                None => diagnostics,
            };
            Err(error(LoadErrorKind::Invalid {
                source,
                diagnostics,
            }))
        }
    }
}

/// When a file that does not load has git's conflict markers, that is the
/// one thing to say: it holds an unfinished git merge, and how to finish it.
fn conflict_markers(source: &str, path: &Path) -> Option<Diagnostic> {
    let lines = crate::merge::conflict_marker_lines(source);
    let first = *lines.first()?;
    let offset = source
        .split_inclusive('\n')
        .take(first - 1)
        .map(str::len)
        .sum::<usize>();
    let end = source[offset..]
        .find('\n')
        .map_or(source.len(), |i| offset + i);
    let shown: Vec<String> = lines.iter().take(12).map(usize::to_string).collect();
    let more = if lines.len() > 12 { ", ..." } else { "" };
    let file = path.display();
    Some(
        Diagnostic::new(
            Some(offset..end),
            crate::t!(
                "load-conflict-markers",
                lines = format!("{}{more}", shown.join(", "))
            ),
        )
        .with_hint(crate::t!(
            "load-conflict-markers-hint",
            file = file.to_string()
        )),
    )
}

/// Writes `map` to `path` in canonical form, atomically.
pub fn save_file(path: &Path, map: &Map) -> std::io::Result<()> {
    write_map_atomic_with(&Real, path, map).map(drop)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// An unresolved conflict a merge could have left in the map of
    /// `text`: both sides changed the name of its first touchpoint.
    pub(crate) fn conflict_in(text: &str) -> String {
        let map = parse(text).expect("a valid map");
        format!(
            "[[conflicts]]\nitem = \"{}\"\nfield = \"name\"\nkind = \"both-changed\"\nours = \"A\"\ntheirs = \"B\"\n",
            map.touchpoints[0].id.as_str()
        )
    }

    /// The app's load gives what loading the file whole gives, and the
    /// fingerprint of the file's bytes: for a file read at once and one
    /// read in parts, and the same error for one that does not load.
    #[test]
    fn a_map_loaded_with_its_fingerprint_is_the_map_loaded_whole() {
        let small = cjm_testdata::generate_toml(20, 4);
        let large = cjm_testdata::generate_toml(300, 4);
        assert!(
            large.len() >= 128 * 1024,
            "large enough to be read in parts"
        );
        // An unresolved conflict a merge left, at the end of the file.
        let conflicts = format!("{large}\n{}", tests::conflict_in(&large));
        let invalid = large.replacen("stage = \"st-", "stage = \"st-gone-", 1);
        let mut not_utf8 = large.clone().into_bytes();
        let at = not_utf8.len() - 10;
        not_utf8[at] = 0xff;
        // Each file, whether it loads, and whether it is read in parts.
        let cases: [(&str, &[u8], bool, bool); 6] = [
            ("empty", b"", false, false),
            ("small", small.as_bytes(), true, false),
            ("large", large.as_bytes(), true, true),
            ("conflicts", conflicts.as_bytes(), true, false),
            ("invalid", invalid.as_bytes(), false, false),
            ("not UTF-8", &not_utf8, false, false),
        ];
        let dir = tempfile::tempdir().expect("a temporary folder");
        for (name, bytes, loads, in_parts) in cases {
            let path = dir.path().join("map.toml");
            std::fs::write(&path, bytes).expect("written");
            let streamed = read::read_file_fingerprinted(&path, u64::MAX);
            assert_eq!(streamed.is_some(), in_parts, "{name} read in parts");
            match (load_file(&path), load_file_fingerprinted(&path)) {
                (Ok(whole), Ok((map, fingerprint))) if loads => {
                    assert_eq!(map, whole.map, "{name}");
                    assert_eq!(fingerprint, Fingerprint::of(bytes), "{name}");
                    if name == "conflicts" {
                        assert_eq!(map.conflicts.len(), 1, "the conflict is kept");
                    }
                }
                (Err(whole), Err(error)) if !loads => {
                    assert_eq!(error.to_string(), whole.to_string(), "{name}");
                }
                (whole, read) => panic!("{name}: {whole:?} against {read:?}"),
            }
            assert_eq!(
                std::fs::read(&path).expect("read"),
                bytes,
                "{name} untouched"
            );
        }
    }
}
