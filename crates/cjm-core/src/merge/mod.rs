//! Three-way merge of maps by item id and field, and the unresolved merge
//! conflicts it leaves in the map.
//!
//! [`merge`] compares each side with the common ancestor item by item
//! (personas, stages, touchpoints, opportunities and metrics by id, team
//! members by id or, in older files, by name, following a rename (see
//! [`team_keys`]), the top-level fields and the goal as one item each) and field by field. Nothing either
//! side changed is dropped: it is in the merged map, or recorded in it as a
//! [`Conflict`].
//!
//! - a field only one side changed takes that side's value; the same change
//!   on both sides is no conflict;
//! - list fields (pain points, success criteria, the parking lot, jobs,
//!   persona and touchpoint references, links, evidence, readings) merge
//!   element by element (see [`merge_lists`]);
//! - items either side added are kept: ours in our order, theirs after their
//!   predecessor on their side;
//! - the order of each section (and of the touchpoints within each stage) is
//!   merged pair by pair (see [`merge_order`]): independent reorders on both
//!   sides combine; contradicting ones keep our order and record an `order`
//!   conflict holding theirs;
//! - a field both sides changed differently keeps **our** value and records
//!   a `both-changed` [`Conflict`] holding theirs;
//! - an item one side deleted and the other changed is **kept** in its
//!   changed form, with a `deleted-edited` conflict, so no work is lost
//!   silently; deleting it afterwards is one decision;
//! - an item one side deleted while the other side's items still refer to it
//!   (a touchpoint added to a deleted stage) is kept as well, with a
//!   `deleted-referenced` conflict, so the merged map stays valid (a
//!   department deleted while a kept touchpoint or member names it, too);
//! - two different items both sides added under the same id are both kept:
//!   theirs gets a fresh id (their references follow it), with a note and a
//!   `same-id` conflict; identical additions are one item;
//! - of two personas made primary, ours stays primary and theirs gets a
//!   `both-changed` conflict on `primary`;
//! - comments merge like fields: added, changed or removed on one side is
//!   applied; both sides changing one comment keeps both texts.
//!
//! The functions here are pure: reading and writing files is the CLI's
//! business. When a side is not a valid map at all, the CLI falls back to a
//! line merge with git-style conflict markers (see [`merge_lines`]).

mod lines;
mod sequence;

pub use lines::{LineMerge, conflict_marker_lines, merge_lines, whole_file_conflict};
pub(crate) use sequence::align;
pub use sequence::{merge_lists, merge_order};

use std::borrow::Cow;
// foldhash hashes the ids and keys of a large map (hundreds of thousands
// of them in a merge) several times faster than SipHash.
use foldhash::{HashMap, HashMapExt as _, HashSet};

use crate::model::{
    Comments, Conflict, ConflictItem, ConflictKind, ConflictTarget, Date, Department,
    FieldComments, FieldError, FieldValue, Fields, FreshIds, Id, IdKind, Lane, Map, Metric,
    MetricKind, Opportunity, Participant, Persona, Problem, Shared, Stage, TEAM_NAME, TEAM_PREFIX,
    Touchpoint, escape, validate,
};

/// How a `deleted-edited` conflict names a change of the item's comments.
pub use crate::model::EDITED_COMMENTS as COMMENTS;

/// The result of [`merge`].
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    /// The merged map. Its `conflicts` hold every unresolved conflict: those
    /// the inputs already had and those this merge found.
    pub map: Map,
    /// The conflicts this merge found.
    pub conflicts: Vec<Conflict>,
    /// What the merge did that a person should know about, in plain words
    /// (an item of theirs given a new id, see [`merge`]).
    pub notes: Vec<String>,
}

/// One side of a merge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// The branch being merged into (git's `%A`).
    Ours,
    /// The branch being merged in (git's `%B`).
    Theirs,
}

impl Side {
    pub fn name(self) -> &'static str {
        match self {
            Side::Ours => "ours",
            Side::Theirs => "theirs",
        }
    }

    fn other(self) -> Side {
        match self {
            Side::Ours => Side::Theirs,
            Side::Theirs => Side::Ours,
        }
    }
}

/// Merges the changes `ours` and `theirs` made to `base` (see the module
/// documentation for the rules).
///
/// When the three maps are valid, the merged map is valid too, with one
/// exception this function cannot settle: both sides adding items of
/// *different* kinds under the same hand-written id. Callers that save the
/// result should run [`validate`] (the `cjm merge` command does).
pub fn merge(base: &Map, ours: &Map, theirs: &Map) -> Merged {
    let mut found = Vec::new();
    let (theirs_renamed, notes) = separate_same_ids(base, ours, theirs, &mut found);
    merge_into(base, ours, &theirs_renamed, found, notes)
}

/// Merges two versions that have no common ancestor (both sides added the
/// file: git's add/add, or a base that does not load). Everything either
/// side has counts as added, and a field the sides hold differently is a
/// `both-changed` conflict. An id both sides have names the same item here:
/// the two versions were copies of one map.
pub fn merge_two_way(ours: &Map, theirs: &Map) -> Merged {
    let base = empty_base(ours, theirs);
    merge_into(&base, ours, theirs, Vec::new(), Vec::new())
}

fn merge_into(
    base: &Map,
    ours: &Map,
    theirs: &Map,
    mut found: Vec<Conflict>,
    notes: Vec<String>,
) -> Merged {
    let mut map = ours.clone();
    // A side that moved to a newer format (migrated) takes the map along.
    map.schema = ours.schema.max(theirs.schema);
    merge_comments(
        (&base.comments, &ours.comments, &theirs.comments),
        &mut map.comments,
    );
    map.trailing_comments = merge_comment_lines(
        &base.trailing_comments,
        &ours.trailing_comments,
        &theirs.trailing_comments,
    );
    merge_comments(
        (
            &base.goal.comments,
            &ours.goal.comments,
            &theirs.goal.comments,
        ),
        &mut map.goal.comments,
    );
    merge_fields(
        crate::model::MAP_ITEM,
        base,
        ours,
        theirs,
        &mut map,
        &mut found,
    );
    merge_fields(
        crate::model::GOAL_ITEM,
        &base.goal,
        &ours.goal,
        &theirs.goal,
        &mut map.goal,
        &mut found,
    );

    let mut personas = merge_section(&base.personas, &ours.personas, &theirs.personas, &mut found);
    let mut departments = merge_section(
        &base.departments,
        &ours.departments,
        &theirs.departments,
        &mut found,
    );
    let team = merge_section_keyed(
        (&base.team, &ours.team, &theirs.team),
        (
            keys(&base.team),
            team_keys(&base.team, &ours.team),
            team_keys(&base.team, &theirs.team),
        ),
        &mut found,
    );
    let mut stages = merge_section(&base.stages, &ours.stages, &theirs.stages, &mut found);
    let mut touchpoints = merge_section(
        &base.touchpoints,
        &ours.touchpoints,
        &theirs.touchpoints,
        &mut found,
    );
    let mut opportunities = merge_section(
        &base.opportunities,
        &ours.opportunities,
        &theirs.opportunities,
        &mut found,
    );
    let mut metrics = merge_section(&base.metrics, &ours.metrics, &theirs.metrics, &mut found);

    // Bring back deleted items that the merged map still refers to, until
    // nothing more needs to come back (a restored touchpoint may name a
    // stage that was deleted too).
    loop {
        // Only references to deleted items matter here: on a large map
        // collecting every reference was a third of the merge.
        let deleted: HashSet<String> = (personas.removed.keys())
            .chain(departments.removed.keys())
            .chain(stages.removed.keys())
            .chain(touchpoints.removed.keys())
            .chain(opportunities.removed.keys())
            .chain(metrics.removed.keys())
            .cloned()
            .collect();
        if deleted.is_empty() {
            break;
        }
        let refs = references(
            &team.kept,
            &touchpoints.kept,
            &opportunities.kept,
            &metrics.kept,
            &deleted,
        );
        let restored = [
            personas.restore(&refs, &mut found),
            departments.restore(&refs, &mut found),
            stages.restore(&refs, &mut found),
            touchpoints.restore(&refs, &mut found),
            opportunities.restore(&refs, &mut found),
            metrics.restore(&refs, &mut found),
        ];
        if !restored.contains(&true) {
            break;
        }
    }

    map.personas = personas.into_items("personas", &mut found);
    map.departments = departments.into_items("departments", &mut found);
    map.team = team.into_items("team", &mut found);
    map.stages = stages.into_items("stages", &mut found);
    map.touchpoints = touchpoints.into_touchpoints(&mut found);
    map.opportunities = opportunities.into_items("opportunities", &mut found);
    map.metrics = metrics.into_items("metrics", &mut found);
    settle_primary_persona(&mut map, ours, &mut found);
    // Lanes or departments from either side need schema 2.
    map.schema = map.schema_to_write();

    // Earlier unresolved conflicts merge like a list; those about items that
    // are gone no longer apply.
    let earlier =
        merge_lists(&base.conflicts, &ours.conflicts, &theirs.conflicts).unwrap_or_else(|| {
            let mut all = ours.conflicts.clone();
            all.extend(
                theirs
                    .conflicts
                    .iter()
                    .filter(|c| !ours.conflicts.iter().any(|o| o.same_as(c)))
                    .cloned(),
            );
            all
        });
    let mut conflicts: Vec<Conflict> = earlier
        .into_iter()
        .filter(|c| c.problems(&map).is_empty())
        .collect();
    let mut new = Vec::new();
    for c in found {
        if !conflicts.iter().any(|e| e.same_as(&c)) {
            conflicts.push(c.clone());
            new.push(c);
        }
    }
    map.conflicts = conflicts;
    Merged {
        map,
        conflicts: new,
        notes,
    }
}

/// The base of a two-way merge: a map with nothing in it, so that
/// everything either side has counts as added, and a field the sides set
/// differently is a conflict.
fn empty_base(ours: &Map, theirs: &Map) -> Map {
    use crate::model::{MapKind, Vocabulary};
    // A kind neither side has, so that different kinds are a conflict.
    let kind = MapKind::all()
        .iter()
        .copied()
        .find(|k| *k != ours.kind && *k != theirs.kind)
        .unwrap_or(ours.kind);
    Map::new("", kind)
}

/// Items both sides added under the same id with different content are two
/// different items (both named "Klarna", one in Checkout, one in Returns):
/// theirs is given a fresh id, and its references on their side follow it.
/// Returns theirs so changed, and a note per item; each is also recorded as
/// a `same-id` conflict so the user sees it.
fn separate_same_ids(
    base: &Map,
    ours: &Map,
    theirs: &Map,
    conflicts: &mut Vec<Conflict>,
) -> (Map, Vec<String>) {
    let mut out = theirs.clone();
    let mut notes = Vec::new();
    let in_base: HashSet<&Id> = base.ids().map(|(_, id)| id).collect();
    let ours_items: HashMap<&Id, IdKind> = ours.ids().map(|(kind, id)| (id, kind)).collect();
    let added_by_both: Vec<(IdKind, &Id)> = theirs
        .ids()
        .filter(|(kind, id)| !in_base.contains(id) && ours_items.get(id) == Some(kind))
        .collect();
    if added_by_both.is_empty() {
        return (out, notes);
    }
    let (ours_first, theirs_first) = (first_items(ours), first_items(theirs));
    let clashes: Vec<(IdKind, &Id)> = added_by_both
        .into_iter()
        .filter(|(kind, id)| !same_item(*kind, id, (ours, &ours_first), (theirs, &theirs_first)))
        .collect();
    if clashes.is_empty() {
        return (out, notes);
    }
    // Every id in use, and the fresh ones as they are made: sets for the
    // whole merge rather than a search of three maps per candidate.
    let taken: HashSet<&str> = base
        .ids()
        .chain(ours.ids())
        .chain(theirs.ids())
        .map(|(_, id)| id.as_str())
        .collect();
    let mut made: HashSet<Id> = HashSet::default();
    let mut fresh_ids = FreshIds::default();
    let mut renames: HashMap<Id, Id> = HashMap::new();
    for (kind, id) in clashes {
        let name = theirs_first.get(&(kind, id)).map_or("", |(_, name)| *name);
        let fresh = fresh_ids.generate(kind, name, |candidate| {
            taken.contains(candidate.as_str()) || made.contains(candidate)
        });
        made.insert(fresh.clone());
        renames.insert(id.clone(), fresh.clone());
        notes.push(crate::t!(
            "merge-note-same-id",
            kind = kind.name(),
            id = escape(id.as_str()),
            fresh = escape(fresh.as_str())
        ));
        conflicts.push(Conflict::new(
            fresh.as_str(),
            "",
            ConflictKind::SameId,
            Some(FieldValue::Text(id.to_string())),
            Some(FieldValue::Text(fresh.to_string())),
        ));
    }
    rename_ids(&mut out, &renames);
    (out, notes)
}

/// The first items of a map by kind and id ([`first_items`]), with the map.
type Indexed<'m> = (&'m Map, &'m HashMap<(IdKind, &'m Id), (usize, &'m str)>);

/// True when both maps hold the same content (comments aside) under `id`.
fn same_item(
    kind: IdKind,
    id: &Id,
    (ours, ours_at): Indexed,
    (theirs, theirs_at): Indexed,
) -> bool {
    fn same<T: Fields>(a: Option<&T>, b: Option<&T>) -> bool {
        match (a, b) {
            (Some(a), Some(b)) => T::names().iter().all(|f| a.get(f) == b.get(f)),
            _ => false,
        }
    }
    let (Some(&(a, _)), Some(&(b, _))) = (ours_at.get(&(kind, id)), theirs_at.get(&(kind, id)))
    else {
        return false;
    };
    match kind {
        IdKind::Persona => same(ours.personas.get(a), theirs.personas.get(b)),
        IdKind::Stage => same(ours.stages.get(a), theirs.stages.get(b)),
        IdKind::Touchpoint => same(ours.touchpoints.get(a), theirs.touchpoints.get(b)),
        IdKind::Opportunity => same(ours.opportunities.get(a), theirs.opportunities.get(b)),
        IdKind::Metric => same(ours.metrics.get(a), theirs.metrics.get(b)),
        IdKind::Member => same(ours.team.get(a), theirs.team.get(b)),
        IdKind::Department => same(ours.departments.get(a), theirs.departments.get(b)),
    }
}

/// The first item of each id, by kind and id: its place in its section
/// and its name (or title), for comparing the sides' items and for fresh
/// ids. Looking items up here rather than searching the section for each
/// took a merge of two 100,000-touchpoint versions, whose sides added some
/// hundreds of items under the same ids, from quadratic to linear time.
fn first_items(map: &Map) -> HashMap<(IdKind, &Id), (usize, &str)> {
    let mut items = HashMap::new();
    let mut add = |kind, at, id, name| {
        items.entry((kind, id)).or_insert((at, name));
    };
    for (at, p) in map.personas.iter().enumerate() {
        add(IdKind::Persona, at, &p.id, p.name.as_str());
    }
    for (at, s) in map.stages.iter().enumerate() {
        add(IdKind::Stage, at, &s.id, s.name.as_str());
    }
    for (at, t) in map.touchpoints.iter().enumerate() {
        add(IdKind::Touchpoint, at, &t.id, t.name.as_str());
    }
    for (at, o) in map.opportunities.iter().enumerate() {
        add(IdKind::Opportunity, at, &o.id, o.title.as_str());
    }
    for (at, m) in map.metrics.iter().enumerate() {
        add(IdKind::Metric, at, &m.id, m.name.as_str());
    }
    for (at, d) in map.departments.iter().enumerate() {
        add(IdKind::Department, at, &d.id, d.name.as_str());
    }
    for (at, p) in map.team.iter().enumerate() {
        if let Some(id) = &p.id {
            add(IdKind::Member, at, id, p.name.as_str());
        }
    }
    items
}

/// Gives each item whose id is a key of `renames` the id it maps to, and
/// points every reference and recorded conflict at it: one pass over the
/// map for all of them.
fn rename_ids(map: &mut Map, renames: &HashMap<Id, Id>) {
    if renames.is_empty() {
        return;
    }
    let swap = |id: &mut Id| {
        if let Some(to) = renames.get(id) {
            *id = to.clone();
        }
    };
    map.personas.iter_mut().for_each(|p| swap(&mut p.id));
    for d in &mut map.departments {
        swap(&mut d.id);
    }
    let reference = |text: &mut String| {
        if let Some(to) = renames.get(text.as_str()) {
            *text = to.to_string();
        }
    };
    // Only the references that change: writing to a shared item copies it.
    for at in map
        .department_references()
        .into_iter()
        .filter(|(_, department)| renames.contains_key(*department))
        .map(|(at, _)| at)
        .collect::<Vec<_>>()
    {
        if let Some(text) = map.department_reference_mut(at) {
            reference(text);
        }
    }
    map.stages.iter_mut().for_each(|s| swap(&mut s.id));
    // A shared item is written to only when it changes: writing copies it
    // (see `Shared`), and the side's map shares all of them.
    let renamed = |id: &Id| renames.contains_key(id);
    for t in &mut map.touchpoints {
        if renamed(&t.id) || renamed(&t.stage) || t.personas.iter().any(renamed) {
            let t = &mut **t;
            swap(&mut t.id);
            swap(&mut t.stage);
            t.personas.iter_mut().for_each(swap);
        }
    }
    for o in &mut map.opportunities {
        if renamed(&o.id) || o.touchpoints.iter().any(renamed) || o.stage.iter().any(renamed) {
            let o = &mut **o;
            swap(&mut o.id);
            o.touchpoints.iter_mut().for_each(swap);
            o.stage.iter_mut().for_each(swap);
        }
    }
    for m in &mut map.metrics {
        if renamed(&m.id) || m.links.iter().any(renamed) {
            let m = &mut **m;
            swap(&mut m.id);
            m.links.iter_mut().for_each(swap);
        }
    }
    for c in &mut map.conflicts {
        if let Some(to) = renames.get(c.item.as_str()) {
            c.item = to.to_string();
        }
    }
}

/// Merges the comment lines above something: like a list, and when both
/// sides changed them differently, ours then theirs' lines ours lacks.
fn merge_comment_lines(base: &[String], ours: &[String], theirs: &[String]) -> Vec<String> {
    merge_lists(base, ours, theirs).unwrap_or_else(|| {
        let mut all = ours.to_vec();
        all.extend(theirs.iter().filter(|l| !ours.contains(l)).cloned());
        all
    })
}

/// Merges an item's comments into `out` (which starts as ours): comments
/// added, changed or removed on either side are applied like fields; when
/// both sides changed the same comment differently, both texts are kept
/// (their end-of-line comment moves above the field).
fn merge_comments((base, ours, theirs): (&Comments, &Comments, &Comments), out: &mut Comments) {
    out.above = merge_comment_lines(&base.above, &ours.above, &theirs.above);
    let fields: HashSet<&String> = base
        .fields
        .keys()
        .chain(ours.fields.keys())
        .chain(theirs.fields.keys())
        .collect();
    let none = FieldComments::default();
    for field in fields {
        let get = |c: &'_ Comments| c.fields.get(field).cloned().unwrap_or_default();
        let (b, o, t) = (get(base), get(ours), get(theirs));
        let mut above = merge_comment_lines(&b.above, &o.above, &t.above);
        let trailing = if o.trailing == b.trailing {
            t.trailing.clone()
        } else if t.trailing == b.trailing || t.trailing == o.trailing {
            o.trailing.clone()
        } else {
            if let Some(theirs) = &t.trailing
                && !above.contains(theirs)
            {
                above.push(theirs.clone());
            }
            o.trailing.clone()
        };
        let merged = FieldComments { above, trailing };
        if merged == none {
            out.fields.remove(field);
        } else {
            out.fields.insert(field.clone(), merged);
        }
    }
}

/// Merges every field of one item (see [`Fields`]) into `out`, which starts as ours.
fn merge_fields<T: Fields>(
    item: &str,
    base: &T,
    ours: &T,
    theirs: &T,
    out: &mut T,
    conflicts: &mut Vec<Conflict>,
) {
    for &field in T::names() {
        let (b, o, t) = (base.get(field), ours.get(field), theirs.get(field));
        if o == t || t == b {
            continue;
        }
        let merged = if o == b {
            Some(t.clone())
        } else if [&b, &o, &t]
            .iter()
            .any(|v| matches!(v, Some(FieldValue::List(_))))
        {
            let (eb, eo, et) = (
                FieldValue::elements(b.as_ref()),
                FieldValue::elements(o.as_ref()),
                FieldValue::elements(t.as_ref()),
            );
            // Pure reorders merge pair by pair; anything else element by element.
            let merged = match sequence::merge_reorders(eb, eo, et) {
                Some(reordered) => reordered,
                None => merge_lists(eb, eo, et),
            };
            merged.map(|mut list| {
                if sorted_by_date(eo) && sorted_by_date(et) {
                    list.sort_by_key(date_of);
                }
                (!list.is_empty()).then_some(FieldValue::List(list))
            })
        } else {
            None
        };
        let stored = merged.is_some_and(|value| out.set(field, value).is_ok());
        if !stored {
            conflicts.push(Conflict::new(item, field, ConflictKind::BothChanged, o, t));
        }
    }
}

/// The `date` of a reading.
fn date_of(value: &FieldValue) -> Option<Date> {
    match value.get("date") {
        Some(FieldValue::Date(d)) => Some(*d),
        _ => None,
    }
}

/// True for a non-empty list of dated elements, oldest first.
fn sorted_by_date(list: &[FieldValue]) -> bool {
    list.iter()
        .map(date_of)
        .collect::<Option<Vec<Date>>>()
        .is_some_and(|dates| dates.is_sorted())
}

/// The items of a section that are merged by a key.
trait Keyed: Fields + Clone + PartialEq {
    /// What identifies the item across versions: its id, or a team member's name.
    fn key(&self) -> &str;
    /// The item as named in a conflict's `item`.
    fn conflict_item(&self) -> String {
        self.key().to_owned()
    }
    /// The item as listed in an order conflict: its id, a team member's name.
    fn conflict_key(&self) -> String {
        self.key().to_owned()
    }
    /// The same item with every field unset: the ancestor of an item both
    /// sides added independently.
    fn blank(&self) -> Self;
    /// Merges what identifies the item beyond its fields (a team member's
    /// name) into `out`; a conflict when both sides changed it differently.
    fn merge_key(_base: &Self, _ours: &Self, _theirs: &Self, _out: &mut Self) -> Option<Conflict> {
        None
    }
    /// The comments attached to the item.
    fn comments(&self) -> &Comments;
    fn comments_mut(&mut self) -> &mut Comments;
}

impl<T: Keyed> Keyed for crate::model::Shared<T> {
    fn key(&self) -> &str {
        (**self).key()
    }
    fn conflict_item(&self) -> String {
        (**self).conflict_item()
    }
    fn conflict_key(&self) -> String {
        (**self).conflict_key()
    }
    fn blank(&self) -> Self {
        crate::model::Shared::new((**self).blank())
    }
    fn merge_key(base: &Self, ours: &Self, theirs: &Self, out: &mut Self) -> Option<Conflict> {
        T::merge_key(base, ours, theirs, out)
    }
    fn comments(&self) -> &Comments {
        (**self).comments()
    }
    fn comments_mut(&mut self) -> &mut Comments {
        (**self).comments_mut()
    }
}

/// The comment accessors every [`Keyed`] item has alike.
macro_rules! commented {
    () => {
        fn comments(&self) -> &Comments {
            &self.comments
        }
        fn comments_mut(&mut self) -> &mut Comments {
            &mut self.comments
        }
    };
}

/// [`Keyed`] for items keyed by their id; `$blank` makes the item with
/// only its id set from `self`.
macro_rules! keyed_by_id {
    ($($item:ty => |$this:ident| $blank:expr;)+) => {$(
        impl Keyed for $item {
            commented!();
            fn key(&self) -> &str {
                self.id.as_str()
            }
            fn blank(&self) -> Self {
                let $this = self;
                $blank
            }
        }
    )+};
}

keyed_by_id! {
    Persona => |item| Persona { id: item.id.clone(), ..Persona::default() };
    Department => |item| Department { id: item.id.clone(), ..Department::default() };
    Stage => |item| Stage { id: item.id.clone(), ..Stage::default() };
    Touchpoint => |item| Touchpoint { id: item.id.clone(), ..Touchpoint::default() };
    Opportunity => |item| Opportunity::new(item.id.clone(), "");
    Metric => |item| Metric::new(item.id.clone(), "", MetricKind::Other);
}

impl Keyed for Participant {
    commented!();
    fn key(&self) -> &str {
        &self.name
    }
    fn conflict_item(&self) -> String {
        format!("{TEAM_PREFIX}{}", self.name)
    }
    fn blank(&self) -> Self {
        Participant::new(self.name.clone())
    }
    fn merge_key(base: &Self, ours: &Self, theirs: &Self, out: &mut Self) -> Option<Conflict> {
        // The id is internal: one side giving an older member an id is
        // kept; should both give different ones, ours stays.
        if ours.id == base.id {
            out.id.clone_from(&theirs.id);
        }
        if ours.name == base.name {
            out.name.clone_from(&theirs.name);
            None
        } else if theirs.name == base.name || theirs.name == ours.name {
            None
        } else {
            Some(Conflict::new(
                ours.conflict_item(),
                TEAM_NAME,
                ConflictKind::BothChanged,
                Some(FieldValue::Text(ours.name.clone())),
                Some(FieldValue::Text(theirs.name.clone())),
            ))
        }
    }
}

/// Unique keys of a section's items in order. Ids are unique in a valid
/// map, but two team members may share a name: later ones get a counter.
fn keys<T: Keyed>(items: &[T]) -> Vec<String> {
    unique_keys(items.iter().map(Keyed::key))
        .into_iter()
        .map(Cow::into_owned)
        .collect()
}

/// `keys` made unique in order: the n-th item with a key that came before
/// is `key␟n`, so two team members of the same name are told apart by
/// their order (the first of one map is the first of the other). Keys
/// seen once are borrowed.
pub(crate) fn unique_keys<'k>(keys: impl IntoIterator<Item = &'k str>) -> Vec<Cow<'k, str>> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    keys.into_iter()
        .map(|key| {
            let n = seen.entry(key).or_insert(0);
            *n += 1;
            if *n == 1 {
                Cow::Borrowed(key)
            } else {
                Cow::Owned(format!("{key}\u{1f}{n}"))
            }
        })
        .collect()
}

/// One section being merged: which items stay, which were deleted, and the
/// three orders to build the merged order from.
struct SectionMerge<T> {
    base: Vec<String>,
    ours: Vec<String>,
    theirs: Vec<String>,
    kept: HashMap<String, T>,
    /// Items one side deleted and the other left unchanged: the unchanged
    /// version and the side that deleted it.
    removed: HashMap<String, (T, Side)>,
}

fn merge_section<T: Keyed>(
    base: &[T],
    ours: &[T],
    theirs: &[T],
    conflicts: &mut Vec<Conflict>,
) -> SectionMerge<T> {
    merge_section_keyed(
        (base, ours, theirs),
        (keys(base), keys(ours), keys(theirs)),
        conflicts,
    )
}

/// The keys of one side's team members, matching them to the base's. A
/// member with an id is the base member with that id (so a rename on one
/// side merges with an edit on the other). Otherwise a member is matched
/// by name, unless that base member has another id or was already matched
/// by id. Members without ids that are matched to nobody follow a rename:
/// a member one side renamed is recognised as the same person when exactly
/// one member that side added has the department and role of exactly one
/// base member (without an id) that side no longer has. A member new on
/// the side is keyed by its id, or else its name, so both sides adding the
/// same person meet.
fn team_keys(base: &[Participant], side: &[Participant]) -> Vec<String> {
    let base_keys = keys(base);
    let names = keys(side);
    let by_id: HashMap<&Id, usize> = base
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.id.as_ref().map(|id| (id, i)))
        .collect();
    let by_name: HashMap<&String, usize> =
        base_keys.iter().enumerate().map(|(i, k)| (k, i)).collect();
    let mut side_keys: Vec<Option<String>> = vec![None; side.len()];
    let mut claimed = vec![false; base.len()];
    for (i, member) in side.iter().enumerate() {
        if let Some(&b) = member.id.as_ref().and_then(|id| by_id.get(id)) {
            side_keys[i] = Some(base_keys[b].clone());
            claimed[b] = true;
        }
    }
    for (i, member) in side.iter().enumerate() {
        if side_keys[i].is_some() {
            continue;
        }
        let same_name = by_name
            .get(&names[i])
            .copied()
            .filter(|&b| !claimed[b] && (base[b].id.is_none() || member.id.is_none()));
        side_keys[i] = Some(match (same_name, &member.id) {
            (Some(b), _) => {
                claimed[b] = true;
                names[i].clone()
            }
            (None, Some(id)) => format!("{ID_KEY}{id}"),
            (None, None) if by_name.contains_key(&names[i]) => format!("{ID_KEY}{}", names[i]),
            (None, None) => names[i].clone(),
        });
    }
    let mut side_keys: Vec<String> = side_keys
        .into_iter()
        .map(Option::unwrap_or_default)
        .collect();
    let gone: Vec<usize> = (0..base.len())
        .filter(|&i| !claimed[i] && base[i].id.is_none())
        .collect();
    let added: Vec<usize> = (0..side.len())
        .filter(|&i| side[i].id.is_none() && !by_name.contains_key(&side_keys[i]))
        .collect();
    let alike = |b: &Participant, s: &Participant| b.department == s.department && b.role == s.role;
    let mut renamed = Vec::new();
    for &g in &gone {
        let matches: Vec<usize> = added
            .iter()
            .copied()
            .filter(|&a| alike(&base[g], &side[a]))
            .collect();
        if let [a] = matches[..]
            && gone.iter().filter(|&&o| alike(&base[o], &side[a])).count() == 1
        {
            renamed.push((a, base_keys[g].clone()));
        }
    }
    for (a, key) in renamed {
        side_keys[a] = key;
    }
    side_keys
}

/// Starts the key of a team member that is keyed by its id, or that a
/// base member of the same name is not (a separator no name holds).
const ID_KEY: char = '\u{1e}';

/// [`merge_section`] with the items' keys given (base, ours, theirs).
fn merge_section_keyed<T: Keyed>(
    (base, ours, theirs): (&[T], &[T], &[T]),
    (base_keys, ours_keys, theirs_keys): (Vec<String>, Vec<String>, Vec<String>),
    conflicts: &mut Vec<Conflict>,
) -> SectionMerge<T> {
    let index = |keys: &[String], items: &[T]| -> HashMap<String, T> {
        keys.iter().cloned().zip(items.iter().cloned()).collect()
    };
    let (b, o, t) = (
        index(&base_keys, base),
        index(&ours_keys, ours),
        index(&theirs_keys, theirs),
    );
    let mut all: Vec<&String> = ours_keys.iter().collect();
    let mut listed: HashSet<&String> = all.iter().copied().collect();
    for key in theirs_keys.iter().chain(&base_keys) {
        if listed.insert(key) {
            all.push(key);
        }
    }
    let mut kept = HashMap::new();
    let mut removed = HashMap::new();
    for key in all {
        let item = match (b.get(key), o.get(key), t.get(key)) {
            (None, Some(o), None) => o.clone(),
            (None, None, Some(t)) => t.clone(),
            (None, Some(o), Some(t)) => merge_item(&o.blank(), o, t, conflicts),
            (Some(b), Some(o), Some(t)) => merge_item(b, o, t, conflicts),
            (Some(b), None, Some(kept)) | (Some(b), Some(kept), None) => {
                let deleted_by = if o.contains_key(key) {
                    Side::Theirs
                } else {
                    Side::Ours
                };
                let mut changed: Vec<FieldValue> = T::names()
                    .iter()
                    .filter(|f| b.get(f) != kept.get(f))
                    .map(|f| FieldValue::Text((*f).to_owned()))
                    .collect();
                if b.conflict_key() != kept.conflict_key() {
                    // A team member renamed (and so told apart from the base by department and role).
                    changed.insert(0, FieldValue::Text(TEAM_NAME.to_owned()));
                }
                if b.comments() != kept.comments() {
                    changed.push(FieldValue::Text(COMMENTS.to_owned()));
                }
                if changed.is_empty() {
                    removed.insert(key.clone(), (kept.clone(), deleted_by));
                    continue;
                }
                let (ours_value, theirs_value) = sides(deleted_by, FieldValue::List(changed));
                conflicts.push(Conflict::new(
                    kept.conflict_item(),
                    "",
                    ConflictKind::DeletedEdited,
                    ours_value,
                    theirs_value,
                ));
                kept.clone()
            }
            (Some(_), None, None) | (None, None, None) => continue,
        };
        kept.insert(key.clone(), item);
    }
    SectionMerge {
        base: base_keys,
        ours: ours_keys,
        theirs: theirs_keys,
        kept,
        removed,
    }
}

/// The values of a whole-item conflict: none for the side that deleted the
/// item, `value` for the other.
fn sides(deleted_by: Side, value: FieldValue) -> (Option<FieldValue>, Option<FieldValue>) {
    match deleted_by {
        Side::Ours => (None, Some(value)),
        Side::Theirs => (Some(value), None),
    }
}

fn merge_item<T: Keyed>(base: &T, ours: &T, theirs: &T, conflicts: &mut Vec<Conflict>) -> T {
    // Theirs changed nothing, or made the same changes: the merge is ours,
    // as the rules would find field by field. So it is for most items of a
    // large map, which then are neither taken apart nor copied.
    if theirs == base || theirs == ours {
        return ours.clone();
    }
    merge_item_by_fields(base, ours, theirs, conflicts)
}

/// [`merge_item`] by the rules, field by field.
fn merge_item_by_fields<T: Keyed>(
    base: &T,
    ours: &T,
    theirs: &T,
    conflicts: &mut Vec<Conflict>,
) -> T {
    let mut out = ours.clone();
    let first = conflicts.len();
    conflicts.extend(T::merge_key(base, ours, theirs, &mut out));
    merge_fields(
        &ours.conflict_item(),
        base,
        ours,
        theirs,
        &mut out,
        conflicts,
    );
    // A team member may have taken their new name.
    let item = out.conflict_item();
    for c in &mut conflicts[first..] {
        c.item.clone_from(&item);
    }
    merge_comments(
        (base.comments(), ours.comments(), theirs.comments()),
        out.comments_mut(),
    );
    out
}

impl<T: Keyed> SectionMerge<T> {
    /// Keeps the deleted items that `refs` still refer to, with a conflict
    /// each. True when any came back.
    fn restore(
        &mut self,
        refs: &HashMap<String, Vec<String>>,
        conflicts: &mut Vec<Conflict>,
    ) -> bool {
        let mut any = false;
        for key in &self.base {
            let Some(referrers) = refs.get(key) else {
                continue;
            };
            let Some((item, deleted_by)) = self.removed.remove(key) else {
                continue;
            };
            let list = referrers
                .iter()
                .map(|id| FieldValue::Text(id.clone()))
                .collect();
            let (ours, theirs) = sides(deleted_by, FieldValue::List(list));
            conflicts.push(Conflict::new(
                item.conflict_item(),
                "",
                ConflictKind::DeletedReferenced,
                ours,
                theirs,
            ));
            self.kept.insert(key.clone(), item);
            any = true;
        }
        any
    }

    /// The merged order of the kept items' keys; an order conflict about
    /// `section` (on `item`) when both sides' reorders do not combine.
    fn order(&self, item: &str, section: &str, conflicts: &mut Vec<Conflict>) -> Vec<String> {
        let order = merge_order(
            &strs(&self.base),
            &strs(&self.ours),
            &strs(&self.theirs),
            |k| self.kept.contains_key(k),
        );
        if let Some((ours, theirs)) = order.conflict {
            let list = |keys: Vec<String>| {
                Some(FieldValue::List(
                    keys.iter()
                        .map(|k| {
                            FieldValue::Text(
                                self.kept
                                    .get(k)
                                    .map_or_else(|| k.clone(), |i| i.conflict_key()),
                            )
                        })
                        .collect(),
                ))
            };
            conflicts.push(Conflict::new(
                item,
                section,
                ConflictKind::Order,
                list(ours),
                list(theirs),
            ));
        }
        order.keys
    }

    /// The kept items in merged order.
    fn into_items(mut self, section: &str, conflicts: &mut Vec<Conflict>) -> Vec<T> {
        let order = self.order(crate::model::MAP_ITEM, section, conflicts);
        order
            .iter()
            .filter_map(|key| self.kept.remove(key))
            .collect()
    }
}

fn strs(keys: &[String]) -> Vec<&str> {
    keys.iter().map(String::as_str).collect()
}

impl SectionMerge<Shared<Touchpoint>> {
    /// The kept touchpoints in merged order: the order within each stage is
    /// merged on its own (reorders in different stages never clash), and an
    /// order conflict is about one stage.
    fn into_touchpoints(mut self, conflicts: &mut Vec<Conflict>) -> Vec<Shared<Touchpoint>> {
        let mut ignored = Vec::new();
        let flat = self.order(crate::model::MAP_ITEM, "touchpoints", &mut ignored);
        let kept = &self.kept;
        let stage_of = |key: &str| kept.get(key).map(|t| t.stage.as_str());
        // One pass over each list: the stages in merged order, each with its
        // keys on each side and the places of its touchpoints in `flat`.
        let mut stages: Vec<&str> = Vec::new();
        let mut groups: HashMap<&str, ([Vec<&str>; 3], Vec<usize>)> = HashMap::new();
        for (at, key) in flat.iter().enumerate() {
            if let Some(stage) = stage_of(key) {
                let group = groups.entry(stage).or_insert_with(|| {
                    stages.push(stage);
                    Default::default()
                });
                group.1.push(at);
            }
        }
        for (side, keys) in [&self.base, &self.ours, &self.theirs]
            .into_iter()
            .enumerate()
        {
            for key in keys {
                if let Some(group) = stage_of(key).and_then(|stage| groups.get_mut(stage)) {
                    group.0[side].push(key.as_str());
                }
            }
        }
        let mut slots: Vec<String> = flat.clone();
        for stage in stages {
            let Some(([base, ours, theirs], places)) = groups.remove(stage) else {
                continue;
            };
            let order = merge_order(&base, &ours, &theirs, |k| kept.contains_key(k));
            if let Some((ours, theirs)) = order.conflict {
                let list = |keys: Vec<String>| {
                    Some(FieldValue::List(
                        keys.into_iter().map(FieldValue::Text).collect(),
                    ))
                };
                conflicts.push(Conflict::new(
                    stage,
                    "touchpoints",
                    ConflictKind::Order,
                    list(ours),
                    list(theirs),
                ));
            }
            for (at, key) in places.into_iter().zip(order.keys) {
                slots[at] = key;
            }
        }
        slots
            .iter()
            .filter_map(|key| self.kept.remove(key))
            .collect()
    }
}

/// For each of the ids `targets` the kept items refer to, the ids of the
/// items referring to it (sorted, so the result does not depend on
/// hashing). Department
/// references count too: a team member's department (the member named by
/// id, or by name), owners and the departments of blueprint actions.
fn references(
    team: &HashMap<String, Participant>,
    touchpoints: &HashMap<String, Shared<Touchpoint>>,
    opportunities: &HashMap<String, Shared<Opportunity>>,
    metrics: &HashMap<String, Shared<Metric>>,
    targets: &HashSet<String>,
) -> HashMap<String, Vec<String>> {
    let mut refs: HashMap<String, Vec<String>> = HashMap::new();
    let mut add_department = |department: &str, from: &str| {
        if !department.is_empty() && targets.contains(department) {
            refs.entry(department.to_owned())
                .or_default()
                .push(from.to_owned());
        }
    };
    for p in team.values() {
        let from = p.id.as_ref().map_or(p.name.as_str(), Id::as_str);
        add_department(&p.department, from);
    }
    for t in touchpoints.values() {
        add_department(&t.owner, t.id.as_str());
        for lane in Lane::ALL {
            for action in t.lane(lane) {
                add_department(&action.department, t.id.as_str());
            }
        }
    }
    for o in opportunities.values() {
        add_department(&o.owner, o.id.as_str());
    }
    let mut add = |target: &Id, from: &Id| {
        if targets.contains(target.as_str()) {
            refs.entry(target.to_string())
                .or_default()
                .push(from.to_string());
        }
    };
    for t in touchpoints.values() {
        add(&t.stage, &t.id);
        t.personas.iter().for_each(|p| add(p, &t.id));
    }
    for o in opportunities.values() {
        o.touchpoints.iter().for_each(|t| add(t, &o.id));
        o.stage.iter().for_each(|s| add(s, &o.id));
    }
    for m in metrics.values() {
        m.links.iter().for_each(|l| add(l, &m.id));
    }
    for list in refs.values_mut() {
        list.sort();
        list.dedup();
    }
    refs
}

/// A map has one primary persona: when both sides chose a different one,
/// ours stays primary and theirs becomes a conflict.
fn settle_primary_persona(map: &mut Map, ours: &Map, conflicts: &mut Vec<Conflict>) {
    let primaries = map.personas.iter().filter(|p| p.primary).count();
    if primaries < 2 {
        return;
    }
    let ours_primary = |id: &Id| ours.personas.iter().any(|p| p.id == *id && p.primary);
    for p in map.personas.iter_mut() {
        if p.primary && !ours_primary(&p.id) {
            p.primary = false;
            conflicts.push(Conflict::new(
                p.id.as_str(),
                "primary",
                ConflictKind::BothChanged,
                None,
                Some(FieldValue::Bool(true)),
            ));
        }
    }
}

/// One line per unresolved conflict of `map`, in plain words, for `cjm check`.
pub fn conflict_messages(map: &Map) -> Vec<String> {
    map.conflicts.iter().map(|c| describe(map, c)).collect()
}

fn shown(value: &Option<FieldValue>) -> String {
    value
        .as_ref()
        .map_or_else(|| crate::t!("merge-not-set"), FieldValue::to_string)
}

fn listed(value: &Option<FieldValue>) -> String {
    let items = FieldValue::elements(value.as_ref());
    items
        .iter()
        .map(|v| v.as_text().map_or_else(|| v.to_string(), escape))
        .collect::<Vec<String>>()
        .join(", ")
}

/// One conflict in plain words.
fn describe(map: &Map, c: &Conflict) -> String {
    let item = map.conflict_item(c);
    let what = match item {
        Some(item) => item.describe(c),
        None => crate::t!("merge-gone-item", id = escape(&c.item)),
    };
    let deleted_by = if c.ours.is_none() {
        Side::Ours
    } else {
        Side::Theirs
    };
    let kept_by = deleted_by.other();
    let value = if c.ours.is_none() { &c.theirs } else { &c.ours };
    match c.kind {
        ConflictKind::BothChanged => crate::t!(
            "merge-describe-both-changed",
            what = what,
            field = escape(&c.field),
            ours = shown(&c.ours),
            theirs = shown(&c.theirs)
        ),
        ConflictKind::DeletedEdited => crate::t!(
            "merge-describe-deleted-edited",
            what = what,
            deleted_by = deleted_by.name(),
            kept_by = kept_by.name(),
            fields = listed(value)
        ),
        ConflictKind::DeletedReferenced => crate::t!(
            "merge-describe-deleted-referenced",
            what = what,
            deleted_by = deleted_by.name(),
            kept_by = kept_by.name(),
            items = listed(value)
        ),
        ConflictKind::Order => {
            let about_map = matches!(item, Some(crate::model::ConflictItem::Map));
            let what = if c.field == "touchpoints" && !about_map {
                crate::t!("merge-touchpoints-of", what = what)
            } else {
                crate::t!("merge-order-of", field = escape(&c.field))
            };
            crate::t!(
                "merge-describe-order",
                what = what,
                ours = listed(&c.ours),
                theirs = listed(&c.theirs)
            )
        }
        ConflictKind::SameId => crate::t!(
            "merge-describe-same-id",
            what = what,
            id = c
                .ours
                .as_ref()
                .and_then(FieldValue::as_text)
                .map_or_else(String::new, escape),
            fresh = escape(&c.item)
        ),
    }
}

/// Why [`resolve`] could not settle a conflict.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResolveError {
    /// The map has no conflict with this index.
    NoSuchConflict(usize),
    /// The conflict names an item or field the map does not have, or a value the field cannot hold.
    Inapplicable(Inapplicable),
    /// Applying the choice would leave the map invalid (e.g. deleting an
    /// item that others still refer to); the map is unchanged.
    Invalid(Vec<Problem>),
}

impl std::fmt::Display for ResolveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ResolveError::NoSuchConflict(i) => {
                f.write_str(&crate::t!("merge-no-such-conflict", number = i + 1))
            }
            ResolveError::Inapplicable(why) => {
                f.write_str(&crate::t!("merge-inapplicable", problem = why.to_string()))
            }
            ResolveError::Invalid(problems) => {
                let first = problems.first().map_or("", |p| p.message.as_str());
                f.write_str(&crate::t!("merge-invalid-choice", problem = first))
            }
        }
    }
}

impl std::error::Error for ResolveError {}

/// Why a conflict's choice cannot be applied to the map as it is now.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Inapplicable {
    /// The item the conflict is about was deleted or renamed since.
    #[error("{}", crate::t!("merge-gone"))]
    Gone,
    /// The value does not fit the field.
    #[error(transparent)]
    Field(#[from] FieldError),
    /// A team member's name must be a text.
    #[error("{}", crate::t!("merge-name-not-text"))]
    NameNotText,
    /// Team members are told apart by name.
    #[error("{}", crate::t!("merge-name-taken", name = escape(.0)))]
    NameTaken(String),
    /// An order conflict lists other items than the section has.
    #[error("{}", crate::t!("merge-not-the-items"))]
    NotTheItems,
    /// An order conflict about something that is not a list of items.
    #[error("{}", crate::t!("merge-not-a-list", key = escape(.0)))]
    NotAList(String),
    /// Deleting is for items, not the map or its goal.
    #[error("{}", crate::t!("merge-not-deletable"))]
    NotDeletable,
    /// Only a field both sides changed takes a value of the user's own.
    #[error("{}", crate::t!("merge-not-both-changed"))]
    NotBothChanged,
}

/// Settles conflict `index` of `map` by taking `side`, and removes it.
///
/// For `both-changed`, taking ours leaves the field as it is and taking
/// theirs stores their value. For `deleted-edited` and `deleted-referenced`,
/// taking the side that deleted the item deletes it (other conflicts about
/// it go too); taking the other side keeps it. For `order`, taking ours
/// keeps the order and taking theirs puts the listed items in their order
/// (in the places those items hold now). For `same-id`, taking ours deletes
/// their copy, taking theirs keeps both items. The map is changed only when
/// the result is valid.
pub fn resolve(map: &mut Map, index: usize, side: Side) -> Result<(), ResolveError> {
    let conflict = map
        .conflicts
        .get(index)
        .cloned()
        .ok_or(ResolveError::NoSuchConflict(index))?;
    let mut next = map.clone();
    next.conflicts.remove(index);
    let chosen = match side {
        Side::Ours => &conflict.ours,
        Side::Theirs => &conflict.theirs,
    };
    match conflict.kind {
        ConflictKind::BothChanged => {
            if side == Side::Theirs {
                set_field(&mut next, &conflict, chosen.clone())
                    .map_err(ResolveError::Inapplicable)?;
            }
        }
        ConflictKind::Order => {
            if side == Side::Theirs {
                reorder(&mut next, &conflict, chosen).map_err(ResolveError::Inapplicable)?;
            }
        }
        ConflictKind::SameId => {
            if side == Side::Ours {
                delete_item(&mut next, &conflict).map_err(ResolveError::Inapplicable)?;
                next.conflicts.retain(|c| c.item != conflict.item);
            }
        }
        ConflictKind::DeletedEdited | ConflictKind::DeletedReferenced => {
            if chosen.is_none() {
                delete_item(&mut next, &conflict).map_err(ResolveError::Inapplicable)?;
                next.conflicts.retain(|c| c.item != conflict.item);
            }
        }
    }
    let problems = validate(&next);
    if !problems.is_empty() {
        return Err(ResolveError::Invalid(problems));
    }
    *map = next;
    Ok(())
}

/// Settles the `both-changed` conflict `index` of `map` with a value of
/// the user's own (a combination of both sides, say), stores it in the
/// field and removes the conflict. `None` clears the field. Like
/// [`resolve`], the map is changed only when the result is valid.
pub fn resolve_with(
    map: &mut Map,
    index: usize,
    value: Option<FieldValue>,
) -> Result<(), ResolveError> {
    let conflict = map
        .conflicts
        .get(index)
        .cloned()
        .ok_or(ResolveError::NoSuchConflict(index))?;
    if conflict.kind != ConflictKind::BothChanged {
        return Err(ResolveError::Inapplicable(Inapplicable::NotBothChanged));
    }
    let mut next = map.clone();
    next.conflicts.remove(index);
    set_field(&mut next, &conflict, value).map_err(ResolveError::Inapplicable)?;
    let problems = validate(&next);
    if !problems.is_empty() {
        return Err(ResolveError::Invalid(problems));
    }
    *map = next;
    Ok(())
}

/// Stores `value` in the field a conflict is about.
fn set_field(map: &mut Map, c: &Conflict, value: Option<FieldValue>) -> Result<(), Inapplicable> {
    fn set<T: Fields>(
        item: Option<&mut T>,
        field: &str,
        value: Option<FieldValue>,
    ) -> Result<(), Inapplicable> {
        Ok(item.ok_or(Inapplicable::Gone)?.set(field, value)?)
    }
    let field = c.field.as_str();
    match (map.conflict_item(c), c.target()) {
        (Some(ConflictItem::Map), _) => set(Some(map), field, value),
        (Some(ConflictItem::Goal), _) => set(Some(&mut map.goal), field, value),
        (_, ConflictTarget::Team(name)) if field == TEAM_NAME => {
            let Some(FieldValue::Text(new)) = value else {
                return Err(Inapplicable::NameNotText);
            };
            if new != name && map.team.iter().any(|p| p.name == new) {
                return Err(Inapplicable::NameTaken(new));
            }
            let member = map.team.iter_mut().find(|p| p.name == name);
            member.ok_or(Inapplicable::Gone)?.name = new;
            Ok(())
        }
        (_, ConflictTarget::Team(name)) => {
            set(map.team.iter_mut().find(|p| p.name == name), field, value)
        }
        (Some(ConflictItem::Item(_)), ConflictTarget::Item(id)) => {
            if let Some(p) = map.personas.iter_mut().find(|p| p.id == id) {
                set(Some(p), field, value)
            } else if let Some(d) = map.departments.iter_mut().find(|d| d.id == id) {
                set(Some(d), field, value)
            } else if let Some(s) = map.stages.iter_mut().find(|s| s.id == id) {
                set(Some(s), field, value)
            } else if let Some(t) = map.touchpoints.iter_mut().find(|t| t.id == id) {
                set(Some(t), field, value)
            } else if let Some(o) = map.opportunities.iter_mut().find(|o| o.id == id) {
                set(Some(o), field, value)
            } else {
                set(map.metrics.iter_mut().find(|m| m.id == id), field, value)
            }
        }
        _ => Err(Inapplicable::Gone),
    }
}

/// Puts the items an order conflict lists in the order of `keys`, in the
/// places those items hold now; items not listed stay where they are.
fn reorder(map: &mut Map, c: &Conflict, keys: &Option<FieldValue>) -> Result<(), Inapplicable> {
    fn apply<T>(
        items: &mut Vec<T>,
        keys: &[&str],
        key: impl Fn(&T) -> &str,
    ) -> Result<(), Inapplicable> {
        let slots: Vec<usize> = (0..items.len())
            .filter(|&i| keys.contains(&key(&items[i])))
            .collect();
        let wanted: Vec<usize> = keys
            .iter()
            .filter_map(|k| slots.iter().copied().find(|&i| key(&items[i]) == *k))
            .collect();
        let distinct: HashSet<usize> = wanted.iter().copied().collect();
        if wanted.len() != slots.len() || distinct.len() != wanted.len() {
            return Err(Inapplicable::NotTheItems);
        }
        // Which old position fills each place: a permutation.
        let mut source: Vec<usize> = (0..items.len()).collect();
        for (slot, from) in slots.iter().zip(&wanted) {
            source[*slot] = *from;
        }
        let mut old: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
        *items = source.iter().filter_map(|&i| old[i].take()).collect();
        Ok(())
    }
    let texts = FieldValue::elements(keys.as_ref());
    let keys: Vec<&str> = texts.iter().filter_map(FieldValue::as_text).collect();
    let section = c.field.as_str();
    match (c.target(), section) {
        (ConflictTarget::Map, "personas") => apply(&mut map.personas, &keys, |p| p.id.as_str()),
        (ConflictTarget::Map, "departments") => {
            apply(&mut map.departments, &keys, |d| d.id.as_str())
        }
        (ConflictTarget::Map, "team") => apply(&mut map.team, &keys, |p| p.name.as_str()),
        (ConflictTarget::Map, "stages") => apply(&mut map.stages, &keys, |s| s.id.as_str()),
        (ConflictTarget::Map, "touchpoints") | (ConflictTarget::Item(_), "touchpoints") => {
            apply(&mut map.touchpoints, &keys, |t| t.id.as_str())
        }
        (ConflictTarget::Map, "opportunities") => {
            apply(&mut map.opportunities, &keys, |o| o.id.as_str())
        }
        (ConflictTarget::Map, "metrics") => apply(&mut map.metrics, &keys, |m| m.id.as_str()),
        _ => Err(Inapplicable::NotAList(section.to_owned())),
    }
}

/// Deletes the item a whole-item conflict is about.
fn delete_item(map: &mut Map, c: &Conflict) -> Result<(), Inapplicable> {
    let before = map.personas.len()
        + map.departments.len()
        + map.team.len()
        + map.stages.len()
        + map.touchpoints.len()
        + map.opportunities.len()
        + map.metrics.len();
    match c.target() {
        ConflictTarget::Team(name) => map.team.retain(|p| p.name != name),
        ConflictTarget::Item(id) => {
            map.personas.retain(|p| p.id != id);
            map.departments.retain(|d| d.id != id);
            map.stages.retain(|s| s.id != id);
            map.touchpoints.retain(|t| t.id != id);
            map.opportunities.retain(|o| o.id != id);
            map.metrics.retain(|m| m.id != id);
        }
        ConflictTarget::Map | ConflictTarget::Goal => {
            return Err(Inapplicable::NotDeletable);
        }
    }
    let after = map.personas.len()
        + map.departments.len()
        + map.team.len()
        + map.stages.len()
        + map.touchpoints.len()
        + map.opportunities.len()
        + map.metrics.len();
    if after == before {
        return Err(Inapplicable::Gone);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What [`merge_item`] takes at once, ours when theirs changed nothing
    /// or the same, is what the rules give field by field.
    fn ours_by_the_rules<T: Keyed + std::fmt::Debug>(base: &T, ours: &T) {
        for theirs in [base, ours] {
            let mut conflicts = Vec::new();
            let merged = merge_item_by_fields(base, ours, theirs, &mut conflicts);
            assert_eq!(&merged, ours);
            assert!(conflicts.is_empty(), "{conflicts:?}");
        }
    }

    #[test]
    fn an_item_theirs_left_alone_is_ours_by_the_rules_too() {
        // The generator's types are those of another build of this crate:
        // the map goes over as text.
        let base = match crate::format::parse(&cjm_testdata::generate_toml(300, 5)) {
            Ok(map) => map,
            Err(problems) => panic!("the generated map is invalid: {problems:?}"),
        };
        let mut ours = base.clone();
        // Edits of fields, lists and comments, on some items only.
        for (n, t) in ours.touchpoints.iter_mut().enumerate().step_by(7) {
            t.doing = format!("{} (day {n})", t.doing);
            t.emotion = None;
            t.pain_points.push("Waits too long".into());
            t.evidence.clear();
            t.comments.above.push(format!("# checked on day {n}"));
            let name = t.comments.fields.entry("name".into()).or_default();
            name.trailing = Some("# as the shop says".into());
        }
        for o in ours.opportunities.iter_mut().step_by(5) {
            o.title.push_str(" (again)");
            o.touchpoints.reverse();
        }
        for m in ours.metrics.iter_mut().step_by(4) {
            m.readings.pop();
            m.target = Some(99.0);
        }
        for p in ours.team.iter_mut().step_by(3) {
            p.name.push_str(" Nowak");
            p.id = Some(Id::new(format!(
                "tm-{}",
                crate::model::id::slugify(&p.name)
            )));
        }
        let mut compared = 0;
        for o in &ours.touchpoints {
            if let Some(b) = base.touchpoints.iter().find(|b| b.id == o.id) {
                ours_by_the_rules(b, o);
                compared += 1;
            }
        }
        for (b, o) in base.team.iter().zip(&ours.team) {
            ours_by_the_rules(b, o);
        }
        for o in &ours.opportunities {
            if let Some(b) = base.opportunities.iter().find(|b| b.id == o.id) {
                ours_by_the_rules(b, o);
            }
        }
        for o in &ours.metrics {
            if let Some(b) = base.metrics.iter().find(|b| b.id == o.id) {
                ours_by_the_rules(b, o);
            }
        }
        assert!(compared > 200, "{compared}");
        // And an item both sides added: its base is the blank item.
        let added = &ours.touchpoints[0];
        ours_by_the_rules(&added.blank(), added);
    }
}
