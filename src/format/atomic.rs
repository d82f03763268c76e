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
    Ok(())
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
