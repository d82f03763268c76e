//! Reading a file that someone else may have put there, safely: every file
//! cjm reads (maps, `based_on`, merge and diff sides, exports' input,
//! recovery copies, the config and the session store) goes through
//! [`read_file`], and the look before a save at the map's file through
//! [`fingerprint_file`], which reads it the same way a block at a time.
//!
//! A path can name anything: a named pipe (whose open blocks until a writer
//! comes), a terminal, `/dev/zero` (endless), a symlink to any of them (git
//! carries symlinks), or a file that grows while it is read. `read_file`
//! opens without blocking, refuses at once whatever is not a regular file,
//! and never reads more than its limit and one byte.

use std::io::{self, Read};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

/// The default size limit of a file cjm reads: room for a map of 100,000
/// touchpoints (about 63 MiB) and then some, while a mistaken or hostile
/// file still cannot exhaust memory.
pub const MAX_FILE_BYTES: u64 = 128 * MIB;

/// The environment variable that changes the size limit, in MiB.
pub const MAX_SIZE_VAR: &str = "CJM_MAX_SIZE";

const MIB: u64 = 1024 * 1024;

/// The limit set by [`set_max_file_bytes`]; 0 while none was set.
static LIMIT: AtomicU64 = AtomicU64::new(0);

/// Why a file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{0}")]
    Io(#[from] io::Error),
    /// Not a regular file: what it is (a named pipe, a device...).
    #[error("{}", crate::t!("file-not-regular", what = .0))]
    NotRegular(FileKind),
    /// Larger than the limit: the size found (at least the limit + 1).
    #[error("{}", crate::t!("file-too-large", size = size(*.0), limit = size(max_file_bytes())))]
    TooLarge(u64),
}

/// What a path that is no regular file is, named in the interface language
/// wherever it is shown (`what = kind` in a message, or `{kind}`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Folder,
    NamedPipe,
    Device,
    DiskDevice,
    Socket,
    Special,
}

impl FileKind {
    fn key(self) -> &'static str {
        match self {
            FileKind::Folder => "folder",
            FileKind::NamedPipe => "named-pipe",
            FileKind::Device => "device",
            FileKind::DiskDevice => "ondisk-device",
            FileKind::Socket => "socket",
            FileKind::Special => "special",
        }
    }
}

impl std::fmt::Display for FileKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::t!("file-kind", kind = self.key()))
    }
}

impl crate::i18n::Arg for FileKind {
    fn to_arg(&self) -> fluent_templates::fluent_bundle::FluentValue<'_> {
        fluent_templates::fluent_bundle::FluentValue::from(self.to_string())
    }
}

/// The size limit in force: set by `--max-size` ([`set_max_file_bytes`]),
/// else `CJM_MAX_SIZE` (MiB), else [`MAX_FILE_BYTES`].
pub fn max_file_bytes() -> u64 {
    match LIMIT.load(Ordering::Relaxed) {
        0 => std::env::var(MAX_SIZE_VAR)
            .ok()
            .and_then(|v| parse_size(&v).ok())
            .unwrap_or(MAX_FILE_BYTES),
        limit => limit,
    }
}

/// Sets the size limit for the rest of the process.
pub fn set_max_file_bytes(limit: u64) {
    LIMIT.store(limit.max(1), Ordering::Relaxed);
}

/// A size limit written as people write it: MiB by default (`200`), or with
/// a unit (`200MiB`, `1GiB`, `512KiB`, `100000B`; `M`, `G`, `K` and `MB`,
/// `GB`, `KB` mean the same binary units).
pub fn parse_size(text: &str) -> Result<u64, SizeError> {
    let text = text.trim();
    let digits = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(digits);
    let shown = || crate::text::clean(text);
    let number: u64 = number.parse().map_err(|_| SizeError::NotASize(shown()))?;
    let unit = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "m" | "mb" | "mib" => MIB,
        "g" | "gb" | "gib" => 1024 * MIB,
        "k" | "kb" | "kib" => 1024,
        "b" => 1,
        _ => return Err(SizeError::UnknownUnit(shown())),
    };
    match number.checked_mul(unit) {
        Some(0) => Err(SizeError::Zero),
        Some(bytes) => Ok(bytes),
        None => Err(SizeError::TooLarge(shown())),
    }
}

/// Why a size limit could not be read; each says how to write one. The
/// text is shown cleaned of control characters.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SizeError {
    #[error("{}", crate::t!("file-size-not-text"))]
    NotText,
    #[error("{}", crate::t!("file-size-not-a-size", text = .0))]
    NotASize(String),
    #[error("{}", crate::t!("file-size-unknown-unit", text = .0))]
    UnknownUnit(String),
    #[error("{}", crate::t!("file-size-zero"))]
    Zero,
    #[error("{}", crate::t!("file-size-too-large", text = .0))]
    TooLarge(String),
}

/// A size for people: whole MiB as such, other sizes with one decimal and
/// the exact number of bytes, so a file one byte over the limit does not
/// read as the limit itself.
pub fn size(bytes: u64) -> String {
    if bytes.is_multiple_of(MIB) {
        crate::t!("file-size-mib", mib = bytes / MIB)
    } else if bytes < MIB {
        crate::t!("file-size-bytes", bytes = bytes)
    } else {
        let mib = format!("{:.1}", bytes as f64 / MIB as f64);
        let mib = crate::i18n::number::localise(&mib, crate::i18n::current());
        crate::t!("file-size-mib-bytes", mib = mib, bytes = bytes)
    }
}

/// The bytes of the regular file at `path` (symlinks followed), at most
/// `limit` of them. A named pipe, device, socket or directory is refused
/// without waiting on it; a larger file, or one that grows past `limit`
/// while it is read, is [`ReadError::TooLarge`] after reading `limit + 1`
/// bytes at most.
pub fn read_file(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let (file, len) = open_regular(path, limit)?;
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    let read = bytes.len() as u64;
    if read > limit {
        return Err(ReadError::TooLarge(read));
    }
    Ok(bytes)
}

/// The fingerprint of the regular file at `path`, read a block at a time
/// and never held whole, with the checks and the limit of [`read_file`]:
/// the runtime's look before each save, which needs the file's bytes only
/// when they are not the version it knows.
pub fn fingerprint_file(path: &Path, limit: u64) -> Result<super::Fingerprint, ReadError> {
    let (file, _) = open_regular(path, limit)?;
    let mut file = file.take(limit.saturating_add(1));
    let mut fingerprinter = super::Fingerprinter::default();
    let mut block = vec![0; 64 * 1024];
    let mut read = 0u64;
    loop {
        match file.read(&mut block) {
            Ok(0) => break,
            Ok(n) => {
                read += n as u64;
                fingerprinter.push(block.get(..n).unwrap_or_default());
            }
            Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
            Err(err) => return Err(err.into()),
        }
    }
    if read > limit {
        return Err(ReadError::TooLarge(read));
    }
    Ok(fingerprinter.finish())
}

/// Opens the regular file at `path` (symlinks followed) for reading, with
/// its size, which is at most `limit`: what [`read_file`] checks before
/// it reads. (The file may still grow while it is read.)
pub(crate) fn open_regular(path: &Path, limit: u64) -> Result<(std::fs::File, u64), ReadError> {
    let file = open(path)?;
    let metadata = file.metadata()?;
    let kind = metadata.file_type();
    if kind.is_dir() {
        return Err(ReadError::Io(io::Error::from(io::ErrorKind::IsADirectory)));
    }
    if !kind.is_file() {
        return Err(ReadError::NotRegular(describe_kind(&kind)));
    }
    if metadata.len() > limit {
        return Err(ReadError::TooLarge(metadata.len()));
    }
    Ok((file, metadata.len()))
}

/// [`read_file`] of a text: its bytes as UTF-8, with the byte where they
/// stop being UTF-8 as the error.
pub fn read_text(path: &Path, limit: u64) -> Result<String, ReadError> {
    let bytes = read_file(path, limit)?;
    String::from_utf8(bytes).map_err(|e| {
        ReadError::Io(io::Error::new(
            io::ErrorKind::InvalidData,
            crate::t!("file-not-utf8", byte = e.utf8_error().valid_up_to()),
        ))
    })
}

/// Opens `path` for reading without waiting: on unix with `O_NONBLOCK`, so
/// that a named pipe without a writer does not block the open, and with
/// `O_NOCTTY`, so that a terminal never becomes the controlling one.
#[cfg(unix)]
fn open(path: &Path) -> io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::File::options()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
}

#[cfg(not(unix))]
fn open(path: &Path) -> io::Result<std::fs::File> {
    std::fs::File::open(path)
}

#[cfg(unix)]
fn describe_kind(kind: &std::fs::FileType) -> FileKind {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_fifo() {
        FileKind::NamedPipe
    } else if kind.is_char_device() {
        FileKind::Device
    } else if kind.is_block_device() {
        FileKind::DiskDevice
    } else if kind.is_socket() {
        FileKind::Socket
    } else {
        FileKind::Special
    }
}

#[cfg(not(unix))]
fn describe_kind(_kind: &std::fs::FileType) -> FileKind {
    FileKind::Special
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_read_with_units() {
        assert_eq!(parse_size("200"), Ok(200 * MIB));
        assert_eq!(parse_size("1GiB"), Ok(1024 * MIB));
        assert_eq!(parse_size("512 KiB"), Ok(512 * 1024));
        assert_eq!(parse_size("100b"), Ok(100));
        assert!(parse_size("0").is_err());
        assert!(parse_size("lots").is_err());
        assert!(parse_size("5 parsecs").is_err());
        assert!(parse_size("99999999999999999999").is_err());
    }

    #[test]
    fn sizes_one_byte_over_say_so() {
        assert_eq!(size(16 * MIB), "16 MiB");
        assert_eq!(size(16 * MIB + 1), "16.0 MiB (16777217 bytes)");
        assert_eq!(size(900), "900 bytes");
    }

    #[test]
    fn reading_stops_one_byte_past_the_limit() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("m.toml");
        std::fs::write(&path, "0123456789")?;
        assert_eq!(read_file(&path, 10)?, b"0123456789");
        assert!(matches!(read_file(&path, 9), Err(ReadError::TooLarge(10))));
        Ok(())
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn endless_devices_are_refused_unread() {
        let err = read_file(Path::new("/dev/zero"), 10);
        assert!(matches!(err, Err(ReadError::NotRegular(what)) if what == FileKind::Device));
    }
}
