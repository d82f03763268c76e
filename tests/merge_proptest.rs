//! Random edit scripts (add, delete, rename, move, reorder, comment) on two
//! branches of one map, merged: the result holds every change of both sides
//! that does not conflict, records every one that does, loads back, and
//! `fmt` leaves it as it is.
//!
//! A second base of schema 2 adds the edits only it can hold: departments
//! added, renamed and deleted, touchpoint owners, blueprint actions,
//! waits, fail points and web links.

use std::collections::HashMap;

use cjm::format;
use cjm::merge::merge;
use cjm::model::{
    Action, Conflict, ConflictKind, Department, Emotion, FieldValue, Fields, Id, IdKind, Lane,
    Link, Map, Participant, Touchpoint, Wait, validate,
};
use proptest::prelude::*;

const BASE: &str = r#"schema = 1
title = "Sklep"
kind = "current-state"

[[team]]
name = "Zofia Nowak"
department = "Obsługa"
role = "facilitator"

[[team]]
name = "Piotr Lis"
department = "Logistyka"
role = "participant"

[[stages]]
id = "st-a"
name = "A"

[[stages]]
id = "st-b"
name = "B"

[[stages]]
id = "st-c"
name = "C"

[[stages]]
id = "st-d"
name = "D"

# First contact.
[[touchpoints]]
id = "tp-1"
stage = "st-a"
name = "Jeden"
emotion = 0

[[touchpoints]]
id = "tp-2"
stage = "st-a"
name = "Dwa"

[[touchpoints]]
id = "tp-3"
stage = "st-b"
name = "Trzy"
emotion = -1

[[touchpoints]]
id = "tp-4"
stage = "st-b"
name = "Cztery"

[[touchpoints]]
id = "tp-5"
stage = "st-c"
name = "Pięć"

[[touchpoints]]
id = "tp-6"
stage = "st-d"
name = "Sześć"
"#;

/// A base of schema 2: departments, owners, blueprint lanes, a wait, a
/// fail point and web links.
const BASE_DEPARTMENTS: &str = r#"schema = 2
title = "Sklep"
kind = "service"

[[departments]]
id = "dp-obsluga"
name = "Obsługa klienta"
short_name = "BOK"
aliases = ["Obsługa"]

[[departments]]
id = "dp-logistyka"
name = "Logistyka"

[[departments]]
id = "dp-it"
name = "IT"

[[team]]
id = "tm-zofia"
name = "Zofia Nowak"
department = "dp-obsluga"
role = "facilitator"

[[team]]
id = "tm-piotr"
name = "Piotr Lis"
department = "dp-logistyka"
role = "participant"

[[stages]]
id = "st-a"
name = "A"

[[stages]]
id = "st-b"
name = "B"

[[stages]]
id = "st-c"
name = "C"

[[stages]]
id = "st-d"
name = "D"

[[touchpoints]]
id = "tp-1"
stage = "st-a"
name = "Jeden"
owner = "dp-obsluga"
emotion = 0
frontstage = [
  { text = "Wita klienta", department = "dp-obsluga" },
]
support = [
  { text = "System zamówień", department = "dp-it" },
]

[[touchpoints]]
id = "tp-2"
stage = "st-a"
name = "Dwa"
wait = "15m"

[[touchpoints]]
id = "tp-3"
stage = "st-b"
name = "Trzy"
owner = "dp-logistyka"
backstage = [
  { text = "Pakuje paczkę", department = "dp-logistyka" },
]
fail_point = "Brak towaru"
web_links = [
  { title = "Zgłoszenie", url = "https://example.com/t/3" },
]

[[touchpoints]]
id = "tp-4"
stage = "st-b"
name = "Cztery"

[[touchpoints]]
id = "tp-5"
stage = "st-c"
name = "Pięć"

[[touchpoints]]
id = "tp-6"
stage = "st-d"
name = "Sześć"
wait = "2d"
"#;

#[derive(Clone, Debug)]
enum Edit {
    Add(usize, &'static str),
    Delete(usize),
    Rename(usize, &'static str),
    Emotion(usize, i64),
    Move(usize, usize),
    SwapTouchpoints(usize, usize),
    SwapStages(usize, usize),
    Comment(usize, &'static str),
    Uncomment(usize),
    RenameMember(usize, &'static str),
    Department(usize, &'static str),
    AddMember(&'static str),
    /// A touchpoint's owner: the n-th department (none past the last).
    Owner(usize, usize),
    /// An action added to a lane of a touchpoint, done by the n-th department.
    AddAction(usize, usize, &'static str, usize),
    /// The last action of a lane of a touchpoint removed.
    DropAction(usize, usize),
    Wait(usize, Option<u64>),
    FailPoint(usize, &'static str),
    AddLink(usize, &'static str),
    RenameDepartment(usize, &'static str),
    AddDepartment(&'static str),
    /// A department removed, if nothing refers to it.
    DeleteDepartment(usize),
}

const WORDS: &[&str] = &["Czat", "Zwrot", "Доставка", "配達", "Kasa 💳", "Faktura"];

fn edit() -> impl Strategy<Value = Edit> {
    let word = || prop::sample::select(WORDS);
    prop_oneof![
        (0..4usize, word()).prop_map(|(s, w)| Edit::Add(s, w)),
        (0..8usize).prop_map(Edit::Delete),
        (0..8usize, word()).prop_map(|(i, w)| Edit::Rename(i, w)),
        (0..8usize, -2..=2i64).prop_map(|(i, e)| Edit::Emotion(i, e)),
        (0..8usize, 0..4usize).prop_map(|(i, s)| Edit::Move(i, s)),
        (0..8usize, 0..8usize).prop_map(|(i, j)| Edit::SwapTouchpoints(i, j)),
        (0..4usize, 0..4usize).prop_map(|(i, j)| Edit::SwapStages(i, j)),
        (0..8usize, word()).prop_map(|(i, w)| Edit::Comment(i, w)),
        (0..8usize).prop_map(Edit::Uncomment),
        (0..2usize, word()).prop_map(|(i, w)| Edit::RenameMember(i, w)),
        (0..2usize, word()).prop_map(|(i, w)| Edit::Department(i, w)),
        word().prop_map(Edit::AddMember),
    ]
}

/// The edits of [`edit`] and those only schema 2 can hold.
fn edit_departments() -> impl Strategy<Value = Edit> {
    let word = || prop::sample::select(WORDS);
    prop_oneof![
        2 => edit(),
        1 => (0..8usize, 0..5usize).prop_map(|(i, d)| Edit::Owner(i, d)),
        1 => (0..8usize, 0..3usize, word(), 0..5usize)
            .prop_map(|(i, l, w, d)| Edit::AddAction(i, l, w, d)),
        1 => (0..8usize, 0..3usize).prop_map(|(i, l)| Edit::DropAction(i, l)),
        1 => (0..8usize, proptest::option::of(0..20_000u64)).prop_map(|(i, m)| Edit::Wait(i, m)),
        1 => (0..8usize, word()).prop_map(|(i, w)| Edit::FailPoint(i, w)),
        1 => (0..8usize, word()).prop_map(|(i, w)| Edit::AddLink(i, w)),
        1 => (0..4usize, word()).prop_map(|(d, w)| Edit::RenameDepartment(d, w)),
        1 => word().prop_map(Edit::AddDepartment),
        1 => (0..4usize).prop_map(Edit::DeleteDepartment),
    ]
}

/// The id of the `n`-th department, or none (an empty reference) past the
/// last; in a map without departments, the free text `word`.
fn department_ref(map: &Map, n: usize, word: &str) -> String {
    if map.departments.is_empty() {
        return word.to_owned();
    }
    map.departments
        .get(n)
        .map(|d| d.id.to_string())
        .unwrap_or_default()
}

fn apply(map: &mut Map, edit: &Edit) {
    let n = map.touchpoints.len();
    let stages = map.stages.len();
    let members = map.team.len();
    match *edit {
        Edit::Add(s, w) => {
            let t = Touchpoint {
                id: map.new_id(IdKind::Touchpoint, w),
                stage: map.stages[s % stages].id.clone(),
                name: w.into(),
                ..Touchpoint::default()
            };
            map.touchpoints.push(t.into());
        }
        Edit::Delete(i) if n > 0 => {
            map.touchpoints.remove(i % n);
        }
        Edit::Rename(i, w) if n > 0 => map.touchpoints[i % n].name = w.into(),
        Edit::Emotion(i, e) if n > 0 => map.touchpoints[i % n].emotion = Emotion::new(e),
        Edit::Move(i, s) if n > 0 => {
            map.touchpoints[i % n].stage = map.stages[s % stages].id.clone()
        }
        Edit::SwapTouchpoints(i, j) if n > 0 => map.touchpoints.swap(i % n, j % n),
        Edit::SwapStages(i, j) => map.stages.swap(i % stages, j % stages),
        Edit::Comment(i, w) if n > 0 => {
            map.touchpoints[i % n].comments.above = vec![format!("# {w}")];
        }
        Edit::Uncomment(i) if n > 0 => map.touchpoints[i % n].comments.above.clear(),
        Edit::RenameMember(i, w) if members > 0 => {
            let name = format!("{w} {}", map.team[i % members].name);
            if map.team.iter().all(|p| p.name != name) {
                map.team[i % members].name = name;
            }
        }
        Edit::Department(i, w) if members > 0 => {
            let n = WORDS.iter().position(|x| *x == w).unwrap_or(0);
            map.team[i % members].department = department_ref(map, n, w);
        }
        Edit::AddMember(w) if map.team.iter().all(|p| p.name != w) => {
            // Members of a map whose members have ids get one, as in the app.
            let id = map
                .team
                .iter()
                .any(|p| p.id.is_some())
                .then(|| map.new_id(IdKind::Member, w));
            map.team.push(Participant {
                id,
                ..Participant::new(w)
            });
        }
        Edit::Owner(i, d) if n > 0 => map.touchpoints[i % n].owner = department_ref(map, d, ""),
        Edit::AddAction(i, lane, w, d) if n > 0 => {
            let department = department_ref(map, d, "");
            map.touchpoints[i % n]
                .lane_mut(Lane::ALL[lane % 3])
                .push(Action {
                    text: w.into(),
                    department,
                });
        }
        Edit::DropAction(i, lane) if n > 0 => {
            map.touchpoints[i % n].lane_mut(Lane::ALL[lane % 3]).pop();
        }
        Edit::Wait(i, minutes) if n > 0 => {
            map.touchpoints[i % n].wait = minutes.map(Wait::from_minutes)
        }
        Edit::FailPoint(i, w) if n > 0 => map.touchpoints[i % n].fail_point = w.into(),
        Edit::AddLink(i, w) if n > 0 => map.touchpoints[i % n].web_links.push(Link {
            title: w.into(),
            url: format!("https://example.com/{}", w.replace(' ', "%20")),
        }),
        Edit::RenameDepartment(d, w) if !map.departments.is_empty() => {
            let count = map.departments.len();
            map.departments[d % count].name = w.into();
        }
        Edit::AddDepartment(w) if map.departments.iter().all(|d| d.name != w) => {
            let id = map.new_id(IdKind::Department, w);
            map.departments.push(Department {
                id,
                name: w.into(),
                ..Department::default()
            });
        }
        Edit::DeleteDepartment(d) if !map.departments.is_empty() => {
            let at = d % map.departments.len();
            let id = map.departments[at].id.to_string();
            if map.department_references().iter().all(|(_, r)| *r != id) {
                map.departments.remove(at);
            }
        }
        _ => {}
    }
}

fn with(edits: &[Edit]) -> Map {
    edited(BASE, edits)
}

/// [`BASE`] with ids on its team members.
fn base_with_member_ids() -> String {
    BASE.replace(
        "[[team]]\nname = \"Zofia",
        "[[team]]\nid = \"tm-zofia\"\nname = \"Zofia",
    )
    .replace(
        "[[team]]\nname = \"Piotr",
        "[[team]]\nid = \"tm-piotr\"\nname = \"Piotr",
    )
}

fn edited(base: &str, edits: &[Edit]) -> Map {
    let mut map = match format::parse(base) {
        Ok(map) => map,
        Err(d) => panic!("the base does not load: {d:?}"),
    };
    for e in edits {
        apply(&mut map, e);
    }
    map
}

/// `value` with every id that the merge gave a fresh id (a `same-id`
/// conflict) replaced by that id, as the merge rewrites their references.
fn follow_renames(value: FieldValue, renamed: &HashMap<String, String>) -> FieldValue {
    match value {
        FieldValue::Text(text) => FieldValue::Text(renamed.get(&text).cloned().unwrap_or(text)),
        FieldValue::List(items) => FieldValue::List(
            items
                .into_iter()
                .map(|v| follow_renames(v, renamed))
                .collect(),
        ),
        FieldValue::Table(entries) => FieldValue::Table(
            entries
                .into_iter()
                .map(|(key, v)| (key, follow_renames(v, renamed)))
                .collect(),
        ),
        other => other,
    }
}

/// Their items given a fresh id because ours has another item under the
/// same: each old id and the fresh one.
fn fresh_ids(conflicts: &[Conflict]) -> HashMap<String, String> {
    conflicts
        .iter()
        .filter(|c| c.kind == ConflictKind::SameId)
        .filter_map(|c| {
            let from = c.ours.as_ref().and_then(FieldValue::as_text)?;
            Some((from.to_owned(), c.item.clone()))
        })
        .collect()
}

fn recorded(conflicts: &[Conflict], item: &str, field: &str) -> bool {
    conflicts.iter().any(|c| c.item == item && c.field == field)
}

fn whole_item(conflicts: &[Conflict], item: &str) -> bool {
    conflicts
        .iter()
        .any(|c| c.item == item && c.field.is_empty())
}

fn find<'m>(map: &'m Map, id: &str) -> Option<&'m Touchpoint> {
    map.touchpoints.iter().find(|t| t.id == id).map(|t| &**t)
}

fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

/// `a` before `b` in `keys`.
fn before(keys: &[&str], a: &str, b: &str) -> bool {
    keys.iter().position(|k| *k == a) < keys.iter().position(|k| *k == b)
}

/// Every pair of `shared` keys is ordered in `result` as the side that
/// changed its order has it (or as the base has it).
fn check_order(
    base: &[&str],
    ours: &[&str],
    theirs: &[&str],
    result: &[&str],
    shared: &[&str],
) -> Result<(), String> {
    for (i, a) in shared.iter().enumerate() {
        for b in &shared[i + 1..] {
            let (rb, ro, rt) = (before(base, a, b), before(ours, a, b), before(theirs, a, b));
            let wanted = if ro != rb { ro } else { rt };
            if before(result, a, b) != wanted {
                return Err(format!(
                    "{a} and {b}: base {base:?}, ours {ours:?}, theirs {theirs:?}, merged {result:?}"
                ));
            }
        }
    }
    Ok(())
}

fn check(base: &Map, ours: &Map, theirs: &Map) -> Result<(), TestCaseError> {
    let result = merge(base, ours, theirs);
    let map = &result.map;
    let conflicts = &map.conflicts;

    // The result is a valid map, loads back unchanged, and fmt is idempotent on it.
    prop_assert_eq!(validate(map), []);
    let text = format::to_toml(map);
    let back = format::parse(&text).map_err(|d| TestCaseError::fail(format!("{d:?}\n{text}")))?;
    prop_assert_eq!(&back, map);
    prop_assert_eq!(format::to_toml(&back), text.clone());
    for c in conflicts {
        prop_assert!(
            c.problems(map).is_empty(),
            "a recorded conflict does not fit: {:?}",
            c
        );
    }

    let renamed = fresh_ids(conflicts);
    prop_assert_eq!(renamed.len(), result.notes.len());
    let theirs_id = |id: &Id| {
        renamed
            .get(id.as_str())
            .cloned()
            .unwrap_or_else(|| id.to_string())
    };

    // Touchpoints: additions, deletions and field changes of both sides.
    for t in &theirs.touchpoints {
        let id = theirs_id(&t.id);
        let in_base = find(base, t.id.as_str());
        let in_ours = find(ours, &id);
        let merged = find(map, &id);
        match (in_base, in_ours) {
            (None, _) => prop_assert!(merged.is_some(), "their new {} is lost", id),
            (Some(b), None) if !renamed.contains_key(t.id.as_str()) => {
                if *b == **t {
                    prop_assert!(
                        merged.is_none() || whole_item(conflicts, &id),
                        "{} came back",
                        id
                    );
                } else {
                    prop_assert!(
                        merged.is_some() && whole_item(conflicts, &id),
                        "their edit of {} is lost",
                        id
                    );
                }
            }
            _ => {}
        }
    }
    for o in &ours.touchpoints {
        let id = o.id.as_str();
        let merged = find(map, id);
        match (find(base, id), find(theirs, id)) {
            (None, _) => prop_assert!(merged.is_some(), "our new {} is lost", id),
            (Some(b), None) => {
                if *b == **o {
                    prop_assert!(
                        merged.is_none() || whole_item(conflicts, id),
                        "{} came back",
                        id
                    );
                } else {
                    prop_assert!(
                        merged.is_some() && whole_item(conflicts, id),
                        "our edit of {} is lost",
                        id
                    );
                }
            }
            (Some(b), Some(t)) => {
                let Some(m) = merged else {
                    return Err(TestCaseError::fail(format!("{id}, kept by both, is gone")));
                };
                for &field in Touchpoint::names() {
                    // Their references follow their items' fresh ids.
                    let vt = t.get(field).map(|v| follow_renames(v, &renamed));
                    let (vb, vo, vm) = (b.get(field), o.get(field), m.get(field));
                    if vo != vb && vt == vb {
                        prop_assert_eq!(vm, vo, "our change of {}.{} is lost", id, field);
                    } else if vt != vb && vo == vb {
                        prop_assert_eq!(vm, vt, "their change of {}.{} is lost", id, field);
                    } else if vo != vb
                        && vt != vb
                        && vo != vt
                        // Lists merge element by element (one side emptying one is a change of it).
                        && ![&vb, &vo, &vt]
                            .iter()
                            .any(|v| matches!(v, Some(FieldValue::List(_))))
                    {
                        prop_assert!(
                            recorded(conflicts, id, field),
                            "{}.{} changed on both sides, not recorded",
                            id,
                            field
                        );
                        prop_assert_eq!(vm, vo);
                    }
                }
                // Comments above the touchpoint.
                let (cb, co, ct, cm) = (
                    &b.comments.above,
                    &o.comments.above,
                    &t.comments.above,
                    &m.comments.above,
                );
                if co != cb && ct == cb {
                    prop_assert_eq!(cm, co, "our comment on {} is lost", id);
                } else if ct != cb && co == cb {
                    prop_assert_eq!(cm, ct, "their comment on {} is lost", id);
                } else if co != cb && ct != cb {
                    for line in co.iter().chain(ct).filter(|l| !cb.contains(l)) {
                        prop_assert!(cm.contains(line), "comment {:?} on {} is lost", line, id);
                    }
                }
            }
        }
    }

    // Order of the stages, and of the touchpoints within each stage.
    let keys = |m: &Map| -> Vec<String> { m.stages.iter().map(|s| s.id.to_string()).collect() };
    let (sb, so, st, sm) = (keys(base), keys(ours), keys(theirs), keys(map));
    if !recorded(conflicts, "map", "stages") {
        check_order(&strs(&sb), &strs(&so), &strs(&st), &strs(&sm), &strs(&sm))
            .map_err(TestCaseError::fail)?;
    }
    let tkeys = |m: &Map, theirs: bool| -> Vec<String> {
        m.touchpoints
            .iter()
            .map(|t| {
                if theirs {
                    theirs_id(&t.id)
                } else {
                    t.id.to_string()
                }
            })
            .collect()
    };
    let (tb, to, tt, tm) = (
        tkeys(base, false),
        tkeys(ours, false),
        tkeys(theirs, true),
        tkeys(map, false),
    );
    for stage in &map.stages {
        if recorded(conflicts, stage.id.as_str(), "touchpoints") {
            continue;
        }
        let shared: Vec<&str> = map
            .touchpoints_in(stage.id.as_str())
            .map(|t| t.id.as_str())
            .filter(|id| {
                [&tb, &to, &tt]
                    .iter()
                    .all(|keys| keys.iter().any(|k| k == id))
            })
            .collect();
        check_order(&strs(&tb), &strs(&to), &strs(&tt), &strs(&tm), &shared)
            .map_err(TestCaseError::fail)?;
    }

    // Team members: nobody one side added is lost, and nobody is doubled.
    let names = |m: &Map| {
        m.team
            .iter()
            .map(|p| p.name.clone())
            .collect::<Vec<String>>()
    };
    let (nb, no, nt, nm) = (names(base), names(ours), names(theirs), names(map));
    prop_assert!(nm.len() <= nb.len() + no.len() + nt.len());
    for added in no.iter().chain(&nt).filter(|n| !nb.contains(n)) {
        let renamed_member = nm.iter().any(|n| n == added) || recorded_team(conflicts);
        prop_assert!(renamed_member, "member {} is lost: {:?}", added, nm);
    }
    Ok(())
}

/// True when a conflict about a team member is recorded (a rename on both
/// sides keeps ours' name and records theirs).
fn recorded_team(conflicts: &[Conflict]) -> bool {
    conflicts.iter().any(|c| c.item.starts_with("team:"))
}

/// Members with ids: each base member is in the merged map once, under its
/// id, with each field as the side that changed it has it, or a conflict
/// recorded; every member either side added is there once.
fn check_member_ids(base: &Map, ours: &Map, theirs: &Map) -> Result<(), TestCaseError> {
    let result = merge(base, ours, theirs);
    let map = &result.map;
    prop_assert_eq!(validate(map), vec![]);
    let renamed = fresh_ids(&result.conflicts);
    let by_id = |m: &Map, id: &Id| m.team.iter().find(|p| p.id.as_ref() == Some(id)).cloned();
    let mut ids: Vec<&Id> = Vec::new();
    for p in base.team.iter().chain(&ours.team).chain(&theirs.team) {
        let id =
            p.id.as_ref()
                .ok_or_else(|| TestCaseError::fail("a member without id"))?;
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    prop_assert_eq!(map.team.len(), ids.len(), "{:?}", map.team);
    for id in ids {
        let merged = by_id(map, id);
        let merged = merged.ok_or_else(|| TestCaseError::fail(format!("{id} is lost")))?;
        let Some(b) = by_id(base, id) else {
            continue;
        };
        let (Some(o), Some(t)) = (by_id(ours, id), by_id(theirs, id)) else {
            return Err(TestCaseError::fail(format!("{id} was deleted")));
        };
        for (field, get) in [
            (
                "name",
                (|p: &Participant| p.name.clone()) as fn(&Participant) -> String,
            ),
            ("department", |p: &Participant| p.department.clone()),
        ] {
            // Their references follow their items' fresh ids (a
            // department both sides added under one id, each its own).
            let vt = get(&t);
            let vt = renamed.get(&vt).cloned().unwrap_or(vt);
            let (vb, vo, vm) = (get(&b), get(&o), get(&merged));
            if vo == vb {
                prop_assert_eq!(vm, vt, "{} of {}", field, id);
            } else if vt == vb || vt == vo {
                prop_assert_eq!(vm, vo, "{} of {}", field, id);
            } else {
                let noted = result.conflicts.iter().any(|c| {
                    c.field == field
                        && c.item.starts_with("team:")
                        && c.kind == ConflictKind::BothChanged
                });
                prop_assert!(noted, "{} of {}: {:?}", field, id, result.conflicts);
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn members_with_ids_merge_by_id(
        x in prop::collection::vec(edit(), 0..8),
        y in prop::collection::vec(edit(), 0..8),
    ) {
        let base = base_with_member_ids();
        let (b, o, t) = (edited(&base, &[]), edited(&base, &x), edited(&base, &y));
        check(&b, &o, &t)?;
        check_member_ids(&b, &o, &t)?;
    }

    #[test]
    fn schema_2_changes_are_merged_or_recorded(
        x in prop::collection::vec(edit_departments(), 0..8),
        y in prop::collection::vec(edit_departments(), 0..8),
    ) {
        let (b, o, t) = (
            edited(BASE_DEPARTMENTS, &[]),
            edited(BASE_DEPARTMENTS, &x),
            edited(BASE_DEPARTMENTS, &y),
        );
        prop_assert_eq!(validate(&o), vec![]);
        prop_assert_eq!(validate(&t), vec![]);
        check(&b, &o, &t)?;
        check_member_ids(&b, &o, &t)?;
        let merged = format::to_toml(&merge(&b, &o, &t).map);
        prop_assert_eq!(merged.lines().next(), Some("schema = 2"));
    }

    #[test]
    fn every_change_is_merged_or_recorded(
        x in prop::collection::vec(edit(), 0..8),
        y in prop::collection::vec(edit(), 0..8),
    ) {
        let (base, ours, theirs) = (with(&[]), with(&x), with(&y));
        check(&base, &ours, &theirs)?;
    }
}
