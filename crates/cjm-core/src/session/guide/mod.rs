//! The guided workshop session: the facilitator leads the room through ten
//! steps, each with its questions, an example, a timebox, and the part of
//! the map it fills in. The session's own state (step, timers, dot votes)
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
            format!("time is up (+{})", mmss(elapsed - self.budget))
        } else {
            format!("{} left", mmss(self.budget - elapsed))
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
        }
    }

    /// The current step's timer.
    pub fn timer(&self) -> Timer {
        self.timers
            .get(&self.step)
            .copied()
            .unwrap_or_else(|| Timer::new(self.step.default_minutes()))
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
}
