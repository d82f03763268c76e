//! Unresolved merge conflicts, kept in the map itself so that a conflicted
//! file stays a valid, loadable map until someone decides.
//!
//! A three-way merge (see `crate::merge`) keeps our side of every conflict
//! and records the other side here. In the file each conflict is a
//! `[[conflicts]]` table at the end:
//!
//! ```toml
//! [[conflicts]]
//! item = "tp-payment"
//! field = "emotion"
//! kind = "both-changed"
//! ours = -1
//! theirs = 1
//! ```
//!
//! The values are stored as native TOML values, exactly as the field itself
//! is written (`ours = "text"`, `theirs = ["a", "b"]`, `ours = 2026-03-31`,
//! evidence and readings as inline tables), so the other side can be applied
//! exactly. A missing `ours` or `theirs` means "not set" for a field, and
//! "deleted" for a whole item.

use crate::t;
use serde::Serialize;

use super::{
    Comments, ConflictKind, Department, FieldError, FieldValue, Fields, Goal, Id, IdKind, Map,
    MapKind, Metric, MetricKind, Opportunity, Participant, Persona, Stage, Touchpoint, Vocabulary,
    escape,
};

/// The `item` of a conflict about a top-level field (`title`, `owner`...).
pub const MAP_ITEM: &str = "map";
/// The `item` of a conflict about a field of `[goal]`.
pub const GOAL_ITEM: &str = "goal";
/// In a `deleted-edited` conflict's list of changed fields: the item's
/// comments changed.
pub const EDITED_COMMENTS: &str = "comments";
/// The `field` of a conflict about a team member's name: both sides renamed
/// the member differently (the name is the member's key, not one of the
/// fields [`Fields`] edits).
pub const TEAM_NAME: &str = "name";
/// The prefix of the `item` of a conflict about a team member, who has no
/// id: `team:Anna Nowak`.
pub const TEAM_PREFIX: &str = "team:";

/// One unresolved merge conflict.
///
/// The map holds our side (the branch being merged into). What the values
/// mean depends on [`ConflictKind`]:
///
/// - `both-changed`: `field` names the field; `ours` is the value the map
///   now holds and `theirs` the other branch's value (either may be absent:
///   "not set"). Taking theirs means storing `theirs` in the field.
/// - `deleted-edited`: `field` is empty (the whole item). The side that
///   deleted the item has no value; the other side's value is the list of
///   the fields it changed (`comments` when it changed the item's comments). The map keeps the changed item, so taking the
///   deleting side means deleting the item.
/// - `deleted-referenced`: `field` is empty. The side that deleted the item
///   has no value; the other side's value lists the ids of its items that
///   still refer to it. The map keeps the item, since deleting it would
///   leave those references dangling.
/// - `order`: both sides reordered the same items in ways that do not
///   combine. `item = "map"` with `field` naming a section (`stages`,
///   `personas`, `team`, `opportunities`, `metrics`, `touchpoints`), or a
///   stage's id with `field = "touchpoints"` (the touchpoints of that
///   stage). `ours` and `theirs` list the items' keys (ids; names for team
///   members) in each side's order; the map holds our order. Taking theirs
///   means putting those items in their order.
/// - `same-id`: both sides added a different item under the same id; the map
///   keeps both, theirs under a new id. `item` is the new id, `ours` the id
///   both sides used and `theirs` the new id (both texts). Taking ours
///   deletes their copy; taking theirs keeps both items.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Conflict {
    /// An item id, [`MAP_ITEM`], [`GOAL_ITEM`] or [`TEAM_PREFIX`] + a name.
    pub item: String,
    /// The field's key in the file; empty when the conflict is about the whole item.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub field: String,
    pub kind: ConflictKind,
    /// Our side (the branch merged into); `None` when not set or deleted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ours: Option<FieldValue>,
    /// Their side (the branch merged in); `None` when not set or deleted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub theirs: Option<FieldValue>,
    /// Comments written above or beside the conflict's keys.
    #[serde(skip)]
    pub comments: Comments,
}

/// What a conflict's `item` names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConflictTarget<'a> {
    /// The top-level fields of the map.
    Map,
    /// The `[goal]` table.
    Goal,
    /// The team member with this name.
    Team(&'a str),
    /// The item with this id.
    Item(&'a str),
}

impl Conflict {
    /// A conflict without comments.
    pub fn new(
        item: impl Into<String>,
        field: impl Into<String>,
        kind: ConflictKind,
        ours: Option<FieldValue>,
        theirs: Option<FieldValue>,
    ) -> Self {
        Conflict {
            item: item.into(),
            field: field.into(),
            kind,
            ours,
            theirs,
            comments: Comments::default(),
        }
    }

    /// What the conflict's `item` names.
    pub fn target(&self) -> ConflictTarget<'_> {
        match self.item.as_str() {
            MAP_ITEM => ConflictTarget::Map,
            GOAL_ITEM => ConflictTarget::Goal,
            item => match item.strip_prefix(TEAM_PREFIX) {
                Some(name) => ConflictTarget::Team(name),
                None => ConflictTarget::Item(item),
            },
        }
    }

    /// The same conflict, ignoring comments.
    pub fn same_as(&self, other: &Conflict) -> bool {
        self.item == other.item
            && self.field == other.field
            && self.kind == other.kind
            && self.ours == other.ours
            && self.theirs == other.theirs
    }
}

/// The kind of thing a conflict is about, as found in a map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConflictItem {
    Map,
    Goal,
    Team,
    Item(IdKind),
}

impl ConflictItem {
    /// The fields such an item has (see [`Fields::names`]).
    pub fn field_names(self) -> &'static [&'static str] {
        match self {
            ConflictItem::Map => Map::names(),
            ConflictItem::Goal => Goal::names(),
            ConflictItem::Team | ConflictItem::Item(IdKind::Member) => Participant::names(),
            ConflictItem::Item(IdKind::Persona) => Persona::names(),
            ConflictItem::Item(IdKind::Stage) => Stage::names(),
            ConflictItem::Item(IdKind::Touchpoint) => Touchpoint::names(),
            ConflictItem::Item(IdKind::Opportunity) => Opportunity::names(),
            ConflictItem::Item(IdKind::Metric) => Metric::names(),
            ConflictItem::Item(IdKind::Department) => Department::names(),
        }
    }

    /// Whether `field` of such an item can hold `value`.
    pub fn check(self, field: &str, value: Option<FieldValue>) -> Result<(), FieldError> {
        match self {
            ConflictItem::Map => Map::new("", MapKind::CurrentState).set(field, value),
            ConflictItem::Goal => Goal::default().set(field, value),
            ConflictItem::Team if field == TEAM_NAME => match value {
                Some(FieldValue::Text(name)) if !name.trim().is_empty() => Ok(()),
                _ => Participant::new("").set(field, value),
            },
            ConflictItem::Team | ConflictItem::Item(IdKind::Member) => {
                Participant::new("").set(field, value)
            }
            ConflictItem::Item(IdKind::Persona) => Persona::default().set(field, value),
            ConflictItem::Item(IdKind::Stage) => Stage::default().set(field, value),
            ConflictItem::Item(IdKind::Touchpoint) => Touchpoint::default().set(field, value),
            ConflictItem::Item(IdKind::Opportunity) => {
                Opportunity::new(Id::default(), "").set(field, value)
            }
            ConflictItem::Item(IdKind::Metric) => {
                Metric::new(Id::default(), "", MetricKind::Other).set(field, value)
            }
            ConflictItem::Item(IdKind::Department) => Department::default().set(field, value),
        }
    }

    /// "touchpoint `tp-pay`", "the goal", "team member `Ana`".
    pub fn describe(self, conflict: &Conflict) -> String {
        match (self, conflict.target()) {
            (ConflictItem::Map, _) => t!("model-conflict-the-map"),
            (ConflictItem::Goal, _) => t!("model-conflict-the-goal"),
            (_, ConflictTarget::Team(name)) => t!(
                "load-place-named",
                noun = IdKind::Member.name(),
                id = escape(name)
            ),
            (ConflictItem::Item(kind), _) => t!(
                "load-place-named",
                noun = kind.name(),
                id = escape(&conflict.item)
            ),
            (ConflictItem::Team, _) => format!("`{}`", escape(&conflict.item)),
        }
    }
}

/// The sections whose order an `order` conflict on `item = "map"` can be about.
pub const ORDERED_SECTIONS: &[&str] = &[
    "personas",
    "departments",
    "team",
    "stages",
    "touchpoints",
    "opportunities",
    "metrics",
];

/// The part of a `[[conflicts]]` table a problem is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConflictPart {
    Item,
    Field,
    Ours,
    Theirs,
}

/// Why a recorded conflict does not fit the map it is in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConflictProblem {
    pub part: ConflictPart,
    pub message: String,
    pub hint: String,
}

impl Map {
    /// What a conflict's `item` names in this map, if it names anything.
    pub fn conflict_item(&self, conflict: &Conflict) -> Option<ConflictItem> {
        match conflict.target() {
            ConflictTarget::Map => Some(ConflictItem::Map),
            ConflictTarget::Goal => Some(ConflictItem::Goal),
            ConflictTarget::Team(name) => self
                .team
                .iter()
                .any(|p| p.name == name)
                .then_some(ConflictItem::Team),
            ConflictTarget::Item(id) => self
                .ids()
                .find(|(_, candidate)| *candidate == id)
                .map(|(kind, _)| ConflictItem::Item(kind)),
        }
    }
}

impl Conflict {
    /// Every way this conflict does not fit `map`: an item the map does not
    /// have, a field the item does not have, a value the field cannot hold,
    /// or values that do not match the kind of conflict.
    pub fn problems(&self, map: &Map) -> Vec<ConflictProblem> {
        let problem = |part, message: String, hint: String| ConflictProblem {
            part,
            message,
            hint,
        };
        let Some(item) = map.conflict_item(self) else {
            let what = match self.target() {
                ConflictTarget::Team(name) => {
                    t!("model-conflict-no-member", name = escape(name))
                }
                _ => t!("model-conflict-no-item", id = escape(&self.item)),
            };
            return vec![problem(
                ConflictPart::Item,
                t!("model-conflict-unknown-item", what = what),
                t!("model-conflict-unknown-item-hint"),
            )];
        };
        let names = item.field_names();
        let mut problems = Vec::new();
        match self.kind {
            ConflictKind::BothChanged => {
                if self.field.is_empty() {
                    problems.push(problem(
                        ConflictPart::Field,
                        t!("model-conflict-needs-field"),
                        t!("model-conflict-needs-field-hint"),
                    ));
                } else if !(names.contains(&self.field.as_str())
                    || item == ConflictItem::Team && self.field == TEAM_NAME)
                {
                    problems.push(problem(
                        ConflictPart::Field,
                        t!(
                            "model-conflict-not-a-field",
                            field = escape(&self.field),
                            what = item.describe(self)
                        ),
                        t!("model-conflict-known-fields", fields = names.join(", ")),
                    ));
                } else {
                    for (part, value) in [
                        (ConflictPart::Ours, &self.ours),
                        (ConflictPart::Theirs, &self.theirs),
                    ] {
                        if let Err(e) = item.check(&self.field, value.clone()) {
                            problems.push(problem(
                                part,
                                t!("model-conflict-value-does-not-fit", problem = e.to_string()),
                                t!("load-bad-value-hint"),
                            ));
                        }
                    }
                }
            }
            ConflictKind::Order => {
                let fields: &[&str] = match item {
                    ConflictItem::Map => ORDERED_SECTIONS,
                    ConflictItem::Item(IdKind::Stage) => &["touchpoints"],
                    _ => &[],
                };
                if !fields.contains(&self.field.as_str()) {
                    let hint = if fields.is_empty() {
                        t!("model-conflict-order-item-hint")
                    } else {
                        t!(
                            "model-conflict-order-field-hint",
                            fields = fields.join(", ")
                        )
                    };
                    problems.push(problem(
                        ConflictPart::Field,
                        t!(
                            "model-conflict-order-bad-field",
                            what = item.describe(self),
                            field = escape(&self.field)
                        ),
                        hint,
                    ));
                }
                for (part, value) in [
                    (ConflictPart::Ours, &self.ours),
                    (ConflictPart::Theirs, &self.theirs),
                ] {
                    let texts = match value {
                        Some(FieldValue::List(items)) => {
                            items.iter().all(|v| v.as_text().is_some())
                        }
                        _ => false,
                    };
                    if !texts {
                        problems.push(problem(
                            part,
                            t!("model-conflict-order-ids"),
                            t!("model-conflict-order-ids-hint"),
                        ));
                    }
                }
            }
            ConflictKind::SameId => {
                if !self.field.is_empty() {
                    problems.push(problem(
                        ConflictPart::Field,
                        t!("model-conflict-whole-item", kind = "same-id"),
                        t!("model-conflict-whole-item-hint"),
                    ));
                }
                for (part, value) in [
                    (ConflictPart::Ours, &self.ours),
                    (ConflictPart::Theirs, &self.theirs),
                ] {
                    if value.as_ref().and_then(FieldValue::as_text).is_none() {
                        problems.push(problem(
                            part,
                            t!("model-conflict-same-id-ids"),
                            t!("model-conflict-same-id-ids-hint"),
                        ));
                    }
                }
            }
            ConflictKind::DeletedEdited | ConflictKind::DeletedReferenced => {
                let noun = self.kind.as_str();
                if !self.field.is_empty() {
                    problems.push(problem(
                        ConflictPart::Field,
                        t!("model-conflict-whole-item", kind = noun),
                        t!("model-conflict-whole-item-hint"),
                    ));
                }
                let (part, listed) = match (&self.ours, &self.theirs) {
                    (Some(v), None) => (ConflictPart::Ours, v),
                    (None, Some(v)) => (ConflictPart::Theirs, v),
                    (_, _) => {
                        problems.push(problem(
                            ConflictPart::Ours,
                            t!("model-conflict-one-side", kind = noun),
                            t!("model-conflict-one-side-hint"),
                        ));
                        return problems;
                    }
                };
                let texts: Option<Vec<&str>> = match listed {
                    FieldValue::List(items) => items.iter().map(FieldValue::as_text).collect(),
                    _ => None,
                };
                let (what, example) = if self.kind == ConflictKind::DeletedEdited {
                    ("fields", "[\"name\"]")
                } else {
                    ("referrers", "[\"tp-example\"]")
                };
                match texts {
                    None => problems.push(problem(
                        part,
                        t!("model-conflict-must-list", what = what),
                        t!("model-conflict-must-list-hint", example = example),
                    )),
                    Some(texts) if self.kind == ConflictKind::DeletedEdited => {
                        if let Some(bad) = texts.iter().find(|t| {
                            !names.contains(t)
                                && **t != EDITED_COMMENTS
                                && !(item == ConflictItem::Team && **t == TEAM_NAME)
                        }) {
                            problems.push(problem(
                                part,
                                t!(
                                    "model-conflict-not-a-field",
                                    field = escape(bad),
                                    what = item.describe(self)
                                ),
                                t!("model-conflict-known-fields", fields = names.join(", ")),
                            ));
                        }
                    }
                    Some(_) => {}
                }
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_are_told_apart() {
        let c = |item: &str| Conflict::new(item, "", ConflictKind::BothChanged, None, None);
        assert_eq!(c("map").target(), ConflictTarget::Map);
        assert_eq!(c("goal").target(), ConflictTarget::Goal);
        assert_eq!(
            c("team:Zoë Kowalska").target(),
            ConflictTarget::Team("Zoë Kowalska")
        );
        assert_eq!(c("tp-pay").target(), ConflictTarget::Item("tp-pay"));
    }
}
