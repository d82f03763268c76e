//! The dialogs' keymaps as a user meets them: the recovery copy, the file
//! changed on disk, the merge preview, the difference, the map open in
//! another cjm, and the quit, delete and migrate questions each read their
//! keys in a table of their own, which the config file can change; their
//! help lists those keys; `Esc` always backs out and a stray key never
//! answers yes.

mod common;

use std::path::PathBuf;

use cjm::recovery::Offer;
use cjm::tui::app::{App, Effect, Message, Mode};
use cjm::tui::config;
use cjm::tui::disk::DiskChange;
use ratatui::crossterm::event::KeyCode;

use common::TestResult;
use common::app::{key, keys, render};

fn app() -> App {
    App::new(cjm_testdata::generate(12, 3), PathBuf::from("shop.toml"))
}

/// The app with the config file's `text` applied, with no problem in it.
fn configured(text: &str) -> Result<App, String> {
    let config = config::parse(text, "config.toml");
    if !config.problems.is_empty() {
        return Err(config.problems.join("\n"));
    }
    let mut app = app();
    app.keymap = config.keymap;
    Ok(app)
}

/// A save that found the file on disk changed (another title).
fn disk_changed(app: &mut App) {
    let mut theirs = app.map.clone();
    theirs.title = "Changed elsewhere".to_owned();
    app.update(Message::DiskChanged(Box::new(DiskChange::Changed {
        map: Ok(Box::new(theirs)),
        conflict_markers: false,
    })));
}

/// An unsaved change, as the app makes one (recorded for undo).
fn change_title(app: &mut App) {
    app.history.record(&app.map);
    app.map.title = "Mine".to_owned();
}

fn in_dialog(app: &App) -> bool {
    matches!(app.mode, Mode::Files(_))
}

#[test]
fn a_dialog_key_rebound_in_the_config_answers_and_the_dialog_names_it() -> TestResult {
    let mut app = configured(
        "[keys.changed-on-disk]\nreload = \"R\"\n\n[keys.delete-question]\ndelete = \"y\"\n",
    )?;
    change_title(&mut app);
    disk_changed(&mut app);
    let screen = render(&app, 80, 24)?;
    assert!(screen.contains("R reload from disk"), "{screen}");
    // The old key is not an answer any more: the question stays open.
    assert_eq!(keys(&mut app, "r"), vec![]);
    assert!(in_dialog(&app));
    assert_eq!(app.map.title, "Mine");
    // The new key asks a second time, naming itself, then reloads.
    assert_eq!(keys(&mut app, "R"), vec![]);
    let again = render(&app, 80, 24)?;
    assert!(again.contains("from disk? R reload ·"), "{again}");
    assert_eq!(keys(&mut app, "R"), vec![Effect::Reload]);
    assert!(matches!(app.mode, Mode::Normal));

    // The delete question: `d` on the board asks, `d` again no longer deletes.
    let count = app.map.touchpoints.len();
    keys(&mut app, "d");
    assert!(matches!(app.mode, Mode::ConfirmDelete { .. }));
    let question = render(&app, 80, 24)?;
    assert!(
        question.contains("y delete · any other key: keep it"),
        "{question}"
    );
    keys(&mut app, "d");
    assert!(matches!(app.mode, Mode::Normal));
    assert_eq!(app.map.touchpoints.len(), count, "d is no answer any more");
    keys(&mut app, "dy");
    assert_eq!(app.map.touchpoints.len(), count - 1);
    Ok(())
}

#[test]
fn a_rebound_quit_question_key_quits_and_the_old_one_stays() -> TestResult {
    let mut app = configured("[keys.quit-question]\nquit = \"Q\"\n")?;
    change_title(&mut app);
    keys(&mut app, "q");
    assert!(matches!(app.mode, Mode::ConfirmQuit));
    let question = render(&app, 80, 24)?;
    assert!(question.contains("Q quit without saving"), "{question}");
    assert_eq!(keys(&mut app, "q"), vec![], "q answers no now");
    assert!(matches!(app.mode, Mode::Normal));
    assert_eq!(keys(&mut app, "qQ"), vec![Effect::Quit]);
    Ok(())
}

#[test]
fn help_over_a_dialog_lists_the_dialogs_keys_and_goes_back_to_it() -> TestResult {
    let mut app = app();
    change_title(&mut app);
    disk_changed(&mut app);
    keys(&mut app, "?");
    assert!(matches!(app.mode, Mode::Help { .. }));
    let help = render(&app, 80, 24)?;
    for part in [
        "File changed on disk",
        "Any other key leaves the question open.",
        "Show the difference between the two versions",
        "Reload the file from disk",
    ] {
        assert!(help.contains(part), "{part}\n{help}");
    }
    insta::assert_snapshot!("help_changed_on_disk_80x24", help);
    key(&mut app, KeyCode::Esc);
    assert!(in_dialog(&app), "closing help goes back to the question");
    Ok(())
}

#[test]
fn esc_backs_out_of_every_dialog_without_losing_anything() -> TestResult {
    // The file changed on disk: closes, nothing written, the edit stays.
    let mut app = app();
    change_title(&mut app);
    disk_changed(&mut app);
    assert_eq!(key(&mut app, KeyCode::Esc), vec![]);
    assert!(matches!(app.mode, Mode::Normal));
    assert_eq!(app.map.title, "Mine");

    // The merge preview and the difference go back to the question.
    disk_changed(&mut app);
    keys(&mut app, "m");
    assert!(render(&app, 80, 24)?.contains("merge (keeps both"));
    assert_eq!(key(&mut app, KeyCode::Esc), vec![]);
    assert!(render(&app, 80, 24)?.contains("The file changed on disk"));
    keys(&mut app, "d");
    let difference = render(&app, 80, 24)?;
    assert!(difference.contains("Esc back"), "{difference}");
    key(&mut app, KeyCode::Esc);
    assert!(render(&app, 80, 24)?.contains("The file changed on disk"));

    // "Reload?" asked a second time: Esc and stray keys go back, never reload.
    keys(&mut app, "r");
    assert_eq!(key(&mut app, KeyCode::Esc), vec![]);
    keys(&mut app, "r");
    assert_eq!(keys(&mut app, "z"), vec![]);
    assert!(in_dialog(&app));
    assert_eq!(app.map.title, "Mine");

    // The quit question: Esc stays; a stray key answers no.
    key(&mut app, KeyCode::Esc);
    keys(&mut app, "q");
    assert_eq!(key(&mut app, KeyCode::Esc), vec![]);
    assert!(matches!(app.mode, Mode::Normal));
    keys(&mut app, "q");
    assert_eq!(keys(&mut app, "j"), vec![]);
    assert!(matches!(app.mode, Mode::Normal));

    // The delete question: Esc keeps the item.
    let count = app.map.touchpoints.len();
    keys(&mut app, "d");
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.map.touchpoints.len(), count);

    // Open in another cjm: Esc opens read-only, which cannot save over it.
    app.opened_elsewhere(4242, "10:42".to_owned());
    assert_eq!(keys(&mut app, "z"), vec![], "a stray key keeps asking");
    assert!(in_dialog(&app));
    assert_eq!(key(&mut app, KeyCode::Esc), vec![]);
    assert!(app.read_only);
    Ok(())
}

#[test]
fn a_recovery_copy_waits_for_an_answer_and_discarding_is_asked_twice() -> TestResult {
    let mut app = app();
    let mut copy = app.map.clone();
    copy.title = "Recovered".to_owned();
    app.offer_recovery(Offer {
        recovery: PathBuf::from("copy.toml"),
        map: copy,
        file_is_newer: false,
    });
    let screen = render(&app, 80, 24)?;
    assert!(screen.contains("r restore them"), "{screen}");
    // Esc and stray keys leave the question open.
    assert_eq!(key(&mut app, KeyCode::Esc), vec![]);
    assert_eq!(keys(&mut app, "z"), vec![]);
    assert!(app.recovery_undecided());
    // x asks again; Esc backs out of that; x twice discards.
    keys(&mut app, "x");
    assert!(render(&app, 80, 24)?.contains("for good?"));
    assert_eq!(key(&mut app, KeyCode::Esc), vec![]);
    assert!(app.recovery_undecided());
    assert_eq!(keys(&mut app, "xx"), vec![Effect::DiscardRecovery]);
    assert!(!app.recovery_undecided());
    Ok(())
}

#[test]
fn a_dialogs_table_in_the_config_is_checked_like_any_other() {
    let config = config::parse(
        "[keys.recovery]\nrestor = \"R\"\n\n[keys.quit-question]\nquit = \"hyper-q\"\n",
        "config.toml",
    );
    assert_eq!(config.problems.len(), 2, "{}", config.problems.join("\n"));
    let all = config.problems.join("\n");
    assert!(
        config
            .problems
            .iter()
            .any(|p| p.contains("[keys.recovery]") && p.contains("`restore`")),
        "{all}"
    );
    assert!(
        config
            .problems
            .iter()
            .any(|p| p.contains("[keys.quit-question] quit") && p.contains("hyper-q")),
        "{all}"
    );
    // Nothing was rebound: the defaults stay.
    let mut app = app();
    app.keymap = config.keymap;
    change_title(&mut app);
    keys(&mut app, "q");
    assert_eq!(keys(&mut app, "q"), vec![Effect::Quit]);
}

/// What "save as" (`W`) asks to save to after `typing` in its prompt and
/// Enter: the path, and whether it may replace a file.
fn save_as(typing: impl FnOnce(&mut App)) -> Option<(PathBuf, bool)> {
    let mut app = app();
    keys(&mut app, "W");
    typing(&mut app);
    key(&mut app, KeyCode::Enter)
        .into_iter()
        .find_map(|effect| match effect {
            Effect::SaveTo { path, replace } => Some((path, replace)),
            _ => None,
        })
}

#[test]
fn save_as_offers_the_files_name_selected_so_typing_replaces_it() -> TestResult {
    let mut app = app();
    keys(&mut app, "W");
    let screen = render(&app, 80, 24)?;
    assert!(
        screen.contains("shop.toml"),
        "the name is offered\n{screen}"
    );
    // The note's keys are on its second row, not cut off at 80 columns.
    assert!(screen.contains("Enter saves, Esc cancels"), "{screen}");
    assert_eq!(
        save_as(|app| {
            keys(app, "kopia.toml");
        }),
        Some((PathBuf::from("kopia.toml"), false)),
        "typed over the name offered, never replacing a file"
    );
    Ok(())
}

#[test]
fn an_arrow_in_save_as_keeps_the_name_offered_to_edit_it() {
    let kept = Some((PathBuf::from("shop.toml.bak"), false));
    // → at the end of the name cannot move the cursor, but still keeps it.
    for arrow in [KeyCode::Right, KeyCode::Up, KeyCode::Down, KeyCode::End] {
        let saved = save_as(|app| {
            key(app, arrow);
            keys(app, ".bak");
        });
        assert_eq!(saved, kept, "{arrow:?}");
    }
    // Tab, and pasting when nothing was copied, leave the name as it is.
    let saved = save_as(|app| {
        key(app, KeyCode::Tab);
        common::app::ctrl(app, 'y');
        key(app, KeyCode::Right);
        keys(app, ".bak");
    });
    assert_eq!(saved, kept);
    // Backspace clears the name offered at once.
    let saved = save_as(|app| {
        key(app, KeyCode::Backspace);
        keys(app, "nowa.toml");
    });
    assert_eq!(saved, Some((PathBuf::from("nowa.toml"), false)));
}

/// The name offered is shown selected (reverse video without colours), and
/// no longer once an arrow keeps it to edit.
#[test]
fn the_name_offered_is_shown_selected_until_an_arrow_keeps_it() -> TestResult {
    let mut app = app();
    keys(&mut app, "W");
    // Whether each cell of the name on the screen is drawn reversed.
    let selected = |app: &App| -> Result<Vec<bool>, Box<dyn std::error::Error>> {
        let terminal = common::app::terminal(app, 80, 24)?;
        let buffer = terminal.backend().buffer();
        let area = buffer.area;
        let name: Vec<String> = "shop.toml".chars().map(String::from).collect();
        // Above the status line and the footer, which the plain theme
        // draws reversed too.
        let at = (area.top()..area.bottom().saturating_sub(2))
            .flat_map(|y| (area.left()..area.right()).map(move |x| (x, y)))
            .find(|&(x, y)| {
                name.iter().enumerate().all(|(i, c)| {
                    u16::try_from(i)
                        .ok()
                        .and_then(|i| buffer.cell((x + i, y)))
                        .is_some_and(|cell| cell.symbol() == c)
                })
            })
            .ok_or("the name is on the screen")?;
        Ok((0..9u16)
            .filter_map(|i| buffer.cell((at.0 + i, at.1)))
            .map(|cell| cell.modifier.contains(ratatui::style::Modifier::REVERSED))
            .collect())
    };
    assert_eq!(selected(&app)?, vec![true; 9]);
    key(&mut app, KeyCode::Right);
    assert_eq!(selected(&app)?, vec![false; 9]);
    Ok(())
}
