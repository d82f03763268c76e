//! The terminal app in every language: every guided step, the board, help
//! and the home screen at 80×24 in English, Polish, Russian, Swedish and the
//! pseudo-locale; switching the language from the palette while the app
//! runs; plurals; numbers and dates typed and shown as each language writes
//! them. The interface language is one for the whole process, so every test
//! here holds [`LANGUAGE`] while it runs (the other test files run in
//! English).

mod common;

use std::path::Path;
use std::sync::{Mutex, MutexGuard, PoisonError};

use cjm::format::{load_file, parse};
use cjm::i18n::{self, Lang};
use cjm::t_in;
use cjm::tui::app::{App, Message, Mode};
use cjm::tui::guide::{Step, Store};
use cjm::tui::theme::Theme;
use cjm::tui::views;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;

use common::TestResult;
use common::app::{ctrl, key, keys, render, render_placed, saved_text, select_open_field};

/// The interface language is process-wide: one test at a time sets it.
static LANGUAGE: Mutex<()> = Mutex::new(());

/// Holds the language lock with `lang` set; English again when dropped.
struct Speaking(#[allow(dead_code)] MutexGuard<'static, ()>);

fn speak(lang: Lang) -> Speaking {
    let guard = LANGUAGE.lock().unwrap_or_else(PoisonError::into_inner);
    i18n::set_current(lang);
    Speaking(guard)
}

impl Drop for Speaking {
    fn drop(&mut self) {
        i18n::set_current(Lang::En);
    }
}

/// Every language the app can be read in.
const ALL: [Lang; 5] = [Lang::En, Lang::Pl, Lang::Ru, Lang::Sv, Lang::Pseudo];

/// An app on a copy of an example map in `dir`, in the guided session at `step`.
fn session(dir: &Path, example: &str, step: Step) -> Result<App, Box<dyn std::error::Error>> {
    let path = dir.join("mapa.toml");
    std::fs::copy(format!("maps/{example}.toml"), &path)?;
    let (store, _) = Store::load(Some(dir.join("data").join("sessions.toml")));
    let mut app = App::new(load_file(&path)?.map, path);
    app.store = store;
    let timeboxes = Step::ALL
        .iter()
        .map(|s| (*s, s.default_minutes()))
        .collect();
    app.resume_guide(Some(step), &timeboxes, 3);
    Ok(app)
}

/// The screen at 80×24, the temporary folder's name replaced.
fn screen(app: &App) -> Result<String, Box<dyn std::error::Error>> {
    render_placed(app, 80, 24)
}

/// Saves with Ctrl-s as the runtime would; returns whether a save was asked for.
fn save(app: &mut App) -> Result<bool, Box<dyn std::error::Error>> {
    let effects = ctrl(app, 's');
    let Some(text) = saved_text(app, &effects) else {
        return Ok(false);
    };
    cjm::format::write_atomic(&app.path, text.as_bytes())?;
    app.update(Message::Saved(Ok(())));
    Ok(true)
}

/// Replaces the selected field's text with `text` and accepts it.
fn fill(app: &mut App, text: &str) {
    key(app, KeyCode::Enter);
    for _ in 0..30 {
        ctrl(app, 'a');
        ctrl(app, 'k');
    }
    keys(app, text);
    key(app, KeyCode::Enter);
}

/// Every row of a screen is within its width: nothing spills over a border.
fn fits(screen: &str, width: usize) -> Result<(), String> {
    for (n, row) in screen.lines().enumerate() {
        let w = cjm::text::width(row);
        if w > width {
            return Err(format!("row {n} is {w} columns wide: {row}"));
        }
    }
    Ok(())
}

/// The keys the footer (the screen's last row) hints at.
fn hinted_keys(screen: &str) -> Vec<String> {
    const KEYS: [&str; 14] = [
        "?", "Enter", "a", "d", "/", "u", "P", "Ctrl-s", "q", "↓", "→", "Del", "Ctrl-z", "Esc",
    ];
    let footer = screen.lines().last().unwrap_or_default();
    footer
        .split_whitespace()
        .filter(|word| KEYS.contains(word))
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_guided_step_at_80x24_in_every_language() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut english_keys = std::collections::HashMap::new();
    for lang in ALL {
        let _speaking = speak(lang);
        for step in Step::sequence(false) {
            let app = session(dir.path(), "online-shop-current", step)?;
            let shown = screen(&app)?;
            fits(&shown, 80)?;
            // The footer hints at every key it hints at in English.
            let keys = hinted_keys(&shown);
            let english = english_keys.entry(step).or_insert_with(|| keys.clone());
            assert!(
                *english == keys || lang == Lang::Pseudo,
                "{lang} {step:?}: the footer hints {keys:?}, English {english:?}:\n{shown}"
            );
            // The step's title is whole in every real language (the
            // pseudo-locale, 40 % longer, is there to show what gets cut).
            let title = t_in!(
                lang,
                "guide-step-title",
                number = step.number_in(false),
                count = 10,
                name = step.name()
            );
            assert!(
                shown.contains(title.trim()) || lang == Lang::Pseudo,
                "{lang} {step:?}: {title:?} is cut:\n{shown}"
            );
            // The first question starts on screen, in the room's language.
            let first = step
                .questions(app.map.kind)
                .into_iter()
                .next()
                .unwrap_or_default();
            let start: String = first.split(' ').take(2).collect::<Vec<_>>().join(" ");
            assert!(
                shown.contains(&start),
                "{lang} {step:?}: the question {first:?} is not shown:\n{shown}"
            );
            insta::assert_snapshot!(
                format!(
                    "step_{:02}_{}_{}_80x24",
                    step.number_in(false),
                    step.key(),
                    lang.code()
                ),
                shown
            );
        }
    }
    Ok(())
}

#[test]
fn the_board_help_and_home_screen_at_80x24_in_every_language() -> TestResult {
    let dir = tempfile::tempdir()?;
    for lang in ALL {
        let _speaking = speak(lang);
        let path = dir.path().join("mapa.toml");
        std::fs::copy("maps/online-shop-current.toml", &path)?;
        let mut app = App::new(load_file(&path)?.map, path);
        app.update(Message::Resize(80, 24));
        let board = screen(&app)?;
        fits(&board, 80)?;
        insta::assert_snapshot!(format!("board_{}_80x24", lang.code()), board);

        key(&mut app, KeyCode::Char('?'));
        let help = screen(&app)?;
        fits(&help, 80)?;
        let heading = cjm::tui::action::group_title("general");
        assert!(
            help.contains(&heading),
            "{lang}: no {heading:?} in help:\n{help}"
        );
        insta::assert_snapshot!(format!("help_{}_80x24", lang.code()), help);

        let home = cjm::tui::home::Home::new(vec![std::path::PathBuf::from(
            "maps/online-shop-current.toml",
        )]);
        let mut terminal = Terminal::new(TestBackend::new(80, 24))?;
        terminal.draw(|frame| views::home::draw(&home, Theme::plain(), frame))?;
        let home = views::buffer_text(terminal.backend().buffer());
        fits(&home, 80)?;
        insta::assert_snapshot!(format!("home_{}_80x24", lang.code()), home);
    }
    Ok(())
}

#[test]
fn the_palette_switches_the_language_and_everything_redraws_but_the_map_is_untouched() -> TestResult
{
    let _speaking = speak(Lang::En);
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("mapa.toml");
    std::fs::copy("maps/online-shop-current.toml", &path)?;
    let before = std::fs::read(&path)?;
    let mut app = App::new(load_file(&path)?.map, path.clone());
    app.update(Message::Resize(80, 24));
    let english = render(&app, 80, 24)?;
    assert!(english.contains("Board"), "{english}");
    assert!(english.contains("help"), "{english}");

    // `:` opens the palette; typing the language's own name finds it.
    key(&mut app, KeyCode::Char(':'));
    keys(&mut app, "polski");
    let palette = render(&app, 80, 24)?;
    assert!(palette.contains("language – polski (pl)"), "{palette}");
    let effects = key(&mut app, KeyCode::Enter);
    assert!(effects.is_empty(), "switching asked for {effects:?}");
    assert_eq!(i18n::current(), Lang::Pl);
    let polish = render(&app, 80, 24)?;
    // The status bar, the lanes and the footer's hints are Polish now.
    assert!(polish.contains("Tablica"), "{polish}");
    assert!(polish.contains("Emocja"), "{polish}");
    assert!(polish.contains("punkty styku"), "{polish}");
    assert!(polish.contains("pomoc"), "{polish}");
    assert!(polish.contains("Język: polski"), "{polish}");
    assert!(!polish.contains("Board"), "{polish}");
    // Help follows too.
    key(&mut app, KeyCode::Char('?'));
    let help = render(&app, 80, 24)?;
    assert!(help.contains("Pomoc"), "{help}");
    assert!(help.contains("Zapisz mapę"), "{help}");
    key(&mut app, KeyCode::Esc);

    // The map is not touched: nothing to save, the file is as it was.
    assert!(!app.history.is_dirty());
    assert_eq!(std::fs::read(&path)?, before);

    // And back, by the English name.
    key(&mut app, KeyCode::Char(':'));
    keys(&mut app, "english");
    key(&mut app, KeyCode::Enter);
    assert_eq!(i18n::current(), Lang::En);
    let again = render(&app, 80, 24)?;
    assert!(again.contains("Board"), "{again}");
    assert_eq!(std::fs::read(&path)?, before);
    Ok(())
}

/// The counts every plural test takes: 0, 1, 2, 5, 11, 22 and 101.
const COUNTS: [usize; 7] = [0, 1, 2, 5, 11, 22, 101];

/// Checks that `text(count)` holds `forms[i]` for each of [`COUNTS`].
fn forms(lang: Lang, text: impl Fn(usize) -> String, forms: [&str; 7]) {
    for (count, form) in COUNTS.iter().zip(forms) {
        let text = text(*count);
        assert!(
            text.contains(form),
            "{lang} {count}: {text:?} lacks {form:?}"
        );
        assert!(!text.contains("(s)"), "{text}");
    }
}

#[test]
fn counts_in_the_app_take_each_languages_plural_forms() -> TestResult {
    let _speaking = speak(Lang::En);
    let conflicts = |lang| move |n: usize| t_in!(lang, "footer-conflicts", count = n, keys = "c");
    #[rustfmt::skip]
    let table = [
        (Lang::En, ["0 conflicts", "1 conflict –", "2 conflicts", "5 conflicts", "11 conflicts", "22 conflicts", "101 conflicts"]),
        (Lang::Pl, ["0 konfliktów", "1 konflikt –", "2 konflikty", "5 konfliktów", "11 konfliktów", "22 konflikty", "101 konfliktów"]),
        (Lang::Ru, ["0 конфликтов", "1 конфликт –", "2 конфликта", "5 конфликтов", "11 конфликтов", "22 конфликта", "101 конфликт –"]),
        (Lang::Sv, ["0 konflikter", "1 konflikt –", "2 konflikter", "5 konflikter", "11 konflikter", "22 konflikter", "101 konflikter"]),
    ];
    for (lang, expected) in table {
        forms(lang, conflicts(lang), expected);
    }
    let people = |lang| move |n: usize| t_in!(lang, "app-count-people", count = n);
    #[rustfmt::skip]
    let table = [
        (Lang::En, ["0 people", "1 person", "2 people", "5 people", "11 people", "22 people", "101 people"]),
        (Lang::Pl, ["0 osób", "1 osoba", "2 osoby", "5 osób", "11 osób", "22 osoby", "101 osób"]),
        (Lang::Ru, ["0 человек", "1 человек", "2 человека", "5 человек", "11 человек", "22 человека", "101 человек"]),
        (Lang::Sv, ["0 personer", "1 person", "2 personer", "5 personer", "11 personer", "22 personer", "101 personer"]),
    ];
    for (lang, expected) in table {
        forms(lang, people(lang), expected);
    }
    let lines = |lang| move |n: usize| t_in!(lang, "guide-more-lines", count = n);
    #[rustfmt::skip]
    let table = [
        (Lang::Pl, ["jeszcze 0 wierszy", "jeszcze 1 wiersz", "jeszcze 2 wiersze", "jeszcze 5 wierszy", "jeszcze 11 wierszy", "jeszcze 22 wiersze", "jeszcze 101 wierszy"]),
        (Lang::Ru, ["ещё 0 строк", "ещё 1 строка", "ещё 2 строки", "ещё 5 строк", "ещё 11 строк", "ещё 22 строки", "ещё 101 строка"]),
    ];
    for (lang, expected) in table {
        forms(lang, lines(lang), expected);
    }
    Ok(())
}

#[test]
fn every_field_label_of_the_schema_is_in_every_language() -> TestResult {
    let _speaking = speak(Lang::En);
    for (_, _, rows) in cjm::model::schema::tables() {
        for row in rows {
            let id = format!("field-{}", row.label_id);
            for lang in Lang::LOCALES {
                assert!(i18n::has_message(lang, &id), "{lang} has no {id}");
            }
            assert_eq!(t_in!(Lang::En, "field-map-title"), "Title");
            assert_eq!(
                i18n::text(Lang::En, &id, &[]),
                row.label,
                "English {id} is not the schema's label"
            );
        }
    }
    Ok(())
}

#[test]
fn polish_dates_and_decimal_commas_are_typed_shown_and_saved_in_the_files_form() -> TestResult {
    let _speaking = speak(Lang::Pl);
    let dir = tempfile::tempdir()?;
    // The review step opens the map's own form: its review date.
    let mut app = session(dir.path(), "online-shop-current", Step::Review)?;
    select_open_field(&mut app, "review_by")?;
    fill(&mut app, "31.03.2027");
    assert!(
        !matches!(&app.mode, Mode::Form(f) if f.error.is_some()),
        "{}",
        app.status
    );
    let shown = render(&app, 120, 40)?;
    assert!(shown.contains("31.03.2027"), "{shown}");
    assert!(save(&mut app)?, "nothing was saved: {}", app.status);
    let saved = std::fs::read_to_string(&app.path)?;
    assert!(saved.contains("review_by = 2027-03-31"), "{saved}");

    // A metric's baseline typed with a decimal comma is a number in the file,
    // and the form shows it with the comma again.
    let mut app = session(dir.path(), "online-shop-current", Step::Metrics)?;
    key(&mut app, KeyCode::Char('a'));
    keys(&mut app, "Konwersja");
    key(&mut app, KeyCode::Enter);
    select_open_field(&mut app, "baseline")?;
    fill(&mut app, "3,6");
    let shown = render(&app, 120, 40)?;
    assert!(shown.contains("3,6"), "{shown}");
    assert!(save(&mut app)?, "nothing was saved: {}", app.status);
    let map = parse(&std::fs::read_to_string(&app.path)?).map_err(|d| format!("{d:?}"))?;
    let metric = map
        .metrics
        .iter()
        .find(|m| m.name == "Konwersja")
        .ok_or("no metric Konwersja")?;
    assert_eq!(metric.baseline, Some(3.6));
    Ok(())
}
