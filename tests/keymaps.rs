//! Keymaps per mode, as a user meets them: forms and guided steps that no
//! stray typing can surprise, help that scrolls and never overlaps, footer
//! and help that follow the config file's bindings.

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

use cjm::tui::app::{App, Form, Message, Mode, is_picked};
use cjm::tui::config;
use cjm::tui::edit::{Input, ItemRef};
use cjm::tui::guide::{Guide, Step};
use cjm::tui::views;
use proptest::prelude::*;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use common::TestResult;
use common::app::{key, render};

fn app() -> App {
    App::new(cjm_testdata::generate(30, 3), PathBuf::from("shop.toml"))
}

/// Every kind of item a form edits.
const ITEMS: [ItemRef; 8] = [
    ItemRef::Map,
    ItemRef::Goal,
    ItemRef::Persona(0),
    ItemRef::Participant(0),
    ItemRef::Stage(1),
    ItemRef::Touchpoint(2),
    ItemRef::Opportunity(0),
    ItemRef::Metric(0),
];

/// Where the form is open: on its own, or in a step of the guided session.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Place {
    Form(usize),
    /// A step that opens a form itself (Setup, Goal, Review) or one whose
    /// item's form Enter opens (Touchpoints, Blueprint, Emotions, Opportunities).
    Step(Step),
}

fn places() -> impl Strategy<Value = Place> {
    prop_oneof![
        (0..ITEMS.len()).prop_map(Place::Form),
        prop::sample::select(vec![
            Step::Setup,
            Step::Goal,
            Step::Touchpoints,
            Step::Blueprint,
            Step::Emotions,
            Step::Opportunities,
            Step::Review,
        ])
        .prop_map(Place::Step),
    ]
}

/// Printable keys in several scripts, with the letters and signs the board binds.
fn printable() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => prop::char::range(' ', '~'),
        1 => prop::sample::select("ąęłżźćńóśĄŁжЖйÅäö日本語😊".chars().collect::<Vec<_>>()),
    ]
}

/// Opens the form of `place` and selects its field `field` (modulo the count).
fn open(place: Place, field: usize) -> Option<App> {
    let mut app = app();
    match place {
        Place::Form(i) => app.mode = Mode::Form(Form::new(ITEMS[i])),
        Place::Step(step) => {
            app.start_guide(Guide::new(step, &BTreeMap::new(), Instant::now()));
            if !matches!(app.mode, Mode::Form(_)) {
                key(&mut app, KeyCode::Enter);
            }
        }
    }
    let Mode::Form(form) = &mut app.mode else {
        return None;
    };
    form.field = field % form.fields().len().max(1);
    Some(app)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Issue #12's done-means: printable keys typed into any form, on its
    /// own or in a guided step, change nothing but the text of the field
    /// being edited: not the map, the undo history, the filters, the
    /// timers, the step, the view or the selected field.
    #[test]
    fn typing_in_a_form_changes_nothing_but_the_field_being_edited(
        place in places(),
        field in 0usize..30,
        typed in prop::collection::vec(printable(), 1..40),
        timer_running in any::<bool>(),
    ) {
        let Some(mut app) = open(place, field) else {
            return Err(TestCaseError::reject("the step has no form to open"));
        };
        if let Some(guide) = &mut app.guide
            && timer_running
        {
            let step = guide.step;
            let now = guide.now;
            if let Some(timer) = guide.timers.get_mut(&step) {
                timer.running_since = Some(now);
            }
        }
        let map = app.map.clone();
        let filter = app.filter.clone();
        let timers = app.guide.as_ref().map(|g| (g.step, g.timers.clone(), g.dots.clone()));
        let (view, stage, card) = (app.view, app.stage, app.card);
        let Mode::Form(form) = &app.mode else { unreachable!() };
        let (item, selected) = (form.item, form.field);
        let input = item.input(form.field_name());
        let picked = is_picked(item, form.field_name());
        for c in &typed {
            let effects = app.update(Message::Key(KeyEvent::new(KeyCode::Char(*c), KeyModifiers::NONE)));
            prop_assert!(effects.is_empty(), "{c:?} ran {effects:?}");
        }
        prop_assert_eq!(&app.map, &map);
        prop_assert!(!app.history.is_dirty());
        prop_assert_eq!(&app.filter, &filter);
        prop_assert_eq!(app.guide.as_ref().map(|g| (g.step, g.timers.clone(), g.dots.clone())), timers);
        prop_assert_eq!((app.view, app.stage, app.card), (view, stage, card));
        let Mode::Form(form) = &app.mode else {
            return Err(TestCaseError::fail(format!("the form closed: {:?}", app.mode)));
        };
        prop_assert_eq!((form.item, form.field), (item, selected));
        match input {
            _ if picked => {
                // A reference or a department: the keys went into the
                // picker's search (in a list field Space marks the
                // highlighted item instead), and nothing is chosen until Enter.
                let text: String = typed.iter().filter(|c| **c != ' ').collect();
                let query = form.picker.as_ref().map(|p| p.query.replace(' ', ""));
                prop_assert!(query.as_deref() == Some(text.as_str()), "{query:?}");
            }
            Input::Text | Input::Lines => {
                // The keys went into the field's editor, after its text.
                let text: String = typed.iter().collect();
                let editor = form.editor.as_ref().map(|e| e.lines().join("\n"));
                prop_assert!(editor.as_ref().is_some_and(|e| e.ends_with(&text)), "{editor:?}");
            }
            Input::Actions if place == Place::Step(Step::Blueprint) => {
                // A lane in the blueprint step: the keys are a new action's
                // text, alone in its editor, added only when accepted.
                let text: String = typed.iter().collect();
                let editor = form.editor.as_ref().map(|e| e.lines().join("\n"));
                prop_assert!(form.adds_action);
                prop_assert_eq!(editor.as_deref(), Some(text.as_str()));
            }
            Input::ReadOnly | Input::Choice { .. } | Input::Bool => {
                prop_assert!(form.editor.is_none());
                prop_assert!(!app.status.is_empty());
            }
            _ => {}
        }
    }
}

#[test]
fn a_form_shows_its_mode_and_q_types_instead_of_closing() -> TestResult {
    let mut app = app();
    app.mode = Mode::Form(Form::new(ItemRef::Touchpoint(0)));
    let screen = render(&app, 80, 24)?;
    assert!(screen.contains("NAVIGATE"), "{screen}");
    for c in "quit".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    let Mode::Form(form) = &app.mode else {
        panic!("q closed the form");
    };
    let text = form.editor.as_ref().map(|e| e.lines().join("\n"));
    assert_eq!(text, Some(format!("{}quit", app.map.touchpoints[0].name)));
    let screen = render(&app, 80, 24)?;
    assert!(screen.contains("EDIT"), "{screen}");
    // Esc on changed text asks; Enter then keeps it.
    key(&mut app, KeyCode::Esc);
    assert!(app.status.contains("Esc again drops it"), "{}", app.status);
    key(&mut app, KeyCode::Enter);
    assert!(app.map.touchpoints[0].name.ends_with("quit"));
    assert!(matches!(&app.mode, Mode::Form(f) if f.editor.is_none()));
    Ok(())
}

#[test]
fn typing_on_a_choice_says_how_to_change_it() {
    let mut app = app();
    let mut form = Form::new(ItemRef::Touchpoint(0));
    form.field = form
        .fields()
        .iter()
        .position(|f| *f == "channel")
        .unwrap_or(0);
    app.mode = Mode::Form(form);
    let before = app.map.clone();
    key(&mut app, KeyCode::Char('c'));
    assert_eq!(app.map, before);
    assert!(
        app.status
            .starts_with("Channel is a choice: ← / → change it"),
        "{}",
        app.status
    );
}

/// Opens help and scrolls it to its end.
fn help_at_end(app: &mut App, width: u16, height: u16) {
    app.update(Message::Resize(width, height));
    key(app, KeyCode::Char('?'));
    for _ in 0..200 {
        key(app, KeyCode::Down);
    }
}

/// `line` from display column `from` on (wide characters take two columns).
fn from_column(line: &str, from: usize) -> String {
    let mut column = 0;
    let mut out = String::new();
    for c in line.chars() {
        if column >= from {
            out.push(c);
        }
        column += views::text::width(c.encode_utf8(&mut [0; 4]));
    }
    out
}

/// The help box's rows, without the board around it.
fn help_box(screen: &str) -> Vec<String> {
    let lines: Vec<&str> = screen.lines().collect();
    let top = lines.iter().position(|l| l.contains("┌ Help")).unwrap_or(0);
    let left = lines[top].split('┌').next().map_or(0, views::text::width);
    lines[top..]
        .iter()
        .map(|l| from_column(l, left))
        .take_while(|l| !l.starts_with('└'))
        .collect()
}

#[test]
fn help_scrolls_to_its_end_at_80x24_and_shows_where_it_is() -> TestResult {
    let mut app = app();
    app.update(Message::Resize(80, 24));
    key(&mut app, KeyCode::Char('?'));
    let first = render(&app, 80, 24)?;
    assert!(first.contains("↓ / j more"), "{first}");
    for _ in 0..200 {
        key(&mut app, KeyCode::Down);
    }
    let screen = render(&app, 80, 24)?;
    assert!(screen.contains("end · ↑ / k back"), "{screen}");
    assert!(screen.contains("Voting: take a dot back"), "{screen}");
    insta::assert_snapshot!("help_end_80x24", screen);
    key(&mut app, KeyCode::Esc);
    assert!(matches!(app.mode, Mode::Normal));
    Ok(())
}

#[test]
fn help_fits_in_two_columns_at_160x48_and_they_never_overlap() -> TestResult {
    let mut app = app();
    help_at_end(&mut app, 160, 48);
    let screen = render(&app, 160, 48)?;
    assert!(!screen.contains("more"), "{screen}");
    insta::assert_snapshot!("help_end_160x48", screen);
    for (width, height) in [(100, 30), (200, 40)] {
        let mut app = self::app();
        help_at_end(&mut app, width, height);
        let screen = render(&app, width, height)?;
        insta::assert_snapshot!(format!("help_end_{width}x{height}"), screen);
    }
    Ok(())
}

#[test]
fn help_columns_never_run_into_each_other_at_any_width() -> TestResult {
    // A description ends before the next column starts: every row of the
    // help box has at least two spaces between its columns' texts, and no
    // description is cut mid-word by the column to its right.
    let descriptions: Vec<String> = cjm::tui::keymap::Keymap::default()
        .actions(cjm::tui::keymap::KeyMode::Board)
        .iter()
        .map(|a| a.description())
        .collect();
    for width in (80..=400).step_by(7) {
        for height in [24, 30, 48, 60] {
            let mut app = app();
            app.update(Message::Resize(width, height));
            key(&mut app, KeyCode::Char('?'));
            // Every row of the help, paging through it when it scrolls.
            let mut rows: Vec<String> = Vec::new();
            for _ in 0..20 {
                let screen = render(&app, width, height)?;
                let shown = help_box(&screen);
                let done = !screen.contains(" more");
                rows.extend(shown.into_iter().filter(|r| !r.contains("lines ")));
                if done {
                    break;
                }
                key(&mut app, KeyCode::PageDown);
            }
            let text = rows.join("\n");
            // Every description is whole (wrapped at spaces at most).
            let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
            for description in &descriptions {
                let words: Vec<&str> = description.split_whitespace().collect();
                let first = words.first().copied().unwrap_or("");
                let last = words.last().copied().unwrap_or("");
                assert!(
                    flat.contains(first) && flat.contains(last),
                    "{width}x{height}: {description:?} is cut\n{text}"
                );
            }
            for row in &rows {
                assert!(
                    !row.contains("editiViews") && !row.contains("fieWorkshop"),
                    "{row}"
                );
            }
        }
    }
    Ok(())
}

#[test]
fn footer_and_help_follow_the_config_files_bindings() -> TestResult {
    let config = config::parse(
        "[keys]\nundo = \"U\"\n\n[keys.form]\nredo = 1\nundo = \"ctrl-u\"\ndelete = \"f8\"\n",
        "config.toml",
    );
    assert_eq!(
        config.problems,
        vec![
            "config.toml: [keys.form] `redo` needs a key or a list of keys, e.g. redo = [\"x\"]"
                .to_owned()
        ]
    );
    let mut app = app();
    app.keymap = config.keymap.clone();
    let board = render(&app, 100, 24)?;
    assert!(board.contains(" U undo"), "{board}");
    app.mode = Mode::Form(Form::new(ItemRef::Touchpoint(0)));
    let form = render(&app, 100, 24)?;
    let footer = form.lines().last().unwrap_or("");
    assert!(
        footer.contains("F8 clear") && footer.contains("Ctrl-u undo"),
        "{footer}"
    );
    // F1 opens the form's help, which lists the form's keys; Esc goes back to the form.
    key(&mut app, KeyCode::F(1));
    let help = render(&app, 100, 40)?;
    assert!(help.contains("Help: Form – navigate"), "{help}");
    assert!(
        help.contains("F8") && help.contains("Clear the selected field"),
        "{help}"
    );
    assert!(
        help.contains("Ctrl-u") && !help.contains("Ctrl-z"),
        "{help}"
    );
    key(&mut app, KeyCode::Esc);
    assert!(matches!(app.mode, Mode::Form(_)));
    // The new form key works, the default one no longer does.
    let mut form = Form::new(ItemRef::Touchpoint(0));
    form.field = form
        .fields()
        .iter()
        .position(|f| *f == "owner")
        .unwrap_or(0);
    app.mode = Mode::Form(form);
    key(&mut app, KeyCode::Delete);
    assert!(!app.map.touchpoints[0].owner.is_empty());
    key(&mut app, KeyCode::F(8));
    assert!(app.map.touchpoints[0].owner.is_empty());
    Ok(())
}

/// Until a message takes its place, the status bar says how to get help
/// in the mode on screen: `?` on the board, F1 in a form and in the finder
/// (where `?` is typed), and the config file's key where it has one.
#[test]
fn the_status_bar_names_the_help_key_of_the_mode_on_screen() -> TestResult {
    let status = |app: &App| -> Result<String, Box<dyn std::error::Error>> {
        let screen = render(app, 100, 24)?;
        let lines: Vec<&str> = screen.lines().collect();
        Ok(lines
            .len()
            .checked_sub(2)
            .and_then(|i| lines.get(i))
            .map_or(String::new(), |l| (*l).to_owned()))
    };
    let mut app = app();
    assert!(
        status(&app)?.ends_with("Press ? for help"),
        "{}",
        status(&app)?
    );
    app.mode = Mode::Form(Form::new(ItemRef::Touchpoint(0)));
    assert!(
        status(&app)?.ends_with("Press F1 for help"),
        "{}",
        status(&app)?
    );
    key(&mut app, KeyCode::F(1));
    assert!(
        matches!(app.mode, Mode::Help { .. }),
        "F1 opens help over the form"
    );
    // Help itself does not say how to open help.
    assert!(!status(&app)?.contains("for help"), "{}", status(&app)?);
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('/'));
    assert!(
        status(&app)?.ends_with("Press F1 for help"),
        "{}",
        status(&app)?
    );
    key(&mut app, KeyCode::Esc);
    let config = config::parse("[keys]\nhelp = \"f10\"\n", "config.toml");
    assert_eq!(config.problems, Vec::<String>::new());
    app.keymap = config.keymap.clone();
    assert!(
        status(&app)?.ends_with("Press F10 for help"),
        "{}",
        status(&app)?
    );
    key(&mut app, KeyCode::F(10));
    assert!(matches!(app.mode, Mode::Help { .. }), "F10 opens help");
    key(&mut app, KeyCode::Esc);
    // A message takes the place of the hint.
    key(&mut app, KeyCode::Char('x'));
    assert!(!status(&app)?.contains("for help"), "{}", status(&app)?);
    Ok(())
}

#[test]
fn an_unknown_mode_in_the_config_is_named_with_the_modes() {
    let config = config::parse("[keys.from]\nedit = \"f2\"\n", "config.toml");
    assert_eq!(
        config.problems,
        vec!["config.toml: [keys.from] is not a mode (did you mean `form`?); the modes are board, form, form-edit, help-screen, finder, home, picker, prompt, conflict, combine, recovery, changed-on-disk, merge-preview, opened-elsewhere, difference, quit-question, delete-question, migrate-question".to_owned()]
    );
}

/// Every `.rs` file under `dir`.
fn sources(dir: &std::path::Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            sources(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    Ok(())
}

#[test]
fn no_key_code_is_read_outside_the_keymap_module() -> TestResult {
    // Keys are read in one place: the keymaps and their input translation
    // (src/tui/keymap/). Anywhere else, a key is an action of the active
    // mode's keymap or a `Press` of the translation. Unit tests may build events.
    let mut files = Vec::new();
    sources(std::path::Path::new("src"), &mut files)?;
    let keymap = std::path::Path::new("src").join("tui").join("keymap");
    let mut found = Vec::new();
    for file in files.iter().filter(|f| !f.starts_with(&keymap)) {
        let text = std::fs::read_to_string(file)?;
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for (i, line) in code.lines().enumerate() {
            if line.contains("KeyCode") {
                found.push(format!("{}:{}: {}", file.display(), i + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "KeyCode outside src/tui/keymap/ – bind the key in keymap/default.rs or read it with keymap::Press:\n{}",
        found.join("\n")
    );
    assert!(files.len() > 50, "the source tree was not found");
    Ok(())
}
