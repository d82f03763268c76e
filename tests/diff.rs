//! The semantic diff of two maps: what it finds on the model (added,
//! removed, changed, moved between stages, reordered, emotion per stage),
//! and `cjm diff` through the real binary (text and Markdown output, exit
//! codes 0, 1 and 2).

mod common;

use std::fs;
use std::path::Path;
use std::process::Output;

use cjm::diff::{Change, FieldChange, ItemRef, StageEmotion, ValueChange, diff, render};
use cjm::format;
use cjm::model::{Emotion, FieldValue, Id, Map, MapKind, Participant, Status, Touchpoint};

use common::TestResult;
use common::text as out;

/// The current state of a bike shop's journey.
const CURRENT: &str = r#"schema = 1
title = "Sklep rowerowy – zakup roweru"
kind = "current-state"

[[personas]]
id = "pe-kasia"
name = "Kasia, dojeżdża do pracy"
primary = true

[[team]]
name = "Marta Zielińska"
department = "Sprzedaż"
role = "facilitator"

[[team]]
name = "Tomasz Król"
department = "Serwis"
role = "participant"

[[stages]]
id = "st-choose"
name = "Wybór roweru"

[[stages]]
id = "st-buy"
name = "Zakup"

[[stages]]
id = "st-ride"
name = "Pierwsza jazda 🚲"

# Most customers start here.
[[touchpoints]]
id = "tp-configurator"
stage = "st-choose"
name = "Konfigurator online"
channel = "web"
emotion = -1
pain_points = [
  "Nie wiadomo, jaki rozmiar ramy",
]

[[touchpoints]]
id = "tp-test-ride"
stage = "st-choose"
name = "Jazda próbna"
channel = "store"
emotion = 2

[[touchpoints]]
id = "tp-checkout"
stage = "st-buy"
name = "Kasa"
channel = "store"
emotion = 0

[[touchpoints]]
id = "tp-delivery"
stage = "st-buy"
name = "Dostawa do domu"
channel = "other"
emotion = -2

[[touchpoints]]
id = "tp-first-service"
stage = "st-ride"
name = "Pierwszy przegląd"
channel = "store"
emotion = -1

[[opportunities]]
id = "op-size-guide"
title = "Przewodnik po rozmiarach"
touchpoints = ["tp-configurator"]
votes = 4
status = "idea"
"#;

fn current() -> Map {
    match format::parse(CURRENT) {
        Ok(map) => map,
        Err(d) => panic!("the fixture does not load: {d:?}"),
    }
}

fn tp_mut<'m>(map: &'m mut Map, id: &str) -> &'m mut Touchpoint {
    map.touchpoints
        .iter_mut()
        .find(|t| t.id == id)
        .unwrap_or_else(|| panic!("no touchpoint {id}"))
}

/// The future state: edits of every kind the diff knows.
fn future() -> Map {
    let mut map = current();
    map.title = "Sklep rowerowy – zakup roweru (stan docelowy)".into();
    map.kind = MapKind::FutureState;
    map.based_on = "current.toml".into();
    map.stages[2].name = "Pierwsze tygodnie 🚲".into();
    let configurator = tp_mut(&mut map, "tp-configurator");
    configurator.emotion = Emotion::new(1);
    configurator.pain_points = vec!["Za dużo opcji naraz".into()];
    let delivery = tp_mut(&mut map, "tp-delivery");
    delivery.stage = Id::new("st-ride");
    delivery.name = "Dostawa z montażem".into();
    delivery.emotion = Emotion::new(1);
    map.touchpoints.retain(|t| t.id != "tp-first-service");
    map.touchpoints.insert(
        1,
        Touchpoint {
            id: Id::new("tp-chat"),
            stage: Id::new("st-choose"),
            name: "Czat z doradcą".into(),
            emotion: Emotion::new(1),
            ..Touchpoint::default()
        }
        .into(),
    );
    // The test ride now comes last, after the delivery with assembly.
    let ride = map.touchpoints.remove(2);
    map.touchpoints.push(ride);
    map.team.retain(|p| p.name != "Tomasz Król");
    map.team.push(Participant::new("Олена Шевченко"));
    map.opportunities[0].status = Status::Planned;
    map.opportunities[0].votes = 6;
    assert_eq!(cjm::model::validate(&map), []);
    map
}

fn item(key: &str, name: &str, context: &str) -> ItemRef {
    ItemRef {
        key: key.into(),
        name: name.into(),
        context: context.into(),
    }
}

fn text(s: &str) -> Option<FieldValue> {
    Some(FieldValue::Text(s.into()))
}

fn section<'d>(d: &'d cjm::diff::Diff, title: &str) -> &'d cjm::diff::SectionDiff {
    d.sections
        .iter()
        .find(|s| s.title == title)
        .unwrap_or_else(|| panic!("no section {title}"))
}

#[test]
fn equal_maps_have_no_differences() {
    assert!(diff(&current(), &current()).is_empty());
    let mut commented = current();
    commented.touchpoints[0].comments.above = vec!["# Changed comment".into()];
    assert!(
        diff(&current(), &commented).is_empty(),
        "comments are not compared"
    );
}

#[test]
fn added_removed_and_changed_touchpoints() {
    let d = diff(&current(), &future());
    let touchpoints = &section(&d, "Touchpoints").items;
    assert!(touchpoints.contains(&Change::Added(item(
        "tp-chat",
        "Czat z doradcą",
        "stage Wybór roweru"
    ))));
    assert!(touchpoints.contains(&Change::Removed(item(
        "tp-first-service",
        "Pierwszy przegląd",
        "stage Pierwsza jazda 🚲"
    ))));
    let configurator = touchpoints.iter().find_map(|c| match c {
        Change::Changed(i, fields) if i.key == "tp-configurator" => Some(fields),
        _ => None,
    });
    assert_eq!(
        configurator,
        Some(&vec![
            FieldChange {
                field: "emotion",
                change: ValueChange::Value {
                    old: Some(FieldValue::Integer(-1)),
                    new: Some(FieldValue::Integer(1)),
                },
            },
            FieldChange {
                field: "pain_points",
                change: ValueChange::List {
                    added: vec![FieldValue::Text("Za dużo opcji naraz".into())],
                    removed: vec![FieldValue::Text("Nie wiadomo, jaki rozmiar ramy".into())],
                    reordered: false,
                },
            },
        ])
    );
}

#[test]
fn a_touchpoint_moved_to_another_stage_is_named_by_its_stages() {
    let d = diff(&current(), &future());
    let delivery = section(&d, "Touchpoints")
        .items
        .iter()
        .find_map(|c| match c {
            Change::Changed(i, fields) if i.key == "tp-delivery" => Some(fields.clone()),
            _ => None,
        });
    let fields = delivery.unwrap_or_default();
    assert_eq!(
        fields[0].change,
        ValueChange::Stage {
            from: item("st-buy", "Zakup", ""),
            to: item("st-ride", "Pierwsze tygodnie 🚲", ""),
        }
    );
    assert_eq!(
        fields[1].change,
        ValueChange::Value {
            old: text("Dostawa do domu"),
            new: text("Dostawa z montażem"),
        }
    );
}

#[test]
fn a_reordered_item_is_reported_with_its_new_place() {
    let d = diff(&current(), &future());
    let moved: Vec<(&str, Option<&str>)> = section(&d, "Touchpoints")
        .items
        .iter()
        .filter_map(|c| match c {
            Change::Moved { item, after } => Some((item.key.as_str(), after.as_deref())),
            _ => None,
        })
        .collect();
    assert_eq!(moved, [("tp-test-ride", Some("tp-delivery"))]);
    // Stages were not reordered.
    assert!(
        section(&d, "Stages")
            .items
            .iter()
            .all(|c| !matches!(c, Change::Moved { .. }))
    );
}

#[test]
fn top_level_team_and_opportunity_changes() {
    let d = diff(&current(), &future());
    let fields: Vec<&str> = section(&d, "Map").fields.iter().map(|f| f.field).collect();
    assert_eq!(fields, ["title", "kind", "based_on"]);
    assert_eq!(
        section(&d, "Team").items,
        [
            Change::Added(item("Олена Шевченко", "", "")),
            Change::Removed(item("Tomasz Król", "", "")),
        ]
    );
    let opportunity: Vec<&str> = match &section(&d, "Opportunities").items[..] {
        [Change::Changed(_, fields)] => fields.iter().map(|f| f.field).collect(),
        other => panic!("{other:?}"),
    };
    assert_eq!(opportunity, ["votes", "status"]);
    assert!(
        d.sections
            .iter()
            .all(|s| s.title != "Goal" && s.title != "Personas")
    );
}

#[test]
fn emotion_per_stage_compares_the_averages() {
    let d = diff(&current(), &future());
    let rows: Vec<(&str, Option<f64>, Option<f64>)> = d
        .emotions
        .iter()
        .map(
            |StageEmotion {
                 stage,
                 before,
                 after,
             }| (stage.key.as_str(), *before, *after),
        )
        .collect();
    assert_eq!(
        rows,
        [
            ("st-choose", Some(0.5), Some(4.0 / 3.0)),
            ("st-buy", Some(-1.0), Some(0.0)),
            ("st-ride", Some(-1.0), Some(1.0)),
        ]
    );
    // No emotion changed, no table.
    let mut renamed = current();
    renamed.touchpoints[0].name = "Konfigurator".into();
    assert!(diff(&current(), &renamed).emotions.is_empty());
}

#[test]
fn colours_only_when_asked() {
    let d = diff(&current(), &future());
    let plain = render::text(&d, "a.toml", "b.toml", false);
    let coloured = render::text(&d, "a.toml", "b.toml", true);
    assert!(!plain.contains('\x1b'));
    assert!(coloured.contains("\x1b[32m+ tp-chat"));
    assert!(coloured.contains("\x1b[31m- tp-first-service"));
}

#[test]
fn hostile_text_cannot_reach_the_terminal_or_break_markdown() {
    let mut b = current();
    b.touchpoints[0].name = "Evil \u{1b}[2J\u{202e} | **bold** `code`".into();
    let d = diff(&current(), &b);
    let shown = render::text(&d, "a", "b", false);
    assert!(!shown.contains('\u{1b}') && !shown.contains('\u{202e}'));
    assert!(shown.contains(r#""Evil \u{1b}[2J\u{202e} | **bold** `code`""#));
    let md = render::markdown(&d, "a", "b");
    assert!(
        md.contains(r"Evil \\u{1b}\[2J\\u{202e} \| \*\*bold\*\* \`code\`"),
        "{md}"
    );
}

// ---------------------------------------------------------------------------
// `cjm diff` through the binary.

/// Runs `cjm ARGS` in `dir`, colours allowed (they are asked for with `--color`).
fn cjm(dir: &Path, args: &[&str]) -> Result<Output, common::Error> {
    Ok(common::cjm_command(dir)?
        .env_remove("NO_COLOR")
        .args(args)
        .output()?)
}

/// A folder with current.toml, future.toml and a reformatted, recommented copy of current.toml.
fn files() -> Result<tempfile::TempDir, Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    fs::write(dir.path().join("current.toml"), CURRENT)?;
    fs::write(dir.path().join("future.toml"), format::to_toml(&future()))?;
    let restyled = CURRENT
        .replace("# Most customers start here.\n", "")
        .replace(
            "title = \"Sklep",
            "# A comment nobody had before\ntitle   =   \"Sklep",
        )
        .replace("votes = 4\n", "votes = 4 # four dots\n");
    fs::write(dir.path().join("restyled.toml"), restyled)?;
    Ok(dir)
}

#[test]
fn exit_codes_say_same_different_or_broken() -> TestResult {
    let dir = files()?;
    let same = cjm(dir.path(), &["diff", "current.toml", "restyled.toml"])?;
    assert_eq!(same.status.code(), Some(0), "{}", out(&same.stderr));
    assert_eq!(
        out(&same.stdout),
        "current.toml → restyled.toml\nNo differences (comments are not compared).\n"
    );
    let different = cjm(dir.path(), &["diff", "current.toml", "future.toml"])?;
    assert_eq!(different.status.code(), Some(1));
    assert!(different.stderr.is_empty());

    fs::write(
        dir.path().join("broken.toml"),
        CURRENT.replace("emotion = 2", "emotion = 3"),
    )?;
    let broken = cjm(dir.path(), &["diff", "current.toml", "broken.toml"])?;
    assert_eq!(broken.status.code(), Some(2));
    assert!(broken.stdout.is_empty());
    assert!(
        out(&broken.stderr).starts_with(
            "broken.toml:48:11: error: `emotion` is 3, but it must be a whole number from -2 to 2\n"
        ),
        "{}",
        out(&broken.stderr)
    );
    let missing = cjm(dir.path(), &["diff", "nowhere.toml", "broken.toml"])?;
    assert_eq!(missing.status.code(), Some(2));
    let stderr = out(&missing.stderr);
    assert!(
        stderr.contains("nowhere.toml: error: no such file"),
        "{stderr}"
    );
    assert!(
        stderr.contains("broken.toml:48:11"),
        "both files are reported: {stderr}"
    );
    Ok(())
}

#[test]
fn text_output_for_a_pipe_is_plain() -> TestResult {
    let dir = files()?;
    let result = cjm(dir.path(), &["diff", "current.toml", "future.toml"])?;
    let stdout = out(&result.stdout);
    assert!(
        !stdout.contains('\x1b'),
        "no colours when stdout is not a terminal"
    );
    insta::assert_snapshot!("text_output", stdout);
    Ok(())
}

#[test]
fn markdown_output() -> TestResult {
    let dir = files()?;
    let result = cjm(
        dir.path(),
        &[
            "diff",
            "--format",
            "markdown",
            "current.toml",
            "future.toml",
        ],
    )?;
    assert_eq!(result.status.code(), Some(1));
    insta::assert_snapshot!("markdown_output", out(&result.stdout));
    Ok(())
}

#[test]
fn a_touchpoint_moved_to_another_stage_is_reported_once() -> TestResult {
    // As the board moves a card: to the end of the new stage's touchpoints.
    let mut moved = current();
    let at = moved
        .touchpoints
        .iter()
        .position(|t| t.id == "tp-configurator")
        .ok_or("no tp-configurator")?;
    let mut card = moved.touchpoints.remove(at);
    card.stage = Id::new("st-buy");
    let end_of_buy = moved
        .touchpoints
        .iter()
        .rposition(|t| t.stage == "st-buy")
        .ok_or("no st-buy touchpoint")?;
    moved.touchpoints.insert(end_of_buy + 1, card);
    let d = diff(&current(), &moved);
    assert_eq!(
        section(&d, "Touchpoints").items,
        [Change::Changed(
            item("tp-configurator", "Konfigurator online", "stage Zakup"),
            vec![FieldChange {
                field: "stage",
                change: ValueChange::Stage {
                    from: item("st-choose", "Wybór roweru", ""),
                    to: item("st-buy", "Zakup", ""),
                },
            }],
        )],
        "one change, no reorder of it or of its neighbours"
    );
    let shown = render::text(&d, "a.toml", "b.toml", false);
    let lines: Vec<&str> = shown
        .lines()
        .filter(|l| l.contains("tp-configurator"))
        .collect();
    assert_eq!(
        lines,
        [
            "  ~ tp-configurator \"Konfigurator online\": moved from stage st-choose \"Wybór roweru\" to st-buy \"Zakup\""
        ]
    );
    assert!(!shown.contains('↕'), "{shown}");
    let md = render::markdown(&d, "a.toml", "b.toml");
    assert!(
        md.contains(
            "- **moved** `tp-configurator` Konfigurator online from stage `st-choose` Wybór roweru to `st-buy` Zakup\n"
        ),
        "{md}"
    );
    assert_eq!(md.matches("tp-configurator").count(), 1, "{md}");
    Ok(())
}

#[test]
fn labels_name_the_maps_in_the_output_and_in_errors() -> TestResult {
    let dir = files()?;
    let result = cjm(
        dir.path(),
        &[
            "diff",
            "--label-a",
            "main:maps/rowery.toml",
            "--label-b",
            "maps/rowery.toml",
            "current.toml",
            "future.toml",
        ],
    )?;
    assert_eq!(result.status.code(), Some(1));
    let stdout = out(&result.stdout);
    assert!(
        stdout.starts_with("main:maps/rowery.toml → maps/rowery.toml\n\nMap\n"),
        "{stdout}"
    );
    assert!(!stdout.contains("current.toml →"));
    fs::write(
        dir.path().join("broken.toml"),
        CURRENT.replace("emotion = 2", "emotion = 3"),
    )?;
    let broken = cjm(
        dir.path(),
        &[
            "diff",
            "--label-b",
            "maps/rowery.toml",
            "current.toml",
            "broken.toml",
        ],
    )?;
    assert_eq!(broken.status.code(), Some(2));
    assert!(
        out(&broken.stderr).starts_with("maps/rowery.toml:48:11: error: `emotion` is 3"),
        "{}",
        out(&broken.stderr)
    );
    Ok(())
}

#[test]
fn git_external_diff_arguments_name_the_map_by_its_path() -> TestResult {
    let dir = files()?;
    let hex_a = "3f2a9c1d0e5b4a7f8c6d2e1b0a9f8e7d6c5b4a39";
    let hex_b = "0000000000000000000000000000000000000000";
    // path old-file old-hex old-mode new-file new-hex new-mode
    let seven = cjm(
        dir.path(),
        &[
            "diff",
            "maps/rowery.toml",
            "current.toml",
            hex_a,
            "100644",
            "future.toml",
            hex_b,
            "100644",
        ],
    )?;
    assert_eq!(
        seven.status.code(),
        Some(0),
        "git stops at an external diff that fails"
    );
    let stdout = out(&seven.stdout);
    assert!(
        stdout.starts_with("maps/rowery.toml: 3f2a9c1 → working tree\n\nMap\n"),
        "{stdout}"
    );
    assert!(stdout.contains("moved from stage st-buy \"Zakup\""));
    // A rename: two more arguments, the new path and git's note.
    let nine = cjm(
        dir.path(),
        &[
            "diff",
            "maps/rowery.toml",
            "current.toml",
            hex_a,
            "100644",
            "current.toml",
            hex_a,
            "100644",
            "maps/sklep.toml",
            "similarity index 100%\nrename from maps/rowery.toml\nrename to maps/sklep.toml\n",
        ],
    )?;
    assert_eq!(nine.status.code(), Some(0));
    assert_eq!(
        out(&nine.stdout),
        "maps/rowery.toml (3f2a9c1) → maps/sklep.toml (3f2a9c1)\nNo differences (comments are not compared).\n\n"
    );
    // An added map.
    let added = cjm(
        dir.path(),
        &[
            "diff",
            "maps/rowery.toml",
            "/dev/null",
            ".",
            ".",
            "current.toml",
            hex_a,
            "100644",
        ],
    )?;
    assert_eq!(added.status.code(), Some(0));
    assert_eq!(
        out(&added.stdout),
        "maps/rowery.toml (3f2a9c1): new map \"Sklep rowerowy – zakup roweru\" (3 stages, 5 touchpoints, 1 opportunity)\n\n"
    );
    // Another number of arguments is a mistake.
    let three = cjm(dir.path(), &["diff", "current.toml", "future.toml", "x"])?;
    assert_eq!(three.status.code(), Some(2));
    assert!(
        out(&three.stderr)
            .contains("expected 2 files (or git's 7 or 9 external-diff arguments), got 3"),
        "{}",
        out(&three.stderr)
    );
    Ok(())
}

#[test]
fn two_team_members_of_the_same_name_are_told_apart_by_their_order() {
    let mut a = current();
    let mut namesake = a.team[0].clone();
    namesake.id = None;
    namesake.name = "Anna Nowak".into();
    let namesake = |department: &str| Participant {
        department: department.into(),
        ..namesake.clone()
    };
    a.team.push(namesake("Customer Service"));
    a.team.push(namesake("Marketing"));
    assert!(diff(&a, &a).is_empty(), "a map is the same as itself");

    let mut b = a.clone();
    let last = b.team.len() - 1;
    b.team[last].department = "Sales".into();
    let d = diff(&a, &b);
    match &section(&d, "Team").items[..] {
        [Change::Changed(who, fields)] => {
            assert_eq!(*who, item("Anna Nowak", "", ""));
            let changed: Vec<&str> = fields.iter().map(|f| f.field).collect();
            assert_eq!(changed, ["department"]);
        }
        other => panic!("{other:?}"),
    }
}
