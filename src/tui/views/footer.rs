//! The status bar (file, unsaved marker, view, last message) and the key
//! hints, both generated from the state and the keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::text::{clean, truncate, width};
use crate::t;
use crate::tui::action::Action;
use crate::tui::app::{App, Mode};
use crate::tui::keymap::KeyMode;
use crate::tui::theme::Theme;

pub fn draw_status(app: &App, theme: Theme, frame: &mut Frame, area: Rect) {
    let dirty = if app.history.is_dirty() { " [+]" } else { "" };
    let filter = if app.filter.is_active() {
        t!(
            "footer-filter",
            what = app.filter.describe(&app.map, app.departments())
        )
    } else {
        String::new()
    };
    let conflicts = match app.map.conflicts.len() {
        0 => String::new(),
        n => t!(
            "footer-conflicts",
            count = n,
            keys = app.keymap.keys_label(Action::ViewChecks)
        ),
    };
    let left = format!(
        " {}{dirty} │ {}{filter}{conflicts} │ ",
        app.path.display(),
        app.view.name()
    );
    let room = usize::from(area.width).saturating_sub(width(&left));
    // With no message yet, how to get help here: `?` on the board, F1 in
    // a form or the finder, where `?` is typed; nothing in help itself.
    let help = || match app.key_mode() {
        KeyMode::Help => String::new(),
        mode => app
            .keymap
            .hint_key(mode, Action::Help)
            .map(|key| t!("status-press-help", key = key))
            .unwrap_or_default(),
    };
    let message = if app.status.is_empty() {
        help()
    } else {
        clean(&app.status)
    };
    // While the work is in memory only, the warning stays, before any
    // other message.
    let (warning, status) = match app.safety_warning() {
        Some(warning) => {
            let warning = truncate(&warning, room.saturating_sub(1));
            let rest = room.saturating_sub(1 + width(&warning) + 3);
            let status = if rest > 0 && !message.is_empty() {
                format!(" · {}", truncate(&message, rest))
            } else {
                String::new()
            };
            (warning, status)
        }
        None => (String::new(), truncate(&message, room.saturating_sub(1))),
    };
    let line = Line::from(vec![
        Span::styled(clean(&left), theme.selected()),
        Span::raw(" "),
        Span::styled(warning, theme.warning()),
        Span::raw(status),
    ]);
    super::cells::lines(frame.buffer_mut(), area, std::slice::from_ref(&line));
}

pub fn draw_hints(app: &App, theme: Theme, frame: &mut Frame, area: Rect) {
    let mut spans = Vec::new();
    let mode = app.key_mode();
    // Forms and the guided session say which of their two modes is on:
    // typing edits only in EDIT.
    match mode {
        // In a picker, typing searches the list.
        KeyMode::Picker => spans.push(Span::styled(t!("badge-pick"), theme.selected())),
        KeyMode::Form => spans.push(Span::styled(t!("badge-navigate"), theme.selected())),
        KeyMode::Board if app.guide.is_some() && matches!(app.mode, Mode::Normal) => {
            spans.push(Span::styled(t!("badge-navigate"), theme.selected()))
        }
        KeyMode::FormEdit => spans.push(Span::styled(t!("badge-edit"), theme.selected())),
        _ => {}
    }
    // In the guided session the park key takes the place of find (`/`
    // still finds, and `?` lists it): a room parks ideas more often.
    let guided = app.guide.is_some() && matches!(app.mode, Mode::Normal);
    // A form that shows the item's history: back to the fields, scroll, close.
    let log = matches!(mode, KeyMode::Form) && app.shown_log().is_some();
    // The board's hints only on the board itself: its questions say their keys.
    let hinted: &[Action] = match (&app.mode, mode) {
        _ if log => &[Action::ItemHistory, Action::Down, Action::Cancel],
        (Mode::Normal, _) => mode.hinted(guided),
        (_, KeyMode::Board) => &[],
        _ => mode.hinted(guided),
    };
    // Space marks only in a list field's picker.
    let marking = match &app.mode {
        Mode::Form(form) => form.picker.as_ref().is_some_and(|p| p.multi),
        Mode::CombinePick { picker, .. } => picker.multi,
        _ => false,
    };
    // Whole hints only: one that does not fit is left out, not cut. Where
    // a language's words make the row too long, find, delete and add go
    // first (help lists them), so help, save and quit stay in sight.
    let mut hints: Vec<(Action, Span, Span)> = hinted
        .iter()
        .filter(|action| **action != Action::Mark || marking)
        .filter_map(|action| {
            let label = app.keymap.hint_key(mode, *action)?;
            // The item's history (F2) names its keys for what they do
            // there; a list field's Enter accepts every marked entry.
            let what = match action {
                Action::ItemHistory if log => t!("hint-fields"),
                Action::Down if log => t!("hint-scroll"),
                Action::Cancel if log => t!("hint-back"),
                Action::Edit if marking => t!("hint-accept"),
                action => mode.short(*action),
            };
            Some((
                *action,
                Span::styled(format!(" {label}"), theme.key()),
                Span::raw(format!(" {what} ")),
            ))
        })
        .collect();
    let fixed: usize = spans.iter().map(Span::width).sum();
    // The last hint's trailing space may fall off the edge.
    let mut room = usize::from(area.width) + 1;
    let width_of = |hints: &[(Action, Span, Span)]| -> usize {
        fixed
            + hints
                .iter()
                .map(|(_, k, w)| k.width() + w.width())
                .sum::<usize>()
    };
    // Longer words first lose the second space between hints.
    if width_of(&hints) > room {
        for (_, _, what) in &mut hints {
            let tight = what.content.trim_end().to_owned();
            what.content = tight.into();
        }
        room = usize::from(area.width);
    }
    for spare in [Action::Find, Action::Delete, Action::Add, Action::Undo] {
        if width_of(&hints) <= room {
            break;
        }
        hints.retain(|(action, _, _)| *action != spare);
    }
    let mut used = fixed;
    for (_, key, what) in hints {
        used += key.width() + what.width();
        if used > room {
            break;
        }
        spans.push(key);
        spans.push(what);
    }
    super::cells::lines(frame.buffer_mut(), area, &[Line::from(spans)]);
}
