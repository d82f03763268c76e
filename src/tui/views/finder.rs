//! The finder and command palette overlay: the query, then the results with
//! the matched characters highlighted.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::dialog::centered;
use super::text::{clean, truncate, width};
use crate::tui::finder::Finder;
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, theme: Theme, area: Rect, title: &str, finder: &Finder) {
    let rect = centered(area, 90, area.height.saturating_sub(2).max(8));
    frame.render_widget(Clear, rect);
    let block = Block::bordered().title(title.to_owned());
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let mut lines = vec![
        Line::from(vec![
            Span::styled("› ", theme.key()),
            Span::raw(clean(&finder.query)),
            Span::styled("▏", theme.key()),
        ]),
        Line::styled(format!("{} results", finder.hits.len()), theme.dim()),
    ];
    let room = usize::from(inner.height).saturating_sub(2);
    let offset = (finder.selected + 1).saturating_sub(room);
    let text_width = usize::from(inner.width).saturating_sub(16);
    for (i, hit) in finder.hits.iter().enumerate().skip(offset).take(room) {
        let selected = i == finder.selected;
        let base = if selected {
            theme.selected()
        } else {
            Style::new()
        };
        let highlight = base.patch(theme.key()).add_modifier(Modifier::UNDERLINED);
        let kind = truncate(&hit.kind, 14);
        let mut spans = vec![Span::styled(
            format!("{kind:<14} "),
            base.patch(theme.dim()),
        )];
        let text = clean(&hit.text);
        let mut used = 0;
        for (n, c) in text.chars().enumerate() {
            let w = width(c.encode_utf8(&mut [0; 4]));
            if used + w > text_width {
                spans.push(Span::styled("…", base));
                break;
            }
            used += w;
            let style = if hit.matched.contains(&n) {
                highlight
            } else {
                base
            };
            spans.push(Span::styled(c.to_string(), style));
        }
        lines.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
