//! References between items: who points at an id, and removing those
//! pointers when the item goes. Editors use this to warn before a delete and
//! to keep the map valid after it.

use super::{Id, Map};

/// One place that refers to an id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reference {
    /// What refers, in words: "opportunity “Free exchange”".
    pub description: String,
    /// Whether removing the reference would leave the referring item invalid
    /// (a touchpoint's `stage` is required), so the delete must not go ahead.
    pub blocking: bool,
}

impl Map {
    /// Every place that refers to `id`, in file order.
    pub fn references_to(&self, id: &Id) -> Vec<Reference> {
        let mut refs = Vec::new();
        let mut push = |description: String, blocking: bool| {
            refs.push(Reference {
                description,
                blocking,
            })
        };
        for t in &self.touchpoints {
            if t.stage == *id {
                push(
                    crate::t!("model-ref-stage-of", name = t.name.as_str()),
                    true,
                );
            }
            if t.personas.contains(id) {
                push(
                    crate::t!("model-ref-touchpoint", name = t.name.as_str()),
                    false,
                );
            }
        }
        for o in &self.opportunities {
            if o.touchpoints.contains(id) || o.stage.as_ref() == Some(id) {
                push(
                    crate::t!("model-ref-opportunity", name = o.title.as_str()),
                    false,
                );
            }
        }
        for m in &self.metrics {
            if m.links.contains(id) {
                push(crate::t!("model-ref-metric", name = m.name.as_str()), false);
            }
        }
        refs
    }

    /// Removes every non-blocking reference to `id` (list entries, an
    /// opportunity's `stage`).
    ///
    /// Only the items that refer to `id` are written to: the others stay
    /// shared with the undo history's copy of the map (see
    /// [`super::Shared`]).
    pub fn remove_references(&mut self, id: &Id) {
        for t in &mut self.touchpoints {
            if t.personas.contains(id) {
                t.personas.retain(|p| p != id);
            }
        }
        for o in &mut self.opportunities {
            if o.touchpoints.contains(id) {
                o.touchpoints.retain(|t| t != id);
            }
            if o.stage.as_ref() == Some(id) {
                o.stage = None;
            }
        }
        for m in &mut self.metrics {
            if m.links.contains(id) {
                m.links.retain(|l| l != id);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Id, Map, MapKind, Metric, MetricKind, Opportunity, Stage, Touchpoint};

    #[test]
    fn finds_and_removes_references() {
        let mut map = Map::new("m", MapKind::Service);
        map.stages.push(Stage {
            id: Id::new("st-a"),
            name: "A".into(),
            ..Stage::default()
        });
        map.touchpoints.push(
            Touchpoint {
                id: Id::new("tp-a"),
                stage: Id::new("st-a"),
                name: "T".into(),
                ..Touchpoint::default()
            }
            .into(),
        );
        let mut o = Opportunity::new(Id::new("op-a"), "O");
        o.touchpoints.push(Id::new("tp-a"));
        o.stage = Some(Id::new("st-a"));
        map.opportunities.push(o.into());
        let mut m = Metric::new(Id::new("me-a"), "M", MetricKind::Nps);
        m.links = vec![Id::new("tp-a"), Id::new("op-a")];
        map.metrics.push(m.into());

        let refs = map.references_to(&Id::new("tp-a"));
        assert_eq!(refs.len(), 2);
        assert!(refs.iter().all(|r| !r.blocking));
        let refs = map.references_to(&Id::new("st-a"));
        assert!(refs.iter().any(|r| r.blocking));

        map.remove_references(&Id::new("tp-a"));
        assert!(map.opportunities[0].touchpoints.is_empty());
        assert_eq!(map.metrics[0].links, vec![Id::new("op-a")]);
        map.remove_references(&Id::new("st-a"));
        assert_eq!(map.opportunities[0].stage, None);
        assert_eq!(
            map.touchpoints[0].stage,
            Id::new("st-a"),
            "a blocking reference stays"
        );
    }
}
