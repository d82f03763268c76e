//! Adding, deleting, moving and reordering items of every kind. A new item
//! is named first and gets its id from that name; a delete asks first and
//! names what refers to the item; every change is one undoable step.

use crate::t;
use crate::tui::status::Notice;
use ratatui::crossterm::event::KeyEvent;
use ratatui_textarea::TextArea;

use super::{App, Effect, Form, Mode, View};
use crate::model::{
    Id, IdKind, Metric, MetricKind, Opportunity, Participant, Persona, Stage, Touchpoint,
};
use crate::tui::action::Action;
use crate::tui::edit::ItemRef;
use crate::tui::keymap::KeyMode;

/// The kinds of item that can be added.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NewKind {
    Touchpoint,
    Stage,
    Persona,
    Opportunity,
    Metric,
    Participant,
}

impl NewKind {
    pub fn noun(self) -> &'static str {
        match self {
            NewKind::Touchpoint => "touchpoint",
            NewKind::Stage => "stage",
            NewKind::Persona => "persona",
            NewKind::Opportunity => "opportunity",
            NewKind::Metric => "metric",
            NewKind::Participant => crate::model::IdKind::Member.noun(),
        }
    }
}

impl App {
    /// `a`: adds the kind of item the current view shows.
    pub(super) fn start_new_item(&mut self) {
        let kind = match self.view {
            View::Board | View::Curve | View::Inventory | View::Blueprint => NewKind::Touchpoint,
            View::Personas => NewKind::Persona,
            View::Opportunities => NewKind::Opportunity,
            View::Metrics => NewKind::Metric,
            View::Overview => NewKind::Participant,
            View::Stages => NewKind::Stage,
            View::Checks | View::Compare => {
                self.say(Notice::NothingToAdd);
                return;
            }
        };
        if kind == NewKind::Touchpoint && self.map.stages.is_empty() {
            self.say(Notice::StageFirst);
            return;
        }
        self.start_new(kind);
    }

    pub(super) fn start_new(&mut self, kind: NewKind) {
        let mut editor = TextArea::default();
        editor.set_placeholder_text(t!(
            "new-item-placeholder",
            kind = crate::tui::words::kind(kind.noun())
        ));
        self.mode = Mode::NewItem {
            kind,
            editor: Box::new(editor),
        };
        self.say(Notice::NameNew(kind.noun()));
    }

    pub(super) fn new_item_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let action = self.keymap.action_in(KeyMode::Prompt, key);
        let Mode::NewItem { kind, editor } = &mut self.mode else {
            return Vec::new();
        };
        match action {
            Some(Action::Help) => return self.help_over_dialog(),
            Some(Action::Cancel) => {
                self.mode = Mode::Normal;
                self.say(Notice::NothingAdded);
            }
            Some(Action::Edit) => {
                let name = editor.lines().join(" ").trim().to_owned();
                let kind = *kind;
                if name.is_empty() {
                    self.say(Notice::TypeName(kind.noun()));
                } else {
                    self.mode = Mode::Normal;
                    self.create(kind, name);
                }
            }
            _ => {
                editor.input(key);
            }
        }
        Vec::new()
    }

    /// Creates the item, selects it and opens its form.
    fn create(&mut self, kind: NewKind, name: String) {
        let item = match kind {
            NewKind::Touchpoint => {
                let stage_id = self.map.stages[self.stage].id.clone();
                let id = self.map.new_id(IdKind::Touchpoint, &name);
                let cards = self.stage_cards(self.stage);
                let at = match self.selected_touchpoint() {
                    Some(tp) => tp + 1,
                    None => cards
                        .last()
                        .map_or_else(|| self.insertion_point(self.stage), |&i| i + 1),
                };
                self.edit(|map| {
                    map.touchpoints.insert(
                        at,
                        Touchpoint {
                            id,
                            stage: stage_id,
                            name,
                            ..Touchpoint::default()
                        }
                        .into(),
                    )
                });
                self.show_card(at);
                ItemRef::Touchpoint(at)
            }
            NewKind::Stage => {
                let id = self.map.new_id(IdKind::Stage, &name);
                let at = if self.map.stages.is_empty() {
                    0
                } else {
                    self.stage + 1
                };
                self.edit(|map| {
                    map.stages.insert(
                        at,
                        Stage {
                            id,
                            name,
                            ..Stage::default()
                        },
                    )
                });
                self.stage = at;
                self.on_header = true;
                if self.view != View::Stages {
                    self.view = View::Board;
                }
                ItemRef::Stage(at)
            }
            NewKind::Persona => {
                let id = self.map.new_id(IdKind::Persona, &name);
                let primary = self.map.personas.iter().all(|p| !p.primary);
                self.edit(|map| {
                    map.personas.push(Persona {
                        id,
                        name,
                        primary,
                        ..Persona::default()
                    })
                });
                self.rows.personas = self.map.personas.len() - 1;
                ItemRef::Persona(self.rows.personas)
            }
            NewKind::Opportunity => {
                let id = self.map.new_id(IdKind::Opportunity, &name);
                self.edit(|map| map.opportunities.push(Opportunity::new(id, name).into()));
                let index = self.map.opportunities.len() - 1;
                self.rows.opportunities = self
                    .ranked_opportunities()
                    .iter()
                    .position(|&i| i == index)
                    .unwrap_or(0);
                ItemRef::Opportunity(index)
            }
            NewKind::Metric => {
                let id = self.map.new_id(IdKind::Metric, &name);
                self.edit(|map| {
                    map.metrics
                        .push(Metric::new(id, name, MetricKind::Other).into())
                });
                self.rows.metrics = self.map.metrics.len() - 1;
                ItemRef::Metric(self.rows.metrics)
            }
            NewKind::Participant => {
                let id = Some(self.map.new_id(IdKind::Member, &name));
                self.edit(|map| {
                    map.team.push(Participant {
                        id,
                        ..Participant::new(name)
                    })
                });
                self.rows.overview = self.map.team.len() + 1;
                ItemRef::Participant(self.map.team.len() - 1)
            }
        };
        let mut form = Form::new(item);
        // The name was just given: start on the field after it.
        if let Some(next) = item
            .fields()
            .iter()
            .position(|f| *f == "name" || *f == "title")
        {
            form.field = (next + 1).min(item.fields().len() - 1);
        }
        self.mode = Mode::Form(form);
        self.say(Notice::Added(kind.noun()));
    }

    /// Where a first touchpoint of `stage` goes in map order: after every touchpoint of earlier stages.
    pub(super) fn insertion_point(&self, stage: usize) -> usize {
        let earlier: Vec<&Id> = self.map.stages[..stage].iter().map(|s| &s.id).collect();
        self.map
            .touchpoints
            .iter()
            .rposition(|t| earlier.contains(&&t.stage))
            .map_or(0, |i| i + 1)
    }

    /// `d`: asks before deleting the selected item, naming what refers to it.
    pub(super) fn ask_delete(&mut self) {
        let Some(item) = self.selected_item() else {
            self.say(Notice::NothingToDelete);
            return;
        };
        if matches!(item, ItemRef::Map | ItemRef::Goal) {
            self.say(Notice::CannotDeleteMap);
            return;
        }
        if let ItemRef::Department(i) = item {
            return self.ask_delete_department(i);
        }
        let refs = item
            .id(&self.map)
            .map(|id| self.map.references_to(id))
            .unwrap_or_default();
        let blocked = refs.iter().any(|r| r.blocking);
        self.mode = Mode::ConfirmDelete {
            item,
            references: refs.into_iter().map(|r| r.description).collect(),
            blocked,
        };
    }

    /// Deletes the item and every reference to it, as one undoable change.
    pub(super) fn delete(&mut self, item: ItemRef) {
        let id = item.id(&self.map).cloned();
        let name = self.item_name(item);
        self.edit(|map| {
            match item {
                ItemRef::Persona(i) => drop(map.personas.remove(i)),
                ItemRef::Participant(i) => drop(map.team.remove(i)),
                ItemRef::Stage(i) => drop(map.stages.remove(i)),
                ItemRef::Touchpoint(i) => drop(map.touchpoints.remove(i)),
                ItemRef::Opportunity(i) => drop(map.opportunities.remove(i)),
                ItemRef::Metric(i) => drop(map.metrics.remove(i)),
                ItemRef::Department(i) => drop(map.departments.remove(i)),
                ItemRef::Map | ItemRef::Goal => {}
            }
            if let Some(id) = &id {
                map.remove_references(id);
            }
        });
        self.clamp_selection();
        self.say(Notice::Deleted(name));
    }

    /// The item's name or title, for messages.
    pub fn item_name(&self, item: ItemRef) -> String {
        let field = if matches!(item, ItemRef::Opportunity(_) | ItemRef::Map) {
            "title"
        } else {
            "name"
        };
        item.get(&self.map, field)
            .and_then(|v| v.as_text().map(str::to_owned))
            .unwrap_or_else(|| item.noun().to_owned())
    }

    /// `H`/`L`: a card to the previous/next stage, or the selected stage itself left/right.
    pub(super) fn move_sideways(&mut self, step: isize) {
        if self.view != View::Board {
            return;
        }
        let Some(target) = self
            .stage
            .checked_add_signed(step)
            .filter(|s| *s < self.map.stages.len())
        else {
            self.say(Notice::NoFurtherStage);
            return;
        };
        if self.on_header {
            let from = self.stage;
            self.edit(|map| map.stages.swap(from, target));
            self.stage = target;
            self.say(Notice::StageMoved);
            return;
        }
        let Some(tp) = self.selected_touchpoint() else {
            return;
        };
        let stage_id = self.map.stages[target].id.clone();
        // After the last card of the target stage, or where its first card belongs.
        let at = match self.stage_cards(target).last() {
            Some(&last) if last > tp => last,
            Some(&last) => last + 1,
            None => {
                let point = self.insertion_point(target);
                if point > tp { point - 1 } else { point }
            }
        };
        self.edit(|map| {
            let mut t = map.touchpoints.remove(tp);
            t.stage = stage_id;
            let at = at.min(map.touchpoints.len());
            map.touchpoints.insert(at, t);
        });
        let moved = at.min(self.map.touchpoints.len() - 1);
        self.show_card(moved);
        self.say(Notice::MovedTo(self.map.stages[target].name.clone()));
    }

    /// `K`/`J`: the selected card or row up/down.
    pub(super) fn reorder(&mut self, step: isize) {
        match self.view {
            View::Board | View::Blueprint => {
                if self.on_header {
                    return;
                }
                let cards = self.stage_cards(self.stage);
                let Some(target) = self
                    .card
                    .checked_add_signed(step)
                    .filter(|c| *c < cards.len())
                else {
                    return;
                };
                let (a, b) = (cards[self.card], cards[target]);
                self.edit(|map| map.touchpoints.swap(a, b));
                self.card = target;
            }
            View::Personas => {
                if let Some(row) = swap(self.map.personas.len(), self.rows.personas, step) {
                    let from = self.rows.personas;
                    self.edit(|map| map.personas.swap(from, row));
                    self.rows.personas = row;
                }
            }
            View::Metrics => {
                if let Some(row) = swap(self.map.metrics.len(), self.rows.metrics, step) {
                    let from = self.rows.metrics;
                    self.edit(|map| map.metrics.swap(from, row));
                    self.rows.metrics = row;
                }
            }
            View::Overview => {
                let Some(member) = self.rows.overview.checked_sub(2) else {
                    return;
                };
                if let Some(row) = swap(self.map.team.len(), member, step) {
                    self.edit(|map| map.team.swap(member, row));
                    self.rows.overview = row + 2;
                }
            }
            View::Opportunities => {
                self.say(Notice::RankedByVotes);
            }
            View::Stages => {
                if let Some(row) = swap(self.map.stages.len(), self.stage, step) {
                    let from = self.stage;
                    self.edit(|map| map.stages.swap(from, row));
                    self.stage = row;
                }
            }
            View::Curve | View::Inventory | View::Checks | View::Compare => {}
        }
    }
}

/// The row `from` moves to by `step` in a list of `len`, if it stays inside.
fn swap(len: usize, from: usize, step: isize) -> Option<usize> {
    from.checked_add_signed(step).filter(|to| *to < len)
}
