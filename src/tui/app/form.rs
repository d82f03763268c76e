//! The form of one item: every field listed, one edited at a time in a text
//! editor with validation as you type, or changed with ←/→ when it is a
//! choice, a number on a scale or yes/no.

use crate::tui::status::Notice;
use ratatui::crossterm::event::KeyEvent;
use ratatui_textarea::{CursorMove, TextArea};

use super::{App, Effect, Mode};
use crate::model::{
    Department, FieldValue, Goal, Map, Metric, Opportunity, Participant, Persona, Problem, Section,
    Shared, Stage, Touchpoint, validate, validate_field,
};
use crate::tui::action::Action;
use crate::tui::edit::{self, Input, ItemRef};
use crate::tui::history;
use crate::tui::keymap::KeyMode;

/// An open form.
#[derive(Debug)]
pub struct Form {
    pub item: ItemRef,
    /// The selected field, an index into `item.fields()`.
    pub field: usize,
    /// The editor, while a field is being edited.
    pub editor: Option<Box<TextArea<'static>>>,
    /// What is wrong with the editor's text, shown as the user types.
    pub error: Option<String>,
    /// Only these fields (a workshop step shows the ones it is about).
    pub only: Option<&'static [&'static str]>,
    /// The picker, while a reference or a department is being chosen.
    pub picker: Option<Box<super::picker::Picker>>,
    /// The field's text when its editor opened: Esc drops changed text only
    /// when pressed a second time.
    pub original: String,
    /// Esc was pressed once on changed text.
    pub warned: bool,
    /// The editor holds a new blueprint action for the selected lane (the
    /// guided blueprint step), not the lane's text.
    pub adds_action: bool,
}

impl Form {
    pub fn new(item: ItemRef) -> Self {
        // Start on the name (or title), else on the first field after the id.
        let fields = item.fields();
        let field = fields
            .iter()
            .position(|f| *f == "name" || *f == "title")
            .unwrap_or(usize::from(item.id_kind().is_some()));
        Form {
            item,
            field,
            editor: None,
            error: None,
            only: None,
            picker: None,
            original: String::new(),
            warned: false,
            adds_action: false,
        }
    }

    /// The fields the form lists.
    pub fn fields(&self) -> Vec<&'static str> {
        let all = self.item.fields();
        match self.only {
            Some(only) => all.into_iter().filter(|f| only.contains(f)).collect(),
            None => all,
        }
    }

    /// The key of the selected field.
    pub fn field_name(&self) -> &'static str {
        self.fields().get(self.field).copied().unwrap_or("")
    }

    fn input(&self) -> Input {
        self.item.input(self.field_name())
    }

    fn revalidate(&mut self, map: &Map) {
        let input = self.input();
        if let Some(editor) = &self.editor {
            self.error = edit::parse(input, &editor.lines().join("\n"), map)
                .err()
                .map(|e| e.to_string());
        }
    }

    pub fn paste(&mut self, text: &str, map: &Map) {
        if let Some(editor) = &mut self.editor {
            editor.insert_str(text);
        }
        self.revalidate(map);
    }

    /// A key while the editor is open, with the action the form-edit keymap
    /// binds it to. Returns the text when the key accepts it. The cancel key
    /// closes the editor when the text is unchanged; on changed text it only
    /// warns the first time (the caller says so) and drops the text the second.
    pub fn editor_key(
        &mut self,
        key: KeyEvent,
        action: Option<Action>,
        map: &Map,
    ) -> Option<String> {
        let editor = self.editor.as_mut()?;
        match action {
            Some(Action::Cancel) => {
                if self.warned || editor.lines().join("\n") == self.original {
                    self.editor = None;
                    self.error = None;
                    self.warned = false;
                } else {
                    self.warned = true;
                }
                None
            }
            Some(Action::Edit) => Some(editor.lines().join("\n")),
            Some(Action::NewLine) => {
                editor.insert_newline();
                self.warned = false;
                None
            }
            _ => {
                editor.input(key);
                self.warned = false;
                self.revalidate(map);
                None
            }
        }
    }
}

impl App {
    /// An action while a form is open and no field is being edited.
    pub(super) fn form_action(&mut self, action: Action) -> Vec<Effect> {
        // While the form shows the item's history: Esc goes back to the
        // fields, up and down scroll.
        match action {
            Action::ItemHistory => return self.toggle_item_log(),
            Action::Cancel if self.close_item_log() => return Vec::new(),
            Action::Up if self.scroll_item_log(-1) => return Vec::new(),
            Action::Down if self.scroll_item_log(1) => return Vec::new(),
            _ => {}
        }
        let Mode::Form(form) = &mut self.mode else {
            return Vec::new();
        };
        let item = form.item;
        let count = form.fields().len();
        match action {
            Action::Cancel => self.mode = Mode::Normal,
            Action::Quit => {
                // Quitting from a form closes it and asks as the board would.
                self.mode = Mode::Normal;
                return self.action(Action::Quit);
            }
            Action::Up => form.field = form.field.saturating_sub(1),
            Action::Down => form.field = (form.field + 1).min(count.saturating_sub(1)),
            Action::Save => return self.save(),
            Action::Help => {
                let form = std::mem::take(&mut self.mode);
                self.mode = Mode::Help {
                    scroll: 0,
                    under: Some(Box::new(form)),
                };
                // Help covers the view as the form did.
                self.view_unchanged = true;
            }
            Action::Undo | Action::Redo => {
                let field = form.field;
                self.mode = Mode::Normal;
                let effects = self.action(action);
                if item.exists(&self.map) {
                    // The same fields as before (a workshop step's).
                    self.mode = Mode::Form(Form {
                        field,
                        ..self.form_for(item)
                    });
                }
                return effects;
            }
            Action::EmotionVeryNegative
            | Action::EmotionNegative
            | Action::EmotionNeutral
            | Action::EmotionPositive
            | Action::EmotionVeryPositive => {
                if let ItemRef::Touchpoint(_) = item {
                    let score = match action {
                        Action::EmotionVeryNegative => -2,
                        Action::EmotionNegative => -1,
                        Action::EmotionNeutral => 0,
                        Action::EmotionPositive => 1,
                        _ => 2,
                    };
                    self.set_field(item, "emotion", Some(FieldValue::Integer(score)));
                }
            }
            Action::Edit => {
                // References and departments are picked by name, never
                // typed; any other field opens its text editor.
                // In the blueprint step a lane takes a new action.
                let _opened = self.open_action_editor() || self.open_picker() || self.open_editor();
            }
            Action::Left | Action::Right => {
                let name = form.field_name();
                let input = item.input(name);
                let current = item.get(&self.map, name);
                match edit::step(input, current.as_ref(), action == Action::Right) {
                    Some(value) => self.set_field(item, name, value),
                    None => self.say(Notice::EnterEdits),
                }
            }
            Action::Delete => {
                let name = form.field_name();
                match item.input(name) {
                    Input::ReadOnly => self.say(Notice::IdCannotBeCleared),
                    Input::Choice { required: true, .. } => self.say(Notice::NeedsValue),
                    _ => self.set_field(item, name, None),
                }
            }
            Action::ToggleTimer => return self.guide_action(action).unwrap_or_default(),
            Action::NextStep | Action::PreviousStep | Action::JumpToStep
                if self.guide.is_some() =>
            {
                self.mode = Mode::Normal;
                return self.guide_action(action).unwrap_or_default();
            }
            _ => {}
        }
        Vec::new()
    }

    /// Opens the selected field's editor on its text; `false` (with a
    /// status saying why) when the field cannot be edited as text.
    fn open_editor(&mut self) -> bool {
        let Mode::Form(form) = &mut self.mode else {
            return false;
        };
        let item = form.item;
        let name = form.field_name();
        let input = item.input(name);
        if input == Input::ReadOnly {
            self.say(Notice::IdsNeverChange);
            return false;
        }
        let value = item.get(&self.map, name);
        let departments = self.map.departments_with(&self.shared_departments);
        let text = edit::to_text_in(input, value.as_ref(), departments);
        let lines: Vec<String> = if text.is_empty() {
            vec![String::new()]
        } else {
            text.lines().map(str::to_owned).collect()
        };
        let mut editor = TextArea::new(lines);
        // Long texts wrap at words (and inside words wider than the field),
        // measured in display columns, so any script fits.
        editor.set_wrap_mode(ratatui_textarea::WrapMode::WordOrGlyph);
        editor.move_cursor(CursorMove::Bottom);
        editor.move_cursor(CursorMove::End);
        form.original = editor.lines().join("\n");
        form.warned = false;
        form.adds_action = false;
        form.editor = Some(Box::new(editor));
        form.error = None;
        let key = |action| self.keymap.first_key_label(KeyMode::FormEdit, action);
        let notice = Notice::EditorHelp {
            accept: key(Action::Edit),
            new_line: key(Action::NewLine),
            cancel: key(Action::Cancel),
        };
        self.say(notice);
        true
    }

    /// A printable key in a form with no field being edited: it starts the
    /// selected field's editor with that character, or, on a field that is not
    /// typed into (a choice, yes/no, the id), changes nothing and says how to
    /// change it. It never runs a command.
    pub(super) fn form_typed(&mut self, c: char) {
        let Mode::Form(form) = &self.mode else {
            return;
        };
        let name = form.field_name();
        let item = form.item;
        let input = item.input(name);
        let keys = |action| self.keymap.keys_label_in(KeyMode::Form, action);
        match input {
            Input::ReadOnly => {
                let notice = Notice::FieldCannotChange {
                    label: label(item, name),
                    next: keys(Action::Down),
                };
                self.say(notice);
            }
            Input::Choice { .. } | Input::Bool => {
                let notice = Notice::TypedOnChoice {
                    label: label(item, name),
                    previous: keys(Action::Left),
                    next: keys(Action::Right),
                    edit: keys(Action::Edit),
                };
                self.say(notice);
            }
            Input::Actions if self.open_action_editor() => {
                if let Mode::Form(form) = &mut self.mode
                    && let Some(editor) = &mut form.editor
                {
                    editor.insert_char(c);
                }
            }
            _ if self.open_picker() => {
                // A reference or a department: the letter starts the
                // picker's search instead of a text editor.
                if let Mode::Form(form) = &mut self.mode
                    && let Some(picker) = &mut form.picker
                {
                    picker.paste(&c.to_string());
                }
            }
            _ => {
                if self.open_editor()
                    && let Mode::Form(form) = &mut self.mode
                {
                    if let Some(editor) = &mut form.editor {
                        editor.insert_char(c);
                    }
                    form.revalidate(&self.map);
                    let notice = Notice::Editing {
                        label: label(item, name),
                        accept: self.keymap.first_key_label(KeyMode::FormEdit, Action::Edit),
                        cancel: self
                            .keymap
                            .first_key_label(KeyMode::FormEdit, Action::Cancel),
                    };
                    self.say(notice);
                }
            }
        }
    }

    /// Accepts the editor's text into the field, or keeps the editor open with the error.
    pub(super) fn commit_form_text(&mut self, text: String) {
        let Mode::Form(form) = &mut self.mode else {
            return;
        };
        if form.adds_action {
            self.action_text_entered(text);
            return;
        }
        let (item, name) = (form.item, form.field_name());
        // A lane may name any department the repository shares: one the
        // map does not list yet is added to `shared_departments`.
        let shared: Vec<crate::model::Department> = self
            .repository_departments
            .iter()
            .map(|s| s.department.clone())
            .collect();
        match edit::parse_in(item.input(name), &text, &self.map, &shared) {
            Ok(value) => {
                form.editor = None;
                form.error = None;
                if self.newly_shared_departments(&value).is_empty() {
                    self.set_field(item, name, value);
                } else {
                    self.set_with_shared(item, name, value);
                }
            }
            Err(error) => {
                form.error = Some(error.to_string());
                self.say(Notice::NotAccepted(error.to_string()));
            }
        }
    }

    /// Stores a field's new value as one undoable change, refusing a value
    /// that would make the map invalid (an empty name, a duplicate...).
    pub(crate) fn set_field(&mut self, item: ItemRef, field: &str, value: Option<FieldValue>) {
        if item.get(&self.map, field) == value {
            return;
        }
        // The change is tried on the map itself, with a copy of the one
        // item it touches to put back: copying a large map at every
        // accepted field is noticeable.
        let Some(before) = ItemCopy::of(&self.map, item) else {
            // The item is gone: `set` says so (and changes nothing).
            if let Err(err) = item.set(&mut self.map, field, value) {
                self.say(Notice::NotAccepted(err.to_string()));
            }
            return;
        };
        if let Err(err) = item.set(&mut self.map, field, value) {
            // A failed `set` changes nothing.
            self.say(Notice::NotAccepted(err.to_string()));
            return;
        }
        // Most fields decide only their own validity: then that field is
        // validated, not the whole map (see `validate_field`).
        let (section, index) = place(item);
        let problems_of = |map: &Map| -> Vec<Problem> {
            validate_field(map, section, index, field).unwrap_or_else(|| validate(map))
        };
        let problems = problems_of(&self.map);
        let after = before.swap(&mut self.map);
        if !problems.is_empty() {
            // Only problems the change brings refuse it. The map's own are
            // looked for only now: a valid map (the usual case) has none.
            let old = problems_of(&self.map);
            if let Some(problem) = problems.into_iter().find(|p| !old.contains(p)) {
                self.say(Notice::NotAccepted(problem.message.clone()));
                return;
            }
        }
        // Only `item` changed (`ItemCopy` puts back that item alone).
        self.history.record_item(&self.map, item);
        after.swap(&mut self.map);
        self.say(Notice::FieldChanged(label(item, field)));
    }
}

/// Where `item` is, as [`validate_field`] names it.
fn place(item: ItemRef) -> (Section, Option<usize>) {
    match item {
        ItemRef::Map => (Section::Root, None),
        ItemRef::Goal => (Section::Goal, None),
        ItemRef::Persona(i) => (Section::Personas, Some(i)),
        ItemRef::Participant(i) => (Section::Team, Some(i)),
        ItemRef::Stage(i) => (Section::Stages, Some(i)),
        ItemRef::Touchpoint(i) => (Section::Touchpoints, Some(i)),
        ItemRef::Opportunity(i) => (Section::Opportunities, Some(i)),
        ItemRef::Metric(i) => (Section::Metrics, Some(i)),
        ItemRef::Department(i) => (Section::Departments, Some(i)),
    }
}

/// A copy of the item a field belongs to; for the map's own fields, the
/// map without its item lists.
enum ItemCopy {
    Map(Box<Map>),
    Goal(Goal),
    Persona(usize, Box<Persona>),
    Participant(usize, Participant),
    Stage(usize, Stage),
    Touchpoint(usize, Shared<Touchpoint>),
    Opportunity(usize, Shared<Opportunity>),
    Metric(usize, Shared<Metric>),
    Department(usize, Department),
}

impl ItemCopy {
    /// A copy of `item` of `map`; `None` when the map has no such item.
    fn of(map: &Map, item: ItemRef) -> Option<ItemCopy> {
        Some(match item {
            ItemRef::Map => ItemCopy::Map(Box::new(history::head(map))),
            ItemRef::Goal => ItemCopy::Goal(map.goal.clone()),
            ItemRef::Persona(i) => ItemCopy::Persona(i, Box::new(map.personas.get(i)?.clone())),
            ItemRef::Participant(i) => ItemCopy::Participant(i, map.team.get(i)?.clone()),
            ItemRef::Stage(i) => ItemCopy::Stage(i, map.stages.get(i)?.clone()),
            ItemRef::Touchpoint(i) => ItemCopy::Touchpoint(i, map.touchpoints.get(i)?.clone()),
            ItemRef::Opportunity(i) => ItemCopy::Opportunity(i, map.opportunities.get(i)?.clone()),
            ItemRef::Metric(i) => ItemCopy::Metric(i, map.metrics.get(i)?.clone()),
            ItemRef::Department(i) => ItemCopy::Department(i, map.departments.get(i)?.clone()),
        })
    }

    /// Puts the copy in place of the item in `map`, and returns what was there.
    fn swap(self, map: &mut Map) -> ItemCopy {
        fn swap<T>(list: &mut [T], i: usize, mut item: T) -> T {
            if let Some(slot) = list.get_mut(i) {
                std::mem::swap(slot, &mut item);
            }
            item
        }
        match self {
            ItemCopy::Map(head) => {
                let now = history::head(map);
                history::set_head(map, &head);
                ItemCopy::Map(Box::new(now))
            }
            ItemCopy::Goal(goal) => ItemCopy::Goal(std::mem::replace(&mut map.goal, goal)),
            ItemCopy::Persona(i, p) => {
                ItemCopy::Persona(i, Box::new(swap(&mut map.personas, i, *p)))
            }
            ItemCopy::Participant(i, p) => ItemCopy::Participant(i, swap(&mut map.team, i, p)),
            ItemCopy::Stage(i, s) => ItemCopy::Stage(i, swap(&mut map.stages, i, s)),
            ItemCopy::Touchpoint(i, t) => ItemCopy::Touchpoint(i, swap(&mut map.touchpoints, i, t)),
            ItemCopy::Opportunity(i, o) => {
                ItemCopy::Opportunity(i, swap(&mut map.opportunities, i, o))
            }
            ItemCopy::Metric(i, m) => ItemCopy::Metric(i, swap(&mut map.metrics, i, m)),
            ItemCopy::Department(i, d) => ItemCopy::Department(i, swap(&mut map.departments, i, d)),
        }
    }
}

/// A field's label from the schema in the interface language (`pain_points`
/// → "Pain points"); a key the schema does not know is spelled out the same
/// way.
pub fn label(item: ItemRef, field: &str) -> String {
    let known = item.label(field);
    if !known.is_empty() {
        return crate::tui::words::field(item.label_id(field), known);
    }
    let spaced = field.replace('_', " ");
    let mut chars = spaced.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    fn text(s: &str) -> Option<FieldValue> {
        Some(FieldValue::Text(s.to_owned()))
    }

    #[test]
    fn a_change_that_would_make_the_map_invalid_is_refused_and_changes_nothing() {
        let original = cjm_testdata::generate(30, 3);
        let mut app = App::new(original.clone(), PathBuf::from("shop.toml"));
        app.set_field(ItemRef::Touchpoint(2), "name", text(" "));
        assert_eq!(
            app.status,
            "Not accepted: this touchpoint has an empty `name`"
        );
        app.set_field(ItemRef::Map, "title", text(""));
        assert_eq!(app.status, "Not accepted: the map has no title");
        // A second primary persona: a rule across items.
        assert!(original.personas.iter().any(|p| p.primary));
        let Some(second) = original.personas.iter().position(|p| !p.primary) else {
            panic!("the generated map has one persona only");
        };
        app.set_field(
            ItemRef::Persona(second),
            "primary",
            Some(FieldValue::Bool(true)),
        );
        assert!(app.status.contains("already is"), "{}", app.status);
        assert_eq!(app.map, original);
        assert!(!app.history.is_dirty());
    }

    #[test]
    fn accepted_changes_to_the_maps_own_fields_and_to_an_item_undo_exactly() {
        let original = cjm_testdata::generate(30, 3);
        let mut app = App::new(original.clone(), PathBuf::from("shop.toml"));
        app.set_field(ItemRef::Map, "title", text("Sklep – zamówienie"));
        app.set_field(ItemRef::Touchpoint(1), "name", text("Koszyk"));
        assert_eq!(app.status, "Name changed");
        assert_eq!(app.map.title, "Sklep – zamówienie");
        assert_eq!(app.map.touchpoints[1].name, "Koszyk");
        assert_eq!(app.map.touchpoints.len(), original.touchpoints.len());
        app.action(Action::Undo);
        app.action(Action::Undo);
        assert_eq!(app.map, original);
    }
}
