//! The picker over the form: what is chosen and for which item, the query,
//! for a list field the chosen names as chips, then the choices (names,
//! with a touchpoint's stage dimmed after it), the matched letters
//! underlined, laid out by display width so wide CJK and emoji names line
//! up; "new department…" last where departments are chosen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear};

use super::dialog::centered;
use super::text::{clean, truncate, width};
use crate::t;
use crate::tui::app::{App, Picker};
use crate::tui::edit::ItemRef;
use crate::tui::theme::Theme;
use crate::tui::words;

/// The name of the item the picker fills a field of.
fn item_name(app: &App, item: ItemRef) -> String {
    item.get(&app.map, "name")
        .or_else(|| item.get(&app.map, "title"))
        .and_then(|v| v.as_text().map(str::to_owned))
        .unwrap_or_default()
}

pub fn draw(
    app: &App,
    theme: Theme,
    frame: &mut Frame,
    area: Rect,
    item: ItemRef,
    picker: &Picker,
) {
    // Room for every choice, up to the whole area.
    let wanted = u16::try_from(picker.rows() + 5).unwrap_or(u16::MAX);
    let rect = centered(area, 90, wanted.max(8));
    frame.render_widget(Clear, rect);
    let of = item_name(app, item);
    // A new blueprint action's picker says itself what it asks.
    let title = if picker.action.is_some() {
        picker.title.clone()
    } else if of.trim().is_empty() {
        t!(
            "picker-title-kind",
            field = picker.title.as_str(),
            kind = words::kind(item.noun())
        )
    } else {
        t!(
            "picker-title-item",
            field = picker.title.as_str(),
            name = clean(&of)
        )
    };
    let block = Block::bordered()
        .title(truncate(&title, usize::from(rect.width.saturating_sub(2))))
        .border_style(theme.title());
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let full = usize::from(inner.width);

    if let Some(name) = &picker.naming {
        let lines = vec![
            Line::styled(t!("picker-new-department-name"), theme.dim()),
            Line::from(vec![
                Span::styled("› ", theme.key()),
                Span::raw(clean(name)),
                Span::styled("▏", theme.key()),
            ]),
            Line::raw(""),
            Line::styled(
                truncate(&t!("picker-new-department-keys"), full),
                theme.dim(),
            ),
        ];
        super::cells::lines(frame.buffer_mut(), inner, &lines);
        return;
    }

    let mut lines = vec![Line::from(vec![
        Span::styled("› ", theme.key()),
        Span::raw(clean(&picker.query)),
        Span::styled("▏", theme.key()),
    ])];
    let summary = if picker.multi {
        let names = picker.chosen_names();
        if names.is_empty() {
            t!("picker-none-chosen")
        } else {
            t!(
                "picker-chosen",
                count = names.len(),
                names = clean(&names.join(" · "))
            )
        }
    } else {
        t!("picker-matches", count = picker.hits.len())
    };
    lines.push(Line::styled(truncate(&summary, full), theme.dim()));

    let room = usize::from(inner.height).saturating_sub(2);
    let offset = (picker.selected + 1).saturating_sub(room);
    let kind_width = if picker.mixed { 12 } else { 0 };
    let mark_width = if picker.multi { 4 } else { 2 };
    let text_width = full.saturating_sub(kind_width + mark_width);
    for (i, &choice) in picker.hits.iter().enumerate().skip(offset).take(room) {
        let Some(choice) = picker.choices.get(choice) else {
            continue;
        };
        let selected = i == picker.selected;
        let base = if selected {
            theme.selected()
        } else {
            Style::new()
        };
        let chosen = picker.is_chosen(choice);
        let mark = match (picker.multi, chosen) {
            (true, true) => "[x] ",
            (true, false) => "[ ] ",
            (false, true) => "✓ ",
            (false, false) => "  ",
        };
        let mut spans = vec![Span::styled(mark, base.patch(theme.key()))];
        if picker.mixed {
            let kind = truncate(&words::kind(choice.kind), kind_width - 1);
            spans.push(Span::styled(
                format!("{kind:<0$} ", kind_width - 1),
                base.patch(theme.dim()),
            ));
        }
        spans.extend(text_spans(picker, choice, base, theme, text_width));
        // The highlight runs to the edge of the box.
        let used: usize = spans.iter().map(|s| width(&s.content)).sum();
        if selected && used < full {
            spans.push(Span::styled(" ".repeat(full - used), base));
        }
        lines.push(Line::from(spans));
    }
    if picker.departments && lines.len() < usize::from(inner.height) {
        let selected = picker.on_new_department();
        let style = if selected {
            theme.selected()
        } else {
            theme.key()
        };
        let text = format!("{}{}", " ".repeat(mark_width), t!("picker-new-department"));
        let pad = full.saturating_sub(width(&text));
        let text = if selected {
            format!("{text}{}", " ".repeat(pad))
        } else {
            text
        };
        lines.push(Line::styled(text, style));
    }
    if picker.choices.is_empty() && !picker.departments {
        lines.push(Line::styled(
            truncate(&t!("picker-nothing-to-choose"), full),
            theme.dim(),
        ));
    } else if picker.hits.is_empty() && !picker.departments {
        lines.push(Line::styled(
            truncate(&t!("picker-nothing-matches"), full),
            theme.dim(),
        ));
    }
    super::cells::lines(frame.buffer_mut(), inner, &lines);
}

/// A choice's text cut to `room` columns: the name, then the detail
/// dimmed, the matched characters underlined. Characters of one style
/// share a span while they are ASCII; any other gets a span of its own
/// (a combining mark stays with the character before it), so each is laid
/// out by its display width.
fn text_spans<'a>(
    picker: &Picker,
    choice: &crate::tui::app::Choice,
    base: Style,
    theme: Theme,
    room: usize,
) -> Vec<Span<'a>> {
    let matched = picker.matched(choice);
    let name_chars = choice.text[..choice.name_len().min(choice.text.len())]
        .chars()
        .count();
    let highlight = base.patch(theme.key()).add_modifier(Modifier::UNDERLINED);
    let detail = base.patch(theme.dim());
    // Where the text does not fit, its last column is a `…`.
    let limit = if width(&choice.text) <= room {
        room
    } else {
        room.saturating_sub(1)
    };
    super::matched::spans(&choice.text, &matched, limit, highlight, |n| {
        if n < name_chars { base } else { detail }
    })
}
