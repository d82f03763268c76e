//! Where the unsaved work is safe, as the app knows it: in a recovery copy
//! (in the data folder or, when that cannot be written, in the fallback
//! folder), or nowhere but in memory because neither the save nor any
//! recovery copy could be written.
//!
//! While the work is only in memory, a warning stays in the status bar
//! until it is resolved (a save, or a recovery copy written after all), and
//! quitting asks for an explicit "discard" twice; the runtime then exits
//! with an error code. The quit dialog names a recovery copy only when one
//! was written.

use crate::t;
use crate::tui::status::Notice;

use super::{App, Effect, Mode};
use crate::tui::action::Action;
use crate::tui::keymap::KeyMode;

/// Where the unsaved changes are kept besides memory.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Safety {
    /// No recovery copy was needed or written yet.
    #[default]
    Unknown,
    /// The latest changes are in the recovery copy at this path;
    /// `fallback` when it is in the fallback folder, not the data folder.
    Copy {
        at: std::path::PathBuf,
        fallback: bool,
    },
    /// Neither the file nor any recovery copy could be written: the changes
    /// are only in memory. `why` in plain words; `discard_asked` while
    /// "discard them for good?" is being asked at quit.
    Lost { why: String, discard_asked: bool },
}

impl Safety {
    /// True while the unsaved changes are in memory only.
    pub fn is_lost(&self) -> bool {
        matches!(self, Safety::Lost { .. })
    }
}

impl App {
    /// Called by the runtime after each attempt to secure the work: the
    /// copy written (`Ok(path, fallback)`) or why none could be.
    pub fn set_safety(&mut self, mut safety: Safety) {
        // A new failure does not take back a "discard?" being asked.
        if let (
            Safety::Lost { discard_asked, .. },
            Safety::Lost {
                discard_asked: asked,
                ..
            },
        ) = (&mut safety, &self.safety)
        {
            *discard_asked = *asked;
        }
        if let (Safety::Copy { at, fallback: true }, false) = (
            &safety,
            matches!(self.safety, Safety::Copy { fallback: true, .. }),
        ) {
            self.say(Notice::KeptInFallback(at.clone()));
        }
        self.safety = safety;
    }

    /// The warning that stays in the status bar, before any other message,
    /// while the work is in memory only. It is short, so the message after
    /// it (why, what to do) still fits; the quit dialog repeats the reason.
    pub fn safety_warning(&self) -> Option<String> {
        self.safety
            .is_lost()
            .then(|| t!("safety-not-saved-anywhere"))
    }

    /// The lines of the "Unsaved changes" dialog at quit: what quitting
    /// does with them, claiming a recovery copy only when one was written.
    pub fn quit_lines(&self) -> Vec<String> {
        let mut lines = vec![t!("quit-not-saved")];
        match &self.safety {
            Safety::Copy { at, .. } => {
                lines.push(t!("quit-recovery-copy", path = at.display().to_string()))
            }
            Safety::Unknown => lines.push(t!("quit-tries-recovery-copy")),
            Safety::Lost { why, discard_asked } => {
                lines.push(t!("quit-loses", why = why));
                if *discard_asked {
                    lines.push(t!("quit-discard-question"));
                } else {
                    lines.push(t!("quit-save-elsewhere"));
                }
            }
        }
        lines
    }

    /// The keys line of the quit dialog, from the quit question's keymap.
    pub fn quit_keys(&self) -> String {
        let keys = |action| self.keymap.keys_label_in(KeyMode::QuitQuestion, action);
        let quit = keys(Action::Quit);
        let save = keys(Action::Save);
        let save_as = keys(Action::SaveAs);
        let discard = self
            .keymap
            .first_key_label(KeyMode::QuitQuestion, Action::Discard);
        match &self.safety {
            Safety::Lost {
                discard_asked: true,
                ..
            } => t!("quit-keys-discard", discard = discard),
            Safety::Lost { .. } => t!(
                "quit-keys-lost",
                save_as = save_as,
                save = save,
                discard = discard
            ),
            _ => t!("quit-keys", quit = quit, save = save),
        }
    }

    /// An answer to the quit question while the changes are in memory
    /// only: the quit key does not quit; only the discard key, twice,
    /// discards them.
    pub(super) fn lost_quit_answer(&mut self, action: Option<Action>) -> Vec<Effect> {
        let Safety::Lost { why, discard_asked } = &mut self.safety else {
            return Vec::new();
        };
        if action == Some(Action::Discard) {
            if *discard_asked {
                self.discarded = true;
                return vec![Effect::Quit];
            }
            *discard_asked = true;
            return Vec::new();
        }
        *discard_asked = false;
        let why = why.clone();
        self.mode = Mode::Normal;
        match action {
            Some(Action::Save) => self.action(Action::Save),
            Some(Action::SaveAs) => self.action(Action::SaveAs),
            Some(Action::Quit) => {
                self.say(Notice::NotQuitting(why));
                Vec::new()
            }
            _ => {
                self.say(Notice::QuitCancelled);
                Vec::new()
            }
        }
    }
}
