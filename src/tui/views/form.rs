//! The form of the selected item: every field with its value, the selected
//! one highlighted, and while it is edited, the editor with what the field
//! takes and what is wrong with the text so far.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::text::{clean, truncate};
use crate::model::FieldValue;
use crate::t;
use crate::tui::app::{App, Form, Mode};
use crate::tui::edit::{self, Input, ItemRef};
use crate::tui::theme::{Theme, emotion_badge};
use crate::tui::words;

/// What a field takes, in a few words, for the line under the editor.
fn input_hint(input: Input) -> String {
    match input {
        Input::Text => t!("input-text"),
        Input::Lines => t!("input-lines"),
        Input::Choice { values, .. } => t!("input-choice", values = values.join(", ")),
        Input::Integer { min, max } if max > 1000 => t!("input-integer-min", min = min),
        Input::Integer { min, max } => t!("input-integer", min = min, max = max),
        Input::Number => t!("input-number"),
        Input::Bool => t!("input-bool"),
        Input::Date => t!("input-date"),
        Input::Reference(kind) => t!("input-reference", kind = words::kind(kind.noun())),
        Input::References(_) => t!("input-references"),
        Input::Evidence => t!("input-evidence"),
        Input::Readings => t!("input-readings"),
        Input::Department => t!("input-department"),
        Input::Actions => t!("input-actions"),
        Input::Links => t!("input-links"),
        Input::Wait => t!("input-wait"),
        Input::ReadOnly => t!("input-read-only"),
    }
}

/// A field's value on one line.
fn shown(item: ItemRef, app: &App, field: &str) -> (String, Style, Theme) {
    let map = &app.map;
    let theme = Theme::plain();
    let value = item.get(map, field);
    if field == "emotion" {
        let emotion = match value {
            Some(FieldValue::Integer(n)) => crate::model::Emotion::new(n),
            _ => None,
        };
        return (emotion_badge(emotion), Style::new(), theme);
    }
    // References show the names of what they refer to, never ids.
    if let Some(names) = crate::tui::app::shown_names(item, field, map, app.departments()) {
        return (clean(&names), Style::new(), theme);
    }
    let text = edit::to_text_in(item.input(field), value.as_ref(), app.departments());
    (clean(&text), Style::new(), theme)
}

pub fn draw(app: &App, theme: Theme, frame: &mut Frame, area: Rect) {
    let Mode::Form(form) = &app.mode else {
        return;
    };
    draw_form(app, form, theme, frame, area);
}

fn draw_form(app: &App, form: &Form, theme: Theme, frame: &mut Frame, area: Rect) {
    let item = form.item;
    if !item.exists(&app.map) {
        return;
    }
    frame.render_widget(Clear, area);
    let kind = words::kind_title(item.noun());
    if let Some(log) = app.shown_log() {
        let id = item.id(&app.map).map(ToString::to_string);
        let title = super::item_log::title(&kind, id.as_deref());
        let block = Block::bordered().title(title).border_style(theme.title());
        let inner = block.inner(area);
        frame.render_widget(block, area);
        super::item_log::draw(log, theme, frame, inner);
        return;
    }
    let title = match item.id(&app.map) {
        Some(id) => format!(" {kind} {id} "),
        None => format!(" {kind} "),
    };
    let block = Block::bordered().title(title).border_style(theme.title());
    let inner = block.inner(area);
    frame.render_widget(block, area);

    let fields = form.fields();
    let editing = form.editor.is_some();
    let editor_rows: u16 = if editing { 7 } else { 0 };
    let room = usize::from(inner.height.saturating_sub(editor_rows));
    let offset = (form.field + 1).saturating_sub(room.max(1));
    let label_width: usize = 16;
    // A label is cut by display width and padded to the column.
    let pad = |label: &str| " ".repeat(label_width.saturating_sub(super::text::width(label)));
    let value_width = usize::from(inner.width).saturating_sub(label_width + 1);
    let mut lines = Vec::new();
    let mut editor_at = None;
    for (i, field) in fields.iter().enumerate().skip(offset) {
        let selected = i == form.field;
        let label = truncate(&crate::tui::app::form_label(item, field), label_width);
        let label_style = if selected {
            theme.selected()
        } else {
            theme.dim()
        };
        let (value, _, _) = shown(item, app, field);
        let value_style = if *field == "emotion" {
            let e = match item.get(&app.map, field) {
                Some(FieldValue::Integer(n)) => crate::model::Emotion::new(n),
                _ => None,
            };
            theme.emotion(e)
        } else {
            Style::new()
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{label}{}", pad(&label)), label_style),
            Span::raw(" "),
            Span::styled(
                truncate(&value.replace('⏎', " ⏎ "), value_width),
                value_style,
            ),
        ]));
        if selected && editing {
            editor_at = Some(lines.len() as u16);
            for _ in 0..editor_rows {
                lines.push(Line::raw(""));
            }
        }
        if lines.len() >= usize::from(inner.height) {
            break;
        }
    }
    super::cells::lines(frame.buffer_mut(), inner, &lines);

    if let (Some(editor), Some(row)) = (&form.editor, editor_at) {
        let input = item.input(form.field_name());
        let rect = Rect::new(inner.x + 1, inner.y + row, inner.width.saturating_sub(2), 5)
            .intersection(inner);
        frame.render_widget(
            Block::new().style(theme.selected().patch(Style::new())),
            rect,
        );
        frame.render_widget(&**editor, rect);
        let (note, style) = match &form.error {
            Some(error) => (format!("✗ {error}"), theme.warning()),
            // A new blueprint action: its text only; the picker asks who.
            None if form.adds_action => (
                t!(
                    "input-new-action",
                    accept = app.keymap.first_key_label(
                        crate::tui::keymap::KeyMode::FormEdit,
                        crate::tui::action::Action::Edit
                    )
                ),
                theme.dim(),
            ),
            None => (format!("✓ {}", input_hint(input)), theme.dim()),
        };
        let note_rect = Rect::new(
            inner.x + 1,
            inner.y + row + 5,
            inner.width.saturating_sub(2),
            2,
        )
        .intersection(inner);
        frame.render_widget(
            Paragraph::new(clean(&note))
                .style(style)
                .wrap(ratatui::widgets::Wrap { trim: true }),
            note_rect,
        );
    }
}
