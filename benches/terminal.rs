//! The real `cjm` binary (built by `cargo bench` with the release profile)
//! in a pseudo-terminal of 120×40, on generated maps of 1,000 and 10,000
//! touchpoints, and as a command on files of up to 100,000. It measures
//! what a person waits for, which in-process benchmarks cannot:
//!
//! - `terminal/startup`: start-up to first frame, from starting the process
//!   to the moment the terminal shows the whole board, of a canonical file
//!   and of the same map with one extra space; beside `vim -u NONE` and
//!   `less +G` opening the same file, when they are installed (paired:
//!   each round starts each program once);
//! - `terminal/keys`: key → settled screen for each kind of key (moving,
//!   switching views, also back to one after an edit, opening a form, the
//!   palette and the finder (also after an edit, when it collects the map
//!   again), typing and deleting in the finder, rating an emotion, typing
//!   and deleting in a field's editor), each reported as the median and
//!   the 95th percentile, with a person's pauses between keys; then the
//!   peak memory after those edits and the recovery copy the app writes of
//!   them, and during a save of the edited map;
//! - `terminal/idle`: the peak memory after the first frame, and the CPU
//!   time and wake-ups of ten seconds without input (from a second after
//!   the first frame, once the list of recent maps is written);
//! - `terminal/fzf`: typing a query in the finder and deleting it again,
//!   beside interactive fzf on the same lines, in turns;
//! - `terminal/commands`: `cjm check` beside `cat`, every export, diff and
//!   merge at 1,000, 10,000 and 100,000 touchpoints (and how much longer
//!   100,000 takes than 10,000), and the peak memory of `cjm check` beside
//!   the file's size (with GNU `time`, when installed).
//!
//! "The whole screen" is known exactly: the same map is opened in-process,
//! given the same keys and drawn into a test backend, and the terminal's
//! screen (read back with a terminal emulator) must show the same text on
//! every row except the status line, which may carry messages of the
//! runtime. Memory and idle figures come from `/proc` and are only taken on
//! Linux.
//!
//! Run with `cargo bench --bench terminal`; one group with its name, e.g.
//! `cargo bench --bench terminal -- keys`. Settings, from the environment:
//! `CJM_BENCH_SIZES=1000` (the sizes, comma-separated), `CJM_BENCH_ROUNDS`
//! (rounds of each key sequence, default 20), `CJM_BENCH_PAUSE_MS` (the mean
//! pause between keys, default 150; 0 for none). Figures and budgets:
//! docs/performance.md.

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

/// Whole characters for the emulator (see the file's comment).
#[path = "../tests/common/utf8.rs"]
mod utf8;

type Error = Box<dyn std::error::Error>;

const COLS: u16 = 120;
const ROWS: u16 = 40;
/// The seed of the maps, the same as the in-process benchmarks'.
const SEED: u64 = 2026;
/// Start-ups timed per map size.
const STARTS: usize = 15;
/// Rounds of each short key sequence (`CJM_BENCH_ROUNDS` changes it).
const PRESSES: usize = 20;
/// How long the app is left alone for the idle figures.
const IDLE: Duration = Duration::from_secs(10);
/// Longer than the app waits before writing a recovery copy of unsaved edits.
const AUTOSAVE: Duration = Duration::from_secs(5);

/// Keys of the burst of edits in `terminal/keys`, and the mean pause
/// between them: eight seconds without the half-second pause a recovery
/// copy waits for. Copies are then written at most six seconds apart (one
/// interval, then at most one more waiting for a pause), so at least one
/// is written while the keys come.
const BURST: usize = 140;
const BURST_PAUSE_MS: u64 = 60;

/// The memory budget with the largest map open, in bytes.
const MEMORY_BUDGET: f64 = 40e6;
/// Longer than anything should take; past it the measurement fails.
const PATIENCE: Duration = Duration::from_secs(60);

/// What the reader thread knows: the emulated screen, and the screen the
/// main thread is waiting for.
struct Watch {
    parser: vt100::Parser,
    expected: Option<Vec<Row>>,
    /// The rows the check looks at: those the key changes (the others
    /// already showed what they show), all of them for a first frame.
    check: Vec<usize>,
    /// Where in `check` the row that differed at the last check is.
    differed: usize,
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
fn comparable(mut rows: Vec<Row>) -> Vec<Row> {
    let status = usize::from(ROWS) - 2;
    if rows.len() > status {
        rows.remove(status);
    }
    rows
}

/// The screen row that row `i` of [`comparable`] rows is.
fn screen_y(i: usize) -> u16 {
    let status = usize::from(ROWS) - 2;
    (if i >= status { i + 1 } else { i }) as u16
}

/// One row of a screen: its text, and where its style changes (the cell
/// number and the style from there on), so that a key that only moves the
/// selection (a change of colour) is seen too.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Row {
    text: String,
    styles: Vec<(u16, CellStyle)>,
}

impl std::fmt::Display for Row {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.text)?;
        for (x, style) in &self.styles {
            write!(f, " |{x}:{style:?}")?;
        }
        Ok(())
    }
}

/// Rows one per line, for a message.
fn lines(rows: &[Row]) -> String {
    rows.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Row `y` of the emulated screen.
fn screen_row(screen: &vt100::Screen, y: u16) -> Row {
    let mut text = String::with_capacity(usize::from(COLS));
    let color = |c: vt100::Color| match c {
        vt100::Color::Default => CellColor::Default,
        vt100::Color::Idx(n) => CellColor::Index(n),
        vt100::Color::Rgb(r, g, b) => CellColor::Rgb(r, g, b),
    };
    let mut cells: Vec<CellStyle> = Vec::with_capacity(usize::from(COLS));
    for x in 0..COLS {
        let Some(cell) = screen.cell(y, x) else {
            break;
        };
        if !cell.is_wide_continuation() {
            match cell.contents() {
                "" => text.push(' '),
                contents => text.push_str(contents),
            }
        }
        // The second half of a wide character is drawn as the first.
        let style = match cells.last() {
            Some(left) if cell.is_wide_continuation() => *left,
            _ => {
                let style = CellStyle {
                    fg: color(cell.fgcolor()),
                    bg: color(cell.bgcolor()),
                    bold: cell.bold(),
                    dim: cell.dim(),
                    italic: cell.italic(),
                    underline: cell.underline(),
                    inverse: cell.inverse(),
                };
                if cell.contents().trim().is_empty() {
                    style.blank()
                } else {
                    style
                }
            }
        };
        cells.push(style);
    }
    Row {
        text: text.trim_end().to_owned(),
        styles: runs(cells),
    }
}

/// The emulated screen, row by row (see [`Row`]).
fn screen_rows(parser: &vt100::Parser) -> Vec<Row> {
    let screen = parser.screen();
    comparable((0..ROWS).map(|y| screen_row(screen, y)).collect())
}

/// Whether the emulated screen shows `expected` in the rows `check`.
/// Checked after every read from the terminal, so it stops at the first
/// row that differs, and looks first at the row that differed last time
/// (a frame arrives top to bottom): the check must cost the measurement as
/// little as it can. The whole screen is compared once the rows checked
/// match, outside the time measured ([`Session::press`]).
fn screen_matches(
    parser: &vt100::Parser,
    expected: &[Row],
    check: &[usize],
    differed: &mut usize,
) -> bool {
    let screen = parser.screen();
    let n = check.len();
    for at in (*differed..n).chain(0..(*differed).min(n)) {
        let i = check[at];
        if expected.get(i) != Some(&screen_row(screen, screen_y(i))) {
            *differed = at;
            return false;
        }
    }
    true
}

/// What `app` draws, as rows the same way [`screen_rows`] reads them.
fn expected_rows(app: &App) -> Result<Vec<Row>, Error> {
    use ratatui::style::{Color, Modifier};
    let mut terminal = Terminal::new(TestBackend::new(COLS, ROWS))?;
    terminal.draw(|frame| views::view(app, Theme::default(), frame))?;
    let buffer = terminal.backend().buffer();
    let text = views::buffer_text(buffer);
    let color = |c: Color| match c {
        Color::Reset => CellColor::Default,
        Color::Black => CellColor::Index(0),
        Color::Red => CellColor::Index(1),
        Color::Green => CellColor::Index(2),
        Color::Yellow => CellColor::Index(3),
        Color::Blue => CellColor::Index(4),
        Color::Magenta => CellColor::Index(5),
        Color::Cyan => CellColor::Index(6),
        Color::Gray => CellColor::Index(7),
        Color::DarkGray => CellColor::Index(8),
        Color::LightRed => CellColor::Index(9),
        Color::LightGreen => CellColor::Index(10),
        Color::LightYellow => CellColor::Index(11),
        Color::LightBlue => CellColor::Index(12),
        Color::LightMagenta => CellColor::Index(13),
        Color::LightCyan => CellColor::Index(14),
        Color::White => CellColor::Index(15),
        Color::Indexed(n) => CellColor::Index(n),
        Color::Rgb(r, g, b) => CellColor::Rgb(r, g, b),
    };
    let rows = text.lines().enumerate().map(|(y, line)| {
        let mut skip = 0;
        let mut cells: Vec<CellStyle> = Vec::new();
        for x in 0..COLS {
            let cell = &buffer[(x, y as u16)];
            let m = cell.modifier;
            // The second half of a wide character is drawn as the first.
            let style = match cells.last() {
                Some(left) if skip > 0 => *left,
                _ => {
                    let style = CellStyle {
                        fg: color(cell.fg),
                        bg: color(cell.bg),
                        bold: m.contains(Modifier::BOLD),
                        dim: m.contains(Modifier::DIM),
                        italic: m.contains(Modifier::ITALIC),
                        underline: m.contains(Modifier::UNDERLINED),
                        inverse: m.contains(Modifier::REVERSED),
                    };
                    if cell.symbol().trim().is_empty() {
                        style.blank()
                    } else {
                        style
                    }
                }
            };
            skip = match skip {
                0 => cjm::text::width(cell.symbol()).saturating_sub(1),
                n => n - 1,
            };
            cells.push(style);
        }
        Row {
            text: line.to_owned(),
            styles: runs(cells),
        }
    });
    Ok(comparable(rows.collect()))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CellColor {
    Default,
    Index(u8),
    Rgb(u8, u8, u8),
}

/// How one cell is drawn, besides its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct CellStyle {
    fg: CellColor,
    bg: CellColor,
    bold: bool,
    dim: bool,
    italic: bool,
    underline: bool,
    inverse: bool,
}

impl CellStyle {
    /// How a blank cell looks: only its background and reverse show (a
    /// terminal may keep any foreground for a cell it erased).
    fn blank(self) -> CellStyle {
        CellStyle {
            fg: CellColor::Default,
            bold: false,
            dim: false,
            italic: false,
            underline: false,
            ..self
        }
    }
}

/// Where the style changes along a row: the cell number and the style.
fn runs(cells: impl IntoIterator<Item = CellStyle>) -> Vec<(u16, CellStyle)> {
    let mut runs: Vec<(u16, CellStyle)> = Vec::new();
    for (x, style) in cells.into_iter().enumerate() {
        if runs.last().is_none_or(|(_, last)| *last != style) {
            runs.push((x as u16, style));
        }
    }
    runs
}

impl Session {
    /// Starts `cjm FILE` in `dir`, and returns once the first frame is on
    /// the screen, with the time that took.
    fn start(dir: &Path, file: &str) -> Result<(Session, Duration), Error> {
        let loaded = cjm::format::load_file(&dir.join(file)).map_err(|e| e.render(false))?;
        let mut mirror = App::new(loaded.map, PathBuf::from(file));
        mirror.update(Message::Resize(COLS, ROWS));
        let first_frame = expected_rows(&mirror)?;

        let pty = open_pty()?;
        let mut command = command_in(dir, env!("CARGO_BIN_EXE_cjm"), &[file]);
        command.env_remove("NO_COLOR");
        let mut reader = pty.master.try_clone_reader()?;
        let writer = pty.master.take_writer()?;
        let (Some(rows), Some(cols)) = (NonZeroU16::new(ROWS), NonZeroU16::new(COLS)) else {
            return Err("the terminal needs rows and columns".into());
        };
        let watch = Arc::new((
            Mutex::new(Watch {
                parser: vt100::Parser::new(rows, cols, 0),
                check: (0..first_frame.len()).collect(),
                expected: Some(first_frame),
                differed: 0,
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
            let mut whole = utf8::Whole::default();
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                let (state, signal) = &*sink;
                let mut w = lock(state);
                whole.feed(&mut w.parser, &buf[..n]);
                let w = &mut *w;
                if let Some(expected) = &w.expected
                    && screen_matches(&w.parser, expected, &w.check, &mut w.differed)
                {
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
                let wanted = lines(&w.expected.clone().unwrap_or_default());
                let shown = lines(&screen_rows(&w.parser));
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
        let mut check: Vec<usize> = (0..after.len())
            .filter(|&i| before.get(i) != after.get(i))
            .collect();
        if check.is_empty() {
            check = (0..after.len()).collect();
        }
        {
            let mut w = lock(&self.watch.0);
            w.matched_at = None;
            w.expected = Some(after.clone());
            w.check = check;
            w.differed = 0;
        }
        let sent = Instant::now();
        self.writer.write_all(bytes)?;
        self.writer.flush()?;
        let took = self.wait_for_match(sent)?;
        // The rows the key left alone must still show what they showed.
        let shown = screen_rows(&lock(&self.watch.0).parser);
        if shown != after {
            return Err(format!(
                "the rows the key changed matched, but not the whole screen.\nwanted:\n{}\nshown:\n{}",
                lines(&after),
                lines(&shown)
            )
            .into());
        }
        Ok(changes.then_some(took))
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

    /// Starts the peak resident set size again from the current one
    /// (writing 5 to `clear_refs`): a peak measured after it is that of
    /// what came after. False where the kernel refuses.
    pub fn reset_peak_rss(pid: u32) -> bool {
        std::fs::write(format!("/proc/{pid}/clear_refs"), "5").is_ok()
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

    /// CPU time of the main thread, to the nanosecond (the scheduler's
    /// count; [`cpu_time`] is in ticks of 10 ms).
    pub fn main_thread_cpu(pid: u32) -> Option<Duration> {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/schedstat")).ok()?;
        let ns: u64 = stat.split_whitespace().next()?.parse().ok()?;
        Some(Duration::from_nanos(ns))
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

/// The median and the 95th percentile (nearest rank) of `times`.
fn percentiles(times: &mut [Duration]) -> (Duration, Duration) {
    times.sort();
    let at = |p: f64| {
        let rank = ((p * times.len() as f64).ceil() as usize).max(1);
        times.get(rank - 1).copied().unwrap_or_default()
    };
    (at(0.5), at(0.95))
}

fn median(times: &mut [Duration]) -> Duration {
    percentiles(times).0
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

/// A number from the environment, or `default`.
fn setting(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

/// The map sizes to measure: `CJM_BENCH_SIZES` (touchpoints, comma-separated)
/// or `default`.
fn sizes(default: &[usize]) -> Vec<usize> {
    match std::env::var("CJM_BENCH_SIZES") {
        Ok(list) => list
            .split(',')
            .filter_map(|n| n.trim().parse().ok())
            .filter(|n| default.contains(n))
            .collect(),
        Err(_) => default.to_vec(),
    }
}

/// A person's pause between two keys: `CJM_BENCH_PAUSE_MS` (default 150)
/// give or take a third, so the app has gone back to waiting for input,
/// caches are cold as between a person's keys, and keys never queue up.
struct Pauses {
    mean: u64,
    state: u64,
}

impl Pauses {
    fn new() -> Pauses {
        Pauses::around(setting("CJM_BENCH_PAUSE_MS", 150))
    }

    /// Pauses of `mean` milliseconds, give or take a third.
    fn around(mean: u64) -> Pauses {
        Pauses { mean, state: SEED }
    }

    fn wait(&mut self) {
        if self.mean == 0 {
            return;
        }
        // SplitMix64: the same pauses on every run.
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^= z >> 31;
        let spread = self.mean * 2 / 3;
        let pause = self.mean - self.mean / 3 + z % spread.max(1);
        std::thread::sleep(Duration::from_millis(pause));
    }
}

/// The latencies of each kind of key, in the order first seen.
#[derive(Default)]
struct Latencies(Vec<(&'static str, Vec<Duration>)>);

impl Latencies {
    fn add(&mut self, kind: &'static str, took: Duration) {
        match self.0.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, times)) => times.push(took),
            None => self.0.push((kind, vec![took])),
        }
    }

    /// One line per kind: median, 95th percentile, the slowest key, and
    /// the verdict on the p95 budget of the size.
    fn report(mut self, size: usize) {
        let budget = match size {
            1_000 => 1.0,
            10_000 => 4.0,
            _ => f64::INFINITY,
        };
        for (kind, times) in &mut self.0 {
            let n = times.len();
            let (p50, p95) = percentiles(times);
            let max = times.last().copied().unwrap_or_default();
            println!(
                "terminal/keys/{size}/{kind}: median {}, p95 {}, max {} over {n} keys ({}: p95 {budget} ms)",
                ms(p50),
                ms(p95),
                ms(max),
                verdict(p95.as_secs_f64() * 1e3, budget)
            );
        }
    }
}

/// One key of a sequence: what kind it is reported as, the key, its bytes.
type Press = (&'static str, KeyEvent, Vec<u8>);

fn press(kind: &'static str, code: KeyCode, bytes: &[u8]) -> Press {
    (kind, key(code), bytes.to_vec())
}

/// Typing `text` into the finder, then deleting it again.
fn type_and_delete(typing: &'static str, deleting: &'static str, text: &str) -> Vec<Press> {
    let mut keys: Vec<Press> = text
        .chars()
        .map(|c| (typing, key(KeyCode::Char(c)), c.to_string().into_bytes()))
        .collect();
    keys.extend((0..text.chars().count()).map(|_| press(deleting, KeyCode::Backspace, b"\x7f")));
    keys
}

impl Session {
    /// Types `keys` in turn, `rounds` times, with a person's pauses, and
    /// adds the time of each key that changed the screen to `into`.
    fn time_sequence(
        &mut self,
        keys: &[Press],
        rounds: usize,
        pauses: &mut Pauses,
        into: &mut Latencies,
    ) -> Result<(), Error> {
        for _ in 0..rounds {
            for (kind, key, bytes) in keys {
                pauses.wait();
                if let Some(took) = self.press(*key, bytes)? {
                    into.add(kind, took);
                }
            }
        }
        Ok(())
    }
}

/// Start-up to first frame, `STARTS` times, of the canonical and of the
/// non-canonical file, paired with vim and less on the same file when they
/// are installed (each round starts each program once, so a busy moment
/// hits all of them).
fn startup(dir: &Path, size: usize) -> Result<(), Error> {
    let file = format!("map-{size}.toml");
    let odd = format!("map-{size}-not-canonical.toml");
    let text = std::fs::read_to_string(dir.join(&file))?;
    // One extra space: the same map, not in canonical form.
    std::fs::write(dir.join(&odd), text.replacen(" = ", "  = ", 1))?;
    let first_line: String = text
        .lines()
        .next()
        .unwrap_or_default()
        .chars()
        .take(40)
        .collect();
    let peers = [
        (
            "vim -u NONE",
            "vim",
            vec!["-u", "NONE", "-n", file.as_str()],
        ),
        ("less +G", "less", vec!["+G", file.as_str()]),
    ];
    let installed: Vec<_> = peers
        .iter()
        .filter(|(name, program, _)| {
            let found = which(program);
            if !found {
                println!("terminal/startup/{size}/{name}: skipped ({program} is not installed)");
            }
            found
        })
        .collect();
    let mut cjm = Vec::new();
    let mut cjm_odd = Vec::new();
    let mut others: Vec<Vec<Duration>> = vec![Vec::new(); installed.len()];
    for _ in 0..STARTS {
        let (session, took) = Session::start(dir, &file)?;
        cjm.push(took);
        session.quit()?;
        let (session, took) = Session::start(dir, &odd)?;
        cjm_odd.push(took);
        session.quit()?;
        for (n, (name, program, args)) in installed.iter().enumerate() {
            let wanted = |screen: &vt100::Screen| match *name {
                // The file's first line at the top, and the message that it was read.
                "vim -u NONE" => {
                    screen.contents().starts_with(&first_line)
                        && screen
                            .rows(0, COLS)
                            .last()
                            .is_some_and(|r| r.contains(&file))
                }
                // The end of the file, and less saying so.
                _ => screen
                    .rows(0, COLS)
                    .last()
                    .is_some_and(|r| r.contains("(END)")),
            };
            others[n].push(first_screen(dir, program, args, wanted)?);
        }
    }
    let canonical = median(&mut cjm);
    let not_canonical = median(&mut cjm_odd);
    let budget = if size == 1_000 { " (budget 40 ms)" } else { "" };
    println!(
        "terminal/startup/{size}/cjm: median {}{budget}",
        ms(canonical)
    );
    let ratio = not_canonical.as_secs_f64() / canonical.as_secs_f64().max(1e-9);
    println!(
        "terminal/startup/{size}/cjm-not-canonical: median {} = {ratio:.2}× canonical ({}: 1.1×)",
        ms(not_canonical),
        verdict(ratio, 1.1)
    );
    for ((name, ..), times) in installed.iter().zip(&mut others) {
        let peer = median(times);
        let ratio = canonical.as_secs_f64() / peer.as_secs_f64().max(1e-9);
        let budget = if name.starts_with("vim") {
            format!(" ({}: 2×)", verdict(ratio, 2.0))
        } else {
            String::new()
        };
        println!(
            "terminal/startup/{size}/{name}: median {}; cjm takes {ratio:.2}× as long{budget}",
            ms(peer)
        );
    }
    Ok(())
}

/// Whether `program` is on the PATH.
fn which(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

/// `program` with `args`, to run in `dir` in a terminal, with folders of
/// its own there (home, config, data, state), so that no user setting
/// changes its keys, colours or history.
fn command_in(dir: &Path, program: &str, args: &[&str]) -> CommandBuilder {
    let mut command = CommandBuilder::new(program);
    command.args(args);
    command.cwd(dir);
    command.env("TERM", "xterm-256color");
    command.env("HOME", dir);
    command.env("XDG_CONFIG_HOME", dir.join("config"));
    command.env("XDG_DATA_HOME", dir.join("data"));
    command.env("XDG_STATE_HOME", dir.join("state"));
    command
}

/// Starts `program` in a pseudo-terminal of the same size in `dir` and
/// returns the time until its screen is `wanted`; then ends it.
fn first_screen(
    dir: &Path,
    program: &str,
    args: &[&str],
    wanted: impl Fn(&vt100::Screen) -> bool,
) -> Result<Duration, Error> {
    let pty = open_pty()?;
    let mut command = command_in(dir, program, args);
    command.env("LESSHISTFILE", "-");
    let mut reader = pty.master.try_clone_reader()?;
    let started = Instant::now();
    let mut child = pty.slave.spawn_command(command)?;
    drop(pty.slave);
    let (Some(rows), Some(cols)) = (NonZeroU16::new(ROWS), NonZeroU16::new(COLS)) else {
        return Err("the terminal needs rows and columns".into());
    };
    let mut parser = vt100::Parser::new(rows, cols, 0);
    let mut buf = [0u8; 16384];
    let took = loop {
        let n = reader.read(&mut buf)?;
        if n == 0 {
            return Err(format!("{program} ended before its screen was complete").into());
        }
        parser.process(&buf[..n]);
        if wanted(parser.screen()) {
            break started.elapsed();
        }
        if started.elapsed() > PATIENCE {
            return Err(format!("{program} never showed the expected screen").into());
        }
    };
    child.kill()?;
    child.wait()?;
    drop(pty.master);
    Ok(took)
}

/// How long a program must write nothing for its reaction to a key to
/// count as finished (see [`Quiet`]).
const QUIET: Duration = Duration::from_millis(80);

/// A program in a pseudo-terminal whose screens are not known in advance
/// (fzf): a key's reaction is over when the program has written nothing
/// for [`QUIET`], and it took until the last byte written.
struct Quiet {
    /// When the last bytes came, and how many came in all.
    last: Arc<Mutex<(Instant, u64)>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
}

impl Quiet {
    /// Starts `program` with `args` in `dir` and waits for its first screen.
    fn start(dir: &Path, program: &str, args: &[&str]) -> Result<Quiet, Error> {
        let pty = open_pty()?;
        let mut command = command_in(dir, program, args);
        command.env_remove("FZF_DEFAULT_OPTS");
        command.env_remove("FZF_DEFAULT_COMMAND");
        let mut reader = pty.master.try_clone_reader()?;
        let writer = pty.master.take_writer()?;
        let child = pty.slave.spawn_command(command)?;
        drop(pty.slave);
        let last = Arc::new(Mutex::new((Instant::now(), 0u64)));
        let sink = Arc::clone(&last);
        std::thread::spawn(move || {
            let mut buf = [0u8; 16384];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                let mut last = sink
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                *last = (Instant::now(), last.1 + n as u64);
            }
        });
        std::mem::forget(pty.master);
        let quiet = Quiet {
            last,
            writer,
            child,
        };
        // The first screen, and whatever the program reads meanwhile.
        quiet.settle(Instant::now(), Duration::from_millis(500))?;
        Ok(quiet)
    }

    /// Waits until nothing came for `quiet`; the time from `since` to the
    /// last bytes, `None` when nothing came after `since`.
    fn settle(&self, since: Instant, quiet: Duration) -> Result<Option<Duration>, Error> {
        let deadline = since + PATIENCE;
        loop {
            std::thread::sleep(Duration::from_millis(2));
            let (at, _) = *self
                .last
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let now = Instant::now();
            if now.duration_since(at.max(since)) >= quiet {
                return Ok((at > since).then(|| at - since));
            }
            if now > deadline {
                return Err("the program never went quiet".into());
            }
        }
    }

    /// Types `bytes`; how long the program took to react (see [`Quiet`]).
    fn press(&mut self, bytes: &[u8]) -> Result<Option<Duration>, Error> {
        let sent = Instant::now();
        self.writer.write_all(bytes)?;
        self.writer.flush()?;
        self.settle(sent, QUIET)
    }

    fn stop(mut self) -> Result<(), Error> {
        self.child.kill()?;
        self.child.wait()?;
        Ok(())
    }
}

/// The finder beside interactive fzf on the same lines (every item the
/// finder lists, one per line): typing a query and deleting it again in
/// each, in turns, timed the same way for both: from the key to the last
/// byte of the program's reaction ([`Quiet`]).
fn fzf(dir: &Path, size: usize) -> Result<(), Error> {
    if !which("fzf") {
        println!("terminal/fzf/{size}: not measured (fzf is not installed)");
        return Ok(());
    }
    let map = generate(size, SEED);
    let finder = cjm::tui::finder::Finder::over_map(&map, &[]);
    let texts = cjm::tui::finder::MapTexts::new(&map, &[]);
    let lines: Vec<String> = finder
        .hits
        .iter()
        .filter_map(|hit| finder.item(hit, texts).map(|item| item.text.into_owned()))
        .collect();
    let list = format!("lines-{size}.txt");
    std::fs::write(dir.join(&list), lines.join("\n") + "\n")?;
    let mut cjm = Quiet::start(
        dir,
        env!("CARGO_BIN_EXE_cjm"),
        &[&format!("map-{size}.toml")],
    )?;
    cjm.press(b"/")?;
    let mut fzf = Quiet::start(dir, "sh", &["-c", &format!("exec fzf --no-mouse < {list}")])?;
    let query = "refund status";
    let mut keys: Vec<(&str, Vec<u8>)> = query
        .chars()
        .map(|c| ("type", c.to_string().into_bytes()))
        .collect();
    keys.extend(query.chars().map(|_| ("delete", b"\x7f".to_vec())));
    let rounds = setting("CJM_BENCH_ROUNDS", PRESSES as u64).div_ceil(4) as usize;
    let mut pauses = Pauses::new();
    let mut times: [[Vec<Duration>; 2]; 2] = Default::default();
    for _ in 0..rounds {
        for (who, program) in [&mut cjm, &mut fzf].into_iter().enumerate() {
            for (kind, bytes) in &keys {
                pauses.wait();
                if let Some(took) = program.press(bytes)? {
                    times[usize::from(*kind == "delete")][who].push(took);
                }
            }
        }
    }
    for (kind, [ours, theirs]) in ["type", "delete"].iter().zip(&mut times) {
        let (ours_median, ours_p95) = percentiles(ours);
        let (fzf_median, fzf_p95) = percentiles(theirs);
        let ratio = ours_median.as_secs_f64() / fzf_median.as_secs_f64().max(1e-9);
        println!(
            "terminal/fzf/{size}/{kind}: cjm's finder median {} (p95 {}), fzf median {} (p95 {}): {ratio:.2}× fzf ({})",
            ms(ours_median),
            ms(ours_p95),
            ms(fzf_median),
            ms(fzf_p95),
            if ratio <= 1.0 {
                "no slower: met"
            } else {
                "slower: OVER BUDGET"
            },
        );
    }
    cjm.stop()?;
    fzf.stop()
}

/// Memory after the first frame, and the cost of ten idle seconds.
fn idle(dir: &Path, size: usize) -> Result<(), Error> {
    let (s, _) = Session::start(dir, &format!("map-{size}.toml"))?;
    let Some(pid) = s.pid.filter(|pid| proc::peak_rss_kib(*pid).is_some()) else {
        println!("terminal/memory and idle: not measured (no /proc on this system)");
        return s.quit();
    };
    let kib = proc::peak_rss_kib(pid).unwrap_or(0);
    println!(
        "terminal/memory/{size}/first-frame: peak RSS {:.1} MB",
        kib as f64 * 1024.0 / 1e6
    );
    // Right after its first frame the app writes the list of recent maps
    // (once, with a flush to disk, which blocks and wakes it again): idle
    // is what follows.
    std::thread::sleep(Duration::from_secs(1));
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
    s.quit()
}

/// Key → settled screen for every kind of key, with a person's pauses;
/// then the memory after those edits and the recovery copy of them.
fn keys(dir: &Path, size: usize) -> Result<(), Error> {
    let (mut s, _) = Session::start(dir, &format!("map-{size}.toml"))?;
    let rounds = setting("CJM_BENCH_ROUNDS", PRESSES as u64) as usize;
    let mut pauses = Pauses::new();
    let mut times = Latencies::default();
    let sequences: Vec<Vec<Press>> = vec![
        vec![
            press("move", KeyCode::Char('j'), b"j"),
            press("move", KeyCode::Char('k'), b"k"),
        ],
        "2345671"
            .chars()
            .map(|c| ("switch-view", key(KeyCode::Char(c)), vec![c as u8]))
            .collect(),
        // Back to views shown before, after an edit: each is drawn again
        // (without one, the views shown since the last change are copied).
        vec![
            press("rate-emotion", KeyCode::Char('+'), b"+"),
            press("switch-view-after-edit", KeyCode::Char('2'), b"2"),
            press("switch-view-after-edit", KeyCode::Char('1'), b"1"),
            press("rate-emotion", KeyCode::Char('-'), b"-"),
            press("switch-view-after-edit", KeyCode::Char('6'), b"6"),
            press("switch-view-after-edit", KeyCode::Char('1'), b"1"),
        ],
        vec![
            press("open-form", KeyCode::Enter, b"\r"),
            press("close-form", KeyCode::Esc, b"\x1b"),
        ],
        vec![
            press("open-palette", KeyCode::Char(':'), b":"),
            press("close-palette", KeyCode::Esc, b"\x1b"),
        ],
        [press("open-finder", KeyCode::Char('/'), b"/")]
            .into_iter()
            .chain(type_and_delete(
                "type-in-finder",
                "delete-in-finder",
                "refund status",
            ))
            .chain([press("close-finder", KeyCode::Esc, b"\x1b")])
            .collect(),
        vec![
            press("rate-emotion", KeyCode::Char('+'), b"+"),
            press("rate-emotion", KeyCode::Char('-'), b"-"),
        ],
        // The map changed since the finder last opened: it collects the
        // map's items again rather than reusing those it kept.
        vec![
            press("rate-emotion", KeyCode::Char('+'), b"+"),
            press("open-finder-after-edit", KeyCode::Char('/'), b"/"),
            press("close-finder", KeyCode::Esc, b"\x1b"),
            press("rate-emotion", KeyCode::Char('-'), b"-"),
            press("open-finder-after-edit", KeyCode::Char('/'), b"/"),
            press("close-finder", KeyCode::Esc, b"\x1b"),
        ],
    ];
    for sequence in &sequences {
        // A long sequence (the finder's query) is repeated fewer times.
        let rounds = if sequence.len() > 8 {
            rounds.div_ceil(8)
        } else {
            rounds
        };
        let cpu_before = s.pid.and_then(proc::main_thread_cpu);
        s.time_sequence(sequence, rounds, &mut pauses, &mut times)?;
        // The app's own share of those keys: its CPU time per key, which
        // the terminal's share (the pseudo-terminal, waking the processes,
        // the emulator) comes on top of.
        if let (Some(before), Some(after)) = (cpu_before, s.pid.and_then(proc::main_thread_cpu)) {
            let mut kinds: Vec<&str> = sequence.iter().map(|(kind, _, _)| *kind).collect();
            kinds.dedup();
            let per_key = (after - before) / (rounds * sequence.len()) as u32;
            println!(
                "terminal/keys/{size}/cpu/{}: {} per key in cjm",
                kinds.join("+"),
                ms(per_key)
            );
        }
    }
    // A burst of edits without a pause, about eight seconds of them: the
    // recovery copy falls due meanwhile and cannot wait for a pause, so it
    // is written while the keys come (on its own thread: no key waits).
    let burst: Vec<Press> = (0..BURST / 2)
        .flat_map(|_| {
            [
                press("edit-in-a-burst", KeyCode::Char('+'), b"+"),
                press("edit-in-a-burst", KeyCode::Char('-'), b"-"),
            ]
        })
        .collect();
    s.time_sequence(&burst, 1, &mut Pauses::around(BURST_PAUSE_MS), &mut times)?;
    // The selected card's form, its name in the editor, then typing.
    s.press(key(KeyCode::Enter), b"\r")?;
    s.press(key(KeyCode::Enter), b"\r")?;
    let editing = type_and_delete("type-in-editor", "delete-in-editor", "żółw");
    s.time_sequence(&editing, rounds.div_ceil(4), &mut pauses, &mut times)?;
    times.report(size);

    // The recovery copy of the edits is written meanwhile: its text counts too.
    std::thread::sleep(AUTOSAVE);
    let copies = std::fs::read_dir(dir.join("data").join("cjm").join("recovery"))
        .map_or(0, |entries| entries.count());
    if copies == 0 {
        println!("terminal/memory/{size}: no recovery copy was written; the figure below lacks it");
    }
    if let Some(kib) = s.pid.and_then(proc::peak_rss_kib) {
        let bytes = kib as f64 * 1024.0;
        let budget = if size == 10_000 {
            format!(" ({}: 40 MB)", verdict(bytes, MEMORY_BUDGET))
        } else {
            String::new()
        };
        println!(
            "terminal/memory/{size}/after-edits-and-recovery-copy: peak RSS {:.1} MB{budget}",
            bytes / 1e6
        );
    }
    // Then a save of the edited map (the form closed first), its own peak:
    // the peak so far is started again from what the app holds now. The
    // file is put back as it was for the benchmarks after, also when
    // something fails on the way.
    let file = dir.join(format!("map-{size}.toml"));
    let original = std::fs::read(&file)?;
    let saved = save_and_measure(&mut s, &file, size);
    let quit = s.quit();
    std::fs::write(&file, original)?;
    saved?;
    quit?;
    // Quitting with unsaved edits keeps their recovery copy, which the next
    // session would offer to restore instead of showing the board.
    let recovery = dir.join("data").join("cjm").join("recovery");
    if recovery.exists() {
        std::fs::remove_dir_all(recovery)?;
    }
    Ok(())
}

/// Closes the form, saves with Ctrl-s, waits for the file to be written and
/// reports the peak memory of the save alone (where the kernel lets the
/// peak be started again; else the process's peak so far, which says so).
fn save_and_measure(s: &mut Session, file: &Path, size: usize) -> Result<(), Error> {
    let written = |file: &Path| std::fs::metadata(file).and_then(|m| m.modified()).ok();
    let before = written(file);
    for bytes in [&b"\x1b"[..], b"\x1b"] {
        s.writer.write_all(bytes)?;
        s.writer.flush()?;
        std::thread::sleep(Duration::from_millis(300));
    }
    let own = s.pid.is_some_and(proc::reset_peak_rss);
    s.writer.write_all(b"\x13")?;
    s.writer.flush()?;
    let deadline = Instant::now() + Duration::from_secs(10);
    while written(file) == before && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    // The fingerprint, the rename and the status come after the write.
    std::thread::sleep(Duration::from_millis(300));
    if written(file) == before {
        println!("terminal/memory/{size}: the save was not written; no figure after it");
    } else if let Some(kib) = s.pid.and_then(proc::peak_rss_kib) {
        let bytes = kib as f64 * 1024.0;
        let budget = if size == 10_000 {
            format!(" ({}: 40 MB)", verdict(bytes, MEMORY_BUDGET))
        } else {
            String::new()
        };
        let what = if own {
            "a-save"
        } else {
            "a-save-and-all-before"
        };
        println!(
            "terminal/memory/{size}/during-{what}: peak RSS {:.1} MB{budget}",
            bytes / 1e6
        );
    }
    Ok(())
}

/// Whole commands on files of 1,000, 10,000 and 100,000 touchpoints:
/// `cjm check` beside `cat`, every export, diff and merge (the median of a
/// few runs, and how much longer 100,000 takes than 10,000), and the peak
/// memory of `cjm check` beside the file's size.
fn commands(dir: &Path) -> Result<(), Error> {
    let cjm = env!("CARGO_BIN_EXE_cjm");
    let sizes = sizes(&[1_000, 10_000, 100_000]);
    let mut jobs: Vec<(String, Vec<String>)> = vec![("check".into(), vec!["check".into()])];
    for format in ["markdown", "html", "json", "csv", "mermaid"] {
        jobs.push((
            format!("export-{format}"),
            vec!["export".into(), "-f".into(), format.into()],
        ));
    }
    jobs.push(("diff".into(), vec!["diff".into()]));
    jobs.push(("merge".into(), vec!["merge".into()]));
    let mut medians: Vec<(String, usize, Duration)> = Vec::new();
    for &size in &sizes {
        let file = dir.join(format!("map-{size}.toml"));
        if !file.is_file() {
            std::fs::write(&file, to_toml(&generate(size, SEED)))?;
        }
        let base = generate(size, SEED);
        let ours = dir.join(format!("ours-{size}.toml"));
        let theirs = dir.join(format!("theirs-{size}.toml"));
        std::fs::write(&ours, to_toml(&cjm_testdata::revise(&base, 1)))?;
        std::fs::write(&theirs, to_toml(&cjm_testdata::revise(&base, 2)))?;
        drop(base);
        let runs = if size >= 100_000 { 3 } else { 7 };
        let scratch = dir.join(format!("merged-{size}.toml"));
        for (name, args) in &jobs {
            let mut times = Vec::new();
            for _ in 0..runs {
                let mut command = std::process::Command::new(cjm);
                command.args(args);
                match name.as_str() {
                    "diff" => command.arg(&file).arg(&ours),
                    "merge" => {
                        std::fs::copy(&ours, &scratch)?;
                        command.arg(&file).arg(&scratch).arg(&theirs)
                    }
                    _ => command.arg(&file),
                };
                command.env("NO_COLOR", "1");
                command.stdout(std::process::Stdio::null());
                command.stderr(std::process::Stdio::null());
                let started = Instant::now();
                command.status()?;
                times.push(started.elapsed());
            }
            let middle = median(&mut times);
            println!(
                "terminal/commands/{size}/{name}: median {} ({runs} runs)",
                ms(middle)
            );
            medians.push((name.clone(), size, middle));
        }
        if size == 10_000 {
            let mut times = Vec::new();
            let mut checks = Vec::new();
            for _ in 0..runs {
                for (program, list) in [("cat", &mut times), (cjm, &mut checks)] {
                    let mut command = std::process::Command::new(program);
                    if program == cjm {
                        command.arg("check");
                    }
                    command.arg(&file).stdout(std::process::Stdio::null());
                    let started = Instant::now();
                    command.status()?;
                    list.push(started.elapsed());
                }
            }
            let (cat, check) = (median(&mut times), median(&mut checks));
            let ratio = check.as_secs_f64() / cat.as_secs_f64().max(1e-9);
            println!(
                "terminal/commands/{size}/check-vs-cat: cjm check {} and cat {} (paired, median of {runs}): {ratio:.1}× ({}: 20×)",
                ms(check),
                ms(cat),
                verdict(ratio, 20.0)
            );
        }
        if which("time") {
            let output = std::process::Command::new("time")
                .args(["-f", "%M"])
                .arg(cjm)
                .arg("check")
                .arg(&file)
                .stdout(std::process::Stdio::null())
                .output()?;
            let kib: Option<f64> = String::from_utf8_lossy(&output.stderr)
                .lines()
                .last()
                .and_then(|l| l.trim().parse().ok());
            let bytes = std::fs::metadata(&file)?.len() as f64;
            if let Some(kib) = kib {
                let ratio = kib * 1024.0 / bytes;
                println!(
                    "terminal/memory/{size}/check: peak RSS {:.1} MB for a file of {:.1} MB: {ratio:.2}× ({}: 4×)",
                    kib * 1024.0 / 1e6,
                    bytes / 1e6,
                    verdict(ratio, 4.0)
                );
            }
        } else {
            println!("terminal/memory/{size}/check: skipped (GNU time is not installed)");
        }
    }
    for (name, _) in &jobs {
        let at = |size| {
            medians
                .iter()
                .find(|(n, s, _)| n == name && *s == size)
                .map(|(.., d)| d.as_secs_f64())
        };
        if let (Some(ten), Some(hundred)) = (at(10_000), at(100_000)) {
            let ratio = hundred / ten.max(1e-9);
            println!(
                "terminal/commands/{name}: 100,000 takes {ratio:.1}× as long as 10,000 ({}: 12×)",
                verdict(ratio, 12.0)
            );
        }
    }
    Ok(())
}

/// A pseudo-terminal of the benchmark's size (ROWS × COLS).
fn open_pty() -> Result<portable_pty::PtyPair, Error> {
    Ok(native_pty_system().openpty(PtySize {
        rows: ROWS,
        cols: COLS,
        pixel_width: 0,
        pixel_height: 0,
    })?)
}

fn main() -> Result<(), Error> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let names = [
        "terminal/startup",
        "terminal/keys",
        "terminal/idle",
        "terminal/commands",
        "terminal/fzf",
    ];
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
    let sizes = sizes(&[1_000, 10_000]);
    for &size in &sizes {
        std::fs::write(
            dir.path().join(format!("map-{size}.toml")),
            to_toml(&generate(size, SEED)),
        )?;
    }
    println!("The real cjm binary in a {COLS}×{ROWS} pseudo-terminal:");
    for size in &sizes {
        if wanted(names[0]) {
            startup(dir.path(), *size)?;
        }
        if wanted(names[1]) {
            keys(dir.path(), *size)?;
        }
        if wanted(names[2]) {
            idle(dir.path(), *size)?;
        }
        if wanted(names[4]) {
            fzf(dir.path(), *size)?;
        }
    }
    if wanted(names[3]) {
        commands(dir.path())?;
    }
    Ok(())
}
