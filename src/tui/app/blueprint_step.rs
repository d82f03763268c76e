//! How the guided blueprint step adds an action to a touchpoint's lane:
//! Enter (or typing) on the frontstage, backstage or support field opens an
//! empty editor for what is done; accepting it opens the department picker,
//! which asks who does it ("new department…" names one the map does not
//! have yet). The action – with a new department, if one was named – is one
//! change, so one undo takes it back.

use ratatui_textarea::{TextArea, WrapMode};

use super::picker::{Picker, add_department, uses_department_ids};
use super::{App, Mode};
use crate::model::{Lane, validate};
use crate::t;
use crate::tui::action::Action;
use crate::tui::edit::ItemRef;
use crate::tui::guide::Step;
use crate::tui::keymap::KeyMode;
use crate::tui::status::Notice;

/// The department the picker named for a new action.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Named {
    /// One of the picker's choices: an id, or on a map without
    /// `[[departments]]` a department's name.
    Chosen(String),
    /// A name typed after "new department…".
    New(String),
}

/// The lane a touchpoint field is, if it is one.
fn lane_of(field: &str) -> Option<Lane> {
    Lane::ALL.into_iter().find(|l| l.key() == field)
}

impl App {
    /// In the blueprint step, on a lane of a touchpoint's form: opens an
    /// empty editor for a new action; `false` anywhere else.
    pub(super) fn open_action_editor(&mut self) -> bool {
        if self.guide.as_ref().map(|g| g.step) != Some(Step::Blueprint) {
            return false;
        }
        let Mode::Form(form) = &mut self.mode else {
            return false;
        };
        let (item, field) = (form.item, form.field_name());
        if !matches!(item, ItemRef::Touchpoint(_)) || lane_of(field).is_none() {
            return false;
        }
        let mut editor = TextArea::new(vec![String::new()]);
        editor.set_wrap_mode(WrapMode::WordOrGlyph);
        form.original = String::new();
        form.warned = false;
        form.error = None;
        form.editor = Some(Box::new(editor));
        form.adds_action = true;
        let accept = self.keymap.first_key_label(KeyMode::FormEdit, Action::Edit);
        let cancel = self
            .keymap
            .first_key_label(KeyMode::FormEdit, Action::Cancel);
        self.status = t!(
            "status-blueprint-action-type",
            lane = super::form::label(item, field),
            accept = accept,
            cancel = cancel
        );
        true
    }

    /// The new action's text was accepted: asks who does it.
    pub(super) fn action_text_entered(&mut self, text: String) {
        let Mode::Form(form) = &mut self.mode else {
            return;
        };
        form.editor = None;
        form.error = None;
        form.adds_action = false;
        // One line, however it was typed.
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() {
            self.status = t!("picker-nothing-changed");
            return;
        }
        let (item, field) = (form.item, form.field_name());
        let touchpoint = item
            .get(&self.map, "name")
            .and_then(|v| v.as_text().map(crate::text::clean))
            .unwrap_or_default();
        let title = t!(
            "guide-blueprint-who",
            action = crate::text::clean(&text),
            lane = super::form::label(item, field),
            touchpoint = touchpoint
        );
        form.picker = Some(Box::new(Picker::for_action(
            field,
            text,
            title,
            &self.map,
            &self.repository_departments,
        )));
    }

    /// Adds the action `text`, done by `department`, at the end of
    /// `item`'s lane `field`, as one undoable change (with the new
    /// department, when one was named); refused, changing nothing, when
    /// it would make the map invalid.
    pub(super) fn add_action(
        &mut self,
        item: ItemRef,
        field: &str,
        text: String,
        department: Option<Named>,
    ) {
        let (ItemRef::Touchpoint(index), Some(lane)) = (item, lane_of(field)) else {
            return;
        };
        if index >= self.map.touchpoints.len() {
            return;
        }
        let before = self.map.clone();
        let shown_before = self.shared_departments.clone();
        let department = match department {
            None => String::new(),
            Some(Named::Chosen(value)) => {
                // A shared department is listed in `shared_departments`.
                let chosen = Some(crate::model::FieldValue::Text(value.clone()));
                let added = self.newly_shared_departments(&chosen);
                self.list_shared_departments(added);
                value
            }
            Some(Named::New(name)) => match self.departments().of(&name) {
                Some(known) => known.id.to_string(),
                None if uses_department_ids(&self.map) => add_department(&mut self.map, &name),
                None => name,
            },
        };
        let name = self.departments().name(&department).to_owned();
        self.map.touchpoints[index]
            .lane_mut(lane)
            .push(crate::model::Action {
                text: text.clone(),
                department,
            });
        let problems = validate(&self.map);
        if !problems.is_empty() {
            let old = validate(&before);
            if let Some(problem) = problems.into_iter().find(|p| !old.contains(p)) {
                self.map = before;
                self.shared_departments = shown_before;
                self.say(Notice::NotAccepted(problem.message));
                return;
            }
        }
        let after = std::mem::replace(&mut self.map, before);
        self.history.record(&self.map);
        self.map = after;
        self.status = t!(
            "status-blueprint-action-added",
            lane = super::form::label(item, field),
            action = text,
            department = name
        );
    }
}
