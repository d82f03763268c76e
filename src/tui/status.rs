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

use crate::session::change::{Change, Kind};
use crate::session::guide::Step;

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
    /// The parking lot is open for a new idea.
    ParkIdea,
    NoFindings,
    KeptOurs,
    TookTheirs,
    /// A conflict could not be settled, and why.
    NotSettled(String),
    /// The guided session is at this step.
    Step(Step),
    StepsGuideOnly,
    /// The guided session moved to this step, but the map has a problem and was not saved.
    StepNotSaved(Step),
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
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Notice::HomeKeys(keys) => write!(f, "Type to filter · {keys}"),
            Notice::WhereToSave => {
                f.write_str("Where should the map be saved? Enter saves, Esc goes back")
            }
            Notice::TypeFileName => f.write_str("Type a file name, e.g. onboarding.toml"),
            Notice::FileExists(path) => {
                write!(f, "{} already exists; choose another name", path.display())
            }
            Notice::CannotCreate { path, why } => {
                write!(f, "Cannot create {}: {why}", path.display())
            }
            Notice::CannotOpen(why) => f.write_str(why),
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
            Notice::ParkIdea => {
                f.write_str("Parking lot: type the idea, Enter parks it, Esc cancels")
            }
            Notice::GuideOnly => {
                f.write_str("That belongs to the guided session: run `cjm guide FILE`")
            }
            Notice::NoFindings => f.write_str("No findings: the map passes every check"),
            Notice::KeptOurs => f.write_str("Kept our value; the conflict is settled"),
            Notice::TookTheirs => f.write_str("Took their value; the conflict is settled"),
            Notice::NotSettled(why) => write!(f, "Not settled: {why}"),
            Notice::Step(step) => write!(f, "Step {} of 10 – {}", step.number(), step.name()),
            Notice::StepsGuideOnly => {
                f.write_str("Steps belong to the guided session: run `cjm guide FILE`")
            }
            Notice::StepNotSaved(step) => write!(
                f,
                "{} – not saved yet: the map has a problem to fix",
                Notice::Step(*step)
            ),
            Notice::LastStep => {
                f.write_str("This is the last step: the map is complete. q quits, 1 opens the board")
            }
            Notice::Timer { running: true } => f.write_str("Timer running"),
            Notice::Timer { running: false } => f.write_str("Timer paused"),
            Notice::TeamFirst => {
                f.write_str("Add the team first: every participant gets dots to give")
            }
            Notice::SelectOpportunity => f.write_str("Select an opportunity to vote on"),
            Notice::NoDotsLeft {
                voter,
                spent,
                budget,
            } => write!(f, "{voter} has no dots left ({spent} of {budget} given)"),
            Notice::NoDotGiven(voter) => write!(f, "{voter} gave no dot to this idea"),
            Notice::Voted {
                voter,
                left,
                votes,
                total,
            } => {
                let plural = crate::tui::views::plural;
                write!(
                    f,
                    "{voter}: {} left · this idea has {} ({total} from this session)",
                    plural(*left as usize, "dot", "dots"),
                    plural(*votes as usize, "vote", "votes")
                )
            }
            Notice::Unresolved { item, count, keys } => {
                let (noun, them) = if *count == 1 {
                    ("conflict", "it")
                } else {
                    ("conflicts", "them")
                };
                write!(
                    f,
                    "⚡ This {item} has {count} unresolved merge {noun}: {keys} lists {them} to settle"
                )
            }
            Notice::ConflictStaysOpen => f.write_str("The conflict stays open"),
            Notice::WholeItemConflict => {
                f.write_str("This conflict is about a whole item: keep it (o) or take theirs (t)")
            }
            Notice::EditCombined => {
                f.write_str("Edit the combined value; Enter settles the conflict with it")
            }
            Notice::NotAccepted(why) => write!(f, "Not accepted: {why}"),
            Notice::SettledCombined => f.write_str("Settled the conflict with the combined value"),
            Notice::RecoveryFound => f.write_str("Unsaved changes from an earlier session were found"),
            Notice::AlsoOpenElsewhere(since) => write!(
                f,
                "Note: this file is also open in another cjm since {since}; your recovery copy is your own"
            ),
            Notice::ChangedOnDisk { deleted: true } => {
                f.write_str("Not saved: the file was deleted or moved")
            }
            Notice::ChangedOnDisk { deleted: false } => {
                f.write_str("Not saved: the file changed on disk")
            }
            Notice::Reloaded => {
                f.write_str("Reloaded the file from disk; undo starts again from here")
            }
            Notice::NotReloaded(why) => {
                write!(f, "Not reloaded: {why}. Your version is still here.")
            }
            Notice::NotMerged(why) => write!(f, "Not merged: {why}. Your version is still here."),
            Notice::NoMergeBase => f.write_str(
                "Cannot merge: the version you last loaded or saved was undone and replaced by new edits, so cjm cannot tell which changes are whose. Keep yours as another file (k), then run `cjm merge`.",
            ),
            Notice::MergeInvalid { why, keys } => write!(
                f,
                "Not merged: the result would not be valid ({why}). Your version is still here; {keys} keeps it as another file."
            ),
            Notice::Merged { conflicts: 0, save } => write!(
                f,
                "Merged the file on disk with your edits; {save} saves the result"
            ),
            Notice::Merged { conflicts, save } => write!(
                f,
                "Merged with {conflicts} conflict(s), marked ⚡ on the board; {save} saves the result"
            ),
            Notice::Saved(path) => write!(f, "Saved {}", path.display()),
            Notice::SavedAs(path) => {
                write!(f, "Saved as {}; cjm now edits that file", path.display())
            }
            Notice::NotSaved { why, keys, lost } => write!(
                f,
                "Not saved: {why}. {keys} saves elsewhere; {}.",
                if *lost {
                    "they are only here: no recovery copy could be written either"
                } else {
                    "your changes are kept here and in a recovery copy"
                }
            ),
            Notice::Merging => f.write_str("Merging…"),
            Notice::ReadOnly(keys) => write!(
                f,
                "Read-only: another cjm has this file open; {keys} saves your changes as another file"
            ),
            Notice::OpenedAnyway => f.write_str(
                "Opened anyway: a save first checks that the other cjm did not change the file",
            ),
            Notice::RecoveryDiscarded => f.write_str("Recovery copy discarded"),
            Notice::Restored(keys) => write!(
                f,
                "Restored the unsaved changes; {keys} writes them to the file"
            ),
            Notice::ChooseRecovery => f.write_str(
                "Choose: r restore, d difference, x discard, or q to quit and decide later",
            ),
            Notice::Reloading => f.write_str("Reloading…"),
            Notice::Overwriting => f.write_str("Overwriting the file with your version…"),
            Notice::NothingSaved { keys, lost: true } => write!(
                f,
                "Nothing saved. Your changes are only here (no recovery copy could be written); {keys} saves them elsewhere."
            ),
            Notice::NothingSaved { keys, lost: false } => write!(
                f,
                "Nothing saved. Your changes are still here and in the recovery copy; {keys} saves them elsewhere."
            ),
            Notice::SaveAsCancelled => f.write_str("Save as: cancelled, nothing saved"),
            Notice::TypePath => f.write_str("Type the path of the new file, or Esc"),
            Notice::SavingAs(path) => write!(f, "Saving as {path}…"),
            Notice::Invalid(why) => write!(f, "Not saved: {why}"),
            Notice::IdsNeverChange => {
                f.write_str("Ids never change, so references and git merges survive renames")
            }
            Notice::EditorHelp {
                accept,
                new_line,
                cancel,
            } => write!(f, "{accept} accepts · {new_line} new line · {cancel} cancels"),
            Notice::FieldCannotChange { label, next } => {
                write!(f, "{label} cannot change; {next} selects another field")
            }
            Notice::TypedOnChoice {
                label,
                previous,
                next,
                edit,
            } => write!(
                f,
                "{label} is a choice: {previous} / {next} change it, {edit} types a value – typing here does nothing"
            ),
            Notice::UnsavedText { keep, drop } => {
                write!(f, "Unsaved text: {keep} keeps it, {drop} again drops it")
            }
            Notice::TypedTextDropped => {
                f.write_str("Typed text dropped; the field keeps its value")
            }
            Notice::NewLineInEditor => {
                f.write_str("A new line goes into a text field while it is edited")
            }
            Notice::Editing {
                label,
                accept,
                cancel,
            } => write!(f, "Editing {label}: {accept} accepts · {cancel} cancels"),
            Notice::EnterEdits => f.write_str("Enter edits this field"),
            Notice::IdCannotBeCleared => f.write_str("The id cannot be cleared"),
            Notice::NeedsValue => f.write_str("This field needs a value"),
            Notice::FieldChanged(label) => write!(f, "{label} changed"),
            Notice::NothingToAdd => f.write_str("Nothing to add here"),
            Notice::StageFirst => f.write_str("Add a stage first (A)"),
            Notice::NameNew(noun) => write!(f, "Name the new {noun}: Enter creates it, Esc cancels"),
            Notice::NothingAdded => f.write_str("Nothing added"),
            Notice::TypeName(noun) => write!(f, "Type a name for the {noun}"),
            Notice::Added(noun) => write!(f, "Added the {noun}; fill in its fields or press Esc"),
            Notice::NothingToDelete => f.write_str("Nothing selected to delete"),
            Notice::CannotDeleteMap => f.write_str(
                "The map's own fields and the goal cannot be deleted; clear single fields in the form (d)",
            ),
            Notice::Deleted(name) => write!(f, "Deleted “{name}” (u undoes)"),
            Notice::NoFurtherStage => f.write_str("No stage further that way"),
            Notice::StageMoved => f.write_str("Stage moved"),
            Notice::MovedTo(stage) => write!(f, "Moved to {stage}"),
            Notice::RankedByVotes => {
                f.write_str("Opportunities are ranked by votes, then impact per effort")
            }
            Notice::KeptInFallback(at) => write!(
                f,
                "The data folder cannot be written; your unsaved changes are kept in {} instead. Save soon.",
                at.display()
            ),
            Notice::NotQuitting(why) => write!(
                f,
                "Not quitting: your changes are not saved anywhere ({why}); x in the quit dialog discards them"
            ),
            Notice::SavingThenQuit => f.write_str("Saving; press q to quit"),
            Notice::ShowingOnly(what) => write!(f, "Showing only: {what}"),
            Notice::ShowingEverything => f.write_str("Showing everything"),
            Notice::ReadOnlyNotSaved(keys) => write!(
                f,
                "Not saved: opened read-only, another cjm has this file open; {keys} saves as another file"
            ),
            Notice::Note(what) => write!(f, "Note: {what}"),
            Notice::NotRemembered(why) => write!(f, "Could not remember the session: {why}"),
            Notice::NotRemoved { at, why } => {
                write!(f, "Could not remove the recovery copy {}: {why}", at.display())
            }
            Notice::WithNote { said, note } => {
                write!(f, "{}. Note: {note}", said.trim_end_matches('.'))
            }
            Notice::RecoveryUnreadable { reason, recovery } => write!(
                f,
                "A recovery copy of this map cannot be read ({reason}); it is left at {}",
                recovery.display()
            ),
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
