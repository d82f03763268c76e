//! The validity rules of a map that go beyond types: ids, names and the
//! references between items. The loader reports these with file positions;
//! editors run the same function after each change.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use super::{Id, IdKind, Map};

/// The part of a map a problem is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    /// The top-level fields (`title`, `kind`...).
    Root,
    Goal,
    Personas,
    Team,
    Stages,
    Touchpoints,
    Opportunities,
    Metrics,
}

impl Section {
    /// The key of the section in the file.
    pub fn key(self) -> &'static str {
        match self {
            Section::Root => "",
            Section::Goal => "goal",
            Section::Personas => "personas",
            Section::Team => "team",
            Section::Stages => "stages",
            Section::Touchpoints => "touchpoints",
            Section::Opportunities => "opportunities",
            Section::Metrics => "metrics",
        }
    }

    /// The section holding items of an id kind.
    pub fn of(kind: IdKind) -> Section {
        match kind {
            IdKind::Persona => Section::Personas,
            IdKind::Stage => Section::Stages,
            IdKind::Touchpoint => Section::Touchpoints,
            IdKind::Opportunity => Section::Opportunities,
            IdKind::Metric => Section::Metrics,
        }
    }
}

/// Where in a map something is: a section, an item of it, a field, an element of a list field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Location {
    pub section: Section,
    pub index: Option<usize>,
    pub field: Option<&'static str>,
    pub element: Option<usize>,
}

impl Location {
    /// A top-level field.
    pub fn root(field: &'static str) -> Self {
        Location {
            section: Section::Root,
            index: None,
            field: Some(field),
            element: None,
        }
    }

    /// A whole item.
    pub fn item(section: Section, index: usize) -> Self {
        Location {
            section,
            index: Some(index),
            field: None,
            element: None,
        }
    }

    /// A field of an item.
    pub fn field(section: Section, index: usize, field: &'static str) -> Self {
        Location {
            field: Some(field),
            ..Location::item(section, index)
        }
    }

    /// One element of a list field of an item.
    pub fn element(section: Section, index: usize, field: &'static str, element: usize) -> Self {
        Location {
            element: Some(element),
            ..Location::field(section, index, field)
        }
    }

    /// The same place one level up: element → field → item → section.
    pub fn parent(self) -> Option<Location> {
        if self.element.is_some() {
            Some(Location {
                element: None,
                ..self
            })
        } else if self.field.is_some() {
            Some(Location {
                field: None,
                ..self
            })
        } else if self.index.is_some() {
            Some(Location {
                index: None,
                ..self
            })
        } else {
            None
        }
    }
}

/// One thing wrong with a map.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub location: Location,
    /// What is wrong, in plain words.
    pub message: String,
    /// How to fix it.
    pub hint: Option<String>,
}

impl Problem {
    fn new(location: Location, message: String, hint: impl Into<Option<String>>) -> Self {
        Problem {
            location,
            message,
            hint: hint.into(),
        }
    }
}

/// Every rule the map breaks, in file order. An empty list means the map is valid.
pub fn validate(map: &Map) -> Vec<Problem> {
    let mut problems = Vec::new();
    if map.title.trim().is_empty() {
        problems.push(Problem::new(
            Location::root("title"),
            "the map has no title".into(),
            "write what the map is about, e.g. title = \"Online shop – first order\"".to_owned(),
        ));
    }

    let index = IdIndex::new(map, &mut problems);

    for (i, p) in map.personas.iter().enumerate() {
        require_name(
            &mut problems,
            Section::Personas,
            i,
            "name",
            &p.name,
            "persona",
        );
    }
    let primaries: Vec<usize> = (0..map.personas.len())
        .filter(|&i| map.personas[i].primary)
        .collect();
    for &i in primaries.iter().skip(1) {
        problems.push(Problem::new(
            Location::field(Section::Personas, i, "primary"),
            format!(
                "persona `{}` is marked primary, but `{}` already is",
                map.personas[i].id, map.personas[primaries[0]].id
            ),
            "keep `primary = true` on one persona only".to_owned(),
        ));
    }
    for (i, p) in map.team.iter().enumerate() {
        require_name(
            &mut problems,
            Section::Team,
            i,
            "name",
            &p.name,
            "team member",
        );
    }
    for (i, s) in map.stages.iter().enumerate() {
        require_name(&mut problems, Section::Stages, i, "name", &s.name, "stage");
    }
    for (i, t) in map.touchpoints.iter().enumerate() {
        require_name(
            &mut problems,
            Section::Touchpoints,
            i,
            "name",
            &t.name,
            "touchpoint",
        );
        let at = Location::field(Section::Touchpoints, i, "stage");
        index.check(&mut problems, at, &t.stage, &[IdKind::Stage]);
        for (e, persona) in t.personas.iter().enumerate() {
            let at = Location::element(Section::Touchpoints, i, "personas", e);
            index.check(&mut problems, at, persona, &[IdKind::Persona]);
        }
    }
    for (i, o) in map.opportunities.iter().enumerate() {
        require_name(
            &mut problems,
            Section::Opportunities,
            i,
            "title",
            &o.title,
            "opportunity",
        );
        for (e, tp) in o.touchpoints.iter().enumerate() {
            let at = Location::element(Section::Opportunities, i, "touchpoints", e);
            index.check(&mut problems, at, tp, &[IdKind::Touchpoint]);
        }
        if let Some(stage) = &o.stage {
            let at = Location::field(Section::Opportunities, i, "stage");
            index.check(&mut problems, at, stage, &[IdKind::Stage]);
        }
    }
    for (i, m) in map.metrics.iter().enumerate() {
        require_name(
            &mut problems,
            Section::Metrics,
            i,
            "name",
            &m.name,
            "metric",
        );
        for (e, link) in m.links.iter().enumerate() {
            let at = Location::element(Section::Metrics, i, "links", e);
            let kinds = [IdKind::Stage, IdKind::Touchpoint, IdKind::Opportunity];
            index.check(&mut problems, at, link, &kinds);
        }
    }
    problems.sort_by_key(|p| p.location);
    problems
}

fn require_name(
    problems: &mut Vec<Problem>,
    section: Section,
    index: usize,
    field: &'static str,
    value: &str,
    noun: &str,
) {
    if value.trim().is_empty() {
        problems.push(Problem::new(
            Location::field(section, index, field),
            format!("this {noun} has an empty `{field}`"),
            format!("give the {noun} a {field}"),
        ));
    }
}

/// Which id belongs to which kind, built once per validation.
struct IdIndex<'m> {
    kinds: HashMap<&'m str, IdKind>,
    by_kind: HashMap<IdKind, Vec<&'m str>>,
}

impl<'m> IdIndex<'m> {
    /// Indexes the ids of `map`, reporting malformed and duplicate ids.
    fn new(map: &'m Map, problems: &mut Vec<Problem>) -> Self {
        let mut kinds: HashMap<&str, IdKind> = HashMap::with_capacity(map.ids().count());
        let mut by_kind: HashMap<IdKind, Vec<&str>> = HashMap::new();
        let mut counters: HashMap<IdKind, usize> = HashMap::new();
        for (kind, id) in map.ids() {
            let counter = counters.entry(kind).or_insert(0);
            let at = Location::field(Section::of(kind), *counter, "id");
            *counter += 1;
            if let Some(problem) = id.problem() {
                let suggestion = super::id::slugify(id.as_str());
                let hint = if suggestion.is_empty() {
                    format!("use an id such as `{}{}`", kind.prefix(), kind.noun())
                } else {
                    format!("use `{suggestion}` instead")
                };
                problems.push(Problem::new(
                    at,
                    format!("{problem}: `{}`", id.as_str().escape_debug()),
                    hint,
                ));
                continue;
            }
            match kinds.entry(id.as_str()) {
                Entry::Occupied(first) => problems.push(Problem::new(
                    at,
                    format!(
                        "duplicate id `{id}`: a {} already uses it",
                        first.get().noun()
                    ),
                    "ids must be unique in the map; rename this one (and what refers to it)"
                        .to_owned(),
                )),
                Entry::Vacant(slot) => {
                    slot.insert(kind);
                    by_kind.entry(kind).or_default().push(id.as_str());
                }
            }
        }
        IdIndex { kinds, by_kind }
    }

    /// Reports `target` when it names no item of the `allowed` kinds.
    fn check(&self, problems: &mut Vec<Problem>, at: Location, target: &Id, allowed: &[IdKind]) {
        let kind = self.kinds.get(target.as_str());
        if kind.is_some_and(|kind| allowed.contains(kind)) {
            // The usual case, checked for every reference of a large map:
            // nothing to put into words.
            return;
        }
        let nouns = match allowed {
            [.., last] if allowed.len() > 1 => {
                let rest: Vec<&str> = allowed[..allowed.len() - 1]
                    .iter()
                    .map(|k| k.noun())
                    .collect();
                format!("{} or {}", rest.join(", "), last.noun())
            }
            _ => allowed.iter().map(|k| k.noun()).collect(),
        };
        match kind {
            Some(kind) => problems.push(Problem::new(
                at,
                format!("`{target}` is a {}, not a {nouns}", kind.noun()),
                format!("name the id of a {nouns} here"),
            )),
            None => {
                let candidates: Vec<&str> = allowed
                    .iter()
                    .flat_map(|k| self.by_kind.get(k).into_iter().flatten().copied())
                    .collect();
                let hint =
                    match crate::suggest::closest(target.as_str(), candidates.iter().copied()) {
                        Some(near) => format!("did you mean `{near}`?"),
                        None if candidates.is_empty() => {
                            format!("the map has no {nouns} yet; add one first")
                        }
                        None => format!("known ids: {}", candidates.join(", ")),
                    };
                problems.push(Problem::new(
                    at,
                    format!("no {nouns} has the id `{}`", target.as_str().escape_debug()),
                    hint,
                ))
            }
        }
    }
}
