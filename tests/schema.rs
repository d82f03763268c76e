//! The field schema (`model/schema.rs`) is the one description of the
//! file's fields: these tests walk every row of it and prove that each
//! field is read, written, validated and editable, so a field added to the
//! schema but forgotten in the reader, the writer or the forms fails here.

mod common;

use common::TestResult;
use std::fs;

use cjm::format::{load_file, parse, to_toml};
use cjm::model::schema::{self, Field, Input};
use cjm::model::{
    Date, Department, FieldValue, Id, IdKind, Map, MapKind, Metric, MetricKind, Opportunity,
    Participant, Persona, Stage, Touchpoint,
};
use cjm::session::edit::{self, ItemRef};

fn text(s: &str) -> FieldValue {
    FieldValue::Text(s.to_owned())
}

/// The id a reference field of this kind points at in [`full_map`].
fn id_of(kind: IdKind) -> &'static str {
    match kind {
        IdKind::Persona => "pe-ola",
        IdKind::Stage => "st-buy",
        IdKind::Touchpoint => "tp-pay",
        IdKind::Opportunity => "op-fast",
        IdKind::Metric => "me-nps",
        IdKind::Member => "tm-asa",
        IdKind::Department => "dp-sales",
    }
}

/// A value that sets the field, in Polish, Russian, Swedish, emoji and CJK.
fn sample(key: &str, input: Input) -> Option<FieldValue> {
    let date = Date::new(2026, 3, 31).ok()?;
    if key == "shared_personas" {
        // Lines that name personas: by id, and by file and id.
        let entries = ["pe-shared", "../wspólne/personas.toml#pe-other"];
        return Some(FieldValue::List(entries.into_iter().map(text).collect()));
    }
    if key == "shared_departments" {
        // Lines that name departments: by id, and by file and id.
        let entries = ["dp-shared", "../wspólne/działy.toml#dp-other"];
        return Some(FieldValue::List(entries.into_iter().map(text).collect()));
    }
    Some(match input {
        Input::ReadOnly => return None,
        Input::Text => text(&format!("{key}: Żółć, журнал, smörgås 🚀 漢字")),
        Input::Lines => FieldValue::List(vec![text(&format!("{key} ✓")), text("второй, 二")]),
        Input::Choice { values, .. } => text(values.last()?),
        Input::Integer { max, .. } => FieldValue::Integer(max),
        Input::Number => FieldValue::Float(12.5),
        Input::Bool => FieldValue::Bool(true),
        Input::Date => FieldValue::Date(date),
        Input::Reference(kind) => text(id_of(kind)),
        Input::References(kinds) => {
            FieldValue::List(kinds.iter().map(|k| text(id_of(*k))).collect())
        }
        Input::Evidence => FieldValue::List(vec![FieldValue::Table(vec![
            ("source".to_owned(), text("interview")),
            ("note".to_owned(), text("5 of 8 — Åsa")),
            ("url".to_owned(), text("https://example.com/wywiad/5")),
        ])]),
        Input::Department => text(id_of(IdKind::Department)),
        Input::Actions => FieldValue::List(vec![FieldValue::Table(vec![
            ("text".to_owned(), text(&format!("{key}: Проверка 🚀 漢字"))),
            ("department".to_owned(), text(id_of(IdKind::Department))),
        ])]),
        Input::Links => FieldValue::List(vec![FieldValue::Table(vec![
            ("title".to_owned(), text("Ärende CX-112")),
            ("url".to_owned(), text("https://example.com/cx/112")),
        ])]),
        Input::Wait => text("1h30m"),
        Input::Readings => FieldValue::List(vec![FieldValue::Table(vec![
            ("date".to_owned(), FieldValue::Date(date)),
            ("value".to_owned(), FieldValue::Float(42.5)),
        ])]),
    })
}

/// Sets every field of `item` that the schema lists to its sample value.
fn fill<T>(rows: &'static [Field<T>], item: &mut T) {
    for row in rows {
        if row.identifies {
            continue;
        }
        let value = sample(row.key, row.input);
        if let Err(e) = (row.set)(row, item, value) {
            panic!("`{}` refused its sample value: {e}", row.key);
        }
    }
}

/// A map in which every field of every item is set.
fn full_map() -> Map {
    let mut map = Map::new("", MapKind::CurrentState);
    fill(schema::MAP, &mut map);
    // A future-state map names the map it improves; the sample does.
    fill(schema::GOAL, &mut map.goal);
    let mut persona = Persona {
        id: Id::new("pe-ola"),
        ..Persona::default()
    };
    fill(schema::PERSONA, &mut persona);
    map.personas.push(persona);
    let mut department = Department {
        id: Id::new(id_of(IdKind::Department)),
        ..Department::default()
    };
    fill(schema::DEPARTMENT, &mut department);
    map.departments.push(department);
    let mut member = Participant {
        id: Some(Id::new("tm-asa")),
        ..Participant::new("Åsa Öberg")
    };
    fill(schema::PARTICIPANT, &mut member);
    map.team.push(member);
    let mut stage = Stage {
        id: Id::new("st-buy"),
        ..Stage::default()
    };
    fill(schema::STAGE, &mut stage);
    map.stages.push(stage);
    let mut touchpoint = Touchpoint {
        id: Id::new("tp-pay"),
        ..Touchpoint::default()
    };
    fill(schema::TOUCHPOINT, &mut touchpoint);
    map.touchpoints.push(touchpoint.into());
    let mut opportunity = Opportunity::new(Id::new("op-fast"), "");
    fill(schema::OPPORTUNITY, &mut opportunity);
    map.opportunities.push(opportunity.into());
    let mut metric = Metric::new(Id::new("me-nps"), "", MetricKind::Other);
    fill(schema::METRIC, &mut metric);
    map.metrics.push(metric.into());
    map
}

/// Every row's getter gives back its sample.
fn assert_all_set<T>(rows: &'static [Field<T>], item: &T) {
    for row in rows.iter().filter(|r| !r.identifies) {
        assert_eq!(
            (row.get)(item),
            sample(row.key, row.input),
            "`{}` lost its value",
            row.key
        );
    }
}

#[test]
fn a_map_that_sets_every_field_is_written_and_read_back_whole() -> TestResult {
    let map = full_map();
    let written = to_toml(&map);
    for (_, _, rows) in schema::tables() {
        for row in rows {
            if row.input != Input::ReadOnly {
                assert!(
                    written.contains(&format!("{} = ", row.key)),
                    "`{}` is not written:\n{written}",
                    row.key
                );
            }
        }
    }
    let read = parse(&written).map_err(|d| format!("{d:?}\n{written}"))?;
    assert_all_set(schema::MAP, &read);
    assert_all_set(schema::GOAL, &read.goal);
    assert_all_set(schema::PERSONA, &read.personas[0]);
    assert_all_set(schema::DEPARTMENT, &read.departments[0]);
    assert_all_set(schema::PARTICIPANT, &read.team[0]);
    assert_all_set(schema::STAGE, &read.stages[0]);
    assert_all_set(schema::TOUCHPOINT, &read.touchpoints[0]);
    assert_all_set(schema::OPPORTUNITY, &read.opportunities[0]);
    assert_all_set(schema::METRIC, &read.metrics[0]);
    assert_eq!(read, map);
    assert_eq!(to_toml(&read), written, "the canonical text is stable");
    Ok(())
}

#[test]
fn every_field_is_editable_in_a_form_and_its_text_reads_back() {
    let map = full_map();
    let items = [
        ItemRef::Map,
        ItemRef::Goal,
        ItemRef::Persona(0),
        ItemRef::Participant(0),
        ItemRef::Stage(0),
        ItemRef::Touchpoint(0),
        ItemRef::Opportunity(0),
        ItemRef::Metric(0),
    ];
    for item in items {
        let fields = item.fields();
        assert!(!fields.is_empty());
        for field in fields {
            let input = item.input(field);
            assert!(!item.label(field).is_empty(), "`{field}` has no label");
            assert!(!item.help(field).is_empty(), "`{field}` has no help");
            if input == Input::ReadOnly {
                continue;
            }
            let value = item.get(&map, field);
            assert!(value.is_some(), "{item:?} `{field}` is not set");
            let shown = edit::to_text(input, value.as_ref());
            let parsed = edit::parse(input, &shown, &map)
                .unwrap_or_else(|e| panic!("{item:?} `{field}`: {shown:?} refused: {e}"));
            let mut edited = map.clone();
            item.set(&mut edited, field, parsed)
                .unwrap_or_else(|e| panic!("{item:?} `{field}`: {e}"));
            assert_eq!(edited, map, "{item:?} `{field}` changed on a round trip");
        }
    }
}

/// Replaces the line `key = ...` of the first table `header` with `key = value`.
fn with_value(source: &str, header: &str, key: &str, value: &str) -> (String, usize) {
    let mut out = Vec::new();
    let mut in_table = header.is_empty();
    let mut line_no = 0;
    for (n, line) in source.lines().enumerate() {
        if line.starts_with('[') {
            in_table = line == header && line_no == 0;
        }
        if in_table && line_no == 0 && line.starts_with(&format!("{key} = ")) {
            out.push(format!("{key} = {value}"));
            line_no = n + 1;
        } else {
            out.push(line.to_owned());
        }
    }
    (out.join("\n") + "\n", line_no)
}

/// The file is refused with the key's line and the column of the value,
/// and is left as it was.
fn assert_refused(header: &str, key: &str, value: &str) -> TestResult {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("map.toml");
    let (source, line) = with_value(&to_toml(&full_map()), header, key, value);
    assert!(line > 0, "`{key}` is not in {header}");
    fs::write(&path, &source)?;
    let Err(err) = load_file(&path) else {
        panic!("`{key} = {value}` in {header} was accepted");
    };
    let shown = err.to_string();
    let column = key.len() + 4;
    assert!(
        shown.contains(&format!("map.toml:{line}:{column}: error")),
        "`{key} = {value}`: no position {line}:{column} in\n{shown}"
    );
    assert!(shown.contains(key), "{shown}");
    assert_eq!(fs::read_to_string(&path)?, source, "the file was changed");
    Ok(())
}

#[test]
fn a_value_out_of_range_or_outside_the_vocabulary_is_refused_with_its_position() -> TestResult {
    let tables: [(&str, Vec<(&str, Input)>); 5] = [
        ("", schema::MAP.iter().map(|f| (f.key, f.input)).collect()),
        (
            "[goal]",
            schema::GOAL.iter().map(|f| (f.key, f.input)).collect(),
        ),
        (
            "[[team]]",
            schema::PARTICIPANT
                .iter()
                .map(|f| (f.key, f.input))
                .collect(),
        ),
        (
            "[[touchpoints]]",
            schema::TOUCHPOINT
                .iter()
                .map(|f| (f.key, f.input))
                .collect(),
        ),
        (
            "[[opportunities]]",
            schema::OPPORTUNITY
                .iter()
                .map(|f| (f.key, f.input))
                .collect(),
        ),
    ];
    let mut checked = 0;
    for (header, rows) in tables {
        for (key, input) in rows {
            match input {
                Input::Integer { min, max } => {
                    assert_refused(header, key, &(min - 1).to_string())?;
                    if max < i64::from(u32::MAX) {
                        assert_refused(header, key, &(max + 1).to_string())?;
                    }
                    checked += 1;
                }
                Input::Choice { .. } => {
                    assert_refused(header, key, "\"no-such-word\"")?;
                    checked += 1;
                }
                _ => {}
            }
        }
    }
    // emotion, impact, effort, votes; kind, focus, role, channel, status.
    assert_eq!(checked, 9);
    Ok(())
}

#[test]
fn every_row_has_a_unique_stable_label_id_and_help() {
    let mut seen = std::collections::HashSet::new();
    for (table, _, rows) in schema::tables() {
        for row in rows {
            assert!(
                seen.insert(row.label_id),
                "label id `{}` twice",
                row.label_id
            );
            assert!(
                row.label_id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-'),
                "{table} `{}`: label id `{}` is not kebab-case",
                row.key,
                row.label_id
            );
            assert!(!row.label.is_empty() && !row.help.is_empty());
        }
    }
}
