//! The app's status-bar messages as values: every notice is a variant of
//! [`Notice`], rendered to words here and nowhere else, so a later
//! translation maps each variant to one message and no sentence is glued
//! together from fragments at the place that reports it.
//!
//! The sticky safety warning ("NOT SAVED ANYWHERE", see
//! [`super::app::Safety`]) is not a notice: the footer puts it before
//! whatever notice is shown, for as long as the work is in memory only.

use std::fmt;
use std::path::PathBuf;

use crate::t;

use crate::session::change::{Change, Kind};
use crate::session::guide::Step;
use crate::tui::words;

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
    /// Emotions are rated where the touchpoints show (a rating key in
    /// another view would change a card out of sight).
    RateWhereCardsShow,
    NothingSelected,
    NothingDeleted,
    Cancelled,
    QuitCancelled,
    FiltersClearedToShow,
    NoBasedOn,
    GuideOnly,
    /// The parking lot is open for a new idea.
    ParkIdea,
    NoFindings,
    KeptOurs,
    TookTheirs,
    /// A conflict could not be settled, and why.
    NotSettled(String),
    /// The guided session is at this step, `number` of `count`.
    Step {
        step: Step,
        number: usize,
        count: usize,
    },
    StepsGuideOnly,
    /// The guided session moved to this step, but the map has a problem and was not saved.
    StepNotSaved {
        step: Step,
        number: usize,
        count: usize,
    },
    /// The guided session now includes (or leaves out) the blueprint step.
    BlueprintStep(bool),
    LastStep,
    Timer {
        running: bool,
    },
    TeamFirst,
    SelectOpportunity,
    NoDotsLeft {
        voter: String,
        spent: u32,
        budget: u32,
    },
    NoDotGiven(String),
    Voted {
        voter: String,
        left: u32,
        votes: u32,
        total: u32,
    },
    /// An item has unresolved merge conflicts; `keys` list them.
    Unresolved {
        item: &'static str,
        count: usize,
        keys: String,
    },
    ConflictStaysOpen,
    WholeItemConflict,
    EditCombined,
    /// A value was refused, and why.
    NotAccepted(String),
    SettledCombined,
    RecoveryFound,
    /// Another cjm has the file open, since this time.
    AlsoOpenElsewhere(String),
    /// A save stopped: the file changed on disk, or was `deleted` or moved.
    ChangedOnDisk {
        deleted: bool,
    },
    Reloaded,
    NotReloaded(String),
    NotMerged(String),
    /// The version last loaded or saved is out of the history's reach.
    NoMergeBase,
    MergeInvalid {
        why: String,
        keys: String,
    },
    /// Merged with the file on disk; `save` are the keys that save.
    Merged {
        conflicts: usize,
        save: String,
    },
    Saved(PathBuf),
    SavedAs(PathBuf),
    /// A save failed; `keys` save elsewhere; `lost` when no recovery copy
    /// holds the changes either.
    NotSaved {
        why: String,
        keys: String,
        lost: bool,
    },
    Merging,
    /// Opened read-only; the keys save as another file.
    ReadOnly(String),
    OpenedAnyway,
    RecoveryDiscarded,
    /// The recovery copy was restored; the keys save it.
    Restored(String),
    ChooseRecovery,
    Reloading,
    Overwriting,
    /// The changed-on-disk dialog was left without saving.
    NothingSaved {
        keys: String,
        lost: bool,
    },
    SaveAsCancelled,
    TypePath,
    SavingAs(String),
    /// The map is not saved: it has this problem.
    Invalid(String),
    IdsNeverChange,
    /// A field's editor opened: the keys that accept, start a new line and cancel.
    EditorHelp {
        accept: String,
        new_line: String,
        cancel: String,
    },
    /// A key typed on a field that cannot change (its label; the keys that
    /// select another field).
    FieldCannotChange {
        label: String,
        next: String,
    },
    /// A key typed on a choice (its label; the keys that change it and the
    /// key that types a value).
    TypedOnChoice {
        label: String,
        previous: String,
        next: String,
        edit: String,
    },
    /// Esc in a field's editor with changed text: the keys that keep it and
    /// that drop it.
    UnsavedText {
        keep: String,
        drop: String,
    },
    /// The second Esc dropped the typed text.
    TypedTextDropped,
    /// The new-line key pressed outside a field's editor.
    NewLineInEditor,
    /// Typing started the field's editor (its label; the keys that accept
    /// and cancel).
    Editing {
        label: String,
        accept: String,
        cancel: String,
    },
    EnterEdits,
    IdCannotBeCleared,
    NeedsValue,
    /// A field of the form changed (its label).
    FieldChanged(String),
    NothingToAdd,
    StageFirst,
    /// A new item of this kind is being named.
    NameNew(&'static str),
    NothingAdded,
    TypeName(&'static str),
    Added(&'static str),
    NothingToDelete,
    CannotDeleteMap,
    Deleted(String),
    NoFurtherStage,
    StageMoved,
    MovedTo(String),
    RankedByVotes,
    /// The recovery copy went to the fallback folder.
    KeptInFallback(PathBuf),
    NotQuitting(String),
    SavingThenQuit,
    /// A filter is on; what it shows.
    ShowingOnly(String),
    ShowingEverything,
    ReadOnlyNotSaved(String),
    /// Something worth knowing at start (a damaged session store).
    Note(String),
    /// The interface language changed (its name in its own words).
    Language(&'static str),
    NotRemembered(String),
    NotRemoved {
        at: PathBuf,
        why: String,
    },
    /// A message already shown, with a note added (what a save found out
    /// besides its outcome).
    WithNote {
        said: String,
        note: String,
    },
    RecoveryUnreadable {
        reason: String,
        recovery: PathBuf,
    },
    /// The home screen's keys (from its keymap), shown until something
    /// else is said.
    HomeKeys(String),
    /// Home's file-name prompt: where the new map goes.
    WhereToSave,
    TypeFileName,
    FileExists(PathBuf),
    /// A new map's file could not be written.
    CannotCreate {
        path: PathBuf,
        why: String,
    },
    /// A map chosen on the home screen does not open: the first line of why.
    CannotOpen(String),
    /// The board's service-blueprint lanes were turned on (true) or off.
    BlueprintLanes(bool),
    /// The selected item has no web link to open.
    NoLink,
    /// A link is being opened with the system's opener.
    OpeningLink(String),
    /// The system's opener could not be started, and why.
    LinkNotOpened(String),
    /// Which of the selected item's links to open.
    ChooseLink,
    /// A new department was added to the map.
    DepartmentAdded(String),
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Notice::HomeKeys(keys) => t!("home-keys", keys = keys.as_str()),
            Notice::WhereToSave => t!("home-where-to-save"),
            Notice::TypeFileName => t!("home-type-file-name"),
            Notice::FileExists(path) => t!("home-file-exists", path = path.display().to_string()),
            Notice::CannotCreate { path, why } => t!(
                "home-cannot-create",
                path = path.display().to_string(),
                why = why.as_str()
            ),
            Notice::CannotOpen(why) => why.clone(),
            Notice::Undid(change) => t!("status-undid", change = Said(change).to_string()),
            Notice::Redid(change) => t!("status-redid", change = Said(change).to_string()),
            Notice::NothingToUndo => t!("status-nothing-to-undo"),
            Notice::NothingToRedo => t!("status-nothing-to-redo"),
            Notice::UndoStopsAt(what) => t!("status-undo-stops-at", what = *what),
            Notice::UndoNotShown(Some(kind)) => {
                t!("status-undo-not-shown", kind = words::kind(kind.noun()))
            }
            Notice::UndoNotShown(None) => t!("status-undo-not-shown-several"),
            Notice::Emotion(score) => t!("status-emotion", score = format!("{score:+}")),
            Notice::SelectTouchpointToRate => t!("status-select-touchpoint-to-rate"),
            Notice::RateWhereCardsShow => t!("status-rate-where-cards-show"),
            Notice::NothingSelected => t!("status-nothing-selected"),
            Notice::NothingDeleted => t!("status-nothing-deleted"),
            Notice::Cancelled => t!("status-cancelled"),
            Notice::QuitCancelled => t!("status-quit-cancelled"),
            Notice::FiltersClearedToShow => t!("status-filters-cleared-to-show"),
            Notice::NoBasedOn => t!("status-no-based-on"),
            Notice::ParkIdea => t!("status-park-idea"),
            Notice::GuideOnly => t!("status-guide-only"),
            Notice::NoFindings => t!("status-no-findings"),
            Notice::KeptOurs => t!("status-kept-ours"),
            Notice::TookTheirs => t!("status-took-theirs"),
            Notice::NotSettled(why) => t!("status-not-settled", why = why),
            Notice::Step {
                step,
                number,
                count,
            } => t!(
                "status-step",
                number = *number,
                count = *count,
                name = step.name()
            ),
            Notice::StepsGuideOnly => t!("status-steps-guide-only"),
            Notice::StepNotSaved {
                step,
                number,
                count,
            } => t!(
                "status-step-not-saved",
                step = Notice::Step {
                    step: *step,
                    number: *number,
                    count: *count
                }
                .to_string()
            ),
            Notice::BlueprintStep(true) => t!("status-blueprint-step-on"),
            Notice::BlueprintStep(false) => t!("status-blueprint-step-off"),
            Notice::LastStep => t!("status-last-step"),
            Notice::Timer { running: true } => t!("status-timer-running"),
            Notice::Timer { running: false } => t!("status-timer-paused"),
            Notice::TeamFirst => t!("status-team-first"),
            Notice::SelectOpportunity => t!("status-select-opportunity"),
            Notice::NoDotsLeft {
                voter,
                spent,
                budget,
            } => t!(
                "status-no-dots-left",
                voter = voter,
                spent = *spent,
                budget = *budget
            ),
            Notice::NoDotGiven(voter) => t!("status-no-dot-given", voter = voter),
            Notice::Voted {
                voter,
                left,
                votes,
                total,
            } => t!(
                "status-voted",
                voter = voter,
                left = *left,
                votes = *votes,
                total = *total
            ),
            Notice::Unresolved { item, count, keys } => t!(
                "status-unresolved",
                kind = words::kind(item),
                count = *count,
                keys = keys
            ),
            Notice::ConflictStaysOpen => t!("status-conflict-stays-open"),
            Notice::WholeItemConflict => t!("status-whole-item-conflict"),
            Notice::EditCombined => t!("status-edit-combined"),
            Notice::NotAccepted(why) => t!("status-not-accepted", why = why),
            Notice::SettledCombined => t!("status-settled-combined"),
            Notice::RecoveryFound => t!("status-recovery-found"),
            Notice::AlsoOpenElsewhere(since) => t!("status-also-open-elsewhere", since = since),
            Notice::ChangedOnDisk { deleted: true } => t!("status-file-deleted"),
            Notice::ChangedOnDisk { deleted: false } => t!("status-file-changed"),
            Notice::Reloaded => t!("status-reloaded"),
            Notice::NotReloaded(why) => t!("status-not-reloaded", why = why),
            Notice::NotMerged(why) => t!("status-not-merged", why = why),
            Notice::NoMergeBase => t!("status-no-merge-base"),
            Notice::MergeInvalid { why, keys } => {
                t!("status-merge-invalid", why = why, keys = keys)
            }
            Notice::Merged { conflicts, save } => {
                t!("status-merged", conflicts = *conflicts, save = save)
            }
            Notice::Saved(path) => t!("status-saved", path = path.display().to_string()),
            Notice::SavedAs(path) => t!("status-saved-as", path = path.display().to_string()),
            Notice::NotSaved {
                why,
                keys,
                lost: true,
            } => t!("status-not-saved-lost", why = why, keys = keys),
            Notice::NotSaved {
                why,
                keys,
                lost: false,
            } => t!("status-not-saved-kept", why = why, keys = keys),
            Notice::Merging => t!("status-merging"),
            Notice::ReadOnly(keys) => t!("status-read-only", keys = keys),
            Notice::OpenedAnyway => t!("status-opened-anyway"),
            Notice::RecoveryDiscarded => t!("status-recovery-discarded"),
            Notice::Restored(keys) => t!("status-restored", keys = keys),
            Notice::ChooseRecovery => t!("status-choose-recovery"),
            Notice::Reloading => t!("status-reloading"),
            Notice::Overwriting => t!("status-overwriting"),
            Notice::NothingSaved { keys, lost: true } => {
                t!("status-nothing-saved-lost", keys = keys)
            }
            Notice::NothingSaved { keys, lost: false } => {
                t!("status-nothing-saved-kept", keys = keys)
            }
            Notice::SaveAsCancelled => t!("status-save-as-cancelled"),
            Notice::TypePath => t!("status-type-path"),
            Notice::SavingAs(path) => t!("status-saving-as", path = path),
            Notice::Invalid(why) => t!("status-invalid", why = why),
            Notice::IdsNeverChange => t!("status-ids-never-change"),
            Notice::EditorHelp {
                accept,
                new_line,
                cancel,
            } => t!(
                "status-editor-help",
                accept = accept,
                new_line = new_line,
                cancel = cancel
            ),
            Notice::FieldCannotChange { label, next } => {
                t!("status-field-cannot-change", label = label, next = next)
            }
            Notice::TypedOnChoice {
                label,
                previous,
                next,
                edit,
            } => t!(
                "status-typed-on-choice",
                label = label,
                previous = previous,
                next = next,
                edit = edit
            ),
            Notice::UnsavedText { keep, drop } => {
                t!("status-unsaved-text", keep = keep, drop = drop)
            }
            Notice::TypedTextDropped => t!("status-typed-text-dropped"),
            Notice::NewLineInEditor => t!("status-new-line-in-editor"),
            Notice::Editing {
                label,
                accept,
                cancel,
            } => t!(
                "status-editing",
                label = label,
                accept = accept,
                cancel = cancel
            ),
            Notice::EnterEdits => t!("status-enter-edits"),
            Notice::IdCannotBeCleared => t!("status-id-cannot-be-cleared"),
            Notice::NeedsValue => t!("status-needs-value"),
            Notice::FieldChanged(label) => t!("status-field-changed", label = label),
            Notice::NothingToAdd => t!("status-nothing-to-add"),
            Notice::StageFirst => t!("status-stage-first"),
            Notice::NameNew(noun) => t!("status-name-new", kind = words::kind(noun)),
            Notice::NothingAdded => t!("status-nothing-added"),
            Notice::TypeName(noun) => t!("status-type-name", kind = words::kind(noun)),
            Notice::Added(noun) => t!("status-added", kind = words::kind(noun)),
            Notice::NothingToDelete => t!("status-nothing-to-delete"),
            Notice::CannotDeleteMap => t!("status-cannot-delete-map"),
            Notice::Deleted(name) => t!("status-deleted", name = name),
            Notice::NoFurtherStage => t!("status-no-further-stage"),
            Notice::StageMoved => t!("status-stage-moved"),
            Notice::MovedTo(stage) => t!("status-moved-to", stage = stage),
            Notice::RankedByVotes => t!("status-ranked-by-votes"),
            Notice::KeptInFallback(at) => {
                t!("status-kept-in-fallback", path = at.display().to_string())
            }
            Notice::NotQuitting(why) => t!("status-not-quitting", why = why),
            Notice::SavingThenQuit => t!("status-saving-then-quit"),
            Notice::ShowingOnly(what) => t!("status-showing-only", what = what),
            Notice::ShowingEverything => t!("status-showing-everything"),
            Notice::ReadOnlyNotSaved(keys) => t!("status-read-only-not-saved", keys = keys),
            Notice::Note(what) => t!("status-note", what = what),
            Notice::Language(name) => t!("status-language", name = *name),
            Notice::NotRemembered(why) => t!("status-not-remembered", why = why),
            Notice::NotRemoved { at, why } => t!(
                "status-not-removed",
                path = at.display().to_string(),
                why = why
            ),
            Notice::WithNote { said, note } => t!(
                "status-with-note",
                said = said.trim_end_matches('.'),
                note = note
            ),
            Notice::RecoveryUnreadable { reason, recovery } => t!(
                "status-recovery-unreadable",
                reason = reason,
                path = recovery.display().to_string()
            ),
            Notice::BlueprintLanes(true) => t!("status-blueprint-on"),
            Notice::BlueprintLanes(false) => t!("status-blueprint-off"),
            Notice::NoLink => t!("status-no-link"),
            Notice::OpeningLink(url) => t!("status-opening-link", url = url.as_str()),
            Notice::LinkNotOpened(why) => t!("status-link-not-opened", why = why.as_str()),
            Notice::ChooseLink => t!("status-choose-link"),
            Notice::DepartmentAdded(name) => t!("status-department-added", name = name.as_str()),
        };
        f.write_str(&text)
    }
}

/// A change as the status bar says it: "emotion of ‘Newsletter’ +2 → +1".
struct Said<'a>(&'a Change);

impl fmt::Display for Said<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let value = |v: &Option<String>| match v {
            Some(v) if !v.is_empty() => v.clone(),
            _ => t!("undo-not-set"),
        };
        let text = match self.0 {
            Change::Field {
                kind,
                name,
                field,
                from,
                to,
            } => t!(
                "undo-field",
                field = kind.field_label(field).map_or_else(
                    || field.replace('_', " "),
                    |(id, english)| words::field(id, english).to_lowercase()
                ),
                kind = words::kind(kind.noun()),
                name = name,
                from = value(from),
                to = value(to)
            ),
            Change::Item { kind, name } => {
                t!("undo-item", kind = words::kind(kind.noun()), name = name)
            }
            Change::Added { kind, name } => {
                t!("undo-added", kind = words::kind(kind.noun()), name = name)
            }
            Change::Removed { kind, name } => {
                t!("undo-removed", kind = words::kind(kind.noun()), name = name)
            }
            Change::Reordered { kind } => {
                t!("undo-reordered", kind = words::kind(kind.noun()))
            }
            Change::Items { kind, count } => t!(
                "undo-items",
                kind = words::kind(kind.noun()),
                count = *count
            ),
            Change::Several => t!("undo-several"),
        };
        f.write_str(&text)
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
