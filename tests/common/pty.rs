//! The real `cjm` binary in a pseudo-terminal: the screen it draws is read
//! back with a terminal emulator (vt100), keys are typed as bytes, and the
//! program's exit and the terminal's state can be checked afterwards.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

use super::{Error, TestResult};

/// How to start cjm: in `dir`, with its own config and data folders there.
/// [`Start::new`] gives an 80×24 terminal and the usual pace; change a
/// field with `Start { rows: 30, ..Start::new(dir, args) }`.
pub struct Start<'a> {
    pub dir: &'a Path,
    pub args: &'a [&'a str],
    /// Variables set for the program, after the usual ones.
    pub env: &'a [(&'a str, &'a str)],
    /// Variables of the test's own environment the program must not see.
    pub env_remove: &'a [&'a str],
    /// Run as this user id (for permission tests as root).
    pub user: Option<u32>,
    pub rows: u16,
    pub cols: u16,
    /// How long to let the app draw after each key, as a person would.
    pub pause: Duration,
    /// How long to wait for a screen or an exit before failing.
    pub timeout: Duration,
}

impl<'a> Start<'a> {
    pub fn new(dir: &'a Path, args: &'a [&'a str]) -> Start<'a> {
        Start {
            dir,
            args,
            env: &[],
            env_remove: &[],
            user: None,
            rows: 24,
            cols: 80,
            pause: Duration::from_millis(60),
            timeout: Duration::from_secs(20),
        }
    }
}

/// A running `cjm` in a pseudo-terminal and the screen it has drawn so far.
pub struct Session {
    pub parser: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    pub child: Box<dyn portable_pty::Child + Send + Sync>,
    /// The terminal's side of the pseudo-terminal; dropping it (and the
    /// reader's copy) hangs up.
    master: Option<Box<dyn portable_pty::MasterPty + Send>>,
    /// Tells the reader thread to stop and close its copy of the terminal.
    stop_reading: Arc<AtomicBool>,
    reader: Option<JoinHandle<()>>,
    pause: Duration,
    timeout: Duration,
}

impl Session {
    /// Starts `cjm ARGS` in `dir` in an 80×24 terminal.
    pub fn spawn(args: &[&str], dir: &Path) -> Result<Session, Error> {
        Session::start(Start::new(dir, args))
    }

    pub fn start(start: Start) -> Result<Session, Error> {
        let (rows, cols) = (start.rows, start.cols);
        let pty = native_pty_system().openpty(PtySize {
            rows,
            cols,
            pixel_width: 0,
            pixel_height: 0,
        })?;
        let mut command = match start.user {
            Some(uid) => {
                let mut command = CommandBuilder::new("setpriv");
                command.args([
                    format!("--reuid={uid}"),
                    format!("--regid={uid}"),
                    "--clear-groups".to_owned(),
                    "--".to_owned(),
                    env!("CARGO_BIN_EXE_cjm").to_owned(),
                ]);
                command
            }
            None => CommandBuilder::new(env!("CARGO_BIN_EXE_cjm")),
        };
        command.args(start.args);
        command.cwd(start.dir);
        command.env("TERM", "xterm-256color");
        // A config folder of its own, so no user config changes the keys.
        command.env("HOME", start.dir);
        command.env("XDG_CONFIG_HOME", start.dir.join("config"));
        command.env("XDG_DATA_HOME", start.dir.join("data"));
        // English whatever the machine's locale, unless the test sets one.
        for key in super::LOCALE_VARS {
            command.env_remove(key);
        }
        command.env("LANG", "C");
        for key in start.env_remove {
            command.env_remove(key);
        }
        for (key, value) in start.env {
            command.env(key, value);
        }
        let child = pty.slave.spawn_command(command)?;
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader()?;
        let writer = pty.master.take_writer()?;
        let (Some(nz_rows), Some(nz_cols)) = (NonZeroU16::new(rows), NonZeroU16::new(cols)) else {
            return Err("a terminal needs at least one row and column".into());
        };
        let parser = Arc::new(Mutex::new(vt100::Parser::new(nz_rows, nz_cols, 0)));
        let sink = Arc::clone(&parser);
        let stop_reading = Arc::new(AtomicBool::new(false));
        let stop = Arc::clone(&stop_reading);
        let reader = std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            let mut whole = super::utf8::Whole::default();
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || stop.load(Ordering::SeqCst) {
                    break;
                }
                if let Ok(mut parser) = sink.lock() {
                    whole.feed(&mut parser, &buf[..n]);
                }
            }
        });
        Ok(Session {
            parser,
            writer,
            child,
            master: Some(pty.master),
            stop_reading,
            reader: Some(reader),
            pause: start.pause,
            timeout: start.timeout,
        })
    }

    /// The screen's text, a line a row.
    pub fn screen(&self) -> String {
        self.parser
            .lock()
            .map(|p| p.screen().contents())
            .unwrap_or_default()
    }

    /// Whether the program is drawing on the alternate screen.
    pub fn alternate_screen(&self) -> bool {
        self.parser
            .lock()
            .map(|p| p.screen().alternate_screen())
            .unwrap_or(true)
    }

    /// Waits until the screen shows `text`.
    pub fn wait_for(&self, text: &str) -> Result<(), Error> {
        let deadline = Instant::now() + self.timeout;
        while Instant::now() < deadline {
            if self.screen().contains(text) {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        Err(format!("the screen never showed {text:?}:\n{}", self.screen()).into())
    }

    /// Types `bytes` and lets the app draw before the next key.
    pub fn send(&mut self, bytes: &[u8]) -> Result<(), Error> {
        self.writer.write_all(bytes)?;
        self.writer.flush()?;
        std::thread::sleep(self.pause);
        Ok(())
    }

    /// Closes the terminal, as closing its window does.
    /// The kernel hangs up when the last descriptor of the terminal's side
    /// closes, so the reader thread is stopped first: it is woken by a key
    /// that makes the app draw (↓), and closes its copy as it ends.
    pub fn hang_up(&mut self) -> Result<(), Error> {
        self.stop_reading.store(true, Ordering::SeqCst);
        self.send(b"\x1b[B")?;
        if let Some(reader) = self.reader.take() {
            reader.join().map_err(|_| "the reader thread panicked")?;
        }
        self.master = None;
        self.writer = Box::new(std::io::sink());
        Ok(())
    }

    /// Resizes the terminal to `cols`×`rows`, as dragging its window's
    /// corner does: the program is told by a signal, the emulator resized.
    pub fn resize(&mut self, cols: u16, rows: u16) -> Result<(), Error> {
        let (Some(nz_rows), Some(nz_cols)) = (NonZeroU16::new(rows), NonZeroU16::new(cols)) else {
            return Err("a terminal needs at least one row and column".into());
        };
        if let Ok(mut parser) = self.parser.lock() {
            parser.set_size(nz_rows, nz_cols);
        }
        let master = self.master.as_ref().ok_or("the terminal was closed")?;
        master.resize(PtySize {
            rows,
            cols,
            pixel_width: 0,
            pixel_height: 0,
        })?;
        std::thread::sleep(self.pause);
        Ok(())
    }

    /// Sends the program a signal by name (`TERM`, `HUP`, `INT`...).
    pub fn signal(&self, signal: &str) -> Result<(), Error> {
        let pid = self.child.process_id().ok_or("no process id")?;
        let status = std::process::Command::new("kill")
            .arg(format!("-{signal}"))
            .arg(pid.to_string())
            .status()?;
        if !status.success() {
            return Err(format!("kill -{signal} {pid} failed").into());
        }
        Ok(())
    }

    /// Waits for the program to end and returns its exit code, after
    /// letting the last of its output reach the screen.
    pub fn wait_exit(&mut self) -> Result<u32, Error> {
        let deadline = Instant::now() + self.timeout;
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait()? {
                std::thread::sleep(Duration::from_millis(150));
                return Ok(status.exit_code());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        self.child.kill()?;
        Err(format!("the program did not exit:\n{}", self.screen()).into())
    }

    /// Fails unless the terminal is as it was before cjm started.
    pub fn assert_terminal_restored(&self) -> TestResult {
        let parser = self.parser.lock().map_err(|_| "parser lock")?;
        let screen = parser.screen();
        let contents = screen.contents();
        assert!(
            !screen.alternate_screen(),
            "still in the alternate screen:\n{contents}"
        );
        assert!(!screen.hide_cursor(), "the cursor is still hidden");
        assert!(!screen.bracketed_paste(), "bracketed paste is still on");
        assert_eq!(
            screen.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "the mouse is still captured"
        );
        Ok(())
    }
}
