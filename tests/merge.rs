//! Three-way merge of maps: the merge rules on the model, conflicts in the
//! file format, `cjm merge` and `cjm check` through the real binary, and
//! `cjm merge` as git's merge driver in a real temporary repository, where
//! two branches edit one map in many different ways.

mod common;

use std::fs;
use std::path::PathBuf;
use std::process::{Command, Output};

use cjm::format;
use cjm::merge::{self, Side, merge};
use cjm::model::{
    Action, Conflict, ConflictKind, Date, Emotion, Evidence, EvidenceSource, FieldValue, Id,
    IdKind, Map, Opportunity, Participant, Reading, Role, Touchpoint, validate,
};
use proptest::prelude::*;

use common::TestResult;
use common::{cjm, text};

/// The common ancestor of every merge below, in canonical form.
const BASE: &str = r#"schema = 1
title = "Księgarnia – pierwsze zamówienie"
kind = "current-state"
parking_lot = [
  "Karta lojalnościowa",
]

[goal]
focus = "optimise-service"
statement = "Find where first-time buyers give up"
success_criteria = [
  "Basket conversion up by 5 points",
]

[[personas]]
id = "pe-anna"
name = "Anna, studentka"
primary = true

[[personas]]
id = "pe-oleg"
name = "Олег, коллекционер"

[[team]]
name = "Zofia Nowak"
department = "Obsługa klienta"
role = "facilitator"

[[team]]
name = "Piotr Wiśniewski"
department = "Logistyka"
role = "participant"

[[stages]]
id = "st-search"
name = "Szukanie"

[[stages]]
id = "st-buy"
name = "Zakup"

[[stages]]
id = "st-delivery"
name = "Dostawa 📦"

# The search box is the first contact for most buyers.
[[touchpoints]]
id = "tp-search"
stage = "st-search"
name = "Wyszukiwarka"
channel = "web"
emotion = 0
pain_points = [
  "Brak wyników dla literówek",
]

[[touchpoints]]
id = "tp-basket"
stage = "st-buy"
name = "Koszyk"
channel = "web"
emotion = -1

[[touchpoints]]
id = "tp-payment"
stage = "st-buy"
name = "Płatność BLIK"
channel = "mobile-app"
emotion = -1
pain_points = [
  "Kod BLIK wygasa zbyt szybko",
]

[[touchpoints]]
id = "tp-courier"
stage = "st-delivery"
name = "Kurier"
channel = "other"
emotion = 1

[[opportunities]]
id = "op-typo-search"
title = "Wyszukiwanie odporne na literówki"
touchpoints = ["tp-search"]
votes = 3
status = "idea"

[[opportunities]]
id = "op-old-idea"
title = "Stary pomysł"
votes = 0
status = "dropped"

[[metrics]]
id = "me-conversion"
name = "Konwersja koszyka"
kind = "conversion"
links = ["tp-basket"]
unit = "%"
baseline = 31.5
target = 40
readings = [
  { date = 2026-01-31, value = 31.5 },
]
"#;

fn base() -> Map {
    match format::parse(BASE) {
        Ok(map) => map,
        Err(diagnostics) => panic!("the base map does not load: {diagnostics:?}"),
    }
}

fn edited(edit: impl FnOnce(&mut Map)) -> Map {
    let mut map = base();
    edit(&mut map);
    assert_eq!(validate(&map), [], "a test edit made an invalid map");
    map
}

fn tp<'m>(map: &'m Map, id: &str) -> &'m Touchpoint {
    map.touchpoints
        .iter()
        .find(|t| t.id == id)
        .unwrap_or_else(|| panic!("no touchpoint {id}"))
}

fn tp_mut<'m>(map: &'m mut Map, id: &str) -> &'m mut Touchpoint {
    map.touchpoints
        .iter_mut()
        .find(|t| t.id == id)
        .unwrap_or_else(|| panic!("no touchpoint {id}"))
}

fn ids(map: &Map) -> Vec<&str> {
    map.touchpoints.iter().map(|t| t.id.as_str()).collect()
}

fn emotion(n: i64) -> Option<Emotion> {
    Emotion::new(n)
}

fn new_touchpoint(map: &Map, stage: &str, name: &str) -> Touchpoint {
    Touchpoint {
        id: map.new_id(IdKind::Touchpoint, name),
        stage: Id::new(stage),
        name: name.to_owned(),
        ..Touchpoint::default()
    }
}

/// Inserts `t` right after the touchpoint `after`.
fn insert_after(map: &mut Map, after: &str, t: Touchpoint) {
    let at = map
        .touchpoints
        .iter()
        .position(|x| x.id == after)
        .map_or(map.touchpoints.len(), |p| p + 1);
    map.touchpoints.insert(at, t.into());
}

fn date(y: i16, m: i8, d: i8) -> Date {
    Date::new(y, m, d).unwrap_or_default()
}

/// Merges and checks what every merge must give: a valid map that saves and loads back unchanged.
fn merged(base: &Map, ours: &Map, theirs: &Map) -> merge::Merged {
    let result = merge(base, ours, theirs);
    assert_eq!(validate(&result.map), [], "the merged map is invalid");
    let text = format::to_toml(&result.map);
    match format::parse(&text) {
        Ok(back) => assert_eq!(
            back, result.map,
            "the merged map does not load back unchanged"
        ),
        Err(d) => panic!("the merged map does not load:\n{text}\n{d:?}"),
    }
    result
}

// ---------------------------------------------------------------------------
// The merge rules, on the model.

#[test]
fn changes_to_different_touchpoints_and_fields_merge_cleanly() {
    let ours = edited(|m| {
        tp_mut(m, "tp-search").emotion = emotion(1);
        tp_mut(m, "tp-payment").emotion = emotion(0);
    });
    let theirs = edited(|m| {
        tp_mut(m, "tp-courier").name = "Kurier InPost".into();
        tp_mut(m, "tp-payment").channel = Some(cjm::model::Channel::Web);
    });
    let result = merged(&base(), &ours, &theirs);
    assert!(result.conflicts.is_empty());
    let map = &result.map;
    assert_eq!(tp(map, "tp-search").emotion, emotion(1));
    assert_eq!(tp(map, "tp-courier").name, "Kurier InPost");
    assert_eq!(tp(map, "tp-payment").emotion, emotion(0));
    assert_eq!(
        tp(map, "tp-payment").channel,
        Some(cjm::model::Channel::Web)
    );
}

#[test]
fn both_adding_keeps_ours_in_place_and_theirs_after_its_predecessor() {
    let ours = edited(|m| {
        let t = new_touchpoint(m, "st-buy", "Faktura VAT");
        insert_after(m, "tp-payment", t);
    });
    let theirs = edited(|m| {
        let first = new_touchpoint(m, "st-search", "Reklama na Instagramie");
        m.touchpoints.insert(0, first.into());
        let t = new_touchpoint(m, "st-delivery", "Śledzenie przesyłki");
        insert_after(m, "tp-courier", t);
    });
    let result = merged(&base(), &ours, &theirs);
    assert!(result.conflicts.is_empty());
    assert_eq!(
        ids(&result.map),
        [
            "tp-reklama-na-instagramie",
            "tp-search",
            "tp-basket",
            "tp-payment",
            "tp-faktura-vat",
            "tp-courier",
            "tp-sledzenie-przesylki"
        ]
    );
}

#[test]
fn a_reorder_on_one_side_survives_edits_on_the_other() {
    let ours = edited(|m| tp_mut(m, "tp-search").doing = "Types a title".into());
    let theirs = edited(|m| m.touchpoints.swap(1, 2));
    let result = merged(&base(), &ours, &theirs);
    assert!(result.conflicts.is_empty());
    assert_eq!(
        ids(&result.map),
        ["tp-search", "tp-payment", "tp-basket", "tp-courier"]
    );
    assert_eq!(tp(&result.map, "tp-search").doing, "Types a title");
    // The same with the sides swapped.
    let result = merged(&base(), &theirs, &ours);
    assert_eq!(
        ids(&result.map),
        ["tp-search", "tp-payment", "tp-basket", "tp-courier"]
    );
}

#[test]
fn a_move_to_another_stage_merges_with_an_edit_of_the_emotion() {
    let ours = edited(|m| tp_mut(m, "tp-courier").stage = Id::new("st-buy"));
    let theirs = edited(|m| tp_mut(m, "tp-courier").emotion = emotion(-2));
    let result = merged(&base(), &ours, &theirs);
    assert!(result.conflicts.is_empty());
    let t = tp(&result.map, "tp-courier");
    assert_eq!((t.stage.as_str(), t.emotion), ("st-buy", emotion(-2)));
}

#[test]
fn list_fields_merge_element_by_element() {
    let ours = edited(|m| {
        tp_mut(m, "tp-payment")
            .pain_points
            .push("Brak płatności kartą".into());
        m.parking_lot.push("Bony podarunkowe 🎁".into());
        m.goal.success_criteria[0] = "Basket conversion up by 6 points".into();
    });
    let theirs = edited(|m| {
        let t = tp_mut(m, "tp-payment");
        t.pain_points.insert(0, "Nie widać kosztu dostawy".into());
        t.evidence.push(Evidence {
            source: EvidenceSource::SupportLog,
            note: "40 zgłoszeń w lutym".into(),
            url: String::new(),
        });
        m.parking_lot.clear();
        m.goal.success_criteria.push("NPS above 30".into());
    });
    let result = merged(&base(), &ours, &theirs);
    assert!(result.conflicts.is_empty(), "{:?}", result.conflicts);
    let t = tp(&result.map, "tp-payment");
    assert_eq!(
        t.pain_points,
        [
            "Nie widać kosztu dostawy",
            "Kod BLIK wygasa zbyt szybko",
            "Brak płatności kartą"
        ]
    );
    assert_eq!(t.evidence.len(), 1);
    assert_eq!(result.map.parking_lot, ["Bony podarunkowe 🎁"]);
    assert_eq!(
        result.map.goal.success_criteria,
        ["Basket conversion up by 6 points", "NPS above 30"]
    );
}

#[test]
fn rewriting_the_same_list_element_differently_is_a_conflict() {
    let ours = edited(|m| tp_mut(m, "tp-payment").pain_points[0] = "Kod BLIK: 2 minuty".into());
    let theirs = edited(|m| tp_mut(m, "tp-payment").pain_points[0] = "Kod BLIK za krótki".into());
    let result = merged(&base(), &ours, &theirs);
    assert_eq!(
        result.conflicts,
        [Conflict::new(
            "tp-payment",
            "pain_points",
            ConflictKind::BothChanged,
            Some(FieldValue::List(vec![FieldValue::Text(
                "Kod BLIK: 2 minuty".into()
            )])),
            Some(FieldValue::List(vec![FieldValue::Text(
                "Kod BLIK za krótki".into()
            )])),
        )]
    );
    assert_eq!(
        tp(&result.map, "tp-payment").pain_points,
        ["Kod BLIK: 2 minuty"]
    );
}

#[test]
fn team_members_merge_by_name() {
    let ours = edited(|m| {
        m.team.push(Participant {
            department: "Marketing".into(),
            ..Participant::new("Ewa Lis")
        })
    });
    let theirs = edited(|m| {
        m.team[1].role = Role::Guest;
        m.team.push(Participant::new("Jan Kowalski"));
    });
    let result = merged(&base(), &ours, &theirs);
    assert!(result.conflicts.is_empty());
    let names: Vec<&str> = result.map.team.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        ["Zofia Nowak", "Piotr Wiśniewski", "Ewa Lis", "Jan Kowalski"]
    );
    assert_eq!(result.map.team[1].role, Role::Guest);
    // Both changing one member's department is a conflict named by the member.
    let ours = edited(|m| m.team[0].department = "CX".into());
    let theirs = edited(|m| m.team[0].department = "Obsługa".into());
    let result = merged(&base(), &ours, &theirs);
    assert_eq!(result.conflicts.len(), 1);
    assert_eq!(result.conflicts[0].item, "team:Zofia Nowak");
    assert_eq!(result.map.team[0].department, "CX");
}

#[test]
fn a_new_reading_and_a_new_target_merge() {
    let ours = edited(|m| {
        m.metrics[0].readings.push(Reading {
            date: date(2026, 2, 28),
            value: 33.0,
        })
    });
    let theirs = edited(|m| m.metrics[0].target = Some(42.5));
    let result = merged(&base(), &ours, &theirs);
    assert!(result.conflicts.is_empty());
    assert_eq!(result.map.metrics[0].readings.len(), 2);
    assert_eq!(result.map.metrics[0].target, Some(42.5));
}

#[test]
fn readings_added_on_both_sides_stay_in_date_order() {
    let reading = |d, value| Reading {
        date: date(2026, 3, d),
        value,
    };
    let ours = edited(|m| m.metrics[0].readings.push(reading(20, 35.0)));
    let theirs = edited(|m| m.metrics[0].readings.push(reading(10, 34.0)));
    let result = merged(&base(), &ours, &theirs);
    let dates: Vec<String> = result.map.metrics[0]
        .readings
        .iter()
        .map(|r| r.date.to_string())
        .collect();
    assert_eq!(dates, ["2026-01-31", "2026-03-10", "2026-03-20"]);
}

#[test]
fn identical_changes_are_not_conflicts() {
    let both = edited(|m| {
        tp_mut(m, "tp-basket").emotion = emotion(0);
        m.title = "Księgarnia".into();
        let t = new_touchpoint(m, "st-buy", "Kod rabatowy");
        insert_after(m, "tp-basket", t);
    });
    let result = merged(&base(), &both, &both);
    assert!(result.conflicts.is_empty());
    assert_eq!(result.map, both);
}

#[test]
fn both_changing_a_field_keeps_ours_and_records_theirs() {
    let ours = edited(|m| {
        tp_mut(m, "tp-payment").emotion = emotion(-2);
        m.title = "Księgarnia A".into();
    });
    let theirs = edited(|m| {
        tp_mut(m, "tp-payment").emotion = None;
        m.title = "Księgarnia B".into();
    });
    let result = merged(&base(), &ours, &theirs);
    assert_eq!(tp(&result.map, "tp-payment").emotion, emotion(-2));
    assert_eq!(result.map.title, "Księgarnia A");
    assert_eq!(
        result.conflicts,
        [
            Conflict::new(
                "map",
                "title",
                ConflictKind::BothChanged,
                Some(FieldValue::Text("Księgarnia A".into())),
                Some(FieldValue::Text("Księgarnia B".into())),
            ),
            Conflict::new(
                "tp-payment",
                "emotion",
                ConflictKind::BothChanged,
                Some(FieldValue::Integer(-2)),
                None,
            ),
        ]
    );
    assert_eq!(result.map.conflicts, result.conflicts);
}

#[test]
fn an_item_deleted_on_one_side_and_edited_on_the_other_is_kept_edited() {
    let ours = edited(|m| m.touchpoints.retain(|t| t.id != "tp-courier"));
    let theirs = edited(|m| {
        let t = tp_mut(m, "tp-courier");
        t.emotion = emotion(-1);
        t.name = "Kurier spóźniony".into();
    });
    let result = merged(&base(), &ours, &theirs);
    assert_eq!(tp(&result.map, "tp-courier").emotion, emotion(-1));
    assert_eq!(
        result.conflicts,
        [Conflict::new(
            "tp-courier",
            "",
            ConflictKind::DeletedEdited,
            None,
            Some(FieldValue::List(vec![
                FieldValue::Text("name".into()),
                FieldValue::Text("emotion".into()),
            ])),
        )]
    );
    // Deleted on one side and untouched on the other: simply deleted.
    let theirs = edited(|m| m.opportunities.retain(|o| o.id != "op-old-idea"));
    let ours = edited(|m| m.opportunities[0].votes = 5);
    let result = merged(&base(), &ours, &theirs);
    assert!(result.conflicts.is_empty());
    assert_eq!(result.map.opportunities.len(), 1);
    assert_eq!(result.map.opportunities[0].votes, 5);
}

#[test]
fn a_deleted_department_that_a_kept_action_names_is_kept() {
    let base_text = r#"schema = 2
title = "Przychodnia"
kind = "service"

[[departments]]
id = "dp-rejestracja"
name = "Rejestracja"

[[departments]]
id = "dp-laboratorium"
name = "Laboratorium"

[[stages]]
id = "st-wizyta"
name = "Wizyta"

[[touchpoints]]
id = "tp-okienko"
stage = "st-wizyta"
name = "Okienko"
owner = "dp-rejestracja"

[[touchpoints]]
id = "tp-krew"
stage = "st-wizyta"
name = "Pobranie krwi"
owner = "dp-laboratorium"
"#;
    let base = match format::parse(base_text) {
        Ok(map) => map,
        Err(d) => panic!("the base does not load: {d:?}"),
    };
    // Ours has the registration check the lab's referral; theirs drops the
    // blood test, and with it the lab, which nothing of theirs names any more.
    let mut ours = base.clone();
    ours.touchpoints[0].backstage.push(Action {
        text: "Sprawdza skierowanie".into(),
        department: "dp-laboratorium".into(),
    });
    let mut theirs = base.clone();
    theirs.touchpoints.retain(|t| t.id != "tp-krew");
    theirs.departments.retain(|d| d.id != "dp-laboratorium");
    assert_eq!(validate(&ours), []);
    assert_eq!(validate(&theirs), []);
    let result = merged(&base, &ours, &theirs);
    let departments: Vec<&str> = result
        .map
        .departments
        .iter()
        .map(|d| d.id.as_str())
        .collect();
    assert_eq!(departments, ["dp-rejestracja", "dp-laboratorium"]);
    assert_eq!(
        result.conflicts,
        [Conflict::new(
            "dp-laboratorium",
            "",
            ConflictKind::DeletedReferenced,
            Some(FieldValue::List(vec![FieldValue::Text(
                "tp-okienko".into()
            )])),
            None,
        )]
    );
    // The blood test, deleted by theirs and untouched by ours, stays deleted.
    assert_eq!(ids(&result.map), ["tp-okienko"]);
}

#[test]
fn a_deleted_stage_that_gained_a_touchpoint_is_kept() {
    let ours = edited(|m| {
        let t = new_touchpoint(m, "st-delivery", "Paczkomat");
        m.touchpoints.push(t.into());
    });
    let theirs = edited(|m| {
        m.touchpoints.retain(|t| t.stage != "st-delivery");
        m.stages.retain(|s| s.id != "st-delivery");
    });
    let result = merged(&base(), &ours, &theirs);
    let stages: Vec<&str> = result.map.stages.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(stages, ["st-search", "st-buy", "st-delivery"]);
    assert_eq!(
        result.conflicts,
        [Conflict::new(
            "st-delivery",
            "",
            ConflictKind::DeletedReferenced,
            Some(FieldValue::List(vec![FieldValue::Text(
                "tp-paczkomat".into()
            )])),
            None,
        )]
    );
    // tp-courier, deleted by theirs and untouched by ours, stays deleted.
    assert_eq!(
        ids(&result.map),
        ["tp-search", "tp-basket", "tp-payment", "tp-paczkomat"]
    );
}

#[test]
fn two_new_primary_personas_keep_ours_primary() {
    let ours = edited(|m| {
        m.personas[0].primary = false;
        m.personas[1].primary = true;
    });
    let theirs = edited(|m| {
        m.personas[0].primary = false;
        m.personas.push(cjm::model::Persona {
            id: Id::new("pe-ewa"),
            name: "Ewa".into(),
            primary: true,
            ..Default::default()
        });
    });
    let result = merged(&base(), &ours, &theirs);
    let primaries: Vec<&str> = result
        .map
        .personas
        .iter()
        .filter(|p| p.primary)
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(primaries, ["pe-oleg"]);
    assert_eq!(result.conflicts.len(), 1);
    assert_eq!(
        (
            result.conflicts[0].item.as_str(),
            result.conflicts[0].field.as_str()
        ),
        ("pe-ewa", "primary")
    );
}

#[test]
fn comments_merge_and_new_items_bring_their_own() {
    let ours = edited(|m| {
        tp_mut(m, "tp-search").comments.above = vec!["# Ours: checked in March".into()];
    });
    let theirs = edited(|m| {
        tp_mut(m, "tp-search").comments.above = vec!["# Theirs: rewritten".into()];
        tp_mut(m, "tp-search").emotion = emotion(2);
        let mut t = new_touchpoint(m, "st-buy", "Czat");
        t.comments.above = vec!["# Added by the service team".into()];
        m.touchpoints.push(t.into());
    });
    let result = merged(&base(), &ours, &theirs);
    assert!(result.conflicts.is_empty());
    let search = tp(&result.map, "tp-search");
    // Both sides rewrote the same comment: both texts are kept, ours first.
    assert_eq!(
        search.comments.above,
        ["# Ours: checked in March", "# Theirs: rewritten"]
    );
    assert_eq!(search.emotion, emotion(2));
    assert_eq!(
        tp(&result.map, "tp-czat").comments.above,
        ["# Added by the service team"]
    );
}

#[test]
fn unresolved_conflicts_are_carried_and_resolved_ones_dropped() {
    let ours = edited(|m| m.title = "A".into());
    let theirs = edited(|m| m.title = "B".into());
    let first = merged(&base(), &ours, &theirs).map;
    // Theirs resolves the conflict on a later branch; ours only edits elsewhere.
    let mut later_theirs = first.clone();
    later_theirs.title = "B".into();
    later_theirs.conflicts.clear();
    let mut later_ours = first.clone();
    tp_mut(&mut later_ours, "tp-basket").emotion = emotion(1);
    let result = merged(&first, &later_ours, &later_theirs);
    assert!(result.map.conflicts.is_empty());
    assert_eq!(result.map.title, "B");
    // Nobody resolved it: it stays.
    let result = merged(&first, &later_ours, &first);
    assert_eq!(result.map.conflicts.len(), 1);
    assert!(result.conflicts.is_empty(), "no new conflict");
}

#[test]
fn merging_with_an_unchanged_side_gives_the_other_side() {
    let x = edited(|m| {
        m.touchpoints.swap(0, 3);
        m.opportunities.remove(1);
        tp_mut(m, "tp-basket")
            .pain_points
            .push("Za dużo kroków".into());
        let t = new_touchpoint(m, "st-search", "Porównywarka cen");
        m.touchpoints.insert(1, t.into());
    });
    assert_eq!(merged(&base(), &x, &base()).map, x);
    assert_eq!(merged(&base(), &base(), &x).map, x);
}

// ---------------------------------------------------------------------------
// Conflicts in the file: written at the end, read strictly, resolved exactly.

fn conflicted() -> Map {
    let ours = edited(|m| {
        tp_mut(m, "tp-payment").emotion = emotion(0);
        m.metrics[0].readings[0].value = 31.0;
        m.metrics[0].readings.push(Reading {
            date: date(2026, 2, 28),
            value: 32.25,
        });
        m.metrics[0].baseline = Some(30.0);
        m.touchpoints.retain(|t| t.id != "tp-courier");
        m.stages[2].description = "Kurier albo paczkomat".into();
    });
    let theirs = edited(|m| {
        tp_mut(m, "tp-payment").emotion = emotion(2);
        m.metrics[0].readings[0].value = 30.0;
        m.metrics[0].baseline = Some(29.0);
        tp_mut(m, "tp-courier").feeling = "Ulga".into();
        m.stages[2].description = "Do drzwi".into();
    });
    merged(&base(), &ours, &theirs).map
}

#[test]
fn conflicts_are_written_at_the_end_and_read_back_exactly() -> TestResult {
    let map = conflicted();
    let text = format::to_toml(&map);
    let tail = &text[text.find("[[conflicts]]").ok_or("no [[conflicts]]")?..];
    insta::assert_snapshot!("conflicts_at_the_end_of_the_file", tail);
    let back = format::parse(&text).map_err(|d| format!("{d:?}"))?;
    assert_eq!(back, map);
    assert_eq!(format::to_toml(&back), text, "not byte-identical");
    // A map without conflicts has no trace of them.
    assert!(!format::to_toml(&base()).contains("conflicts"));
    assert_eq!(format::to_toml(&base()), BASE);
    Ok(())
}

#[test]
fn conflicts_keep_their_comments() -> TestResult {
    let text = format::to_toml(&conflicted()).replacen(
        "[[conflicts]]",
        "# Ask Zofia before deciding.\n[[conflicts]]",
        1,
    );
    let map = format::parse(&text).map_err(|d| format!("{d:?}"))?;
    assert_eq!(
        map.conflicts[0].comments.above,
        ["# Ask Zofia before deciding."]
    );
    assert_eq!(format::to_toml(&map), text);
    Ok(())
}

#[test]
fn conflicts_are_exported_to_json() -> TestResult {
    let json = serde_json::to_value(conflicted())?;
    let conflicts = json["conflicts"].as_array().ok_or("no conflicts")?;
    assert_eq!(conflicts[1]["item"], "tp-payment");
    assert_eq!(conflicts[1]["field"], "emotion");
    assert_eq!(conflicts[1]["kind"], "both-changed");
    assert_eq!(conflicts[1]["ours"], 0);
    assert_eq!(conflicts[1]["theirs"], 2);
    // A deleted-edited conflict: no field, no value for the side that deleted.
    assert_eq!(conflicts[2]["item"], "tp-courier");
    assert!(conflicts[2].get("field").is_none() && conflicts[2].get("ours").is_none());
    assert_eq!(conflicts[2]["theirs"], serde_json::json!(["feeling"]));
    assert_eq!(
        conflicts[4]["theirs"],
        serde_json::json!([{ "date": "2026-01-31", "value": 30.0 }])
    );
    assert!(serde_json::to_value(base())?.get("conflicts").is_none());
    Ok(())
}

/// The first diagnostic of loading `base + extra`, as `line:column: message`.
fn first_error(extra: &str) -> String {
    let text = format!("{BASE}\n{extra}");
    match format::parse(&text) {
        Ok(_) => panic!("loaded, but should not:\n{extra}"),
        Err(diagnostics) => {
            let d = &diagnostics[0];
            let at = d.span.as_ref().map_or(0, |s| s.start);
            let pos = format::Position::of(&text, at);
            format!("{}:{}: {}", pos.line, pos.column, d.message)
        }
    }
}

#[test]
fn broken_conflict_tables_are_reported_with_their_position() {
    let end = BASE.lines().count() + 2;
    assert_eq!(
        first_error("[[conflicts]]\nitem = \"tp-x\"\nfield = \"name\"\nkind = \"both-changed\"\n"),
        format!(
            "{}:8: conflict #1: this conflict is about an item the map does not have: no item has the id `tp-x`",
            end + 1
        )
    );
    assert_eq!(
        first_error(
            "[[conflicts]]\nitem = \"tp-basket\"\nfield = \"emoton\"\nkind = \"both-changed\"\n"
        ),
        format!(
            "{}:9: conflict #1: `emoton` is not a field of touchpoint `tp-basket`",
            end + 2
        )
    );
    assert_eq!(
        first_error(
            "[[conflicts]]\nitem = \"tp-basket\"\nfield = \"emotion\"\nkind = \"both-changed\"\ntheirs = 5\n"
        ),
        format!(
            "{}:10: conflict #1: this value does not fit: `emotion` takes a whole number from -2 to 2",
            end + 4
        )
    );
    assert_eq!(
        first_error(
            "[[conflicts]]\nitem = \"map\"\nfield = \"title\"\nkind = \"both-changed\"\nmine = 1\n"
        ),
        format!("{}:1: unknown key `mine` in conflict #1", end + 4)
    );
    assert_eq!(
        first_error("[[conflicts]]\nitem = \"map\"\nfield = \"title\"\nkind = \"both\"\n"),
        format!(
            "{}:8: `kind` is \"both\", which is not a known kind of conflict",
            end + 3
        )
    );
    assert_eq!(
        first_error(
            "[[conflicts]]\nitem = \"tp-basket\"\nkind = \"deleted-edited\"\nours = [\"name\"]\ntheirs = [\"name\"]\n"
        ),
        format!(
            "{}:8: conflict #1: a deleted-edited conflict has a value on exactly one side: the side that kept the item",
            end + 3
        )
    );
    assert_eq!(
        first_error(
            "[[conflicts]]\nitem = \"team:Nobody\"\nfield = \"role\"\nkind = \"both-changed\"\n"
        ),
        format!(
            "{}:8: conflict #1: this conflict is about an item the map does not have: no team member is called \"Nobody\"",
            end + 1
        )
    );
}

#[test]
fn resolving_takes_either_side_exactly() -> TestResult {
    let mut map = conflicted();
    let kinds: Vec<(String, String)> = map
        .conflicts
        .iter()
        .map(|c| (c.item.clone(), c.field.clone()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("st-delivery".to_owned(), "description".to_owned()),
            ("tp-payment".to_owned(), "emotion".to_owned()),
            ("tp-courier".to_owned(), String::new()),
            ("me-conversion".to_owned(), "baseline".to_owned()),
            ("me-conversion".to_owned(), "readings".to_owned()),
        ]
    );
    // Theirs for the emotion: their value lands in the field.
    merge::resolve(&mut map, 1, Side::Theirs)?;
    assert_eq!(tp(&map, "tp-payment").emotion, emotion(2));
    // Theirs for the readings: their list exactly.
    merge::resolve(&mut map, 3, Side::Theirs)?;
    assert_eq!(
        map.metrics[0].readings,
        [Reading {
            date: date(2026, 1, 31),
            value: 30.0
        }]
    );
    // Ours deleted tp-courier: taking ours deletes it.
    merge::resolve(&mut map, 1, Side::Ours)?;
    assert!(map.touchpoints.iter().all(|t| t.id != "tp-courier"));
    // Ours for the rest: nothing changes but the list of conflicts.
    let before = map.stages.clone();
    merge::resolve(&mut map, 0, Side::Ours)?;
    merge::resolve(&mut map, 0, Side::Ours)?;
    assert_eq!(map.stages, before);
    assert_eq!(map.metrics[0].baseline, Some(30.0));
    assert!(map.conflicts.is_empty());
    assert_eq!(
        merge::resolve(&mut map, 0, Side::Ours),
        Err(merge::ResolveError::NoSuchConflict(0))
    );
    Ok(())
}

#[test]
fn resolving_refuses_to_break_references() {
    let ours = edited(|m| {
        let t = new_touchpoint(m, "st-delivery", "Paczkomat");
        m.touchpoints.push(t.into());
    });
    let theirs = edited(|m| {
        m.touchpoints.retain(|t| t.stage != "st-delivery");
        m.stages.retain(|s| s.id != "st-delivery");
    });
    let mut map = merged(&base(), &ours, &theirs).map;
    let before = map.clone();
    let err = merge::resolve(&mut map, 0, Side::Theirs);
    assert!(
        matches!(err, Err(merge::ResolveError::Invalid(_))),
        "{err:?}"
    );
    assert_eq!(map, before, "a refused resolution changes nothing");
}

#[test]
fn conflict_messages_say_what_and_which_side() {
    let messages = merge::conflict_messages(&conflicted());
    assert_eq!(
        messages,
        [
            "stage `st-delivery`: `description` was changed on both sides: ours \"Kurier albo paczkomat\" (in the map now), theirs \"Do drzwi\"",
            "touchpoint `tp-payment`: `emotion` was changed on both sides: ours 0 (in the map now), theirs 2",
            "touchpoint `tp-courier` was deleted by ours but changed by theirs (feeling); the map keeps the changed item",
            "metric `me-conversion`: `baseline` was changed on both sides: ours 30 (in the map now), theirs 29",
            "metric `me-conversion`: `readings` was changed on both sides: ours [{ date = 2026-01-31, value = 31 }, { date = 2026-02-28, value = 32.25 }] (in the map now), theirs [{ date = 2026-01-31, value = 30 }]",
        ]
    );
}

// ---------------------------------------------------------------------------
// `cjm merge` and `cjm check` through the binary.

#[test]
fn cjm_merge_writes_over_ours_and_exits_by_outcome() -> TestResult {
    let dir = tempfile::tempdir()?;
    let write = |name: &str, map: &Map| fs::write(dir.path().join(name), format::to_toml(map));
    write("base.toml", &base())?;
    write(
        "ours.toml",
        &edited(|m| tp_mut(m, "tp-basket").emotion = emotion(1)),
    )?;
    write("theirs.toml", &edited(|m| m.owner = "Zofia".into()))?;
    let out = cjm(
        dir.path(),
        &["merge", "base.toml", "ours.toml", "theirs.toml"],
    )?;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr), "cjm merge: merged cleanly\n");
    let result = format::load_file(&dir.path().join("ours.toml"))?.map;
    assert_eq!(result.owner, "Zofia");
    assert_eq!(tp(&result, "tp-basket").emotion, emotion(1));

    write(
        "theirs.toml",
        &edited(|m| tp_mut(m, "tp-basket").emotion = emotion(-2)),
    )?;
    write(
        "ours.toml",
        &edited(|m| tp_mut(m, "tp-basket").emotion = emotion(1)),
    )?;
    let out = cjm(
        dir.path(),
        &["merge", "base.toml", "ours.toml", "theirs.toml"],
    )?;
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        "cjm merge: 1 conflict: our values are kept and theirs recorded in [[conflicts]] at the end of the file; `cjm check` lists them\n"
    );
    let check = cjm(dir.path(), &["check", "ours.toml"])?;
    assert_eq!(check.status.code(), Some(1));
    assert!(text(&check.stderr).contains(
        "ours.toml: error: unresolved merge conflict: touchpoint `tp-basket`: `emotion` was changed on both sides: ours 1 (in the map now), theirs -2\n"
    ));
    assert!(text(&check.stderr).contains("delete its [[conflicts]] table"));
    Ok(())
}

#[test]
fn cjm_merge_writes_a_line_merge_when_an_input_is_broken() -> TestResult {
    let dir = tempfile::tempdir()?;
    fs::write(dir.path().join("base.toml"), BASE)?;
    let ours = format::to_toml(&edited(|m| m.owner = "Zofia".into()));
    fs::write(dir.path().join("ours.toml"), &ours)?;
    let theirs = BASE.replace("emotion = 1", "emotion = 7");
    fs::write(dir.path().join("theirs.toml"), &theirs)?;
    let out = cjm(
        dir.path(),
        &[
            "merge",
            "base.toml",
            "ours.toml",
            "theirs.toml",
            "--path",
            "maps/shop.toml",
        ],
    )?;
    // Never a clean-looking OURS: git must see a conflict.
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("maps/shop.toml (theirs):"), "{stderr}");
    assert!(!stderr.contains("theirs.toml"), "{stderr}");
    assert!(stderr.contains("`emotion` is 7, but it must be a whole number from -2 to 2"));
    assert!(
        stderr.contains("theirs is not a valid map (see above)"),
        "{stderr}"
    );
    // Both sides' changes are in the file: ours' owner and theirs' emotion.
    let written = fs::read_to_string(dir.path().join("ours.toml"))?;
    assert!(written.contains("owner = \"Zofia\""), "{written}");
    assert!(written.contains("emotion = 7"), "{written}");
    let check = cjm(dir.path(), &["check", "ours.toml"])?;
    assert_eq!(check.status.code(), Some(2));

    // Without --path, each version is named by its own file.
    fs::write(dir.path().join("ours.toml"), &ours)?;
    let out = cjm(
        dir.path(),
        &["merge", "base.toml", "ours.toml", "theirs.toml"],
    )?;
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("theirs.toml (theirs):"));

    // An input that cannot be read at all: exit 2, OURS unchanged.
    fs::write(dir.path().join("ours.toml"), &ours)?;
    let missing = cjm(
        dir.path(),
        &["merge", "base.toml", "ours.toml", "gone.toml"],
    )?;
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing.stderr).contains("the file still holds only ours"));
    assert_eq!(fs::read_to_string(dir.path().join("ours.toml"))?, ours);
    Ok(())
}

// ---------------------------------------------------------------------------
// `cjm merge` as git's merge driver.

/// A temporary git repository whose `map.toml` is merged by cjm.
struct Repo {
    dir: tempfile::TempDir,
}

impl Repo {
    fn new() -> Result<Repo, Box<dyn std::error::Error>> {
        let repo = Repo {
            dir: tempfile::tempdir()?,
        };
        // Keep the tester's own git settings out of the way.
        fs::write(repo.path("gitconfig"), "")?;
        repo.git(&["init", "-q", "-b", "main"])?;
        repo.git(&["config", "user.name", "Test Runner"])?;
        repo.git(&["config", "user.email", "runner@example.com"])?;
        repo.git(&["config", "commit.gpgsign", "false"])?;
        repo.git(&["config", "merge.cjm.name", "cjm journey map merge"])?;
        let driver = format!("'{}' merge %O %A %B", env!("CARGO_BIN_EXE_cjm"));
        repo.git(&["config", "merge.cjm.driver", &driver])?;
        fs::write(repo.path(".gitattributes"), "*.toml merge=cjm\n")?;
        fs::write(repo.path("map.toml"), BASE)?;
        repo.git(&["add", ".gitattributes", "map.toml"])?;
        repo.git(&["commit", "-q", "-m", "base map"])?;
        Ok(repo)
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn run_git(&self, args: &[&str]) -> std::io::Result<Output> {
        Command::new("git")
            .current_dir(self.dir.path())
            .env("GIT_CONFIG_GLOBAL", self.path("gitconfig"))
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("NO_COLOR", "1")
            .args(args)
            .output()
    }

    fn git(&self, args: &[&str]) -> Result<(), Box<dyn std::error::Error>> {
        let out = self.run_git(args)?;
        if !out.status.success() {
            return Err(format!("git {args:?} failed: {}", text(&out.stderr)).into());
        }
        Ok(())
    }

    /// Commits an edit of `map.toml` on a new branch made from `main`.
    fn branch(&self, name: &str, edit: impl FnOnce(&mut Map)) -> TestResult {
        self.git(&["checkout", "-q", "-b", name, "main"])?;
        let mut map = format::load_file(&self.path("map.toml"))?.map;
        edit(&mut map);
        assert_eq!(validate(&map), [], "a test edit made an invalid map");
        format::save_file(&self.path("map.toml"), &map)?;
        self.git(&["commit", "-q", "-am", name])?;
        Ok(())
    }

    /// Checks out `ours` and merges `theirs` into it.
    fn merge(&self) -> std::io::Result<Output> {
        self.run_git(&["checkout", "-q", "ours"])?;
        self.run_git(&["merge", "--no-edit", "theirs"])
    }
}

/// What a merge of two branches of the base map gave.
struct Outcome {
    git: Output,
    map: Map,
    check: Output,
}

/// Makes branch `ours` with one edit and `theirs` with another, merges them with git.
fn git_merge(
    ours: impl FnOnce(&mut Map),
    theirs: impl FnOnce(&mut Map),
) -> Result<Outcome, Box<dyn std::error::Error>> {
    let repo = Repo::new()?;
    repo.branch("ours", ours)?;
    repo.branch("theirs", theirs)?;
    let git = repo.merge()?;
    let map = format::load_file(&repo.path("map.toml"))?.map;
    let check = cjm(repo.dir.path(), &["check", "map.toml"])?;
    Ok(Outcome { git, map, check })
}

fn clean(outcome: &Outcome) {
    assert!(
        outcome.git.status.success(),
        "git merge failed:\n{}{}",
        text(&outcome.git.stdout),
        text(&outcome.git.stderr)
    );
    assert!(outcome.map.conflicts.is_empty());
    assert_eq!(
        outcome.check.status.code(),
        Some(0),
        "{}",
        text(&outcome.check.stderr)
    );
}

fn conflicted_merge(outcome: &Outcome, expected: &str) {
    assert!(
        !outcome.git.status.success(),
        "git merge should report a conflict"
    );
    assert!(
        text(&outcome.git.stdout).contains("CONFLICT"),
        "{}",
        text(&outcome.git.stdout)
    );
    assert_eq!(outcome.check.status.code(), Some(1));
    let stderr = text(&outcome.check.stderr);
    assert!(
        stderr.contains(&format!(
            "map.toml: error: unresolved merge conflict: {expected}\n"
        )),
        "{stderr}"
    );
}

/// Clean 1: different touchpoints edited.
#[test]
fn git_different_touchpoints() -> TestResult {
    let o = git_merge(
        |m| tp_mut(m, "tp-search").emotion = emotion(1),
        |m| tp_mut(m, "tp-courier").thinking = "Czy zdążę odebrać?".into(),
    )?;
    clean(&o);
    assert_eq!(tp(&o.map, "tp-search").emotion, emotion(1));
    assert_eq!(tp(&o.map, "tp-courier").thinking, "Czy zdążę odebrać?");
    Ok(())
}

/// Clean 2: one touchpoint, different fields.
#[test]
fn git_same_touchpoint_different_fields() -> TestResult {
    let o = git_merge(
        |m| tp_mut(m, "tp-payment").feeling = "Zniecierpliwienie".into(),
        |m| tp_mut(m, "tp-payment").moment_of_truth = true,
    )?;
    clean(&o);
    let t = tp(&o.map, "tp-payment");
    assert_eq!(
        (t.feeling.as_str(), t.moment_of_truth),
        ("Zniecierpliwienie", true)
    );
    Ok(())
}

/// Clean 3: both add touchpoints.
#[test]
fn git_both_add_touchpoints() -> TestResult {
    let o = git_merge(
        |m| {
            let t = new_touchpoint(m, "st-buy", "Faktura");
            insert_after(m, "tp-payment", t);
        },
        |m| {
            let t = new_touchpoint(m, "st-delivery", "Zwrot 📦");
            m.touchpoints.push(t.into());
        },
    )?;
    clean(&o);
    assert_eq!(
        ids(&o.map),
        [
            "tp-search",
            "tp-basket",
            "tp-payment",
            "tp-faktura",
            "tp-courier",
            "tp-zwrot-package"
        ]
    );
    Ok(())
}

/// Clean 4: one renames a touchpoint, the other edits its emotion.
#[test]
fn git_rename_and_emotion() -> TestResult {
    let o = git_merge(
        |m| tp_mut(m, "tp-basket").name = "Koszyk i kod rabatowy".into(),
        |m| tp_mut(m, "tp-basket").emotion = emotion(-2),
    )?;
    clean(&o);
    let t = tp(&o.map, "tp-basket");
    assert_eq!(
        (t.name.as_str(), t.emotion),
        ("Koszyk i kod rabatowy", emotion(-2))
    );
    Ok(())
}

/// Clean 5: one reorders stages and touchpoints, the other edits.
#[test]
fn git_reorder_and_edit() -> TestResult {
    let o = git_merge(
        |m| {
            m.stages.swap(0, 1);
            m.touchpoints.swap(0, 1);
        },
        |m| m.stages[0].customer_goal = "Znaleźć książkę".into(),
    )?;
    clean(&o);
    let stages: Vec<&str> = o.map.stages.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(stages, ["st-buy", "st-search", "st-delivery"]);
    assert_eq!(o.map.stages[1].customer_goal, "Znaleźć książkę");
    assert_eq!(ids(&o.map)[..2], ["tp-basket", "tp-search"]);
    Ok(())
}

/// Clean 6: one moves a touchpoint to another stage, the other renames it.
#[test]
fn git_move_and_rename() -> TestResult {
    let o = git_merge(
        |m| {
            let t = tp_mut(m, "tp-courier");
            t.stage = Id::new("st-buy");
        },
        |m| tp_mut(m, "tp-courier").name = "Kurier DPD".into(),
    )?;
    clean(&o);
    let t = tp(&o.map, "tp-courier");
    assert_eq!(
        (t.stage.as_str(), t.name.as_str()),
        ("st-buy", "Kurier DPD")
    );
    Ok(())
}

/// Clean 7: both add pain points to one touchpoint.
#[test]
fn git_both_add_pain_points() -> TestResult {
    let o = git_merge(
        |m| {
            tp_mut(m, "tp-payment")
                .pain_points
                .push("Brak Apple Pay".into())
        },
        |m| {
            tp_mut(m, "tp-payment")
                .pain_points
                .push("Błąd 500 po płatności".into())
        },
    )?;
    clean(&o);
    assert_eq!(
        tp(&o.map, "tp-payment").pain_points,
        [
            "Kod BLIK wygasa zbyt szybko",
            "Brak Apple Pay",
            "Błąd 500 po płatności"
        ]
    );
    Ok(())
}

/// Clean 8: both add team members.
#[test]
fn git_both_add_team_members() -> TestResult {
    let o = git_merge(
        |m| m.team.push(Participant::new("Ewa Lis")),
        |m| m.team.push(Participant::new("Олег Петров")),
    )?;
    clean(&o);
    let names: Vec<&str> = o.map.team.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names[2..], ["Ewa Lis", "Олег Петров"]);
    Ok(())
}

/// Clean 9: one adds a metric reading, the other changes the target.
#[test]
fn git_reading_and_target() -> TestResult {
    let o = git_merge(
        |m| {
            m.metrics[0].readings.push(Reading {
                date: date(2026, 2, 28),
                value: 33.4,
            })
        },
        |m| m.metrics[0].target = Some(45.0),
    )?;
    clean(&o);
    assert_eq!(o.map.metrics[0].readings.len(), 2);
    assert_eq!(o.map.metrics[0].target, Some(45.0));
    Ok(())
}

/// Clean 10: one deletes an opportunity the other did not touch.
#[test]
fn git_delete_untouched_opportunity() -> TestResult {
    let o = git_merge(
        |m| m.opportunities.retain(|o| o.id != "op-old-idea"),
        |m| m.opportunities[0].votes = 7,
    )?;
    clean(&o);
    let ids: Vec<&str> = o.map.opportunities.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["op-typo-search"]);
    assert_eq!(o.map.opportunities[0].votes, 7);
    Ok(())
}

/// Clean 11: both add opportunities and parking-lot ideas, and both make the same edit.
#[test]
fn git_both_add_opportunities_and_same_edit() -> TestResult {
    let o = git_merge(
        |m| {
            m.opportunities
                .push(Opportunity::new(Id::new("op-blik-timer"), "Dłuższy kod BLIK").into());
            m.parking_lot.push("Aplikacja mobilna".into());
            tp_mut(m, "tp-basket").emotion = emotion(0);
        },
        |m| {
            m.opportunities
                .push(Opportunity::new(Id::new("op-parcel-lockers"), "Paczkomaty").into());
            m.parking_lot.push("Program partnerski".into());
            tp_mut(m, "tp-basket").emotion = emotion(0);
        },
    )?;
    clean(&o);
    let ids: Vec<&str> = o.map.opportunities.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "op-typo-search",
            "op-old-idea",
            "op-blik-timer",
            "op-parcel-lockers"
        ]
    );
    assert_eq!(
        o.map.parking_lot,
        [
            "Karta lojalnościowa",
            "Aplikacja mobilna",
            "Program partnerski"
        ]
    );
    Ok(())
}

/// Conflict 1: both change one touchpoint's emotion differently.
#[test]
fn git_conflict_both_change_emotion() -> TestResult {
    let o = git_merge(
        |m| tp_mut(m, "tp-payment").emotion = emotion(1),
        |m| tp_mut(m, "tp-payment").emotion = emotion(-2),
    )?;
    conflicted_merge(
        &o,
        "touchpoint `tp-payment`: `emotion` was changed on both sides: ours 1 (in the map now), theirs -2",
    );
    assert_eq!(tp(&o.map, "tp-payment").emotion, emotion(1));
    assert_eq!(o.map.conflicts.len(), 1);
    Ok(())
}

/// Conflict 2: one deletes a touchpoint the other edited.
#[test]
fn git_conflict_delete_and_edit() -> TestResult {
    let o = git_merge(
        |m| tp_mut(m, "tp-courier").emotion = emotion(-1),
        |m| m.touchpoints.retain(|t| t.id != "tp-courier"),
    )?;
    conflicted_merge(
        &o,
        "touchpoint `tp-courier` was deleted by theirs but changed by ours (emotion); the map keeps the changed item",
    );
    assert_eq!(tp(&o.map, "tp-courier").emotion, emotion(-1));
    Ok(())
}

/// Conflict 3: both change the title.
#[test]
fn git_conflict_both_change_title() -> TestResult {
    let o = git_merge(
        |m| m.title = "Księgarnia online".into(),
        |m| m.title = "Bookshop – first order".into(),
    )?;
    conflicted_merge(
        &o,
        "the map: `title` was changed on both sides: ours \"Księgarnia online\" (in the map now), theirs \"Bookshop – first order\"",
    );
    assert_eq!(o.map.title, "Księgarnia online");
    Ok(())
}

/// Conflict 4: one deletes a stage the other added a touchpoint to.
#[test]
fn git_conflict_deleted_stage_in_use() -> TestResult {
    let o = git_merge(
        |m| {
            m.touchpoints.retain(|t| t.stage != "st-delivery");
            m.stages.retain(|s| s.id != "st-delivery");
        },
        |m| {
            let t = new_touchpoint(m, "st-delivery", "Paczkomat");
            m.touchpoints.push(t.into());
        },
    )?;
    conflicted_merge(
        &o,
        "stage `st-delivery` was deleted by ours, but theirs still refers to it from tp-paczkomat; the map keeps it",
    );
    assert!(o.map.stage("st-delivery").is_some());
    Ok(())
}

// ---------------------------------------------------------------------------
// Properties: merging with an unchanged side gives the other side; every
// merge of valid edits is a valid map that loads back.

/// One random edit of a map, kept valid the way the app keeps it.
#[derive(Clone, Debug)]
enum Edit {
    Emotion(usize, i64),
    Rename(usize, &'static str),
    AddTouchpoint(usize, &'static str),
    DeleteTouchpoint(usize),
    Move(usize, usize),
    Swap(usize, usize),
    AddPain(usize, &'static str),
    DropPain(usize),
    AddMember(&'static str),
    DeleteMember(usize),
    Title(&'static str),
    AddReading(i8, i64),
    Target(i64),
    Primary(usize),
    DeleteOpportunity(usize),
    AddOpportunity(&'static str, usize),
    AddStage(&'static str),
    DeleteStage(usize),
}

const WORDS: &[&str] = &[
    "Czat",
    "Zwrot",
    "Доставка",
    "配達",
    "Kasa 💳",
    "Paczkomat",
    "Faktura",
];

fn edit_strategy() -> impl Strategy<Value = Edit> {
    let word = || prop::sample::select(WORDS);
    prop_oneof![
        (0..8usize, -2..=2i64).prop_map(|(i, e)| Edit::Emotion(i, e)),
        (0..8usize, word()).prop_map(|(i, w)| Edit::Rename(i, w)),
        (0..4usize, word()).prop_map(|(s, w)| Edit::AddTouchpoint(s, w)),
        (0..8usize).prop_map(Edit::DeleteTouchpoint),
        (0..8usize, 0..4usize).prop_map(|(i, s)| Edit::Move(i, s)),
        (0..8usize, 0..8usize).prop_map(|(i, j)| Edit::Swap(i, j)),
        (0..8usize, word()).prop_map(|(i, w)| Edit::AddPain(i, w)),
        (0..8usize).prop_map(Edit::DropPain),
        word().prop_map(Edit::AddMember),
        (0..4usize).prop_map(Edit::DeleteMember),
        word().prop_map(Edit::Title),
        (1..28i8, 0..100i64).prop_map(|(d, v)| Edit::AddReading(d, v)),
        (0..100i64).prop_map(Edit::Target),
        (0..3usize).prop_map(Edit::Primary),
        (0..3usize).prop_map(Edit::DeleteOpportunity),
        (word(), 0..8usize).prop_map(|(w, t)| Edit::AddOpportunity(w, t)),
        word().prop_map(Edit::AddStage),
        (0..4usize).prop_map(Edit::DeleteStage),
    ]
}

fn apply(map: &mut Map, edit: &Edit) {
    let n = map.touchpoints.len();
    let stages = map.stages.len();
    match *edit {
        Edit::Emotion(i, e) if n > 0 => map.touchpoints[i % n].emotion = Emotion::new(e),
        Edit::Rename(i, w) if n > 0 => map.touchpoints[i % n].name = w.into(),
        Edit::AddTouchpoint(s, w) if stages > 0 => {
            let stage = map.stages[s % stages].id.as_str().to_owned();
            let t = new_touchpoint(map, &stage, w);
            map.touchpoints.push(t.into());
        }
        Edit::DeleteTouchpoint(i) if n > 0 => {
            let id = map.touchpoints.remove(i % n).id.clone();
            for o in &mut map.opportunities {
                o.touchpoints.retain(|t| *t != id);
            }
            for m in &mut map.metrics {
                m.links.retain(|l| *l != id);
            }
        }
        Edit::Move(i, s) if n > 0 && stages > 0 => {
            map.touchpoints[i % n].stage = map.stages[s % stages].id.clone();
        }
        Edit::Swap(i, j) if n > 0 => map.touchpoints.swap(i % n, j % n),
        Edit::AddPain(i, w) if n > 0 => map.touchpoints[i % n].pain_points.push(w.into()),
        Edit::DropPain(i) if n > 0 => {
            map.touchpoints[i % n].pain_points.pop();
        }
        Edit::AddMember(w) => map.team.push(Participant::new(w)),
        Edit::DeleteMember(i) if !map.team.is_empty() => {
            let len = map.team.len();
            map.team.remove(i % len);
        }
        Edit::Title(w) => map.title = w.into(),
        Edit::AddReading(d, v) if !map.metrics.is_empty() => {
            map.metrics[0].readings.push(Reading {
                date: date(2026, 4, d),
                value: v as f64,
            })
        }
        Edit::Target(v) if !map.metrics.is_empty() => map.metrics[0].target = Some(v as f64 / 2.0),
        Edit::Primary(i) => {
            let len = map.personas.len();
            for (k, p) in map.personas.iter_mut().enumerate() {
                p.primary = k == i % len.max(1);
            }
        }
        Edit::DeleteOpportunity(i) if !map.opportunities.is_empty() => {
            let len = map.opportunities.len();
            let id = map.opportunities.remove(i % len).id.clone();
            for m in &mut map.metrics {
                m.links.retain(|l| *l != id);
            }
        }
        Edit::AddOpportunity(w, t) => {
            let id = map.new_id(IdKind::Opportunity, w);
            let mut o = Opportunity::new(id, w);
            if n > 0 {
                o.touchpoints.push(map.touchpoints[t % n].id.clone());
            }
            map.opportunities.push(o.into());
        }
        Edit::AddStage(w) => {
            let id = map.new_id(IdKind::Stage, w);
            map.stages.push(cjm::model::Stage {
                id,
                name: w.into(),
                ..Default::default()
            });
        }
        Edit::DeleteStage(i) if stages > 0 => {
            let id = map.stages[i % stages].id.clone();
            if map.touchpoints.iter().all(|t| t.stage != id) {
                map.stages.retain(|s| s.id != id);
                for o in &mut map.opportunities {
                    if o.stage.as_ref() == Some(&id) {
                        o.stage = None;
                    }
                }
                for m in &mut map.metrics {
                    m.links.retain(|l| *l != id);
                }
            }
        }
        _ => {}
    }
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    prop::collection::vec(edit_strategy(), 0..8)
}

fn with(edits: &[Edit]) -> Map {
    let mut map = base();
    for e in edits {
        apply(&mut map, e);
    }
    map
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn an_unchanged_side_gives_the_other_side(x in edits()) {
        let (base, x) = (base(), with(&x));
        prop_assert_eq!(validate(&x), []);
        let ours_only = merge(&base, &x, &base);
        prop_assert!(ours_only.conflicts.is_empty());
        prop_assert_eq!(&ours_only.map, &x);
        let theirs_only = merge(&base, &base, &x);
        prop_assert!(theirs_only.conflicts.is_empty());
        prop_assert_eq!(&theirs_only.map, &x);
        let same = merge(&base, &x, &x);
        prop_assert!(same.conflicts.is_empty());
        prop_assert_eq!(&same.map, &x);
    }

    #[test]
    fn every_merge_is_a_valid_map_that_loads_back(x in edits(), y in edits()) {
        let (base, x, y) = (base(), with(&x), with(&y));
        let result = merge(&base, &x, &y);
        prop_assert_eq!(validate(&result.map), []);
        let text = format::to_toml(&result.map);
        match format::parse(&text) {
            Ok(back) => prop_assert_eq!(back, result.map),
            Err(d) => prop_assert!(false, "does not load: {:?}\n{}", d, text),
        }
    }
}

#[test]
fn same_id_and_team_name_conflicts_resolve_either_way() -> TestResult {
    let klarna = |stage: &str, doing: &str| Touchpoint {
        id: Id::new("tp-klarna"),
        stage: Id::new(stage),
        name: "Klarna".into(),
        doing: doing.into(),
        ..Touchpoint::default()
    };
    let ours = edited(|m| {
        m.touchpoints.push(klarna("st-buy", "Pays later").into());
        m.team[0].name = "Zofia Kowalska".into();
    });
    let theirs = edited(|m| {
        m.touchpoints
            .push(klarna("st-delivery", "Tracks the parcel").into());
        m.team[0].name = "Zofia Nowak-Lis".into();
    });
    let result = merged(&base(), &ours, &theirs);
    assert_eq!(result.notes.len(), 1, "{:?}", result.notes);
    let kinds: Vec<(&str, &str, ConflictKind)> = result
        .map
        .conflicts
        .iter()
        .map(|c| (c.item.as_str(), c.field.as_str(), c.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            ("tp-klarna-2", "", ConflictKind::SameId),
            ("team:Zofia Kowalska", "name", ConflictKind::BothChanged),
        ]
    );
    assert_eq!(tp(&result.map, "tp-klarna-2").doing, "Tracks the parcel");

    // Same id: ours deletes their copy, theirs keeps both.
    let mut take_ours = result.map.clone();
    merge::resolve(&mut take_ours, 0, Side::Ours)?;
    assert!(take_ours.touchpoints.iter().all(|t| t.id != "tp-klarna-2"));
    let mut take_theirs = result.map.clone();
    merge::resolve(&mut take_theirs, 0, Side::Theirs)?;
    assert_eq!(tp(&take_theirs, "tp-klarna").doing, "Pays later");
    assert_eq!(tp(&take_theirs, "tp-klarna-2").doing, "Tracks the parcel");

    // Both renamed the member: theirs' name replaces ours.
    let mut renamed = take_theirs.clone();
    merge::resolve(&mut renamed, 0, Side::Theirs)?;
    assert_eq!(renamed.team[0].name, "Zofia Nowak-Lis");
    assert!(renamed.conflicts.is_empty());
    Ok(())
}

/// Two days of colleagues' edits of a generated map, with items both sides
/// added under the same id: the merged file and the notes are what they
/// were before the merge looked ids up in one set and renamed in one pass
/// (`tests/golden/merge-generated.toml`, made then; regenerate with
/// `UPDATE_GOLDEN=1 cargo test --test merge` and read the diff).
#[test]
fn a_generated_merge_matches_its_golden_file() -> TestResult {
    let base = cjm_testdata::generate(1_500, 11);
    let ours = cjm_testdata::revise(&base, 1);
    let theirs = cjm_testdata::revise(&base, 2);
    let merged = merge(&base, &ours, &theirs);
    assert!(
        merged
            .notes
            .iter()
            .any(|n| n.contains("same id") || n.contains("the id")),
        "both sides added items under the same id: {:?}",
        merged.notes
    );
    let actual = format!(
        "# {}\n{}",
        merged.notes.join("\n# "),
        format::to_toml(&merged.map)
    );
    let golden =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/merge-generated.toml");
    if std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| !v.is_empty()) {
        fs::write(&golden, &actual)?;
    }
    let expected = fs::read_to_string(&golden)?;
    assert!(
        actual == expected,
        "the merge of generated maps changed; see {}",
        golden.display()
    );
    Ok(())
}

#[test]
fn both_sides_adding_backstage_actions_to_one_touchpoint_keep_both() {
    use cjm::model::{Action, Department};
    let department = |id: &str, name: &str| Department {
        id: Id::new(id),
        name: name.into(),
        ..Department::default()
    };
    let ours = edited(|m| {
        // Once a map has departments, members name them by id: both
        // sides cleared the old free-text ones.
        m.departments.push(department("dp-logistics", "Logistyka"));
        m.team[0].department = String::new();
        m.team[1].department = String::new();
        tp_mut(m, "tp-courier").backstage.push(Action {
            text: "Magazyn pakuje paczkę".into(),
            department: "dp-logistics".into(),
        });
    });
    let theirs = edited(|m| {
        m.departments.push(department("dp-it", "IT"));
        m.team[0].department = String::new();
        m.team[1].department = String::new();
        let t = tp_mut(m, "tp-courier");
        t.backstage.push(Action {
            text: "System wysyła numer przesyłki".into(),
            department: "dp-it".into(),
        });
        t.wait = Some(cjm::model::Wait::from_minutes(2 * 24 * 60));
    });
    let result = merged(&base(), &ours, &theirs);
    assert_eq!(result.map.conflicts, []);
    let t = tp(&result.map, "tp-courier");
    let texts: Vec<&str> = t.backstage.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(
        texts,
        ["Magazyn pakuje paczkę", "System wysyła numer przesyłki"]
    );
    assert_eq!(t.wait.map(|w| w.to_string()), Some("2d".to_owned()));
    let ids: Vec<&str> = result
        .map
        .departments
        .iter()
        .map(|d| d.id.as_str())
        .collect();
    assert_eq!(ids, ["dp-logistics", "dp-it"]);
    assert!(format::to_toml(&result.map).starts_with("schema = 2\n"));
}
