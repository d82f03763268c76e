//! The board: stages as columns, lanes as rows (touchpoint cards; doing,
//! thinking and feeling; the emotion curve; pain points; opportunities;
//! metrics), like the wall of sticky notes in the workshop room. Columns keep
//! a readable minimum width and scroll sideways to keep the selection visible.
//!
//! With the service-blueprint lanes on (`App::blueprint`), the frontstage,
//! backstage and support lanes follow the customer's, separated by the line
//! of interaction, the line of visibility and the line of internal
//! interaction; fail points join the pain points and waits the cards. When
//! the board is too short for every lane, the customer's less needed lanes
//! give way first (metrics, opportunities, thinking, feeling).

use std::cell::{OnceCell, RefCell};
use std::collections::HashSet;
use std::rc::Rc;

use foldhash::HashMap;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

use super::text::{clean, truncate, width};
use crate::i18n;
use crate::model::{
    Action, Departments, Emotion, Id, Lane as ModelLane, Map, Metric, Opportunity, Shared,
    Touchpoint, Vocabulary,
};
use crate::t;
use crate::tui::app::{App, Filter, Seen as Items};
use crate::tui::theme::{Theme, emotion_badge};

mod kept;
pub use kept::KeptColumns;

/// Width of the lane labels on the left.
const LABEL_WIDTH: u16 = 12;
/// The narrowest a stage column gets before the board scrolls sideways.
pub const MIN_COLUMN_WIDTH: u16 = 24;
/// Rows of the emotion lane: +2, +1, 0, -1, -2.
const EMOTION_ROWS: u16 = 5;

/// The lanes of the board, top to bottom.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Lane {
    Touchpoints,
    Doing,
    Thinking,
    Feeling,
    Emotion,
    PainPoints,
    Opportunities,
    Metrics,
    /// Between the customer and the frontstage.
    LineOfInteraction,
    Frontstage,
    /// What the customer sees above it, and does not see below.
    LineOfVisibility,
    Backstage,
    /// Between the backstage and the systems and processes that support it.
    LineOfInternalInteraction,
    Support,
}

impl Lane {
    const CUSTOMER: [Lane; 8] = [
        Lane::Touchpoints,
        Lane::Doing,
        Lane::Thinking,
        Lane::Feeling,
        Lane::Emotion,
        Lane::PainPoints,
        Lane::Opportunities,
        Lane::Metrics,
    ];

    /// The lanes shown, top to bottom: the customer's, then (with the
    /// blueprint) the service's below its lines, then the findings.
    fn all(blueprint: bool) -> Vec<Lane> {
        if !blueprint {
            return Lane::CUSTOMER.to_vec();
        }
        let mut lanes = Lane::CUSTOMER[..5].to_vec();
        lanes.extend([
            Lane::LineOfInteraction,
            Lane::Frontstage,
            Lane::LineOfVisibility,
            Lane::Backstage,
            Lane::LineOfInternalInteraction,
            Lane::Support,
        ]);
        lanes.extend(&Lane::CUSTOMER[5..]);
        lanes
    }

    /// The lanes given up, in this order, when the blueprint does not fit.
    const GIVE_WAY: [Lane; 4] = [
        Lane::Metrics,
        Lane::Opportunities,
        Lane::Thinking,
        Lane::Feeling,
    ];

    /// The line drawn across the board for a line lane, and its label.
    fn line(self) -> Option<(&'static str, String)> {
        match self {
            Lane::LineOfInteraction => Some(("─", t!("board-line-interaction"))),
            Lane::LineOfVisibility => Some(("━", t!("board-line-visibility"))),
            Lane::LineOfInternalInteraction => Some(("┄", t!("board-line-internal"))),
            _ => None,
        }
    }

    /// The lane's name in the interface language.
    fn label(self) -> String {
        match self {
            Lane::Touchpoints => t!("lane-touchpoints"),
            Lane::Doing => t!("lane-doing"),
            Lane::Thinking => t!("lane-thinking"),
            Lane::Feeling => t!("lane-feeling"),
            Lane::Emotion => t!("lane-emotion"),
            Lane::PainPoints => t!("lane-pain-points"),
            Lane::Opportunities => t!("lane-opportunities"),
            Lane::Metrics => t!("lane-metrics"),
            Lane::Frontstage => t!("board-lane-frontstage"),
            Lane::Backstage => t!("board-lane-backstage"),
            Lane::Support => t!("board-lane-support"),
            Lane::LineOfInteraction | Lane::LineOfVisibility | Lane::LineOfInternalInteraction => {
                String::new()
            }
        }
    }

    /// The smallest height and the share of spare rows the lane takes.
    fn sizing(self) -> (u16, u16) {
        match self {
            Lane::Touchpoints => (4, 6),
            Lane::Emotion => (EMOTION_ROWS, 0),
            Lane::PainPoints | Lane::Opportunities => (1, 2),
            Lane::Doing | Lane::Thinking | Lane::Feeling | Lane::Metrics => (1, 1),
            Lane::Frontstage | Lane::Backstage | Lane::Support => (1, 2),
            Lane::LineOfInteraction | Lane::LineOfVisibility | Lane::LineOfInternalInteraction => {
                (1, 0)
            }
        }
    }
}

/// The lanes that fit in `height` rows: all of them, or with the blueprint
/// on, without the ones that give way first.
fn fitting_lanes(blueprint: bool, height: u16) -> Vec<Lane> {
    let mut lanes = Lane::all(blueprint);
    if blueprint {
        for lane in Lane::GIVE_WAY {
            let minimum: u16 = lanes.iter().map(|l| l.sizing().0).sum();
            if minimum <= height {
                break;
            }
            lanes.retain(|l| *l != lane);
        }
    }
    lanes
}

/// How many stage columns fit, and which is the first one shown.
pub fn visible_columns(total_width: u16, stages: usize, selected: usize) -> (usize, usize) {
    let room = total_width.saturating_sub(LABEL_WIDTH);
    let fit = usize::from((room / MIN_COLUMN_WIDTH).max(1)).min(stages.max(1));
    let first = (selected + 1).saturating_sub(fit);
    (first, fit)
}

/// Splits `height` rows among `lanes` (the touchpoints first): each gets
/// its minimum; the touchpoints lane then takes what the fullest visible
/// stage needs (`card_rows`), and the other lanes share what is left.
fn lane_heights(lanes: &[Lane], height: u16, card_rows: u16) -> Vec<u16> {
    let mut heights: Vec<u16> = lanes.iter().map(|l| l.sizing().0).collect();
    let minimum: u16 = heights.iter().sum();
    let mut spare = height.saturating_sub(minimum);
    let for_cards = card_rows.saturating_sub(heights[0]).min(spare);
    heights[0] += for_cards;
    spare -= for_cards;
    let shares: u16 = lanes[1..].iter().map(|l| l.sizing().1).sum();
    let budget = spare;
    for (i, lane) in lanes.iter().enumerate().skip(1) {
        let extra = budget * lane.sizing().1 / shares.max(1);
        heights[i] += extra;
        spare -= extra;
    }
    // Rows lost to rounding go one each to the text lanes, top to bottom.
    let text_lanes: Vec<usize> = (1..lanes.len())
        .filter(|&i| lanes[i].sizing().1 > 0)
        .collect();
    for lane in text_lanes.iter().cycle().take(usize::from(spare)) {
        heights[*lane] += 1;
    }
    heights
}

/// Where the columns and lanes of the board lie in an area, and the cards
/// and links of the visible columns (see [`Window`]).
struct Geometry {
    first: usize,
    count: usize,
    column_width: u16,
    lanes: Vec<Lane>,
    heights: Vec<u16>,
    tops: Vec<u16>,
    window: Rc<Window>,
}

impl Geometry {
    fn new(app: &App, area: Rect) -> Geometry {
        let (first, count) = visible_columns(area.width, app.map.stages.len(), app.stage);
        let room = area.width.saturating_sub(LABEL_WIDTH);
        let column_width = room / count.max(1) as u16;
        let window = Window::of(app, first, count);
        let fullest = window.cards.iter().map(Vec::len).max().unwrap_or(0);
        let card_rows = u16::try_from(fullest * 2 + 1).unwrap_or(u16::MAX);
        let height = area.height.saturating_sub(HEADER_ROWS);
        let lanes = fitting_lanes(app.blueprint, height);
        let heights = lane_heights(&lanes, height, card_rows);
        let mut tops = Vec::new();
        let mut y = area.y + HEADER_ROWS;
        for h in &heights {
            tops.push(y);
            y += h;
        }
        Geometry {
            first,
            count,
            column_width,
            lanes,
            heights,
            tops,
            window,
        }
    }

    /// The top row and height of `lane`, when it is shown.
    fn place(&self, lane: Lane) -> Option<(u16, u16)> {
        let i = self.lanes.iter().position(|l| *l == lane)?;
        Some((self.tops[i], self.heights[i]))
    }

    /// The x position and width of the column in `slot`.
    fn column(&self, area: Rect, slot: usize) -> (u16, u16) {
        let x = area.x + LABEL_WIDTH + slot as u16 * self.column_width;
        let w = if slot + 1 == self.count {
            area.right().saturating_sub(x)
        } else {
            self.column_width
        };
        (x, w)
    }

    /// The first card shown in a column (the selected column scrolls to keep its card visible).
    fn card_offset(&self, app: &App, stage: usize) -> usize {
        let fit = usize::from(self.heights[0] / 2).max(1);
        if stage == app.stage {
            (app.card + 1).saturating_sub(fit)
        } else {
            0
        }
    }
}

/// Rows above the lanes: the stage names and their summaries.
const HEADER_ROWS: u16 = 2;

/// Works out now the columns the board shows in `area` (their cards and
/// links), for the map, filter and selection as they are (see
/// [`super::warm`]).
pub fn warm(app: &App, area: Rect) {
    if !app.map.stages.is_empty() {
        Geometry::new(app, area).window.links(&app.map);
    }
}

/// Where each card shown in the visible columns was drawn: the column's
/// width, two rows per card (see [`super::Hits`]).
fn card_areas(app: &App, area: Rect, g: &Geometry) -> Vec<super::CardArea> {
    let mut out = Vec::new();
    let fit = usize::from(g.heights[0] / 2);
    for (slot, cards) in g.window.cards.iter().enumerate() {
        let stage = g.first + slot;
        let (x, w) = g.column(area, slot);
        let offset = g.card_offset(app, stage);
        for (row, card) in (offset..cards.len()).take(fit).enumerate() {
            let y = g.tops[0] + 2 * row as u16;
            out.push(super::CardArea {
                area: Rect::new(x, y, w, 2).intersection(area),
                stage,
                card,
            });
        }
    }
    out
}

/// Draws the board in `area`; returns where it drew each card.
pub fn draw(app: &App, theme: Theme, frame: &mut Frame, area: Rect) -> Vec<super::CardArea> {
    let buf = frame.buffer_mut();
    let map = &app.map;
    if map.stages.is_empty() {
        put(
            buf,
            area,
            area.x + 1,
            area.y + 1,
            &t!("board-no-stages"),
            theme.dim(),
        );
        return Vec::new();
    }
    let g = Geometry::new(app, area);
    let (first, count, lane_tops) = (g.first, g.count, &g.tops);
    let links = g.window.links(map);
    let conflicted = crate::tui::app::conflicted_items(map);

    // Lane labels, with the emotion scale.
    for (i, lane) in g.lanes.iter().enumerate() {
        let top = lane_tops[i];
        let style = theme.dim().add_modifier(Modifier::BOLD);
        // A long name wraps by display width within the label column (the
        // emotion lane's left of its scale), on the rows the lane has; what
        // is left over is cut with "…".
        let room = if *lane == Lane::Emotion {
            LABEL_WIDTH - 4
        } else {
            LABEL_WIDTH - 1
        };
        let rows = usize::from(g.heights.get(i).copied().unwrap_or(1).max(1));
        let mut label = crate::text::wrap(&lane.label(), usize::from(room));
        if label.len() > rows {
            let rest = label.split_off(rows - 1).join(" ");
            label.push(format!("{rest}…"));
        }
        for (row, part) in label.iter().enumerate() {
            let part = truncate(part, usize::from(room));
            put(buf, area, area.x, top + row as u16, &part, style);
        }
        if *lane == Lane::Emotion {
            for (row, scale) in ["+2", "+1", " 0", "-1", "-2"].iter().enumerate() {
                put(
                    buf,
                    area,
                    area.x + LABEL_WIDTH - 3,
                    top + row as u16,
                    scale,
                    theme.dim(),
                );
            }
        }
    }
    // The arrows stay in the label column, out of the columns' cells.
    let labels = Rect {
        width: LABEL_WIDTH.min(area.width),
        ..area
    };
    if first > 0 {
        put(
            buf,
            labels,
            area.x,
            area.y,
            &t!("board-more-left"),
            theme.key(),
        );
    }
    if first + count < map.stages.len() {
        put(
            buf,
            labels,
            area.x,
            area.y + 1,
            &t!("board-more-right"),
            theme.key(),
        );
    }

    let mut kept = app.kept_columns.borrow_mut();
    kept.begin(map, &app.shared_departments, theme);
    let lanes: Vec<(Lane, u16, u16)> = g
        .lanes
        .iter()
        .zip(&g.tops)
        .zip(&g.heights)
        .map(|((lane, top), height)| (*lane, *top, *height))
        .collect();
    for (slot, stage_index) in (first..first + count).enumerate() {
        let (x, w) = g.column(area, slot);
        let strip = Rect::new(x, area.y, w, area.height);
        let column = Column {
            stage: stage_index,
            selected: stage_index == app.stage,
            offset: g.card_offset(app, stage_index),
            cards: &g.window.cards[slot],
            ideas: &links.ideas[slot],
            metrics: &links.metrics[slot],
            conflicted: &conflicted,
        };
        let probe = kept::Probe {
            stage: stage_index,
            strip,
            lanes: &lanes,
            selection: column.selected.then_some((app.on_header, app.card)),
            cards: column.cards,
            ideas: column.ideas,
            metrics: column.metrics,
        };
        if let Some(cells) = kept.find(map, &probe) {
            super::copy_cells(cells, buf, strip);
            #[cfg(debug_assertions)]
            {
                let mut fresh = Buffer::empty(strip);
                draw_strip(app, theme, &mut fresh, strip, &column, &g);
                assert_eq!(
                    &fresh, cells,
                    "a board column copied from one drawn before differs from the column drawn now"
                );
            }
            continue;
        }
        #[cfg(test)]
        tests::COLUMNS_DRAWN.with(|n| n.set(n.get() + 1));
        draw_strip(app, theme, buf, strip, &column, &g);
        kept.keep(map, &probe, buf);
    }
    drop(kept);
    // The blueprint's lines run across the labels and every column.
    for (lane, top) in g.lanes.iter().zip(lane_tops) {
        if let Some((line, label)) = lane.line() {
            put(
                buf,
                area,
                area.x,
                *top,
                &line.repeat(usize::from(area.width)),
                theme.dim(),
            );
            put(
                buf,
                area,
                area.x + 1,
                *top,
                &format!(" {label} "),
                theme.dim(),
            );
        }
    }
    card_areas(app, area, &g)
}

/// The board's columns worked out for the map and the filter as they are
/// (kept in `App::board`): the last few windows of stages shown, newest
/// last. On a large map a window's cards and links are most of a frame's
/// work (every touchpoint's stage, every link of every opportunity and
/// metric), and most keys change neither the map nor the columns shown;
/// those that do change the columns often come back to the ones before
/// (a form opened beside the columns and closed again). Most edits (an
/// emotion, a text, a vote) leave every card in its column and every link
/// as it was: the windows are then kept across them (see `Seen`).
#[derive(Debug, Default)]
pub struct Figures {
    windows: RefCell<Vec<Rc<Window>>>,
    seen: Seen,
}

/// How many windows of stages [`Figures`] keeps.
const WINDOWS: usize = 4;

impl Figures {
    /// The cards of `stage`, when a window kept shows it.
    pub fn cards_of(&self, stage: usize) -> Option<Vec<usize>> {
        // None while a window is being worked out (it asks the map).
        let windows = self.windows.try_borrow().ok()?;
        let window = windows
            .iter()
            .rev()
            .find(|w| (w.first..w.first + w.count).contains(&stage))?;
        window.cards.get(stage - window.first).cloned()
    }

    /// No window yet, for the map as it is now.
    fn fresh(map: &Map) -> Figures {
        Figures {
            windows: RefCell::default(),
            seen: Seen::of(map),
        }
    }

    /// The figures `kept` for the map as it was before a change, brought
    /// up to the map as it is now (the filter being the same): the windows
    /// stay when the change moved no card, and lose their links when it
    /// changed only links; anything else starts anew.
    fn carried(app: &App, kept: Option<Rc<Figures>>) -> Figures {
        // Nothing else holds the figures between frames.
        let Some(Figures { windows, mut seen }) = kept.and_then(Rc::into_inner) else {
            return Figures::fresh(&app.map);
        };
        let windows = match seen.follow(&app.map, &app.filter) {
            Follow::Same => windows,
            Follow::Links => RefCell::new(
                windows
                    .into_inner()
                    .into_iter()
                    .map(|window| Rc::new(window.without_links()))
                    .collect(),
            ),
            Follow::Anew => return Figures::fresh(&app.map),
        };
        #[cfg(debug_assertions)]
        for window in windows.borrow().iter() {
            window.check(app);
        }
        Figures { windows, seen }
    }
}

/// The items a board's windows were worked out from, held (not copied:
/// see [`Shared`] and [`Items`]) to tell what a change did to them. It
/// keeps the items it saw last alive until the board is drawn again (a
/// reload or a merge drops it at once: `App::forget_kept_figures`).
#[derive(Debug, Default)]
struct Seen {
    stages: Vec<Id>,
    touchpoints: Items<Touchpoint>,
    opportunities: Items<Opportunity>,
    metrics: Items<Metric>,
}

/// What a change did to a board's windows (see [`Seen::follow`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Follow {
    /// Every card in its column, every link as it was.
    Same,
    /// The cards as they were, but some link of an opportunity or a metric
    /// changed.
    Links,
    /// A card moved, came, went or changed its id (or a stage did).
    Anew,
}

impl Seen {
    fn of(map: &Map) -> Seen {
        Seen {
            stages: map.stages.iter().map(|s| s.id.clone()).collect(),
            touchpoints: Items::of(&map.touchpoints),
            opportunities: Items::of(&map.opportunities),
            metrics: Items::of(&map.metrics),
        }
    }

    /// Compares the items seen with `map`'s, and takes `map`'s in their
    /// place: what that means for windows worked out with `filter`. After
    /// [`Follow::Anew`] the items seen are partly `map`'s, and are to be
    /// seen anew ([`Seen::of`]).
    fn follow(&mut self, map: &Map, filter: &Filter) -> Follow {
        let stages = map.stages.iter().map(|s| &s.id);
        if !self.stages.iter().eq(stages) {
            return Follow::Anew;
        }
        let moved = match self.touchpoints.follow(&map.touchpoints) {
            Some(changed) => changed
                .iter()
                .any(|(at, before)| card_moved(filter, before, &map.touchpoints[*at])),
            None => true,
        };
        if moved {
            return Follow::Anew;
        }
        let ideas = follow_list(&mut self.opportunities, &map.opportunities, |a, b| {
            a.stage == b.stage && a.touchpoints == b.touchpoints
        });
        let metrics = follow_list(&mut self.metrics, &map.metrics, |a, b| a.links == b.links);
        if ideas && metrics {
            Follow::Same
        } else {
            Follow::Links
        }
    }
}

/// Whether a change of a touchpoint (`before`, now `now`) moved its card:
/// a card is where its stage and the filter put it, and is linked to by
/// its id (the curve's figures go by the same cards).
pub(super) fn card_moved(filter: &Filter, before: &Touchpoint, now: &Touchpoint) -> bool {
    before.id != now.id || before.stage != now.stage || filter.allows(before) != filter.allows(now)
}

/// Takes `now`'s items in the place of those `seen`; whether each item
/// that changed is `alike` the one before, in the same place of the list
/// (false when the list's length changed).
fn follow_list<T>(seen: &mut Items<T>, now: &[Shared<T>], alike: impl Fn(&T, &T) -> bool) -> bool {
    seen.follow(now)
        .is_some_and(|changed| changed.iter().all(|(at, before)| alike(before, &now[*at])))
}

/// The cards and links of the `count` stages shown from `first`.
#[derive(Debug)]
struct Window {
    first: usize,
    count: usize,
    /// The cards of each column that pass the filter (see [`App::stage_cards`]).
    cards: Vec<Vec<usize>>,
    /// Worked out at the first frame that draws the columns.
    links: OnceCell<Links>,
}

impl Window {
    /// The window from `first` for the map and the filter as they are now.
    fn of(app: &App, first: usize, count: usize) -> Rc<Window> {
        let figures = app
            .board
            .get_or_carry(app, app.filter.clone(), Figures::carried);
        let mut windows = figures.windows.borrow_mut();
        let window = match windows
            .iter()
            .position(|w| w.first == first && w.count == count)
        {
            Some(kept) => windows.remove(kept),
            None => Rc::new(Window {
                first,
                count,
                cards: Window::cards(app, first, count),
                links: OnceCell::new(),
            }),
        };
        if windows.len() == WINDOWS {
            windows.remove(0);
        }
        windows.push(Rc::clone(&window));
        window
    }

    /// The cards of the columns from `first`, worked out from the map for
    /// a new window (counted in tests).
    fn cards(app: &App, first: usize, count: usize) -> Vec<Vec<usize>> {
        #[cfg(test)]
        tests::CARDS_WORKED_OUT.with(|n| n.set(n.get() + 1));
        Window::columns(app, first, count)
    }

    /// The cards of the columns from `first`, worked out from the map.
    fn columns(app: &App, first: usize, count: usize) -> Vec<Vec<usize>> {
        (first..first + count)
            .map(|s| app.stage_cards_afresh(s))
            .collect()
    }

    /// The same cards, their links to be worked out again.
    fn without_links(self: Rc<Window>) -> Window {
        let (first, count) = (self.first, self.count);
        let cards = match Rc::try_unwrap(self) {
            Ok(window) => window.cards,
            Err(shared) => shared.cards.clone(),
        };
        Window {
            first,
            count,
            cards,
            links: OnceCell::new(),
        }
    }

    /// The ideas and metrics of the columns; `map` is the map the window
    /// was worked out for (the app's, in the same frame).
    fn links(&self, map: &Map) -> &Links {
        self.links
            .get_or_init(|| Links::new(map, self.first, &self.cards))
    }

    /// Fails when the window is not what the map and filter give now (a
    /// debug build's check of the windows kept across a change).
    #[cfg(debug_assertions)]
    fn check(&self, app: &App) {
        assert_eq!(
            self.cards,
            Window::columns(app, self.first, self.count),
            "a board window kept across a change that moved a card"
        );
        if let Some(links) = self.links.get() {
            let fresh = Links::new(&app.map, self.first, &self.cards);
            assert!(
                fresh.ideas == links.ideas && fresh.metrics == links.metrics,
                "a board window's links kept across a change of them"
            );
        }
    }
}

/// What one visible column shows, worked out before drawing.
struct Column<'a> {
    /// The stage's index in the map.
    stage: usize,
    selected: bool,
    /// The first card shown.
    offset: usize,
    /// The stage's touchpoints that pass the filter, as indexes.
    cards: &'a [usize],
    /// The opportunities about the stage or its cards, in map order.
    ideas: &'a [usize],
    /// The metrics linked to the stage or its cards, in map order.
    metrics: &'a [usize],
    /// The items with an unresolved merge conflict, badged [`CONFLICT`].
    conflicted: &'a HashSet<&'a str>,
}

/// The badge in front of an item with an unresolved merge conflict.
pub const CONFLICT: &str = "⚡";

/// `CONFLICT` when the item `id` has an unresolved conflict, else nothing.
fn conflict_badge(conflicted: &HashSet<&str>, id: &str) -> &'static str {
    if conflicted.contains(id) {
        CONFLICT
    } else {
        ""
    }
}

/// The opportunities and metrics of each visible column, by slot: one pass
/// over each list with an index of the visible cards, rather than comparing
/// every link with every card of every column.
#[derive(Clone, Debug)]
struct Links {
    ideas: Vec<Vec<usize>>,
    metrics: Vec<Vec<usize>>,
}

impl Links {
    fn new(map: &Map, first: usize, cards: &[Vec<usize>]) -> Links {
        // The slots each id is shown in: the column of a stage, of a card.
        // Looked up once per link of every opportunity and metric, each
        // frame: a fast hash, not the default one that resists attacks.
        let mut stage_slots: HashMap<&str, Vec<usize>> = HashMap::default();
        let mut card_slots: HashMap<&str, Vec<usize>> = HashMap::default();
        for (slot, column) in cards.iter().enumerate() {
            if let Some(stage) = map.stages.get(first + slot) {
                stage_slots.entry(stage.id.as_str()).or_default().push(slot);
            }
            for &card in column {
                let id = map.touchpoints[card].id.as_str();
                card_slots.entry(id).or_default().push(slot);
            }
        }
        let in_slots = |index: &HashMap<&str, Vec<usize>>, id: &str, found: &mut [bool]| {
            for &slot in index.get(id).into_iter().flatten() {
                found[slot] = true;
            }
        };
        // Each item goes once into every column it was found in.
        let collect = |lists: &mut [Vec<usize>], item: usize, found: &mut [bool]| {
            for (list, hit) in lists.iter_mut().zip(found.iter_mut()) {
                if std::mem::take(hit) {
                    list.push(item);
                }
            }
        };
        let mut found = vec![false; cards.len()];
        let mut ideas = vec![Vec::new(); cards.len()];
        for (i, o) in map.opportunities.iter().enumerate() {
            if let Some(stage) = &o.stage {
                in_slots(&stage_slots, stage.as_str(), &mut found);
            }
            for id in &o.touchpoints {
                in_slots(&card_slots, id.as_str(), &mut found);
            }
            collect(&mut ideas, i, &mut found);
        }
        let mut metrics = vec![Vec::new(); cards.len()];
        for (i, m) in map.metrics.iter().enumerate() {
            for link in &m.links {
                in_slots(&stage_slots, link.as_str(), &mut found);
                in_slots(&card_slots, link.as_str(), &mut found);
            }
            collect(&mut metrics, i, &mut found);
        }
        Links { ideas, metrics }
    }
}

/// Draws a column's strip: the separator on its left, then the column.
fn draw_strip(
    app: &App,
    theme: Theme,
    buf: &mut Buffer,
    strip: Rect,
    column: &Column,
    g: &Geometry,
) {
    for row in strip.y..strip.bottom() {
        put(buf, strip, strip.x, row, "│", theme.dim());
    }
    let inner = Rect::new(
        strip.x + 1,
        strip.y,
        strip.width.saturating_sub(2),
        strip.height,
    );
    draw_column(app, theme, buf, inner, column, g);
}

fn draw_column(
    app: &App,
    theme: Theme,
    buf: &mut Buffer,
    inner: Rect,
    column: &Column,
    g: &Geometry,
) {
    let (heights, tops) = (&g.heights, &g.tops);
    let map = &app.map;
    let stage = &map.stages[column.stage];
    let (cards, selected_column, offset) = (column.cards, column.selected, column.offset);
    let w = usize::from(inner.width);

    // Header: name, then count and average emotion.
    let name_style = if selected_column {
        theme.title().add_modifier(Modifier::UNDERLINED)
    } else {
        theme.title()
    };
    let name = format!(
        "{}{}",
        conflict_badge(column.conflicted, stage.id.as_str()),
        clean(&stage.name)
    );
    put(
        buf,
        inner,
        inner.x,
        inner.y,
        &truncate(&name, w),
        name_style,
    );
    let average = stage_average(map, cards);
    let summary = match average {
        Some(avg) => t!(
            "board-stage-summary",
            average = i18n::number::localise(&format!("{avg:+.1}"), i18n::current()),
            touchpoints = count_label(cards.len())
        ),
        None => count_label(cards.len()),
    };
    let avg_style = theme.emotion(average.and_then(|a| Emotion::new(a.round() as i64)));
    put(
        buf,
        inner,
        inner.x,
        inner.y + 1,
        &truncate(&summary, w),
        avg_style,
    );

    // Touchpoint cards, two rows each, scrolled to keep the selection visible.
    let (top, height) = (tops[0], heights[0]);
    let fit = usize::from(height / 2).max(1);
    if cards.is_empty() {
        put(
            buf,
            inner,
            inner.x,
            top,
            &t!("board-no-touchpoints"),
            theme.dim(),
        );
    }
    for (slot, (n, &tp)) in cards.iter().enumerate().skip(offset).take(fit).enumerate() {
        let t = &map.touchpoints[tp];
        let y = top + 2 * slot as u16;
        let selected = selected_column && !app.on_header && n == app.card;
        let badge = emotion_badge(t.emotion);
        // A moment of truth is starred before the name, so that no width hides it.
        let label = format!(
            "{}{} {}{}",
            conflict_badge(column.conflicted, t.id.as_str()),
            n + 1,
            if t.moment_of_truth { "★ " } else { "" },
            clean(&t.name)
        );
        let style = if selected {
            theme.selected()
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        };
        let mut line1 = truncate(&label, w);
        if selected {
            line1.push_str(&" ".repeat(w.saturating_sub(width(&line1))));
        }
        put(buf, inner, inner.x, y, &line1, style);
        let mut meta = Vec::new();
        if let Some(c) = t.channel {
            meta.push(c.label().to_owned());
        }
        if let Some(wait) = t.wait {
            meta.push(format!("⏱{wait}"));
        }
        if !t.fail_point.trim().is_empty() {
            meta.push(FAIL.to_owned());
        }
        if !t.owner.is_empty() {
            meta.push(clean(app.departments().name(&t.owner)));
        }
        let room = w.saturating_sub(width(&badge) + 1);
        put(
            buf,
            inner,
            inner.x + 2,
            y + 1,
            &truncate(&meta.join(" · "), room.saturating_sub(2)),
            theme.dim(),
        );
        let badge_x = inner.x + (w.saturating_sub(width(&badge))) as u16;
        put(buf, inner, badge_x, y + 1, &badge, theme.emotion(t.emotion));
    }
    let hidden = cards.len().saturating_sub(offset + fit);
    if hidden > 0 && height % 2 == 1 {
        put(
            buf,
            inner,
            inner.x,
            top + height - 1,
            &t!("board-hidden", count = hidden),
            theme.dim(),
        );
    }

    // Doing / thinking / feeling: each card's text, wrapped over the rows the lane has.
    for (lane, pick) in [
        (
            Lane::Doing,
            (|t: &crate::model::Touchpoint| t.doing.as_str())
                as fn(&crate::model::Touchpoint) -> &str,
        ),
        (Lane::Thinking, |t| t.thinking.as_str()),
        (Lane::Feeling, |t| t.feeling.as_str()),
    ] {
        let Some((top, height)) = g.place(lane) else {
            continue;
        };
        let texts: Vec<(usize, &str)> = cards
            .iter()
            .enumerate()
            .map(|(n, tp)| (n, pick(&map.touchpoints[*tp])))
            .filter(|(_, text)| !text.is_empty())
            .collect();
        let per_card = usize::from(height) / texts.len().max(1);
        let take = per_card.max(1);
        let mut lines = LaneLines::new(height);
        for (n, text) in texts {
            if take == 1 && lines.is_full() {
                // Wrapping gives every text at least one line, and this one
                // shows only its first: one more line that does not fit.
                lines.skip(1);
                continue;
            }
            let wrapped = super::text::wrap(&clean(text), w.saturating_sub(2));
            for (i, part) in wrapped.iter().enumerate().take(take) {
                lines.push(|| {
                    let prefix = if i == 0 {
                        format!("{} ", n + 1)
                    } else {
                        "  ".to_owned()
                    };
                    let last = i + 1 == take && wrapped.len() > take;
                    let part = if last {
                        format!("{part}…")
                    } else {
                        part.clone()
                    };
                    (Style::new(), format!("{prefix}{part}"))
                });
            }
        }
        draw_lines(buf, inner, top, &lines, theme);
    }

    if let Some((top, _)) = g.place(Lane::Emotion) {
        draw_emotion_lane(app, theme, buf, inner, top, cards, average);
    }

    for lane in ModelLane::ALL {
        let Some((top, height)) = g.place(Lane::from(lane)) else {
            continue;
        };
        let mut lines = LaneLines::new(height);
        for (n, tp) in cards.iter().enumerate() {
            for action in map.touchpoints[*tp].lane(lane) {
                lines.push(|| (Style::new(), action_line(app.departments(), n, action)));
            }
        }
        draw_lines(buf, inner, top, &lines, theme);
    }

    if let Some((top, height)) = g.place(Lane::PainPoints) {
        let mut pains = LaneLines::new(height);
        for (n, tp) in cards.iter().enumerate() {
            let t = &map.touchpoints[*tp];
            for p in &t.pain_points {
                pains.push(|| (Style::new(), format!("{} ⚠ {}", n + 1, clean(p))));
            }
            if app.blueprint && !t.fail_point.trim().is_empty() {
                pains.push(|| {
                    (
                        Style::new(),
                        format!("{} {FAIL} {}", n + 1, clean(&t.fail_point)),
                    )
                });
            }
        }
        draw_lines(buf, inner, top, &pains, theme);
    }

    let Some((top, height)) = g.place(Lane::Opportunities) else {
        return draw_metrics(map, theme, buf, inner, column, g);
    };
    let mut ideas = LaneLines::new(height);
    for &i in column.ideas {
        let o = &map.opportunities[i];
        let mark = conflict_badge(column.conflicted, o.id.as_str());
        ideas.push(|| {
            (
                Style::new(),
                format!("{mark}◆{} {}", o.votes, clean(&o.title)),
            )
        });
    }
    draw_lines(buf, inner, top, &ideas, theme);
    draw_metrics(map, theme, buf, inner, column, g);
}

/// The metrics lane of a column, when it is shown.
fn draw_metrics(
    map: &Map,
    theme: Theme,
    buf: &mut Buffer,
    inner: Rect,
    column: &Column,
    g: &Geometry,
) {
    let Some((top, height)) = g.place(Lane::Metrics) else {
        return;
    };
    let mut metrics = LaneLines::new(height);
    for &i in column.metrics {
        let m = &map.metrics[i];
        metrics.push(|| {
            let range = match (m.baseline, m.target) {
                (Some(b), Some(t)) => {
                    let local = |n: f64| i18n::number::localise(&n.to_string(), i18n::current());
                    format!(" {}→{}", local(b), local(t))
                }
                _ => String::new(),
            };
            let mark = conflict_badge(column.conflicted, m.id.as_str());
            (Style::new(), format!("{mark}▸ {}{range}", clean(&m.name)))
        });
    }
    draw_lines(buf, inner, top, &metrics, theme);
}

/// The badge of a touchpoint with a fail point.
pub const FAIL: &str = "✗";

impl From<ModelLane> for Lane {
    fn from(lane: ModelLane) -> Lane {
        match lane {
            ModelLane::Frontstage => Lane::Frontstage,
            ModelLane::Backstage => Lane::Backstage,
            ModelLane::Support => Lane::Support,
        }
    }
}

/// One action of a blueprint lane: the card's number, what is done, and
/// the department's short name (or name) in brackets.
fn action_line(departments: Departments, n: usize, action: &Action) -> String {
    match department_label(departments, &action.department) {
        Some(department) => format!("{} {} [{department}]", n + 1, clean(&action.text)),
        None => format!("{} {}", n + 1, clean(&action.text)),
    }
}

/// How a department is named where room is short: its short name, else
/// its name (or the text of a reference no department has).
pub fn department_label(departments: Departments, reference: &str) -> Option<String> {
    if reference.trim().is_empty() {
        return None;
    }
    Some(clean(match departments.of(reference) {
        Some(d) if !d.short_name.trim().is_empty() => &d.short_name,
        Some(d) => &d.name,
        None => reference,
    }))
}

/// The lines of a lane: those that fit, made, and how many there are in
/// all (for the "+N" of the last row). A column of a large map has hundreds
/// of lines; only a few are ever formatted.
struct LaneLines {
    fit: usize,
    shown: Vec<(Style, String)>,
    total: usize,
}

impl LaneLines {
    fn new(height: u16) -> Self {
        LaneLines {
            fit: usize::from(height),
            shown: Vec::new(),
            total: 0,
        }
    }

    fn is_full(&self) -> bool {
        self.shown.len() >= self.fit
    }

    /// One more line, made only when it will be drawn.
    fn push(&mut self, line: impl FnOnce() -> (Style, String)) {
        if !self.is_full() {
            self.shown.push(line());
        }
        self.total += 1;
    }

    /// `count` more lines that would not fit.
    fn skip(&mut self, count: usize) {
        self.total += count;
    }
}

/// The emotion lane: one numbered point per touchpoint, the stage average as
/// `◆`, a zero line, and the negative zone shaded (with `░` when colours are off).
#[allow(clippy::too_many_arguments)]
fn draw_emotion_lane(
    app: &App,
    theme: Theme,
    buf: &mut Buffer,
    inner: Rect,
    top: u16,
    cards: &[usize],
    average: Option<f64>,
) {
    let w = inner.width;
    for row in 0..EMOTION_ROWS {
        let y = top + row;
        let (fill, style) = match row {
            2 => ("┄", theme.dim()),
            3 | 4 if theme.color => (" ", theme.negative_zone()),
            3 | 4 => ("░", theme.dim()),
            _ => (" ", Style::new()),
        };
        put(buf, inner, inner.x, y, &fill.repeat(usize::from(w)), style);
    }
    if let Some(avg) = average {
        let row = (2.0 - avg).round().clamp(0.0, 4.0) as u16;
        let x = inner.x + w / 2;
        put(
            buf,
            inner,
            x,
            top + row,
            "◆",
            theme
                .emotion(Emotion::new(avg.round() as i64))
                .add_modifier(Modifier::BOLD),
        );
    }
    let n = cards.len() as u16;
    for (i, &tp) in cards.iter().enumerate() {
        let Some(emotion) = app.map.touchpoints[tp].emotion else {
            continue;
        };
        // Spread the points over the column; with more cards than columns
        // they share cells but still run from left to right.
        let (w, n, i) = (u32::from(w), u32::from(n.max(1)), i as u32);
        let x = inner.x
            + u16::try_from((2 * i + 1) * w / (2 * n))
                .unwrap_or(0)
                .min(inner.width.saturating_sub(1));
        let row = (2 - i16::from(emotion.get())) as u16;
        let label = ((i + 1) % 10).to_string();
        let mut style = theme.emotion(Some(emotion)).add_modifier(Modifier::BOLD);
        if row >= 3 && theme.color {
            style = style.patch(theme.negative_zone());
        }
        put(buf, inner, x, top + row, &label, style);
    }
}

fn draw_lines(buf: &mut Buffer, inner: Rect, top: u16, lines: &LaneLines, theme: Theme) {
    let w = usize::from(inner.width);
    let fit = lines.fit;
    for (i, (style, text)) in lines.shown.iter().take(fit).enumerate() {
        let y = top + i as u16;
        let hidden = lines.total.saturating_sub(fit);
        if i + 1 == fit && hidden > 0 {
            // The last row names how many lines did not fit.
            let more = format!(" +{hidden}");
            put(
                buf,
                inner,
                inner.x,
                y,
                &truncate(text, w.saturating_sub(width(&more))),
                *style,
            );
            let x = inner.x + u16::try_from(w.saturating_sub(width(&more))).unwrap_or(0);
            put(buf, inner, x, y, &more, theme.dim());
        } else {
            put(buf, inner, inner.x, y, &truncate(text, w), *style);
        }
    }
}

/// The average emotion of the rated touchpoints among `cards`.
pub fn stage_average(map: &Map, cards: &[usize]) -> Option<f64> {
    let scores: Vec<f64> = cards
        .iter()
        .filter_map(|&i| map.touchpoints[i].emotion)
        .map(|e| f64::from(e.get()))
        .collect();
    (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64)
}

fn count_label(n: usize) -> String {
    t!("count-touchpoints", count = n)
}

/// Writes `text` at (x, y), clipped to `area`.
pub fn put(buf: &mut Buffer, area: Rect, x: u16, y: u16, text: &str, style: Style) {
    if y < area.y || y >= area.bottom() || x < area.x || x >= area.right() {
        return;
    }
    let max = usize::from(area.right() - x);
    super::cells::set_stringn(buf, x, y, text, max, style);
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::buffer::Buffer;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    use std::cell::Cell;

    use super::{Window, draw};
    use crate::model::{Channel, Id, Shared};
    use crate::tui::app::{App, Message};
    use crate::tui::theme::Theme;

    thread_local! {
        /// How many times this thread worked the cards of a window out.
        pub(super) static CARDS_WORKED_OUT: Cell<usize> = const { Cell::new(0) };
        /// How many columns this thread drew (rather than copied).
        pub(super) static COLUMNS_DRAWN: Cell<usize> = const { Cell::new(0) };
    }

    fn cards_worked_out() -> usize {
        CARDS_WORKED_OUT.with(Cell::get)
    }

    /// The board of `app` drawn at 120×40, and the window of columns it
    /// drew from.
    fn board(app: &App) -> (Buffer, Rc<Window>) {
        let mut terminal = match Terminal::new(TestBackend::new(120, 40)) {
            Ok(terminal) => terminal,
            Err(err) => panic!("no test terminal: {err}"),
        };
        if let Err(err) = terminal.draw(|frame| {
            draw(app, Theme::plain(), frame, frame.area());
        }) {
            panic!("the board did not draw: {err}");
        }
        match kept(app).last().cloned() {
            Some(window) => (terminal.backend().buffer().clone(), window),
            None => panic!("the board kept no window"),
        }
    }

    /// The board a fresh app draws for the same map and filter: what `app`
    /// must show.
    fn fresh(app: &App) -> Buffer {
        let mut fresh = App::new(app.map.clone(), "map.toml".into());
        fresh.filter = app.filter.clone();
        board(&fresh).0
    }

    fn press(app: &mut App, code: KeyCode) {
        app.update(Message::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    }

    /// The opportunities and metrics shown in the column in `slot`.
    fn links_in(window: &Window, slot: usize) -> (Vec<usize>, Vec<usize>) {
        match window.links.get() {
            Some(links) => (links.ideas[slot].clone(), links.metrics[slot].clone()),
            None => panic!("the board drew without its links"),
        }
    }

    fn first_links(window: &Window) -> (Vec<usize>, Vec<usize>) {
        links_in(window, 0)
    }

    /// The whole screen of `app` drawn at its size.
    fn screen(app: &App) {
        let (width, height) = app.size;
        let mut terminal = match Terminal::new(TestBackend::new(width, height)) {
            Ok(terminal) => terminal,
            Err(err) => panic!("no test terminal: {err}"),
        };
        if let Err(err) = terminal.draw(|frame| crate::tui::views::view(app, Theme::plain(), frame))
        {
            panic!("the screen did not draw: {err}");
        }
    }

    /// The windows the board keeps, newest last.
    fn kept(app: &App) -> Vec<Rc<Window>> {
        let figures = app.board.get_for(app, app.filter.clone(), |_| {
            panic!("the board's figures are not kept")
        });
        figures.windows.borrow().clone()
    }

    #[test]
    fn a_reload_lets_go_of_the_items_the_columns_were_worked_out_from() {
        let mut app = App::new(cjm_testdata::generate(40, 3), "map.toml".into());
        board(&app);
        let reloaded = Box::new(app.map.clone());
        app.update(Message::Reloaded(Ok(reloaded)));
        app.board.get_or_carry(&app, app.filter.clone(), |_, kept| {
            assert!(kept.is_none(), "the columns of the map before were kept");
            super::Figures::default()
        });
        // Drawn anew, as a fresh app draws it.
        app.board = Default::default();
        let (screen, _) = board(&app);
        assert_eq!(screen, fresh(&app));
    }

    #[test]
    fn warming_works_out_the_columns_beside_the_first_form() {
        // More stages than fit beside a form.
        let mut app = App::new(cjm_testdata::generate(600, 3), "map.toml".into());
        assert!(app.map.stages.len() > 7);
        app.update(Message::Resize(200, 50));
        screen(&app);
        crate::tui::views::warm(&app);
        let warmed = kept(&app);
        assert_eq!(
            warmed.len(),
            2,
            "the board's columns, and those beside a form"
        );
        assert!(warmed[1].count < warmed[0].count);
        press(&mut app, KeyCode::Enter);
        assert!(matches!(app.mode, crate::tui::app::Mode::Form(_)));
        screen(&app);
        let shown = kept(&app);
        assert!(
            shown
                .iter()
                .all(|w| warmed.iter().any(|v| Rc::ptr_eq(v, w))),
            "the form's columns were worked out when it opened"
        );
        assert!(shown.last().is_some_and(|w| Rc::ptr_eq(w, &warmed[1])));

        // On a narrow screen the form is drawn over the board: nothing
        // more to work out.
        let mut app = App::new(app.map.clone(), "map.toml".into());
        app.update(Message::Resize(100, 30));
        screen(&app);
        crate::tui::views::warm(&app);
        assert_eq!(kept(&app).len(), 1);
    }

    #[test]
    fn the_columns_are_kept_across_an_edit_that_moves_no_card_and_only_then() {
        let generated = cjm_testdata::generate(40, 3);
        let mut app = App::new(generated.clone(), "map.toml".into());
        let (_, before) = board(&app);

        // Rating an emotion moves no card and changes no link: the same
        // window, its links with it, and the board a fresh app draws.
        let card = before.cards[0][0];
        let emotion = app.map.touchpoints[card].emotion;
        press(&mut app, KeyCode::Char('+'));
        assert_ne!(app.map.touchpoints[card].emotion, emotion, "not rated");
        let worked_out = cards_worked_out();
        let (screen, rated) = board(&app);
        assert_eq!(cards_worked_out(), worked_out);
        assert!(
            Rc::ptr_eq(&before, &rated),
            "the columns were worked out again"
        );
        assert!(rated.links.get().is_some());
        assert_eq!(screen, fresh(&app));
        let cards = rated.cards.clone();
        let (ideas, metrics) = first_links(&rated);
        // Only the board holds the window now, so that it can be taken apart.
        drop((before, rated));

        // An opportunity linked to a card of the first column: the same
        // cards, carried over, and the links worked out again.
        let id = app.map.touchpoints[card].id.clone();
        let linked = id.clone();
        app.edit(|map| {
            map.opportunities[0].stage = None;
            map.opportunities[0].touchpoints = vec![linked];
        });
        let worked_out = cards_worked_out();
        let (screen, window) = board(&app);
        assert_eq!(window.cards, cards);
        assert_eq!(
            cards_worked_out(),
            worked_out,
            "the cards were worked out again"
        );
        let (now_ideas, _) = first_links(&window);
        assert_ne!(now_ideas, ideas);
        assert!(now_ideas.contains(&0));
        assert_eq!(screen, fresh(&app));

        // A metric linked to the first stage, an opportunity to the second:
        // the links follow.
        let (first, second) = (app.map.stages[0].id.clone(), app.map.stages[1].id.clone());
        let to_second = second.clone();
        app.edit(|map| {
            map.metrics[0].links = vec![first];
            map.opportunities[1].touchpoints.clear();
            map.opportunities[1].stage = Some(to_second);
        });
        let (screen, window) = board(&app);
        assert_eq!(window.cards, cards);
        let (_, now_metrics) = first_links(&window);
        assert_ne!(now_metrics, metrics);
        assert!(now_metrics.contains(&0));
        assert!(links_in(&window, 1).0.contains(&1));
        assert_eq!(screen, fresh(&app));

        // The card's id changed: the opportunity linked to the old one no
        // longer shows beside it.
        app.edit(|map| map.touchpoints[card].id = Id::new("tp-renamed"));
        let (screen, window) = board(&app);
        assert!(!first_links(&window).0.contains(&0));
        assert_eq!(screen, fresh(&app));

        // A card moved to the second stage: the columns worked out anew.
        app.edit(|map| map.touchpoints[card].stage = second);
        let (screen, moved) = board(&app);
        assert!(!moved.cards[0].contains(&card));
        assert!(moved.cards[1].contains(&card));
        assert_eq!(screen, fresh(&app));

        // With a channel shown, a card given another channel leaves its
        // column.
        let channel = app.map.touchpoints[card].channel.unwrap_or(Channel::Web);
        app.edit(|map| map.touchpoints[card].channel = Some(channel));
        app.filter.channel = Some(channel);
        let (screen, shown) = board(&app);
        assert!(shown.cards[1].contains(&card));
        assert_eq!(screen, fresh(&app));
        let other = if channel == Channel::Phone {
            Channel::Email
        } else {
            Channel::Phone
        };
        app.edit(|map| map.touchpoints[card].channel = Some(other));
        let (screen, hidden) = board(&app);
        assert!(!hidden.cards[1].contains(&card));
        assert_eq!(screen, fresh(&app));
        app.filter = Default::default();

        // Undoing every edit shows the board of the map as generated.
        for _ in 0..7 {
            press(&mut app, KeyCode::Char('u'));
            let (screen, _) = board(&app);
            assert_eq!(screen, fresh(&app));
        }
        assert_eq!(app.map, generated);
    }

    /// The board of `app` drawn with `theme` at its size; how many of its
    /// columns were drawn rather than copied.
    fn drawn(app: &App, theme: Theme) -> (Buffer, usize) {
        let before = COLUMNS_DRAWN.with(Cell::get);
        let (width, height) = app.size;
        let mut terminal = match Terminal::new(TestBackend::new(width, height)) {
            Ok(terminal) => terminal,
            Err(err) => panic!("no test terminal: {err}"),
        };
        if let Err(err) = terminal.draw(|frame| {
            draw(app, theme, frame, frame.area());
        }) {
            panic!("the board did not draw: {err}");
        }
        let buffer = terminal.backend().buffer().clone();
        (buffer, COLUMNS_DRAWN.with(Cell::get) - before)
    }

    /// The board an app that never drew shows for `app`'s map and state.
    fn as_new(app: &App, theme: Theme) -> Buffer {
        let mut fresh = App::new(app.map.clone(), "map.toml".into());
        fresh.filter = app.filter.clone();
        fresh.size = app.size;
        fresh.stage = app.stage;
        fresh.card = app.card;
        fresh.on_header = app.on_header;
        fresh.blueprint = app.blueprint;
        fresh.shared_departments = app.shared_departments.clone();
        drawn(&fresh, theme).0
    }

    /// Draws `app`'s board, checks it is what a new app shows, and
    /// returns how many columns were drawn rather than copied. (A debug
    /// build also draws each copied column afresh and fails when they
    /// differ.)
    fn columns_drawn(app: &App, theme: Theme) -> usize {
        let (screen, count) = drawn(app, theme);
        assert_eq!(
            screen,
            as_new(app, theme),
            "the board differs from a new app's"
        );
        count
    }

    #[test]
    fn a_column_is_drawn_again_only_when_what_it_shows_changed() {
        let plain = Theme::plain();
        let mut app = App::new(cjm_testdata::generate(40, 3), "map.toml".into());
        app.size = (120, 40);
        let columns = columns_drawn(&app, plain);
        assert_eq!(columns, 4, "four columns fit in 120 columns");
        assert_eq!(columns_drawn(&app, plain), 0, "nothing changed");

        // A move within the first stage, then to the second and back.
        press(&mut app, KeyCode::Down);
        assert_eq!(columns_drawn(&app, plain), 1);
        press(&mut app, KeyCode::Right);
        assert_eq!(columns_drawn(&app, plain), 2);
        press(&mut app, KeyCode::Left);
        assert_eq!(
            columns_drawn(&app, plain),
            0,
            "both columns as they were drawn before"
        );

        // An emotion rated: the column of the card.
        press(&mut app, KeyCode::Char('+'));
        assert_eq!(columns_drawn(&app, plain), 1);
        // A stage renamed: its column.
        app.edit(|map| map.stages[2].name = "Renamed stage".into());
        assert_eq!(columns_drawn(&app, plain), 1);
        // A new opportunity and a new metric about the fourth stage, then
        // each renamed: its column.
        let fourth = app.map.stages[3].id.clone();
        let (stage, link) = (fourth.clone(), fourth.clone());
        app.edit(|map| {
            let mut idea = (*map.opportunities[0]).clone();
            idea.id = Id::new("op-new");
            idea.touchpoints.clear();
            idea.stage = Some(stage);
            map.opportunities.push(Shared::new(idea));
            let mut metric = (*map.metrics[0]).clone();
            metric.id = Id::new("mt-new");
            metric.links = vec![link];
            map.metrics.push(Shared::new(metric));
        });
        assert_eq!(columns_drawn(&app, plain), 1);
        app.edit(|map| {
            if let Some(idea) = map.opportunities.last_mut() {
                idea.title = "A new idea".into();
            }
        });
        assert_eq!(columns_drawn(&app, plain), 1);
        app.edit(|map| {
            if let Some(metric) = map.metrics.last_mut() {
                metric.name = "A new metric".into();
            }
        });
        assert_eq!(columns_drawn(&app, plain), 1);

        // The first card, the stage's header, the first card again: one
        // column each time (of a column, one drawing with the selection
        // in it is kept).
        press(&mut app, KeyCode::Up);
        assert_eq!(columns_drawn(&app, plain), 1);
        press(&mut app, KeyCode::Up);
        assert!(app.on_header);
        assert_eq!(columns_drawn(&app, plain), 1);
        press(&mut app, KeyCode::Down);
        assert_eq!(columns_drawn(&app, plain), 1);

        // A department named after a card's owner, then renamed.
        let shown = app.stage_cards(0);
        let owned = shown[0];
        app.edit(|map| {
            map.touchpoints[owned].owner = "dp-room".into();
            map.departments.push(crate::model::Department {
                id: Id::new("dp-room"),
                name: "The room".into(),
                ..Default::default()
            });
        });
        assert_eq!(columns_drawn(&app, plain), 4);
        app.edit(|map| {
            if let Some(d) = map.departments.last_mut() {
                d.name = "The whole room".into();
            }
        });
        assert_eq!(columns_drawn(&app, plain), 4, "a department names owners");
        // A department shared beside the map.
        app.shared_departments.push(crate::model::Department {
            id: Id::new("dp-shared"),
            name: "Shared".into(),
            ..Default::default()
        });
        assert_eq!(columns_drawn(&app, plain), 4);
        // A conflict badges its item.
        let id = app.map.touchpoints[shown[1]].id.to_string();
        app.edit(|map| {
            map.conflicts.push(crate::model::Conflict {
                item: id,
                field: "name".into(),
                kind: crate::model::ConflictKind::BothChanged,
                ours: None,
                theirs: None,
                comments: Default::default(),
            });
        });
        assert_eq!(columns_drawn(&app, plain), 4);

        // The theme, the language, the blueprint and the size.
        assert_eq!(columns_drawn(&app, Theme::default()), 4);
        assert_eq!(columns_drawn(&app, plain), 4);
        let polish = crate::i18n::scoped(crate::i18n::Lang::Pl, || columns_drawn(&app, plain));
        assert_eq!(polish, 4);
        assert_eq!(columns_drawn(&app, plain), 4);
        app.blueprint = true;
        assert_eq!(columns_drawn(&app, plain), 4, "the blueprint's lanes");
        // Copied under the blueprint's lines, drawn over the columns.
        assert_eq!(columns_drawn(&app, plain), 0);
        app.blueprint = false;
        assert_eq!(columns_drawn(&app, plain), 0, "the columns without them");
        app.size = (100, 40);
        assert_eq!(columns_drawn(&app, plain), 3);
        app.size = (120, 40);
        assert_eq!(columns_drawn(&app, plain), 0);
        // One column wider: the last column takes it.
        app.size = (121, 40);
        assert_eq!(columns_drawn(&app, plain), 1);

        app.size = (120, 40);

        // A filter that hides cards: the columns it changed.
        let channel = app.map.touchpoints[shown[0]].channel;
        app.filter.channel = channel;
        let filtered = columns_drawn(&app, plain);
        assert!(filtered > 0);
        assert_eq!(columns_drawn(&app, plain), 0);
        // With fewer cards the lanes had other heights: the columns
        // without the filter, in their own layout, were kept meanwhile.
        app.filter = Default::default();
        assert_eq!(columns_drawn(&app, plain), 0);

        // The board scrolled to the last stages, and back.
        let last = app.map.stages.len() - 1;
        for _ in 0..last {
            press(&mut app, KeyCode::Right);
            columns_drawn(&app, plain);
        }
        assert_eq!(app.stage, last);
        press(&mut app, KeyCode::Left);
        assert_eq!(columns_drawn(&app, plain), 0, "as drawn on the way there");
        // The arrows to the stages out of sight, in a longer language.
        crate::i18n::scoped(crate::i18n::Lang::Pseudo, || columns_drawn(&app, plain));
        for _ in 0..last {
            press(&mut app, KeyCode::Left);
            columns_drawn(&app, plain);
        }

        // Undoing every edit: each board as a new app draws it.
        for _ in 0..8 {
            press(&mut app, KeyCode::Char('u'));
            columns_drawn(&app, plain);
        }
        assert_eq!(app.map, cjm_testdata::generate(40, 3));
    }

    #[test]
    fn the_columns_kept_hold_a_bounded_number_of_cells() {
        let plain = Theme::plain();
        let mut app = App::new(cjm_testdata::generate(40, 3), "map.toml".into());
        // Dragging a large window's corner: a layout at every size.
        for step in 0..12u16 {
            app.size = (300 - 10 * step, 100 - 3 * step);
            columns_drawn(&app, plain);
            assert!(app.kept_columns.borrow().cells_held() <= super::kept::KEPT_CELLS);
        }
        assert!(app.kept_columns.borrow().cells_held() > 0);
    }
}
