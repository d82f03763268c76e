//! The validity rules of a map that go beyond types: ids, names and the
//! references between items. The loader reports these with file positions;
//! editors run the same rules after each change: those of the one field
//! changed ([`validate_field`]) when no other item depends on it.

use std::cell::{Cell, RefCell};
use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};

use super::{Id, IdKind, Map};
use crate::t;

/// The part of a map a problem is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    /// The top-level fields (`title`, `kind`...).
    Root,
    Goal,
    Personas,
    Departments,
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
            Section::Departments => "departments",
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
            IdKind::Member => Section::Team,
            IdKind::Department => Section::Departments,
        }
    }
}

/// Where in a map something is: a section, an item of it, a field, an
/// element of a list field, a key of that element's table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Location {
    pub section: Section,
    pub index: Option<usize>,
    pub field: Option<&'static str>,
    pub element: Option<usize>,
    /// A key of the element's table: the `department` of a blueprint
    /// action, the `url` of a web link or of evidence.
    pub key: Option<&'static str>,
}

impl Location {
    /// A top-level field.
    pub fn root(field: &'static str) -> Self {
        Location {
            section: Section::Root,
            index: None,
            field: Some(field),
            element: None,
            key: None,
        }
    }

    /// A whole item.
    pub fn item(section: Section, index: usize) -> Self {
        Location {
            section,
            index: Some(index),
            field: None,
            element: None,
            key: None,
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

    /// A key of the table that is this element (`department` of an action).
    pub fn with_key(self, key: &'static str) -> Self {
        Location {
            key: Some(key),
            ..self
        }
    }

    /// The same place one level up: key → element → field → item → section.
    pub fn parent(self) -> Option<Location> {
        if self.key.is_some() {
            Some(Location { key: None, ..self })
        } else if self.element.is_some() {
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
    if map.touchpoints.len() >= HALVES_FROM && valid_in_halves(map) == Some(true) {
        return Vec::new();
    }
    validate_whole(map)
}

/// [`validate`] on this thread alone.
fn validate_whole(map: &Map) -> Vec<Problem> {
    let mut problems = Vec::new();
    map_rules(map, &mut problems);
    let index = IdIndex::new(map, &mut problems);
    for (section, i) in items(map) {
        item_rules(map, &index, section, i, &mut problems);
    }
    problems.sort_by_key(|p| p.location);
    problems
}

/// From how many touchpoints on, a map is validated on two threads first.
/// Looking a large map's items over is mostly waiting for memory (each
/// item, id and name is an allocation of its own, cold after reading), so
/// two cores take about half the time; a small map is done before a
/// thread would be started.
const HALVES_FROM: usize = 4_000;

/// Whether `map` breaks no rule, worked out on two threads, each taking
/// half of the ids and then half of the items; `None` when the machine
/// has one core, or a thread could not be started or panicked (in the app,
/// a panic on any thread ends the process through its rescue of unsaved
/// work, as one on this thread would). Only a yes is used: on any problem
/// [`validate`] looks the map over again on one thread, so that what it
/// reports (the order, which broken references get a "did you mean", the
/// language of the messages) is exactly as always. Once the ids are
/// indexed, the first problem either thread meets stops both.
fn valid_in_halves(map: &Map) -> Option<bool> {
    if crate::cores() < 2 {
        return None;
    }
    halves_valid(map)
}

/// [`valid_in_halves`] whatever the cores (the tests call it directly).
fn halves_valid(map: &Map) -> Option<bool> {
    let mut problems = Vec::new();
    map_rules(map, &mut problems);
    if !problems.is_empty() {
        return Some(false);
    }
    let ids: Vec<(IdKind, &Id)> = map.ids().chain(member_ids(map)).collect();
    let (earlier, later) = ids.split_at(ids.len() / 2);
    let items: Vec<(Section, usize)> = items(map).collect();
    let (first, second) = items.split_at(items.len() / 2);
    let hashing = IdHashing::default();
    let halves = std::thread::scope(|scope| {
        let helper = std::thread::Builder::new()
            .name("cjm-validate".into())
            .spawn_scoped(scope, || unique_ids(later, &hashing))
            .ok()?;
        let earlier = unique_ids(earlier, &hashing);
        Some((earlier, helper.join().ok()?))
    })?;
    let (Some(earlier), Some(later)) = halves else {
        return Some(false);
    };
    let halves = [&earlier, &later];
    let broken = AtomicBool::new(false);
    std::thread::scope(|scope| {
        let helper = std::thread::Builder::new()
            .name("cjm-validate".into())
            .spawn_scoped(scope, || {
                // An id of the later half that the earlier half has too.
                if later.keys().any(|id| earlier.contains_key(id)) {
                    broken.store(true, Ordering::Relaxed);
                    return false;
                }
                items_valid(map, halves, second, &broken)
            })
            .ok()?;
        let valid = items_valid(map, halves, first, &broken);
        Some(helper.join().ok()? && valid)
    })
}

/// The ids of `ids` by their kinds, when all of them are well formed and
/// none is there twice.
fn unique_ids<'m>(
    ids: &[(IdKind, &'m Id)],
    hashing: &IdHashing,
) -> Option<HashMap<&'m str, IdKind, IdHashing>> {
    let mut kinds = HashMap::with_capacity_and_hasher(ids.len(), hashing.clone());
    for &(kind, id) in ids {
        if id.problem().is_some() || kinds.insert(id.as_str(), kind).is_some() {
            return None;
        }
    }
    Some(kinds)
}

/// Whether `items` break none of their own rules, against the ids of both
/// halves; false as soon as `broken` says the other thread found a problem
/// (or this one finds one, which it then says).
fn items_valid(
    map: &Map,
    halves: [&HashMap<&str, IdKind, IdHashing>; 2],
    items: &[(Section, usize)],
    broken: &AtomicBool,
) -> bool {
    let index = IdIndex::halves(map, halves);
    let mut problems = Vec::new();
    let valid = items.iter().all(|&(section, i)| {
        item_rules(map, &index, section, i, &mut problems);
        problems.is_empty() && !broken.load(Ordering::Relaxed)
    });
    if !valid {
        broken.store(true, Ordering::Relaxed);
    }
    valid
}

/// The rules about the map as a whole: a title, the shared personas' and
/// departments' ids, one primary persona.
fn map_rules(map: &Map, problems: &mut Vec<Problem>) {
    title_rule(map, problems);
    shared_personas_rule(map, problems);
    shared_departments_rule(map, problems);
    let primaries: Vec<usize> = (0..map.personas.len())
        .filter(|&i| map.personas[i].primary)
        .collect();
    for &i in primaries.iter().skip(1) {
        problems.push(Problem::new(
            Location::field(Section::Personas, i, "primary"),
            t!(
                "model-primary-twice",
                id = map.personas[i].id.as_str(),
                first = map.personas[primaries[0]].id.as_str()
            ),
            t!("model-primary-twice-hint"),
        ));
    }
}

/// Every item of the map, section by section in file order.
fn items(map: &Map) -> impl Iterator<Item = (Section, usize)> {
    [
        (Section::Personas, map.personas.len()),
        (Section::Departments, map.departments.len()),
        (Section::Team, map.team.len()),
        (Section::Stages, map.stages.len()),
        (Section::Touchpoints, map.touchpoints.len()),
        (Section::Opportunities, map.opportunities.len()),
        (Section::Metrics, map.metrics.len()),
    ]
    .into_iter()
    .flat_map(|(section, len)| (0..len).map(move |i| (section, i)))
}

/// The team members' ids (optional), after the other items' ids.
fn member_ids(map: &Map) -> impl Iterator<Item = (IdKind, &Id)> {
    map.team
        .iter()
        .filter_map(|p| p.id.as_ref().map(|id| (IdKind::Member, id)))
}

/// Each entry of `shared_personas` names a persona id (`pe-…`), maybe after a file and `#`.
fn shared_personas_rule(map: &Map, problems: &mut Vec<Problem>) {
    for (e, id) in map.shared_persona_ids().enumerate() {
        let id = Id::new(id);
        let problem = id.problem().or_else(|| {
            (!id.as_str().starts_with(IdKind::Persona.prefix()))
                .then(|| t!("model-not-a-persona-id", id = id.as_str()))
        });
        if let Some(problem) = problem {
            problems.push(Problem::new(
                Location {
                    element: Some(e),
                    ..Location::root("shared_personas")
                },
                t!("model-shared-persona", number = e + 1, problem = problem),
                t!("model-shared-persona-hint"),
            ));
        }
    }
}

/// What [`validate`] reports at one field of one item (`index` is `None`
/// for [`Section::Root`] and [`Section::Goal`]), its elements included, in
/// file order; `None` for the fields whose value other items depend on (an
/// id, a persona's `primary`).
///
/// Changing any other field cannot make the rest of the map valid or
/// invalid, so comparing this before and after the change tells what the
/// change brings, without validating the whole map. It looks up the few ids
/// the field refers to one by one rather than indexing every id.
pub fn validate_field(
    map: &Map,
    section: Section,
    index: Option<usize>,
    field: &str,
) -> Option<Vec<Problem>> {
    if field == "id" || (section == Section::Personas && field == "primary") {
        return None;
    }
    let mut problems = Vec::new();
    match index {
        None if section == Section::Root => title_rule(map, &mut problems),
        None => {}
        Some(i) => item_rules(map, &IdIndex::unindexed(map), section, i, &mut problems),
    }
    problems.retain(|p| p.location.field == Some(field));
    problems.sort_by_key(|p| p.location);
    Some(problems)
}

/// The map needs a title.
fn title_rule(map: &Map, problems: &mut Vec<Problem>) {
    if map.title.trim().is_empty() {
        problems.push(Problem::new(
            Location::root("title"),
            t!("model-no-title"),
            t!("model-no-title-hint"),
        ));
    }
}

/// The rules of item `i` of `section` that only its own fields decide: a
/// name, and ids of other items it refers to.
fn item_rules(
    map: &Map,
    index: &IdIndex<'_, '_>,
    section: Section,
    i: usize,
    problems: &mut Vec<Problem>,
) {
    match section {
        Section::Root | Section::Goal => {}
        Section::Personas => {
            if let Some(p) = map.personas.get(i) {
                require_name(problems, section, i, "name", &p.name, "persona");
            }
        }
        Section::Departments => {
            if let Some(d) = map.departments.get(i) {
                require_name(problems, section, i, "name", &d.name, "department");
            }
        }
        Section::Team => {
            if let Some(p) = map.team.get(i) {
                require_name(problems, section, i, "name", &p.name, "team-member");
                let at = Location::field(section, i, "department");
                department_rule(map, problems, at, &p.department);
            }
        }
        Section::Stages => {
            if let Some(s) = map.stages.get(i) {
                require_name(problems, section, i, "name", &s.name, "stage");
            }
        }
        Section::Touchpoints => {
            let Some(t) = map.touchpoints.get(i) else {
                return;
            };
            require_name(problems, section, i, "name", &t.name, "touchpoint");
            let at = Location::field(section, i, "stage");
            index.check(problems, at, &t.stage, &[IdKind::Stage]);
            for (e, persona) in t.personas.iter().enumerate() {
                let at = Location::element(section, i, "personas", e);
                index.check(problems, at, persona, &[IdKind::Persona]);
            }
            department_rule(
                map,
                problems,
                Location::field(section, i, "owner"),
                &t.owner,
            );
            for lane in super::Lane::ALL {
                for (e, action) in t.lane(lane).iter().enumerate() {
                    let at = Location::element(section, i, lane.key(), e).with_key("department");
                    department_rule(map, problems, at, &action.department);
                }
            }
            for (e, evidence) in t.evidence.iter().enumerate() {
                let at = Location::element(section, i, "evidence", e).with_key("url");
                url_rule(problems, at, &evidence.url);
            }
            links_rule(problems, section, i, &t.web_links);
        }
        Section::Opportunities => {
            let Some(o) = map.opportunities.get(i) else {
                return;
            };
            require_name(problems, section, i, "title", &o.title, "opportunity");
            for (e, tp) in o.touchpoints.iter().enumerate() {
                let at = Location::element(section, i, "touchpoints", e);
                index.check(problems, at, tp, &[IdKind::Touchpoint]);
            }
            if let Some(stage) = &o.stage {
                let at = Location::field(section, i, "stage");
                index.check(problems, at, stage, &[IdKind::Stage]);
            }
            department_rule(
                map,
                problems,
                Location::field(section, i, "owner"),
                &o.owner,
            );
            links_rule(problems, section, i, &o.web_links);
        }
        Section::Metrics => {
            let Some(m) = map.metrics.get(i) else {
                return;
            };
            require_name(problems, section, i, "name", &m.name, "metric");
            for (e, link) in m.links.iter().enumerate() {
                let at = Location::element(section, i, "links", e);
                let kinds = [IdKind::Stage, IdKind::Touchpoint, IdKind::Opportunity];
                index.check(problems, at, link, &kinds);
            }
            links_rule(problems, section, i, &m.web_links);
        }
    }
}

/// Each entry of `shared_departments` names a department id (`dp-…`), maybe after a file and `#`.
fn shared_departments_rule(map: &Map, problems: &mut Vec<Problem>) {
    for (e, id) in map.shared_department_ids().enumerate() {
        let id = Id::new(id);
        let problem = id.problem().or_else(|| {
            (!id.as_str().starts_with(IdKind::Department.prefix()))
                .then(|| t!("model-not-a-department-id", id = id.as_str()))
        });
        if let Some(problem) = problem {
            problems.push(Problem::new(
                Location {
                    element: Some(e),
                    ..Location::root("shared_departments")
                },
                t!("model-shared-department", number = e + 1, problem = problem),
                t!("model-shared-department-hint"),
            ));
        }
    }
}

/// A department reference names a department by its id, once the map has
/// `[[departments]]` or `shared_departments`; in a map without them
/// (schema 1) it is free text. A shared department's id is checked
/// against the repository's by `cjm check`.
fn department_rule(map: &Map, problems: &mut Vec<Problem>, at: Location, reference: &str) {
    let no_list = map.departments.is_empty() && map.shared_departments.is_empty();
    if reference.is_empty()
        || no_list
        || map.department(reference).is_some()
        || map.shared_department_ids().any(|id| id == reference)
    {
        return;
    }
    let hint = match map.department_of(reference) {
        Some(d) => t!("model-department-by-name-hint", id = d.id.as_str()),
        None => {
            let ids =
                (map.departments.iter().map(|d| d.id.as_str())).chain(map.shared_department_ids());
            match crate::suggest::closest(reference, ids) {
                Some(near) => t!(
                    "model-department-near-hint",
                    near = near,
                    id = reference.escape_debug().to_string()
                ),
                None => {
                    let known: Vec<&str> = (map.departments.iter().map(|d| d.id.as_str()))
                        .chain(map.shared_department_ids())
                        .take(MAX_LISTED)
                        .collect();
                    t!("model-department-known-hint", known = known.join(", "))
                }
            }
        }
    };
    problems.push(Problem::new(
        at,
        t!(
            "model-unknown-department",
            id = reference.escape_debug().to_string()
        ),
        hint,
    ));
}

/// A web address has a scheme and, for the web, a host.
fn url_rule(problems: &mut Vec<Problem>, at: Location, url: &str) {
    if url.is_empty() {
        return;
    }
    if let Some(problem) = super::url_problem(url) {
        problems.push(Problem::new(
            at,
            t!(
                "model-bad-url",
                url = url.escape_debug().to_string(),
                problem = problem.to_string()
            ),
            t!("model-bad-url-hint"),
        ));
    }
}

fn links_rule(problems: &mut Vec<Problem>, section: Section, i: usize, links: &[super::Link]) {
    for (e, link) in links.iter().enumerate() {
        let at = Location::element(section, i, "web_links", e);
        if link.url.is_empty() {
            problems.push(Problem::new(
                at,
                t!("model-link-no-url"),
                t!("model-link-no-url-hint"),
            ));
        } else {
            url_rule(problems, at.with_key("url"), &link.url);
        }
    }
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
            t!(
                "model-empty-name",
                noun = t!("load-noun", kind = noun),
                field = field
            ),
            t!(
                "model-empty-name-hint",
                noun = t!("load-noun", kind = noun),
                field = field
            ),
        ));
    }
}

/// Which id belongs to which kind: the kind of the first item with that
/// id, ignoring malformed ids.
struct IdIndex<'i, 'm> {
    map: &'m Map,
    /// Every id, indexed once for a whole validation.
    kinds: Kinds<'i, 'm>,
    /// The ids a reference may name, listed once per set of allowed kinds
    /// (a map with thousands of broken references is not listed thousands of times).
    candidates: RefCell<Vec<Candidates<'m>>>,
    /// How many more broken references get a "did you mean" (each compares
    /// with every candidate): the first ones, so that reporting stays linear.
    suggestions: Cell<usize>,
}

/// The ids that references to a set of kinds may name.
type Candidates<'m> = (Vec<IdKind>, Rc<[&'m str]>);

/// How many broken references of one validation get a "did you mean".
const MAX_SUGGESTIONS: usize = 100;

/// How many ids a hint lists at most.
const MAX_LISTED: usize = 20;

/// Where an [`IdIndex`] finds the kind of an id.
enum Kinds<'i, 'm> {
    /// In an index of every id.
    Whole(HashMap<&'m str, IdKind, IdHashing>),
    /// In the indexes of the two halves of the ids ([`valid_in_halves`]),
    /// the earlier half first: its kind is the one an id has in both, and
    /// such a map is not taken as valid anyway.
    Halves([&'i HashMap<&'m str, IdKind, IdHashing>; 2]),
    /// Nowhere: only a few references are checked, which then look
    /// through the ids.
    Unindexed,
}

impl<'i, 'm> IdIndex<'i, 'm> {
    /// Indexes the ids of `map`, reporting malformed and duplicate ids.
    fn new(map: &'m Map, problems: &mut Vec<Problem>) -> Self {
        let mut kinds: HashMap<&str, IdKind, IdHashing> =
            HashMap::with_capacity_and_hasher(map.ids().count(), IdHashing::default());
        // How many items of each kind came before: the position of the
        // id's item within its section.
        let mut counters: Vec<usize> = Vec::new();
        let positioned = map.ids().map(|(kind, id)| {
            let slot = kind as usize;
            if counters.len() <= slot {
                counters.resize(slot + 1, 0);
            }
            let at = Location::field(Section::of(kind), counters[slot], "id");
            counters[slot] += 1;
            (kind, id, at)
        });
        // Team members' ids are optional: each at its member's position.
        let members = map.team.iter().enumerate().filter_map(|(i, p)| {
            let at = Location::field(Section::Team, i, "id");
            p.id.as_ref().map(|id| (IdKind::Member, id, at))
        });
        for (kind, id, at) in positioned.chain(members) {
            if let Some(problem) = id.problem() {
                let suggestion = super::id::slugify(id.as_str());
                let hint = if suggestion.is_empty() {
                    t!(
                        "model-id-example-hint",
                        example = format!("{}{}", kind.prefix(), kind.slug())
                    )
                } else {
                    t!("model-id-suggestion-hint", suggestion = suggestion)
                };
                problems.push(Problem::new(
                    at,
                    t!(
                        "model-bad-id",
                        problem = problem,
                        id = id.as_str().escape_debug().to_string()
                    ),
                    hint,
                ));
                continue;
            }
            match kinds.entry(id.as_str()) {
                Entry::Occupied(first) => problems.push(Problem::new(
                    at,
                    t!(
                        "model-duplicate-id",
                        id = id.as_str(),
                        kind = first.get().name()
                    ),
                    t!("model-duplicate-id-hint"),
                )),
                Entry::Vacant(slot) => {
                    slot.insert(kind);
                }
            }
        }
        IdIndex::with(map, Kinds::Whole(kinds))
    }

    /// Looks ids up in the indexes of the two halves of the ids.
    fn halves(map: &'m Map, halves: [&'i HashMap<&'m str, IdKind, IdHashing>; 2]) -> Self {
        IdIndex::with(map, Kinds::Halves(halves))
    }

    /// Looks ids up without indexing them: for checking a few references.
    fn unindexed(map: &'m Map) -> Self {
        IdIndex::with(map, Kinds::Unindexed)
    }

    fn with(map: &'m Map, kinds: Kinds<'i, 'm>) -> Self {
        IdIndex {
            map,
            kinds,
            candidates: RefCell::default(),
            suggestions: Cell::new(MAX_SUGGESTIONS),
        }
    }

    /// The kind of the item with id `target`.
    fn kind_of(&self, target: &str) -> Option<IdKind> {
        match &self.kinds {
            Kinds::Whole(kinds) => kinds.get(target).copied(),
            Kinds::Halves(halves) => halves.iter().find_map(|kinds| kinds.get(target).copied()),
            Kinds::Unindexed => self
                .map
                .ids()
                .find(|(_, id)| id.as_str() == target && id.problem().is_none())
                .map(|(kind, _)| kind),
        }
    }

    /// The ids of the `allowed` kinds a reference may name, in file order.
    fn candidates(&self, allowed: &[IdKind]) -> Rc<[&'m str]> {
        let mut cache = self.candidates.borrow_mut();
        if let Some((_, found)) = cache.iter().find(|(kinds, _)| kinds == allowed) {
            return Rc::clone(found);
        }
        let mut seen = HashSet::with_hasher(IdHashing::default());
        let found: Rc<[&str]> = self
            .map
            .ids()
            .filter(|(_, id)| id.problem().is_none())
            // An id used twice names the first item that has it.
            .filter(|(_, id)| seen.insert(id.as_str()))
            .filter(|(kind, _)| allowed.contains(kind))
            .map(|(_, id)| id.as_str())
            .collect();
        cache.push((allowed.to_vec(), Rc::clone(&found)));
        found
    }

    /// Reports `target` when it names no item of the `allowed` kinds.
    fn check(&self, problems: &mut Vec<Problem>, at: Location, target: &Id, allowed: &[IdKind]) {
        let kind = self.kind_of(target.as_str());
        // A shared persona the map uses is defined outside it (`cjm check`
        // looks it up in the repository).
        let shared = || {
            allowed.contains(&IdKind::Persona)
                && self
                    .map
                    .shared_persona_ids()
                    .any(|id| id == target.as_str())
        };
        if kind.is_some_and(|kind| allowed.contains(&kind)) || (kind.is_none() && shared()) {
            // The usual case, checked for every reference of a large map:
            // nothing to put into words.
            return;
        }
        let nouns = kinds_named(allowed);
        match kind {
            Some(kind) => problems.push(Problem::new(
                at,
                t!(
                    "model-ref-wrong-kind",
                    id = target.as_str(),
                    kind = kind.name(),
                    nouns = nouns.as_str()
                ),
                t!("model-ref-wrong-kind-hint", nouns = nouns.as_str()),
            )),
            None => {
                let candidates = self.candidates(allowed);
                let budget = self.suggestions.get();
                self.suggestions.set(budget.saturating_sub(1));
                let near = (budget > 0)
                    .then(|| crate::suggest::closest(target.as_str(), candidates.iter().copied()))
                    .flatten();
                let hint = match near {
                    Some(near) => t!("load-did-you-mean", near = near),
                    None if candidates.is_empty() => {
                        t!("model-ref-none-yet-hint", nouns = nouns.as_str())
                    }
                    None if candidates.len() > MAX_LISTED => t!(
                        "model-known-ids-some",
                        ids = candidates[..MAX_LISTED].join(", "),
                        count = candidates.len()
                    ),
                    None => t!("model-known-ids", ids = candidates.join(", ")),
                };
                problems.push(Problem::new(
                    at,
                    t!(
                        "model-ref-unknown",
                        nouns = nouns.as_str(),
                        id = target.as_str().escape_debug().to_string()
                    ),
                    hint,
                ))
            }
        }
    }
}

/// The kinds a reference may name, in the interface language: "stage,
/// touchpoint or opportunity".
fn kinds_named(kinds: &[IdKind]) -> String {
    match kinds {
        [] => String::new(),
        [one] => one.name(),
        [rest @ .., last] => {
            let rest: Vec<String> = rest.iter().map(|k| k.name()).collect();
            t!("model-kinds-or", rest = rest.join(", "), last = last.name())
        }
    }
}

/// Hashing for the id index: foldhash, several times faster than the
/// standard library's SipHash on short ids, and seeded per process so that
/// no fixed set of ids written into a file collides.
type IdHashing = foldhash::fast::RandomState;

#[cfg(test)]
mod tests {
    use super::*;

    /// What `validate` reports at one field of one item, and elsewhere.
    fn split(problems: Vec<Problem>, at: Location) -> (Vec<Problem>, Vec<Problem>) {
        problems.into_iter().partition(|p| {
            (p.location.section, p.location.index, p.location.field)
                == (at.section, at.index, at.field)
        })
    }

    #[test]
    fn one_field_is_validated_exactly_as_the_whole_map_validates_it() {
        type Change = fn(&mut Map);
        let changes: [(Section, usize, &'static str, Change); 14] = [
            (Section::Root, 0, "title", |m| m.title = " ".into()),
            (Section::Personas, 1, "name", |m| m.personas[1].name.clear()),
            (Section::Team, 2, "name", |m| m.team[2].name = "\t".into()),
            (Section::Stages, 0, "name", |m| m.stages[0].name.clear()),
            (Section::Touchpoints, 3, "name", |m| {
                m.touchpoints[3].name.clear()
            }),
            (Section::Touchpoints, 3, "stage", |m| {
                m.touchpoints[3].stage = Id::new("st-nowhere")
            }),
            (Section::Touchpoints, 4, "stage", |m| {
                m.touchpoints[4].stage = m.personas[0].id.clone()
            }),
            (Section::Touchpoints, 5, "personas", |m| {
                let valid = m.personas[0].id.clone();
                m.touchpoints[5].personas = vec![Id::new("pe-nobody"), valid, Id::new("Bad")];
            }),
            (Section::Opportunities, 0, "title", |m| {
                m.opportunities[0].title.clear()
            }),
            (Section::Opportunities, 1, "touchpoints", |m| {
                m.opportunities[1].touchpoints = vec![Id::new("tp-nowhere")]
            }),
            (Section::Opportunities, 2, "stage", |m| {
                m.opportunities[2].stage = Some(Id::new("st-nowher"))
            }),
            (Section::Metrics, 0, "name", |m| m.metrics[0].name.clear()),
            (Section::Metrics, 1, "links", |m| {
                let persona = m.personas[0].id.clone();
                m.metrics[1].links = vec![persona, Id::new("op-nowhere")];
            }),
            // A field no rule looks at.
            (Section::Touchpoints, 6, "doing", |m| {
                m.touchpoints[6].doing.clear()
            }),
        ];
        let valid = crate::generated(60, 7);
        assert_eq!(validate(&valid), []);
        let mut broken = valid.clone();
        broken.touchpoints[0].stage = Id::new("st-missing");
        broken.metrics[0].id = Id::new("Not An Id");
        for start in [valid, broken] {
            for (section, index, field, change) in changes {
                let mut map = start.clone();
                change(&mut map);
                let at = match section {
                    Section::Root => Location::root(field),
                    _ => Location::field(section, index, field),
                };
                let (here, elsewhere) = split(validate(&map), at);
                let index = (section != Section::Root).then_some(index);
                assert_eq!(validate_field(&map, section, index, field), Some(here));
                assert_eq!(elsewhere, split(validate(&start), at).1, "{field}");
            }
        }
    }

    /// A generated map with what those lack: departments, named by every
    /// owner and department field, and ids for the team members.
    fn with_departments(mut map: Map) -> Map {
        map.departments = ["Sales", "Service"]
            .into_iter()
            .map(|name| super::super::Department {
                id: Id::new(format!("dp-{}", name.to_lowercase())),
                name: name.to_owned(),
                ..Default::default()
            })
            .collect();
        for (i, t) in map.touchpoints.iter_mut().enumerate() {
            t.owner = if i % 2 == 0 { "dp-sales" } else { "dp-service" }.into();
            for lane in super::super::Lane::ALL {
                for action in t.lane_mut(lane) {
                    action.department = "dp-service".into();
                }
            }
        }
        for o in &mut map.opportunities {
            o.owner = "dp-sales".into();
        }
        for (i, p) in map.team.iter_mut().enumerate() {
            p.department = "dp-sales".into();
            p.id = Some(Id::new(format!("tm-member-{i}")));
        }
        map
    }

    /// That `map` is found valid by looking it over in halves, where the
    /// machine has the cores for it.
    fn assert_valid_in_halves(map: &Map) {
        let expected = (crate::cores() > 1).then_some(true);
        assert_eq!(valid_in_halves(map), expected, "the halves are looked over");
        assert_eq!(halves_valid(map), Some(true), "whatever the cores");
    }

    /// Whatever the problem and wherever it is among the ids and items,
    /// looking the map over in halves does not call it valid, and
    /// [`validate`] reports exactly what looking it over whole does.
    #[test]
    fn a_map_is_valid_in_halves_exactly_when_it_is_valid_whole() {
        let changes: [fn(&mut Map); 17] = [
            |m| m.title.clear(),
            |m| m.personas[1].primary = true,
            // An id of the later half that the earlier half has too, and
            // one the later half has twice.
            |m| m.metrics[0].id = m.stages[0].id.clone(),
            |m| {
                let last = m.opportunities.len() - 1;
                m.opportunities[last].id = m.opportunities[last - 1].id.clone();
            },
            |m| m.personas[0].id = Id::new("Pe Upper"),
            |m| m.team[0].id = Some(m.metrics[0].id.clone()),
            |m| {
                let last = m.touchpoints.len() - 1;
                m.touchpoints[last].stage = Id::new("st-nowhere");
            },
            |m| m.touchpoints[0].stage = m.touchpoints[1].id.clone(),
            |m| {
                let last = m.metrics.len() - 1;
                m.metrics[last].name = " ".into();
            },
            |m| {
                let last = m.opportunities.len() - 1;
                m.opportunities[last].stage = Some(Id::new("st-none"));
            },
            |m| m.opportunities[0].touchpoints.push(Id::new("tp-gone")),
            |m| {
                let last = m.metrics.len() - 1;
                m.metrics[last].links.push(Id::new("st-gone"));
            },
            // A malformed id in the later half; a reference to a team
            // member, which is no stage; a shared persona that is no
            // persona id; an owner and a team member's department that
            // name no department.
            |m| {
                let last = m.metrics.len() - 1;
                m.metrics[last].id = Id::new("me-Not ok");
            },
            |m| {
                let last = m.touchpoints.len() - 1;
                m.touchpoints[last].stage = Id::new("tm-member-0");
            },
            |m| m.shared_personas.push("personas.toml#nobody".into()),
            |m| {
                let last = m.touchpoints.len() - 1;
                m.touchpoints[last].owner = "dp-nowhere".into();
            },
            |m| m.team[0].department = "dp-nowhere".into(),
        ];
        let valid = with_departments(crate::generated(60, 7));
        assert_eq!(validate_whole(&valid), []);
        assert_valid_in_halves(&valid);
        for (n, change) in changes.into_iter().enumerate() {
            let mut map = valid.clone();
            change(&mut map);
            let whole = validate_whole(&map);
            assert!(!whole.is_empty(), "change {n} breaks a rule");
            assert_eq!(halves_valid(&map), Some(false), "change {n}");
            assert_eq!(validate(&map), whole, "change {n}");
        }
    }

    /// A map large enough to be looked over in halves first.
    #[test]
    fn a_large_map_is_validated_as_a_small_one() {
        let valid = crate::generated(HALVES_FROM, 3);
        assert_eq!(validate(&valid), []);
        assert_valid_in_halves(&valid);
        let mut broken = valid.clone();
        let last = broken.metrics.len() - 1;
        broken.metrics[last].id = broken.touchpoints[0].id.clone();
        broken.opportunities[0].touchpoints.push(Id::new("tp-gone"));
        let problems = validate(&broken);
        let found: Vec<_> = problems.iter().map(|p| p.location).collect();
        assert_eq!(
            found,
            [
                Location::element(Section::Opportunities, 0, "touchpoints", 0),
                Location::field(Section::Metrics, last, "id"),
            ]
        );
        assert_eq!(problems, validate_whole(&broken));
    }

    #[test]
    fn ids_and_the_primary_persona_need_the_whole_map() {
        let map = crate::generated(10, 1);
        assert_eq!(validate_field(&map, Section::Stages, Some(0), "id"), None);
        assert_eq!(
            validate_field(&map, Section::Personas, Some(0), "primary"),
            None
        );
    }
}
