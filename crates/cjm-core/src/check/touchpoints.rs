//! Checks of single touchpoints: what their findings rest on, who owns them,
//! whether the emotion is rated, and whether their pains are addressed.

use std::collections::HashSet;

use super::{Code, EvidenceShare, Finding};
use crate::model::{EvidenceSource, Location, Map, Section, Status, Touchpoint};
use crate::t;

/// Whether a touchpoint rests on data: some evidence that is not an assumption.
fn backed_by_data(t: &Touchpoint) -> bool {
    t.evidence
        .iter()
        .any(|e| e.source != EvidenceSource::Assumption)
}

/// How many touchpoints are backed by data.
pub(super) fn share(map: &Map) -> EvidenceShare {
    EvidenceShare {
        backed: map.touchpoints.iter().filter(|t| backed_by_data(t)).count(),
        total: map.touchpoints.len(),
    }
}

/// `no-evidence`: touchpoints with no evidence at all; `assumption-only`:
/// touchpoints whose every piece of evidence is an assumption.
pub(super) fn evidence(map: &Map, out: &mut Vec<Finding>) {
    for (i, t) in map.touchpoints.iter().enumerate() {
        let at = Location::field(Section::Touchpoints, i, "evidence");
        if t.evidence.is_empty() {
            out.push(Finding::new(
                Code::NoEvidence,
                at,
                Some(&t.id),
                t!("check-no-evidence", touchpoint = t.name),
                t!("check-no-evidence-hint"),
            ));
        } else if !backed_by_data(t) {
            out.push(Finding::new(
                Code::AssumptionOnly,
                at,
                Some(&t.id),
                t!("check-assumption-only", touchpoint = t.name),
                t!("check-assumption-only-hint"),
            ));
        }
    }
}

/// `no-touchpoint-owner`: touchpoints no department owns.
pub(super) fn owners(map: &Map, out: &mut Vec<Finding>) {
    for (i, t) in map.touchpoints.iter().enumerate() {
        if t.owner.trim().is_empty() {
            out.push(Finding::new(
                Code::NoTouchpointOwner,
                Location::field(Section::Touchpoints, i, "owner"),
                Some(&t.id),
                t!("check-no-touchpoint-owner", touchpoint = t.name),
                t!("check-no-touchpoint-owner-hint"),
            ));
        }
    }
}

/// `no-emotion`: touchpoints whose emotion is not rated yet.
pub(super) fn emotions(map: &Map, out: &mut Vec<Finding>) {
    for (i, t) in map.touchpoints.iter().enumerate() {
        if t.emotion.is_none() {
            out.push(Finding::new(
                Code::NoEmotion,
                Location::field(Section::Touchpoints, i, "emotion"),
                Some(&t.id),
                t!("check-no-emotion", touchpoint = t.name),
                t!("check-no-emotion-hint"),
            ));
        }
    }
}

/// `unaddressed-pain`: touchpoints with pain points or an emotion of -1 or
/// less that no opportunity addresses. An opportunity addresses a touchpoint
/// when it lists it in `touchpoints` or names its stage in `stage`, unless
/// the opportunity's status is `dropped`.
pub(super) fn unaddressed_pain(map: &Map, out: &mut Vec<Finding>) {
    // What the opportunities address, gathered once rather than looked
    // for among them at every touchpoint.
    let mut touchpoints = HashSet::new();
    let mut stages = HashSet::new();
    for o in map
        .opportunities
        .iter()
        .filter(|o| o.status != Status::Dropped)
    {
        touchpoints.extend(o.touchpoints.iter().map(|id| id.as_str()));
        stages.extend(o.stage.as_ref().map(|id| id.as_str()));
    }
    for (i, t) in map.touchpoints.iter().enumerate() {
        let pains = t
            .pain_points
            .iter()
            .filter(|p| !p.trim().is_empty())
            .count();
        let emotion = t.emotion.map(|e| e.get()).filter(|&e| e <= -1);
        if pains == 0 && emotion.is_none() {
            continue;
        }
        if touchpoints.contains(t.id.as_str()) || stages.contains(t.stage.as_str()) {
            continue;
        }
        let message = match (pains, emotion) {
            (0, Some(e)) => t!(
                "check-unaddressed-emotion",
                touchpoint = t.name,
                emotion = e
            ),
            (n, None) => t!("check-unaddressed-pains", touchpoint = t.name, count = n),
            (n, Some(e)) => t!(
                "check-unaddressed-pains-emotion",
                touchpoint = t.name,
                count = n,
                emotion = e
            ),
        };
        let field = if pains > 0 { "pain_points" } else { "emotion" };
        out.push(Finding::new(
            Code::UnaddressedPain,
            Location::field(Section::Touchpoints, i, field),
            Some(&t.id),
            message,
            t!(
                "check-unaddressed-pain-hint",
                id = t.id.as_str(),
                stage = t.stage.as_str()
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gathered_opportunities_address_exactly_what_the_definition_says() {
        let mut left = 0;
        for seed in 0..8 {
            let mut map = crate::generated(200, seed);
            // Fewer and dropped opportunities, so that some pains are left.
            for (i, o) in map.opportunities.iter_mut().enumerate() {
                match i % 4 {
                    0 => o.status = Status::Dropped,
                    1 => o.touchpoints.clear(),
                    2 => o.stage = None,
                    _ => {}
                }
            }
            let mut findings = Vec::new();
            unaddressed_pain(&map, &mut findings);
            let reported: Vec<&str> = findings
                .iter()
                .filter_map(|f| f.item.as_ref().map(|id| id.as_str()))
                .collect();
            // The definition, read literally: every opportunity for every touchpoint.
            let expected: Vec<&str> = map
                .touchpoints
                .iter()
                .filter(|t| {
                    t.pain_points.iter().any(|p| !p.trim().is_empty())
                        || t.emotion.is_some_and(|e| e.get() <= -1)
                })
                .filter(|t| {
                    !map.opportunities.iter().any(|o| {
                        o.status != Status::Dropped
                            && (o.touchpoints.contains(&t.id) || o.stage.as_ref() == Some(&t.stage))
                    })
                })
                .map(|t| t.id.as_str())
                .collect();
            assert_eq!(reported, expected, "seed {seed}");
            left += expected.len();
        }
        assert!(left > 0, "every pain is addressed: the test shows nothing");
    }
}
