//! The status bar (file, unsaved marker, view, last message) and the key
//! hints, both generated from the state and the keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::text::{clean, truncate, width};
use crate::tui::action::Action;
use crate::tui::app::{App, Mode};
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

/// The actions worth hinting at in the current mode.
fn hinted(mode: &Mode) -> &'static [Action] {
    match mode {
        Mode::Normal => &[
            Action::Help,
            Action::Edit,
            Action::Add,
            Action::Delete,
            Action::Find,
            Action::Undo,
            Action::Save,
            Action::Quit,
        ],
        Mode::Form(form) if form.editor.is_none() => &[
            Action::Down,
            Action::Edit,
            Action::Right,
            Action::Delete,
            Action::Undo,
            Action::Cancel,
        ],
        _ => &[],
    }
}

/// Short names for the footer.
fn short(action: Action, mode: &Mode) -> &'static str {
    let in_form = matches!(mode, Mode::Form(_));
    match action {
        Action::Down if in_form => "field",
        Action::Right if in_form => "change",
        Action::Delete if in_form => "clear",
        Action::Edit => "edit",
        Action::Cancel => "close",
        Action::ParkIdea => "park",
        other => other.name(),
    }
}

pub fn draw_hints(app: &App, theme: Theme, frame: &mut Frame, area: Rect) {
    let mut spans = Vec::new();
    let fixed: &[(&str, &str)] = match &app.mode {
        Mode::Form(form) if form.editor.is_some() => &[
            ("Enter", "accept"),
            ("Alt-Enter", "new line"),
            ("Esc", "cancel"),
        ],
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
    let actions: &[Action] = if guided {
        &[
            Action::Help,
            Action::Edit,
            Action::Add,
            Action::Delete,
            Action::Undo,
            Action::ParkIdea,
            Action::Save,
            Action::Quit,
        ]
    } else {
        hinted(&app.mode)
    };
    for action in actions {
        let keys = app.keymap.keys(*action);
        let Some(key) = keys.first() else { continue };
        spans.push(Span::styled(format!(" {}", key.label()), theme.key()));
        spans.push(Span::raw(format!(" {} ", short(*action, &app.mode))));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
