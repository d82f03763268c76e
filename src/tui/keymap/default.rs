//! The default keymap of every mode, like helix's `keymap/default.rs`: one
//! table per [`KeyMode`], in the order help lists the keys. The config file's
//! `[keys]` (board) and `[keys.<mode>]` tables change them.
//!
//! Inside forms every command uses a key that cannot be typed by accident
//! (Esc, Enter, Tab, arrows, Del, F-keys, Ctrl-…): a printable key types into
//! the selected field instead (see [`super::KeyMode::Form`]).

use ratatui::crossterm::event::KeyCode as K;

use super::{Bindings, Key, KeyMode};
use crate::tui::action::Action::*;

/// The default bindings of `mode`.
pub fn table(mode: KeyMode) -> Bindings {
    match mode {
        KeyMode::Board => board(),
        KeyMode::Form => form(),
        KeyMode::FormEdit => form_edit(),
        KeyMode::Help => help(),
        KeyMode::Finder => finder(),
        KeyMode::Home => home(),
        KeyMode::Picker => picker(),
        KeyMode::Prompt => prompt(),
        KeyMode::Conflict => conflict(),
        KeyMode::Combine => combine(),
        KeyMode::Recovery => recovery(),
        KeyMode::DiskChanged => disk_changed(),
        KeyMode::MergePreview => merge_preview(),
        KeyMode::OpenedElsewhere => opened_elsewhere(),
        KeyMode::Difference => difference(),
        KeyMode::QuitQuestion => quit_question(),
        KeyMode::DeleteQuestion => delete_question(),
        KeyMode::MigrateQuestion => migrate_question(),
    }
}

fn board() -> Bindings {
    vec![
        (Key::char('?'), Help),
        (Key::char('q'), Quit),
        // Raw mode delivers Ctrl-C as a key, not a signal: it quits like q.
        (Key::ctrl('c'), Quit),
        (Key::ctrl('s'), Save),
        (Key::char('W'), SaveAs),
        (Key::char('h'), Left),
        (Key::plain(K::Left), Left),
        (Key::char('l'), Right),
        (Key::plain(K::Right), Right),
        (Key::char('k'), Up),
        (Key::plain(K::Up), Up),
        (Key::char('j'), Down),
        (Key::plain(K::Down), Down),
        (Key::char('a'), Add),
        (Key::char('A'), AddStage),
        (Key::plain(K::Enter), Edit),
        (Key::char('e'), Edit),
        (Key::char('d'), Delete),
        (Key::char('u'), Undo),
        (Key::ctrl('r'), Redo),
        (Key::char('H'), MoveToPreviousStage),
        (Key::char('L'), MoveToNextStage),
        (Key::char('K'), MoveUp),
        (Key::char('J'), MoveDown),
        (Key::plain(K::Esc), Cancel),
        (Key::char('!'), EmotionVeryNegative),
        (Key::char('-'), EmotionNegative),
        (Key::char('0'), EmotionNeutral),
        (Key::char('+'), EmotionPositive),
        (Key::char('*'), EmotionVeryPositive),
        (Key::char('1'), ViewBoard),
        (Key::char('2'), ViewCurve),
        (Key::char('3'), ViewOpportunities),
        (Key::char('4'), ViewPersonas),
        (Key::char('5'), ViewMetrics),
        (Key::char('6'), ViewInventory),
        (Key::char('B'), ViewBlueprint),
        (Key::char('b'), ToggleBlueprint),
        (Key::char('7'), ViewOverview),
        (Key::char('8'), ViewChecks),
        (Key::char('9'), ViewCompare),
        (Key::plain(K::F(2)), ItemHistory),
        (Key::char('/'), Find),
        (Key::char('O'), OpenLink),
        (Key::char('M'), Migrate),
        (Key::char(':'), Palette),
        (Key::char('p'), FilterPersona),
        (Key::char('c'), FilterChannel),
        (Key::char('o'), FilterOwner),
        (Key::char('x'), ClearFilters),
        (Key::plain(K::Tab), NextStep),
        (Key::plain(K::BackTab), PreviousStep),
        (Key::char('g'), JumpToStep),
        (Key::char('t'), ToggleTimer),
        (Key::char(']'), NextVoter),
        (Key::char('['), PreviousVoter),
        (Key::char('v'), AddDot),
        (Key::char('V'), RemoveDot),
        (Key::plain(K::PageDown), ScrollStepDown),
        (Key::plain(K::PageUp), ScrollStepUp),
        (Key::char('P'), ParkIdea),
    ]
}

fn form() -> Bindings {
    vec![
        (Key::plain(K::F(1)), Help),
        (Key::plain(K::F(2)), ItemHistory),
        (Key::ctrl('c'), Quit),
        (Key::ctrl('s'), Save),
        (Key::plain(K::Left), Left),
        (Key::plain(K::Right), Right),
        (Key::plain(K::Up), Up),
        (Key::plain(K::Down), Down),
        (Key::plain(K::Enter), Edit),
        (Key::plain(K::Delete), Delete),
        (Key::ctrl('z'), Undo),
        (Key::ctrl('r'), Redo),
        (Key::plain(K::Esc), Cancel),
        (Key::plain(K::Tab), NextStep),
        (Key::plain(K::BackTab), PreviousStep),
        (Key::ctrl('g'), JumpToStep),
        (Key::ctrl('t'), ToggleTimer),
    ]
}

fn form_edit() -> Bindings {
    vec![
        (Key::plain(K::Enter), Edit),
        (Key::plain(K::Esc), Cancel),
        (Key::alt(K::Enter), NewLine),
        (
            Key {
                code: K::Enter,
                modifiers: ratatui::crossterm::event::KeyModifiers::SHIFT,
            },
            NewLine,
        ),
    ]
}

fn help() -> Bindings {
    vec![
        (Key::char('?'), Help),
        (Key::char('q'), Quit),
        (Key::plain(K::Up), Up),
        (Key::char('k'), Up),
        (Key::plain(K::Down), Down),
        (Key::char('j'), Down),
        (Key::plain(K::Esc), Cancel),
        (Key::plain(K::PageUp), PageUp),
        (Key::plain(K::PageDown), PageDown),
        (Key::char(' '), PageDown),
    ]
}

/// The keys that move through a list while typing narrows it (the finder,
/// the palette, pickers): none of them types a character.
fn list() -> Bindings {
    vec![
        (Key::plain(K::F(1)), Help),
        (Key::plain(K::Up), Up),
        (Key::plain(K::BackTab), Up),
        (Key::ctrl('p'), Up),
        (Key::plain(K::Down), Down),
        (Key::plain(K::Tab), Down),
        (Key::ctrl('n'), Down),
        (Key::plain(K::Enter), Edit),
        (Key::plain(K::Esc), Cancel),
        (Key::plain(K::PageUp), PageUp),
        (Key::plain(K::PageDown), PageDown),
        (Key::plain(K::Home), First),
        (Key::plain(K::End), Last),
        (Key::ctrl('u'), ClearQuery),
    ]
}

fn finder() -> Bindings {
    list()
}

fn picker() -> Bindings {
    let mut keys = list();
    keys.push((Key::char(' '), Mark));
    keys
}

fn prompt() -> Bindings {
    vec![
        (Key::plain(K::F(1)), Help),
        (Key::plain(K::Enter), Edit),
        (Key::plain(K::Esc), Cancel),
    ]
}

fn conflict() -> Bindings {
    vec![
        (Key::char('?'), Help),
        (Key::plain(K::Esc), Cancel),
        (Key::char('o'), TakeOurs),
        (Key::char('t'), TakeTheirs),
        (Key::char('e'), CombineOurs),
        (Key::char('E'), CombineTheirs),
    ]
}

fn combine() -> Bindings {
    let mut keys = form_edit();
    keys.insert(0, (Key::plain(K::F(1)), Help));
    keys
}

fn home() -> Bindings {
    let mut keys: Bindings = list()
        .into_iter()
        .filter(|(_, action)| !matches!(action, Help | PageUp | PageDown | First | Last))
        .collect();
    keys.insert(0, (Key::ctrl('c'), Quit));
    keys
}

// The dialogs. Their answers are letters named in each dialog; `Esc`
// always backs out without losing anything, and an answer that throws
// work away is asked twice.

fn recovery() -> Bindings {
    vec![
        (Key::char('?'), Help),
        (Key::char('q'), Quit),
        (Key::ctrl('c'), Quit),
        (Key::plain(K::Esc), Cancel),
        (Key::char('r'), Restore),
        (Key::char('d'), ShowDifference),
        (Key::char('x'), Discard),
    ]
}

fn disk_changed() -> Bindings {
    vec![
        (Key::char('?'), Help),
        (Key::char('s'), Save),
        (Key::char('k'), SaveAs),
        (Key::char('W'), SaveAs),
        (Key::plain(K::Esc), Cancel),
        (Key::char('d'), ShowDifference),
        (Key::char('m'), Merge),
        (Key::char('r'), Reload),
        (Key::char('o'), Overwrite),
    ]
}

/// The keys that scroll a text shown in a dialog.
fn scrolling() -> Bindings {
    vec![
        (Key::char('?'), Help),
        (Key::plain(K::Up), Up),
        (Key::char('k'), Up),
        (Key::plain(K::Down), Down),
        (Key::char('j'), Down),
        (Key::plain(K::Esc), Cancel),
        (Key::char('q'), Cancel),
        (Key::plain(K::PageUp), PageUp),
        (Key::plain(K::PageDown), PageDown),
        (Key::char(' '), PageDown),
        (Key::plain(K::Home), First),
        (Key::plain(K::End), Last),
    ]
}

fn merge_preview() -> Bindings {
    let mut keys = scrolling();
    keys.push((Key::char('m'), Merge));
    keys.push((Key::plain(K::Enter), Merge));
    keys
}

fn difference() -> Bindings {
    let mut keys = scrolling();
    // Enter closes it too, after Esc and q (the first key is the one hinted).
    let at = keys
        .iter()
        .rposition(|(_, action)| *action == Cancel)
        .map_or(keys.len(), |at| at + 1);
    keys.insert(at, (Key::plain(K::Enter), Cancel));
    keys
}

fn opened_elsewhere() -> Bindings {
    vec![
        (Key::char('?'), Help),
        (Key::char('q'), Quit),
        (Key::char('r'), OpenReadOnly),
        // Backing out takes the answer that cannot overwrite anything.
        (Key::plain(K::Esc), OpenReadOnly),
        (Key::char('a'), OpenAnyway),
    ]
}

fn quit_question() -> Bindings {
    vec![
        (Key::char('?'), Help),
        (Key::char('q'), Quit),
        (Key::ctrl('c'), Quit),
        (Key::ctrl('s'), Save),
        (Key::char('W'), SaveAs),
        (Key::plain(K::Esc), Cancel),
        (Key::char('n'), Cancel),
        (Key::char('x'), Discard),
    ]
}

fn delete_question() -> Bindings {
    vec![
        (Key::char('?'), Help),
        (Key::char('d'), Delete),
        (Key::plain(K::Esc), Cancel),
        (Key::char('n'), Cancel),
    ]
}

fn migrate_question() -> Bindings {
    vec![
        (Key::char('?'), Help),
        (Key::plain(K::Esc), Cancel),
        (Key::char('y'), Yes),
        (Key::char('n'), No),
    ]
}
