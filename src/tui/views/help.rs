//! The help screen, generated from the keymap: every action with its keys,
//! grouped as in [`crate::tui::action::Action::group`].

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::dialog::centered;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::theme::Theme;

/// The help text: one line per action, under its group's heading.
pub fn lines(app: &App, theme: Theme) -> Vec<Line<'static>> {
    let mut groups: Vec<&str> = Vec::new();
    for action in Action::ALL {
        if !groups.contains(&action.group()) {
            groups.push(action.group());
        }
    }
    let mut lines = Vec::new();
    for group in groups {
        if !lines.is_empty() {
            lines.push(Line::raw(""));
        }
        lines.push(Line::styled(group, theme.title()));
        for action in Action::ALL.iter().filter(|a| a.group() == group) {
            lines.push(Line::from(vec![
                Span::styled(
                    format!("  {:<12}", app.keymap.keys_label(*action)),
                    theme.key(),
                ),
                Span::raw(action.description()),
            ]));
        }
    }
    lines
}

pub fn draw(app: &App, theme: Theme, frame: &mut Frame, area: Rect) {
    let lines = lines(app, theme);
    let one_column = lines.len() as u16 + 2 <= area.height;
    let width = if one_column { 64 } else { 128 };
    let rows = if one_column {
        lines.len()
    } else {
        lines.len().div_ceil(2)
    };
    let rect = centered(area, width, rows as u16 + 2);
    frame.render_widget(Clear, rect);
    // Two columns when the list does not fit the height.
    let block = Block::bordered().title(" Help – ? or Esc closes ");
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    if one_column {
        frame.render_widget(Paragraph::new(lines), inner);
    } else {
        let half = lines.len().div_ceil(2);
        let right = lines[half..].to_vec();
        let left = lines[..half].to_vec();
        let w = inner.width / 2;
        frame.render_widget(
            Paragraph::new(left),
            Rect::new(inner.x, inner.y, w, inner.height),
        );
        frame.render_widget(
            Paragraph::new(right),
            Rect::new(inner.x + w, inner.y, inner.width - w, inner.height),
        );
    }
}
