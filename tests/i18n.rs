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
        .take_while(|l| !l.starts_with("[[touchpoints]]"))
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

/// A new map has findings (no owner, empty stages): `cjm check` reports them
/// in the language chosen by `--lang` or by the environment.
#[test]
fn cjm_check_speaks_polish_with_lang_and_with_the_locale() -> TestResult {
    let dir = tempfile::tempdir()?;
    let output = cjm_command(dir.path())?
        .args(["new", "sklep.toml", "--template", "current-state"])
        .output()?;
    assert!(output.status.success(), "{output:?}");
    let by_flag = cjm_command(dir.path())?
        .args(["check", "sklep.toml", "--lang", "pl"])
        .output()?;
    let by_locale = cjm_command(dir.path())?
        .env("LANG", "pl_PL.UTF-8")
        .args(["check", "sklep.toml"])
        .output()?;
    for output in [&by_flag, &by_locale] {
        let text = stdout(output);
        assert!(
            text.contains("sklep.toml: ok (6 etapów, 0 punktów styku, 1 persona"),
            "{text}"
        );
        assert!(
            text.contains("ostrzeżenie[no-map-owner]: mapa nie ma właściciela"),
            "{text}"
        );
        assert!(
            text.contains("ostrzeżenie[empty-stage]: etap „Awareness” nie ma punktów styku"),
            "{text}"
        );
        assert!(text.contains("  wskazówka: wpisz osobę"), "{text}");
        assert!(
            text.contains("ostrzeżeń; jeszcze bez punktów styku"),
            "{text}"
        );
        assert!(!text.contains("warning"), "{text}");
    }
    // An error: the file is not there.
    let missing = cjm_command(dir.path())?
        .args(["check", "brak.toml", "--lang", "pl"])
        .output()?;
    assert_eq!(missing.status.code(), Some(2));
    let err = common::stderr(&missing);
    assert!(
        err.contains("brak.toml: błąd: nie ma takiego pliku"),
        "{err}"
    );
    assert!(err.contains("wskazówka: sprawdź ścieżkę"), "{err}");
    // English stays English.
    let english = cjm_command(dir.path())?
        .args(["check", "sklep.toml"])
        .output()?;
    assert!(stdout(&english).contains("warning[no-map-owner]: the map has no owner"));
    Ok(())
}

/// The export of the Polish sample map in `format`, with `args`.
fn export_sample(format: &str, args: &[&str]) -> Result<String, common::Error> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let sample = root.join("tests/fixtures/export-sample.toml");
    let sample = sample.to_str().ok_or("non-UTF-8 path")?;
    let output = cjm_command(root)?
        .args(["export", sample, "--format", format])
        .args(args)
        .output()?;
    assert!(output.status.success(), "{output:?}");
    Ok(stdout(&output))
}

/// A Polish map's reports are Polish even from an English terminal (the
/// tests run the binary with LANG=C), with decimal commas and Polish dates;
/// `--lang en` writes them in English.
#[test]
fn a_polish_maps_reports_are_polish_unless_lang_says_otherwise() -> TestResult {
    let markdown = export_sample("markdown", &[])?;
    for heading in [
        "## Cel\n",
        "## Persony\n",
        "## Podróż klienta\n",
        "## Krzywa emocji\n",
        "## Szanse\n",
        "## Mierniki\n",
    ] {
        assert!(markdown.contains(heading), "{heading:?} in\n{markdown}");
    }
    assert!(
        markdown.contains("- ⚑ **Moment prawdy:** tu klient decyduje"),
        "{markdown}"
    );
    assert!(markdown.contains("utworzona 02.03.2026"), "{markdown}");
    // Averages and ratios with a decimal comma.
    assert!(
        markdown.contains("śr. ") && markdown.contains("+1,0"),
        "{markdown}"
    );
    assert!(!markdown.contains("## Goal"), "{markdown}");

    let html = export_sample("html", &[])?;
    assert!(html.contains("<html lang=\"pl\">"), "{html}");
    for heading in [
        "<h2>Cel</h2>",
        "<h2>Podróż klienta</h2>",
        "<h2>Krzywa emocji</h2>",
        "<h2>Persony</h2>",
    ] {
        assert!(html.contains(heading), "{heading}");
    }
    assert!(html.contains("▼▼ -2 bardzo źle"), "{html}");
    assert!(html.contains(">śr. +1,0</text>"), "{html}");

    let english = export_sample("markdown", &["--lang", "en"])?;
    assert!(
        english.contains("## Goal\n") && english.contains("## Emotion curve\n"),
        "{english}"
    );
    assert!(
        english.contains("created 2026-03-02") && english.contains("+1.0"),
        "{english}"
    );
    let swedish = export_sample("html", &["--lang", "sv"])?;
    assert!(
        swedish.contains("<h2>Känslokurva</h2>") && swedish.contains("+1,0"),
        "{swedish}"
    );
    Ok(())
}

/// Every value of every vocabulary has its label in the localisation files
/// (the ids are made at run time, so the lint cannot see them).
#[test]
fn every_vocabulary_value_has_a_label() {
    use cjm::model::{
        Channel, ConflictKind, EvidenceSource, Focus, MapKind, MetricKind, Role, Status, Vocabulary,
    };
    fn labels<V: Vocabulary>(missing: &mut Vec<String>) {
        for value in V::all() {
            let id = value.label_id();
            if !cjm::i18n::has_message(Lang::En, &id) {
                missing.push(id);
            }
        }
    }
    let mut missing = Vec::new();
    labels::<MapKind>(&mut missing);
    labels::<Focus>(&mut missing);
    labels::<Role>(&mut missing);
    labels::<Channel>(&mut missing);
    labels::<EvidenceSource>(&mut missing);
    labels::<Status>(&mut missing);
    labels::<MetricKind>(&mut missing);
    labels::<ConflictKind>(&mut missing);
    assert!(missing.is_empty(), "no English label: {missing:?}");
    assert_eq!(
        Channel::WordOfMouth.label_id(),
        "vocab-channel-word-of-mouth"
    );
    assert_eq!(
        cjm::i18n::scoped(Lang::Ru, || Channel::WordOfMouth.local_label()),
        "Сарафанное радио"
    );
    assert_eq!(MapKind::DayInTheLife.local_label(), "Day in the life");
}

/// Numbers and dates as a Polish room types them: "3,6" and 31.03.2027 are
/// read, the map keeps 3.6 and 2027-03-31, and the editor shows them back the
/// Polish way.
#[test]
fn decimal_commas_and_day_first_dates_are_accepted() -> TestResult {
    use cjm::model::schema::Input;
    use cjm::model::{Date, FieldValue, Map, MapKind};
    use cjm::session::edit;
    let map = Map::new("Sklep", MapKind::CurrentState);
    let date = Date::new(2027, 3, 31)?;
    for typed in ["31.03.2027", "2027-03-31", " 31.3.2027 "] {
        assert_eq!(
            edit::parse(Input::Date, typed, &map)?,
            Some(FieldValue::Date(date)),
            "{typed}"
        );
    }
    assert!(edit::parse(Input::Date, "31.02.2027", &map).is_err());
    assert_eq!(
        edit::parse(Input::Number, "3,6", &map)?,
        Some(FieldValue::Float(3.6))
    );
    let readings = edit::parse(Input::Readings, "31.03.2027 4,5", &map)?;
    let shown = cjm::i18n::scoped(Lang::Pl, || {
        (
            edit::to_text(Input::Readings, readings.as_ref()),
            edit::to_text(Input::Number, Some(&FieldValue::Float(3.6))),
            edit::to_text(Input::Date, Some(&FieldValue::Date(date))),
        )
    });
    assert_eq!(
        shown,
        (
            "31.03.2027 4,5".to_owned(),
            "3,6".to_owned(),
            "31.03.2027".to_owned()
        )
    );
    assert_eq!(
        edit::to_text(Input::Number, Some(&FieldValue::Float(3.6))),
        "3.6"
    );
    assert_eq!(
        edit::to_text(Input::Date, Some(&FieldValue::Date(date))),
        "2027-03-31"
    );
    // What the file keeps: the canonical forms.
    assert_eq!(cjm::i18n::number::canonical("3,6", Lang::Pl), "3.6");
    assert_eq!(cjm::i18n::date::canonical("31.03.2027"), "2027-03-31");
    Ok(())
}

/// `--help` speaks the chosen language, down to clap's headings; English
/// stays clap's rendering of the doc comments.
#[test]
fn help_speaks_the_chosen_language() -> TestResult {
    let dir = tempfile::tempdir()?;
    let polish = cjm_command(dir.path())?
        .args(["--help", "--lang", "pl"])
        .output()?;
    assert!(polish.status.success(), "{polish:?}");
    let text = stdout(&polish);
    for words in [
        "Użycie: cjm",
        "Polecenia:",
        "Opcje:",
        "Utwórz nową mapę z szablonu",
        "Pokaż pomoc",
    ] {
        assert!(text.contains(words), "{words:?} in\n{text}");
    }
    let russian = cjm_command(dir.path())?
        .env("LANG", "ru_RU.UTF-8")
        .args(["export", "--help"])
        .output()?;
    let text = stdout(&russian);
    assert!(
        text.contains("Экспортировать карту") && text.contains("Параметры:"),
        "{text}"
    );
    let english = cjm_command(dir.path())?.args(["--help"]).output()?;
    let text = stdout(&english);
    assert!(
        text.contains("Usage: cjm") && text.contains("Commands:"),
        "{text}"
    );
    assert!(text.contains("Create a new map from a template"), "{text}");
    Ok(())
}

/// The newer commands' help speaks the chosen language too: their about,
/// each argument and the headings, in each language.
#[test]
fn help_of_the_newer_commands_speaks_the_chosen_language() -> TestResult {
    let dir = tempfile::tempdir()?;
    let cases: &[(&str, &[&str], &[&str])] = &[
        (
            "pl",
            &["log", "--help"],
            &[
                "Commity, które zmieniły mapę",
                "Mapa w repozytorium gita",
                "Argumenty:",
            ],
        ),
        (
            "pl",
            &["issues", "push", "--help"],
            &[
                "Utwórz zgłoszenie dla każdej otwartej szansy",
                "Dokąd trafiają zgłoszenia",
            ],
        ),
        (
            "pl",
            &["issues", "pull", "--help"],
            &["Zaktualizuj status każdej szansy"],
        ),
        (
            "pl",
            &["readings", "import", "--help"],
            &[
                "Dodaj pomiary miernika z pliku CSV",
                "Identyfikator miernika, np. me-nps",
            ],
        ),
        (
            "pl",
            &["query", "--help"],
            &[
                "Znajdź punkty styku we wszystkich mapach",
                "Folder z mapami (albo plik mapy)",
            ],
        ),
        (
            "pl",
            &["report", "--help"],
            &[
                "Strona portfela wszystkich map",
                "Format wyniku",
                "Możliwe wartości:",
                "- html:     Jedna samodzielna strona gotowa do druku",
            ],
        ),
        (
            "pl",
            &["migrate", "--help"],
            &[
                "Przenieś mapy do wersji 2 formatu",
                "Połącz też oczywiste propozycje",
            ],
        ),
        (
            "ru",
            &["query", "--help"],
            &["Найти точки контакта во всех картах", "Параметры:"],
        ),
        (
            "sv",
            &["issues", "--help"],
            &["Förbättringsmöjligheter som ärenden", "Kommandon:"],
        ),
    ];
    for (lang, args, words) in cases {
        let output = cjm_command(dir.path())?
            .args(["--lang", lang])
            .args(*args)
            .output()?;
        assert!(output.status.success(), "{args:?}: {output:?}");
        let text = stdout(&output);
        for word in *words {
            assert!(text.contains(word), "{lang} {args:?}: {word:?} in\n{text}");
        }
        // The values' descriptions are not left in English.
        for english in ["A page for a wiki", "Columns for people", "Possible values"] {
            assert!(
                !text.contains(english),
                "{lang} {args:?}: {english:?} in\n{text}"
            );
        }
    }
    Ok(())
}

/// clap's own words – an option's default and possible values, the `help`
/// subcommand's line – are in the chosen language, in every command's help.
#[test]
fn defaults_possible_values_and_the_help_command_speak_the_chosen_language() -> TestResult {
    let dir = tempfile::tempdir()?;
    let cases: &[(&str, &[&str], &[&str])] = &[
        (
            "pl",
            &["new", "--help"],
            &[
                "[możliwe wartości: current-state, future-state, day-in-the-life, service]",
                "[domyślnie: current-state]",
            ],
        ),
        ("ru", &["check", "--help"], &["[по умолчанию: text]"]),
        (
            "sv",
            &["issues", "push", "--help"],
            &["[möjliga värden: github, gitlab]"],
        ),
        (
            "sv",
            &["--help"],
            &["Visa den här hjälpen eller hjälpen för angivet kommando"],
        ),
        (
            "pl",
            &["issues", "--help"],
            &["Pokaż tę pomoc albo pomoc podanego polecenia"],
        ),
    ];
    let commands: &[&[&str]] = &[
        &["--help"],
        &["new", "--help"],
        &["check", "--help"],
        &["export", "--help"],
        &["diff", "--help"],
        &["query", "--help"],
        &["report", "--help"],
        &["issues", "push", "--help"],
        &["git", "setup", "--help"],
    ];
    for (lang, args, words) in cases {
        let output = cjm_command(dir.path())?
            .args(["--lang", lang])
            .args(*args)
            .output()?;
        assert!(output.status.success(), "{args:?}: {output:?}");
        let text = stdout(&output);
        for word in *words {
            assert!(text.contains(word), "{lang} {args:?}: {word:?} in\n{text}");
        }
    }
    for lang in ["pl", "ru", "sv"] {
        for args in commands {
            let output = cjm_command(dir.path())?
                .args(["--lang", lang])
                .args(*args)
                .output()?;
            assert!(output.status.success(), "{args:?}: {output:?}");
            let text = stdout(&output);
            for english in ["[default:", "[possible values:", "Print this message"] {
                assert!(
                    !text.contains(english),
                    "{lang} {args:?}: {english:?} in\n{text}"
                );
            }
        }
    }
    // English keeps clap's own words.
    let output = cjm_command(dir.path())?.args(["new", "--help"]).output()?;
    assert!(stdout(&output).contains("[default: current-state]"));
    Ok(())
}

/// `cjm diff` speaks the chosen language too.
#[test]
fn diff_speaks_the_chosen_language() -> TestResult {
    let dir = tempfile::tempdir()?;
    for file in ["a.toml", "b.toml"] {
        let output = cjm_command(dir.path())?
            .args(["new", file, "--template", "service", "--title", "Wizyta"])
            .output()?;
        assert!(output.status.success(), "{output:?}");
    }
    let same = cjm_command(dir.path())?
        .args(["diff", "a.toml", "b.toml", "--lang", "pl"])
        .output()?;
    assert!(
        stdout(&same).contains("Brak różnic (komentarze nie są porównywane)."),
        "{}",
        stdout(&same)
    );
    let text = std::fs::read_to_string(dir.path().join("b.toml"))?;
    std::fs::write(
        dir.path().join("b.toml"),
        text.replace("name = \"During\"", "name = \"W trakcie wizyty\""),
    )?;
    let changed = cjm_command(dir.path())?
        .args([
            "diff", "a.toml", "b.toml", "--format", "markdown", "--lang", "pl",
        ])
        .output()?;
    let text = stdout(&changed);
    assert!(text.starts_with("# Różnice między mapami\n"), "{text}");
    assert!(
        text.contains("## Etapy") && text.contains("**zmieniono**"),
        "{text}"
    );
    Ok(())
}

#[test]
fn clap_s_errors_are_told_in_the_chosen_language() -> TestResult {
    let dir = tempfile::tempdir()?;
    let cases: [(&[&str], &[&str]); 4] = [
        (
            &["--lang", "pl", "--bogus"],
            &[
                "błąd: nieoczekiwany argument `--bogus`",
                "Użycie: cjm [OPTIONS] [FILE]",
                "Więcej informacji: `--help`.",
            ],
        ),
        (
            &["--lang", "ru", "export"],
            &[
                "ошибка: не указаны обязательные аргументы: --format <FORMAT>, <FILE>",
                "Использование: cjm export --format <FORMAT> <FILE>",
            ],
        ),
        (
            &["--lang", "sv", "export", "--format", "nope", "map.toml"],
            &[
                "fel: ogiltigt värde `nope` för `--format <FORMAT>`; möjliga värden: markdown, mermaid",
            ],
        ),
        (
            &["--bogus"],
            &[
                "error: unexpected argument '--bogus' found",
                "Usage: cjm [OPTIONS] [FILE]",
            ],
        ),
    ];
    for (args, expected) in cases {
        let output = common::cjm(dir.path(), args)?;
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let text = common::stderr(&output);
        for line in expected {
            assert!(text.contains(line), "{args:?}: {text}");
        }
        assert!(
            !text.contains("unexpected argument") || args[0] != "--lang",
            "{text}"
        );
    }
    Ok(())
}
