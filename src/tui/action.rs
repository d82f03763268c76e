//! Everything a user can ask the app to do. Keys map to these actions through
//! the keymaps; the help screen, the footer, the command palette, the config
//! file and docs/keys.md list them from this one declaration: each action's
//! config name and help group are written once, next to it, and derived
//! (strum) into [`Action::ALL`], [`Action::name`] and [`Action::group`]; its
//! description is the message `action-<name>` and its group's title the
//! message `group-<group>` in `locales/<language>/keys.ftl`.
//!
//! To add an action: add a variant here with its `group`, its description
//! as `action-<name>` in every locale's `keys.ftl`, bind a key in
//! `keymap/default.rs`, and carry it out in `App::action`.

use strum::{EnumProperty, IntoStaticStr, VariantArray};

use crate::tui::words;

/// One user-level action. The variant order is the order help lists them.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    IntoStaticStr,
    EnumProperty,
    VariantArray,
)]
#[strum(serialize_all = "kebab-case")]
pub enum Action {
    #[strum(props(group = "general"))]
    Help,
    #[strum(props(group = "general"))]
    Quit,
    #[strum(props(group = "general"))]
    Save,
    #[strum(props(group = "general"))]
    SaveAs,
    #[strum(props(group = "move-around"))]
    Left,
    #[strum(props(group = "move-around"))]
    Right,
    #[strum(props(group = "move-around"))]
    Up,
    #[strum(props(group = "move-around"))]
    Down,
    #[strum(props(group = "edit-the-map"))]
    Add,
    #[strum(props(group = "edit-the-map"))]
    AddStage,
    #[strum(props(group = "edit-the-map"))]
    Edit,
    #[strum(props(group = "edit-the-map"))]
    Delete,
    #[strum(props(group = "general"))]
    Undo,
    #[strum(props(group = "general"))]
    Redo,
    #[strum(props(group = "edit-the-map"))]
    MoveToPreviousStage,
    #[strum(props(group = "edit-the-map"))]
    MoveToNextStage,
    #[strum(props(group = "edit-the-map"))]
    MoveUp,
    #[strum(props(group = "edit-the-map"))]
    MoveDown,
    #[strum(props(group = "general"))]
    Cancel,
    #[strum(props(group = "rate-emotions"))]
    EmotionVeryNegative,
    #[strum(props(group = "rate-emotions"))]
    EmotionNegative,
    #[strum(props(group = "rate-emotions"))]
    EmotionNeutral,
    #[strum(props(group = "rate-emotions"))]
    EmotionPositive,
    #[strum(props(group = "rate-emotions"))]
    EmotionVeryPositive,
    #[strum(props(group = "views"))]
    ViewBoard,
    #[strum(props(group = "views"))]
    ViewCurve,
    #[strum(props(group = "views"))]
    ViewOpportunities,
    #[strum(props(group = "views"))]
    ViewPersonas,
    #[strum(props(group = "views"))]
    ViewMetrics,
    #[strum(props(group = "views"))]
    ViewInventory,
    #[strum(props(group = "views"))]
    ViewBlueprint,
    #[strum(props(group = "views"))]
    ToggleBlueprint,
    #[strum(props(group = "views"))]
    ViewOverview,
    #[strum(props(group = "views"))]
    ViewChecks,
    #[strum(props(group = "views"))]
    ViewCompare,
    #[strum(props(group = "views"))]
    ItemHistory,
    #[strum(props(group = "general"))]
    Find,
    #[strum(props(group = "general"))]
    OpenLink,
    #[strum(props(group = "edit-the-map"))]
    Migrate,
    #[strum(props(group = "general"))]
    Palette,
    #[strum(props(group = "filters"))]
    FilterPersona,
    #[strum(props(group = "filters"))]
    FilterChannel,
    #[strum(props(group = "filters"))]
    FilterOwner,
    #[strum(props(group = "filters"))]
    ClearFilters,
    #[strum(props(group = "workshop"))]
    NextStep,
    #[strum(props(group = "workshop"))]
    PreviousStep,
    #[strum(props(group = "workshop"))]
    JumpToStep,
    #[strum(props(group = "workshop"), to_string = "timer")]
    ToggleTimer,
    #[strum(props(group = "workshop"))]
    NextVoter,
    #[strum(props(group = "workshop"))]
    PreviousVoter,
    #[strum(props(group = "workshop"))]
    AddDot,
    #[strum(props(group = "workshop"))]
    RemoveDot,
    #[strum(props(group = "workshop"))]
    ScrollStepDown,
    #[strum(props(group = "workshop"))]
    ScrollStepUp,
    #[strum(props(group = "workshop"))]
    ParkIdea,
    #[strum(props(group = "edit-a-field"))]
    NewLine,
    #[strum(props(group = "scroll"))]
    PageUp,
    #[strum(props(group = "scroll"))]
    PageDown,
    #[strum(props(group = "lists"))]
    First,
    #[strum(props(group = "lists"))]
    Last,
    #[strum(props(group = "lists"))]
    Mark,
    #[strum(props(group = "lists"))]
    ClearQuery,
    #[strum(props(group = "merge-conflicts"))]
    TakeOurs,
    #[strum(props(group = "merge-conflicts"))]
    TakeTheirs,
    #[strum(props(group = "merge-conflicts"))]
    CombineOurs,
    #[strum(props(group = "merge-conflicts"))]
    CombineTheirs,
    #[strum(props(group = "dialogs"))]
    Restore,
    #[strum(props(group = "dialogs"))]
    ShowDifference,
    #[strum(props(group = "dialogs"))]
    Discard,
    #[strum(props(group = "dialogs"))]
    Merge,
    #[strum(props(group = "dialogs"))]
    Reload,
    #[strum(props(group = "dialogs"))]
    Overwrite,
    #[strum(props(group = "dialogs"))]
    OpenReadOnly,
    #[strum(props(group = "dialogs"))]
    OpenAnyway,
    #[strum(props(group = "dialogs"))]
    Yes,
    #[strum(props(group = "dialogs"))]
    No,
}

impl Action {
    /// Every action, in the order help lists them.
    pub const ALL: &'static [Action] = Action::VARIANTS;

    /// The name used in the config file (`save`, `move-to-next-stage`).
    pub fn name(self) -> &'static str {
        self.into()
    }

    /// What the action does, for help and the command palette, in the
    /// interface language.
    pub fn description(self) -> String {
        words::message(&format!("action-{}", self.name()))
    }

    /// The key of the help section the action is listed under (`general`);
    /// [`group_title`] names it.
    pub fn group(self) -> &'static str {
        self.get_str("group").unwrap_or("general")
    }

    /// Whether the command palette offers the action: the actions of the
    /// lists, of the merge-conflict question and of the other dialogs act
    /// only there.
    pub fn in_palette(self) -> bool {
        !matches!(self.group(), "lists" | "merge-conflicts" | "dialogs")
    }
}

/// The title of a help section (`general` → "General") in the interface
/// language.
pub fn group_title(group: &str) -> String {
    words::message(&format!("group-{group}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_has_a_unique_name_a_description_and_a_group() {
        use crate::i18n::{Lang, has_message};
        let mut names = std::collections::HashSet::new();
        for action in Action::ALL {
            assert!(names.insert(action.name()), "{action:?}");
            for lang in Lang::LOCALES {
                let id = format!("action-{}", action.name());
                assert!(has_message(lang, &id), "{action:?} has no {id} in {lang}");
                let group = format!("group-{}", action.group());
                assert!(
                    has_message(lang, &group),
                    "{action:?} has no {group} in {lang}"
                );
            }
            assert!(action.get_str("group").is_some(), "{action:?} has no group");
        }
        assert_eq!(Action::ToggleTimer.name(), "timer");
        assert_eq!(Action::MoveToNextStage.name(), "move-to-next-stage");
        assert_eq!(Action::SaveAs.name(), "save-as");
    }
}
