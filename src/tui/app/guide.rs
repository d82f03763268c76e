//! The guided session's part of the app: moving between steps (saving the
//! map at each change and remembering the step), including or leaving out
//! the blueprint step, the timebox, dot voting, and which view and form
//! fields each step works with.

use crate::tui::status::Notice;
use std::time::Instant;

use super::{App, Effect, Form, Mode, View};
use crate::model::{FieldValue, Id};
use crate::session::change::{Change, Kind};
use crate::tui::edit::ItemRef;
use crate::tui::finder::Finder;
use crate::tui::guide::{Guide, Step};

/// The fields a step's form shows (`None`: every field).
pub fn step_fields(step: Step, item: ItemRef) -> Option<&'static [&'static str]> {
    match (step, item) {
        (Step::Setup, ItemRef::Map) => Some(&["title", "kind", "language"]),
        (Step::Review, ItemRef::Map) => Some(&["owner", "review_by"]),
        (Step::Touchpoints, ItemRef::Touchpoint(_)) => {
            Some(&["name", "channel", "owner", "stage", "personas"])
        }
        (Step::Blueprint, ItemRef::Touchpoint(_)) => {
            Some(&["frontstage", "backstage", "support", "fail_point", "wait"])
        }
        (Step::Emotions, ItemRef::Touchpoint(_)) => Some(&[
            "doing",
            "thinking",
            "feeling",
            "emotion",
            "pain_points",
            "moment_of_truth",
            "evidence",
        ]),
        (Step::Opportunities, ItemRef::Opportunity(_)) => Some(&[
            "title",
            "description",
            "touchpoints",
            "stage",
            "impact",
            "effort",
            "owner",
            "status",
        ]),
        _ => None,
    }
}

/// Whether `view` shows the part of the map `change` is about, so the
/// room sees what an undo takes back in the guided session.
pub fn view_shows(view: View, change: &Change) -> bool {
    let Some(kind) = change.kind() else {
        // Changes to several kinds at once: on the board and the blueprint,
        // a touchpoint's owner or blueprint action with the new department
        // it added (the department's name is on the card).
        return matches!(view, View::Board | View::Blueprint);
    };
    match view {
        View::Board | View::Curve | View::Blueprint => {
            matches!(kind, Kind::Touchpoint | Kind::Stage)
        }
        View::Stages => kind == Kind::Stage,
        View::Personas => kind == Kind::Persona,
        View::Opportunities => kind == Kind::Opportunity,
        View::Metrics => kind == Kind::Metric,
        View::Overview => matches!(kind, Kind::Map | Kind::Goal | Kind::TeamMember),
        View::Inventory => kind != Kind::Conflict,
        View::Checks => kind == Kind::Conflict,
        View::Compare => false,
    }
}

impl App {
    /// Whether this map's session includes the blueprint step: as the
    /// facilitator last left it, else on for a service map only.
    pub fn blueprint_step_included(&self) -> bool {
        self.store
            .get(&self.path)
            .and_then(|e| e.blueprint)
            .unwrap_or(self.map.kind == crate::model::MapKind::Service)
    }

    /// Starts the guided session: at `step` when given, else where this map's
    /// session stopped last time (remembered in the store), else at step 1.
    /// Votes given in earlier sittings are restored too, and whether the
    /// blueprint step is included.
    pub fn resume_guide(
        &mut self,
        step: Option<Step>,
        timeboxes: &std::collections::BTreeMap<Step, u32>,
        dots: u32,
    ) {
        let remembered = self.store.get(&self.path).map(|e| {
            (
                Step::from_number_in(e.step, e.blueprint.unwrap_or(false)),
                e.dots.clone(),
                e.timers.clone(),
            )
        });
        let blueprint = self.blueprint_step_included();
        let step = step
            .or_else(|| remembered.as_ref().and_then(|(s, _, _)| *s))
            .unwrap_or(Step::Setup);
        let mut guide = Guide::new(step, timeboxes, Instant::now());
        // Starting at the blueprint step includes it.
        guide.blueprint = blueprint || step == Step::Blueprint;
        guide.budget = dots;
        if let Some((_, given, used)) = remembered {
            guide.dots = given;
            guide.restore_seconds(&used);
        }
        self.start_guide(guide);
    }

    /// Starts (or resumes) the guided session at `step`.
    pub fn start_guide(&mut self, guide: Guide) {
        let step = guide.step;
        self.guide = Some(guide);
        self.enter_step(step);
    }

    /// The form for an item, limited to the fields the current step works with.
    pub(super) fn form_for(&self, item: ItemRef) -> Form {
        let mut form = Form::new(item);
        if let Some(guide) = &self.guide {
            form.only = step_fields(guide.step, item);
            form.field = 0;
        }
        form
    }

    /// Writes the session's step, dots and the time counted on each step
    /// into the store entry of the map (the caller saves the store).
    pub fn remember_guide(&mut self) {
        let Some(guide) = &self.guide else {
            return;
        };
        let (step, blueprint, dots, timers) = (
            guide.number(),
            guide.blueprint,
            guide.dots.clone(),
            guide.used_seconds(),
        );
        let path = self.path.clone();
        let entry = self.store.entry(&path);
        entry.step = step;
        entry.blueprint = Some(blueprint);
        entry.dots = dots;
        entry.timers = timers;
    }

    /// Sets the view and selection a step works with, and opens its form
    /// where the step is a form.
    fn enter_step(&mut self, step: Step) {
        let Some(guide) = &mut self.guide else {
            return;
        };
        guide.switch_to(step, Instant::now());
        guide.scroll = 0;
        // Going to the blueprint step (jumping there) includes it.
        guide.blueprint |= step == Step::Blueprint;
        let place = (guide.number(), guide.count());
        self.mode = Mode::Normal;
        self.filter = super::Filter::default();
        self.view = match step {
            Step::Setup | Step::Goal | Step::Team => View::Overview,
            // The review shows its findings above the emotion curve.
            Step::Review => View::Curve,
            Step::TargetGroup => View::Personas,
            Step::Stages => View::Stages,
            Step::Touchpoints | Step::Emotions => View::Board,
            // One stage's blueprint in full, touchpoint by touchpoint.
            Step::Blueprint => View::Blueprint,
            Step::Opportunities => View::Opportunities,
            Step::Metrics => View::Metrics,
        };
        match step {
            Step::Setup | Step::Review => {
                self.rows.overview = 0;
                self.mode = Mode::Form(self.form_for(ItemRef::Map));
            }
            Step::Goal => {
                self.rows.overview = 1;
                self.mode = Mode::Form(self.form_for(ItemRef::Goal));
            }
            Step::Team => self.rows.overview = 2.min(self.map.team.len() + 1),
            Step::Touchpoints | Step::Blueprint | Step::Emotions => {
                self.on_header = self.stage_cards(self.stage).is_empty();
            }
            _ => {}
        }
        self.clamp_selection();
        self.say(Notice::Step {
            step,
            number: place.0,
            count: place.1,
        });
        self.remember_guide();
    }

    /// Changes step: saves the map (when it is valid) and remembers the step.
    pub(super) fn go_to_step(&mut self, step: Step) -> Vec<Effect> {
        if self.guide.is_none() {
            self.say(Notice::StepsGuideOnly);
            return Vec::new();
        }
        self.enter_step(step);
        let mut effects = vec![Effect::Remember];
        if self.read_only {
            // A map opened read-only is never written, as Ctrl-s says.
            self.say(Notice::ReadOnlyNotSaved(
                self.keymap.keys_label(crate::tui::action::Action::SaveAs),
            ));
        } else if crate::model::validate(&self.map).is_empty() {
            effects.push(Effect::Save {
                path: self.path.clone(),
            });
        } else if let Some(guide) = &self.guide {
            let notice = Notice::StepNotSaved {
                step,
                number: guide.number(),
                count: guide.count(),
            };
            self.say(notice);
        }
        effects
    }

    /// The guide's own actions; `None` when the action is not one of them.
    pub(super) fn guide_action(
        &mut self,
        action: crate::tui::action::Action,
    ) -> Option<Vec<Effect>> {
        use crate::tui::action::Action;
        let step = self.guide.as_ref()?.step;
        let (next, previous) = self.guide.as_ref().map(|g| (g.next(), g.previous()))?;
        Some(match action {
            Action::NextStep => match next {
                Some(next) => self.go_to_step(next),
                None => {
                    self.say(Notice::LastStep);
                    self.go_to_step(step)
                }
            },
            Action::PreviousStep => match previous {
                Some(previous) => self.go_to_step(previous),
                None => Vec::new(),
            },
            Action::JumpToStep => {
                let guide = self.guide.as_ref()?;
                let mut finder = Finder::over_steps(&guide.steps());
                finder.selected = guide.number() - 1;
                self.mode = Mode::Palette(finder);
                Vec::new()
            }
            Action::ToggleTimer => {
                let now = Instant::now().max(self.guide.as_ref()?.now);
                let guide = self.guide.as_mut()?;
                guide.now = now;
                if let Some(timer) = guide.timers.get_mut(&step) {
                    timer.toggle(now);
                    // `say`, with the guide still borrowed.
                    self.status = Notice::Timer {
                        running: timer.is_running(),
                    }
                    .to_string();
                }
                self.remember_guide();
                vec![Effect::Remember]
            }
            Action::NextVoter | Action::PreviousVoter => {
                let count = self.map.team.len();
                let guide = self.guide.as_mut()?;
                if count > 0 {
                    guide.voter = if action == Action::NextVoter {
                        (guide.voter + 1) % count
                    } else {
                        (guide.voter + count - 1) % count
                    };
                }
                Vec::new()
            }
            Action::ScrollStepDown | Action::ScrollStepUp => {
                let guide = self.guide.as_mut()?;
                guide.scroll = if action == Action::ScrollStepDown {
                    guide.scroll.saturating_add(3)
                } else {
                    guide.scroll.saturating_sub(3)
                };
                Vec::new()
            }
            Action::ParkIdea => {
                // The parking lot is a list of the map: its form, alone,
                // already editing, on a new line after the ideas parked so far.
                let mut form = Form::new(ItemRef::Map);
                form.only = Some(&["parking_lot"]);
                form.field = 0;
                let mut lines: Vec<String> = self.map.parking_lot.clone();
                lines.push(String::new());
                let mut editor = ratatui_textarea::TextArea::new(lines);
                editor.set_wrap_mode(ratatui_textarea::WrapMode::WordOrGlyph);
                editor.move_cursor(ratatui_textarea::CursorMove::Bottom);
                form.editor = Some(Box::new(editor));
                self.mode = Mode::Form(form);
                self.say(Notice::ParkIdea);
                Vec::new()
            }
            Action::BlueprintStep => self.toggle_blueprint_step(),
            Action::AddDot | Action::RemoveDot => {
                self.vote(action == Action::AddDot);
                vec![Effect::Remember]
            }
            _ => return None,
        })
    }

    /// Includes or leaves out the blueprint step; leaving it out while on
    /// it goes on to the emotions. Remembered at once, so a resumed session
    /// keeps the choice.
    fn toggle_blueprint_step(&mut self) -> Vec<Effect> {
        let Some(guide) = self.guide.as_mut() else {
            return Vec::new();
        };
        guide.blueprint = !guide.blueprint;
        let (on, step) = (guide.blueprint, guide.step);
        if !on && step == Step::Blueprint {
            let mut effects = self.go_to_step(Step::Emotions);
            self.say(Notice::BlueprintStep(on));
            effects.push(Effect::Remember);
            return effects;
        }
        self.remember_guide();
        self.say(Notice::BlueprintStep(on));
        vec![Effect::Remember]
    }

    /// Gives (or takes back) one dot of the selected participant to the selected opportunity.
    fn vote(&mut self, give: bool) {
        let Some(voter) = self
            .guide
            .as_ref()
            .and_then(|g| self.map.team.get(g.voter))
            .map(|p| p.name.clone())
        else {
            self.say(Notice::TeamFirst);
            return;
        };
        let Some(ItemRef::Opportunity(index)) = (self.view == View::Opportunities)
            .then(|| self.selected_item())
            .flatten()
        else {
            self.say(Notice::SelectOpportunity);
            return;
        };
        let id: Id = self.map.opportunities[index].id.clone();
        let Some(guide) = self.guide.as_mut() else {
            return;
        };
        let spent = guide.spent(&voter);
        let mine = guide
            .dots
            .get(&voter)
            .and_then(|d| d.get(id.as_str()))
            .copied()
            .unwrap_or(0);
        if give && spent >= guide.budget {
            let budget = guide.budget;
            self.say(Notice::NoDotsLeft {
                voter: voter.clone(),
                spent,
                budget,
            });
            return;
        }
        if !give && mine == 0 {
            self.say(Notice::NoDotGiven(voter.clone()));
            return;
        }
        let entry = guide
            .dots
            .entry(voter.clone())
            .or_default()
            .entry(id.to_string())
            .or_insert(0);
        if give {
            *entry += 1;
        } else {
            *entry -= 1;
        }
        let total = guide.votes_for(id.as_str());
        let left = guide.budget - guide.spent(&voter);
        let current = self.map.opportunities[index].votes;
        // The map's count follows the dots given in this session, never below what others gave before.
        let votes = if give {
            current + 1
        } else {
            current.saturating_sub(1)
        };
        self.set_field(
            ItemRef::Opportunity(index),
            "votes",
            Some(FieldValue::Integer(i64::from(votes))),
        );
        self.say(Notice::Voted {
            voter: voter.clone(),
            left,
            votes,
            total,
        });
        let path = self.path.clone();
        if let Some(guide) = &self.guide {
            self.store.entry(&path).dots = guide.dots.clone();
        }
        // Keep the voted idea selected although the ranking may have changed.
        self.rows.opportunities = self
            .ranked_opportunities()
            .iter()
            .position(|&i| i == index)
            .unwrap_or(0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fields a step's form shows are fields of the schema, so a
    /// renamed or removed field cannot leave a step with a dead row.
    #[test]
    fn every_step_field_is_a_field_of_its_item() {
        let items = [
            ItemRef::Map,
            ItemRef::Goal,
            ItemRef::Persona(0),
            ItemRef::Participant(0),
            ItemRef::Stage(0),
            ItemRef::Touchpoint(0),
            ItemRef::Opportunity(0),
            ItemRef::Metric(0),
        ];
        let mut checked = 0;
        for step in Step::ALL {
            for item in items {
                for field in step_fields(step, item).unwrap_or_default() {
                    assert!(
                        item.fields().contains(field),
                        "{step:?} shows `{field}`, which {item:?} does not have"
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked > 10, "only {checked} step fields");
    }
}
