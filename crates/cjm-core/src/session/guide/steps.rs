//! The steps of a journey-mapping workshop, with what the facilitator asks
//! the room at each one, a short example, and the default timebox: ten for
//! every map, and the service-blueprint step, which a session includes on a
//! service map and offers on the others (see [`Step::Blueprint`]).
//! The texts are written for this tool in plain words, in each language's
//! `locales/<language>/guide.ftl`.

use std::collections::BTreeMap;

use crate::model::MapKind;
use crate::t;

/// One step of the guided session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    Setup,
    Goal,
    Team,
    TargetGroup,
    Stages,
    Touchpoints,
    /// The service blueprint, touchpoint by touchpoint: what the staff do in
    /// front of the customer and out of sight, what supports them, where it
    /// fails and how long the customer waits. It comes right after the
    /// inventory, while the room still has each contact and its owner in
    /// mind, and before the emotions: a fail point or a long wait found
    /// behind the line of visibility is often why the customer feels what
    /// the next step rates, so the room rates it knowing the cause.
    Blueprint,
    Emotions,
    Opportunities,
    Metrics,
    Review,
}

impl Step {
    /// Every step there is; a session goes through [`Step::sequence`].
    pub const ALL: [Step; 11] = [
        Step::Setup,
        Step::Goal,
        Step::Team,
        Step::TargetGroup,
        Step::Stages,
        Step::Touchpoints,
        Step::Blueprint,
        Step::Emotions,
        Step::Opportunities,
        Step::Metrics,
        Step::Review,
    ];

    /// The steps of a session, in order: the blueprint step only when
    /// `blueprint` includes it.
    pub fn sequence(blueprint: bool) -> Vec<Step> {
        Step::ALL
            .into_iter()
            .filter(|s| blueprint || *s != Step::Blueprint)
            .collect()
    }

    /// 1-based position in the session's steps (the blueprint step, when
    /// not included, counts as where it would be).
    pub fn number_in(self, blueprint: bool) -> usize {
        Step::sequence(blueprint || self == Step::Blueprint)
            .iter()
            .position(|s| *s == self)
            .map_or(1, |i| i + 1)
    }

    /// The step at 1-based position `n` of the session's steps.
    pub fn from_number_in(n: usize, blueprint: bool) -> Option<Step> {
        n.checked_sub(1)
            .and_then(|i| Step::sequence(blueprint).get(i).copied())
    }

    /// The step after this one in the session.
    pub fn next_in(self, blueprint: bool) -> Option<Step> {
        let steps = Step::sequence(blueprint);
        let at = steps.iter().position(|s| *s == self)?;
        steps.get(at + 1).copied()
    }

    /// The step before this one in the session.
    pub fn previous_in(self, blueprint: bool) -> Option<Step> {
        let steps = Step::sequence(blueprint);
        let at = steps.iter().position(|s| *s == self)?;
        at.checked_sub(1).and_then(|i| steps.get(i)).copied()
    }

    /// The step's name in the interface language.
    pub fn name(self) -> String {
        match self {
            Step::Setup => t!("step-setup"),
            Step::Goal => t!("step-goal"),
            Step::Team => t!("step-team"),
            Step::TargetGroup => t!("step-target-group"),
            Step::Stages => t!("step-stages"),
            Step::Touchpoints => t!("step-touchpoints"),
            Step::Blueprint => t!("step-blueprint"),
            Step::Emotions => t!("step-emotions"),
            Step::Opportunities => t!("step-opportunities"),
            Step::Metrics => t!("step-metrics"),
            Step::Review => t!("step-review"),
        }
    }

    /// The key of the step in the config file's `[timeboxes]`.
    pub fn key(self) -> &'static str {
        match self {
            Step::Setup => "setup",
            Step::Goal => "goal",
            Step::Team => "team",
            Step::TargetGroup => "target-group",
            Step::Stages => "stages",
            Step::Touchpoints => "touchpoints",
            Step::Blueprint => "blueprint",
            Step::Emotions => "emotions",
            Step::Opportunities => "opportunities",
            Step::Metrics => "metrics",
            Step::Review => "review",
        }
    }

    /// The default timebox in minutes: the ten steps of every map together
    /// 120, a two-hour session (most workshops get two hours; `--length`
    /// scales them to another). The most time goes to the steps where the
    /// room works on the map: touchpoints, emotions and opportunities. The
    /// blueprint step adds 15 minutes when the session includes it.
    pub fn default_minutes(self) -> u32 {
        match self {
            Step::Setup => 5,
            Step::Goal => 10,
            Step::Team => 5,
            Step::TargetGroup => 15,
            Step::Stages => 10,
            Step::Touchpoints => 20,
            Step::Blueprint => 15,
            Step::Emotions => 20,
            Step::Opportunities => 20,
            Step::Metrics => 10,
            Step::Review => 5,
        }
    }

    /// What the facilitator asks the room on a map of `kind`: the stages
    /// and touchpoints questions follow the kind of journey (a day in the
    /// life has no purchase; a service map goes before, during and after
    /// the service).
    pub fn questions(self, kind: MapKind) -> Vec<String> {
        match (self, kind) {
            (Step::Stages, MapKind::DayInTheLife) => {
                vec![t!("question-stages-day-1"), t!("question-stages-day-2")]
            }
            (Step::Stages, MapKind::Service) => vec![
                t!("question-stages-service-1"),
                t!("question-stages-service-2"),
                t!("question-stages-service-3"),
            ],
            (Step::Stages, MapKind::FutureState) => vec![
                t!("question-stages-future-1"),
                t!("question-stages-future-2"),
            ],
            (Step::Touchpoints, MapKind::DayInTheLife) => vec![
                t!("question-touchpoints-day-1"),
                t!("question-touchpoints-day-2"),
                t!("question-touchpoints-day-3"),
            ],
            _ => self.general_questions(),
        }
    }

    /// The questions for any kind of map.
    fn general_questions(self) -> Vec<String> {
        match self {
            Step::Setup => vec![t!("question-setup-1"), t!("question-setup-2")],
            Step::Goal => vec![
                t!("question-goal-1"),
                t!("question-goal-2"),
                t!("question-goal-3"),
            ],
            Step::Team => vec![t!("question-team-1"), t!("question-team-2")],
            Step::TargetGroup => vec![
                t!("question-target-group-1"),
                t!("question-target-group-2"),
                t!("question-target-group-3"),
            ],
            Step::Stages => vec![t!("question-stages-1"), t!("question-stages-2")],
            Step::Touchpoints => vec![
                t!("question-touchpoints-1"),
                t!("question-touchpoints-2"),
                t!("question-touchpoints-3"),
            ],
            Step::Blueprint => vec![
                t!("question-blueprint-1"),
                t!("question-blueprint-2"),
                t!("question-blueprint-3"),
            ],
            Step::Emotions => vec![
                t!("question-emotions-1"),
                t!("question-emotions-2"),
                t!("question-emotions-3"),
            ],
            Step::Opportunities => vec![
                t!("question-opportunities-1"),
                t!("question-opportunities-2"),
                t!("question-opportunities-3"),
            ],
            Step::Metrics => vec![t!("question-metrics-1"), t!("question-metrics-2")],
            Step::Review => vec![
                t!("question-review-1"),
                t!("question-review-2"),
                t!("question-review-3"),
            ],
        }
    }

    /// A short example for the step, on a map of `kind`.
    pub fn example(self, kind: MapKind) -> String {
        match (self, kind) {
            (Step::Stages, MapKind::DayInTheLife) => t!("example-stages-day"),
            (Step::Stages, MapKind::Service) => t!("example-stages-service"),
            (Step::Touchpoints, MapKind::DayInTheLife) => t!("example-touchpoints-day"),
            _ => self.general_example(),
        }
    }

    /// The example for any kind of map.
    fn general_example(self) -> String {
        match self {
            Step::Setup => t!("example-setup"),
            Step::Goal => t!("example-goal"),
            Step::Team => t!("example-team"),
            Step::TargetGroup => t!("example-target-group"),
            Step::Stages => t!("example-stages"),
            Step::Touchpoints => t!("example-touchpoints"),
            Step::Blueprint => t!("example-blueprint"),
            Step::Emotions => t!("example-emotions"),
            Step::Opportunities => t!("example-opportunities"),
            Step::Metrics => t!("example-metrics"),
            Step::Review => t!("example-review"),
        }
    }
}

/// Scales the timeboxes of the session's `steps` so that they add up to
/// `total` minutes, keeping their proportions; every step keeps at least
/// one minute. The rounding is spread by largest remainder, so the sum is
/// exactly `total` (when `total` is at least one minute per step). A step
/// the session leaves out (the blueprint step) keeps its own timebox.
pub fn scale(minutes: &BTreeMap<Step, u32>, total: u32, steps: &[Step]) -> BTreeMap<Step, u32> {
    let planned = |s: &Step| u64::from(minutes.get(s).copied().unwrap_or(s.default_minutes()));
    let sum: u64 = steps.iter().map(planned).sum::<u64>().max(1);
    let total = u64::from(total.max(steps.len() as u32));
    // (step, whole minutes, remainder) of each step's exact share.
    let mut out: Vec<(Step, u64, u64)> = steps
        .iter()
        .map(|s| {
            let exact = planned(s) * total;
            ((*s), (exact / sum).max(1), exact % sum)
        })
        .collect();
    let given: u64 = out.iter().map(|(_, m, _)| m).sum();
    if given < total {
        // The minutes rounding left over go to the largest remainders.
        let mut order: Vec<usize> = (0..out.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(out[i].2));
        for &i in order.iter().take((total - given) as usize) {
            out[i].1 += 1;
        }
    } else {
        // The one-minute floors overshot: take back from the longest steps.
        for _ in total..given {
            if let Some(longest) = out.iter_mut().max_by_key(|(_, m, _)| *m) {
                longest.1 -= 1;
            }
        }
    }
    let mut scaled: BTreeMap<Step, u32> = Step::ALL
        .iter()
        .map(|s| (*s, minutes.get(s).copied().unwrap_or(s.default_minutes())))
        .collect();
    scaled.extend(
        out.into_iter()
            .map(|(s, m, _)| (s, u32::try_from(m).unwrap_or(u32::MAX))),
    );
    scaled
}

/// Why a workshop length was not read; its text (in the interface
/// language) says what is wrong and shows a length that works.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LengthError {
    /// Nothing was given.
    Empty,
    /// The text (as given) is not a length.
    NotALength(String),
    /// The text (as given) is shorter than 10 minutes or longer than 24 hours.
    OutOfRange(String),
}

impl std::fmt::Display for LengthError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            LengthError::Empty => t!("length-empty"),
            LengthError::NotALength(text) => t!("length-not-a-length", text = text.as_str()),
            LengthError::OutOfRange(text) => t!("length-out-of-range", text = text.as_str()),
        })
    }
}

impl std::error::Error for LengthError {}

/// Reads a workshop length: `2h`, `90m`, `1h30m`, `1.5h` (or `1,5h`) or a
/// number of minutes; from 10 minutes to 24 hours.
pub fn parse_length(text: &str) -> Result<u32, LengthError> {
    let lowered = text.trim().to_lowercase().replace(' ', "");
    let error = || LengthError::NotALength(text.trim().to_owned());
    let mut minutes = 0f64;
    let mut number = String::new();
    for c in lowered.chars() {
        match c {
            '0'..='9' | '.' => number.push(c),
            // A decimal comma, as Polish, Russian and Swedish write it.
            ',' => number.push('.'),
            'h' | 'm' => {
                let n: f64 = number.parse().map_err(|_| error())?;
                minutes += if c == 'h' { n * 60.0 } else { n };
                number.clear();
            }
            _ => return Err(error()),
        }
    }
    if !number.is_empty() {
        minutes += number.parse::<f64>().map_err(|_| error())?;
    }
    if lowered.is_empty() || !(10.0..=24.0 * 60.0).contains(&minutes) {
        return Err(if lowered.is_empty() {
            LengthError::Empty
        } else {
            LengthError::OutOfRange(text.trim().to_owned())
        });
    }
    Ok(minutes.round() as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Vocabulary;

    #[test]
    fn the_default_timeboxes_make_a_two_hour_session() {
        let sum: u32 = Step::sequence(false)
            .iter()
            .map(|s| s.default_minutes())
            .sum();
        assert_eq!(sum, 120);
        assert_eq!(Step::Blueprint.default_minutes(), 15);
    }

    #[test]
    fn lengths_scale_the_timeboxes_to_fit_exactly() -> Result<(), LengthError> {
        let defaults: BTreeMap<Step, u32> = Step::ALL
            .iter()
            .map(|s| (*s, s.default_minutes()))
            .collect();
        for (text, total) in [
            ("2h", 120),
            ("90m", 90),
            ("3h", 180),
            ("4h", 240),
            ("1h30m", 90),
        ] {
            let minutes = parse_length(text)?;
            assert_eq!(minutes, total, "{text}");
            let ten = Step::sequence(false);
            let scaled = scale(&defaults, minutes, &ten);
            let sum = |scaled: &BTreeMap<Step, u32>, steps: &[Step]| -> u32 {
                steps.iter().map(|s| scaled[s]).sum()
            };
            assert_eq!(sum(&scaled, &ten), total, "{text}");
            assert!(scaled.values().all(|m| *m >= 1));
            // The working steps keep the most time.
            assert!(scaled[&Step::Emotions] > scaled[&Step::Team], "{text}");
            // With the blueprint step, the eleven steps fill the length.
            let eleven = Step::sequence(true);
            let with = scale(&defaults, minutes, &eleven);
            assert_eq!(sum(&with, &eleven), total, "{text}");
        }
        let ten = Step::sequence(false);
        assert_eq!(scale(&defaults, 120, &ten), defaults);
        assert_eq!(scale(&defaults, 240, &ten)[&Step::Touchpoints], 40);
        assert_eq!(scale(&defaults, 90, &ten)[&Step::Emotions], 15);
        assert!(parse_length("two hours").is_err());
        assert!(parse_length("5m").is_err());
        assert!(parse_length("").is_err());
        Ok(())
    }

    #[test]
    fn steps_are_numbered_in_order_and_linked() {
        assert_eq!(Step::Setup.number_in(false), 1);
        assert_eq!(Step::Review.number_in(false), 10);
        assert_eq!(Step::Review.number_in(true), 11);
        assert_eq!(Step::Goal.next_in(false), Some(Step::Team));
        assert_eq!(Step::Setup.previous_in(true), None);
        assert_eq!(Step::Review.next_in(true), None);
        // The blueprint step comes between the inventory and the emotions,
        // and only when the session includes it.
        assert_eq!(Step::Touchpoints.next_in(true), Some(Step::Blueprint));
        assert_eq!(Step::Touchpoints.next_in(false), Some(Step::Emotions));
        assert_eq!(Step::Emotions.previous_in(true), Some(Step::Blueprint));
        assert_eq!(Step::Emotions.previous_in(false), Some(Step::Touchpoints));
        assert_eq!(Step::Emotions.number_in(false), 7);
        assert_eq!(Step::Emotions.number_in(true), 8);
        assert_eq!(Step::Blueprint.number_in(true), 7);
        assert_eq!(Step::from_number_in(7, true), Some(Step::Blueprint));
        assert_eq!(Step::from_number_in(7, false), Some(Step::Emotions));
        // No purchase in a day of the customer's life; a service map goes
        // before, during and after.
        let day = Step::Stages.questions(MapKind::DayInTheLife).join(" ")
            + &Step::Stages.example(MapKind::DayInTheLife);
        assert!(!day.contains("purchase"), "{day}");
        let service = Step::Stages.questions(MapKind::Service).join(" ");
        for word in ["before", "during", "after"] {
            assert!(service.contains(word), "{service}");
        }
        assert!(
            Step::Stages
                .questions(MapKind::CurrentState)
                .join(" ")
                .contains("purchase")
        );
        assert_eq!(Step::from_number_in(6, false), Some(Step::Touchpoints));
        for step in Step::ALL {
            for kind in MapKind::all() {
                assert!((1..=3).contains(&step.questions(*kind).len()));
            }
            assert!(!step.example(MapKind::Service).is_empty());
        }
    }
}
