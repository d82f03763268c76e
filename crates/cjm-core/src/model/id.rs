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
        Id::numbered(&Id::stem(kind, name), 1, taken).0
    }

    /// The kind's prefix and the slug of `name`: what [`Id::generate`]
    /// numbers.
    fn stem(kind: IdKind, name: &str) -> String {
        let mut stem = String::from(kind.prefix());
        let slug = slugify(name);
        stem.push_str(if slug.is_empty() { kind.slug() } else { &slug });
        stem
    }

    /// The first id free by `taken` of `stem` (tried only when `from` is at
    /// most 1) and `stem-N` for N from `from` (at least 2) on, and the N to
    /// go on from next time.
    fn numbered(stem: &str, from: u64, taken: impl Fn(&Id) -> bool) -> (Id, u64) {
        if from <= 1 {
            let first = Id(stem.to_owned());
            if !taken(&first) {
                return (first, 2);
            }
        }
        (from.max(2)..)
            .map(|n| (Id(format!("{stem}-{n}")), n.saturating_add(1)))
            .find(|(candidate, _)| !taken(candidate))
            .unwrap_or_else(|| (Id(stem.to_owned()), u64::MAX))
    }
}

/// Fresh ids for many new items in a row, each what [`Id::generate`] would
/// make once the ids made before it are taken: it remembers how far the
/// numbers of each name's ids got, so that the hundredth new "Invoice" does
/// not try `-2` to `-100` again. (A merge of two large maps made some
/// hundreds of ids that way, each trying up to a thousand.)
#[derive(Debug, Default)]
pub struct FreshIds {
    next: std::collections::HashMap<String, u64>,
}

impl FreshIds {
    /// The id for a new item of `kind` named `name` (see [`Id::generate`]).
    /// `taken` must say every id this made before is taken, and keep
    /// saying so of every id it once said was taken: a number skipped
    /// once is not tried again.
    pub fn generate(&mut self, kind: IdKind, name: &str, taken: impl Fn(&Id) -> bool) -> Id {
        let stem = Id::stem(kind, name);
        let from = self.next.get(&stem).copied().unwrap_or(1);
        let (id, next) = Id::numbered(&stem, from, taken);
        self.next.insert(stem, next);
        id
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
    fn fresh_ids_in_a_row_are_the_ids_generated_one_by_one() {
        let mut taken: std::collections::HashSet<Id> = (2..=50)
            .map(|n| Id::new(format!("tp-invoice-{n}")))
            .chain(["tp-invoice", "tp-invoice-52", "st-invoice", "tp-call-3"].map(Id::new))
            .collect();
        let asked = [
            (IdKind::Touchpoint, "Invoice"),
            (IdKind::Touchpoint, "Invoice"),
            (IdKind::Stage, "Invoice"),
            (IdKind::Touchpoint, "Call"),
            (IdKind::Touchpoint, "Invoice"),
            (IdKind::Touchpoint, "Call"),
            (IdKind::Touchpoint, "Call"),
            (IdKind::Touchpoint, "Invoice"),
            // A name whose id is a numbered id of another name.
            (IdKind::Touchpoint, "Invoice 56"),
            (IdKind::Touchpoint, "Invoice"),
            (IdKind::Touchpoint, "Invoice 56"),
        ];
        let mut by_one = taken.clone();
        let mut fresh = FreshIds::default();
        let mut made = Vec::new();
        for (kind, name) in asked {
            let id = fresh.generate(kind, name, |c| taken.contains(c));
            let alone = Id::generate(kind, name, |c| by_one.contains(c));
            assert_eq!(id, alone, "{name}");
            taken.insert(id.clone());
            by_one.insert(alone);
            made.push(id.to_string());
        }
        assert_eq!(
            made,
            [
                "tp-invoice-51",
                "tp-invoice-53",
                "st-invoice-2",
                "tp-call",
                "tp-invoice-54",
                "tp-call-2",
                "tp-call-4",
                "tp-invoice-55",
                "tp-invoice-56",
                "tp-invoice-57",
                "tp-invoice-56-2"
            ]
        );
    }

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
