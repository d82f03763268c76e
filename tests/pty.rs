//! The real `cjm` binary in a pseudo-terminal: the screen it draws is read
//! back with a terminal emulator (vt100), keys are typed as bytes, and the
//! file and the terminal's state are checked afterwards.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

type TestResult = Result<(), Box<dyn std::error::Error>>;

/// A running program in a pseudo-terminal and the screen it has drawn so far.
struct Session {
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
}

impl Session {
    fn start(
        args: &[&str],
        dir: &Path,
        cols: u16,
        rows: u16,
    ) -> Result<Session, Box<dyn std::error::Error>> {
        let pty = native_pty_system().openpty(PtySize {
            rows,
            cols,
            pixel_width: 0,
            pixel_height: 0,
        })?;
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_cjm"));
        command.args(args);
        command.cwd(dir);
        command.env("TERM", "xterm-256color");
        // A config folder of its own, so no user config changes the keys.
        command.env("XDG_CONFIG_HOME", dir.join("config"));
        command.env("XDG_DATA_HOME", dir.join("data"));
        command.env("HOME", dir);
        let child = pty.slave.spawn_command(command)?;
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader()?;
        let writer = pty.master.take_writer()?;
        let (Some(nz_rows), Some(nz_cols)) = (NonZeroU16::new(rows), NonZeroU16::new(cols)) else {
            return Err("a terminal needs at least one row and column".into());
        };
        let parser = Arc::new(Mutex::new(vt100::Parser::new(nz_rows, nz_cols, 0)));
        let sink = Arc::clone(&parser);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                if let Ok(mut parser) = sink.lock() {
                    parser.process(&buf[..n]);
                }
            }
        });
        // Keep the master open for the session's life.
        std::mem::forget(pty.master);
        Ok(Session {
            parser,
            writer,
            child,
        })
    }

    fn screen(&self) -> String {
        self.parser
            .lock()
            .map(|p| p.screen().contents())
            .unwrap_or_default()
    }

    /// Waits until the screen shows `text`.
    fn wait_for(&self, text: &str) -> Result<(), Box<dyn std::error::Error>> {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if self.screen().contains(text) {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        Err(format!("the screen never showed {text:?}:\n{}", self.screen()).into())
    }

    fn send(&mut self, bytes: &[u8]) -> Result<(), Box<dyn std::error::Error>> {
        self.writer.write_all(bytes)?;
        self.writer.flush()?;
        // Let the app draw before the next key, as a person would.
        std::thread::sleep(Duration::from_millis(60));
        Ok(())
    }

    /// Waits for the program to end and returns its exit code.
    fn wait_exit(&mut self) -> Result<u32, Box<dyn std::error::Error>> {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait()? {
                std::thread::sleep(Duration::from_millis(100));
                return Ok(status.exit_code());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        self.child.kill()?;
        Err("the program did not exit".into())
    }
}

#[test]
fn edit_a_touchpoint_name_on_the_board_save_and_quit() -> TestResult {
    let dir = tempfile::tempdir()?;
    let original = std::fs::read_to_string("maps/online-shop-current.toml")?;
    let path = dir.path().join("shop.toml");
    std::fs::write(&path, &original)?;
    let first_name = cjm::format::parse(&original)
        .map_err(|d| format!("{d:?}"))?
        .touchpoints[0]
        .name
        .clone();

    let mut session = Session::start(&["shop.toml"], dir.path(), 120, 40)?;
    session.wait_for(&first_name[..12])?;
    session.send(b"\r")?; // open the detail form of the selected (first) card
    session.wait_for("Touchpoint tp-")?;
    session.send(b"\r")?; // edit the name
    session.send(b"\x01\x0b")?; // Ctrl-A, Ctrl-K: clear the line
    session.send("Reklama butów – nowa nazwa ✓".as_bytes())?;
    session.send(b"\r")?; // accept
    session.wait_for("Name changed")?;
    session.send(b"\x1b")?; // close the form
    session.send(b"\x13")?; // Ctrl-S
    session.wait_for("Saved")?;
    session.send(b"q")?;
    assert_eq!(session.wait_exit()?, 0);

    // The terminal was given back: normal screen, visible cursor.
    let parser = session.parser.lock().map_err(|_| "parser lock")?;
    assert!(
        !parser.screen().alternate_screen(),
        "still in the alternate screen"
    );
    assert!(!parser.screen().hide_cursor(), "the cursor is still hidden");
    assert!(
        !parser.screen().bracketed_paste(),
        "bracketed paste is still on"
    );
    assert_eq!(
        parser.screen().mouse_protocol_mode(),
        vt100::MouseProtocolMode::None,
        "the mouse is still captured"
    );
    drop(parser);

    // Exactly one line of the file changed: the first touchpoint's name.
    let saved = std::fs::read_to_string(&path)?;
    let changed: Vec<(&str, &str)> = original
        .lines()
        .zip(saved.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(original.lines().count(), saved.lines().count());
    assert_eq!(
        changed,
        vec![(
            format!("name = \"{first_name}\"").as_str(),
            "name = \"Reklama butów – nowa nazwa ✓\""
        )]
    );
    Ok(())
}

#[test]
fn quitting_with_unsaved_changes_asks_and_leaves_the_file_alone() -> TestResult {
    let dir = tempfile::tempdir()?;
    let original = std::fs::read("maps/online-shop-current.toml")?;
    let path = dir.path().join("shop.toml");
    std::fs::write(&path, &original)?;
    let mut session = Session::start(&["shop.toml"], dir.path(), 80, 24)?;
    session.wait_for("Touchpoints")?;
    session.send(b"*")?; // rate the first touchpoint +2
    session.send(b"q")?;
    session.wait_for("not saved")?;
    session.send(b"q")?;
    assert_eq!(session.wait_exit()?, 0);
    assert_eq!(std::fs::read(&path)?, original);
    Ok(())
}

/// Runs `cjm` with its data and config folders inside `dir`.
fn start_in(dir: &Path, args: &[&str]) -> Result<Session, Box<dyn std::error::Error>> {
    Session::start(args, dir, 100, 30)
}

#[test]
fn cjm_new_starts_the_guided_session_and_saves_what_was_typed() -> TestResult {
    let dir = tempfile::tempdir()?;
    std::fs::create_dir_all(dir.path().join("config"))?;
    let mut session = start_in(dir.path(), &["new", "wedrowka.toml"])?;
    session.wait_for("Step 1 of 10 – Setup")?;
    session.send(b"\r")?; // the form is open on the title: edit it
    session.send(b"\x01\x0b")?; // Ctrl-A, Ctrl-K
    session.send("Wędrówka w góry 🥾".as_bytes())?;
    session.send(b"\r")?;
    session.wait_for("Title changed")?;
    session.send(b"\x13")?; // Ctrl-S
    session.wait_for("Saved")?;
    session.send(b"\x1b")?; // close the form
    session.send(b"q")?;
    assert_eq!(session.wait_exit()?, 0);
    let parser = session.parser.lock().map_err(|_| "parser lock")?;
    assert!(
        !parser.screen().alternate_screen(),
        "still in the alternate screen"
    );
    assert!(!parser.screen().hide_cursor(), "the cursor is still hidden");
    drop(parser);
    let map = cjm::format::load_file(&dir.path().join("wedrowka.toml"))?.map;
    assert_eq!(map.title, "Wędrówka w góry 🥾");
    assert_eq!(map.stages.len(), 6);
    Ok(())
}

#[test]
fn cjm_guide_resumes_at_the_step_where_it_stopped() -> TestResult {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("shop.toml");
    std::fs::write(&path, std::fs::read("maps/online-shop-current.toml")?)?;
    let mut session = start_in(dir.path(), &["guide", "shop.toml"])?;
    session.wait_for("Step 1 of 10")?;
    session.send(b"\x1b")?;
    for _ in 0..5 {
        session.send(b"\t")?;
    }
    session.wait_for("Step 6 of 10 – Touchpoint inventory")?;
    session.send(b"q")?;
    assert_eq!(session.wait_exit()?, 0);

    let mut again = start_in(dir.path(), &["guide", "shop.toml"])?;
    again.wait_for("Step 6 of 10 – Touchpoint inventory")?;
    again.send(b"q")?;
    assert_eq!(again.wait_exit()?, 0);
    // Nothing about the session went into the map file.
    assert_eq!(
        std::fs::read(&path)?,
        std::fs::read("maps/online-shop-current.toml")?
    );
    Ok(())
}
