//! While the finder, the palette or help is open, the view under it is
//! copied from the frame drawn when the popup opened instead of being drawn
//! again at every key (see `docs/performance.md`). These tests hold every
//! frame drawn that way to the frame the app draws from scratch in the same
//! state, on every view, with colours, and check that the copy is dropped
//! as soon as something other than the popup changes.

mod common;

use cjm::tui::app::{App, Message};
use cjm::tui::theme::Theme;
use cjm::tui::views;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;

use common::TestResult;
use common::app::{key, keys};

const WIDTH: u16 = 120;
const HEIGHT: u16 = 40;

fn app() -> App {
    App::new(cjm_testdata::generate(200, 2026), "generated.toml".into())
}

/// The frame the app draws now, with colours, on a terminal kept across
/// keys (as the real one is), and the cards the mouse can click.
fn draw(terminal: &mut Terminal<TestBackend>, app: &App) -> Result<Buffer, common::Error> {
    // The frame as drawn (the backend's copy keeps stale cells under
    // wide characters, which the terminal never shows).
    let frame = terminal.draw(|frame| views::view(app, Theme::default(), frame))?;
    Ok(frame.buffer.clone())
}

/// The same frame drawn from scratch, with no copy of the view kept (the
/// mouse targets it records replace the ones of the last frame).
fn fresh(app: &App) -> Result<Buffer, common::Error> {
    let kept = app.under_popup.take();
    let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT))?;
    let drawn = draw(&mut terminal, app);
    app.under_popup.replace(kept);
    drawn
}

#[test]
fn typing_in_the_finder_shows_what_drawing_from_scratch_shows_on_every_view() -> TestResult {
    for view in ['1', '2', '3', '4', '5', '6', 'B', '7', '8', '9'] {
        let mut app = app();
        let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT))?;
        key(&mut app, KeyCode::Char(view));
        key(&mut app, KeyCode::Down);
        draw(&mut terminal, &app)?;
        key(&mut app, KeyCode::Char('/'));
        for step in ["r", "e", "f", "u", "n", "d"] {
            keys(&mut app, step);
            let shown = draw(&mut terminal, &app)?;
            let cards = app.drawn.borrow().clone();
            assert!(
                app.under_popup.borrow().is_some(),
                "view {view}: the view under the finder is kept"
            );
            assert_eq!(shown, fresh(&app)?, "view {view}, after typing {step:?}");
            assert_eq!(*app.drawn.borrow(), cards, "view {view}: mouse targets");
        }
        key(&mut app, KeyCode::Backspace);
        key(&mut app, KeyCode::Down);
        let shown = draw(&mut terminal, &app)?;
        assert_eq!(
            shown,
            fresh(&app)?,
            "view {view}, after moving in the results"
        );
    }
    Ok(())
}

#[test]
fn the_palette_and_help_show_what_drawing_from_scratch_shows() -> TestResult {
    let mut app = app();
    let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT))?;
    key(&mut app, KeyCode::Char(':'));
    for c in "vie".chars() {
        key(&mut app, KeyCode::Char(c));
        let shown = draw(&mut terminal, &app)?;
        assert_eq!(shown, fresh(&app)?, "palette after {c:?}");
    }
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('?'));
    draw(&mut terminal, &app)?;
    for _ in 0..3 {
        key(&mut app, KeyCode::Down);
        let shown = draw(&mut terminal, &app)?;
        assert_eq!(shown, fresh(&app)?, "help scrolled");
    }
    Ok(())
}

#[test]
fn anything_but_a_popup_key_drops_the_kept_view() -> TestResult {
    let mut app = app();
    let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT))?;
    key(&mut app, KeyCode::Char('/'));
    keys(&mut app, "re");
    draw(&mut terminal, &app)?;
    assert!(app.under_popup.borrow().is_some());
    // A resize, a paste, closing the finder: the view may differ now.
    app.update(Message::Resize(WIDTH, HEIGHT));
    assert!(app.under_popup.borrow().is_none(), "after a resize");
    draw(&mut terminal, &app)?;
    key(&mut app, KeyCode::Esc);
    assert!(app.under_popup.borrow().is_none(), "after closing");
    let shown = draw(&mut terminal, &app)?;
    assert_eq!(shown, fresh(&app)?);
    // The finder opened again over another selection shows that selection.
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Char('/'));
    let shown = draw(&mut terminal, &app)?;
    assert_eq!(shown, fresh(&app)?);
    Ok(())
}
