//! The empathy map of a persona (says, thinks, does, feels): shown in the
//! personas view that the guided target-group step works in, editable in
//! the persona form, and exported.

mod common;

use common::TestResult;
use std::path::PathBuf;

use cjm::export::{ExportFormat, ExportOptions, export};
use cjm::format::{parse, to_toml};
use cjm::model::{Id, Map, MapKind, Persona};
use cjm::session::edit::ItemRef;
use cjm::tui::app::{App, Form, Mode, View};
use cjm::tui::theme::Theme;
use cjm::tui::views;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn map() -> Map {
    let mut map = Map::new("Sklep", MapKind::CurrentState);
    map.personas.push(Persona {
        id: Id::new("pe-ola"),
        name: "Ola, first order".into(),
        primary: true,
        says: vec!["„Gdzie jest moja paczka?”".into()],
        thinks: vec!["Может, заказать в другом месте".into()],
        does: vec!["Checks the tracking page 📦 twice a day".into()],
        feels: vec!["不安 – uneasy".into(), "Hopeful".into()],
        ..Persona::default()
    });
    map
}

fn render(app: &App, width: u16, height: u16) -> Result<String, Box<dyn std::error::Error>> {
    let mut terminal = Terminal::new(TestBackend::new(width, height))?;
    terminal.draw(|frame| views::view(app, Theme::plain(), frame))?;
    Ok(views::buffer_text(terminal.backend().buffer()))
}

#[test]
fn the_empathy_map_round_trips_through_the_file() -> TestResult {
    let map = map();
    let text = to_toml(&map);
    assert!(
        text.contains("says = [\n  \"„Gdzie jest moja paczka?”\",\n]"),
        "{text}"
    );
    assert!(
        text.contains("feels = [\n  \"不安 – uneasy\",\n  \"Hopeful\",\n]"),
        "{text}"
    );
    assert_eq!(parse(&text).map_err(|d| format!("{d:?}"))?, map);
    Ok(())
}

#[test]
fn the_personas_view_shows_what_the_persona_says_thinks_does_and_feels() -> TestResult {
    let mut app = App::new(map(), PathBuf::from("sklep.toml"));
    app.view = View::Personas;
    let screen = render(&app, 80, 24)?;
    for line in [
        "Says: „Gdzie jest moja paczka?”",
        "Thinks: Может, заказать в другом месте",
        "Does: Checks the tracking page 📦 twice a day",
        "Feels: 不安 – uneasy",
        "Feels: Hopeful",
    ] {
        // Wide characters take two cells; the buffer text pads them.
        let compact = screen.replace(' ', "");
        assert!(
            compact.contains(&line.replace(' ', "")),
            "no {line:?} in\n{screen}"
        );
    }
    Ok(())
}

#[test]
fn the_persona_form_lists_the_empathy_map_fields() -> TestResult {
    let mut app = App::new(map(), PathBuf::from("sklep.toml"));
    app.view = View::Personas;
    app.mode = Mode::Form(Form::new(ItemRef::Persona(0)));
    let screen = render(&app, 200, 40)?;
    for label in ["Says", "Thinks", "Does", "Feels"] {
        assert!(
            screen.lines().any(|l| l
                .trim_start()
                .trim_start_matches('│')
                .trim_start()
                .starts_with(label)),
            "no {label} in the form:\n{screen}"
        );
    }
    assert!(screen.contains("Checks the tracking page"), "{screen}");
    Ok(())
}

#[test]
fn markdown_and_html_exports_carry_the_empathy_map() {
    let map = map();
    let options = ExportOptions::default();
    let md = export(&map, ExportFormat::Markdown, &options);
    assert!(md.contains("- **Says:**"), "{md}");
    assert!(md.contains("Hopeful"), "{md}");
    let page = export(&map, ExportFormat::Html, &options);
    assert!(page.contains("<dt>Thinks</dt>"), "{page}");
    assert!(page.contains("Может, заказать в другом месте"), "{page}");
    let json = export(&map, ExportFormat::Json, &options);
    assert!(json.contains("\"does\""), "{json}");
}
