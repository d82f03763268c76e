//! An item's history in its form (the detail pane): the commits that
//! changed it, newest first, each with what it changed field by field; or
//! that it is being read; or why there is none (the map is not in git).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::text::{clean, truncate};
use crate::history::render;
use crate::t;
use crate::tui::app::{ItemLog, LogState};
use crate::tui::theme::Theme;

/// The title of the form while it shows the history.
pub fn title(noun: &str, id: Option<&str>) -> String {
    let item = match id {
        Some(id) => format!("{noun} {}", clean(id)),
        None => noun.to_owned(),
    };
    format!(" {} ", t!("history-pane-title", item = item))
}

/// Draws the history `log` inside the form's frame `area`.
pub fn draw(log: &ItemLog, theme: Theme, frame: &mut Frame, area: Rect) {
    let width = usize::from(area.width);
    let lines: Vec<Line> = match &log.state {
        LogState::Loading => vec![Line::styled(t!("history-pane-loading"), theme.dim())],
        LogState::Unavailable { problem, hint } => {
            let text = format!("{}\n\n{}", clean(problem), clean(hint));
            frame.render_widget(
                Paragraph::new(text)
                    .style(theme.dim())
                    .wrap(Wrap { trim: true }),
                area,
            );
            return;
        }
        LogState::Loaded(entries) => {
            let mut lines: Vec<Line> = Vec::new();
            if entries.is_empty() {
                lines.push(Line::raw(t!("history-no-change")));
            }
            let skipped = format!("  {}", t!("history-skipped"));
            let text = render::commits(entries, false);
            for line in text.lines().skip_while(|l| l.is_empty()) {
                let shown = truncate(line, width);
                let style = if line.starts_with(&skipped) {
                    theme.warning()
                } else if !line.starts_with(' ') && !line.is_empty() {
                    theme.title()
                } else {
                    ratatui::style::Style::new()
                };
                lines.push(Line::styled(shown, style));
            }
            lines.push(Line::raw(""));
            lines.push(Line::styled(t!("history-pane-uncommitted"), theme.dim()));
            lines
        }
    };
    let room = usize::from(area.height);
    let offset = log.scroll.min(lines.len().saturating_sub(room));
    let shown: Vec<Line> = lines.into_iter().skip(offset).take(room).collect();
    frame.render_widget(Paragraph::new(shown), area);
}
