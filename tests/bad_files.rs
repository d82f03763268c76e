//! The loader's error reports, tested through the real `cjm` binary on a
//! corpus of bad map files (`tests/bad/`).
//!
//! Every case runs `cjm check FILE`, `cjm fmt FILE` and `cjm fmt --check FILE`
//! on a copy of the file in a temporary folder and asserts exit code 2, the
//! exact list of `FILE:LINE:COL: error: ...` reports (position, a part of the
//! message and of the hint, in file order, nothing more), an empty stdout and
//! unchanged bytes. A snapshot test keeps the full stderr of `cjm check` for
//! every case in `tests/snapshots/`, so all messages can be read in one place.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

use common::TestResult;

/// How the file of a case comes to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Setup {
    /// Copied from `tests/bad/`.
    Fixture,
    /// A directory with the file's name.
    Directory,
    /// Nothing: the file does not exist.
    Missing,
}

/// One report the loader must give.
struct Expect {
    /// `"line:col"`, or `""` for a report about the whole file (`FILE: error:`).
    at: &'static str,
    /// A part of the message.
    message: &'static str,
    /// A part of the hint; `""` when the hint is not checked.
    hint: &'static str,
}

const fn at(at: &'static str, message: &'static str, hint: &'static str) -> Expect {
    Expect { at, message, hint }
}

struct Case {
    file: &'static str,
    setup: Setup,
    /// Every report, in the order cjm gives them (file order).
    errors: &'static [Expect],
}

const fn fixture(file: &'static str, errors: &'static [Expect]) -> Case {
    Case {
        file,
        setup: Setup::Fixture,
        errors,
    }
}

const SYNTAX_HINT: &str = "fix the TOML syntax at this spot";

const CASES: &[Case] = &[
    // --- TOML syntax errors: one report, where the parser stopped.
    fixture(
        "syntax-missing-quote.toml",
        &[at(
            "2:21",
            "TOML syntax error: invalid basic string, expected `\"`",
            SYNTAX_HINT,
        )],
    ),
    fixture(
        "syntax-missing-equals.toml",
        &[at(
            "7:6",
            "TOML syntax error: key with no value, expected `=`",
            SYNTAX_HINT,
        )],
    ),
    fixture(
        "syntax-unclosed-bracket.toml",
        // The list opened on line 13 is never closed; the parser notices on line 14.
        &[at(
            "14:1",
            "TOML syntax error: missing comma between array elements",
            SYNTAX_HINT,
        )],
    ),
    fixture(
        "syntax-unclosed-header.toml",
        &[at(
            "5:10",
            "TOML syntax error: unclosed array table, expected `]`",
            SYNTAX_HINT,
        )],
    ),
    // A key or header of too many parts: reported at the first part too
    // deep (the 64th of the line below the [[stages]] table, the 65th of
    // the header), not a crash.
    fixture(
        "syntax-deep-dotted-key.toml",
        &[at(
            "8:316",
            "TOML syntax error: keys nest too deeply: more than 64 levels",
            "this key or header has far too many parts",
        )],
    ),
    fixture(
        "syntax-deep-header.toml",
        &[at(
            "5:322",
            "TOML syntax error: keys nest too deeply: more than 64 levels",
            "this key or header has far too many parts",
        )],
    ),
    // A multi-line string never closed: where it opens, not at the end of the file.
    fixture(
        "syntax-unclosed-multiline-string.toml",
        &[at(
            "4:15",
            "TOML syntax error: this multi-line string is never closed",
            "close the string with the same three quotes",
        )],
    ),
    fixture(
        "syntax-duplicate-key.toml",
        &[at(
            "14:1",
            "TOML syntax error: duplicate key",
            "each key may appear only once in a table",
        )],
    ),
    fixture(
        "invalid-date.toml",
        &[at(
            "4:11",
            "invalid date, expected day between 01 and 28",
            "a real day of the calendar",
        )],
    ),
    // --- Unknown keys, with did-you-mean suggestions.
    fixture(
        "unknown-key-top-level.toml",
        &[at(
            "4:1",
            "unknown key `onwer` in the top level of the map",
            "did you mean `owner`?",
        )],
    ),
    fixture(
        "unknown-key-goal.toml",
        &[at(
            "7:1",
            "unknown key `statment` in [goal]",
            "did you mean `statement`?",
        )],
    ),
    fixture(
        "unknown-key-touchpoint.toml",
        &[at(
            "13:1",
            "unknown key `emoton` in touchpoint `tp-ad`",
            "did you mean `emotion`?",
        )],
    ),
    fixture(
        "unknown-key-evidence.toml",
        &[at(
            "14:27",
            "unknown key `notes` in evidence #1 of touchpoint `tp-ad`",
            "did you mean `note`?",
        )],
    ),
    fixture(
        "touchpoint-singular-table.toml",
        &[at(
            "9:2",
            "unknown key `touchpoint` in the top level of the map",
            "did you mean [[touchpoints]]? each item is its own [[touchpoints]] table",
        )],
    ),
    fixture(
        "touchpoints-single-brackets.toml",
        &[at(
            "9:2",
            "`touchpoints` must be a list of tables written as [[touchpoints]], but it is a table",
            "start each touchpoint with a line [[touchpoints]]",
        )],
    ),
    // --- Wrong types.
    fixture(
        "type-text-for-number.toml",
        &[at(
            "13:11",
            "`emotion` must be a whole number from -2 to 2, but it is text",
            "write a number without quotes",
        )],
    ),
    fixture(
        "type-number-for-text.toml",
        &[at(
            "7:8",
            "`name` must be text, but it is a whole number",
            "put the text in quotes: name = \"...\"",
        )],
    ),
    fixture(
        "type-quoted-date.toml",
        &[at(
            "4:11",
            "`created` must be a date, but it is text",
            "remove the quotes: created = 2026-03-02",
        )],
    ),
    fixture(
        "type-bool-as-text.toml",
        &[at(
            "8:11",
            "`primary` must be true or false, but it is text",
            "write primary = true or primary = false (no quotes)",
        )],
    ),
    // --- Values out of range.
    fixture(
        "range-emotion-3.toml",
        &[at(
            "13:11",
            "`emotion` is 3, but it must be a whole number from -2 to 2",
            "-2 very negative",
        )],
    ),
    fixture(
        "range-emotion-minus-5.toml",
        &[at(
            "13:11",
            "`emotion` is -5, but it must be a whole number from -2 to 2",
            "2 very positive",
        )],
    ),
    fixture(
        "range-impact-0.toml",
        &[at(
            "8:10",
            "`impact` is 0, but it must be a whole number from 1 to 5",
            "1 is low, 5 is high",
        )],
    ),
    fixture(
        "range-effort-6.toml",
        &[at(
            "9:10",
            "`effort` is 6, but it must be a whole number from 1 to 5",
            "1 is low, 5 is high",
        )],
    ),
    fixture(
        "range-votes-minus-1.toml",
        &[at("8:9", "`votes` is -1, but it must be", "0 or more")],
    ),
    fixture(
        "nan-baseline.toml",
        &[at(
            "9:12",
            "`baseline` must be a finite number, not inf or nan",
            "write an ordinary number",
        )],
    ),
    // --- Values outside the vocabularies.
    fixture(
        "vocab-channel.toml",
        &[at(
            "13:11",
            "`channel` is \"webb\", which is not a known channel",
            "did you mean `web`? allowed: web, mobile-app,",
        )],
    ),
    fixture(
        "vocab-map-kind.toml",
        &[at(
            "3:8",
            "`kind` is \"curent-state\", which is not a known kind of map",
            "did you mean `current-state`? allowed: current-state, future-state, day-in-the-life, service",
        )],
    ),
    fixture(
        "vocab-metric-kind.toml",
        &[at(
            "8:8",
            "`kind` is \"csta\", which is not a known kind of metric",
            "did you mean `csat`?",
        )],
    ),
    fixture(
        "vocab-evidence-source.toml",
        &[at(
            "14:14",
            "`source` is \"interveiw\", which is not a known evidence source",
            "did you mean `interview`?",
        )],
    ),
    fixture(
        "vocab-status.toml",
        &[at(
            "8:10",
            "`status` is \"planed\", which is not a known status",
            "did you mean `planned`?",
        )],
    ),
    // --- Ids and references.
    fixture(
        "duplicate-id.toml",
        &[at(
            "10:6",
            "duplicate id `st-search`: a stage already uses it",
            "ids must be unique in the map",
        )],
    ),
    fixture(
        "duplicate-id-across-kinds.toml",
        &[at(
            "10:6",
            "duplicate id `checkout`: a stage already uses it",
            "ids must be unique in the map",
        )],
    ),
    fixture(
        "malformed-id.toml",
        &[at(
            "6:6",
            "an id may only use lowercase letters a-z, digits and `-`: `St Search`",
            "use `st-search` instead",
        )],
    ),
    fixture(
        "duplicate-member-id.toml",
        &[at(
            "10:6",
            "duplicate id `tm-anna`: a team member already uses it",
            "ids must be unique in the map",
        )],
    ),
    fixture(
        "malformed-member-id.toml",
        &[at(
            "9:6",
            "an id may only use lowercase letters a-z, digits and `-`: `Tm Björn`",
            "use `tm-bjorn` instead",
        )],
    ),
    fixture(
        "dangling-touchpoint-stage.toml",
        &[at(
            "11:9",
            "no stage has the id `st-serch`",
            "did you mean `st-search`?",
        )],
    ),
    fixture(
        "dangling-touchpoint-personas.toml",
        // The second element of the list, not the first.
        &[at(
            "18:24",
            "no persona has the id `pe-ana`",
            "did you mean `pe-anna`?",
        )],
    ),
    fixture(
        "dangling-opportunity-touchpoints.toml",
        &[at(
            "17:16",
            "no touchpoint has the id `tp-chekout`",
            "did you mean `tp-checkout`?",
        )],
    ),
    fixture(
        "metric-links-persona.toml",
        &[at(
            "18:20",
            "`pe-anna` is a persona, not a stage, touchpoint or opportunity",
            "name the id of a stage, touchpoint or opportunity here",
        )],
    ),
    fixture(
        "two-primary-personas.toml",
        &[at(
            "13:11",
            "persona `pe-bob` is marked primary, but `pe-anna` already is",
            "keep `primary = true` on one persona only",
        )],
    ),
    // --- Departments, blueprint lanes, waits and web links (schema 2).
    fixture(
        "dangling-department.toml",
        // A touchpoint's owner with a typo, and a backstage action naming a
        // department the map does not have (reported at its `department`).
        &[
            at(
                "21:9",
                "unknown department `dp-recepton`",
                "did you mean `dp-reception`?",
            ),
            at(
                "23:53",
                "unknown department `dp-records`",
                "use one of the departments' ids (dp-reception, dp-it)",
            ),
        ],
    ),
    fixture(
        "department-name-for-id.toml",
        // A department's alias where schema 2 wants its id.
        &[at(
            "13:14",
            "unknown department `Front desk`",
            "write the department's id: `dp-reception`",
        )],
    ),
    fixture(
        "duplicate-department-id.toml",
        &[at(
            "10:6",
            "duplicate id `dp-reception`: a department already uses it",
            "ids must be unique in the map",
        )],
    ),
    fixture(
        "missing-department-name.toml",
        &[at(
            "5:1",
            "department `dp-reception` has no `name`",
            "add `name = \"...\"`",
        )],
    ),
    fixture(
        "action-missing-text.toml",
        &[
            at(
                "18:3",
                "frontstage action #1 of touchpoint `tp-desk` has no `text`",
                "add `text = \"...\"`",
            ),
            at(
                "22:12",
                "support action #2 of touchpoint `tp-desk` has an empty `text`",
                "write what is done",
            ),
        ],
    ),
    fixture(
        "wait-negative.toml",
        &[at(
            "13:8",
            "`wait` is \"-15m\": a wait cannot be negative",
            "e.g. wait = \"15m\", \"2h\" or \"3d\"",
        )],
    ),
    fixture(
        "wait-malformed.toml",
        &[
            at(
                "13:8",
                "`wait` is \"half an hour\": a wait is a number and a unit",
                "e.g. wait = \"15m\"",
            ),
            at(
                "19:8",
                "`wait` must be a duration such as \"15m\", but it is a whole number",
                "write the wait in quotes with its unit",
            ),
            at(
                "25:8",
                "`wait` is \"1.5h\": a wait is a number and a unit",
                "e.g. wait = \"15m\"",
            ),
        ],
    ),
    fixture(
        "malformed-url-evidence.toml",
        &[at(
            "14:57",
            "malformed web address \"example.com/notes/1\": a web address starts with its scheme",
            "write the whole address as the browser shows it",
        )],
    ),
    fixture(
        "malformed-url-web-links.toml",
        &[
            at(
                "14:32",
                "malformed web address \"https://\": a web address names its host after //",
                "e.g. \"https://example.com/page\"",
            ),
            at(
                "15:29",
                "a web address has no spaces; write a space as %20",
                "",
            ),
            at(
                "16:3",
                "web link #3 of touchpoint `tp-desk` has no `url`",
                "add `url = \"...\"`",
            ),
            at(
                "23:29",
                "malformed web address \"htps//tickets.example.com/88\"",
                "as the browser shows it",
            ),
        ],
    ),
    // --- Schema and required keys.
    fixture(
        "schema-newer.toml",
        // Only the version is reported: the unknown key may be new in version 3.
        &[at(
            "1:10",
            "this map uses format version 3, but this cjm reads versions up to 2",
            "upgrade cjm",
        )],
    ),
    fixture(
        "schema-missing.toml",
        &[at(
            "1:1",
            "the map has no `schema` (format version)",
            "add `schema = 2` as the first line",
        )],
    ),
    fixture(
        "missing-title.toml",
        &[at(
            "1:1",
            "the top level of the map has no `title`",
            "add `title = \"...\"`",
        )],
    ),
    fixture(
        "missing-touchpoint-name.toml",
        &[at(
            "9:1",
            "touchpoint `tp-ad` has no `name`",
            "add `name = \"...\"`",
        )],
    ),
    fixture(
        "empty.toml",
        &[
            at("1:1", "the map has no `schema`", "add `schema = 2`"),
            at(
                "1:1",
                "the top level of the map has no `title`",
                "add `title",
            ),
            at(
                "1:1",
                "the top level of the map has no `kind`",
                "add `kind = \"current-state\"`",
            ),
        ],
    ),
    fixture(
        "invalid-utf8.toml",
        // Line 7 is `name = "Ann<0xFF>a"`: the bad byte is the 12th character.
        &[at(
            "7:12",
            "the file is not valid UTF-8 text",
            "save the file as UTF-8",
        )],
    ),
    // --- Several problems in one file: all are reported in one run.
    fixture(
        "multi-touchpoint.toml",
        &[
            at(
                "13:11",
                "`channel` is \"socail\", which is not a known channel",
                "did you mean `social`?",
            ),
            at(
                "14:11",
                "`emotion` is 3, but it must be",
                "-2 very negative",
            ),
            at(
                "15:1",
                "unknown key `feelings` in touchpoint `tp-ad`",
                "did you mean `feeling`?",
            ),
            at(
                "21:11",
                "`emotion` is -5, but it must be",
                "-2 very negative",
            ),
            at(
                "22:19",
                "`moment_of_truth` must be true or false, but it is text",
                "no quotes",
            ),
        ],
    ),
    fixture(
        "multi-opportunity.toml",
        &[
            at("8:10", "`impact` is 0", "1 is low, 5 is high"),
            at("9:10", "`effort` is 6", "1 is low, 5 is high"),
            at("10:9", "`votes` is -1", "0 or more"),
            at(
                "11:10",
                "`status` is \"doing\", which is not a known status",
                "allowed: idea, planned, in-progress, done, dropped",
            ),
        ],
    ),
    fixture(
        "multi-references.toml",
        &[
            at(
                "16:9",
                "no stage has the id `st-bye`",
                "did you mean `st-buy`?",
            ),
            at(
                "18:13",
                "no persona has the id `pe-bob`",
                "known ids: pe-anna",
            ),
            at(
                "23:16",
                "no touchpoint has the id `tp-chekout`",
                "did you mean `tp-checkout`?",
            ),
            at("29:10", "`pe-anna` is a persona, not a stage", ""),
        ],
    ),
    fixture(
        "multi-sections.toml",
        &[
            at("1:1", "the top level of the map has no `title`", ""),
            at(
                "3:11",
                "`created` must be a date, but it is text",
                "remove the quotes",
            ),
            at(
                "6:9",
                "`focus` is \"growht\", which is not a known focus",
                "did you mean `growth`?",
            ),
            at(
                "9:6",
                "an id may only use lowercase letters",
                "use `pe-anna` instead",
            ),
            at("17:6", "duplicate id `st-buy`", ""),
            at("24:12", "`baseline` must be a finite number", ""),
            at(
                "26:3",
                "reading #1 of metric `me-nps` has no `value`",
                "add `value = 42`",
            ),
        ],
    ),
    // --- Paths that are not map files (made by the test, not committed).
    Case {
        file: "a-folder.toml",
        setup: Setup::Directory,
        errors: &[at(
            "",
            "this is a directory, not a map file",
            "name a .toml file inside it",
        )],
    },
    Case {
        file: "missing.toml",
        setup: Setup::Missing,
        errors: &[at("", "no such file", "cjm new FILE")],
    },
];

fn bad_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("bad")
}

/// A temporary folder holding the case's file, named as in the case.
fn prepare(case: &Case) -> Result<tempfile::TempDir, Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join(case.file);
    match case.setup {
        Setup::Fixture => {
            fs::copy(bad_dir().join(case.file), &path)?;
        }
        Setup::Directory => fs::create_dir(&path)?,
        Setup::Missing => {}
    }
    Ok(dir)
}

/// What is at the case's path: the bytes of a file, or a note on what else is there.
fn snapshot_of(path: &Path) -> Result<String, Box<dyn std::error::Error>> {
    Ok(if path.is_dir() {
        format!("a directory with {} entries", fs::read_dir(path)?.count())
    } else if path.exists() {
        format!("a file with bytes {:?}", fs::read(path)?)
    } else {
        "nothing".to_owned()
    })
}

fn entries(dir: &Path) -> Result<BTreeSet<String>, Box<dyn std::error::Error>> {
    let mut names = BTreeSet::new();
    for entry in fs::read_dir(dir)? {
        names.insert(entry?.file_name().to_string_lossy().into_owned());
    }
    Ok(names)
}

/// Runs `cjm ARGS FILE` in `dir` (the file named relatively, so messages are stable).
fn run(
    dir: &Path,
    args: &[&str],
    file: &str,
) -> Result<std::process::Output, Box<dyn std::error::Error>> {
    let output = Command::cargo_bin("cjm")?
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .args(args)
        .arg(file)
        .output()?;
    Ok(output)
}

/// One report as printed: the position (or "" for a whole-file report), the message and the hint.
#[derive(Debug)]
struct Report {
    at: String,
    message: String,
    hint: Option<String>,
}

/// Splits stderr into reports. A report starts with `FILE:LINE:COL: error: ` or
/// `FILE: error: `; the lines after it (source line, caret, hint) belong to it.
fn reports(stderr: &str, file: &str) -> Result<Vec<Report>, String> {
    let mut out: Vec<Report> = Vec::new();
    for line in stderr.lines() {
        if let Some(rest) = line.strip_prefix(file).and_then(|r| r.strip_prefix(':')) {
            let Some((position, message)) = rest.split_once(" error: ") else {
                return Err(format!(
                    "a line names the file but is no error report: {line:?}"
                ));
            };
            let position = position.trim_end_matches(':');
            out.push(Report {
                at: position.to_owned(),
                message: message.to_owned(),
                hint: None,
            });
        } else if let Some(hint) = line
            .trim_start()
            .strip_prefix("= hint: ")
            .or_else(|| line.strip_prefix("  hint: "))
        {
            let Some(last) = out.last_mut() else {
                return Err(format!("a hint before any error: {line:?}"));
            };
            if last.hint.is_some() {
                return Err(format!("a second hint for one error: {line:?}"));
            }
            last.hint = Some(hint.to_owned());
        } else if out.is_empty() {
            return Err(format!(
                "stderr does not start with an error report: {line:?}"
            ));
        }
    }
    Ok(out)
}

/// Checks one run of cjm on one case; returns what is wrong, if anything.
fn check_run(case: &Case, args: &[&str]) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    let dir = prepare(case)?;
    let path = dir.path().join(case.file);
    let before = snapshot_of(&path)?;
    let entries_before = entries(dir.path())?;
    let output = run(dir.path(), args, case.file)?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let what = format!("`cjm {} {}`", args.join(" "), case.file);
    let mut failures = Vec::new();
    let mut fail =
        |problem: String| failures.push(format!("{what}: {problem}\n--- stderr:\n{stderr}"));

    if output.status.code() != Some(2) {
        fail(format!("exit code {:?}, expected 2", output.status.code()));
    }
    if !stdout.is_empty() {
        fail(format!("stdout should be empty, got {stdout:?}"));
    }
    // The literal form the brief asks for, for each expected report.
    for e in case.errors {
        let head = if e.at.is_empty() {
            format!("{}: error: ", case.file)
        } else {
            format!("{}:{}: error: ", case.file, e.at)
        };
        if !stderr.contains(&head) || !stderr.contains(e.message) {
            fail(format!("stderr lacks {head:?} or {:?}", e.message));
        }
    }
    match reports(&stderr, case.file) {
        Err(problem) => fail(problem),
        Ok(got) if got.len() != case.errors.len() => fail(format!(
            "{} reports, expected {}: {got:#?}",
            got.len(),
            case.errors.len()
        )),
        Ok(got) => {
            for (n, (g, e)) in got.iter().zip(case.errors).enumerate() {
                let hint_ok =
                    e.hint.is_empty() || g.hint.as_deref().is_some_and(|h| h.contains(e.hint));
                if g.at != e.at || !g.message.contains(e.message) || !hint_ok {
                    fail(format!(
                        "report #{}: got {g:?}, expected at {:?} a message with {:?} and a hint with {:?}",
                        n + 1,
                        e.at,
                        e.message,
                        e.hint
                    ));
                }
                if g.hint.is_none() {
                    fail(format!("report #{} has no hint", n + 1));
                }
            }
        }
    }
    let after = snapshot_of(&path)?;
    if after != before {
        fail(format!("the path changed: before {before}, after {after}"));
    }
    let entries_after = entries(dir.path())?;
    if entries_after != entries_before {
        fail(format!(
            "the folder changed: before {entries_before:?}, after {entries_after:?}"
        ));
    }
    Ok(failures)
}

#[test]
fn every_bad_file_is_reported_with_position_message_and_hint() -> TestResult {
    let mut failures = Vec::new();
    for case in CASES {
        for args in [&["check"][..], &["fmt"], &["fmt", "--check"]] {
            failures.extend(check_run(case, args)?);
        }
    }
    assert!(
        failures.is_empty(),
        "{} problems:\n\n{}",
        failures.len(),
        failures.join("\n")
    );
    Ok(())
}

#[test]
fn the_corpus_and_the_table_match() -> TestResult {
    let on_disk = entries(&bad_dir())?;
    let fixtures: BTreeSet<String> = CASES
        .iter()
        .filter(|c| c.setup == Setup::Fixture)
        .map(|c| c.file.to_owned())
        .collect();
    assert_eq!(
        on_disk, fixtures,
        "every file in tests/bad/ has exactly one case"
    );
    assert!(fixtures.len() >= 24, "only {} bad files", fixtures.len());
    let multi = CASES.iter().filter(|c| c.errors.len() >= 3).count();
    assert!(multi >= 3, "only {multi} cases with several problems");
    for case in CASES.iter().filter(|c| c.setup != Setup::Fixture) {
        assert!(
            !on_disk.contains(case.file),
            "{} must not be committed",
            case.file
        );
    }
    Ok(())
}

#[test]
fn the_invalid_utf8_fixture_really_holds_a_bad_byte() -> TestResult {
    let bytes = fs::read(bad_dir().join("invalid-utf8.toml"))?;
    assert!(bytes.contains(&0xFF));
    assert!(std::str::from_utf8(&bytes).is_err());
    Ok(())
}

/// The full stderr of `cjm check` for every case, for reading all messages in one place.
#[test]
fn check_messages_snapshots() -> TestResult {
    for case in CASES {
        let dir = prepare(case)?;
        let output = run(dir.path(), &["check"], case.file)?;
        assert_eq!(output.status.code(), Some(2), "{}", case.file);
        let stderr = String::from_utf8(output.stderr)?;
        let name = case.file.trim_end_matches(".toml");
        insta::assert_snapshot!(name, stderr);
    }
    Ok(())
}
