//! Keeps the user's work and terminal safe while a map is open: writes
//! recovery copies on a timer while there are unsaved changes, checks the
//! file for changes on disk before each save, and handles every way out that
//! is not a normal quit:
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

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError, TryLockError};
use std::time::{Duration, Instant};

use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{DisableBracketedPaste, DisableMouseCapture, Event};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{LeaveAlternateScreen, disable_raw_mode};

use super::app::{App, Effect, Message, Safety};
use super::disk::{self, Fingerprint, SaveNotes, SaveOutcome};
use crate::format::FileOps;
use crate::recovery::{self, Autosave, Found};
use crate::tui::history::Shadow;

/// What the panic hook and the signal thread need to rescue the work.
#[derive(Debug, Default)]
struct Shared {
    /// False once the app has ended normally: nothing to rescue any more.
    active: bool,
    /// The map's file and its recovery copy.
    file: PathBuf,
    recovery: Option<PathBuf>,
    /// Where else a copy may go when `recovery` cannot be written (the
    /// fallback folder).
    fallback: Option<PathBuf>,
    /// While the map has unsaved changes: the undo history's copy of it,
    /// never half changed, and equal to the map at the end of every update
    /// (`App::update` sees to it with
    /// [`History::catch_up`](crate::tui::history::History::catch_up)).
    unsaved: Option<Shadow>,
    /// A recovery copy found at start is waiting for the user's answer.
    undecided: bool,
}

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

/// What [`Guard::track`] last saw of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Tracked {
    version: u64,
    dirty: bool,
    path: PathBuf,
    undecided: bool,
}

/// The safety net around one open map.
pub struct Guard {
    shared: Arc<Mutex<Shared>>,
    autosave: Autosave,
    /// The file as cjm last loaded or saved it; `None` when the file on disk
    /// already differed from the map when the app started.
    on_disk: Option<Fingerprint>,
    /// The recovery copy may exist and is ours to remove once the map is clean.
    copy: bool,
    /// The app's state as last handed to `shared`.
    tracked: Option<Tracked>,
    /// The hook asked before every step of a write: the real file system,
    /// or faults injected by tests.
    ops: Arc<dyn FileOps>,
    /// Where this map's recovery copy goes: the data folder, and the
    /// fallback folder when the data folder cannot be written.
    places: [Option<PathBuf>; 2],
    /// The fingerprint of the changed file the user was last shown: an
    /// overwrite they confirm replaces that version only.
    seen: Option<Fingerprint>,
    /// A note for the status bar after the next save's message.
    note: Option<String>,
    /// This cjm owns the map (see [`recovery::Lock`]); `None` when another
    /// one does, or no data folder is known.
    lock: Option<recovery::Lock>,
    /// Started by [`Guard::start`]: locks and recovery copies follow the
    /// map's path in the data folder.
    claims: bool,
    #[cfg(unix)]
    signals: Option<signal_hook::iterator::Handle>,
    #[cfg(debug_assertions)]
    test_panic: bool,
}

impl Guard {
    /// Starts guarding `app`: remembers the file's fingerprint, offers a
    /// recovery copy found for it, and installs the panic hook and the
    /// signal handlers.
    pub fn start(app: &mut App, interval: Duration) -> Guard {
        let (lock, holder) = claim(&app.path);
        let places = places_for(&app.path, holder.is_some());
        let mut guard = Guard::new(app, interval, Arc::new(crate::format::Real), places);
        guard.lock = lock;
        guard.claims = true;
        if let Some(holder) = holder {
            app.opened_elsewhere(holder.pid, holder.since_label());
        }
        install_panic_hook(Arc::clone(&guard.shared));
        #[cfg(unix)]
        {
            guard.signals = watch_signals(Arc::clone(&guard.shared));
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
        // The fingerprint of the file as it is now, if it still holds the
        // map that was loaded (cjm writes canonical files, so comparing with
        // the canonical text usually spares parsing it again). The canonical
        // text is let go before the file is read: with a large map, each is
        // megabytes.
        let canonical = Fingerprint::of(crate::format::to_toml(&app.map).as_bytes());
        let on_disk = crate::format::read_file(&app.path, crate::format::max_file_bytes())
            .ok()
            .and_then(|bytes| {
                let same = Fingerprint::of(&bytes) == canonical
                    || std::str::from_utf8(&bytes)
                        .ok()
                        .and_then(|text| crate::format::parse(text).ok())
                        .is_some_and(|map| map == app.map);
                same.then(|| Fingerprint::of(&bytes))
            });
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
                    app.status = format!(
                        "A recovery copy of this map cannot be read ({reason}); it is left at {}",
                        recovery.display()
                    );
                }
            }
            recovery = Some(at.clone());
            break;
        }
        let recovery = recovery.or_else(|| places[1].clone());
        let shared = Arc::new(Mutex::new(Shared {
            active: true,
            file: app.path.clone(),
            recovery,
            fallback: places[1].clone(),
            unsaved: None,
            undecided: app.recovery_undecided(),
        }));
        let mut guard = Guard {
            #[cfg(unix)]
            signals: None,
            shared,
            autosave: Autosave::new(interval),
            on_disk,
            copy,
            tracked: None,
            ops,
            places,
            seen: None,
            note: None,
            lock: None,
            claims: false,
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
        if self.tracked.as_ref() == Some(&state) {
            return;
        }
        let moved = self.tracked.as_ref().is_some_and(|t| t.path != state.path);
        let (dirty, undecided) = (state.dirty, state.undecided);
        self.tracked = Some(state);
        let mut shared = lock(&self.shared);
        if moved {
            // Saved as another file: the old copy's work is in that file now.
            if let Some(old) = shared.recovery.take() {
                let _ = recovery::remove(&old);
            }
            shared.file = app.path.clone();
            // The new file is claimed; the old one's lock is let go. (A
            // guard made by `new` keeps the places it was given.)
            if self.claims {
                let (lock, holder) = claim(&app.path);
                self.lock = lock;
                self.places = places_for(&app.path, holder.is_some());
            }
            shared.recovery = self.places[0].clone().or_else(|| self.places[1].clone());
            shared.fallback = self.places[1].clone();
            self.copy = false;
            self.autosave.forget();
        }
        // The history's copy, not one of the guard's own: a second copy of
        // a large map, kept up to date at every key, is noticeable.
        shared.unsaved = dirty.then(|| app.history.shadow());
        shared.undecided = undecided;
        if !dirty && !undecided && self.copy {
            if let Some(at) = &shared.recovery {
                let _ = recovery::remove(at);
            }
            self.copy = false;
            self.autosave.forget();
        }
    }

    /// How long the event loop may wait before a recovery copy is due;
    /// `None` when nothing needs writing.
    pub fn due_in(&self, app: &App) -> Option<Duration> {
        let dirty = app.history.is_dirty() && !app.recovery_undecided();
        self.autosave
            .due_in(Instant::now(), app.history.version(), dirty)
    }

    /// Writes the recovery copy if one is due.
    pub fn autosave(&mut self, app: &mut App) {
        if self.due_in(app) == Some(Duration::ZERO) {
            self.write_copy(app);
        }
    }

    /// Writes the recovery copy now, if there are unsaved changes it does
    /// not hold yet, or if the last attempt failed.
    pub fn write_now(&mut self, app: &mut App) {
        let retry = app.safety.is_lost() && app.history.is_dirty() && !app.recovery_undecided();
        if retry || self.due_in(app).is_some() {
            self.write_copy(app);
        }
    }

    /// Writes the recovery copy of the map now: in the data folder, or, when
    /// that fails, in the fallback folder; the app learns where, or that
    /// neither could be written.
    fn write_copy(&mut self, app: &mut App) {
        self.autosave.wrote(app.history.version(), Instant::now());
        let mut reasons = Vec::new();
        for (i, at) in self.places.clone().into_iter().enumerate() {
            let Some(at) = at else { continue };
            match recovery::write_with(self.ops.as_ref(), &at, &app.map) {
                Ok(()) => {
                    let old = lock(&self.shared).recovery.replace(at.clone());
                    // A copy left at the other place holds older work.
                    if self.copy
                        && let Some(old) = old.filter(|old| *old != at)
                    {
                        let _ = recovery::remove(&old);
                    }
                    self.copy = true;
                    app.set_safety(Safety::Copy {
                        at,
                        fallback: i == 1,
                    });
                    return;
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
            "no data folder is known (is HOME set?)".to_owned()
        } else {
            reasons.join("; ")
        };
        app.set_safety(Safety::Lost {
            why,
            discard_asked: false,
        });
    }

    /// Adds what the last save found out besides its outcome (the file
    /// could not keep its owner) to the status bar. Call it after the
    /// save's message was handled.
    pub fn tell(&mut self, app: &mut App) {
        if let Some(note) = self.note.take() {
            app.status = format!("{}. Note: {note}", app.status.trim_end_matches('.'));
        }
    }

    /// Runs a file effect and returns the message with its outcome.
    pub fn run(&mut self, effect: Effect, app: &mut App) -> Option<Message> {
        match effect {
            Effect::Save { path, text } => {
                // Another path, or a file that already differed at start, is
                // never written over without the user seeing what is there.
                let known = if path == app.path { self.on_disk } else { None };
                let mut notes = SaveNotes::default();
                let outcome =
                    disk::save_checked_with(self.ops.as_ref(), &path, &text, known, &mut notes);
                Some(self.outcome(outcome, notes, app, Message::Saved))
            }
            Effect::SaveTo {
                path,
                text,
                replace,
            } => {
                // "Save as" into a folder saves a file of the map's name there.
                let path = match (path.is_dir(), app.path.file_name()) {
                    (true, Some(name)) => path.join(name),
                    _ => path,
                };
                let mut notes = SaveNotes::default();
                let outcome = if replace {
                    // An overwrite the user confirmed replaces the version
                    // they were shown, not one that came after it.
                    let seen = self.seen.take();
                    disk::save_checked_with(self.ops.as_ref(), &path, &text, seen, &mut notes)
                } else {
                    disk::save_unchecked_with(self.ops.as_ref(), &path, &text, false, &mut notes)
                };
                Some(self.outcome(outcome, notes, app, |result| Message::SavedTo(path, result)))
            }
            Effect::Reload => Some(Message::Reloaded(match disk::reload(&app.path) {
                Ok((map, fingerprint)) => {
                    self.on_disk = Some(fingerprint);
                    Ok(Box::new(map))
                }
                Err(err) => Err(err),
            })),
            Effect::ReadForMerge => Some(Message::ReadForMerge(
                disk::reload(&app.path).map(|(map, fingerprint)| (Box::new(map), fingerprint)),
            )),
            Effect::Adopt(fingerprint) => {
                self.on_disk = Some(fingerprint);
                None
            }
            Effect::DiscardRecovery => {
                if let Some(at) = lock(&self.shared).recovery.clone()
                    && let Err(err) = recovery::remove(&at)
                {
                    app.status =
                        format!("Could not remove the recovery copy {}: {err}", at.display());
                }
                self.copy = false;
                self.autosave.forget();
                None
            }
            Effect::Quit | Effect::Remember => None,
        }
    }

    /// The message for a save's outcome; a failed save writes the recovery
    /// copy at once, so the work is safe while the user finds a way to save.
    fn outcome(
        &mut self,
        outcome: SaveOutcome,
        notes: SaveNotes,
        app: &mut App,
        message: impl FnOnce(Result<(), String>) -> Message,
    ) -> Message {
        match outcome {
            SaveOutcome::Saved(fingerprint) => {
                self.on_disk = Some(fingerprint);
                self.note = notes.owner;
                message(Ok(()))
            }
            SaveOutcome::Changed(change) => {
                self.seen = notes.seen;
                self.write_copy(app);
                Message::DiskChanged(change)
            }
            SaveOutcome::Failed(why) => {
                self.write_copy(app);
                message(Err(why))
            }
        }
    }

    /// The debug-build hook for tests: with `CJM_TEST_PANIC=1` in the
    /// environment, F12 panics, so a test can check what a crash leaves
    /// behind. Release builds compile this to nothing.
    pub fn test_panic(&self, event: &Event) {
        #[cfg(debug_assertions)]
        if self.test_panic
            && let Event::Key(key) = event
            && super::keymap::Press::of(*key) == super::keymap::Press::F(12)
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
            lock(&self.shared)
                .recovery
                .as_ref()
                .map(|at| kept_note(&file, at, "The unsaved changes found earlier are still"))
        } else if app.history.is_dirty() {
            self.write_copy(app);
            match &app.safety {
                Safety::Copy { at, .. } => Some(kept_note(&file, at, "Your unsaved changes are")),
                Safety::Lost { why, .. } => {
                    LOST.store(true, std::sync::atomic::Ordering::SeqCst);
                    let how = if app.discarded {
                        "were discarded as you asked"
                    } else {
                        "could not be kept"
                    };
                    Some(format!(
                        "cjm: your unsaved changes to {file} {how}: neither the file nor a recovery copy could be written ({why})"
                    ))
                }
                Safety::Unknown => None,
            }
        } else {
            self.remove_copy();
            None
        };
        if let Some(note) = note {
            *FAREWELL.lock().unwrap_or_else(PoisonError::into_inner) = Some(note);
        }
    }

    /// Removes the recovery copy, if it is ours to remove.
    fn remove_copy(&mut self) {
        if self.copy
            && let Some(at) = lock(&self.shared).recovery.clone()
        {
            let _ = recovery::remove(&at);
        }
        self.copy = false;
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        let mut shared = lock(&self.shared);
        shared.active = false;
        shared.unsaved = None;
        drop(shared);
        #[cfg(unix)]
        if let Some(signals) = self.signals.take() {
            signals.close();
        }
    }
}

/// Claims the map at `path` for this cjm: the lock, or who else has it.
fn claim(path: &Path) -> (Option<recovery::Lock>, Option<recovery::Holder>) {
    match recovery::lock_path_for(path).map(|at| recovery::claim(&at)) {
        Some(Ok(recovery::Claim::Mine(lock))) => (Some(lock), None),
        Some(Ok(recovery::Claim::Held(holder))) => (None, Some(holder)),
        // No data folder, or it cannot be written: nothing to share a copy in.
        _ => (None, None),
    }
}

/// Where the recovery copies of the map at `path` go: the shared names, or
/// this process's own when another cjm owns the map.
fn places_for(path: &Path, shared: bool) -> [Option<PathBuf>; 2] {
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

fn lock(shared: &Mutex<Shared>) -> std::sync::MutexGuard<'_, Shared> {
    shared.lock().unwrap_or_else(PoisonError::into_inner)
}

/// "Your unsaved changes are in X; run `cjm FILE` and choose restore."
fn kept_note(file: &str, at: &Path, what: &str) -> String {
    // Printed on the restored terminal: the names are made safe to print.
    format!(
        "cjm: {what} kept in a recovery copy:\n  {}\nTo get them back, run `cjm {}` again and choose “restore”.",
        crate::text::path(at),
        crate::text::clean(file)
    )
}

/// Writes the recovery copy from the last complete state, for the panic
/// hook and the signal thread, and says what became of the work. `patience`
/// is how long to wait for the history to finish changing its copy of the
/// map: the signal thread waits a moment, the panic hook not at all (the
/// code that panicked may hold it).
fn rescue(shared: &Shared, patience: Duration) -> Option<String> {
    if !shared.active {
        return None;
    }
    let file = shared.file.display().to_string();
    let at = shared.recovery.as_ref();
    match (&shared.unsaved, at) {
        (Some(shadow), Some(at)) => Some(
            match shadow.read(patience, |map| {
                // The fallback folder when the usual place cannot be written.
                recovery::write(at, map)
                    .map(|()| at.clone())
                    .or_else(|err| match shared.fallback.as_ref().filter(|f| *f != at) {
                        Some(other) => recovery::write(other, map).map(|()| other.clone()),
                        None => Err(err),
                    })
            }) {
                Some(Ok(written)) => kept_note(&file, &written, "Your unsaved changes are"),
                Some(Err(err)) => format!(
                    "cjm: could not write the recovery copy {} ({err}); the unsaved changes to {file} are lost",
                    at.display()
                ),
                None => UNREACHABLE.to_owned(),
            },
        ),
        (Some(_), None) => Some(format!(
            "cjm: no data folder is known (is HOME set?), so the unsaved changes to {file} could not be kept"
        )),
        (None, Some(at)) if shared.undecided => Some(kept_note(
            &file,
            at,
            "The unsaved changes found earlier are still",
        )),
        (None, _) => None,
    }
}

/// What the rescue says when the unsaved map was being changed when the app
/// stopped, so that it could not be written.
const UNREACHABLE: &str = "cjm: the unsaved changes could not be reached; a recovery copy is written every few seconds while there are unsaved changes, and the latest, if any, is in the data folder";

/// Gives the terminal back: everything cjm turned on is turned off. Errors
/// are ignored: on a closed terminal there is nobody to tell.
pub fn restore_terminal(out: &mut impl Write) {
    let _ = execute!(
        out,
        DisableMouseCapture,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        Show
    );
    let _ = disable_raw_mode();
}

fn install_panic_hook(shared: Arc<Mutex<Shared>>) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let active = match shared.try_lock() {
            Ok(s) => s.active,
            Err(TryLockError::Poisoned(p)) => p.into_inner().active,
            Err(TryLockError::WouldBlock) => true,
        };
        if active {
            restore_terminal(&mut io::stdout());
        }
        previous(info);
        // The state may be held by the code that panicked: never wait for it.
        let note = match shared.try_lock() {
            Ok(s) => rescue(&s, Duration::ZERO),
            Err(TryLockError::Poisoned(p)) => rescue(&p.into_inner(), Duration::ZERO),
            Err(TryLockError::WouldBlock) => Some(UNREACHABLE.to_owned()),
        };
        if let Some(note) = note {
            // Not `eprintln!`: it panics when the terminal is gone.
            let _ = writeln!(
                io::stderr(),
                "\ncjm stopped because of a bug (the message above).\n{note}"
            );
        }
    }));
}

/// Starts the thread that handles SIGTERM, SIGHUP and SIGINT. `None` when
/// the handlers cannot be installed (the defaults then stay in force).
#[cfg(unix)]
fn watch_signals(shared: Arc<Mutex<Shared>>) -> Option<signal_hook::iterator::Handle> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT]).ok()?;
    let handle = signals.handle();
    let spawned = std::thread::Builder::new()
        .name("cjm-signals".to_owned())
        .spawn(move || {
            let Some(signal) = signals.forever().next() else {
                return;
            };
            // Holding stdout stops the app from drawing over the restored
            // terminal; the process ends while it is held.
            let mut out = io::stdout().lock();
            let state = shared.lock().unwrap_or_else(PoisonError::into_inner);
            if !state.active {
                drop(state);
                drop(out);
                signal_hook::low_level::emulate_default_handler(signal).ok();
                std::process::exit(128 + signal);
            }
            restore_terminal(&mut out);
            let name = match signal {
                SIGTERM => "SIGTERM",
                SIGHUP => "SIGHUP (the terminal was closed)",
                _ => "SIGINT",
            };
            let note = rescue(&state, Duration::from_secs(1))
                .unwrap_or_else(|| "There were no unsaved changes.".to_owned());
            // After SIGHUP the terminal is gone: writing may fail, and must not panic.
            let _ = writeln!(io::stderr(), "\ncjm was stopped by {name}.\n{note}");
            std::process::exit(128 + signal);
        });
    match spawned {
        Ok(_) => Some(handle),
        Err(_) => {
            handle.close();
            None
        }
    }
}
