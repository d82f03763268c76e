//! The guided workshop session, driven with key events against the app
//! state (no terminal): a whole session from a new map to a finished one,
//! every step's screen at two sizes, and resuming where a session stopped.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use cjm::format::{load_file, parse, to_toml};
use cjm::model::{Channel, EvidenceSource, Focus, MapKind, MetricKind, Role, template};
use cjm::tui::app::{App, Effect, Message, Mode, View};
use cjm::tui::guide::{Step, Store};
use cjm::tui::theme::Theme;
use cjm::tui::views;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use common::TestResult;
use common::app::{render, render_placed, run_effects, select_open_field};

fn timeboxes() -> BTreeMap<Step, u32> {
    Step::ALL
        .iter()
        .map(|s| (*s, s.default_minutes()))
        .collect()
}

/// An app on a new map from the current-state template, with a store in `dir`.
fn new_session(dir: &Path) -> Result<App, Box<dyn std::error::Error>> {
    let path = dir.join("sklep.toml");
    let map = template::new_map(MapKind::CurrentState, "Sklep", None);
    std::fs::write(&path, to_toml(&map))?;
    let (store, _) = Store::load(Some(dir.join("data").join("sessions.toml")));
    let mut app = App::new(load_file(&path)?.map, path);
    app.store = store;
    app.resume_guide(None, &timeboxes(), 3);
    Ok(app)
}

fn press(app: &mut App, code: KeyCode) -> TestResult {
    let effects = app.update(Message::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    run_effects(app, effects)
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

/// Edits the selected form field: opens the editor, clears it, types, accepts.
fn fill(app: &mut App, text: &str) -> TestResult {
    press(app, KeyCode::Enter)?;
    for _ in 0..30 {
        with(app, KeyCode::Char('a'), KeyModifiers::CONTROL)?;
        with(app, KeyCode::Char('k'), KeyModifiers::CONTROL)?;
        press(app, KeyCode::Delete)?;
        press(app, KeyCode::Up)?;
    }
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            with(app, KeyCode::Enter, KeyModifiers::ALT)?;
        }
        typing(app, line)?;
    }
    press(app, KeyCode::Enter)?;
    match &app.mode {
        Mode::Form(form) if form.editor.is_none() => Ok(()),
        _ => Err(format!("{text:?} was not accepted: {}", app.status).into()),
    }
}

/// Picks `name` for the selected field, as a person would: Enter opens the
/// picker, typing narrows it to the name (without its spaces: Space marks
/// in a list field, and the fuzzy match needs none), Enter takes it (in a
/// list field with nothing marked, the highlighted one).
fn pick(app: &mut App, name: &str) -> TestResult {
    press(app, KeyCode::Enter)?;
    if !matches!(&app.mode, Mode::Form(f) if f.picker.is_some()) {
        return Err(format!("no picker opened for {name:?}").into());
    }
    typing(app, &name.replace(' ', ""))?;
    press(app, KeyCode::Enter)?;
    match &app.mode {
        Mode::Form(form) if form.picker.is_none() => Ok(()),
        _ => Err(format!("{name:?} was not picked: {}", app.status).into()),
    }
}

/// Picks the department `name` for the selected field: among those the
/// picker lists, else named with "new department…", its last row.
fn pick_department(app: &mut App, name: &str) -> TestResult {
    press(app, KeyCode::Enter)?;
    let listed = match &app.mode {
        Mode::Form(form) => form
            .picker
            .as_ref()
            .is_some_and(|p| p.choices.iter().any(|c| c.name == name)),
        _ => false,
    };
    if !listed {
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

/// Selects a field of the open form by name.
fn field(app: &mut App, name: &str) -> TestResult {
    select_open_field(app, name)
}

/// Both sizes of a step's screen, as snapshots. The temporary folder's
/// random name is replaced by a placeholder of the same length, so the
/// layout is the one a user sees.
fn snapshot(app: &App, name: &str) -> TestResult {
    for (w, h) in [(80, 24), (160, 48)] {
        let screen = render_placed(app, w, h)?;
        let step = app.guide.as_ref().map(|g| g.step).ok_or("no guide")?;
        assert!(
            screen.contains(&format!(
                "Step {} of 10 – {}",
                step.number_in(false),
                step.name()
            )),
            "{name} {w}x{h}:\n{screen}"
        );
        insta::assert_snapshot!(format!("step_{name}_{w}x{h}"), screen);
    }
    Ok(())
}

fn step(app: &App) -> Option<Step> {
    app.guide.as_ref().map(|g| g.step)
}

#[test]
fn a_whole_workshop_from_a_new_file_to_a_finished_map() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut app = new_session(dir.path())?;

    // 1. Setup: the form opens on the title.
    assert_eq!(step(&app), Some(Step::Setup));
    snapshot(&app, "01_setup")?;
    field(&mut app, "title")?;
    fill(&mut app, "Sklep z butami – pierwsze zamówienie 🥾")?;
    field(&mut app, "language")?;
    fill(&mut app, "pl")?;
    press(&mut app, KeyCode::Tab)?;

    // 2. Goal.
    assert_eq!(step(&app), Some(Step::Goal));
    snapshot(&app, "02_goal")?;
    field(&mut app, "focus")?;
    fill(&mut app, "onboarding")?;
    field(&mut app, "statement")?;
    fill(
        &mut app,
        "Zrozumieć, dlaczego klienci nie wracają po pierwszym zakupie",
    )?;
    field(&mut app, "scope")?;
    fill(&mut app, "Od reklamy do drugiego zamówienia")?;
    field(&mut app, "success_criteria")?;
    fill(&mut app, "Plan zmian na Q1\nNPS wyższy o 10 punktów 📈")?;
    press(&mut app, KeyCode::Tab)?;

    // 3. Team: fewer than three departments shows the hint, without blocking.
    assert_eq!(step(&app), Some(Step::Team));
    for (name, department) in [
        ("Anna Kowalska", "Obsługa klienta"),
        ("Piotr Nowak", "Logistyka"),
    ] {
        press(&mut app, KeyCode::Char('a'))?;
        typing(&mut app, name)?;
        press(&mut app, KeyCode::Enter)?;
        field(&mut app, "department")?;
        pick_department(&mut app, department)?;
        press(&mut app, KeyCode::Esc)?;
    }
    assert!(render(&app, 120, 40)?.contains("Journeys cross departments"));
    press(&mut app, KeyCode::Char('a'))?;
    typing(&mut app, "Łucja Żak")?;
    press(&mut app, KeyCode::Enter)?;
    field(&mut app, "department")?;
    pick_department(&mut app, "Marketing")?;
    field(&mut app, "role")?;
    fill(&mut app, "facilitator")?;
    press(&mut app, KeyCode::Esc)?;
    assert!(!render(&app, 120, 40)?.contains("Journeys cross departments"));
    snapshot(&app, "03_team")?;
    press(&mut app, KeyCode::Tab)?;

    // 4. Target group: the template's primary persona, filled in.
    assert_eq!(step(&app), Some(Step::TargetGroup));
    press(&mut app, KeyCode::Enter)?;
    field(&mut app, "name")?;
    fill(&mut app, "Magda, 34 lata, mama dwójki dzieci")?;
    field(&mut app, "segment")?;
    fill(&mut app, "Rodzice kupujący online")?;
    field(&mut app, "jobs_to_be_done")?;
    fill(&mut app, "Kupić buty, które pasują za pierwszym razem")?;
    field(&mut app, "quote")?;
    fill(&mut app, "„Nie mam czasu na zwroty”")?;
    press(&mut app, KeyCode::Esc)?;
    snapshot(&app, "04_target_group")?;
    press(&mut app, KeyCode::Tab)?;

    // 5. Stages: accept the template's, rename one, add one, reorder.
    assert_eq!(step(&app), Some(Step::Stages));
    assert_eq!(app.view, View::Stages);
    press(&mut app, KeyCode::Enter)?;
    field(&mut app, "name")?;
    fill(&mut app, "Świadomość")?;
    press(&mut app, KeyCode::Esc)?;
    for _ in 0..3 {
        press(&mut app, KeyCode::Char('j'))?;
    }
    press(&mut app, KeyCode::Char('a'))?;
    typing(&mut app, "Dostawa")?;
    press(&mut app, KeyCode::Enter)?;
    press(&mut app, KeyCode::Esc)?;
    assert_eq!(app.map.stages[4].id, "st-dostawa");
    press(&mut app, KeyCode::Char('J'))?;
    assert_eq!(app.map.stages[5].id, "st-dostawa");
    press(&mut app, KeyCode::Char('K'))?;
    snapshot(&app, "05_stages")?;
    press(&mut app, KeyCode::Tab)?;

    // 6. Touchpoints: stage by stage, with channel and owner.
    assert_eq!(step(&app), Some(Step::Touchpoints));
    app.stage = 0;
    press(&mut app, KeyCode::Char('a'))?;
    typing(&mut app, "Reklama na Instagramie")?;
    press(&mut app, KeyCode::Enter)?;
    field(&mut app, "channel")?;
    fill(&mut app, "social")?;
    field(&mut app, "owner")?;
    pick_department(&mut app, "Marketing")?;
    press(&mut app, KeyCode::Esc)?;
    for _ in 0..3 {
        press(&mut app, KeyCode::Char('l'))?;
    }
    press(&mut app, KeyCode::Char('a'))?;
    typing(&mut app, "Koszyk i płatność")?;
    press(&mut app, KeyCode::Enter)?;
    field(&mut app, "channel")?;
    fill(&mut app, "web")?;
    field(&mut app, "owner")?;
    pick_department(&mut app, "Sprzedaż")?;
    press(&mut app, KeyCode::Esc)?;
    snapshot(&app, "06_touchpoints")?;
    press(&mut app, KeyCode::Tab)?;

    // 7. Emotions: single keys rate, the form takes the rest.
    assert_eq!(step(&app), Some(Step::Emotions));
    press(&mut app, KeyCode::Char('-'))?;
    press(&mut app, KeyCode::Enter)?;
    field(&mut app, "doing")?;
    fill(&mut app, "Szuka kosztów dostawy")?;
    field(&mut app, "feeling")?;
    fill(&mut app, "Zirytowana 😠")?;
    field(&mut app, "pain_points")?;
    fill(&mut app, "Koszt dostawy widać dopiero na końcu")?;
    field(&mut app, "moment_of_truth")?;
    press(&mut app, KeyCode::Right)?;
    field(&mut app, "evidence")?;
    fill(
        &mut app,
        "analytics: 38% porzuceń na kroku dostawy\nassumption",
    )?;
    press(&mut app, KeyCode::Esc)?;
    app.stage = 0;
    app.on_header = false;
    app.card = 0;
    press(&mut app, KeyCode::Char('+'))?;
    snapshot(&app, "07_emotions")?;
    press(&mut app, KeyCode::Tab)?;

    // 8. Opportunities and dot voting.
    assert_eq!(step(&app), Some(Step::Opportunities));
    press(&mut app, KeyCode::Char('a'))?;
    typing(&mut app, "Koszt dostawy na stronie produktu")?;
    press(&mut app, KeyCode::Enter)?;
    field(&mut app, "touchpoints")?;
    pick(&mut app, "Koszyk i płatność")?;
    field(&mut app, "impact")?;
    fill(&mut app, "4")?;
    field(&mut app, "effort")?;
    fill(&mut app, "1")?;
    press(&mut app, KeyCode::Esc)?;
    press(&mut app, KeyCode::Char('v'))?; // Anna
    press(&mut app, KeyCode::Char('v'))?;
    press(&mut app, KeyCode::Char(']'))?; // Piotr
    press(&mut app, KeyCode::Char('v'))?;
    for _ in 0..4 {
        press(&mut app, KeyCode::Char('v'))?; // only 2 more of his 3 dots count
    }
    assert!(app.status.contains("no dots left"), "{}", app.status);
    press(&mut app, KeyCode::Char('V'))?; // takes one back
    snapshot(&app, "08_opportunities")?;
    press(&mut app, KeyCode::Tab)?;

    // 9. Metrics.
    assert_eq!(step(&app), Some(Step::Metrics));
    press(&mut app, KeyCode::Char('a'))?;
    typing(&mut app, "Konwersja koszyka")?;
    press(&mut app, KeyCode::Enter)?;
    field(&mut app, "kind")?;
    fill(&mut app, "conversion")?;
    field(&mut app, "links")?;
    let purchase = app
        .map
        .stages
        .iter()
        .find(|s| s.id == "st-purchase")
        .map(|s| s.name.clone())
        .ok_or("no stage st-purchase")?;
    pick(&mut app, &purchase)?;
    field(&mut app, "unit")?;
    fill(&mut app, "%")?;
    field(&mut app, "source")?;
    fill(&mut app, "Google Analytics")?;
    field(&mut app, "baseline")?;
    fill(&mut app, "32,5")?;
    field(&mut app, "target")?;
    fill(&mut app, "40")?;
    press(&mut app, KeyCode::Esc)?;
    snapshot(&app, "09_metrics")?;
    press(&mut app, KeyCode::Tab)?;

    // 10. Review: owner and next review date.
    assert_eq!(step(&app), Some(Step::Review));
    field(&mut app, "owner")?;
    fill(&mut app, "Łucja Żak")?;
    field(&mut app, "review_by")?;
    fill(&mut app, "2027-03-01")?;
    snapshot(&app, "10_review")?;
    let screen = render(&app, 160, 48)?;
    assert!(screen.contains("Gaps still open"), "{screen}");
    with(&mut app, KeyCode::Char('s'), KeyModifiers::CONTROL)?;
    assert!(!app.history.is_dirty());

    // The file holds exactly what was typed.
    let saved = std::fs::read_to_string(&app.path)?;
    let map = parse(&saved).map_err(|d| format!("{d:?}"))?;
    assert_eq!(map.title, "Sklep z butami – pierwsze zamówienie 🥾");
    assert_eq!(map.language, "pl");
    assert_eq!(map.owner, "Łucja Żak");
    assert_eq!(
        map.review_by.map(|d| d.to_string()).as_deref(),
        Some("2027-03-01")
    );
    assert_eq!(map.goal.focus, Some(Focus::Onboarding));
    assert_eq!(
        map.goal.statement,
        "Zrozumieć, dlaczego klienci nie wracają po pierwszym zakupie"
    );
    assert_eq!(map.goal.scope, "Od reklamy do drugiego zamówienia");
    assert_eq!(
        map.goal.success_criteria,
        ["Plan zmian na Q1", "NPS wyższy o 10 punktów 📈"]
    );
    let team: Vec<(&str, &str, Role)> = map
        .team
        .iter()
        // A map of schema 2 names departments by id; the names are the departments'.
        .map(|p| (p.name.as_str(), map.department_name(&p.department), p.role))
        .collect();
    assert!(map.team.iter().all(|p| p.department.starts_with("dp-")));
    assert_eq!(
        team,
        [
            ("Anna Kowalska", "Obsługa klienta", Role::Participant),
            ("Piotr Nowak", "Logistyka", Role::Participant),
            ("Łucja Żak", "Marketing", Role::Facilitator),
        ]
    );
    let persona = &map.personas[0];
    assert_eq!(persona.name, "Magda, 34 lata, mama dwójki dzieci");
    assert!(persona.primary);
    assert_eq!(persona.segment, "Rodzice kupujący online");
    assert_eq!(
        persona.jobs_to_be_done,
        ["Kupić buty, które pasują za pierwszym razem"]
    );
    assert_eq!(persona.quote, "„Nie mam czasu na zwroty”");
    let stages: Vec<&str> = map.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        stages,
        [
            "Świadomość",
            "Engagement",
            "Evaluation",
            "Purchase",
            "Dostawa",
            "Post-purchase",
            "Loyalty"
        ]
    );
    assert_eq!(map.stages[0].id, "st-awareness", "a rename keeps the id");
    assert_eq!(map.touchpoints.len(), 2);
    let ad = &map.touchpoints[0];
    assert_eq!(
        (ad.id.as_str(), ad.stage.as_str()),
        ("tp-reklama-na-instagramie", "st-awareness")
    );
    assert_eq!(
        (ad.channel, map.department_name(&ad.owner)),
        (Some(Channel::Social), "Marketing")
    );
    assert_eq!(ad.emotion.map(|e| e.get()), Some(1));
    let cart = &map.touchpoints[1];
    assert_eq!(
        (cart.id.as_str(), cart.stage.as_str()),
        ("tp-koszyk-i-platnosc", "st-purchase")
    );
    assert_eq!(
        (cart.channel, map.department_name(&cart.owner)),
        (Some(Channel::Web), "Sprzedaż")
    );
    assert_eq!(cart.emotion.map(|e| e.get()), Some(-1));
    assert_eq!(cart.doing, "Szuka kosztów dostawy");
    assert_eq!(cart.feeling, "Zirytowana 😠");
    assert_eq!(cart.pain_points, ["Koszt dostawy widać dopiero na końcu"]);
    assert!(cart.moment_of_truth);
    let sources: Vec<(EvidenceSource, &str)> = cart
        .evidence
        .iter()
        .map(|e| (e.source, e.note.as_str()))
        .collect();
    assert_eq!(
        sources,
        [
            (EvidenceSource::Analytics, "38% porzuceń na kroku dostawy"),
            (EvidenceSource::Assumption, "")
        ]
    );
    let idea = &map.opportunities[0];
    assert_eq!(idea.id, "op-koszt-dostawy-na-stronie-produktu");
    assert_eq!(
        idea.touchpoints,
        [cjm::model::Id::new("tp-koszyk-i-platnosc")]
    );
    assert_eq!(
        (idea.impact.map(|s| s.get()), idea.effort.map(|s| s.get())),
        (Some(4), Some(1))
    );
    assert_eq!(idea.votes, 4, "Anna gave 2, Piotr 3 and took 1 back");
    let metric = &map.metrics[0];
    assert_eq!(
        (metric.id.as_str(), metric.kind),
        ("me-konwersja-koszyka", MetricKind::Conversion)
    );
    assert_eq!(metric.links, [cjm::model::Id::new("st-purchase")]);
    assert_eq!(
        (metric.unit.as_str(), metric.source.as_str()),
        ("%", "Google Analytics")
    );
    assert_eq!((metric.baseline, metric.target), (Some(32.5), Some(40.0)));
    assert!(cjm::model::validate(&map).is_empty());
    Ok(())
}

#[test]
fn a_session_resumes_at_the_step_where_it_stopped() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut app = new_session(dir.path())?;
    press(&mut app, KeyCode::Esc)?;
    for _ in 0..5 {
        press(&mut app, KeyCode::Tab)?;
    }
    assert_eq!(step(&app), Some(Step::Touchpoints));
    press(&mut app, KeyCode::Char('a'))?;
    typing(&mut app, "Infolinia")?;
    press(&mut app, KeyCode::Enter)?;
    press(&mut app, KeyCode::Esc)?;
    // Quit: the step change saved the map; save the last edit as the quit dialog offers.
    with(&mut app, KeyCode::Char('s'), KeyModifiers::CONTROL)?;
    press(&mut app, KeyCode::Char('q'))?;

    // A new run on the same file, with the same data folder.
    let (store, _) = Store::load(Some(dir.path().join("data").join("sessions.toml")));
    let mut again = App::new(load_file(&app.path)?.map, app.path.clone());
    again.store = store;
    again.resume_guide(None, &timeboxes(), 3);
    assert_eq!(step(&again), Some(Step::Touchpoints));
    assert_eq!(again.map.touchpoints.len(), 1);
    assert_eq!(again.map.touchpoints[0].name, "Infolinia");
    assert!(render(&again, 80, 24)?.contains("Step 6 of 10 – Touchpoint inventory"));
    // The map file itself records nothing about the session.
    assert!(!std::fs::read_to_string(&app.path)?.contains("step"));
    Ok(())
}

#[test]
fn the_timer_counts_down_and_turns_when_time_is_up() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut app = new_session(dir.path())?;
    press(&mut app, KeyCode::Esc)?;
    press(&mut app, KeyCode::Tab)?; // Goal: 10 minutes
    press(&mut app, KeyCode::Esc)?;
    assert!(render(&app, 80, 24)?.contains("10:00 left"));
    press(&mut app, KeyCode::Char('t'))?;
    let start = app.guide.as_ref().map(|g| g.now).ok_or("no guide")?;
    app.update(Message::Tick(start + std::time::Duration::from_secs(125)));
    assert!(
        render(&app, 80, 24)?.contains("7:55 left"),
        "{}",
        render(&app, 80, 24)?
    );
    app.update(Message::Tick(
        start + std::time::Duration::from_secs(11 * 60),
    ));
    assert!(render(&app, 80, 24)?.contains("time is up (+1:00)"));
    // Jumping to a step by name.
    press(&mut app, KeyCode::Char('g'))?;
    typing(&mut app, "metrics")?;
    press(&mut app, KeyCode::Enter)?;
    assert_eq!(step(&app), Some(Step::Metrics));
    Ok(())
}

#[test]
fn the_home_screen_lists_recent_maps_templates_and_examples() -> TestResult {
    use cjm::tui::home::Home;
    let home = Home::new(vec![std::path::PathBuf::from(
        "maps/online-shop-current.toml",
    )]);
    let mut terminal = Terminal::new(TestBackend::new(80, 24))?;
    terminal.draw(|frame| views::home::draw(&home, Theme::plain(), frame))?;
    let screen: String = terminal
        .backend()
        .buffer()
        .content()
        .chunks(80)
        .map(|row| {
            row.iter()
                .map(|c| c.symbol())
                .collect::<String>()
                .trim_end()
                .to_owned()
                + "\n"
        })
        .collect();
    assert!(
        screen.contains("Recent      maps/online-shop-current.toml"),
        "{screen}"
    );
    assert!(screen.contains("Day in the life (guided workshop)"));
    assert!(screen.contains("Księgarnie Zakładka"));
    insta::assert_snapshot!("home_80x24", screen);
    Ok(())
}

/// An app on a copy of an example map, in the guided session at `step`.
fn example_session(
    dir: &Path,
    example: &str,
    step: Step,
) -> Result<App, Box<dyn std::error::Error>> {
    let path = dir.join("mapa.toml");
    std::fs::copy(format!("maps/{example}.toml"), &path)?;
    let (store, _) = Store::load(Some(dir.join("data").join("sessions.toml")));
    let mut app = App::new(load_file(&path)?.map, path);
    app.store = store;
    app.resume_guide(Some(step), &timeboxes(), 3);
    Ok(app)
}

#[test]
fn voting_with_six_people_shows_every_voter_and_whole_titles() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut app = example_session(dir.path(), "ksiegarnia-polska", Step::Opportunities)?;
    app.map.team.truncate(6);
    // Four people give a dot each; the fifth is the one choosing now.
    for _ in 0..4 {
        press(&mut app, KeyCode::Char('v'))?;
        press(&mut app, KeyCode::Char(']'))?;
    }
    assert_eq!(
        app.status.split(':').next(),
        Some(app.map.team[3].name.as_str())
    );
    assert!(app.status.contains("2 dots left"), "{}", app.status);
    for (w, h) in [(80, 24), (160, 48)] {
        let screen = render(&app, w, h)?;
        for person in &app.map.team {
            assert!(
                screen.contains(&person.name),
                "{} at {w}x{h}:\n{screen}",
                person.name
            );
        }
        assert!(
            screen.contains(&format!("▶{}", app.map.team[4].name)),
            "{screen}"
        );
        assert!(screen.contains("ain points and low moments"), "{screen}");
        // Every word of the titles shown is on screen (wrapped, never cut):
        // the first two ideas at 80×24 (the list scrolls; the pain points
        // above it get a fair share of the room), all at 160×48.
        let shown = if w == 80 {
            2
        } else {
            app.map.opportunities.len()
        };
        for i in app.ranked_opportunities().into_iter().take(shown) {
            let o = &app.map.opportunities[i];
            for word in o.title.split(' ') {
                assert!(
                    screen.contains(word),
                    "{word:?} of {:?} at {w}x{h}:\n{screen}",
                    o.title
                );
            }
        }
        // The temporary folder's random name, as a placeholder of its length.
        let folder = dir.path().display().to_string();
        let placeholder: String = "/tmp/map-folder"
            .chars()
            .chain(std::iter::repeat('_'))
            .take(folder.chars().count())
            .collect();
        insta::assert_snapshot!(
            format!("voting_six_people_{w}x{h}"),
            screen.replace(&folder, &placeholder)
        );
    }
    Ok(())
}

#[test]
fn the_stages_questions_follow_the_kind_of_map() -> TestResult {
    let dir = tempfile::tempdir()?;
    let day = example_session(dir.path(), "commuter-day-in-the-life", Step::Stages)?;
    let screen = render(&day, 80, 24)?;
    assert!(
        screen.contains("How does the customer's day go"),
        "{screen}"
    );
    assert!(!screen.contains("purchase"), "{screen}");
    let dir = tempfile::tempdir()?;
    let service = example_session(dir.path(), "car-service-visit", Step::Stages)?;
    let screen = render(&service, 80, 24)?;
    for word in ["before the service", "during the service", "after it"] {
        assert!(screen.contains(word), "{word}:\n{screen}");
    }
    Ok(())
}

#[test]
fn the_review_counts_what_cjm_check_counts() -> TestResult {
    let dir = tempfile::tempdir()?;
    let app = example_session(dir.path(), "online-shop-future", Step::Review)?;
    let exists = |p: &Path| p.is_file();
    let report = cjm::check::run(
        &app.map,
        &cjm::check::Context::for_file(app.today, &app.path, &exists),
    );
    assert!(!report.findings.is_empty());
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let counts = format!(
        "Gaps still open: {}, {}",
        plural(report.warnings(), "warning"),
        plural(report.notes(), "note")
    );
    let screen = render(&app, 200, 50)?;
    assert!(screen.contains(&counts), "{counts}:\n{screen}");
    for f in &report.findings {
        assert!(
            screen.contains(&format!("[{}]", f.code.as_str())),
            "{screen}"
        );
    }
    assert!(screen.contains("Emotion curve"), "{screen}");
    Ok(())
}

#[test]
fn p_parks_an_idea_from_any_step() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut app = example_session(dir.path(), "ksiegarnia-polska", Step::Emotions)?;
    let before = app.map.parking_lot.clone();
    press(&mut app, KeyCode::Char('P'))?;
    assert!(render(&app, 80, 24)?.contains("Parking lot"));
    typing(&mut app, "Kawiarnia w salonie – później")?;
    press(&mut app, KeyCode::Enter)?;
    press(&mut app, KeyCode::Esc)?;
    let mut expected = before;
    expected.push("Kawiarnia w salonie – później".to_owned());
    assert_eq!(app.map.parking_lot, expected);
    assert_eq!(step(&app), Some(Step::Emotions));
    Ok(())
}

/// The pain points' title row at 80×24: the first and last shown, of how
/// many, and the row itself.
fn pains_shown(screen: &str) -> Result<(usize, usize, usize, String), Box<dyn std::error::Error>> {
    let row = screen
        .lines()
        .find(|l| l.starts_with(" Pain points and low moments "))
        .ok_or_else(|| format!("no pain points' title:\n{screen}"))?;
    let range = row
        .trim_start_matches(" Pain points and low moments ")
        .split(':')
        .next()
        .unwrap_or("");
    let (first, rest) = range.split_once('–').ok_or(row.to_string())?;
    let (last, total) = rest.split_once(" of ").ok_or(row.to_string())?;
    Ok((
        first.parse()?,
        last.parse()?,
        total.parse()?,
        row.to_owned(),
    ))
}

#[test]
fn at_80x24_the_voting_steps_pain_points_say_how_many_more_and_page() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut app = example_session(dir.path(), "ksiegarnia-polska", Step::Opportunities)?;
    app.map.team.truncate(6);
    let first = render(&app, 80, 24)?;
    let (from, to, total, row) = pains_shown(&first)?;
    assert_eq!(from, 1, "{row}");
    // A projector at 80×24 reads five lines of pain points at once, three
    // of them pain points (the others their touchpoints).
    assert!(to >= 5, "only {to} lines of pain points:\n{first}");
    let warnings = first.lines().filter(|l| l.starts_with("  ⚠ ")).count();
    assert!(warnings >= 3, "{warnings} pain points:\n{first}");
    assert!(
        row.ends_with(&format!("▼ {} more: PgDn", total - to)),
        "{row}"
    );
    // Two ideas still show whole below them.
    assert!(
        first.contains("Zwrot zamówień internetowych w każdym"),
        "{first}"
    );
    press(&mut app, KeyCode::PageDown)?;
    let paged = render(&app, 80, 24)?;
    assert!(
        !paged.contains("Wyszukiwarka w sklepie internetowym"),
        "PgDn shows the next pain points:\n{paged}"
    );
    let (from, to, total, row) = pains_shown(&paged)?;
    assert!(from > 1, "{row}");
    assert!(
        row.ends_with(&format!("▼ {} more: PgDn", total - to)),
        "{row}"
    );
    // At the end nothing more is promised.
    for _ in 0..total {
        press(&mut app, KeyCode::PageDown)?;
    }
    let end = render(&app, 80, 24)?;
    let (_, to, total, row) = pains_shown(&end)?;
    assert_eq!(to, total, "{row}");
    assert!(!row.contains("more:"), "{row}");
    Ok(())
}

#[test]
fn the_voting_step_at_80x24_and_200x50() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut app = example_session(dir.path(), "ksiegarnia-polska", Step::Opportunities)?;
    app.map.team.truncate(6);
    let folder = dir.path().display().to_string();
    let placeholder: String = "/tmp/map-folder"
        .chars()
        .chain(std::iter::repeat('_'))
        .take(folder.chars().count())
        .collect();
    for (w, h) in [(80, 24), (200, 50)] {
        let screen = render(&app, w, h)?.replace(&folder, &placeholder);
        assert!(screen.contains("ain points and low moments"), "{screen}");
        insta::assert_snapshot!(format!("voting_pains_{w}x{h}"), screen);
    }
    Ok(())
}

/// A map opened read-only (another cjm had it open) is never written, also
/// when the guided session moves to another step: the step changes, the
/// file stays as it was, and the status says why.
#[test]
fn a_step_change_does_not_save_a_map_opened_read_only() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut app = new_session(dir.path())?;
    app.read_only = true;
    let before = std::fs::read(&app.path)?;
    press(&mut app, KeyCode::Esc)?;
    app.map.title = "Sklep internetowy".into();
    let was = step(&app);
    let effects = app.update(Message::Key(KeyEvent::new(
        KeyCode::Tab,
        KeyModifiers::NONE,
    )));
    assert!(
        !effects.iter().any(|e| matches!(e, Effect::Save { .. })),
        "{effects:?}"
    );
    run_effects(&mut app, effects)?;
    assert_ne!(step(&app), was, "the step changed");
    assert_eq!(std::fs::read(&app.path)?, before, "the file is as it was");
    assert!(app.status.contains("read-only"), "{}", app.status);
    Ok(())
}
