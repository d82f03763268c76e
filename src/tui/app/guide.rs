//! The guided session's part of the app: moving between steps (saving the
//! map at each change and remembering the step), the timebox, dot voting,
//! and which view and form fields each step works with.

use std::time::Instant;

use super::{App, Effect, Form, Mode, View};
use crate::model::{FieldValue, Id};
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

impl App {
    /// Starts the guided session: at `step` when given, else where this map's
    /// session stopped last time (remembered in the store), else at step 1.
    /// Votes given in earlier sittings are restored too.
    pub fn resume_guide(
        &mut self,
        step: Option<Step>,
        timeboxes: &std::collections::BTreeMap<Step, u32>,
        dots: u32,
    ) {
        let remembered = self.store.get(&self.path).map(|e| (e.step, e.dots.clone()));
        let step = step
            .or_else(|| remembered.as_ref().and_then(|(s, _)| Step::from_number(*s)))
            .unwrap_or(Step::Setup);
        let mut guide = Guide::new(step, timeboxes, Instant::now());
        guide.budget = dots;
        if let Some((_, given)) = remembered {
            guide.dots = given;
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

    /// Sets the view and selection a step works with, and opens its form
    /// where the step is a form.
    fn enter_step(&mut self, step: Step) {
        let Some(guide) = &mut self.guide else {
            return;
        };
        guide.step = step;
        self.mode = Mode::Normal;
        self.filter = super::Filter::default();
        self.view = match step {
            Step::Setup | Step::Goal | Step::Team | Step::Review => View::Overview,
            Step::TargetGroup => View::Personas,
            Step::Stages => View::Stages,
            Step::Touchpoints | Step::Emotions => View::Board,
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
            Step::Touchpoints | Step::Emotions => {
                self.on_header = self.stage_cards(self.stage).is_empty();
            }
            _ => {}
        }
        self.clamp_selection();
        self.status = format!("Step {} of 10 – {}", step.number(), step.name());
        let path = self.path.clone();
        self.store.entry(&path).step = step.number();
    }

    /// Changes step: saves the map (when it is valid) and remembers the step.
    pub(super) fn go_to_step(&mut self, step: Step) -> Vec<Effect> {
        if self.guide.is_none() {
            self.status = "Steps belong to the guided session: run `cjm guide FILE`".to_owned();
            return Vec::new();
        }
        self.enter_step(step);
        let mut effects = vec![Effect::Remember];
        if crate::model::validate(&self.map).is_empty() {
            effects.push(Effect::Save {
                path: self.path.clone(),
                text: crate::format::to_toml(&self.map),
            });
        } else {
            self.status = format!(
                "{} – not saved yet: the map has a problem to fix",
                self.status
            );
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
        Some(match action {
            Action::NextStep => {
                match step.next() {
                    Some(next) => self.go_to_step(next),
                    None => {
                        self.status = "This is the last step: the map is complete. q quits, 1 opens the board".to_owned();
                        self.go_to_step(step)
                    }
                }
            }
            Action::PreviousStep => match step.previous() {
                Some(previous) => self.go_to_step(previous),
                None => Vec::new(),
            },
            Action::JumpToStep => {
                let mut finder = Finder::over_steps();
                finder.selected = step.number() - 1;
                self.mode = Mode::Palette(finder);
                Vec::new()
            }
            Action::ToggleTimer => {
                let now = Instant::now().max(self.guide.as_ref()?.now);
                let guide = self.guide.as_mut()?;
                guide.now = now;
                if let Some(timer) = guide.timers.get_mut(&step) {
                    timer.toggle(now);
                    self.status = if timer.is_running() {
                        "Timer running"
                    } else {
                        "Timer paused"
                    }
                    .to_owned();
                }
                Vec::new()
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
            Action::AddDot | Action::RemoveDot => {
                self.vote(action == Action::AddDot);
                vec![Effect::Remember]
            }
            _ => return None,
        })
    }

    /// Gives (or takes back) one dot of the selected participant to the selected opportunity.
    fn vote(&mut self, give: bool) {
        let Some(voter) = self
            .guide
            .as_ref()
            .and_then(|g| self.map.team.get(g.voter))
            .map(|p| p.name.clone())
        else {
            self.status = "Add the team first: every participant gets dots to give".to_owned();
            return;
        };
        let Some(ItemRef::Opportunity(index)) = (self.view == View::Opportunities)
            .then(|| self.selected_item())
            .flatten()
        else {
            self.status = "Select an opportunity to vote on".to_owned();
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
            self.status = format!(
                "{voter} has no dots left ({} of {} given)",
                spent, guide.budget
            );
            return;
        }
        if !give && mine == 0 {
            self.status = format!("{voter} gave no dot to this idea");
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
        self.status = format!(
            "{voter}: {left} dot(s) left · this idea has {votes} vote(s) ({total} from this session)"
        );
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
