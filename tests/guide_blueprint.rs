//! The guided session's blueprint step: its screen at three sizes and in
//! Polish, a backstage action added with its department (a known one and a
//! new one), a fail point and a wait saved to the file, one undo per
//! action, the step on for a service map and only switched on for the
//! others, the switch kept when the session resumes, the gaps counted as
//! `cjm check` counts them, the step whole at 80×24 in every language, and
//! the repository's shared departments offered in the step's picker.

mod common;

use std::path::{Path, PathBuf};

use cjm::check::{Code, Context};
use cjm::format::{load_file, parse};
use cjm::i18n::{self, Lang};
use cjm::t_in;
use cjm::tui::app::{App, Message, Mode};
use cjm::tui::guide::{Step, Store};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use common::TestResult;
use common::app::{render_placed, run_effects, select_open_field};

const BANK: &str = "tests/fixtures/blueprint/bank-branch.toml";
const SHOP: &str = "maps/online-shop-current.toml";

/// A copy of `source` in `dir`, opened in a guided session with a store in
/// `dir` (where the session resumes, else step 1).
fn session(dir: &Path, source: &str) -> Result<App, Box<dyn std::error::Error>> {
    let path = dir.join(Path::new(source).file_name().ok_or("no file name")?);
    if !path.exists() {
        std::fs::copy(source, &path)?;
    }
    reopen(dir, &path)
}

/// Opens `path` again, as a new run of `cjm guide` would.
fn reopen(dir: &Path, path: &Path) -> Result<App, Box<dyn std::error::Error>> {
    let (store, _) = Store::load(Some(dir.join("data").join("sessions.toml")));
    let mut app = App::new(load_file(path)?.map, PathBuf::from(path));
    app.store = store;
    app.resume_guide(None, &Default::default(), 3);
    Ok(app)
}

fn press(app: &mut App, code: KeyCode) -> TestResult {
    with(app, code, KeyModifiers::NONE)
}

fn with(app: &mut App, code: KeyCode, modifiers: KeyModifiers) -> TestResult {
    let effects = app.update(Message::Key(KeyEvent::new(code, modifiers)));
    run_effects(app, effects)
}

fn typing(app: &mut App, text: &str) -> TestResult {
    for c in text.chars() {
        press(app, KeyCode::Char(c))?;
    }
    Ok(())
}

fn step(app: &App) -> Option<Step> {
    app.guide.as_ref().map(|g| g.step)
}

/// From step 1 to `target` with Tab, closing the forms steps open, as a
/// facilitator does.
fn tab_to(app: &mut App, target: Step) -> TestResult {
    for _ in 0..12 {
        if step(app) == Some(target) {
            return Ok(());
        }
        if matches!(app.mode, Mode::Form(_)) {
            press(app, KeyCode::Esc)?;
        }
        press(app, KeyCode::Tab)?;
    }
    Err(format!("never reached {target:?}: {}", app.status).into())
}

/// The bank's queue ticket, the first stage's touchpoint, has nothing
/// backstage: its form at the blueprint step.
fn open_queue_ticket(app: &mut App) -> TestResult {
    tab_to(app, Step::Blueprint)?;
    press(app, KeyCode::Enter)?;
    let Mode::Form(form) = &app.mode else {
        return Err(format!("no form: {}", app.status).into());
    };
    assert_eq!(
        form.fields(),
        ["frontstage", "backstage", "support", "fail_point", "wait"],
        "the step's form shows the blueprint's fields"
    );
    assert_eq!(app.map.touchpoints[0].id.as_str(), "tp-queue");
    Ok(())
}

/// Enter on `lane`, the action's text, Enter, then the department `name`:
/// one of the picker's, or typed after "new department…".
fn add_action(app: &mut App, lane: &str, text: &str, name: &str, new: bool) -> TestResult {
    select_open_field(app, lane)?;
    press(app, KeyCode::Enter)?;
    typing(app, text)?;
    press(app, KeyCode::Enter)?;
    let Mode::Form(form) = &app.mode else {
        return Err("the form closed".into());
    };
    let picker = form.picker.as_ref().ok_or("no department picker")?;
    assert!(picker.title.contains(text), "{}", picker.title);
    if new {
        press(app, KeyCode::End)?;
        press(app, KeyCode::Enter)?;
    }
    typing(app, name)?;
    press(app, KeyCode::Enter)?;
    match &app.mode {
        Mode::Form(form) if form.picker.is_none() => Ok(()),
        _ => Err(format!("{name:?} was not picked: {}", app.status).into()),
    }
}

/// Clears the field `name` and types `text` into it.
fn retype(app: &mut App, name: &str, text: &str) -> TestResult {
    select_open_field(app, name)?;
    press(app, KeyCode::Delete)?;
    press(app, KeyCode::Enter)?;
    typing(app, text)?;
    press(app, KeyCode::Enter)
}

#[test]
fn the_step_at_three_sizes_and_in_polish() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut app = session(dir.path(), BANK)?;
    tab_to(&mut app, Step::Blueprint)?;
    // The application desk, with the most in its lanes.
    press(&mut app, KeyCode::Char('l'))?;
    for (w, h) in [(80, 24), (120, 40), (200, 50)] {
        let screen = render_placed(&app, w, h)?;
        for must in [
            "Step 7 of 11 – Service blueprint",
            "next: Emotions",
            "what do our people do in front of the customer?",
            "Without backstage: 1 of 4 touchpoints · no owner: 0",
            "line of visibility",
            "Runs the anti-money-laundering check",
        ] {
            assert!(screen.contains(must), "{w}x{h}: {must}\n{screen}");
        }
        insta::assert_snapshot!(format!("blueprint_step_{w}x{h}"), screen);
    }
    let polish = i18n::scoped(Lang::Pl, || render_placed(&app, 80, 24))?;
    for must in [
        "Krok 7 z 11 – Blueprint usługi",
        "Co nasi ludzie robią w tym punkcie styku na oczach klienta?",
        "Bez zaplecza: 1 z 4 punktów styku",
    ] {
        assert!(polish.contains(must), "{must}\n{polish}");
    }
    insta::assert_snapshot!("blueprint_step_pl_80x24", polish);
    Ok(())
}

#[test]
fn a_backstage_action_with_its_department_a_fail_point_and_a_wait_are_saved() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut app = session(dir.path(), BANK)?;
    open_queue_ticket(&mut app)?;
    add_action(
        &mut app,
        "backstage",
        "Prints the day's queue report",
        "back",
        false,
    )?;
    assert!(
        app.status
            .contains("Backstage: “Prints the day's queue report” added, done by Back office"),
        "{}",
        app.status
    );
    // The gap closes on screen at once.
    let screen = render_placed(&app, 120, 40)?;
    assert!(
        screen.contains("Without backstage: 0 of 4 touchpoints"),
        "{screen}"
    );
    // A new department, named in the picker, comes with its action.
    add_action(
        &mut app,
        "support",
        "Ticket printer",
        "Facility management",
        true,
    )?;
    retype(&mut app, "fail_point", "The printer jams on rainy days")?;
    retype(&mut app, "wait", "1h30m")?;
    // The next step saves the map.
    press(&mut app, KeyCode::Esc)?;
    press(&mut app, KeyCode::Tab)?;
    assert_eq!(step(&app), Some(Step::Emotions));
    let saved = std::fs::read_to_string(&app.path)?;
    let map = parse(&saved).map_err(|d| format!("{d:?}"))?;
    let queue = &map.touchpoints[0];
    let backstage: Vec<(&str, &str)> = queue
        .backstage
        .iter()
        .map(|a| (a.text.as_str(), a.department.as_str()))
        .collect();
    assert_eq!(
        backstage,
        [("Prints the day's queue report", "dp-backoffice")]
    );
    let support: Vec<(&str, &str)> = queue
        .support
        .iter()
        .map(|a| (a.text.as_str(), a.department.as_str()))
        .collect();
    assert_eq!(
        support,
        [
            ("Queue system", "dp-it"),
            ("Ticket printer", "dp-facility-management")
        ]
    );
    assert_eq!(queue.fail_point, "The printer jams on rainy days");
    assert_eq!(queue.wait.map(|w| w.minutes()), Some(90));
    for line in [
        "[[departments]]\nid = \"dp-facility-management\"\nname = \"Facility management\"",
        "wait = \"1h30m\"",
        "fail_point = \"The printer jams on rainy days\"",
        "{ text = \"Prints the day's queue report\", department = \"dp-backoffice\" }",
    ] {
        assert!(saved.contains(line), "{line}\n{saved}");
    }
    Ok(())
}

#[test]
fn one_undo_takes_back_one_action_and_the_department_it_added() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut app = session(dir.path(), BANK)?;
    open_queue_ticket(&mut app)?;
    let before = app.map.clone();
    add_action(&mut app, "backstage", "Counts the tickets", "IT", false)?;
    let one = app.map.clone();
    add_action(&mut app, "backstage", "Refills the paper", "Cleaning", true)?;
    assert_eq!(app.map.touchpoints[0].backstage.len(), 2);
    assert_eq!(app.map.departments.len(), before.departments.len() + 1);
    with(&mut app, KeyCode::Char('z'), KeyModifiers::CONTROL)?;
    assert!(app.map == one, "undo: {}", app.status);
    with(&mut app, KeyCode::Char('z'), KeyModifiers::CONTROL)?;
    assert!(app.map == before, "undo: {}", app.status);
    // The form is still the step's.
    let Mode::Form(form) = &app.mode else {
        return Err("the form closed".into());
    };
    assert_eq!(form.fields().len(), 5, "{:?}", form.fields());
    // Esc in the picker adds nothing and says so.
    select_open_field(&mut app, "frontstage")?;
    press(&mut app, KeyCode::Enter)?;
    typing(&mut app, "Waves")?;
    let screen = render_placed(&app, 80, 24)?;
    assert!(
        screen.contains("what is done, in a few words; Enter then asks who does it"),
        "{screen}"
    );
    press(&mut app, KeyCode::Enter)?;
    press(&mut app, KeyCode::Esc)?;
    assert!(app.map == before);
    assert!(app.status.contains("“Waves” not added"), "{}", app.status);
    Ok(())
}

#[test]
fn a_current_state_map_skips_the_step_unless_it_is_switched_on() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut app = session(dir.path(), SHOP)?;
    tab_to(&mut app, Step::Touchpoints)?;
    let screen = render_placed(&app, 80, 24)?;
    assert!(screen.contains("Step 6 of 10"), "{screen}");
    assert!(
        screen.contains("i adds the blueprint step after this one"),
        "the step is offered:\n{screen}"
    );
    press(&mut app, KeyCode::Tab)?;
    assert_eq!(step(&app), Some(Step::Emotions));
    assert!(render_placed(&app, 80, 24)?.contains("Step 7 of 10 – Emotions"));
    // Switched on, it comes between the inventory and the emotions.
    press(&mut app, KeyCode::BackTab)?;
    press(&mut app, KeyCode::Char('i'))?;
    assert!(
        app.status.contains("Blueprint step included"),
        "{}",
        app.status
    );
    press(&mut app, KeyCode::Tab)?;
    assert_eq!(step(&app), Some(Step::Blueprint));
    assert!(render_placed(&app, 80, 24)?.contains("Step 7 of 11 – Service blueprint"));
    press(&mut app, KeyCode::Tab)?;
    assert!(render_placed(&app, 80, 24)?.contains("Step 8 of 11 – Emotions"));
    Ok(())
}

#[test]
fn a_resumed_session_keeps_the_step_switched_on_or_off() -> TestResult {
    let dir = tempfile::tempdir()?;
    // On for a current-state map, stopped at the blueprint step.
    let mut shop = session(dir.path(), SHOP)?;
    tab_to(&mut shop, Step::Touchpoints)?;
    press(&mut shop, KeyCode::Char('i'))?;
    press(&mut shop, KeyCode::Tab)?;
    assert_eq!(step(&shop), Some(Step::Blueprint));
    let again = reopen(dir.path(), &shop.path)?;
    assert_eq!(step(&again), Some(Step::Blueprint));
    assert!(render_placed(&again, 80, 24)?.contains("Step 7 of 11 – Service blueprint"));
    // Off for a service map, stopped at the emotions, which are then step 7.
    let mut bank = session(dir.path(), BANK)?;
    tab_to(&mut bank, Step::Blueprint)?;
    press(&mut bank, KeyCode::Char('i'))?;
    assert_eq!(step(&bank), Some(Step::Emotions), "leaving it goes on");
    // The key switches it back on and off again from any step.
    press(&mut bank, KeyCode::Char('i'))?;
    assert!(bank.status.contains("Blueprint step included"));
    press(&mut bank, KeyCode::Char('i'))?;
    assert!(
        bank.status.contains("Blueprint step left out"),
        "{}",
        bank.status
    );
    let again = reopen(dir.path(), &bank.path)?;
    assert_eq!(step(&again), Some(Step::Emotions));
    let screen = render_placed(&again, 80, 24)?;
    assert!(screen.contains("Step 7 of 10 – Emotions"), "{screen}");
    Ok(())
}

#[test]
fn the_steps_gaps_are_the_touchpoints_cjm_check_finds_without_an_owner() -> TestResult {
    let dir = tempfile::tempdir()?;
    let text = std::fs::read_to_string(BANK)?;
    // The PIN letter and the app activation lose their owners.
    let text = text.replace("owner = \"dp-backoffice\"\n", "");
    let text = text.replace("owner = \"dp-it\"\n", "");
    let path = dir.path().join("bank.toml");
    std::fs::write(&path, &text)?;
    let mut app = reopen(dir.path(), &path)?;
    tab_to(&mut app, Step::Blueprint)?;
    let exists = |p: &Path| p.is_file();
    let report = cjm::check::run(&app.map, &Context::for_file(app.today, &path, &exists));
    let owners = report
        .findings
        .iter()
        .filter(|f| f.code == Code::NoTouchpointOwner)
        .count();
    assert!(owners >= 1, "the fixture lost an owner");
    let screen = render_placed(&app, 120, 40)?;
    assert!(
        screen.contains(&format!("no owner: {owners} (as `cjm check` counts)")),
        "{owners}\n{screen}"
    );
    Ok(())
}

#[test]
fn the_steps_title_questions_and_gaps_fit_80x24_in_every_language() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut app = session(dir.path(), BANK)?;
    tab_to(&mut app, Step::Blueprint)?;
    for lang in [Lang::En, Lang::Pl, Lang::Ru, Lang::Sv] {
        let screen = i18n::scoped(lang, || render_placed(&app, 80, 24))?;
        let name = i18n::scoped(lang, || Step::Blueprint.name());
        let title = t_in!(
            lang,
            "guide-step-title",
            number = 7,
            count = 11,
            name = name
        );
        assert!(screen.contains(title.trim()), "{lang}: {title}\n{screen}");
        let gaps = t_in!(
            lang,
            "guide-blueprint-gaps",
            backstage = 1,
            owner = 0,
            count = 4
        );
        assert!(screen.contains(gaps.trim()), "{lang}: {gaps}\n{screen}");
        let how = t_in!(lang, "guide-blueprint-how", edit = "Enter", toggle = "i");
        assert!(screen.contains(how.trim()), "{lang}: {how}\n{screen}");
        // Every question starts on screen, unpaged.
        for question in i18n::scoped(lang, || Step::Blueprint.questions(app.map.kind)) {
            let start: String = question.split(' ').take(3).collect::<Vec<_>>().join(" ");
            assert!(screen.contains(&start), "{lang}: {question}\n{screen}");
        }
    }
    Ok(())
}

#[test]
fn the_steps_department_picker_offers_the_repositorys_shared_departments() -> TestResult {
    let dir = tempfile::tempdir()?;
    std::fs::create_dir(dir.path().join(".git"))?;
    std::fs::write(
        dir.path().join("cjm.toml"),
        "departments = [\"departments.toml\"]\n",
    )?;
    std::fs::write(
        dir.path().join("departments.toml"),
        "[[departments]]\nid = \"dp-cash\"\nname = \"Kassacentralen\"\n",
    )?;
    let mut app = session(dir.path(), BANK)?;
    app.find_shared_personas();
    open_queue_ticket(&mut app)?;
    let before = app.map.clone();
    select_open_field(&mut app, "backstage")?;
    press(&mut app, KeyCode::Enter)?;
    typing(&mut app, "Counts the cash")?;
    press(&mut app, KeyCode::Enter)?;
    let screen = render_placed(&app, 80, 24)?;
    assert!(
        screen.contains("Kassacentralen · shared · departments.toml"),
        "{screen}"
    );
    typing(&mut app, "kassa")?;
    press(&mut app, KeyCode::Enter)?;
    let action = app.map.touchpoints[0].backstage.last().cloned();
    assert_eq!(
        action.map(|a| (a.text, a.department)),
        Some(("Counts the cash".to_owned(), "dp-cash".to_owned()))
    );
    assert_eq!(app.map.shared_departments, ["dp-cash"]);
    assert!(app.status.contains("Kassacentralen"), "{}", app.status);
    // One undo takes back the action and the listing.
    with(&mut app, KeyCode::Char('z'), KeyModifiers::CONTROL)?;
    assert!(app.map == before, "undo: {}", app.status);
    Ok(())
}
