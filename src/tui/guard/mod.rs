//! Keeps the user's work and terminal safe while a map is open. The
//! [`Guard`] puts together three parts, each owning one thing:
//!
//! - [`effects`]: runs the app's file effects (save, save as, reload, read
//!   for a merge, discard the recovery copy), checking the file for
//!   changes on disk before each save, and returns their messages;
//! - the recovery scheduler ([`crate::session::rescue`], terminal-free, in
//!   the core): when recovery copies are due, where they are written, when
//!   they are removed;
//! - [`rescue`]: the terminal rescue, for every way out that is not a
//!   normal quit (below).
//!
//! The ways out that are not a normal quit:
//!
//! - a panic gives the terminal back (raw mode off, main screen, cursor
//!   shown, mouse capture and bracketed paste off), writes the recovery copy
//!   and says where it is and how to get the work back;
//! - SIGTERM, SIGHUP (the terminal was closed) and SIGINT do the same,
//!   without a panic message, and exit with 128 + the signal's number.
//!
//! Ctrl-C in the app is not a signal: raw mode turns the terminal's own
//! handling off and delivers it as a key, which the keymap binds to quit (so
//! it asks first when there are unsaved changes). A SIGINT sent from outside
//! (`kill -INT`) is handled like SIGTERM.
//!
//! For tests, a debug build started with `CJM_TEST_PANIC=1` panics on F12
//! (see [`Guard::test_panic`]); release builds have no such hook.

pub mod effects;
pub mod rescue;

use crate::t;
use crate::tui::status::Notice;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use ratatui::crossterm::event::Event;

pub use self::rescue::restore_terminal;
use super::app::{App, Safety};
use super::disk::Fingerprint;
use crate::format::FileOps;
use crate::recovery::{self, Found};
use crate::session::rescue::{self as schedule, Scheduler, Tracked, Written, kept_note};

/// A message printed after the terminal is given back, when the app ended
/// with work in a recovery copy.
static FAREWELL: Mutex<Option<String>> = Mutex::new(None);

/// Set when the app ended with unsaved changes that could not be kept
/// (the user discarded them, or no copy could be written): the process
/// then exits with an error code.
static LOST: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// True when the app ended with unsaved changes that were not kept.
pub fn work_lost() -> bool {
    LOST.load(std::sync::atomic::Ordering::SeqCst)
}

/// The message to print once the terminal is restored, if any.
pub fn farewell() -> Option<String> {
    FAREWELL
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .take()
}

/// The safety net around one open map.
pub struct Guard {
    /// When recovery copies are written and removed.
    scheduler: Scheduler,
    /// The file as cjm last loaded or saved it; `None` when the file on disk
    /// already differed from the map when the app started.
    on_disk: Option<Fingerprint>,
    /// The hook asked before every step of a write: the real file system,
    /// or faults injected by tests.
    ops: Arc<dyn FileOps>,
    /// The fingerprint of the changed file the user was last shown: an
    /// overwrite they confirm replaces that version only.
    seen: Option<Fingerprint>,
    /// A note for the status bar after the next save's message.
    note: Option<String>,
    #[cfg(unix)]
    signals: Option<signal_hook::iterator::Handle>,
    #[cfg(debug_assertions)]
    test_panic: bool,
}

/// The fingerprint of the file as it is now, if it still holds the map of
/// `app` (for an app whose map was not read by the runtime, as in tests).
/// cjm writes canonical files, so comparing with the canonical text usually
/// spares parsing the file again; the canonical text is let go before the
/// file is read: with a large map, each is megabytes.
fn on_disk_now(app: &App) -> Option<Fingerprint> {
    let canonical = Fingerprint::of(crate::format::to_toml(&app.map).as_bytes());
    let bytes = crate::format::read_file(&app.path, crate::format::max_file_bytes()).ok()?;
    let now = Fingerprint::of(&bytes);
    let same = now == canonical
        || std::str::from_utf8(&bytes)
            .ok()
            .and_then(|text| crate::format::parse(text).ok())
            .is_some_and(|map| map == app.map);
    same.then_some(now)
}

impl Guard {
    /// Starts guarding `app`: remembers the file's fingerprint, offers a
    /// recovery copy found for it, and installs the panic hook and the
    /// signal handlers.
    pub fn start(app: &mut App, interval: Duration) -> Guard {
        let (lock, holder) = schedule::claim(&app.path);
        let places = schedule::places_for(&app.path, holder.is_some());
        let mut guard = Guard::new(app, interval, Arc::new(crate::format::Real), places);
        guard.scheduler.claiming(lock);
        if let Some(holder) = holder {
            app.opened_elsewhere(holder.pid, holder.since_label());
        }
        rescue::install_panic_hook(guard.scheduler.watch());
        #[cfg(unix)]
        {
            guard.signals = rescue::watch_signals(guard.scheduler.watch());
        }
        guard
    }

    /// A guard without the panic hook and the signal handlers, writing
    /// through `ops` to the recovery copies at `places` (the data folder's,
    /// then the fallback): for tests, which inject faults and must not
    /// change the process's hooks.
    pub fn new(
        app: &mut App,
        interval: Duration,
        ops: Arc<dyn FileOps>,
        places: [Option<PathBuf>; 2],
    ) -> Guard {
        // The fingerprint of the bytes the map was read from, when the
        // runtime read them: a save checks the file against it, so a change
        // made since (even in the moment before this) is noticed then.
        let on_disk = app.loaded.or_else(|| on_disk_now(app));
        // A copy in the data folder first, else one in the fallback folder,
        // else one that a killed second cjm on this map left behind.
        let mut recovery = places[0].clone();
        let mut copy = false;
        let orphans = places
            .iter()
            .flatten()
            .flat_map(|at| recovery::orphans(&recovery::shared_copy(at)));
        let candidates: Vec<PathBuf> = places.iter().flatten().cloned().chain(orphans).collect();
        for at in &candidates {
            match recovery::find_at(at, &app.path, &app.map) {
                Found::Nothing | Found::Same => continue,
                Found::Offer(offer) => {
                    copy = true;
                    app.offer_recovery(*offer);
                }
                Found::Unreadable { recovery, reason } => {
                    app.say(Notice::RecoveryUnreadable { reason, recovery });
                }
            }
            recovery = Some(at.clone());
            break;
        }
        let scheduler = Scheduler::new(
            app.path.clone(),
            interval,
            Arc::clone(&ops),
            places,
            recovery,
            copy,
            app.recovery_undecided(),
        );
        let mut guard = Guard {
            #[cfg(unix)]
            signals: None,
            scheduler,
            on_disk,
            ops,
            seen: None,
            note: None,
            #[cfg(debug_assertions)]
            test_panic: std::env::var_os("CJM_TEST_PANIC").is_some_and(|v| v == "1"),
        };
        guard.track(app);
        guard
    }

    /// Hands the app's current state to the panic hook and signal thread,
    /// and removes the recovery copy once the map is clean. Call it after
    /// every update.
    pub fn track(&mut self, app: &App) {
        let state = Tracked {
            version: app.history.version(),
            dirty: app.history.is_dirty(),
            path: app.path.clone(),
            undecided: app.recovery_undecided(),
        };
        self.scheduler.track(state, || app.history.shadow());
    }

    /// Records that input came: a due recovery copy waits for a pause.
    pub fn input(&mut self) {
        self.scheduler.input();
    }

    /// How long the event loop may wait before a recovery copy is due;
    /// `None` when nothing needs writing.
    pub fn due_in(&self, app: &App) -> Option<Duration> {
        let dirty = app.history.is_dirty() && !app.recovery_undecided();
        self.scheduler.due_in(app.history.version(), dirty)
    }

    /// Starts writing the recovery copy in the background if one is due,
    /// and tells the app where the last one went once it is written: true
    /// then (the screen may show it).
    pub fn autosave(&mut self, app: &mut App) -> bool {
        let told = self.collect(app);
        if self.due_in(app) == Some(Duration::ZERO) {
            self.scheduler.start_write(&app.map, app.history.version());
        }
        told
    }

    /// Tells the app where the copy written in the background went, once
    /// it is written (true then). The event loop calls it before each
    /// frame. A copy that ended after the map became clean (a save, an
    /// undo back to the file) has nothing to tell: the work is in the file.
    pub fn collect(&mut self, app: &mut App) -> bool {
        match self.scheduler.collect() {
            Some(written) if app.history.is_dirty() => {
                app.set_safety(safety_of(written));
                true
            }
            _ => false,
        }
    }

    /// Whether a recovery copy is being written in the background.
    pub fn is_writing(&self) -> bool {
        self.scheduler.is_writing()
    }

    /// Writes the recovery copy now, on this thread, if there are unsaved
    /// changes it does not hold yet, or if the last attempt failed. A copy
    /// being written in the background is waited for first.
    pub fn write_now(&mut self, app: &mut App) {
        if self.scheduler.is_writing() {
            self.scheduler.wait_for_copy();
            self.collect(app);
        }
        let retry = app.safety.is_lost() && app.history.is_dirty() && !app.recovery_undecided();
        if retry || self.due_in(app).is_some() {
            self.write_copy(app);
        }
    }

    /// Writes the recovery copy of the map now: in the data folder, or, when
    /// that fails, in the fallback folder; the app learns where, or that
    /// neither could be written.
    fn write_copy(&mut self, app: &mut App) {
        let written = self.scheduler.write(&app.map, app.history.version());
        app.set_safety(safety_of(written));
    }

    /// The debug-build hook for tests: with `CJM_TEST_PANIC=1` in the
    /// environment, F12 panics, so a test can check what a crash leaves
    /// behind. Release builds compile this to nothing.
    pub fn test_panic(&self, event: &Event) {
        #[cfg(debug_assertions)]
        if self.test_panic
            && let Event::Key(key) = event
            && crate::tui::keymap::Press::of(*key) == crate::tui::keymap::Press::F(12)
        {
            panic!("CJM_TEST_PANIC: a deliberate panic for tests");
        }
        #[cfg(not(debug_assertions))]
        let _ = event;
    }

    /// Ends guarding after the app stopped (quit, or an error from the
    /// terminal): unsaved work goes to the recovery copy and the farewell
    /// says where; a clean map leaves no copy behind.
    pub fn finish(mut self, app: &mut App) {
        let file = app.path.display().to_string();
        let note = if app.recovery_undecided() {
            self.scheduler
                .recovery()
                .map(|at| kept_note(&file, &at, &t!("farewell-found-earlier")))
        } else if app.history.is_dirty() {
            self.write_copy(app);
            match &app.safety {
                Safety::Copy { at, .. } => Some(kept_note(&file, at, &t!("farewell-yours"))),
                Safety::Lost { why, .. } => {
                    LOST.store(true, std::sync::atomic::Ordering::SeqCst);
                    Some(t!(
                        "farewell-lost",
                        file = file.as_str(),
                        discarded = if app.discarded { "yes" } else { "no" },
                        why = why
                    ))
                }
                Safety::Unknown => None,
            }
        } else {
            self.scheduler.remove_copy();
            None
        };
        if let Some(note) = note {
            *FAREWELL.lock().unwrap_or_else(PoisonError::into_inner) = Some(note);
        }
    }
}

/// What the app is told about a copy's outcome.
fn safety_of(written: Written) -> Safety {
    match written {
        Written::Copy { at, fallback } => Safety::Copy { at, fallback },
        Written::Lost { why } => Safety::Lost {
            why,
            discard_asked: false,
        },
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        self.scheduler.end();
        #[cfg(unix)]
        if let Some(signals) = self.signals.take() {
            signals.close();
        }
    }
}
