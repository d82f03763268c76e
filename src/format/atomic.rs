//! Atomic file replacement: a save either leaves the complete old file or the
//! complete new one, never a mix, even if the process dies half-way.

use std::fs;
use std::io::{Error, ErrorKind, Write};
use std::path::Path;

use tempfile::NamedTempFile;

/// Replaces `path` with `bytes`: writes a temporary file beside it, flushes
/// it to disk, gives it the permissions of the file it replaces, renames it
/// over `path`, then flushes the folder so the rename survives a power cut.
/// A read-only file is refused rather than replaced.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let temp = write_temp(path, bytes)?;
    temp.persist(path).map_err(|e| e.error)?;
    sync_folder(path);
    remove_stale_temps(path);
    Ok(())
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
    let temp = write_temp(path, bytes)?;
    temp.persist_noclobber(path).map_err(|e| e.error)?;
    sync_folder(path);
    Ok(())
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

fn write_temp(path: &Path, bytes: &[u8]) -> std::io::Result<NamedTempFile> {
    let existing = fs::metadata(path).ok();
    if let Some(metadata) = &existing {
        if metadata.is_dir() {
            return Err(Error::new(
                ErrorKind::IsADirectory,
                "the path is a directory",
            ));
        }
        if metadata.permissions().readonly() {
            return Err(Error::new(
                ErrorKind::PermissionDenied,
                "the file is read-only",
            ));
        }
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
    let mut temp = builder.tempfile_in(folder_of(path))?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    if let Some(metadata) = existing {
        temp.as_file().set_permissions(metadata.permissions())?;
    }
    Ok(temp)
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
