//! While the finder, the palette or help opens, is open and closes, the
//! view under it is copied from the last frame drawn under a popup (or,
//! for any view but the board, as last shown) instead of being drawn again
//! at every key (see `docs/performance.md`). These
//! tests hold every frame drawn that way to the frame the app draws from
//! scratch in the same state, on every view, with colours, and check that
//! the copy is dropped as soon as something other than the popup changes.

mod common;

use cjm::tui::app::{App, Message, Mode, View};
use cjm::tui::theme::Theme;
use cjm::tui::views;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};

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
    draw_in(terminal, app, Theme::default())
}

/// [`draw`] in `theme`.
fn draw_in(
    terminal: &mut Terminal<TestBackend>,
    app: &App,
    theme: Theme,
) -> Result<Buffer, common::Error> {
    // The frame as drawn (the backend's copy keeps stale cells under
    // wide characters, which the terminal never shows).
    let frame = terminal.draw(|frame| views::view(app, theme, frame))?;
    // As the runtime does once the frame is on the screen.
    views::keep_shown(app, frame.buffer);
    Ok(frame.buffer.clone())
}

/// The same frame drawn from scratch, with no copy of the view kept (the
/// mouse targets it records replace the ones of the last frame).
fn fresh(app: &App) -> Result<Buffer, common::Error> {
    afresh(app, (WIDTH, HEIGHT), Theme::default())
}

/// [`fresh`] on a terminal of another size than the tests' usual one.
fn with_size(width: u16, height: u16, app: &App) -> Result<Buffer, common::Error> {
    afresh(app, (width, height), Theme::default())
}

/// The frame drawn from scratch in a terminal of `size`, in `theme`.
fn afresh(app: &App, (width, height): (u16, u16), theme: Theme) -> Result<Buffer, common::Error> {
    let kept = app.kept_views.take();
    let mut terminal = Terminal::new(TestBackend::new(width, height))?;
    let drawn = draw_in(&mut terminal, app, theme);
    app.kept_views.replace(kept);
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
                app.kept_views.borrow().holds(app.view),
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
fn opening_and_closing_a_popup_copy_the_view_and_show_what_drawing_from_scratch_shows() -> TestResult
{
    // On a projector's screen a form covers the view; on a wide one it
    // stands beside it, and help over it covers both.
    for (width, height) in [(WIDTH, HEIGHT), (80, 24)] {
        for view in ['1', '2', '3', '4', '5', '6', 'B', '7', '8', '9'] {
            let mut app = app();
            app.update(Message::Resize(width, height));
            let mut terminal = Terminal::new(TestBackend::new(width, height))?;
            key(&mut app, KeyCode::Char(view));
            key(&mut app, KeyCode::Down);
            draw(&mut terminal, &app)?;
            // The view under the first popup is drawn, and kept from then
            // on; any view but the board is kept already as it was shown.
            for (turn, (open, close)) in [
                ("/", KeyCode::Esc),
                (":", KeyCode::Esc),
                ("?", KeyCode::Esc),
                ("?", KeyCode::Char('?')),
            ]
            .into_iter()
            .enumerate()
            {
                keys(&mut app, open);
                assert_eq!(
                    app.kept_views.borrow().holds(app.view),
                    turn > 0 || !matches!(app.view, View::Board | View::Checks),
                    "view {view}: opening {open:?}"
                );
                let shown = draw(&mut terminal, &app)?;
                let sized = with_size(width, height, &app)?;
                assert_eq!(
                    shown, sized,
                    "{width}x{height}, view {view}, {open:?} opened"
                );
                key(&mut app, close);
                assert!(
                    app.kept_views.borrow().holds(app.view),
                    "view {view}: closing {open:?} keeps the view"
                );
                let shown = draw(&mut terminal, &app)?;
                let sized = with_size(width, height, &app)?;
                assert_eq!(
                    shown, sized,
                    "{width}x{height}, view {view}, {open:?} closed"
                );
            }
            // Help over a card's form (F1: in a form `?` is typed into the
            // field), twice, and the form again once help closes.
            key(&mut app, KeyCode::Char('1'));
            key(&mut app, KeyCode::Enter);
            draw(&mut terminal, &app)?;
            for (turn, k) in [KeyCode::F(1), KeyCode::Esc, KeyCode::F(1), KeyCode::Esc]
                .into_iter()
                .enumerate()
            {
                key(&mut app, k);
                // The view under the first help is drawn, then kept.
                assert_eq!(
                    app.kept_views.borrow().holds(app.view),
                    turn > 0,
                    "view {view}: {k:?} over the form keeps the view"
                );
                let help = matches!(app.mode, Mode::Help { .. });
                assert_eq!(help, k == KeyCode::F(1), "view {view}: {k:?} over the form");
                let form = match &app.mode {
                    Mode::Help { under, .. } => under.as_deref(),
                    mode => Some(mode),
                };
                let form = form.is_some_and(|m| matches!(m, Mode::Form(f) if f.editor.is_none()));
                assert!(form, "view {view}: the form, not editing, after {k:?}");
                let shown = draw(&mut terminal, &app)?;
                let sized = with_size(width, height, &app)?;
                assert_eq!(shown, sized, "{width}x{height}, view {view}, form, {k:?}");
            }
        }
    }
    Ok(())
}

#[test]
fn anything_but_a_popup_key_or_a_switch_drops_the_kept_views() -> TestResult {
    let mut app = app();
    let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT))?;
    key(&mut app, KeyCode::Char('/'));
    keys(&mut app, "re");
    draw(&mut terminal, &app)?;
    assert!(app.kept_views.borrow().holds(app.view));
    // A resize may change the view.
    app.update(Message::Resize(WIDTH, HEIGHT));
    assert!(!app.kept_views.borrow().is_kept(), "after a resize");
    draw(&mut terminal, &app)?;
    // Closing the finder does not.
    key(&mut app, KeyCode::Esc);
    assert!(app.kept_views.borrow().holds(app.view), "after closing");
    let shown = draw(&mut terminal, &app)?;
    assert_eq!(shown, fresh(&app)?);
    // A move does: the finder opened again shows the new selection.
    key(&mut app, KeyCode::Down);
    assert!(!app.kept_views.borrow().is_kept(), "after a move");
    key(&mut app, KeyCode::Char('/'));
    let shown = draw(&mut terminal, &app)?;
    assert_eq!(shown, fresh(&app)?);
    // Picking a result jumps to it: the view under the finder changes.
    keys(&mut app, "refund");
    draw(&mut terminal, &app)?;
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Enter);
    assert!(!app.kept_views.borrow().is_kept(), "after a jump");
    let shown = draw(&mut terminal, &app)?;
    assert_eq!(shown, fresh(&app)?);
    // So does an edit, and the palette opened after it shows the edit.
    key(&mut app, KeyCode::Char('+'));
    assert!(!app.kept_views.borrow().is_kept(), "after an edit");
    key(&mut app, KeyCode::Char(':'));
    let shown = draw(&mut terminal, &app)?;
    assert_eq!(shown, fresh(&app)?);
    Ok(())
}

/// The copy is what shows: a card renamed behind the app's back (no
/// message) does not show on the board as the finder closes, until a
/// message forgets the view kept; then it does.
#[test]
fn the_view_under_a_popup_is_copied_not_drawn_again() -> TestResult {
    let mut app = app();
    let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT))?;
    let shown = |buffer: &Buffer, text: &str| {
        let cells = buffer.content.iter().map(ratatui::buffer::Cell::symbol);
        cells.collect::<String>().contains(text)
    };
    key(&mut app, KeyCode::Char('/'));
    draw(&mut terminal, &app)?;
    let touchpoint = app.map.touchpoints.first_mut();
    touchpoint.ok_or("the generated map has touchpoints")?.name = "Żółw".into();
    // (The finder's results, drawn at every key, list the new name.)
    key(&mut app, KeyCode::Esc);
    let closed = draw(&mut terminal, &app)?;
    assert!(
        !shown(&closed, "Żółw"),
        "the copy shows as the finder closes"
    );
    app.update(Message::Resize(WIDTH, HEIGHT));
    let drawn = draw(&mut terminal, &app)?;
    assert!(
        shown(&drawn, "Żółw"),
        "the board drawn again shows the card"
    );
    Ok(())
}

/// The guided session's steps palette, the finder over a card's links,
/// help over the finder, and what else reaches the app while a popup is
/// open (a paste, the mouse, the timer's tick) all show what drawing from
/// scratch shows.
#[test]
fn every_popup_and_every_message_under_one_shows_what_drawing_from_scratch_shows() -> TestResult {
    let mut map = cjm_testdata::generate(200, 2026);
    for touchpoint in &mut map.touchpoints {
        touchpoint.web_links = ["https://example.com/a", "https://example.com/ö"]
            .map(|url| cjm::model::Link {
                title: String::new(),
                url: url.to_owned(),
            })
            .to_vec();
    }
    let mut app = App::new(map, "generated.toml".into());
    let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT))?;
    let mut check = |app: &App, what: &str| -> TestResult {
        let shown = draw(&mut terminal, app)?;
        assert_eq!(shown, fresh(app)?, "{what}");
        Ok(())
    };
    // The card's two links, offered in the finder; help over it.
    key(&mut app, KeyCode::Char('O'));
    assert!(matches!(app.mode, Mode::Find(_)), "links");
    check(&app, "links")?;
    // F1: in the finder `?` is typed into the query.
    key(&mut app, KeyCode::F(1));
    assert!(matches!(app.mode, Mode::Help { .. }), "help over the links");
    check(&app, "help over the links")?;
    key(&mut app, KeyCode::Esc);
    assert!(matches!(app.mode, Mode::Find(_)), "the links again");
    check(&app, "the links again")?;
    key(&mut app, KeyCode::Esc);
    check(&app, "links closed")?;
    // While the finder is open: a paste, the mouse, the clock.
    key(&mut app, KeyCode::Char('/'));
    check(&app, "finder")?;
    app.update(Message::Paste("refund\nö".into()));
    assert!(
        app.kept_views.borrow().holds(app.view),
        "a paste keeps the view"
    );
    check(&app, "after a paste")?;
    key(&mut app, KeyCode::Esc);
    check(&app, "finder closed")?;
    assert!(app.kept_views.borrow().holds(app.view));
    // A click on another card (and a scroll) selects it: the view changes.
    let cards = app.drawn.borrow().cards.clone();
    let other = cards
        .iter()
        .find(|c| (c.stage, c.card) != (app.stage, app.card));
    let other = other.ok_or("the board shows more than one card")?;
    for (kind, (column, row)) in [
        (
            MouseEventKind::Down(MouseButton::Left),
            (other.area.x + 1, other.area.y),
        ),
        (MouseEventKind::ScrollDown, (other.area.x + 1, other.area.y)),
    ] {
        app.update(Message::Mouse(MouseEvent {
            kind,
            column,
            row,
            modifiers: KeyModifiers::NONE,
        }));
        assert!(!app.kept_views.borrow().is_kept(), "after {kind:?}");
        check(&app, &format!("after {kind:?}"))?;
        key(&mut app, KeyCode::Char('/'));
        check(&app, &format!("the finder after {kind:?}"))?;
        key(&mut app, KeyCode::Esc);
    }
    // The guided session's steps palette: opened, narrowed, closed.
    let timeboxes = cjm::tui::guide::Step::ALL
        .iter()
        .map(|s| (*s, s.default_minutes()))
        .collect();
    app.resume_guide(None, &timeboxes, 3);
    check(&app, "the guided session")?;
    common::app::ctrl(&mut app, 'g');
    let steps = matches!(&app.mode, Mode::Palette(p) if p.steps);
    assert!(steps, "the steps palette is open");
    check(&app, "steps palette")?;
    keys(&mut app, "ta");
    check(&app, "steps palette narrowed")?;
    key(&mut app, KeyCode::Esc);
    check(&app, "steps palette closed")?;
    // The workshop timer runs; its ticks, once a second and before each
    // key, change the guided session's clock but keep the view.
    key(&mut app, KeyCode::Char('t'));
    let ticking = app
        .guide
        .as_ref()
        .is_some_and(cjm::tui::guide::Guide::ticking);
    assert!(ticking, "the timer runs");
    key(&mut app, KeyCode::Char('/'));
    check(&app, "finder while the timer runs")?;
    let start = std::time::Instant::now();
    let mut last = fresh(&app)?;
    for second in 1..=3 {
        app.update(Message::Tick(
            start + std::time::Duration::from_secs(second),
        ));
        assert!(
            app.kept_views.borrow().holds(app.view),
            "a tick keeps the view"
        );
        check(&app, &format!("{second} s later"))?;
        // The session's panel, with its clock, is drawn at every frame.
        assert_ne!(fresh(&app)?, last, "the clock moved at {second} s");
        keys(&mut app, "e");
        check(&app, &format!("a letter {second} s later"))?;
        last = fresh(&app)?;
    }
    Ok(())
}

/// The colours are part of what the view was drawn from: the same state
/// drawn in another theme (no colour, or other colours) under the finder
/// shows that theme, not the view kept in the first one.
#[test]
fn another_theme_draws_the_view_again() -> TestResult {
    let mut app = app();
    let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT))?;
    key(&mut app, KeyCode::Char('/'));
    draw(&mut terminal, &app)?;
    assert!(app.kept_views.borrow().holds(app.view));
    let mut recoloured = Theme::default();
    recoloured.palette.selected = ratatui::style::Color::Indexed(201);
    recoloured.palette.title = ratatui::style::Color::Indexed(46);
    for theme in [Theme::plain(), recoloured, Theme::default()] {
        let shown = draw_in(&mut terminal, &app, theme)?;
        assert_eq!(shown, afresh(&app, (WIDTH, HEIGHT), theme)?, "{theme:?}");
    }
    Ok(())
}
