//! The service blueprint in the app: the board's blueprint lanes and the
//! blueprint view at three sizes, the toggle key, departments in the silo
//! view, the filter and the picker (choosing one, adding one, undo), and
//! web links opened through an effect the runtime carries out.

mod common;

use std::path::Path;

use cjm::format::{load_file, parse};
use cjm::tui::app::{App, Effect, Mode, View};
use cjm::tui::edit::ItemRef;
use ratatui::crossterm::event::KeyCode;

use common::TestResult;
use common::app::{ctrl, key, keys, render, saved_text, select_field};

/// Saves with Ctrl-s and returns the text the save writes.
fn save(app: &mut App) -> Result<String, Box<dyn std::error::Error>> {
    let effects = ctrl(app, 's');
    saved_text(app, &effects).ok_or_else(|| format!("nothing saved: {}", app.status).into())
}

const BANK: &str = "tests/fixtures/blueprint/bank-branch.toml";

fn open(path: &str) -> Result<App, Box<dyn std::error::Error>> {
    let loaded = load_file(Path::new(path))?;
    Ok(App::new(loaded.map, path.into()))
}

#[test]
fn the_board_of_a_service_map_shows_the_blueprint_lanes_at_three_sizes() -> TestResult {
    let mut app = open(BANK)?;
    assert!(
        app.blueprint,
        "a service map opens with the blueprint lanes"
    );
    // The application desk, with the most in its lanes.
    keys(&mut app, "lj");
    for (w, h) in [(80, 24), (120, 40), (200, 60)] {
        let screen = render(&app, w, h)?;
        for must in [
            "line of interaction",
            "line of visibility",
            "Frontstage",
            "Backstage",
        ] {
            assert!(screen.contains(must), "{w}x{h}: {must} missing\n{screen}");
        }
        insta::assert_snapshot!(format!("board_lanes_{w}x{h}"), screen);
    }
    Ok(())
}

#[test]
fn b_hides_and_shows_the_lanes_and_any_map_can_have_them() -> TestResult {
    let mut app = open("maps/online-shop-current.toml")?;
    assert!(!app.blueprint, "a current-state map opens without them");
    assert!(!render(&app, 120, 40)?.contains("line of visibility"));
    keys(&mut app, "b");
    assert!(render(&app, 120, 40)?.contains("line of visibility"));
    assert!(
        app.status.contains("Blueprint lanes shown"),
        "{}",
        app.status
    );
    keys(&mut app, "b");
    assert!(!render(&app, 120, 40)?.contains("line of visibility"));
    Ok(())
}

#[test]
fn the_blueprint_view_shows_one_stage_in_full_at_three_sizes() -> TestResult {
    let mut app = open(BANK)?;
    keys(&mut app, "B");
    assert_eq!(app.view, View::Blueprint);
    keys(&mut app, "l");
    for (w, h) in [(80, 24), (120, 40), (200, 60)] {
        let screen = render(&app, w, h)?;
        for must in [
            "stage 2/3: Apply",
            "Runs the anti-money-laundering check",
            "line of internal interaction",
            "⏱ 45 min",
            "↗ Process chart",
        ] {
            assert!(
                w == 80 || screen.contains(must),
                "{w}x{h}: {must} missing\n{screen}"
            );
        }
        insta::assert_snapshot!(format!("view_{w}x{h}"), screen);
    }
    // The third stage has two touchpoints; Enter edits the selected one.
    keys(&mut app, "lj");
    let screen = render(&app, 120, 40)?;
    assert!(screen.contains("PIN letter") && screen.contains("Mobile app activation"));
    key(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Form(_)));
    Ok(())
}

#[test]
fn the_silo_view_has_one_row_per_department_with_its_backstage_work() -> TestResult {
    let mut app = open(BANK)?;
    keys(&mut app, "6");
    let screen = render(&app, 120, 40)?;
    insta::assert_snapshot!("inventory_120x40", screen);
    let rows = cjm::tui::views::inventory_grid(&app);
    let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
    // One row per department, though the map writes "dp-branch" as ids and
    // the scanner has no department.
    assert_eq!(
        names,
        ["Branch staff", "Back office", "IT operations", "Compliance"]
    );
    // Back office: scans the forms, orders the card; IT: four systems and
    // the app's link to the account.
    assert_eq!(rows[1].behind, 2);
    assert_eq!(rows[2].behind, 4);
    assert_eq!(rows[3].counts, [0, 0, 0]);
    Ok(())
}

#[test]
fn the_department_filter_shows_where_a_department_works_behind_the_line() -> TestResult {
    let mut app = open(BANK)?;
    // The departments in use, in the map's order: Branch staff, Back office…
    keys(&mut app, "oo");
    assert!(app.status.contains("Back office"), "{}", app.status);
    // Back office owns the PIN letter and scans forms at the desk.
    let shown: Vec<usize> = (0..3).flat_map(|s| app.stage_cards(s)).collect();
    let names: Vec<&str> = shown
        .iter()
        .map(|&i| app.map.touchpoints[i].name.as_str())
        .collect();
    assert_eq!(names, ["Account application at the desk", "PIN letter"]);
    // Compliance works only backstage, at the desk.
    keys(&mut app, "oo");
    assert!(app.status.contains("Compliance"), "{}", app.status);
    let shown: Vec<usize> = (0..3).flat_map(|s| app.stage_cards(s)).collect();
    assert_eq!(shown.len(), 1);
    Ok(())
}

/// The departments the saved map lists, by id.
fn department_ids(app: &App) -> Vec<String> {
    app.map
        .departments
        .iter()
        .map(|d| d.id.to_string())
        .collect()
}

#[test]
fn a_department_is_picked_by_name_and_written_as_its_id() -> TestResult {
    let mut app = open(BANK)?;
    select_field(&mut app, ItemRef::Touchpoint(0), "owner")?;
    key(&mut app, KeyCode::Enter);
    keys(&mut app, "compl");
    key(&mut app, KeyCode::Enter);
    assert_eq!(
        app.map.touchpoints[0].owner, "dp-compliance",
        "{}",
        app.status
    );
    // An alias finds its department too; nothing new is added.
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::End);
    key(&mut app, KeyCode::Enter);
    keys(&mut app, "tellers");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.map.touchpoints[0].owner, "dp-branch", "{}", app.status);
    assert_eq!(department_ids(&app).len(), 4);
    Ok(())
}

#[test]
fn a_new_department_is_added_to_the_map_and_undo_takes_both_back() -> TestResult {
    let mut app = open(BANK)?;
    select_field(&mut app, ItemRef::Touchpoint(0), "owner")?;
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::End);
    key(&mut app, KeyCode::Enter);
    keys(&mut app, "Kundtjänst");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.map.touchpoints[0].owner, "dp-kundtjanst");
    assert!(app.status.contains("Kundtjänst"), "{}", app.status);
    let saved = save(&mut app)?;
    assert!(
        saved.contains("[[departments]]\nid = \"dp-kundtjanst\"\nname = \"Kundtjänst\""),
        "{saved}"
    );
    assert!(parse(&saved).is_ok(), "the saved map loads");
    // One undo takes back the owner and the department it added.
    ctrl(&mut app, 'z');
    assert_eq!(app.map.touchpoints[0].owner, "dp-branch");
    assert_eq!(department_ids(&app).len(), 4);
    Ok(())
}

#[test]
fn o_opens_the_one_link_or_offers_the_links_to_choose_from() -> TestResult {
    let mut app = open(BANK)?;
    // The queue ticket has no link.
    let effects = keys(&mut app, "O");
    assert!(effects.is_empty());
    assert!(app.status.contains("no web link"), "{}", app.status);
    // The desk has two links and an evidence address: a chooser opens.
    keys(&mut app, "lj");
    let effects = keys(&mut app, "O");
    assert!(effects.is_empty());
    assert!(matches!(app.mode, Mode::Find(_)));
    let screen = render(&app, 80, 24)?;
    assert!(
        screen.contains("Links – type to search, Enter opens"),
        "{screen}"
    );
    assert!(screen.contains("Shadowing notes, March"), "{screen}");
    keys(&mut app, "ticket");
    let effects = key(&mut app, KeyCode::Enter);
    assert_eq!(
        effects,
        [Effect::OpenLink(
            "https://example.com/tickets/BANK-42".into()
        )]
    );
    assert!(matches!(app.mode, Mode::Normal));
    assert!(
        app.status
            .contains("Opening https://example.com/tickets/BANK-42")
    );
    Ok(())
}

#[cfg(unix)]
#[test]
fn the_opener_is_started_with_the_address_and_not_waited_for() -> TestResult {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir()?;
    let opened = dir.path().join("opened.txt");
    let opener = dir.path().join("fake-opener");
    std::fs::write(
        &opener,
        format!("#!/bin/sh\nprintf '%s' \"$1\" > '{}'\n", opened.display()),
    )?;
    std::fs::set_permissions(&opener, std::fs::Permissions::from_mode(0o755))?;
    let url = "https://example.com/tickets/BANK-42?a=1&b=2";
    cjm::tui::opener::open_with(&opener.to_string_lossy(), url)?;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !opened.exists() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    std::thread::sleep(std::time::Duration::from_millis(50));
    assert_eq!(std::fs::read_to_string(&opened)?, url);
    // No opener at all: the message names it and the address to open by hand.
    let missing = dir.path().join("no-opener");
    let Err(err) = cjm::tui::opener::open_with(&missing.to_string_lossy(), url) else {
        return Err("a missing opener cannot be started".into());
    };
    let why = err.to_string();
    assert!(
        why.contains("no program to open links") && why.contains(url),
        "{why}"
    );
    Ok(())
}

/// Opens a map as the app does (the status bar names the migrate key for
/// a schema-1 map), then presses `M`.
fn open_offered(path: &str) -> Result<App, Box<dyn std::error::Error>> {
    let mut app = open(path)?;
    app.note_migration();
    keys(&mut app, "M");
    Ok(app)
}

#[test]
fn a_schema_1_map_is_offered_migration_and_no_changes_nothing() -> TestResult {
    let path = "tests/fixtures/schema1/online-shop-current.toml";
    let mut app = open(path)?;
    app.note_migration();
    assert!(
        render(&app, 120, 24)?.contains("Schema 1: M migrates the departments to schema 2"),
        "{}",
        app.status
    );
    assert!(matches!(app.mode, Mode::Normal), "the map opens as it is");
    keys(&mut app, "M");
    assert!(matches!(app.mode, Mode::Migrate(_)));
    let screen = render(&app, 80, 24)?;
    insta::assert_snapshot!("migrate_offer_80x24", screen);
    let before = app.map.clone();
    keys(&mut app, "n");
    assert!(matches!(app.mode, Mode::Normal));
    assert_eq!(app.map, before);
    assert!(!app.history.is_dirty());
    assert!(app.status.contains("stays in schema 1"), "{}", app.status);
    // Esc says no as well.
    keys(&mut app, "M");
    key(&mut app, KeyCode::Esc);
    assert!(matches!(app.mode, Mode::Normal));
    assert_eq!(app.map, before);
    // A schema-2 map is not offered anything.
    let app = open_offered(BANK)?;
    assert!(matches!(app.mode, Mode::Normal));
    assert!(app.status.contains("already in schema 2"), "{}", app.status);
    Ok(())
}

#[test]
fn migrating_asks_about_each_pair_of_alike_names_and_undo_restores_the_map() -> TestResult {
    let path = "tests/fixtures/schema1/online-shop-current.toml";
    let mut app = open_offered(path)?;
    let before = app.map.clone();
    let Mode::Migrate(offer) = &app.mode else {
        return Err("no offer".into());
    };
    let plan = offer.plan.clone();
    keys(&mut app, "y");
    for (i, proposal) in plan.proposals.iter().enumerate() {
        let screen = render(&app, 80, 24)?;
        let from = &plan.candidates[proposal.from].name;
        let title = format!("One department? ({} of {})", i + 1, plan.proposals.len());
        assert!(screen.contains(&title), "{screen}");
        assert!(
            app.map == before,
            "nothing changes before the last answer ({from})"
        );
        keys(&mut app, if proposal.obvious { "y" } else { "n" });
    }
    assert!(matches!(app.mode, Mode::Normal));
    assert_eq!(app.map.schema, 2);
    assert!(!app.map.departments.is_empty());
    assert!(
        app.status.contains("Migrated to schema 2"),
        "{}",
        app.status
    );
    let saved = save(&mut app)?;
    assert!(saved.starts_with("schema = 2\n"), "{saved}");
    assert!(parse(&saved).is_ok(), "the migrated map loads");
    keys(&mut app, "u");
    assert_eq!(app.map, before, "undo restores the map as it was");
    Ok(())
}

#[test]
fn every_migrated_example_map_has_one_silo_row_per_real_department() -> TestResult {
    let mut fixtures: Vec<_> = std::fs::read_dir("tests/fixtures/schema1")?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    fixtures.sort();
    assert!(fixtures.len() >= 5);
    for path in fixtures {
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut app = open_offered(&path.to_string_lossy())?;
        let Mode::Migrate(offer) = &app.mode else {
            return Err(format!("{name}: no offer").into());
        };
        let answers: String = std::iter::once('y')
            .chain(
                offer
                    .plan
                    .obvious()
                    .iter()
                    .map(|&yes| if yes { 'y' } else { 'n' }),
            )
            .collect();
        keys(&mut app, &answers);
        assert_eq!(app.map.schema, 2, "{name}");
        let rows = cjm::tui::views::inventory_grid(&app);
        let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
        let departments: Vec<&str> = app
            .map
            .departments
            .iter()
            .map(|d| d.name.as_str())
            .collect();
        assert_eq!(
            names, departments,
            "{name}: one row per department, nothing else"
        );
        keys(&mut app, "6");
        insta::assert_snapshot!(format!("silo_migrated_{name}"), render(&app, 120, 40)?);
    }
    Ok(())
}

#[test]
fn departments_are_listed_after_the_team_edited_in_a_form_and_kept_while_named() -> TestResult {
    let mut app = open(BANK)?;
    keys(&mut app, "7");
    // Map, goal, two team members, then the four departments.
    for _ in 0..4 {
        key(&mut app, KeyCode::Down);
    }
    assert_eq!(app.selected_item(), Some(ItemRef::Department(0)));
    let screen = render(&app, 120, 40)?;
    assert!(screen.contains("Departments"), "{screen}");
    assert!(
        screen.contains("Branch staff (Branch) · Tellers"),
        "{screen}"
    );
    // d names what still refers to it and deletes nothing.
    keys(&mut app, "d");
    let screen = render(&app, 120, 40)?;
    assert!(screen.contains("team member Maja"), "{screen}");
    assert!(
        screen.contains("Choose another department in these first."),
        "{screen}"
    );
    keys(&mut app, "d");
    assert_eq!(app.map.departments.len(), 4);
    // Enter opens its form: name, short name, aliases.
    key(&mut app, KeyCode::Enter);
    let Mode::Form(form) = &app.mode else {
        return Err("no form".into());
    };
    assert_eq!(form.item, ItemRef::Department(0));
    assert!(form.fields().contains(&"aliases"), "{:?}", form.fields());
    Ok(())
}
