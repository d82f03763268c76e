//! The ten steps of a journey-mapping workshop, with what the facilitator
//! asks the room at each one, a short example, and the default timebox.
//! The texts are written for this tool in plain words.

/// One step of the guided session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    Setup,
    Goal,
    Team,
    TargetGroup,
    Stages,
    Touchpoints,
    Emotions,
    Opportunities,
    Metrics,
    Review,
}

impl Step {
    pub const ALL: [Step; 10] = [
        Step::Setup,
        Step::Goal,
        Step::Team,
        Step::TargetGroup,
        Step::Stages,
        Step::Touchpoints,
        Step::Emotions,
        Step::Opportunities,
        Step::Metrics,
        Step::Review,
    ];

    /// 1-based position.
    pub fn number(self) -> usize {
        Step::ALL
            .iter()
            .position(|s| *s == self)
            .map_or(1, |i| i + 1)
    }

    pub fn from_number(n: usize) -> Option<Step> {
        n.checked_sub(1).and_then(|i| Step::ALL.get(i)).copied()
    }

    pub fn next(self) -> Option<Step> {
        Step::from_number(self.number() + 1)
    }

    pub fn previous(self) -> Option<Step> {
        Step::from_number(self.number() - 1)
    }

    pub fn name(self) -> &'static str {
        match self {
            Step::Setup => "Setup",
            Step::Goal => "Goal",
            Step::Team => "Team",
            Step::TargetGroup => "Target group",
            Step::Stages => "Stages",
            Step::Touchpoints => "Touchpoint inventory",
            Step::Emotions => "Emotions",
            Step::Opportunities => "Opportunities",
            Step::Metrics => "Metrics",
            Step::Review => "Review",
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
            Step::Emotions => "emotions",
            Step::Opportunities => "opportunities",
            Step::Metrics => "metrics",
            Step::Review => "review",
        }
    }

    /// The default timebox in minutes, after common workshop agendas.
    pub fn default_minutes(self) -> u32 {
        match self {
            Step::Setup => 5,
            Step::Goal => 10,
            Step::Team => 5,
            Step::TargetGroup => 30,
            Step::Stages => 10,
            Step::Touchpoints => 25,
            Step::Emotions => 30,
            Step::Opportunities => 30,
            Step::Metrics => 15,
            Step::Review => 10,
        }
    }

    /// What the facilitator asks the room.
    pub fn questions(self) -> &'static [&'static str] {
        match self {
            Step::Setup => &[
                "What do we call this journey, so that everyone knows which one it is?",
                "Are we mapping how it is today, how it should be, or a whole day of the customer?",
            ],
            Step::Goal => &[
                "Why are we spending this time? What decision should the map help us make?",
                "Where does the journey start and end for this workshop?",
                "How will we know in three months that the work paid off?",
            ],
            Step::Team => &[
                "Who is in the room, and which department does each person speak for?",
                "Which department that touches the customer is missing today?",
            ],
            Step::TargetGroup => &[
                "Whose journey are we following? Describe one real kind of customer.",
                "What is this customer trying to get done, and what worries them?",
                "What do we know from data, and what are we only guessing?",
            ],
            Step::Stages => &[
                "Which phases does the customer go through, in their own words?",
                "Does the journey go on after the purchase? Where does it really end?",
            ],
            Step::Touchpoints => &[
                "In this stage, where does the customer meet us: which channel, which moment?",
                "Which department owns that contact? Who would answer if it went wrong?",
                "Which contacts happen outside our view (friends, reviews, comparison sites)?",
            ],
            Step::Emotions => &[
                "What is the customer doing here, what are they thinking, how do they feel?",
                "On a scale from -2 to +2, how does this moment feel for them?",
                "What tells us so: an interview, a survey, a support log — or only our assumption?",
            ],
            Step::Opportunities => &[
                "Where does the curve drop lowest, and which pain points hurt most?",
                "What could we change there? Big or small, write every idea down.",
                "Give your dots to the ideas that matter most to the customer.",
            ],
            Step::Metrics => &[
                "How will we know this stage got better? What do we measure today?",
                "What is the number now, and what should it be?",
            ],
            Step::Review => &[
                "Who keeps this map alive after today?",
                "When do we look at it again, with fresh data?",
                "Which gaps do we close before the next review?",
            ],
        }
    }

    /// A short example for the step.
    pub fn example(self) -> &'static str {
        match self {
            Step::Setup => "“Online shop – first order”, current state, in English.",
            Step::Goal => {
                "Focus: optimise a service. “Find out why first-time buyers do not order again.”"
            }
            Step::Team => {
                "Anna (Customer Service), Piotr (Logistics), Sara (Marketing), Jonas (Finance)."
            }
            Step::TargetGroup => {
                "“Hannah, weekend hiker, 34: buys gear online, reads reviews, hates surprise costs.”"
            }
            Step::Stages => "Awareness → Evaluation → Purchase → Delivery → Returns → Coming back.",
            Step::Touchpoints => {
                "Purchase: checkout page (web, E-commerce); order confirmation (email, CRM)."
            }
            Step::Emotions => {
                "Checkout: “Where is the delivery cost?” Feels annoyed: -1. Source: analytics."
            }
            Step::Opportunities => {
                "“Show the delivery cost on the product page” – impact 4, effort 1."
            }
            Step::Metrics => "Checkout conversion: baseline 32 %, target 40 %, from web analytics.",
            Step::Review => {
                "Owner: Claire (Customer Experience). Review by: the first of next quarter."
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Step;

    #[test]
    fn steps_are_numbered_in_order_and_linked() {
        assert_eq!(Step::Setup.number(), 1);
        assert_eq!(Step::Review.number(), 10);
        assert_eq!(Step::Goal.next(), Some(Step::Team));
        assert_eq!(Step::Setup.previous(), None);
        assert_eq!(Step::Review.next(), None);
        assert_eq!(Step::from_number(6), Some(Step::Touchpoints));
        for step in Step::ALL {
            assert!((1..=3).contains(&step.questions().len()));
            assert!(!step.example().is_empty());
        }
    }
}
