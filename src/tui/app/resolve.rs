//! Settling a merge conflict in the app: keep ours, take theirs, or edit a
//! combined value in the field editor (starting from either side), which
//! is checked as the user types like any field of a form and stored with
//! [`merge::resolve_with`]. Also where conflicts are on the board: which
//! items have an unresolved one, for the badges.

use crate::tui::status::Notice;
use std::collections::HashSet;

use ratatui::crossterm::event::KeyEvent;
use ratatui_textarea::{CursorMove, TextArea};

use super::picker::{Outcome, Picker, values};
use super::{App, Effect, Mode};
use crate::merge::{self, Side};
use crate::model::{Conflict, ConflictKind, ConflictTarget, FieldValue, Map};
use crate::tui::action::Action;
use crate::tui::edit::{self, Input, ItemRef};
use crate::tui::keymap::{Input as KeyInput, KeyMode};

/// The item a conflict is about, as the form would edit it; `None` when it
/// is no longer in the map.
pub fn conflict_item(map: &Map, conflict: &Conflict) -> Option<ItemRef> {
    match conflict.target() {
        ConflictTarget::Map => Some(ItemRef::Map),
        ConflictTarget::Goal => Some(ItemRef::Goal),
        ConflictTarget::Team(name) => map
            .team
            .iter()
            .position(|p| p.name == name)
            .map(ItemRef::Participant),
        ConflictTarget::Item(id) => {
            let at = |ids: &mut dyn Iterator<Item = &str>| {
                let mut ids = ids;
                Iterator::position(&mut ids, |i| i == id)
            };
            at(&mut map.personas.iter().map(|p| p.id.as_str()))
                .map(ItemRef::Persona)
                .or_else(|| at(&mut map.stages.iter().map(|s| s.id.as_str())).map(ItemRef::Stage))
                .or_else(|| {
                    at(&mut map.touchpoints.iter().map(|t| t.id.as_str())).map(ItemRef::Touchpoint)
                })
                .or_else(|| {
                    at(&mut map.opportunities.iter().map(|o| o.id.as_str()))
                        .map(ItemRef::Opportunity)
                })
                .or_else(|| at(&mut map.metrics.iter().map(|m| m.id.as_str())).map(ItemRef::Metric))
                .or_else(|| {
                    at(&mut map.departments.iter().map(|d| d.id.as_str())).map(ItemRef::Department)
                })
        }
    }
}

/// The ids (and `team:` names) of the items with an unresolved conflict,
/// for the badges on the board.
pub fn conflicted_items(map: &Map) -> HashSet<&str> {
    map.conflicts.iter().map(|c| c.item.as_str()).collect()
}

/// What the editor of a conflict's field takes, when a combined value can
/// be typed: only for a field both sides changed, of an item still there.
pub fn combinable(map: &Map, conflict: &Conflict) -> Option<(ItemRef, Input)> {
    if conflict.kind != ConflictKind::BothChanged {
        return None;
    }
    let item = conflict_item(map, conflict)?;
    match item.input(&conflict.field) {
        Input::ReadOnly => None,
        input => Some((item, input)),
    }
}

/// One side's value as the text the field editor shows for it.
pub fn side_text(map: &Map, conflict: &Conflict, side: Side) -> String {
    let value = match side {
        Side::Ours => conflict.ours.as_ref(),
        Side::Theirs => conflict.theirs.as_ref(),
    };
    match combinable(map, conflict) {
        Some((_, input)) => edit::to_text(input, value),
        None => value.map(FieldValue::to_string).unwrap_or_default(),
    }
}

impl App {
    /// The unresolved conflicts about `item`, by index.
    pub fn conflicts_of(&self, item: ItemRef) -> Vec<usize> {
        (0..self.map.conflicts.len())
            .filter(|&i| conflict_item(&self.map, &self.map.conflicts[i]) == Some(item))
            .collect()
    }

    /// Says so when the item whose form opens has unresolved conflicts.
    pub(super) fn note_conflicts(&mut self, item: ItemRef) {
        let count = self.conflicts_of(item).len();
        if count > 0 {
            self.say(Notice::Unresolved {
                item: item.noun(),
                count,
                keys: self
                    .keymap
                    .keys_label(crate::tui::action::Action::ViewChecks),
            });
        }
    }

    /// A key while the "keep ours / take theirs / edit" question is open.
    pub(super) fn resolve_key(&mut self, conflict: usize, key: KeyEvent) -> Vec<Effect> {
        if self.keymap.action_in(KeyMode::Conflict, key) == Some(Action::Help) {
            return self.help_over_dialog();
        }
        self.mode = Mode::Normal;
        match self.keymap.action_in(KeyMode::Conflict, key) {
            Some(Action::TakeOurs) => self.resolve(conflict, Side::Ours),
            Some(Action::TakeTheirs) => self.resolve(conflict, Side::Theirs),
            Some(Action::CombineOurs) => self.start_combining(conflict, Side::Ours),
            Some(Action::CombineTheirs) => self.start_combining(conflict, Side::Theirs),
            _ => self.say(Notice::ConflictStaysOpen),
        }
        Vec::new()
    }

    /// Opens the field editor on a combined value, starting from `side`.
    fn start_combining(&mut self, conflict: usize, side: Side) {
        let Some(c) = self.map.conflicts.get(conflict) else {
            return;
        };
        let Some((item, _)) = combinable(&self.map, c) else {
            self.say(Notice::WholeItemConflict);
            self.mode = Mode::Resolve { conflict };
            return;
        };
        // A field that refers to other items (or names a department) is
        // picked, never typed: the picker starts with `side`'s value marked.
        let field = item.fields().into_iter().find(|f| *f == c.field);
        if let Some(mut picker) = field.and_then(|f| {
            Picker::open(
                item,
                f,
                &self.map,
                super::picker::Offered {
                    personas: &self.shared_personas,
                    departments: &self.repository_departments,
                },
            )
        }) {
            let value = match side {
                Side::Ours => c.ours.as_ref(),
                Side::Theirs => c.theirs.as_ref(),
            };
            picker.chosen = values(value);
            self.mode = Mode::CombinePick {
                conflict,
                item,
                picker: Box::new(picker),
            };
            self.say(Notice::EditCombined);
            return;
        }
        let text = side_text(&self.map, c, side);
        let mut editor = TextArea::new(text.lines().map(str::to_owned).collect());
        editor.move_cursor(CursorMove::Bottom);
        editor.move_cursor(CursorMove::End);
        self.mode = Mode::Combine {
            conflict,
            editor: Box::new(editor),
            error: None,
        };
        self.say(Notice::EditCombined);
    }

    /// A key while a combined value is being edited: Enter settles the
    /// conflict with it, Esc goes back to the question.
    pub(super) fn combine_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let Mode::Combine {
            conflict,
            editor,
            error,
        } = &mut self.mode
        else {
            return Vec::new();
        };
        let conflict = *conflict;
        let input = self
            .map
            .conflicts
            .get(conflict)
            .and_then(|c| combinable(&self.map, c))
            .map(|(_, input)| input);
        let Some(input) = input else {
            self.mode = Mode::Normal;
            return Vec::new();
        };
        match self.keymap.action_in(KeyMode::Combine, key) {
            Some(Action::Help) => return self.help_over_dialog(),
            Some(Action::Cancel) => {
                self.mode = Mode::Resolve { conflict };
                self.say(Notice::ConflictStaysOpen);
            }
            Some(Action::Edit) => {
                let text = editor.lines().join("\n");
                match edit::parse(input, &text, &self.map) {
                    Ok(value) => self.resolve_with(conflict, value),
                    Err(why) => {
                        // `say`, with the editor still borrowed.
                        self.status = Notice::NotAccepted(why.to_string()).to_string();
                        *error = Some(why.to_string());
                    }
                }
            }
            Some(Action::NewLine) => editor.insert_newline(),
            _ => {
                editor.input(key);
                *error = edit::parse(input, &editor.lines().join("\n"), &self.map)
                    .err()
                    .map(|e| e.to_string());
            }
        }
        Vec::new()
    }

    /// A key while a combined value is picked: the picker's keys; Enter
    /// settles the conflict with the choice, Esc goes back to the question.
    pub(super) fn combine_pick_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let Mode::CombinePick {
            conflict, picker, ..
        } = &mut self.mode
        else {
            return Vec::new();
        };
        let conflict = *conflict;
        let input = self.keymap.input(picker.key_mode(), key);
        if input == KeyInput::Action(Action::Help) {
            return self.help_over_dialog();
        }
        match picker.key(input, key) {
            Outcome::Stay => {}
            Outcome::Cancel => {
                self.mode = Mode::Resolve { conflict };
                self.say(Notice::ConflictStaysOpen);
            }
            Outcome::Accept(value) => {
                self.mode = Mode::Normal;
                self.resolve_with(conflict, value);
            }
            Outcome::NewDepartment(name) => {
                self.mode = Mode::Normal;
                self.resolve_with_department(conflict, &name);
            }
        }
        Vec::new()
    }

    /// Settles a conflict with the department named `name`: one of the
    /// map's, or a new one added to `[[departments]]` in the same undoable
    /// change.
    fn resolve_with_department(&mut self, conflict: usize, name: &str) {
        let mut trial = self.map.clone();
        let id = match trial.department_of(name) {
            Some(d) => d.id.clone(),
            None => {
                let id = crate::model::Id::generate(crate::model::IdKind::Department, name, |id| {
                    trial.ids().any(|(_, taken)| taken == id)
                });
                trial.departments.push(crate::model::Department {
                    id: id.clone(),
                    name: name.to_owned(),
                    ..crate::model::Department::default()
                });
                id
            }
        };
        self.resolve_in(trial, conflict, Some(FieldValue::Text(id.to_string())));
    }

    /// Pasting into the combined value.
    pub(super) fn combine_paste(&mut self, text: &str) {
        if let Mode::Combine { editor, .. } = &mut self.mode {
            editor.insert_str(text);
        }
    }

    /// Settles a conflict with a value of the user's own, as one undoable change.
    fn resolve_with(&mut self, conflict: usize, value: Option<FieldValue>) {
        let trial = self.map.clone();
        self.resolve_in(trial, conflict, value);
    }

    /// Settles a conflict in `trial` (the map, perhaps with a department
    /// added) and takes it as one undoable change when that works.
    fn resolve_in(&mut self, mut trial: Map, conflict: usize, value: Option<FieldValue>) {
        match merge::resolve_with(&mut trial, conflict, value) {
            Ok(()) => {
                self.mode = Mode::Normal;
                self.history.record(&self.map);
                self.map = trial;
                self.clamp_selection();
                self.say(Notice::SettledCombined);
            }
            Err(err) => {
                let why = err.to_string();
                self.say(Notice::NotSettled(why.clone()));
                if let Mode::Combine { error, .. } = &mut self.mode {
                    *error = Some(why);
                }
            }
        }
    }
}
