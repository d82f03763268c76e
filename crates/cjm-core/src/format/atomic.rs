//! Atomic file replacement: a save either leaves the complete old file or the
//! complete new one, never a mix, even if the process dies half-way.
//!
//! A file keeps what it is: saving through a symbolic link replaces the
//! file the link points to (the link stays a link), and the new file gets
//! the permissions, owner and group of the one it replaces.
//!
//! Every step that touches the disk first asks a [`FileOps`] hook, so tests
//! can make any step fail (a full disk, a read-only disk, an I/O error) or
//! change the file system just before it (the file became a folder or a
//! FIFO). The real hook, [`Real`], does nothing and costs nothing.

use std::convert::Infallible;
use std::fs;
use std::io::{Error, ErrorKind, Write};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

/// The steps of a save and of a recovery copy, in the order they happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    /// Reading what is at the path now (is it a file, its permissions).
    Metadata,
    /// Creating a folder (the recovery folder).
    CreateDir,
    /// Creating the temporary file beside the target.
    CreateTemp,
    /// Writing the bytes into the temporary file.
    Write,
    /// Flushing the temporary file to the disk.
    Sync,
    /// Giving the temporary file the permissions of the file it replaces.
    Permissions,
    /// Giving the temporary file the owner and group of the file it replaces.
    Owner,
    /// Renaming the temporary file over the target.
    Rename,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Step; 8] = [
        Step::Metadata,
        Step::CreateDir,
        Step::CreateTemp,
        Step::Write,
        Step::Sync,
        Step::Permissions,
        Step::Owner,
        Step::Rename,
    ];
}

/// The hook asked before each step of a write: an error stops the write
/// there, as if the step itself had failed. `path` is the file being
/// written (or the folder being created).
pub trait FileOps: Send + Sync {
    fn before(&self, step: Step, path: &Path) -> std::io::Result<()>;
}

/// The real file system: no fault is ever injected.
#[derive(Clone, Copy, Debug, Default)]
pub struct Real;

impl FileOps for Real {
    #[inline(always)]
    fn before(&self, _step: Step, _path: &Path) -> std::io::Result<()> {
        Ok(())
    }
}

/// Replaces `path` with `bytes`: writes a temporary file beside it, flushes
/// it to disk, gives it the permissions, owner and group of the file it
/// replaces, renames it over `path`, then flushes the folder so the rename
/// survives a power cut. A read-only file is refused rather than replaced,
/// and so is anything that is not a regular file (a folder, a FIFO, a
/// device). Through a symbolic link, the link's target is replaced.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomic_with(&Real, path, bytes).map(drop)
}

/// [`write_atomic`] with a [`FileOps`] hook. `Ok(Some(note))` when the file
/// was written but could not keep its owner: the note says whose it is now.
pub fn write_atomic_with(
    ops: &dyn FileOps,
    path: &Path,
    bytes: &[u8],
) -> std::io::Result<Option<String>> {
    replace_with(ops, path, &mut |file| file.write_all(bytes))
}

/// [`write_atomic_with`] of `map`'s canonical text, written into the
/// temporary file a few tables at a time ([`super::write_toml`]) rather
/// than made whole in memory first.
pub fn write_map_atomic_with(
    ops: &dyn FileOps,
    path: &Path,
    map: &crate::model::Map,
) -> std::io::Result<Option<String>> {
    replace_with(ops, path, &mut |file| super::write_toml(map, file))
}

/// What a save writes: bytes, or a map's canonical text, which is written a
/// few tables at a time and never made whole in memory.
#[derive(Clone, Copy, Debug)]
pub enum Content<'a> {
    Bytes(&'a [u8]),
    Map(&'a crate::model::Map),
}

/// A save of `content` to `path`: [`write_atomic_with`] (or, with `replace`
/// false, [`write_new_atomic_with`], which never replaces a file), with the
/// fingerprint of the bytes written, for the runtime to notice later
/// changes on disk. `ready` runs once the text is in the temporary file,
/// right before it takes the file's place, and can still call the save off
/// (`Some(why)`: nothing is replaced and the temporary file is removed):
/// the look whether somebody else changed the file goes there, as close to
/// the rename as it can be, not before the text is written.
pub fn save_with<T>(
    ops: &dyn FileOps,
    path: &Path,
    content: Content<'_>,
    replace: bool,
    ready: &mut dyn FnMut() -> Option<T>,
) -> std::io::Result<Result<(Option<String>, super::Fingerprint), T>> {
    let mut fingerprinter = super::Fingerprinter::default();
    let mut fill = |file: &mut dyn Write| {
        // Afresh each time the text is written.
        fingerprinter = super::Fingerprinter::default();
        let mut out = Fingerprinted {
            out: file,
            fingerprinter: &mut fingerprinter,
        };
        match content {
            Content::Bytes(bytes) => out.write_all(bytes),
            Content::Map(map) => super::write_toml(map, &mut out),
        }
    };
    let done = if replace {
        replace_when(ops, path, &mut fill, ready)?
    } else {
        new_when(ops, path, &mut fill, ready)?.map(|()| None)
    };
    Ok(done.map(|note| (note, fingerprinter.finish())))
}

/// A writer that fingerprints the bytes it passes on.
struct Fingerprinted<'a> {
    out: &'a mut dyn Write,
    fingerprinter: &'a mut super::Fingerprinter,
}

impl Write for Fingerprinted<'_> {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        let written = self.out.write(bytes)?;
        // A writer that says it wrote more than it was given is broken: the
        // fingerprint would not be the file's.
        let Some(passed) = bytes.get(..written) else {
            return Err(Error::from(ErrorKind::InvalidData));
        };
        self.fingerprinter.push(passed);
        Ok(written)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

/// Replaces `path` with what `fill` writes (see [`write_atomic`]).
fn replace_with(ops: &dyn FileOps, path: &Path, fill: Fill<'_>) -> std::io::Result<Option<String>> {
    let Ok(note) = replace_when(ops, path, fill, &mut || None::<Infallible>)?;
    Ok(note)
}

/// [`replace_with`], unless `ready`, asked once the temporary file is
/// written, calls it off (`Some(why)`: the temporary file is removed).
fn replace_when<T>(
    ops: &dyn FileOps,
    path: &Path,
    fill: Fill<'_>,
    ready: &mut dyn FnMut() -> Option<T>,
) -> std::io::Result<Result<Option<String>, T>> {
    let target = link_target(path)?;
    let (temp, note) = write_temp(ops, &target, fill)?;
    if let Some(why) = ready() {
        return Ok(Err(why));
    }
    ops.before(Step::Rename, &target)?;
    // The file may have become something else while the bytes were written.
    refuse_odd(fs::metadata(&target).ok().as_ref(), &target)?;
    temp.persist(&target).map_err(|e| e.error)?;
    sync_folder(&target);
    remove_stale_temps(&target);
    Ok(Ok(note))
}

/// The file a save of `path` must replace: `path` itself, or, when it is a
/// symbolic link (or a chain of them), the file it finally points to, so
/// the link stays a link. A dangling link names the file it would create;
/// a loop of links is an error.
fn link_target(path: &Path) -> std::io::Result<PathBuf> {
    let mut current = path.to_owned();
    // As many hops as Linux follows before it gives up.
    for _ in 0..40 {
        match fs::read_link(&current) {
            Ok(next) => {
                current = if next.is_absolute() {
                    next
                } else {
                    folder_of(&current).join(next)
                };
            }
            Err(_) => return Ok(current),
        }
    }
    Err(Error::other(crate::t!(
        "save-symlink-loop",
        path = crate::text::path(path)
    )))
}

/// How old a temporary file left beside a map must be before a later save
/// removes it: older than any save in progress could be.
const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(60);

/// Removes the temporary files that saves of `path` left behind when the
/// process was killed half-way (`.NAME.XXXXXX.tmp`, older than a minute).
/// They never hold the map itself; this only keeps the folder tidy.
fn remove_stale_temps(path: &Path) {
    let Some(name) = path.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return;
    };
    let prefix = format!(".{name}.");
    let Ok(entries) = fs::read_dir(folder_of(path)) else {
        return;
    };
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        if !(file.starts_with(&prefix) && file.ends_with(".tmp")) {
            continue;
        }
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > STALE_AFTER);
        if old {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Like [`write_atomic`], but fails with `AlreadyExists` instead of replacing a file.
pub fn write_new_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_new_atomic_with(&Real, path, bytes)
}

/// [`write_new_atomic`] with a [`FileOps`] hook.
pub fn write_new_atomic_with(ops: &dyn FileOps, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let fill = &mut |file: &mut dyn Write| file.write_all(bytes);
    let Ok(()) = new_when(ops, path, fill, &mut || None::<Infallible>)?;
    Ok(())
}

/// Writes a new file at `path` with what `fill` writes (see
/// [`write_new_atomic`]), unless `ready`, asked once the temporary file is
/// written, calls it off (`Some(why)`: the temporary file is removed).
fn new_when<T>(
    ops: &dyn FileOps,
    path: &Path,
    fill: Fill<'_>,
    ready: &mut dyn FnMut() -> Option<T>,
) -> std::io::Result<Result<(), T>> {
    let (temp, _) = write_temp(ops, path, fill)?;
    if let Some(why) = ready() {
        return Ok(Err(why));
    }
    ops.before(Step::Rename, path)?;
    temp.persist_noclobber(path).map_err(|e| e.error)?;
    sync_folder(path);
    Ok(Ok(()))
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

/// Refuses to replace anything but a regular file: a folder, a FIFO (which
/// another program may be reading from), a device or a socket.
fn refuse_odd(metadata: Option<&fs::Metadata>, path: &Path) -> std::io::Result<()> {
    let Some(metadata) = metadata else {
        return Ok(());
    };
    if metadata.is_dir() {
        return Err(Error::new(
            ErrorKind::IsADirectory,
            crate::t!("save-is-directory"),
        ));
    }
    if !metadata.is_file() {
        return Err(Error::new(
            ErrorKind::InvalidInput,
            crate::t!("save-not-regular", path = crate::text::path(path)),
        ));
    }
    Ok(())
}

/// A temporary file with the new bytes, ready to be renamed over `path`,
/// and a note when the owner of the file could not be kept.
/// Writes the new contents into the file it is given.
type Fill<'a> = &'a mut dyn FnMut(&mut dyn Write) -> std::io::Result<()>;

fn write_temp(
    ops: &dyn FileOps,
    path: &Path,
    fill: Fill<'_>,
) -> std::io::Result<(NamedTempFile, Option<String>)> {
    ops.before(Step::Metadata, path)?;
    let existing = match fs::metadata(path) {
        Ok(metadata) => Some(metadata),
        // A new file (a missing folder: creating the temporary file says so).
        Err(err) if err.kind() == ErrorKind::NotFound => None,
        Err(err) => return Err(err),
    };
    refuse_odd(existing.as_ref(), path)?;
    if let Some(metadata) = &existing
        && metadata.permissions().readonly()
    {
        return Err(Error::new(
            ErrorKind::PermissionDenied,
            crate::t!("save-read-only"),
        ));
    }
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "map".to_owned());
    let prefix = format!(".{file_name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // A new file gets the usual permissions (the umask applies), not the
        // private 0600 of temporary files.
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    ops.before(Step::CreateTemp, path)?;
    let mut temp = builder.tempfile_in(folder_of(path))?;
    ops.before(Step::Write, path)?;
    fill(&mut temp)?;
    ops.before(Step::Sync, path)?;
    temp.as_file().sync_all()?;
    let mut note = None;
    if let Some(metadata) = existing {
        ops.before(Step::Permissions, path)?;
        temp.as_file().set_permissions(metadata.permissions())?;
        ops.before(Step::Owner, path)?;
        note = keep_owner(temp.as_file(), &metadata)?;
    }
    Ok((temp, note))
}

/// Gives the new file the owner and group of the file it replaces, when the
/// process may (root may give a file to anyone; others may set the group
/// to one of their own groups). When it may not, the save goes on (the
/// user may write the file, just not keep its owner) and the returned note
/// says whose the file is now.
#[cfg(unix)]
fn keep_owner(file: &fs::File, old: &fs::Metadata) -> std::io::Result<Option<String>> {
    use std::os::unix::fs::MetadataExt;
    let new = file.metadata()?;
    if new.uid() == old.uid() && new.gid() == old.gid() {
        return Ok(None);
    }
    match std::os::unix::fs::fchown(file, Some(old.uid()), Some(old.gid())) {
        Ok(()) => Ok(None),
        Err(err) if err.kind() == ErrorKind::PermissionDenied => {
            // Keeping the group alone may still be allowed.
            let group = std::os::unix::fs::fchown(file, None, Some(old.gid())).is_ok();
            let now = file.metadata()?;
            Ok(Some(crate::t!(
                "save-owner-changed",
                user = old.uid().to_string(),
                group = old.gid().to_string(),
                kept = if group { "group" } else { "none" },
                new_user = now.uid().to_string(),
                new_group = now.gid().to_string()
            )))
        }
        Err(err) => Err(err),
    }
}

#[cfg(not(unix))]
fn keep_owner(_file: &fs::File, _old: &fs::Metadata) -> std::io::Result<Option<String>> {
    Ok(None)
}

fn sync_folder(path: &Path) {
    if let Ok(folder) = fs::File::open(folder_of(path)) {
        // Not every platform can sync a folder; the data itself is already on disk.
        let _ = folder.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file that takes a few bytes a write and is interrupted every
    /// other one: the fingerprint is still that of all the bytes written.
    #[test]
    fn the_fingerprint_of_short_and_interrupted_writes_is_the_bytes_fingerprint() {
        struct Stingy {
            bytes: Vec<u8>,
            calls: usize,
        }
        impl Write for Stingy {
            fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
                self.calls += 1;
                if self.calls.is_multiple_of(2) {
                    return Err(Error::from(ErrorKind::Interrupted));
                }
                let n = bytes.len().min(7);
                self.bytes.extend_from_slice(&bytes[..n]);
                Ok(n)
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let text = "Zażółć gęślą jaźń · Съешь же ещё · 界 🙂\n".repeat(40);
        let mut out = Stingy {
            bytes: Vec::new(),
            calls: 0,
        };
        let mut fingerprinter = super::super::Fingerprinter::default();
        let written = Fingerprinted {
            out: &mut out,
            fingerprinter: &mut fingerprinter,
        }
        .write_all(text.as_bytes());
        assert!(written.is_ok(), "{written:?}");
        assert_eq!(out.bytes, text.as_bytes());
        assert_eq!(
            fingerprinter.finish(),
            super::super::Fingerprint::of(text.as_bytes())
        );
    }

    #[test]
    fn replaces_content_and_keeps_permissions() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("map.toml");
        fs::write(&path, "old")?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&path, fs::Permissions::from_mode(0o640))?;
        }
        write_atomic(&path, b"new")?;
        assert_eq!(fs::read_to_string(&path)?, "new");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(fs::metadata(&path)?.permissions().mode() & 0o777, 0o640);
        }
        assert_eq!(
            fs::read_dir(dir.path())?.count(),
            1,
            "no temporary file is left behind"
        );
        Ok(())
    }

    #[test]
    fn old_leftovers_of_killed_saves_are_removed_and_fresh_ones_kept() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("map.toml");
        let stale = dir.path().join(".map.toml.AbC123.tmp");
        let fresh = dir.path().join(".map.toml.XyZ789.tmp");
        let other = dir.path().join(".other.toml.AbC123.tmp");
        for file in [&stale, &fresh, &other] {
            fs::write(file, "half")?;
        }
        let long_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        for file in [&stale, &other] {
            fs::File::options()
                .write(true)
                .open(file)?
                .set_modified(long_ago)?;
        }
        write_atomic(&path, b"new")?;
        assert!(!stale.exists(), "a leftover from a killed save is removed");
        assert!(
            fresh.exists(),
            "a save that may be in progress is left alone"
        );
        assert!(other.exists(), "another map's files are not touched");
        Ok(())
    }

    #[cfg(unix)]
    #[test]
    fn links_are_followed_to_the_file_and_stay_links() -> std::io::Result<()> {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir()?;
        fs::create_dir(dir.path().join("maps"))?;
        let target = dir.path().join("maps").join("shop.toml");
        fs::write(&target, "old")?;
        // A chain of relative links: link -> maps/current -> shop.toml.
        symlink("shop.toml", dir.path().join("maps").join("current"))?;
        let link = dir.path().join("link.toml");
        symlink("maps/current", &link)?;
        write_atomic(&link, b"new")?;
        assert_eq!(fs::read_to_string(&target)?, "new");
        assert!(fs::symlink_metadata(&link)?.file_type().is_symlink());
        assert_eq!(fs::read_dir(dir.path().join("maps"))?.count(), 2);
        // A dangling link creates the file it names.
        let dangling = dir.path().join("new.toml");
        symlink("maps/fresh.toml", &dangling)?;
        write_atomic(&dangling, b"fresh")?;
        assert_eq!(
            fs::read_to_string(dir.path().join("maps/fresh.toml"))?,
            "fresh"
        );
        assert!(fs::symlink_metadata(&dangling)?.file_type().is_symlink());
        // A loop of links fails; it does not hang.
        symlink("loop-b", dir.path().join("loop-a"))?;
        symlink("loop-a", dir.path().join("loop-b"))?;
        assert!(write_atomic(&dir.path().join("loop-a"), b"x").is_err());
        Ok(())
    }

    #[test]
    fn never_clobbers_when_asked_not_to() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("map.toml");
        fs::write(&path, "old")?;
        let err = write_new_atomic(&path, b"new").err().map(|e| e.kind());
        assert_eq!(err, Some(ErrorKind::AlreadyExists));
        assert_eq!(fs::read_to_string(&path)?, "old");
        assert_eq!(fs::read_dir(dir.path())?.count(), 1);
        Ok(())
    }
}
