//! Checks of what the team will change and how it will know: opportunities
//! without a metric, metrics without a baseline or a target.

use super::{Code, Finding};
use crate::model::{Id, Location, Map, Opportunity, Section, Status};

/// Whether some metric measures `o`: a metric's `links` name the
/// opportunity, one of its touchpoints, its stage, or the stage of one of
/// its touchpoints.
fn is_measured(map: &Map, o: &Opportunity) -> bool {
    let touchpoint_stages = map
        .touchpoints
        .iter()
        .filter(|t| o.touchpoints.contains(&t.id))
        .map(|t| &t.stage);
    let measured: Vec<&Id> = std::iter::once(&o.id)
        .chain(&o.touchpoints)
        .chain(&o.stage)
        .chain(touchpoint_stages)
        .collect();
    map.metrics
        .iter()
        .any(|m| m.links.iter().any(|link| measured.contains(&link)))
}

/// `unmeasured-opportunity`: opportunities (other than dropped ones) that no
/// metric measures, in the sense of [`is_measured`].
pub(super) fn unmeasured_opportunities(map: &Map, out: &mut Vec<Finding>) {
    for (i, o) in map.opportunities.iter().enumerate() {
        if o.status == Status::Dropped || is_measured(map, o) {
            continue;
        }
        out.push(Finding::new(
            Code::UnmeasuredOpportunity,
            Location::item(Section::Opportunities, i),
            Some(&o.id),
            format!("opportunity \"{}\" has no metric", o.title),
            format!(
                "add a [[metrics]] entry with links = [\"{}\"] (a metric of its touchpoints or stage counts too)",
                o.id
            ),
        ));
    }
}

/// `no-baseline` and `no-target`: metrics that miss the value measured
/// today or the value the team aims for.
pub(super) fn baselines_and_targets(map: &Map, out: &mut Vec<Finding>) {
    for (i, m) in map.metrics.iter().enumerate() {
        if m.baseline.is_none() {
            out.push(Finding::new(
                Code::NoBaseline,
                Location::field(Section::Metrics, i, "baseline"),
                Some(&m.id),
                format!("metric \"{}\" has no baseline", m.name),
                "write the value measured today, e.g. baseline = 42, so the team can see whether changes help",
            ));
        }
        if m.target.is_none() {
            out.push(Finding::new(
                Code::NoTarget,
                Location::field(Section::Metrics, i, "target"),
                Some(&m.id),
                format!("metric \"{}\" has no target", m.name),
                "write the value the team aims for, e.g. target = 50",
            ));
        }
    }
}
