//! Shared departments in the app: a map of a repository whose `cjm.toml`
//! shares departments shows them by name (board cards, blueprint lanes,
//! view `6`, the overview, the lane editor), offers them in the department picker marked as shared, and
//! choosing one lists it in the map's `shared_departments` in one undoable
//! step. Driven with key events; screens drawn on ratatui's `TestBackend`.

mod common;

use cjm::format::load_file;
use cjm::tui::app::{App, Mode};
use cjm::tui::edit::ItemRef;
use common::app::{ctrl, key, keys, render, render_placed, saved_text_of_save, select_field};
use ratatui::crossterm::event::KeyCode;

type TestResult = Result<(), Box<dyn std::error::Error>>;

/// The shop map: its own department (Customer service), one shared
/// department it uses (Branch network: owner of "Pay" and a backstage
/// action) and one the repository shares that it does not use yet.
const MAP: &str = "schema = 2\ntitle = \"Shop\"\nkind = \"current-state\"\n\
shared_departments = [\"dp-branch\"]\n\n\
[[departments]]\nid = \"dp-cs\"\nname = \"Customer service\"\nshort_name = \"CS\"\n\n\
[[stages]]\nid = \"st-buy\"\nname = \"Buy\"\n\n\
[[touchpoints]]\nid = \"tp-pay\"\nstage = \"st-buy\"\nname = \"Pay\"\nowner = \"dp-branch\"\n\
backstage = [\n\
  { text = \"Checks the stock\", department = \"dp-branch\" },\n\
  { text = \"Calls back: same day\", department = \"dp-cs\" },\n\
]\n\n\
[[touchpoints]]\nid = \"tp-ask\"\nstage = \"st-buy\"\nname = \"Ask\"\nowner = \"dp-cs\"\n";

/// A repository (`cjm.toml` sharing `departments.toml`) with the shop map
/// in `maps/`: the folder, the map's text as written, and its app.
fn repository() -> Result<(tempfile::TempDir, String, App), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    std::fs::create_dir(dir.path().join(".git"))?;
    std::fs::write(
        dir.path().join("cjm.toml"),
        "departments = [\"departments.toml\"]\n",
    )?;
    std::fs::write(
        dir.path().join("departments.toml"),
        "[[departments]]\nid = \"dp-branch\"\nname = \"Branch network\"\nshort_name = \"BR\"\n\n\
         [[departments]]\nid = \"dp-logistics\"\nname = \"Logistyka i dostawy\"\n",
    )?;
    std::fs::create_dir(dir.path().join("maps"))?;
    let path = dir.path().join("maps").join("shop.toml");
    std::fs::write(&path, MAP)?;
    let loaded = load_file(&path)?;
    let mut app = App::new(loaded.map, path);
    app.find_shared_personas();
    // What saving the map unchanged writes: the file as the app keeps it.
    let text = save(&mut app)?;
    Ok((dir, text, app))
}

/// The text Ctrl-s writes.
fn save(app: &mut App) -> Result<String, Box<dyn std::error::Error>> {
    saved_text_of_save(app).ok_or_else(|| format!("nothing saved: {}", app.status).into())
}

/// The TOML table of the item with `id` in `text`: from its `id` line to the next table.
fn table<'a>(text: &'a str, id: &str) -> &'a str {
    let Some(start) = text.find(&format!("id = \"{id}\"")) else {
        return "";
    };
    let rest = &text[start..];
    &rest[..rest.find("\n[").unwrap_or(rest.len())]
}

#[test]
fn the_board_and_the_silo_view_name_a_shared_department() -> TestResult {
    let (_dir, _, mut app) = repository()?;
    let board = render_placed(&app, 80, 24)?;
    assert!(board.contains("Branch network"), "{board}");
    assert!(!board.contains("dp-branch"), "{board}");
    insta::assert_snapshot!("shared_department_board_80x24", board);
    // The blueprint lanes name an action's department by its short name.
    keys(&mut app, "b");
    let lanes = render(&app, 120, 40)?;
    assert!(lanes.contains("1 Checks the stock [BR]"), "{lanes}");
    assert!(lanes.contains("1 Calls back: same day [CS]"), "{lanes}");
    keys(&mut app, "6");
    let silos = render_placed(&app, 80, 24)?;
    // One row per department: the map's own, then the shared one it uses.
    let rows: Vec<&str> = silos
        .lines()
        .filter(|l| l.contains("Customer service") || l.contains("Branch network"))
        .collect();
    assert_eq!(rows.len(), 2, "{silos}");
    assert!(!silos.contains("dp-branch"), "{silos}");
    insta::assert_snapshot!("shared_department_silos_80x24", silos);
    // The overview lists the map's departments, then the shared one it uses.
    keys(&mut app, "7");
    let overview = render(&app, 120, 30)?;
    assert!(
        overview.contains("Branch network · shared · departments.toml"),
        "{overview}"
    );
    Ok(())
}

#[test]
fn the_department_picker_offers_the_shared_departments_and_choosing_one_lists_it() -> TestResult {
    let (_dir, before, mut app) = repository()?;
    select_field(&mut app, ItemRef::Touchpoint(1), "owner")?;
    key(&mut app, KeyCode::Enter);
    assert!(
        matches!(&app.mode, Mode::Form(f) if f.picker.is_some()),
        "Enter on the owner opens the picker"
    );
    let screen = render(&app, 80, 24)?;
    for row in [
        "Customer service · CS",
        "Branch network · BR · shared · departments.toml",
        "Logistyka i dostawy · shared · departments.toml",
    ] {
        assert!(screen.contains(row), "{row}\n{screen}");
    }
    insta::assert_snapshot!(
        "shared_department_picker_80x24",
        render_placed(&app, 80, 24)?
    );
    // Choosing the one the map does not use yet lists it in the map's
    // `shared_departments`, in the same step undo takes back.
    keys(&mut app, "logist");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Esc);
    let text = save(&mut app)?;
    assert!(
        text.contains("shared_departments = [\n  \"dp-branch\",\n  \"dp-logistics\",\n]\n")
            || text.contains("shared_departments = [\"dp-branch\", \"dp-logistics\"]\n"),
        "{text}"
    );
    assert!(
        table(&text, "tp-ask").contains("owner = \"dp-logistics\"\n"),
        "{text}"
    );
    assert!(!text.contains("Logistyka"), "never copied in: {text}");
    let board = render(&app, 80, 24)?;
    assert!(board.contains("Logistyka i dostawy"), "{board}");
    keys(&mut app, "u");
    assert_eq!(save(&mut app)?, before, "one undo takes both back");
    // Redo brings both back, and the card names the department again.
    ctrl(&mut app, 'r');
    assert!(save(&mut app)?.contains("dp-logistics"));
    let board = render(&app, 80, 24)?;
    assert!(board.contains("Logistyka i dostawy"), "{board}");
    assert!(!board.contains("dp-logistics"), "{board}");
    Ok(())
}

#[test]
fn the_lane_editor_names_departments_and_saves_only_what_changed() -> TestResult {
    let (_dir, before, mut app) = repository()?;
    select_field(&mut app, ItemRef::Touchpoint(0), "backstage")?;
    key(&mut app, KeyCode::Enter);
    assert!(
        matches!(&app.mode, Mode::Form(f) if f.editor.is_some()),
        "Enter on a lane opens its editor"
    );
    let screen = render_placed(&app, 80, 24)?;
    assert!(
        screen.contains("Branch network: Checks the stock"),
        "{screen}"
    );
    assert!(
        screen.contains("Customer service: Calls back: same day"),
        "{screen}"
    );
    assert!(!screen.contains("dp-"), "{screen}");
    insta::assert_snapshot!("shared_department_lane_editor_80x24", screen);
    // Accepted unchanged: the file is byte for byte the same.
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Esc);
    assert_eq!(save(&mut app)?, before);
    // One action's text changed: only that line of the file changes.
    select_field(&mut app, ItemRef::Touchpoint(0), "backstage")?;
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::End);
    keys(&mut app, " twice");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Esc);
    let after = save(&mut app)?;
    let expected = before.replace("Checks the stock\"", "Checks the stock twice\"");
    assert_ne!(expected, before);
    assert_eq!(after, expected);
    Ok(())
}

#[test]
fn the_lane_editor_falls_back_to_the_short_name_or_id_when_a_name_would_not_read_back() -> TestResult
{
    let text = "schema = 2\ntitle = \"Shop\"\nkind = \"current-state\"\n\n\
        [[departments]]\nid = \"dp-sales\"\nname = \"Sales: North\"\nshort_name = \"SN\"\n\n\
        [[departments]]\nid = \"dp-help\"\nname = \"Help desk\"\naliases = [\"Support\"]\n\n\
        [[departments]]\nid = \"dp-support\"\nname = \"Support\"\n\n\
        [[stages]]\nid = \"st-buy\"\nname = \"Buy\"\n\n\
        [[touchpoints]]\nid = \"tp-pay\"\nstage = \"st-buy\"\nname = \"Pay\"\n\
        support = [\n\
          { text = \"Quotes\", department = \"dp-sales\" },\n\
          { text = \"Tickets\", department = \"dp-support\" },\n\
          { text = \"Answers\", department = \"dp-help\" },\n\
        ]\n";
    let (_dir, path) = common::temp_map("shop.toml", text)?;
    let loaded = load_file(&path)?;
    let mut app = App::new(loaded.map, path);
    let before = save(&mut app)?;
    select_field(&mut app, ItemRef::Touchpoint(0), "support")?;
    key(&mut app, KeyCode::Enter);
    let screen = render(&app, 80, 24)?;
    // "Sales: North" holds a colon: its short name; "Support" is also
    // Help desk's alias: the id; Help desk reads back: its name.
    for line in [
        "│ SN: Quotes",
        "│ dp-support: Tickets",
        "│ Help desk: Answers",
    ] {
        assert!(screen.contains(line), "{line}\n{screen}");
    }
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Esc);
    assert_eq!(save(&mut app)?, before);
    Ok(())
}

#[test]
fn a_lane_may_name_a_shared_department_the_map_does_not_list_yet() -> TestResult {
    let (_dir, before, mut app) = repository()?;
    select_field(&mut app, ItemRef::Touchpoint(1), "support")?;
    key(&mut app, KeyCode::Enter);
    keys(&mut app, "logistyka i dostawy: Ships it");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Esc);
    let text = save(&mut app)?;
    assert!(
        table(&text, "tp-ask").contains(
            "support = [\n  { text = \"Ships it\", department = \"dp-logistics\" },\n]\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("shared_departments = [\n  \"dp-branch\",\n  \"dp-logistics\",\n]\n")
            || text.contains("shared_departments = [\"dp-branch\", \"dp-logistics\"]\n"),
        "{text}"
    );
    keys(&mut app, "u");
    assert_eq!(save(&mut app)?, before, "one undo takes both back");
    Ok(())
}
