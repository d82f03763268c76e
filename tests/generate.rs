//! The map generator behind the benchmarks: every generated map is valid,
//! the same seed gives the same bytes, a map survives the file format
//! unchanged, its texts are in several scripts, and a revised map is a valid
//! later version that diff and merge can work with. Large generated maps
//! also pin down how the board draws crowded columns.

mod common;

use cjm::diff::diff;
use cjm::format::{parse, to_toml};
use cjm::merge::merge;
use cjm::model::validate;
use cjm::tui::app::{App, Message};
use cjm_testdata::{generate, revise};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// The sizes the benchmarks use.
const SIZES: [usize; 3] = [100, 1_000, 10_000];

#[test]
fn generated_maps_are_valid_and_have_the_asked_size() {
    for size in SIZES {
        let map = generate(size, 1);
        assert_eq!(validate(&map), [], "generate({size}, 1) is not valid");
        assert_eq!(map.touchpoints.len(), size);
        assert!(
            map.opportunities.len() >= size / 4,
            "{size}: few opportunities"
        );
        assert!(map.metrics.len() >= size / 20, "{size}: few metrics");
        assert!(
            map.metrics.iter().any(|m| !m.readings.is_empty()),
            "{size}: no metric has readings"
        );
        assert!(
            map.touchpoints.iter().any(|t| !t.evidence.is_empty())
                && map.touchpoints.iter().any(|t| !t.pain_points.is_empty()),
            "{size}: no evidence or no pain points"
        );
        // Touchpoints are grouped by stage, in stage order, as on a wall.
        let order: Vec<usize> = map
            .touchpoints
            .iter()
            .filter_map(|t| map.stages.iter().position(|s| s.id == t.stage))
            .collect();
        assert!(
            order.is_sorted(),
            "{size}: touchpoints not grouped by stage"
        );
    }
}

#[test]
fn small_and_odd_sizes_are_valid_too() {
    for size in [0, 1, 2, 3, 17, 333] {
        for seed in [0, 1, u64::MAX] {
            let map = generate(size, seed);
            assert_eq!(validate(&map), [], "generate({size}, {seed}) is not valid");
            assert_eq!(map.touchpoints.len(), size);
        }
    }
}

#[test]
fn the_same_seed_gives_the_same_bytes_and_another_seed_another_map() {
    let first = to_toml(&generate(1_000, 7));
    let second = to_toml(&generate(1_000, 7));
    assert!(first == second, "two runs with seed 7 differ");
    let other = to_toml(&generate(1_000, 8));
    assert_ne!(first, other);
}

#[test]
fn generated_maps_round_trip_through_the_file_format() {
    for size in SIZES {
        let map = generate(size, 3);
        let text = to_toml(&map);
        let read = parse(&text)
            .unwrap_or_else(|d| panic!("generate({size}, 3) does not read back: {:?}", d.first()));
        assert!(
            read == map,
            "generate({size}, 3) changed on the way through the file"
        );
        assert!(to_toml(&read) == text, "saving again changed the bytes");
    }
}

#[test]
fn texts_mix_scripts_widths_and_emoji() {
    let text = to_toml(&generate(1_000, 5));
    let has = |pred: fn(char) -> bool| text.chars().any(pred);
    assert!(has(|c| "ąćęłńóśźż".contains(c)), "no Polish letters");
    assert!(
        has(|c| ('\u{0400}'..='\u{04FF}').contains(&c)),
        "no Cyrillic"
    );
    assert!(
        has(|c| ('\u{3040}'..='\u{30FF}').contains(&c)),
        "no Japanese kana"
    );
    assert!(
        has(|c| ('\u{1F300}'..='\u{1FAFF}').contains(&c)),
        "no emoji"
    );
    // Still mostly English, as in a workshop of an international company.
    let ascii = text.chars().filter(char::is_ascii).count();
    assert!(ascii * 10 > text.chars().count() * 7, "less than 70% ASCII");
}

#[test]
fn a_small_generated_map_reads_like_a_workshop_map() {
    insta::assert_snapshot!("generated_map_10_touchpoints", to_toml(&generate(10, 2026)));
}

#[test]
fn revised_maps_are_valid_later_versions_that_diff_and_merge_handle() {
    let base = generate(1_000, 11);
    let ours = revise(&base, 1);
    let theirs = revise(&base, 2);
    for (name, map) in [("ours", &ours), ("theirs", &theirs)] {
        assert_eq!(validate(map), [], "{name} is not valid");
        assert!(*map != base, "{name} is the same as the base");
        assert!(parse(&to_toml(map)).is_ok(), "{name} does not read back");
    }
    assert!(revise(&base, 1) == ours, "revise is not deterministic");

    let changes = diff(&base, &ours);
    let touchpoints = changes
        .sections
        .iter()
        .find(|s| s.title == "Touchpoints")
        .map_or(0, |s| s.items.len());
    // About 5% changed, 1% added and 1% removed: dozens of changes, not hundreds.
    assert!(
        (20..200).contains(&touchpoints),
        "{touchpoints} touchpoint changes"
    );

    let merged = merge(&base, &ours, &theirs);
    assert!(
        merged.map.touchpoints.len() > base.touchpoints.len() - 40,
        "the merge lost touchpoints"
    );
    // Changes of one side only reach the merged map.
    let only_theirs = theirs
        .touchpoints
        .iter()
        .find(|t| !base.touchpoints.iter().any(|b| b.id == t.id))
        .map(|t| t.id.clone());
    assert!(
        only_theirs.is_some_and(|id| merged.map.touchpoints.iter().any(|t| t.id == id)),
        "a touchpoint added on their side is missing from the merge"
    );
}

/// The screen as text, one line per row (wide characters once).
fn render(app: &App, width: u16, height: u16) -> String {
    common::app::render(app, width, height).unwrap_or_else(|err| panic!("drawing failed: {err}"))
}

fn press(app: &mut App, code: KeyCode, times: usize) {
    for _ in 0..times {
        app.update(Message::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    }
}

#[test]
fn crowded_columns_of_large_maps_draw_what_fits_and_count_the_rest() {
    // Hundreds of cards per column: every lane shows what fits and ends
    // with "+N" for the lines that do not; the selected column scrolls.
    let mut app = App::new(generate(10_000, 4), "large.toml".into());
    app.update(Message::Resize(200, 60));
    press(&mut app, KeyCode::Right, 9);
    press(&mut app, KeyCode::Down, 40);
    insta::assert_snapshot!("large_board_10000_200x60", render(&app, 200, 60));

    let mut app = App::new(generate(1_000, 4), "large.toml".into());
    app.update(Message::Resize(120, 40));
    press(&mut app, KeyCode::Right, 3);
    press(&mut app, KeyCode::Down, 12);
    insta::assert_snapshot!("large_board_1000_120x40", render(&app, 120, 40));
    // A filter on one persona leaves fewer cards in every column.
    press(&mut app, KeyCode::Char('p'), 1);
    insta::assert_snapshot!("large_board_1000_120x40_persona", render(&app, 120, 40));
}

#[test]
fn every_view_of_a_large_map_draws() {
    // Thousands of opportunities and dozens of departments and stages:
    // the matrix cells are cut to fit, the tables scroll.
    let mut app = App::new(generate(1_000, 4), "large.toml".into());
    app.update(Message::Resize(120, 40));
    for (key, name) in [
        ('2', "curve"),
        ('3', "opportunities"),
        ('5', "metrics"),
        ('6', "inventory"),
    ] {
        press(&mut app, KeyCode::Char(key), 1);
        insta::assert_snapshot!(
            format!("large_view_{name}_1000_120x40"),
            render(&app, 120, 40)
        );
    }
}

#[test]
fn the_generator_stays_out_of_the_shipped_binary() {
    // The generator is the `cjm-testdata` crate's
    // example `generate` (`cargo run -p cjm-testdata --example generate`).
    let output = assert_cmd::cargo::cargo_bin_cmd!("cjm")
        .args(["__generate", "120", "--seed", "7"])
        .output()
        .unwrap_or_else(|e| panic!("cjm did not run: {e}"));
    assert!(!output.status.success());
    let help = assert_cmd::cargo::cargo_bin_cmd!("cjm")
        .arg("--help")
        .output()
        .unwrap_or_else(|e| panic!("cjm did not run: {e}"));
    assert!(!String::from_utf8_lossy(&help.stdout).contains("generate"));
}

#[test]
fn the_inventory_of_fifty_stages_shows_whole_counts_around_the_selected_stage() {
    // 50 stages do not fit in 120 columns at a readable width: the view
    // shows those around the selected stage, says which, and moving
    // between stages brings the others in.
    let map = generate(10_000, 2026);
    assert_eq!(map.stages.len(), 50);
    let mut app = App::new(map, "large.toml".into());
    app.update(Message::Resize(120, 40));
    app.update(Message::Key(KeyEvent::new(
        KeyCode::Char('6'),
        KeyModifiers::NONE,
    )));
    let (first, last) = check_inventory_window(&app);
    assert_eq!(first, 1);
    assert!((5..50).contains(&last), "{last}");

    press(&mut app, KeyCode::Right, 30);
    assert_eq!(app.stage, 30);
    assert!(
        app.on_header,
        "the stage is selected, not a card out of sight"
    );
    let (first, last) = check_inventory_window(&app);
    assert!(first > 1 && last < 50, "{first}–{last}");
    press(&mut app, KeyCode::Right, 30);
    assert_eq!(check_inventory_window(&app).1, 50);
}

/// Checks the inventory on the screen: the window of stages its border
/// names holds the selected stage, and every row shows its counts for
/// exactly those stages, whole. Returns the window (from 1).
fn check_inventory_window(app: &App) -> (usize, usize) {
    let screen = render(app, 120, 40);
    let lines: Vec<&str> = screen.lines().collect();
    let window = lines[1]
        .split("stages ")
        .nth(1)
        .and_then(|rest| rest.split(" of").next())
        .unwrap_or_else(|| panic!("no window in {}", lines[1]));
    let (first, last) = window
        .split_once('–')
        .and_then(|(a, b)| Some((a.parse::<usize>().ok()?, b.parse::<usize>().ok()?)))
        .unwrap_or_else(|| panic!("not a window: {window}"));
    let stages = first - 1..last;
    assert!(
        stages.contains(&app.stage),
        "{window} lacks {}",
        app.stage + 1
    );
    let map = &app.map;
    let behind = map
        .touchpoints
        .iter()
        .any(|t| !t.backstage.is_empty() || !t.support.is_empty());
    let shown = |counts: &[usize], extra: Option<usize>| -> Vec<String> {
        counts[stages.clone()]
            .iter()
            .copied()
            .chain(extra)
            .map(|n| {
                if n == 0 {
                    "·".to_owned()
                } else {
                    n.to_string()
                }
            })
            .collect()
    };
    let tokens = |line: &str| -> Vec<String> {
        line.trim_matches('│')
            .split_whitespace()
            .map(str::to_owned)
            .collect()
    };
    let grid = cjm::tui::views::inventory_grid(app);
    for (line, department) in lines[3..].iter().zip(&grid) {
        let expected = shown(&department.counts, behind.then_some(department.behind));
        let on_screen = tokens(line);
        assert_eq!(
            on_screen[on_screen.len() - expected.len()..],
            expected,
            "{line}"
        );
    }
    // The touchpoints without an owner, per stage.
    let unowned: Vec<usize> = map
        .stages
        .iter()
        .map(|s| {
            map.touchpoints
                .iter()
                .filter(|t| t.stage == s.id && t.owner.trim().is_empty())
                .count()
        })
        .collect();
    let line = lines[3 + grid.len()];
    assert!(line.contains("(no owner)"), "{line}");
    let expected = shown(&unowned, None);
    let on_screen = tokens(line);
    assert_eq!(
        on_screen[on_screen.len() - expected.len()..],
        expected,
        "{line}"
    );
    (first, last)
}

/// The emotion curve (view 2) of `map` drawn on a test terminal of `size`.
fn curve_frame(
    map: cjm::model::Map,
    (width, height): (u16, u16),
    theme: cjm::tui::theme::Theme,
) -> ratatui::buffer::Buffer {
    let mut app = App::new(map, "curve.toml".into());
    app.update(Message::Resize(width, height));
    app.update(Message::Key(KeyEvent::new(
        KeyCode::Char('2'),
        KeyModifiers::NONE,
    )));
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, height))
        .unwrap_or_else(|err| panic!("no test terminal: {err}"));
    terminal
        .draw(|frame| cjm::tui::views::view(&app, theme, frame))
        .unwrap_or_else(|err| panic!("drawing failed: {err}"));
    terminal.backend().buffer().clone()
}

#[test]
fn the_curve_of_a_large_map_sends_few_colour_changes() {
    // Hundreds of touchpoints per stage: the stage separators are on every
    // other column. A line of the plot without points is one colour run
    // (blank cells take the separators' colour), so a frame of the curve
    // stays small for the terminal.
    // In colour, as a real session draws it.
    let buffer = &curve_frame(
        generate(10_000, 2026),
        (120, 40),
        cjm::tui::theme::Theme::default(),
    );
    let mut quiet_lines = 0;
    for y in 2..36 {
        let cells: Vec<_> = (6..118).filter_map(|x| buffer.cell((x, y))).collect();
        let text: String = cells.iter().map(|c| c.symbol()).collect();
        if text.chars().all(|c| c == ' ' || c == '┊') && text.contains('┊') {
            quiet_lines += 1;
            let runs = cells
                .windows(2)
                .filter(|w| w[0].style() != w[1].style())
                .count();
            assert_eq!(runs, 0, "line {y}: {text}");
        }
    }
    assert!(quiet_lines > 10, "{quiet_lines} lines without points");
}

#[test]
fn a_crowded_curve_keeps_each_stage_apart() {
    // 400 touchpoints in 76 columns: several points share a column, and the
    // last point of a stage often falls on the next stage's separator,
    // which is drawn over it (the separators stay whole lines, but for the
    // first points of each stage).
    let frame = curve_frame(generate(400, 5), (80, 24), cjm::tui::theme::Theme::plain());
    insta::assert_snapshot!("curve_crowded_80x24", cjm::tui::views::buffer_text(&frame));
}

#[test]
fn the_board_shows_each_window_of_stages_as_a_fresh_session_does() {
    // The board's cards and links are worked out once per state of the map
    // and kept: moving across stages, opening a form beside the columns
    // (fewer fit) and closing it must still show each column's own cards
    // and ideas.
    let mut app = App::new(generate(400, 5), "crowded.toml".into());
    app.update(Message::Resize(80, 24));
    let press = |app: &mut App, code: KeyCode| {
        app.update(Message::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    };
    let fresh = |app: &App| {
        let mut other = App::new(app.map.clone(), "crowded.toml".into());
        other.update(Message::Resize(80, 24));
        other.stage = app.stage;
        other.card = app.card;
        render(&other, 80, 24)
    };
    // The screen without its status line (which tells what the last key did).
    let board = |screen: String| screen.lines().take(22).collect::<Vec<_>>().join("\n");
    let first = board(render(&app, 80, 24));
    for _ in 0..app.map.stages.len() {
        press(&mut app, KeyCode::Right);
        press(&mut app, KeyCode::Down);
        assert_eq!(
            board(render(&app, 80, 24)),
            board(fresh(&app)),
            "stage {}",
            app.stage
        );
        let before = board(render(&app, 80, 24));
        press(&mut app, KeyCode::Enter);
        let with_form = render(&app, 80, 24);
        assert!(with_form.contains("Touchpoint"), "{with_form}");
        press(&mut app, KeyCode::Esc);
        assert_eq!(board(render(&app, 80, 24)), before, "stage {}", app.stage);
    }
    while app.stage > 0 {
        press(&mut app, KeyCode::Left);
    }
    app.card = 0;
    assert_eq!(board(render(&app, 80, 24)), first);
}
