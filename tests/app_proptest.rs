//! Random sessions against the app state: sequences of keys (every bound
//! key, typing in several scripts, editing keys), pastes, mouse clicks and
//! resizes to any size from 1×1 to 400×120, with the runtime's answers to
//! the effects (saves that work, fail or find the file gone; reloads). After
//! every event the app must not have panicked, the screen must draw at the
//! current size, and the map must be valid; at the end, undoing everything
//! must give back the original file, byte for byte.

use cjm::format::{parse, to_toml};
use cjm::model::{Map, validate};
use cjm::tui::action::Action;
use cjm::tui::app::{App, Effect, Message, Mode};
use cjm::tui::disk::{DiskChange, SaveError};
use cjm::tui::keymap::Keymap;
use cjm::tui::theme::Theme;
use cjm::tui::views;
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

/// One thing that happens to the app.
#[derive(Clone, Debug)]
enum Event {
    Key(KeyEvent),
    Paste(String),
    Resize(u16, u16),
    Mouse(MouseEventKind, u16, u16),
}

/// The maps the sessions start from: the examples and a generated one.
fn maps() -> Vec<(String, String)> {
    let mut maps: Vec<(String, String)> = std::fs::read_dir("maps")
        .map(|dir| {
            dir.filter_map(|e| e.ok().map(|e| e.path()))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .filter_map(|p| Some((p.display().to_string(), std::fs::read_to_string(&p).ok()?)))
        .collect();
    maps.sort();
    maps.push((
        "generated".to_owned(),
        to_toml(&cjm_testdata::generate(60, 3)),
    ));
    maps
}

/// Every key the default keymap binds.
fn bound_keys() -> Vec<KeyEvent> {
    let keymap = Keymap::default();
    let mut keys: Vec<KeyEvent> = Action::ALL
        .iter()
        .flat_map(|a| keymap.keys(*a))
        .map(|k| KeyEvent::new(k.code, k.modifiers))
        .collect();
    keys.dedup();
    keys
}

fn key() -> impl Strategy<Value = KeyEvent> {
    let plain = |code| KeyEvent::new(code, KeyModifiers::NONE);
    prop_oneof![
        4 => select(bound_keys()),
        3 => select(vec![
            'a', 'e', 'r', 's', 'z', 'ż', 'ł', 'Ж', 'я', '日', '本', '🎉', ' ', '-', '1', '5',
            ',', '.', ':', '/', '\u{202e}', '\u{1b}',
        ])
        .prop_map(move |c| plain(KeyCode::Char(c))),
        2 => select(vec![
            KeyCode::Enter,
            KeyCode::Esc,
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Backspace,
            KeyCode::Delete,
            KeyCode::Left,
            KeyCode::Right,
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::Home,
            KeyCode::End,
            KeyCode::PageUp,
            KeyCode::PageDown,
            KeyCode::F(12),
        ])
        .prop_map(plain),
        1 => Just(KeyEvent::new(KeyCode::Enter, KeyModifiers::ALT)),
    ]
}

fn event() -> impl Strategy<Value = Event> {
    prop_oneof![
        20 => key().prop_map(Event::Key),
        1 => "[a-zA-Złżó日本🎉 \n\t\u{1b}\u{7}]{0,40}".prop_map(Event::Paste),
        1 => (1u16..=400, 1u16..=120).prop_map(|(w, h)| Event::Resize(w, h)),
        1 => (
            select(vec![
                MouseEventKind::Down(MouseButton::Left),
                MouseEventKind::ScrollDown,
                MouseEventKind::ScrollUp,
            ]),
            0u16..400,
            0u16..120
        )
            .prop_map(|(kind, x, y)| Event::Mouse(kind, x, y)),
    ]
}

/// The runtime's answer to an effect: saves work, fail, or find the file
/// gone, by `luck`; a reload reads `original`.
fn answer(effect: Effect, luck: u8, original: &Map) -> Option<Message> {
    match effect {
        Effect::Save { .. } => Some(match luck % 4 {
            0 => Message::Saved(Err(SaveError::NotWritten("the disk is full".to_owned()))),
            1 => Message::DiskChanged(Box::new(DiskChange::Deleted)),
            2 => Message::DiskChanged(Box::new(DiskChange::Changed {
                map: Ok(Box::new(original.clone())),
                conflict_markers: false,
            })),
            _ => Message::Saved(Ok(())),
        }),
        Effect::SaveTo { path, .. } => Some(Message::SavedTo(path, Ok(()))),
        Effect::Reload => Some(Message::Reloaded(Ok(Box::new(original.clone())))),
        _ => None,
    }
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &App) -> Result<(), TestCaseError> {
    // The figures worked out ahead while the app waits, at every size and
    // on every map, before the frame that may draw from them.
    views::warm(app);
    terminal
        .draw(|frame| views::view(app, Theme::plain(), frame))
        .map(|_| ())
        .map_err(|e| TestCaseError::fail(format!("draw failed: {e}")))
}

fn terminal(width: u16, height: u16) -> Result<Terminal<TestBackend>, TestCaseError> {
    Terminal::new(TestBackend::new(width, height))
        .map_err(|e| TestCaseError::fail(format!("terminal: {e}")))
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 64,
        max_shrink_iters: 2000,
        ..ProptestConfig::default()
    })]

    #[test]
    fn random_sessions_keep_the_map_valid_and_undo_gives_the_file_back(
        which in any::<prop::sample::Index>(),
        size in (1u16..=400, 1u16..=120),
        events in vec((event(), any::<u8>()), 1..80),
    ) {
        let maps = maps();
        let (name, text) = which.get(&maps);
        let original = parse(text).map_err(|d| TestCaseError::fail(format!("{name}: {d:?}")))?;
        prop_assert_eq!(&to_toml(&original), text, "{} is not in canonical form", name);
        let mut app = App::new(original.clone(), std::path::PathBuf::from("map.toml"));
        app.update(Message::Resize(size.0, size.1));
        let mut screen = terminal(size.0, size.1)?;
        draw(&mut screen, &app)?;
        for (step, (event, luck)) in events.into_iter().enumerate() {
            let mut pending = match event {
                Event::Key(key) => app.update(Message::Key(key)),
                Event::Paste(text) => app.update(Message::Paste(text)),
                Event::Resize(w, h) => {
                    screen = terminal(w, h)?;
                    app.update(Message::Resize(w, h))
                }
                Event::Mouse(kind, column, row) => app.update(Message::Mouse(MouseEvent {
                    kind,
                    column,
                    row,
                    modifiers: KeyModifiers::NONE,
                })),
            };
            while let Some(effect) = pending.pop() {
                if let Some(reply) = answer(effect, luck, &original) {
                    pending.extend(app.update(reply));
                }
            }
            let problems = validate(&app.map);
            prop_assert!(problems.is_empty(), "{}: invalid after step {}: {:?}", name, step, problems);
            draw(&mut screen, &app)?;
        }
        // Undo everything: back to the file as it was loaded.
        app.mode = Mode::Normal;
        for _ in 0..10_000 {
            app.action(Action::Undo);
            if app.status == "Nothing to undo" {
                break;
            }
        }
        prop_assert!(to_toml(&app.map) == *text, "{}: undo did not give the file back", name);
    }
}
