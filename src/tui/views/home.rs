//! The home screen: a filter line, then recent maps, new maps from a
//! template and the built-in examples, with matched letters highlighted;
//! the file-name prompt when a new map or an example is chosen.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::dialog;
use super::text::{clean, truncate};
use crate::tui::home::Home;
use crate::tui::theme::Theme;

pub fn draw(home: &Home, theme: Theme, frame: &mut Frame) {
    draw_screen(home, theme, frame);
    super::scrub(frame.buffer_mut());
}

fn draw_screen(home: &Home, theme: Theme, frame: &mut Frame) {
    let area = frame.area();
    if area.width < super::MIN_WIDTH || area.height < super::MIN_HEIGHT {
        frame.render_widget(
            Paragraph::new(super::too_small(area.width, area.height))
                .wrap(ratatui::widgets::Wrap { trim: true }),
            area,
        );
        return;
    }
    let [title, filter, list, status] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(1),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(vec![
            Line::styled(" cjm – customer journey mapping", theme.title()),
            Line::styled(
                " Every contact with your company, from the customer's side, with the whole team.",
                theme.dim(),
            ),
        ]),
        title,
    );
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(" Filter › ", theme.key()),
            Span::raw(clean(&home.query)),
            Span::styled("▏", theme.key()),
        ])),
        filter,
    );

    let visible = home.visible();
    let block = Block::bordered();
    let inner = block.inner(list);
    frame.render_widget(block, list);
    let rows = usize::from(inner.height);
    let offset = (home.selected + 1).saturating_sub(rows);
    let text_width = usize::from(inner.width).saturating_sub(14);
    let mut lines = Vec::new();
    for (i, (entry, matched)) in visible.iter().enumerate().skip(offset).take(rows) {
        let (section, text) = entry.describe();
        let selected = i == home.selected;
        let base = if selected {
            theme.selected()
        } else {
            Style::new()
        };
        let mut spans = vec![Span::styled(
            format!(" {section:<11} "),
            base.patch(theme.dim()),
        )];
        let highlight = base.patch(theme.key()).add_modifier(Modifier::UNDERLINED);
        spans.extend(super::matched::spans(
            &truncate(&clean(&text), text_width),
            matched,
            text_width,
            highlight,
            |_| base,
        ));
        lines.push(Line::from(spans));
    }
    if visible.is_empty() {
        lines.push(Line::styled(" Nothing matches the filter.", theme.dim()));
    }
    frame.render_widget(Paragraph::new(lines), inner);
    frame.render_widget(
        Paragraph::new(Line::styled(
            format!(" {}", clean(&home.message.to_string())),
            theme.dim(),
        )),
        status,
    );

    if let Some((entry, editor)) = &home.prompt {
        let (section, text) = entry.describe();
        dialog::prompt(
            frame,
            theme,
            list,
            &format!("{section}: {}", truncate(&clean(&text), 40)),
            "Save the map as (a path; an existing file is never overwritten):",
            editor,
        );
    }
}
