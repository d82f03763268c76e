//! The app's status-bar messages as values: every notice is a variant of
//! [`Notice`], rendered to words here and nowhere else, so a later
//! translation maps each variant to one message and no sentence is glued
//! together from fragments at the place that reports it.
//!
//! The sticky safety warning ("NOT SAVED ANYWHERE", see
//! [`super::app::Safety`]) is not a notice: the footer puts it before
//! whatever notice is shown, for as long as the work is in memory only.

use std::fmt;

use crate::session::change::{Change, Kind};

/// A message for the status bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// An undo, and what it changed.
    Undid(Change),
    /// A redo, and what it changed.
    Redid(Change),
    NothingToUndo,
    NothingToRedo,
    /// Undo stops at what replaced the map wholesale (a reload, a merge).
    UndoStopsAt(&'static str),
    /// In the guided session, the last change is to a kind of item the
    /// screen does not show (`None`: to several kinds): it is not undone
    /// behind the room's back.
    UndoNotShown(Option<Kind>),
    /// A touchpoint was rated.
    Emotion(i64),
    /// Emotions are rated on touchpoints only.
    SelectTouchpointToRate,
    NothingSelected,
    NothingDeleted,
    Cancelled,
    QuitCancelled,
    FiltersClearedToShow,
    NoBasedOn,
    GuideOnly,
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Notice::Undid(change) => write!(f, "Undone: {}", Said(change)),
            Notice::Redid(change) => write!(f, "Redone: {}", Said(change)),
            Notice::NothingToUndo => f.write_str("Nothing to undo"),
            Notice::NothingToRedo => f.write_str("Nothing to redo"),
            Notice::UndoStopsAt(what) => write!(
                f,
                "Nothing to undo: undo stops at the {what}, so the pulled changes stay"
            ),
            Notice::UndoNotShown(Some(kind)) => write!(
                f,
                "Not undone: the last change is to a {}, which this screen does not show; show it, then undo again",
                kind.noun()
            ),
            Notice::UndoNotShown(None) => f.write_str(
                "Not undone: the last change is to several parts of the map, which this screen does not show all of",
            ),
            Notice::Emotion(score) => write!(f, "Emotion {score:+}"),
            Notice::SelectTouchpointToRate => f.write_str("Select a touchpoint to rate its emotion"),
            Notice::NothingSelected => f.write_str("Nothing selected here; a adds an item"),
            Notice::NothingDeleted => f.write_str("Nothing deleted"),
            Notice::Cancelled => f.write_str("Cancelled"),
            Notice::QuitCancelled => f.write_str("Quit cancelled"),
            Notice::FiltersClearedToShow => f.write_str("Filters cleared to show the item"),
            Notice::NoBasedOn => f.write_str("This map names no `based_on` map to compare with"),
            Notice::GuideOnly => {
                f.write_str("That belongs to the guided session: run `cjm guide FILE`")
            }
        }
    }
}

/// A change as the status bar says it: "emotion of ‘Newsletter’ +2 → +1".
struct Said<'a>(&'a Change);

impl fmt::Display for Said<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let value = |v: &Option<String>| match v {
            Some(v) if !v.is_empty() => v.clone(),
            _ => "(not set)".to_owned(),
        };
        match self.0 {
            Change::Field {
                kind,
                name,
                field,
                from,
                to,
            } => write!(
                f,
                "{} of {} ‘{name}’ {} → {}",
                field.replace('_', " "),
                kind.noun(),
                value(from),
                value(to)
            ),
            Change::Item { kind, name } => write!(f, "{} ‘{name}’ changed", kind.noun()),
            Change::Added { kind, name } => write!(f, "{} ‘{name}’ added", kind.noun()),
            Change::Removed { kind, name } => write!(f, "{} ‘{name}’ removed", kind.noun()),
            Change::Reordered { kind } => write!(f, "order of the {} list", kind.noun()),
            Change::Items { kind, count } => {
                write!(f, "{count} items of the {} list changed", kind.noun())
            }
            Change::Several => f.write_str("changes to several parts of the map"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_and_redo_say_what_they_changed() {
        let emotion = Change::Field {
            kind: Kind::Touchpoint,
            name: "Newsletter".into(),
            field: "emotion",
            from: Some("+2".into()),
            to: Some("+1".into()),
        };
        assert_eq!(
            Notice::Undid(emotion).to_string(),
            "Undone: emotion of touchpoint ‘Newsletter’ +2 → +1"
        );
        let cleared = Change::Field {
            kind: Kind::Touchpoint,
            name: "Newsletter".into(),
            field: "pain_points",
            from: Some("slow".into()),
            to: None,
        };
        assert_eq!(
            Notice::Redid(cleared).to_string(),
            "Redone: pain points of touchpoint ‘Newsletter’ slow → (not set)"
        );
        let removed = Change::Removed {
            kind: Kind::Stage,
            name: "Świadomość".into(),
        };
        assert_eq!(
            Notice::Undid(removed).to_string(),
            "Undone: stage ‘Świadomość’ removed"
        );
    }
}
