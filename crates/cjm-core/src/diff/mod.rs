//! The semantic difference between two maps: what was added, removed,
//! changed (field by field), moved between stages or reordered, matched by
//! item id (team members by name) rather than by line, and how the average
//! emotion of each stage changed. Comments are not compared.
//!
//! [`diff`] computes a [`Diff`]; [`render`] shows it for a terminal or as
//! Markdown. Everything here is pure.

pub mod render;

use std::collections::{HashMap, HashSet};

use crate::merge::{align, unique_keys};
use crate::model::{
    Conflict, FieldValue, Fields, Id, Map, Participant, Stage, Touchpoint, Vocabulary,
};

/// Everything that differs between map A and map B.
#[derive(Clone, Debug, PartialEq)]
pub struct Diff {
    /// The sections with differences, in file order.
    pub sections: Vec<SectionDiff>,
    /// Per stage, the average emotion in A and B; empty when no stage's average changed.
    pub emotions: Vec<StageEmotion>,
}

/// The differences within one section of the map.
#[derive(Clone, Debug, PartialEq)]
pub struct SectionDiff {
    /// "Map", "Goal", "Personas", "Team", "Stages", "Touchpoints"...
    pub title: &'static str,
    /// Changed fields of a section that is one item (the map's top level, the goal).
    pub fields: Vec<FieldChange>,
    /// Items added, removed, changed or moved, in B's order (removed ones in A's).
    pub items: Vec<Change>,
}

/// An item as shown in a diff.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemRef {
    /// The id, or a team member's name.
    pub key: String,
    /// The item's name or title (empty for team members, whose key is the name).
    pub name: String,
    /// Where it is, when that helps: the stage of a touchpoint.
    pub context: String,
}

/// One difference about an item of a section.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// In B, not in A.
    Added(ItemRef),
    /// In A, not in B.
    Removed(ItemRef),
    /// In both, with different fields.
    Changed(ItemRef, Vec<FieldChange>),
    /// In both, at another place in the order: `after` is the key of the
    /// item it now follows in B, `None` when it comes first.
    Moved {
        item: ItemRef,
        after: Option<String>,
    },
}

/// One changed field.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldChange {
    /// The field's key in the file.
    pub field: &'static str,
    pub change: ValueChange,
}

/// How a field changed.
#[derive(Clone, Debug, PartialEq)]
pub enum ValueChange {
    /// Old value → new value; `None` is "not set".
    Value {
        old: Option<FieldValue>,
        new: Option<FieldValue>,
    },
    /// Elements of a list field that B added and removed (when only the
    /// order changed, both are empty and `reordered` is true).
    List {
        added: Vec<FieldValue>,
        removed: Vec<FieldValue>,
        reordered: bool,
    },
    /// A touchpoint moved to another stage.
    Stage { from: ItemRef, to: ItemRef },
}

/// The average emotion of one stage's rated touchpoints in A and in B.
#[derive(Clone, Debug, PartialEq)]
pub struct StageEmotion {
    pub stage: ItemRef,
    /// `None` when the stage is missing or has no rated touchpoint.
    pub before: Option<f64>,
    pub after: Option<f64>,
}

impl Diff {
    /// True when the maps are the same (apart from comments and formatting).
    pub fn is_empty(&self) -> bool {
        self.sections.is_empty()
    }
}

/// What changed from map `a` to map `b`.
pub fn diff(a: &Map, b: &Map) -> Diff {
    let (sa, sb) = (&StageNames::of(a), &StageNames::of(b));
    let mut sections = Vec::new();
    let mut push = |section: SectionDiff| {
        if !section.fields.is_empty() || !section.items.is_empty() {
            sections.push(section);
        }
    };
    push(SectionDiff {
        title: "Map",
        fields: field_changes(a, b, sa, sb, false),
        items: Vec::new(),
    });
    push(SectionDiff {
        title: "Goal",
        fields: field_changes(&a.goal, &b.goal, sa, sb, false),
        items: Vec::new(),
    });
    push(section("Personas", &a.personas, &b.personas, sa, sb));
    push(section("Team", &a.team, &b.team, sa, sb));
    push(section("Stages", &a.stages, &b.stages, sa, sb));
    push(section(
        "Touchpoints",
        &a.touchpoints,
        &b.touchpoints,
        sa,
        sb,
    ));
    push(section(
        "Opportunities",
        &a.opportunities,
        &b.opportunities,
        sa,
        sb,
    ));
    push(section("Metrics", &a.metrics, &b.metrics, sa, sb));
    push(conflicts(&a.conflicts, &b.conflicts));
    let emotions = stage_emotions(a, b, sa, sb);
    Diff { sections, emotions }
}

/// An item of a section compared by key.
trait Item: Fields + PartialEq {
    /// Whether a change of its `stage` field is a move between stages.
    const MOVES_BETWEEN_STAGES: bool = false;
    fn key(&self) -> &str;
    fn name(&self) -> &str;
    fn context(&self, _stages: &StageNames) -> String {
        String::new()
    }
}

impl<T: Item + Clone> Item for crate::model::Shared<T> {
    const MOVES_BETWEEN_STAGES: bool = T::MOVES_BETWEEN_STAGES;
    fn key(&self) -> &str {
        (**self).key()
    }
    fn name(&self) -> &str {
        (**self).name()
    }
    fn context(&self, stages: &StageNames) -> String {
        (**self).context(stages)
    }
}

macro_rules! item {
    ($type:ty, $name:ident) => {
        impl Item for $type {
            fn key(&self) -> &str {
                self.id.as_str()
            }
            fn name(&self) -> &str {
                &self.$name
            }
        }
    };
}

item!(crate::model::Persona, name);
item!(Stage, name);
item!(crate::model::Opportunity, title);
item!(crate::model::Metric, name);

impl Item for Touchpoint {
    const MOVES_BETWEEN_STAGES: bool = true;
    fn key(&self) -> &str {
        self.id.as_str()
    }
    fn name(&self) -> &str {
        &self.name
    }
    fn context(&self, stages: &StageNames) -> String {
        let stage = stage_ref(stages, &self.stage);
        if stage.name.is_empty() {
            format!("stage {}", stage.key)
        } else {
            format!("stage {}", stage.name)
        }
    }
}

impl Item for Participant {
    fn key(&self) -> &str {
        &self.name
    }
    fn name(&self) -> &str {
        ""
    }
}

fn item_ref<T: Item>(item: &T, stages: &StageNames) -> ItemRef {
    ItemRef {
        key: item.key().to_owned(),
        name: item.name().to_owned(),
        context: item.context(stages),
    }
}

/// The names of one map's stages by id, looked up once per touchpoint
/// named in the diff (a search of the stages each time grew with
/// touchpoints × stages).
struct StageNames<'m> {
    by_id: HashMap<&'m str, &'m str>,
}

impl<'m> StageNames<'m> {
    fn of(map: &'m Map) -> Self {
        let mut by_id = HashMap::with_capacity(map.stages.len());
        for stage in &map.stages {
            // The first stage with an id, as `Map::stage` finds it.
            by_id
                .entry(stage.id.as_str())
                .or_insert(stage.name.as_str());
        }
        StageNames { by_id }
    }
}

fn stage_ref(stages: &StageNames, id: &Id) -> ItemRef {
    ItemRef {
        key: id.to_string(),
        name: stages
            .by_id
            .get(id.as_str())
            .map(|name| (*name).to_owned())
            .unwrap_or_default(),
        context: String::new(),
    }
}

/// The changed fields of one item; `ma` and `mb` are the stages of the maps
/// holding the two versions. With `moves`, a changed `stage` is a move between stages.
fn field_changes<T: Fields>(
    a: &T,
    b: &T,
    ma: &StageNames,
    mb: &StageNames,
    moves: bool,
) -> Vec<FieldChange> {
    let mut out = Vec::new();
    for &field in T::names() {
        let (old, new) = (a.get(field), b.get(field));
        if old == new {
            continue;
        }
        let is_list = |v: &Option<FieldValue>| matches!(v, Some(FieldValue::List(_)));
        let change = if is_list(&old) || is_list(&new) {
            let (before, after) = (
                FieldValue::elements(old.as_ref()),
                FieldValue::elements(new.as_ref()),
            );
            let added = missing_from(after, before);
            let removed = missing_from(before, after);
            let reordered = added.is_empty() && removed.is_empty();
            ValueChange::List {
                added,
                removed,
                reordered,
            }
        } else if moves && field == "stage" {
            let id = |v: &Option<FieldValue>| {
                Id::new(v.as_ref().and_then(FieldValue::as_text).unwrap_or(""))
            };
            ValueChange::Stage {
                from: stage_ref(ma, &id(&old)),
                to: stage_ref(mb, &id(&new)),
            }
        } else {
            ValueChange::Value { old, new }
        };
        out.push(FieldChange { field, change });
    }
    out
}

/// The elements of `list` that `other` lacks (as many times as they are missing).
fn missing_from(list: &[FieldValue], other: &[FieldValue]) -> Vec<FieldValue> {
    let mut remaining: Vec<&FieldValue> = other.iter().collect();
    let mut out = Vec::new();
    for e in list {
        match remaining.iter().position(|o| *o == e) {
            Some(at) => {
                remaining.remove(at);
            }
            None => out.push(e.clone()),
        }
    }
    out
}

fn section<T: Item>(
    title: &'static str,
    a: &[T],
    b: &[T],
    ma: &StageNames,
    mb: &StageNames,
) -> SectionDiff {
    // Items are matched by key; two team members of the same name by their
    // order among those of that name.
    let keys_a = unique_keys(a.iter().map(T::key));
    let keys_b = unique_keys(b.iter().map(T::key));
    let in_a: HashMap<&str, &T> = keys_a.iter().map(|k| k.as_ref()).zip(a).collect();
    let in_b: HashMap<&str, &T> = keys_b.iter().map(|k| k.as_ref()).zip(b).collect();
    let mut items = Vec::new();
    // The items moved to another stage, by key.
    let mut moved: HashSet<&str> = HashSet::new();
    for (key, item) in keys_b.iter().zip(b) {
        match in_a.get(key.as_ref()) {
            None => items.push(Change::Added(item_ref(item, mb))),
            // Equal items have equal fields: most items of a large map are
            // not taken apart field by field.
            Some(old) if *old == item => {}
            Some(old) => {
                let fields = field_changes(*old, item, ma, mb, T::MOVES_BETWEEN_STAGES);
                if T::MOVES_BETWEEN_STAGES && fields.iter().any(|f| f.field == "stage") {
                    moved.insert(key.as_ref());
                }
                if !fields.is_empty() {
                    items.push(Change::Changed(item_ref(item, mb), fields));
                }
            }
        }
    }
    for (key, item) in keys_a.iter().zip(a) {
        if !in_b.contains_key(key.as_ref()) {
            items.push(Change::Removed(item_ref(item, ma)));
        }
    }
    // An item moved to another stage is reported once, by its stage change:
    // its new place in the order comes with the move, and it is left out
    // of the comparison of orders (which it would otherwise disturb).
    let changed_stage = |key: &str| moved.contains(key);
    // Order: the items both have, compared by their relative order. Those
    // off the longest common order are the ones that moved.
    let shared_a: Vec<&str> = keys_a
        .iter()
        .map(|k| k.as_ref())
        .filter(|k| in_b.contains_key(k) && !changed_stage(k))
        .collect();
    let shared_b: Vec<&str> = keys_b
        .iter()
        .map(|k| k.as_ref())
        .filter(|k| in_a.contains_key(k) && !changed_stage(k))
        .collect();
    if shared_a != shared_b {
        let stayed: HashSet<&str> = longest_common(&shared_a, &shared_b).into_iter().collect();
        for (at, (key, item)) in keys_b.iter().zip(b).enumerate() {
            let key = key.as_ref();
            if !in_a.contains_key(key) || changed_stage(key) || stayed.contains(key) {
                continue;
            }
            let after = at.checked_sub(1).map(|p| b[p].key().to_owned());
            items.push(Change::Moved {
                item: item_ref(item, mb),
                after,
            });
        }
    }
    SectionDiff {
        title,
        fields: Vec::new(),
        items,
    }
}

/// The longest common subsequence of two key lists.
fn longest_common<'k>(a: &[&'k str], b: &[&'k str]) -> Vec<&'k str> {
    match align(a, b) {
        Some(matched) => a
            .iter()
            .zip(matched)
            .filter(|(_, m)| m.is_some())
            .map(|(k, _)| *k)
            .collect(),
        // Too long to align: call every shared item unmoved.
        None => a.to_vec(),
    }
}

fn conflict_ref(c: &Conflict) -> ItemRef {
    ItemRef {
        key: if c.field.is_empty() {
            c.item.clone()
        } else {
            format!("{}.{}", c.item, c.field)
        },
        name: c.kind.local_label(),
        context: String::new(),
    }
}

fn conflicts(a: &[Conflict], b: &[Conflict]) -> SectionDiff {
    let mut items: Vec<Change> = b
        .iter()
        .filter(|c| !a.iter().any(|o| o.same_as(c)))
        .map(|c| Change::Added(conflict_ref(c)))
        .collect();
    items.extend(
        a.iter()
            .filter(|c| !b.iter().any(|o| o.same_as(c)))
            .map(|c| Change::Removed(conflict_ref(c))),
    );
    SectionDiff {
        title: "Conflicts",
        fields: Vec::new(),
        items,
    }
}

fn stage_emotions(a: &Map, b: &Map, sa: &StageNames, sb: &StageNames) -> Vec<StageEmotion> {
    let (before, after) = (a.stage_averages(), b.stage_averages());
    let mut stages: Vec<(&Stage, &StageNames)> = b.stages.iter().map(|s| (s, sb)).collect();
    stages.extend(
        a.stages
            .iter()
            .filter(|s| !sb.by_id.contains_key(s.id.as_str()))
            .map(|s| (s, sa)),
    );
    let rows: Vec<StageEmotion> = stages
        .into_iter()
        .map(|(s, map)| StageEmotion {
            stage: item_ref(s, map),
            before: before.get(s.id.as_str()).copied(),
            after: after.get(s.id.as_str()).copied(),
        })
        .collect();
    if rows.iter().all(|r| r.before == r.after) {
        Vec::new()
    } else {
        rows
    }
}
