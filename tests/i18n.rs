//! The languages: every message in every locale with the same variables,
//! CLDR plurals, and how a run of `cjm` chooses its language (`--lang`, the
//! config file, `LC_ALL` / `LC_MESSAGES` / `LANG`).

mod common;

use std::collections::BTreeSet;

use cjm::i18n::Lang;
use cjm::t_in;
use common::{TestResult, cjm_command, ftl, stdout};

/// Every locale has the same files, the same message ids and, for each
/// message, the same variables as English. A failure names the file, the id
/// and the locale; adding a fifth locale means copying `en/` and translating
/// until this passes.
#[test]
fn every_message_is_in_every_locale_with_the_same_variables() -> TestResult {
    let locales = ftl::locales()?;
    for lang in Lang::LOCALES {
        assert!(
            locales.contains(&lang.code().to_owned()),
            "no folder {}/ in crates/cjm-core/locales",
            lang.code()
        );
    }
    let english = ftl::messages("en")?;
    assert!(english.len() > 10, "English has {} messages", english.len());
    let files = |messages: &std::collections::BTreeMap<String, ftl::Message>| -> BTreeSet<String> {
        messages
            .values()
            .map(|m| {
                m.file
                    .split_once('/')
                    .map_or(m.file.clone(), |(_, f)| f.to_owned())
            })
            .collect()
    };
    let mut problems = Vec::new();
    for locale in locales.iter().filter(|l| *l != "en") {
        let theirs = ftl::messages(locale)?;
        for (id, message) in &english {
            match theirs.get(id) {
                None => problems.push(format!(
                    "{locale}: `{id}` is missing (English has it in {})",
                    message.file
                )),
                Some(their) if their.variables != message.variables => problems.push(format!(
                    "{}: `{id}` uses {:?}, English ({}) uses {:?}",
                    their.file, their.variables, message.file, message.variables
                )),
                Some(their)
                    if their.file.split_once('/').map(|p| p.1)
                        != message.file.split_once('/').map(|p| p.1) =>
                {
                    problems.push(format!(
                        "{}: `{id}` belongs in the same area as English's {}",
                        their.file, message.file
                    ))
                }
                Some(_) => {}
            }
        }
        for (id, their) in &theirs {
            if !english.contains_key(id) {
                problems.push(format!("{}: `{id}` is not in English", their.file));
            }
        }
        let mut english_files = files(&english);
        english_files.retain(|f| !files(&theirs).contains(f));
        for file in english_files {
            problems.push(format!(
                "{locale}: {file} has no messages of English's {file}"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    Ok(())
}

/// Counts take the plural form CLDR gives each language: Polish and Russian
/// have one, few and many.
#[test]
fn counts_take_each_languages_plural_forms() {
    let counts = [0, 1, 2, 5, 11, 22, 101];
    let expected = [
        (
            Lang::En,
            [
                "0 touchpoints",
                "1 touchpoint",
                "2 touchpoints",
                "5 touchpoints",
                "11 touchpoints",
                "22 touchpoints",
                "101 touchpoints",
            ],
        ),
        (
            Lang::Pl,
            [
                "0 punktów styku",
                "1 punkt styku",
                "2 punkty styku",
                "5 punktów styku",
                "11 punktów styku",
                "22 punkty styku",
                "101 punktów styku",
            ],
        ),
        (
            Lang::Ru,
            [
                "0 точек контакта",
                "1 точка контакта",
                "2 точки контакта",
                "5 точек контакта",
                "11 точек контакта",
                "22 точки контакта",
                "101 точка контакта",
            ],
        ),
        (
            Lang::Sv,
            [
                "0 kontaktpunkter",
                "1 kontaktpunkt",
                "2 kontaktpunkter",
                "5 kontaktpunkter",
                "11 kontaktpunkter",
                "22 kontaktpunkter",
                "101 kontaktpunkter",
            ],
        ),
    ];
    for (lang, forms) in expected {
        for (count, form) in counts.iter().zip(forms) {
            assert_eq!(
                t_in!(lang, "count-touchpoints", count = *count),
                form,
                "{lang}"
            );
        }
    }
    let errors: Vec<String> = counts
        .iter()
        .map(|n| t_in!(Lang::Pl, "count-errors", count = *n))
        .collect();
    assert_eq!(
        errors,
        [
            "0 błędów",
            "1 błąd",
            "2 błędy",
            "5 błędów",
            "11 błędów",
            "22 błędy",
            "101 błędów"
        ]
    );
    let warnings: Vec<String> = counts
        .iter()
        .map(|n| t_in!(Lang::Ru, "count-warnings", count = *n))
        .collect();
    assert_eq!(
        warnings,
        [
            "0 предупреждений",
            "1 предупреждение",
            "2 предупреждения",
            "5 предупреждений",
            "11 предупреждений",
            "22 предупреждения",
            "101 предупреждение"
        ]
    );
    // A fraction takes the "other" form, written with the language's comma.
    assert_eq!(t_in!(Lang::Pl, "count-stages", count = 1.5), "1,5 etapu");
    assert_eq!(t_in!(Lang::En, "count-stages", count = 1.5), "1.5 stages");
}

#[test]
fn the_pseudo_locale_is_accented_longer_english() {
    let english = t_in!(Lang::En, "count-touchpoints", count = 5);
    let pseudo = t_in!(Lang::Pseudo, "count-touchpoints", count = 5);
    assert_ne!(pseudo, english);
    assert!(
        pseudo.starts_with("[5 ") && pseudo.ends_with(']'),
        "{pseudo}"
    );
    assert!(
        pseudo.chars().count() * 10 >= english.chars().count() * 14,
        "{pseudo}"
    );
}

/// The stage names of a new current-state map, as the file has them.
fn stage_names(text: &str) -> Vec<String> {
    text.lines()
        .skip_while(|l| !l.starts_with("[[stage]]") && !l.starts_with("[[stages]]"))
        .filter_map(|l| l.strip_prefix("name = \""))
        .filter_map(|l| l.strip_suffix('"'))
        .map(str::to_owned)
        .collect()
}

#[test]
fn cjm_new_writes_the_template_in_the_chosen_language() -> TestResult {
    let dir = tempfile::tempdir()?;
    let output = cjm_command(dir.path())?
        .args([
            "new",
            "sklep.toml",
            "--template",
            "current-state",
            "--lang",
            "ru",
        ])
        .output()?;
    assert!(output.status.success(), "{output:?}");
    let text = std::fs::read_to_string(dir.path().join("sklep.toml"))?;
    let names = stage_names(&text);
    assert!(
        names.starts_with(&["Осведомлённость".to_owned(), "Вовлечение".to_owned()]),
        "{text}"
    );
    assert!(names.contains(&"Лояльность".to_owned()), "{text}");
    assert!(text.contains("language = \"ru\""), "{text}");
    assert!(text.contains("id = \"st-awareness\""), "{text}");
    assert!(
        stdout(&output).starts_with("Создан sklep.toml"),
        "{}",
        stdout(&output)
    );

    // The system's language, when nothing else chooses one.
    let output = cjm_command(dir.path())?
        .env("LANG", "pl_PL.UTF-8")
        .args(["new", "sklep2.toml", "--template", "current-state"])
        .output()?;
    assert!(output.status.success(), "{output:?}");
    let text = std::fs::read_to_string(dir.path().join("sklep2.toml"))?;
    assert_eq!(
        stage_names(&text).first().map(String::as_str),
        Some("Świadomość"),
        "{text}"
    );
    // LC_ALL wins over LANG; C means English.
    let output = cjm_command(dir.path())?
        .env("LANG", "pl_PL.UTF-8")
        .env("LC_ALL", "C")
        .args(["new", "shop.toml", "--template", "service"])
        .output()?;
    assert!(output.status.success(), "{output:?}");
    let text = std::fs::read_to_string(dir.path().join("shop.toml"))?;
    assert_eq!(stage_names(&text), ["Before", "During", "After"], "{text}");
    assert!(!text.contains("language ="), "{text}");
    Ok(())
}

#[test]
fn the_config_file_chooses_the_language_and_lang_wins_over_it() -> TestResult {
    let dir = tempfile::tempdir()?;
    let config = dir.path().join("config/cjm");
    std::fs::create_dir_all(&config)?;
    std::fs::write(config.join("config.toml"), "language = \"sv\"\n")?;
    let run = |file: &str, lang: Option<&str>| -> Result<String, common::Error> {
        let mut command = cjm_command(dir.path())?;
        command
            .env("HOME", dir.path())
            .env("XDG_CONFIG_HOME", dir.path().join("config"))
            .env("LANG", "ru_RU.UTF-8")
            .args(["new", file, "--template", "service"]);
        if let Some(lang) = lang {
            command.args(["--lang", lang]);
        }
        let output = command.output()?;
        assert!(output.status.success(), "{output:?}");
        Ok(std::fs::read_to_string(dir.path().join(file))?)
    };
    assert_eq!(
        stage_names(&run("a.toml", None)?),
        ["Före", "Under", "Efter"]
    );
    assert_eq!(
        stage_names(&run("b.toml", Some("pl"))?),
        ["Przed", "W trakcie", "Po"]
    );
    Ok(())
}

#[test]
fn an_unknown_language_is_a_clear_error() -> TestResult {
    let dir = tempfile::tempdir()?;
    let output = cjm_command(dir.path())?
        .args(["new", "x.toml", "--lang", "de"])
        .output()?;
    assert_eq!(output.status.code(), Some(2));
    let err = common::stderr(&output);
    assert!(err.contains("\"de\"") || err.contains("“de”"), "{err}");
    assert!(err.contains("en, pl, ru, sv"), "{err}");
    assert!(!dir.path().join("x.toml").exists());
    Ok(())
}
