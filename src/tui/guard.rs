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

use super::app::{App, Effect, Message};
use super::disk::{self, Fingerprint, SaveOutcome};
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
        let recovery = recovery::path_for(&app.path);
        let mut copy = false;
        if let Some(at) = &recovery {
            match recovery::find_at(at, &app.path, &app.map) {
                Found::Nothing | Found::Same => {}
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
        }
        let shared = Arc::new(Mutex::new(Shared {
            active: true,
            file: app.path.clone(),
            recovery,
            unsaved: None,
            undecided: app.recovery_undecided(),
        }));
        install_panic_hook(Arc::clone(&shared));
        let mut guard = Guard {
            #[cfg(unix)]
            signals: watch_signals(Arc::clone(&shared)),
            shared,
            autosave: Autosave::new(interval),
            on_disk,
            copy,
            tracked: None,
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
            shared.recovery = recovery::path_for(&app.path);
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
    /// not hold yet.
    pub fn write_now(&mut self, app: &mut App) {
        if self.due_in(app).is_some() {
            self.write_copy(app);
        }
    }

    /// Writes the recovery copy of the map now.
    fn write_copy(&mut self, app: &mut App) {
        self.autosave.wrote(app.history.version(), Instant::now());
        let Some(at) = lock(&self.shared).recovery.clone() else {
            return;
        };
        match recovery::write(&at, &app.map) {
            Ok(()) => self.copy = true,
            Err(err) => {
                // The runtime's only note to the user outside `update`: the
                // next message replaces it.
                app.status = format!(
                    "Could not write the recovery copy ({}); save soon",
                    disk::describe(&err, &at)
                );
            }
        }
    }

    /// Runs a file effect and returns the message with its outcome.
    pub fn run(&mut self, effect: Effect, app: &mut App) -> Option<Message> {
        match effect {
            Effect::Save { path, text } => {
                // Another path, or a file that already differed at start, is
                // never written over without the user seeing what is there.
                let known = if path == app.path { self.on_disk } else { None };
                let outcome = disk::save_checked(&path, &text, known);
                Some(self.outcome(outcome, app, Message::Saved))
            }
            Effect::SaveTo {
                path,
                text,
                replace,
            } => {
                let outcome = disk::save_unchecked(&path, &text, replace);
                Some(self.outcome(outcome, app, |result| Message::SavedTo(path, result)))
            }
            Effect::Reload => Some(Message::Reloaded(match disk::reload(&app.path) {
                Ok((map, fingerprint)) => {
                    self.on_disk = Some(fingerprint);
                    Ok(Box::new(map))
                }
                Err(err) => Err(err),
            })),
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
        app: &mut App,
        message: impl FnOnce(Result<(), String>) -> Message,
    ) -> Message {
        match outcome {
            SaveOutcome::Saved(fingerprint) => {
                self.on_disk = Some(fingerprint);
                message(Ok(()))
            }
            SaveOutcome::Changed(change) => {
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
            && key.code == ratatui::crossterm::event::KeyCode::F(12)
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
            let at = lock(&self.shared).recovery.clone();
            match at {
                Some(at) if self.copy => Some(kept_note(&file, &at, "Your unsaved changes are")),
                _ => Some(format!(
                    "cjm: your unsaved changes to {file} could not be kept: {}",
                    app.status
                )),
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
            match shadow.read(patience, |map| recovery::write(at, map)) {
                Some(Ok(())) => kept_note(&file, at, "Your unsaved changes are"),
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
