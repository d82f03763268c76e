//! Everything a user can ask the app to do. Keys map to these actions through
//! the keymaps; the help screen, the footer, the command palette, the config
//! file and docs/keys.md list them from this one declaration: each action's
//! config name, description and help group are written once, next to it, and
//! derived (strum) into [`Action::ALL`], [`Action::name`],
//! [`Action::description`] and [`Action::group`].
//!
//! To add an action: add a variant here with its `message` (what it does) and
//! `group`, bind a key in `keymap/default.rs`, and carry it out in
//! `App::action`.

use strum::{EnumMessage, EnumProperty, IntoStaticStr, VariantArray};

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
    EnumMessage,
    EnumProperty,
    VariantArray,
)]
#[strum(serialize_all = "kebab-case")]
pub enum Action {
    #[strum(message = "Show or hide this help", props(group = "General"))]
    Help,
    #[strum(
        message = "Quit (asks when there are unsaved changes)",
        props(group = "General")
    )]
    Quit,
    #[strum(message = "Save the map", props(group = "General"))]
    Save,
    #[strum(
        message = "Save the map as another file (and go on editing that one)",
        props(group = "General")
    )]
    SaveAs,
    #[strum(message = "Select the stage to the left", props(group = "Move around"))]
    Left,
    #[strum(
        message = "Select the stage to the right",
        props(group = "Move around")
    )]
    Right,
    #[strum(message = "Select the item above", props(group = "Move around"))]
    Up,
    #[strum(message = "Select the item below", props(group = "Move around"))]
    Down,
    #[strum(
        message = "Add an item here (touchpoint, persona, opportunity…)",
        props(group = "Edit the map")
    )]
    Add,
    #[strum(
        message = "Add a stage after the selected one",
        props(group = "Edit the map")
    )]
    AddStage,
    #[strum(
        message = "Open the selected item / edit the field",
        props(group = "Edit the map")
    )]
    Edit,
    #[strum(
        message = "Delete the selected item (asks) / clear a field",
        props(group = "Edit the map")
    )]
    Delete,
    #[strum(message = "Undo the last change", props(group = "General"))]
    Undo,
    #[strum(message = "Redo what was undone", props(group = "General"))]
    Redo,
    #[strum(
        message = "Move the card (or stage) to the left",
        props(group = "Edit the map")
    )]
    MoveToPreviousStage,
    #[strum(
        message = "Move the card (or stage) to the right",
        props(group = "Edit the map")
    )]
    MoveToNextStage,
    #[strum(message = "Move the card or row up", props(group = "Edit the map"))]
    MoveUp,
    #[strum(message = "Move the card or row down", props(group = "Edit the map"))]
    MoveDown,
    #[strum(message = "Cancel / close", props(group = "General"))]
    Cancel,
    #[strum(
        message = "Rate the emotion -2 (very negative)",
        props(group = "Rate emotions")
    )]
    EmotionVeryNegative,
    #[strum(
        message = "Rate the emotion -1 (negative)",
        props(group = "Rate emotions")
    )]
    EmotionNegative,
    #[strum(
        message = "Rate the emotion 0 (neutral)",
        props(group = "Rate emotions")
    )]
    EmotionNeutral,
    #[strum(
        message = "Rate the emotion +1 (positive)",
        props(group = "Rate emotions")
    )]
    EmotionPositive,
    #[strum(
        message = "Rate the emotion +2 (very positive)",
        props(group = "Rate emotions")
    )]
    EmotionVeryPositive,
    #[strum(message = "Board: stages and lanes", props(group = "Views"))]
    ViewBoard,
    #[strum(message = "Emotion curve, large", props(group = "Views"))]
    ViewCurve,
    #[strum(message = "Opportunities: impact × effort", props(group = "Views"))]
    ViewOpportunities,
    #[strum(message = "Personas", props(group = "Views"))]
    ViewPersonas,
    #[strum(message = "Metrics", props(group = "Views"))]
    ViewMetrics,
    #[strum(
        message = "Who touches the customer (department × stage)",
        props(group = "Views")
    )]
    ViewInventory,
    #[strum(message = "Map, goal and team", props(group = "Views"))]
    ViewOverview,
    #[strum(
        message = "Workshop checks and merge conflicts",
        props(group = "Views")
    )]
    ViewChecks,
    #[strum(
        message = "Compare with the map this one is based on",
        props(group = "Views")
    )]
    ViewCompare,
    #[strum(
        message = "The selected item's history from git / back to its fields",
        props(group = "Views")
    )]
    ItemHistory,
    #[strum(message = "Find any item by name or text", props(group = "General"))]
    Find,
    #[strum(
        message = "Command palette: every action by name",
        props(group = "General")
    )]
    Palette,
    #[strum(message = "Filter: next persona's journey", props(group = "Filters"))]
    FilterPersona,
    #[strum(message = "Filter: next channel", props(group = "Filters"))]
    FilterChannel,
    #[strum(message = "Filter: next owner department", props(group = "Filters"))]
    FilterOwner,
    #[strum(message = "Show everything (clear filters)", props(group = "Filters"))]
    ClearFilters,
    #[strum(
        message = "Workshop: next step (saves the map)",
        props(group = "Workshop")
    )]
    NextStep,
    #[strum(
        message = "Workshop: previous step (saves the map)",
        props(group = "Workshop")
    )]
    PreviousStep,
    #[strum(message = "Workshop: jump to a step", props(group = "Workshop"))]
    JumpToStep,
    #[strum(
        message = "Workshop: start or pause the timebox",
        props(group = "Workshop"),
        to_string = "timer"
    )]
    ToggleTimer,
    #[strum(message = "Voting: next participant", props(group = "Workshop"))]
    NextVoter,
    #[strum(message = "Voting: previous participant", props(group = "Workshop"))]
    PreviousVoter,
    #[strum(
        message = "Voting: give the selected idea a dot",
        props(group = "Workshop")
    )]
    AddDot,
    #[strum(message = "Voting: take a dot back", props(group = "Workshop"))]
    RemoveDot,
    #[strum(
        message = "Workshop: page down the step's questions or the review's findings",
        props(group = "Workshop")
    )]
    ScrollStepDown,
    #[strum(
        message = "Workshop: page up the step's questions or the review's findings",
        props(group = "Workshop")
    )]
    ScrollStepUp,
    #[strum(
        message = "Workshop: park an idea in the parking lot, from any step",
        props(group = "Workshop")
    )]
    ParkIdea,
    #[strum(
        message = "In a text field: start a new line",
        props(group = "Edit a field")
    )]
    NewLine,
    #[strum(message = "Scroll up a page", props(group = "Scroll"))]
    PageUp,
    #[strum(message = "Scroll down a page", props(group = "Scroll"))]
    PageDown,
}

impl Action {
    /// Every action, in the order help lists them.
    pub const ALL: &'static [Action] = Action::VARIANTS;

    /// The name used in the config file (`save`, `move-to-next-stage`).
    pub fn name(self) -> &'static str {
        self.into()
    }

    /// What the action does, for help and the command palette.
    pub fn description(self) -> &'static str {
        self.get_message().unwrap_or_default()
    }

    /// The help section the action is listed under.
    pub fn group(self) -> &'static str {
        self.get_str("group").unwrap_or("General")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_has_a_unique_name_a_description_and_a_group() {
        let mut names = std::collections::HashSet::new();
        for action in Action::ALL {
            assert!(names.insert(action.name()), "{action:?}");
            assert!(
                action.get_message().is_some(),
                "{action:?} has no description"
            );
            assert!(action.get_str("group").is_some(), "{action:?} has no group");
        }
        assert_eq!(Action::ToggleTimer.name(), "timer");
        assert_eq!(Action::MoveToNextStage.name(), "move-to-next-stage");
        assert_eq!(Action::SaveAs.name(), "save-as");
    }
}
