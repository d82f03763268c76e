//! Recovery copies of unsaved work. While a map has changes that are not in
//! its file, the terminal app keeps a copy of the map (its canonical TOML,
//! written atomically) in the data folder, so a crash, a killed process or a
//! closed terminal loses at most a few seconds of a workshop.
//!
//! This module owns where the copies live and how they are named, writing,
//! finding and removing them, deciding whether a copy is worth offering when
//! a file is opened, and the autosave schedule. It draws nothing; the
//! terminal app calls it.
//!
//! A copy is named after the file *and* a hash of its canonical absolute
//! path (`shop-3f09c2d1a4b5e6f7.toml`), so two maps called `shop.toml` in
//! different folders never share a copy.

use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use crate::format;
use crate::model::Map;

/// How often, at most, a recovery copy is written when the config does not say.
pub const DEFAULT_INTERVAL: Duration = Duration::from_secs(3);

/// The folder of recovery copies: `recovery/` in the platform's data folder
/// for cjm (`~/.local/share/cjm/recovery` on Linux). `None` when the platform
/// knows no home folder.
pub fn folder() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "cjm").map(|dirs| dirs.data_dir().join("recovery"))
}

/// Where the recovery copy of the map at `map_path` lives.
pub fn path_for(map_path: &Path) -> Option<PathBuf> {
    Some(folder()?.join(file_name_for(&absolute(map_path))))
}

/// The second place for recovery copies, used only when the data folder
/// cannot be written (a full or read-only disk, a home folder on a network
/// drive that went away): the runtime folder when the platform has one
/// (`$XDG_RUNTIME_DIR/cjm`, in memory on most Linux systems), else
/// `cjm-recovery-USER` in the system's temporary folder. `None` when it is
/// the data folder itself.
pub fn fallback_folder() -> Option<PathBuf> {
    let runtime = directories::ProjectDirs::from("", "", "cjm")
        .and_then(|dirs| dirs.runtime_dir().map(|d| d.join("recovery")));
    let place = runtime.unwrap_or_else(|| {
        let user = std::env::var("USER")
            .or_else(|_| std::env::var("LOGNAME"))
            .unwrap_or_else(|_| "user".to_owned());
        let user: String = user
            .chars()
            .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_'))
            .collect();
        std::env::temp_dir().join(format!("cjm-recovery-{user}"))
    });
    (Some(&place) != folder().as_ref()).then_some(place)
}

/// Where the fallback recovery copy of the map at `map_path` lives (see
/// [`fallback_folder`]).
pub fn fallback_path_for(map_path: &Path) -> Option<PathBuf> {
    Some(fallback_folder()?.join(file_name_for(&absolute(map_path))))
}

/// The recovery file name for a map at the absolute path `absolute`: the
/// file's stem (made safe for any file system), a hash of the whole path,
/// and `.toml`.
pub fn file_name_for(absolute: &Path) -> String {
    let stem: String = absolute
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(60)
        .collect();
    let stem = if stem.is_empty() {
        "map".to_owned()
    } else {
        stem
    };
    format!(
        "{stem}-{:016x}.toml",
        fnv1a(absolute.as_os_str().as_encoded_bytes())
    )
}

/// The path as the file system names it: symbolic links and `..` resolved,
/// so `maps/shop.toml` and `./maps/../maps/shop.toml` get the same copy. A
/// file that no longer exists is named through its folder.
fn absolute(path: &Path) -> PathBuf {
    if let Ok(real) = std::fs::canonicalize(path) {
        return real;
    }
    let folder = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    match (std::fs::canonicalize(folder), path.file_name()) {
        (Ok(dir), Some(name)) => dir.join(name),
        _ => std::path::absolute(path).unwrap_or_else(|_| path.to_owned()),
    }
}

/// The 64-bit FNV-1a hash: tiny, and stable across Rust versions and
/// platforms (unlike the standard library's hasher), which a file name must be.
pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// Writes the recovery copy of `map` to `recovery`, atomically, creating the
/// folder (readable by its owner only: maps can hold confidential notes).
pub fn write(recovery: &Path, map: &Map) -> io::Result<()> {
    write_with(&format::Real, recovery, map)
}

/// [`write`] with a [`FileOps`](format::FileOps) hook, for tests that make
/// a step fail.
pub fn write_with(ops: &dyn format::FileOps, recovery: &Path, map: &Map) -> io::Result<()> {
    if let Some(dir) = recovery.parent() {
        ops.before(format::Step::CreateDir, dir)?;
        create_private_folder(dir)?;
    }
    format::write_map_atomic_with(ops, recovery, map).map(drop)
}

/// Creates the folder of recovery copies, readable by its owner only. The
/// fallback folder, which may be in the shared temporary folder where
/// another user could have made it first, must be a private folder.
fn create_private_folder(dir: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)?;
    if Some(dir) != fallback_folder().as_deref() {
        return Ok(());
    }
    let metadata = std::fs::symlink_metadata(dir)?;
    if !metadata.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::NotADirectory,
            crate::t!("recovery-not-a-folder", folder = dir.display().to_string()),
        ));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if metadata.permissions().mode() & 0o077 != 0 {
            return Err(io::Error::new(
                io::ErrorKind::PermissionDenied,
                crate::t!(
                    "recovery-folder-not-private",
                    folder = dir.display().to_string()
                ),
            ));
        }
    }
    Ok(())
}

/// Removes a recovery copy; one that is already gone is no error.
pub fn remove(recovery: &Path) -> io::Result<()> {
    match std::fs::remove_file(recovery) {
        Err(err) if err.kind() != io::ErrorKind::NotFound => Err(err),
        _ => Ok(()),
    }
}

/// The lock that makes one cjm the owner of a map while it is open: a file
/// beside the recovery copies (`shop-3f09c2d1a4b5e6f7.lock`) naming the
/// process and when it opened the map. The owner keeps the shared recovery
/// copy; another cjm opened on the same map is warned and keeps its own
/// copy (`shop-3f09c2d1a4b5e6f7.4242.toml`, after its process id), so
/// neither ever removes the other's unsaved work. A lock whose process is
/// gone (killed) is taken over silently. Dropping the lock removes it.
#[derive(Debug)]
pub struct Lock {
    path: PathBuf,
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Only a lock that still names this process is removed.
        if read_holder(&self.path).is_some_and(|h| h.pid == std::process::id()) {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// The other cjm that has a map open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Holder {
    pub pid: u32,
    /// When it opened the map, in seconds since 1970.
    pub since: u64,
}

impl Holder {
    /// The time it opened the map, as the clock on the wall says it (`10:42`).
    pub fn since_label(&self) -> String {
        i64::try_from(self.since)
            .ok()
            .and_then(|s| jiff::Timestamp::from_second(s).ok())
            .map(|t| {
                t.to_zoned_datetime(jiff::tz::TimeZone::system())
                    .strftime("%H:%M")
                    .to_string()
            })
            .unwrap_or_else(|| "a while".to_owned())
    }
}

/// What [`claim`] found.
#[derive(Debug)]
pub enum Claim {
    /// This process owns the map now.
    Mine(Lock),
    /// Another running cjm has it open.
    Held(Holder),
}

/// Where the lock of the map at `map_path` lives.
pub fn lock_path_for(map_path: &Path) -> Option<PathBuf> {
    path_for(map_path).map(|p| p.with_extension("lock"))
}

/// The recovery copy of this process for a map another cjm owns (see
/// [`Lock`]): `recovery` with the process id before `.toml`.
pub fn own_copy(recovery: &Path) -> PathBuf {
    recovery.with_extension(format!("{}.toml", std::process::id()))
}

/// Claims the map whose lock is at `lock`: takes it when it is free or its
/// process is gone, else says who has it.
pub fn claim(lock: &Path) -> io::Result<Claim> {
    if let Some(dir) = lock.parent() {
        create_private_folder(dir)?;
    }
    let now = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let text = format!("pid = {}\nsince = {now}\n", std::process::id());
    let created = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(lock)
        .and_then(|mut file| std::io::Write::write_all(&mut file, text.as_bytes()));
    match created {
        Ok(()) => {
            return Ok(Claim::Mine(Lock {
                path: lock.to_owned(),
            }));
        }
        Err(err) if err.kind() != io::ErrorKind::AlreadyExists => return Err(err),
        Err(_) => {}
    }
    if let Some(holder) = read_holder(lock)
        && holder.pid != std::process::id()
        && running(holder.pid)
    {
        return Ok(Claim::Held(holder));
    }
    // Stale (its process was killed) or unreadable: taken over.
    format::write_atomic(lock, text.as_bytes())?;
    Ok(Claim::Mine(Lock {
        path: lock.to_owned(),
    }))
}

fn read_holder(lock: &Path) -> Option<Holder> {
    let text = crate::format::input::read_text(lock, 64 * 1024).ok()?;
    let field = |name: &str| {
        text.lines().find_map(|l| {
            l.strip_prefix(name)?
                .trim_start()
                .strip_prefix('=')?
                .trim()
                .parse()
                .ok()
        })
    };
    Some(Holder {
        pid: u32::try_from(field("pid")?).ok()?,
        since: field("since").unwrap_or(0),
    })
}

/// True when the process `pid` is a running cjm (on Linux, a process id
/// reused by another program does not count). Where processes cannot be
/// looked up, any lock counts as held.
fn running(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        std::fs::read_to_string(format!("/proc/{pid}/comm"))
            .is_ok_and(|name| name.trim().starts_with("cjm"))
    } else if cfg!(unix) {
        std::process::Command::new("kill")
            .args(["-0", &pid.to_string()])
            .stderr(std::process::Stdio::null())
            .status()
            .map_or(true, |status| status.success())
    } else {
        true
    }
}

/// The shared recovery copy that `copy` stands in for: `copy` itself, or,
/// for this process's own copy (see [`own_copy`]), the shared one.
pub fn shared_copy(copy: &Path) -> PathBuf {
    let own = format!(".{}.toml", std::process::id());
    let name = copy.file_name().map(|n| n.to_string_lossy().into_owned());
    match name.as_deref().and_then(|n| n.strip_suffix(&own)) {
        Some(base) => copy.with_file_name(format!("{base}.toml")),
        None => copy.to_owned(),
    }
}

/// Recovery copies that other cjm processes kept for the map whose shared
/// copy is `recovery` (see [`own_copy`]) and whose process is gone: work a
/// killed second instance left behind.
pub fn orphans(recovery: &Path) -> Vec<PathBuf> {
    let (Some(dir), Some(stem)) = (recovery.parent(), recovery.file_stem()) else {
        return Vec::new();
    };
    let prefix = format!("{}.", stem.to_string_lossy());
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<PathBuf> = entries
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let pid: u32 = name
                .strip_prefix(&prefix)?
                .strip_suffix(".toml")?
                .parse()
                .ok()?;
            (pid != std::process::id() && !running(pid)).then(|| entry.path())
        })
        .collect();
    found.sort();
    found
}

/// A recovery copy worth offering: it holds a map other than the file's.
#[derive(Clone, Debug, PartialEq)]
pub struct Offer {
    /// Where the copy is.
    pub recovery: PathBuf,
    /// The map in the copy.
    pub map: Map,
    /// True when the file was changed after the copy was written (say, by a
    /// `git pull` after a crash): restoring would then undo that change.
    pub file_is_newer: bool,
}

/// What [`find`] found for a file being opened.
#[derive(Clone, Debug, PartialEq)]
pub enum Found {
    /// No copy: nothing to ask.
    Nothing,
    /// A copy holding the same map as the file; it was removed.
    Same,
    /// A copy holding other work: ask what to do with it.
    Offer(Box<Offer>),
    /// A copy that cannot be read; it is left alone for a person to look at.
    Unreadable { recovery: PathBuf, reason: String },
}

/// Looks for a recovery copy of the map at `map_path`, whose current content
/// is `current`. A copy with the same map is stale and removed; a copy with
/// another map is offered whether it is newer or older than the file,
/// because either way it holds work the file does not.
pub fn find(map_path: &Path, current: &Map) -> Found {
    let Some(recovery) = path_for(map_path) else {
        return Found::Nothing;
    };
    find_at(&recovery, map_path, current)
}

/// [`find`] for a copy at a known place.
pub fn find_at(recovery: &Path, map_path: &Path, current: &Map) -> Found {
    let copy_time = match std::fs::metadata(recovery) {
        Ok(metadata) => metadata.modified().ok(),
        // No folder there (or a file where the folder would be): no copy.
        Err(err)
            if matches!(
                err.kind(),
                io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
            ) =>
        {
            return Found::Nothing;
        }
        Err(err) => {
            return Found::Unreadable {
                recovery: recovery.to_owned(),
                reason: err.to_string(),
            };
        }
    };
    let map = match format::load_file(recovery) {
        Ok(loaded) => loaded.map,
        Err(err) => {
            let reason = match &err.kind {
                format::LoadErrorKind::Invalid { diagnostics, .. } => diagnostics
                    .first()
                    .map_or_else(|| crate::t!("recovery-not-a-map"), |d| d.message.clone()),
                _ => err
                    .to_string()
                    .lines()
                    .next()
                    .unwrap_or_default()
                    .to_owned(),
            };
            return Found::Unreadable {
                recovery: recovery.to_owned(),
                reason,
            };
        }
    };
    if map == *current {
        let _ = remove(recovery);
        return Found::Same;
    }
    let file_time = std::fs::metadata(map_path).and_then(|m| m.modified()).ok();
    Found::Offer(Box::new(Offer {
        recovery: recovery.to_owned(),
        map,
        file_is_newer: is_newer(file_time, copy_time),
    }))
}

fn is_newer(a: Option<SystemTime>, b: Option<SystemTime>) -> bool {
    matches!((a, b), (Some(a), Some(b)) if a > b)
}

/// How long without input makes a pause in which a due recovery copy is
/// written: writing the copy of a large map takes tens of milliseconds
/// (29 ms at 10,000 touchpoints), which a key pressed meanwhile would wait.
pub const PAUSE: Duration = Duration::from_millis(500);

/// When to write the next recovery copy: at most once per interval, only
/// while there are changes the last copy does not hold, and in a pause of
/// the typing ([`PAUSE`]) when one comes before another interval has
/// passed. It only computes; the runtime waits and writes.
#[derive(Clone, Debug)]
pub struct Autosave {
    interval: Duration,
    /// The history version the last copy holds.
    written: Option<u64>,
    last: Option<Instant>,
    /// When the changes the last copy lacks were first seen.
    pending: Option<Instant>,
    /// When the last input came.
    input: Option<Instant>,
}

impl Autosave {
    pub fn new(interval: Duration) -> Self {
        Autosave {
            interval,
            written: None,
            last: None,
            pending: None,
            input: None,
        }
    }

    /// How long until a copy is due: `None` when nothing needs writing (the
    /// runtime then waits for input without a timer), zero when it is due now.
    ///
    /// A copy is due an interval after the last one (the first at once),
    /// but not before the changes were seen, and not before a pause in the
    /// input: at most an interval later than that, so a copy holds every
    /// change at most two intervals old even while somebody types on.
    pub fn due_in(&self, now: Instant, version: u64, dirty: bool) -> Option<Duration> {
        if !dirty || self.written == Some(version) {
            return None;
        }
        let seen = self.pending.unwrap_or(now);
        let due = self
            .last
            .map_or(seen, |last| (last + self.interval).max(seen));
        let paused = self.input.map_or(due, |input| (input + PAUSE).max(due));
        let at = paused.min(due + self.interval);
        Some(at.saturating_duration_since(now))
    }

    /// Records the state of the map after an update: from when on it has
    /// changes the last copy lacks.
    pub fn seen(&mut self, now: Instant, version: u64, dirty: bool) {
        if !dirty || self.written == Some(version) {
            self.pending = None;
        } else if self.pending.is_none() {
            self.pending = Some(now);
        }
    }

    /// Records that input came at `now`.
    pub fn input(&mut self, now: Instant) {
        self.input = Some(now);
    }

    /// Records that a copy of `version` was written (or attempted) at `now`.
    pub fn wrote(&mut self, version: u64, now: Instant) {
        self.written = Some(version);
        self.last = Some(now);
        self.pending = None;
    }

    /// Forgets the last copy (it was removed at `now`), so the next change
    /// writes one; changes it held count as pending from now, so their new
    /// copy is due within an interval too.
    pub fn forget(&mut self, now: Instant) {
        self.written = None;
        self.pending.get_or_insert(now);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_name_in_different_folders_gives_different_copies() {
        let a = file_name_for(Path::new("/srv/maps/team-a/shop.toml"));
        let b = file_name_for(Path::new("/srv/maps/team-b/shop.toml"));
        assert_ne!(a, b);
        assert!(a.starts_with("shop-") && a.ends_with(".toml"), "{a}");
        assert_eq!(a, file_name_for(Path::new("/srv/maps/team-a/shop.toml")));
        // Copies written by one version must be found by the next: the name must not change.
        assert_eq!(a, "shop-fc72d836a72938be.toml");
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn odd_file_names_make_safe_copy_names() {
        let name = file_name_for(Path::new("/maps/Księgarnia $HOME;rm -rf.toml"));
        assert!(name.starts_with("Księgarnia__HOME_rm_-rf-"), "{name}");
        assert!(!name.contains(['/', ' ', '$', ';']), "{name}");
        assert!(file_name_for(Path::new("/")).starts_with("map-"));
    }

    #[test]
    fn a_relative_path_names_the_same_copy_as_the_absolute_one() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let file = dir.path().join("shop.toml");
        std::fs::write(&file, "")?;
        let twisted = dir.path().join(".").join("shop.toml");
        assert_eq!(absolute(&file), absolute(&twisted));
        // A deleted file keeps its name.
        std::fs::remove_file(&file)?;
        assert_eq!(absolute(&file), absolute(&twisted));
        Ok(())
    }

    #[test]
    fn a_copy_is_offered_when_it_differs_and_removed_when_it_is_the_same() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let file = dir.path().join("shop.toml");
        let copy = dir.path().join("recovery").join("shop-0.toml");
        let map = crate::model::template::new_map(crate::model::MapKind::Service, "Shop", None);
        std::fs::write(&file, format::to_toml(&map))?;
        assert_eq!(find_at(&copy, &file, &map), Found::Nothing);

        write(&copy, &map)?;
        assert_eq!(find_at(&copy, &file, &map), Found::Same);
        assert!(!copy.exists(), "a copy of the file itself is stale");

        let mut other = map.clone();
        other.title = "Shop – after the workshop".to_owned();
        write(&copy, &other)?;
        let set_file_time = |offset: i64| -> io::Result<()> {
            let now = SystemTime::now();
            let at = if offset < 0 {
                now - Duration::from_secs(offset.unsigned_abs())
            } else {
                now + Duration::from_secs(offset.unsigned_abs())
            };
            std::fs::File::options()
                .write(true)
                .open(&file)?
                .set_modified(at)
        };
        set_file_time(-60)?;
        let Found::Offer(offer) = find_at(&copy, &file, &map) else {
            panic!("a copy with other work is offered");
        };
        assert_eq!((offer.map, offer.file_is_newer), (other.clone(), false));
        // Offered even when the file changed after the copy (a pull after a crash).
        set_file_time(60)?;
        let Found::Offer(offer) = find_at(&copy, &file, &map) else {
            panic!("an older copy with other work is offered too");
        };
        assert!(offer.file_is_newer);

        std::fs::write(&copy, "title = [")?;
        assert!(matches!(
            find_at(&copy, &file, &map),
            Found::Unreadable { .. }
        ));
        assert!(
            copy.exists(),
            "an unreadable copy is left for a person to look at"
        );
        Ok(())
    }

    #[test]
    fn autosave_waits_for_changes_then_writes_at_most_once_per_interval() {
        let start = Instant::now();
        let mut autosave = Autosave::new(Duration::from_secs(3));
        assert_eq!(autosave.due_in(start, 0, false), None, "clean: no timer");
        assert_eq!(autosave.due_in(start, 1, true), Some(Duration::ZERO));
        autosave.wrote(1, start);
        assert_eq!(autosave.due_in(start, 1, true), None, "already written");
        let soon = start + Duration::from_secs(1);
        assert_eq!(autosave.due_in(soon, 2, true), Some(Duration::from_secs(2)));
        let later = start + Duration::from_secs(5);
        assert_eq!(autosave.due_in(later, 2, true), Some(Duration::ZERO));
        autosave.forget(later);
        assert_eq!(autosave.due_in(later, 1, true), Some(Duration::ZERO));
    }

    #[test]
    fn a_due_copy_waits_for_a_pause_in_the_typing_but_at_most_an_interval() {
        let ms = Duration::from_millis;
        let start = Instant::now();
        let mut autosave = Autosave::new(Duration::from_secs(3));
        // The first change, made by a key: the copy waits for a pause.
        autosave.input(start);
        autosave.seen(start, 1, true);
        assert_eq!(autosave.due_in(start, 1, true), Some(PAUSE));
        // Another key 200 ms later moves it on.
        autosave.input(start + ms(200));
        autosave.seen(start + ms(200), 2, true);
        assert_eq!(autosave.due_in(start + ms(200), 2, true), Some(PAUSE));
        // Nobody pauses: at most an interval after the change was seen.
        autosave.input(start + ms(2_900));
        assert_eq!(autosave.due_in(start + ms(2_900), 3, true), Some(ms(100)));
        autosave.input(start + ms(3_050));
        assert_eq!(
            autosave.due_in(start + ms(3_050), 3, true),
            Some(Duration::ZERO)
        );
        autosave.wrote(3, start + ms(3_050));
        assert_eq!(autosave.due_in(start + ms(3_050), 3, true), None);
        // The next change, 100 ms later, is due an interval after that copy,
        // or in the first pause after it, at most an interval late.
        let next = start + ms(3_150);
        autosave.input(next);
        autosave.seen(next, 4, true);
        assert_eq!(autosave.due_in(next, 4, true), Some(ms(2_900)));
        let typing = start + ms(6_000);
        autosave.input(typing);
        assert_eq!(autosave.due_in(typing, 4, true), Some(PAUSE));
        let on = start + ms(9_000);
        autosave.input(on);
        assert_eq!(autosave.due_in(on, 4, true), Some(ms(50)));
        // A change long after the last copy waits for a pause too.
        autosave.wrote(4, on);
        let much_later = on + Duration::from_secs(60);
        autosave.input(much_later);
        autosave.seen(much_later, 5, true);
        assert_eq!(autosave.due_in(much_later, 5, true), Some(PAUSE));
        // Saved: nothing pending, no timer.
        autosave.seen(much_later, 5, false);
        assert_eq!(autosave.due_in(much_later, 5, false), None);
        // The copy removed while changes remain (discarded): a new copy is
        // due an interval after the last one, at most an interval late,
        // however the keys keep coming.
        autosave.wrote(5, much_later);
        let removed = much_later + ms(100);
        autosave.forget(removed);
        let mut at = removed;
        // (At most a minute of keys: a copy that never comes due fails.)
        for _ in 0..300 {
            if autosave.due_in(at, 5, true) == Some(Duration::ZERO) {
                break;
            }
            at += ms(200);
            autosave.input(at);
        }
        // Twice the interval from the last copy, seen at the first key after.
        let late = at - removed;
        assert!(late <= Duration::from_secs(6), "due {late:?} late");
    }
}
