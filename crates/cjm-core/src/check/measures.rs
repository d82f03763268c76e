//! Checks of what the team will change and how it will know: opportunities
//! without a metric, metrics without a baseline or a target.

use std::collections::HashSet;

use super::{Code, Finding};
use crate::model::{Location, Map, Opportunity, Section, Status};
use crate::t;

/// What the metrics of a map measure, gathered once for all opportunities.
struct Measured<'m> {
    /// Every id that some metric's `links` name.
    linked: HashSet<&'m str>,
    /// The touchpoints whose stage some metric's `links` name.
    in_linked_stage: HashSet<&'m str>,
}

impl<'m> Measured<'m> {
    fn of(map: &'m Map) -> Self {
        let linked: HashSet<&str> = map
            .metrics
            .iter()
            .flat_map(|m| &m.links)
            .map(|link| link.as_str())
            .collect();
        let in_linked_stage = map
            .touchpoints
            .iter()
            .filter(|t| linked.contains(t.stage.as_str()))
            .map(|t| t.id.as_str())
            .collect();
        Measured {
            linked,
            in_linked_stage,
        }
    }

    /// Whether some metric measures `o`: a metric's `links` name the
    /// opportunity, one of its touchpoints, its stage, or the stage of one
    /// of its touchpoints.
    fn measures(&self, o: &Opportunity) -> bool {
        self.linked.contains(o.id.as_str())
            || o.stage
                .as_ref()
                .is_some_and(|stage| self.linked.contains(stage.as_str()))
            || o.touchpoints.iter().any(|t| {
                self.linked.contains(t.as_str()) || self.in_linked_stage.contains(t.as_str())
            })
    }
}

/// `unmeasured-opportunity`: opportunities (other than dropped ones) that no
/// metric measures, in the sense of [`Measured::measures`]. The metrics'
/// links are gathered once, so the check grows with the map, not with
/// opportunities times metrics.
pub(super) fn unmeasured_opportunities(map: &Map, out: &mut Vec<Finding>) {
    let measured = Measured::of(map);
    for (i, o) in map.opportunities.iter().enumerate() {
        if o.status == Status::Dropped || measured.measures(o) {
            continue;
        }
        out.push(Finding::new(
            Code::UnmeasuredOpportunity,
            Location::item(Section::Opportunities, i),
            Some(&o.id),
            t!("check-unmeasured-opportunity", opportunity = o.title),
            t!("check-unmeasured-opportunity-hint", id = o.id.as_str()),
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
                t!("check-no-baseline", metric = m.name),
                t!("check-no-baseline-hint"),
            ));
        }
        if m.target.is_none() {
            out.push(Finding::new(
                Code::NoTarget,
                Location::field(Section::Metrics, i, "target"),
                Some(&m.id),
                t!("check-no-target", metric = m.name),
                t!("check-no-target-hint"),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Id;

    /// The definition, read literally: every metric's links against every
    /// opportunity.
    fn measured_literally(map: &Map, o: &Opportunity) -> bool {
        let stages = map
            .touchpoints
            .iter()
            .filter(|t| o.touchpoints.contains(&t.id))
            .map(|t| &t.stage);
        let ids: Vec<&Id> = std::iter::once(&o.id)
            .chain(&o.touchpoints)
            .chain(&o.stage)
            .chain(stages)
            .collect();
        map.metrics
            .iter()
            .any(|m| m.links.iter().any(|link| ids.contains(&link)))
    }

    #[test]
    fn the_gathered_links_measure_exactly_what_the_definition_says() {
        for seed in 0..8 {
            let mut map = crate::generated(200, seed);
            // Fewer links than the generator gives, so that many
            // opportunities are measured only one way, or not at all.
            for (i, m) in map.metrics.iter_mut().enumerate() {
                let keep = i % 3;
                m.links.truncate(keep);
            }
            if let Some(o) = map.opportunities.first_mut() {
                o.touchpoints.push(Id::new("tp-nowhere"));
            }
            let measured = Measured::of(&map);
            let mut unmeasured = 0;
            for o in &map.opportunities {
                assert_eq!(
                    measured.measures(o),
                    measured_literally(&map, o),
                    "{}",
                    o.id
                );
                unmeasured += usize::from(!measured.measures(o));
            }
            assert!(unmeasured > 0, "seed {seed}: every opportunity is measured");
            assert!(
                unmeasured < map.opportunities.len(),
                "seed {seed}: no opportunity is measured"
            );
        }
    }
}
