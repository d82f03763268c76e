//! The app's dialogs about the map's file: a recovery copy found when the
//! file was opened (restore it, see the difference, or discard it); a save
//! that found the file changed or deleted on disk (merge both, reload, keep
//! mine with "save as", overwrite, or see the difference); naming a file to
//! save as; and the scrollable difference between two versions of the map.
//!
//! Merging is a three-way merge (see [`crate::merge`]): the common ancestor
//! is the version cjm last loaded or saved (worked out from the undo
//! history, see [`History::saved`](crate::tui::history::History::saved)),
//! ours the map in memory, theirs the file on disk. Its preview lists what
//! comes from the file, what from the unsaved edits, and the conflicts. A
//! reload or a merge starts the undo history again: undo never quietly
//! brings back a version without the pulled changes.
//!
//! Answers that throw work away (reload, overwrite, discard) are asked twice.
//! Each dialog reads its keys in its own keymap ([`FileDialog::key_mode`]);
//! a key that is not an answer leaves the question open, and `Esc` backs out.

use crate::t;
use crate::tui::status::Notice;
use ratatui::crossterm::event::{KeyEvent, KeyModifiers};
use ratatui_textarea::TextArea;

use super::{App, Effect, Mode};
use crate::model::{Map, validate};
use crate::recovery::Offer;
use crate::tui::action::Action;
use crate::tui::disk::{DiskChange, DiskError, Fingerprint};
use crate::tui::keymap::{KeyMode, Press};

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
    /// What merging the file on disk with the unsaved edits would combine;
    /// closing it goes back to `back`.
    Merge {
        lines: Vec<String>,
        /// How many conflicts the merge would record.
        conflicts: usize,
        scroll: usize,
        back: Box<FileDialog>,
    },
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

impl Risky {
    /// The dialog's action that gives this answer (and confirms it).
    pub fn action(self) -> Action {
        match self {
            Risky::Reload => Action::Reload,
            Risky::Overwrite => Action::Overwrite,
        }
    }
}

impl FileDialog {
    /// The keymap that reads the keys while this dialog is open.
    pub fn key_mode(&self) -> KeyMode {
        match self {
            FileDialog::Recover { .. } => KeyMode::Recovery,
            FileDialog::DiskChanged { .. } => KeyMode::DiskChanged,
            FileDialog::SaveAs { .. } => KeyMode::Prompt,
            FileDialog::Merge { .. } => KeyMode::MergePreview,
            FileDialog::OpenElsewhere { .. } => KeyMode::OpenedElsewhere,
            FileDialog::Difference { .. } => KeyMode::Difference,
        }
    }

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

/// What the undo history stops at after a reload from disk.
pub const RELOAD: &str = "reload";
/// What the undo history stops at after a merge with the file on disk.
pub const MERGE: &str = "merge";

/// The widest the merge preview gets.
pub const PREVIEW_WIDTH: u16 = 100;

/// The columns inside the merge preview's box on a screen `screen` wide.
pub fn preview_width(screen: u16) -> usize {
    usize::from(screen.min(PREVIEW_WIDTH).saturating_sub(2)).max(1)
}

/// `lines` wrapped to `width` columns (by display width); a wrapped line's
/// further rows are indented like it, so the preview's outline stays.
pub fn wrap_lines(lines: &[String], width: usize) -> Vec<String> {
    let mut rows = Vec::new();
    for line in lines {
        let body = line.trim_start();
        // Leading spaces are ASCII: bytes are columns.
        let lead = (line.len() - body.len()).min(width.saturating_sub(1));
        let more = if lead + 10 > width { 0 } else { lead + 2 };
        let mut parts = crate::text::wrap(body, width.saturating_sub(more).max(1)).into_iter();
        match parts.next() {
            Some(first) => rows.push(format!("{}{first}", " ".repeat(lead))),
            None => rows.push(String::new()),
        }
        rows.extend(parts.map(|part| format!("{}{part}", " ".repeat(more))));
    }
    rows
}

/// The semantic difference from `a` to `b` as lines of text, without colours.
fn difference(a: &Map, b: &Map, name_a: &str, name_b: &str) -> Vec<String> {
    let found = crate::diff::diff(a, b);
    crate::diff::render::text(&found, name_a, name_b, false)
        .lines()
        .map(str::to_owned)
        .collect()
}

/// A one-line editor for a path, holding `suggested` selected: typing
/// replaces it, a cursor key keeps it to edit (see [`path_key`]).
pub fn path_editor(suggested: &str) -> TextArea<'static> {
    let mut editor = TextArea::new(vec![suggested.to_owned()]);
    editor.select_all();
    editor
}

/// `key` typed into a [`path_editor`]. A key that leaves the text as it was
/// (→ at the end of it, ↑, ↓) ends the selection too: the editor would keep
/// it where the cursor cannot move, and the next letter would replace the
/// path the person meant to keep. Keys that would put a tab or a line
/// break into the path, or paste nothing over it, do nothing.
pub fn path_key(editor: &mut TextArea<'static>, key: KeyEvent) {
    match Press::of(key) {
        Press::Tab | Press::BackTab | Press::Enter | Press::NewLine => return,
        Press::Ctrl('y') if editor.yank_text().is_empty() => return,
        _ => {}
    }
    let before = editor.lines().to_vec();
    editor.input(key);
    if editor.is_selecting()
        && !key.modifiers.contains(KeyModifiers::SHIFT)
        && editor.lines() == before.as_slice()
    {
        editor.cancel_selection();
    }
}

impl App {
    /// Opens the question about a recovery copy found when the file was opened.
    pub fn offer_recovery(&mut self, offer: Offer) {
        self.say(Notice::RecoveryFound);
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
            self.say(Notice::AlsoOpenElsewhere(since));
            return;
        }
        self.mode = Mode::Files(Box::new(FileDialog::OpenElsewhere { pid, since }));
    }

    /// `save-as`: asks for another path to save the map to.
    pub(super) fn start_save_as(&mut self) {
        let editor = path_editor(&self.path.display().to_string());
        self.mode = Mode::Files(Box::new(FileDialog::SaveAs {
            editor: Box::new(editor),
        }));
    }

    /// A save found the file changed or deleted on disk.
    pub(super) fn disk_changed(&mut self, change: DiskChange) {
        self.say(Notice::ChangedOnDisk {
            deleted: matches!(change, DiskChange::Deleted),
        });
        self.mode = Mode::Files(Box::new(FileDialog::DiskChanged {
            change: Box::new(change),
            confirm: None,
        }));
    }

    /// The map read again from the file, after the user chose to reload.
    pub(super) fn reloaded(&mut self, result: Result<Box<Map>, DiskError>) {
        match result {
            Ok(map) => {
                // A barrier, not an undoable step (see `History::restart`):
                // undo must not bring back a version without the pulled changes.
                self.map = *map;
                self.history.restart(&self.map, RELOAD, None);
                self.forget_kept_figures();
                self.clamp_selection();
                self.say(Notice::Reloaded);
            }
            Err(err) => {
                self.say(Notice::NotReloaded(err.to_string()));
            }
        }
    }

    /// What merging the file on disk (`theirs`) with the map would combine,
    /// as lines for the preview, and the number of conflicts. `None` when
    /// the version last loaded or saved is out of reach of the history.
    fn merge_preview(&self, theirs: &Map) -> Option<(Vec<String>, usize)> {
        let base = self.history.saved(&self.map)?;
        let merged = crate::merge::merge(&base, &self.map, theirs);
        let mut lines = Vec::new();
        let mut section = |title: &str, body: Vec<String>, none: &str| {
            lines.push(title.to_owned());
            if body.is_empty() {
                lines.push(format!("  {none}"));
            }
            lines.extend(body.into_iter().map(|line| format!("  {line}")));
            lines.push(String::new());
        };
        let from = |a: &Map, b: &Map| -> Vec<String> {
            difference(a, b, "", "")
                .into_iter()
                .filter(|l| !matches!(l.trim(), "" | "→"))
                .collect()
        };
        let conflicts = merged.conflicts.len();
        // Only the conflicts this merge finds, described in the merged map.
        let mut shown = merged.map;
        let problem = validate(&shown).into_iter().next();
        shown.conflicts = merged.conflicts;
        let described = crate::merge::conflict_messages(&shown);
        let title = if conflicts == 0 {
            t!("merge-preview-no-conflicts")
        } else {
            t!(
                "merge-preview-conflicts",
                count = conflicts,
                keys = self.keymap.keys_label(Action::ViewChecks)
            )
        };
        section(&title, described, &t!("merge-preview-different-things"));
        let nothing = t!("merge-preview-nothing");
        section(&t!("merge-preview-theirs"), from(&base, theirs), &nothing);
        section(&t!("merge-preview-ours"), from(&base, &self.map), &nothing);
        if let Some(problem) = problem {
            lines.push(t!("merge-preview-invalid", why = problem.message));
        }
        while lines.last().is_some_and(String::is_empty) {
            lines.pop();
        }
        Some((lines, conflicts))
    }

    /// The file read again for a merge: merges it with the map as one
    /// step the history starts again from, and tells the runtime that
    /// this version of the file is now the known one.
    pub(super) fn read_for_merge(
        &mut self,
        result: Result<(Box<Map>, Fingerprint), DiskError>,
    ) -> Vec<Effect> {
        let (theirs, fingerprint) = match result {
            Ok(read) => read,
            Err(err) => {
                self.say(Notice::NotMerged(err.to_string()));
                return Vec::new();
            }
        };
        let Some(base) = self.history.saved(&self.map) else {
            self.say(Notice::NoMergeBase);
            return Vec::new();
        };
        let merged = crate::merge::merge(&base, &self.map, &theirs);
        if let Some(problem) = validate(&merged.map).first() {
            self.say(Notice::MergeInvalid {
                why: problem.message.clone(),
                keys: self.keymap.keys_label(Action::SaveAs),
            });
            return Vec::new();
        }
        let conflicts = merged.conflicts.len();
        self.map = merged.map;
        self.history.restart(&self.map, MERGE, Some(&theirs));
        self.forget_kept_figures();
        self.clamp_selection();
        let save = self.keymap.keys_label(Action::Save);
        self.say(Notice::Merged { conflicts, save });
        vec![Effect::Adopt(fingerprint)]
    }

    /// The result of saving to another path (or over a changed file).
    pub(super) fn saved_to(
        &mut self,
        path: std::path::PathBuf,
        result: Result<(), crate::tui::disk::SaveError>,
    ) {
        match result {
            Ok(()) => {
                self.history.mark_saved();
                self.safety = super::Safety::Unknown;
                self.say(if path == self.path {
                    Notice::Saved(path.clone())
                } else {
                    Notice::SavedAs(path.clone())
                });
                self.path = path;
            }
            Err(err) => self.say(self.not_saved(&err.to_string())),
        }
    }

    /// The status after a failed save: why, and that nothing is lost.
    pub(super) fn not_saved(&self, why: &str) -> Notice {
        Notice::NotSaved {
            why: why.to_owned(),
            keys: self.keymap.keys_label(Action::SaveAs),
            lost: self.safety.is_lost(),
        }
    }

    /// A key while a file dialog is open, read in the dialog's keymap.
    pub(super) fn file_dialog_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let action = self.keymap.action_in(self.key_mode(), key);
        if action == Some(Action::Help) {
            return self.help_over_dialog();
        }
        let Mode::Files(dialog) = std::mem::take(&mut self.mode) else {
            return Vec::new();
        };
        let (next, effects) = match *dialog {
            // Typing a path: the editor takes every key that is not an answer.
            FileDialog::SaveAs { editor } => self.answer_save_as(editor, action, key),
            dialog => self.answer(dialog, action),
        };
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

    /// The dialog after `action` (`None`: a key the dialog's keymap does not
    /// bind, which leaves the question open), or `None` when it closes, and
    /// the effects to run.
    fn answer(
        &mut self,
        dialog: FileDialog,
        action: Option<Action>,
    ) -> (Option<FileDialog>, Vec<Effect>) {
        match dialog {
            FileDialog::Recover {
                offer,
                confirm_discard,
            } => self.answer_recover(offer, confirm_discard, action),
            FileDialog::DiskChanged { change, confirm } => {
                self.answer_disk(change, confirm, action)
            }
            FileDialog::SaveAs { editor } => (Some(FileDialog::SaveAs { editor }), Vec::new()),
            FileDialog::Merge {
                lines,
                conflicts,
                scroll,
                back,
            } => {
                let scroll = match action {
                    Some(Action::Merge) => {
                        self.say(Notice::Merging);
                        return (None, vec![Effect::ReadForMerge]);
                    }
                    Some(Action::Cancel) => return (Some(*back), Vec::new()),
                    _ => {
                        let rows = wrap_lines(&lines, preview_width(self.size.0)).len();
                        self.scrolled(action, scroll, rows)
                    }
                };
                let dialog = FileDialog::Merge {
                    lines,
                    conflicts,
                    scroll,
                    back,
                };
                (Some(dialog), Vec::new())
            }
            FileDialog::OpenElsewhere { pid, since } => match action {
                Some(Action::OpenReadOnly) => {
                    self.read_only = true;
                    self.say(Notice::ReadOnly(self.keymap.keys_label(Action::SaveAs)));
                    (None, Vec::new())
                }
                Some(Action::OpenAnyway) => {
                    self.say(Notice::OpenedAnyway);
                    (None, Vec::new())
                }
                Some(Action::Quit) => (
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
                if action == Some(Action::Cancel) {
                    return (Some(*back), Vec::new());
                }
                let scroll = self.scrolled(action, scroll, lines.len());
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

    /// The scroll position of a list of `len` lines after `action`.
    fn scrolled(&self, action: Option<Action>, scroll: usize, len: usize) -> usize {
        let page = usize::from(self.size.1.saturating_sub(8)).max(1);
        let last = len.saturating_sub(1);
        match action {
            Some(Action::Up) => scroll.saturating_sub(1),
            Some(Action::Down) => (scroll + 1).min(last),
            Some(Action::PageUp) => scroll.saturating_sub(page),
            Some(Action::PageDown) => (scroll + page).min(last),
            Some(Action::First) => 0,
            Some(Action::Last) => last,
            _ => scroll,
        }
    }

    fn answer_recover(
        &mut self,
        offer: Box<Offer>,
        confirm_discard: bool,
        action: Option<Action>,
    ) -> (Option<FileDialog>, Vec<Effect>) {
        let ask = |confirm_discard| {
            Some(FileDialog::Recover {
                offer: offer.clone(),
                confirm_discard,
            })
        };
        if confirm_discard {
            // Only the discard key again discards; any other goes back.
            if action == Some(Action::Discard) {
                self.say(Notice::RecoveryDiscarded);
                return (None, vec![Effect::DiscardRecovery]);
            }
            return (ask(false), Vec::new());
        }
        match action {
            Some(Action::Restore) => {
                let map = offer.map.clone();
                self.edit(|current| *current = map);
                self.clamp_selection();
                self.say(Notice::Restored(self.keymap.keys_label(Action::Save)));
                (None, Vec::new())
            }
            Some(Action::ShowDifference) => {
                let lines = difference(
                    &self.map,
                    &offer.map,
                    &t!("difference-the-file"),
                    &t!("difference-the-recovery-copy"),
                );
                let back = Box::new(FileDialog::Recover {
                    offer,
                    confirm_discard: false,
                });
                let dialog = FileDialog::Difference {
                    title: t!("difference-file-to-recovery"),
                    lines,
                    scroll: 0,
                    back,
                };
                (Some(dialog), Vec::new())
            }
            Some(Action::Discard) => (ask(true), Vec::new()),
            Some(Action::Quit) => (ask(false), vec![Effect::Quit]),
            Some(Action::Cancel) => {
                self.say(Notice::ChooseRecovery);
                (ask(false), Vec::new())
            }
            _ => (ask(false), Vec::new()),
        }
    }

    fn answer_disk(
        &mut self,
        change: Box<DiskChange>,
        confirm: Option<Risky>,
        action: Option<Action>,
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
            // Only the same answer again; any other key goes back.
            if action != Some(risky.action()) {
                return (Some(stay(None)), Vec::new());
            }
            return match risky {
                Risky::Reload => {
                    self.say(Notice::Reloading);
                    (None, vec![Effect::Reload])
                }
                Risky::Overwrite => {
                    if !self.valid_to_save() {
                        return (None, Vec::new());
                    }
                    self.say(Notice::Overwriting);
                    let path = self.path.clone();
                    (
                        None,
                        vec![Effect::SaveTo {
                            path,
                            replace: true,
                        }],
                    )
                }
            };
        }
        if action == Some(Action::SaveAs) {
            self.start_save_as();
            return match std::mem::take(&mut self.mode) {
                Mode::Files(dialog) => (Some(*dialog), Vec::new()),
                _ => (None, Vec::new()),
            };
        }
        match (action, disk_map) {
            (Some(Action::ShowDifference), Some(disk)) => {
                let lines = difference(
                    &disk,
                    &self.map,
                    &t!("difference-the-file-on-disk"),
                    &t!("difference-your-version"),
                );
                let dialog = FileDialog::Difference {
                    title: t!("difference-disk-to-yours"),
                    lines,
                    scroll: 0,
                    back: Box::new(stay(None)),
                };
                (Some(dialog), Vec::new())
            }
            (Some(Action::Merge), Some(disk)) => match self.merge_preview(&disk) {
                Some((lines, conflicts)) => {
                    let dialog = FileDialog::Merge {
                        lines,
                        conflicts,
                        scroll: 0,
                        back: Box::new(stay(None)),
                    };
                    (Some(dialog), Vec::new())
                }
                None => {
                    self.say(Notice::NoMergeBase);
                    (Some(stay(None)), Vec::new())
                }
            },
            (Some(Action::Reload), Some(_)) => (Some(stay(Some(Risky::Reload))), Vec::new()),
            (Some(Action::Overwrite), _) if !deleted => {
                (Some(stay(Some(Risky::Overwrite))), Vec::new())
            }
            (Some(Action::Save), _) if deleted => {
                if !self.valid_to_save() {
                    return (None, Vec::new());
                }
                let path = self.path.clone();
                let effect = Effect::SaveTo {
                    path,
                    replace: false,
                };
                (None, vec![effect])
            }
            (Some(Action::Cancel), _) => {
                self.say(Notice::NothingSaved {
                    keys: self.keymap.keys_label(Action::SaveAs),
                    lost: self.safety.is_lost(),
                });
                (None, Vec::new())
            }
            _ => (Some(stay(None)), Vec::new()),
        }
    }

    fn answer_save_as(
        &mut self,
        mut editor: Box<TextArea<'static>>,
        action: Option<Action>,
        key: KeyEvent,
    ) -> (Option<FileDialog>, Vec<Effect>) {
        match action {
            Some(Action::Cancel) => {
                self.say(Notice::SaveAsCancelled);
                (None, Vec::new())
            }
            Some(Action::Edit) => {
                let typed = editor.lines().join("");
                let typed = typed.trim();
                if typed.is_empty() {
                    self.say(Notice::TypePath);
                    return (Some(FileDialog::SaveAs { editor }), Vec::new());
                }
                if !self.valid_to_save() {
                    return (None, Vec::new());
                }
                self.say(Notice::SavingAs(typed.to_owned()));
                let path = std::path::PathBuf::from(typed);
                (
                    None,
                    vec![Effect::SaveTo {
                        path,
                        replace: false,
                    }],
                )
            }
            _ => {
                path_key(&mut editor, key);
                (Some(FileDialog::SaveAs { editor }), Vec::new())
            }
        }
    }

    /// Whether the map may be saved: false (with the reason in the status)
    /// when it has a problem that must be fixed first.
    fn valid_to_save(&mut self) -> bool {
        if let Some(problem) = crate::model::validate(&self.map).first() {
            self.say(Notice::Invalid(problem.message.clone()));
            return false;
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::app::Message;
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

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
