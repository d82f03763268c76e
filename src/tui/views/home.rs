//! The home screen: a filter line, then recent maps, new maps from a
//! template and the built-in examples, with matched letters highlighted;
//! the file-name prompt when a new map or an example is chosen.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::dialog;
use super::text::{clean, truncate, width};
use crate::t;
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
            Line::styled(
                truncate(&t!("home-title"), usize::from(title.width)),
                theme.title(),
            ),
            Line::styled(
                truncate(&t!("home-tagline"), usize::from(title.width)),
                theme.dim(),
            ),
        ]),
        title,
    );
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(t!("home-filter"), theme.key()),
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
        // The section in a column of 11, cut by display width.
        let section = truncate(&section, 11);
        let pad = " ".repeat(11usize.saturating_sub(width(&section)));
        let mut spans = vec![Span::styled(
            format!(" {section}{pad} "),
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
        lines.push(Line::styled(t!("home-nothing-matches"), theme.dim()));
    }
    super::cells::lines(frame.buffer_mut(), inner, &lines);
    frame.render_widget(
        Paragraph::new(Line::styled(
            truncate(
                &format!(" {}", clean(&home.message.to_string())),
                usize::from(status.width),
            ),
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
            &t!("home-save-as"),
            editor,
        );
    }
}
