//! The effect runner: carries out the app's file effects (save, save as,
//! reload, read for a merge, adopt a fingerprint, discard the recovery
//! copy) and returns the message with each outcome for the app's `update`.
//! A save is checked against changes on disk first; a failed save writes
//! the recovery copy at once.

use super::Guard;
use crate::tui::app::{App, Effect, Message};
use crate::tui::disk::{self, SaveNotes, SaveOutcome};
use crate::tui::status::Notice;

impl Guard {
    /// Adds what the last save found out besides its outcome (the file
    /// could not keep its owner) to the status bar. Call it after the
    /// save's message was handled.
    pub fn tell(&mut self, app: &mut App) {
        if let Some(note) = self.note.take() {
            let said = std::mem::take(&mut app.status);
            app.say(Notice::WithNote { said, note });
        }
    }

    /// Runs a file effect and returns the message with its outcome.
    pub fn run(&mut self, effect: Effect, app: &mut App) -> Option<Message> {
        match effect {
            Effect::Save { path } => {
                // Another path, or a file that already differed at start, is
                // never written over without the user seeing what is there.
                let known = if path == app.path { self.on_disk } else { None };
                let mut notes = SaveNotes::default();
                let outcome = disk::save_map_checked_with(
                    self.ops.as_ref(),
                    &path,
                    &app.map,
                    known,
                    &mut notes,
                );
                Some(self.outcome(outcome, notes, app, Message::Saved))
            }
            Effect::SaveTo { path, replace } => {
                // "Save as" into a folder saves a file of the map's name there.
                let path = match (path.is_dir(), app.path.file_name()) {
                    (true, Some(name)) => path.join(name),
                    _ => path,
                };
                let mut notes = SaveNotes::default();
                let outcome = if replace {
                    // An overwrite the user confirmed replaces the version
                    // they were shown, not one that came after it.
                    let seen = self.seen.take();
                    disk::save_map_checked_with(
                        self.ops.as_ref(),
                        &path,
                        &app.map,
                        seen,
                        &mut notes,
                    )
                } else {
                    disk::save_map_unchecked_with(
                        self.ops.as_ref(),
                        &path,
                        &app.map,
                        false,
                        &mut notes,
                    )
                };
                Some(self.outcome(outcome, notes, app, |result| Message::SavedTo(path, result)))
            }
            Effect::Reload => Some(Message::Reloaded(match disk::reload(&app.path) {
                Ok((map, fingerprint)) => {
                    self.on_disk = Some(fingerprint);
                    Ok(Box::new(map))
                }
                Err(err) => Err(err),
            })),
            Effect::ReadForMerge => Some(Message::ReadForMerge(
                disk::reload(&app.path).map(|(map, fingerprint)| (Box::new(map), fingerprint)),
            )),
            Effect::Adopt(fingerprint) => {
                self.on_disk = Some(fingerprint);
                None
            }
            Effect::DiscardRecovery => {
                if let Err((at, err)) = self.scheduler.discard() {
                    app.say(Notice::NotRemoved {
                        at,
                        why: err.to_string(),
                    });
                }
                None
            }
            Effect::Quit | Effect::Remember | Effect::OpenLink(_) | Effect::LoadHistory { .. } => {
                None
            }
        }
    }

    /// The message for a save's outcome; a failed save writes the recovery
    /// copy at once, so the work is safe while the user finds a way to save.
    fn outcome(
        &mut self,
        outcome: SaveOutcome,
        notes: SaveNotes,
        app: &mut App,
        message: impl FnOnce(Result<(), disk::SaveError>) -> Message,
    ) -> Message {
        match outcome {
            SaveOutcome::Saved(fingerprint) => {
                self.on_disk = Some(fingerprint);
                self.note = notes.owner;
                message(Ok(()))
            }
            SaveOutcome::Changed(change) => {
                self.seen = notes.seen;
                self.write_copy(app);
                Message::DiskChanged(change)
            }
            SaveOutcome::Failed(why) => {
                self.write_copy(app);
                message(Err(why))
            }
        }
    }
}
