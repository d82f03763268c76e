//! Nothing is lost under any fault: a fault injected at every step of a
//! save and of a recovery copy (a full disk, no permission, an I/O error, a
//! read-only disk, the file turned into a folder or a FIFO) leaves the file
//! whole and tells the user; when neither the file nor any recovery copy can
//! be written, the app keeps the edits in memory, says so until it is
//! resolved, and quits only on an explicit discard. Saving keeps what a
//! file is: a symbolic link stays a link, the owner stays the owner. An
//! overwrite the user confirmed replaces only the version they were shown.

mod common;

use std::io::{self, ErrorKind};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use cjm::format::{FileOps, Step, load_file, to_toml};
use cjm::tui::app::{App, Message, Mode, Safety};
use cjm::tui::disk::{self, SaveNotes, SaveOutcome};
use cjm::tui::guard::Guard;
use cjm::tui::theme::Theme;
use cjm::tui::views;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use common::{TestResult, names_in};

/// The farewell and the "work lost" flag are the process's: tests that end
/// the app take turns.
static FINISHING: Mutex<()> = Mutex::new(());

/// A fault: its name, the error, and the words the user must be told.
type Fault = (&'static str, fn() -> io::Error, &'static str);

/// The faults a disk can have, with the words the user must be told.
fn faults() -> Vec<Fault> {
    vec![
        (
            "ENOSPC",
            || io::Error::from(ErrorKind::StorageFull),
            "the disk is full",
        ),
        (
            "EACCES",
            || io::Error::from(ErrorKind::PermissionDenied),
            "permission denied",
        ),
        (
            "EIO",
            || io::Error::from_raw_os_error(5),
            "Input/output error",
        ),
        (
            "EROFS",
            || io::Error::from(ErrorKind::ReadOnlyFilesystem),
            "the disk is mounted read-only",
        ),
    ]
}

/// What happens to the file system just before a step, besides an error.
#[derive(Clone, Copy, Debug)]
enum Change {
    /// The file becomes a folder.
    Folder,
    /// The file becomes a FIFO.
    Fifo,
}

/// A [`FileOps`] hook that fails (or changes the file system) at one step,
/// for paths under one folder only, and records the steps it saw.
struct Faulty {
    under: PathBuf,
    step: Option<Step>,
    error: Option<fn() -> io::Error>,
    change: Option<(Change, PathBuf)>,
    seen: Mutex<Vec<Step>>,
}

impl Faulty {
    fn failing(under: &Path, step: Option<Step>, error: fn() -> io::Error) -> Faulty {
        Faulty {
            under: under.to_owned(),
            step,
            error: Some(error),
            change: None,
            seen: Mutex::new(Vec::new()),
        }
    }

    fn recording() -> Faulty {
        Faulty {
            under: PathBuf::from("/"),
            step: None,
            error: None,
            change: None,
            seen: Mutex::new(Vec::new()),
        }
    }

    fn steps(&self) -> Vec<Step> {
        self.seen.lock().map(|s| s.clone()).unwrap_or_default()
    }
}

impl FileOps for Faulty {
    fn before(&self, step: Step, path: &Path) -> io::Result<()> {
        if let Ok(mut seen) = self.seen.lock() {
            seen.push(step);
        }
        if !path.starts_with(&self.under) || self.step.is_some_and(|s| s != step) {
            return Ok(());
        }
        if let Some((change, target)) = &self.change {
            let _ = std::fs::remove_file(target);
            match change {
                Change::Folder => std::fs::create_dir(target)?,
                Change::Fifo => mkfifo(target)?,
            }
        }
        match self.error {
            Some(error) => Err(error()),
            None => Ok(()),
        }
    }
}

fn mkfifo(path: &Path) -> io::Result<()> {
    let status = std::process::Command::new("mkfifo").arg(path).status()?;
    if status.success() {
        Ok(())
    } else {
        Err(io::Error::other("mkfifo failed"))
    }
}

fn example() -> Result<String, Box<dyn std::error::Error>> {
    Ok(std::fs::read_to_string("maps/online-shop-current.toml")?)
}

/// The steps a save of a file that exists goes through.
fn save_steps(dir: &Path) -> Result<Vec<Step>, Box<dyn std::error::Error>> {
    let path = dir.join("probe.toml");
    std::fs::write(&path, "old")?;
    let ops = Faulty::recording();
    let outcome = disk::save_unchecked_with(&ops, &path, "new", true, &mut SaveNotes::default());
    assert!(matches!(outcome, SaveOutcome::Saved(_)), "{outcome:?}");
    std::fs::remove_file(&path)?;
    Ok(ops.steps())
}

#[test]
fn every_fault_at_every_step_of_a_save_leaves_the_file_whole_and_says_why() -> TestResult {
    let dir = tempfile::tempdir()?;
    let original = example()?;
    let steps = save_steps(dir.path())?;
    assert_eq!(
        steps,
        [
            Step::Metadata,
            Step::CreateTemp,
            Step::Write,
            Step::Sync,
            Step::Permissions,
            Step::Owner,
            Step::Rename
        ]
    );
    let path = dir.path().join("shop.toml");
    std::fs::write(&path, &original)?;
    let known = Some(disk::Fingerprint::of(original.as_bytes()));
    for step in &steps {
        for (name, error, words) in faults() {
            let ops = Faulty::failing(dir.path(), Some(*step), error);
            let outcome =
                disk::save_checked_with(&ops, &path, "mine", known, &mut SaveNotes::default());
            let SaveOutcome::Failed(message) = outcome else {
                panic!("{name} at {step:?}: the save must fail, not {outcome:?}");
            };
            let message = message.to_string();
            assert!(
                message.contains(words),
                "{name} at {step:?}: {message:?} must say {words:?}"
            );
            assert_eq!(
                std::fs::read_to_string(&path)?,
                original,
                "{name} at {step:?}"
            );
            assert_eq!(names_in(dir.path()), ["shop.toml"], "{name} at {step:?}");
        }
    }
    Ok(())
}

#[test]
fn a_file_that_becomes_a_folder_or_a_fifo_during_a_save_is_never_replaced() -> TestResult {
    let dir = tempfile::tempdir()?;
    let steps = save_steps(dir.path())?;
    let path = dir.path().join("shop.toml");
    for step in &steps {
        for change in [Change::Folder, Change::Fifo] {
            std::fs::write(&path, "theirs")?;
            let known = Some(disk::Fingerprint::of(b"theirs"));
            let ops = Faulty {
                under: dir.path().to_owned(),
                step: Some(*step),
                error: None,
                change: Some((change, path.clone())),
                seen: Mutex::new(Vec::new()),
            };
            let outcome =
                disk::save_checked_with(&ops, &path, "mine", known, &mut SaveNotes::default());
            let SaveOutcome::Failed(message) = &outcome else {
                panic!("{change:?} at {step:?}: the save must fail, not {outcome:?}");
            };
            let message = message.to_string();
            assert!(
                message.contains("is a folder") || message.contains("not a regular file"),
                "{change:?} at {step:?}: {message}"
            );
            let metadata = std::fs::symlink_metadata(&path)?;
            match change {
                Change::Folder => assert!(metadata.is_dir(), "{step:?}: the folder stays"),
                Change::Fifo => assert!(
                    !metadata.is_file() && !metadata.is_dir(),
                    "{step:?}: the FIFO stays"
                ),
            }
            assert_eq!(
                names_in(dir.path()),
                ["shop.toml"],
                "{change:?} at {step:?}"
            );
            if metadata.is_dir() {
                std::fs::remove_dir(&path)?;
            } else {
                std::fs::remove_file(&path)?;
            }
        }
    }
    Ok(())
}

#[test]
fn every_fault_at_every_step_of_a_recovery_copy_keeps_the_older_copy() -> TestResult {
    let dir = tempfile::tempdir()?;
    let copy = dir.path().join("recovery").join("shop-0.toml");
    let map = load_file(Path::new("maps/online-shop-current.toml"))?.map;
    let recording = Faulty::recording();
    cjm::recovery::write_with(&recording, &copy, &map)?;
    let steps = recording.steps();
    assert_eq!(steps.first(), Some(&Step::CreateDir));
    assert!(steps.contains(&Step::Rename));
    let before = std::fs::read_to_string(&copy)?;
    let mut newer = map.clone();
    newer.title = "Newer – Zażółć 🎉".to_owned();
    for step in &steps {
        for (name, error, _) in faults() {
            let ops = Faulty::failing(dir.path(), Some(*step), error);
            let result = cjm::recovery::write_with(&ops, &copy, &newer);
            assert!(result.is_err(), "{name} at {step:?}");
            assert_eq!(
                std::fs::read_to_string(&copy)?,
                before,
                "{name} at {step:?}"
            );
            assert_eq!(names_in(&dir.path().join("recovery")), ["shop-0.toml"]);
        }
    }
    Ok(())
}

/// A map in a folder, the app on it, and a guard whose recovery copies go to
/// `data/` and `fallback/` in the folder.
struct Rig {
    dir: tempfile::TempDir,
    path: PathBuf,
    original: String,
    app: App,
    guard: Guard,
}

fn rig(ops: impl Fn(&Path) -> Arc<dyn FileOps>) -> Result<Rig, Box<dyn std::error::Error>> {
    // In /tmp whatever TMPDIR says: the snapshots show the path.
    let dir = tempfile::tempdir_in("/tmp")?;
    let original = example()?;
    let path = dir.path().join("shop.toml");
    std::fs::write(&path, &original)?;
    let mut app = App::new(load_file(&path)?.map, path.clone());
    let places = places(dir.path());
    let guard = Guard::new(&mut app, Duration::from_secs(3), ops(dir.path()), places);
    Ok(Rig {
        dir,
        path,
        original,
        app,
        guard,
    })
}

fn places(dir: &Path) -> [Option<PathBuf>; 2] {
    [
        Some(dir.join("data").join("shop-1.toml")),
        Some(dir.join("fallback").join("shop-1.toml")),
    ]
}

impl Rig {
    /// A key, then the effects run as the runtime runs them. True on quit.
    fn key(&mut self, code: KeyCode, modifiers: KeyModifiers) -> bool {
        let effects = self
            .app
            .update(Message::Key(KeyEvent::new(code, modifiers)));
        cjm::tui::settle(&mut self.app, &mut self.guard, effects)
    }

    fn char(&mut self, c: char) -> bool {
        self.key(KeyCode::Char(c), KeyModifiers::NONE)
    }

    /// The screen, with the test folder's random name made fixed.
    fn screen(&self, width: u16, height: u16) -> Result<String, Box<dyn std::error::Error>> {
        let mut terminal = Terminal::new(TestBackend::new(width, height))?;
        terminal.draw(|frame| views::view(&self.app, Theme::plain(), frame))?;
        let screen = views::buffer_text(terminal.backend().buffer());
        let name = self
            .dir
            .path()
            .file_name()
            .map(|n| n.to_string_lossy().into_owned());
        Ok(match name {
            Some(name) => screen.replace(&name, &"X".repeat(name.len())),
            None => screen,
        })
    }
}

#[test]
fn with_no_place_to_write_the_edits_stay_in_memory_the_warning_stays_and_quitting_needs_a_discard()
-> TestResult {
    let _turn = FINISHING.lock();
    // Everything under the test's folder fails: the map, the data folder
    // and the fallback folder are on one full disk.
    let mut rig = rig(|dir| {
        Arc::new(Faulty::failing(dir, None, || {
            io::Error::from(ErrorKind::StorageFull)
        }))
    })?;
    rig.char('*'); // rate the first touchpoint +2
    let edited = rig.app.map.clone();
    assert!(!rig.key(KeyCode::Char('s'), KeyModifiers::CONTROL));
    assert!(
        rig.app.status.starts_with("Not saved: the disk is full"),
        "{}",
        rig.app.status
    );
    assert!(rig.app.safety.is_lost(), "{:?}", rig.app.safety);
    insta::assert_snapshot!("nothing_written_200", rig.screen(200, 24)?);
    // Another message does not hide the warning.
    rig.key(KeyCode::Right, KeyModifiers::NONE);
    rig.char('?');
    rig.char('?');
    let screen = rig.screen(80, 24)?;
    assert!(screen.contains("NOT SAVED ANYWHERE"), "{screen}");

    // Quitting: the dialog says the truth, and q does not quit.
    assert!(!rig.char('q'));
    assert!(matches!(rig.app.mode, Mode::ConfirmQuit));
    let screen = rig.screen(80, 24)?;
    insta::assert_snapshot!("quit_dialog_nothing_written_80", screen);
    assert!(!screen.contains("Quitting keeps them"), "{screen}");
    assert!(!rig.char('q'), "the quit key does not discard the work");
    assert!(
        rig.app.status.starts_with("Not quitting"),
        "{}",
        rig.app.status
    );
    assert_eq!(rig.app.map, edited, "the edit is still in memory");

    // x asks again; any other key stays.
    rig.char('q');
    assert!(!rig.char('x'));
    assert!(
        rig.screen(80, 24)?
            .contains("Discard your unsaved changes for good?")
    );
    assert!(!rig.char('n'));
    assert!(matches!(rig.app.mode, Mode::Normal));
    rig.char('q');
    assert!(!rig.char('x'));
    assert!(rig.char('x'), "x twice discards and quits");
    assert!(rig.app.discarded);
    rig.guard.finish(&mut rig.app);
    assert!(cjm::tui::guard::work_lost(), "the process exits non-zero");
    let farewell = cjm::tui::guard::farewell().unwrap_or_default();
    assert!(
        farewell.contains("were discarded as you asked") && farewell.contains("the disk is full"),
        "{farewell}"
    );
    assert_eq!(std::fs::read_to_string(&rig.path)?, rig.original);
    Ok(())
}

#[test]
fn with_no_place_to_write_saving_elsewhere_resolves_the_warning() -> TestResult {
    let mut rig = rig(|dir| {
        Arc::new(Faulty::failing(dir, None, || {
            io::Error::from_raw_os_error(5)
        }))
    })?;
    rig.char('*');
    rig.key(KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert!(rig.app.safety.is_lost());
    // From the quit dialog, "save as" to a folder on another disk.
    rig.char('q');
    let elsewhere = tempfile::tempdir()?;
    rig.char('W');
    assert!(matches!(rig.app.mode, Mode::Files(_)), "save as opens");
    rig.key(KeyCode::Char('a'), KeyModifiers::CONTROL);
    rig.key(KeyCode::Char('k'), KeyModifiers::CONTROL);
    for c in elsewhere.path().display().to_string().chars() {
        rig.char(c);
    }
    rig.key(KeyCode::Enter, KeyModifiers::NONE);
    let saved = elsewhere.path().join("shop.toml");
    assert_eq!(std::fs::read_to_string(&saved)?, to_toml(&rig.app.map));
    assert_eq!(
        rig.app.path, saved,
        "a folder saves a file of the map's name"
    );
    assert_eq!(rig.app.safety, Safety::Unknown);
    assert!(!rig.screen(80, 24)?.contains("NOT SAVED ANYWHERE"));
    assert!(rig.char('q'), "nothing unsaved: q quits");
    Ok(())
}

#[test]
fn a_full_data_folder_puts_the_copy_in_the_fallback_folder_which_the_next_start_offers()
-> TestResult {
    let _turn = FINISHING.lock();
    let mut rig = rig(|dir| {
        Arc::new(Faulty::failing(&dir.join("data"), None, || {
            io::Error::from(ErrorKind::StorageFull)
        }))
    })?;
    rig.char('*');
    rig.guard.write_now(&mut rig.app);
    let fallback = rig.dir.path().join("fallback").join("shop-1.toml");
    assert_eq!(
        rig.app.safety,
        Safety::Copy {
            at: fallback.clone(),
            fallback: true
        }
    );
    assert!(
        rig.app.status.contains("The data folder cannot be written"),
        "{}",
        rig.app.status
    );
    assert_eq!(load_file(&fallback)?.map, rig.app.map);
    rig.char('q');
    let screen = rig.screen(80, 24)?;
    assert!(
        screen.contains("Quitting keeps them in a recovery copy"),
        "{screen}"
    );
    assert!(rig.char('q'));
    let edited = rig.app.map.clone();
    rig.guard.finish(&mut rig.app);
    let _ = cjm::tui::guard::farewell();

    // The next start finds the copy in the fallback folder.
    let mut app = App::new(load_file(&rig.path)?.map, rig.path.clone());
    let _guard = Guard::new(
        &mut app,
        Duration::from_secs(3),
        Arc::new(cjm::format::Real),
        places(rig.dir.path()),
    );
    assert!(app.recovery_undecided(), "the copy is offered");
    app.update(Message::Key(KeyEvent::new(
        KeyCode::Char('r'),
        KeyModifiers::NONE,
    )));
    assert_eq!(app.map, edited);
    Ok(())
}

#[test]
fn a_second_change_between_the_two_overwrite_presses_is_caught() -> TestResult {
    let mut rig = rig(|_| Arc::new(cjm::format::Real))?;
    rig.char('*');
    let first = rig
        .original
        .replace("title = ", "# a colleague's first change\ntitle = ");
    std::fs::write(&rig.path, &first)?;
    rig.key(KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert!(
        matches!(rig.app.mode, Mode::Files(_)),
        "the file changed: asked"
    );
    rig.char('o');
    // A second change while the user reads the dialog.
    let second = rig
        .original
        .replace("title = ", "# a second change\ntitle = ");
    std::fs::write(&rig.path, &second)?;
    rig.char('o');
    assert_eq!(
        std::fs::read_to_string(&rig.path)?,
        second,
        "not overwritten"
    );
    assert!(matches!(rig.app.mode, Mode::Files(_)), "asked again");
    assert!(rig.app.history.is_dirty());
    // Confirmed again with nothing new on disk: overwritten.
    rig.char('o');
    rig.char('o');
    assert_eq!(std::fs::read_to_string(&rig.path)?, to_toml(&rig.app.map));
    assert!(!rig.app.history.is_dirty());
    Ok(())
}

/// The guard starts from the fingerprint of the bytes the map was read
/// from (as the runtime gives it), without writing the map out or reading
/// the file again: a file not in canonical form saves without a question,
/// and any change made to the file after it was read is caught.
#[test]
fn the_guard_starts_from_the_bytes_the_map_was_read_from() -> TestResult {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("shop.toml");
    let original = example()?.replace("title = ", "title   =   ");
    std::fs::write(&path, &original)?;
    // The runtime: read the file, then (after `meanwhile`) start the guard.
    type Started = Result<(App, Guard), Box<dyn std::error::Error>>;
    let start = |meanwhile: &dyn Fn() -> io::Result<()>| -> Started {
        let bytes = std::fs::read(&path)?;
        let mut app = App::new(load_file(&path)?.map, path.clone());
        app.loaded = Some(disk::Fingerprint::of(&bytes));
        meanwhile()?;
        let guard = Guard::new(
            &mut app,
            Duration::from_secs(3),
            Arc::new(cjm::format::Real),
            places(dir.path()),
        );
        Ok((app, guard))
    };
    let save = |app: &mut App, guard: &mut Guard| {
        let key = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL);
        let effects = app.update(Message::Key(key));
        cjm::tui::settle(app, guard, effects);
    };
    let (mut app, mut guard) = start(&|| Ok(()))?;
    app.update(Message::Key(KeyEvent::new(
        KeyCode::Char('*'),
        KeyModifiers::NONE,
    )));
    save(&mut app, &mut guard);
    assert!(!matches!(app.mode, Mode::Files(_)), "nothing to ask about");
    assert_eq!(std::fs::read_to_string(&path)?, to_toml(&app.map));
    assert!(!app.history.is_dirty());

    // Read, then changed by someone else even before the guard started:
    // only the spacing, so the map in the file is the same, but the file is
    // not what was read, as with any change later on.
    std::fs::write(&path, &original)?;
    let changed = original.replace("title   =   ", "title =  ");
    let (mut app, mut guard) = start(&|| std::fs::write(&path, &changed))?;
    app.update(Message::Key(KeyEvent::new(
        KeyCode::Char('*'),
        KeyModifiers::NONE,
    )));
    save(&mut app, &mut guard);
    assert!(
        matches!(app.mode, Mode::Files(_)),
        "the file changed: asked"
    );
    assert_eq!(std::fs::read_to_string(&path)?, changed, "not overwritten");
    Ok(())
}

#[cfg(unix)]
#[test]
fn saving_through_a_symlink_keeps_the_link_and_updates_the_target() -> TestResult {
    let mut rig = rig(|_| Arc::new(cjm::format::Real))?;
    let target = rig.dir.path().join("real").join("shop.toml");
    std::fs::create_dir(rig.dir.path().join("real"))?;
    std::fs::rename(&rig.path, &target)?;
    std::os::unix::fs::symlink("real/shop.toml", &rig.path)?;
    rig.char('*');
    rig.key(KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert!(rig.app.status.starts_with("Saved"), "{}", rig.app.status);
    assert!(
        std::fs::symlink_metadata(&rig.path)?
            .file_type()
            .is_symlink()
    );
    assert_eq!(std::fs::read_to_string(&target)?, to_toml(&rig.app.map));
    assert_eq!(names_in(&rig.dir.path().join("real")), ["shop.toml"]);

    // `cjm fmt` through the link too.
    std::fs::write(&target, format!("\n\n{}", rig.original))?;
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_cjm"))
        .args(["fmt", "shop.toml"])
        .current_dir(rig.dir.path())
        .output()?;
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert!(
        std::fs::symlink_metadata(&rig.path)?
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        std::fs::read_to_string(&target)?,
        to_toml(&load_file(&target)?.map)
    );

    // The recent list keeps the path the user opened.
    let mut store = cjm::tui::guide::Store::default();
    store.touch(&rig.path);
    assert_eq!(store.recent(), [rig.path.clone()]);
    Ok(())
}

#[cfg(unix)]
#[test]
fn saving_keeps_the_owner_and_group_when_run_as_root() -> TestResult {
    use std::os::unix::fs::MetadataExt;
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("shop.toml");
    std::fs::write(&path, "old")?;
    if std::fs::metadata(&path)?.uid() != 0 {
        eprintln!("SKIPPED: not running as root, so no file can be given to another user");
        return Ok(());
    }
    std::os::unix::fs::chown(&path, Some(65534), Some(65534))?;
    cjm::format::write_atomic(&path, b"new")?;
    let metadata = std::fs::metadata(&path)?;
    assert_eq!((metadata.uid(), metadata.gid()), (65534, 65534));
    assert_eq!(std::fs::read_to_string(&path)?, "new");
    Ok(())
}

#[test]
fn opened_read_only_beside_another_cjm_refuses_ctrl_s_but_saves_elsewhere() -> TestResult {
    let mut rig = rig(|_| Arc::new(cjm::format::Real))?;
    rig.app.opened_elsewhere(4242, "10:42".to_owned());
    let screen = rig.screen(80, 24)?;
    insta::assert_snapshot!("open_in_another_cjm_80", screen);
    assert!(!rig.char('x'), "another key keeps asking");
    assert!(matches!(rig.app.mode, Mode::Files(_)));
    rig.char('r');
    assert!(rig.app.read_only);
    rig.char('*');
    rig.key(KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert!(
        rig.app.status.starts_with("Not saved: opened read-only"),
        "{}",
        rig.app.status
    );
    assert_eq!(std::fs::read_to_string(&rig.path)?, rig.original);
    rig.char('W');
    rig.key(KeyCode::Char('a'), KeyModifiers::CONTROL);
    rig.key(KeyCode::Char('k'), KeyModifiers::CONTROL);
    let mine = rig.dir.path().join("mine.toml");
    for c in mine.display().to_string().chars() {
        rig.char(c);
    }
    rig.key(KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(std::fs::read_to_string(&mine)?, to_toml(&rig.app.map));
    Ok(())
}

#[cfg(unix)]
#[test]
fn merge_writes_ours_through_a_symlink_and_keeps_the_link() -> TestResult {
    let dir = tempfile::tempdir()?;
    let original = example()?;
    let base = load_file(Path::new("maps/online-shop-current.toml"))?.map;
    let mut theirs = base.clone();
    theirs.title = "Theirs – Zażółć".to_owned();
    std::fs::write(dir.path().join("base.toml"), to_toml(&base))?;
    std::fs::write(dir.path().join("theirs.toml"), to_toml(&theirs))?;
    std::fs::write(dir.path().join("real.toml"), &original)?;
    std::os::unix::fs::symlink("real.toml", dir.path().join("ours.toml"))?;
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_cjm"))
        .args(["merge", "base.toml", "ours.toml", "theirs.toml"])
        .current_dir(dir.path())
        .output()?;
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let link = std::fs::symlink_metadata(dir.path().join("ours.toml"))?;
    assert!(link.file_type().is_symlink(), "the link stays a link");
    let merged = load_file(&dir.path().join("real.toml"))?.map;
    assert_eq!(merged.title, theirs.title, "the target holds the merge");
    Ok(())
}

/// As root, `cjm fmt` runs as the user `nobody` on a file owned by root
/// that nobody may write: the save goes on, and cjm says whose the file
/// is now. Skipped (with the reason) when not root or without `setpriv`.
#[cfg(unix)]
#[test]
fn a_save_that_cannot_keep_the_owner_says_so() -> TestResult {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("shop.toml");
    std::fs::write(&path, format!("\n\n{}", example()?))?;
    if std::fs::metadata(&path)?.uid() != 0
        || std::process::Command::new("setpriv")
            .arg("--version")
            .output()
            .is_err()
    {
        eprintln!("SKIPPED: needs root and setpriv to run cjm as another user");
        return Ok(());
    }
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777))?;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o666))?;
    let output = std::process::Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
        .arg(env!("CARGO_BIN_EXE_cjm"))
        .args(["fmt", "shop.toml"])
        .current_dir(dir.path())
        .output()?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("the file belonged to user 0 and group 0")
            && stderr.contains("it now belongs to user 65534"),
        "{stderr}"
    );
    assert_eq!(std::fs::metadata(&path)?.uid(), 65534);
    Ok(())
}
