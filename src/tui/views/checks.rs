//! The Checks view: unresolved merge conflicts, then the workshop checks'
//! warnings and notes, each with its code, item and hint. Enter jumps to
//! the item, or settles a conflict (keep ours / take theirs).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::text::{clean, truncate, width as text_width};
use crate::check::Severity;
use crate::t;
use crate::tui::app::{App, CheckRow};
use crate::tui::theme::Theme;

pub fn draw(app: &App, theme: Theme, frame: &mut Frame, area: Rect) {
    let rows = app.check_rows();
    let conflicts = rows
        .iter()
        .filter(|r| matches!(r, CheckRow::Conflict(..)))
        .count();
    let warnings = rows
        .iter()
        .filter(|r| matches!(r, CheckRow::Finding(f) if f.code.severity() == Severity::Warning))
        .count();
    let title = t!(
        "checks-view-title",
        conflicts = conflicts,
        warnings = warnings,
        notes = rows.len() - conflicts - warnings
    );
    let [list, detail] = Layout::vertical([Constraint::Min(3), Constraint::Length(4)]).areas(area);
    let block = Block::bordered().title(truncate(&title, usize::from(list.width)));
    let inner = block.inner(list);
    frame.render_widget(block, list);
    let height = usize::from(inner.height);
    let offset = (app.rows.checks + 1).saturating_sub(height);
    let width = usize::from(inner.width);
    let mut lines = Vec::new();
    if rows.is_empty() {
        lines.push(Line::styled(t!("checks-view-passes"), theme.key()));
    }
    for (i, row) in rows.iter().enumerate().skip(offset).take(height) {
        let selected = i == app.rows.checks;
        let (tag, tag_style, text) = match row {
            CheckRow::Conflict(_, text) => (
                t!("checks-view-tag", severity = "conflict"),
                theme.warning(),
                clean(text),
            ),
            CheckRow::Finding(f) => {
                let style = if f.code.severity() == Severity::Warning {
                    theme.warning()
                } else {
                    theme.dim()
                };
                let item = f
                    .item
                    .as_ref()
                    .map_or(String::new(), |id| format!(" ({id})"));
                (
                    t!("checks-view-tag", severity = f.code.severity().as_str()),
                    style,
                    format!("{}{item} [{}]", clean(&f.message), f.code.as_str()),
                )
            }
        };
        let base = if selected {
            theme.selected()
        } else {
            ratatui::style::Style::new()
        };
        lines.push(Line::from(vec![
            Span::styled(
                format!(
                    "{}{}",
                    tag,
                    " ".repeat(9usize.saturating_sub(text_width(&tag)))
                ),
                base.patch(tag_style),
            ),
            Span::styled(
                truncate(&text, width.saturating_sub(9.max(text_width(&tag)))),
                base,
            ),
        ]));
    }
    super::cells::lines(frame.buffer_mut(), inner, &lines);
    let hint = match rows.get(app.rows.checks) {
        Some(CheckRow::Conflict(..)) => {
            t!("checks-view-conflict-hint")
        }
        Some(CheckRow::Finding(f)) => t!("checks-view-hint", hint = clean(&f.hint)),
        None => String::new(),
    };
    frame.render_widget(
        Paragraph::new(Line::styled(hint, theme.dim()))
            .wrap(Wrap { trim: true })
            .block(Block::bordered()),
        detail,
    );
}
