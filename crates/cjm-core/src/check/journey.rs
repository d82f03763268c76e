//! Checks of the journey as a whole: empty stages, a journey that stops at
//! the purchase, and an emotion curve that is mostly negative.

use super::{Code, Finding};
use crate::model::{Location, Map, MapKind, Section, Stage};
use crate::t;

/// `empty-stage`: stages without touchpoints.
pub(super) fn empty_stages(map: &Map, out: &mut Vec<Finding>) {
    for (i, s) in map.stages.iter().enumerate() {
        if map.touchpoints_in(s.id.as_str()).next().is_none() {
            out.push(Finding::new(
                Code::EmptyStage,
                Location::item(Section::Stages, i),
                Some(&s.id),
                t!("check-empty-stage", stage = s.name),
                t!("check-empty-stage-hint"),
            ));
        }
    }
}

/// Words (transliterated to ASCII, lowercase) that name the purchase, in
/// English, Polish, Swedish, Russian, German, French and Spanish. `true`
/// matches any word starting with the stem (for inflected languages),
/// `false` only the word itself.
const PURCHASE_WORDS: &[(&str, bool)] = &[
    // English
    ("purchas", true),
    ("buy", false),
    ("buying", false),
    ("checkout", true),
    ("order", false),
    ("ordering", false),
    // Polish: zakup, kupno, zamówienie
    ("zakup", true),
    ("kupno", true),
    ("kupow", true),
    ("zamow", true),
    ("zamawia", true),
    // Swedish: köp, köpet, kassa, beställning
    ("kop", false),
    ("kopet", false),
    ("kopa", false),
    ("kassa", false),
    ("kassan", false),
    ("bestall", true),
    // Russian: покупка, купить, заказ
    ("pokupk", true),
    ("kupit", false),
    ("zakaz", true),
    // German, French, Spanish
    ("kauf", true),
    ("einkauf", true),
    ("bestell", true),
    ("achat", true),
    ("commande", true),
    ("compra", true),
    ("pedido", false),
];

/// Words that make a purchase word mean the time before or after it
/// ("post-purchase", "po zakupie", "efter köpet", "после покупки").
const BEFORE_OR_AFTER: &[&str] = &[
    "post", "after", "pre", "before", "po", "przed", "do", "efter", "fore", "innan", "posle",
    "pered", "nach", "vor", "apres", "avant", "despues", "antes",
];

/// Whether a stage name or id names the purchase itself: it has a purchase
/// word and no word that shifts it before or after the purchase.
fn names_purchase(text: &str) -> bool {
    let ascii = deunicode::deunicode(text).to_lowercase();
    let words: Vec<&str> = ascii
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let purchase = words.iter().any(|w| {
        PURCHASE_WORDS.iter().any(|&(stem, prefix)| {
            if prefix {
                w.starts_with(stem)
            } else {
                *w == stem
            }
        })
    });
    purchase && !words.iter().any(|w| BEFORE_OR_AFTER.contains(w))
}

fn is_purchase_stage(stage: &Stage) -> bool {
    names_purchase(&stage.name) || names_purchase(stage.id.as_str())
}

/// `ends-at-purchase`: in a current- or future-state map, the last stage
/// whose name or id names the purchase has no stage after it, or no stage
/// after it has a touchpoint (not reported while the map has no touchpoints
/// at all: `empty-stage` says enough then). Maps without such a stage, and
/// day-in-the-life and service maps (which have no purchase step of their
/// own), are skipped.
pub(super) fn ends_at_purchase(map: &Map, out: &mut Vec<Finding>) {
    if !matches!(map.kind, MapKind::CurrentState | MapKind::FutureState) {
        return;
    }
    let Some(p) = map.stages.iter().rposition(is_purchase_stage) else {
        return;
    };
    let stage = &map.stages[p];
    let later = &map.stages[p + 1..];
    let (message, hint) = if later.is_empty() {
        (
            t!("check-ends-at-purchase", stage = stage.name),
            t!("check-ends-at-purchase-hint"),
        )
    } else if !map.touchpoints.is_empty()
        && later
            .iter()
            .all(|s| map.touchpoints_in(s.id.as_str()).next().is_none())
    {
        (
            t!("check-nothing-after-purchase", stage = stage.name),
            t!("check-nothing-after-purchase-hint"),
        )
    } else {
        return;
    };
    out.push(Finding::new(
        Code::EndsAtPurchase,
        Location::item(Section::Stages, p),
        Some(&stage.id),
        message,
        hint,
    ));
}

/// `negative-curve`: the average emotion is below zero on more than half of
/// the stages that have rated touchpoints. Points at the first negative stage.
pub(super) fn negative_curve(map: &Map, out: &mut Vec<Finding>) {
    let mut rated = 0;
    let mut negative = Vec::new();
    for (i, s) in map.stages.iter().enumerate() {
        let emotions: Vec<i64> = map
            .touchpoints_in(s.id.as_str())
            .filter_map(|t| t.emotion)
            .map(|e| i64::from(e.get()))
            .collect();
        if emotions.is_empty() {
            continue;
        }
        rated += 1;
        if emotions.iter().sum::<i64>() < 0 {
            negative.push(i);
        }
    }
    let Some(&first) = negative.first() else {
        return;
    };
    if negative.len() * 2 <= rated {
        return;
    }
    out.push(Finding::new(
        Code::NegativeCurve,
        Location::item(Section::Stages, first),
        None,
        t!(
            "check-negative-curve",
            negative = negative.len(),
            rated = rated
        ),
        t!("check-negative-curve-hint"),
    ));
}

#[cfg(test)]
mod tests {
    use super::names_purchase;

    #[test]
    fn purchase_stages_are_recognised_in_several_languages() {
        for name in [
            "Purchase",
            "st-purchase",
            "Checkout",
            "Buy",
            "Zakup",
            "Zakupy online",
            "Zamówienie",
            "Köp",
            "Beställning",
            "Покупка",
            "Оформление заказа",
            "Kauf",
        ] {
            assert!(names_purchase(name), "{name}");
        }
        for name in [
            "Post-purchase",
            "st-post-purchase",
            "Pre-purchase research",
            "Po zakupie",
            "Efter köpet",
            "После покупки",
            "Awareness",
            "Kopiowanie",
            "Buyer research",
            "",
        ] {
            assert!(!names_purchase(name), "{name}");
        }
    }
}
