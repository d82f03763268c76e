//! Three-way merge of maps by item id and field, and the unresolved merge
//! conflicts it leaves in the map.
//!
//! [`merge`] compares each side with the common ancestor item by item
//! (personas, stages, touchpoints, opportunities and metrics by id, team
//! members by name, the top-level fields and the goal as one item each) and
//! field by field:
//!
//! - a field only one side changed takes that side's value; the same change
//!   on both sides is no conflict;
//! - list fields (pain points, success criteria, the parking lot, jobs,
//!   persona and touchpoint references, links, evidence, readings) merge
//!   element by element (see [`merge_lists`]);
//! - items either side added are kept: ours in our order, theirs after their
//!   predecessor on their side; an order changed on one side only is kept;
//! - a field both sides changed differently keeps **our** value and records
//!   a `both-changed` [`Conflict`] holding theirs;
//! - an item one side deleted and the other changed is **kept** in its
//!   changed form, with a `deleted-edited` conflict, so no work is lost
//!   silently; deleting it afterwards is one decision;
//! - an item one side deleted while the other side's items still refer to it
//!   (a touchpoint added to a deleted stage) is kept as well, with a
//!   `deleted-referenced` conflict, so the merged map stays valid;
//! - of two personas made primary, ours stays primary and theirs gets a
//!   `both-changed` conflict on `primary`.
//!
//! Comments follow our side; an item only theirs added brings its own. The
//! functions here are pure: reading and writing files is the CLI's business.

mod sequence;

pub(crate) use sequence::align;
pub use sequence::{merge_lists, merge_order};

use std::collections::{HashMap, HashSet};

use crate::model::{
    Conflict, ConflictItem, ConflictKind, ConflictTarget, Date, FieldValue, Fields, Id, Map,
    Metric, MetricKind, Opportunity, Participant, Persona, Problem, Stage, TEAM_PREFIX, Touchpoint,
    escape, validate,
};

/// The result of [`merge`].
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    /// The merged map. Its `conflicts` hold every unresolved conflict: those
    /// the inputs already had and those this merge found.
    pub map: Map,
    /// The conflicts this merge found.
    pub conflicts: Vec<Conflict>,
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
    let mut map = ours.clone();
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
    let team = merge_section(&base.team, &ours.team, &theirs.team, &mut found);
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
        let refs = references(&touchpoints.kept, &opportunities.kept, &metrics.kept);
        let restored = [
            personas.restore(&refs, &mut found),
            stages.restore(&refs, &mut found),
            touchpoints.restore(&refs, &mut found),
            opportunities.restore(&refs, &mut found),
            metrics.restore(&refs, &mut found),
        ];
        if !restored.contains(&true) {
            break;
        }
    }

    map.personas = personas.into_items();
    map.team = team.into_items();
    map.stages = stages.into_items();
    map.touchpoints = touchpoints.into_items();
    map.opportunities = opportunities.into_items();
    map.metrics = metrics.into_items();
    settle_primary_persona(&mut map, ours, &mut found);

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
            merge_lists(eb, eo, et).map(|mut list| {
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
trait Keyed: Fields + Clone {
    /// What identifies the item across versions: its id, or a team member's name.
    fn key(&self) -> &str;
    /// The item as named in a conflict's `item`.
    fn conflict_item(&self) -> String {
        self.key().to_owned()
    }
    /// The same item with every field unset: the ancestor of an item both
    /// sides added independently.
    fn blank(&self) -> Self;
}

impl Keyed for Persona {
    fn key(&self) -> &str {
        self.id.as_str()
    }
    fn blank(&self) -> Self {
        Persona {
            id: self.id.clone(),
            ..Persona::default()
        }
    }
}

impl Keyed for Participant {
    fn key(&self) -> &str {
        &self.name
    }
    fn conflict_item(&self) -> String {
        format!("{TEAM_PREFIX}{}", self.name)
    }
    fn blank(&self) -> Self {
        Participant::new(self.name.clone())
    }
}

impl Keyed for Stage {
    fn key(&self) -> &str {
        self.id.as_str()
    }
    fn blank(&self) -> Self {
        Stage {
            id: self.id.clone(),
            ..Stage::default()
        }
    }
}

impl Keyed for Touchpoint {
    fn key(&self) -> &str {
        self.id.as_str()
    }
    fn blank(&self) -> Self {
        Touchpoint {
            id: self.id.clone(),
            ..Touchpoint::default()
        }
    }
}

impl Keyed for Opportunity {
    fn key(&self) -> &str {
        self.id.as_str()
    }
    fn blank(&self) -> Self {
        Opportunity::new(self.id.clone(), "")
    }
}

impl Keyed for Metric {
    fn key(&self) -> &str {
        self.id.as_str()
    }
    fn blank(&self) -> Self {
        Metric::new(self.id.clone(), "", MetricKind::Other)
    }
}

/// Unique keys of a section's items in order. Ids are unique in a valid
/// map, but two team members may share a name: later ones get a counter.
fn keys<T: Keyed>(items: &[T]) -> Vec<String> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    items
        .iter()
        .map(|item| {
            let n = seen.entry(item.key()).or_insert(0);
            *n += 1;
            if *n == 1 {
                item.key().to_owned()
            } else {
                format!("{}\u{1f}{n}", item.key())
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
    let (base_keys, ours_keys, theirs_keys) = (keys(base), keys(ours), keys(theirs));
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
                let changed: Vec<FieldValue> = T::names()
                    .iter()
                    .filter(|f| b.get(f) != kept.get(f))
                    .map(|f| FieldValue::Text((*f).to_owned()))
                    .collect();
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
    let mut out = ours.clone();
    merge_fields(
        &ours.conflict_item(),
        base,
        ours,
        theirs,
        &mut out,
        conflicts,
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

    /// The kept items in merged order.
    fn into_items(mut self) -> Vec<T> {
        fn strs(keys: &[String]) -> Vec<&str> {
            keys.iter().map(String::as_str).collect()
        }
        let order = merge_order(
            &strs(&self.base),
            &strs(&self.ours),
            &strs(&self.theirs),
            |k| self.kept.contains_key(k),
        );
        order
            .iter()
            .filter_map(|key| self.kept.remove(key))
            .collect()
    }
}

/// For every id the kept items refer to, the ids of the items referring to
/// it (sorted, so the result does not depend on hashing).
fn references(
    touchpoints: &HashMap<String, Touchpoint>,
    opportunities: &HashMap<String, Opportunity>,
    metrics: &HashMap<String, Metric>,
) -> HashMap<String, Vec<String>> {
    let mut refs: HashMap<String, Vec<String>> = HashMap::new();
    let mut add = |target: &Id, from: &Id| {
        refs.entry(target.to_string())
            .or_default()
            .push(from.to_string());
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
        .map_or_else(|| "(not set)".to_owned(), FieldValue::to_string)
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
    let what = match map.conflict_item(c) {
        Some(item) => item.describe(c),
        None => format!("`{}` (no longer in the map)", escape(&c.item)),
    };
    let deleted_by = if c.ours.is_none() {
        Side::Ours
    } else {
        Side::Theirs
    };
    let kept_by = deleted_by.other();
    let value = if c.ours.is_none() { &c.theirs } else { &c.ours };
    match c.kind {
        ConflictKind::BothChanged => format!(
            "{what}: `{}` was changed on both sides: ours {} (in the map now), theirs {}",
            escape(&c.field),
            shown(&c.ours),
            shown(&c.theirs)
        ),
        ConflictKind::DeletedEdited => format!(
            "{what} was deleted by {} but changed by {} ({}); the map keeps the changed item",
            deleted_by.name(),
            kept_by.name(),
            listed(value)
        ),
        ConflictKind::DeletedReferenced => format!(
            "{what} was deleted by {}, but {} still refers to it from {}; the map keeps it",
            deleted_by.name(),
            kept_by.name(),
            listed(value)
        ),
    }
}

/// Why [`resolve`] could not settle a conflict.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResolveError {
    /// The map has no conflict with this index.
    NoSuchConflict(usize),
    /// The conflict names an item or field the map does not have, or a value the field cannot hold.
    Inapplicable(String),
    /// Applying the choice would leave the map invalid (e.g. deleting an
    /// item that others still refer to); the map is unchanged.
    Invalid(Vec<Problem>),
}

impl std::fmt::Display for ResolveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ResolveError::NoSuchConflict(i) => write!(f, "there is no conflict #{}", i + 1),
            ResolveError::Inapplicable(why) => write!(f, "the conflict cannot be applied: {why}"),
            ResolveError::Invalid(problems) => {
                let first = problems.first().map_or("", |p| p.message.as_str());
                write!(f, "this choice would make the map invalid: {first}")
            }
        }
    }
}

impl std::error::Error for ResolveError {}

/// Settles conflict `index` of `map` by taking `side`, and removes it.
///
/// For `both-changed`, taking ours leaves the field as it is and taking
/// theirs stores their value. For `deleted-edited` and `deleted-referenced`,
/// taking the side that deleted the item deletes it (other conflicts about
/// it go too); taking the other side keeps it. The map is changed only when
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
        return Err(ResolveError::Inapplicable(
            "only a field both sides changed takes a value of its own; keep or delete the item"
                .to_owned(),
        ));
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
fn set_field(map: &mut Map, c: &Conflict, value: Option<FieldValue>) -> Result<(), String> {
    fn set<T: Fields>(
        item: Option<&mut T>,
        field: &str,
        value: Option<FieldValue>,
    ) -> Result<(), String> {
        item.ok_or_else(|| "the item is no longer in the map".to_owned())?
            .set(field, value)
            .map_err(|e| e.to_string())
    }
    let field = c.field.as_str();
    match (map.conflict_item(c), c.target()) {
        (Some(ConflictItem::Map), _) => set(Some(map), field, value),
        (Some(ConflictItem::Goal), _) => set(Some(&mut map.goal), field, value),
        (_, ConflictTarget::Team(name)) => {
            set(map.team.iter_mut().find(|p| p.name == name), field, value)
        }
        (Some(ConflictItem::Item(_)), ConflictTarget::Item(id)) => {
            if let Some(p) = map.personas.iter_mut().find(|p| p.id == id) {
                set(Some(p), field, value)
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
        _ => Err("the item is no longer in the map".to_owned()),
    }
}

/// Deletes the item a whole-item conflict is about.
fn delete_item(map: &mut Map, c: &Conflict) -> Result<(), String> {
    let before = map.personas.len()
        + map.team.len()
        + map.stages.len()
        + map.touchpoints.len()
        + map.opportunities.len()
        + map.metrics.len();
    match c.target() {
        ConflictTarget::Team(name) => map.team.retain(|p| p.name != name),
        ConflictTarget::Item(id) => {
            map.personas.retain(|p| p.id != id);
            map.stages.retain(|s| s.id != id);
            map.touchpoints.retain(|t| t.id != id);
            map.opportunities.retain(|o| o.id != id);
            map.metrics.retain(|m| m.id != id);
        }
        ConflictTarget::Map | ConflictTarget::Goal => {
            return Err("the map and its goal cannot be deleted".to_owned());
        }
    }
    let after = map.personas.len()
        + map.team.len()
        + map.stages.len()
        + map.touchpoints.len()
        + map.opportunities.len()
        + map.metrics.len();
    if after == before {
        return Err("the item is no longer in the map".to_owned());
    }
    Ok(())
}
