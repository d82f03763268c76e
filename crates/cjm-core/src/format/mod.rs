//! The map file format: canonical TOML, read with precise errors and written
//! deterministically and atomically.

mod atomic;
mod diagnostic;
pub mod input;
mod read;
mod syntax;
mod toml_words;
mod write;

use std::cell::OnceCell;
use std::path::Path;

pub use atomic::{
    FileOps, Real, Step, write_atomic, write_atomic_with, write_map_atomic_with, write_new_atomic,
    write_new_atomic_with,
};
pub use diagnostic::{
    Diagnostic, LineIndex, LoadError, LoadErrorKind, Position, too_large, too_large_hint,
};
pub use input::{MAX_FILE_BYTES, ReadError, max_file_bytes, read_file};
pub use read::{SourceMap, parse, parse_with_positions};
pub use write::{to_toml, write_toml};

use crate::model::{Location, Map};

/// A map read from a file, with the text it was read from.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub map: Map,
    pub source: String,
    /// Where the map's items and fields are in `source`, and its lines:
    /// found when first asked for, as most commands never ask.
    positions: OnceCell<(SourceMap, LineIndex)>,
}

impl Loaded {
    /// The line and column of an item or field of the map in the file.
    pub fn position(&self, location: Location) -> Option<Position> {
        let (positions, lines) = self.positions.get_or_init(|| {
            let positions = parse_with_positions(&self.source)
                .map_or_else(|_| SourceMap::default(), |(_, p)| p);
            (positions, LineIndex::new(&self.source))
        });
        positions
            .span(location)
            .map(|span| lines.position(&self.source, span.start))
    }
}

/// Reads and validates the map at `path`. The file is only read, never changed.
pub fn load_file(path: &Path) -> Result<Loaded, LoadError> {
    load(path, false)
}

/// Like [`load_file`], finding the positions of the map's items and fields
/// at once, for a command that will name lines ([`Loaded::position`]).
pub fn load_file_with_positions(path: &Path) -> Result<Loaded, LoadError> {
    load(path, true)
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

fn load(path: &Path, with_positions: bool) -> Result<Loaded, LoadError> {
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
    let parsed = if with_positions {
        parse_with_positions(&source).map(|(map, positions)| (map, Some(positions)))
    } else {
        parse(&source).map(|map| (map, None))
    };
    match parsed {
        Ok((map, positions)) => {
            let lines = positions.map(|p| (p, LineIndex::new(&source)));
            Ok(Loaded {
                map,
                source,
                positions: lines.map_or_else(OnceCell::new, OnceCell::from),
            })
        }
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
