//! The `cjm` command line, tested through the real binary: `new`, `check`,
//! `fmt`, `--help` and `cjm` without arguments. Every file lives in a
//! temporary folder.

mod common;

use std::fs;

use common::TestResult;
use common::{cjm, stderr, stdout};

/// A valid map, already in canonical form.
const CANONICAL: &str = r#"schema = 1
title = "Online shop"
kind = "current-state"

[[personas]]
id = "pe-anna"
name = "Anna"
primary = true

[[stages]]
id = "st-search"
name = "Search"

[[touchpoints]]
id = "tp-ad"
stage = "st-search"
name = "Sees an ad"
channel = "social"
emotion = 1
"#;

/// A valid map that is not canonical: keys out of order, a list of texts on
/// one line, extra blank lines, a missing blank line, `+1`, spaces in a list.
const NON_CANONICAL: &str = r#"title = "Online shop"
schema = 1
kind = "current-state"
parking_lot = ["Loyalty card", "Gift wrap"]



# The only persona so far.
[[personas]]
name = "Anna"
id = "pe-anna"
primary = true
[[stages]]
name = "Search"
id = "st-search"


[[touchpoints]]
name = "Sees an ad"
emotion = +1
stage = "st-search"
id = "tp-ad"
pain_points = ["Too many ads"]   # from interviews
personas = [ "pe-anna" ]
"#;

/// What `cjm fmt` must make of [`NON_CANONICAL`].
const FORMATTED: &str = r#"schema = 1
title = "Online shop"
kind = "current-state"
parking_lot = [
  "Loyalty card",
  "Gift wrap",
]

# The only persona so far.
[[personas]]
id = "pe-anna"
name = "Anna"
primary = true

[[stages]]
id = "st-search"
name = "Search"

[[touchpoints]]
id = "tp-ad"
stage = "st-search"
name = "Sees an ad"
personas = ["pe-anna"]
emotion = 1
pain_points = [
  "Too many ads",
] # from interviews
"#;

/// The text of `key` in a TOML table, or "" when it is absent or not text.
fn text<'a>(table: &'a toml::Table, key: &str) -> &'a str {
    table.get(key).and_then(toml::Value::as_str).unwrap_or("")
}

// ---------------------------------------------------------------- cjm new

#[test]
fn new_creates_each_template_with_its_kind_stages_and_title() -> TestResult {
    let templates: [(&str, &[&str]); 4] = [
        (
            "current-state",
            &[
                "Awareness",
                "Engagement",
                "Evaluation",
                "Purchase",
                "Post-purchase",
                "Loyalty",
            ],
        ),
        (
            "future-state",
            &[
                "Awareness",
                "Engagement",
                "Evaluation",
                "Purchase",
                "Post-purchase",
                "Loyalty",
            ],
        ),
        (
            "day-in-the-life",
            &["Morning", "Afternoon", "Evening", "Night"],
        ),
        ("service", &["Before", "During", "After"]),
    ];
    for (template, stages) in templates {
        let dir = tempfile::tempdir()?;
        let file = format!("{template}.toml");
        let title = format!("Żabka – \"{template}\" journey");
        let output = cjm(
            dir.path(),
            &["new", &file, "--template", template, "--title", &title],
        )?;
        assert_eq!(
            output.status.code(),
            Some(0),
            "{template}: {}",
            stderr(&output)
        );
        assert!(
            stdout(&output).contains(&format!("Created {file}")),
            "{template}: {}",
            stdout(&output)
        );

        let written = fs::read_to_string(dir.path().join(&file))?;
        let doc: toml::Table = toml::from_str(&written)?;
        assert_eq!(doc.get("schema").and_then(toml::Value::as_integer), Some(2));
        assert_eq!(text(&doc, "kind"), template, "{written}");
        assert_eq!(text(&doc, "title"), title, "{written}");
        let names: Vec<&str> = doc
            .get("stages")
            .and_then(toml::Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(toml::Value::as_table)
                    .map(|t| text(t, "name"))
                    .collect()
            })
            .unwrap_or_default();
        assert_eq!(names, stages, "{template}");

        let check = cjm(dir.path(), &["check", &file])?;
        assert_eq!(
            check.status.code(),
            Some(0),
            "{template}: {}",
            stderr(&check)
        );
        // The service template starts with one touchpoint, to show its blueprint lanes.
        let touchpoints = if template == "service" {
            "1 touchpoint"
        } else {
            "0 touchpoints"
        };
        assert!(
            stdout(&check).starts_with(&format!(
                "{file}: ok ({} stages, {touchpoints}, 1 persona,",
                stages.len()
            )),
            "{}",
            stdout(&check)
        );
        // Every template starts with the same five departments.
        let departments = doc
            .get("departments")
            .and_then(toml::Value::as_array)
            .map_or(0, Vec::len);
        assert_eq!(departments, 5, "{written}");
        // A new map is already in canonical form.
        let fmt = cjm(dir.path(), &["fmt", "--check", &file])?;
        assert_eq!(fmt.status.code(), Some(0), "{template}: {}", stdout(&fmt));
    }
    Ok(())
}

#[test]
fn new_without_options_makes_a_current_state_map_titled_after_the_file() -> TestResult {
    let dir = tempfile::tempdir()?;
    let output = cjm(dir.path(), &["new", "online-shop_v2.toml"])?;
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let doc: toml::Table =
        toml::from_str(&fs::read_to_string(dir.path().join("online-shop_v2.toml"))?)?;
    assert_eq!(text(&doc, "title"), "Online shop v2");
    assert_eq!(text(&doc, "kind"), "current-state");
    Ok(())
}

#[test]
fn new_refuses_to_overwrite_an_existing_file() -> TestResult {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("map.toml");
    let before = b"# somebody's notes, not even a map\n\xff".to_vec();
    fs::write(&path, &before)?;
    let output = cjm(dir.path(), &["new", "map.toml", "--template", "service"])?;
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("map.toml: error: the file already exists"),
        "{}",
        stderr(&output)
    );
    assert!(stdout(&output).is_empty(), "{}", stdout(&output));
    assert_eq!(fs::read(&path)?, before);
    assert_eq!(fs::read_dir(dir.path())?.count(), 1, "no stray files");
    Ok(())
}

#[test]
fn new_in_a_missing_folder_says_so() -> TestResult {
    let dir = tempfile::tempdir()?;
    let output = cjm(dir.path(), &["new", "no-such-folder/map.toml"])?;
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(
        err.contains("no-such-folder/map.toml: error: the folder does not exist"),
        "{err}"
    );
    assert!(err.contains("hint: create the folder first"), "{err}");
    assert!(!dir.path().join("no-such-folder").exists());
    Ok(())
}

// ---------------------------------------------------------------- cjm check

#[test]
fn check_accepts_a_valid_map() -> TestResult {
    let dir = tempfile::tempdir()?;
    fs::write(dir.path().join("good.toml"), CANONICAL)?;
    let output = cjm(dir.path(), &["check", "good.toml"])?;
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    // The first line says the map is valid; workshop warnings may follow
    // (they are tested in tests/checks.rs) and never change the exit code.
    assert_eq!(
        stdout(&output).lines().next(),
        Some("good.toml: ok (1 stage, 1 touchpoint, 1 persona, 0 opportunities, 0 metrics)")
    );
    assert!(stderr(&output).is_empty(), "{}", stderr(&output));
    Ok(())
}

#[test]
fn check_reports_every_file_when_one_is_bad() -> TestResult {
    let dir = tempfile::tempdir()?;
    fs::write(dir.path().join("first.toml"), CANONICAL)?;
    fs::write(
        dir.path().join("bad.toml"),
        CANONICAL.replace("emotion = 1", "emotion = 7"),
    )?;
    fs::write(dir.path().join("last.toml"), NON_CANONICAL)?;
    let output = cjm(
        dir.path(),
        &["check", "first.toml", "bad.toml", "last.toml"],
    )?;
    assert_eq!(output.status.code(), Some(2));
    let out = stdout(&output);
    assert!(out.contains("first.toml: ok ("), "{out}");
    assert!(out.contains("last.toml: ok ("), "{out}");
    assert!(!out.contains("bad.toml"), "{out}");
    let err = stderr(&output);
    assert!(
        err.starts_with("bad.toml:19:11: error: `emotion` is 7"),
        "{err}"
    );
    assert!(
        !err.contains("first.toml") && !err.contains("last.toml"),
        "{err}"
    );
    Ok(())
}

// ---------------------------------------------------------------- cjm fmt

#[test]
fn fmt_rewrites_a_map_in_canonical_form_once() -> TestResult {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("map.toml");
    fs::write(&path, NON_CANONICAL)?;

    let output = cjm(dir.path(), &["fmt", "map.toml"])?;
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stdout(&output), "formatted: map.toml\n");
    assert_eq!(fs::read_to_string(&path)?, FORMATTED);

    let again = cjm(dir.path(), &["fmt", "map.toml"])?;
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    assert!(stdout(&again).is_empty(), "{}", stdout(&again));
    assert_eq!(fs::read_to_string(&path)?, FORMATTED);
    assert_eq!(
        fs::read_dir(dir.path())?.count(),
        1,
        "no temporary files left"
    );
    Ok(())
}

#[test]
fn fmt_check_names_files_that_would_change_and_changes_nothing() -> TestResult {
    let dir = tempfile::tempdir()?;
    fs::write(dir.path().join("messy.toml"), NON_CANONICAL)?;
    fs::write(dir.path().join("tidy.toml"), CANONICAL)?;

    let output = cjm(dir.path(), &["fmt", "--check", "messy.toml", "tidy.toml"])?;
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert_eq!(stdout(&output), "would reformat: messy.toml\n");
    assert_eq!(
        fs::read_to_string(dir.path().join("messy.toml"))?,
        NON_CANONICAL
    );
    assert_eq!(fs::read_to_string(dir.path().join("tidy.toml"))?, CANONICAL);

    let output = cjm(dir.path(), &["fmt", "--check", "tidy.toml"])?;
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(stdout(&output).is_empty(), "{}", stdout(&output));
    assert_eq!(fs::read_to_string(dir.path().join("tidy.toml"))?, CANONICAL);
    Ok(())
}

#[cfg(unix)]
#[test]
fn fmt_keeps_the_file_permissions() -> TestResult {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("map.toml");
    fs::write(&path, NON_CANONICAL)?;
    fs::set_permissions(&path, fs::Permissions::from_mode(0o640))?;
    assert_eq!(fs::metadata(&path)?.permissions().mode() & 0o777, 0o640);

    let output = cjm(dir.path(), &["fmt", "map.toml"])?;
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        fs::read_to_string(&path)?,
        FORMATTED,
        "the file was rewritten"
    );
    assert_eq!(fs::metadata(&path)?.permissions().mode() & 0o777, 0o640);
    Ok(())
}

#[cfg(unix)]
#[test]
fn fmt_refuses_a_read_only_file() -> TestResult {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("map.toml");
    fs::write(&path, NON_CANONICAL)?;
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444))?;

    let output = cjm(dir.path(), &["fmt", "map.toml"])?;
    assert_eq!(output.status.code(), Some(2), "{}", stdout(&output));
    let err = stderr(&output);
    assert!(
        err.contains("map.toml: error: cannot write the file:") && err.contains("read-only"),
        "{err}"
    );
    assert!(err.contains("hint: check the permissions"), "{err}");
    assert!(
        !stdout(&output).contains("formatted"),
        "{}",
        stdout(&output)
    );
    assert_eq!(fs::read_to_string(&path)?, NON_CANONICAL);
    assert_eq!(fs::metadata(&path)?.permissions().mode() & 0o777, 0o444);
    assert_eq!(
        fs::read_dir(dir.path())?.count(),
        1,
        "no temporary files left"
    );
    Ok(())
}

// ---------------------------------------------------------------- help and no arguments

#[test]
fn help_works_for_every_subcommand() -> TestResult {
    let dir = tempfile::tempdir()?;
    let cases: [(&[&str], &[&str]); 7] = [
        (&["--help"], &["Usage: cjm", "new", "check", "fmt"]),
        (&["-h"], &["Usage: cjm"]),
        (
            &["new", "--help"],
            &[
                "Usage: cjm new",
                "--template",
                "current-state",
                "future-state",
                "day-in-the-life",
                "service",
                "--title",
            ],
        ),
        (&["check", "--help"], &["Usage: cjm check", "FILES"]),
        (&["fmt", "--help"], &["Usage: cjm fmt", "--check"]),
        (&["help", "new"], &["Usage: cjm new", "--template"]),
        (&["help", "fmt"], &["Usage: cjm fmt", "--check"]),
    ];
    for (args, wanted) in cases {
        let output = cjm(dir.path(), args)?;
        assert_eq!(
            output.status.code(),
            Some(0),
            "{args:?}: {}",
            stderr(&output)
        );
        let out = stdout(&output);
        for w in wanted {
            assert!(out.contains(w), "{args:?} lacks {w:?}:\n{out}");
        }
    }
    assert_eq!(fs::read_dir(dir.path())?.count(), 0, "help writes no files");
    Ok(())
}

#[test]
fn cjm_without_a_terminal_explains_instead_of_opening_the_home_screen() -> TestResult {
    let dir = tempfile::tempdir()?;
    let output = cjm(dir.path(), &[])?;
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let out = stdout(&output);
    assert!(
        out.contains("Run `cjm` in a terminal for the home screen"),
        "{out}"
    );
    assert!(out.contains("`cjm FILE` opens the board"), "{out}");
    assert!(out.contains("cjm new FILE"), "{out}");
    Ok(())
}

#[test]
fn opening_a_map_outside_a_terminal_says_the_board_needs_one() -> TestResult {
    let dir = tempfile::tempdir()?;
    fs::write(dir.path().join("good.toml"), CANONICAL)?;
    let output = cjm(dir.path(), &["good.toml"])?;
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("good.toml: error: the board needs a terminal"),
        "{}",
        stderr(&output)
    );
    // A broken map is reported before any terminal is needed.
    fs::write(dir.path().join("bad.toml"), "schema = 1\ntitle = 3\n")?;
    let output = cjm(dir.path(), &["bad.toml"])?;
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("bad.toml:2:9: error: `title` must be text"),
        "{}",
        stderr(&output)
    );
    Ok(())
}

/// Colours follow the usual conventions: none in a pipe, all of them with
/// `CLICOLOR_FORCE`, and none with `NO_COLOR`, even when forced; the text
/// is the same bytes but for the colours.
#[test]
fn colours_only_on_request_in_a_pipe_and_never_with_no_color() -> TestResult {
    let dir = tempfile::tempdir()?;
    fs::write(dir.path().join("broken.toml"), "schema = 1\ntitle = \n")?;
    let run = |env: &[(&str, &str)]| -> Result<String, common::Error> {
        let mut command = common::cjm_command(dir.path())?;
        command
            .env_remove("NO_COLOR")
            .env_remove("CLICOLOR_FORCE")
            .args(["check", "broken.toml"]);
        for (key, value) in env {
            command.env(key, value);
        }
        let output = command.output()?;
        assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
        Ok(stderr(&output))
    };
    let plain = run(&[])?;
    let forced = run(&[("CLICOLOR_FORCE", "1")])?;
    let refused = run(&[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")])?;
    assert!(!plain.contains('\u{1b}'), "{plain:?}");
    assert!(
        forced.contains("\u{1b}[31m"),
        "the error label is red: {forced:?}"
    );
    assert_eq!(refused, plain);
    let stripped = regex::Regex::new("\u{1b}\\[[0-9;]*m")?.replace_all(&forced, "");
    assert_eq!(stripped, plain);
    assert!(plain.contains("broken.toml:2:"), "{plain}");
    Ok(())
}

/// `--lang` and `--max-size` are global: they work before the command as
/// well as after it, and `cjm FILE` still opens a map (here: reports that
/// it is missing, in the chosen language).
#[test]
fn global_options_go_before_or_after_the_command() -> TestResult {
    let dir = tempfile::tempdir()?;
    let before = cjm(dir.path(), &["--lang", "pl", "new", "a.toml"])?;
    assert!(before.status.success(), "{before:?}");
    assert!(
        stdout(&before).starts_with("Utworzono a.toml"),
        "{before:?}"
    );
    assert!(fs::read_to_string(dir.path().join("a.toml"))?.contains("Świadomość"));
    let after = cjm(dir.path(), &["new", "b.toml", "--lang", "sv"])?;
    assert!(stdout(&after).starts_with("Skapade b.toml"), "{after:?}");
    let limited = cjm(
        dir.path(),
        &["--max-size", "100B", "--lang", "en", "check", "a.toml"],
    )?;
    assert_eq!(limited.status.code(), Some(2), "{limited:?}");
    assert!(stderr(&limited).contains("a.toml"), "{limited:?}");
    let open = cjm(dir.path(), &["--lang", "pl", "missing.toml"])?;
    assert_eq!(open.status.code(), Some(2), "{open:?}");
    assert!(
        stderr(&open).contains("missing.toml: błąd: nie ma takiego pliku"),
        "{open:?}"
    );
    let both = cjm(dir.path(), &["a.toml", "new", "c.toml"])?;
    assert_eq!(both.status.code(), Some(2), "{both:?}");
    assert!(
        stderr(&both).contains("`a.toml` and a command cannot go together"),
        "{both:?}"
    );
    assert!(!dir.path().join("c.toml").exists());
    Ok(())
}

/// Every command's error is said once on stderr, as `subject: error:
/// message` with a hint, in the interface language and without colour in a
/// pipe; the exit code is 2 and stdout stays empty.
#[test]
fn errors_are_reported_once_with_a_hint_and_exit_code_2() -> TestResult {
    let dir = tempfile::tempdir()?;
    fs::write(dir.path().join("shop.toml"), CANONICAL)?;
    fs::create_dir(dir.path().join("empty"))?;
    let cases: &[(&[&str], &str, &str)] = &[
        (
            &["export", "shop.toml", "--format", "markdown", "--bom"],
            "shop.toml: error: --bom applies to CSV only, not to markdown\n",
            "  hint: leave out --bom, or use --format csv\n",
        ),
        (
            &[
                "readings",
                "import",
                "shop.toml",
                "--metric",
                "me-nps",
                "shop.toml",
            ],
            "shop.toml: error: the map has no metric `me-nps`\n",
            "  hint: the map has no metrics yet; add one first\n",
        ),
        (
            &["query", "shop.toml", "emotion <"],
            "query:1:10: error: expected a value after `<`, found the end\n",
            "  hint: write a word",
        ),
        (
            &["fmt", "empty"],
            "empty: error: no maps in this folder\n",
            "  hint: maps are .toml files",
        ),
        (
            &["new", "shop.toml"],
            "shop.toml: error: the file already exists; `cjm new` never overwrites a map\n",
            "  hint: choose another file name",
        ),
        (
            &["--lang", "pl", "new", "shop.toml"],
            "shop.toml: błąd: ten plik już istnieje",
            "  wskazówka: ",
        ),
    ];
    for (args, first, hint) in cases {
        let output = cjm(dir.path(), args)?;
        assert_eq!(output.status.code(), Some(2), "{args:?}: {output:?}");
        let err = stderr(&output);
        assert!(err.starts_with(first), "{args:?}: {err}");
        assert!(err.contains(hint), "{args:?}: {err}");
        assert_eq!(err.matches(first).count(), 1, "{args:?}: said once: {err}");
        assert!(
            !err.contains('\u{1b}'),
            "{args:?}: no colour in a pipe: {err}"
        );
        assert!(stdout(&output).is_empty(), "{args:?}: {output:?}");
    }
    assert_eq!(fs::read_to_string(dir.path().join("shop.toml"))?, CANONICAL);

    // A size limit that cannot be read stops every command before it starts.
    let output = common::cjm_command(dir.path())?
        .env("CJM_MAX_SIZE", "lots")
        .args(["check", "shop.toml"])
        .output()?;
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert!(
        stderr(&output).starts_with(
            "CJM_MAX_SIZE: error: the size limit cannot be read: `lots` is not a size\n"
        ),
        "{output:?}"
    );
    assert!(stdout(&output).is_empty(), "{output:?}");
    Ok(())
}

/// In a folder, a map that does not load is reported among the results of
/// the others, which are still checked; the exit code is 2.
#[test]
fn a_bad_map_in_a_folder_is_reported_and_the_others_still_run() -> TestResult {
    let dir = tempfile::tempdir()?;
    fs::write(dir.path().join("a.toml"), CANONICAL)?;
    fs::write(dir.path().join("b.toml"), "schema = 1\ntitle = \n")?;
    fs::write(dir.path().join("c.toml"), NON_CANONICAL)?;
    let output = cjm(dir.path(), &["fmt", "--check", "."])?;
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert!(stderr(&output).starts_with("./b.toml:2:"), "{output:?}");
    assert!(stdout(&output).contains("c.toml"), "{output:?}");
    let check = cjm(dir.path(), &["check", "."])?;
    assert_eq!(check.status.code(), Some(2), "{check:?}");
    assert!(stdout(&check).contains("a.toml: ok"), "{check:?}");
    assert!(stdout(&check).contains("c.toml: ok"), "{check:?}");
    assert_eq!(stderr(&check).matches("b.toml:2:").count(), 1, "{check:?}");
    Ok(())
}
