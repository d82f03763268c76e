//! The file changed on disk while the app has unsaved edits: the three-way
//! merge offered next to "keep mine" and "take theirs", the undo barrier
//! after a reload or a merge, the conflict badges on the board and their
//! count in the status bar, and the conflict dialog with its highlighted
//! differences and combined value. Driven with messages against the app
//! state and drawn into ratatui's `TestBackend`.

mod common;

use std::path::PathBuf;

use cjm::format::{parse, to_toml};
use cjm::merge;
use cjm::model::{FieldValue, Map};
use cjm::tui::app::{App, Effect, Message, Mode};
use cjm::tui::disk::{DiskChange, Fingerprint};
use cjm::tui::theme::Theme;
use cjm::tui::views;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;
use ratatui::style::Modifier;

use common::TestResult;
use common::app::{ctrl, key, keys, render as screen, saved_text, saved_text_of_save};

/// A small map: two stages, three touchpoints, a metric.
const BASE: &str = r#"schema = 1
title = "Księgarnia – zamówienie online"
kind = "current-state"

[[personas]]
id = "pe-ola"
name = "Ola"
primary = true

[[stages]]
id = "st-find"
name = "Find a book"

[[stages]]
id = "st-pay"
name = "Pay"

[[touchpoints]]
id = "tp-search"
stage = "st-find"
name = "Search the catalogue"
channel = "web"
emotion = 1

[[touchpoints]]
id = "tp-card"
stage = "st-pay"
name = "Pay by card at the till"
emotion = -1

[[touchpoints]]
id = "tp-receipt"
stage = "st-pay"
name = "Receipt by e-mail"

[[metrics]]
id = "me-conversion"
name = "Checkout conversion"
kind = "conversion"
links = ["st-pay"]
"#;

fn base() -> Result<Map, Box<dyn std::error::Error>> {
    Ok(parse(BASE).map_err(|d| format!("{d:?}"))?)
}

/// The pulled version: a colleague added a touchpoint, deleted the
/// metric, and renamed the card we rename too (a conflict).
fn pulled(base: &Map, rename: bool) -> Map {
    let mut theirs = base.clone();
    let mut added = theirs.touchpoints[2].clone();
    added.id = cjm::model::Id::new("tp-blik");
    added.name = "Zapłać BLIKiem".to_owned();
    theirs.touchpoints.insert(2, added);
    theirs.metrics.clear();
    if rename {
        theirs.touchpoints[1].name = "Pay by phone at the till".to_owned();
    }
    theirs
}

/// The app with our edits: the card renamed, the first one rated +2.
fn edited() -> Result<App, Box<dyn std::error::Error>> {
    let mut app = App::new(base()?, PathBuf::from("shop.toml"));
    edit(&mut app, |map| {
        map.touchpoints[1].name = "Pay by card or cash at the till".to_owned();
    });
    edit(&mut app, |map| {
        map.touchpoints[0].emotion = cjm::model::Emotion::new(2)
    });
    Ok(app)
}

/// An edit as the app makes one: recorded for undo first.
fn edit(app: &mut App, change: impl FnOnce(&mut Map)) {
    app.history.record(&app.map);
    change(&mut app.map);
    app.update(Message::Resize(80, 24));
}

/// A save that found `theirs` on disk.
fn disk_changed(app: &mut App, theirs: &Map) {
    app.update(Message::DiskChanged(Box::new(DiskChange::Changed {
        map: Ok(Box::new(theirs.clone())),
        conflict_markers: false,
    })));
}

/// Answers the merge preview, carrying out the runtime's part: the file
/// read again, and its fingerprint adopted.
fn merge_with(app: &mut App, theirs: &Map) -> Vec<Effect> {
    let effects = keys(app, "m");
    assert_eq!(effects, vec![Effect::ReadForMerge], "{}", app.status);
    let text = to_toml(theirs);
    let fingerprint = Fingerprint::of(text.as_bytes());
    let effects = app.update(Message::ReadForMerge(Ok((
        Box::new(theirs.clone()),
        fingerprint,
    ))));
    assert_eq!(effects, vec![Effect::Adopt(fingerprint)], "{}", app.status);
    effects
}

#[test]
fn the_merge_offer_shows_what_comes_from_where_and_the_conflict() -> TestResult {
    let mut app = edited()?;
    let theirs = pulled(&base()?, true);
    disk_changed(&mut app, &theirs);
    let offer = screen(&app, 80, 24)?;
    assert!(offer.contains("m merge both"), "{offer}");
    insta::assert_snapshot!("disk_changed_80x24", offer);
    keys(&mut app, "m");
    assert!(matches!(app.mode, Mode::Files(_)));
    let narrow = screen(&app, 80, 24)?;
    assert!(narrow.contains("From the file on disk"), "{narrow}");
    assert!(narrow.contains("1 conflict"), "{narrow}");
    insta::assert_snapshot!("merge_offer_80x24", narrow);
    let wide = screen(&app, 200, 50)?;
    for part in [
        "From the file on disk",
        "tp-blik",
        "me-conversion",
        "From your unsaved edits",
        "Pay by card or cash",
        "Conflicts (1)",
    ] {
        assert!(wide.contains(part), "{part} missing:\n{wide}");
    }
    insta::assert_snapshot!("merge_offer_200x50", wide);
    // Esc goes back to the question; nothing changed.
    key(&mut app, KeyCode::Esc);
    assert!(screen(&app, 80, 24)?.contains("m merge both"));
    Ok(())
}

#[test]
fn merging_keeps_both_and_undo_does_not_revert_the_pull() -> TestResult {
    let mut app = edited()?;
    let theirs = pulled(&base()?, false);
    disk_changed(&mut app, &theirs);
    keys(&mut app, "m");
    merge_with(&mut app, &theirs);
    assert!(matches!(app.mode, Mode::Normal));
    assert!(app.status.starts_with("Merged"), "{}", app.status);

    // Undo does not cross the merge: Ctrl-s writes both sides' work.
    keys(&mut app, "u");
    assert!(
        app.status.contains("undo stops at the merge"),
        "{}",
        app.status
    );
    let saved =
        parse(&saved_text_of_save(&mut app).ok_or("no save")?).map_err(|d| format!("{d:?}"))?;
    let names: Vec<&str> = saved.touchpoints.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Search the catalogue",
            "Pay by card or cash at the till",
            "Zapłać BLIKiem",
            "Receipt by e-mail"
        ]
    );
    assert!(saved.metrics.is_empty(), "their deletion stays deleted");
    assert_eq!(saved.touchpoints[0].emotion.map(|e| e.get()), Some(2));
    assert!(saved.conflicts.is_empty());
    Ok(())
}

#[test]
fn undo_after_a_reload_never_brings_the_old_version_back() -> TestResult {
    let mut app = edited()?;
    let theirs = pulled(&base()?, false);
    disk_changed(&mut app, &theirs);
    assert_eq!(keys(&mut app, "rr"), vec![Effect::Reload]);
    app.update(Message::Reloaded(Ok(Box::new(theirs.clone()))));
    assert_eq!(app.map, theirs);
    assert!(!app.history.is_dirty());
    keys(&mut app, "uuu");
    assert_eq!(app.map, theirs, "undo did not revert the reload");
    assert!(
        app.status.contains("reload from disk"),
        "the barrier is named: {}",
        app.status
    );
    // An edit after the reload undoes back to the reload, no further.
    keys(&mut app, "*");
    keys(&mut app, "uu");
    assert_eq!(app.map, theirs);
    let effects = ctrl(&mut app, 's');
    let saved =
        parse(&saved_text(&app, &effects).ok_or("no save")?).map_err(|d| format!("{d:?}"))?;
    assert_eq!(saved, theirs, "Ctrl-s writes the pulled version back");
    Ok(())
}

/// The app after merging a pull that renamed the card we renamed.
fn conflicted() -> Result<App, Box<dyn std::error::Error>> {
    let mut app = edited()?;
    let theirs = pulled(&base()?, true);
    disk_changed(&mut app, &theirs);
    keys(&mut app, "m");
    merge_with(&mut app, &theirs);
    assert_eq!(app.map.conflicts.len(), 1, "{}", app.status);
    Ok(app)
}

#[test]
fn conflicts_are_badged_on_the_board_and_counted_in_the_status_bar() -> TestResult {
    let mut app = conflicted()?;
    // A second conflict, on a stage.
    app.map.conflicts.push(cjm::model::Conflict::new(
        "st-pay",
        "name",
        cjm::model::ConflictKind::BothChanged,
        Some(FieldValue::Text("Pay".to_owned())),
        Some(FieldValue::Text("Checkout".to_owned())),
    ));
    for (w, h) in [(80, 24), (200, 60)] {
        let board = screen(&app, w, h)?;
        assert!(board.contains("⚡ 2 conflicts – 8 to resolve"), "{board}");
        assert!(board.contains("⚡1 Pay by card or cash"), "{board}");
        assert!(board.contains("⚡Pay"), "{board}");
        insta::assert_snapshot!(format!("board_conflicts_{w}x{h}"), board);
    }
    // The form of a badged card says where to settle its conflict.
    keys(&mut app, "l");
    key(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Form(_)));
    assert_eq!(
        app.status,
        "⚡ This touchpoint has 1 unresolved merge conflict: 8 lists it to settle"
    );
    key(&mut app, KeyCode::Esc);
    // Items outside the board's cards carry the badge in their views.
    app.map.conflicts.push(cjm::model::Conflict::new(
        "pe-ola",
        "name",
        cjm::model::ConflictKind::BothChanged,
        Some(FieldValue::Text("Ola".to_owned())),
        Some(FieldValue::Text("Aleksandra".to_owned())),
    ));
    keys(&mut app, "4");
    assert!(screen(&app, 80, 24)?.contains("⚡Ola"));
    keys(&mut app, "1");
    app.map.conflicts.pop();
    // One conflict: singular.
    app.map.conflicts.pop();
    assert!(screen(&app, 80, 24)?.contains("⚡ 1 conflict – 8 to resolve"));
    Ok(())
}

/// Opens the conflict dialog from the Checks view.
fn open_conflict(app: &mut App) {
    keys(app, "8");
    key(app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Resolve { conflict: 0 }));
}

#[test]
fn the_conflict_dialog_marks_the_differing_words() -> TestResult {
    let mut app = conflicted()?;
    open_conflict(&mut app);
    let narrow = screen(&app, 80, 24)?;
    assert!(
        narrow.contains("ours    Pay by card or cash at the till"),
        "{narrow}"
    );
    assert!(
        narrow.contains("theirs  Pay by phone at the till"),
        "{narrow}"
    );
    insta::assert_snapshot!("conflict_dialog_80x24", narrow);
    insta::assert_snapshot!("conflict_dialog_200x50", screen(&app, 200, 50)?);

    // The marks sit under the changed words only, and those cells are highlighted.
    let lines: Vec<&str> = narrow.lines().collect();
    let row = lines
        .iter()
        .position(|l| l.contains("theirs  Pay by phone"))
        .ok_or("no theirs row")?;
    let value_at = lines[row].find("Pay by phone").ok_or("no value")?;
    let marks = lines[row + 1];
    let phone = lines[row].find("phone").ok_or("no phone")?;
    assert_eq!(marks.find('^'), Some(phone), "{marks}");
    assert_eq!(marks.rfind('^'), Some(phone + "phone".len() - 1), "{marks}");
    assert!(value_at < phone);

    let mut terminal = Terminal::new(TestBackend::new(80, 24))?;
    terminal.draw(|frame| views::view(&app, Theme::plain(), frame))?;
    let buffer = terminal.backend().buffer();
    let y = u16::try_from(row)?;
    let reversed = |text: &str| -> Result<bool, Box<dyn std::error::Error>> {
        let x = lines[row].find(text).ok_or("missing")?;
        Ok(buffer[(u16::try_from(x)?, y)]
            .modifier
            .contains(Modifier::REVERSED))
    };
    assert!(reversed("phone")?);
    assert!(!reversed("Pay by")?);
    Ok(())
}

#[test]
fn differences_are_found_by_display_width_in_every_script() {
    let (a, b) = views::conflict_highlight("Zapłać kartą 🙂 東京駅", "Zapłać BLIKiem 🙂 京都駅");
    let changed = |runs: &[(String, bool)]| -> Vec<String> {
        runs.iter()
            .filter(|(_, c)| *c)
            .map(|(t, _)| t.clone())
            .collect()
    };
    assert_eq!(changed(&a), ["kartą", "東"]);
    assert_eq!(changed(&b), ["BLIKiem", "都"]);
    // The words left unmarked are the longest run both sides share (three
    // words here, not two: spaces do not count as common ground).
    let (a, b) = views::conflict_highlight(
        "Shopping ad – boots for wet trails",
        "Shopping ad for waterproof walking boots",
    );
    let kept = |runs: &[(String, bool)]| -> Vec<String> {
        runs.iter()
            .filter(|(_, c)| !*c)
            .flat_map(|(t, _)| t.split_whitespace().map(str::to_owned).collect::<Vec<_>>())
            .collect()
    };
    assert_eq!(kept(&a), kept(&b));
    assert_eq!(kept(&a).len(), 3, "{:?}", kept(&a));
}

#[test]
fn a_combined_value_settles_the_conflict_and_is_saved() -> TestResult {
    let mut app = conflicted()?;
    open_conflict(&mut app);
    keys(&mut app, "E"); // edit, starting from theirs
    assert!(matches!(app.mode, Mode::Combine { .. }));
    // Make "Pay by phone or card at the till".
    for _ in 0.." at the till".chars().count() {
        key(&mut app, KeyCode::Left);
    }
    keys(&mut app, " or card");
    let editing = screen(&app, 80, 24)?;
    assert!(
        editing.contains("Pay by phone or card at the till"),
        "{editing}"
    );
    insta::assert_snapshot!("combine_80x24", editing);
    insta::assert_snapshot!("combine_200x50", screen(&app, 200, 50)?);

    // An invalid value is refused and shown, nothing is settled.
    let mut empty = conflicted()?;
    open_conflict(&mut empty);
    keys(&mut empty, "e");
    for _ in 0..40 {
        key(&mut empty, KeyCode::Backspace);
    }
    key(&mut empty, KeyCode::Enter);
    assert_eq!(empty.map.conflicts.len(), 1);
    assert!(empty.status.starts_with("Not settled"), "{}", empty.status);
    assert!(screen(&empty, 80, 24)?.contains("⚠"));

    key(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal), "{}", app.status);
    let saved =
        parse(&saved_text_of_save(&mut app).ok_or("no save")?).map_err(|d| format!("{d:?}"))?;
    assert!(saved.conflicts.is_empty(), "the conflict is settled");
    assert_eq!(
        saved.touchpoints[1].name,
        "Pay by phone or card at the till"
    );
    assert_eq!(
        saved.touchpoints[2].name, "Zapłać BLIKiem",
        "the pull is kept"
    );
    // Undo brings the conflict back, as with keep ours / take theirs.
    keys(&mut app, "u");
    assert_eq!(app.map.conflicts.len(), 1);
    Ok(())
}

#[test]
fn resolve_with_stores_the_value_or_changes_nothing() -> TestResult {
    let app = conflicted()?;
    let mut map = app.map.clone();
    merge::resolve_with(
        &mut map,
        0,
        Some(FieldValue::Text("Pay at the till".to_owned())),
    )?;
    assert!(map.conflicts.is_empty());
    assert_eq!(map.touchpoints[1].name, "Pay at the till");

    let mut map = app.map.clone();
    let err = merge::resolve_with(&mut map, 0, None)
        .err()
        .ok_or("accepted")?;
    assert!(err.to_string().contains("invalid"), "{err}");
    assert_eq!(map, app.map, "a refused value changes nothing");
    let err = merge::resolve_with(&mut map, 5, None)
        .err()
        .ok_or("accepted")?;
    assert!(err.to_string().contains("no conflict #6"), "{err}");
    Ok(())
}

#[test]
fn a_combined_reference_is_picked_not_typed() -> TestResult {
    let mut app = conflicted()?;
    let stage = |id: &str| Some(FieldValue::Text(id.to_owned()));
    edit(&mut app, |map| {
        map.conflicts = vec![cjm::model::Conflict::new(
            "tp-receipt",
            "stage",
            cjm::model::ConflictKind::BothChanged,
            stage("st-pay"),
            stage("st-find"),
        )]
    });
    app.mode = Mode::Resolve { conflict: 0 };
    keys(&mut app, "E"); // combine, starting from theirs
    assert!(
        matches!(&app.mode, Mode::CombinePick { picker, .. } if picker.chosen == ["st-find"]),
        "{}",
        app.status
    );
    let picking = screen(&app, 80, 24)?;
    let footer = picking.lines().last().unwrap_or("");
    assert!(
        footer.contains("PICK") && footer.contains("Enter choose"),
        "{footer}"
    );
    assert!(picking.contains("Find a book"), "{picking}");
    // Esc goes back to the question, the conflict open.
    key(&mut app, KeyCode::Esc);
    assert!(matches!(app.mode, Mode::Resolve { conflict: 0 }));
    assert_eq!(app.map.conflicts.len(), 1);
    // Ours is found by its name, not its id, and settles the conflict.
    keys(&mut app, "e");
    keys(&mut app, "Pay");
    key(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal), "{}", app.status);
    let saved =
        parse(&saved_text_of_save(&mut app).ok_or("no save")?).map_err(|d| format!("{d:?}"))?;
    assert!(saved.conflicts.is_empty(), "the conflict is settled");
    let receipt = saved
        .touchpoints
        .iter()
        .find(|t| t.id.as_str() == "tp-receipt")
        .ok_or("no receipt")?;
    assert_eq!(receipt.stage.as_str(), "st-pay");
    Ok(())
}
