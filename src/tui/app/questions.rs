//! The quit and delete questions, read in their own keymaps
//! (`[keys.quit-question]`, `[keys.delete-question]`): only an answer's key
//! quits or deletes; any other key answers no, so nothing is lost to a stray
//! key. While the unsaved work is in memory only, the quit question is
//! answered in [`super::safety`].

use ratatui::crossterm::event::KeyEvent;

use super::{App, Effect, Mode};
use crate::tui::action::Action;
use crate::tui::keymap::KeyMode;
use crate::tui::status::Notice;

impl App {
    /// A key while "quit without saving?" is asked.
    pub(super) fn quit_question_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let action = self.keymap.action_in(KeyMode::QuitQuestion, key);
        self.quit_answer(action)
    }

    /// The quit question's answer `action` (`None`: a key that is not one).
    pub(super) fn quit_answer(&mut self, action: Option<Action>) -> Vec<Effect> {
        if action == Some(Action::Help) {
            return self.help_over_dialog();
        }
        if self.safety.is_lost() {
            return self.lost_quit_answer(action);
        }
        self.mode = Mode::Normal;
        match action {
            Some(Action::Quit) => vec![Effect::Quit],
            Some(Action::Save) => {
                self.say(Notice::SavingThenQuit);
                self.save()
            }
            Some(Action::SaveAs) => {
                self.start_save_as();
                Vec::new()
            }
            _ => {
                self.say(Notice::QuitCancelled);
                Vec::new()
            }
        }
    }

    /// A key while "delete this item?" is asked.
    pub(super) fn delete_question_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let action = self.keymap.action_in(KeyMode::DeleteQuestion, key);
        self.delete_answer(action)
    }

    /// The delete question's answer `action` (`None`: a key that is not one).
    pub(super) fn delete_answer(&mut self, action: Option<Action>) -> Vec<Effect> {
        if action == Some(Action::Help) {
            return self.help_over_dialog();
        }
        let Mode::ConfirmDelete { item, blocked, .. } = std::mem::take(&mut self.mode) else {
            return Vec::new();
        };
        if action == Some(Action::Delete) && !blocked {
            self.delete(item);
        } else {
            self.say(Notice::NothingDeleted);
        }
        Vec::new()
    }
}
