//! Undo and redo say what they changed, in the status bar of the app
//! (issue #12): the item, the field and its values before and after. In
//! the guided session undo takes back only what the screen shows.

use std::path::PathBuf;

use cjm::model::{Emotion, Id, Map, MapKind, Stage, Touchpoint};
use cjm::tui::action::Action;
use cjm::tui::app::{App, Mode, View};
use cjm::tui::guide::Step;

fn map() -> Map {
    let mut map = Map::new("Sklep", MapKind::CurrentState);
    for (id, name) in [("s-szukanie", "Szukanie"), ("s-zakup", "Zakup")] {
        map.stages.push(Stage {
            id: Id::new(id),
            name: name.to_owned(),
            ..Stage::default()
        });
    }
    map.touchpoints.push(
        Touchpoint {
            id: Id::new("tp-newsletter"),
            stage: Id::new("s-szukanie"),
            name: "Newsletter".to_owned(),
            emotion: Emotion::new(1),
            ..Touchpoint::default()
        }
        .into(),
    );
    map
}

fn app() -> App {
    App::new(map(), PathBuf::from("sklep.toml"))
}

#[test]
fn undo_and_redo_of_an_emotion_name_the_card_and_both_values() {
    let mut app = app();
    app.show_card(0);
    app.action(Action::EmotionVeryPositive);
    assert_eq!(app.map.touchpoints[0].emotion, Emotion::new(2));
    app.action(Action::Undo);
    assert_eq!(app.map.touchpoints[0].emotion, Emotion::new(1));
    assert_eq!(
        app.status,
        "Undone: emotion of touchpoint ‘Newsletter’ +2 → +1"
    );
    app.action(Action::Redo);
    assert_eq!(app.map.touchpoints[0].emotion, Emotion::new(2));
    assert_eq!(
        app.status,
        "Redone: emotion of touchpoint ‘Newsletter’ +1 → +2"
    );
    app.action(Action::Redo);
    assert_eq!(app.status, "Nothing to redo");
}

#[test]
fn undo_of_a_delete_brings_the_card_back_and_says_so() {
    let mut app = app();
    app.show_card(0);
    app.action(Action::Delete);
    assert!(
        matches!(app.mode, Mode::ConfirmDelete { .. }),
        "{:?}",
        app.mode
    );
    app.action(Action::Delete);
    assert!(app.map.touchpoints.is_empty());
    app.action(Action::Undo);
    assert_eq!(app.map.touchpoints.len(), 1);
    assert_eq!(app.status, "Undone: touchpoint ‘Newsletter’ added");
    app.action(Action::Undo);
    assert_eq!(app.status, "Nothing to undo");
}

#[test]
fn the_guided_session_undoes_only_what_the_screen_shows() {
    let mut app = app();
    app.resume_guide(Some(Step::Emotions), &Default::default(), 3);
    assert_eq!(app.view, View::Board);
    app.show_card(0);
    app.action(Action::EmotionVeryNegative);
    assert_eq!(app.map.touchpoints[0].emotion, Emotion::new(-2));
    // On a screen that does not show touchpoints, the change stays.
    app.view = View::Metrics;
    app.action(Action::Undo);
    assert_eq!(app.map.touchpoints[0].emotion, Emotion::new(-2));
    assert_eq!(
        app.status,
        "Not undone: the last change is to a touchpoint, which this screen does not show; show it, then undo again"
    );
    // Back on the board, the room sees the card change back.
    app.view = View::Board;
    app.action(Action::Undo);
    assert_eq!(app.map.touchpoints[0].emotion, Emotion::new(1));
    assert_eq!(
        app.status,
        "Undone: emotion of touchpoint ‘Newsletter’ -2 → +1"
    );
}
