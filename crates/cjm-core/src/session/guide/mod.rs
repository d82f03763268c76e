//! The guided workshop session: the facilitator leads the room through ten
//! steps (eleven with the service-blueprint step), each with its questions,
//! an example, a timebox, and the part of the map it fills in. The
//! session's own state (step, blueprint step on or off, timers, dot votes)
//! lives here, free of any terminal; the map edits go through the app's
//! editing machinery (the `cjm` crate's `App`), the same as the board's,
//! so undo, forms and validation are shared.

pub mod steps;
pub mod store;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

pub use self::steps::Step;
pub use self::store::Store;

/// A step's countdown. Time up changes its colour and nothing else.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timer {
    pub budget: Duration,
    /// Time counted before the last start.
    pub used: Duration,
    /// When it was last started, while running.
    pub running_since: Option<Instant>,
}

impl Timer {
    pub fn new(minutes: u32) -> Self {
        Timer {
            budget: Duration::from_secs(u64::from(minutes) * 60),
            used: Duration::ZERO,
            running_since: None,
        }
    }

    /// Time counted so far, at `now`.
    pub fn elapsed(&self, now: Instant) -> Duration {
        self.used
            + self
                .running_since
                .map_or(Duration::ZERO, |since| now.saturating_duration_since(since))
    }

    /// Starts or pauses.
    pub fn toggle(&mut self, now: Instant) {
        match self.running_since.take() {
            Some(since) => self.used += now.saturating_duration_since(since),
            None => self.running_since = Some(now),
        }
    }

    pub fn is_running(&self) -> bool {
        self.running_since.is_some()
    }

    pub fn is_up(&self, now: Instant) -> bool {
        self.elapsed(now) >= self.budget
    }

    /// "12:34 left", "time is up (+1:05)", as shown on screen.
    pub fn label(&self, now: Instant) -> String {
        let elapsed = self.elapsed(now);
        let mmss = |d: Duration| format!("{}:{:02}", d.as_secs() / 60, d.as_secs() % 60);
        if elapsed >= self.budget {
            crate::t!("timer-up", over = mmss(elapsed - self.budget))
        } else {
            crate::t!("timer-left", left = mmss(self.budget - elapsed))
        }
    }
}

/// The state of a guided session.
#[derive(Clone, Debug)]
pub struct Guide {
    pub step: Step,
    pub timers: BTreeMap<Step, Timer>,
    /// The clock, advanced by the runtime's ticks (so tests control time).
    pub now: Instant,
    /// Dots each participant has given: name → opportunity id → dots.
    pub dots: BTreeMap<String, BTreeMap<String, u32>>,
    /// Dots per participant.
    pub budget: u32,
    /// The participant whose dots the facilitator is placing (index into the team).
    pub voter: usize,
    /// How far the step's questions (or, at review, its findings) are
    /// scrolled, in lines; back to 0 on every step change.
    pub scroll: usize,
    /// The session includes the service-blueprint step (on for a service
    /// map unless switched off; remembered with the step).
    pub blueprint: bool,
}

/// Dots each participant may give, unless the config says otherwise.
pub const DEFAULT_DOTS: u32 = 3;

impl Guide {
    pub fn new(step: Step, minutes: &BTreeMap<Step, u32>, now: Instant) -> Self {
        let timers = Step::ALL
            .iter()
            .map(|s| {
                (
                    *s,
                    Timer::new(minutes.get(s).copied().unwrap_or(s.default_minutes())),
                )
            })
            .collect();
        Guide {
            step,
            timers,
            now,
            dots: BTreeMap::new(),
            budget: DEFAULT_DOTS,
            voter: 0,
            scroll: 0,
            blueprint: false,
        }
    }

    /// The steps of this session, in order.
    pub fn steps(&self) -> Vec<Step> {
        Step::sequence(self.blueprint)
    }

    /// The current step's 1-based position in this session.
    pub fn number(&self) -> usize {
        self.step.number_in(self.blueprint)
    }

    /// How many steps this session has.
    pub fn count(&self) -> usize {
        self.steps().len()
    }

    /// The step after the current one, if any.
    pub fn next(&self) -> Option<Step> {
        self.step.next_in(self.blueprint)
    }

    /// The step before the current one, if any.
    pub fn previous(&self) -> Option<Step> {
        self.step.previous_in(self.blueprint)
    }

    /// The current step's timer.
    pub fn timer(&self) -> Timer {
        self.timers
            .get(&self.step)
            .copied()
            .unwrap_or_else(|| Timer::new(self.step.default_minutes()))
    }

    /// Moves to `step`: only the current step's timer runs, so a running
    /// timer of the step left is paused, and the new step's timer starts
    /// in its place (the room is still on the clock). A paused timer
    /// stays paused.
    pub fn switch_to(&mut self, step: Step, now: Instant) {
        let now = now.max(self.now);
        self.now = now;
        if step == self.step {
            return;
        }
        let mut was_running = false;
        for timer in self.timers.values_mut() {
            if timer.is_running() {
                timer.toggle(now);
                was_running = true;
            }
        }
        self.step = step;
        if was_running && let Some(timer) = self.timers.get_mut(&step) {
            timer.toggle(now);
        }
    }

    /// Time spent on every step together, at the guide's clock.
    pub fn elapsed_total(&self) -> Duration {
        self.timers.values().map(|t| t.elapsed(self.now)).sum()
    }

    /// The planned length of the whole session: the sum of the timeboxes
    /// of its steps.
    pub fn planned_total(&self) -> Duration {
        self.steps()
            .iter()
            .filter_map(|s| self.timers.get(s))
            .map(|t| t.budget)
            .sum()
    }

    /// "workshop 0:42 of 2:00", the overall clock.
    pub fn clock_label(&self) -> String {
        let hm = |d: Duration| format!("{}:{:02}", d.as_secs() / 3600, d.as_secs() / 60 % 60);
        crate::t!(
            "timer-clock",
            elapsed = hm(self.elapsed_total()),
            planned = hm(self.planned_total())
        )
    }

    /// The seconds counted on each step, by step key, for the store.
    pub fn used_seconds(&self) -> BTreeMap<String, u64> {
        self.timers
            .iter()
            .map(|(step, t)| (step.key().to_owned(), t.elapsed(self.now).as_secs()))
            .filter(|(_, secs)| *secs > 0)
            .collect()
    }

    /// Restores the seconds counted in earlier sittings (paused).
    pub fn restore_seconds(&mut self, used: &BTreeMap<String, u64>) {
        for (step, timer) in &mut self.timers {
            if let Some(secs) = used.get(step.key()) {
                timer.used = Duration::from_secs(*secs);
                timer.running_since = None;
            }
        }
    }

    /// Whether any timer is running (the runtime then ticks once a second).
    pub fn ticking(&self) -> bool {
        self.timers.values().any(Timer::is_running)
    }

    /// Dots `voter` has given in all.
    pub fn spent(&self, voter: &str) -> u32 {
        self.dots.get(voter).map_or(0, |d| d.values().sum())
    }

    /// Dots given to one opportunity by everyone.
    pub fn votes_for(&self, opportunity: &str) -> u32 {
        self.dots.values().filter_map(|d| d.get(opportunity)).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timers_count_only_while_running_and_say_when_time_is_up() {
        let start = Instant::now();
        let mut t = Timer::new(1);
        assert_eq!(t.label(start), "1:00 left");
        t.toggle(start);
        let later = start + Duration::from_secs(45);
        assert_eq!(t.label(later), "0:15 left");
        t.toggle(later);
        assert_eq!(
            t.label(later + Duration::from_secs(600)),
            "0:15 left",
            "paused"
        );
        t.toggle(later);
        let end = later + Duration::from_secs(20);
        assert!(t.is_up(end));
        assert_eq!(t.label(end), "time is up (+0:05)");
    }

    #[test]
    fn only_the_current_steps_timer_runs() {
        let start = Instant::now();
        let minutes: BTreeMap<Step, u32> = BTreeMap::new();
        let mut guide = Guide::new(Step::Goal, &minutes, start);
        assert_eq!(guide.clock_label(), "workshop 0:00 of 2:00");
        if let Some(t) = guide.timers.get_mut(&Step::Goal) {
            t.toggle(start);
        }
        let later = start + Duration::from_secs(90);
        guide.switch_to(Step::Team, later);
        let running: Vec<Step> = guide
            .timers
            .iter()
            .filter(|(_, t)| t.is_running())
            .map(|(s, _)| *s)
            .collect();
        assert_eq!(running, [Step::Team]);
        guide.now = later + Duration::from_secs(30);
        assert_eq!(guide.timers[&Step::Goal].elapsed(guide.now).as_secs(), 90);
        assert_eq!(guide.timer().elapsed(guide.now).as_secs(), 30);
        assert_eq!(guide.elapsed_total().as_secs(), 120);
        // The seconds survive a restart, paused.
        let used = guide.used_seconds();
        let mut again = Guide::new(Step::Team, &minutes, Instant::now());
        again.restore_seconds(&used);
        assert!(!again.ticking());
        assert_eq!(again.elapsed_total().as_secs(), 120);
        assert_eq!(again.timer().label(again.now), "4:30 left");
    }

    #[test]
    fn the_blueprint_step_adds_its_place_and_its_timebox() {
        let minutes: BTreeMap<Step, u32> = BTreeMap::new();
        let mut guide = Guide::new(Step::Emotions, &minutes, Instant::now());
        assert_eq!((guide.number(), guide.count()), (7, 10));
        assert_eq!(guide.previous(), Some(Step::Touchpoints));
        guide.blueprint = true;
        assert_eq!((guide.number(), guide.count()), (8, 11));
        assert_eq!(guide.previous(), Some(Step::Blueprint));
        assert_eq!(guide.clock_label(), "workshop 0:00 of 2:15");
    }
}
