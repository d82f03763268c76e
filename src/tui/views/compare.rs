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
use crate::{i18n, t};

pub fn draw(app: &App, theme: Theme, frame: &mut Frame, area: Rect) {
    let before = match &app.based_on {
        None if app.map.based_on.trim().is_empty() => {
            frame.render_widget(
                Paragraph::new(t!("compare-no-based-on"))
                    .wrap(Wrap { trim: true })
                    .block(Block::bordered().title(t!("compare-title"))),
                area,
            );
            return;
        }
        None => {
            frame.render_widget(
                Paragraph::new(t!("compare-loading")).block(Block::bordered()),
                area,
            );
            return;
        }
        Some(Err(err)) => {
            // The first line says what is wrong; the rest (the hint, the
            // quoted source) does not fit the panel.
            let why = err.to_string();
            let text = t!(
                "compare-cannot-open",
                file = clean(&app.map.based_on),
                why = clean(why.lines().next().unwrap_or_default())
            );
            frame.render_widget(
                Paragraph::new(text)
                    .style(theme.warning())
                    .wrap(Wrap { trim: true })
                    .block(Block::bordered().title(t!("compare-title"))),
                area,
            );
            return;
        }
        Some(Ok(map)) => map,
    };
    let d = diff(before, &app.map);
    let [stages, changes] =
        Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(area);
    let lang = i18n::current();
    let score = |avg: Option<f64>| match avg {
        Some(a) if a > 0.0 => format!("▲ {}", i18n::number::localise(&format!("{a:+.1}"), lang)),
        Some(a) if a < 0.0 => format!("▼ {}", i18n::number::localise(&format!("{a:+.1}"), lang)),
        Some(a) => format!("● {}", i18n::number::localise(&format!("{a:+.1}"), lang)),
        None => "–".to_owned(),
    };
    let rows = d.emotions.iter().map(|e| {
        let change = match (e.before, e.after) {
            (Some(b), Some(a)) if a > b => (t!("compare-better"), theme.key()),
            (Some(b), Some(a)) if a < b => (t!("compare-worse"), theme.warning()),
            (Some(_), Some(_)) => (t!("compare-same"), theme.dim()),
            _ => (String::new(), theme.dim()),
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
    .header(
        Row::new([
            t!("compare-stage"),
            t!("compare-before"),
            t!("compare-after"),
            String::new(),
        ])
        .style(theme.title()),
    )
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
                    t!(
                        "compare-moved",
                        section = section.title.to_string(),
                        name = clean(shown(item))
                    ),
                ),
            };
            lines.push(Line::from(vec![
                Span::styled(format!("{mark} "), style),
                Span::raw(text),
            ]));
        }
    }
    if lines.is_empty() {
        lines.push(Line::styled(t!("compare-nothing-changed"), theme.dim()));
    }
    frame.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(t!("compare-what-changed"))),
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
