//! The app's dialogs about the map's file: a recovery copy found when the
//! file was opened (restore it, see the difference, or discard it); a save
//! that found the file changed or deleted on disk (reload, keep mine with
//! "save as", overwrite, or see the difference); naming a file to save as;
//! and the scrollable difference between two versions of the map.
//!
//! Answers that throw work away (reload, overwrite, discard) are asked twice.
//! The keys are letters named in each dialog, not keymap actions, like the
//! answers of the other questions.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::TextArea;

use super::{App, Effect, Mode};
use crate::model::Map;
use crate::recovery::Offer;
use crate::tui::action::Action;
use crate::tui::disk::DiskChange;

/// An open dialog about the map's file.
#[derive(Debug)]
pub enum FileDialog {
    /// A recovery copy of unsaved changes was found when the file was opened.
    Recover {
        offer: Box<Offer>,
        /// "Discard it for good?" is being asked.
        confirm_discard: bool,
    },
    /// A save found the file changed or gone on disk; nothing was written.
    DiskChanged {
        change: Box<DiskChange>,
        /// The risky answer being asked a second time.
        confirm: Option<Risky>,
    },
    /// Naming another file to save the map to.
    SaveAs { editor: Box<TextArea<'static>> },
    /// The map is open in another cjm: open it read-only, or anyway.
    OpenElsewhere {
        pid: u32,
        /// When the other one opened it (`10:42`).
        since: String,
    },
    /// The difference between two versions, item by item; closing it goes back.
    Difference {
        title: String,
        lines: Vec<String>,
        scroll: usize,
        back: Box<FileDialog>,
    },
}

/// Answers that lose work, asked twice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Risky {
    /// Replace my changes with the file on disk.
    Reload,
    /// Replace the file on disk with my version.
    Overwrite,
}

impl FileDialog {
    /// True while the recovery copy found at start waits for an answer:
    /// nothing may remove or replace it then.
    pub fn recovery_undecided(&self) -> bool {
        match self {
            FileDialog::Recover { .. } => true,
            FileDialog::Difference { back, .. } => back.recovery_undecided(),
            _ => false,
        }
    }
}

/// The semantic difference from `a` to `b` as lines of text, without colours.
fn difference(a: &Map, b: &Map, name_a: &str, name_b: &str) -> Vec<String> {
    let found = crate::diff::diff(a, b);
    crate::diff::render::text(&found, name_a, name_b, false)
        .lines()
        .map(str::to_owned)
        .collect()
}

impl App {
    /// Opens the question about a recovery copy found when the file was opened.
    pub fn offer_recovery(&mut self, offer: Offer) {
        self.status = "Unsaved changes from an earlier session were found".to_owned();
        self.mode = Mode::Files(Box::new(FileDialog::Recover {
            offer: Box::new(offer),
            confirm_discard: false,
        }));
    }

    /// True while the recovery copy found at start waits for an answer.
    pub fn recovery_undecided(&self) -> bool {
        matches!(&self.mode, Mode::Files(dialog) if dialog.recovery_undecided())
    }

    /// The map is open in another cjm: ask whether to open it read-only. With
    /// a recovery copy waiting for an answer, that question comes first and
    /// this one is a note in the status bar.
    pub fn opened_elsewhere(&mut self, pid: u32, since: String) {
        if self.recovery_undecided() {
            self.status = format!(
                "Note: this file is also open in another cjm since {since}; your recovery copy is your own"
            );
            return;
        }
        self.mode = Mode::Files(Box::new(FileDialog::OpenElsewhere { pid, since }));
    }

    /// `save-as`: asks for another path to save the map to.
    pub(super) fn start_save_as(&mut self) {
        let mut editor = TextArea::new(vec![self.path.display().to_string()]);
        editor.move_cursor(ratatui_textarea::CursorMove::End);
        self.mode = Mode::Files(Box::new(FileDialog::SaveAs {
            editor: Box::new(editor),
        }));
    }

    /// A save found the file changed or deleted on disk.
    pub(super) fn disk_changed(&mut self, change: DiskChange) {
        self.status = match &change {
            DiskChange::Deleted => "Not saved: the file was deleted or moved".to_owned(),
            DiskChange::Changed { .. } => "Not saved: the file changed on disk".to_owned(),
        };
        self.mode = Mode::Files(Box::new(FileDialog::DiskChanged {
            change: Box::new(change),
            confirm: None,
        }));
    }

    /// The map read again from the file, after the user chose to reload.
    pub(super) fn reloaded(&mut self, result: Result<Box<Map>, String>) {
        match result {
            Ok(map) => {
                // One undoable step: undo brings the discarded version back.
                self.edit(|current| *current = *map);
                self.history.mark_saved();
                self.clamp_selection();
                self.status = format!(
                    "Reloaded the file from disk; {} brings your version back",
                    self.keymap.keys_label(Action::Undo)
                );
            }
            Err(err) => {
                self.status = format!("Not reloaded: {err}. Your version is still here.");
            }
        }
    }

    /// The result of saving to another path (or over a changed file).
    pub(super) fn saved_to(&mut self, path: std::path::PathBuf, result: Result<(), String>) {
        match result {
            Ok(()) => {
                self.history.mark_saved();
                self.safety = super::Safety::Unknown;
                self.status = if path == self.path {
                    format!("Saved {}", path.display())
                } else {
                    format!("Saved as {}; cjm now edits that file", path.display())
                };
                self.path = path;
            }
            Err(err) => self.status = self.not_saved(&err),
        }
    }

    /// The status after a failed save: why, and that nothing is lost.
    pub(super) fn not_saved(&self, why: &str) -> String {
        format!(
            "Not saved: {why}. {} saves elsewhere; {}.",
            self.keymap.keys_label(Action::SaveAs),
            self.kept_where()
        )
    }

    /// A key while a file dialog is open.
    pub(super) fn file_dialog_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let Mode::Files(dialog) = std::mem::take(&mut self.mode) else {
            return Vec::new();
        };
        let (next, effects) = self.answer(*dialog, key);
        self.mode = next.map_or(Mode::Normal, |d| Mode::Files(Box::new(d)));
        effects
    }

    /// Pasting into the "save as" prompt.
    pub(super) fn file_dialog_paste(&mut self, text: &str) {
        if let Mode::Files(dialog) = &mut self.mode
            && let FileDialog::SaveAs { editor } = dialog.as_mut()
        {
            editor.insert_str(text.replace(['\r', '\n'], ""));
        }
    }

    /// The dialog after `key`, or `None` when it closes, and the effects to run.
    fn answer(&mut self, dialog: FileDialog, key: KeyEvent) -> (Option<FileDialog>, Vec<Effect>) {
        let letter = match key.code {
            KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => Some(c),
            _ => None,
        };
        match dialog {
            FileDialog::Recover {
                offer,
                confirm_discard,
            } => self.answer_recover(offer, confirm_discard, key, letter),
            FileDialog::DiskChanged { change, confirm } => {
                self.answer_disk(change, confirm, key, letter)
            }
            FileDialog::SaveAs { editor } => self.answer_save_as(editor, key),
            FileDialog::OpenElsewhere { pid, since } => match letter {
                Some('r') => {
                    self.read_only = true;
                    self.status = format!(
                        "Read-only: another cjm has this file open; {} saves your changes as another file",
                        self.keymap.keys_label(Action::SaveAs)
                    );
                    (None, Vec::new())
                }
                Some('a') => {
                    self.status = "Opened anyway: a save first checks that the other cjm did not change the file".to_owned();
                    (None, Vec::new())
                }
                Some('q') => (
                    Some(FileDialog::OpenElsewhere { pid, since }),
                    vec![Effect::Quit],
                ),
                _ => (Some(FileDialog::OpenElsewhere { pid, since }), Vec::new()),
            },
            FileDialog::Difference {
                title,
                lines,
                scroll,
                back,
            } => {
                let page = usize::from(self.size.1.saturating_sub(8)).max(1);
                let last = lines.len().saturating_sub(1);
                let scroll = match (key.code, letter) {
                    (KeyCode::Esc | KeyCode::Enter, _) | (_, Some('q')) => {
                        return (Some(*back), Vec::new());
                    }
                    (KeyCode::Up, _) | (_, Some('k')) => scroll.saturating_sub(1),
                    (KeyCode::Down, _) | (_, Some('j')) => (scroll + 1).min(last),
                    (KeyCode::PageUp, _) => scroll.saturating_sub(page),
                    (KeyCode::PageDown | KeyCode::Char(' '), _) => (scroll + page).min(last),
                    (KeyCode::Home, _) => 0,
                    (KeyCode::End, _) => last,
                    _ => scroll,
                };
                let dialog = FileDialog::Difference {
                    title,
                    lines,
                    scroll,
                    back,
                };
                (Some(dialog), Vec::new())
            }
        }
    }

    fn answer_recover(
        &mut self,
        offer: Box<Offer>,
        confirm_discard: bool,
        key: KeyEvent,
        letter: Option<char>,
    ) -> (Option<FileDialog>, Vec<Effect>) {
        let ask = |confirm_discard| {
            Some(FileDialog::Recover {
                offer: offer.clone(),
                confirm_discard,
            })
        };
        if confirm_discard {
            if letter == Some('x') {
                self.status = "Recovery copy discarded".to_owned();
                return (None, vec![Effect::DiscardRecovery]);
            }
            return (ask(false), Vec::new());
        }
        match letter {
            Some('r') => {
                let map = offer.map.clone();
                self.edit(|current| *current = map);
                self.clamp_selection();
                self.status = format!(
                    "Restored the unsaved changes; {} writes them to the file",
                    self.keymap.keys_label(Action::Save)
                );
                (None, Vec::new())
            }
            Some('d') => {
                let lines = difference(&self.map, &offer.map, "the file", "the recovery copy");
                let back = Box::new(FileDialog::Recover {
                    offer,
                    confirm_discard: false,
                });
                let dialog = FileDialog::Difference {
                    title: "From the file to the recovery copy".to_owned(),
                    lines,
                    scroll: 0,
                    back,
                };
                (Some(dialog), Vec::new())
            }
            Some('x') => (ask(true), Vec::new()),
            _ if letter == Some('q') || self.keymap.action(key) == Some(Action::Quit) => {
                (ask(false), vec![Effect::Quit])
            }
            _ if key.code == KeyCode::Esc => {
                self.status =
                    "Choose: r restore, d difference, x discard, or q to quit and decide later"
                        .to_owned();
                (ask(false), Vec::new())
            }
            _ => (ask(false), Vec::new()),
        }
    }

    fn answer_disk(
        &mut self,
        change: Box<DiskChange>,
        confirm: Option<Risky>,
        key: KeyEvent,
        letter: Option<char>,
    ) -> (Option<FileDialog>, Vec<Effect>) {
        let disk_map = match change.as_ref() {
            DiskChange::Changed { map: Ok(map), .. } => Some(map.as_ref().clone()),
            _ => None,
        };
        let deleted = matches!(change.as_ref(), DiskChange::Deleted);
        let stay = |confirm| FileDialog::DiskChanged {
            change: change.clone(),
            confirm,
        };
        if let Some(risky) = confirm {
            let again = match risky {
                Risky::Reload => 'r',
                Risky::Overwrite => 'o',
            };
            if letter != Some(again) {
                return (Some(stay(None)), Vec::new());
            }
            return match risky {
                Risky::Reload => {
                    self.status = "Reloading…".to_owned();
                    (None, vec![Effect::Reload])
                }
                Risky::Overwrite => match self.checked_text() {
                    Some(text) => {
                        self.status = "Overwriting the file with your version…".to_owned();
                        let path = self.path.clone();
                        (
                            None,
                            vec![Effect::SaveTo {
                                path,
                                text,
                                replace: true,
                            }],
                        )
                    }
                    None => (None, Vec::new()),
                },
            };
        }
        if self.keymap.action(key) == Some(Action::SaveAs) || letter == Some('k') {
            self.start_save_as();
            return match std::mem::take(&mut self.mode) {
                Mode::Files(dialog) => (Some(*dialog), Vec::new()),
                _ => (None, Vec::new()),
            };
        }
        match (letter, disk_map) {
            (Some('d'), Some(disk)) => {
                let lines = difference(&disk, &self.map, "the file on disk", "your version");
                let dialog = FileDialog::Difference {
                    title: "From the file on disk to your version".to_owned(),
                    lines,
                    scroll: 0,
                    back: Box::new(stay(None)),
                };
                (Some(dialog), Vec::new())
            }
            (Some('r'), Some(_)) => (Some(stay(Some(Risky::Reload))), Vec::new()),
            (Some('o'), _) if !deleted => (Some(stay(Some(Risky::Overwrite))), Vec::new()),
            (Some('s'), _) if deleted => match self.checked_text() {
                Some(text) => {
                    let path = self.path.clone();
                    let effect = Effect::SaveTo {
                        path,
                        text,
                        replace: false,
                    };
                    (None, vec![effect])
                }
                None => (None, Vec::new()),
            },
            _ if key.code == KeyCode::Esc => {
                self.status = if self.safety.is_lost() {
                    format!(
                        "Nothing saved. Your changes are only here (no recovery copy could be written); {} saves them elsewhere.",
                        self.keymap.keys_label(Action::SaveAs)
                    )
                } else {
                    format!(
                        "Nothing saved. Your changes are still here and in the recovery copy; {} saves them elsewhere.",
                        self.keymap.keys_label(Action::SaveAs)
                    )
                };
                (None, Vec::new())
            }
            _ => (Some(stay(None)), Vec::new()),
        }
    }

    fn answer_save_as(
        &mut self,
        mut editor: Box<TextArea<'static>>,
        key: KeyEvent,
    ) -> (Option<FileDialog>, Vec<Effect>) {
        match key.code {
            KeyCode::Esc => {
                self.status = "Save as: cancelled, nothing saved".to_owned();
                (None, Vec::new())
            }
            KeyCode::Enter => {
                let typed = editor.lines().join("");
                let typed = typed.trim();
                if typed.is_empty() {
                    self.status = "Type the path of the new file, or Esc".to_owned();
                    return (Some(FileDialog::SaveAs { editor }), Vec::new());
                }
                let Some(text) = self.checked_text() else {
                    return (None, Vec::new());
                };
                self.status = format!("Saving as {typed}…");
                let path = std::path::PathBuf::from(typed);
                (
                    None,
                    vec![Effect::SaveTo {
                        path,
                        text,
                        replace: false,
                    }],
                )
            }
            _ => {
                editor.input(key);
                (Some(FileDialog::SaveAs { editor }), Vec::new())
            }
        }
    }

    /// The text to save, or `None` (with the reason in the status) when the
    /// map has a problem that must be fixed first.
    fn checked_text(&mut self) -> Option<String> {
        if let Some(problem) = crate::model::validate(&self.map).first() {
            self.status = format!("Not saved: {}", problem.message);
            return None;
        }
        Some(crate::format::to_toml(&self.map))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::app::Message;

    fn app() -> App {
        let map =
            crate::model::template::new_map(crate::model::MapKind::CurrentState, "Shop", None);
        App::new(map, std::path::PathBuf::from("shop.toml"))
    }

    fn press(app: &mut App, c: char) -> Vec<Effect> {
        app.update(Message::Key(KeyEvent::new(
            KeyCode::Char(c),
            KeyModifiers::NONE,
        )))
    }

    #[test]
    fn reloading_and_overwriting_are_asked_twice() {
        let mut app = app();
        let mut theirs = app.map.clone();
        theirs.title = "Theirs".to_owned();
        let change = DiskChange::Changed {
            map: Ok(Box::new(theirs)),
            conflict_markers: false,
        };
        app.update(Message::DiskChanged(Box::new(change)));
        assert_eq!(press(&mut app, 'r'), vec![]);
        assert_eq!(press(&mut app, 'r'), vec![Effect::Reload]);
        assert!(matches!(app.mode, Mode::Normal));

        app.update(Message::DiskChanged(Box::new(DiskChange::Deleted)));
        assert_eq!(press(&mut app, 'o'), vec![], "nothing to overwrite");
        let effects = press(&mut app, 's');
        assert!(
            matches!(&effects[..], [Effect::SaveTo { replace: false, .. }]),
            "{effects:?}"
        );
    }

    #[test]
    fn restoring_takes_the_copy_and_undo_gives_the_file_back() {
        let mut app = app();
        let original = app.map.clone();
        let mut copy = original.clone();
        copy.title = "Recovered".to_owned();
        app.offer_recovery(Offer {
            recovery: std::path::PathBuf::from("copy.toml"),
            map: copy.clone(),
            file_is_newer: false,
        });
        assert!(app.recovery_undecided());
        press(&mut app, 'r');
        assert_eq!(app.map, copy);
        assert!(app.history.is_dirty(), "restored changes still need a save");
        assert!(!app.recovery_undecided());
        press(&mut app, 'u');
        assert_eq!(app.map, original);
    }
}
