//! The recovery scheduler: when a recovery copy of the unsaved map is
//! due, where it is written (the data folder, else the fallback folder),
//! when it is removed again, and what the last-resort rescue writes when
//! the app stops abnormally. Terminal-free: the app's guard runs it, and
//! its terminal rescue (panic hook, fatal signals) calls [`rescue`] on the
//! [`Watch`] shared with it.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
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

/// The recovery copies of one open map.
pub struct Scheduler {
    watch: Arc<Mutex<Watch>>,
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
        let watch = Arc::new(Mutex::new(Watch {
            active: true,
            file,
            recovery,
            fallback: places[1].clone(),
            unsaved: None,
            undecided,
        }));
        Scheduler {
            watch,
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
    pub fn due_in(&self, version: u64, dirty: bool) -> Option<Duration> {
        self.autosave.due_in(Instant::now(), version, dirty)
    }

    /// Writes the recovery copy of `map` (at `version`) now: in the data
    /// folder, or, when that fails, in the fallback folder.
    pub fn write(&mut self, map: &crate::model::Map, version: u64) -> Written {
        self.autosave.wrote(version, Instant::now());
        let mut reasons = Vec::new();
        for (i, at) in self.places.clone().into_iter().enumerate() {
            let Some(at) = at else { continue };
            match recovery::write_with(self.ops.as_ref(), &at, map) {
                Ok(()) => {
                    let old = lock(&self.watch).recovery.replace(at.clone());
                    // A copy left at the other place holds older work.
                    if self.copy
                        && let Some(old) = old.filter(|old| *old != at)
                    {
                        let _ = recovery::remove(&old);
                    }
                    self.copy = true;
                    return Written::Copy {
                        at,
                        fallback: i == 1,
                    };
                }
                Err(err) => {
                    let why = disk::describe(&err, &at);
                    if !reasons.contains(&why) {
                        reasons.push(why);
                    }
                }
            }
        }
        let why = if reasons.is_empty() {
            crate::t!("rescue-no-data-folder")
        } else {
            reasons.join("; ")
        };
        Written::Lost { why }
    }

    /// The recovery copy's path, written or to be written.
    pub fn recovery(&self) -> Option<PathBuf> {
        lock(&self.watch).recovery.clone()
    }

    /// Removes the recovery copy on the user's word (it was discarded):
    /// the path and the error when it could not be removed.
    pub fn discard(&mut self) -> Result<(), (PathBuf, std::io::Error)> {
        let result = match self.recovery() {
            Some(at) => recovery::remove(&at).map_err(|err| (at, err)),
            None => Ok(()),
        };
        self.copy = false;
        self.autosave.forget(Instant::now());
        result
    }

    /// Removes the recovery copy, if it is ours to remove.
    pub fn remove_copy(&mut self) {
        if self.copy
            && let Some(at) = self.recovery()
        {
            let _ = recovery::remove(&at);
        }
        self.copy = false;
    }
}

impl Scheduler {
    /// Ends the watch: the app ended normally, nothing is left to rescue.
    pub fn end(&mut self) {
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
    let at = watch.recovery.as_ref();
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
                Some(Ok(written)) => kept_note(&file, &written, &crate::t!("farewell-yours")),
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
