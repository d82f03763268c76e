//! The emotion curve, large: every touchpoint in map order as a numbered
//! point on the -2..+2 scale, the average of each stage as `◆`, a zero line,
//! the negative zone shaded (`░` without colours) and the stages along the
//! bottom. Moments of truth are starred (`★`) above their point.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::Block;

use super::board::{card_moved, put, stage_average};
use super::text::{clean, truncate};
use std::rc::Rc;

use crate::model::{Emotion, Id, Map, Touchpoint};
use crate::tui::app::App;
use crate::tui::app::Seen;
use crate::tui::theme::Theme;
use crate::{i18n, t};

/// Width of the scale on the left.
const SCALE: u16 = 4;

/// The number each point is drawn as (its place in its stage, mod 10),
/// without a string made for each of thousands of points.
const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

/// What the curve shows of the map, worked out from every touchpoint once
/// per state of the map and the filter (kept in `App::curve`), so that a
/// frame of a large map only places the points. Rating an emotion works
/// out again only the stage of the card rated ([`carried`]).
#[derive(Debug)]
pub struct Figures {
    /// Per stage: how many of its cards pass the filter, and the rated ones.
    stages: Vec<StagePoints>,
    /// Per stage: the average of its rated cards.
    averages: Vec<Option<f64>>,
    /// Whether any touchpoint of the map is a moment of truth.
    any_moment: bool,
    /// Per stage: its cards (touchpoints' places in the map).
    columns: Vec<Vec<usize>>,
    /// The stages' ids and the touchpoints the figures were worked out from.
    stage_ids: Vec<Id>,
    touchpoints: Seen<Touchpoint>,
}

/// One stage's cards on the curve.
#[derive(Debug, PartialEq)]
struct StagePoints {
    /// The cards that pass the filter (each takes a slot, rated or not).
    cards: usize,
    points: Vec<Point>,
}

/// A rated card: its place among the stage's cards, its score and whether
/// it is a moment of truth.
#[derive(Debug, PartialEq)]
struct Point {
    card: usize,
    emotion: Emotion,
    moment: bool,
}

impl StagePoints {
    fn of(map: &Map, cards: &[usize]) -> StagePoints {
        StagePoints {
            cards: cards.len(),
            points: cards
                .iter()
                .enumerate()
                .filter_map(|(card, &i)| {
                    let t = &map.touchpoints[i];
                    t.emotion.map(|emotion| Point {
                        card,
                        emotion,
                        moment: t.moment_of_truth,
                    })
                })
                .collect(),
        }
    }
}

/// Works the view's figures out now, unless they are kept already.
pub fn warm(app: &App) {
    figures(app);
}

/// The curve's figures for the map and the filter as they are now.
fn figures(app: &App) -> Rc<Figures> {
    app.curve.get_or_carry(app, app.filter.clone(), carried)
}

/// [`afresh`], counted in tests.
fn worked_out(app: &App) -> Figures {
    #[cfg(test)]
    WORKED_OUT.with(|n| n.set(n.get() + 1));
    afresh(app)
}

/// The curve's figures worked out from every touchpoint.
fn afresh(app: &App) -> Figures {
    let map = &app.map;
    let columns = app.cards_by_stage();
    Figures {
        stages: columns.iter().map(|c| StagePoints::of(map, c)).collect(),
        averages: columns.iter().map(|c| stage_average(map, c)).collect(),
        any_moment: map.touchpoints.iter().any(|t| t.moment_of_truth),
        columns,
        stage_ids: map.stages.iter().map(|s| s.id.clone()).collect(),
        touchpoints: Seen::of(&map.touchpoints),
    }
}

/// The figures kept for the map before a change (the filter the same),
/// carried over when the change moved no card in or out of a stage (an
/// emotion rated, a text edited): the stages of the touchpoints changed
/// are worked out again, the others kept. Anything else starts anew.
fn carried(app: &App, kept: Option<Rc<Figures>>) -> Figures {
    // Nothing else holds the figures between frames.
    let Some(mut figures) = kept.and_then(Rc::into_inner) else {
        return worked_out(app);
    };
    let map = &app.map;
    let stages_same = figures
        .stage_ids
        .iter()
        .eq(map.stages.iter().map(|s| &s.id));
    let Some(changed) = figures.touchpoints.follow(&map.touchpoints) else {
        return worked_out(app);
    };
    let moved = changed
        .iter()
        .any(|(at, before)| card_moved(&app.filter, before, &map.touchpoints[*at]));
    if !stages_same || moved {
        return worked_out(app);
    }
    // Each stage a changed card is in, worked out again once (a merge may
    // change every card and move none).
    let mut stale = vec![false; map.stages.len()];
    for (at, _) in &changed {
        let stage = &map.touchpoints[*at].stage;
        for (s, id) in map.stages.iter().map(|s| &s.id).enumerate() {
            stale[s] |= id == stage;
        }
    }
    for (s, _) in stale.iter().enumerate().filter(|(_, stale)| **stale) {
        figures.stages[s] = StagePoints::of(map, &figures.columns[s]);
        figures.averages[s] = stage_average(map, &figures.columns[s]);
    }
    if !changed.is_empty() {
        figures.any_moment = map.touchpoints.iter().any(|t| t.moment_of_truth);
    }
    #[cfg(debug_assertions)]
    {
        let fresh = afresh(app);
        assert!(
            fresh.stages == figures.stages
                && fresh.averages == figures.averages
                && fresh.any_moment == figures.any_moment
                && fresh.columns == figures.columns,
            "the curve's figures carried over a change that changed them otherwise"
        );
    }
    figures
}

#[cfg(test)]
thread_local! {
    /// How many times this thread worked the curve's figures out from
    /// every touchpoint (rather than carrying them over a change).
    pub(crate) static WORKED_OUT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// The last of the points and stars drawn into one column of the plot
/// (thousands of points on a large map share a few hundred columns): a
/// cell each, put into the frame once the column is done, with what a
/// point drawn over another would have left there.
struct Column {
    x: Option<u16>,
    top: u16,
    cells: Vec<Option<(&'static str, Style)>>,
}

impl Column {
    fn new(top: u16, height: u16) -> Column {
        Column {
            x: None,
            top,
            cells: vec![None; usize::from(height)],
        }
    }

    /// Writes `symbol` at row `y` of column `x`, putting the column drawn
    /// so far into `buf` first when `x` is another one.
    fn set(
        &mut self,
        buf: &mut Buffer,
        area: Rect,
        x: u16,
        y: u16,
        symbol: &'static str,
        style: Style,
    ) {
        if self.x != Some(x) {
            self.flush(buf, area);
            self.x = Some(x);
        }
        if let Some(cell) = y
            .checked_sub(self.top)
            .and_then(|row| self.cells.get_mut(usize::from(row)))
        {
            // Drawn over another point, the style goes over that one's, as
            // it would in the frame.
            let style = cell.map_or(style, |(_, under)| under.patch(style));
            *cell = Some((symbol, style));
        }
    }

    /// Puts the column drawn so far into `buf`.
    fn flush(&mut self, buf: &mut Buffer, area: Rect) {
        let Some(x) = self.x.take() else {
            return;
        };
        for (y, cell) in (self.top..).zip(&mut self.cells) {
            if let Some((symbol, style)) = cell.take() {
                put(buf, area, x, y, symbol, style);
            }
        }
    }
}

pub fn draw(app: &App, theme: Theme, frame: &mut Frame, area: Rect) {
    let map = &app.map;
    let figures = figures(app);
    let averages = &figures.averages;
    let rated: Vec<f64> = averages.iter().flatten().copied().collect();
    let negative = rated.iter().filter(|a| **a < 0.0).count();
    let verdict = if rated.len() > 1 && negative * 2 > rated.len() {
        t!("curve-needs-work")
    } else {
        String::new()
    };
    let stars = if figures.any_moment {
        t!("curve-moment-of-truth")
    } else {
        String::new()
    };
    let title = format!(
        "{}{verdict}{stars} ",
        t!("curve-title", negative = negative, rated = rated.len())
    );
    let block = Block::bordered().title(truncate(&title, usize::from(area.width)));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height < 7 || inner.width < SCALE + 10 || map.stages.is_empty() {
        return;
    }
    let buf = frame.buffer_mut();
    let plot_height = inner.height - 2;
    let row_of = |e: f64| inner.y + ((2.0 - e) / 4.0 * f64::from(plot_height - 1)).round() as u16;
    let left = inner.x + SCALE;
    let width = inner.width - SCALE;

    // The plot's blank cells take the separators' colour (a blank looks
    // the same in any): the terminal is then sent a colour change only
    // around points and stars, not twice per stage on every line, which
    // on a map of hundreds of touchpoints per stage was most of the frame.
    let zero = row_of(0.0);
    buf.set_style(
        Rect::new(left, inner.y, width, zero.saturating_sub(inner.y)),
        theme.dim(),
    );
    // Scale, zero line and negative zone.
    for level in [2, 1, 0, -1, -2] {
        put(
            buf,
            inner,
            inner.x,
            row_of(f64::from(level)),
            &format!("{level:+}").replace("+0", " 0"),
            theme.dim(),
        );
    }
    for y in zero + 1..inner.y + plot_height {
        let (fill, style) = if theme.color {
            (" ", theme.negative_zone().patch(theme.dim()))
        } else {
            ("░", theme.dim())
        };
        put(buf, inner, left, y, &fill.repeat(usize::from(width)), style);
    }
    put(
        buf,
        inner,
        left,
        zero,
        &"┄".repeat(usize::from(width)),
        theme.dim(),
    );

    // One slot per touchpoint (an empty stage still takes one).
    let slots: usize = figures.stages.iter().map(|c| c.cards.max(1)).sum();
    let slot_width = f64::from(width) / slots as f64;
    let mut slot = 0usize;
    let mut column = Column::new(inner.y, plot_height);
    for (s, stage) in figures.stages.iter().enumerate() {
        let start = left + (slot as f64 * slot_width) as u16;
        let span = stage.cards.max(1);
        let end = left + ((slot + span) as f64 * slot_width) as u16;
        if s > 0 {
            for y in inner.y..inner.y + plot_height {
                put(buf, inner, start, y, "┊", theme.dim());
            }
        }
        // The room under the stage, between its separator and the next.
        let room = usize::from(end.saturating_sub(start).saturating_sub(1));
        let label = truncate(&clean(&map.stages[s].name), room);
        let style = if s == app.stage {
            theme.title()
        } else {
            theme.dim()
        };
        put(buf, inner, start + 1, inner.y + plot_height, &label, style);
        if let Some(avg) = averages[s] {
            let x = start + (end - start) / 2;
            let style = theme
                .emotion(Emotion::new(avg.round() as i64))
                .add_modifier(Modifier::BOLD);
            put(buf, inner, x, row_of(avg), "◆", style);
            // "avg +0.3" where it fits under the stage, else the number
            // alone, else nothing (the ◆ still shows it): a label running
            // into the next stage's would be cut there and misread.
            let number = i18n::number::localise(&format!("{avg:+.1}"), i18n::current());
            let labelled = t!("curve-average", average = number.as_str());
            let text = [labelled.as_str(), number.as_str()]
                .into_iter()
                .find(|text| super::text::width(text) <= room);
            if let Some(text) = text {
                put(
                    buf,
                    inner,
                    start + 1,
                    inner.y + plot_height + 1,
                    text,
                    style,
                );
            }
        }
        for point in &stage.points {
            let (n, e) = (point.card, point.emotion);
            let x = left + ((slot + n) as f64 * slot_width + slot_width / 2.0) as u16;
            let selected = s == app.stage && n == app.card;
            let mut style = theme.emotion(Some(e)).add_modifier(Modifier::BOLD);
            if selected {
                style = style.add_modifier(Modifier::REVERSED);
            } else if e.get() < 0 && theme.color {
                style = style.patch(Style::new().bg(theme.negative_zone().bg.unwrap_or_default()));
            }
            let y = row_of(f64::from(e.get()));
            column.set(buf, inner, x, y, DIGITS[(n + 1) % 10], style);
            // A moment of truth: a star just above its point (below at the top).
            if point.moment {
                let star_y = if y > inner.y { y - 1 } else { y + 1 };
                column.set(buf, inner, x, star_y, "★", theme.key());
            }
        }
        // The next stage's separator and average go over this stage's points.
        column.flush(buf, inner);
        slot += span;
    }
}

#[cfg(test)]
mod tests {
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    use ratatui::style::{Color, Modifier, Style};

    use super::{Column, put};

    /// A few styles that add, take away and recolour, as the curve's do.
    fn style(n: u8) -> Style {
        match n % 4 {
            0 => Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
            1 => Style::new().fg(Color::Yellow),
            2 => Style::new().bg(Color::Red).add_modifier(Modifier::REVERSED),
            _ => Style::new().remove_modifier(Modifier::BOLD),
        }
    }

    proptest::proptest! {
        /// Points kept per column and put into the frame when the column
        /// is done leave the frame as putting each point at once does.
        #[test]
        fn a_column_leaves_what_each_point_drawn_in_turn_leaves(
            writes in proptest::collection::vec((0u16..12, 0u16..9, 0u8..4, proptest::bool::ANY), 0..60),
        ) {
            let area = Rect::new(1, 1, 10, 8);
            let mut at_once = Buffer::empty(Rect::new(0, 0, 12, 10));
            at_once.set_style(area, Style::new().fg(Color::DarkGray));
            let mut by_column = at_once.clone();
            let mut column = Column::new(area.y, area.height);
            for &(x, y, n, star) in &writes {
                let symbol = if star { "★" } else { super::DIGITS[usize::from(n)] };
                put(&mut at_once, area, x, y, symbol, style(n));
                column.set(&mut by_column, area, x, y, symbol, style(n));
            }
            column.flush(&mut by_column, area);
            proptest::prop_assert_eq!(by_column, at_once);
        }
    }
}
