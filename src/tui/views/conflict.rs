//! The merge conflict dialog: what the conflict is about, both values with
//! their difference highlighted word by word (a CJK ideograph counts as a
//! word), and the keys that settle it; or, while a combined value is being
//! edited, the editor with what is wrong with its text.
//!
//! The difference is marked twice: in colour, and with `^` under every
//! changed column on the row below, so it shows without colours too. Both
//! are laid out by display width, so wide characters get two marks.

use crate::tui::action::Action;
use crate::tui::keymap::KeyMode;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use ratatui_textarea::TextArea;
use similar::{Algorithm, ChangeTag, TextDiff};

use super::dialog;
use super::text::{clean, width, wrap};
use crate::merge::Side;
use crate::model::Map;
use crate::t;
use crate::tui::app::{App, combinable, side_text};
use crate::tui::theme::Theme;

/// The widest the dialog gets.
const MAX_WIDTH: u16 = 100;
/// The label column: "ours    ", "theirs  ".
const LABEL: usize = 8;
/// The most rows one value takes before it is cut with "…".
const MAX_VALUE_ROWS: usize = 4;

/// A value as runs of text, each marked when it differs from the other side.
type Runs = Vec<(String, bool)>;

/// The two values split into runs: in `ours` the words theirs does not
/// have, in `theirs` the words ours does not have.
pub fn highlight(ours: &str, theirs: &str) -> (Runs, Runs) {
    // Patience anchors on words both sides have once ("boots"), which
    // reads better than the shortest edit script over words and spaces.
    let diff = TextDiff::configure()
        .algorithm(Algorithm::Patience)
        .diff_unicode_words(ours, theirs);
    let (mut a, mut b): (Runs, Runs) = (Vec::new(), Vec::new());
    let push = |runs: &mut Runs, text: &str, changed: bool| match runs.last_mut() {
        Some((last, was)) if *was == changed => last.push_str(text),
        _ => runs.push((text.to_owned(), changed)),
    };
    for change in diff.iter_all_changes() {
        let text = change.value();
        match change.tag() {
            ChangeTag::Equal => {
                push(&mut a, text, false);
                push(&mut b, text, false);
            }
            ChangeTag::Delete => push(&mut a, text, !text.trim().is_empty()),
            ChangeTag::Insert => push(&mut b, text, !text.trim().is_empty()),
        }
    }
    (a, b)
}

/// Lays runs out in rows of at most `room` columns, each followed by a row
/// of `^` under its changed columns (left out when nothing in it changed).
fn rows(label: &str, runs: &Runs, room: usize, changed: Style) -> Vec<Line<'static>> {
    let room = room.max(1);
    // Every row, character by character, each marked when it changed.
    let mut laid: Vec<Vec<(char, bool)>> = vec![Vec::new()];
    let mut used = 0;
    for (text, mark) in runs {
        for c in text.chars() {
            let w = width(c.encode_utf8(&mut [0; 4]));
            if used + w > room {
                laid.push(Vec::new());
                used = 0;
            }
            if let Some(row) = laid.last_mut() {
                row.push((c, *mark));
            }
            used += w;
        }
    }
    let cut = laid.len() > MAX_VALUE_ROWS;
    laid.truncate(MAX_VALUE_ROWS);
    let mut lines = Vec::new();
    let last = laid.len().saturating_sub(1);
    for (i, row) in laid.into_iter().enumerate() {
        let head = if i == 0 {
            // The label in its column, cut and padded by display width.
            let label = crate::text::truncate(label, LABEL.saturating_sub(1));
            format!("{label}{}", " ".repeat(LABEL.saturating_sub(width(&label))))
        } else {
            " ".repeat(LABEL)
        };
        let mut spans = vec![Span::styled(
            head,
            Style::new().add_modifier(Modifier::BOLD),
        )];
        let mut marks = " ".repeat(LABEL);
        let mut any = false;
        for (c, mark) in &row {
            let cell = c.to_string();
            let w = width(&cell);
            marks.push_str(&(if *mark { "^" } else { " " }).repeat(w));
            any |= *mark;
            let style = if *mark { changed } else { Style::new() };
            // Cells of one style make one span (the label keeps its own).
            let len = spans.len();
            match spans.last_mut() {
                Some(span) if len > 1 && span.style == style => {
                    span.content.to_mut().push_str(&cell);
                }
                _ => spans.push(Span::styled(cell, style)),
            }
        }
        if cut && i == last {
            spans.push(Span::raw("…"));
        }
        lines.push(Line::from(spans));
        if any {
            lines.push(Line::raw(marks.trim_end().to_owned()));
        }
    }
    lines
}

/// The lines showing both values of conflict `index`, with differences marked.
fn values(map: &Map, index: usize, room: usize, theme: Theme) -> Vec<Line<'static>> {
    let Some(c) = map.conflicts.get(index) else {
        return Vec::new();
    };
    // A list's elements (one per line in the editor) shown on one line.
    let shown = |side| {
        let text = side_text(map, c, side);
        let text = if text.is_empty() {
            t!("undo-not-set")
        } else {
            text
        };
        clean(&text.lines().collect::<Vec<_>>().join(" · "))
    };
    let (ours, theirs) = (shown(Side::Ours), shown(Side::Theirs));
    let (a, b) = highlight(&ours, &theirs);
    let changed = theme.warning().add_modifier(Modifier::REVERSED);
    let mut lines = rows(
        &t!("conflict-ours"),
        &a,
        room.saturating_sub(LABEL),
        changed,
    );
    lines.extend(rows(
        &t!("conflict-theirs"),
        &b,
        room.saturating_sub(LABEL),
        changed,
    ));
    lines
}

/// The "keep ours / take theirs / edit a combined value" question.
pub fn draw_resolve(app: &App, theme: Theme, frame: &mut Frame, area: Rect, conflict: usize) {
    let width = area.width.min(MAX_WIDTH);
    let room = usize::from(width.saturating_sub(2)).max(1);
    let mut text = header(app, conflict, room);
    text.extend(values(&app.map, conflict, room, theme));
    text.push(Line::raw(""));
    let editable = app
        .map
        .conflicts
        .get(conflict)
        .is_some_and(|c| combinable(&app.map, c).is_some());
    let actions: &[Action] = if editable {
        &[
            Action::TakeOurs,
            Action::TakeTheirs,
            Action::CombineOurs,
            Action::CombineTheirs,
        ]
    } else {
        &[Action::TakeOurs, Action::TakeTheirs]
    };
    let keys = t!(
        "conflict-any-other-key",
        keys = app.keymap.hint_line(KeyMode::Conflict, actions)
    );
    text.extend(
        wrap(&keys, room)
            .into_iter()
            .map(|l| Line::styled(l, theme.key())),
    );
    boxed(frame, theme, area, width, title(app, conflict), text, None);
}

/// Editing a combined value: both values, then the editor and its error.
pub fn draw_combine(
    app: &App,
    theme: Theme,
    frame: &mut Frame,
    area: Rect,
    conflict: usize,
    editor: &TextArea<'static>,
    error: Option<&str>,
) {
    let width = area.width.min(MAX_WIDTH);
    let room = usize::from(width.saturating_sub(2)).max(1);
    let mut text = header(app, conflict, room);
    text.extend(values(&app.map, conflict, room, theme));
    text.push(Line::raw(""));
    text.push(Line::styled(t!("conflict-combined"), theme.title()));
    let editor_at = text.len();
    let editor_rows = editor.lines().len().clamp(1, 4);
    text.extend((0..editor_rows).map(|_| Line::raw("")));
    match error {
        Some(why) => text.extend(
            wrap(&format!("⚠ {}", clean(why)), room)
                .into_iter()
                .map(|l| Line::styled(l, theme.warning())),
        ),
        None => text.push(Line::raw("")),
    }
    text.extend(
        wrap(
            &app.keymap.hint_line(
                KeyMode::Combine,
                &[Action::Edit, Action::NewLine, Action::Cancel],
            ),
            room,
        )
        .into_iter()
        .map(|l| Line::styled(l, theme.key())),
    );
    let editor_rows = u16::try_from(editor_rows).unwrap_or(1);
    boxed(
        frame,
        theme,
        area,
        width,
        title(app, conflict),
        text,
        Some((editor, editor_at, editor_rows)),
    );
}

/// " Merge conflict 2 of 3 ".
fn title(app: &App, conflict: usize) -> String {
    t!(
        "conflict-title",
        number = conflict + 1,
        count = app.map.conflicts.len()
    )
}

/// What the conflict is about, wrapped.
fn header(app: &App, conflict: usize, room: usize) -> Vec<Line<'static>> {
    let about = crate::merge::conflict_messages(&app.map)
        .get(conflict)
        .cloned()
        .unwrap_or_default();
    let mut lines: Vec<Line> = wrap(&clean(&about), room)
        .into_iter()
        .map(Line::raw)
        .collect();
    lines.push(Line::raw(""));
    lines
}

/// The dialog box with its lines, and the editor over the rows kept for it.
fn boxed(
    frame: &mut Frame,
    theme: Theme,
    area: Rect,
    width: u16,
    title: String,
    text: Vec<Line<'static>>,
    editor: Option<(&TextArea<'static>, usize, u16)>,
) {
    let height = u16::try_from(text.len() + 2).unwrap_or(u16::MAX);
    let rect = dialog::centered(area, width, height);
    frame.render_widget(Clear, rect);
    let block = Block::bordered().title(title).border_style(theme.warning());
    let inner = block.inner(rect);
    frame.render_widget(Paragraph::new(text).block(block), rect);
    if let Some((editor, at, rows)) = editor {
        let y = inner.y + u16::try_from(at).unwrap_or(u16::MAX);
        let field = Rect::new(inner.x, y, inner.width, rows).intersection(inner);
        frame.render_widget(editor, field);
    }
}
