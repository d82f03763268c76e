//! Stable item ids: human-readable slugs such as `tp-checkout-email`.
//!
//! An id is made once, from the item's name, when the item is created. It is
//! never changed by a rename, so references between items and git merges
//! survive renames. Ids are unique across the whole map (metric links name an
//! id without saying its kind, so two kinds may not share one).

use std::fmt;

use serde::Serialize;

/// The longest id the generator makes (a hand-written id may be longer).
const MAX_GENERATED_LEN: usize = 48;

/// The kinds of item that carry an id, with the prefix of generated ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IdKind {
    Persona,
    Stage,
    Touchpoint,
    Opportunity,
    Metric,
    /// A team member; older files' members have no id.
    Member,
    /// A department (schema 2).
    Department,
}

impl IdKind {
    /// The prefix of generated ids of this kind.
    pub fn prefix(self) -> &'static str {
        match self {
            IdKind::Persona => "pe-",
            IdKind::Stage => "st-",
            IdKind::Touchpoint => "tp-",
            IdKind::Opportunity => "op-",
            IdKind::Metric => "me-",
            IdKind::Member => "tm-",
            IdKind::Department => "dp-",
        }
    }

    /// The noun as an id's words (`team-member`).
    /// Also the select key of the kind in messages (`item-kind`, `load-noun`).
    pub fn slug(self) -> &'static str {
        match self {
            IdKind::Member => "team-member",
            other => other.noun(),
        }
    }

    /// The kind's English noun ("team member"), by which the app looks up
    /// its words.
    pub fn noun(self) -> &'static str {
        match self {
            IdKind::Persona => "persona",
            IdKind::Stage => "stage",
            IdKind::Touchpoint => "touchpoint",
            IdKind::Opportunity => "opportunity",
            IdKind::Metric => "metric",
            IdKind::Member => "team member",
            IdKind::Department => "department",
        }
    }

    /// The kind in the interface language ("punkt styku").
    pub fn name(self) -> String {
        crate::t!("load-noun", kind = self.slug())
    }
}

/// An item id. Valid ids are non-empty and use only `a-z`, `0-9` and `-`,
/// neither starting nor ending with `-`; see [`Id::problem`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Id(String);

impl Id {
    /// Wraps a text as an id without checking it; [`Id::problem`] tells what is wrong.
    pub fn new(text: impl Into<String>) -> Self {
        Id(text.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// What is wrong with this id, if anything, in plain words.
    pub fn problem(&self) -> Option<String> {
        let s = self.0.as_str();
        if s.is_empty() {
            Some(crate::t!("model-id-empty"))
        } else if !s
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            Some(crate::t!("model-id-characters"))
        } else if s.starts_with('-') || s.ends_with('-') {
            Some(crate::t!("model-id-dash"))
        } else {
            None
        }
    }

    /// Makes the id for a new item of `kind` named `name`: the kind's prefix
    /// and a slug of the name (letters transliterated to ASCII, so
    /// "Zażółć" gives `zazolc`), with `-2`, `-3`... appended until `taken`
    /// says the id is free.
    pub fn generate(kind: IdKind, name: &str, taken: impl Fn(&Id) -> bool) -> Id {
        let mut base = String::from(kind.prefix());
        let slug = slugify(name);
        base.push_str(if slug.is_empty() { kind.slug() } else { &slug });
        let first = Id(base.clone());
        if !taken(&first) {
            return first;
        }
        (2u64..)
            .map(|n| Id(format!("{base}-{n}")))
            .find(|candidate| !taken(candidate))
            .unwrap_or(first)
    }
}

/// Lowercase ASCII words of `text` joined by `-`, cut at a word boundary.
pub fn slugify(text: &str) -> String {
    let ascii = deunicode::deunicode(text).to_ascii_lowercase();
    let mut slug = String::new();
    for word in ascii
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let extra = if slug.is_empty() {
            word.len()
        } else {
            word.len() + 1
        };
        if slug.len() + extra > MAX_GENERATED_LEN - 3 {
            if slug.is_empty() {
                slug.push_str(&word[..MAX_GENERATED_LEN - 3]);
            }
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(word);
    }
    slug
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for Id {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Id {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl AsRef<str> for Id {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for Id {
    fn borrow(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_transliterate_polish_russian_and_swedish() {
        assert_eq!(slugify("Zażółć gęślą jaźń"), "zazolc-gesla-jazn");
        assert_eq!(slugify("Доставка заказа"), "dostavka-zakaza");
        assert_eq!(slugify("Köp i butik"), "kop-i-butik");
        assert_eq!(slugify("  Checkout e-mail!  "), "checkout-e-mail");
        assert_eq!(slugify("🎉"), "tada");
        assert_eq!(slugify("!!!"), "");
    }

    #[test]
    fn generated_ids_are_unique_and_valid() {
        let taken = [Id::new("tp-checkout"), Id::new("tp-checkout-2")];
        let id = Id::generate(IdKind::Touchpoint, "Checkout", |c| taken.contains(c));
        assert_eq!(id, "tp-checkout-3");
        assert_eq!(Id::generate(IdKind::Stage, "", |_| false), "st-stage");
        let long = "word ".repeat(40);
        let id = Id::generate(IdKind::Metric, &long, |_| false);
        assert!(id.as_str().len() <= MAX_GENERATED_LEN);
        assert_eq!(id.problem(), None);
    }

    #[test]
    fn problems_are_named() {
        assert!(Id::new("").problem().is_some());
        assert!(Id::new("Tp-x").problem().is_some());
        assert!(Id::new("tp-ż").problem().is_some());
        assert!(Id::new("-tp").problem().is_some());
        assert_eq!(Id::new("tp-1").problem(), None);
    }
}
