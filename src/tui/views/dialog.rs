//! Small centred dialogs (confirmations).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use ratatui_textarea::TextArea;

use crate::tui::theme::Theme;

/// A rectangle of at most `width`×`height` in the middle of `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// A question with its explanation lines and the keys that answer it.
pub fn confirm(
    frame: &mut Frame,
    theme: Theme,
    area: Rect,
    title: &str,
    lines: &[String],
    keys: &str,
) {
    // The height the text takes once wrapped, by display width.
    let width = 64.min(area.width).saturating_sub(2).max(1);
    let rows: usize = lines
        .iter()
        .chain(std::iter::once(&keys.to_owned()))
        .map(|l| super::text::wrap(l, usize::from(width)).len())
        .sum();
    let height = u16::try_from(rows + 3).unwrap_or(u16::MAX);
    let rect = centered(area, 64, height);
    let mut text: Vec<Line> = lines.iter().map(|l| Line::raw(l.clone())).collect();
    text.push(Line::raw(""));
    text.push(Line::styled(keys.to_owned(), theme.key()));
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(text).wrap(Wrap { trim: false }).block(
            Block::bordered()
                .title(format!(" {title} "))
                .border_style(theme.warning()),
        ),
        rect,
    );
}

/// A one-line text prompt: a title, an explanation and the editor.
pub fn prompt(
    frame: &mut Frame,
    theme: Theme,
    area: Rect,
    title: &str,
    note: &str,
    editor: &TextArea<'static>,
) {
    let rect = centered(area, 64, 6);
    frame.render_widget(Clear, rect);
    let block = Block::bordered()
        .title(format!(" {title} "))
        .border_style(theme.title());
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    // Two rows for the note, the second the one above the editor: a
    // narrow screen still shows the keys at its end.
    frame.render_widget(
        Paragraph::new(Line::styled(note.to_owned(), theme.dim())).wrap(Wrap { trim: true }),
        Rect { height: 2, ..inner }.intersection(inner),
    );
    let field = Rect::new(inner.x, inner.y + 2, inner.width, 1).intersection(inner);
    // The editor itself is drawn first: the widget remembers in it how far
    // it scrolled and how wide the field is, which its keys go by.
    frame.render_widget(editor, field);
    if editor.is_selecting() {
        // A text offered selected (typing replaces it), drawn again over
        // it in the theme's colours (reverse video with `NO_COLOR`).
        let mut offered = editor.clone();
        offered.set_selection_style(theme.selected());
        frame.render_widget(&offered, field);
    }
}
