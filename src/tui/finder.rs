//! The fuzzy finder (`/`) over every item of the map, and the command
//! palette (`:`) over every action. Both match with fuzzy-matcher's skim
//! algorithm and keep the positions of the matched characters for
//! highlighting.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::action::Action;
use super::keymap::Keymap;
use crate::model::Map;

/// What a finder result points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Stage(usize),
    Touchpoint(usize),
    /// A pain point: the touchpoint and the pain point's index.
    PainPoint(usize, usize),
    Persona(usize),
    Opportunity(usize),
    Metric(usize),
    Action(Action),
    /// A step of the guided session.
    Step(crate::tui::guide::Step),
}

/// One line of results.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub target: Target,
    /// What kind of thing it is ("touchpoint", "stage", or the action's keys).
    pub kind: String,
    /// The text that was matched and is shown.
    pub text: String,
    /// Character positions of `text` that matched the query.
    pub matched: Vec<usize>,
    score: i64,
}

impl Hit {
    /// A result that matched nothing in particular (a plain list entry).
    pub fn new(target: Target, kind: String, text: String) -> Self {
        Hit {
            target,
            kind,
            text,
            matched: Vec::new(),
            score: 0,
        }
    }
}

/// The state of an open finder or palette.
#[derive(Clone, Debug, Default)]
pub struct Finder {
    pub query: String,
    pub hits: Vec<Hit>,
    pub selected: usize,
    /// The palette lists the guided session's steps instead of actions.
    pub steps: bool,
}

/// Every searchable item of the map with its kind and text.
fn map_items(map: &Map) -> Vec<(Target, String, String)> {
    let mut items = Vec::new();
    for (i, s) in map.stages.iter().enumerate() {
        items.push((
            Target::Stage(i),
            "stage".to_owned(),
            join(&[&s.name, &s.customer_goal, &s.description]),
        ));
    }
    for (i, t) in map.touchpoints.iter().enumerate() {
        let text = join(&[&t.name, &t.owner, &t.doing, &t.thinking, &t.feeling]);
        items.push((Target::Touchpoint(i), "touchpoint".to_owned(), text));
        for (n, p) in t.pain_points.iter().enumerate() {
            items.push((Target::PainPoint(i, n), "pain point".to_owned(), p.clone()));
        }
    }
    for (i, p) in map.personas.iter().enumerate() {
        items.push((
            Target::Persona(i),
            "persona".to_owned(),
            join(&[&p.name, &p.segment, &p.description]),
        ));
    }
    for (i, o) in map.opportunities.iter().enumerate() {
        items.push((
            Target::Opportunity(i),
            "opportunity".to_owned(),
            join(&[&o.title, &o.description]),
        ));
    }
    for (i, m) in map.metrics.iter().enumerate() {
        items.push((
            Target::Metric(i),
            "metric".to_owned(),
            join(&[&m.name, &m.measures]),
        ));
    }
    items
}

/// Non-empty texts joined with " · ", on one line.
fn join(parts: &[&str]) -> String {
    parts
        .iter()
        .filter(|p| !p.trim().is_empty())
        .map(|p| p.replace('\n', " "))
        .collect::<Vec<_>>()
        .join(" · ")
}

fn rank(query: &str, items: Vec<(Target, String, String)>) -> Vec<Hit> {
    let matcher = SkimMatcherV2::default().ignore_case();
    let mut hits: Vec<Hit> = items
        .into_iter()
        .enumerate()
        .filter_map(|(order, (target, kind, text))| {
            if query.is_empty() {
                return Some(Hit {
                    target,
                    kind,
                    text,
                    matched: Vec::new(),
                    score: -(order as i64),
                });
            }
            let (score, matched) = matcher.fuzzy_indices(&text, query)?;
            Some(Hit {
                target,
                kind,
                text,
                matched,
                score,
            })
        })
        .collect();
    // Best first; equal scores keep map order (the sort is stable).
    hits.sort_by_key(|h| std::cmp::Reverse(h.score));
    hits
}

impl Finder {
    /// Searches the map's items for `query`.
    pub fn search_map(&mut self, map: &Map) {
        self.hits = rank(&self.query, map_items(map));
        self.selected = self.selected.min(self.hits.len().saturating_sub(1));
    }

    /// Searches the actions for `query`, by name and description.
    pub fn search_actions(&mut self, keymap: &Keymap) {
        let items = Action::ALL
            .iter()
            .map(|a| {
                (
                    Target::Action(*a),
                    keymap.keys_label(*a),
                    format!("{} – {}", a.name(), a.description()),
                )
            })
            .collect();
        self.hits = rank(&self.query, items);
        self.selected = self.selected.min(self.hits.len().saturating_sub(1));
    }

    /// Searches the steps of the guided session by name.
    pub fn search_steps(&mut self) {
        let items = crate::tui::guide::Step::ALL
            .iter()
            .map(|s| {
                (
                    Target::Step(*s),
                    format!("step {}", s.number()),
                    s.name().to_owned(),
                )
            })
            .collect();
        self.hits = rank(&self.query, items);
        self.selected = self.selected.min(self.hits.len().saturating_sub(1));
    }

    /// The selected result.
    pub fn selected_hit(&self) -> Option<&Hit> {
        self.hits.get(self.selected)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Id, MapKind, Stage, Touchpoint};

    fn sample() -> Map {
        let mut map = Map::new("Shop", MapKind::CurrentState);
        map.stages.push(Stage {
            id: Id::new("st-buy"),
            name: "Purchase".into(),
            ..Stage::default()
        });
        map.touchpoints.push(Touchpoint {
            id: Id::new("tp-checkout"),
            stage: Id::new("st-buy"),
            name: "Checkout".into(),
            pain_points: vec!["Delivery cost shown too late".into()],
            ..Touchpoint::default()
        });
        map.touchpoints.push(Touchpoint {
            id: Id::new("tp-dostawa"),
            stage: Id::new("st-buy"),
            name: "Dostawa zamówienia".into(),
            ..Touchpoint::default()
        });
        map
    }

    #[test]
    fn finds_items_by_fuzzy_text_with_matched_positions() {
        let mut finder = Finder {
            query: "chkout".into(),
            ..Finder::default()
        };
        finder.search_map(&sample());
        let hit = finder.selected_hit().cloned();
        assert_eq!(hit.as_ref().map(|h| h.target), Some(Target::Touchpoint(0)));
        assert_eq!(hit.map(|h| h.matched.len()), Some(6));
        finder.query = "late".into();
        finder.search_map(&sample());
        assert_eq!(
            finder.selected_hit().map(|h| h.target),
            Some(Target::PainPoint(0, 0))
        );
        finder.query = "zamów".into();
        finder.search_map(&sample());
        assert_eq!(
            finder.selected_hit().map(|h| h.target),
            Some(Target::Touchpoint(1))
        );
        finder.query = "zzzz".into();
        finder.search_map(&sample());
        assert!(finder.hits.is_empty());
    }

    #[test]
    fn the_palette_lists_every_action_and_matches_names() {
        let keymap = Keymap::default();
        let mut palette = Finder::default();
        palette.search_actions(&keymap);
        assert_eq!(palette.hits.len(), Action::ALL.len());
        palette.query = "redo".into();
        palette.search_actions(&keymap);
        assert_eq!(
            palette.selected_hit().map(|h| h.target),
            Some(Target::Action(Action::Redo))
        );
        assert_eq!(
            palette.selected_hit().map(|h| h.kind.as_str()),
            Some("Ctrl-r")
        );
    }
}
