//! The views (board, curve, inventory...) as last drawn, each with what it
//! was drawn from, so that a frame whose view has not changed since copies
//! its cells instead of drawing them again:
//!
//! - under the finder, the palette or help, while only the popup changes,
//!   opens or closes (a full board is most of a key's time at 1,000
//!   touchpoints);
//! - switching back to a view shown since the last change: a facilitator
//!   going between the board, the curve and the inventory redraws none of
//!   them until something changes.
//!
//! The app forgets every view kept on any message but a popup's and a
//! switch between views ([`App::update`]); the [`ViewKey`] guards against
//! state changed without one and tells the views apart.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::CardArea;
use crate::tui::app::{App, View};
use crate::tui::theme::Theme;

/// The most cells the views kept hold together: every view a switch can
/// come back to on a 120×40 screen (about 4,500 cells each), four or five
/// of a 200-column one. The view used longest ago goes first.
pub(super) const KEPT_CELLS: usize = 56_000;

/// The views as last drawn; see the module's documentation.
#[derive(Debug, Default)]
pub struct KeptViews {
    /// At most one per view: its last drawing replaces the one before.
    entries: Vec<Entry>,
    /// The view drawn afresh in the frame now being shown, with no popup
    /// over it: kept from the frame once it is on the screen
    /// ([`super::keep_shown`]), so that drawing it costs no copy.
    pending: Option<ViewKey>,
    /// Counts uses, to tell which entry was used longest ago.
    clock: u64,
}

#[derive(Debug)]
struct Entry {
    /// What the cells were drawn from; `None` once forgotten.
    key: Option<ViewKey>,
    /// The cells of the view's area (those of the entry used last stay
    /// allocated when all are forgotten).
    cells: Buffer,
    cards: Vec<CardArea>,
    used: u64,
}

impl KeptViews {
    /// Forgets every view kept: the next frame draws its view from the state.
    pub fn forget(&mut self) {
        // The cells of the view used last stay allocated for the next view
        // to be kept (a view under a popup is kept within its frame); the
        // others are freed, so that while nothing is kept they do not add
        // to what an edit or a save needs next.
        self.entries.sort_by_key(|e| std::cmp::Reverse(e.used));
        self.entries.truncate(1);
        for entry in &mut self.entries {
            entry.key = None;
        }
        self.pending = None;
    }

    /// Whether any view is kept for a later frame to copy.
    pub fn is_kept(&self) -> bool {
        self.entries.iter().any(|e| e.key.is_some())
    }

    /// Forgets `view`, as drawn for any state.
    pub fn forget_view(&mut self, view: View) {
        for entry in &mut self.entries {
            if entry.key.as_ref().is_some_and(|k| k.view == view) {
                entry.key = None;
            }
        }
    }

    /// Whether `view` is kept, as drawn for some state.
    pub fn holds(&self, view: View) -> bool {
        self.entries
            .iter()
            .any(|e| e.key.as_ref().is_some_and(|k| k.view == view))
    }

    /// How many cells the views kept hold, forgotten ones included.
    pub fn cells(&self) -> usize {
        self.entries.iter().map(|e| e.cells.content.len()).sum()
    }

    /// The cells and cards of the view drawn from `key`, if kept.
    pub(super) fn find(&mut self, key: &ViewKey) -> Option<(&Buffer, &[CardArea])> {
        self.clock += 1;
        let clock = self.clock;
        let entry = self
            .entries
            .iter_mut()
            .find(|e| e.key.as_ref() == Some(key))?;
        entry.used = clock;
        Some((&entry.cells, &entry.cards))
    }

    /// Keeps the view drawn from `key`, its cells copied from `from`.
    pub(super) fn keep(&mut self, key: ViewKey, from: &Buffer, cards: &[CardArea]) {
        self.clock += 1;
        let area = key.area;
        // The view's own entry, else a forgotten one (of the same size
        // first: its cells need no new room), else a new one.
        let live = |e: &Entry| e.key.as_ref().is_some_and(|k| k.view == key.view);
        let at = self
            .entries
            .iter()
            .position(live)
            .or_else(|| {
                let free = |e: &Entry| e.key.is_none();
                let same = |e: &Entry| free(e) && e.cells.area == area;
                let entries = || self.entries.iter();
                entries()
                    .position(same)
                    .or_else(|| entries().position(free))
            })
            .unwrap_or_else(|| {
                self.entries.push(Entry {
                    key: None,
                    cells: Buffer::empty(Rect::default()),
                    cards: Vec::new(),
                    used: 0,
                });
                self.entries.len() - 1
            });
        let entry = &mut self.entries[at];
        if entry.cells.area != area {
            entry.cells.resize(area);
        }
        super::copy_cells(from, &mut entry.cells, area);
        entry.cards.clear();
        entry.cards.extend_from_slice(cards);
        entry.key = Some(key);
        entry.used = self.clock;
        self.bound(at);
    }

    /// Drops the views used longest ago, never `keep`, until the cells held
    /// fit [`KEPT_CELLS`].
    fn bound(&mut self, keep: usize) {
        let kept = self.entries.swap_remove(keep);
        self.entries.sort_by_key(|e| std::cmp::Reverse(e.used));
        let mut held = kept.cells.content.len();
        self.entries.retain(|e| {
            held += e.cells.content.len();
            held <= KEPT_CELLS
        });
        self.entries.push(kept);
    }

    /// Notes the view drawn afresh in this frame with no popup over it.
    pub(super) fn note_drawn(&mut self, key: ViewKey) {
        self.pending = Some(key);
    }

    /// The view noted by [`KeptViews::note_drawn`], once.
    pub(super) fn take_drawn(&mut self) -> Option<ViewKey> {
        self.pending.take()
    }
}

/// What a view is drawn from, beyond the map. The map's texts are not in
/// it (a message changes them, and every message but a popup's and a
/// switch between views forgets the views kept), nor is the disk the
/// checks view looks at for `based_on`: a file created or removed while
/// a popup is open over the checks shows once the popup closes and
/// something else changes (a move, an edit, a resize, a switch: the
/// checks are not kept across switches).
#[derive(Debug, PartialEq)]
pub(super) struct ViewKey {
    pub(super) area: Rect,
    pub(super) view: View,
    theme: Theme,
    language: crate::i18n::Lang,
    stage: usize,
    card: usize,
    on_header: bool,
    rows: crate::tui::app::Rows,
    blueprint: bool,
    map_len: [usize; 3],
    based_on: bool,
}

impl ViewKey {
    pub(super) fn of(app: &App, theme: Theme, area: Rect) -> ViewKey {
        ViewKey {
            area,
            view: app.view,
            theme,
            language: crate::i18n::current(),
            stage: app.stage,
            card: app.card,
            on_header: app.on_header,
            rows: app.rows,
            blueprint: app.blueprint,
            map_len: [
                app.map.stages.len(),
                app.map.touchpoints.len(),
                app.map.opportunities.len(),
            ],
            // Read by the runtime as the Compare view first shows.
            based_on: app.view == View::Compare && app.based_on.is_some(),
        }
    }
}

#[cfg(test)]
mod tests {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::buffer::Buffer;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    use super::KEPT_CELLS;
    use crate::tui::app::{App, Message, View};
    use crate::tui::theme::Theme;
    use crate::tui::views::{VIEWS_DRAWN, keep_shown, view};

    fn app() -> App {
        App::new(cjm_testdata::generate(200, 2026), "map.toml".into())
    }

    fn press(app: &mut App, code: KeyCode) {
        app.update(Message::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    }

    fn terminal(app: &App) -> Terminal<TestBackend> {
        let (width, height) = app.size;
        match Terminal::new(TestBackend::new(width, height)) {
            Ok(terminal) => terminal,
            Err(err) => panic!("no test terminal: {err}"),
        }
    }

    /// Draws the screen as the runtime does (the frame, then the view kept
    /// once shown), in `theme`; the frame and how many views it drew afresh.
    fn show(terminal: &mut Terminal<TestBackend>, app: &App, theme: Theme) -> (Buffer, usize) {
        let before = VIEWS_DRAWN.with(std::cell::Cell::get);
        let shown = match terminal.draw(|frame| view(app, theme, frame)) {
            Ok(frame) => {
                keep_shown(app, frame.buffer);
                frame.buffer.clone()
            }
            Err(err) => panic!("the screen did not draw: {err}"),
        };
        (shown, VIEWS_DRAWN.with(std::cell::Cell::get) - before)
    }

    /// The screen drawn from scratch: no view kept.
    fn afresh(app: &App, theme: Theme) -> Buffer {
        let kept = app.kept_views.take();
        let (shown, _) = show(&mut terminal(app), app, theme);
        app.kept_views.replace(kept);
        shown
    }

    /// Presses `keys` in turn, drawing after each; the views drawn afresh,
    /// each screen checked against the one drawn from scratch.
    fn switch(
        terminal: &mut Terminal<TestBackend>,
        app: &mut App,
        theme: Theme,
        keys: &str,
    ) -> usize {
        let mut drawn = 0;
        for c in keys.chars() {
            press(app, KeyCode::Char(c));
            let (shown, fresh) = show(terminal, app, theme);
            assert_eq!(shown, afresh(app, theme), "after {c:?} of {keys:?}");
            drawn += fresh;
        }
        drawn
    }

    #[test]
    fn a_view_is_drawn_again_on_a_switch_back_only_when_something_changed() {
        let mut app = app();
        let theme = Theme::default();
        let mut terminal = terminal(&app);
        show(&mut terminal, &app, theme);
        // Every view once; then back to each: copied, but the checks,
        // which look at the disk, and the board, which keeps its columns
        // instead.
        let views = "2345678B91";
        assert_eq!(switch(&mut terminal, &mut app, theme, views), 10);
        assert_eq!(
            switch(&mut terminal, &mut app, theme, "234567B9"),
            0,
            "each view as kept"
        );
        assert_eq!(switch(&mut terminal, &mut app, theme, "8"), 1, "the checks");
        assert_eq!(switch(&mut terminal, &mut app, theme, "1"), 1, "the board");
        // The board under a popup is kept, but not across a switch.
        assert_eq!(switch(&mut terminal, &mut app, theme, "/"), 1);
        assert!(app.kept_views.borrow().holds(View::Board));
        press(&mut app, KeyCode::Esc);
        assert_eq!(switch(&mut terminal, &mut app, theme, "21"), 1);
        // So are the checks (drawn as shown, and again under the popup).
        assert_eq!(switch(&mut terminal, &mut app, theme, "8/"), 2);
        press(&mut app, KeyCode::Esc);
        assert_eq!(switch(&mut terminal, &mut app, theme, "28"), 1);
        assert!(app.kept_views.borrow().holds(View::Curve));
        assert!(!app.kept_views.borrow().holds(View::Board));
        // An edit on the board: every view is drawn again, once.
        assert_eq!(switch(&mut terminal, &mut app, theme, "1+"), 2);
        assert!(!app.kept_views.borrow().is_kept(), "an edit forgets them");
        // And frees their cells but one view's, for the next to be kept.
        assert!(app.kept_views.borrow().cells() <= 120 * 40);
        assert_eq!(switch(&mut terminal, &mut app, theme, "2312"), 3);
        // A move in a view.
        assert_eq!(switch(&mut terminal, &mut app, theme, "3j"), 1);
        assert_eq!(
            switch(&mut terminal, &mut app, theme, "23"),
            1,
            "the view after the move is kept as shown"
        );
        // Undo, help opened and closed over the view, a resize, the theme.
        assert_eq!(switch(&mut terminal, &mut app, theme, "u"), 1);
        assert_eq!(switch(&mut terminal, &mut app, theme, "??"), 0);
        assert_eq!(switch(&mut terminal, &mut app, theme, "2"), 1);
        app.update(Message::Resize(100, 30));
        let mut terminal = self::terminal(&app);
        assert_eq!(switch(&mut terminal, &mut app, theme, "32"), 2);
        assert_eq!(switch(&mut terminal, &mut app, Theme::plain(), "32"), 2);
        // Another language (on this thread: the tests run side by side).
        let swedish = crate::i18n::scoped(crate::i18n::Lang::Sv, || {
            switch(&mut terminal, &mut app, theme, "32")
        });
        assert_eq!(swedish, 2);
        assert_eq!(switch(&mut terminal, &mut app, theme, "23"), 2);
    }

    #[test]
    fn the_views_kept_hold_a_bounded_number_of_cells() {
        let mut app = app();
        let theme = Theme::default();
        for (width, height) in [(200, 60), (120, 40), (250, 80), (80, 24)] {
            app.update(Message::Resize(width, height));
            let mut terminal = terminal(&app);
            switch(&mut terminal, &mut app, theme, "2345678923");
            let kept = app.kept_views.borrow();
            assert!(
                kept.cells() <= KEPT_CELLS,
                "{width}x{height}: {} cells",
                kept.cells()
            );
            // The views used last are kept.
            assert!(kept.holds(View::Curve) && kept.holds(View::Opportunities));
        }
    }

    /// When the views do not all fit, the view used longest ago goes:
    /// two fit at 250×80.
    #[test]
    fn the_view_used_longest_ago_goes_first() {
        let mut app = app();
        app.update(Message::Resize(250, 80));
        let theme = Theme::default();
        let mut terminal = terminal(&app);
        assert_eq!(switch(&mut terminal, &mut app, theme, "232"), 2);
        assert_eq!(switch(&mut terminal, &mut app, theme, "4"), 1);
        let kept = app.kept_views.borrow();
        assert!(kept.holds(View::Personas) && kept.holds(View::Curve));
        assert!(!kept.holds(View::Opportunities), "used longest ago");
    }

    /// The debug build's check: a view changed behind the app's back (no
    /// message forgot the views kept) fails as it is copied.
    #[cfg(debug_assertions)]
    #[test]
    #[should_panic(expected = "a view copied from one drawn before differs")]
    fn a_view_copied_stale_fails_a_debug_build() {
        let mut app = app();
        let theme = Theme::default();
        let mut terminal = terminal(&app);
        switch(&mut terminal, &mut app, theme, "61");
        for stage in &mut app.map.stages {
            stage.name = "Żółw".into();
        }
        press(&mut app, KeyCode::Char('6'));
        show(&mut terminal, &app, theme);
    }
}
