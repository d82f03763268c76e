//! The map board, driven with key events against the app state (no
//! terminal) and drawn into ratatui's `TestBackend`: snapshots of every
//! example map at three sizes, and every kind of edit with undo back to the
//! original file bytes.

mod common;

use std::path::{Path, PathBuf};

use cjm::format::{load_file, parse, to_toml};
use cjm::tui::app::{App, Effect, Message, Mode, View};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use common::TestResult;
use common::app::{ctrl, key, keys, render, saved_text_of_save};
use common::example_maps;

fn open(path: &Path) -> Result<App, Box<dyn std::error::Error>> {
    let loaded = load_file(path)?;
    Ok(App::new(loaded.map, path.to_owned()))
}

#[test]
fn every_example_map_renders_at_three_sizes() -> TestResult {
    let maps = example_maps();
    assert!(!maps.is_empty(), "maps/ has no example map");
    for path in maps {
        let app = open(&path)?;
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        for (w, h) in [(80, 24), (120, 40), (200, 60)] {
            let screen = render(&app, w, h)?;
            assert!(
                screen.contains(&app.map.stages[0].name[..3]),
                "{name} {w}x{h}: first stage missing"
            );
            insta::assert_snapshot!(format!("board_{name}_{w}x{h}"), screen);
        }
    }
    Ok(())
}

#[test]
fn every_view_renders() -> TestResult {
    let path = Path::new("maps/online-shop-current.toml");
    let mut app = open(path)?;
    for (c, view) in [
        ('2', View::Curve),
        ('3', View::Opportunities),
        ('4', View::Personas),
        ('5', View::Metrics),
        ('6', View::Inventory),
        ('1', View::Board),
    ] {
        keys(&mut app, &c.to_string());
        assert_eq!(app.view, view);
        let screen = render(&app, 120, 40)?;
        insta::assert_snapshot!(format!("view_{view:?}_120x40"), screen);
    }
    keys(&mut app, "?");
    insta::assert_snapshot!("help_120x40", render(&app, 120, 40)?);
    key(&mut app, KeyCode::Esc);
    assert!(matches!(app.mode, Mode::Normal));
    Ok(())
}

/// On a projector's 80 columns the ranked ideas sit beside the matrix:
/// the list leaves out the status and narrows the numbers, so each title
/// reads a few words a line rather than one.
#[test]
fn the_ranked_ideas_stay_readable_at_80_columns() -> TestResult {
    let path = Path::new("maps/online-shop-current.toml");
    let mut app = open(path)?;
    keys(&mut app, "3");
    let screen = render(&app, 80, 24)?;
    assert!(screen.contains("Free size exchange with a QR"), "{screen}");
    assert!(!screen.contains("Planned"), "{screen}");
    insta::assert_snapshot!("view_Opportunities_80x24", screen);
    // With room for every column, the status shows.
    let wide = render(&app, 120, 40)?;
    assert!(wide.contains("Planned"), "{wide}");
    // At every width, the first idea's title shows whole, wrapped within
    // its column, and never in fewer columns than at 80.
    let title = "Free size exchange with a QR code at drop-off shops";
    let mut narrowest = usize::MAX;
    for width in 60..=160 {
        let screen = render(&app, width, 30)?;
        let (shown, lines) =
            first_title(&screen).ok_or(format!("no title at {width}:\n{screen}"))?;
        assert_eq!(shown, title, "at {width} columns:\n{screen}");
        if width >= 80 {
            narrowest = narrowest.min(title.len().div_ceil(lines));
        }
    }
    assert!(
        narrowest >= 20,
        "a line of the title as short as {narrowest}"
    );
    Ok(())
}

/// The title of the first idea in the ranked list, its lines joined, and
/// how many lines it took.
fn first_title(screen: &str) -> Option<(String, usize)> {
    let lines: Vec<Vec<char>> = screen.lines().map(|l| l.chars().collect()).collect();
    let (row, column) = lines.iter().enumerate().find_map(|(i, line)| {
        let text: String = line.iter().collect();
        let at = text.find("Free size")?;
        Some((i, text[..at].chars().count()))
    })?;
    let mut parts = Vec::new();
    for line in &lines[row..] {
        let before: String = line[..column.min(line.len())].iter().collect();
        // The row of the next idea starts with its rank and scores.
        let left = before.rsplit('│').next().unwrap_or("");
        if !parts.is_empty() && !left.trim().is_empty() {
            break;
        }
        let part: String = line
            .iter()
            .skip(column)
            .take_while(|c| **c != '│')
            .collect();
        let part = part.trim();
        if part.is_empty() {
            break;
        }
        parts.push(part.to_owned());
    }
    let count = parts.len();
    Some((parts.join(" "), count))
}

/// A rating key changes the emotion of the card the screen shows selected,
/// never one out of sight: in the lists, the overview and the inventory
/// (which shows stages, not cards) it changes nothing and says where
/// emotions are rated.
#[test]
fn rating_keys_change_only_a_card_in_sight() -> TestResult {
    let path = Path::new("maps/online-shop-current.toml");
    let mut app = open(path)?;
    key(&mut app, KeyCode::Down);
    let card = app.selected_touchpoint().ok_or("no card selected")?;
    let before = to_toml(&app.map);
    for view in ["3", "4", "5", "6", "7"] {
        keys(&mut app, view);
        key(&mut app, KeyCode::Down);
        keys(&mut app, "+-");
        assert!(to_toml(&app.map) == before, "view {view}: the map changed");
        let screen = render(&app, 120, 40)?;
        assert!(
            screen.contains("Rate emotions on the board (1)"),
            "view {view}: {screen}"
        );
    }
    // The inventory's Enter opens its selected stage, not a hidden card.
    keys(&mut app, "6");
    key(&mut app, KeyCode::Enter);
    let screen = render(&app, 120, 40)?;
    assert!(screen.contains("┌ Stage"), "{screen}");
    key(&mut app, KeyCode::Esc);
    // Back on the board the card is still selected, and rated there.
    keys(&mut app, "1");
    assert_eq!(app.selected_touchpoint(), Some(card));
    keys(&mut app, "+-");
    assert!(
        to_toml(&app.map) != before,
        "the board's rating changed nothing"
    );
    assert_eq!(app.map.touchpoints[card].emotion.map(|e| e.get()), Some(-1));
    Ok(())
}

#[test]
fn tiny_and_huge_terminals_do_not_panic() -> TestResult {
    let app = open(Path::new("maps/online-shop-current.toml"))?;
    for (w, h) in [(1, 1), (20, 5), (59, 15), (60, 16), (400, 120)] {
        let screen = render(&app, w, h)?;
        if w < 60 || h < 16 {
            assert!(
                screen.replace('\n', "").contains("small") || w < 10,
                "{w}x{h}: {screen}"
            );
        }
    }
    Ok(())
}

#[test]
fn edit_a_touchpoint_name_then_undo_to_the_original_bytes() -> TestResult {
    let path = Path::new("maps/online-shop-current.toml");
    let original = std::fs::read_to_string(path)?;
    let mut app = open(path)?;
    let first = app.map.touchpoints[0].name.clone();
    key(&mut app, KeyCode::Enter); // open the form on the first card
    key(&mut app, KeyCode::Enter); // edit the name
    for _ in 0..first.chars().count() {
        key(&mut app, KeyCode::Backspace);
    }
    keys(&mut app, "Zażółć – 日本 🎉");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.map.touchpoints[0].name, "Zażółć – 日本 🎉");
    assert!(app.history.is_dirty());
    let text = saved_text_of_save(&mut app).ok_or("no save effect")?;
    let reloaded = parse(&text).map_err(|d| format!("{d:?}"))?;
    assert_eq!(reloaded.touchpoints[0].name, "Zażółć – 日本 🎉");
    // Exactly one line differs from the original file.
    let changed: Vec<(&str, &str)> = original
        .lines()
        .zip(text.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert_eq!(original.lines().count(), text.lines().count());
    key(&mut app, KeyCode::Esc);
    keys(&mut app, "u");
    assert_eq!(to_toml(&app.map), original);
    ctrl(&mut app, 'r');
    assert_eq!(app.map.touchpoints[0].name, "Zażółć – 日本 🎉");
    Ok(())
}

/// Selects the field named `name` in the open form.
fn select(app: &mut App, name: &str) -> TestResult {
    let Mode::Form(form) = &app.mode else {
        return Err("no form is open".into());
    };
    let fields = form.item.fields();
    let index = fields
        .iter()
        .position(|f| *f == name)
        .ok_or(format!("no field {name}"))?;
    for _ in 0..fields.len() {
        key(app, KeyCode::Up);
    }
    for _ in 0..index {
        key(app, KeyCode::Down);
    }
    Ok(())
}

/// Replaces the selected field's text by typing, as a person would.
fn type_field(app: &mut App, text: &str) {
    key(app, KeyCode::Enter);
    // Clear every line: to the first line, then cut each line and join the next.
    for _ in 0..50 {
        key(app, KeyCode::Up);
    }
    for _ in 0..30 {
        ctrl(app, 'a');
        ctrl(app, 'k');
        key(app, KeyCode::Delete);
    }
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            app.update(Message::Key(KeyEvent::new(
                KeyCode::Enter,
                KeyModifiers::ALT,
            )));
        }
        keys(app, line);
    }
    key(app, KeyCode::Enter);
}

/// Picks `name` for the selected field, as a person would: Enter opens the
/// picker, typing narrows it to the name (without its spaces: Space marks
/// in a list field, and the fuzzy match needs none), Enter takes it (in a
/// list field with nothing marked, the highlighted one).
fn pick(app: &mut App, name: &str) {
    key(app, KeyCode::Enter);
    keys(app, &name.replace(' ', ""));
    key(app, KeyCode::Enter);
}

/// Names a new department for the selected field: "new department…" is
/// the last row of its picker.
fn pick_new_department(app: &mut App, name: &str) {
    key(app, KeyCode::Enter);
    key(app, KeyCode::End);
    key(app, KeyCode::Enter);
    keys(app, name);
    key(app, KeyCode::Enter);
}

#[test]
fn every_touchpoint_field_is_editable_and_undoable() -> TestResult {
    let path = Path::new("maps/online-shop-current.toml");
    let original = std::fs::read_to_string(path)?;
    let mut app = open(path)?;
    key(&mut app, KeyCode::Enter);
    // References are picked by name, departments named in their picker.
    let second_stage = app.map.stages[1].name.clone();
    let persona = app.map.personas[0].name.clone();
    let edits = [
        ("stage", second_stage.as_str()),
        ("name", "Ny kontakt"),
        ("channel", "phone"),
        ("owner", "Kundtjänst"),
        ("personas", persona.as_str()),
        ("doing", "Доставка\nвторая строка"),
        ("thinking", "Myśli 日本語"),
        ("feeling", "Känner 😊"),
        ("emotion", "-2"),
        ("pain_points", "Brak informacji\nZa drogo"),
        ("moment_of_truth", "yes"),
        ("evidence", "interview: 12 rozmów\nassumption"),
    ];
    for (field, text) in edits {
        select(&mut app, field)?;
        match field {
            "stage" | "personas" => pick(&mut app, text),
            "owner" => pick_new_department(&mut app, text),
            _ => type_field(&mut app, text),
        }
        assert!(
            matches!(&app.mode, Mode::Form(f) if f.editor.is_none()),
            "{field}: {}",
            app.status
        );
    }
    let t = &app.map.touchpoints[0];
    assert_eq!(t.stage, app.map.stages[1].id);
    assert_eq!(t.name, "Ny kontakt");
    assert_eq!(t.channel, Some(cjm::model::Channel::Phone));
    // The map has departments: a new one is added, and named by its id.
    assert_eq!(t.owner, "dp-kundtjanst");
    assert_eq!(app.map.department_name(&t.owner), "Kundtjänst");
    assert_eq!(t.personas, vec![app.map.personas[0].id.clone()]);
    assert_eq!(t.doing, "Доставка\nвторая строка");
    assert_eq!(t.thinking, "Myśli 日本語");
    assert_eq!(t.feeling, "Känner 😊");
    assert_eq!(t.emotion.map(|e| e.get()), Some(-2));
    assert_eq!(t.pain_points, ["Brak informacji", "Za drogo"]);
    assert!(t.moment_of_truth);
    assert_eq!(t.evidence.len(), 2);
    assert_eq!(t.evidence[0].note, "12 rozmów");
    // Choices also change with ← and →; emotion with single keys.
    select(&mut app, "channel")?;
    key(&mut app, KeyCode::Right);
    assert_eq!(
        app.map.touchpoints[0].channel,
        Some(cjm::model::Channel::Chat)
    );
    key(&mut app, KeyCode::Left);
    // Emotion is a scale: → raises it (a typed `*` would only type).
    select(&mut app, "emotion")?;
    for _ in 0..4 {
        key(&mut app, KeyCode::Right);
    }
    assert_eq!(app.map.touchpoints[0].emotion.map(|e| e.get()), Some(2));
    // Bad input is refused with a message and changes nothing.
    select(&mut app, "emotion")?;
    type_field(&mut app, "7");
    assert!(
        matches!(&app.mode, Mode::Form(f) if f.error.as_deref() == Some("a whole number from -2 to 2"))
    );
    insta::assert_snapshot!("form_error_120x40", render(&app, 120, 40)?);
    // Esc on changed text asks first; a second Esc drops it.
    key(&mut app, KeyCode::Esc);
    assert!(matches!(&app.mode, Mode::Form(f) if f.editor.is_some()));
    assert!(app.status.contains("Esc again drops it"), "{}", app.status);
    key(&mut app, KeyCode::Esc);
    // An id cannot be typed: the stage picker finds no stage by it, and
    // Enter then changes nothing.
    select(&mut app, "stage")?;
    pick(&mut app, "st-nowhere");
    assert!(
        matches!(&app.mode, Mode::Form(f) if f.picker.as_ref().is_some_and(|p| p.hits.is_empty()))
    );
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.map.touchpoints[0].stage, app.map.stages[1].id);
    assert_eq!(app.map.touchpoints[0].emotion.map(|e| e.get()), Some(2));
    insta::assert_snapshot!("form_edited_120x40", render(&app, 120, 40)?);
    // Everything undoes back to the original bytes.
    key(&mut app, KeyCode::Esc);
    while app.history.is_dirty() {
        keys(&mut app, "u");
    }
    assert_eq!(to_toml(&app.map), original);
    Ok(())
}

#[test]
fn every_kind_of_item_can_be_added_edited_and_deleted() -> TestResult {
    let path = Path::new("maps/online-shop-current.toml");
    let original = std::fs::read_to_string(path)?;
    let mut app = open(path)?;

    // Map fields and the goal in the overview.
    keys(&mut app, "7");
    key(&mut app, KeyCode::Enter);
    select(&mut app, "title")?;
    type_field(&mut app, "Nowy tytuł");
    select(&mut app, "review_by")?;
    type_field(&mut app, "2027-06-30");
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.map.title, "Nowy tytuł");
    assert_eq!(
        app.map.review_by.map(|d| d.to_string()).as_deref(),
        Some("2027-06-30")
    );
    keys(&mut app, "j");
    key(&mut app, KeyCode::Enter);
    select(&mut app, "focus")?;
    type_field(&mut app, "growth");
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.map.goal.focus, Some(cjm::model::Focus::Growth));

    // A team member.
    let team = app.map.team.len();
    keys(&mut app, "a");
    keys(&mut app, "Åsa Öberg");
    key(&mut app, KeyCode::Enter);
    select(&mut app, "department")?;
    pick_new_department(&mut app, "Ekonomi");
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.map.team.len(), team + 1);
    assert_eq!(app.map.team[team].department, "dp-ekonomi");
    assert_eq!(
        app.map.department_name(&app.map.team[team].department),
        "Ekonomi"
    );
    insta::assert_snapshot!("overview_120x40", render(&app, 120, 40)?);

    // A persona, an opportunity and a metric: ids come from their names.
    for (view, name, prefix) in [
        ("4", "Zofia, studentka", "pe-zofia-studentka"),
        ("3", "Darmowa wymiana", "op-darmowa-wymiana"),
        ("5", "Czas odpowiedzi", "me-czas-odpowiedzi"),
    ] {
        keys(&mut app, view);
        keys(&mut app, "a");
        keys(&mut app, name);
        key(&mut app, KeyCode::Enter);
        let Mode::Form(form) = &app.mode else {
            return Err(format!("no form after adding {name}").into());
        };
        assert_eq!(form.item.id(&app.map).map(|i| i.as_str()), Some(prefix));
        key(&mut app, KeyCode::Esc);
    }
    keys(&mut app, "5");
    key(&mut app, KeyCode::Enter);
    select(&mut app, "readings")?;
    type_field(&mut app, "2026-01-31 4.5\n2026-02-28 3");
    select(&mut app, "links")?;
    pick(&mut app, "Darmowa wymiana");
    key(&mut app, KeyCode::Esc);
    let metric = app
        .map
        .metrics
        .iter()
        .find(|m| m.id == "me-czas-odpowiedzi")
        .ok_or("metric")?;
    assert_eq!(metric.readings.len(), 2);
    assert_eq!(
        metric.links,
        vec![cjm::model::Id::new("op-darmowa-wymiana")]
    );

    // Deleting the opportunity asks and names the metric that links it.
    keys(&mut app, "3");
    let ranked = app.ranked_opportunities();
    let row = ranked
        .iter()
        .position(|&i| app.map.opportunities[i].id == "op-darmowa-wymiana")
        .ok_or("opportunity")?;
    app.rows.opportunities = row;
    keys(&mut app, "d");
    assert!(render(&app, 120, 40)?.contains("Czas odpowiedzi"));
    keys(&mut app, "d");
    assert!(
        app.map
            .opportunities
            .iter()
            .all(|o| o.id != "op-darmowa-wymiana")
    );
    assert!(
        app.map
            .metrics
            .iter()
            .all(|m| m.links.iter().all(|l| *l != "op-darmowa-wymiana"))
    );

    // A stage: added after the selected one, renamed, moved, and refused
    // deletion while it has touchpoints.
    keys(&mut app, "1");
    keys(&mut app, "A");
    keys(&mut app, "Po zakupie");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.map.stages[1].id, "st-po-zakupie");
    assert!(app.on_header);
    keys(&mut app, "L");
    assert_eq!(app.map.stages[2].id, "st-po-zakupie");
    keys(&mut app, "d");
    keys(&mut app, "d");
    assert!(
        app.map.stages.iter().all(|s| s.id != "st-po-zakupie"),
        "an empty stage can go"
    );
    app.stage = 0;
    app.on_header = true;
    keys(&mut app, "d");
    assert!(matches!(
        app.mode,
        Mode::ConfirmDelete { blocked: true, .. }
    ));
    assert!(render(&app, 120, 40)?.contains("cannot be deleted yet"));
    keys(&mut app, "d");
    assert_eq!(app.map.stages.len(), 7, "a stage with touchpoints stays");

    assert!(cjm::model::validate(&app.map).is_empty());
    let text = saved_text_of_save(&mut app).ok_or("no save")?;
    assert!(parse(&text).is_ok());
    while app.history.is_dirty() {
        keys(&mut app, "u");
    }
    assert_eq!(to_toml(&app.map), original);
    Ok(())
}

/// A member added in the app gets an id made from the name, so a later
/// rename merges; the members the file already had keep having none.
#[test]
fn a_member_added_in_the_app_is_saved_with_an_id() -> TestResult {
    let path = Path::new("maps/online-shop-current.toml");
    let original = std::fs::read_to_string(path)?;
    assert!(original.contains("[[team]]") && !original.contains("id = \"tm-"));
    let mut app = open(path)?;
    keys(&mut app, "7");
    keys(&mut app, "a");
    keys(&mut app, "Åsa Öberg");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Esc);
    let text = saved_text_of_save(&mut app).ok_or("no save effect")?;
    assert!(
        text.contains("[[team]]\nid = \"tm-asa-oberg\"\nname = \"Åsa Öberg\"\n"),
        "{text}"
    );
    assert_eq!(text.matches("id = \"tm-").count(), 1, "{text}");
    // Nothing else changed: the new member's lines are all that was added.
    let added: Vec<&str> = text
        .lines()
        .filter(|l| !original.lines().any(|o| o == *l))
        .collect();
    assert_eq!(added, ["id = \"tm-asa-oberg\"", "name = \"Åsa Öberg\""]);
    Ok(())
}

#[test]
fn add_move_reorder_and_delete_keep_the_map_valid() -> TestResult {
    let path = Path::new("maps/online-shop-current.toml");
    let original = std::fs::read_to_string(path)?;
    let mut app = open(path)?;
    let count = app.map.touchpoints.len();

    // Add in the second stage: named first, the id comes from the name.
    keys(&mut app, "la");
    assert!(matches!(app.mode, Mode::NewItem { .. }));
    keys(&mut app, "Newsletter signup");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.map.touchpoints.len(), count + 1);
    key(&mut app, KeyCode::Esc);
    let added = app.selected_touchpoint().ok_or("nothing selected")?;
    assert_eq!(app.map.touchpoints[added].name, "Newsletter signup");
    assert_eq!(app.map.touchpoints[added].stage, app.map.stages[1].id);
    assert_eq!(app.map.touchpoints[added].id, "tp-newsletter-signup");
    // Esc while naming adds nothing.
    keys(&mut app, "a");
    keys(&mut app, "Never mind");
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.map.touchpoints.len(), count + 1);

    // Move it to the next stage and back, reorder it up.
    let id = app.map.touchpoints[added].id.clone();
    keys(&mut app, "L");
    assert_eq!(app.stage, 2);
    let at = app.selected_touchpoint().ok_or("lost the card")?;
    assert_eq!(app.map.touchpoints[at].id, id);
    assert_eq!(app.map.touchpoints[at].stage, app.map.stages[2].id);
    keys(&mut app, "H");
    keys(&mut app, "K");
    let at = app.selected_touchpoint().ok_or("lost the card")?;
    assert_eq!(app.map.touchpoints[at].id, id);
    assert_eq!(app.map.touchpoints[at].stage, app.map.stages[1].id);
    assert!(cjm::model::validate(&app.map).is_empty());

    // Delete a touchpoint that an opportunity refers to: asked first, then the link goes too.
    let referenced = app
        .map
        .touchpoints
        .iter()
        .position(|t| {
            app.map
                .opportunities
                .iter()
                .any(|o| o.touchpoints.contains(&t.id))
        })
        .ok_or("no referenced touchpoint in the example map")?;
    let target = app.map.touchpoints[referenced].clone();
    let stage = app
        .map
        .stages
        .iter()
        .position(|s| s.id == target.stage)
        .ok_or("stage")?;
    app.stage = stage;
    app.card = app
        .stage_cards(stage)
        .iter()
        .position(|&i| i == referenced)
        .ok_or("card")?;
    keys(&mut app, "d");
    assert!(matches!(&app.mode, Mode::ConfirmDelete { references, .. } if !references.is_empty()));
    let screen = render(&app, 120, 40)?;
    assert!(screen.contains("refer to it"), "{screen}");
    keys(&mut app, "d");
    assert!(!app.map.touchpoints.iter().any(|t| t.id == target.id));
    assert!(
        !app.map
            .opportunities
            .iter()
            .any(|o| o.touchpoints.contains(&target.id))
    );
    let text = saved_text_of_save(&mut app).ok_or("no save")?;
    assert!(
        parse(&text).is_ok(),
        "the saved map must load without errors"
    );

    // Undo everything: the original bytes come back.
    while app.history.is_dirty() {
        keys(&mut app, "u");
    }
    assert_eq!(to_toml(&app.map), original);
    Ok(())
}

#[test]
fn quitting_with_unsaved_changes_asks_first() -> TestResult {
    let mut app = open(Path::new("maps/online-shop-current.toml"))?;
    assert_eq!(keys(&mut app, "q"), vec![Effect::Quit]);
    let mut app = open(Path::new("maps/online-shop-current.toml"))?;
    keys(&mut app, "+");
    assert!(keys(&mut app, "q").is_empty());
    assert!(matches!(app.mode, Mode::ConfirmQuit));
    assert!(render(&app, 80, 24)?.contains("not saved"));
    keys(&mut app, "x");
    assert!(matches!(app.mode, Mode::Normal));
    keys(&mut app, "q");
    assert_eq!(keys(&mut app, "q"), vec![Effect::Quit]);
    Ok(())
}

#[test]
fn the_fuzzy_finder_jumps_to_a_touchpoint_and_highlights_matches() -> TestResult {
    let mut app = open(Path::new("maps/online-shop-current.toml"))?;
    let target = app
        .map
        .touchpoints
        .len()
        .checked_sub(1)
        .ok_or("no touchpoints")?;
    let name = app.map.touchpoints[target].name.clone();
    keys(&mut app, "/");
    assert!(matches!(app.mode, Mode::Find(_)));
    // Type the name without its vowels: a fuzzy, not an exact, match.
    let query: String = name
        .chars()
        .filter(|c| !"aeiou ".contains(*c))
        .take(8)
        .collect();
    keys(&mut app, &query);
    insta::assert_snapshot!("finder_120x40", render(&app, 120, 40)?);
    key(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal));
    assert_eq!(app.view, View::Board);
    assert_eq!(app.selected_touchpoint(), Some(target), "query {query:?}");
    Ok(())
}

#[test]
fn the_palette_runs_an_action_by_name() -> TestResult {
    let mut app = open(Path::new("maps/online-shop-current.toml"))?;
    keys(&mut app, ":");
    keys(&mut app, "whotouches");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.view, View::Inventory);
    keys(&mut app, ":");
    keys(&mut app, "curve");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.view, View::Curve);
    Ok(())
}

/// The curve's points are worked out once per state of the map and the
/// filter and kept between frames: after a filter, its removal or an edit
/// it shows what a session opened on the map as it is now shows.
#[test]
fn the_curve_follows_the_filter_and_edits() -> TestResult {
    let path = Path::new("maps/online-shop-current.toml");
    let mut app = open(path)?;
    // The screen above the status line (which tells what the last key did).
    let curve = |app: &App| -> Result<String, Box<dyn std::error::Error>> {
        let screen = render(app, 120, 40)?;
        Ok(screen.lines().take(38).collect::<Vec<_>>().join("\n"))
    };
    let fresh = |app: &App| -> Result<String, Box<dyn std::error::Error>> {
        let mut other = App::new(app.map.clone(), path.to_owned());
        other.filter = app.filter.clone();
        other.view = View::Curve;
        curve(&other)
    };
    keys(&mut app, "2");
    let whole = curve(&app)?;
    assert_eq!(whole, fresh(&app)?);

    keys(&mut app, "1c2");
    assert!(app.filter.is_active());
    let filtered = curve(&app)?;
    assert_ne!(filtered, whole, "the filter leaves points out");
    assert_eq!(filtered, fresh(&app)?);

    keys(&mut app, "1x2");
    assert_eq!(curve(&app)?, whole);

    // Rating the selected card (at 0) up to +2 moves its point.
    keys(&mut app, "1");
    key(&mut app, KeyCode::Down);
    keys(&mut app, "++2");
    let edited = curve(&app)?;
    assert_ne!(edited, whole, "the rated card moved");
    assert_eq!(edited, fresh(&app)?);
    keys(&mut app, "1uu2");
    assert_eq!(curve(&app)?, whole, "undone");
    Ok(())
}

#[test]
fn filters_show_one_persona_channel_or_owner_and_stay_visible() -> TestResult {
    let mut app = open(Path::new("maps/online-shop-current.toml"))?;
    let all: usize = (0..app.map.stages.len())
        .map(|s| app.stage_cards(s).len())
        .sum();

    keys(&mut app, "c");
    let channel = app.filter.channel.ok_or("no channel filter")?;
    let shown: Vec<usize> = (0..app.map.stages.len())
        .flat_map(|s| app.stage_cards(s))
        .collect();
    assert!(!shown.is_empty() && shown.len() < all);
    assert!(
        shown
            .iter()
            .all(|&i| app.map.touchpoints[i].channel == Some(channel))
    );
    assert!(render(&app, 120, 40)?.contains("filter: channel"));

    keys(&mut app, "x");
    keys(&mut app, "o");
    let owner = app.filter.owner.clone().ok_or("no owner filter")?;
    let shown: Vec<usize> = (0..app.map.stages.len())
        .flat_map(|s| app.stage_cards(s))
        .collect();
    assert!(
        shown
            .iter()
            .all(|&i| app.map.touchpoints[i].owner.eq_ignore_ascii_case(&owner))
    );
    assert!(render(&app, 120, 40)?.contains("filter: owner"));

    keys(&mut app, "x");
    keys(&mut app, "p");
    let persona = app.filter.persona.clone().ok_or("no persona filter")?;
    let shown: Vec<usize> = (0..app.map.stages.len())
        .flat_map(|s| app.stage_cards(s))
        .collect();
    assert!(shown.iter().all(|&i| {
        let t = &app.map.touchpoints[i];
        t.personas.is_empty() || t.personas.contains(&persona)
    }));
    insta::assert_snapshot!("filter_persona_80x24", render(&app, 80, 24)?);
    keys(&mut app, "x");
    assert!(!app.filter.is_active());
    assert_eq!(
        (0..app.map.stages.len())
            .map(|s| app.stage_cards(s).len())
            .sum::<usize>(),
        all
    );
    Ok(())
}

#[test]
fn a_mouse_click_selects_a_card_and_the_wheel_moves() -> TestResult {
    use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
    let mut app = open(Path::new("maps/online-shop-current.toml"))?;
    app.update(Message::Resize(120, 40));
    let screen = render(&app, 120, 40)?;
    // Find the second card of the second column on screen and click it.
    let name = &app.map.touchpoints[app.stage_cards(1)[1]].name;
    let prefix: String = name.chars().take(8).collect();
    let (row, line) = screen
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains(&format!("2 {prefix}")))
        .ok_or("card not on screen")?;
    let column = line[..line.find(&format!("2 {prefix}")).unwrap_or(0)]
        .chars()
        .count() as u16;
    let click = |kind, column, row| {
        Message::Mouse(MouseEvent {
            kind,
            column,
            row,
            modifiers: KeyModifiers::NONE,
        })
    };
    app.update(click(
        MouseEventKind::Down(MouseButton::Left),
        column + 2,
        row as u16,
    ));
    assert_eq!((app.stage, app.card), (1, 1));
    app.update(click(MouseEventKind::ScrollUp, 0, 0));
    assert_eq!(app.card, 0);
    // A click on the emotion lane selects nothing new.
    app.update(click(
        MouseEventKind::Down(MouseButton::Left),
        column + 2,
        30,
    ));
    assert_eq!((app.stage, app.card), (1, 0));
    Ok(())
}

#[test]
fn the_checks_view_lists_findings_and_jumps_to_the_item() -> TestResult {
    let mut app = open(Path::new("maps/online-shop-future.toml"))?;
    keys(&mut app, "8");
    assert_eq!(app.view, View::Checks);
    let rows = app.check_rows();
    let (index, finding) = rows
        .iter()
        .enumerate()
        .find_map(|(i, r)| match r {
            cjm::tui::app::CheckRow::Finding(f)
                if f.location.section == cjm::model::Section::Touchpoints =>
            {
                Some((i, f.clone()))
            }
            _ => None,
        })
        .ok_or("the future-state example has a touchpoint note")?;
    insta::assert_snapshot!("checks_120x40", render(&app, 120, 40)?);
    for _ in 0..index {
        keys(&mut app, "j");
    }
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.view, View::Board);
    let tp = app.selected_touchpoint().ok_or("no card selected")?;
    assert_eq!(Some(&app.map.touchpoints[tp].id), finding.item.as_ref());
    Ok(())
}

#[test]
fn a_merge_conflict_is_settled_in_the_app() -> TestResult {
    let base = parse(&std::fs::read_to_string("maps/online-shop-current.toml")?)
        .map_err(|d| format!("{d:?}"))?;
    let mut ours = base.clone();
    let mut theirs = base.clone();
    ours.touchpoints[0].emotion = cjm::model::Emotion::new(-1);
    theirs.touchpoints[0].emotion = cjm::model::Emotion::new(2);
    let merged = cjm::merge::merge(&base, &ours, &theirs);
    assert_eq!(merged.map.conflicts.len(), 1);
    let mut app = App::new(merged.map, PathBuf::from("merged.toml"));
    keys(&mut app, "8");
    assert!(matches!(
        app.check_rows().first(),
        Some(cjm::tui::app::CheckRow::Conflict(..))
    ));
    key(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Resolve { conflict: 0 }));
    assert!(render(&app, 120, 40)?.contains("t take theirs"));
    keys(&mut app, "t");
    assert!(app.map.conflicts.is_empty(), "{}", app.status);
    assert_eq!(app.map.touchpoints[0].emotion.map(|e| e.get()), Some(2));
    keys(&mut app, "u");
    assert_eq!(app.map.conflicts.len(), 1, "undo brings the conflict back");
    Ok(())
}

#[test]
fn a_future_state_map_shows_its_current_state_beside_it() -> TestResult {
    let mut app = open(Path::new("maps/online-shop-future.toml"))?;
    app.based_on = cjm::tui::load_based_on(&app);
    keys(&mut app, "9");
    assert_eq!(app.view, View::Compare);
    let screen = render(&app, 120, 40)?;
    assert!(
        screen.contains("Before") && screen.contains("After"),
        "{screen}"
    );
    assert!(screen.contains("better"), "{screen}");
    insta::assert_snapshot!("compare_120x40", screen);
    Ok(())
}
