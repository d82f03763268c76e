//! The picker: a field that refers to other items (a touchpoint's stage and
//! personas, an opportunity's touchpoints and stage, a metric's links) or
//! names a department (owners, a team member's department) is chosen from a
//! list of names, never typed as an id. Typing narrows the list with the
//! shared folded matcher (`zolty` finds "Żółty"); a list field marks several
//! with Space. Ids stay inside: the picker shows names and writes ids.

use crate::t;
use ratatui::crossterm::event::KeyEvent;

use crate::tui::action::Action;
use crate::tui::keymap::{Input as KeyInput, KeyMode, Press, moved};

use super::blueprint_step::Named;
use super::{App, Mode};
use crate::model::{FieldValue, IdKind, Map};
use crate::portfolio::{SharedDepartment, SharedPersona};
use crate::tui::edit::{Input, ItemRef};
use crate::tui::finder::fold::fold;
use crate::tui::finder::{Query, Rank, Searchable, Work};

/// One thing the picker offers.
#[derive(Clone, Debug)]
pub struct Choice {
    /// What is written into the field: an id, or a department's name.
    pub value: String,
    /// What the user reads: the item's name.
    pub name: String,
    /// What kind of item it is, shown where a field takes several kinds.
    pub kind: &'static str,
    /// The name and what helps to tell it apart (a touchpoint's stage),
    /// joined by " · ": what is matched and shown.
    pub text: String,
    folded: Searchable,
}

impl Choice {
    fn new(value: String, name: String, kind: &'static str, detail: &str) -> Choice {
        let text = if detail.trim().is_empty() {
            name.replace('\n', " ")
        } else {
            format!(
                "{} · {}",
                name.replace('\n', " "),
                detail.replace('\n', " ")
            )
        };
        let name_len = name.replace('\n', " ").len();
        let folded = Searchable::with_name(&text, 0..name_len);
        Choice {
            value,
            name,
            kind,
            text,
            folded,
        }
    }

    /// The bytes of `text` that are the name; the rest is the detail.
    pub fn name_len(&self) -> usize {
        self.name.replace('\n', " ").len()
    }
}

/// What the repository shares that a picker offers besides the map's own
/// items: personas for a persona field, departments for a department field.
#[derive(Clone, Copy, Debug, Default)]
pub struct Offered<'a> {
    pub personas: &'a [SharedPersona],
    pub departments: &'a [SharedDepartment],
}

/// "shared · personas.toml": how a shared item is marked in a picker.
fn shared_detail(file: &std::path::Path) -> String {
    let file = file.file_name().map_or_else(
        || crate::text::path(file),
        |n| n.to_string_lossy().into_owned(),
    );
    t!("portfolio-app-shared", file = file)
}

/// An open picker, for one field of the form's item.
#[derive(Clone, Debug)]
pub struct Picker {
    /// The field it fills.
    pub field: &'static str,
    /// "Stage", "Personas"…: what is chosen.
    pub title: String,
    /// The field is a list: Space marks several, Enter accepts the marked ones.
    pub multi: bool,
    /// The choices are departments; a last row names a new one.
    pub departments: bool,
    /// The departments are the map's `[[departments]]` (schema 2): the
    /// field takes an id, and a new department is added to the map.
    pub by_id: bool,
    /// The choices are of several kinds (a metric's links): each row says which.
    pub mixed: bool,
    pub query: String,
    pub choices: Vec<Choice>,
    /// The values chosen, in the field's order (new ones at the end). For
    /// a single value, the current one.
    pub chosen: Vec<String>,
    /// The choices that match the query, best first, as indexes into `choices`.
    pub hits: Vec<usize>,
    /// The highlighted row: a hit, or after them the "new department…" row.
    pub selected: usize,
    /// The name of a new department being typed, after "new department…".
    pub naming: Option<String>,
    /// Space changed the marks since the picker opened.
    touched: bool,
    /// The text of a blueprint action being added to the lane `field`:
    /// the picker asks which department does it (the guided blueprint step).
    pub action: Option<String>,
}

/// What a key in the picker came to.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// The picker stays open.
    Stay,
    /// Closed without a change.
    Cancel,
    /// Closed; the field takes this value.
    Accept(Option<FieldValue>),
    /// Closed; the field takes the department with this name, added to
    /// the map's departments unless it is one of them already.
    NewDepartment(String),
}

/// Whether `item`'s `field` is chosen in a picker, and among what: the
/// kinds of items it refers to, or departments (`None`).
fn picks(item: ItemRef, field: &str) -> Option<(bool, Option<&'static [IdKind]>)> {
    match (item, field) {
        (ItemRef::Touchpoint(_) | ItemRef::Opportunity(_), "owner")
        | (ItemRef::Participant(_), "department") => Some((false, None)),
        _ => match item.input(field) {
            Input::Reference(kind) => Some((false, Some(one_kind(kind)))),
            Input::References(kinds) => Some((true, Some(kinds))),
            _ => None,
        },
    }
}

/// `kind` as a list of one.
fn one_kind(kind: IdKind) -> &'static [IdKind] {
    match kind {
        IdKind::Persona => &[IdKind::Persona],
        IdKind::Stage => &[IdKind::Stage],
        IdKind::Touchpoint => &[IdKind::Touchpoint],
        IdKind::Opportunity => &[IdKind::Opportunity],
        IdKind::Metric => &[IdKind::Metric],
        IdKind::Member => &[IdKind::Member],
        IdKind::Department => &[IdKind::Department],
    }
}

/// Whether `item`'s `field` is chosen in a picker rather than typed.
pub fn is_picked(item: ItemRef, field: &str) -> bool {
    picks(item, field).is_some()
}

/// Whether the map's department fields hold ids of its `[[departments]]`
/// rather than names: it has departments, or it is of schema 2 and names
/// no department yet (so a new one can be added without turning the
/// names other fields hold into unknown ids).
pub fn uses_department_ids(map: &Map) -> bool {
    !map.departments.is_empty()
        || !map.shared_departments.is_empty()
        || (map.schema >= crate::model::DEPARTMENTS_VERSION
            && map.department_references().is_empty())
}

/// How a department is compared: trimmed, accents folded, case ignored.
fn department_key(name: &str) -> String {
    fold(name.trim()).to_lowercase()
}

/// The departments named in the map (team members' departments, then
/// touchpoint and opportunity owners), each once however it is spelled,
/// in its first spelling, sorted.
pub fn departments(map: &Map) -> Vec<String> {
    let named = map
        .team
        .iter()
        .map(|p| &p.department)
        .chain(map.touchpoints.iter().map(|t| &t.owner))
        .chain(map.opportunities.iter().map(|o| &o.owner));
    let mut seen: Vec<(String, String)> = Vec::new();
    for name in named {
        let key = department_key(name);
        if !key.is_empty() && !seen.iter().any(|(k, _)| *k == key) {
            seen.push((key, name.trim().to_owned()));
        }
    }
    seen.sort();
    seen.into_iter().map(|(_, name)| name).collect()
}

/// The items of `kinds` in map order, with what tells them apart; after
/// the map's personas and departments, the repository's shared ones
/// `offered`, marked as shared with the file they are in.
fn items(map: &Map, kinds: &[IdKind], offered: Offered) -> Vec<Choice> {
    let stage_name = |id: &crate::model::Id| {
        map.stages
            .iter()
            .find(|s| s.id == *id)
            .map_or_else(|| id.to_string(), |s| s.name.clone())
    };
    let mut out = Vec::new();
    for kind in kinds {
        let noun = kind.noun();
        match kind {
            IdKind::Stage => out.extend(
                map.stages
                    .iter()
                    .map(|s| Choice::new(s.id.to_string(), named(&s.name, &s.id), noun, "")),
            ),
            IdKind::Touchpoint => out.extend(map.touchpoints.iter().map(|t| {
                let stage = stage_name(&t.stage);
                Choice::new(t.id.to_string(), named(&t.name, &t.id), noun, &stage)
            })),
            IdKind::Persona => {
                out.extend(map.personas.iter().map(|p| {
                    let detail = if p.primary {
                        crate::t!("picker-primary-persona")
                    } else {
                        p.segment.clone()
                    };
                    Choice::new(p.id.to_string(), named(&p.name, &p.id), noun, &detail)
                }));
                out.extend(offered.personas.iter().map(|s| {
                    let detail = shared_detail(&s.file);
                    let p = &s.persona;
                    Choice::new(p.id.to_string(), named(&p.name, &p.id), noun, &detail)
                }));
            }
            IdKind::Opportunity => out.extend(
                map.opportunities
                    .iter()
                    .map(|o| Choice::new(o.id.to_string(), named(&o.title, &o.id), noun, "")),
            ),
            IdKind::Metric => out.extend(
                map.metrics
                    .iter()
                    .map(|m| Choice::new(m.id.to_string(), named(&m.name, &m.id), noun, "")),
            ),
            IdKind::Department => {
                out.extend(map.departments.iter().map(|d| {
                    Choice::new(d.id.to_string(), named(&d.name, &d.id), noun, &d.short_name)
                }));
                let own = |id: &crate::model::Id| map.departments.iter().any(|d| d.id == *id);
                out.extend(
                    offered
                        .departments
                        .iter()
                        .filter(|s| !own(&s.department.id))
                        .map(|s| {
                            let d = &s.department;
                            let mut detail = shared_detail(&s.file);
                            if !d.short_name.trim().is_empty() {
                                detail = format!("{} · {detail}", d.short_name);
                            }
                            Choice::new(d.id.to_string(), named(&d.name, &d.id), noun, &detail)
                        }),
                );
            }
            // Only members given an id can be referred to.
            IdKind::Member => out.extend(map.team.iter().filter_map(|p| {
                let id = p.id.as_ref()?;
                Some(Choice::new(
                    id.to_string(),
                    named(&p.name, id),
                    noun,
                    &p.department,
                ))
            })),
        }
    }
    out
}

/// An item's name, its id where it has none.
fn named(name: &str, id: &crate::model::Id) -> String {
    if name.trim().is_empty() {
        id.to_string()
    } else {
        name.to_owned()
    }
}

/// The name of the item with id `id`, if the map has one.
pub fn name_of(map: &Map, id: &str) -> Option<String> {
    let found = |name: &str| Some(name.to_owned());
    if let Some(s) = map.stages.iter().find(|s| s.id.as_str() == id) {
        return found(&s.name);
    }
    if let Some(t) = map.touchpoints.iter().find(|t| t.id.as_str() == id) {
        return found(&t.name);
    }
    if let Some(p) = map.personas.iter().find(|p| p.id.as_str() == id) {
        return found(&p.name);
    }
    if let Some(o) = map.opportunities.iter().find(|o| o.id.as_str() == id) {
        return found(&o.title);
    }
    map.metrics
        .iter()
        .find(|m| m.id.as_str() == id)
        .and_then(|m| found(&m.name))
}

/// A reference field's value as the names of what it refers to, for the
/// form: "Zakup · Dostawa" (names may hold commas); an id the map does not have shows as
/// "⚠ st-gone". A department field shows the department's name. `None`
/// for any other field.
pub fn shown_names(
    item: ItemRef,
    field: &str,
    map: &Map,
    departments: crate::model::Departments,
) -> Option<String> {
    if item.input(field) == Input::Department {
        // A department's name, not its id.
        return match item.get(map, field) {
            Some(FieldValue::Text(d)) => Some(departments.name(&d).to_owned()),
            _ => None,
        };
    }
    if !matches!(
        item.input(field),
        Input::Reference(_) | Input::References(_)
    ) {
        return None;
    }
    let ids = values(item.get(map, field).as_ref());
    let names: Vec<String> = ids
        .iter()
        .map(|id| {
            name_of(map, id).unwrap_or_else(|| {
                // A shared persona is defined in the repository, not here.
                if map.shared_persona_ids().any(|shared| shared == id.as_str()) {
                    crate::t!("portfolio-app-shared-ref", id = id.as_str())
                } else {
                    format!("⚠ {id}")
                }
            })
        })
        .collect();
    Some(names.join(" · "))
}

/// The texts of a field's value: one for a text, each of a list.
pub(super) fn values(value: Option<&FieldValue>) -> Vec<String> {
    match value {
        Some(FieldValue::Text(s)) if !s.trim().is_empty() => vec![s.clone()],
        Some(FieldValue::List(items)) => items
            .iter()
            .filter_map(|v| v.as_text().map(str::to_owned))
            .collect(),
        _ => Vec::new(),
    }
}

impl Picker {
    /// A picker for `item`'s `field`, listing every choice, the current
    /// value chosen and highlighted; `None` when the field is typed.
    /// A persona or department field also offers what the repository
    /// shares (`offered`).
    pub fn open(item: ItemRef, field: &'static str, map: &Map, offered: Offered) -> Option<Picker> {
        let (multi, kinds) = picks(item, field)?;
        let chosen = values(item.get(map, field).as_ref());
        let by_id = kinds.is_none() && uses_department_ids(map);
        let choices = match kinds {
            Some(kinds) => items(map, kinds, offered),
            None if by_id => items(map, &[IdKind::Department], offered),
            None => departments(map)
                .into_iter()
                .map(|d| Choice::new(d.clone(), d, "department", ""))
                .collect(),
        };
        let mut picker = Picker {
            field,
            title: super::form::label(item, field),
            multi,
            departments: kinds.is_none(),
            by_id,
            mixed: kinds.is_some_and(|k| k.len() > 1),
            query: String::new(),
            choices,
            chosen,
            hits: Vec::new(),
            selected: 0,
            naming: None,
            touched: false,
            action: None,
        };
        picker.search();
        // Start on the current value (the first chosen one).
        if let Some(first) = picker.chosen.first() {
            let key = department_key(first);
            if let Some(at) = picker.hits.iter().position(|&i| {
                picker.choices.get(i).is_some_and(|c| {
                    c.value == *first || (picker.departments && department_key(&c.value) == key)
                })
            }) {
                picker.selected = at;
            }
        }
        Some(picker)
    }

    /// A department picker for the action `text` being added to a
    /// touchpoint's lane `field`: it lists the map's departments, with
    /// "new department…" last, and its title asks who does it. The
    /// repository's `shared` departments are offered too.
    pub fn for_action(
        field: &'static str,
        text: String,
        title: String,
        map: &Map,
        shared: &[SharedDepartment],
    ) -> Picker {
        let by_id = uses_department_ids(map);
        let choices = if by_id {
            let offered = Offered {
                personas: &[],
                departments: shared,
            };
            items(map, &[IdKind::Department], offered)
        } else {
            departments(map)
                .into_iter()
                .map(|d| Choice::new(d.clone(), d, "department", ""))
                .collect()
        };
        let mut picker = Picker {
            field,
            title,
            multi: false,
            departments: true,
            by_id,
            mixed: false,
            query: String::new(),
            choices,
            chosen: Vec::new(),
            hits: Vec::new(),
            selected: 0,
            naming: None,
            touched: false,
            action: Some(text),
        };
        picker.search();
        picker
    }

    /// Lists the choices that match the query: best first, equal ranks in
    /// the map's order; every choice for an empty query.
    pub fn search(&mut self) {
        if self.query.is_empty() {
            self.hits = (0..self.choices.len()).collect();
        } else {
            let query = Query::new(&self.query);
            let mut work = Work::default();
            let mut ranked: Vec<(Rank, usize)> = self
                .choices
                .iter()
                .enumerate()
                .filter_map(|(i, c)| Some((query.rank(&c.folded, &mut work)?, i)))
                .collect();
            ranked.sort_by_key(|&(rank, i)| (std::cmp::Reverse(rank), i));
            self.hits = ranked.into_iter().map(|(_, i)| i).collect();
        }
        self.selected = self.selected.min(self.rows().saturating_sub(1));
    }

    /// How many rows the list has: the hits, and "new department…".
    pub fn rows(&self) -> usize {
        self.hits.len() + usize::from(self.departments)
    }

    /// The highlighted choice, `None` on the "new department…" row.
    pub fn selected_choice(&self) -> Option<&Choice> {
        self.hits
            .get(self.selected)
            .and_then(|&i| self.choices.get(i))
    }

    /// Whether the highlighted row is "new department…".
    pub fn on_new_department(&self) -> bool {
        self.departments && self.selected == self.hits.len()
    }

    /// Whether `choice` is chosen.
    pub fn is_chosen(&self, choice: &Choice) -> bool {
        if self.departments {
            let key = department_key(&choice.value);
            self.chosen.iter().any(|c| department_key(c) == key)
        } else {
            self.chosen.contains(&choice.value)
        }
    }

    /// The names of the chosen values, in order; an id the map does not
    /// have shows as "⚠ id".
    pub fn chosen_names(&self) -> Vec<String> {
        self.chosen
            .iter()
            .map(|v| {
                self.choices
                    .iter()
                    .find(|c| c.value == *v)
                    .map_or_else(|| format!("⚠ {v}"), |c| c.name.clone())
            })
            .collect()
    }

    /// Characters of `choice.text` (by index) the query matches, for highlighting.
    pub fn matched(&self, choice: &Choice) -> Vec<usize> {
        if self.query.is_empty() {
            return Vec::new();
        }
        Query::new(&self.query).positions(&choice.text, &choice.folded)
    }

    /// Text pasted while the picker is open: into the name being typed, or the query.
    pub fn paste(&mut self, text: &str) {
        let text = text.replace(['\r', '\n'], " ");
        match &mut self.naming {
            Some(name) => name.push_str(&text),
            None => {
                self.query.push_str(&text);
                self.selected = 0;
                self.search();
            }
        }
    }

    fn toggle(&mut self) {
        let Some(value) = self.selected_choice().map(|c| c.value.clone()) else {
            return;
        };
        self.touched = true;
        match self.chosen.iter().position(|v| *v == value) {
            Some(at) => {
                self.chosen.remove(at);
            }
            None => self.chosen.push(value),
        }
    }

    /// One key, as the picker's keymap ([`KeyMode::Picker`], or
    /// [`KeyMode::Prompt`] while a new department is named) reads it: typing
    /// narrows the list, the list keys move, Space marks (in a list field; in
    /// any other it types a space), Enter accepts, Esc cancels.
    pub fn key(&mut self, input: KeyInput, key: KeyEvent) -> Outcome {
        // Typed text: Backspace edits the query, like a text field; it is
        // not a command, so it stays out of the keymap.
        let backspace = input == KeyInput::Other && Press::of(key) == Press::Backspace;
        if let Some(name) = &mut self.naming {
            match input {
                KeyInput::Action(Action::Cancel) => self.naming = None,
                KeyInput::Action(Action::Edit) => {
                    let name = name.trim().to_owned();
                    if name.is_empty() {
                        return Outcome::Stay;
                    }
                    if self.by_id {
                        return Outcome::NewDepartment(name);
                    }
                    // A department already named is written as it is spelled there.
                    let key = department_key(&name);
                    let name = self
                        .choices
                        .iter()
                        .find(|c| department_key(&c.value) == key)
                        .map_or(name, |c| c.value.clone());
                    return Outcome::Accept(Some(FieldValue::Text(name)));
                }
                KeyInput::Action(Action::ClearQuery) => name.clear(),
                KeyInput::Char(c) => name.push(c),
                _ if backspace => {
                    name.pop();
                }
                _ => {}
            }
            return Outcome::Stay;
        }
        let last = self.rows().saturating_sub(1);
        let typed = match input {
            KeyInput::Action(Action::Cancel) => return Outcome::Cancel,
            KeyInput::Action(Action::Edit) => return self.accept(),
            KeyInput::Action(Action::Mark) if self.multi => {
                self.toggle();
                return Outcome::Stay;
            }
            // In a field of one value Space is a letter of the query.
            KeyInput::Action(Action::Mark) => Some(' '),
            KeyInput::Char(c) => Some(c),
            _ => None,
        };
        match input {
            _ if typed.is_some() => {
                self.query.extend(typed);
                self.selected = 0;
                self.search();
            }
            KeyInput::Action(action) if moved(action, self.selected, last).is_some() => {
                self.selected = moved(action, self.selected, last).unwrap_or(0);
            }
            KeyInput::Action(Action::ClearQuery) => {
                self.query.clear();
                self.selected = 0;
                self.search();
            }
            _ if backspace => {
                self.query.pop();
                self.selected = 0;
                self.search();
            }
            _ => {}
        }
        Outcome::Stay
    }

    /// The keymap that reads the picker's keys: the name prompt's while a
    /// new department is named.
    pub fn key_mode(&self) -> KeyMode {
        if self.naming.is_some() {
            KeyMode::Prompt
        } else {
            KeyMode::Picker
        }
    }

    /// Enter on the list.
    fn accept(&mut self) -> Outcome {
        if self.on_new_department() {
            self.naming = Some(self.query.trim().to_owned());
            return Outcome::Stay;
        }
        if self.multi {
            // Enter with nothing marked picks the highlighted one.
            if !self.touched && self.chosen.is_empty() {
                self.toggle();
            }
            let list = self
                .chosen
                .iter()
                .map(|v| FieldValue::Text(v.clone()))
                .collect();
            return Outcome::Accept(Some(FieldValue::List(list)));
        }
        match self.selected_choice() {
            Some(choice) => Outcome::Accept(Some(FieldValue::Text(choice.value.clone()))),
            None => Outcome::Stay,
        }
    }
}

impl App {
    /// Opens the picker for the form's selected field, when that field is
    /// chosen rather than typed (see [`is_picked`]). Returns whether it
    /// opened. The one way in: Enter on such a field calls it.
    pub fn open_picker(&mut self) -> bool {
        let shared = self.offered_personas();
        let offered = Offered {
            personas: &shared,
            departments: &self.repository_departments,
        };
        let Mode::Form(form) = &mut self.mode else {
            return false;
        };
        let field = form.field_name();
        let Some(picker) = Picker::open(form.item, field, &self.map, offered) else {
            return false;
        };
        self.status = if picker.multi {
            t!("picker-status-multi")
        } else {
            t!("picker-status-one")
        };
        form.picker = Some(Box::new(picker));
        form.editor = None;
        form.error = None;
        true
    }

    /// A key while the picker is open.
    pub(super) fn picker_key(&mut self, key: KeyEvent) {
        let Mode::Form(form) = &mut self.mode else {
            return;
        };
        let Some(picker) = &mut form.picker else {
            return;
        };
        let input = self.keymap.input(picker.key_mode(), key);
        if input == KeyInput::Action(Action::Help) {
            self.help_over_dialog();
            return;
        }
        match picker.key(input, key) {
            Outcome::Stay => {}
            Outcome::Cancel => {
                let action = picker.action.take();
                form.picker = None;
                self.status = match action {
                    Some(text) => t!("status-blueprint-action-dropped", action = text),
                    None => t!("picker-nothing-changed"),
                };
            }
            Outcome::NewDepartment(name) => {
                let (item, field, action) = (form.item, picker.field, picker.action.take());
                form.picker = None;
                match action {
                    Some(text) => self.add_action(item, field, text, Some(Named::New(name))),
                    None => self.choose_department(item, field, &name),
                }
            }
            Outcome::Accept(value) if picker.action.is_some() => {
                let (item, field, action) = (form.item, picker.field, picker.action.take());
                form.picker = None;
                let department = value
                    .as_ref()
                    .and_then(FieldValue::as_text)
                    .map(|d| Named::Chosen(d.to_owned()));
                if let Some(text) = action {
                    self.add_action(item, field, text, department);
                }
            }
            Outcome::Accept(value) => {
                let (item, field) = (form.item, picker.field);
                form.picker = None;
                let before = item.get(&self.map, field);
                if before == value
                    || (before.is_none() && value == Some(FieldValue::List(Vec::new())))
                {
                    self.status = t!("picker-nothing-changed");
                } else if !self.newly_shared(&value).is_empty()
                    || !self.newly_shared_departments(&value).is_empty()
                {
                    self.set_with_shared(item, field, value);
                } else {
                    self.set_field(item, field, value);
                }
            }
        }
    }
}

impl App {
    /// The repository's shared personas in `value` that the map does not
    /// list in `shared_personas` yet.
    fn newly_shared(&self, value: &Option<FieldValue>) -> Vec<crate::portfolio::SharedPersona> {
        let listed: Vec<&str> = self.map.shared_persona_ids().collect();
        values(value.as_ref())
            .iter()
            .filter(|id| !listed.contains(&id.as_str()))
            .filter(|id| {
                !self
                    .map
                    .personas
                    .iter()
                    .any(|p| p.id.as_str() == id.as_str())
            })
            .filter_map(|id| {
                self.repository_personas
                    .iter()
                    .find(|s| s.persona.id.as_str() == id.as_str())
                    .cloned()
            })
            .collect()
    }

    /// The repository's shared departments in `value` that the map does
    /// not list in `shared_departments` yet (nor define itself).
    pub(super) fn newly_shared_departments(
        &self,
        value: &Option<FieldValue>,
    ) -> Vec<SharedDepartment> {
        let listed: Vec<&str> = self.map.shared_department_ids().collect();
        let mut named = values(value.as_ref());
        // A lane's actions name their departments in a table each.
        if let Some(FieldValue::List(actions)) = value {
            named.extend(actions.iter().filter_map(|a| {
                a.get("department")
                    .and_then(FieldValue::as_text)
                    .map(str::to_owned)
            }));
        }
        named
            .iter()
            .filter(|id| !listed.contains(&id.as_str()))
            .filter(|id| self.map.department(id).is_none())
            .filter_map(|id| {
                self.repository_departments
                    .iter()
                    .find(|s| s.department.id.as_str() == id.as_str())
                    .cloned()
            })
            .collect()
    }

    /// Lists the shared departments `added` in the map's
    /// `shared_departments` (by id), and remembers them for showing their
    /// names; the caller records the change.
    pub(super) fn list_shared_departments(&mut self, added: Vec<SharedDepartment>) {
        for shared in added {
            let id = &shared.department.id;
            if !self.map.shared_department_ids().any(|s| s == id.as_str()) {
                self.map.shared_departments.push(id.to_string());
            }
            if !self.shared_departments.iter().any(|d| d.id == *id) {
                self.shared_departments.push(shared.department);
            }
        }
    }

    /// Sets `item`'s `field` to `value`, which names shared personas or
    /// departments the map does not list yet: they are added to the map's
    /// `shared_personas` or `shared_departments` (by id) in the same
    /// undoable step.
    pub(super) fn set_with_shared(
        &mut self,
        item: ItemRef,
        field: &str,
        value: Option<FieldValue>,
    ) {
        let added = self.newly_shared(&value);
        let added_departments = self.newly_shared_departments(&value);
        let before = self.map.clone();
        let shown_before = self.shared_departments.clone();
        self.map
            .shared_personas
            .extend(added.iter().map(|s| s.persona.id.to_string()));
        self.list_shared_departments(added_departments);
        if let Err(err) = item.set(&mut self.map, field, value) {
            self.map = before;
            self.shared_departments = shown_before;
            self.say(crate::tui::status::Notice::NotAccepted(err.to_string()));
            return;
        }
        if let Some(problem) = crate::model::validate(&self.map).into_iter().next() {
            self.map = before;
            self.shared_departments = shown_before;
            self.say(crate::tui::status::Notice::NotAccepted(problem.message));
            return;
        }
        let after = std::mem::replace(&mut self.map, before);
        self.history.record(&self.map);
        self.map = after;
        for shared in added {
            if !self
                .shared_personas
                .iter()
                .any(|s| s.persona.id == shared.persona.id)
            {
                self.shared_personas.push(shared);
            }
        }
        self.say(crate::tui::status::Notice::FieldChanged(
            super::form::label(item, field),
        ));
    }

    /// Sets `item`'s department `field` to the department named `name`:
    /// one of the map's (by name, short name or alias), or a new one added
    /// to `[[departments]]` in the same undoable step.
    fn choose_department(&mut self, item: ItemRef, field: &str, name: &str) {
        if let Some(id) = self.departments().of(name).map(|d| d.id.to_string()) {
            self.set_field(item, field, Some(FieldValue::Text(id)));
            return;
        }
        let before = self.map.clone();
        let id = add_department(&mut self.map, name);
        if let Err(err) = item.set(&mut self.map, field, Some(FieldValue::Text(id))) {
            self.map = before;
            self.say(crate::tui::status::Notice::NotAccepted(err.to_string()));
            return;
        }
        let after = std::mem::replace(&mut self.map, before);
        self.history.record(&self.map);
        self.map = after;
        self.say(crate::tui::status::Notice::DepartmentAdded(name.to_owned()));
    }
}

/// Adds the department `name` to the map's `[[departments]]` with a new
/// id made from the name; returns the id.
pub(super) fn add_department(map: &mut Map, name: &str) -> String {
    let id = crate::model::Id::generate(IdKind::Department, name, |id| {
        map.ids().any(|(_, taken)| taken == id)
    });
    map.departments.push(crate::model::Department {
        id: id.clone(),
        name: name.to_owned(),
        ..crate::model::Department::default()
    });
    id.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Id, MapKind, Participant, Stage, Touchpoint};
    use crate::tui::keymap::Keymap;
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    /// A key pressed in the picker, read through the default keymap.
    fn press(picker: &mut Picker, code: KeyCode) -> Outcome {
        let event = KeyEvent::new(code, KeyModifiers::NONE);
        picker.key(Keymap::default().input(picker.key_mode(), event), event)
    }

    fn sample() -> Map {
        let mut map = Map::new("Sklep", MapKind::CurrentState);
        for (id, name) in [("st-kolor", "Żółty koszyk"), ("st-buy", "Zakup")] {
            map.stages.push(Stage {
                id: Id::new(id),
                name: name.into(),
                ..Stage::default()
            });
        }
        map.touchpoints.push(
            Touchpoint {
                id: Id::new("tp-a"),
                stage: Id::new("st-buy"),
                name: "Kasa".into(),
                owner: "Obsługa klienta".into(),
                ..Touchpoint::default()
            }
            .into(),
        );
        let mut member = Participant::new("Ola");
        member.department = "obsluga KLIENTA ".into();
        map.team.push(member.clone());
        member.department = "Finanse".into();
        map.team.push(member);
        map
    }

    #[test]
    fn folded_queries_find_and_highlight_the_right_letters() {
        let map = sample();
        let Some(mut picker) =
            Picker::open(ItemRef::Touchpoint(0), "stage", &map, Offered::default())
        else {
            panic!("the stage of a touchpoint is picked");
        };
        // The current stage is highlighted when the picker opens.
        assert_eq!(
            picker.selected_choice().map(|c| c.name.as_str()),
            Some("Zakup")
        );
        for c in "zolty".chars() {
            press(&mut picker, KeyCode::Char(c));
        }
        let choice = picker.selected_choice().cloned();
        assert_eq!(
            choice.as_ref().map(|c| c.name.as_str()),
            Some("Żółty koszyk")
        );
        let matched = choice.map(|c| picker.matched(&c)).unwrap_or_default();
        assert_eq!(matched, vec![0, 1, 2, 3, 4]);
        assert_eq!(
            press(&mut picker, KeyCode::Enter),
            Outcome::Accept(Some(FieldValue::Text("st-kolor".into())))
        );
    }

    #[test]
    fn departments_are_listed_once_however_they_are_spelled() {
        assert_eq!(departments(&sample()), vec!["Finanse", "obsluga KLIENTA"]);
    }

    #[test]
    fn a_new_department_spelled_like_a_known_one_takes_the_known_spelling() {
        let map = sample();
        let Some(mut picker) =
            Picker::open(ItemRef::Touchpoint(0), "owner", &map, Offered::default())
        else {
            panic!("a touchpoint's owner is picked");
        };
        press(&mut picker, KeyCode::End);
        while !picker.on_new_department() {
            press(&mut picker, KeyCode::Down);
        }
        press(&mut picker, KeyCode::Enter);
        for c in "FINANSE".chars() {
            press(&mut picker, KeyCode::Char(c));
        }
        assert_eq!(
            press(&mut picker, KeyCode::Enter),
            Outcome::Accept(Some(FieldValue::Text("Finanse".into())))
        );
    }
}
