//! The app without a terminal: keys sent as messages, the screen drawn on
//! ratatui's test backend and read back as text.

use cjm::tui::app::{App, Effect, Form, Message, Mode};
use cjm::tui::edit::ItemRef;
use cjm::tui::theme::Theme;
use cjm::tui::views;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::Error;

/// The app drawn at `width`×`height` on a test terminal (plain theme).
pub fn terminal(app: &App, width: u16, height: u16) -> Result<Terminal<TestBackend>, Error> {
    let mut terminal = Terminal::new(TestBackend::new(width, height))?;
    terminal.draw(|frame| views::view(app, Theme::plain(), frame))?;
    Ok(terminal)
}

/// The screen as text, one line per row (wide characters once).
pub fn render(app: &App, width: u16, height: u16) -> Result<String, Error> {
    let terminal = terminal(app, width, height)?;
    Ok(views::buffer_text(terminal.backend().buffer()))
}

/// The screen as text with the map's folder (a temporary one, named at
/// random) replaced by a placeholder as wide, so snapshots keep the layout a
/// user sees and do not change from run to run.
pub fn render_placed(app: &App, width: u16, height: u16) -> Result<String, Error> {
    let folder = app
        .path
        .parent()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let placeholder: String = "/tmp/map-folder"
        .chars()
        .chain(std::iter::repeat('_'))
        .take(folder.chars().count())
        .collect();
    Ok(render(app, width, height)?.replace(&folder, &placeholder))
}

/// Selects the field `name` of the open form, as a person would: up to the
/// first field, then down to it.
pub fn select_open_field(app: &mut App, name: &str) -> Result<(), Error> {
    let Mode::Form(form) = &app.mode else {
        return Err(format!("no form open to choose {name}").into());
    };
    let fields = form.fields();
    let index = fields
        .iter()
        .position(|f| *f == name)
        .ok_or(format!("no field {name} in {fields:?}"))?;
    for _ in 0..fields.len() {
        key(app, KeyCode::Up);
    }
    for _ in 0..index {
        key(app, KeyCode::Down);
    }
    Ok(())
}

/// Presses `code` without modifiers.
pub fn key(app: &mut App, code: KeyCode) -> Vec<Effect> {
    with(app, code, KeyModifiers::NONE)
}

/// Presses `code` with `modifiers`.
pub fn with(app: &mut App, code: KeyCode, modifiers: KeyModifiers) -> Vec<Effect> {
    app.update(Message::Key(KeyEvent::new(code, modifiers)))
}

/// Types `text`, a key a character.
pub fn keys(app: &mut App, text: &str) -> Vec<Effect> {
    let mut effects = Vec::new();
    for c in text.chars() {
        effects.extend(key(app, KeyCode::Char(c)));
    }
    effects
}

/// Presses Ctrl and `c`.
pub fn ctrl(app: &mut App, c: char) -> Vec<Effect> {
    with(app, KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// The text a save (to the map's own file or elsewhere) among `effects`
/// would write: the runtime writes `app`'s map as it is when it runs them.
pub fn saved_text(app: &App, effects: &[Effect]) -> Option<String> {
    effects
        .iter()
        .any(|e| matches!(e, Effect::Save { .. } | Effect::SaveTo { .. }))
        .then(|| cjm::format::to_toml(&app.map))
}

/// Presses Ctrl-s and gives the text the save asked for would write.
pub fn saved_text_of_save(app: &mut App) -> Option<String> {
    let effects = ctrl(app, 's');
    saved_text(app, &effects)
}

/// Opens the form of `item` and moves to `field` with ↑/↓, as a user does.
pub fn select_field(app: &mut App, item: ItemRef, field: &str) -> Result<(), Error> {
    app.mode = Mode::Form(Form::new(item));
    let Mode::Form(form) = &app.mode else {
        return Err("no form".into());
    };
    let target = form
        .fields()
        .iter()
        .position(|f| *f == field)
        .ok_or_else(|| format!("{item:?} has no field {field}"))?;
    let start = form.field;
    let step = if target > start {
        KeyCode::Down
    } else {
        KeyCode::Up
    };
    for _ in 0..start.abs_diff(target) {
        key(app, step);
    }
    match &app.mode {
        Mode::Form(form) if form.field_name() == field => Ok(()),
        _ => Err(format!("could not select {field} of {item:?}").into()),
    }
}

/// Carries out a guided session's effects as the runtime would: saves the
/// map (atomically, then tells the app), remembers the session; a quit is
/// fine; anything else is a failure naming the effect.
pub fn run_effects(app: &mut App, effects: Vec<Effect>) -> Result<(), Error> {
    for effect in effects {
        match effect {
            Effect::Save { path } => {
                cjm::format::save_file(&path, &app.map)?;
                app.update(Message::Saved(Ok(())));
            }
            Effect::Remember => app.store.save()?,
            Effect::Quit => {}
            other => return Err(format!("the session asked for {other:?}").into()),
        }
    }
    Ok(())
}
