//! The emotion curve, large: every touchpoint in map order as a numbered
//! point on the -2..+2 scale, the average of each stage as `◆`, a zero line,
//! the negative zone shaded (`░` without colours) and the stages along the
//! bottom. Moments of truth are starred (`★`) above their point.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::Block;

use super::board::{put, stage_average};
use super::text::{clean, truncate};
use crate::model::Emotion;
use crate::tui::app::App;
use crate::tui::theme::Theme;
use crate::{i18n, t};

/// Width of the scale on the left.
const SCALE: u16 = 4;

/// The number each point is drawn as (its place in its stage, mod 10),
/// without a string made for each of thousands of points.
const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

pub fn draw(app: &App, theme: Theme, frame: &mut Frame, area: Rect) {
    let map = &app.map;
    let columns = app.cards_by_stage();
    let averages: Vec<Option<f64>> = columns.iter().map(|c| stage_average(map, c)).collect();
    let rated: Vec<f64> = averages.iter().flatten().copied().collect();
    let negative = rated.iter().filter(|a| **a < 0.0).count();
    let verdict = if rated.len() > 1 && negative * 2 > rated.len() {
        t!("curve-needs-work")
    } else {
        String::new()
    };
    let stars = if map.touchpoints.iter().any(|t| t.moment_of_truth) {
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
    let slots: usize = columns.iter().map(|c| c.len().max(1)).sum();
    let slot_width = f64::from(width) / slots as f64;
    let mut slot = 0usize;
    for (s, cards) in columns.iter().enumerate() {
        let start = left + (slot as f64 * slot_width) as u16;
        let span = cards.len().max(1);
        let end = left + ((slot + span) as f64 * slot_width) as u16;
        if s > 0 {
            for y in inner.y..inner.y + plot_height {
                put(buf, inner, start, y, "┊", theme.dim());
            }
        }
        let label = truncate(
            &clean(&map.stages[s].name),
            usize::from(end.saturating_sub(start).saturating_sub(1)),
        );
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
            put(
                buf,
                inner,
                start + 1,
                inner.y + plot_height + 1,
                &t!(
                    "curve-average",
                    average = i18n::number::localise(&format!("{avg:+.1}"), i18n::current())
                ),
                style,
            );
        }
        for (n, &tp) in cards.iter().enumerate() {
            let Some(e) = map.touchpoints[tp].emotion else {
                continue;
            };
            let x = left + ((slot + n) as f64 * slot_width + slot_width / 2.0) as u16;
            let selected = s == app.stage && n == app.card;
            let mut style = theme.emotion(Some(e)).add_modifier(Modifier::BOLD);
            if selected {
                style = style.add_modifier(Modifier::REVERSED);
            } else if e.get() < 0 && theme.color {
                style = style.patch(Style::new().bg(theme.negative_zone().bg.unwrap_or_default()));
            }
            put(
                buf,
                inner,
                x,
                row_of(f64::from(e.get())),
                DIGITS[(n + 1) % 10],
                style,
            );
            // A moment of truth: a star just above its point (below at the top).
            if map.touchpoints[tp].moment_of_truth {
                let y = row_of(f64::from(e.get()));
                let star_y = if y > inner.y { y - 1 } else { y + 1 };
                put(buf, inner, x, star_y, "★", theme.key());
            }
        }
        slot += span;
    }
}
