//! What one undo or redo did to the map, in terms a facilitator knows:
//! which item, and for an edit of one field, the field with its value
//! before and after ("emotion of ‘Newsletter’ +2 → +1"). The history works
//! it out from the patch of the step it undid or redid (see
//! [`super::history`]); the app renders it to words in one place.
//!
//! Names and values are cleaned for the terminal and cut by display
//! width, so a long Polish name or a row of emoji keeps the status line
//! to one line.

use strum::IntoStaticStr;

use crate::model::{
    Conflict, FieldValue, Fields, Goal, Map, Metric, Opportunity, Participant, Persona, Stage,
    Touchpoint,
};
use crate::session::edit::{Input, ItemRef, to_text};
use crate::text;

/// The widest an item's name is shown in a change, in columns.
pub const NAME_WIDTH: usize = 24;
/// The widest a field's value is shown in a change, in columns.
pub const VALUE_WIDTH: usize = 20;

/// The kinds of thing a change is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum Kind {
    Map,
    Goal,
    Persona,
    TeamMember,
    Stage,
    Touchpoint,
    Opportunity,
    Metric,
    Conflict,
}

impl Kind {
    /// "touchpoint", "team member"… in English: the app looks the kind's
    /// words up by it (`item-kind` and the `undo-` messages).
    pub fn noun(self) -> &'static str {
        match self {
            Kind::TeamMember => crate::model::IdKind::Member.noun(),
            other => other.into(),
        }
    }

    /// A field's label id and English label from the schema, for saying
    /// which field changed; `None` for a key the schema does not know.
    pub fn field_label(self, field: &str) -> Option<(&'static str, &'static str)> {
        let item = self.item_ref()?;
        let id = item.label_id(field);
        (!id.is_empty()).then(|| (id, item.label(field)))
    }

    /// The form's view of an item of this kind (its index is irrelevant
    /// here: only what its fields take is asked).
    fn item_ref(self) -> Option<ItemRef> {
        Some(match self {
            Kind::Map => ItemRef::Map,
            Kind::Goal => ItemRef::Goal,
            Kind::Persona => ItemRef::Persona(0),
            Kind::TeamMember => ItemRef::Participant(0),
            Kind::Stage => ItemRef::Stage(0),
            Kind::Touchpoint => ItemRef::Touchpoint(0),
            Kind::Opportunity => ItemRef::Opportunity(0),
            Kind::Metric => ItemRef::Metric(0),
            Kind::Conflict => return None,
        })
    }
}

/// What an undo or redo did, in the direction it went: an undo of
/// "emotion 1 → 2" is `from: +2, to: +1`, an undo of an addition is a
/// removal, and an item is named as it is afterwards.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// One field of one item changed; `None` is a value that is not set.
    Field {
        kind: Kind,
        name: String,
        field: &'static str,
        from: Option<String>,
        to: Option<String>,
    },
    /// Several fields of one item changed.
    Item { kind: Kind, name: String },
    /// An item appeared.
    Added { kind: Kind, name: String },
    /// An item went away.
    Removed { kind: Kind, name: String },
    /// Items of a kind changed order.
    Reordered { kind: Kind },
    /// Several items of a kind changed at once (`count` of them).
    Items { kind: Kind, count: usize },
    /// Changes to several kinds of item at once that have no one cause.
    Several,
}

impl Change {
    /// The kind of item it is about; `None` for changes to several kinds.
    pub fn kind(&self) -> Option<Kind> {
        match self {
            Change::Field { kind, .. }
            | Change::Item { kind, .. }
            | Change::Added { kind, .. }
            | Change::Removed { kind, .. }
            | Change::Reordered { kind }
            | Change::Items { kind, .. } => Some(*kind),
            Change::Several => None,
        }
    }
}

/// One field that differs between two versions of an item, with both values.
type OneField = (&'static str, Option<FieldValue>, Option<FieldValue>);

/// An item of a list the history patches, as a change names it.
pub(crate) trait Described: PartialEq {
    const KIND: Kind;
    /// The item's name as people know it.
    fn label(&self) -> &str;
    /// What identifies the item across versions (its id).
    fn key(&self) -> &str;
    /// The field that differs between `self` and `other`, with both
    /// values, when exactly one does; `None` otherwise (and for items
    /// without named fields).
    fn one_field(&self, _other: &Self) -> Option<OneField> {
        None
    }
}

impl<T: Described + Clone> Described for crate::model::Shared<T> {
    const KIND: Kind = T::KIND;
    fn label(&self) -> &str {
        (**self).label()
    }
    fn key(&self) -> &str {
        (**self).key()
    }
    fn one_field(&self, other: &Self) -> Option<OneField> {
        (**self).one_field(other)
    }
}

/// The one field of [`Fields`] in which `a` and `b` differ, if only one does.
fn one_of<T: Fields>(a: &T, b: &T) -> Option<OneField> {
    let mut found = None;
    for &field in T::names() {
        let (x, y) = (a.get(field), b.get(field));
        if x != y {
            if found.is_some() {
                return None;
            }
            found = Some((field, x, y));
        }
    }
    found
}

/// [`Described`] for an item with [`Fields`]: its kind, the field people
/// know it by, and the field that identifies it.
macro_rules! described {
    ($ty:ty, $kind:expr, $label:ident, $key:ident) => {
        impl Described for $ty {
            const KIND: Kind = $kind;
            fn label(&self) -> &str {
                &self.$label
            }
            fn key(&self) -> &str {
                self.$key.as_ref()
            }
            fn one_field(&self, other: &Self) -> Option<OneField> {
                one_of(self, other)
            }
        }
    };
}

described!(Persona, Kind::Persona, name, id);
described!(Stage, Kind::Stage, name, id);
described!(Touchpoint, Kind::Touchpoint, name, id);
described!(Opportunity, Kind::Opportunity, title, id);
described!(Metric, Kind::Metric, name, id);
described!(Participant, Kind::TeamMember, name, name);

/// A conflict is named by the item it is about.
impl Described for Conflict {
    const KIND: Kind = Kind::Conflict;
    fn label(&self) -> &str {
        &self.item
    }
    fn key(&self) -> &str {
        &self.item
    }
}

/// An item's name for a change: one line, safe for a terminal, cut to
/// [`NAME_WIDTH`] columns.
fn name(label: &str) -> String {
    text::truncate(&text::clean_head(label, NAME_WIDTH * 2), NAME_WIDTH)
}

/// A field's value for a change: its text as the form shows it, list
/// elements separated by "; ", a signed scale with its sign ("+2"), cut to
/// [`VALUE_WIDTH`] columns. `None` when not set.
fn value(kind: Kind, field: &str, value: Option<&FieldValue>) -> Option<String> {
    let value = value?;
    let input = kind
        .item_ref()
        .map_or(Input::Text, |item| item.input(field));
    let shown = match (input, value) {
        (Input::Integer { min, .. }, FieldValue::Integer(n)) if min < 0 && *n > 0 => {
            format!("+{n}")
        }
        _ => to_text(input, Some(value)).replace('\n', "; "),
    };
    Some(text::truncate(
        &text::clean_head(&shown, VALUE_WIDTH * 2),
        VALUE_WIDTH,
    ))
}

/// The change from `old` to `new`, the run of a list a patch replaced.
pub(crate) fn of_run<T: Described>(old: &[T], new: &[T]) -> Change {
    let kind = T::KIND;
    match (old, new) {
        ([], [item]) => Change::Added {
            kind,
            name: name(item.label()),
        },
        ([item], []) => Change::Removed {
            kind,
            name: name(item.label()),
        },
        ([a], [b]) if a.key() == b.key() => of_item(kind, b.label(), a.one_field(b)),
        // A team member renamed: the name is what identifies them.
        ([a], [b]) if a.label() != b.label() => Change::Field {
            kind,
            name: name(b.label()),
            field: "name",
            from: Some(name(a.label())),
            to: Some(name(b.label())),
        },
        ([_], [b]) => Change::Item {
            kind,
            name: name(b.label()),
        },
        _ if old.len() == new.len() && old.len() > 1 && old.iter().all(|a| new.contains(a)) => {
            Change::Reordered { kind }
        }
        _ => Change::Items {
            kind,
            count: old.len().max(new.len()),
        },
    }
}

/// The change from `old` to `new`, the map's own fields (its goal among them).
pub(crate) fn of_head(old: &Map, new: &Map) -> Change {
    if old.goal != new.goal {
        let kind = Kind::Goal;
        let mut rest = old.clone();
        rest.goal = new.goal.clone();
        if rest != *new {
            return Change::Item {
                kind: Kind::Map,
                name: name(&new.title),
            };
        }
        return of_item(kind, &new.title, one_of::<Goal>(&old.goal, &new.goal));
    }
    of_item(Kind::Map, &new.title, one_of::<Map>(old, new))
}

/// The change of one item named `label`: of its one field that changed,
/// or of the item when several did.
fn of_item(kind: Kind, label: &str, one: Option<OneField>) -> Change {
    match one {
        Some((field, from, to)) => Change::Field {
            kind,
            name: name(label),
            field,
            from: value(kind, field, from.as_ref()),
            to: value(kind, field, to.as_ref()),
        },
        None => Change::Item {
            kind,
            name: name(label),
        },
    }
}

/// One change out of the changes of several parts of a patch: the only
/// one, or the one item added or removed that caused the others (a stage
/// deleted with its touchpoints, an item added with a reference to it).
pub(crate) fn combine(parts: Vec<Change>) -> Change {
    if parts.len() <= 1 {
        return parts.into_iter().next().unwrap_or(Change::Several);
    }
    parts
        .into_iter()
        .find(|c| matches!(c, Change::Added { .. } | Change::Removed { .. }))
        .unwrap_or(Change::Several)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Emotion, Id, MapKind};
    use crate::session::history::History;

    fn touchpoint(name: &str) -> Touchpoint {
        Touchpoint {
            id: Id::new(format!("tp-{}", name.len())),
            name: name.to_owned(),
            ..Touchpoint::default()
        }
    }

    fn map_with(names: &[&str]) -> Map {
        let mut map = Map::new("Shop", MapKind::CurrentState);
        map.touchpoints = names.iter().map(|n| touchpoint(n).into()).collect();
        map
    }

    /// Makes `change` as the app does (recorded, then caught up with),
    /// then undoes and redoes it: what each said.
    fn undo_redo(map: &mut Map, change: impl FnOnce(&mut Map)) -> (Change, Change) {
        let mut history = History::default();
        history.record(map);
        change(map);
        history.catch_up(map);
        let undone = history.undo_change(map).expect("an undo step");
        let redone = history.redo_change(map).expect("a redo step");
        (undone, redone)
    }

    fn field(name: &str, field: &'static str, from: Option<&str>, to: Option<&str>) -> Change {
        Change::Field {
            kind: Kind::Touchpoint,
            name: name.to_owned(),
            field,
            from: from.map(str::to_owned),
            to: to.map(str::to_owned),
        }
    }

    #[test]
    fn an_emotion_is_told_with_its_sign_both_ways() {
        let mut map = map_with(&["Newsletter"]);
        map.touchpoints[0].emotion = Emotion::new(1);
        let (undone, redone) = undo_redo(&mut map, |m| m.touchpoints[0].emotion = Emotion::new(2));
        assert_eq!(
            undone,
            field("Newsletter", "emotion", Some("+2"), Some("+1"))
        );
        assert_eq!(
            redone,
            field("Newsletter", "emotion", Some("+1"), Some("+2"))
        );
        let (undone, _) = undo_redo(&mut map, |m| m.touchpoints[0].emotion = Emotion::new(-2));
        assert_eq!(
            undone,
            field("Newsletter", "emotion", Some("-2"), Some("+2"))
        );
        let (undone, _) = undo_redo(&mut map, |m| m.touchpoints[0].emotion = None);
        assert_eq!(undone, field("Newsletter", "emotion", None, Some("-2")));
    }

    #[test]
    fn a_renamed_card_names_its_new_name_and_both_values() {
        let mut map = map_with(&["Signup", "Newsletter"]);
        let (undone, redone) =
            undo_redo(&mut map, |m| m.touchpoints[1].name = "Weekly mail".into());
        // The item is named as it is after the undo or redo.
        assert_eq!(
            undone,
            field(
                "Newsletter",
                "name",
                Some("Weekly mail"),
                Some("Newsletter")
            )
        );
        assert_eq!(
            redone,
            field(
                "Weekly mail",
                "name",
                Some("Newsletter"),
                Some("Weekly mail")
            )
        );
    }

    #[test]
    fn an_added_item_is_removed_by_undo_and_added_by_redo() {
        let mut map = map_with(&["Signup"]);
        let (undone, redone) = undo_redo(&mut map, |m| {
            m.touchpoints.push(touchpoint("Invoice").into())
        });
        let removed = Change::Removed {
            kind: Kind::Touchpoint,
            name: "Invoice".into(),
        };
        assert_eq!(undone, removed);
        assert_eq!(
            redone,
            Change::Added {
                kind: Kind::Touchpoint,
                name: "Invoice".into()
            }
        );
        assert_eq!(map.touchpoints.len(), 2);
    }

    #[test]
    fn a_deleted_item_comes_back_with_undo() {
        let mut map = map_with(&["Signup", "Invoice"]);
        let (undone, redone) = undo_redo(&mut map, |m| {
            m.touchpoints.remove(0);
        });
        assert_eq!(
            undone,
            Change::Added {
                kind: Kind::Touchpoint,
                name: "Signup".into()
            }
        );
        assert_eq!(
            redone,
            Change::Removed {
                kind: Kind::Touchpoint,
                name: "Signup".into()
            }
        );
    }

    #[test]
    fn a_renamed_team_member_is_a_change_of_their_name() {
        let mut map = map_with(&[]);
        map.team.push(Participant::new("Ola"));
        let (undone, _) = undo_redo(&mut map, |m| m.team[0].name = "Ola Nowak".into());
        assert_eq!(
            undone,
            Change::Field {
                kind: Kind::TeamMember,
                name: "Ola".into(),
                field: "name",
                from: Some("Ola Nowak".into()),
                to: Some("Ola".into()),
            }
        );
    }

    #[test]
    fn a_list_field_shows_its_lines_on_one_line() {
        let mut map = map_with(&["Signup"]);
        map.touchpoints[0].pain_points = vec!["slow".into()];
        let (undone, _) = undo_redo(&mut map, |m| {
            m.touchpoints[0].pain_points.push("ugly".into())
        });
        assert_eq!(
            undone,
            field("Signup", "pain_points", Some("slow; ugly"), Some("slow"))
        );
    }

    #[test]
    fn polish_and_emoji_names_and_values_are_cut_by_display_width() {
        let long = "Żółć gęślą jaźń – zgłoszenie reklamacji 🎉🎉🎉";
        let mut map = map_with(&[long]);
        let (undone, _) = undo_redo(&mut map, |m| m.touchpoints[0].doing = "🎉".repeat(30));
        let Change::Field { name, to, from, .. } = undone else {
            panic!("not a field change: {undone:?}");
        };
        assert_eq!(name, "Żółć gęślą jaźń – zgłos…");
        assert_eq!(text::width(&name), NAME_WIDTH);
        assert_eq!(to, None);
        let from = from.unwrap_or_default();
        // Each emoji is two columns wide: nine of them and the ellipsis.
        assert_eq!(from, format!("{}…", "🎉".repeat(9)));
        assert!(text::width(&from) <= VALUE_WIDTH);
    }

    #[test]
    fn a_move_of_cards_is_a_reorder_and_the_map_title_a_map_field() {
        let mut map = map_with(&["A", "Bb"]);
        let (undone, _) = undo_redo(&mut map, |m| m.touchpoints.swap(0, 1));
        assert_eq!(
            undone,
            Change::Reordered {
                kind: Kind::Touchpoint
            }
        );
        let (undone, _) = undo_redo(&mut map, |m| m.title = "Shop 2".into());
        assert_eq!(
            undone,
            Change::Field {
                kind: Kind::Map,
                name: "Shop".into(),
                field: "title",
                from: Some("Shop 2".into()),
                to: Some("Shop".into()),
            }
        );
    }
}
