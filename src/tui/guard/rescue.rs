//! The terminal rescue: a panic hook and a thread for the fatal signals
//! that give the terminal back (raw mode off, main screen, cursor shown,
//! mouse capture and bracketed paste off), have the recovery scheduler's
//! [`rescue`] write the recovery copy, and say where it is.

use crate::t;
use std::io::{self, Write};
use std::sync::{Arc, Mutex, PoisonError, TryLockError};
use std::time::Duration;

use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{DisableBracketedPaste, DisableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{LeaveAlternateScreen, disable_raw_mode};

use crate::session::rescue::{Watch, rescue, unreachable_note};

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

/// How long the panic hook waits for the undo history's copy of the map:
/// longer than the collecting thread holds it (about a millisecond on a
/// large map), short enough not to be noticed when the code that panicked
/// holds it and it never comes free.
const COPY_PATIENCE: Duration = Duration::from_millis(50);

pub(super) fn install_panic_hook(shared: Arc<Mutex<Watch>>) {
    let previous = std::panic::take_hook();
    // Worded now, in the interface language: the hook looks nothing up.
    let stopped = t!("rescue-bug");
    std::panic::set_hook(Box::new(move |info| {
        let active = match shared.try_lock() {
            Ok(s) => s.active,
            Err(TryLockError::Poisoned(p)) => p.into_inner().active,
            Err(TryLockError::WouldBlock) => true,
        };
        // Held to the end: after a helper thread's panic the app's thread
        // would otherwise go on drawing over the restored terminal (the
        // lock is reentrant, so the app's own thread may hold it already).
        let mut out = io::stdout().lock();
        if active {
            restore_terminal(&mut out);
        }
        previous(info);
        // The state may be held by the code that panicked: never wait for
        // it. The undo history's copy of the map may also be held for a
        // moment by the thread that collects the finder's items (it copies
        // it): wait that long, no longer.
        let note = match shared.try_lock() {
            Ok(s) => rescue(&s, COPY_PATIENCE),
            Err(TryLockError::Poisoned(p)) => rescue(&p.into_inner(), COPY_PATIENCE),
            Err(TryLockError::WouldBlock) => Some(unreachable_note()),
        };
        if let Some(note) = note {
            // Not `eprintln!`: it panics when the terminal is gone.
            let _ = writeln!(io::stderr(), "\n{stopped}\n{note}");
        }
        // A helper thread (the finder's items, an item's history) panicked:
        // the terminal is restored and the work is rescued, so the app must
        // not go on drawing as if nothing happened. It ends as it would
        // after a panic of its own thread.
        if active && std::thread::current().name() != Some("main") {
            let _ = out.flush();
            std::process::exit(101);
        }
    }));
}

/// Starts the thread that handles SIGTERM, SIGHUP and SIGINT. `None` when
/// the handlers cannot be installed (the defaults then stay in force).
#[cfg(unix)]
pub(super) fn watch_signals(shared: Arc<Mutex<Watch>>) -> Option<signal_hook::iterator::Handle> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT]).ok()?;
    let handle = signals.handle();
    // Worded now, in the interface language: the thread looks nothing up
    // while the app may be stopped in the middle of anything.
    let names = [
        (SIGTERM, t!("rescue-signal", signal = "SIGTERM")),
        (SIGHUP, t!("rescue-signal-hup")),
        (SIGINT, t!("rescue-signal", signal = "SIGINT")),
    ];
    let nothing = t!("rescue-nothing-unsaved");
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
            let stopped = names
                .iter()
                .find(|(number, _)| *number == signal)
                .map_or("", |(_, text)| text.as_str());
            let note = rescue(&state, Duration::from_secs(1)).unwrap_or_else(|| nothing.clone());
            // After SIGHUP the terminal is gone: writing may fail, and must not panic.
            let _ = writeln!(io::stderr(), "\n{stopped}\n{note}");
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
