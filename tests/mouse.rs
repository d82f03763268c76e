//! The mouse selects what was drawn under it: the views record where they
//! drew each card, so a click lands on the card on screen, also while a
//! guided step's panel takes part of the screen.

mod common;

use std::path::Path;

use cjm::format::load_file;
use cjm::tui::app::{App, Message, Mode, View};
use cjm::tui::guide::Step;
use ratatui::crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};

use common::app::render;
use common::{Error, TestResult};

/// Draws the app as the event loop does (a resize, then a frame),
/// returning the screen as text.
fn draw(app: &mut App, width: u16, height: u16) -> Result<String, Error> {
    app.update(Message::Resize(width, height));
    render(app, width, height)
}

fn click(app: &mut App, column: u16, row: u16) {
    app.update(Message::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column,
        row,
        modifiers: KeyModifiers::NONE,
    }));
}

/// Where `text` starts on the screen: (column, row), counting display columns.
fn find(screen: &str, text: &str) -> Option<(u16, u16)> {
    screen.lines().enumerate().find_map(|(row, line)| {
        let at = line.find(text)?;
        let column = cjm::text::width(&line[..at]);
        Some((u16::try_from(column).ok()?, u16::try_from(row).ok()?))
    })
}

#[test]
fn a_click_with_a_guided_step_shown_selects_the_card_under_the_mouse() -> TestResult {
    let path = Path::new("maps/online-shop-current.toml");
    let mut app = App::new(load_file(path)?.map, path.to_owned());
    app.resume_guide(Some(Step::Touchpoints), &Default::default(), 3);
    app.mode = Mode::Normal;
    assert_eq!(app.view, View::Board);
    for (width, height) in [(120, 40), (200, 50)] {
        let screen = draw(&mut app, width, height)?;
        assert!(screen.contains("Step 6"), "no guided step shown:\n{screen}");
        // The second card of the second stage, as drawn.
        let tp = app.stage_cards(1)[1];
        let name: String = app.map.touchpoints[tp].name.chars().take(8).collect();
        let (column, row) =
            find(&screen, &name).ok_or_else(|| format!("{name} not on screen:\n{screen}"))?;
        click(&mut app, column + 1, row);
        assert_eq!(
            (app.stage, app.card),
            (1, 1),
            "clicked {name:?} at {column},{row} ({width}×{height}):\n{screen}"
        );
        // The first card of the first stage, and back.
        let first = app.stage_cards(0)[0];
        let name: String = app.map.touchpoints[first].name.chars().take(8).collect();
        let screen = draw(&mut app, width, height)?;
        let (column, row) =
            find(&screen, &name).ok_or_else(|| format!("{name} not on screen:\n{screen}"))?;
        click(&mut app, column + 1, row);
        assert_eq!((app.stage, app.card), (0, 0), "clicked {name:?}:\n{screen}");
    }
    Ok(())
}

#[test]
fn a_click_on_a_screen_too_small_to_draw_selects_nothing() -> TestResult {
    let path = Path::new("maps/online-shop-current.toml");
    let mut app = App::new(load_file(path)?.map, path.to_owned());
    let before = (app.stage, app.card);
    draw(&mut app, 40, 10)?;
    for (x, y) in [(5, 5), (20, 8), (39, 9)] {
        click(&mut app, x, y);
        assert_eq!((app.stage, app.card), before);
    }
    Ok(())
}
