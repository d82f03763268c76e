//! A future-state map beside the map it is based on: per stage the average
//! emotion before and after, and what changed, from the semantic diff.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Row, Table, Wrap};

use super::text::clean;
use crate::diff::{Change, diff};
use crate::tui::app::App;
use crate::tui::theme::Theme;

pub fn draw(app: &App, theme: Theme, frame: &mut Frame, area: Rect) {
    let before = match &app.based_on {
        None if app.map.based_on.trim().is_empty() => {
            let text = "This map names no `based_on` map. A future-state map names the current-state map it improves \
                        (based_on = \"current.toml\"), and this view shows the two side by side.";
            frame.render_widget(
                Paragraph::new(text)
                    .wrap(Wrap { trim: true })
                    .block(Block::bordered().title(" Compare ")),
                area,
            );
            return;
        }
        None => {
            frame.render_widget(Paragraph::new("Loading…").block(Block::bordered()), area);
            return;
        }
        Some(Err(err)) => {
            let text = format!(
                "Cannot open the map this one is based on ({}): {}",
                clean(&app.map.based_on),
                clean(err)
            );
            frame.render_widget(
                Paragraph::new(text)
                    .style(theme.warning())
                    .wrap(Wrap { trim: true })
                    .block(Block::bordered().title(" Compare ")),
                area,
            );
            return;
        }
        Some(Ok(map)) => map,
    };
    let d = diff(before, &app.map);
    let [stages, changes] =
        Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(area);
    let score = |avg: Option<f64>| match avg {
        Some(a) if a > 0.0 => format!("▲ {a:+.1}"),
        Some(a) if a < 0.0 => format!("▼ {a:+.1}"),
        Some(a) => format!("● {a:+.1}"),
        None => "–".to_owned(),
    };
    let rows = d.emotions.iter().map(|e| {
        let change = match (e.before, e.after) {
            (Some(b), Some(a)) if a > b => ("better", theme.key()),
            (Some(b), Some(a)) if a < b => ("worse", theme.warning()),
            (Some(_), Some(_)) => ("same", theme.dim()),
            _ => ("", theme.dim()),
        };
        Row::new(vec![
            ratatui::text::Text::raw(clean(&e.stage.name)),
            ratatui::text::Text::raw(score(e.before)),
            ratatui::text::Text::raw(score(e.after)),
            ratatui::text::Text::styled(change.0, change.1),
        ])
    });
    let table = Table::new(
        rows,
        [
            Constraint::Min(20),
            Constraint::Length(14),
            Constraint::Length(14),
            Constraint::Length(8),
        ],
    )
    .header(Row::new(["Stage", "Before", "After", ""]).style(theme.title()))
    .block(Block::bordered().title(format!(
        " {} → {} ",
        clean(&before.title),
        clean(&app.map.title)
    )));
    frame.render_widget(table, stages);

    let mut lines = Vec::new();
    for section in &d.sections {
        for change in &section.items {
            let (mark, style, text) = match change {
                Change::Added(item) => (
                    "+",
                    theme.key(),
                    format!("{} {}", section.title, clean(shown(item))),
                ),
                Change::Removed(item) => (
                    "−",
                    theme.warning(),
                    format!("{} {}", section.title, clean(shown(item))),
                ),
                Change::Changed(item, fields) => {
                    let names: Vec<&str> = fields.iter().map(|f| f.field).collect();
                    (
                        "~",
                        theme.dim(),
                        format!(
                            "{} {}: {}",
                            section.title,
                            clean(shown(item)),
                            names.join(", ")
                        ),
                    )
                }
                Change::Moved { item, .. } => (
                    "↕",
                    theme.dim(),
                    format!("{} {} moved", section.title, clean(shown(item))),
                ),
            };
            lines.push(Line::from(vec![
                Span::styled(format!("{mark} "), style),
                Span::raw(text),
            ]));
        }
    }
    if lines.is_empty() {
        lines.push(Line::styled("No item changed.", theme.dim()));
    }
    frame.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(" What changed ")),
        changes,
    );
}

/// An item's name, or its key when it has no name.
fn shown(item: &crate::diff::ItemRef) -> &str {
    if item.name.is_empty() {
        &item.key
    } else {
        &item.name
    }
}
