//! The recovery scheduler: when a recovery copy of the unsaved map is
//! due, where it is written (the data folder, else the fallback folder),
//! when it is removed again, and what the last-resort rescue writes when
//! the app stops abnormally. Terminal-free: the app's guard runs it, and
//! its terminal rescue (panic hook, fatal signals) calls [`rescue`] on the
//! [`Watch`] shared with it.
//!
//! The copies written while the person works are written on a thread of
//! their own ([`Scheduler::start_write`]): a copy of a large map takes tens
//! of milliseconds, and a key pressed meanwhile must not wait for it. One
//! copy is written at a time. Removing a copy (the map was saved, the copy
//! discarded) and writing one at once (a failed save, a quit) first wait
//! for the copy being written, so a copy finished late never comes back
//! after it was removed. The rescue waits for it too (up to a limit, for a
//! disk that hangs), then seals the [`Pen`] and writes the latest state
//! where the latest copy went: nothing is written after it.

use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, TryLockError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::format::FileOps;
use crate::recovery::{self, Autosave};
use crate::session::disk;
use crate::session::history::Shadow;

/// What the panic hook and the signal thread need to rescue the work.
#[derive(Debug, Default)]
pub struct Watch {
    /// False once the app has ended normally: nothing to rescue any more.
    pub active: bool,
    /// The map's file and its recovery copy.
    pub file: PathBuf,
    pub recovery: Option<PathBuf>,
    /// Where else a copy may go when `recovery` cannot be written (the
    /// fallback folder).
    pub fallback: Option<PathBuf>,
    /// While the map has unsaved changes: the undo history's copy of it,
    /// never half changed, and equal to the map at the end of every update
    /// (the app sees to it with
    /// [`History::catch_up`](crate::session::history::History::catch_up)).
    pub unsaved: Option<Shadow>,
    /// A recovery copy found at start is waiting for the user's answer.
    pub undecided: bool,
    /// Held while a recovery copy is written in the background: the
    /// rescue waits for it, so that its own copy is written last.
    pub pen: Arc<Pen>,
}

/// Keeps the copies written in the background and the rescue's from being
/// written at once, and knows where the latest copy went. Every copy of the
/// scheduler is written holding it; the rescue takes it, then seals it, so
/// nothing is written after the rescue's copy (a write already under way
/// stops at its next step: see [`Sealable`]).
#[derive(Debug, Default)]
pub struct Pen {
    /// Held for the whole of a copy; where the latest copy was written
    /// (the scheduler's place for it may not know yet: it learns when it
    /// collects the copy), `None` once that copy was removed.
    latest: Mutex<Option<PathBuf>>,
    sealed: AtomicBool,
}

thread_local! {
    /// This thread holds a [`Pen`] (a panic in the middle of a copy must
    /// not wait for itself).
    static HOLDING: Cell<bool> = const { Cell::new(false) };
}

/// How long the rescue waits for a copy being written: it ends in tens of
/// milliseconds on a large map, sooner once the rescue began (it stops at
/// its next step); only a disk that hangs takes longer, and then the
/// rescue writes its copy anyway.
const PEN_PATIENCE: Duration = Duration::from_secs(2);

impl Pen {
    /// Seals the pen and waits, at most `patience`, until no copy is being
    /// written: from now on nothing else is written. The caller writes the
    /// last copy while holding the guard, and records where it went.
    /// `None` when the wait was in vain, or when this thread holds the pen
    /// itself (it panicked in the middle of a copy).
    fn seal(&self, patience: Duration) -> Option<MutexGuard<'_, Option<PathBuf>>> {
        self.sealed.store(true, Ordering::SeqCst);
        if HOLDING.get() {
            return None;
        }
        let until = Instant::now() + patience;
        loop {
            match self.latest.try_lock() {
                Ok(held) => return Some(held),
                Err(TryLockError::Poisoned(held)) => return Some(held.into_inner()),
                Err(TryLockError::WouldBlock) if Instant::now() < until => {
                    std::thread::sleep(Duration::from_millis(2));
                }
                Err(TryLockError::WouldBlock) => return None,
            }
        }
    }

    /// Writes a copy through `ops` with the pen held, and records where it
    /// went; `Err` with where the rescue's copy went (if it knows) once the
    /// rescue sealed the pen: the app is ending with that copy.
    fn write(
        &self,
        ops: &dyn FileOps,
        write: impl FnOnce(&dyn FileOps) -> Attempt,
    ) -> Result<Attempt, Option<PathBuf>> {
        let mut latest = self.latest.lock().unwrap_or_else(PoisonError::into_inner);
        if self.sealed.load(Ordering::SeqCst) {
            return Err(latest.clone());
        }
        HOLDING.set(true);
        let attempt = write(&Sealable { ops, pen: self });
        HOLDING.set(false);
        if let Ok((_, at)) = &attempt {
            *latest = Some(at.clone());
        }
        Ok(attempt)
    }

    /// The latest copy was removed (or belongs to a file saved under
    /// another name now).
    fn forget(&self) {
        *self.latest.lock().unwrap_or_else(PoisonError::into_inner) = None;
    }
}

/// A [`FileOps`] hook that stops a copy at its next step once the rescue
/// sealed the [`Pen`], so that a copy of older work, under way when the
/// rescue gave up waiting for it, is not renamed over the rescue's.
struct Sealable<'a> {
    ops: &'a dyn FileOps,
    pen: &'a Pen,
}

impl FileOps for Sealable<'_> {
    fn before(&self, step: crate::format::Step, path: &Path) -> std::io::Result<()> {
        if self.pen.sealed.load(Ordering::SeqCst) {
            return Err(std::io::Error::other(crate::t!("rescue-writer-sealed")));
        }
        self.ops.before(step, path)
    }
}

/// The [`Watch`], never blocking on a lock a panic left poisoned.
pub fn lock(watch: &Mutex<Watch>) -> MutexGuard<'_, Watch> {
    watch.lock().unwrap_or_else(PoisonError::into_inner)
}

/// What the app's state looks like to the scheduler, as last seen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tracked {
    /// The history's version of the map.
    pub version: u64,
    /// The map differs from the file.
    pub dirty: bool,
    pub path: PathBuf,
    /// A recovery copy found at start waits for the user's answer.
    pub undecided: bool,
}

/// Where a recovery copy went, or why none could be written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Written {
    /// Written at `at`; `fallback` when in the fallback folder.
    Copy { at: PathBuf, fallback: bool },
    /// Neither place could be written; `why` in plain words.
    Lost { why: String },
}

/// How often the event loop looks whether the copy being written in the
/// background is done, so that the status bar tells where it went: often
/// at first (a copy takes tens of milliseconds), then now and then (a slow
/// disk).
const WRITING_POLL: [Duration; 2] = [Duration::from_millis(10), Duration::from_millis(100)];

/// How long a copy is looked after often (see [`WRITING_POLL`]).
const WRITING_SOON: Duration = Duration::from_millis(200);

/// The name of the thread that writes recovery copies in the background.
const WRITER: &str = "cjm-recovery";

/// What a write of a copy gave: the place (0: the data folder, 1: the
/// fallback folder) and path it went to, or why each place failed.
type Attempt = Result<(usize, PathBuf), Vec<String>>;

/// A copy being written on the writer's thread.
struct Writing {
    thread: JoinHandle<Result<Attempt, Option<PathBuf>>>,
    started: Instant,
}

/// The recovery copies of one open map.
pub struct Scheduler {
    watch: Arc<Mutex<Watch>>,
    /// Shared with the rescue through `watch`.
    pen: Arc<Pen>,
    /// The copy being written in the background, if any.
    writing: Option<Writing>,
    /// What the background copy gave, once it ended, until it is asked for
    /// ([`Scheduler::collect`]).
    finished: Option<Written>,
    autosave: Autosave,
    /// The recovery copy may exist and is ours to remove once the map is clean.
    copy: bool,
    /// The app's state as last handed to `watch`.
    tracked: Option<Tracked>,
    /// The hook asked before every step of a write: the real file system,
    /// or faults injected by tests.
    ops: Arc<dyn FileOps>,
    /// Where this map's recovery copy goes: the data folder, and the
    /// fallback folder when the data folder cannot be written.
    places: [Option<PathBuf>; 2],
    /// This cjm owns the map (see [`recovery::Lock`]); `None` when another
    /// one does, or no data folder is known.
    lock: Option<recovery::Lock>,
    /// Locks and recovery copies follow the map's path in the data folder
    /// (see [`Scheduler::claiming`]).
    claims: bool,
}

impl Scheduler {
    /// A scheduler writing through `ops` to the recovery copies at
    /// `places` (the data folder's, then the fallback), with `recovery` the
    /// copy found at start, if any (`copy`: it is ours to remove).
    pub fn new(
        file: PathBuf,
        interval: Duration,
        ops: Arc<dyn FileOps>,
        places: [Option<PathBuf>; 2],
        recovery: Option<PathBuf>,
        copy: bool,
        undecided: bool,
    ) -> Scheduler {
        let recovery = recovery.or_else(|| places[1].clone());
        let pen = Arc::new(Pen::default());
        let watch = Arc::new(Mutex::new(Watch {
            active: true,
            file,
            recovery,
            fallback: places[1].clone(),
            unsaved: None,
            undecided,
            pen: Arc::clone(&pen),
        }));
        Scheduler {
            watch,
            pen,
            writing: None,
            finished: None,
            autosave: Autosave::new(interval),
            copy,
            tracked: None,
            ops,
            places,
            lock: None,
            claims: false,
        }
    }

    /// From now on the lock and the places of the copies follow the map's
    /// path when it is saved as another file; `lock` is the lock held now.
    pub fn claiming(&mut self, lock: Option<recovery::Lock>) {
        self.lock = lock;
        self.claims = true;
    }

    /// What the terminal rescue shares with the scheduler.
    pub fn watch(&self) -> Arc<Mutex<Watch>> {
        Arc::clone(&self.watch)
    }

    /// Hands the app's current state to the rescue, and removes the
    /// recovery copy once the map is clean. `shadow` gives the history's
    /// copy of the map. Call it after every update.
    pub fn track(&mut self, state: Tracked, shadow: impl FnOnce() -> Shadow) {
        if self.tracked.as_ref() == Some(&state) {
            return;
        }
        let now = Instant::now();
        let unsaved = state.dirty && !state.undecided;
        let version = state.version;
        let moved = self.tracked.as_ref().is_some_and(|t| t.path != state.path);
        let (dirty, undecided) = (state.dirty, state.undecided);
        let path = state.path.clone();
        self.tracked = Some(state);
        let removing = moved || (!dirty && !undecided && (self.copy || self.writing.is_some()));
        if removing {
            // A copy may be removed below: the one being written must be
            // on disk first, or it would come back after the removal.
            self.wait_for_copy();
        }
        let mut watch = lock(&self.watch);
        if moved {
            // Saved as another file: the old copy's work is in that file now.
            if let Some(old) = watch.recovery.take() {
                let _ = recovery::remove(&old);
            }
            watch.file = path.clone();
            // The new file is claimed; the old one's lock is let go. (A
            // scheduler that does not claim keeps the places it was given.)
            if self.claims {
                let (lock, holder) = claim(&path);
                self.lock = lock;
                self.places = places_for(&path, holder.is_some());
            }
            watch.recovery = self.places[0].clone().or_else(|| self.places[1].clone());
            watch.fallback = self.places[1].clone();
            self.copy = false;
            self.autosave.forget(now);
        }
        // The history's copy, not one of the scheduler's own: a second copy
        // of a large map, kept up to date at every key, is noticeable.
        watch.unsaved = dirty.then(shadow);
        watch.undecided = undecided;
        if !dirty && !undecided && self.copy {
            if let Some(at) = &watch.recovery {
                let _ = recovery::remove(at);
            }
            self.copy = false;
            self.autosave.forget(now);
        }
        drop(watch);
        if removing {
            // The work is in the file: where the last copy went, or why it
            // failed, no longer matters.
            self.removed();
        }
        // After `forget`: a change the removed copy held is pending again.
        self.autosave.seen(now, version, unsaved);
    }

    /// Records that input came now: a due copy waits for a pause in it
    /// (see [`Autosave::due_in`]).
    pub fn input(&mut self) {
        self.autosave.input(Instant::now());
    }

    /// How long the event loop may wait before a recovery copy of the map
    /// at `version` is due; `None` when nothing needs writing.
    /// While a copy is being written, the event loop looks again every
    /// few milliseconds whether it is done (the next copy waits for it).
    pub fn due_in(&self, version: u64, dirty: bool) -> Option<Duration> {
        if let Some(writing) = &self.writing {
            let soon = writing.started.elapsed() < WRITING_SOON;
            return Some(WRITING_POLL[usize::from(!soon)]);
        }
        self.autosave.due_in(Instant::now(), version, dirty)
    }

    /// Writes the recovery copy of `map` (at `version`) now, on this thread:
    /// in the data folder, or, when that fails, in the fallback folder. A
    /// copy being written in the background is waited for first.
    pub fn write(&mut self, map: &crate::model::Map, version: u64) -> Written {
        self.wait_for_copy();
        // This copy is newer than the one waited for: its outcome is what
        // the app is told.
        self.finished = None;
        self.autosave.wrote(version, Instant::now());
        self.write_here(map)
    }

    /// Writes the copy of `map` on this thread, holding the pen, and
    /// records where it went.
    fn write_here(&mut self, map: &crate::model::Map) -> Written {
        let attempt = self.pen.write(self.ops.as_ref(), |ops| {
            write_places(ops, &self.places, map)
        });
        self.settle(attempt)
    }

    /// Starts writing the recovery copy of `map` (at `version`) on a thread
    /// of its own; [`Scheduler::collect`] tells where it went. Nothing is
    /// started while a copy is being written. When no thread can be
    /// started, the copy is written on this one.
    pub fn start_write(&mut self, map: &crate::model::Map, version: u64) {
        if self.writing.is_some() {
            return;
        }
        self.autosave.wrote(version, Instant::now());
        // The map's large lists share their items: this copy costs a
        // pointer per item, and the app's edits copy only what they change.
        let copy = map.clone();
        let (ops, places, pen) = (
            Arc::clone(&self.ops),
            self.places.clone(),
            Arc::clone(&self.pen),
        );
        let spawned = std::thread::Builder::new()
            .name(WRITER.to_owned())
            .spawn(move || pen.write(ops.as_ref(), |ops| write_places(ops, &places, &copy)));
        match spawned {
            Ok(thread) => {
                self.writing = Some(Writing {
                    thread,
                    started: Instant::now(),
                });
            }
            Err(_) => self.finished = Some(self.write_here(map)),
        }
    }

    /// Whether a copy is being written in the background.
    pub fn is_writing(&self) -> bool {
        self.writing.is_some()
    }

    /// Where the last copy written in the background went, once it is
    /// done (and once only); `None` while it is still being written, or
    /// when there is nothing new to tell.
    pub fn collect(&mut self) -> Option<Written> {
        if self
            .writing
            .as_ref()
            .is_some_and(|writing| writing.thread.is_finished())
        {
            self.wait_for_copy();
        }
        self.finished.take()
    }

    /// Waits for the copy being written in the background, if any, and
    /// records where it went ([`Scheduler::collect`] tells it).
    pub fn wait_for_copy(&mut self) {
        let Some(writing) = self.writing.take() else {
            return;
        };
        // A writer that panicked may have written nothing: the app says
        // the work is not safe until the next copy (or a save) is.
        let attempt = writing
            .thread
            .join()
            .unwrap_or_else(|_| Ok(Err(vec![crate::t!("rescue-writer-failed")])));
        let written = self.settle(attempt);
        self.finished = Some(written);
    }

    /// Records where a copy went: it is the recovery copy now, and one left
    /// at the other place holds older work. `Err`: the rescue wrote the
    /// last copy instead (where, if it could), and the app is ending.
    fn settle(&mut self, attempt: Result<Attempt, Option<PathBuf>>) -> Written {
        match attempt {
            Err(Some(at)) => Written::Copy {
                fallback: self.places[1].as_ref() == Some(&at),
                at,
            },
            Err(None) => Written::Lost {
                why: crate::t!("rescue-writer-sealed"),
            },
            Ok(Ok((place, at))) => {
                let old = lock(&self.watch).recovery.replace(at.clone());
                if self.copy
                    && let Some(old) = old.filter(|old| *old != at)
                {
                    let _ = recovery::remove(&old);
                }
                self.copy = true;
                Written::Copy {
                    at,
                    fallback: place == 1,
                }
            }
            Ok(Err(reasons)) => {
                let why = if reasons.is_empty() {
                    crate::t!("rescue-no-data-folder")
                } else {
                    reasons.join("; ")
                };
                Written::Lost { why }
            }
        }
    }

    /// The recovery copy's path, written or to be written.
    pub fn recovery(&self) -> Option<PathBuf> {
        lock(&self.watch).recovery.clone()
    }

    /// Removes the recovery copy on the user's word (it was discarded):
    /// the path and the error when it could not be removed.
    pub fn discard(&mut self) -> Result<(), (PathBuf, std::io::Error)> {
        self.wait_for_copy();
        let result = match self.recovery() {
            Some(at) => recovery::remove(&at).map_err(|err| (at, err)),
            None => Ok(()),
        };
        self.removed();
        self.autosave.forget(Instant::now());
        result
    }

    /// Removes the recovery copy, if it is ours to remove.
    pub fn remove_copy(&mut self) {
        self.wait_for_copy();
        if self.copy
            && let Some(at) = self.recovery()
        {
            let _ = recovery::remove(&at);
        }
        self.removed();
    }

    /// After the copy was removed: there is none of ours, and where the
    /// last one went no longer matters.
    fn removed(&mut self) {
        self.copy = false;
        self.finished = None;
        self.pen.forget();
    }
}

impl Scheduler {
    /// Ends the watch: the app ended normally, nothing is left to rescue.
    pub fn end(&mut self) {
        // A copy still being written is let finish. Not while a panic
        // unwinds: the rescue has written the last copy then (or could
        // not), and nothing may hold the app up.
        if !std::thread::panicking() {
            self.wait_for_copy();
        }
        let mut watch = lock(&self.watch);
        watch.active = false;
        watch.unsaved = None;
    }
}

impl Drop for Scheduler {
    fn drop(&mut self) {
        self.end();
    }
}

/// Writes the copy of `map` at the first of `places` that takes it: the
/// place's index and path, or why each failed.
fn write_places(
    ops: &dyn FileOps,
    places: &[Option<PathBuf>; 2],
    map: &crate::model::Map,
) -> Attempt {
    let mut reasons = Vec::new();
    for (i, at) in places.iter().enumerate() {
        let Some(at) = at else { continue };
        match recovery::write_with(ops, at, map) {
            Ok(()) => return Ok((i, at.clone())),
            Err(err) => {
                let why = disk::describe(&err, at);
                if !reasons.contains(&why) {
                    reasons.push(why);
                }
            }
        }
    }
    Err(reasons)
}

/// Claims the map at `path` for this cjm: the lock, or who else has it.
pub fn claim(path: &Path) -> (Option<recovery::Lock>, Option<recovery::Holder>) {
    match recovery::lock_path_for(path).map(|at| recovery::claim(&at)) {
        Some(Ok(recovery::Claim::Mine(lock))) => (Some(lock), None),
        Some(Ok(recovery::Claim::Held(holder))) => (None, Some(holder)),
        // No data folder, or it cannot be written: nothing to share a copy in.
        _ => (None, None),
    }
}

/// Where the recovery copies of the map at `path` go: the shared names, or
/// this process's own when another cjm owns the map.
pub fn places_for(path: &Path, shared: bool) -> [Option<PathBuf>; 2] {
    let own = |p: Option<PathBuf>| {
        if shared {
            p.map(|p| recovery::own_copy(&p))
        } else {
            p
        }
    };
    [
        own(recovery::path_for(path)),
        own(recovery::fallback_path_for(path)),
    ]
}

/// "Your unsaved changes are in X; run `cjm FILE` and choose restore."
pub fn kept_note(file: &str, at: &Path, what: &str) -> String {
    // Printed on the restored terminal: the names are made safe to print.
    crate::t!(
        "rescue-kept",
        what = what,
        at = crate::text::path(at),
        file = crate::text::clean(file)
    )
}

/// Writes the recovery copy from the last complete state, for the panic
/// hook and the signal thread, and says what became of the work. `patience`
/// is how long to wait for the history to finish changing its copy of the
/// map: the signal thread waits a moment, the panic hook a little (the
/// code that panicked may hold it for good).
pub fn rescue(watch: &Watch, patience: Duration) -> Option<String> {
    if !watch.active {
        return None;
    }
    let file = watch.file.display().to_string();
    // A copy being written in the background holds older work: it is let
    // end first, and none is written after this one. It goes where the
    // latest copy went, which the scheduler may not have learnt yet: the
    // next start looks there first.
    let mut pen = watch.pen.seal(PEN_PATIENCE);
    let latest = pen.as_ref().and_then(|latest| latest.as_ref().cloned());
    let at = latest.as_ref().or(watch.recovery.as_ref());
    match (&watch.unsaved, at) {
        (Some(shadow), Some(at)) => Some(
            match shadow.read(patience, |map| {
                // The fallback folder when the usual place cannot be written.
                recovery::write(at, map)
                    .map(|()| at.clone())
                    .or_else(|err| match watch.fallback.as_ref().filter(|f| *f != at) {
                        Some(other) => recovery::write(other, map).map(|()| other.clone()),
                        None => Err(err),
                    })
            }) {
                Some(Ok(written)) => {
                    let note = kept_note(&file, &written, &crate::t!("farewell-yours"));
                    if let Some(latest) = pen.as_deref_mut() {
                        *latest = Some(written);
                    }
                    note
                }
                Some(Err(err)) => crate::t!(
                    "rescue-write-failed",
                    at = at.display().to_string(),
                    error = err.to_string(),
                    file = file.as_str()
                ),
                None => unreachable_note(),
            },
        ),
        (Some(_), None) => Some(crate::t!("rescue-no-folder-lost", file = file.as_str())),
        (None, Some(at)) if watch.undecided => {
            Some(kept_note(&file, at, &crate::t!("farewell-found-earlier")))
        }
        (None, _) => None,
    }
}

/// What the rescue says when the unsaved map was being changed when the app
/// stopped, so that it could not be written.
pub fn unreachable_note() -> String {
    crate::t!("rescue-unreachable")
}
