//! Search as people type it: the finder and the home screen's filter fold
//! accents and case, and underline the letters of the original text that
//! matched. The screens are drawn into ratatui's `TestBackend`; below each
//! row with underlined cells, a line of `^` marks them, so the snapshots
//! show where the highlight falls (behind the finder, the board underlines
//! its selected stage).

mod common;

use std::path::PathBuf;

use cjm::model::{Id, Map, MapKind, Persona, Stage, Touchpoint};
use cjm::tui::app::{App, Message, Mode};
use cjm::tui::home::{Entry, Home};
use cjm::tui::theme::Theme;
use cjm::tui::views;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Modifier;

use common::TestResult;

/// A map of a Polish bookshop's and a Russian phone operator's touchpoints:
/// letters of the queries below also occur scattered in other items.
fn workshop_map() -> Map {
    let mut map = Map::new("Księgarnia i operator", MapKind::CurrentState);
    for (id, name, goal) in [
        ("st-wybor", "Świadomość potrzeby", "Wie, czego szuka"),
        ("st-perenos", "Перенос номера", "Сохранить свой номер"),
    ] {
        map.stages.push(Stage {
            id: Id::new(id),
            name: name.into(),
            customer_goal: goal.into(),
            ..Stage::default()
        });
    }
    for (n, (stage, name, owner, doing, pains)) in [
        (
            "st-wybor",
            "Zgłoszenie o brak tytułu",
            "Obsługa klienta",
            "Zapisuje los w loterii tygodniowej",
            vec!["Zwłoka – ostatni tydzień bez odpowiedzi"],
        ),
        (
            "st-wybor",
            "Żółty list z awizo",
            "Poczta",
            "Odbiera przesyłkę w placówce",
            vec!["Żółta kartka wypada z drzwi"],
        ),
        (
            "st-perenos",
            "Заявка в салоне",
            "Продажи",
            "Переносит заказ на завтра, потом отменяет",
            vec![],
        ),
        (
            "st-perenos",
            "ПЕРЕНОС НОМЕРА ОНЛАЙН",
            "Цифровые каналы",
            "Ёлка на баннере, ввод кода из SMS",
            vec!["Перенос занимает восемь дней"],
        ),
    ]
    .into_iter()
    .enumerate()
    {
        map.touchpoints.push(
            Touchpoint {
                id: Id::new(format!("tp-{n}")),
                stage: Id::new(stage),
                name: name.into(),
                owner: owner.into(),
                doing: doing.into(),
                pain_points: pains.into_iter().map(String::from).collect(),
                ..Touchpoint::default()
            }
            .into(),
        );
    }
    map.personas.push(Persona {
        id: Id::new("pe-zofia"),
        name: "Zofia Łętowska".into(),
        segment: "Stała klientka".into(),
        ..Persona::default()
    });
    map
}

/// The screen as text, each row with underlined cells followed by a row
/// with `^` under them.
fn marked(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let (mut line, mut marks) = (String::new(), String::new());
        let mut skip = 0;
        for x in area.left()..area.right() {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let cell = &buffer[(x, y)];
            let width = views::text::width(cell.symbol()).max(1);
            line.push_str(cell.symbol());
            let mark = if cell.modifier.contains(Modifier::UNDERLINED) {
                "^"
            } else {
                " "
            };
            marks.push_str(&mark.repeat(width));
            skip = width - 1;
        }
        out.push_str(line.trim_end());
        out.push('\n');
        if marks.contains('^') {
            out.push_str(marks.trim_end());
            out.push('\n');
        }
    }
    out
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Message::Key(KeyEvent::new(
            KeyCode::Char(c),
            KeyModifiers::NONE,
        )));
    }
}

/// The finder opened on the map and `query` typed, drawn at 80×24.
fn finder_screen(query: &str) -> Result<String, Box<dyn std::error::Error>> {
    let mut app = App::new(workshop_map(), PathBuf::from("warsztat.toml"));
    type_text(&mut app, "/");
    assert!(matches!(app.mode, Mode::Find(_)));
    type_text(&mut app, query);
    let mut terminal = Terminal::new(TestBackend::new(80, 24))?;
    terminal.draw(|frame| views::view(&app, Theme::plain(), frame))?;
    Ok(marked(terminal.backend().buffer()))
}

#[test]
fn the_finder_finds_polish_without_accents_and_underlines_the_letters() -> TestResult {
    let screen = finder_screen("zolty")?;
    insta::assert_snapshot!("finder_zolty_80x24", screen);
    // The touchpoint named so comes first, its name underlined.
    let first = screen
        .lines()
        .skip_while(|l| !l.contains(" results"))
        .nth(1)
        .ok_or("no result")?;
    assert!(first.contains("Żółty list z awizo"), "{first}");
    Ok(())
}

#[test]
fn the_finder_finds_russian_in_lower_case_and_in_latin_letters() -> TestResult {
    let cyrillic = finder_screen("перенос")?;
    insta::assert_snapshot!("finder_perenos_80x24", cyrillic);
    // Typed in Latin letters, the same results with the same letters
    // underlined.
    let latin = finder_screen("perenos")?;
    let results = |screen: &str| -> Vec<String> {
        screen
            .lines()
            .skip_while(|l| !l.contains("results"))
            .map(String::from)
            .collect()
    };
    assert_eq!(results(&latin), results(&cyrillic));
    Ok(())
}

#[test]
fn the_home_filter_underlines_the_letters_of_a_folded_match() -> TestResult {
    let mut home = Home::new(Vec::new());
    for c in "ksiegarnie zakladka".chars() {
        home.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
    assert_eq!(
        home.visible().first().map(|(e, _)| (*e).clone()),
        Some(Entry::Example(3))
    );
    let mut terminal = Terminal::new(TestBackend::new(80, 24))?;
    terminal.draw(|frame| views::home::draw(&home, Theme::plain(), frame))?;
    insta::assert_snapshot!("home_ksiegarnie_80x24", marked(terminal.backend().buffer()));
    Ok(())
}

/// The cells of the row showing `needle` (in the row's text, combining
/// marks and all): each cell's symbol and whether it is underlined.
fn row_cells(buffer: &Buffer, needle: &str) -> Option<Vec<(String, bool)>> {
    let area = buffer.area;
    (area.top()..area.bottom()).find_map(|y| {
        let cells: Vec<(String, bool)> = (area.left()..area.right())
            .map(|x| {
                let cell = &buffer[(x, y)];
                let underlined = cell.modifier.contains(Modifier::UNDERLINED);
                (cell.symbol().to_owned(), underlined)
            })
            .collect();
        let text: String = cells.iter().map(|(s, _)| s.as_str()).collect();
        text.contains(needle).then_some(cells)
    })
}

#[test]
fn decomposed_accents_are_drawn_and_underlined_with_their_letter() -> TestResult {
    // "Świadomość" as some systems store it: each accent a combining mark
    // after its letter.
    let decomposed = "S\u{301}wiadomos\u{301}c\u{301} klienta";
    let mut map = workshop_map();
    if let Some(first) = map.touchpoints.first_mut() {
        first.name = decomposed.to_owned();
    }
    let mut app = App::new(map, PathBuf::from("warsztat.toml"));
    type_text(&mut app, "/swiadomosc k");
    let mut terminal = Terminal::new(TestBackend::new(80, 24))?;
    terminal.draw(|frame| views::view(&app, Theme::plain(), frame))?;
    let cells = row_cells(terminal.backend().buffer(), decomposed).ok_or("not drawn")?;
    let at = cells
        .iter()
        .position(|(s, _)| s == "S\u{301}")
        .ok_or("no Ś cell")?;
    let word: Vec<(String, bool)> = cells.into_iter().skip(at).take(12).collect();
    let expected: Vec<(String, bool)> = [
        "S\u{301}", "w", "i", "a", "d", "o", "m", "o", "s\u{301}", "c\u{301}", " ", "k",
    ]
    .iter()
    .map(|s| ((*s).to_owned(), true))
    .collect();
    assert_eq!(word, expected);

    // The home screen's list draws a recent file's name the same way.
    let mut home = Home::new(vec![PathBuf::from("z\u{307}o\u{301}l\u{307}ty.toml")]);
    for c in "zolty".chars() {
        home.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
    let mut terminal = Terminal::new(TestBackend::new(80, 24))?;
    terminal.draw(|frame| views::home::draw(&home, Theme::plain(), frame))?;
    let cells = row_cells(terminal.backend().buffer(), "ty.toml").ok_or("not drawn")?;
    let at = cells
        .iter()
        .position(|(s, _)| s == "z\u{307}")
        .ok_or("no ż cell")?;
    let word: Vec<(String, bool)> = cells.into_iter().skip(at).take(6).collect();
    let expected: Vec<(String, bool)> = [
        ("z\u{307}", true),
        ("o\u{301}", true),
        ("l\u{307}", true),
        ("t", true),
        ("y", true),
        (".", false),
    ]
    .iter()
    .map(|(s, u)| ((*s).to_owned(), *u))
    .collect();
    assert_eq!(word, expected);
    Ok(())
}

/// The kind and text of each result of the open finder, best first.
fn results(app: &App) -> Vec<String> {
    match &app.mode {
        Mode::Find(finder) => finder
            .hits
            .iter()
            .filter_map(|hit| finder.item(hit, app.finder_texts()))
            .map(|item| format!("{}: {}", item.kind, item.text))
            .collect(),
        _ => Vec::new(),
    }
}

fn escape(app: &mut App) {
    app.update(Message::Key(KeyEvent::new(
        KeyCode::Esc,
        KeyModifiers::NONE,
    )));
}

/// [`type_text`] as the runtime runs it: after each key's frame the app
/// has the finder's items collected ahead, on a thread of their own, and
/// takes them in after the next frame when they are ready.
fn type_text_preparing(app: &mut App, text: &str) {
    app.prepare_finder();
    for c in text.chars() {
        type_text(app, &c.to_string());
        app.prepare_finder();
        std::thread::sleep(std::time::Duration::from_millis(2));
        app.prepare_finder();
    }
}

/// Opens the finder again and again while the map changes, typing with
/// `typing`: each time it finds the map as it is then.
fn the_finder_follows_the_map(typing: fn(&mut App, &str)) -> TestResult {
    use cjm::i18n::{Lang, scoped};
    let mut app = App::new(workshop_map(), PathBuf::from("warsztat.toml"));
    scoped(Lang::En, || -> TestResult {
        typing(&mut app, "/zolty");
        let first = results(&app);
        assert_eq!(
            first.first().map(String::as_str),
            Some("touchpoint: Żółty list z awizo · Poczta · Odbiera przesyłkę w placówce"),
            "{first:?}"
        );
        escape(&mut app);
        // Opened again on the same map: the same results.
        typing(&mut app, "/zolty");
        assert_eq!(results(&app), first);
        escape(&mut app);
        // A touchpoint added since is found.
        typing(&mut app, "a");
        assert!(matches!(app.mode, Mode::NewItem { .. }), "{:?}", app.mode);
        typing(&mut app, "Żółwik przy kasie\r");
        app.update(Message::Key(KeyEvent::new(
            KeyCode::Enter,
            KeyModifiers::NONE,
        )));
        escape(&mut app);
        typing(&mut app, "/zolwik");
        let added = results(&app);
        assert!(
            added.contains(&"touchpoint: Żółwik przy kasie".to_owned()),
            "{added:?}"
        );
        escape(&mut app);
        // And no longer once the addition is undone.
        typing(&mut app, "u/zolwik");
        let undone = results(&app);
        assert!(
            !undone.iter().any(|r| r.contains("Żółwik przy kasie")),
            "{undone:?}"
        );
        escape(&mut app);
        Ok(())
    })?;
    // In another language the kinds are named in it.
    scoped(Lang::Pl, || {
        typing(&mut app, "/zolty");
        let polish = results(&app);
        assert!(
            polish.first().is_some_and(
                |r| !r.starts_with("touchpoint:") && r.contains(": Żółty list z awizo")
            ),
            "{polish:?}"
        );
    });
    Ok(())
}

#[test]
fn the_finder_opened_again_finds_the_map_as_it_is_then() -> TestResult {
    the_finder_follows_the_map(type_text)
}

#[test]
fn items_collected_ahead_after_each_frame_are_those_of_the_map_then() -> TestResult {
    the_finder_follows_the_map(type_text_preparing)
}

/// The runtime's work ahead in a large map's finder, as it runs it between
/// keys: only while the finder is open, it ends, and the letter typed
/// after it shows what typing it without the work shows.
#[test]
fn the_finder_works_the_next_letter_out_between_keys_and_shows_the_same() -> TestResult {
    // 5,215 items: enough for the next letter's scores to be worked out
    // ahead as the finder opens (`AHEAD_FROM`); "r" matches 4,864, for
    // which what ranking keeps for the next letter is worked out (the
    // letter was looked up), and "re" is ranked with that.
    let map = cjm_testdata::generate(2_200, 7);
    let mut ahead = App::new(map.clone(), PathBuf::from("large.toml"));
    let mut without = App::new(map, PathBuf::from("large.toml"));
    assert!(
        !ahead.wants_work_ahead(),
        "nothing to work out on the board"
    );
    type_text(&mut ahead, ":");
    assert!(!ahead.wants_work_ahead(), "nor in the palette");
    escape(&mut ahead);
    for (query, worked_out) in [("", true), ("r", true), ("re", false), ("ref", false)] {
        for app in [&mut ahead, &mut without] {
            type_text(
                app,
                if query.is_empty() {
                    "/"
                } else {
                    &query[query.len() - 1..]
                },
            );
        }
        assert_eq!(ahead.wants_work_ahead(), worked_out, "after {query:?}");
        let mut steps = 0;
        while ahead.work_ahead(1_000) {
            steps += 1;
            assert!(steps < 100, "the work ahead ends");
        }
        assert!(!ahead.wants_work_ahead(), "done after {query:?}");
        assert_eq!(results(&ahead), results(&without), "query {query:?}");
    }
    // Letters typed over the opened finder's finished table: one the
    // table holds, a capital and a letter that folds to several, which
    // are ranked as usual.
    for app in [&mut ahead, &mut without] {
        app.update(Message::Key(KeyEvent::new(
            KeyCode::Char('u'),
            KeyModifiers::CONTROL,
        )));
    }
    for c in ["e", "R", "ш"] {
        while ahead.work_ahead(1_000) {}
        type_text(&mut ahead, c);
        type_text(&mut without, c);
        assert!(!results(&ahead).is_empty(), "{c:?} finds something");
        assert_eq!(results(&ahead), results(&without), "{c:?} after the work");
        for app in [&mut ahead, &mut without] {
            app.update(Message::Key(KeyEvent::new(
                KeyCode::Backspace,
                KeyModifiers::NONE,
            )));
        }
    }
    escape(&mut ahead);
    assert!(
        !ahead.wants_work_ahead(),
        "nothing once the finder is closed"
    );
    Ok(())
}
