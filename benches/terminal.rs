//! The real `cjm` binary (built by `cargo bench` with the release profile)
//! in a pseudo-terminal of 120×40, on generated maps. It measures what
//! in-process benchmarks cannot:
//!
//! - start-up to first frame: from starting the process to the moment the
//!   terminal shows the whole board (median of several runs);
//! - key to frame: a key written to the terminal until the screen shows its
//!   effect (an emotion rated, a character typed into a field);
//! - memory: the peak resident set size (`VmHWM`) with the map open, after
//!   the first frame, and after a series of edits and the recovery copy of
//!   them (written a few seconds after an edit);
//! - idle: CPU time and context switches of the process over ten seconds
//!   without input.
//!
//! "The whole board" is known exactly: the same map is opened in-process,
//! given the same keys and drawn into a test backend, and the terminal's
//! screen (read back with a terminal emulator) must show the same text on
//! every row except the status line, which may carry messages of the
//! runtime. Memory and idle figures come from `/proc` and are only taken on
//! Linux.
//!
//! Run with `cargo bench --bench terminal`; `cargo bench` runs it after the
//! criterion benchmarks. Figures and budgets: docs/performance.md.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use cjm::format::to_toml;
use cjm::tui::app::{App, Message};
use cjm::tui::theme::Theme;
use cjm::tui::views;
use cjm_testdata::generate;
use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

type Error = Box<dyn std::error::Error>;

const COLS: u16 = 120;
const ROWS: u16 = 40;
/// The seed of the maps, the same as the in-process benchmarks'.
const SEED: u64 = 2026;
/// Start-ups timed per map size.
const STARTS: usize = 15;
/// Keys timed per kind of key (after one untimed key).
const PRESSES: usize = 20;
/// How long the app is left alone for the idle figures.
const IDLE: Duration = Duration::from_secs(10);
/// Longer than the app waits before writing a recovery copy of unsaved edits.
const AUTOSAVE: Duration = Duration::from_secs(5);
/// The memory budget with the largest map open, in bytes.
const MEMORY_BUDGET: f64 = 40e6;
/// Longer than anything should take; past it the measurement fails.
const PATIENCE: Duration = Duration::from_secs(60);

/// What the reader thread knows: the emulated screen, and the screen the
/// main thread is waiting for.
struct Watch {
    parser: vt100::Parser,
    expected: Option<Vec<String>>,
    matched_at: Option<Instant>,
}

/// A running `cjm` in a pseudo-terminal.
struct Session {
    watch: Arc<(Mutex<Watch>, Condvar)>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    pid: Option<u32>,
    /// The in-process twin of the app, given the same keys.
    mirror: App,
}

fn lock(watch: &Mutex<Watch>) -> MutexGuard<'_, Watch> {
    watch
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The rows of the screen that must match: all but the status line.
fn comparable(mut rows: Vec<String>) -> Vec<String> {
    let status = usize::from(ROWS) - 2;
    if rows.len() > status {
        rows.remove(status);
    }
    rows
}

/// The emulated screen's text, one string per row.
fn screen_rows(parser: &vt100::Parser) -> Vec<String> {
    let rows = parser.screen().rows(0, COLS);
    comparable(rows.map(|r| r.trim_end().to_owned()).collect())
}

/// What `app` draws, as text rows, the same way the emulator reports them.
fn expected_rows(app: &App) -> Result<Vec<String>, Error> {
    let mut terminal = Terminal::new(TestBackend::new(COLS, ROWS))?;
    terminal.draw(|frame| views::view(app, Theme::default(), frame))?;
    let text = views::buffer_text(terminal.backend().buffer());
    Ok(comparable(text.lines().map(str::to_owned).collect()))
}

impl Session {
    /// Starts `cjm FILE` in `dir`, and returns once the first frame is on
    /// the screen, with the time that took.
    fn start(dir: &Path, file: &str) -> Result<(Session, Duration), Error> {
        let loaded = cjm::format::load_file(&dir.join(file)).map_err(|e| e.render(false))?;
        let mut mirror = App::new(loaded.map, PathBuf::from(file));
        mirror.update(Message::Resize(COLS, ROWS));
        let first_frame = expected_rows(&mirror)?;

        let pty = native_pty_system().openpty(PtySize {
            rows: ROWS,
            cols: COLS,
            pixel_width: 0,
            pixel_height: 0,
        })?;
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_cjm"));
        command.arg(file);
        command.cwd(dir);
        command.env("TERM", "xterm-256color");
        command.env_remove("NO_COLOR");
        // Folders of its own, so no user config changes keys or colours.
        command.env("HOME", dir);
        command.env("XDG_CONFIG_HOME", dir.join("config"));
        command.env("XDG_DATA_HOME", dir.join("data"));
        command.env("XDG_STATE_HOME", dir.join("state"));
        let mut reader = pty.master.try_clone_reader()?;
        let writer = pty.master.take_writer()?;
        let (Some(rows), Some(cols)) = (NonZeroU16::new(ROWS), NonZeroU16::new(COLS)) else {
            return Err("the terminal needs rows and columns".into());
        };
        let watch = Arc::new((
            Mutex::new(Watch {
                parser: vt100::Parser::new(rows, cols, 0),
                expected: Some(first_frame),
                matched_at: None,
            }),
            Condvar::new(),
        ));
        let started = Instant::now();
        let child = pty.slave.spawn_command(command)?;
        drop(pty.slave);
        let pid = child.process_id();
        let sink = Arc::clone(&watch);
        std::thread::spawn(move || {
            let mut buf = [0u8; 16384];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                let (state, signal) = &*sink;
                let mut w = lock(state);
                w.parser.process(&buf[..n]);
                if w.expected.is_some() && w.expected == Some(screen_rows(&w.parser)) {
                    w.expected = None;
                    w.matched_at = Some(Instant::now());
                    signal.notify_all();
                }
            }
        });
        // The pseudo-terminal stays open while the session lives.
        std::mem::forget(pty.master);
        let mut session = Session {
            watch,
            writer,
            child,
            pid,
            mirror,
        };
        let took = session.wait_for_match(started)?;
        Ok((session, took))
    }

    /// Waits until the reader saw the expected screen; the time since `since`.
    fn wait_for_match(&mut self, since: Instant) -> Result<Duration, Error> {
        let (state, signal) = &*self.watch;
        let mut w = lock(state);
        let deadline = since + PATIENCE;
        while w.matched_at.is_none() {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                let wanted = w.expected.clone().unwrap_or_default().join("\n");
                let shown = screen_rows(&w.parser).join("\n");
                return Err(format!(
                    "the screen never matched.\nwanted:\n{wanted}\nshown:\n{shown}"
                )
                .into());
            }
            w = signal
                .wait_timeout(w, left)
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .0;
        }
        let took = w.matched_at.take().map(|at| at - since);
        Ok(took.unwrap_or_default())
    }

    /// Types `key` (as `bytes`) and returns the time until the screen shows
    /// its effect, or `None` when the key changes nothing on the screen.
    fn press(&mut self, key: KeyEvent, bytes: &[u8]) -> Result<Option<Duration>, Error> {
        let before = expected_rows(&self.mirror)?;
        self.mirror.update(Message::Key(key));
        let after = expected_rows(&self.mirror)?;
        let changes = after != before;
        {
            let mut w = lock(&self.watch.0);
            w.matched_at = None;
            w.expected = Some(after);
        }
        let sent = Instant::now();
        self.writer.write_all(bytes)?;
        self.writer.flush()?;
        let took = self.wait_for_match(sent)?;
        Ok(changes.then_some(took))
    }

    /// Types `keys` in turn, `PRESSES` times after one untimed key, and
    /// returns the times of those that changed the screen.
    fn time_keys(&mut self, keys: &[(KeyEvent, &[u8])]) -> Result<Vec<Duration>, Error> {
        let (first, bytes) = keys[0];
        self.press(first, bytes)?;
        let mut times = Vec::new();
        for n in 1..=PRESSES {
            let (key, bytes) = keys[n % keys.len()];
            if let Some(took) = self.press(key, bytes)? {
                times.push(took);
            }
        }
        Ok(times)
    }

    /// Closes what is open and quits (answering the unsaved-changes
    /// question), then waits for the exit.
    fn quit(mut self) -> Result<(), Error> {
        // Each key on its own: Esc right before `q` would read as Alt-q.
        for bytes in [&b"\x1b"[..], b"\x1b", b"q", b"q"] {
            self.writer.write_all(bytes)?;
            self.writer.flush()?;
            let deadline = Instant::now() + Duration::from_millis(500);
            while Instant::now() < deadline {
                if self.child.try_wait()?.is_some() {
                    return Ok(());
                }
                std::thread::sleep(Duration::from_millis(5));
            }
        }
        self.child.kill()?;
        Err("cjm did not quit".into())
    }
}

/// Process figures from `/proc` (Linux only).
mod proc {
    use std::time::Duration;

    /// The peak resident set size in KiB.
    pub fn peak_rss_kib(pid: u32) -> Option<u64> {
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
        let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
        line.split_whitespace().nth(1)?.parse().ok()
    }

    /// User plus system CPU time of every thread of the process.
    pub fn cpu_time(pid: u32) -> Option<Duration> {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
        // The command name may hold spaces; the fields after it are plain.
        let after = &stat[stat.rfind(')')? + 2..];
        let fields: Vec<&str> = after.split_whitespace().collect();
        let ticks: u64 =
            fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
        // The kernel reports these in USER_HZ, which is 100 on Linux.
        Some(Duration::from_millis(ticks * 10))
    }

    /// Context switches of every thread: how often the process woke up.
    pub fn wakeups(pid: u32) -> Option<u64> {
        let mut total = 0;
        for task in std::fs::read_dir(format!("/proc/{pid}/task")).ok()? {
            let status = std::fs::read_to_string(task.ok()?.path().join("status")).ok()?;
            for line in status.lines() {
                if line.starts_with("voluntary_ctxt_switches:")
                    || line.starts_with("nonvoluntary_ctxt_switches:")
                {
                    total += line.split_whitespace().nth(1)?.parse::<u64>().ok()?;
                }
            }
        }
        Some(total)
    }
}

fn median(times: &mut [Duration]) -> Duration {
    times.sort();
    times.get(times.len() / 2).copied().unwrap_or_default()
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn verdict(value: f64, budget: f64) -> &'static str {
    if value <= budget {
        "within budget"
    } else {
        "OVER BUDGET"
    }
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// Start-up to first frame, `STARTS` times.
fn startup(dir: &Path, file: &str, size: usize) -> Result<(), Error> {
    let mut times = Vec::new();
    for _ in 0..STARTS {
        let (session, took) = Session::start(dir, file)?;
        times.push(took);
        session.quit()?;
    }
    let (fastest, slowest) = (
        times.iter().min().copied().unwrap_or_default(),
        times.iter().max().copied().unwrap_or_default(),
    );
    let middle = median(&mut times);
    let budget = if size == 1_000 {
        format!(" ({}: 40 ms)", verdict(middle.as_secs_f64() * 1e3, 40.0))
    } else {
        String::new()
    };
    println!(
        "terminal/startup/{size}: median {} (fastest {}, slowest {}, {STARTS} runs){budget}",
        ms(middle),
        ms(fastest),
        ms(slowest)
    );
    Ok(())
}

/// One long session: memory after the first frame, idle cost, key
/// latencies, and memory after the edits.
fn session(dir: &Path, file: &str, size: usize) -> Result<(), Error> {
    let (mut s, _) = Session::start(dir, file)?;
    let pid = s.pid.filter(|pid| proc::peak_rss_kib(*pid).is_some());
    if let Some(pid) = pid {
        let kib = proc::peak_rss_kib(pid).unwrap_or(0);
        println!(
            "terminal/memory/{size}/first-frame: peak RSS {:.1} MB",
            kib as f64 * 1024.0 / 1e6
        );
        let (cpu, woke) = (proc::cpu_time(pid), proc::wakeups(pid));
        std::thread::sleep(IDLE);
        let cpu = proc::cpu_time(pid)
            .zip(cpu)
            .map(|(b, a)| b.saturating_sub(a));
        let woke = proc::wakeups(pid)
            .zip(woke)
            .map(|(b, a)| b.saturating_sub(a));
        println!(
            "terminal/idle/{size}: {} CPU time and {} wake-ups in {} s without input",
            cpu.map_or("unknown".to_owned(), ms),
            woke.map_or("unknown".to_owned(), |n| n.to_string()),
            IDLE.as_secs()
        );
    } else {
        println!("terminal/memory and idle: not measured (no /proc on this system)");
    }

    let rate = [
        (key(KeyCode::Char('+')), &b"+"[..]),
        (key(KeyCode::Char('-')), &b"-"[..]),
    ];
    let mut times = s.time_keys(&rate)?;
    let budget = match size {
        1_000 => 1.0,
        10_000 => 8.0,
        _ => f64::INFINITY,
    };
    let middle = median(&mut times);
    println!(
        "terminal/key/{size}/rate-emotion: median {} over {} keys ({})",
        ms(middle),
        times.len(),
        verdict(middle.as_secs_f64() * 1e3, budget)
    );

    // Open the selected card's form and its name in the editor, then type.
    s.press(key(KeyCode::Enter), b"\r")?;
    s.press(key(KeyCode::Enter), b"\r")?;
    let typing = [
        (key(KeyCode::Char('ż')), "ż".as_bytes()),
        (key(KeyCode::Backspace), &b"\x7f"[..]),
    ];
    let mut times = s.time_keys(&typing)?;
    let middle = median(&mut times);
    println!(
        "terminal/key/{size}/type-in-editor: median {} over {} keys ({})",
        ms(middle),
        times.len(),
        verdict(middle.as_secs_f64() * 1e3, budget)
    );
    // The recovery copy of the edits is written meanwhile: its text counts too.
    std::thread::sleep(AUTOSAVE);
    let copies = std::fs::read_dir(dir.join("data").join("cjm").join("recovery"))
        .map_or(0, |entries| entries.count());
    if copies == 0 {
        println!("terminal/memory/{size}: no recovery copy was written; the figure below lacks it");
    }
    if let Some(kib) = pid.and_then(proc::peak_rss_kib) {
        let bytes = kib as f64 * 1024.0;
        let budget = if size == 10_000 {
            format!(" ({}: 40 MB)", verdict(bytes, MEMORY_BUDGET))
        } else {
            String::new()
        };
        println!(
            "terminal/memory/{size}/after-{}-edits-and-recovery-copy: peak RSS {:.1} MB{budget}",
            PRESSES + 1,
            bytes / 1e6
        );
    }
    s.quit()
}

fn main() -> Result<(), Error> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let names = ["terminal/startup", "terminal/session"];
    if args.iter().any(|a| a == "--list") {
        for name in names {
            println!("{name}: bench");
        }
        return Ok(());
    }
    // `cargo bench -- FILTER` passes the filter to every benchmark.
    let filter = args.iter().find(|a| !a.starts_with('-'));
    let wanted = |name: &str| filter.is_none_or(|f| name.contains(f.as_str()));
    if !names.iter().any(|n| wanted(n)) {
        return Ok(());
    }

    let dir = tempfile::tempdir()?;
    // `cargo test --benches` runs this without `--bench`: then one start-up
    // on the small map only checks that the measuring works.
    if !args.iter().any(|a| a == "--bench") {
        std::fs::write(
            dir.path().join("map-100.toml"),
            to_toml(&generate(100, SEED)),
        )?;
        let (session, took) = Session::start(dir.path(), "map-100.toml")?;
        session.quit()?;
        println!(
            "terminal: first frame after {} (run `cargo bench` to measure)",
            ms(took)
        );
        return Ok(());
    }
    let sizes = [100, 1_000, 10_000];
    for size in sizes {
        std::fs::write(
            dir.path().join(format!("map-{size}.toml")),
            to_toml(&generate(size, SEED)),
        )?;
    }
    println!("The real cjm binary in a {COLS}×{ROWS} pseudo-terminal:");
    if wanted(names[0]) {
        for size in sizes {
            startup(dir.path(), &format!("map-{size}.toml"), size)?;
        }
    }
    if wanted(names[1]) {
        for size in [1_000, 10_000] {
            session(dir.path(), &format!("map-{size}.toml"), size)?;
        }
    }
    Ok(())
}
