//! In-process benchmarks of everything a facilitator waits for, on
//! generated maps of 100, 1,000 and 10,000 touchpoints: loading and saving,
//! the workshop checks, every export, diff and merge, drawing the board,
//! one key press with the redraw that follows it, and a fuzzy-finder query.
//!
//! Run with `cargo bench --bench perf` (a filter narrows it down, e.g.
//! `cargo bench --bench perf -- key/`). The budgets and the figures measured
//! are in docs/performance.md. Sample counts and times are kept small so the
//! whole suite, with `benches/terminal.rs`, stays well under ten minutes on
//! a two-core machine.

use std::hint::black_box;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use cjm::check::{self, Context};
use cjm::export::{ExportFormat, ExportOptions, export};
use cjm::format::{load_file, load_file_fingerprinted, save_file, to_toml};
use cjm::model::{Date, Map};
use cjm::tui::app::{App, Message};
use cjm::tui::finder::Finder;
use cjm::tui::theme::Theme;
use cjm::tui::views;
use cjm_testdata::{generate, revise};
use criterion::measurement::WallTime;
use criterion::{
    BatchSize, BenchmarkGroup, BenchmarkId, Criterion, SamplingMode, criterion_group,
    criterion_main,
};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// The map sizes, in touchpoints.
const SIZES: [usize; 3] = [100, 1_000, 10_000];
/// The seed of every generated map, so runs compare.
const SEED: u64 = 2026;

/// A generated map, its file text and the same map on disk.
struct Fixture {
    size: usize,
    map: Map,
    text: String,
    path: PathBuf,
}

/// The maps, made once per run and shared by every group.
fn fixtures() -> &'static [Fixture] {
    static FIXTURES: OnceLock<(tempfile::TempDir, Vec<Fixture>)> = OnceLock::new();
    let (_, fixtures) = FIXTURES.get_or_init(|| {
        let dir = match tempfile::tempdir() {
            Ok(dir) => dir,
            Err(err) => panic!("no temporary folder for the benchmark maps: {err}"),
        };
        let fixtures = SIZES
            .iter()
            .map(|&size| {
                let map = generate(size, SEED);
                let text = to_toml(&map);
                let path = dir.path().join(format!("map-{size}.toml"));
                if let Err(err) = std::fs::write(&path, &text) {
                    panic!("cannot write {}: {err}", path.display());
                }
                Fixture {
                    size,
                    map,
                    text,
                    path,
                }
            })
            .collect();
        (dir, fixtures)
    });
    fixtures
}

/// A group sized for its slowest case: few samples, each timed once, for
/// the largest maps, whose single runs take tens of milliseconds.
fn group<'c>(c: &'c mut Criterion, name: &str) -> BenchmarkGroup<'c, WallTime> {
    let mut group = c.benchmark_group(name);
    group.sampling_mode(SamplingMode::Flat);
    group
}

fn load_and_save(c: &mut Criterion) {
    let mut g = group(c, "load");
    for f in fixtures() {
        g.throughput(criterion::Throughput::Bytes(f.text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(f.size), f, |b, f| {
            b.iter(|| load_file(black_box(&f.path)).map(|loaded| loaded.map.touchpoints.len()))
        });
        // What the app does at start-up: a large map read as it comes off
        // the disk, with the fingerprint of its bytes instead of its text.
        g.bench_with_input(BenchmarkId::new("app", f.size), f, |b, f| {
            b.iter(|| {
                load_file_fingerprinted(black_box(&f.path)).map(|(map, _)| map.touchpoints.len())
            })
        });
    }
    g.finish();

    let mut g = group(c, "save");
    for f in fixtures() {
        g.bench_with_input(BenchmarkId::new("text", f.size), f, |b, f| {
            b.iter(|| to_toml(black_box(&f.map)))
        });
    }
    let dir = match tempfile::tempdir() {
        Ok(dir) => dir,
        Err(err) => panic!("no temporary folder to save into: {err}"),
    };
    for f in fixtures() {
        // What Ctrl-S costs: the canonical text, written atomically and flushed to disk.
        let path = dir.path().join(format!("saved-{}.toml", f.size));
        g.bench_with_input(BenchmarkId::new("file", f.size), f, |b, f| {
            b.iter(|| save_file(black_box(&path), &f.map))
        });
    }
    g.finish();
}

fn checks(c: &mut Criterion) {
    let today = Date::constant(2026, 6, 1);
    let mut g = group(c, "check");
    for f in fixtures() {
        g.bench_with_input(BenchmarkId::from_parameter(f.size), f, |b, f| {
            b.iter(|| check::run(black_box(&f.map), &Context::new(today)))
        });
    }
    g.finish();
}

fn exports(c: &mut Criterion) {
    let options = ExportOptions::default();
    for format in ExportFormat::ALL {
        let mut g = group(c, &format!("export/{}", format.name()));
        for f in fixtures() {
            g.bench_with_input(BenchmarkId::from_parameter(f.size), f, |b, f| {
                b.iter(|| export(black_box(&f.map), format, &options))
            });
        }
        g.finish();
    }
}

fn diff_and_merge(c: &mut Criterion) {
    let mut g = group(c, "diff");
    let versions: Vec<(usize, Map, Map, Map)> = fixtures()
        .iter()
        .map(|f| (f.size, f.map.clone(), revise(&f.map, 1), revise(&f.map, 2)))
        .collect();
    for (size, base, ours, _) in &versions {
        g.bench_with_input(BenchmarkId::from_parameter(size), &(base, ours), |b, m| {
            b.iter(|| cjm::diff::diff(black_box(m.0), black_box(m.1)))
        });
    }
    g.finish();
    let mut g = group(c, "merge");
    for (size, base, ours, theirs) in &versions {
        let input = (base, ours, theirs);
        g.bench_with_input(BenchmarkId::from_parameter(size), &input, |b, m| {
            b.iter(|| cjm::merge::merge(black_box(m.0), m.1, m.2))
        });
    }
    g.finish();
}

/// The app on a map, with the selection in the middle of the board (a
/// middle stage, a middle card), as during a workshop.
fn app_on(map: &Map, width: u16, height: u16) -> App {
    let mut app = App::new(map.clone(), PathBuf::from("maps/large.toml"));
    app.update(Message::Resize(width, height));
    app.stage = map.stages.len() / 2;
    let stage = &map.stages[app.stage].id;
    let cards = map.touchpoints.iter().filter(|t| t.stage == *stage).count();
    app.card = cards / 2;
    app.on_header = cards == 0;
    app
}

fn terminal(width: u16, height: u16) -> Terminal<TestBackend> {
    match Terminal::new(TestBackend::new(width, height)) {
        Ok(terminal) => terminal,
        Err(err) => panic!("no test terminal: {err}"),
    }
}

/// The colours of a real session (the default palette).
fn theme() -> Theme {
    Theme::default()
}

/// Draws one frame as the runtime does.
fn draw(terminal: &mut Terminal<TestBackend>, app: &App) {
    if let Err(err) = terminal.draw(|frame| views::view(app, theme(), frame)) {
        panic!("drawing into the test terminal failed: {err}");
    }
}

fn drawing(c: &mut Criterion) {
    for (width, height) in [(120, 40), (200, 60)] {
        let mut g = group(c, &format!("draw/{width}x{height}"));
        for f in fixtures() {
            let app = app_on(&f.map, width, height);
            let mut term = terminal(width, height);
            g.bench_function(BenchmarkId::from_parameter(f.size), |b| {
                b.iter(|| {
                    // A full redraw: forget the previous frame, as after a resize.
                    term.clear().ok();
                    draw(&mut term, black_box(&app));
                })
            });
        }
        g.finish();
    }
}

/// A frame with the finder just opened over the board (its query empty,
/// every item listed), drawn again and again: the board under it is
/// copied, the finder's results are drawn.
fn drawing_the_finder(c: &mut Criterion) {
    let mut g = group(c, "draw/finder-open");
    for f in fixtures() {
        let mut app = app_on(&f.map, 120, 40);
        app.update(key(KeyCode::Char('/')));
        let mut term = terminal(120, 40);
        draw(&mut term, &app);
        g.bench_function(BenchmarkId::from_parameter(f.size), |b| {
            b.iter(|| draw(&mut term, black_box(&app)))
        });
    }
    g.finish();
}

fn key(code: KeyCode) -> Message {
    Message::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn ctrl(c: char) -> Message {
    Message::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

/// Times one key press and the redraw after it, at 120×40. The keys of
/// `cycle` are pressed in turn, one per iteration, so the state stays the
/// same on average however long the benchmark runs (down, up, down...).
fn key_bench(
    g: &mut BenchmarkGroup<'_, WallTime>,
    f: &Fixture,
    setup: &[Message],
    cycle: &[Message],
) {
    let mut app = app_on(&f.map, 120, 40);
    for message in setup {
        app.update(message.clone());
    }
    let mut term = terminal(120, 40);
    draw(&mut term, &app);
    let mut turn = 0;
    g.bench_function(BenchmarkId::from_parameter(f.size), |b| {
        b.iter(|| {
            let effects = app.update(cycle[turn % cycle.len()].clone());
            turn += 1;
            draw(&mut term, &app);
            effects
        })
    });
}

fn keys(c: &mut Criterion) {
    let mut g = group(c, "key/move-down-up");
    for f in fixtures() {
        key_bench(&mut g, f, &[], &[key(KeyCode::Down), key(KeyCode::Up)]);
    }
    g.finish();

    // Each view in turn (curve, opportunities, personas, metrics, who
    // touches the customer, overview, board): one key and its redraw.
    let mut g = group(c, "key/switch-view");
    let views: Vec<Message> = "2345671".chars().map(|c| key(KeyCode::Char(c))).collect();
    for f in fixtures() {
        key_bench(&mut g, f, &[], &views);
    }
    g.finish();

    // Enter opens the card's form on its name, Enter again opens the
    // editor; then one character is typed, or taken back.
    let mut g = group(c, "key/type-in-editor");
    for f in fixtures() {
        let open = [key(KeyCode::Enter), key(KeyCode::Enter)];
        key_bench(
            &mut g,
            f,
            &open,
            &[key(KeyCode::Char('ż')), key(KeyCode::Backspace)],
        );
    }
    g.finish();

    // An edit of the map itself: the emotion of the selected card, recorded for undo.
    let mut g = group(c, "key/rate-emotion");
    for f in fixtures() {
        key_bench(
            &mut g,
            f,
            &[],
            &[key(KeyCode::Char('+')), key(KeyCode::Char('-'))],
        );
    }
    g.finish();

    // A popup opened over the board and closed again (one key each, with
    // its redraw): the palette, the help and the selected card's form.
    // Nothing moves in between, so the palette and help copy the board
    // kept from the first iteration on: their best case. A popup opened after
    // a move draws the board once (`key/move-down-up` shows that cost).
    for (name, open) in [
        ("key/open-close-palette", key(KeyCode::Char(':'))),
        ("key/open-close-help", key(KeyCode::Char('?'))),
        ("key/open-close-form", key(KeyCode::Enter)),
    ] {
        let mut g = group(c, name);
        for f in fixtures() {
            key_bench(&mut g, f, &[], &[open.clone(), key(KeyCode::Esc)]);
        }
        g.finish();
    }

    let mut g = group(c, "key/undo-redo");
    for f in fixtures() {
        key_bench(
            &mut g,
            f,
            &[key(KeyCode::Char('*'))],
            &[key(KeyCode::Char('u')), ctrl('r')],
        );
    }
    g.finish();

    // Enter accepting an edited name into the map (validated, recorded for
    // undo). Only that key and its redraw are timed: reopening the editor
    // and typing the character before it are not.
    let mut g = group(c, "key/accept-field");
    for f in fixtures() {
        let mut app = app_on(&f.map, 120, 40);
        app.update(key(KeyCode::Enter));
        let mut term = terminal(120, 40);
        let mut turn = 0usize;
        g.bench_function(BenchmarkId::from_parameter(f.size), |b| {
            b.iter_custom(|iters| {
                let mut timed = Duration::ZERO;
                for _ in 0..iters {
                    app.update(key(KeyCode::Enter));
                    let typed = if turn.is_multiple_of(2) {
                        KeyCode::Char('ż')
                    } else {
                        KeyCode::Backspace
                    };
                    turn += 1;
                    app.update(key(typed));
                    draw(&mut term, &app);
                    let start = Instant::now();
                    black_box(app.update(key(KeyCode::Enter)));
                    draw(&mut term, &app);
                    timed += start.elapsed();
                }
                timed
            })
        });
    }
    g.finish();
}

/// Everything the finder searches: stages, touchpoints, pain points,
/// personas, opportunities and metrics.
fn item_count(m: &Map) -> usize {
    let pains: usize = m.touchpoints.iter().map(|t| t.pain_points.len()).sum();
    m.stages.len()
        + m.touchpoints.len()
        + pains
        + m.personas.len()
        + m.opportunities.len()
        + m.metrics.len()
}

fn finder(c: &mut Criterion) {
    // The budget names 10,000 items: a map of about 4,300 touchpoints has them.
    let budget_map = generate(4_273, SEED);
    let maps: Vec<(usize, &Map)> = fixtures()
        .iter()
        .map(|f| (f.size, &f.map))
        .chain([(4_273, &budget_map)])
        .collect();

    // One query searched over every item (the items collected when the
    // finder opened), as when a query is pasted.
    let mut g = group(c, "find/query");
    for &(size, map) in &maps {
        let mut finder = Finder::over_map(map, &[]);
        finder.query = "refund status".to_owned();
        let id = format!("{size}-touchpoints-{}-items", item_count(map));
        g.bench_function(BenchmarkId::from_parameter(id), |b| {
            b.iter(|| {
                finder.search();
                finder.hits.len()
            })
        });
    }
    g.finish();

    // Queries that only match through folding: typed without the Polish
    // letters, or in Cyrillic lower case where the text has capitals.
    let mut g = group(c, "find/folded-query");
    for &(size, map) in &maps {
        let mut finder = Finder::over_map(map, &[]);
        let id = format!("{size}-touchpoints-{}-items", item_count(map));
        g.bench_function(BenchmarkId::from_parameter(id), |b| {
            b.iter(|| {
                let mut found = 0;
                for query in ["zwrot pieniedzy", "возврат денег"] {
                    finder.query = query.to_owned();
                    finder.search();
                    found += finder.hits.len();
                }
                found
            })
        });
    }
    g.finish();

    // Opening the finder: collecting and folding every item once.
    let mut g = group(c, "find/open");
    for &(size, map) in &maps {
        let id = format!("{size}-touchpoints-{}-items", item_count(map));
        g.bench_function(BenchmarkId::from_parameter(id), |b| {
            b.iter(|| Finder::over_map(map, &[]).hits.len())
        });
    }
    g.finish();

    // The first letter typed into the finder over a map's thousands of
    // items, ranked as it is typed ("typed"), and looked up in the scores
    // the app works out ahead while the person looks at the opened finder
    // ("looked-up"); "work" is that work, done between keys. A map with
    // fewer items than `AHEAD_FROM` has no table and is left out.
    let mut g = group(c, "find/ahead");
    for &(size, map) in &maps {
        let opened = Finder::over_map(map, &[]);
        if !opened.wants_work_ahead() {
            continue;
        }
        let id = format!("{size}-touchpoints-{}-items", item_count(map));
        let mut worked = opened.clone();
        while worked.work_ahead(usize::MAX) {}
        let with_letter = |finder: &Finder| {
            let mut finder = finder.clone();
            finder.query = "r".to_owned();
            finder
        };
        g.bench_function(BenchmarkId::new("work", &id), |b| {
            b.iter_batched(
                || opened.clone(),
                |mut finder| {
                    while finder.work_ahead(usize::MAX) {}
                    finder
                },
                BatchSize::LargeInput,
            )
        });
        for (name, finder) in [("typed", &opened), ("looked-up", &worked)] {
            g.bench_function(BenchmarkId::new(name, &id), |b| {
                b.iter_batched(
                    || with_letter(finder),
                    |mut finder| {
                        finder.search();
                        finder
                    },
                    BatchSize::LargeInput,
                )
            });
        }
    }
    g.finish();

    // Typing the query into the open finder and deleting it again, one key
    // and one redraw per iteration: the mean cost of a key in the finder.
    let mut typing: Vec<Message> = "refund status"
        .chars()
        .map(|c| key(KeyCode::Char(c)))
        .collect();
    typing.extend(typing.clone().iter().map(|_| key(KeyCode::Backspace)));
    let mut g = group(c, "key/type-in-finder");
    for f in fixtures() {
        key_bench(&mut g, f, &[key(KeyCode::Char('/'))], &typing);
    }
    g.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(20)
        .without_plots()
}

criterion_group! {
    name = benches;
    config = config();
    targets = load_and_save, checks, exports, diff_and_merge, drawing, drawing_the_finder, keys, finder
}
criterion_main!(benches);
