//! Drawing: `view(&app, frame)` only reads the state and draws it. One file
//! per screen or widget.

mod blueprint;
mod board;
mod cells;
mod checks;
mod compare;
mod conflict;
mod curve;
mod dialog;
mod files;
mod finder;
mod footer;
mod form;
mod guide;
mod guide_blueprint;
mod help;
pub mod home;
mod inventory;
mod item_log;
mod kept;
mod matched;
mod metrics;
mod opportunities;
mod overview;
mod personas;
mod picker;
mod stages;
mod window;
/// The text helpers, under the name the views use.
pub use crate::text;
pub use board::Figures as BoardFigures;
pub use board::KeptColumns;
pub use conflict::highlight as conflict_highlight;
pub use curve::Figures as CurveFigures;
pub use help::max_scroll as help_max_scroll;
pub use inventory::{DepartmentRow, Figures as InventoryFigures, grid as inventory_grid};
pub use kept::KeptViews;
use kept::ViewKey;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::app::{App, Mode, View};
use super::theme::Theme;
use crate::model::Vocabulary;
use crate::t;

/// The smallest screen the app draws on; below it, a message says so.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

/// Where the board drew one card: the mouse selects it there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CardArea {
    pub area: Rect,
    /// The stage's index in the map, and the card's among the stage's shown cards.
    pub stage: usize,
    pub card: usize,
}

/// What the last frame drew where, for the mouse: the layout is worked
/// out once, while drawing, and a click lands on what is on the screen
/// (beside a guided step's panel or a form), not on a layout guessed again.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Hits {
    pub cards: Vec<CardArea>,
}

impl Hits {
    /// The stage and card drawn under the screen position (x, y), if any.
    pub fn card_at(&self, x: u16, y: u16) -> Option<(usize, usize)> {
        self.cards
            .iter()
            .find(|c| c.area.contains(ratatui::layout::Position::new(x, y)))
            .map(|c| (c.stage, c.card))
    }
}

/// The text of a drawn screen, one line per row with trailing spaces cut;
/// a wide character counts once. For tests, benchmarks and text captures.
pub fn buffer_text(buffer: &ratatui::buffer::Buffer) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let mut line = String::new();
        let mut skip = 0;
        for x in area.left()..area.right() {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buffer[(x, y)].symbol();
            line.push_str(symbol);
            skip = text::width(symbol).saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Works out now the figures of the views that take longest to work out
/// on a large map, for the map and filter as they are: the inventory's
/// grid and the curve's points (at 10,000 touchpoints 4–8 and 2–4 ms on
/// their first visit, a key's whole budget), and the board's columns
/// beside a form (2 ms when the first form opens). The runtime calls it once,
/// when the app has had no input for a while after its first frame, so
/// that the first visit of each view draws from figures already kept.
pub fn warm(app: &App) {
    inventory::warm(app);
    curve::warm(app);
    // The board's columns beside a form: the first form opened on a wide
    // screen shows fewer columns than the board did.
    if app.guide.is_none()
        && let Some((main, _)) = beside_form(body_of(app.size))
    {
        board::warm(app, main);
    }
}

/// The body of the screen (between the title row and the status and
/// footer rows) on a terminal of `size`.
pub(super) fn body_of((width, height): (u16, u16)) -> Rect {
    let [_, body, _, _] = screen_areas(Rect::new(0, 0, width, height));
    body
}

/// The screen's title row, body, status row and footer.
fn screen_areas(area: Rect) -> [Rect; 4] {
    Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area)
}

/// The narrowest content a form is drawn beside rather than over.
const FORM_BESIDE_FROM: u16 = 110;

/// The view's area and the form's beside it, on a screen wide enough for
/// both (`None`: the form is drawn over the view).
fn beside_form(content: Rect) -> Option<(Rect, Rect)> {
    if content.width < FORM_BESIDE_FROM {
        return None;
    }
    let [main, side] =
        Layout::horizontal([Constraint::Min(40), Constraint::Length(56)]).areas(content);
    Some((main, side))
}

/// Draws the whole screen, and records where it drew what the mouse can
/// click in `app.drawn`. Drawing writes nothing else the app reads but
/// what it keeps to draw faster: the views and the board's columns as
/// drawn, and the figures the views work out. Once the frame is on the
/// screen, [`keep_shown`] keeps its view for a switch back to it.
pub fn view(app: &App, theme: Theme, frame: &mut Frame) {
    // A view noted in a frame that was not then kept is of no use now.
    app.kept_views.borrow_mut().take_drawn();
    let hits = draw_screen(app, theme, frame);
    app.drawn.replace(hits);
}

fn draw_screen(app: &App, theme: Theme, frame: &mut Frame) -> Hits {
    let mut hits = Hits::default();
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let message = too_small(area.width, area.height);
        frame.render_widget(
            Paragraph::new(message).wrap(ratatui::widgets::Wrap { trim: true }),
            area,
        );
        return hits;
    }
    let [title, body, status, footer] = screen_areas(area);
    draw_title(app, theme, frame, title);
    let content = match &app.guide {
        Some(guide) => guide::draw(app, guide, theme, frame, body),
        None => body,
    };
    let beside = matches!(app.mode, Mode::Form(_))
        .then(|| beside_form(content))
        .flatten();
    let (main, side) = match beside {
        Some((main, side)) => (main, Some(side)),
        None => (content, None),
    };
    // What the finder or the palette will cover is cleared, so the view
    // is not copied there.
    let covered = matches!(app.mode, Mode::Find(_) | Mode::Palette(_)).then(|| finder::popup(body));
    hits.cards = draw_view(app, theme, frame, main, covered);
    footer::draw_status(app, theme, frame, status);
    footer::draw_hints(app, theme, frame, footer);
    match &app.mode {
        Mode::Form(f) => {
            form::draw(
                app,
                theme,
                frame,
                // Beside the view on a wide screen, over it on a narrow one.
                side.unwrap_or(content),
            );
            if let Some(p) = &f.picker {
                picker::draw(app, theme, frame, body, f.item, p);
            }
        }
        Mode::Help { .. } => help::draw(app, theme, frame, body),
        Mode::Resolve { conflict } => conflict::draw_resolve(app, theme, frame, body, *conflict),
        Mode::CombinePick {
            conflict,
            item,
            picker: p,
        } => {
            conflict::draw_resolve(app, theme, frame, body, *conflict);
            picker::draw(app, theme, frame, body, *item, p);
        }
        Mode::Combine {
            conflict,
            editor,
            error,
        } => conflict::draw_combine(app, theme, frame, body, *conflict, editor, error.as_deref()),
        Mode::Find(finder) if finder.links => finder::draw(
            frame,
            theme,
            body,
            &format!(" {} ", t!("links-chooser-title")),
            finder,
            app.finder_texts(),
        ),
        Mode::Find(finder) => {
            let title = t!("find-title");
            finder::draw(frame, theme, body, &title, finder, app.finder_texts());
        }
        Mode::Palette(finder) => {
            let title = t!("palette-title");
            finder::draw(frame, theme, body, &title, finder, app.finder_texts());
        }
        Mode::ConfirmQuit => dialog::confirm(
            frame,
            theme,
            body,
            &t!("quit-title"),
            &app.quit_lines(),
            &app.quit_keys(),
        ),
        Mode::ConfirmDelete {
            item,
            references,
            blocked,
        } => {
            let name = app.item_name(*item);
            let kind = super::words::kind(item.noun());
            let mut lines = vec![t!(
                "delete-question",
                kind = kind.as_str(),
                name = text::clean(&name)
            )];
            if *blocked {
                lines[0] = t!(
                    "delete-blocked",
                    kind = kind.as_str(),
                    name = text::clean(&name)
                );
                lines.extend(references.iter().map(|r| format!("  • {}", text::clean(r))));
                lines.push(match item {
                    crate::tui::edit::ItemRef::Department(_) => t!("department-delete-blocked"),
                    _ => t!("delete-move-touchpoints"),
                });
            } else if references.is_empty() {
                lines.push(t!("delete-no-references"));
            } else {
                lines.push(t!("delete-references"));
                lines.extend(references.iter().map(|r| format!("  • {}", text::clean(r))));
            }
            let keys = if *blocked {
                t!("delete-keys-back")
            } else {
                t!(
                    "delete-keys",
                    keys = app.keymap.keys_label_in(
                        super::keymap::KeyMode::DeleteQuestion,
                        super::action::Action::Delete
                    )
                )
            };
            dialog::confirm(frame, theme, body, &t!("delete-title"), &lines, &keys);
        }
        Mode::NewItem { kind, editor } => dialog::prompt(
            frame,
            theme,
            body,
            &t!("new-item-title", kind = super::words::kind(kind.noun())),
            &t!("new-item-id-note"),
            editor,
        ),
        Mode::Files(dialog) => files::draw(app, theme, frame, body, dialog),
        Mode::Migrate(offer) => {
            let (title, lines, keys) = offer.text(&app.keymap);
            dialog::confirm(frame, theme, body, &title, &lines, &keys);
        }
        Mode::Normal => {}
    }
    scrub(frame.buffer_mut());
    hits
}

/// The view (board, curve...) in `main`, copied from the views kept when
/// nothing it shows has changed since (but where a popup will be drawn,
/// `covered`); the board's cards for the mouse.
fn draw_view(
    app: &App,
    theme: Theme,
    frame: &mut Frame,
    main: Rect,
    covered: Option<Rect>,
) -> Vec<CardArea> {
    let key = ViewKey::of(app, theme, main);
    if let Some((cells, cards)) = app.kept_views.borrow_mut().find(&key) {
        match covered {
            Some(hole) => copy_cells_around(cells, frame.buffer_mut(), main, hole),
            None => copy_cells(cells, frame.buffer_mut(), main),
        }
        #[cfg(debug_assertions)]
        check_copy(app, theme, cells, main);
        return cards.to_vec();
    }
    #[cfg(test)]
    VIEWS_DRAWN.with(|n| n.set(n.get() + 1));
    let cards = draw_view_fresh(app, theme, frame, main);
    let mut kept = app.kept_views.borrow_mut();
    match app.mode {
        // Under a popup the view is kept now, before the popup covers it,
        // for the keys typed there, its closing and opening again.
        Mode::Find(_) | Mode::Palette(_) | Mode::Help { .. } => {
            kept.keep(key, frame.buffer_mut(), &cards);
        }
        // The board keeps its columns itself, which a move leaves but one
        // or two of: kept whole it would be copied at every move. The
        // checks look at the disk as they are drawn (whether `based_on`
        // names a file): switching to them checks again. Any other view
        // is kept once the frame is on the screen, for a switch back to it.
        Mode::Normal if !matches!(app.view, View::Board | View::Checks) => kept.note_drawn(key),
        _ => {}
    }
    cards
}

/// Keeps the view of the frame just shown (`shown`), when it was drawn
/// afresh with nothing over it, for a later switch back to it. The runtime
/// calls it after each frame is written to the terminal, so that the copy
/// keeps no key waiting.
pub fn keep_shown(app: &App, shown: &ratatui::buffer::Buffer) {
    let mut kept = app.kept_views.borrow_mut();
    if let Some(key) = kept.take_drawn() {
        kept.keep(key, shown, &[]);
    }
}

/// A debug build's check that a view copied from one kept is the view
/// drawn afresh now: something a view shows but its key leaves out fails
/// the tests instead of showing a stale view.
#[cfg(debug_assertions)]
fn check_copy(app: &App, theme: Theme, copied: &ratatui::buffer::Buffer, main: Rect) {
    // The board's check is its columns' own ([`board::draw`]); drawing it
    // here would count as drawing its columns. The checks under a popup
    // may differ from the checks drawn now when a file came or went
    // meanwhile (see `ViewKey`).
    if matches!(app.view, View::Board | View::Checks) {
        return;
    }
    let size = Rect::new(0, 0, main.right(), main.bottom());
    let Ok(mut terminal) = ratatui::Terminal::with_options(
        ratatui::backend::TestBackend::new(size.width, size.height),
        ratatui::TerminalOptions {
            viewport: ratatui::Viewport::Fixed(size),
        },
    );
    let mut fresh = None;
    let _ = terminal.draw(|frame| {
        draw_view_fresh(app, theme, frame, main);
        let buffer = frame.buffer_mut();
        scrub(buffer);
        let mut cells = ratatui::buffer::Buffer::empty(main);
        copy_cells(buffer, &mut cells, main);
        fresh = Some(cells);
    });
    let mut copy = ratatui::buffer::Buffer::empty(main);
    copy_cells(copied, &mut copy, main);
    scrub(&mut copy);
    assert_eq!(
        fresh.as_ref(),
        Some(&copy),
        "a view copied from one drawn before differs from the view drawn now"
    );
}

/// How many times this thread worked the curve's figures out afresh.
#[cfg(test)]
pub(crate) fn curve_worked_out() -> usize {
    curve::WORKED_OUT.with(std::cell::Cell::get)
}

/// How many times this thread worked the inventory's grid out afresh.
#[cfg(test)]
pub(crate) fn inventory_worked_out() -> usize {
    inventory::WORKED_OUT.with(std::cell::Cell::get)
}

#[cfg(test)]
thread_local! {
    /// How many views were drawn afresh on this thread (the tests count).
    pub(crate) static VIEWS_DRAWN: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Copies the cells of `area` from `from` to `to` but those of `hole`:
/// the parts of `area` above and below it, and left and right of it.
fn copy_cells_around(
    from: &ratatui::buffer::Buffer,
    to: &mut ratatui::buffer::Buffer,
    area: Rect,
    hole: Rect,
) {
    let hole = hole.intersection(area);
    if hole.is_empty() {
        copy_cells(from, to, area);
        return;
    }
    let (left, right) = (area.left(), area.right());
    for part in [
        Rect::new(left, area.top(), area.width, hole.top() - area.top()),
        Rect::new(
            left,
            hole.bottom(),
            area.width,
            area.bottom() - hole.bottom(),
        ),
        Rect::new(left, hole.top(), hole.left() - left, hole.height),
        Rect::new(hole.right(), hole.top(), right - hole.right(), hole.height),
    ] {
        copy_cells(from, to, part);
    }
}

/// Copies the cells of `area` from `from` to `to`, a row at a time (the
/// view under a popup is copied at every key typed there, the board's
/// columns that did not change at every key on the board).
pub(super) fn copy_cells(
    from: &ratatui::buffer::Buffer,
    to: &mut ratatui::buffer::Buffer,
    area: Rect,
) {
    let area = area.intersection(from.area).intersection(to.area);
    // The cells of row `y` of `area` in `buffer.content`.
    let row = |buffer: &ratatui::buffer::Buffer, y: u16| {
        let start = usize::from(y - buffer.area.y) * usize::from(buffer.area.width)
            + usize::from(area.x - buffer.area.x);
        start..start + usize::from(area.width)
    };
    for y in area.top()..area.bottom() {
        let (source, target) = (row(from, y), row(to, y));
        if let (Some(source), Some(target)) = (from.content.get(source), to.content.get_mut(target))
            && source.len() == target.len()
        {
            target.clone_from_slice(source);
        }
    }
}

fn draw_view_fresh(app: &App, theme: Theme, frame: &mut Frame, main: Rect) -> Vec<CardArea> {
    match app.view {
        View::Board => return board::draw(app, theme, frame, main),
        View::Curve => curve::draw(app, theme, frame, main),
        View::Opportunities => opportunities::draw(app, theme, frame, main),
        View::Personas => personas::draw(app, theme, frame, main),
        View::Metrics => metrics::draw(app, theme, frame, main),
        View::Inventory => inventory::draw(app, theme, frame, main),
        View::Overview => overview::draw(app, theme, frame, main),
        View::Stages => stages::draw(app, theme, frame, main),
        View::Checks => checks::draw(app, theme, frame, main),
        View::Compare => compare::draw(app, theme, frame, main),
        View::Blueprint => blueprint::draw(app, theme, frame, main),
    }
    Vec::new()
}

/// The last line of defence, run over the whole frame once it is drawn.
/// The views pass user text through [`text::clean`], and ratatui drops
/// control characters itself, but bidirectional overrides and zero-width
/// characters would still reach the terminal from widgets that draw user
/// text as it is (the text editors). They are removed from every cell here,
/// keeping each cell's width.
pub(crate) fn scrub(buffer: &mut ratatui::buffer::Buffer) {
    let hidden = |c: char| c.is_control() || text::visible(c) != c;
    for cell in &mut buffer.content {
        let symbol = cell.symbol();
        // Most cells hold one printable ASCII character: nothing to look at.
        if symbol.bytes().all(text::printable_ascii) || !symbol.chars().any(hidden) {
            continue;
        }
        let columns = text::width(symbol).max(1);
        let kept: String = symbol.chars().filter(|c| !hidden(*c)).collect();
        let safe = if !kept.is_empty() && text::width(&kept) == columns {
            kept
        } else {
            "�".repeat(columns)
        };
        cell.set_symbol(&safe);
    }
}

/// What the screen says when it is smaller than [`MIN_WIDTH`]×[`MIN_HEIGHT`].
pub fn too_small(width: u16, height: u16) -> String {
    t!(
        "too-small",
        min_width = MIN_WIDTH,
        min_height = MIN_HEIGHT,
        width = width,
        height = height
    )
}

fn draw_title(app: &App, theme: Theme, frame: &mut Frame, area: Rect) {
    let map = &app.map;
    let line = Line::from(vec![
        Span::styled(format!(" {} ", text::clean(&map.title)), theme.title()),
        Span::styled(format!(" {} ", map.kind.label()), theme.dim()),
        Span::styled(
            format!(
                " {} · {}",
                t!("count-stages", count = map.stages.len()),
                t!("count-touchpoints", count = map.touchpoints.len())
            ),
            theme.dim(),
        ),
    ]);
    cells::lines(frame.buffer_mut(), area, std::slice::from_ref(&line));
}

#[cfg(test)]
mod tests {
    use ratatui::buffer::{Buffer, Cell};
    use ratatui::layout::{Position, Rect};

    use super::copy_cells_around;

    /// Every cell of the area but the hole's is copied, and no other,
    /// wherever the hole is: inside, along an edge, across one, over the
    /// whole area, outside it, or empty.
    #[test]
    fn the_cells_around_a_hole_are_copied_and_no_other() {
        let whole = Rect::new(0, 0, 12, 8);
        let area = Rect::new(1, 1, 10, 6);
        for hole in [
            Rect::new(3, 2, 4, 3),
            Rect::new(1, 1, 10, 6),
            Rect::new(1, 1, 3, 6),
            Rect::new(1, 3, 10, 1),
            Rect::new(8, 4, 6, 6),
            Rect::new(0, 0, 3, 3),
            Rect::new(20, 20, 2, 2),
            Rect::new(4, 4, 0, 2),
        ] {
            let from = Buffer::filled(whole, Cell::new("a"));
            let mut to = Buffer::filled(whole, Cell::new("b"));
            copy_cells_around(&from, &mut to, area, hole);
            for y in whole.top()..whole.bottom() {
                for x in whole.left()..whole.right() {
                    let at = Position::new(x, y);
                    let copied = area.contains(at) && !hole.contains(at);
                    let expected = if copied { "a" } else { "b" };
                    assert_eq!(to[(x, y)].symbol(), expected, "{hole:?} at ({x}, {y})");
                }
            }
        }
    }
}
