//! Workshop checks (`cjm::check`) and the `cjm check` options around them.
//!
//! Every check has a small map that triggers it and one that does not; each
//! finding is asserted by code, item id and the line `cjm check` would name.
//! The maps are variations of one clean map written as TOML, so each test
//! shows exactly which change causes the finding. The command line is tested
//! through the real binary: `--deny warnings`, `--format json`, the text
//! output (an insta snapshot) and the example maps in `maps/`.

mod common;

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use cjm::check::{self, Code, Context, Report, Severity};
use cjm::format;
use cjm::model::Date;

use common::TestResult;
use common::{cjm, stderr, stdout};

/// A map that passes every check: an owner and a review date, a primary
/// persona, a team from three departments, touchpoints backed by data with
/// owners and emotions, a pain addressed by a measured opportunity, and a
/// stage after the purchase.
const CLEAN: &str = r#"schema = 1
title = "Online shop"
kind = "current-state"
owner = "Anna Nowak"
review_by = 2099-12-31

[[personas]]
id = "pe-anna"
name = "Anna"
primary = true

[[team]]
name = "Ola"
department = "Sales"

[[team]]
name = "Piotr"
department = "Customer service"

[[team]]
name = "Eva"
department = "Delivery"

[[stages]]
id = "st-browse"
name = "Browse"

[[stages]]
id = "st-purchase"
name = "Purchase"

[[stages]]
id = "st-delivery"
name = "Delivery"

[[touchpoints]]
id = "tp-shop"
stage = "st-browse"
name = "Shop"
owner = "Sales"
emotion = 1
evidence = [{ source = "analytics" }]

[[touchpoints]]
id = "tp-pay"
stage = "st-purchase"
name = "Pay"
owner = "sales"
emotion = -1
pain_points = ["The card form is slow"]
evidence = [{ source = "interview" }]

[[touchpoints]]
id = "tp-parcel"
stage = "st-delivery"
name = "Parcel"
owner = "delivery"
emotion = 2
evidence = [{ source = "survey" }]

[[opportunities]]
id = "op-fast-pay"
title = "Faster payment"
touchpoints = ["tp-pay"]

[[metrics]]
id = "me-conversion"
name = "Conversion"
kind = "conversion"
links = ["op-fast-pay"]
baseline = 2.1
target = 3
"#;

/// The day the library tests run on.
fn today() -> Date {
    Date::constant(2026, 4, 1)
}

/// `CLEAN` with `from` replaced by `to`; panics when `from` is not in it, so
/// a test never silently checks the unchanged map.
fn clean_with(from: &str, to: &str) -> String {
    assert!(CLEAN.contains(from), "CLEAN has no {from:?}");
    CLEAN.replacen(from, to, 1)
}

/// One finding as a test sees it: code, item id and line.
type Seen = (Code, Option<String>, Option<usize>);

/// Parses `source` and runs the checks as of `context`.
fn run(source: &str, context: &Context) -> Result<(Report, Vec<Seen>), String> {
    let (map, positions) = format::parse_with_positions(source)
        .map_err(|d| format!("the test map is invalid: {d:?}"))?;
    let report = check::run(&map, context);
    let seen = report
        .findings
        .iter()
        .map(|f| {
            let line = positions.position(source, f.location).map(|p| p.line);
            (f.code, f.item.as_ref().map(|id| id.to_string()), line)
        })
        .collect();
    Ok((report, seen))
}

/// The findings with `code` in `source`, checked as of [`today`] without a file.
fn found(source: &str, code: Code) -> Result<Vec<Seen>, String> {
    let (_, seen) = run(source, &Context::new(today()))?;
    Ok(seen.into_iter().filter(|s| s.0 == code).collect())
}

/// The 1-based line of the first line of `source` that contains `needle`.
fn line_of(source: &str, needle: &str) -> usize {
    source
        .lines()
        .position(|l| l.contains(needle))
        .map(|i| i + 1)
        .unwrap_or_else(|| panic!("{needle:?} is not in the test map"))
}

/// The line of the `[[section]]` header of the item with `id` (the line above its id).
fn header_of(source: &str, id: &str) -> usize {
    line_of(source, &format!("id = \"{id}\"")) - 1
}

fn seen(code: Code, item: Option<&str>, line: Option<usize>) -> Seen {
    (code, item.map(str::to_owned), line)
}

// ------------------------------------------------------------ the clean map

#[test]
fn the_clean_map_passes_every_check() -> TestResult {
    let (report, seen) = run(CLEAN, &Context::new(today()))?;
    assert_eq!(seen, []);
    assert_eq!(report.evidence.percent(), Some(100));
    assert_eq!((report.warnings(), report.notes()), (0, 0));
    Ok(())
}

// ------------------------------------------------------------ touchpoints

#[test]
fn no_evidence_points_at_the_touchpoint_or_its_empty_list() -> TestResult {
    let src = clean_with("evidence = [{ source = \"analytics\" }]\n", "");
    assert_eq!(
        found(&src, Code::NoEvidence)?,
        [seen(
            Code::NoEvidence,
            Some("tp-shop"),
            Some(header_of(&src, "tp-shop"))
        )]
    );
    let src = clean_with("evidence = [{ source = \"analytics\" }]", "evidence = []");
    assert_eq!(
        found(&src, Code::NoEvidence)?,
        [seen(
            Code::NoEvidence,
            Some("tp-shop"),
            Some(line_of(&src, "evidence = []"))
        )]
    );
    assert_eq!(found(CLEAN, Code::NoEvidence)?, []);
    Ok(())
}

#[test]
fn assumption_only_is_a_note_and_lowers_the_share_backed_by_data() -> TestResult {
    let src = clean_with("source = \"analytics\"", "source = \"assumption\"");
    assert_eq!(
        found(&src, Code::AssumptionOnly)?,
        [seen(
            Code::AssumptionOnly,
            Some("tp-shop"),
            Some(line_of(&src, "source = \"assumption\""))
        )]
    );
    let (report, _) = run(&src, &Context::new(today()))?;
    assert_eq!(Code::AssumptionOnly.severity(), Severity::Note);
    assert_eq!((report.warnings(), report.notes()), (0, 1));
    assert_eq!((report.evidence.backed, report.evidence.total), (2, 3));
    assert_eq!(report.evidence.percent(), Some(67));

    // One real source next to the assumption is enough.
    let src = clean_with(
        "source = \"analytics\" }",
        "source = \"assumption\" }, { source = \"support-log\" }",
    );
    assert_eq!(found(&src, Code::AssumptionOnly)?, []);
    Ok(())
}

#[test]
fn touchpoints_without_owner_are_reported() -> TestResult {
    let src = clean_with("owner = \"delivery\"\n", "");
    assert_eq!(
        found(&src, Code::NoTouchpointOwner)?,
        [seen(
            Code::NoTouchpointOwner,
            Some("tp-parcel"),
            Some(header_of(&src, "tp-parcel"))
        )]
    );
    // Blank counts as missing, and the line is the field's own.
    let src = clean_with("owner = \"delivery\"", "owner = \"  \"");
    assert_eq!(
        found(&src, Code::NoTouchpointOwner)?,
        [seen(
            Code::NoTouchpointOwner,
            Some("tp-parcel"),
            Some(line_of(&src, "owner = \"  \""))
        )]
    );
    assert_eq!(found(CLEAN, Code::NoTouchpointOwner)?, []);
    Ok(())
}

#[test]
fn unrated_emotions_are_notes() -> TestResult {
    let src = clean_with("emotion = 2\n", "");
    assert_eq!(
        found(&src, Code::NoEmotion)?,
        [seen(
            Code::NoEmotion,
            Some("tp-parcel"),
            Some(header_of(&src, "tp-parcel"))
        )]
    );
    assert_eq!(Code::NoEmotion.severity(), Severity::Note);
    assert_eq!(found(CLEAN, Code::NoEmotion)?, []);
    Ok(())
}

#[test]
fn pains_and_negative_emotions_need_an_opportunity() -> TestResult {
    // A pain point nobody addresses: the line of `pain_points`.
    let src = clean_with("emotion = 2\n", "emotion = 2\npain_points = [\"Late\"]\n");
    assert_eq!(
        found(&src, Code::UnaddressedPain)?,
        [seen(
            Code::UnaddressedPain,
            Some("tp-parcel"),
            Some(line_of(&src, "pain_points = [\"Late\"]"))
        )]
    );
    // A negative emotion without pain points: the line of `emotion`.
    let src = clean_with("emotion = 1", "emotion = -1");
    assert_eq!(
        found(&src, Code::UnaddressedPain)?,
        [seen(
            Code::UnaddressedPain,
            Some("tp-shop"),
            Some(line_of(&src, "emotion = -1"))
        )]
    );
    // Neutral is not negative.
    assert_eq!(
        found(
            &clean_with("emotion = 1", "emotion = 0"),
            Code::UnaddressedPain
        )?,
        []
    );
    // An opportunity for the whole stage addresses it too ...
    let by_stage = clean_with(
        "touchpoints = [\"tp-pay\"]",
        "touchpoints = [\"tp-pay\"]\n\n[[opportunities]]\nid = \"op-browse\"\ntitle = \"Better browsing\"\nstage = \"st-browse\"",
    )
    .replacen("emotion = 1", "emotion = -1", 1);
    assert_eq!(found(&by_stage, Code::UnaddressedPain)?, []);
    // ... but a dropped opportunity addresses nothing.
    let dropped = clean_with(
        "touchpoints = [\"tp-pay\"]",
        "touchpoints = [\"tp-pay\"]\nstatus = \"dropped\"",
    );
    assert_eq!(
        found(&dropped, Code::UnaddressedPain)?,
        [seen(
            Code::UnaddressedPain,
            Some("tp-pay"),
            Some(line_of(&dropped, "pain_points = "))
        )]
    );
    // In the clean map the pain of tp-pay is addressed by op-fast-pay.
    assert_eq!(found(CLEAN, Code::UnaddressedPain)?, []);
    Ok(())
}

// ------------------------------------------------------------ stages and the journey

#[test]
fn stages_without_touchpoints_are_reported() -> TestResult {
    let src = format!("{CLEAN}\n[[stages]]\nid = \"st-loyalty\"\nname = \"Loyalty\"\n");
    assert_eq!(
        found(&src, Code::EmptyStage)?,
        [seen(
            Code::EmptyStage,
            Some("st-loyalty"),
            Some(header_of(&src, "st-loyalty"))
        )]
    );
    assert_eq!(found(CLEAN, Code::EmptyStage)?, []);
    Ok(())
}

/// A current-state map with these stage `(id, name)`s, one touchpoint in
/// each stage listed in `with_touchpoints`.
fn journey(kind: &str, stages: &[(&str, &str)], with_touchpoints: &[&str]) -> String {
    let mut src = format!("schema = 1\ntitle = \"Journey\"\nkind = \"{kind}\"\n");
    for (id, name) in stages {
        src.push_str(&format!("\n[[stages]]\nid = \"{id}\"\nname = \"{name}\"\n"));
    }
    for (i, stage) in with_touchpoints.iter().enumerate() {
        src.push_str(&format!(
            "\n[[touchpoints]]\nid = \"tp-{i}\"\nstage = \"{stage}\"\nname = \"Touchpoint {i}\"\n"
        ));
    }
    src
}

#[test]
fn a_journey_must_go_on_after_the_purchase() -> TestResult {
    // Nothing after the purchase stage: the line of its header.
    let src = journey(
        "current-state",
        &[("st-browse", "Browse"), ("st-checkout", "Checkout")],
        &["st-browse", "st-checkout"],
    );
    assert_eq!(
        found(&src, Code::EndsAtPurchase)?,
        [seen(
            Code::EndsAtPurchase,
            Some("st-checkout"),
            Some(header_of(&src, "st-checkout"))
        )]
    );
    // Stages after it, but none has a touchpoint.
    let src = journey(
        "future-state",
        &[
            ("st-browse", "Browse"),
            ("st-buy", "Buy"),
            ("st-after", "Post-purchase"),
        ],
        &["st-browse", "st-buy"],
    );
    assert_eq!(
        found(&src, Code::EndsAtPurchase)?,
        [seen(
            Code::EndsAtPurchase,
            Some("st-buy"),
            Some(header_of(&src, "st-buy"))
        )]
    );
    // Polish, Swedish and Russian names; the last purchase stage counts.
    for (purchase, after) in [
        ("Zakup", "Po zakupie"),
        ("Köp", "Efter köpet"),
        ("Покупка", "После покупки"),
    ] {
        let stages = [("st-a", "Start"), ("st-b", purchase), ("st-c", after)];
        let ends = journey("current-state", &stages, &["st-a", "st-b"]);
        assert_eq!(
            found(&ends, Code::EndsAtPurchase)?,
            [seen(
                Code::EndsAtPurchase,
                Some("st-b"),
                Some(header_of(&ends, "st-b"))
            )],
            "{purchase}"
        );
        let goes_on = journey("current-state", &stages, &["st-a", "st-b", "st-c"]);
        assert_eq!(found(&goes_on, Code::EndsAtPurchase)?, [], "{purchase}");
    }
    // A day in the life has no purchase step of its own.
    let src = journey(
        "day-in-the-life",
        &[("st-shop", "Shopping order")],
        &["st-shop"],
    );
    assert_eq!(found(&src, Code::EndsAtPurchase)?, []);
    // No stage names the purchase: nothing to say.
    let src = journey("current-state", &[("st-visit", "Visit")], &["st-visit"]);
    assert_eq!(found(&src, Code::EndsAtPurchase)?, []);
    assert_eq!(found(CLEAN, Code::EndsAtPurchase)?, []);
    Ok(())
}

#[test]
fn a_mostly_negative_emotion_curve_is_reported() -> TestResult {
    // Browse and Purchase negative, Delivery positive: 2 of 3 stages.
    let src = clean_with("emotion = 1", "emotion = -2");
    let (report, seen_all) = run(&src, &Context::new(today()))?;
    let curve: Vec<&Seen> = seen_all
        .iter()
        .filter(|s| s.0 == Code::NegativeCurve)
        .collect();
    assert_eq!(
        curve,
        [&seen(
            Code::NegativeCurve,
            None,
            Some(header_of(&src, "st-browse"))
        )]
    );
    let message = report
        .findings
        .iter()
        .find(|f| f.code == Code::NegativeCurve)
        .map(|f| f.message.clone());
    assert_eq!(
        message.as_deref(),
        Some("the emotion curve is negative on 2 of 3 rated stages")
    );
    // One negative stage of three (the clean map) is not "most".
    assert_eq!(found(CLEAN, Code::NegativeCurve)?, []);
    // Exactly half is not more than half; unrated stages do not count.
    let half = journey(
        "service",
        &[("st-a", "A"), ("st-b", "B"), ("st-c", "C")],
        &["st-a", "st-b"],
    )
    .replacen(
        "name = \"Touchpoint 0\"",
        "name = \"Touchpoint 0\"\nemotion = -1",
        1,
    )
    .replacen(
        "name = \"Touchpoint 1\"",
        "name = \"Touchpoint 1\"\nemotion = 1",
        1,
    );
    assert_eq!(found(&half, Code::NegativeCurve)?, []);
    Ok(())
}

// ------------------------------------------------------------ opportunities and metrics

#[test]
fn opportunities_need_a_metric_of_their_own_their_touchpoints_or_stage() -> TestResult {
    let src = clean_with("links = [\"op-fast-pay\"]", "links = [\"st-delivery\"]");
    assert_eq!(
        found(&src, Code::UnmeasuredOpportunity)?,
        [seen(
            Code::UnmeasuredOpportunity,
            Some("op-fast-pay"),
            Some(header_of(&src, "op-fast-pay"))
        )]
    );
    for link in ["op-fast-pay", "tp-pay", "st-purchase"] {
        let src = clean_with(
            "links = [\"op-fast-pay\"]",
            &format!("links = [\"{link}\"]"),
        );
        assert_eq!(found(&src, Code::UnmeasuredOpportunity)?, [], "{link}");
    }
    // A dropped opportunity needs no metric.
    let dropped = clean_with("links = [\"op-fast-pay\"]", "links = []").replacen(
        "touchpoints = [\"tp-pay\"]",
        "touchpoints = [\"tp-pay\"]\nstatus = \"dropped\"",
        1,
    );
    assert_eq!(found(&dropped, Code::UnmeasuredOpportunity)?, []);
    Ok(())
}

#[test]
fn metrics_need_a_baseline_and_a_target() -> TestResult {
    let src = clean_with("baseline = 2.1\n", "");
    assert_eq!(
        found(&src, Code::NoBaseline)?,
        [seen(
            Code::NoBaseline,
            Some("me-conversion"),
            Some(header_of(&src, "me-conversion"))
        )]
    );
    assert_eq!(found(&src, Code::NoTarget)?, []);
    let src = clean_with("target = 3\n", "");
    assert_eq!(
        found(&src, Code::NoTarget)?,
        [seen(
            Code::NoTarget,
            Some("me-conversion"),
            Some(header_of(&src, "me-conversion"))
        )]
    );
    assert_eq!(found(&src, Code::NoBaseline)?, []);
    assert_eq!(found(CLEAN, Code::NoBaseline)?, []);
    assert_eq!(found(CLEAN, Code::NoTarget)?, []);
    Ok(())
}

// ------------------------------------------------------------ people

#[test]
fn the_team_must_come_from_three_departments() -> TestResult {
    // " sales " and "Sales" are one department.
    let src = clean_with("department = \"Delivery\"", "department = \" sales \"");
    let (report, seen_all) = run(&src, &Context::new(today()))?;
    assert_eq!(
        seen_all,
        [seen(
            Code::FewDepartments,
            None,
            Some(line_of(&src, "[[team]]"))
        )]
    );
    assert_eq!(
        report.findings[0].message,
        "the team comes from only 2 departments (Sales, Customer service)"
    );
    // No team at all: about the whole map, so no line.
    let no_team = CLEAN.replace(
        "[[team]]\nname = \"Ola\"\ndepartment = \"Sales\"\n\n[[team]]\nname = \"Piotr\"\ndepartment = \"Customer service\"\n\n[[team]]\nname = \"Eva\"\ndepartment = \"Delivery\"\n\n",
        "",
    );
    assert!(!no_team.contains("[[team]]"));
    assert_eq!(
        found(&no_team, Code::FewDepartments)?,
        [seen(Code::FewDepartments, None, None)]
    );
    assert_eq!(found(CLEAN, Code::FewDepartments)?, []);
    Ok(())
}

#[test]
fn a_department_that_owns_touchpoints_must_be_in_the_team() -> TestResult {
    // Owners and departments are compared ignoring case, accents and spaces:
    // "obsluga klienta " is the team's "Obsługa klienta".
    let src = clean_with(
        "department = \"Customer service\"",
        "department = \"Obsługa klienta\"",
    )
    .replacen("owner = \"sales\"", "owner = \"obsluga KLIENTA \"", 1)
    .replacen("owner = \"delivery\"", "owner = \"Finance\"", 1);
    let (report, seen_all) = run(&src, &Context::new(today()))?;
    assert_eq!(
        seen_all,
        [seen(
            Code::AbsentDepartment,
            Some("tp-parcel"),
            Some(line_of(&src, "owner = \"Finance\""))
        )]
    );
    assert_eq!(
        report.findings[0].message,
        "Finance owns 1 touchpoint, but nobody from Finance is in the team"
    );
    // Two touchpoints of the same absent department: one finding, counted.
    // A team in parentheses belongs to its department.
    let two = src.replacen("owner = \"Sales\"", "owner = \"finance (billing)\"", 1);
    let (report, _) = run(&two, &Context::new(today()))?;
    let absent: Vec<&str> = report
        .findings
        .iter()
        .filter(|f| f.code == Code::AbsentDepartment)
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(
        absent,
        ["finance owns 2 touchpoints, but nobody from finance is in the team"]
    );
    // A team of fewer than three departments gets few-departments instead.
    let narrow = src.replace("department = \"Delivery\"", "department = \"Sales\"");
    assert_eq!(found(&narrow, Code::AbsentDepartment)?, []);
    assert_eq!(found(CLEAN, Code::AbsentDepartment)?, []);
    Ok(())
}

#[test]
fn cli_names_a_department_missing_from_the_team() -> TestResult {
    let dir = tempfile::tempdir()?;
    fs::write(
        dir.path().join("shop.toml"),
        clean_with("owner = \"delivery\"", "owner = \"Logistyka\""),
    )?;
    let output = cjm(dir.path(), &["check", "shop.toml"])?;
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let out = stdout(&output);
    assert!(
        out.contains("note[absent-department]: Logistyka owns 1 touchpoint, but nobody from Logistyka is in the team"),
        "{out}"
    );
    assert!(out.contains("1 note"), "{out}");
    // Departments are free text: a note, which never fails a check.
    let denied = cjm(dir.path(), &["check", "--deny", "warnings", "shop.toml"])?;
    assert_eq!(denied.status.code(), Some(0));
    Ok(())
}

#[test]
fn the_map_needs_a_primary_persona() -> TestResult {
    let src = clean_with("primary = true", "primary = false");
    assert_eq!(
        found(&src, Code::NoPrimaryPersona)?,
        [seen(
            Code::NoPrimaryPersona,
            None,
            Some(line_of(&src, "primary = false"))
        )]
    );
    let src = clean_with(
        "[[personas]]\nid = \"pe-anna\"\nname = \"Anna\"\nprimary = true\n\n",
        "",
    );
    assert_eq!(
        found(&src, Code::NoPersona)?,
        [seen(Code::NoPersona, None, None)]
    );
    assert_eq!(found(&src, Code::NoPrimaryPersona)?, []);
    assert_eq!(found(CLEAN, Code::NoPersona)?, []);
    assert_eq!(found(CLEAN, Code::NoPrimaryPersona)?, []);
    Ok(())
}

// ------------------------------------------------------------ upkeep

#[test]
fn the_map_needs_an_owner() -> TestResult {
    let src = clean_with("owner = \"Anna Nowak\"\n", "");
    assert_eq!(
        found(&src, Code::NoMapOwner)?,
        [seen(Code::NoMapOwner, None, None)]
    );
    let src = clean_with("owner = \"Anna Nowak\"", "owner = \"\"");
    assert_eq!(
        found(&src, Code::NoMapOwner)?,
        [seen(
            Code::NoMapOwner,
            None,
            Some(line_of(&src, "owner = \"\""))
        )]
    );
    assert_eq!(found(CLEAN, Code::NoMapOwner)?, []);
    Ok(())
}

#[test]
fn a_passed_review_date_is_overdue_from_the_next_day() -> TestResult {
    let src = clean_with("review_by = 2099-12-31", "review_by = 2026-03-31");
    let (report, seen_all) = run(&src, &Context::new(today()))?;
    assert_eq!(
        seen_all,
        [seen(
            Code::ReviewOverdue,
            None,
            Some(line_of(&src, "review_by"))
        )]
    );
    assert_eq!(
        report.findings[0].message,
        "the review was due on 2026-03-31 (yesterday)"
    );
    let due_today = clean_with("review_by = 2099-12-31", "review_by = 2026-04-01");
    assert_eq!(found(&due_today, Code::ReviewOverdue)?, []);
    assert_eq!(found(CLEAN, Code::ReviewOverdue)?, []);
    Ok(())
}

#[test]
fn a_future_state_map_names_a_current_state_map_that_exists() -> TestResult {
    let future = clean_with("kind = \"current-state\"", "kind = \"future-state\"");
    assert_eq!(
        found(&future, Code::MissingBasedOn)?,
        [seen(Code::MissingBasedOn, None, None)]
    );

    let src = future.replacen(
        "owner = \"Anna Nowak\"",
        "based_on = \"current.toml\"\nowner = \"Anna Nowak\"",
        1,
    );
    let map_path = Path::new("maps/future.toml");
    let in_maps = |p: &Path| p == Path::new("maps/current.toml");
    let (_, seen_all) = run(&src, &Context::for_file(today(), map_path, &in_maps))?;
    assert_eq!(seen_all, []);

    let elsewhere = |p: &Path| p == Path::new("current.toml");
    let (report, seen_all) = run(&src, &Context::for_file(today(), map_path, &elsewhere))?;
    assert_eq!(
        seen_all,
        [seen(
            Code::MissingBasedOn,
            None,
            Some(line_of(&src, "based_on"))
        )]
    );
    assert_eq!(
        report.findings[0].message,
        "based_on names \"current.toml\", which cannot be found"
    );

    // Without the map's path nothing is looked up.
    assert_eq!(found(&src, Code::MissingBasedOn)?, []);
    assert_eq!(found(CLEAN, Code::MissingBasedOn)?, []);
    Ok(())
}

// ------------------------------------------------------------ the command line

/// `CLEAN` with a few findings: a touchpoint without evidence (a warning)
/// whose name is Polish, one resting on an assumption (a note), and no owner
/// of the map (a warning without a line).
fn with_findings() -> String {
    clean_with("owner = \"Anna Nowak\"\n", "")
        .replacen("name = \"Shop\"", "name = \"Sklep – półka z butami 👟\"", 1)
        .replacen("evidence = [{ source = \"analytics\" }]\n", "", 1)
        .replacen("source = \"survey\"", "source = \"assumption\"", 1)
}

#[test]
fn cli_prints_warnings_with_lines_hints_and_a_summary() -> TestResult {
    let dir = tempfile::tempdir()?;
    fs::write(dir.path().join("shop.toml"), with_findings())?;
    let output = cjm(dir.path(), &["check", "shop.toml"])?;
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stderr(&output).is_empty(), "{}", stderr(&output));
    let out = stdout(&output);
    assert!(
        out.starts_with(
            "shop.toml: ok (3 stages, 3 touchpoints, 1 persona, 1 opportunity, 1 metric)\n"
        ),
        "{out}"
    );
    insta::assert_snapshot!("check_text_output", out);
    Ok(())
}

#[test]
fn cli_deny_warnings_fails_on_warnings_only() -> TestResult {
    let dir = tempfile::tempdir()?;
    fs::write(dir.path().join("clean.toml"), CLEAN)?;
    fs::write(dir.path().join("warned.toml"), with_findings())?;
    fs::write(
        dir.path().join("noted.toml"),
        clean_with("source = \"survey\"", "source = \"assumption\""),
    )?;
    fs::write(
        dir.path().join("bad.toml"),
        clean_with("emotion = 2", "emotion = 3"),
    )?;

    let clean = cjm(dir.path(), &["check", "--deny", "warnings", "clean.toml"])?;
    assert_eq!(clean.status.code(), Some(0), "{}", stderr(&clean));
    assert_eq!(
        stdout(&clean),
        "clean.toml: ok (3 stages, 3 touchpoints, 1 persona, 1 opportunity, 1 metric)\n"
    );

    let warned = cjm(dir.path(), &["check", "--deny", "warnings", "warned.toml"])?;
    assert_eq!(warned.status.code(), Some(1), "{}", stdout(&warned));
    assert!(stdout(&warned).contains("warning[no-evidence]"));
    let allowed = cjm(dir.path(), &["check", "warned.toml"])?;
    assert_eq!(allowed.status.code(), Some(0));

    // Notes never fail the check.
    let noted = cjm(dir.path(), &["check", "--deny", "warnings", "noted.toml"])?;
    assert_eq!(noted.status.code(), Some(0), "{}", stdout(&noted));
    assert!(
        stdout(&noted).contains("note[assumption-only]"),
        "{}",
        stdout(&noted)
    );

    // A map that cannot be loaded wins over warnings: exit 2, errors on stderr.
    let both = cjm(
        dir.path(),
        &[
            "check",
            "--deny",
            "warnings",
            "warned.toml",
            "bad.toml",
            "clean.toml",
        ],
    )?;
    assert_eq!(both.status.code(), Some(2));
    assert!(stderr(&both).starts_with("bad.toml:"), "{}", stderr(&both));
    assert!(
        stdout(&both).contains("clean.toml: ok ("),
        "{}",
        stdout(&both)
    );

    let unknown = cjm(dir.path(), &["check", "--deny", "everything", "clean.toml"])?;
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        stderr(&unknown).contains("possible values: warnings"),
        "{}",
        stderr(&unknown)
    );
    Ok(())
}

#[test]
fn cli_json_lists_findings_per_file() -> TestResult {
    let dir = tempfile::tempdir()?;
    let source = with_findings();
    fs::write(dir.path().join("shop.toml"), &source)?;
    fs::write(
        dir.path().join("bad.toml"),
        clean_with("emotion = 2", "emotion = 3"),
    )?;
    let output = cjm(
        dir.path(),
        &["check", "--format", "json", "shop.toml", "bad.toml"],
    )?;
    assert_eq!(output.status.code(), Some(2));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout)?;
    let files = json.as_array().ok_or("not an array")?;
    assert_eq!(files.len(), 2);

    let shop = &files[0];
    assert_eq!(shop["file"], "shop.toml");
    assert_eq!(shop["loaded"], true);
    assert_eq!(shop["errors"], serde_json::json!([]));
    assert_eq!(shop["warnings"], 2);
    assert_eq!(shop["notes"], 1);
    assert_eq!(
        shop["evidence"],
        serde_json::json!({ "touchpoints": 3, "backed_by_data": 1, "percent": 33 })
    );
    let findings = shop["findings"].as_array().ok_or("no findings")?;
    let codes: Vec<&str> = findings.iter().filter_map(|f| f["code"].as_str()).collect();
    assert_eq!(codes, ["no-map-owner", "no-evidence", "assumption-only"]);
    let no_evidence = &findings[1];
    assert_eq!(no_evidence["severity"], "warning");
    assert_eq!(no_evidence["item"], "tp-shop");
    assert_eq!(no_evidence["section"], "touchpoints");
    assert_eq!(no_evidence["field"], "evidence");
    assert_eq!(no_evidence["line"], header_of(&source, "tp-shop"));
    assert_eq!(
        no_evidence["message"],
        "touchpoint \"Sklep – półka z butami 👟\" has no evidence"
    );
    assert!(
        no_evidence["hint"]
            .as_str()
            .is_some_and(|h| h.contains("evidence = ["))
    );
    assert_eq!(findings[0]["line"], serde_json::Value::Null);
    assert_eq!(findings[0]["item"], serde_json::Value::Null);
    assert_eq!(findings[2]["severity"], "note");

    let bad = &files[1];
    assert_eq!(bad["loaded"], false);
    assert_eq!(bad["evidence"], serde_json::Value::Null);
    assert_eq!(bad["findings"], serde_json::json!([]));
    let error = &bad["errors"][0];
    assert_eq!(error["line"], line_of(CLEAN, "emotion = 2"));
    assert!(
        error["message"]
            .as_str()
            .is_some_and(|m| m.contains("`emotion` is 3"))
    );
    // The human report of the bad file still goes to stderr.
    assert!(
        stderr(&output).starts_with("bad.toml:"),
        "{}",
        stderr(&output)
    );

    // The same input gives the same bytes.
    let again = cjm(
        dir.path(),
        &["check", "--format", "json", "shop.toml", "bad.toml"],
    )?;
    assert_eq!(again.stdout, output.stdout);
    Ok(())
}

#[test]
fn cli_checks_the_example_maps() -> TestResult {
    let maps = Path::new(env!("CARGO_MANIFEST_DIR")).join("maps");
    let mut names: Vec<String> = fs::read_dir(&maps)?
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    names.sort();
    assert!(!names.is_empty(), "no example maps in {}", maps.display());
    for name in &names {
        let output = cjm(&maps, &["check", "--format", "json", name])?;
        assert_eq!(output.status.code(), Some(0), "{name}: {}", stderr(&output));
        let json: serde_json::Value = serde_json::from_slice(&output.stdout)?;
        let file = &json[0];
        assert_eq!(file["loaded"], true, "{name}");
        assert!(file["evidence"]["touchpoints"].as_u64() > Some(0), "{name}");
        for finding in file["findings"].as_array().ok_or("no findings")? {
            // Every finding about an item names it and a line of the file.
            if !finding["item"].is_null() {
                assert!(finding["line"].as_u64().is_some(), "{name}: {finding}");
            }
            assert!(
                finding["hint"].as_str().is_some_and(|h| !h.is_empty()),
                "{name}: {finding}"
            );
        }
        // The text form starts with the ok line and ends with the summary.
        let text = cjm(&maps, &["check", name])?;
        let out = stdout(&text);
        assert!(out.starts_with(&format!("{name}: ok (")), "{out}");
        if file["findings"].as_array().is_some_and(|f| !f.is_empty()) {
            let last = out.lines().last().unwrap_or_default();
            assert!(
                last.starts_with(&format!("{name}: "))
                    && last.contains("% of touchpoints backed by data"),
                "{out}"
            );
        }
    }
    Ok(())
}

#[test]
fn unresolved_merge_conflicts_are_in_the_json_output_and_exit_1() -> TestResult {
    let base = format::parse(&fs::read_to_string("maps/online-shop-current.toml")?)
        .map_err(|d| format!("{d:?}"))?;
    let mut ours = base.clone();
    let mut theirs = base.clone();
    ours.title = "Ours".into();
    theirs.title = "Theirs".into();
    let merged = cjm::merge::merge(&base, &ours, &theirs);
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("merged.toml");
    fs::write(&path, format::to_toml(&merged.map))?;
    let output = Command::cargo_bin("cjm")?
        .args(["check", "--format", "json"])
        .arg(&path)
        .output()?;
    assert_eq!(output.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout)?;
    let conflicts = json[0]["conflicts"]
        .as_array()
        .ok_or("no conflicts array")?;
    assert_eq!(conflicts.len(), 1);
    assert!(
        conflicts[0].as_str().is_some_and(|c| c.contains("Theirs")),
        "{conflicts:?}"
    );
    Ok(())
}
