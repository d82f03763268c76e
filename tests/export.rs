//! `cjm export`, tested through the real binary: golden files for every
//! format made from tests/fixtures/export-sample.toml, determinism, refusal
//! to overwrite the map, CSV formula neutralisation and BOM, HTML escaping
//! and self-containment, Mermaid name cleaning, and snapshots of the exports
//! of every map in maps/.
//!
//! Two tests need outside tools and are ignored by a plain `cargo test`
//! (`.ci/run` runs them): Mermaid's own parser under Node.js, and headless
//! Chromium rendering the HTML page.
//!
//! Regenerate the golden files with `UPDATE_GOLDEN=1 cargo test --test export`
//! (and read every changed file before committing it).

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::{Duration, Instant};

use common::TestResult;
use common::cjm;
use common::example_maps;

const FORMATS: [(&str, &str); 5] = [
    ("markdown", "md"),
    ("mermaid", "mmd"),
    ("csv", "csv"),
    ("html", "html"),
    ("json", "json"),
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixture() -> PathBuf {
    root().join("tests/fixtures/export-sample.toml")
}

/// The export of the map at `path` in `format`, from stdout; fails unless cjm exits 0.
fn export(
    path: &Path,
    format: &str,
    extra: &[&str],
) -> Result<Vec<u8>, Box<dyn std::error::Error>> {
    let path = path.to_str().ok_or("non-UTF-8 path")?;
    let mut args = vec!["export", path, "--format", format];
    args.extend_from_slice(extra);
    let output = cjm(&root(), &args)?;
    if !output.status.success() {
        return Err(format!(
            "cjm export {path} --format {format} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        )
        .into());
    }
    Ok(output.stdout)
}

fn export_text(path: &Path, format: &str) -> Result<String, Box<dyn std::error::Error>> {
    Ok(String::from_utf8(export(path, format, &[])?)?)
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[test]
fn every_format_matches_its_golden_file() -> TestResult {
    matches_golden_files(&fixture(), "export-sample")
}

/// A service blueprint with departments and links (schema 2).
#[test]
fn the_blueprint_matches_its_golden_files() -> TestResult {
    matches_golden_files(
        &root().join("tests/fixtures/schema2/blueprint.toml"),
        "export-blueprint",
    )
}

/// A generated map (every kind of link, in proportion) exports to the same
/// bytes as before exports looked items up by id instead of searching the
/// lists.
#[test]
fn a_generated_map_matches_its_golden_files() -> TestResult {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("generated.toml");
    fs::write(&path, cjm_testdata::generate_toml(120, 2026))?;
    matches_golden_files(&path, "export-generated")
}

/// Every format's export of `map` equals `tests/golden/{name}.{extension}`.
fn matches_golden_files(map: &Path, name: &str) -> TestResult {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| !v.is_empty());
    let mut stale = Vec::new();
    for (format, extension) in FORMATS {
        let actual = export(map, format, &[])?;
        let golden = root().join(format!("tests/golden/{name}.{extension}"));
        if update {
            fs::create_dir_all(root().join("tests/golden"))?;
            fs::write(&golden, &actual)?;
            continue;
        }
        let expected = fs::read(&golden)
            .map_err(|e| format!("{}: {e}; create it with UPDATE_GOLDEN=1", golden.display()))?;
        if actual != expected {
            stale.push(format!(
                "{format}: output differs from {}\n--- got ---\n{}",
                golden.display(),
                String::from_utf8_lossy(&actual)
            ));
        }
    }
    assert!(
        stale.is_empty(),
        "{}\n(if the change is intended: UPDATE_GOLDEN=1 cargo test --test export, then read the diff)",
        stale.join("\n\n")
    );
    Ok(())
}

#[test]
fn exports_are_deterministic_and_written_atomically_with_o() -> TestResult {
    let dir = tempfile::tempdir()?;
    let map = fixture();
    let map = map.to_str().ok_or("non-UTF-8 path")?;
    for (format, extension) in FORMATS {
        let first = dir.path().join(format!("first.{extension}"));
        let second = dir.path().join(format!("second.{extension}"));
        for out in [&first, &second] {
            let out = out.to_str().ok_or("non-UTF-8 path")?;
            let output = cjm(dir.path(), &["export", map, "--format", format, "-o", out])?;
            assert_eq!(output.status.code(), Some(0), "{format}");
            assert_eq!(
                String::from_utf8(output.stdout)?,
                format!("exported: {out} ({format})\n")
            );
        }
        let bytes = fs::read(&first)?;
        assert!(!bytes.is_empty());
        assert_eq!(bytes, fs::read(&second)?, "{format}: two runs differ");
        assert_eq!(
            bytes,
            export(&fixture(), format, &[])?,
            "{format}: -o differs from stdout"
        );
    }
    // Nothing but the two files per format: no temporary files are left behind.
    assert_eq!(fs::read_dir(dir.path())?.count(), 2 * FORMATS.len());
    Ok(())
}

#[test]
fn the_map_itself_is_never_overwritten() -> TestResult {
    let dir = tempfile::tempdir()?;
    fs::create_dir(dir.path().join("sub"))?;
    let map = dir.path().join("map.toml");
    fs::copy(fixture(), &map)?;
    let before = fs::read(&map)?;
    for out in ["map.toml", "./map.toml", "sub/../map.toml"] {
        let output = cjm(
            dir.path(),
            &["export", "map.toml", "--format", "json", "-o", out],
        )?;
        assert_eq!(output.status.code(), Some(2), "-o {out}");
        let stderr = String::from_utf8(output.stderr)?;
        assert!(
            stderr.contains("error: the output file is the map itself"),
            "{stderr}"
        );
        assert!(
            stderr.contains("hint: write to another file, e.g. -o map.json"),
            "{stderr}"
        );
        assert_eq!(fs::read(&map)?, before, "-o {out} changed the map");
    }
    // A map that does not exist yet, named twice: refused before anything is written.
    let output = cjm(
        dir.path(),
        &["export", "new.toml", "--format", "csv", "-o", "./new.toml"],
    )?;
    assert_eq!(output.status.code(), Some(2));
    assert!(!dir.path().join("new.toml").exists());
    Ok(())
}

#[test]
fn a_map_that_does_not_load_is_reported_like_check_does() -> TestResult {
    let dir = tempfile::tempdir()?;
    fs::write(
        dir.path().join("broken.toml"),
        "schema = 1\ntitle = \"X\"\nkind = \"current-state\"\nemoton = 1\n",
    )?;
    let output = cjm(
        dir.path(),
        &[
            "export",
            "broken.toml",
            "--format",
            "markdown",
            "-o",
            "broken.md",
        ],
    )?;
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr)?;
    assert!(
        stderr.starts_with("broken.toml:4:1: error: unknown key `emoton`"),
        "{stderr}"
    );
    assert!(!dir.path().join("broken.md").exists());

    let output = cjm(dir.path(), &["export", "missing.toml", "--format", "html"])?;
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8(output.stderr)?.contains("missing.toml: error: no such file"));
    Ok(())
}

#[test]
fn a_missing_output_folder_is_a_clear_error() -> TestResult {
    let map = fixture();
    let map = map.to_str().ok_or("non-UTF-8 path")?;
    let dir = tempfile::tempdir()?;
    let output = cjm(
        dir.path(),
        &["export", map, "--format", "csv", "-o", "nope/out.csv"],
    )?;
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr)?;
    assert!(
        stderr.contains("nope/out.csv: error: the folder does not exist"),
        "{stderr}"
    );
    Ok(())
}

/// The CSV export parsed back into rows of cells (without a BOM).
fn csv_rows(bytes: &[u8]) -> Result<Vec<Vec<String>>, Box<dyn std::error::Error>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes);
    let mut rows = Vec::new();
    for record in reader.records() {
        rows.push(record?.iter().map(str::to_owned).collect());
    }
    Ok(rows)
}

#[test]
fn csv_neutralises_formulas_but_keeps_numbers() -> TestResult {
    let rows = csv_rows(&export(&fixture(), "csv", &[])?)?;
    let header = &rows[0];
    let column = |name: &str| header.iter().position(|h| h == name).ok_or(name.to_owned());
    let (id, emotion) = (column("touchpoint_id")?, column("emotion")?);
    let (doing, thinking, feeling) = (column("doing")?, column("thinking")?, column("feeling")?);
    let row = |tp: &str| rows.iter().find(|r| r[id] == tp).ok_or(tp.to_owned());

    assert_eq!(row("tp-ad")?[thinking], "'=cmd|' /C calc'!A0");
    assert_eq!(row("tp-planner")?[doing], "'+48 600 000 000");
    assert_eq!(row("tp-planner")?[thinking], "'@SUM(A1:A2)");
    assert_eq!(row("tp-courier")?[doing], "'\tCzeka w domu");
    // Plain numbers stay numbers, whether the emotion or a text that is a number.
    assert_eq!(row("tp-cart")?[emotion], "-2");
    assert_eq!(row("tp-courier")?[emotion], "-1");
    assert_eq!(row("tp-planner")?[feeling], "-1");
    assert_eq!(row("tp-planner")?[emotion], "");
    // One row per touchpoint, in stage order, plus the header.
    let order: Vec<&str> = rows[1..].iter().map(|r| r[id].as_str()).collect();
    assert_eq!(
        order,
        ["tp-ad", "tp-planner", "tp-cart", "tp-payment", "tp-courier"]
    );
    // Lists: one element per line; a line break inside an element becomes a space.
    assert_eq!(
        row("tp-cart")?[column("pain_points")?],
        "Koszt dostawy | widoczny dopiero na końcu\nBrak daty dostawy (tylko „3–5 dni”)\n50% rabatu %%{init: {}}%%"
    );
    assert_eq!(
        row("tp-cart")?[column("evidence")?],
        "interview: 9 z 14: \"ukryte koszty\"\nassumption"
    );
    Ok(())
}

#[test]
fn csv_bom_is_only_for_csv() -> TestResult {
    let plain = export(&fixture(), "csv", &[])?;
    let with_bom = export(&fixture(), "csv", &["--bom"])?;
    assert!(!plain.starts_with(b"\xEF\xBB\xBF"));
    assert_eq!(&with_bom[..3], b"\xEF\xBB\xBF");
    assert_eq!(&with_bom[3..], &plain[..]);
    assert!(plain.ends_with(b"\r\n"), "RFC 4180 line ends");

    let map = fixture();
    let map = map.to_str().ok_or("non-UTF-8 path")?;
    let output = cjm(&root(), &["export", map, "--format", "html", "--bom"])?;
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    assert!(String::from_utf8(output.stderr)?.contains("--bom applies to CSV only"));
    Ok(())
}

#[test]
fn html_is_self_contained_and_escapes_every_user_text() -> TestResult {
    // The sample map is Polish; its words for emotions are checked in
    // tests/i18n.rs, the English ones here.
    let html = String::from_utf8(export(&fixture(), "html", &["--lang", "en"])?)?;
    let lower = html.to_lowercase();
    assert!(!lower.contains("<script"), "no scripts");
    for attribute in [
        "src=", "href=", "url(", "@import", "<link", "<img", "<iframe",
    ] {
        assert!(
            !lower.contains(attribute),
            "no external resources: found {attribute}"
        );
    }
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"pl\">\n"));
    assert!(html.contains("@page { size: A4 landscape;"));
    assert!(html.contains("@media print"));
    for escaped in [
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;",
        "a:b#c;d &lt;script&gt;alert(1)&lt;/script&gt;",
        "Klika reklamę &quot;laptop dla studenta&quot;",
        "=cmd|&#39; /C calc&#39;!A0",
        "Koszt dostawy | widoczny dopiero na końcu",
        "Brak daty dostawy<br>(tylko „3–5 dni”)",
        "Kupuje z telefonu &lt;b&gt;wieczorem&lt;/b&gt;.",
        "Szybka dostawa &amp; jasne ceny",
        "=HYPERLINK(&quot;http://example.invalid&quot;,&quot;klik&quot;)",
        "Zofia Łęcka 👩‍💻",
        "配達 – dostawa 🚚",
        "Иван Петров",
    ] {
        assert!(html.contains(escaped), "missing escaped text: {escaped}");
    }
    for raw in [
        "<b>wieczorem",
        "alert(1)</script>",
        "\"laptop dla studenta\"",
    ] {
        assert!(!html.contains(raw), "unescaped user text: {raw}");
    }
    // Emotion by colour and by number and word.
    assert!(html.contains("<td class=\"emotion e-m2\">▼▼ -2 very negative</td>"));
    assert!(html.contains("<td class=\"emotion e-none\">○ not rated</td>"));
    Ok(())
}

/// The name part of each `section` and task line of a journey diagram.
fn mermaid_names(diagram: &str) -> Vec<String> {
    let mut names = Vec::new();
    for line in diagram.lines().skip(2) {
        if let Some(section) = line.strip_prefix("  section ") {
            names.push(section.to_owned());
        } else if line.starts_with("    %% ") {
            // A comment (the blueprint's lanes), not a task.
        } else if let Some(task) = line.strip_prefix("    ") {
            let name = task.rsplitn(3, ": ").nth(2).unwrap_or(task);
            names.push(name.to_owned());
        }
    }
    names
}

#[test]
fn mermaid_names_never_contain_reserved_characters() -> TestResult {
    let mut diagrams = vec![(fixture(), export_text(&fixture(), "mermaid")?)];
    for map in example_maps() {
        let text = export_text(&map, "mermaid")?;
        diagrams.push((map, text));
    }
    for (path, diagram) in &diagrams {
        let mut lines = diagram.lines();
        assert_eq!(lines.next(), Some("journey"), "{}", path.display());
        let title = lines.next().unwrap_or_default();
        assert!(title.starts_with("  title "), "{}", path.display());
        assert!(!title.contains(['#', ';', '%']), "{title}");
        for line in lines {
            // The blueprint's lanes, fail points, waits and links are
            // comments: one line each, never a `%%{…}%%` directive.
            if let Some(comment) = line.strip_prefix("    %% ") {
                assert!(!comment.starts_with('{'), "{line}");
                continue;
            }
            assert!(
                line.starts_with("  section ") || line.starts_with("    "),
                "{}: unexpected line {line:?}",
                path.display()
            );
            if line.starts_with("    ") {
                // Exactly two separators: name, score, actors.
                assert_eq!(line.matches(':').count(), 2, "{line}");
                assert!(!line.contains(['#', ';', '%']), "{line}");
            }
        }
        for name in mermaid_names(diagram) {
            assert!(!name.contains([':', '#', ';', '%', '\n']), "{name}");
        }
    }
    let fixture_diagram = &diagrams[0].1;
    assert!(fixture_diagram.contains("  section Zakup∶ koszyk ＃2； płatność\n"));
    assert!(
        fixture_diagram.contains("    a∶b＃c；d <script>alert(1)</script>: 1: E-commerce‚ IT\n")
    );
    // The sample map is Polish, and so is its diagram.
    assert!(fixture_diagram.contains("    \u{2060}Journey planner (bez oceny): 3: Klient\n"));
    assert!(
        fixture_diagram.contains("  section Lojalność\n"),
        "empty stages keep a section"
    );
    Ok(())
}

/// Counts the `|` of a Markdown table row that are not escaped as `\|`.
fn cell_separators(row: &str) -> usize {
    let mut count = 0;
    let mut escaped = false;
    for c in row.chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => count += 1,
            _ => escaped = false,
        }
        if c != '\\' {
            escaped = false;
        }
    }
    count
}

#[test]
fn markdown_tables_keep_their_shape_whatever_the_text() -> TestResult {
    let mut reports = vec![export_text(&fixture(), "markdown")?];
    for map in example_maps() {
        reports.push(export_text(&map, "markdown")?);
    }
    for report in &reports {
        let mut expected = None;
        for line in report.lines() {
            if !line.starts_with('|') {
                expected = None;
                continue;
            }
            let count = cell_separators(line);
            match expected {
                None => expected = Some(count),
                Some(n) => assert_eq!(count, n, "row with a different shape: {line}"),
            }
        }
    }
    let report = &reports[0];
    assert!(
        report
            .contains("| **Koszt dostawy w koszyku**<br>Pokazać koszt \\| próg darmowej dostawy |")
    );
    assert!(report.contains("  - Koszt dostawy \\| widoczny dopiero na końcu\n  - Brak daty dostawy<br>(tylko „3–5 dni”)\n"));
    assert!(report.contains("```mermaid\njourney\n"));
    Ok(())
}

#[test]
fn json_starts_with_the_schema_and_holds_the_whole_map() -> TestResult {
    let text = export_text(&fixture(), "json")?;
    assert!(text.starts_with("{\n  \"schema\": 1,\n  \"title\": "));
    assert!(text.ends_with("}\n"));
    let value: serde_json::Value = serde_json::from_str(&text)?;
    assert_eq!(value["touchpoints"].as_array().map(Vec::len), Some(5));
    assert_eq!(
        value["touchpoints"][2]["pain_points"][1],
        "Brak daty dostawy\n(tylko „3–5 dni”)"
    );
    assert_eq!(value["metrics"][1]["baseline"], -12.0);
    assert!(
        !text.contains("comments"),
        "comments are not part of the export"
    );
    Ok(())
}

#[test]
fn example_maps_export_as_reviewed() -> TestResult {
    let maps = example_maps();
    assert!(!maps.is_empty(), "maps/ has no example maps");
    for map in maps {
        let name = stem(&map);
        insta::assert_snapshot!(format!("{name}.md"), export_text(&map, "markdown")?);
        insta::assert_snapshot!(format!("{name}.mmd"), export_text(&map, "mermaid")?);
    }
    Ok(())
}

/// Headless Chromium without a sandbox, the network or a first-run dialog.
const CHROMIUM: [&str; 9] = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
    "--window-size=1400,1000",
];

/// Headless Chromium on the page `html` with `action` (`--dump-dom`,
/// `--screenshot=FILE`), in a fresh profile, killed after two minutes.
fn chromium(
    browser: &str,
    html: &Path,
    action: &str,
) -> Result<Output, Box<dyn std::error::Error>> {
    let profile = tempfile::tempdir()?;
    run_with_limit(
        std::process::Command::new(browser)
            .args(CHROMIUM)
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg(action)
            .arg(format!("file://{}", html.display())),
        Duration::from_secs(120),
    )
}

/// Runs `command`, killing it after `limit`.
fn run_with_limit(
    command: &mut std::process::Command,
    limit: Duration,
) -> Result<Output, Box<dyn std::error::Error>> {
    let mut child = command
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()?;
    let start = Instant::now();
    while child.try_wait()?.is_none() {
        if start.elapsed() > limit {
            child.kill()?;
            child.wait()?;
            return Err(format!("{command:?} took longer than {limit:?}").into());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Ok(child.wait_with_output()?)
}

/// The portfolio page of `cjm report` (tests/fixtures/portfolio) as
/// Chromium lays it out: every map's title, the overdue review and the
/// departments × maps table are on the rendered page, and it draws.
#[test]
#[ignore = "needs Chromium (apt-get install chromium); run by .ci/run"]
fn chromium_renders_the_portfolio_page() -> TestResult {
    let browser = std::env::var("CHROMIUM").unwrap_or_else(|_| "chromium".to_owned());
    let dir = tempfile::tempdir()?;
    let html = dir.path().join("portfolio.html");
    let fixture = root().join("tests/fixtures/portfolio");
    let output = common::cjm_command(&fixture)?
        .args(["report", ".", "--format", "html", "-o"])
        .arg(&html)
        .output()?;
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let dom = chromium(&browser, &html, "--dump-dom")?;
    let dom = String::from_utf8_lossy(&dom.stdout);
    for text in [
        "Online shop – first order",
        "Delivery – waiting for the parcel",
        "Returns – sending it back",
        "Support – a question about an order",
        "⚠ 2020-01-31 (overdue)",
        "Departments × maps",
        "Мария Иванова",
    ] {
        assert!(
            dom.contains(text),
            "the rendered page lacks {text:?}:\n{dom}"
        );
    }
    let png = dir.path().join("portfolio.png");
    chromium(&browser, &html, &format!("--screenshot={}", png.display()))?;
    let bytes = fs::read(&png)?;
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    assert!(bytes.len() > 10_000, "a suspiciously small picture");
    Ok(())
}

/// One task of a journey diagram as Mermaid read it.
#[derive(serde::Deserialize, Debug)]
struct ParsedTask {
    section: String,
    task: String,
    score: Option<f64>,
    people: Vec<String>,
}

#[derive(serde::Deserialize, Debug)]
struct ParsedDiagram {
    file: String,
    #[serde(rename = "type")]
    kind: String,
    sections: Vec<String>,
    tasks: Vec<ParsedTask>,
}

/// A name as the map has it, from the name Mermaid read (the look-alikes turned back).
fn unclean(name: &str) -> String {
    name.replace('\u{2060}', "")
        .replace('∶', ":")
        .replace('＃', "#")
        .replace('；', ";")
        .replace('％', "%")
        .replace('‚', ",")
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
#[ignore = "needs Node.js with the mermaid package (npm ci in tests/tools/mermaid); run by .ci/run"]
fn mermaid_accepts_every_export() -> TestResult {
    let tool = root().join("tests/tools/mermaid");
    assert!(
        tool.join("node_modules/mermaid").is_dir(),
        "run `npm ci` in {} first",
        tool.display()
    );
    let dir = tempfile::tempdir()?;
    let mut maps = vec![fixture()];
    maps.extend(example_maps());
    let mut files = Vec::new();
    for map in &maps {
        let file = dir.path().join(format!("{}.mmd", stem(map)));
        fs::write(&file, export(map, "mermaid", &[])?)?;
        files.push(file);
    }
    let output = run_with_limit(
        std::process::Command::new("node")
            .arg(tool.join("check.mjs"))
            .args(&files),
        Duration::from_secs(120),
    )?;
    assert!(
        output.status.success(),
        "Mermaid rejected an export:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let parsed: Vec<ParsedDiagram> = serde_json::from_slice(&output.stdout)?;
    assert_eq!(parsed.len(), maps.len());
    for (diagram, map_path) in parsed.iter().zip(&maps) {
        let map = cjm::format::load_file(map_path)?.map;
        assert_eq!(diagram.kind, "journey", "{}", diagram.file);
        let stage_names: Vec<String> = map.stages.iter().map(|s| one_line(&s.name)).collect();
        let sections: Vec<String> = diagram.sections.iter().map(|s| unclean(s)).collect();
        assert_eq!(sections, stage_names, "{}: sections", diagram.file);
        // Every touchpoint is one task, in stage order, with its score and owner.
        let expected: Vec<_> = map
            .stages
            .iter()
            .flat_map(|s| map.touchpoints_in(s.id.as_str()).map(move |t| (s, t)))
            .collect();
        assert_eq!(
            diagram.tasks.len(),
            expected.len(),
            "{}: tasks",
            diagram.file
        );
        // The export speaks the map's own language (the test runs cjm with LANG=C).
        let lang = cjm::i18n::Lang::from_tag(&map.language).unwrap_or_default();
        for (task, (stage, t)) in diagram.tasks.iter().zip(expected) {
            let mut name = one_line(&t.name);
            if t.emotion.is_none() {
                name.push_str(&format!(
                    " ({})",
                    cjm::t_in!(lang, "export-emotion-not-rated")
                ));
            }
            assert_eq!(unclean(&task.task), name, "{}", diagram.file);
            assert_eq!(unclean(&task.section), one_line(&stage.name));
            let score = t.emotion.map_or(3.0, |e| f64::from(e.get()) + 3.0);
            assert_eq!(task.score, Some(score), "{}: {name}", diagram.file);
            // The owner (a department's name where it names one), then the
            // departments of the frontstage actions.
            let actor = |id: &str| {
                let owner = one_line(map.department_name(id));
                if owner.is_empty() {
                    cjm::t_in!(lang, "export-mermaid-customer")
                } else {
                    owner
                }
            };
            let mut owners = vec![actor(&t.owner)];
            for action in &t.frontstage {
                let department = actor(&action.department);
                if !action.department.is_empty() && !owners.contains(&department) {
                    owners.push(department);
                }
            }
            let people: Vec<String> = task.people.iter().map(|p| unclean(p)).collect();
            assert_eq!(people, owners, "{}: {name}", diagram.file);
        }
    }
    Ok(())
}

#[test]
#[ignore = "needs Chromium (apt-get install chromium); run by .ci/run"]
fn chromium_renders_every_html_export() -> TestResult {
    let browser = std::env::var("CHROMIUM").unwrap_or_else(|_| "chromium".to_owned());
    let dir = tempfile::tempdir()?;
    let mut maps = vec![fixture()];
    maps.extend(example_maps());
    for map in &maps {
        let html = dir.path().join(format!("{}.html", stem(map)));
        fs::write(&html, export(map, "html", &[])?)?;
        let png = dir.path().join(format!("{}.png", stem(map)));
        let output = chromium(&browser, &html, &format!("--screenshot={}", png.display()))?;
        let bytes = fs::read(&png).map_err(|e| {
            format!(
                "{}: no screenshot ({e}); Chromium said:\n{}",
                map.display(),
                String::from_utf8_lossy(&output.stderr)
            )
        })?;
        assert!(
            bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
            "{}: not a PNG",
            png.display()
        );
        assert!(
            bytes.len() > 10_000,
            "{}: a suspiciously small picture",
            png.display()
        );
        if std::env::var_os("UPDATE_GOLDEN").is_some() && stem(map) == "online-shop-current" {
            fs::create_dir_all(root().join("docs"))?;
            fs::write(root().join("docs/export-html.png"), &bytes)?;
        }
    }
    Ok(())
}
