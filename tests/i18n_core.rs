//! The core's messages in the language the user asked for: load errors of
//! bad files with their hints (`cjm check FILE --lang pl|ru` through the real
//! binary, each still at `FILE:LINE:COLUMN`), a merge conflict recorded in a
//! map described in Swedish, a value out of range explained by its field's
//! help, the app's form refusing a value in Polish, the schema's refusals of
//! an empty value and every field's help in each language, and a malformed
//! date and rarer TOML syntax errors in Polish and Russian.
//! The English texts are kept by `tests/bad_files.rs` and the other tests.

mod common;

use std::path::Path;

use cjm::format::load_file;
use cjm::i18n::{self, Lang};
use cjm::tui::app::App;
use cjm::tui::edit::ItemRef;
use ratatui::crossterm::event::KeyCode;

use common::app::{key, keys, render, select_field};
use common::{TestResult, cjm, stderr};

/// The stderr of `cjm check NAME --lang LANG` on a copy of `tests/bad/NAME`,
/// run in the copy's folder so that the report names the file as typed.
fn check_bad(name: &str, lang: &str) -> Result<(i32, String), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    std::fs::copy(Path::new("tests/bad").join(name), dir.path().join(name))?;
    let before = std::fs::read(dir.path().join(name))?;
    let output = cjm(dir.path(), &["check", name, "--lang", lang])?;
    assert_eq!(
        std::fs::read(dir.path().join(name))?,
        before,
        "a file that fails to load is never modified"
    );
    Ok((output.status.code().unwrap_or(-1), stderr(&output)))
}

/// Bad files of several kinds: a value of the wrong type, a value out of
/// range, an unknown key, a broken reference, a malformed id, a day that does
/// not exist, a TOML syntax error and an unknown vocabulary word.
const BAD: &[&str] = &[
    "type-text-for-number.toml",
    "unknown-key-touchpoint.toml",
    "dangling-touchpoint-stage.toml",
    "malformed-id.toml",
    "invalid-date.toml",
    "syntax-missing-quote.toml",
    "vocab-channel.toml",
    "missing-title.toml",
];

#[test]
fn bad_files_are_reported_in_polish_with_their_positions() -> TestResult {
    let mut all = String::new();
    for name in BAD {
        let (code, text) = check_bad(name, "pl")?;
        assert_eq!(code, 2, "{name}: {text}");
        assert!(
            text.lines().any(|l| l.starts_with(&format!("{name}:"))
                && l.split(':')
                    .nth(1)
                    .is_some_and(|n| n.parse::<usize>().is_ok())),
            "{name}: no FILE:LINE:COLUMN report: {text}"
        );
        assert!(text.contains("błąd:"), "{name}: {text}");
        assert!(text.contains("wskazówka:"), "{name}: {text}");
        all.push_str(&format!("$ cjm check {name} --lang pl\n{text}\n"));
    }
    insta::assert_snapshot!("bad_files_pl", all);
    Ok(())
}

#[test]
fn bad_files_are_reported_in_russian_with_their_positions() -> TestResult {
    let mut all = String::new();
    for name in BAD {
        let (code, text) = check_bad(name, "ru")?;
        assert_eq!(code, 2, "{name}: {text}");
        assert!(text.contains("ошибка:"), "{name}: {text}");
        all.push_str(&format!("$ cjm check {name} --lang ru\n{text}\n"));
    }
    insta::assert_snapshot!("bad_files_ru", all);
    Ok(())
}

#[test]
fn a_wrong_type_names_both_kinds_in_each_language() -> TestResult {
    let expected = [
        (
            "pl",
            "13:11: błąd: `emotion` musi być liczbą całkowitą od -2 do 2, a jest tekstem",
        ),
        (
            "ru",
            "13:11: ошибка: значение `emotion` должно быть целым числом от -2 до 2, а не текстом",
        ),
        (
            "sv",
            "13:11: fel: `emotion` måste vara ett heltal från -2 till 2, men är text",
        ),
    ];
    for (lang, line) in expected {
        let (_, text) = check_bad("type-text-for-number.toml", lang)?;
        assert!(
            text.contains(&format!("type-text-for-number.toml:{line}")),
            "{lang}: {text}"
        );
    }
    Ok(())
}

#[test]
fn a_value_out_of_range_is_explained_by_the_field_s_help_in_each_language() -> TestResult {
    let expected = [
        ("en", "hint: -2 very negative, -1 negative, 0 neutral"),
        (
            "pl",
            "wskazówka: -2 bardzo negatywne, -1 negatywne, 0 neutralne",
        ),
        (
            "ru",
            "подсказка: -2 очень негативно, -1 негативно, 0 нейтрально",
        ),
        ("sv", "tips: -2 mycket negativt, -1 negativt, 0 neutralt"),
    ];
    for (lang, hint) in expected {
        let (code, text) = check_bad("range-emotion-3.toml", lang)?;
        assert_eq!(code, 2, "{lang}: {text}");
        assert!(text.contains(hint), "{lang}: {text}");
    }
    Ok(())
}

/// A map whose last merge left a conflict: both sides changed a
/// touchpoint's emotion.
const CONFLICTED: &str = r#"schema = 2
title = "Sklep"
kind = "current-state"

[[stages]]
id = "st-buy"
name = "Köp"

[[touchpoints]]
id = "tp-pay"
stage = "st-buy"
name = "Betalning"
emotion = 1

[[conflicts]]
item = "tp-pay"
field = "emotion"
kind = "both-changed"
ours = 1
theirs = -2
"#;

#[test]
fn a_recorded_merge_conflict_is_described_in_swedish() -> TestResult {
    let dir = tempfile::tempdir()?;
    std::fs::write(dir.path().join("karta.toml"), CONFLICTED)?;
    let output = cjm(dir.path(), &["check", "karta.toml", "--lang", "sv"])?;
    let all = format!("{}{}", common::stdout(&output), stderr(&output));
    assert!(
        all.contains(
            "kontaktpunkt `tp-pay`: `emotion` ändrades på båda sidor: vår 1 (i kartan nu), deras -2"
        ),
        "{all}"
    );
    let english = cjm(dir.path(), &["check", "karta.toml", "--lang", "en"])?;
    let all = format!("{}{}", common::stdout(&english), stderr(&english));
    assert!(
        all.contains(
            "touchpoint `tp-pay`: `emotion` was changed on both sides: ours 1 (in the map now), theirs -2"
        ),
        "{all}"
    );
    Ok(())
}

/// Sets the interface language for the test and back to English after it,
/// even when the test fails (this file's only in-process test that does).
struct Speaking;

impl Drop for Speaking {
    fn drop(&mut self) {
        i18n::set_current(Lang::En);
    }
}

#[test]
fn the_form_refuses_an_empty_name_in_polish() -> TestResult {
    let _english_after = Speaking;
    i18n::set_current(Lang::Pl);
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("mapa.toml");
    std::fs::copy("maps/online-shop-current.toml", &path)?;
    let mut app = App::new(load_file(&path)?.map, path);
    select_field(&mut app, ItemRef::Touchpoint(0), "name")?;
    key(&mut app, KeyCode::Enter);
    // Clear the name and accept it.
    for _ in 0..80 {
        key(&mut app, KeyCode::Backspace);
    }
    keys(&mut app, "");
    key(&mut app, KeyCode::Enter);
    // The status line is wide enough for the whole message at 160 columns.
    let screen = render(&app, 160, 24)?;
    assert!(
        screen.contains("punkt styku: pole `name` jest puste"),
        "{screen}"
    );
    let name = &app.map.touchpoints[0].name;
    assert!(!name.is_empty(), "the empty name was not stored");
    Ok(())
}

#[test]
fn an_emptied_team_member_name_is_refused_in_each_language() -> TestResult {
    use cjm::model::schema;
    let row = schema::row(schema::PARTICIPANT, "name");
    let map = load_file(Path::new("maps/online-shop-current.toml"))?.map;
    let expected = [
        (Lang::En, "`name` must not be empty"),
        (Lang::Pl, "`name` nie może być puste"),
        (Lang::Ru, "`name` не может быть пустым"),
        (Lang::Sv, "`name` får inte vara tomt"),
    ];
    for (lang, message) in expected {
        let mut member = map.team[0].clone();
        let refused = i18n::scoped(lang, || {
            (row.set)(row, &mut member, None)
                .err()
                .map(|e| e.to_string())
        });
        assert_eq!(refused.as_deref(), Some(message), "{lang}");
        assert_eq!(member, map.team[0], "{lang}: the member was changed");
    }
    Ok(())
}

#[test]
fn every_field_s_help_is_in_every_language_and_english_is_the_documentation_s() -> TestResult {
    for (_, _, rows) in cjm::model::schema::tables() {
        for row in rows {
            let id = format!("field-{}-help", row.label_id);
            for lang in Lang::LOCALES {
                assert!(i18n::has_message(lang, &id), "{lang} has no {id}");
            }
            assert_eq!(
                i18n::text(Lang::En, &id, &[]),
                row.help,
                "English {id} is not the help in docs/format.md"
            );
        }
    }
    Ok(())
}

/// The stderr of `cjm check map.toml --lang LANG` on a small map whose last
/// line is `line`, run in the map's folder; the file must stay as it was.
fn check_line(line: &str, lang: &str) -> Result<String, Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let text = format!("schema = 2\ntitle = \"Online shop\"\nkind = \"current-state\"\n{line}\n");
    std::fs::write(dir.path().join("map.toml"), &text)?;
    let output = cjm(dir.path(), &["check", "map.toml", "--lang", lang])?;
    assert_eq!(output.status.code(), Some(2), "{lang}: {line}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("map.toml"))?,
        text,
        "a file that fails to load is never modified"
    );
    Ok(stderr(&output))
}

#[test]
fn a_bad_date_and_rarer_syntax_errors_are_told_in_polish_and_russian() -> TestResult {
    let expected = [
        (
            "created = 2026-04-31",
            "pl",
            "map.toml:4:11: błąd: błąd składni TOML: niepoprawna data, oczekiwano: dzień od 01 do 30",
        ),
        (
            "created = 2026-04-31",
            "ru",
            "map.toml:4:11: ошибка: синтаксическая ошибка TOML: неверная дата; ожидалось: день от 01 до 30",
        ),
        (
            "votes = 1__0",
            "pl",
            "map.toml:4:10: błąd: błąd składni TOML: `_` może stać tylko między cyframi",
        ),
        (
            "votes = 1__0",
            "ru",
            "map.toml:4:10: ошибка: синтаксическая ошибка TOML: `_` может стоять только между цифрами",
        ),
        (
            "links = [1 = 2]",
            "pl",
            "map.toml:4:12: błąd: błąd składni TOML: nieoczekiwany znak `=` w liście, oczekiwano: wartość, `]`",
        ),
        (
            "links = [1 = 2]",
            "ru",
            "map.toml:4:12: ошибка: синтаксическая ошибка TOML: неожиданный знак `=` в списке; ожидалось: значение, `]`",
        ),
    ];
    for (line, lang, report) in expected {
        let text = check_line(line, lang)?;
        assert!(text.contains(report), "{lang}: {line}: {text}");
    }
    // English keeps the parser's own words.
    let text = check_line("created = 2026-04-31", "en")?;
    assert!(
        text.contains(
            "map.toml:4:11: error: TOML syntax error: invalid date, expected day between 01 and 30"
        ),
        "{text}"
    );
    Ok(())
}
