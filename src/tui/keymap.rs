//! The one table from keys to actions. Event handling, the footer hints and
//! the help screen are all generated from it.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;

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
                        return Err(format!(
                            "`{text}` is not a key; write e.g. \"q\", \"H\", \"ctrl-s\", \"alt-enter\", \"esc\", \"left\", \"f2\""
                        ));
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

/// Key → action bindings, in the order they are listed.
#[derive(Clone, Debug)]
pub struct Keymap {
    bindings: Vec<(Key, Action)>,
}

impl Default for Keymap {
    fn default() -> Self {
        use Action::*;
        use KeyCode as K;
        let bindings = vec![
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
            (Key::char('7'), ViewOverview),
            (Key::char('8'), ViewChecks),
            (Key::char('9'), ViewCompare),
            (Key::char('/'), Find),
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
        ];
        Keymap { bindings }
    }
}

impl Keymap {
    /// Replaces the keys of `action` with `keys`; a key taken from another
    /// action is moved (that action keeps its other keys).
    pub fn rebind(&mut self, action: Action, keys: &[Key]) {
        self.bindings
            .retain(|(k, a)| *a != action && !keys.contains(k));
        let at = Action::ALL.iter().position(|a| *a == action).unwrap_or(0);
        // Keep the table in help order: insert before the first binding of a later action.
        let index = self
            .bindings
            .iter()
            .position(|(_, a)| Action::ALL.iter().position(|x| x == a).unwrap_or(0) > at)
            .unwrap_or(self.bindings.len());
        for (i, key) in keys.iter().enumerate() {
            self.bindings.insert(index + i, (*key, action));
        }
    }

    /// The action bound to a key event, if any.
    pub fn action(&self, event: KeyEvent) -> Option<Action> {
        let key = Key::from_event(event);
        self.bindings
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, action)| *action)
    }

    /// Every key bound to `action`, in table order.
    pub fn keys(&self, action: Action) -> Vec<Key> {
        self.bindings
            .iter()
            .filter(|(_, a)| *a == action)
            .map(|(k, _)| *k)
            .collect()
    }

    /// The keys of `action` written for people: `h / ←`.
    pub fn keys_label(&self, action: Action) -> String {
        let keys: Vec<String> = self.keys(action).into_iter().map(Key::label).collect();
        keys.join(" / ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_has_a_key_and_no_key_is_bound_twice() {
        let keymap = Keymap::default();
        for action in Action::ALL {
            assert!(!keymap.keys(*action).is_empty(), "{action:?} has no key");
        }
        let mut seen = std::collections::HashSet::new();
        for (key, _) in &keymap.bindings {
            assert!(seen.insert(*key), "{} is bound twice", key.label());
        }
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
