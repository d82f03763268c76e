//! The service blueprint of one stage: its touchpoints side by side, each
//! with what the customer does, then below the line of interaction the
//! frontstage, below the line of visibility the backstage, below the line
//! of internal interaction the support, and its fail point, wait and links,
//! in full (the board shows the same lanes in one line per action). The
//! selected stage and touchpoint are the board's; columns scroll sideways
//! to keep the selected touchpoint visible.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::Block;

use super::board::{FAIL, department_label, put};
use super::text::{clean, truncate, wrap};
use crate::model::{Lane, Touchpoint, Vocabulary};
use crate::t;
use crate::tui::app::{App, links_of};
use crate::tui::edit::ItemRef;
use crate::tui::theme::{Theme, emotion_badge};

/// Width of the lane labels on the left.
const LABEL_WIDTH: u16 = 12;
/// The narrowest a touchpoint's column gets before the view scrolls sideways.
const MIN_COLUMN_WIDTH: u16 = 26;

/// A row of the blueprint: a lane of text, or a line between lanes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Row {
    Customer,
    LineOfInteraction,
    Lane(Lane),
    LineOfVisibility,
    LineOfInternalInteraction,
    FailPoint,
    Wait,
    Links,
}

const ROWS: [Row; 10] = [
    Row::Customer,
    Row::LineOfInteraction,
    Row::Lane(Lane::Frontstage),
    Row::LineOfVisibility,
    Row::Lane(Lane::Backstage),
    Row::LineOfInternalInteraction,
    Row::Lane(Lane::Support),
    Row::FailPoint,
    Row::Wait,
    Row::Links,
];

impl Row {
    fn label(self) -> String {
        match self {
            Row::Customer => t!("blueprint-row-customer"),
            Row::Lane(Lane::Frontstage) => t!("board-lane-frontstage"),
            Row::Lane(Lane::Backstage) => t!("board-lane-backstage"),
            Row::Lane(Lane::Support) => t!("board-lane-support"),
            Row::FailPoint => t!("blueprint-row-fail-point"),
            Row::Wait => t!("blueprint-row-wait"),
            Row::Links => t!("blueprint-row-links"),
            Row::LineOfInteraction => t!("board-line-interaction"),
            Row::LineOfVisibility => t!("board-line-visibility"),
            Row::LineOfInternalInteraction => t!("board-line-internal"),
        }
    }

    /// The character a line between lanes is drawn with.
    fn line(self) -> Option<&'static str> {
        match self {
            Row::LineOfInteraction => Some("─"),
            Row::LineOfVisibility => Some("━"),
            Row::LineOfInternalInteraction => Some("┄"),
            _ => None,
        }
    }

    /// The lines of this row for one touchpoint, wrapped to `width`.
    fn lines(self, app: &App, tp: usize, width: usize) -> Vec<String> {
        let departments = app.departments();
        let t = &app.map.touchpoints[tp];
        let mut out = Vec::new();
        let mut add = |first: &str, text: &str| {
            for (i, part) in wrap(&clean(text), width.saturating_sub(2))
                .into_iter()
                .enumerate()
            {
                out.push(format!("{} {part}", if i == 0 { first } else { " " }));
            }
        };
        match self {
            Row::Customer => {
                if !t.doing.trim().is_empty() {
                    add("▸", &t.doing);
                }
            }
            Row::Lane(lane) => {
                for action in t.lane(lane) {
                    let text = match department_label(departments, &action.department) {
                        Some(d) => format!("{} [{d}]", action.text),
                        None => action.text.clone(),
                    };
                    add("•", &text);
                }
            }
            Row::FailPoint => {
                if !t.fail_point.trim().is_empty() {
                    add(FAIL, &t.fail_point);
                }
            }
            Row::Wait => {
                if let Some(wait) = t.wait {
                    add("⏱", &wait.words());
                }
            }
            Row::Links => {
                for link in links_of(&app.map, ItemRef::Touchpoint(tp)) {
                    let title = if link.title.trim().is_empty() {
                        &link.url
                    } else {
                        &link.title
                    };
                    add("↗", title);
                }
            }
            Row::LineOfInteraction | Row::LineOfVisibility | Row::LineOfInternalInteraction => {}
        }
        out
    }
}

/// Splits `room` rows among the rows that need `wanted` each (a line
/// takes one, a lane at least one): the fullest lane gives up a row until
/// all fit.
fn heights(wanted: &[u16], room: u16) -> Vec<u16> {
    let mut heights: Vec<u16> = wanted.iter().map(|w| (*w).max(1)).collect();
    while heights.iter().sum::<u16>() > room {
        let Some((i, _)) = heights
            .iter()
            .enumerate()
            .filter(|(_, h)| **h > 1)
            .max_by_key(|(i, h)| (**h, std::cmp::Reverse(*i)))
        else {
            break;
        };
        heights[i] -= 1;
    }
    heights
}

pub fn draw(app: &App, theme: Theme, frame: &mut Frame, area: Rect) {
    let map = &app.map;
    let title = match map.stages.get(app.stage) {
        Some(stage) => t!(
            "blueprint-title",
            stage = clean(&stage.name),
            number = app.stage + 1,
            count = map.stages.len()
        ),
        None => t!("blueprint-title-empty"),
    };
    let block = Block::bordered().title(format!(" {title} "));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let buf = frame.buffer_mut();
    if map.stages.is_empty() {
        put(
            buf,
            inner,
            inner.x,
            inner.y,
            &t!("blueprint-no-stages"),
            theme.dim(),
        );
        return;
    }
    let cards = app.stage_cards(app.stage);
    if cards.is_empty() {
        put(
            buf,
            inner,
            inner.x,
            inner.y,
            &t!("blueprint-no-touchpoints"),
            theme.dim(),
        );
        return;
    }
    let room = inner.width.saturating_sub(LABEL_WIDTH);
    let fit = usize::from((room / MIN_COLUMN_WIDTH).max(1)).min(cards.len());
    let selected = if app.on_header { 0 } else { app.card };
    let first = (selected + 1).saturating_sub(fit);
    let column_width = room / fit as u16;
    let text_width = usize::from(column_width.saturating_sub(2));
    let shown: Vec<(usize, usize)> = cards
        .iter()
        .copied()
        .enumerate()
        .skip(first)
        .take(fit)
        .collect();

    // Two header rows per touchpoint, then the rows.
    let header = 2;
    let cells: Vec<Vec<Vec<String>>> = ROWS
        .iter()
        .map(|row| {
            shown
                .iter()
                .map(|&(_, tp)| row.lines(app, tp, text_width))
                .collect()
        })
        .collect();
    let wanted: Vec<u16> = ROWS
        .iter()
        .zip(&cells)
        .map(|(row, cells)| match row.line() {
            Some(_) => 1,
            None => {
                let most = cells.iter().map(Vec::len).max().unwrap_or(0);
                u16::try_from(most).unwrap_or(u16::MAX)
            }
        })
        .collect();
    let heights = heights(&wanted, inner.height.saturating_sub(header));

    if first > 0 {
        put(buf, inner, inner.x, inner.y, "◀", theme.key());
    }
    if first + fit < cards.len() {
        put(buf, inner, inner.x, inner.y + 1, "▶", theme.key());
    }
    for (slot, &(n, tp)) in shown.iter().enumerate() {
        let x = inner.x + LABEL_WIDTH + slot as u16 * column_width;
        let w = if slot + 1 == shown.len() {
            inner.right().saturating_sub(x)
        } else {
            column_width
        };
        for y in inner.y..inner.bottom() {
            put(buf, inner, x, y, "│", theme.dim());
        }
        let column = Rect::new(x + 1, inner.y, w.saturating_sub(2), inner.height);
        draw_header(app, theme, buf, column, n, &map.touchpoints[tp]);
    }
    let mut y = inner.y + header;
    for ((row, height), cells) in ROWS.iter().zip(&heights).zip(&cells) {
        if let Some(line) = row.line() {
            put(
                buf,
                inner,
                inner.x,
                y,
                &line.repeat(usize::from(inner.width)),
                theme.dim(),
            );
            put(
                buf,
                inner,
                inner.x + 1,
                y,
                &format!(" {} ", row.label()),
                theme.dim(),
            );
            y += 1;
            continue;
        }
        let label = truncate(&row.label(), usize::from(LABEL_WIDTH) - 1);
        put(
            buf,
            inner,
            inner.x,
            y,
            &label,
            theme.dim().add_modifier(Modifier::BOLD),
        );
        for (slot, lines) in cells.iter().enumerate() {
            let x = inner.x + LABEL_WIDTH + slot as u16 * column_width + 1;
            let fit = usize::from(*height);
            for (i, text) in lines.iter().take(fit).enumerate() {
                let text = if i + 1 == fit && lines.len() > fit {
                    format!("{}…", truncate(text, text_width.saturating_sub(1)))
                } else {
                    truncate(text, text_width)
                };
                let style = if *row == Row::FailPoint {
                    theme.warning()
                } else {
                    Style::new()
                };
                put(buf, inner, x, y + i as u16, &text, style);
            }
        }
        y += height;
    }
}

/// A touchpoint's two header rows: number, star and name (highlighted
/// when selected), then channel, owner and emotion.
fn draw_header(app: &App, theme: Theme, buf: &mut Buffer, column: Rect, n: usize, t: &Touchpoint) {
    let w = usize::from(column.width);
    let selected = !app.on_header && n == app.card;
    let name = format!(
        "{} {}{}",
        n + 1,
        if t.moment_of_truth { "★ " } else { "" },
        clean(&t.name)
    );
    let mut line = truncate(&name, w);
    let style = if selected {
        line.push_str(&" ".repeat(w.saturating_sub(super::text::width(&line))));
        theme.selected()
    } else {
        Style::new().add_modifier(Modifier::BOLD)
    };
    put(buf, column, column.x, column.y, &line, style);
    let mut meta = Vec::new();
    if let Some(c) = t.channel {
        meta.push(c.label().to_owned());
    }
    if !t.owner.trim().is_empty() {
        meta.push(clean(app.departments().name(&t.owner)));
    }
    let badge = emotion_badge(t.emotion);
    let room = w.saturating_sub(super::text::width(&badge) + 1);
    put(
        buf,
        column,
        column.x,
        column.y + 1,
        &truncate(&meta.join(" · "), room),
        theme.dim(),
    );
    let x = column.x + u16::try_from(w.saturating_sub(super::text::width(&badge))).unwrap_or(0);
    put(
        buf,
        column,
        x,
        column.y + 1,
        &badge,
        theme.emotion(t.emotion),
    );
}
