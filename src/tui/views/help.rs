//! The help screen, generated from the keymap of the mode it was opened
//! from: every bound action with its keys, grouped as in
//! [`crate::tui::action::Action::group`]. Two columns when the screen is wide
//! and tall enough for all of it; otherwise one column that scrolls, with its
//! position on the last line. Columns are as wide as their widest line, so
//! they never run into each other.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::dialog::centered;
use super::text::{truncate, width};
use crate::t;
use crate::tui::action::{Action, group_title};
use crate::tui::app::{App, Mode};
use crate::tui::keymap::KeyMode;
use crate::tui::theme::Theme;

/// Space between the two columns.
const GAP: u16 = 3;

/// One line of help: a heading, a key with what it does, or a blank.
enum Entry {
    Blank,
    Heading(String),
    Text(String),
    Key(String, String),
}

fn entries(app: &App) -> Vec<Entry> {
    let mode = app.help_mode();
    let actions = app.keymap.actions(mode);
    let mut groups: Vec<&str> = Vec::new();
    for action in &actions {
        if !groups.contains(&action.group()) {
            groups.push(action.group());
        }
    }
    let mut out = Vec::new();
    if !mode.about().is_empty() {
        out.push(Entry::Heading(mode.title()));
        out.push(Entry::Text(mode.about()));
    }
    for group in groups {
        if !out.is_empty() {
            out.push(Entry::Blank);
        }
        out.push(Entry::Heading(group_title(group)));
        for action in actions.iter().filter(|a| a.group() == group) {
            out.push(Entry::Key(
                app.keymap.keys_label_in(mode, *action),
                mode.describe(*action),
            ));
        }
    }
    out
}

/// The help text, each line at most `max` columns wide.
fn lines(app: &App, theme: Theme, max: usize) -> Vec<Line<'static>> {
    let entries = entries(app);
    let key_width = entries
        .iter()
        .map(|e| match e {
            Entry::Key(keys, _) => width(keys),
            _ => 0,
        })
        .max()
        .unwrap_or(0);
    let mut out = Vec::new();
    for entry in entries {
        match entry {
            Entry::Blank => out.push(Line::raw("")),
            Entry::Heading(text) => out.push(Line::styled(truncate(&text, max), theme.title())),
            Entry::Text(text) => out.extend(wrap(&text, max.max(8)).into_iter().map(Line::raw)),
            Entry::Key(keys, what) => {
                // The key column, then the description wrapped to what is left.
                let keys = format!("  {keys}{}  ", " ".repeat(key_width - width(&keys)));
                let room = max.saturating_sub(width(&keys)).max(8);
                let mut first = true;
                for part in wrap(&what, room) {
                    let lead = if first {
                        Span::styled(keys.clone(), theme.key())
                    } else {
                        Span::raw(" ".repeat(width(&keys)))
                    };
                    first = false;
                    out.push(Line::from(vec![lead, Span::raw(part)]));
                }
            }
        }
    }
    out
}

/// `text` in lines of at most `max` columns, broken at spaces.
fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        if !line.is_empty() && width(&line) + 1 + width(word) > max {
            // A word wider than the column is cut with "…", never spilled.
            out.push(truncate(&std::mem::take(&mut line), max));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    out.push(truncate(&line, max));
    out
}

/// How the help is laid out in `area`.
struct Layout {
    rect: Rect,
    lines: Vec<Line<'static>>,
    /// Where the right column starts; `None`: one column.
    split: Option<usize>,
    /// Lines shown at once (per column).
    visible: usize,
}

/// The narrowest a column of two may be.
const MIN_COLUMN: u16 = 36;

fn layout(app: &App, theme: Theme, area: Rect) -> Layout {
    let widest = |lines: &[Line]| lines.iter().map(Line::width).max().unwrap_or(0) as u16;
    let inner_height = usize::from(area.height.saturating_sub(2));
    let lines = lines(app, theme, usize::from(area.width.saturating_sub(2)));
    let natural = widest(&lines);
    if lines.len() <= inner_height {
        let rect = centered(area, natural + 2, lines.len() as u16 + 2);
        let visible = lines.len();
        return Layout {
            rect,
            lines,
            split: None,
            visible,
        };
    }
    // Two columns, each as wide as its widest line (wrapped to half the
    // screen at most), split at a blank line near the middle.
    let half = natural.min(area.width.saturating_sub(2 + GAP) / 2);
    if half >= MIN_COLUMN {
        let two = self::lines(app, theme, usize::from(half));
        let column = widest(&two);
        let split = (1..two.len())
            .filter(|i| two[*i - 1].width() == 0)
            .min_by_key(|i| i.max(&(two.len() - i)).to_owned())
            .unwrap_or(two.len().div_ceil(2));
        let rows = split.max(two.len() - split);
        if rows <= inner_height {
            let rect = centered(area, 2 * column + GAP + 2, rows as u16 + 2);
            return Layout {
                rect,
                lines: two,
                split: Some(split),
                visible: rows,
            };
        }
    }
    // One column that scrolls; its last line says where it is.
    let rect = centered(area, natural + 2, area.height);
    Layout {
        rect,
        lines,
        split: None,
        visible: inner_height.saturating_sub(1).max(1),
    }
}

/// How far the help can scroll at the app's terminal size.
pub fn max_scroll(app: &App) -> usize {
    let layout = layout(app, Theme::plain(), super::body_of(app.size));
    if layout.split.is_some() {
        return 0;
    }
    layout.lines.len().saturating_sub(layout.visible)
}

pub fn draw(app: &App, theme: Theme, frame: &mut Frame, area: Rect) {
    let Layout {
        rect,
        lines,
        split,
        visible,
    } = layout(app, theme, area);
    let scroll = match &app.mode {
        Mode::Help { scroll, .. } => *scroll,
        _ => 0,
    }
    .min(lines.len().saturating_sub(visible));
    frame.render_widget(Clear, rect);
    // A wide character just left of the box would cover its left border.
    if rect.x > area.x {
        let buf = frame.buffer_mut();
        for y in rect.top()..rect.bottom() {
            let cell = &mut buf[(rect.x - 1, y)];
            if super::text::width(cell.symbol()) > 1 {
                cell.set_symbol(" ");
            }
        }
    }
    let mode = app.help_mode();
    let mut closing = app.keymap.keys_in(KeyMode::Help, Action::Help);
    closing.extend(app.keymap.keys_in(KeyMode::Help, Action::Cancel));
    let close: Vec<String> = closing.into_iter().map(|k| k.label()).collect();
    let close = close.join(&t!("help-or"));
    let title = match mode {
        KeyMode::Board => t!("help-title", close = close),
        other => t!("help-title-mode", mode = other.title(), close = close),
    };
    let block = Block::bordered().title(truncate(&title, usize::from(rect.width)));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    if let Some(half) = split {
        let w = (inner.width.saturating_sub(GAP)) / 2;
        let right = lines[half..].to_vec();
        let left = lines[..half].to_vec();
        frame.render_widget(
            Paragraph::new(left),
            Rect::new(inner.x, inner.y, w, inner.height),
        );
        frame.render_widget(
            Paragraph::new(right),
            Rect::new(
                inner.x + w + GAP,
                inner.y,
                inner.width.saturating_sub(w + GAP),
                inner.height,
            ),
        );
        return;
    }
    let total = lines.len();
    let shown: Vec<Line> = lines.into_iter().skip(scroll).take(visible).collect();
    frame.render_widget(
        Paragraph::new(shown),
        Rect::new(inner.x, inner.y, inner.width, visible as u16),
    );
    if total > visible {
        let last = (scroll + visible).min(total);
        let down = app.keymap.keys_label_in(KeyMode::Help, Action::Down);
        let up = app.keymap.keys_label_in(KeyMode::Help, Action::Up);
        let position = if last < total {
            t!(
                "help-lines-more",
                first = scroll + 1,
                last = last,
                total = total,
                keys = down
            )
        } else {
            t!(
                "help-lines-end",
                first = scroll + 1,
                last = last,
                total = total,
                keys = up
            )
        };
        frame.render_widget(
            Paragraph::new(Line::styled(
                truncate(&position, usize::from(inner.width)),
                theme.key(),
            )),
            Rect::new(inner.x, inner.y + visible as u16, inner.width, 1),
        );
    }
}
