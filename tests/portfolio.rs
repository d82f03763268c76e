//! A repository of journeys, with the real binary: `cjm check DIR`, `cjm fmt
//! DIR`, shared personas from `cjm.toml`, the portfolio page of `cjm report`
//! and `cjm query` across maps, on the test repository in
//! tests/fixtures/portfolio (four maps sharing two personas and three
//! departments).

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{TestResult, cjm, stderr, stdout};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/portfolio")
}

/// A copy of the test repository in a temporary folder, with a `.git`
/// folder so the search for `cjm.toml` stops there.
fn repository() -> Result<tempfile::TempDir, common::Error> {
    let dir = tempfile::tempdir()?;
    copy(&fixture(), dir.path())?;
    fs::create_dir(dir.path().join(".git"))?;
    Ok(dir)
}

fn copy(from: &Path, to: &Path) -> std::io::Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

/// The bytes of every file under `dir`, by path, to show nothing changed.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(folder) = stack.pop() {
        for entry in fs::read_dir(&folder).into_iter().flatten().flatten() {
            if entry.path().is_dir() {
                stack.push(entry.path());
            } else {
                files.push((entry.path(), fs::read(entry.path()).unwrap_or_default()));
            }
        }
    }
    files.sort();
    files
}

const MAPS: [&str; 4] = [
    "maps/delivery.toml",
    "maps/online-shop.toml",
    "maps/returns.toml",
    "maps/support.toml",
];

#[test]
fn check_walks_the_folder_and_sums_up() -> TestResult {
    let repo = repository()?;
    fs::create_dir_all(repo.path().join("target"))?;
    fs::write(repo.path().join("target/junk.toml"), "not a map")?;
    fs::create_dir_all(repo.path().join(".hidden"))?;
    fs::write(repo.path().join(".hidden/junk.toml"), "not a map")?;
    let output = cjm(repo.path(), &["check", "."])?;
    let out = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "{out}{}", stderr(&output));
    let ok_lines: Vec<&str> = out.lines().filter(|l| l.contains(": ok (")).collect();
    assert_eq!(ok_lines.len(), 4, "{out}");
    for (line, map) in ok_lines.iter().zip(MAPS) {
        assert!(line.starts_with(&format!("./{map}: ok")), "{line}");
    }
    assert!(
        out.ends_with("4 maps: 0 without warnings, 4 with warnings\n"),
        "{out}"
    );
    // The shared personas count for the checks: pe-hannah is primary.
    assert!(
        !out.contains("online-shop.toml: warning[no-persona]"),
        "{out}"
    );
    assert!(!out.contains("unknown-shared-persona"), "{out}");
    assert!(!out.contains("shared-persona-differs"), "{out}");
    assert_eq!(stderr(&output), "");
    Ok(())
}

#[test]
fn check_catches_a_missing_and_a_redefined_shared_persona() -> TestResult {
    let repo = repository()?;
    fs::write(
        repo.path().join("maps/drift.toml"),
        "schema = 1\ntitle = \"Drift\"\nkind = \"current-state\"\n\
         shared_personas = [\n  \"pe-hannah\",\n  \"pe-hanah\",\n  \"../personas.toml#pe-nobody\",\n]\n\n\
         [[personas]]\nid = \"pe-olek\"\nname = \"Olek, regular\"\nsegment = \"Everyone\"\n",
    )?;
    let output = cjm(repo.path(), &["check", "maps", "--deny", "warnings"])?;
    let out = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{out}{}", stderr(&output));
    assert!(
        out.contains(
            "maps/drift.toml:6: warning[unknown-shared-persona]: `pe-hanah` is not a shared persona\n  hint: did you mean `pe-hannah`?\n"
        ),
        "{out}"
    );
    assert!(
        out.contains("maps/drift.toml:7: warning[unknown-shared-persona]: "),
        "{out}"
    );
    assert!(
        out.contains("personas.toml shares no persona `pe-nobody`"),
        "{out}"
    );
    assert!(
        out.contains("maps/drift.toml:10: warning[shared-persona-differs]: this persona redefines the shared persona of "),
        "{out}"
    );
    assert!(
        out.contains("hint: segment: \"Everyone\" here, \"Returning customers 45+\" shared; quote: not set here, \"I just want it to arrive.\" shared; remove it here and list `pe-olek` in `shared_personas`"),
        "{out}"
    );
    assert!(
        out.ends_with("5 maps: 0 without warnings, 5 with warnings\n"),
        "{out}"
    );
    Ok(())
}

#[test]
fn check_catches_a_missing_and_a_redefined_shared_department() -> TestResult {
    let repo = repository()?;
    fs::write(
        repo.path().join("maps/drift.toml"),
        "schema = 2\ntitle = \"Drift\"\nkind = \"current-state\"\n\
         shared_departments = [\n  \"dp-logistic\",\n  \"../departments.toml#dp-finance\",\n]\n\n\
         [[departments]]\nid = \"dp-marketing\"\nname = \"Marketing and PR\"\n\n\
         [[team]]\nname = \"Ola\"\ndepartment = \"dp-marketing\"\n",
    )?;
    let output = cjm(repo.path(), &["check", "maps", "--deny", "warnings"])?;
    let out = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{out}{}", stderr(&output));
    assert!(
        out.contains(
            "maps/drift.toml:5: warning[unknown-shared-department]: `dp-logistic` is not a shared department\n  hint: did you mean `dp-logistics`?\n"
        ),
        "{out}"
    );
    assert!(
        out.contains("maps/drift.toml:6: warning[unknown-shared-department]: "),
        "{out}"
    );
    assert!(
        out.contains("departments.toml shares no department `dp-finance`"),
        "{out}"
    );
    assert!(
        out.contains("maps/drift.toml:9: warning[shared-department-differs]: this department redefines the shared department of "),
        "{out}"
    );
    assert!(
        out.contains("hint: name: \"Marketing and PR\" here, \"Marketing\" shared; remove it here and list `dp-marketing` in `shared_departments`"),
        "{out}"
    );
    // The four maps that share the departments as they are: nothing to
    // say; the three findings are all the drifting map's.
    assert_eq!(out.matches("shared-department").count(), 3, "{out}");
    assert_eq!(
        out.matches("drift.toml:5: warning[unknown-shared").count(),
        1
    );

    // In Polish, with the same places.
    let output = cjm(repo.path(), &["--lang", "pl", "check", "maps/drift.toml"])?;
    let out = stdout(&output);
    assert!(
        out.contains("maps/drift.toml:5: ostrzeżenie[unknown-shared-department]: `dp-logistic` nie jest wspólnym działem"),
        "{out}"
    );
    Ok(())
}

/// An export shows a shared department by its name, as the map's own.
#[test]
fn an_export_names_the_shared_departments() -> TestResult {
    let output = cjm(
        &fixture(),
        &["export", "maps/delivery.toml", "-f", "markdown"],
    )?;
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let page = stdout(&output);
    assert!(page.contains("**Owner:** Logistics ·"), "{page}");
    assert!(page.contains("Departments present: Logistics."), "{page}");
    assert!(!page.contains("dp-logistics"), "{page}");
    Ok(())
}

#[test]
fn a_touchpoint_naming_a_department_nobody_shares_does_not_load() -> TestResult {
    let repo = repository()?;
    let path = repo.path().join("maps/returns.toml");
    let before = fs::read_to_string(&path)?;
    let text = before.replacen(
        "owner = \"dp-customer-service\"",
        "owner = \"dp-customer-servce\"",
        1,
    );
    assert_ne!(text, before);
    fs::write(&path, &text)?;
    let line = text
        .lines()
        .position(|l| l.contains("dp-customer-servce"))
        .map_or(0, |i| i + 1);
    let output = cjm(repo.path(), &["check", "maps/returns.toml"])?;
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let err = stderr(&output);
    assert!(
        err.contains(&format!(
            "maps/returns.toml:{line}:9: error: unknown department `dp-customer-servce`"
        )),
        "{err}"
    );
    assert!(err.contains("did you mean `dp-customer-service`?"), "{err}");
    // A file that fails to load is never modified.
    assert_eq!(fs::read_to_string(&path)?, text);
    let fmt = cjm(repo.path(), &["fmt", "maps/returns.toml"])?;
    assert_eq!(fmt.status.code(), Some(2), "{fmt:?}");
    assert_eq!(fs::read_to_string(&path)?, text);
    Ok(())
}

#[test]
fn a_touchpoint_naming_a_persona_nobody_defines_does_not_load() -> TestResult {
    let repo = repository()?;
    let path = repo.path().join("maps/support.toml");
    let text = fs::read_to_string(&path)?.replace(
        "personas = [\"pe-hannah\", \"pe-kenji\"]",
        "personas = [\"pe-hannah\", \"pe-ghost\"]",
    );
    assert!(text.contains("pe-ghost"));
    fs::write(&path, &text)?;
    let output = cjm(repo.path(), &["check", "maps"])?;
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(err.contains("maps/support.toml:"), "{err}");
    assert!(err.contains("pe-ghost"), "{err}");
    assert_eq!(
        fs::read_to_string(&path)?,
        text,
        "a map that fails to load is not changed"
    );
    Ok(())
}

#[test]
fn a_broken_cjm_toml_is_an_error_with_its_line() -> TestResult {
    let repo = repository()?;
    fs::write(
        repo.path().join("cjm.toml"),
        "# settings\npersons = [\"personas.toml\"]\n",
    )?;
    let output = cjm(repo.path(), &["check", "maps"])?;
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(
        err.contains("cjm.toml:2:1: error: unknown field `persons`"),
        "{err}"
    );
    Ok(())
}

#[test]
fn an_empty_folder_is_an_error() -> TestResult {
    let dir = tempfile::tempdir()?;
    for command in [["check", "."], ["fmt", "."], ["report", "."]] {
        let output = cjm(dir.path(), &command)?;
        assert_eq!(output.status.code(), Some(2), "{command:?}");
        assert!(
            stderr(&output).contains(".: error: no maps in this folder"),
            "{command:?}"
        );
    }
    Ok(())
}

#[test]
fn fmt_formats_the_maps_of_a_folder_and_nothing_else() -> TestResult {
    let repo = repository()?;
    let shop = repo.path().join("maps/online-shop.toml");
    let canonical = fs::read_to_string(&shop)?;
    fs::write(
        &shop,
        canonical.replace("kind = \"current-state\"", "kind   =   \"current-state\""),
    )?;
    let before = snapshot(repo.path());
    let output = cjm(repo.path(), &["fmt", "--check", "."])?;
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "would reformat: ./maps/online-shop.toml\n");
    assert_eq!(snapshot(repo.path()), before, "--check changes nothing");
    let output = cjm(repo.path(), &["fmt", "."])?;
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stdout(&output), "formatted: ./maps/online-shop.toml\n");
    assert_eq!(fs::read_to_string(&shop)?, canonical);
    for shared in ["cjm.toml", "personas.toml"] {
        assert_eq!(
            fs::read(repo.path().join(shared))?,
            fs::read(fixture().join(shared))?,
            "{shared} is not a map and is left alone"
        );
    }
    Ok(())
}

#[test]
fn the_fixture_maps_are_canonical() -> TestResult {
    let output = cjm(&fixture(), &["fmt", "--check", "."])?;
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    Ok(())
}

#[test]
fn report_lists_every_map_as_markdown() -> TestResult {
    let output = cjm(&fixture(), &["report", "."])?;
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let page = stdout(&output);
    insta::assert_snapshot!("portfolio.md", page);
    Ok(())
}

#[test]
fn report_writes_html_to_a_file() -> TestResult {
    let repo = repository()?;
    let output = cjm(
        repo.path(),
        &["report", "maps", "--format", "html", "-o", "portfolio.html"],
    )?;
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stdout(&output), "exported: portfolio.html (html)\n");
    let page = fs::read_to_string(repo.path().join("portfolio.html"))?;
    assert!(page.starts_with("<!DOCTYPE html>"));
    for title in [
        "Online shop – first order",
        "Delivery – waiting for the parcel",
        "Returns – sending it back",
        "Support – a question about an order",
    ] {
        assert_eq!(
            page.matches(&format!("<h2>{title}</h2>")).count(),
            1,
            "{title}"
        );
    }
    assert!(page.contains("<span class=\"overdue\">⚠ 2020-01-31 (overdue)</span>"));
    assert!(page.contains("<td>Мария Иванова</td>"));
    assert!(
        page.contains("<td><a href=\"https://github.com/acme/shop/issues/7\">#7</a></td>"),
        "the tracker link of an opportunity with an issue"
    );
    Ok(())
}

#[test]
fn a_map_that_does_not_load_is_left_out_of_the_report_with_an_error() -> TestResult {
    let repo = repository()?;
    fs::write(
        repo.path().join("maps/broken.toml"),
        "schema = 1\ntitle = \n",
    )?;
    let output = cjm(repo.path(), &["report", "maps"])?;
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("maps/broken.toml:2:"),
        "{}",
        stderr(&output)
    );
    assert!(stdout(&output).starts_with("# Portfolio of journeys\n\n4 maps, 1 review overdue."));
    Ok(())
}

#[test]
fn query_finds_touchpoints_across_maps() -> TestResult {
    let query = "owner = logistics and emotion <= -1 and not evidence";
    let output = cjm(&fixture(), &["query", ".", query])?;
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "map                    id           name           stage  owner                    emotion  evidence\n\
         maps/delivery.toml     tp-tracking  Tracking page  Wait   dp-logistics, Logistics  -1\n\
         maps/online-shop.toml  tp-checkout  Checkout       Buy    dp-logistics, Logistics  -2\n"
    );
    let output = cjm(
        &fixture(),
        &[
            "query",
            "maps/support.toml",
            "personas = pe-kenji",
            "--format",
            "json",
        ],
    )?;
    assert_eq!(output.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output))?;
    assert_eq!(
        json,
        serde_json::json!([{
            "map": "maps/support.toml",
            "id": "tp-chat",
            "name": "Chat 💬",
            "stage": "Ask",
            "fields": { "personas": ["pe-hannah", "pe-kenji"] }
        }])
    );
    Ok(())
}

#[test]
fn a_query_that_matches_nothing_exits_1() -> TestResult {
    let output = cjm(
        &fixture(),
        &["query", ".", "stage = Discover and channel = email"],
    )?;
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "");
    assert_eq!(
        stderr(&output),
        "no touchpoint matches `stage = Discover and channel = email`\n"
    );
    Ok(())
}

#[test]
fn query_syntax_errors_point_at_the_column() -> TestResult {
    let cases = [
        (
            "owner = logistics and emoton <= -1",
            "query:1:23: error: unknown field `emoton`\n  owner = logistics and emoton <= -1\n                        ^\n  hint: did you mean `emotion`?\n",
        ),
        (
            "(owner = logistics or owner = sales",
            "query:1:1: error: this `(` is never closed\n  (owner = logistics or owner = sales\n  ^\n  hint: add `)` after the group\n",
        ),
        (
            "name ~ \"Łódź",
            "query:1:8: error: this quote is never closed\n  name ~ \"Łódź\n         ^\n  hint: end the text with `\"`\n",
        ),
        (
            "emotion <=",
            "query:1:11: error: expected a value after `<=`, found the end\n  emotion <=\n            ^\n  hint: write a word, a number or \"quoted text\"\n",
        ),
    ];
    for (query, expected) in cases {
        let output = cjm(&fixture(), &["query", ".", query])?;
        assert_eq!(output.status.code(), Some(2), "{query}");
        assert_eq!(stderr(&output), expected, "{query}");
        assert_eq!(stdout(&output), "");
    }
    Ok(())
}

#[test]
fn the_app_shows_the_shared_personas_a_map_uses_and_never_saves_them() -> TestResult {
    use cjm::tui::app::{App, View};
    use ratatui::crossterm::event::KeyCode;
    let repo = repository()?;
    let path = repo.path().join("maps/support.toml");
    let before = fs::read_to_string(&path)?;
    let loaded = cjm::format::load_file(&path)?;
    let mut app = App::new(loaded.map, path.clone());
    app.find_shared_personas();
    let names: Vec<&str> = app
        .shared_personas
        .iter()
        .map(|s| s.persona.name.as_str())
        .collect();
    assert_eq!(names, ["Hannah, first-time buyer"]);
    common::app::key(&mut app, KeyCode::Char('4'));
    assert_eq!(app.view, View::Personas);
    let screen = common::app::render(&app, 80, 24)?;
    let lines: Vec<&str> = screen
        .lines()
        .map(|l| l.trim_end_matches(['│', ' ']))
        .collect();
    assert!(
        lines.contains(&"│健二, business buyer  Companies"),
        "{screen}"
    );
    assert!(
        lines.contains(
            &"│Hannah, first-time buyer  shared · personas.toml  ★ primary  New customers"
        ) || lines.contains(&"│Hannah, first-time buyer  shared · personas.toml  ★ primary"),
        "{screen}"
    );
    assert!(
        lines.contains(&"│  Needs: Clear delivery dates"),
        "{screen}"
    );
    // The touchpoint's form names the shared persona as shared, not as missing.
    common::app::key(&mut app, KeyCode::Char('1'));
    common::app::key(&mut app, KeyCode::Enter);
    let form = common::app::render(&app, 80, 24)?;
    assert!(
        form.contains("│Personas         pe-hannah (shared) · 健二, business buyer"),
        "{form}"
    );
    common::app::key(&mut app, KeyCode::Esc);
    let effects = common::app::ctrl(&mut app, 's');
    if let Some(text) = common::app::saved_text(&app, &effects) {
        assert_eq!(
            text, before,
            "the shared persona is not written into the map"
        );
    }
    Ok(())
}
