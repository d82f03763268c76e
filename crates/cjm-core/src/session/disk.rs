//! The map's file as it is on disk: a fingerprint of what cjm last loaded or
//! saved, the check before every save that nobody changed the file meanwhile
//! (a `git pull`, another editor, a colleague on a shared drive), the writes
//! themselves, and plain words for why a save failed. The runtime calls this;
//! the app only sees the outcomes as messages.
//!
//! Between the check and the atomic rename there is a window of a few
//! milliseconds in which another program could still write the file (the
//! app's save writes the map's text first and checks right before the
//! rename, so a large map's text does not widen it); cjm
//! narrows the race, it cannot close it without file locks that git and
//! editors do not honour.

use std::io;
use std::path::Path;

use crate::format;
use crate::model::Map;

pub use crate::format::Fingerprint;

/// Why the map's file, read again, gives no map; in plain words with what
/// to do about it.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum DiskError {
    /// The file cannot be read (the words come from [`describe`]).
    #[error("{0}")]
    Unreadable(String),
    /// The file is larger than the size limit (its size in bytes).
    #[error("{}", format::too_large(*.0))]
    TooLarge(u64),
    /// The path is no regular file now (a folder, a named pipe...).
    #[error("{}", crate::t!("ondisk-not-regular", what = .0))]
    NotRegular(crate::format::input::FileKind),
    /// A git merge was left unfinished in the file.
    #[error("{}", crate::t!("ondisk-conflict-markers"))]
    ConflictMarkers,
    /// The file does not load as a map.
    #[error("{}", crate::t!("ondisk-invalid"))]
    Invalid,
    /// The file's bytes are not UTF-8.
    #[error("{}", crate::t!("ondisk-not-utf8"))]
    NotUtf8,
    /// The file's text is not a valid map: the first problem, with its line
    /// when it has one.
    #[error("{}", match (.line, .message.is_empty()) {
        (Some(line), _) => crate::t!("ondisk-not-a-map-at", line = *line, problem = message),
        (None, false) => crate::t!("ondisk-not-a-map-because", problem = message),
        (None, true) => crate::t!("ondisk-not-a-map"),
    })]
    NotAMap {
        line: Option<usize>,
        message: String,
    },
}

/// How the file on disk differs from what cjm last loaded or saved.
#[derive(Clone, Debug, PartialEq)]
pub enum DiskChange {
    /// The file is gone: deleted, or moved away.
    Deleted,
    /// The file has other content now.
    Changed {
        /// The map in the file now, or why it cannot be read as one.
        map: Result<Box<Map>, DiskError>,
        /// The file has git's merge-conflict markers (`<<<<<<<`): a merge
        /// was left unfinished in it.
        conflict_markers: bool,
    },
}

/// What became of a save.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveOutcome {
    /// Written; the file now has this fingerprint.
    Saved(Fingerprint),
    /// Not written: the file changed on disk since `known`.
    Changed(Box<DiskChange>),
    /// Not written: why.
    Failed(SaveError),
}

/// Why a save wrote nothing, in plain words (the words of [`describe`]).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SaveError {
    /// The file on disk could not be compared with the version loaded.
    #[error("{}", crate::t!("ondisk-cannot-check", problem = problem.as_str()))]
    CannotCheck { problem: String },
    /// The file could not be written.
    #[error("{0}")]
    NotWritten(String),
}

/// What a save found out besides its outcome.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SaveNotes {
    /// When the save found the file changed: the fingerprint of the version
    /// it found, the one the user is shown. An overwrite the user confirms
    /// replaces only that version, not a later one.
    pub seen: Option<Fingerprint>,
    /// When the file was saved but could not keep its owner: whose it is now.
    pub owner: Option<String>,
}

/// Saves `text` to `path`, atomically, unless the file on disk is no longer
/// the version with the fingerprint `known` (with `None`, unless there is no
/// file there).
pub fn save_checked(path: &Path, text: &str, known: Option<Fingerprint>) -> SaveOutcome {
    save_checked_with(&format::Real, path, text, known, &mut SaveNotes::default())
}

/// [`save_checked`] with a [`FileOps`](format::FileOps) hook; what else it
/// found out goes to `notes`.
pub fn save_checked_with(
    ops: &dyn format::FileOps,
    path: &Path,
    text: &str,
    known: Option<Fingerprint>,
    notes: &mut SaveNotes,
) -> SaveOutcome {
    save_content_checked(
        ops,
        path,
        format::Content::Bytes(text.as_bytes()),
        known,
        notes,
    )
}

/// Writes `text` to `path`, atomically, without comparing with what was
/// there: for "save as". With `replace` false an existing file is never
/// replaced.
pub fn save_unchecked(path: &Path, text: &str, replace: bool) -> SaveOutcome {
    save_unchecked_with(
        &format::Real,
        path,
        text,
        replace,
        &mut SaveNotes::default(),
    )
}

/// [`save_unchecked`] with a [`FileOps`](format::FileOps) hook.
pub fn save_unchecked_with(
    ops: &dyn format::FileOps,
    path: &Path,
    text: &str,
    replace: bool,
    notes: &mut SaveNotes,
) -> SaveOutcome {
    save_content_unchecked(
        ops,
        path,
        format::Content::Bytes(text.as_bytes()),
        replace,
        notes,
    )
}

/// [`save_checked_with`] of `map`'s canonical text, written into the file
/// a few tables at a time and never made whole in memory: the app's save.
pub fn save_map_checked_with(
    ops: &dyn format::FileOps,
    path: &Path,
    map: &Map,
    known: Option<Fingerprint>,
    notes: &mut SaveNotes,
) -> SaveOutcome {
    save_content_checked(ops, path, format::Content::Map(map), known, notes)
}

/// [`save_unchecked_with`] of `map`'s canonical text, written as
/// [`save_map_checked_with`] writes it: the app's "save as".
pub fn save_map_unchecked_with(
    ops: &dyn format::FileOps,
    path: &Path,
    map: &Map,
    replace: bool,
    notes: &mut SaveNotes,
) -> SaveOutcome {
    save_content_unchecked(ops, path, format::Content::Map(map), replace, notes)
}

/// Every checked save: the look whether somebody else changed the file
/// comes once the content is in the temporary file, right before the
/// rename, so that writing a large map's text does not widen the window in
/// which a change could be missed; when it finds a change the temporary
/// file is removed and the file left as it is.
fn save_content_checked(
    ops: &dyn format::FileOps,
    path: &Path,
    content: format::Content<'_>,
    known: Option<Fingerprint>,
    notes: &mut SaveNotes,
) -> SaveOutcome {
    let mut seen = None;
    let mut look = || match inspect(path, known) {
        Ok(None) => None,
        Ok(Some((change, found))) => {
            seen = found;
            Some(SaveOutcome::Changed(Box::new(change)))
        }
        Err(err) => Some(SaveOutcome::Failed(SaveError::CannotCheck {
            problem: describe(&err, path),
        })),
    };
    let written = format::save_with(ops, path, content, true, &mut look);
    notes.seen = seen;
    match written {
        Ok(Ok((owner, fingerprint))) => {
            notes.owner = owner;
            SaveOutcome::Saved(fingerprint)
        }
        Ok(Err(not_saved)) => not_saved,
        // A file that changed (or went, with its folder) is said first:
        // the text could not be written, but the user has to know that.
        Err(err) => match inspect(path, known) {
            Ok(Some((change, found))) => {
                notes.seen = found;
                SaveOutcome::Changed(Box::new(change))
            }
            _ => SaveOutcome::Failed(SaveError::NotWritten(describe(&err, path))),
        },
    }
}

/// Every unchecked save ("save as", or an overwrite without a version to
/// compare with).
fn save_content_unchecked(
    ops: &dyn format::FileOps,
    path: &Path,
    content: format::Content<'_>,
    replace: bool,
    notes: &mut SaveNotes,
) -> SaveOutcome {
    match format::save_with(ops, path, content, replace, &mut || None::<SaveOutcome>) {
        Ok(Ok((owner, fingerprint))) => {
            notes.owner = owner;
            SaveOutcome::Saved(fingerprint)
        }
        Ok(Err(not_saved)) => not_saved,
        Err(err) => SaveOutcome::Failed(SaveError::NotWritten(describe(&err, path))),
    }
}

/// Compares the file at `path` with the version `known`: `None` when it is
/// still that version. With `known` unknown, any file there is a change.
pub fn check(path: &Path, known: Option<Fingerprint>) -> io::Result<Option<DiskChange>> {
    Ok(inspect(path, known)?.map(|(change, _)| change))
}

/// [`check`], with the fingerprint of the version found (none when the file
/// is gone or too large to read).
pub fn inspect(
    path: &Path,
    known: Option<Fingerprint>,
) -> io::Result<Option<(DiskChange, Option<Fingerprint>)>> {
    // Read without waiting and at most up to the size limit: the file may
    // have been replaced by a folder, a named pipe or a device meanwhile.
    // The file is first only fingerprinted a block at a time: it is nearly
    // always the version known, and then its bytes are not needed (held
    // whole, a large map's file would add its size to the save's memory).
    let found = match format::fingerprint_file(path, format::max_file_bytes()) {
        Ok(found) => found,
        Err(err) => return unread(path, err),
    };
    if Some(found) == known {
        return Ok(None);
    }
    let bytes = match format::read_file(path, format::max_file_bytes()) {
        Ok(bytes) => bytes,
        Err(err) => return unread(path, err),
    };
    // The bytes read now: the file may have changed again meanwhile.
    let found = Fingerprint::of(&bytes);
    if Some(found) == known {
        return Ok(None);
    }
    Ok(Some((changed(&bytes), Some(found))))
}

/// What [`inspect`] says of a map file it could not read.
fn unread(
    path: &Path,
    err: format::ReadError,
) -> io::Result<Option<(DiskChange, Option<Fingerprint>)>> {
    match err {
        format::ReadError::Io(err) if err.kind() == io::ErrorKind::NotFound => {
            Ok(Some((DiskChange::Deleted, None)))
        }
        format::ReadError::Io(err) if err.kind() == io::ErrorKind::IsADirectory => {
            Err(not_regular(path, format::input::FileKind::Folder))
        }
        format::ReadError::Io(err) => Err(err),
        format::ReadError::NotRegular(what) => Err(not_regular(path, what)),
        format::ReadError::TooLarge(len) => {
            let change = DiskChange::Changed {
                map: Err(DiskError::TooLarge(len)),
                conflict_markers: false,
            };
            Ok(Some((change, None)))
        }
    }
}

/// The error for a map file that is no regular file any more: it is not read.
fn not_regular(path: &Path, what: format::input::FileKind) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidInput,
        crate::t!(
            "ondisk-no-longer-regular",
            path = crate::text::path(path),
            what = what
        ),
    )
}

/// The [`DiskChange::Changed`] for the bytes now in the file.
fn changed(bytes: &[u8]) -> DiskChange {
    let text = String::from_utf8_lossy(bytes);
    let conflict_markers = has_conflict_markers(&text);
    let map = match std::str::from_utf8(bytes) {
        Err(_) => Err(DiskError::NotUtf8),
        Ok(text) => format::parse(text).map(Box::new).map_err(|diagnostics| {
            let first = diagnostics.first();
            DiskError::NotAMap {
                line: first
                    .and_then(|d| d.span.as_ref())
                    .map(|span| format::Position::of(text, span.start).line),
                message: first.map(|d| d.message.clone()).unwrap_or_default(),
            }
        }),
    };
    DiskChange::Changed {
        map,
        conflict_markers,
    }
}

/// True when `text` has a line git writes around a merge conflict.
pub fn has_conflict_markers(text: &str) -> bool {
    text.lines()
        .any(|line| line.starts_with("<<<<<<<") || line.starts_with(">>>>>>>"))
}

/// Reads the map's file again: its map and the fingerprint of its bytes.
pub fn reload(path: &Path) -> Result<(Map, Fingerprint), DiskError> {
    match format::load_file_fingerprinted(path) {
        Ok(read) => Ok(read),
        Err(err) => Err(match err.kind {
            format::LoadErrorKind::Io(io) => DiskError::Unreadable(describe(&io, path)),
            format::LoadErrorKind::TooLarge(len) => DiskError::TooLarge(len),
            format::LoadErrorKind::NotRegular(what) => DiskError::NotRegular(what),
            format::LoadErrorKind::Invalid { source, .. } if has_conflict_markers(&source) => {
                DiskError::ConflictMarkers
            }
            _ => DiskError::Invalid,
        }),
    }
}

/// Whether `folder` is a shared folder with the sticky bit (like /tmp),
/// where only a file's owner may replace or delete it.
#[cfg(unix)]
fn shared(folder: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(folder).is_ok_and(|m| m.permissions().mode() & 0o1000 != 0)
}

#[cfg(not(unix))]
fn shared(_folder: &Path) -> bool {
    false
}

/// Why writing `path` failed, in plain words with what to do about it.
pub fn describe(err: &io::Error, path: &Path) -> String {
    use io::ErrorKind;
    let folder = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let read_only = |p: &Path| std::fs::metadata(p).is_ok_and(|m| m.permissions().readonly());
    match err.kind() {
        ErrorKind::PermissionDenied if read_only(path) => crate::t!("save-read-only"),
        ErrorKind::PermissionDenied if read_only(folder) => {
            crate::t!(
                "ondisk-folder-read-only",
                folder = folder.display().to_string()
            )
        }
        ErrorKind::PermissionDenied if shared(folder) && path.exists() => crate::t!(
            "ondisk-folder-shared",
            folder = crate::text::path(folder),
            file = crate::text::path(path.file_name().map_or(path, Path::new))
        ),
        ErrorKind::PermissionDenied => crate::t!(
            "ondisk-permission-denied",
            folder = crate::text::path(folder)
        ),
        ErrorKind::ReadOnlyFilesystem => crate::t!("ondisk-read-only-filesystem"),
        ErrorKind::StorageFull => crate::t!("ondisk-full"),
        ErrorKind::QuotaExceeded => crate::t!("ondisk-quota"),
        ErrorKind::NotFound => {
            crate::t!("ondisk-no-folder", folder = folder.display().to_string())
        }
        ErrorKind::NotADirectory => {
            crate::t!("ondisk-not-a-folder", folder = folder.display().to_string())
        }
        ErrorKind::AlreadyExists => {
            crate::t!("ondisk-already-exists", path = path.display().to_string())
        }
        ErrorKind::IsADirectory => {
            crate::t!("ondisk-is-a-folder", path = path.display().to_string())
        }
        _ => err.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAP: &str = "title = \"Shop\"\n";

    #[test]
    fn an_unchanged_file_is_saved_and_a_changed_one_is_not() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("shop.toml");
        std::fs::write(&path, MAP)?;
        let known = Some(Fingerprint::of(MAP.as_bytes()));
        let outcome = save_checked(&path, "new", known);
        assert_eq!(outcome, SaveOutcome::Saved(Fingerprint::of(b"new")));
        assert_eq!(std::fs::read_to_string(&path)?, "new");
        // The fingerprint is still the old one: the file changed since.
        assert!(matches!(
            save_checked(&path, "mine", known),
            SaveOutcome::Changed(_)
        ));
        assert_eq!(
            std::fs::read_to_string(&path)?,
            "new",
            "nothing overwritten"
        );
        std::fs::remove_file(&path)?;
        assert_eq!(
            save_checked(&path, "mine", known),
            SaveOutcome::Changed(Box::new(DiskChange::Deleted))
        );
        assert!(!path.exists(), "a deleted file is not silently re-created");
        Ok(())
    }

    #[test]
    fn merge_conflict_markers_are_recognised() {
        let text = "title = \"a\"\n<<<<<<< HEAD\nx = 1\n=======\nx = 2\n>>>>>>> theirs\n";
        assert!(has_conflict_markers(text));
        let DiskChange::Changed {
            map,
            conflict_markers,
        } = changed(text.as_bytes())
        else {
            panic!("a changed file")
        };
        assert!(conflict_markers);
        assert!(map.is_err());
        assert!(!has_conflict_markers(
            "name = \"<<<<<<< not at a line start\"\n"
        ));
    }

    #[test]
    fn save_as_never_replaces_a_file() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("other.toml");
        std::fs::write(&path, "theirs")?;
        let SaveOutcome::Failed(message) = save_unchecked(&path, "mine", false) else {
            panic!("save as over an existing file must fail");
        };
        assert!(message.to_string().contains("already exists"), "{message}");
        assert_eq!(std::fs::read_to_string(&path)?, "theirs");
        Ok(())
    }

    #[test]
    fn a_folder_that_is_a_file_is_explained() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let file = dir.path().join("plain-file");
        std::fs::write(&file, "")?;
        let SaveOutcome::Failed(message) = save_unchecked(&file.join("map.toml"), "x", true) else {
            panic!("cannot save inside a file");
        };
        assert!(message.to_string().contains("is not a folder"), "{message}");
        Ok(())
    }

    /// A large map is read again a part at a time: the fingerprint is still
    /// that of its bytes, so that a save right after is not taken for a
    /// change made by somebody else; a large map with a problem is refused.
    #[test]
    fn a_large_map_read_again_has_the_fingerprint_of_its_bytes() -> io::Result<()> {
        let text = cjm_testdata::generate_toml(400, 3);
        assert!(text.len() > 256 * 1024, "large enough to be read in parts");
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("large.toml");
        std::fs::write(&path, &text)?;
        let (map, fingerprint) = reload(&path).map_err(|e| io::Error::other(e.to_string()))?;
        assert_eq!(fingerprint, Fingerprint::of(text.as_bytes()));
        assert_eq!(Ok(map), crate::format::parse(&text).map_err(|_| ()));
        let outcome = save_checked(&path, "new", Some(fingerprint));
        assert_eq!(outcome, SaveOutcome::Saved(Fingerprint::of(b"new")));
        let broken = text.replacen("stage = \"st-", "stage = \"st-gone-", 1);
        std::fs::write(&path, &broken)?;
        assert_eq!(reload(&path).map(|_| ()), Err(DiskError::Invalid));
        assert_eq!(std::fs::read_to_string(&path)?, broken, "left as it was");
        Ok(())
    }

    /// The app's save writes the map's canonical text a few tables at a
    /// time: the file holds the text, the fingerprint is its bytes' (so the
    /// next save finds the file unchanged), a file changed meanwhile is
    /// not written over, and save as never replaces a file.
    #[test]
    fn a_map_is_saved_without_its_whole_text_and_with_the_fingerprint_of_its_bytes()
    -> io::Result<()> {
        let map = format::parse(&cjm_testdata::generate_toml(800, 5))
            .map_err(|_| io::Error::other("the generated map loads"))?;
        let text = format::to_toml(&map);
        assert!(text.len() > 4 * 64 * 1024, "written in many pieces");
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("large.toml");
        std::fs::write(&path, MAP)?;
        let known = Some(Fingerprint::of(MAP.as_bytes()));
        let mut notes = SaveNotes::default();
        let outcome = save_map_checked_with(&format::Real, &path, &map, known, &mut notes);
        assert_eq!(std::fs::read_to_string(&path)?, text);
        assert_eq!(
            outcome,
            SaveOutcome::Saved(Fingerprint::of(text.as_bytes()))
        );
        // Saved again from the fingerprint the save gave: not a change.
        let SaveOutcome::Saved(saved) = outcome else {
            panic!("saved");
        };
        let again = save_map_checked_with(&format::Real, &path, &map, Some(saved), &mut notes);
        assert_eq!(again, SaveOutcome::Saved(saved));
        // Somebody else's edit is not written over.
        std::fs::write(&path, MAP)?;
        let changed = save_map_checked_with(&format::Real, &path, &map, Some(saved), &mut notes);
        assert!(matches!(changed, SaveOutcome::Changed(_)), "{changed:?}");
        assert_eq!(std::fs::read_to_string(&path)?, MAP, "nothing overwritten");
        // Save as: a new file, never one that is there.
        let other = dir.path().join("other.toml");
        let outcome = save_map_unchecked_with(&format::Real, &other, &map, false, &mut notes);
        assert_eq!(
            outcome,
            SaveOutcome::Saved(Fingerprint::of(text.as_bytes()))
        );
        assert_eq!(std::fs::read_to_string(&other)?, text);
        let refused = save_map_unchecked_with(&format::Real, &path, &map, false, &mut notes);
        assert!(matches!(refused, SaveOutcome::Failed(_)), "{refused:?}");
        assert_eq!(std::fs::read_to_string(&path)?, MAP);
        Ok(())
    }

    /// The look before a save fingerprints the file a block at a time: the
    /// same fingerprint as its whole bytes' for a file of many blocks, what
    /// changed when it differs, and the same answers as reading it whole
    /// for a file that is gone, too large or a folder.
    #[test]
    fn the_file_is_looked_at_a_block_at_a_time_with_the_answers_of_reading_it_whole()
    -> io::Result<()> {
        let text = cjm_testdata::generate_toml(400, 6);
        assert!(text.len() > 4 * 64 * 1024, "many blocks");
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("large.toml");
        std::fs::write(&path, &text)?;
        let whole = Fingerprint::of(text.as_bytes());
        let limit = format::max_file_bytes();
        assert_eq!(
            format::fingerprint_file(&path, limit).map_err(|e| io::Error::other(e.to_string()))?,
            whole
        );
        assert_eq!(inspect(&path, Some(whole))?, None);
        let edited = text.replacen("title = \"", "title = \"Edited ", 1);
        assert_ne!(edited, text);
        std::fs::write(&path, &edited)?;
        let Some((DiskChange::Changed { map, .. }, seen)) = inspect(&path, Some(whole))? else {
            panic!("a change");
        };
        assert!(map.is_ok());
        assert_eq!(seen, Some(Fingerprint::of(edited.as_bytes())));
        assert!(matches!(
            format::fingerprint_file(&path, 1000),
            Err(format::ReadError::TooLarge(_))
        ));
        assert!(matches!(
            format::fingerprint_file(dir.path(), limit),
            Err(format::ReadError::Io(err)) if err.kind() == io::ErrorKind::IsADirectory
        ));
        assert!(
            inspect(dir.path(), Some(whole)).is_err(),
            "a folder is explained"
        );
        std::fs::remove_file(&path)?;
        assert_eq!(
            inspect(&path, Some(whole))?,
            Some((DiskChange::Deleted, None))
        );
        Ok(())
    }

    /// Somebody else saves the file while cjm writes the map's text: the
    /// look right before the rename sees it, nothing is replaced, and no
    /// temporary file is left beside the map.
    #[test]
    fn a_change_made_while_the_text_is_written_is_not_written_over() -> io::Result<()> {
        /// Writes `theirs` into the map's file as cjm flushes its text.
        struct Meanwhile<'a> {
            theirs: &'a str,
        }
        impl format::FileOps for Meanwhile<'_> {
            fn before(&self, step: format::Step, path: &Path) -> io::Result<()> {
                if step == format::Step::Sync {
                    std::fs::write(path, self.theirs)?;
                }
                Ok(())
            }
        }
        let map = format::parse(&cjm_testdata::generate_toml(50, 7))
            .map_err(|_| io::Error::other("the generated map loads"))?;
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("shop.toml");
        std::fs::write(&path, MAP)?;
        let known = Some(Fingerprint::of(MAP.as_bytes()));
        let theirs = "title = \"Theirs\"\n";
        let mut notes = SaveNotes::default();
        let ops = Meanwhile { theirs };
        let outcome = save_map_checked_with(&ops, &path, &map, known, &mut notes);
        assert!(matches!(outcome, SaveOutcome::Changed(_)), "{outcome:?}");
        assert_eq!(notes.seen, Some(Fingerprint::of(theirs.as_bytes())));
        assert_eq!(std::fs::read_to_string(&path)?, theirs, "theirs kept");
        let names: Vec<_> = std::fs::read_dir(dir.path())?
            .map(|entry| entry.map(|e| e.file_name()))
            .collect::<Result<_, _>>()?;
        assert_eq!(names, ["shop.toml"], "no temporary file left");
        Ok(())
    }
}
