//! `cjm readings import MAP --metric ID data.csv` with the real binary:
//! spreadsheets' CSV files with a decimal point or comma, bad rows reported
//! with their line, duplicates skipped, the map saved with its comments,
//! `--dry-run` changing nothing.

mod common;

use std::fs;

use common::{TestResult, cjm, stderr, stdout, temp_map};

const MAP: &str = r#"schema = 1
title = "Online shop"
kind = "current-state"

# How satisfied customers are after delivery.
[[metrics]]
id = "me-csat"
name = "CSAT after delivery"
kind = "csat"
unit = "%"
readings = [
  { date = 2027-02-28, value = 71.5 }, # February's survey
]
"#;

/// `cjm readings import shop.toml --metric me-csat csat.csv` and `extra`, in `dir`.
fn import(dir: &tempfile::TempDir, extra: &[&str]) -> Result<std::process::Output, common::Error> {
    let args = [
        "readings",
        "import",
        "shop.toml",
        "--metric",
        "me-csat",
        "csat.csv",
    ];
    cjm(dir.path(), &[&args[..], extra].concat())
}

#[test]
fn a_semicolon_file_with_decimal_commas_is_imported_in_date_order() -> TestResult {
    let (dir, map) = temp_map("shop.toml", MAP)?;
    fs::write(
        dir.path().join("csat.csv"),
        "Datum;Wert\n31.03.2027;73,5\n31.01.2027;70\n28.02.2027;71,5\n",
    )?;
    let output = import(&dir, &[])?;
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "  2027-01-31 70\n  2027-03-31 73.5\nshop.toml: added 2 readings to `me-csat`; 1 was already in the map\n"
    );
    assert_eq!(stderr(&output), "");
    let saved = fs::read_to_string(&map)?;
    assert!(
        saved.contains(
            "# February's survey\nreadings = [\n  { date = 2027-01-31, value = 70 },\n  { date = 2027-02-28, value = 71.5 },\n  { date = 2027-03-31, value = 73.5 },\n]"
        ),
        "{saved}"
    );
    assert!(saved.contains("# How satisfied customers are after delivery.\n[[metrics]]"));
    // Importing again adds nothing and changes nothing.
    let output = import(&dir, &[])?;
    assert_eq!(output.status.code(), Some(0));
    assert!(
        stdout(&output).ends_with("added 0 readings to `me-csat`; 3 were already in the map\n")
    );
    assert_eq!(fs::read_to_string(&map)?, saved);
    Ok(())
}

#[test]
fn bad_rows_are_reported_with_their_line_and_the_rest_is_added() -> TestResult {
    let (dir, map) = temp_map("shop.toml", MAP)?;
    fs::write(
        dir.path().join("csat.csv"),
        "date,value\n2027-03-31,73.5\n31/04/2027,74\n\n2027-05-31,lots\n2027-06-30\n2027-07-31,7,5\n2027-08-31,\"75,5\"\n",
    )?;
    let output = import(&dir, &[])?;
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        "csat.csv:3: error: `31/04/2027` is not a date; write 2027-03-31 or 31.03.2027\n\
         csat.csv:5: error: `lots` is not a number\n\
         csat.csv:6: error: the value is missing (column 2)\n\
         csat.csv:7: error: `7,5` has a decimal comma in a comma-separated file; separate the columns with `;` or quote the number\n  \
         hint: fix the rows above and import again: readings already added are skipped\n"
    );
    assert_eq!(
        stdout(&output),
        "  2027-03-31 73.5\n  2027-08-31 75.5\nshop.toml: added 2 readings to `me-csat`; 4 rows not read\n"
    );
    let saved = fs::read_to_string(&map)?;
    assert!(
        saved.contains("{ date = 2027-08-31, value = 75.5 },"),
        "{saved}"
    );
    Ok(())
}

#[test]
fn dry_run_changes_nothing_and_a_clash_keeps_the_maps_value() -> TestResult {
    let (dir, map) = temp_map("shop.toml", MAP)?;
    fs::write(
        dir.path().join("csat.csv"),
        "2027-02-28;72\n2027-03-31;73\n",
    )?;
    let output = import(&dir, &["--dry-run"])?;
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        "csat.csv:1: warning: the map has 71.5 for 2027-02-28, the file 72 (kept; --replace takes the file's)\n"
    );
    assert_eq!(
        stdout(&output),
        "  2027-03-31 73\nshop.toml: would add 1 reading to `me-csat`\n"
    );
    assert_eq!(fs::read_to_string(&map)?, MAP, "--dry-run writes nothing");
    let output = import(&dir, &["--replace"])?;
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let saved = fs::read_to_string(&map)?;
    assert!(
        saved.contains("# February's survey\nreadings = [\n  { date = 2027-02-28, value = 72 },"),
        "{saved}"
    );
    Ok(())
}

#[test]
fn an_unknown_metric_or_a_map_that_does_not_load_changes_nothing() -> TestResult {
    let (dir, map) = temp_map("shop.toml", MAP)?;
    fs::write(dir.path().join("csat.csv"), "2027-03-31;73\n")?;
    let output = cjm(
        dir.path(),
        &[
            "readings",
            "import",
            "shop.toml",
            "--metric",
            "me-cast",
            "csat.csv",
        ],
    )?;
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        "shop.toml: error: the map has no metric `me-cast`\n  hint: did you mean `me-csat`?\n"
    );
    let broken = MAP.replace("kind = \"csat\"", "kind = \"happiness\"");
    fs::write(&map, &broken)?;
    let output = import(&dir, &[])?;
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("shop.toml:9:"),
        "{}",
        stderr(&output)
    );
    assert_eq!(fs::read_to_string(&map)?, broken);
    Ok(())
}
