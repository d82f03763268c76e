//! Checks of the people around the map: the primary persona the journey is
//! drawn for, and how many departments the workshop team comes from.

use super::{Code, Finding, whole};
use crate::model::{Location, Map, Section};
use crate::t;

/// A team should see the journey from at least this many departments.
const MIN_DEPARTMENTS: usize = 3;

/// `no-persona`: the map has no persona; `no-primary-persona`: it has
/// personas, but none is marked primary.
pub(super) fn personas(map: &Map, out: &mut Vec<Finding>) {
    if map.personas.is_empty() {
        out.push(Finding::new(
            Code::NoPersona,
            whole(Section::Personas),
            None,
            t!("check-no-persona"),
            t!("check-no-persona-hint"),
        ));
    } else if !map.personas.iter().any(|p| p.primary) {
        out.push(Finding::new(
            Code::NoPrimaryPersona,
            Location::field(Section::Personas, 0, "primary"),
            None,
            t!("check-no-primary-persona", count = map.personas.len()),
            t!("check-no-primary-persona-hint"),
        ));
    }
}

/// `few-departments`: the team comes from fewer than [`MIN_DEPARTMENTS`]
/// departments. Departments are counted once each, ignoring case and
/// surrounding spaces; members without a department do not count.
pub(super) fn departments(map: &Map, out: &mut Vec<Finding>) {
    let mut seen: Vec<String> = Vec::new();
    let mut names: Vec<&str> = Vec::new();
    for p in &map.team {
        let name = map.department_name(&p.department).trim();
        let key = name.to_lowercase();
        if !name.is_empty() && !seen.contains(&key) {
            seen.push(key);
            names.push(name);
        }
    }
    if names.len() >= MIN_DEPARTMENTS {
        return;
    }
    let message = match names.as_slice() {
        _ if map.team.is_empty() => t!("check-team-not-recorded"),
        [] => t!("check-no-department"),
        [one] => t!("check-one-department", department = *one),
        many => t!(
            "check-few-departments",
            count = many.len(),
            departments = many.join(", ")
        ),
    };
    let location = if map.team.is_empty() {
        whole(Section::Team)
    } else {
        Location::item(Section::Team, 0)
    };
    out.push(Finding::new(
        Code::FewDepartments,
        location,
        None,
        message,
        t!("check-few-departments-hint"),
    ));
}

/// A department name as compared between touchpoint owners and the team:
/// trimmed, accents folded, case ignored ("Obsługa klienta" is "obsluga
/// KLIENTA"), and a team in parentheses belongs to its department
/// ("Logistics (carrier)" is "Logistics").
fn department_key(name: &str) -> String {
    let name = name.split('(').next().unwrap_or(name);
    deunicode::deunicode(name.trim()).to_lowercase()
}

/// A department reference as compared: the department's id when the map
/// has it in `[[departments]]` (by id, name or alias), or else the free
/// text as [`department_key`] folds it.
fn reference_key(map: &Map, reference: &str) -> String {
    match map.department_of(reference) {
        Some(d) => format!("{}\u{0}", d.id),
        None => department_key(reference),
    }
}

/// How alike two department names must be to be reported as one.
const SIMILAR: f64 = 0.92;

/// `similar-departments`: two `[[departments]]` whose names look like one
/// department – the same words but for case and accents, one a team in
/// parentheses of the other, or nearly the same spelling. A hint: merge
/// them (one becomes an alias) or rename one.
pub(super) fn similar_departments(map: &Map, out: &mut Vec<Finding>) {
    let folded: Vec<String> = map
        .departments
        .iter()
        .map(|d| department_key(&d.name))
        .collect();
    for (j, d) in map.departments.iter().enumerate() {
        let Some(i) = (0..j).find(|&i| {
            !folded[i].is_empty()
                && (folded[i] == folded[j]
                    || strsim::jaro_winkler(&folded[i], &folded[j]) >= SIMILAR)
        }) else {
            continue;
        };
        let first = &map.departments[i];
        out.push(Finding::new(
            Code::SimilarDepartments,
            Location::field(Section::Departments, j, "name"),
            Some(&d.id),
            t!(
                "check-similar-departments",
                name = d.name.as_str(),
                other = first.name.as_str()
            ),
            t!(
                "check-similar-departments-hint",
                name = d.name.as_str(),
                other = first.name.as_str(),
                id = first.id.to_string()
            ),
        ));
    }
}

/// `absent-department`: a department owns touchpoints, but nobody in the
/// recorded team speaks for it. Departments are free text: names are
/// compared ignoring case, accents and surrounding spaces. Nothing is
/// reported while the team comes from fewer than [`MIN_DEPARTMENTS`]
/// departments: `few-departments` already asks for more people.
pub(super) fn absent_departments(map: &Map, out: &mut Vec<Finding>) {
    let mut present: Vec<String> = map
        .team
        .iter()
        .map(|p| reference_key(map, &p.department))
        .filter(|d| !d.is_empty())
        .collect();
    present.sort();
    present.dedup();
    if present.len() < MIN_DEPARTMENTS {
        return;
    }
    // Each absent department once, at its first touchpoint, with its count.
    let mut absent: Vec<(String, usize, usize)> = Vec::new();
    for (index, t) in map.touchpoints.iter().enumerate() {
        let key = reference_key(map, &t.owner);
        if key.is_empty() || present.contains(&key) {
            continue;
        }
        match absent.iter_mut().find(|(k, _, _)| *k == key) {
            Some((_, _, count)) => *count += 1,
            None => absent.push((key, index, 1)),
        }
    }
    for (_, index, count) in absent {
        let touchpoint = &map.touchpoints[index];
        let (owner, value) = match map.department_of(&touchpoint.owner) {
            Some(d) => (d.name.as_str(), d.id.as_str()),
            None => {
                let name = touchpoint
                    .owner
                    .split('(')
                    .next()
                    .unwrap_or_default()
                    .trim();
                (name, name)
            }
        };
        out.push(Finding::new(
            Code::AbsentDepartment,
            Location::field(Section::Touchpoints, index, "owner"),
            Some(&touchpoint.id),
            t!("check-absent-department", owner = owner, count = count),
            t!("check-absent-department-hint", owner = owner, value = value),
        ));
    }
}
