//! The status bar (file, unsaved marker, view, last message) and the key
//! hints, both generated from the state and the keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::text::{clean, truncate, width};
use crate::tui::action::Action;
use crate::tui::app::{App, Mode};
use crate::tui::keymap::KeyMode;
use crate::tui::theme::Theme;

pub fn draw_status(app: &App, theme: Theme, frame: &mut Frame, area: Rect) {
    let dirty = if app.history.is_dirty() { " [+]" } else { "" };
    let filter = if app.filter.is_active() {
        format!(" │ filter: {}", app.filter.describe(&app.map))
    } else {
        String::new()
    };
    let conflicts = match app.map.conflicts.len() {
        0 => String::new(),
        1 => format!(
            " │ ⚡ 1 conflict – {} to resolve",
            app.keymap.keys_label(Action::ViewChecks)
        ),
        n => format!(
            " │ ⚡ {n} conflicts – {} to resolve",
            app.keymap.keys_label(Action::ViewChecks)
        ),
    };
    let left = format!(
        " {}{dirty} │ {}{filter}{conflicts} │ ",
        app.path.display(),
        app.view.name()
    );
    let room = usize::from(area.width).saturating_sub(width(&left));
    // While the work is in memory only, the warning stays, before any
    // other message.
    let (warning, status) = match app.safety_warning() {
        Some(warning) => {
            let warning = truncate(warning, room.saturating_sub(1));
            let rest = room.saturating_sub(1 + width(&warning) + 3);
            let status = if rest > 0 && !app.status.is_empty() {
                format!(" · {}", truncate(&clean(&app.status), rest))
            } else {
                String::new()
            };
            (warning, status)
        }
        None => (
            String::new(),
            truncate(&clean(&app.status), room.saturating_sub(1)),
        ),
    };
    let line = Line::from(vec![
        Span::styled(clean(&left), theme.selected()),
        Span::raw(" "),
        Span::styled(warning, theme.warning()),
        Span::raw(status),
    ]);
    frame.render_widget(Paragraph::new(line), area);
}

pub fn draw_hints(app: &App, theme: Theme, frame: &mut Frame, area: Rect) {
    let mut spans = Vec::new();
    let mode = app.key_mode();
    // Forms and the guided session say which of their two modes is on:
    // typing edits only in EDIT.
    let picking = matches!(&app.mode, Mode::Form(form) if form.picker.is_some());
    match mode {
        // In a picker, typing searches the list.
        KeyMode::Form if picking => spans.push(Span::styled(" PICK ", theme.selected())),
        KeyMode::Form => spans.push(Span::styled(" NAVIGATE ", theme.selected())),
        KeyMode::Board if app.guide.is_some() && matches!(app.mode, Mode::Normal) => {
            spans.push(Span::styled(" NAVIGATE ", theme.selected()))
        }
        KeyMode::FormEdit => spans.push(Span::styled(" EDIT ", theme.selected())),
        _ => {}
    }
    let fixed: &[(&str, &str)] = match &app.mode {
        Mode::Form(form) if form.picker.is_some() => super::picker::hints(form.picker.as_deref()),
        Mode::NewItem { .. } => &[("Enter", "create"), ("Esc", "cancel")],
        Mode::Find(_) | Mode::Palette(_) => &[("↑↓", "choose"), ("Enter", "go"), ("Esc", "close")],
        _ => &[],
    };
    for (key, what) in fixed {
        spans.push(Span::styled(format!(" {key}"), theme.key()));
        spans.push(Span::raw(format!(" {what} ")));
    }
    // In the guided session the park key takes the place of find (`/`
    // still finds, and `?` lists it): a room parks ideas more often.
    let guided = app.guide.is_some() && matches!(app.mode, Mode::Normal);
    // A form that shows the item's history: back to the fields, scroll, close.
    let log = app.shown_log().is_some();
    let hinted: &[Action] = match &app.mode {
        Mode::Form(_) if picking => &[],
        Mode::Form(_) if log => &[Action::ItemHistory, Action::Down, Action::Cancel],
        Mode::Normal | Mode::Form(_) | Mode::Help { .. } => mode.hinted(guided),
        _ => &[],
    };
    // Whole hints only: one that does not fit is left out, not cut.
    let mut used: usize = spans.iter().map(Span::width).sum();
    for action in hinted {
        let keys = app.keymap.keys_in(mode, *action);
        let Some(key) = keys.first() else { continue };
        let key = Span::styled(format!(" {}", key.label()), theme.key());
        let what = match action {
            Action::ItemHistory if log => "fields",
            Action::Down if log => "scroll",
            Action::Cancel if log => "back",
            action => mode.short(*action),
        };
        let what = Span::raw(format!(" {what} "));
        used += key.width() + what.width();
        if used > usize::from(area.width) + 1 {
            break;
        }
        spans.push(key);
        spans.push(what);
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
