//! Pick, never type an id: every field that refers to other items, and
//! every owner and department, is chosen by name in a picker. Driven with
//! key events against the app state, the saved file's text asserted, and
//! every picker drawn into ratatui's `TestBackend` at 80×24 and 160×48
//! with Polish, Russian, Swedish and CJK names.

mod common;

use common::TestResult;
use std::path::{Path, PathBuf};

use cjm::format::load_file;
use cjm::tui::app::{App, Effect, Message, Mode};
use cjm::tui::edit::{Input, ItemRef};
use cjm::tui::theme::Theme;
use cjm::tui::views;
use common::app::select_field;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const MAP: &str = "tests/fixtures/pickers.toml";

fn open() -> Result<App, Box<dyn std::error::Error>> {
    let loaded = load_file(Path::new(MAP))?;
    Ok(App::new(loaded.map, PathBuf::from(MAP)))
}

fn key(app: &mut App, code: KeyCode) -> Vec<Effect> {
    app.update(Message::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

fn keys(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

/// Saves with Ctrl-s and returns the text the save writes.
fn save(app: &mut App) -> Result<String, Box<dyn std::error::Error>> {
    let effects = app.update(Message::Key(KeyEvent::new(
        KeyCode::Char('s'),
        KeyModifiers::CONTROL,
    )));
    effects
        .iter()
        .any(|e| matches!(e, Effect::Save { .. }))
        .then(|| cjm::format::to_toml(&app.map))
        .ok_or_else(|| format!("nothing saved: {}", app.status).into())
}

/// The screen as text, one line per row.
fn render(app: &App, width: u16, height: u16) -> Result<String, Box<dyn std::error::Error>> {
    let mut terminal = Terminal::new(TestBackend::new(width, height))?;
    terminal.draw(|frame| views::view(app, Theme::plain(), frame))?;
    Ok(views::buffer_text(terminal.backend().buffer()))
}

/// Opens the picker of `item`'s `field` with Enter.
fn open_picker(app: &mut App, item: ItemRef, field: &str) -> TestResult {
    select_field(app, item, field)?;
    key(app, KeyCode::Enter);
    match &app.mode {
        Mode::Form(form) if form.picker.is_some() && form.editor.is_none() => Ok(()),
        _ => Err(format!("Enter on {field} of {item:?} opened no picker").into()),
    }
}

/// The TOML table of the item with `id` in `text`: from its `id` line to the next table.
fn table<'a>(text: &'a str, id: &str) -> &'a str {
    let Some(start) = text.find(&format!("id = \"{id}\"")) else {
        return "";
    };
    let rest = &text[start..];
    &rest[..rest.find("\n[").unwrap_or(rest.len())]
}

fn team_member<'a>(text: &'a str, name: &str) -> &'a str {
    let Some(start) = text.find(&format!("name = \"{name}\"")) else {
        return "";
    };
    let rest = &text[start..];
    &rest[..rest.find("\n[").unwrap_or(rest.len())]
}

const ITEMS: [ItemRef; 8] = [
    ItemRef::Map,
    ItemRef::Goal,
    ItemRef::Persona(0),
    ItemRef::Participant(0),
    ItemRef::Stage(0),
    ItemRef::Touchpoint(0),
    ItemRef::Opportunity(0),
    ItemRef::Metric(0),
];

/// No field of the map format requires typing an id in the app: Enter on
/// any field that refers to items, or names a department, opens a picker
/// and never the text editor; every other field is not a reference.
#[test]
fn every_reference_field_of_every_item_kind_opens_a_picker() -> TestResult {
    let mut app = open()?;
    let mut picked = Vec::new();
    for item in ITEMS {
        for field in item.fields() {
            if field == "id" {
                continue;
            }
            select_field(&mut app, item, field)?;
            key(&mut app, KeyCode::Enter);
            let Mode::Form(form) = &app.mode else {
                return Err(format!("Enter on {field} of {item:?} closed the form").into());
            };
            if form.picker.is_some() {
                assert!(form.editor.is_none(), "{field} of {item:?}");
                picked.push(format!("{} {field}", item.noun()));
            } else {
                assert!(
                    !matches!(
                        item.input(field),
                        Input::Reference(_) | Input::References(_)
                    ),
                    "{field} of {item:?} refers to items but opened a text editor"
                );
            }
            key(&mut app, KeyCode::Esc);
        }
    }
    assert_eq!(
        picked,
        [
            "team member department",
            "touchpoint stage",
            "touchpoint owner",
            "touchpoint personas",
            "opportunity touchpoints",
            "opportunity stage",
            "opportunity owner",
            "metric links",
        ]
    );
    assert!(
        !app.history.is_dirty(),
        "opening and closing changed nothing"
    );
    Ok(())
}

/// The form lists what a reference points at by name, never by id.
#[test]
fn the_form_shows_the_names_of_referenced_items_not_their_ids() -> TestResult {
    let mut app = open()?;
    select_field(&mut app, ItemRef::Touchpoint(1), "stage")?;
    let screen = render(&app, 160, 48)?;
    assert!(
        screen.contains("Aktywacja i przeniesienie numeru"),
        "{screen}"
    );
    assert!(screen.contains("Ola, studentka z Łodzi"), "{screen}");
    assert!(!screen.contains("st-purchase"), "{screen}");
    assert!(!screen.contains("pe-ola"), "{screen}");
    select_field(&mut app, ItemRef::Metric(0), "links")?;
    let screen = render(&app, 80, 24)?;
    assert!(screen.contains("Aktywacja i przeniesienie"), "{screen}");
    assert!(!screen.contains("st-purchase"), "{screen}");
    Ok(())
}

#[test]
fn picking_one_writes_its_id_into_the_saved_file() -> TestResult {
    let mut app = open()?;
    // The touchpoint's stage, found by a query without Polish letters.
    open_picker(&mut app, ItemRef::Touchpoint(0), "stage")?;
    keys(&mut app, "aktyw");
    key(&mut app, KeyCode::Enter);
    // The opportunity's stage, found in Cyrillic.
    open_picker(&mut app, ItemRef::Opportunity(1), "stage")?;
    keys(&mut app, "исп");
    key(&mut app, KeyCode::Enter);
    // A pasted query narrows the list as typing does.
    open_picker(&mut app, ItemRef::Touchpoint(3), "stage")?;
    app.update(Message::Paste("żółta\n".to_owned()));
    key(&mut app, KeyCode::Enter);
    // An owner among the departments named in the map, without accents.
    open_picker(&mut app, ItemRef::Opportunity(1), "owner")?;
    keys(&mut app, "sprzedaz");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Esc);
    let text = save(&mut app)?;
    let sms = table(&text, "tp-sms");
    assert!(sms.contains("stage = \"st-purchase\"\n"), "{sms}");
    let call = table(&text, "tp-call");
    assert!(call.contains("stage = \"st-aware\"\n"), "{call}");
    let status = table(&text, "op-status");
    assert!(status.contains("stage = \"st-use\"\n"), "{status}");
    assert!(status.contains("owner = \"Sprzedaż\"\n"), "{status}");
    Ok(())
}

#[test]
fn picking_several_writes_their_ids_in_the_saved_file() -> TestResult {
    let mut app = open()?;
    // The opportunity improves the salon visit; mark two more, unmark the visit.
    open_picker(&mut app, ItemRef::Opportunity(0), "touchpoints")?;
    keys(&mut app, "アプリ");
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Backspace);
    keys(&mut app, "zvonok");
    key(&mut app, KeyCode::Char(' '));
    for _ in 0.."zvonok".len() {
        key(&mut app, KeyCode::Backspace);
    }
    keys(&mut app, "wizyta");
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Enter);
    // The metric's links: items of three kinds in one list.
    open_picker(&mut app, ItemRef::Metric(0), "links")?;
    keys(&mut app, "szybsze");
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Enter);
    // Personas of a touchpoint: Enter with none marked takes the highlighted one.
    open_picker(&mut app, ItemRef::Touchpoint(2), "personas")?;
    keys(&mut app, "ゆき");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Esc);
    let text = save(&mut app)?;
    let fast = table(&text, "op-fast");
    assert!(
        fast.contains("touchpoints = [\"tp-app\", \"tp-call\"]\n"),
        "{fast}"
    );
    let nps = table(&text, "me-nps");
    assert!(
        nps.contains("links = [\"st-purchase\", \"op-fast\"]\n"),
        "{nps}"
    );
    let app_tp = table(&text, "tp-app");
    assert!(app_tp.contains("personas = [\"pe-yuki\"]\n"), "{app_tp}");
    Ok(())
}

#[test]
fn esc_closes_a_picker_without_a_change() -> TestResult {
    let mut app = open()?;
    let before = app.map.clone();
    open_picker(&mut app, ItemRef::Touchpoint(1), "personas")?;
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Esc);
    open_picker(&mut app, ItemRef::Touchpoint(1), "stage")?;
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Esc);
    assert!(matches!(&app.mode, Mode::Form(f) if f.picker.is_none()));
    assert_eq!(app.map, before);
    assert!(!app.history.is_dirty());
    Ok(())
}

#[test]
fn a_new_department_is_added_from_the_picker_and_offered_later() -> TestResult {
    let mut app = open()?;
    // Lars has no department: "new department…" is the last row.
    open_picker(&mut app, ItemRef::Participant(3), "department")?;
    key(&mut app, KeyCode::End);
    for _ in 0..20 {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Enter);
    keys(&mut app, "Logistyka");
    let naming = render(&app, 80, 24)?;
    assert!(naming.contains("Name of the new department"), "{naming}");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Esc);
    // The touchpoint's owner is picked among the departments, the new one too.
    open_picker(&mut app, ItemRef::Touchpoint(3), "owner")?;
    let Mode::Form(form) = &app.mode else {
        return Err("no form".into());
    };
    let offered: Vec<&str> = form
        .picker
        .as_ref()
        .map(|p| p.choices.iter().map(|c| c.name.as_str()).collect())
        .unwrap_or_default();
    // Each department once, whatever its spelling ("obsluga KLIENTA"),
    // in the order of their folded spelling ("ИТ" as "IT").
    assert_eq!(
        offered,
        [
            "ИТ-отдел",
            "Kundtjänst",
            "Logistyka",
            "Marketing",
            "Obsługa klienta",
            "Sprzedaż",
        ]
    );
    keys(&mut app, "logi");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Esc);
    let text = save(&mut app)?;
    let lars = team_member(&text, "Lars Ångström");
    assert!(lars.contains("department = \"Logistyka\"\n"), "{lars}");
    let call = table(&text, "tp-call");
    assert!(call.contains("owner = \"Logistyka\"\n"), "{call}");
    Ok(())
}

/// Every picker at 80×24 and 160×48, reviewed by eye.
#[test]
fn every_picker_draws_at_80x24_and_160x48() -> TestResult {
    let cases = [
        (ItemRef::Touchpoint(2), "stage", ""),
        (ItemRef::Touchpoint(1), "personas", ""),
        (ItemRef::Touchpoint(1), "owner", ""),
        (ItemRef::Opportunity(0), "touchpoints", ""),
        (ItemRef::Opportunity(0), "stage", "przen"),
        (ItemRef::Opportunity(0), "owner", ""),
        (ItemRef::Metric(0), "links", ""),
        (ItemRef::Participant(2), "department", ""),
    ];
    for (item, field, query) in cases {
        for (w, h) in [(80, 24), (160, 48)] {
            let mut app = open()?;
            app.update(Message::Resize(w, h));
            open_picker(&mut app, item, field)?;
            keys(&mut app, query);
            let screen = render(&app, w, h)?;
            let noun = item.noun().replace(' ', "_");
            insta::assert_snapshot!(format!("{noun}_{field}_{w}x{h}"), screen);
        }
    }
    Ok(())
}

/// The underlined cells of the lowest row that shows `text` (the picker's,
/// over the form), as the characters they hold.
fn underlined(app: &App, text: &str) -> Result<String, Box<dyn std::error::Error>> {
    let mut terminal = Terminal::new(TestBackend::new(80, 24))?;
    terminal.draw(|frame| views::view(app, Theme::plain(), frame))?;
    let buffer = terminal.backend().buffer();
    let screen = views::buffer_text(buffer);
    let lines: Vec<&str> = screen.lines().collect();
    let row = lines
        .iter()
        .rposition(|l| l.contains(text))
        .ok_or_else(|| format!("no row shows {text:?}:\n{screen}"))?;
    let row = u16::try_from(row)?;
    let mut out = String::new();
    for x in 0..buffer.area.width {
        let cell = &buffer[(x, row)];
        if cell.modifier.contains(ratatui::style::Modifier::UNDERLINED) {
            out.push_str(cell.symbol());
        }
    }
    Ok(out)
}

/// The shared folded matcher: `zolt` finds "Żółta" and the highlight falls
/// on those letters; in a row after wide CJK characters it falls on the
/// right cells too.
#[test]
fn matched_letters_are_underlined_in_polish_russian_and_cjk_names() -> TestResult {
    let mut app = open()?;
    open_picker(&mut app, ItemRef::Touchpoint(0), "stage")?;
    keys(&mut app, "zolt");
    assert_eq!(underlined(&app, "Żółta kartka")?, "Żółt");
    key(&mut app, KeyCode::Esc);
    open_picker(&mut app, ItemRef::Opportunity(0), "touchpoints")?;
    keys(&mut app, "確認");
    assert_eq!(underlined(&app, "アプリで")?, "確認");
    for _ in 0..2 {
        key(&mut app, KeyCode::Backspace);
    }
    keys(&mut app, "podderzhk");
    assert_eq!(underlined(&app, "Звонок")?, "поддержк");
    Ok(())
}

/// A picker with nothing to choose says so, and Enter changes nothing.
#[test]
fn a_picker_over_an_empty_list_says_so_and_changes_nothing() -> TestResult {
    let mut app = open()?;
    app.map.opportunities.clear();
    app.map.metrics[0].links.clear();
    app.map.personas.clear();
    app.map.touchpoints[1].personas.clear();
    let before = app.map.clone();
    open_picker(&mut app, ItemRef::Touchpoint(1), "personas")?;
    let screen = render(&app, 80, 24)?;
    assert!(screen.contains("Nothing to choose from yet"), "{screen}");
    key(&mut app, KeyCode::Enter);
    assert!(matches!(&app.mode, Mode::Form(f) if f.picker.is_none()));
    assert_eq!(app.map, before);
    Ok(())
}

#[test]
fn a_picker_key_rebound_in_the_config_works_and_footer_and_help_follow() -> TestResult {
    let config = cjm::tui::config::parse(
        "[keys.picker]\nmark = \"f3\"\nhelp = \"f2\"\n",
        "config.toml",
    );
    assert_eq!(config.problems, Vec::<String>::new());
    let mut app = open()?;
    app.keymap = config.keymap;
    open_picker(&mut app, ItemRef::Metric(0), "links")?;
    let screen = render(&app, 80, 24)?;
    let footer = screen.lines().last().unwrap_or("");
    assert!(
        footer.contains("F3 mark") && !footer.contains("Space"),
        "{footer}"
    );
    // Space no longer marks: it types into the query, which then matches nothing.
    keys(&mut app, "szybsze");
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::F(3));
    // F2 opens the picker's help, listing the new key; Esc goes back to the picker.
    key(&mut app, KeyCode::F(2));
    let help = render(&app, 100, 40)?;
    assert!(help.contains("Help: Picker"), "{help}");
    assert!(
        help.contains("F3") && help.contains("Mark or unmark the entry"),
        "{help}"
    );
    key(&mut app, KeyCode::Esc);
    assert!(matches!(&app.mode, Mode::Form(f) if f.picker.is_some()));
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Esc);
    let nps = table(&save(&mut app)?, "me-nps").to_owned();
    assert!(
        nps.contains("links = [\"st-purchase\", \"op-fast\"]\n"),
        "{nps}"
    );
    Ok(())
}

/// A repository with `cjm.toml` sharing two personas, and a map in it that
/// uses one of them and defines its own: the map's file and its app.
fn shared_repository() -> Result<(tempfile::TempDir, App), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    std::fs::create_dir(dir.path().join(".git"))?;
    std::fs::write(
        dir.path().join("cjm.toml"),
        "personas = [\"personas.toml\"]\n",
    )?;
    std::fs::write(
        dir.path().join("personas.toml"),
        "[[personas]]\nid = \"pe-hannah\"\nname = \"Hannah, first-time buyer\"\n\n\
         [[personas]]\nid = \"pe-olek\"\nname = \"Olek, stały klient\"\n",
    )?;
    std::fs::create_dir(dir.path().join("maps"))?;
    let path = dir.path().join("maps").join("shop.toml");
    std::fs::write(
        &path,
        "schema = 1\ntitle = \"Shop\"\nkind = \"current-state\"\n\
         shared_personas = [\"pe-hannah\"]\n\n\
         [[personas]]\nid = \"pe-kenji\"\nname = \"健二, business buyer\"\n\n\
         [[stages]]\nid = \"st-buy\"\nname = \"Buy\"\n\n\
         [[touchpoints]]\nid = \"tp-pay\"\nstage = \"st-buy\"\nname = \"Pay\"\n\
         personas = [\"pe-hannah\"]\n",
    )?;
    let loaded = load_file(&path)?;
    let mut app = App::new(loaded.map, path);
    app.find_shared_personas();
    Ok((dir, app))
}

#[test]
fn the_persona_picker_offers_the_repositorys_shared_personas_marked_as_shared() -> TestResult {
    let (_dir, mut app) = shared_repository()?;
    open_picker(&mut app, ItemRef::Touchpoint(0), "personas")?;
    let screen = render(&app, 80, 24)?;
    for row in [
        "健二, business buyer",
        "Hannah, first-time buyer · shared · personas.toml",
        "Olek, stały klient · shared · personas.toml",
    ] {
        assert!(screen.contains(row), "{row}\n{screen}");
    }
    // The temporary folder's random name, as a placeholder as wide.
    let placed = common::app::render_placed(&app, 80, 24)?;
    insta::assert_snapshot!("shared_personas_picker_80x24", placed);
    // Choosing the one the map does not use yet lists it in the map's
    // `shared_personas`, in the same step undo takes back.
    keys(&mut app, "olek");
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Esc);
    let text = save(&mut app)?;
    assert!(
        text.contains("shared_personas = [\n  \"pe-hannah\",\n  \"pe-olek\",\n]\n")
            || text.contains("shared_personas = [\"pe-hannah\", \"pe-olek\"]\n"),
        "{text}"
    );
    assert!(
        table(&text, "tp-pay").contains("personas = [\"pe-hannah\", \"pe-olek\"]\n"),
        "{text}"
    );
    assert!(
        !text.contains("Olek, stały klient"),
        "never copied in: {text}"
    );
    keys(&mut app, "u");
    let undone = save(&mut app)?;
    assert!(!undone.contains("pe-olek"), "{undone}");
    Ok(())
}

#[test]
fn the_boards_persona_filter_goes_on_to_the_shared_personas() -> TestResult {
    let (_dir, mut app) = shared_repository()?;
    keys(&mut app, "p");
    assert!(
        app.status.contains("健二, business buyer"),
        "{}",
        app.status
    );
    keys(&mut app, "p");
    assert!(
        app.status.contains("Hannah, first-time buyer (shared)"),
        "{}",
        app.status
    );
    let screen = render(&app, 80, 24)?;
    assert!(
        screen.contains("Pay"),
        "Hannah's touchpoint stays:\n{screen}"
    );
    keys(&mut app, "p");
    assert!(
        app.status.contains("Olek, stały klient (shared)"),
        "{}",
        app.status
    );
    let screen = render(&app, 80, 24)?;
    assert!(!screen.contains("Pay"), "Olek has no touchpoint:\n{screen}");
    keys(&mut app, "p");
    assert!(!app.filter.is_active());
    Ok(())
}
