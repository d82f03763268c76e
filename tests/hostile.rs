//! Maps are untrusted input: they come from other people through git. A map
//! full of hostile text (tests/fixtures/hostile.toml: ESC [ 2 J, OSC 52
//! clipboard writes, OSC 8 links, DCS, 8-bit CSI, BEL, CR, backspace,
//! U+202E and other bidirectional controls, zero-width joiners, HTML,
//! Markdown, Mermaid and spreadsheet-formula injections, and 100 kB texts)
//! must draw every screen and dialog without one raw control byte reaching
//! the terminal, quickly, at every size; its exports must be inert; files
//! above the size limit are refused; and tiny terminals get a message.

mod common;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use cjm::export::{ExportFormat, ExportOptions, export};
use cjm::format::{MAX_FILE_BYTES, load_file};
use cjm::model::Map;
use cjm::recovery::Offer;
use cjm::tui::app::{App, Message, Mode, View};
use cjm::tui::disk::DiskChange;
use cjm::tui::theme::Theme;
use cjm::tui::views;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

use common::{Error, TestResult};

const FIXTURE: &str = "tests/fixtures/hostile.toml";

/// A path as hostile as the map: an OSC 52 write and a bidi override.
const HOSTILE_PATH: &str = "maps/\u{1b}]52;c;cHduZWQ=\u{7}evil\u{202e}lmot.toml";

fn hostile() -> Result<Map, Error> {
    Ok(load_file(std::path::Path::new(FIXTURE))?.map)
}

/// Every character a terminal could act on, or that hides or reorders text.
fn dangerous(c: char) -> bool {
    c.is_control() || cjm::text::visible(c) != c
}

/// The fixture really is hostile, so the tests below cannot pass vacuously.
#[test]
fn the_fixture_is_hostile() -> TestResult {
    let map = hostile()?;
    let all = format!("{map:?}");
    for needle in [
        "\\u{1b}[2J",
        "\\u{1b}]52;c;",
        "\\u{7}",
        "\\r",
        "\\u{202e}",
        "\\u{200d}",
        "\\u{9b}",
        "<script>",
    ] {
        assert!(all.contains(needle), "the fixture lacks {needle}");
    }
    assert!(map.touchpoints[0].name.len() >= 100_000);
    assert!(map.goal.scope.len() >= 100_000);
    Ok(())
}

/// The app on the hostile map, on the first (100 kB) card.
fn app(map: &Map) -> App {
    App::new(map.clone(), PathBuf::from(HOSTILE_PATH))
}

fn key(app: &mut App, code: KeyCode) {
    app.update(Message::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn keys(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

/// Every view; a new view must be added here (the match stops compiling).
fn all_views() -> Vec<View> {
    let all = vec![
        View::Board,
        View::Curve,
        View::Opportunities,
        View::Personas,
        View::Metrics,
        View::Inventory,
        View::Overview,
        View::Stages,
        View::Checks,
        View::Compare,
        View::Blueprint,
    ];
    for view in &all {
        match view {
            View::Board
            | View::Curve
            | View::Opportunities
            | View::Personas
            | View::Metrics
            | View::Inventory
            | View::Overview
            | View::Stages
            | View::Checks
            | View::Compare
            | View::Blueprint => {}
        }
    }
    all
}

/// Every screen worth drawing: each view, and each dialog and overlay over
/// the board, with the hostile text in it.
fn screens(map: &Map) -> Vec<(String, App)> {
    let mut screens = Vec::new();
    for view in all_views() {
        let mut app = app(map);
        app.view = view;
        app.status = map.touchpoints[1].name.clone();
        screens.push((format!("{view:?}"), app));
    }
    let mut form = app(map);
    key(&mut form, KeyCode::Enter); // the form of the 100 kB card
    screens.push(("form".to_owned(), form));
    let mut editing = app(map);
    key(&mut editing, KeyCode::Enter);
    key(&mut editing, KeyCode::Enter); // its name, raw, in the editor
    assert!(
        matches!(&editing.mode, Mode::Form(f) if f.editor.is_some()),
        "the name editor did not open"
    );
    screens.push(("editing the name".to_owned(), editing));
    let mut find = app(map);
    keys(&mut find, "/Za");
    screens.push(("find".to_owned(), find));
    let mut delete = app(map);
    keys(&mut delete, "d");
    screens.push(("delete".to_owned(), delete));
    let mut help = app(map);
    keys(&mut help, "?");
    screens.push(("help".to_owned(), help));
    let mut recover = app(map);
    recover.offer_recovery(Offer {
        recovery: PathBuf::from(HOSTILE_PATH),
        map: map.clone(),
        file_is_newer: true,
    });
    screens.push(("recovery offer".to_owned(), recover));
    let mut difference = app(map);
    let mut other = map.clone();
    other.touchpoints.remove(0);
    other.title = map.touchpoints[2].name.clone();
    difference.offer_recovery(Offer {
        recovery: PathBuf::from(HOSTILE_PATH),
        map: other,
        file_is_newer: false,
    });
    keys(&mut difference, "d");
    screens.push(("difference".to_owned(), difference));
    let mut conflict = app(map);
    conflict.update(Message::DiskChanged(Box::new(DiskChange::Changed {
        map: Err(cjm::tui::disk::DiskError::Unreadable(
            map.touchpoints[3].name.clone(),
        )),
        conflict_markers: true,
    })));
    screens.push(("changed on disk".to_owned(), conflict));
    let mut save_as = app(map);
    keys(&mut save_as, "W"); // the editor holds the hostile path
    screens.push(("save as".to_owned(), save_as));
    screens
}

/// The bytes a backend writes, kept where the test can read them.
#[derive(Clone, Default)]
struct Sink(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl std::io::Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Draws `app` through crossterm into a byte buffer, as a real terminal would receive it.
fn draw_bytes(app: &App, width: u16, height: u16) -> Result<Vec<u8>, Error> {
    let sink = Sink::default();
    let backend = CrosstermBackend::new(sink.clone());
    let mut terminal = Terminal::with_options(
        backend,
        TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, width, height)),
        },
    )?;
    terminal.draw(|frame| views::view(app, Theme::default(), frame))?;
    drop(terminal);
    Ok(sink.0.take())
}

/// Fails unless every ESC in `bytes` starts a CSI sequence (`ESC [`, as
/// ratatui writes for moves and colours) and no other control character,
/// C1 control, bidirectional or invisible character is present.
fn assert_inert_terminal_bytes(bytes: &[u8], what: &str) -> TestResult {
    let text = std::str::from_utf8(bytes)?;
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\u{1b}' {
            assert_eq!(
                chars.get(i + 1),
                Some(&'['),
                "{what}: an escape sequence other than CSI at char {i}"
            );
            // Parameters and intermediates, then one final byte.
            let mut j = i + 2;
            while chars
                .get(j)
                .is_some_and(|c| ('\u{20}'..='\u{3f}').contains(c))
            {
                j += 1;
            }
            let end = chars.get(j).copied().unwrap_or('\0');
            assert!(
                ('\u{40}'..='\u{7e}').contains(&end),
                "{what}: a broken CSI sequence at char {i}"
            );
            i = j + 1;
            continue;
        }
        assert!(
            !dangerous(c),
            "{what}: the raw character U+{:04X} reached the terminal",
            c as u32
        );
        i += 1;
    }
    Ok(())
}

#[test]
fn every_screen_of_the_hostile_map_writes_no_raw_control_bytes() -> TestResult {
    let map = hostile()?;
    let mut slowest = (Duration::ZERO, String::new());
    let mut placeholders = false;
    for (name, app) in screens(&map) {
        for (width, height) in [(400, 120), (120, 40), (80, 24), (60, 16), (20, 5), (1, 1)] {
            let what = format!("{name} at {width}×{height}");
            let started = Instant::now();
            let bytes = draw_bytes(&app, width, height)?;
            let took = started.elapsed();
            if took > slowest.0 {
                slowest = (took, what.clone());
            }
            assert_inert_terminal_bytes(&bytes, &what)?;
            // What the terminal shows: no control or invisible character in any cell.
            let (Some(rows), Some(cols)) = (
                std::num::NonZeroU16::new(height),
                std::num::NonZeroU16::new(width),
            ) else {
                continue;
            };
            let mut parser = vt100::Parser::new(rows, cols, 0);
            parser.process(&bytes);
            let screen = parser.screen().contents();
            assert!(
                !screen.chars().any(|c| c != '\n' && dangerous(c)),
                "{what}: {screen}"
            );
            placeholders |= screen.contains('␛');
        }
    }
    assert!(
        placeholders,
        "escapes are shown as visible placeholders (␛)"
    );
    println!("slowest frame: {} in {:.1?}", slowest.1, slowest.0);
    // 100 kB texts are cut before layout: even a debug build draws a frame
    // far below this bound, which only catches work that grows with the text.
    assert!(
        slowest.0 < Duration::from_secs(2),
        "{} took {:.1?}",
        slowest.1,
        slowest.0
    );
    Ok(())
}

#[test]
fn a_huge_map_stays_responsive() -> TestResult {
    let map = cjm_testdata::generate(5_000, 9);
    let mut app = App::new(map, PathBuf::from("huge.toml"));
    app.update(Message::Resize(200, 60));
    let started = Instant::now();
    for view in all_views() {
        app.view = view;
        for code in [
            KeyCode::Right,
            KeyCode::Down,
            KeyCode::End,
            KeyCode::PageDown,
        ] {
            key(&mut app, code);
        }
        draw_bytes(&app, 200, 60)?;
    }
    let took = started.elapsed();
    println!(
        "{} views of 5,000 touchpoints in {took:.1?}",
        all_views().len()
    );
    assert!(took < Duration::from_secs(20), "{took:.1?}");
    Ok(())
}

#[test]
fn the_exports_of_the_hostile_map_are_inert() -> TestResult {
    let map = hostile()?;
    for format in [
        ExportFormat::Html,
        ExportFormat::Markdown,
        ExportFormat::Mermaid,
    ] {
        let out = export(&map, format, &ExportOptions::default());
        for c in out.chars() {
            assert!(
                c == '\n' || c == '\t' || !(c.is_control()),
                "{format}: the raw control character U+{:04X}",
                c as u32
            );
        }
        assert!(out.contains("Zażółć"), "{format}: the text itself is kept");
        match format {
            ExportFormat::Html => {
                for needle in ["<script", "<img", "href=\"javascript:"] {
                    assert!(!out.contains(needle), "html: {needle}");
                }
                assert!(
                    out.contains("&lt;script&gt;"),
                    "html: markup is shown as text"
                );
            }
            ExportFormat::Markdown => {
                // Outside code fences (the Mermaid block is checked as Mermaid).
                let mut fenced = false;
                for line in out.lines() {
                    if line.starts_with("```") {
                        fenced = !fenced;
                        continue;
                    }
                    if fenced {
                        continue;
                    }
                    let raw = |needle: &str| {
                        line.match_indices(needle)
                            .any(|(i, _)| !line[..i].ends_with('\\'))
                    };
                    assert!(!raw("<script"), "markdown: raw <script: {line:.80}");
                    assert!(!raw("<img"), "markdown: raw <img: {line:.80}");
                    assert!(!raw("](javascript:"), "markdown: a link: {line:.80}");
                }
            }
            _ => {
                // Every line is one of the journey grammar's, so no text can
                // start a directive, a comment or a new statement.
                for line in out.lines().map(str::trim).filter(|l| !l.is_empty()) {
                    let task = line.matches(':').count() == 2;
                    assert!(
                        line == "journey"
                            || line.starts_with("title ")
                            || line.starts_with("section ")
                            || task,
                        "mermaid: a line outside the grammar: {line:.80}"
                    );
                    assert!(!line.starts_with("%%"), "mermaid: {line:.80}");
                }
            }
        }
    }
    Ok(())
}

/// CSV opened in a spreadsheet: no cell starts a formula. (Printed on a
/// terminal, the control characters below would still act.)
#[test]
fn the_csv_export_of_the_hostile_map_runs_no_formulas() -> TestResult {
    let map = hostile()?;
    let out = export(&map, ExportFormat::Csv, &ExportOptions::default());
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    for record in reader.records() {
        for cell in record?.iter() {
            let number = cell.parse::<f64>().is_ok();
            assert!(
                number || !cell.starts_with(['=', '+', '-', '@']),
                "a cell runs as a formula: {cell:.60}"
            );
        }
    }
    Ok(())
}

/// Printed to a terminal (`cjm export -f csv` without `-o`), the CSV must
/// not carry escape sequences either.
#[test]
fn the_csv_export_of_the_hostile_map_has_no_control_characters() -> TestResult {
    let map = hostile()?;
    let out = export(&map, ExportFormat::Csv, &ExportOptions::default());
    let bad: Vec<String> = out
        .chars()
        .filter(|c| !matches!(c, '\n' | '\r' | '\t') && c.is_control())
        .map(|c| format!("U+{:04X}", c as u32))
        .collect();
    assert!(
        bad.is_empty(),
        "{} raw control characters: {:?}…",
        bad.len(),
        &bad[..bad.len().min(5)]
    );
    Ok(())
}

#[test]
fn a_file_above_the_size_limit_is_refused_with_a_clear_message() -> TestResult {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("huge.toml");
    // A sparse file: one byte over a limit of 16 MiB, without writing 16 MB.
    std::fs::File::create(&path)?.set_len(16 * 1024 * 1024 + 1)?;
    for args in [
        vec!["--max-size", "16", "huge.toml"],
        vec!["check", "--max-size", "16", "huge.toml"],
    ] {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_cjm"))
            .args(&args)
            .current_dir(dir.path())
            .env("HOME", dir.path())
            .env("XDG_DATA_HOME", dir.path().join("data"))
            .env("XDG_CONFIG_HOME", dir.path().join("config"))
            .output()?;
        let stderr = String::from_utf8(output.stderr)?;
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains("huge.toml"), "{args:?}: {stderr}");
        assert!(
            stderr.contains("16 MB") || stderr.contains("16777216") || stderr.contains("16 MiB"),
            "{args:?}: the message names the limit: {stderr}"
        );
        assert!(
            stderr.contains("16777217 bytes"),
            "{args:?}: the message states the real size: {stderr}"
        );
    }
    // Without the flag the default limit applies, and is stated.
    std::fs::File::create(&path)?.set_len(MAX_FILE_BYTES + 1)?;
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_cjm"))
        .args(["check", "huge.toml"])
        .current_dir(dir.path())
        .env_remove("CJM_MAX_SIZE")
        .output()?;
    let stderr = String::from_utf8(output.stderr)?;
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("more than the size limit of 128 MiB") && stderr.contains("--max-size"),
        "{stderr}"
    );
    // Exactly at the limit it is read (and found to be no map).
    std::fs::File::create(&path)?.set_len(MAX_FILE_BYTES)?;
    let err = load_file(&path).err().ok_or("a file of zeros is no map")?;
    assert!(
        !matches!(err.kind, cjm::format::LoadErrorKind::TooLarge(_)),
        "{err}"
    );
    Ok(())
}

#[test]
fn a_terminal_below_the_minimum_says_what_it_needs() -> TestResult {
    let map = hostile()?;
    let app = app(&map);
    let text = |width, height| -> Result<String, Error> {
        let mut terminal = Terminal::new(ratatui::backend::TestBackend::new(width, height))?;
        terminal.draw(|frame| views::view(&app, Theme::default(), frame))?;
        Ok(views::buffer_text(terminal.backend().buffer()))
    };
    let (w, h) = (views::MIN_WIDTH, views::MIN_HEIGHT);
    assert_eq!(
        text(w - 1, h)?.lines().next(),
        Some(format!("Terminal too small (need {w}×{h}, have {}×{h})", w - 1).as_str())
    );
    assert!(text(w, h - 1)?.starts_with("Terminal too small (need 60×16, have 60×15)"));
    assert!(
        !text(w, h)?.contains("too small"),
        "the minimum itself is enough"
    );
    assert_eq!(text(1, 1)?, "T\n", "1×1 draws what fits");
    Ok(())
}
