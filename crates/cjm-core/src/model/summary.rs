//! Figures derived from a map that several front ends show: the ranking of
//! opportunities and the average emotion of each stage. One definition, so
//! the board, the exports and the diff never disagree.

use std::cmp::Ordering;
use std::collections::HashMap;

use super::{Map, Opportunity};

impl Map {
    /// Opportunities in priority order, as indexes into `opportunities`:
    /// most votes first, then the best impact-to-effort ratio (rated ones
    /// before unrated ones), then map order.
    pub fn ranked_opportunities(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.opportunities.len()).collect();
        order.sort_by(|&a, &b| rank(&self.opportunities[a], &self.opportunities[b]));
        order
    }

    /// The average emotion of the rated touchpoints of each stage, by stage
    /// id; stages with no rated touchpoint are missing.
    pub fn stage_averages(&self) -> HashMap<&str, f64> {
        let mut sums: HashMap<&str, (i64, u32)> = HashMap::new();
        for t in &self.touchpoints {
            if let Some(e) = t.emotion {
                let entry = sums.entry(t.stage.as_str()).or_default();
                entry.0 += i64::from(e.get());
                entry.1 += 1;
            }
        }
        sums.into_iter()
            .map(|(stage, (sum, n))| (stage, sum as f64 / f64::from(n)))
            .collect()
    }
}

fn rank(a: &Opportunity, b: &Opportunity) -> Ordering {
    b.votes
        .cmp(&a.votes)
        .then_with(|| match (ratio(a), ratio(b)) {
            // a/b > c/d  ⇔  a·d > c·b, in integers, so ties are exact.
            (Some((ai, ae)), Some((bi, be))) => (bi * ae).cmp(&(ai * be)),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        })
}

/// Impact and effort of an opportunity, when both are rated.
fn ratio(o: &Opportunity) -> Option<(u32, u32)> {
    Some((u32::from(o.impact?.get()), u32::from(o.effort?.get())))
}

#[cfg(test)]
mod tests {
    use crate::model::{Emotion, Id, Map, MapKind, Opportunity, Score, Touchpoint};

    #[test]
    fn ranking_is_votes_then_exact_ratio_then_rated_then_map_order() {
        let mut map = Map::new("m", MapKind::Service);
        let make = |id: &str, votes, rating: Option<(i64, i64)>| {
            let mut o = Opportunity::new(Id::new(id), id);
            o.votes = votes;
            if let Some((i, e)) = rating {
                o.impact = Score::new(i);
                o.effort = Score::new(e);
            }
            o
        };
        map.opportunities = vec![
            make("op-unrated", 2, None).into(),
            make("op-two-thirds", 2, Some((2, 3))).into(),
            make("op-four-sixths", 2, Some((4, 5))).into(),
            make("op-most-votes", 5, None).into(),
            make("op-also-unrated", 2, None).into(),
        ];
        let order: Vec<&str> = map
            .ranked_opportunities()
            .into_iter()
            .map(|i| map.opportunities[i].id.as_str())
            .collect();
        assert_eq!(
            order,
            [
                "op-most-votes",
                "op-four-sixths",
                "op-two-thirds",
                "op-unrated",
                "op-also-unrated"
            ]
        );
    }

    #[test]
    fn stage_averages_count_only_rated_touchpoints() {
        let mut map = Map::new("m", MapKind::Service);
        for (id, stage, emotion) in [
            ("tp-a", "st-x", Some(-2)),
            ("tp-b", "st-x", Some(1)),
            ("tp-c", "st-x", None),
            ("tp-d", "st-y", None),
        ] {
            map.touchpoints.push(
                Touchpoint {
                    id: Id::new(id),
                    stage: Id::new(stage),
                    emotion: emotion.and_then(Emotion::new),
                    ..Touchpoint::default()
                }
                .into(),
            );
        }
        let averages = map.stage_averages();
        assert_eq!(averages.get("st-x"), Some(&-0.5));
        assert_eq!(averages.get("st-y"), None);
    }
}
