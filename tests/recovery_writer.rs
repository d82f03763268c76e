//! Recovery copies are written on a thread of their own, so a key pressed
//! while one is written is not kept waiting; and that thread never brings a
//! copy back that should be gone: a save waits for the copy being written
//! before it removes it, and the rescue (a crash, a fatal signal) writes
//! the last copy, after the one being written.

mod common;

use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use cjm::format::{FileOps, Step, load_file};
use cjm::session::history::History;
use cjm::session::rescue::{Scheduler, Tracked, Written, lock, rescue};
use cjm::tui::app::{App, Message, Safety};
use cjm::tui::guard::Guard;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use common::TestResult;

/// A [`FileOps`] hook that stops the first write under a folder just
/// before its rename, until the test opens it.
struct Gate {
    under: PathBuf,
    armed: AtomicBool,
    /// (reached, open)
    state: Mutex<(bool, bool)>,
    turn: Condvar,
}

impl Gate {
    fn new(under: &Path) -> Arc<Gate> {
        Arc::new(Gate {
            under: under.to_owned(),
            armed: AtomicBool::new(true),
            state: Mutex::new((false, false)),
            turn: Condvar::new(),
        })
    }

    /// Waits until a write stands at the gate.
    fn wait_reached(&self) -> TestResult {
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut state = self.state.lock().map_err(|_| "gate poisoned")?;
        while !state.0 {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err("no write came to the gate".into());
            }
            state = self
                .turn
                .wait_timeout(state, left)
                .map_err(|_| "gate poisoned")?
                .0;
        }
        Ok(())
    }

    fn open(&self) {
        if let Ok(mut state) = self.state.lock() {
            state.1 = true;
            self.turn.notify_all();
        }
    }

    /// Opens the gate after `delay`, on another thread.
    fn open_after(self: &Arc<Self>, delay: Duration) -> std::thread::JoinHandle<()> {
        let gate = Arc::clone(self);
        std::thread::spawn(move || {
            std::thread::sleep(delay);
            gate.open();
        })
    }
}

impl FileOps for Gate {
    fn before(&self, step: Step, path: &Path) -> io::Result<()> {
        if step != Step::Rename
            || !path.starts_with(&self.under)
            || !self.armed.swap(false, Ordering::SeqCst)
        {
            return Ok(());
        }
        let mut state = self
            .state
            .lock()
            .map_err(|_| io::Error::other("poisoned"))?;
        state.0 = true;
        self.turn.notify_all();
        while !state.1 {
            state = self
                .turn
                .wait(state)
                .map_err(|_| io::Error::other("poisoned"))?;
        }
        Ok(())
    }
}

/// A folder with an example map in it: the folder, and the map's path.
fn workspace() -> Result<(tempfile::TempDir, PathBuf), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("shop.toml");
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("maps/online-shop-current.toml");
    std::fs::copy(example, &path)?;
    Ok((dir, path))
}

/// The app on the map at `path`, and its guard, writing recovery copies
/// through `ops` to the places in `dir`.
fn guarded(
    dir: &Path,
    path: &Path,
    ops: Arc<dyn FileOps>,
) -> Result<(App, Guard), Box<dyn std::error::Error>> {
    let mut app = App::new(load_file(path)?.map, path.to_owned());
    let guard = Guard::new(&mut app, Duration::from_secs(3), ops, places(dir));
    Ok((app, guard))
}

fn places(dir: &Path) -> [Option<PathBuf>; 2] {
    [
        Some(dir.join("data").join("shop-1.toml")),
        Some(dir.join("fallback").join("shop-1.toml")),
    ]
}

/// A key, then its effects run as the runtime runs them.
fn key(app: &mut App, guard: &mut Guard, code: KeyCode, modifiers: KeyModifiers) {
    let effects = app.update(Message::Key(KeyEvent::new(code, modifiers)));
    cjm::tui::settle(app, guard, effects);
}

/// Waits until the copy written in the background is done, as the event
/// loop does, and tells the app.
fn settle_copy(app: &mut App, guard: &mut Guard) -> TestResult {
    let deadline = Instant::now() + Duration::from_secs(20);
    while guard.is_writing() {
        if Instant::now() > deadline {
            return Err("the copy was never done".into());
        }
        std::thread::sleep(Duration::from_millis(5));
        guard.collect(app);
    }
    Ok(())
}

#[test]
fn keys_go_on_while_a_copy_is_written_and_the_app_learns_where_it_went() -> TestResult {
    let (dir, path) = workspace()?;
    let gate = Gate::new(&dir.path().join("data"));
    let (mut app, mut guard) = guarded(dir.path(), &path, gate.clone())?;

    key(&mut app, &mut guard, KeyCode::Char('*'), KeyModifiers::NONE);
    let written = app.map.clone();
    // The first copy is due at once; it stops at the gate.
    guard.autosave(&mut app);
    assert!(guard.is_writing());
    gate.wait_reached()?;

    // The person goes on working: the keys do not wait for the copy.
    key(&mut app, &mut guard, KeyCode::Char('j'), KeyModifiers::NONE);
    key(&mut app, &mut guard, KeyCode::Char('-'), KeyModifiers::NONE);
    assert!(guard.is_writing(), "the copy is still at the gate");
    assert_ne!(app.map, written, "the second edit was made meanwhile");
    let copy = dir.path().join("data").join("shop-1.toml");
    assert!(!copy.exists());
    // While it is written, the next one waits for it.
    guard.autosave(&mut app);

    gate.open();
    settle_copy(&mut app, &mut guard)?;
    assert_eq!(
        app.safety,
        Safety::Copy {
            at: copy.clone(),
            fallback: false
        }
    );
    assert_eq!(
        load_file(&copy)?.map,
        written,
        "the copy holds the map as it was when the copy began"
    );
    Ok(())
}

#[test]
fn a_copy_still_being_written_never_comes_back_after_a_save() -> TestResult {
    let (dir, path) = workspace()?;
    let gate = Gate::new(&dir.path().join("data"));
    let (mut app, mut guard) = guarded(dir.path(), &path, gate.clone())?;

    key(&mut app, &mut guard, KeyCode::Char('*'), KeyModifiers::NONE);
    guard.autosave(&mut app);
    gate.wait_reached()?;
    // The save comes while the copy stands before its rename; the copy is
    // let finish, then removed with the work in the file.
    let opener = gate.open_after(Duration::from_millis(100));
    key(
        &mut app,
        &mut guard,
        KeyCode::Char('s'),
        KeyModifiers::CONTROL,
    );
    opener.join().map_err(|_| "the opener panicked")?;

    assert!(!app.history.is_dirty());
    assert_eq!(load_file(&path)?.map, app.map, "the file holds the work");
    let copy = dir.path().join("data").join("shop-1.toml");
    std::thread::sleep(Duration::from_millis(50));
    assert!(!copy.exists(), "no copy comes back after the save");
    assert!(!guard.is_writing());
    guard.collect(&mut app);
    assert_eq!(
        app.safety,
        Safety::Unknown,
        "the late copy's outcome is not told: the work is saved"
    );
    assert!(common::names_in(&dir.path().join("data")).is_empty());
    Ok(())
}

#[test]
fn the_rescue_writes_the_last_copy_after_the_one_being_written() -> TestResult {
    let (dir, path) = workspace()?;
    let mut map = load_file(&path)?.map;
    let mut history = History::default();

    history.record(&map);
    map.title.push_str(" (first edit)");
    history.catch_up(&map);
    let older = map.clone();
    let gate = Gate::new(&dir.path().join("data"));
    let ops: Arc<dyn FileOps> = gate.clone();
    let places = places(dir.path());
    let mut scheduler = Scheduler::new(
        path.clone(),
        Duration::from_secs(3),
        ops,
        places.clone(),
        places[0].clone(),
        false,
        false,
    );
    let state = |history: &History| Tracked {
        version: history.version(),
        dirty: true,
        path: path.clone(),
        undecided: false,
    };
    scheduler.track(state(&history), || history.shadow());
    scheduler.start_write(&older, history.version());
    gate.wait_reached()?;

    // More work, then the app is killed while the older copy is written.
    history.record(&map);
    map.title.push_str(" (second edit)");
    history.catch_up(&map);
    scheduler.track(state(&history), || history.shadow());
    let opener = gate.open_after(Duration::from_millis(100));
    let note = rescue(&lock(&scheduler.watch()), Duration::from_secs(1));
    opener.join().map_err(|_| "the opener panicked")?;
    let copy = places[0].clone().ok_or("no place")?;
    assert!(note.is_some_and(|note| note.contains("shop-1.toml")));
    assert_eq!(
        load_file(&copy)?.map,
        map,
        "the rescue's copy, of the latest work, is the one left"
    );

    // The older copy was written first, then replaced.
    scheduler.wait_for_copy();
    assert!(matches!(scheduler.collect(), Some(Written::Copy { .. })));
    // Nothing is written after the rescue's copy: a copy asked for now
    // tells where the rescue's went.
    scheduler.start_write(&older, history.version() + 1);
    scheduler.wait_for_copy();
    assert_eq!(
        scheduler.collect(),
        Some(Written::Copy {
            at: copy.clone(),
            fallback: false
        })
    );
    assert_eq!(load_file(&copy)?.map, map);
    Ok(())
}

/// A [`FileOps`] hook that fails every write under a folder while `fail`
/// is set (a full disk, then space freed).
struct Toggle {
    under: PathBuf,
    fail: AtomicBool,
}

impl FileOps for Toggle {
    fn before(&self, _step: Step, path: &Path) -> io::Result<()> {
        if path.starts_with(&self.under) && self.fail.load(Ordering::SeqCst) {
            return Err(io::Error::from(io::ErrorKind::StorageFull));
        }
        Ok(())
    }
}

#[test]
fn the_rescue_writes_where_the_latest_copy_went_before_the_app_learnt_it() -> TestResult {
    let (dir, path) = workspace()?;
    let mut map = load_file(&path)?.map;
    let mut history = History::default();
    let places = places(dir.path());
    let [Some(data), Some(fallback)] = places.clone() else {
        return Err("no places".into());
    };
    let toggle = Arc::new(Toggle {
        under: dir.path().join("data"),
        fail: AtomicBool::new(true),
    });
    let ops: Arc<dyn FileOps> = toggle.clone();
    let mut scheduler = Scheduler::new(
        path.clone(),
        Duration::from_secs(3),
        ops,
        places.clone(),
        Some(data.clone()),
        false,
        false,
    );
    let edit = |map: &mut cjm::model::Map, history: &mut History, what: &str| {
        history.record(map);
        map.title.push_str(what);
        history.catch_up(map);
    };
    let state = |history: &History| Tracked {
        version: history.version(),
        dirty: true,
        path: path.clone(),
        undecided: false,
    };

    // The data folder is full: the first copy goes to the fallback folder.
    edit(&mut map, &mut history, " (1)");
    scheduler.track(state(&history), || history.shadow());
    scheduler.start_write(&map, history.version());
    scheduler.wait_for_copy();
    assert_eq!(
        scheduler.collect(),
        Some(Written::Copy {
            at: fallback.clone(),
            fallback: true
        })
    );

    // Space is freed; the next copy goes to the data folder, and the app
    // is killed before it learns so, after one more edit.
    toggle.fail.store(false, Ordering::SeqCst);
    edit(&mut map, &mut history, " (2)");
    scheduler.track(state(&history), || history.shadow());
    scheduler.start_write(&map, history.version());
    edit(&mut map, &mut history, " (3)");
    scheduler.track(state(&history), || history.shadow());
    let deadline = Instant::now() + Duration::from_secs(20);
    while !data.exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(2));
    }
    let note = rescue(&lock(&scheduler.watch()), Duration::from_secs(1));
    assert!(note.is_some());

    // The next start looks in the data folder first: what it offers is
    // the latest work.
    let offered = if data.exists() { &data } else { &fallback };
    assert_eq!(load_file(offered)?.map, map);
    Ok(())
}

#[test]
fn a_copy_that_fails_after_the_map_was_saved_raises_no_warning() -> TestResult {
    let (dir, path) = workspace()?;
    // Neither folder for copies can be written.
    let toggle = Arc::new(Toggle {
        under: dir.path().to_owned(),
        fail: AtomicBool::new(true),
    });
    let (mut app, mut guard) = guarded(dir.path(), &path, toggle)?;

    key(&mut app, &mut guard, KeyCode::Char('*'), KeyModifiers::NONE);
    guard.autosave(&mut app);
    // A save comes through before the failed copy is collected (as when a
    // step of the guided session saves the map, then secures the work).
    app.update(Message::Saved(Ok(())));
    guard.write_now(&mut app);
    assert_eq!(app.safety, Safety::Unknown);
    assert_eq!(app.safety_warning(), None);
    Ok(())
}
