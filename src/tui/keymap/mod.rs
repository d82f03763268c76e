//! The keymaps: one table from keys to actions per mode ([`KeyMode`]), and
//! the translation of terminal key events into actions or typed characters.
//! Event handling, the footer hints, the help screen, the config file's
//! `[keys]` tables and docs/keys.md are all generated from them.
//!
//! The default tables are in [`default`]. To add a mode's keymap, see
//! [`KeyMode`]; to add a key, bind it in [`default::table`].

pub mod default;
pub mod docs;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use strum::{IntoStaticStr, VariantArray};

use super::action::Action;
use crate::t;
use crate::tui::words;

/// A key with its modifiers, as written in help and in the config file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

impl Key {
    pub const fn plain(code: KeyCode) -> Self {
        Key {
            code,
            modifiers: KeyModifiers::NONE,
        }
    }

    pub const fn ctrl(c: char) -> Self {
        Key {
            code: KeyCode::Char(c),
            modifiers: KeyModifiers::CONTROL,
        }
    }

    pub const fn alt(code: KeyCode) -> Self {
        Key {
            code,
            modifiers: KeyModifiers::ALT,
        }
    }

    pub const fn char(c: char) -> Self {
        Key::plain(KeyCode::Char(c))
    }

    /// The key of a terminal event; Shift is folded into the character so
    /// `H` matches whether or not the terminal reports Shift.
    pub fn from_event(event: KeyEvent) -> Self {
        let mut modifiers = event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
        if !matches!(event.code, KeyCode::Char(_) | KeyCode::BackTab) {
            modifiers |= event.modifiers & KeyModifiers::SHIFT;
        }
        Key {
            code: event.code,
            modifiers,
        }
    }

    /// How the key is written: `Ctrl-s`, `Enter`, `←`, `H`.
    pub fn label(self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_owned(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Enter => "Enter".to_owned(),
            KeyCode::Esc => "Esc".to_owned(),
            KeyCode::Left => "←".to_owned(),
            KeyCode::Right => "→".to_owned(),
            KeyCode::Up => "↑".to_owned(),
            KeyCode::Down => "↓".to_owned(),
            KeyCode::Tab => "Tab".to_owned(),
            KeyCode::BackTab => "Shift-Tab".to_owned(),
            KeyCode::Backspace => "Backspace".to_owned(),
            KeyCode::Delete => "Del".to_owned(),
            KeyCode::Home => "Home".to_owned(),
            KeyCode::End => "End".to_owned(),
            KeyCode::PageUp => "PgUp".to_owned(),
            KeyCode::PageDown => "PgDn".to_owned(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        };
        let mut label = String::new();
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            label.push_str("Ctrl-");
        }
        if self.modifiers.contains(KeyModifiers::ALT) {
            label.push_str("Alt-");
        }
        if self.modifiers.contains(KeyModifiers::SHIFT) {
            label.push_str("Shift-");
        }
        label.push_str(&base);
        label
    }
}

impl std::str::FromStr for Key {
    type Err = String;

    /// Parses a key as written in the config file: `q`, `H`, `ctrl-s`,
    /// `alt-enter`, `enter`, `esc`, `left`, `f2`, `space`, `pgdn`.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let mut modifiers = KeyModifiers::NONE;
        let mut rest = text.trim();
        loop {
            let lower = rest.to_ascii_lowercase();
            if let Some(tail) = lower
                .strip_prefix("ctrl-")
                .or_else(|| lower.strip_prefix("c-"))
            {
                modifiers |= KeyModifiers::CONTROL;
                rest = &rest[rest.len() - tail.len()..];
            } else if let Some(tail) = lower
                .strip_prefix("alt-")
                .or_else(|| lower.strip_prefix("m-"))
            {
                modifiers |= KeyModifiers::ALT;
                rest = &rest[rest.len() - tail.len()..];
            } else if let Some(tail) = lower.strip_prefix("shift-") {
                modifiers |= KeyModifiers::SHIFT;
                rest = &rest[rest.len() - tail.len()..];
            } else {
                break;
            }
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => {
                if modifiers.contains(KeyModifiers::SHIFT) {
                    modifiers.remove(KeyModifiers::SHIFT);
                    KeyCode::Char(c.to_ascii_uppercase())
                } else if modifiers.contains(KeyModifiers::CONTROL) {
                    KeyCode::Char(c.to_ascii_lowercase())
                } else {
                    KeyCode::Char(c)
                }
            }
            _ => match rest.to_ascii_lowercase().as_str() {
                "enter" | "return" => KeyCode::Enter,
                "esc" | "escape" => KeyCode::Esc,
                "space" => KeyCode::Char(' '),
                "tab" if modifiers.contains(KeyModifiers::SHIFT) => {
                    modifiers.remove(KeyModifiers::SHIFT);
                    KeyCode::BackTab
                }
                "tab" => KeyCode::Tab,
                "backtab" => KeyCode::BackTab,
                "backspace" => KeyCode::Backspace,
                "del" | "delete" => KeyCode::Delete,
                "insert" => KeyCode::Insert,
                "left" => KeyCode::Left,
                "right" => KeyCode::Right,
                "up" => KeyCode::Up,
                "down" => KeyCode::Down,
                "home" => KeyCode::Home,
                "end" => KeyCode::End,
                "pgup" | "pageup" => KeyCode::PageUp,
                "pgdn" | "pagedown" => KeyCode::PageDown,
                other => match other.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
                    Some(n) if (1..=24).contains(&n) => KeyCode::F(n),
                    _ => {
                        return Err(t!("key-not-a-key", text = text));
                    }
                },
            },
        };
        Ok(Key { code, modifiers })
    }
}

impl Key {
    /// How the key is written in the config file (parses back with `FromStr`).
    pub fn config_name(self) -> String {
        let mut out = String::new();
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            out.push_str("ctrl-");
        }
        if self.modifiers.contains(KeyModifiers::ALT) {
            out.push_str("alt-");
        }
        if self.modifiers.contains(KeyModifiers::SHIFT) {
            out.push_str("shift-");
        }
        match self.code {
            KeyCode::Char(' ') => out.push_str("space"),
            KeyCode::Char(c) => out.push(c),
            KeyCode::Left => out.push_str("left"),
            KeyCode::Right => out.push_str("right"),
            KeyCode::Up => out.push_str("up"),
            KeyCode::Down => out.push_str("down"),
            KeyCode::Enter => out.push_str("enter"),
            KeyCode::Esc => out.push_str("esc"),
            KeyCode::F(n) => out.push_str(&format!("f{n}")),
            KeyCode::BackTab => out.push_str("backtab"),
            KeyCode::Tab => out.push_str("tab"),
            other => out.push_str(&Key::plain(other).label().to_lowercase()),
        }
        out
    }
}

/// The modes that have a keymap of their own. Each mode's keys are looked up
/// in its own table only: a key that is not in the active mode's table does
/// nothing there (a form types it into the field instead).
///
/// **Adding a mode's keymap** is one step per place: a variant here (its
/// kebab-case name is the config file's `[keys.<name>]` table), its default
/// table in [`default::table`], and the arm of `keys_of` (behind `App::key_mode`) that says when the
/// mode is active (the mode's name must not be an action's name: `[keys]`
/// holds both). Help, the footer, the config file and docs/keys.md then
/// list it with no further change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, IntoStaticStr, VariantArray)]
#[strum(serialize_all = "kebab-case")]
pub enum KeyMode {
    /// Moving around a view and changing the map: the board and every other view.
    Board,
    /// A form with no field being edited: moving between fields.
    Form,
    /// A form field's editor: typing goes into the field.
    FormEdit,
    /// The help screen (`[keys.help-screen]`: `help` is the board action's name).
    #[strum(to_string = "help-screen")]
    Help,
    /// The finder (`/`) and the command palette (`:`): typing searches.
    Finder,
    /// The home screen (`cjm` with no file): typing filters the list.
    Home,
    /// A picker for a field that refers to other items or names a department.
    Picker,
    /// Typing a name: a new item, a new department, a file.
    Prompt,
    /// A merge conflict's question: keep ours, take theirs or combine.
    Conflict,
    /// Editing a combined value for a merge conflict.
    Combine,
    /// The question about a recovery copy found when the map was opened.
    Recovery,
    /// The question after a save found the file changed or gone on disk.
    #[strum(to_string = "changed-on-disk")]
    DiskChanged,
    /// What merging the file on disk with the unsaved changes would combine.
    MergePreview,
    /// The question when the map is open in another cjm.
    OpenedElsewhere,
    /// The difference between two versions of the map.
    Difference,
    /// "Quit without saving?"
    QuitQuestion,
    /// "Delete this item?"
    DeleteQuestion,
    /// The offer to migrate a schema-1 map, and its questions.
    MigrateQuestion,
}

impl KeyMode {
    /// The name used in the config file (`[keys.form]`) and in help.
    pub fn name(self) -> &'static str {
        self.into()
    }

    /// What the mode is, for the help screen and docs/keys.md.
    pub fn title(self) -> String {
        match self {
            KeyMode::Board => t!("mode-board"),
            KeyMode::Form => t!("mode-form"),
            KeyMode::FormEdit => t!("mode-form-edit"),
            KeyMode::Help => t!("mode-help"),
            KeyMode::Finder => t!("mode-finder"),
            KeyMode::Home => t!("mode-home"),
            KeyMode::Picker => t!("mode-picker"),
            KeyMode::Prompt => t!("mode-prompt"),
            KeyMode::Conflict => t!("mode-conflict"),
            KeyMode::Combine => t!("mode-combine"),
            KeyMode::Recovery => t!("mode-recovery"),
            KeyMode::DiskChanged => t!("mode-disk-changed"),
            KeyMode::MergePreview => t!("mode-merge-preview"),
            KeyMode::OpenedElsewhere => t!("mode-opened-elsewhere"),
            KeyMode::Difference => t!("mode-difference"),
            KeyMode::QuitQuestion => t!("mode-quit-question"),
            KeyMode::DeleteQuestion => t!("mode-delete-question"),
            KeyMode::MigrateQuestion => t!("mode-migrate-question"),
        }
    }

    /// True for the modes of a question or a dialog that shows text: no
    /// key types there, and the dialog itself names its answers' keys.
    pub fn is_dialog(self) -> bool {
        matches!(
            self,
            KeyMode::Conflict
                | KeyMode::Recovery
                | KeyMode::DiskChanged
                | KeyMode::MergePreview
                | KeyMode::OpenedElsewhere
                | KeyMode::Difference
                | KeyMode::QuitQuestion
                | KeyMode::DeleteQuestion
                | KeyMode::MigrateQuestion
        )
    }

    /// A sentence on how typing behaves in the mode (empty for help).
    pub fn about(self) -> String {
        match self {
            KeyMode::Board => t!("mode-board-about"),
            KeyMode::Form => t!("mode-form-about"),
            KeyMode::FormEdit => t!("mode-form-edit-about"),
            KeyMode::Help => String::new(),
            KeyMode::Finder | KeyMode::Picker | KeyMode::Home => t!("mode-list-about"),
            KeyMode::Prompt | KeyMode::Combine => t!("mode-text-about"),
            KeyMode::Conflict => t!("mode-conflict-about"),
            KeyMode::Recovery
            | KeyMode::DiskChanged
            | KeyMode::OpenedElsewhere
            | KeyMode::MigrateQuestion => t!("mode-question-about"),
            KeyMode::QuitQuestion | KeyMode::DeleteQuestion => t!("mode-question-no-about"),
            KeyMode::MergePreview | KeyMode::Difference => t!("mode-scrolled-about"),
        }
    }

    /// What `action` does in this mode, where that differs from its general description.
    pub fn describe(self, action: Action) -> String {
        use Action::*;
        match (self, action) {
            (KeyMode::Form, Cancel) => t!("mode-form-cancel"),
            (KeyMode::Form, Edit) => t!("mode-form-edit-field"),
            (KeyMode::Form, Up) => t!("mode-form-up"),
            (KeyMode::Form, Down) => t!("mode-form-down"),
            (KeyMode::Form, Left) => t!("mode-form-left"),
            (KeyMode::Form, Right) => t!("mode-form-right"),
            (KeyMode::Form, Delete) => t!("mode-form-delete"),
            (KeyMode::FormEdit, Edit) => t!("mode-form-edit-accept"),
            (KeyMode::FormEdit, Cancel) => t!("mode-form-edit-cancel"),
            (KeyMode::Help, Up) => t!("mode-help-up"),
            (KeyMode::Help, Down) => t!("mode-help-down"),
            (KeyMode::Help, Help | Cancel | Quit) => t!("mode-help-close"),
            (KeyMode::Finder | KeyMode::Picker | KeyMode::Home, Up) => t!("mode-list-up"),
            (KeyMode::Finder | KeyMode::Picker | KeyMode::Home, Down) => t!("mode-list-down"),
            (KeyMode::Home, Edit) => t!("mode-home-open"),
            (KeyMode::Home, Cancel) => t!("mode-home-quit"),
            (KeyMode::Finder | KeyMode::Picker, PageUp) => t!("mode-list-page-up"),
            (KeyMode::Finder | KeyMode::Picker, PageDown) => t!("mode-list-page-down"),
            (KeyMode::Finder, Edit) => t!("mode-finder-go"),
            (KeyMode::Finder | KeyMode::Picker | KeyMode::Prompt, Cancel) => {
                t!("mode-close-unchanged")
            }
            (KeyMode::Picker, Edit) => t!("mode-picker-choose"),
            (KeyMode::Prompt, Edit) => t!("mode-prompt-accept"),
            (KeyMode::Conflict, Cancel) => t!("mode-conflict-later"),
            (KeyMode::Combine, Edit) => t!("mode-combine-settle"),
            (KeyMode::Combine, Cancel) => t!("mode-combine-back"),
            (KeyMode::Recovery, Quit) => t!("mode-recovery-quit"),
            (KeyMode::Recovery, Cancel) => t!("mode-recovery-cancel"),
            (KeyMode::Recovery, Discard) => t!("mode-recovery-discard"),
            (KeyMode::DiskChanged, Save) => t!("mode-disk-save"),
            (KeyMode::DiskChanged, SaveAs) => t!("mode-disk-save-as"),
            (KeyMode::DiskChanged, Cancel) => t!("mode-disk-cancel"),
            (KeyMode::MergePreview, Merge) => t!("mode-merge-preview-merge"),
            (KeyMode::MergePreview | KeyMode::Difference, Cancel) => t!("mode-dialog-back"),
            (KeyMode::MergePreview | KeyMode::Difference, Up) => t!("mode-help-up"),
            (KeyMode::MergePreview | KeyMode::Difference, Down) => t!("mode-help-down"),
            (KeyMode::MergePreview | KeyMode::Difference, First) => t!("mode-scroll-top"),
            (KeyMode::MergePreview | KeyMode::Difference, Last) => t!("mode-scroll-bottom"),
            (KeyMode::OpenedElsewhere, Quit) => t!("mode-elsewhere-quit"),
            (KeyMode::QuitQuestion, Quit) => t!("mode-quit-quit"),
            (KeyMode::QuitQuestion, Save) => t!("mode-quit-save"),
            (KeyMode::QuitQuestion, SaveAs) => t!("mode-quit-save-as"),
            (KeyMode::QuitQuestion, Discard) => t!("mode-quit-discard"),
            (KeyMode::QuitQuestion | KeyMode::DeleteQuestion, Cancel) => t!("mode-question-no"),
            (KeyMode::DeleteQuestion, Delete) => t!("mode-delete-yes"),
            (KeyMode::MigrateQuestion, Yes) => t!("mode-migrate-yes"),
            (KeyMode::MigrateQuestion, No) => t!("mode-migrate-no"),
            (KeyMode::MigrateQuestion, Cancel) => t!("mode-migrate-cancel"),
            (KeyMode::Finder | KeyMode::Picker | KeyMode::Prompt | KeyMode::Combine, Help) => {
                t!("mode-dialog-help")
            }
            (mode, Help) if mode.is_dialog() => t!("mode-dialog-help"),
            (_, other) => other.description(),
        }
    }

    /// The short name of `action` in this mode's footer hints.
    pub fn short(self, action: Action) -> String {
        use Action::*;
        match (self, action) {
            (KeyMode::Form, Down) => t!("hint-field"),
            (KeyMode::Form, Right) => t!("hint-change"),
            (KeyMode::Form, Delete) => t!("hint-clear"),
            (KeyMode::Form | KeyMode::Board, Edit) => t!("hint-edit"),
            (KeyMode::FormEdit, Edit) => t!("hint-accept"),
            (KeyMode::FormEdit, Cancel) => t!("hint-cancel"),
            (KeyMode::Help, Down) => t!("hint-scroll"),
            (KeyMode::Help, PageDown) => t!("hint-page"),
            (KeyMode::MergePreview | KeyMode::Difference, Down) => t!("hint-scroll"),
            (KeyMode::MergePreview | KeyMode::Difference, PageDown) => t!("hint-page"),
            (KeyMode::Finder | KeyMode::Home, Down) => t!("hint-choose"),
            (KeyMode::Home, Edit) => t!("hint-opens"),
            (KeyMode::Home, Cancel) => t!("hint-quits"),
            (KeyMode::Picker, Down) => t!("hint-move"),
            (KeyMode::Finder, Edit) => t!("hint-go"),
            (KeyMode::Picker, Edit) => t!("hint-choose"),
            (KeyMode::Picker, Mark) => t!("hint-mark"),
            (KeyMode::Prompt, Edit) => t!("hint-accept"),
            (KeyMode::Combine, Edit) => t!("hint-settle"),
            (KeyMode::Combine, Cancel) => t!("hint-back"),
            (KeyMode::Conflict, TakeOurs) => t!("hint-keep-ours"),
            (KeyMode::Conflict, TakeTheirs) => t!("hint-take-theirs"),
            (KeyMode::Conflict, CombineOurs) => t!("hint-combine-ours"),
            (KeyMode::Conflict, CombineTheirs) => t!("hint-combine-theirs"),
            (KeyMode::Picker | KeyMode::Prompt, Cancel) => t!("hint-cancel"),
            (KeyMode::QuitQuestion | KeyMode::DeleteQuestion, Cancel) => t!("hint-no"),
            (mode, Cancel) if mode.is_dialog() => t!("hint-back"),
            (_, Cancel) => t!("hint-close"),
            (_, NewLine) => t!("hint-new-line"),
            (_, ParkIdea) => t!("hint-park"),
            (_, ItemHistory) => t!("hint-history"),
            (_, other) => words::hint(other.name()),
        }
    }

    /// The actions the footer hints at in this mode, in order. In the guided
    /// session (`guided`) the board's park key takes the place of find and
    /// delete (both still work, and help lists them): a room parks ideas more
    /// often, and with the NAVIGATE badge the hints, quit included, still fit
    /// 80 columns.
    pub fn hinted(self, guided: bool) -> &'static [Action] {
        use Action::*;
        match self {
            KeyMode::Board if guided => &[Help, Edit, Add, Undo, ParkIdea, Save, Quit],
            KeyMode::Board => &[Help, Edit, Add, Delete, Find, Undo, Save, Quit],
            KeyMode::Form => &[Down, Edit, Right, Delete, Undo, Cancel],
            KeyMode::FormEdit => &[Edit, NewLine, Cancel],
            KeyMode::Help => &[Down, PageDown, Cancel],
            KeyMode::Finder => &[Down, Edit, Cancel, Help],
            KeyMode::Home => &[Down, Edit, Cancel],
            KeyMode::Picker => &[Down, Mark, Edit, Cancel, Help],
            KeyMode::Prompt => &[Edit, Cancel, Help],
            // The dialogs of a merge conflict list their keys themselves.
            KeyMode::Conflict | KeyMode::Combine => &[Help],
            // So do the other dialogs; the footer adds how to get out.
            KeyMode::OpenedElsewhere | KeyMode::Recovery => &[Help],
            KeyMode::MergePreview | KeyMode::Difference => &[Down, PageDown, Cancel, Help],
            KeyMode::DiskChanged
            | KeyMode::QuitQuestion
            | KeyMode::DeleteQuestion
            | KeyMode::MigrateQuestion => &[Cancel, Help],
        }
    }
}

/// Key → action bindings of one mode, in the order they are listed.
pub type Bindings = Vec<(Key, Action)>;

/// The keymaps of every mode. The methods without a mode read the board's.
#[derive(Clone, Debug)]
pub struct Keymap {
    modes: Vec<(KeyMode, Bindings)>,
}

impl Default for Keymap {
    fn default() -> Self {
        Keymap {
            modes: KeyMode::VARIANTS
                .iter()
                .map(|mode| (*mode, default::table(*mode)))
                .collect(),
        }
    }
}

impl Keymap {
    /// The bindings of `mode`, in help order.
    pub fn bindings(&self, mode: KeyMode) -> &[(Key, Action)] {
        self.modes
            .iter()
            .find(|(m, _)| *m == mode)
            .map_or(&[], |(_, b)| b.as_slice())
    }

    fn bindings_mut(&mut self, mode: KeyMode) -> &mut Bindings {
        let at = match self.modes.iter().position(|(m, _)| *m == mode) {
            Some(at) => at,
            None => {
                self.modes.push((mode, Vec::new()));
                self.modes.len() - 1
            }
        };
        &mut self.modes[at].1
    }

    /// Replaces the board keys of `action` with `keys`; see [`Keymap::rebind_in`].
    pub fn rebind(&mut self, action: Action, keys: &[Key]) {
        self.rebind_in(KeyMode::Board, action, keys);
    }

    /// Replaces the keys of `action` in `mode` with `keys`; a key taken from
    /// another action is moved (that action keeps its other keys).
    pub fn rebind_in(&mut self, mode: KeyMode, action: Action, keys: &[Key]) {
        let bindings = self.bindings_mut(mode);
        bindings.retain(|(k, a)| *a != action && !keys.contains(k));
        let at = Action::ALL.iter().position(|a| *a == action).unwrap_or(0);
        // Keep the table in help order: insert before the first binding of a later action.
        let index = bindings
            .iter()
            .position(|(_, a)| Action::ALL.iter().position(|x| x == a).unwrap_or(0) > at)
            .unwrap_or(bindings.len());
        for (i, key) in keys.iter().enumerate() {
            bindings.insert(index + i, (*key, action));
        }
    }

    /// The board action bound to a key event, if any.
    pub fn action(&self, event: KeyEvent) -> Option<Action> {
        self.action_in(KeyMode::Board, event)
    }

    /// The action bound to a key event in `mode`, if any.
    pub fn action_in(&self, mode: KeyMode, event: KeyEvent) -> Option<Action> {
        let key = Key::from_event(event);
        self.bindings(mode)
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, action)| *action)
    }

    /// Every board key bound to `action`, in table order.
    pub fn keys(&self, action: Action) -> Vec<Key> {
        self.keys_in(KeyMode::Board, action)
    }

    /// Every key bound to `action` in `mode`, in table order.
    pub fn keys_in(&self, mode: KeyMode, action: Action) -> Vec<Key> {
        self.bindings(mode)
            .iter()
            .filter(|(_, a)| *a == action)
            .map(|(k, _)| *k)
            .collect()
    }

    /// The board keys of `action` written for people: `h / ←`.
    pub fn keys_label(&self, action: Action) -> String {
        self.keys_label_in(KeyMode::Board, action)
    }

    /// The keys of `action` in `mode` written for people: `h / ←`.
    pub fn keys_label_in(&self, mode: KeyMode, action: Action) -> String {
        let keys: Vec<String> = self
            .keys_in(mode, action)
            .into_iter()
            .map(Key::label)
            .collect();
        keys.join(" / ")
    }

    /// The first key of `action` in `mode` written for people (`Enter`), for
    /// short hints; empty when the action has no key there.
    pub fn first_key_label(&self, mode: KeyMode, action: Action) -> String {
        self.keys_in(mode, action)
            .first()
            .map_or_else(String::new, |k| k.label())
    }

    /// The key a hint shows for `action` in `mode`: its first key, and in a
    /// list `↑↓` for moving down when the arrows move up and down; `None`
    /// when the action has no key there.
    pub fn hint_key(&self, mode: KeyMode, action: Action) -> Option<String> {
        let first = |action| self.keys_in(mode, action).first().map(|k| k.label());
        let key = first(action)?;
        let list = matches!(
            mode,
            KeyMode::Finder
                | KeyMode::Picker
                | KeyMode::Home
                | KeyMode::MergePreview
                | KeyMode::Difference
        );
        if list && action == Action::Down && key == "↓" && first(Action::Up).as_deref() == Some("↑")
        {
            return Some("↑↓".to_owned());
        }
        Some(key)
    }

    /// `actions` with their hint keys in `mode`, as a dialog lists them:
    /// `o keep ours · t take theirs`. An action with no key is left out.
    pub fn hint_line(&self, mode: KeyMode, actions: &[Action]) -> String {
        let hints: Vec<String> = actions
            .iter()
            .filter_map(|action| {
                let key = self.hint_key(mode, *action)?;
                Some(format!("{key} {}", mode.short(*action)))
            })
            .collect();
        hints.join(" · ")
    }

    /// The actions bound in `mode`, each once, in help order.
    pub fn actions(&self, mode: KeyMode) -> Vec<Action> {
        let mut actions: Vec<Action> = Vec::new();
        for (_, action) in self.bindings(mode) {
            if !actions.contains(action) {
                actions.push(*action);
            }
        }
        actions.sort_by_key(|a| Action::ALL.iter().position(|x| x == a));
        actions
    }
}

/// The entry selected in a list whose last entry is `last` after `action`
/// (a line, ten lines, the first or the last entry), or `None` when the
/// action does not move through a list.
pub fn moved(action: Action, selected: usize, last: usize) -> Option<usize> {
    let to = match action {
        Action::Up => selected.saturating_sub(1),
        Action::Down => selected + 1,
        Action::PageUp => selected.saturating_sub(10),
        Action::PageDown => selected + 10,
        Action::First => 0,
        Action::Last => last,
        _ => return None,
    };
    Some(to.min(last))
}

/// What a key event is, for the modes that take text as well as commands:
/// a bound action, a character to type, or nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    /// A key bound in the mode's table.
    Action(Action),
    /// A printable character with no Ctrl or Alt, not bound in the mode.
    Char(char),
    /// Any other key.
    Other,
}

/// A key event as the dialogs and text prompts read it (the file dialogs,
/// home, merge conflicts, naming a new item): the one place besides the
/// tables that looks at crossterm's key codes. Text editors take the raw
/// event for everything that is not one of these.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Press {
    /// A printable character with no Ctrl or Alt.
    Char(char),
    /// A letter with Ctrl.
    Ctrl(char),
    /// Enter with no Alt or Shift.
    Enter,
    /// Alt-Enter or Shift-Enter: a new line in a text.
    NewLine,
    Esc,
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    Tab,
    BackTab,
    Backspace,
    Delete,
    F(u8),
    Other,
}

impl Press {
    /// What a terminal key event is.
    pub fn of(event: KeyEvent) -> Press {
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        let alt = event.modifiers.contains(KeyModifiers::ALT);
        match event.code {
            KeyCode::Char(c) if ctrl => Press::Ctrl(c.to_ascii_lowercase()),
            KeyCode::Char(c) if !alt && !c.is_control() => Press::Char(c),
            KeyCode::Enter
                if event
                    .modifiers
                    .intersects(KeyModifiers::ALT | KeyModifiers::SHIFT) =>
            {
                Press::NewLine
            }
            KeyCode::Enter => Press::Enter,
            KeyCode::Esc => Press::Esc,
            KeyCode::Up => Press::Up,
            KeyCode::Down => Press::Down,
            KeyCode::Left => Press::Left,
            KeyCode::Right => Press::Right,
            KeyCode::PageUp => Press::PageUp,
            KeyCode::PageDown => Press::PageDown,
            KeyCode::Home => Press::Home,
            KeyCode::End => Press::End,
            KeyCode::Tab => Press::Tab,
            KeyCode::BackTab => Press::BackTab,
            KeyCode::Backspace => Press::Backspace,
            KeyCode::Delete => Press::Delete,
            KeyCode::F(n) => Press::F(n),
            _ => Press::Other,
        }
    }

    /// The character typed, if the key types one.
    pub fn letter(self) -> Option<char> {
        match self {
            Press::Char(c) => Some(c),
            _ => None,
        }
    }

    /// Enter, with or without Alt or Shift.
    pub fn is_enter(self) -> bool {
        matches!(self, Press::Enter | Press::NewLine)
    }
}

impl Keymap {
    /// Translates a key event in `mode`: its action, else the character it types.
    pub fn input(&self, mode: KeyMode, event: KeyEvent) -> Input {
        if let Some(action) = self.action_in(mode, event) {
            return Input::Action(action);
        }
        match event.code {
            KeyCode::Char(c)
                if !event
                    .modifiers
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
                    && !c.is_control() =>
            {
                Input::Char(c)
            }
            _ => Input::Other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_has_a_key_and_no_key_is_bound_twice() {
        let keymap = Keymap::default();
        for action in Action::ALL {
            assert!(
                KeyMode::VARIANTS
                    .iter()
                    .any(|mode| !keymap.keys_in(*mode, *action).is_empty()),
                "{action:?} has no key"
            );
        }
        for mode in KeyMode::VARIANTS {
            let mut seen = std::collections::HashSet::new();
            for (key, _) in keymap.bindings(*mode) {
                assert!(
                    seen.insert(*key),
                    "{} is bound twice in {mode:?}",
                    key.label()
                );
            }
        }
    }

    #[test]
    fn form_commands_use_no_key_that_types_a_character() {
        let keymap = Keymap::default();
        for mode in [KeyMode::Form, KeyMode::FormEdit] {
            for (key, action) in keymap.bindings(mode) {
                let event = KeyEvent::new(key.code, key.modifiers);
                let typed = matches!(key.code, KeyCode::Char(_))
                    && !key
                        .modifiers
                        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
                assert!(!typed, "{mode:?}: {} runs {action:?}", key.label());
                assert_eq!(keymap.input(mode, event), Input::Action(*action));
            }
        }
        let q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(keymap.input(KeyMode::Form, q), Input::Char('q'));
        assert_eq!(keymap.input(KeyMode::Board, q), Input::Action(Action::Quit));
    }

    #[test]
    fn shifted_letters_match_with_or_without_the_shift_flag() {
        let keymap = Keymap::default();
        let with_shift = KeyEvent::new(KeyCode::Char('H'), KeyModifiers::SHIFT);
        let without = KeyEvent::new(KeyCode::Char('H'), KeyModifiers::NONE);
        assert_eq!(keymap.action(with_shift), Some(Action::MoveToPreviousStage));
        assert_eq!(keymap.action(without), Some(Action::MoveToPreviousStage));
        let ctrl_s = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL);
        assert_eq!(keymap.action(ctrl_s), Some(Action::Save));
        assert_eq!(keymap.keys_label(Action::Left), "h / ←");
    }

    #[test]
    fn keys_parse_from_config_names_and_back() {
        for name in [
            "q",
            "H",
            "ctrl-s",
            "alt-enter",
            "esc",
            "left",
            "f2",
            "space",
            "?",
            "-",
        ] {
            let key: Key = name.parse().unwrap_or(Key::char('!'));
            assert_eq!(key.config_name(), name, "{name}");
        }
        assert_eq!("shift-h".parse::<Key>(), Ok(Key::char('H')));
        assert_eq!("shift-tab".parse::<Key>(), Ok(Key::plain(KeyCode::BackTab)));
        assert_eq!("Ctrl-S".parse::<Key>(), Ok(Key::ctrl('s')));
        assert!("ctrl-".parse::<Key>().is_err());
        assert!("hyper-x".parse::<Key>().is_err());
    }

    #[test]
    fn rebinding_moves_a_key_and_keeps_the_others() {
        let mut keymap = Keymap::default();
        keymap.rebind(Action::Save, &[Key::char('w')]);
        assert_eq!(keymap.keys(Action::Save), vec![Key::char('w')]);
        keymap.rebind(Action::Undo, &[Key::char('h')]);
        assert_eq!(keymap.keys(Action::Left), vec![Key::plain(KeyCode::Left)]);
        assert_eq!(keymap.keys(Action::Undo), vec![Key::char('h')]);
    }
}
