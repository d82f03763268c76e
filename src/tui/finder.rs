//! The fuzzy finder (`/`) over every item of the map, and the command
//! palette (`:`) over every action. Both match with fuzzy-matcher's skim
//! algorithm and keep the positions of the matched characters for
//! highlighting.
//!
//! A map may have tens of thousands of items, and the finder searches them
//! at every key. So it collects the items once, when it opens (the map
//! cannot change while it is open); skips, with a plain scan of the bytes,
//! the items the query cannot match; and while the query grows, looks for
//! it only among the items its shorter form matched.

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
    /// The map's items: target, kind and text (see [`Finder::over_map`]).
    items: Vec<(Target, String, String)>,
    /// Queries searched so far, each extending the one before, with the
    /// items (indexes into `items`, in order) each of them matched.
    narrowed: Vec<(String, Vec<usize>)>,
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

/// Whether `query` can match `text` at all: its characters occur in
/// `text` in order, ASCII letters in either case, as the matcher requires.
/// A scan of the bytes, much cheaper than the matcher's own check on the
/// text as characters; an encoded character is only found where a
/// character starts, and no byte of a non-ASCII character is ASCII.
fn may_match(text: &str, query: &str) -> bool {
    let mut rest = text.as_bytes();
    let mut buf = [0u8; 4];
    for q in query.chars() {
        let found = if q.is_ascii() {
            let q = q as u8;
            rest.iter()
                .position(|b| b.eq_ignore_ascii_case(&q))
                .map(|at| at + 1)
        } else {
            let bytes = q.encode_utf8(&mut buf).as_bytes();
            rest.windows(bytes.len())
                .position(|w| w == bytes)
                .map(|at| at + bytes.len())
        };
        match found {
            Some(end) => rest = &rest[end..],
            None => return false,
        }
    }
    true
}

impl Finder {
    /// A finder over every item of `map`, listing them all. The items are
    /// collected now, once: the finder is for the map as it is while the
    /// finder is open.
    pub fn over_map(map: &Map) -> Finder {
        let mut finder = Finder {
            items: map_items(map),
            ..Finder::default()
        };
        finder.search();
        finder
    }

    /// Searches the map's items for `query`, collecting them afresh.
    pub fn search_map(&mut self, map: &Map) {
        self.items = map_items(map);
        self.narrowed.clear();
        self.search();
    }

    /// Searches the items collected from the map for `query`. Best first;
    /// equal scores keep map order; an empty query lists every item.
    pub fn search(&mut self) {
        if self.query.is_empty() {
            self.narrowed.clear();
            self.hits = rank(&self.query, self.items.clone());
        } else {
            // Whatever matches the query also matches each of its prefixes.
            let query = self.query.as_str();
            self.narrowed.retain(|(q, _)| query.starts_with(q.as_str()));
            if self.narrowed.last().is_some_and(|(q, _)| q == query) {
                self.narrowed.pop();
            }
            let matcher = SkimMatcherV2::default().ignore_case();
            let mut matched = Vec::new();
            let mut hits = Vec::new();
            let mut consider = |i: usize| {
                let (target, kind, text) = &self.items[i];
                if !may_match(text, query) {
                    return;
                }
                if let Some((score, positions)) = matcher.fuzzy_indices(text, query) {
                    matched.push(i);
                    hits.push(Hit {
                        target: *target,
                        kind: kind.clone(),
                        text: text.clone(),
                        matched: positions,
                        score,
                    });
                }
            };
            match self.narrowed.last() {
                Some((_, earlier)) => earlier.iter().copied().for_each(&mut consider),
                None => (0..self.items.len()).for_each(&mut consider),
            }
            hits.sort_by_key(|h| std::cmp::Reverse(h.score));
            self.hits = hits;
            self.narrowed.push((self.query.clone(), matched));
        }
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
    fn typing_and_deleting_finds_what_a_fresh_search_finds() {
        let map = crate::generate::generate(300, 9);
        let mut typed = Finder::over_map(&map);
        let mut queries = Vec::new();
        for word in ["delivery d", "zwrot", "Доставка", "注文"] {
            for end in word.char_indices().map(|(i, c)| i + c.len_utf8()) {
                queries.push(&word[..end]);
            }
            // Back to two characters, as with Backspace, then on.
            let two = word.char_indices().nth(2).map_or(word.len(), |(i, _)| i);
            queries.extend([&word[..two], ""]);
        }
        for query in queries {
            typed.query = query.to_owned();
            typed.search();
            // Every item through the matcher, without scan or narrowing.
            let fresh = rank(query, map_items(&map));
            assert_eq!(typed.hits, fresh, "query {query:?}");
        }
        typed.query = "deliv".into();
        typed.search();
        assert!(typed.hits.len() > 10, "a common word matches many items");
    }

    proptest::proptest! {
        #[test]
        fn the_byte_scan_agrees_with_the_matcher(
            text in "[aAżŻ日 b-]{0,12}",
            query in "[aAżŻ日 b]{1,4}",
        ) {
            let matcher = SkimMatcherV2::default().ignore_case();
            proptest::prop_assert_eq!(
                may_match(&text, &query),
                matcher.fuzzy_indices(&text, &query).is_some()
            );
        }
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
