//! Metrics: baseline → target, the latest reading and a sparkline of readings.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Modifier;
use ratatui::widgets::{Block, Row, Table};

use super::text::clean;
use crate::model::{Metric, Vocabulary};
use crate::tui::app::App;
use crate::tui::theme::Theme;
use crate::{i18n, t};

/// The readings as a row of block characters, lowest to highest.
pub fn sparkline(metric: &Metric) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let values: Vec<f64> = metric.readings.iter().map(|r| r.value).collect();
    let (min, max) = values
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(*v), hi.max(*v))
        });
    values
        .iter()
        .map(|v| {
            let level = if max > min {
                ((v - min) / (max - min) * 7.0).round() as usize
            } else {
                3
            };
            BARS[level.min(7)]
        })
        .collect()
}

fn number(n: Option<f64>) -> String {
    n.map_or("–".to_owned(), |n| {
        i18n::number::localise(&crate::text::number(n), i18n::current())
    })
}

pub fn draw(app: &App, theme: Theme, frame: &mut Frame, area: Rect) {
    let conflicted = crate::tui::app::conflicted_items(&app.map);
    // Only the rows that can show (a large map has a thousand), below the
    // border and the header.
    let lines = usize::from(area.height.saturating_sub(3));
    let (window, selected) = super::window::around(app.map.metrics.len(), app.rows.metrics, lines);
    let rows = app.map.metrics[window].iter().map(|m| {
        let latest = m.readings.last().map_or("–".to_owned(), |r| {
            format!(
                "{} ({})",
                number(Some(r.value)),
                i18n::date::format(r.date, i18n::current())
            )
        });
        let mark = if conflicted.contains(m.id.as_str()) {
            super::board::CONFLICT
        } else {
            ""
        };
        Row::new(vec![
            format!("{mark}{}", clean(&m.name)),
            m.kind.label().to_owned(),
            format!(
                "{} → {} {}",
                number(m.baseline),
                number(m.target),
                clean(&m.unit)
            ),
            latest,
            sparkline(m),
        ])
    });
    let table = Table::new(
        rows,
        [
            Constraint::Min(16),
            Constraint::Length(10),
            Constraint::Length(20),
            Constraint::Length(20),
            Constraint::Length(12),
        ],
    )
    .header(
        Row::new([
            t!("metrics-metric"),
            t!("metrics-kind"),
            t!("metrics-baseline-target"),
            t!("metrics-latest"),
            t!("metrics-readings"),
        ])
        .style(theme.title().add_modifier(Modifier::BOLD)),
    )
    .row_highlight_style(theme.selected())
    .block(Block::bordered().title(t!("metrics-title")));
    let mut state = ratatui::widgets::TableState::default().with_selected(selected);
    frame.render_stateful_widget(table, area, &mut state);
}
