//! Closed vocabularies of the map format: kinds of map, goal focus, roles,
//! channels, evidence sources, opportunity status and metric kinds.
//!
//! Each vocabulary is spelled in kebab-case in the file (`word-of-mouth`), and
//! every one implements [`Vocabulary`] so the loader, the editors and the help
//! texts list the same allowed values from one place.

use serde::Serialize;
use strum::{IntoStaticStr, VariantArray, VariantNames};

/// Shared behaviour of the closed vocabularies.
pub trait Vocabulary: Sized + Copy + 'static {
    /// Every value, in the order the documentation lists them.
    fn all() -> &'static [Self];
    /// The spelling used in the file.
    fn as_str(self) -> &'static str;
    /// A short label for people, from `vocab.ftl`, in the language
    /// messages are written in now (the app's views, reports).
    fn label(self) -> String {
        self.local_label()
    }
    /// The id of its label in the localisation files:
    /// `vocab-<vocabulary>-<spelling>`, e.g. `vocab-channel-word-of-mouth`.
    fn label_id(self) -> String;
    /// The label in the language messages are written in now (the app,
    /// reports in their map's language).
    fn local_label(self) -> String {
        crate::i18n::text(crate::i18n::current(), &self.label_id(), &[])
    }
    /// Parses the spelling used in the file.
    fn parse(text: &str) -> Option<Self> {
        Self::all().iter().copied().find(|v| v.as_str() == text)
    }
    /// All spellings, in the order of [`Vocabulary::all`].
    fn spellings() -> &'static [&'static str];
    /// All spellings, for messages such as "allowed: a, b, c".
    fn names() -> Vec<&'static str> {
        Self::spellings().to_vec()
    }
}

/// The kebab-case name of a vocabulary in message ids: `MapKind` → `map-kind`.
fn vocab_id(type_name: &str) -> String {
    let mut id = String::new();
    for c in type_name.chars() {
        if c.is_uppercase() && !id.is_empty() {
            id.push('-');
        }
        id.extend(c.to_lowercase());
    }
    id
}

macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $name:ident { $( $(#[$vmeta:meta])* $variant:ident ),+ $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord,
            Serialize, IntoStaticStr, VariantArray, VariantNames,
        )]
        #[serde(rename_all = "kebab-case")]
        #[strum(serialize_all = "kebab-case")]
        pub enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl Vocabulary for $name {
            fn all() -> &'static [Self] {
                <Self as VariantArray>::VARIANTS
            }
            fn spellings() -> &'static [&'static str] {
                <Self as VariantNames>::VARIANTS
            }
            fn as_str(self) -> &'static str {
                self.into()
            }
            fn label_id(self) -> String {
                format!("vocab-{}-{}", vocab_id(stringify!($name)), self.as_str())
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

vocabulary! {
    /// The three kinds of map the method knows, plus a service blueprint-style map.
    MapKind {
        /// How the journey is today.
        CurrentState,
        /// How the journey should be after the changes.
        FutureState,
        /// A whole day of the customer, of which our service is only a part.
        DayInTheLife,
        /// Before, during and after one service.
        Service,
    }
}

vocabulary! {
    /// Why the team maps the journey.
    Focus {
        OptimiseService,
        Growth,
        NewProduct,
        Onboarding,
        Other,
    }
}

vocabulary! {
    /// The part a person plays in the workshop.
    Role {
        Facilitator,
        Participant,
        Customer,
        Guest,
    }
}

vocabulary! {
    /// How the customer and the company meet at a touchpoint.
    Channel {
        Web,
        MobileApp,
        Email,
        Phone,
        Chat,
        Store,
        Social,
        Ads,
        WordOfMouth,
        Mail,
        Event,
        Other,
    }
}

vocabulary! {
    /// Where a finding comes from. `assumption` is an explicit choice: the
    /// team believes it but has no data yet.
    EvidenceSource {
        Interview,
        Survey,
        Analytics,
        SupportLog,
        SalesData,
        Observation,
        SocialListening,
        Competitor,
        Assumption,
    }
}

vocabulary! {
    /// Where an opportunity stands.
    Status {
        Idea,
        Planned,
        InProgress,
        Done,
        Dropped,
    }
}

vocabulary! {
    /// What a metric measures.
    MetricKind {
        Csat,
        Nps,
        Ces,
        Conversion,
        Churn,
        Retention,
        Time,
        Count,
        Other,
    }
}

vocabulary! {
    /// Why a merge could not combine both sides' changes (see [`super::Conflict`]).
    ConflictKind {
        /// Both sides changed the same field to different values.
        BothChanged,
        /// One side deleted the item, the other changed it.
        DeletedEdited,
        /// One side deleted the item, the other still refers to it.
        DeletedReferenced,
        /// Both sides reordered the same items in ways that do not combine.
        Order,
        /// Both sides added different items under the same id; theirs got a new id.
        SameId,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_are_kebab_case_and_parse_back() {
        assert_eq!(Channel::WordOfMouth.as_str(), "word-of-mouth");
        assert_eq!(Channel::parse("mobile-app"), Some(Channel::MobileApp));
        assert_eq!(
            EvidenceSource::parse("support-log"),
            Some(EvidenceSource::SupportLog)
        );
        assert_eq!(
            MapKind::parse("day-in-the-life"),
            Some(MapKind::DayInTheLife)
        );
        assert_eq!(Status::parse("in-progress"), Some(Status::InProgress));
        assert_eq!(Focus::parse("Growth"), None);
        assert_eq!(MetricKind::names().len(), 9);
        for (value, spelling) in Channel::all().iter().zip(Channel::spellings()) {
            assert_eq!(value.as_str(), *spelling);
        }
    }
}
