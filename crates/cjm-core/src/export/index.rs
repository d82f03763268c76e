//! The map's items by id, built once per export, so that every export is
//! linear in the size of the map: a linked touchpoint, a metric's link, a
//! persona's name, a stage's touchpoints and its average emotion are each
//! one hash lookup instead of a search through a list (which made the
//! Markdown and HTML reports quadratic: a search of every touchpoint for
//! each touchpoint an opportunity improves).
//!
//! Each lookup answers exactly what the search it replaces would: the
//! first item with the id, in map order, and the id itself where none has
//! it.

use std::collections::HashMap;

use crate::model::{Id, Map, Touchpoint};

/// Hashing for the index: foldhash, several times faster than SipHash on
/// short ids, seeded per process (the order of a hash map never reaches an
/// export: lookups only).
type Hashing = foldhash::fast::RandomState;

/// The items of one map by id.
pub(super) struct Index<'a> {
    /// The map indexed (for what is not looked up by id).
    map: &'a Map,
    /// Touchpoints by id, the first of an id.
    touchpoints: HashMap<&'a str, &'a Touchpoint, Hashing>,
    /// Names by id of what a link may point to: a stage's name before a
    /// touchpoint's before an opportunity's title.
    names: HashMap<&'a str, &'a str, Hashing>,
    /// Personas' names by id, the first of an id.
    personas: HashMap<&'a str, &'a str, Hashing>,
    /// The touchpoints of each stage, in map order.
    by_stage: HashMap<&'a str, Vec<&'a Touchpoint>, Hashing>,
    /// The average emotion of the rated touchpoints of each stage.
    averages: HashMap<&'a str, f64>,
}

impl<'a> Index<'a> {
    pub fn new(map: &'a Map) -> Index<'a> {
        let mut touchpoints =
            HashMap::with_capacity_and_hasher(map.touchpoints.len(), Hashing::default());
        for t in &map.touchpoints {
            touchpoints.entry(t.id.as_str()).or_insert(&**t);
        }
        let linked = map.stages.len() + map.touchpoints.len() + map.opportunities.len();
        let mut names = HashMap::with_capacity_and_hasher(linked, Hashing::default());
        for s in &map.stages {
            names.entry(s.id.as_str()).or_insert(s.name.as_str());
        }
        for t in &map.touchpoints {
            names.entry(t.id.as_str()).or_insert(t.name.as_str());
        }
        for o in &map.opportunities {
            names.entry(o.id.as_str()).or_insert(o.title.as_str());
        }
        let mut personas =
            HashMap::with_capacity_and_hasher(map.personas.len(), Hashing::default());
        for p in &map.personas {
            personas.entry(p.id.as_str()).or_insert(p.name.as_str());
        }
        Index {
            map,
            touchpoints,
            names,
            personas,
            by_stage: by_stage(map),
            averages: map.stage_averages(),
        }
    }

    /// The map indexed.
    pub fn map(&self) -> &'a Map {
        self.map
    }

    /// The touchpoint with this id.
    pub fn touchpoint(&self, id: &Id) -> Option<&'a Touchpoint> {
        self.touchpoints.get(id.as_str()).copied()
    }

    /// The name of the stage, touchpoint or opportunity with this id, or the id itself.
    pub fn item_name<'b>(&self, id: &'b Id) -> &'b str
    where
        'a: 'b,
    {
        self.names.get(id.as_str()).copied().unwrap_or(id.as_str())
    }

    /// The name of the persona with this id, or the id itself.
    pub fn persona_name<'b>(&self, id: &'b Id) -> &'b str
    where
        'a: 'b,
    {
        self.personas
            .get(id.as_str())
            .copied()
            .unwrap_or(id.as_str())
    }

    /// The touchpoints of the stage with this id, in map order.
    pub fn touchpoints_in(&self, stage: &Id) -> &[&'a Touchpoint] {
        self.by_stage.get(stage.as_str()).map_or(&[], Vec::as_slice)
    }

    /// The average emotion of the rated touchpoints of a stage, `None` when none is rated.
    pub fn stage_average(&self, stage: &Id) -> Option<f64> {
        self.averages.get(stage.as_str()).copied()
    }
}

/// The touchpoints of each stage (by the stage id they name), in map order:
/// one pass instead of one per stage.
pub(super) fn by_stage(map: &Map) -> HashMap<&str, Vec<&Touchpoint>, Hashing> {
    let mut by_stage: HashMap<&str, Vec<&Touchpoint>, Hashing> = HashMap::default();
    for t in &map.touchpoints {
        by_stage.entry(t.stage.as_str()).or_default().push(t);
    }
    by_stage
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{MapKind, Opportunity, Stage};

    /// Lookups answer what a search of the lists answers, duplicates and
    /// missing ids included.
    #[test]
    fn lookups_match_searching_the_lists() {
        let mut map = Map::new("M", MapKind::Service);
        let stage = |id: &str, name: &str| Stage {
            id: Id::new(id),
            name: name.to_owned(),
            ..Stage::default()
        };
        let card = |id: &str, name: &str, stage: &str| Touchpoint {
            id: Id::new(id),
            name: name.to_owned(),
            stage: Id::new(stage),
            ..Touchpoint::default()
        };
        map.stages = vec![
            stage("st-a", "A"),
            stage("shared", "Stage named"),
            stage("st-a", "A again"),
        ];
        map.touchpoints = vec![
            card("tp-1", "One", "st-a").into(),
            card("shared", "Card named", "st-b").into(),
            card("tp-1", "One again", "st-b").into(),
            card("tp-3", "Three", "st-a").into(),
        ];
        map.opportunities = vec![Opportunity::new(Id::new("op-1"), "Idea").into()];
        let index = Index::new(&map);
        let id = |s: &str| Id::new(s);
        assert_eq!(
            index.touchpoint(&id("tp-1")).map(|t| t.name.as_str()),
            Some("One")
        );
        assert!(index.touchpoint(&id("st-a")).is_none());
        assert_eq!(index.item_name(&id("shared")), "Stage named");
        assert_eq!(index.item_name(&id("st-a")), "A");
        assert_eq!(index.item_name(&id("tp-3")), "Three");
        assert_eq!(index.item_name(&id("op-1")), "Idea");
        assert_eq!(index.item_name(&id("gone")), "gone");
        assert_eq!(index.persona_name(&id("pe-x")), "pe-x");
        let names = |stage: &str| -> Vec<&str> {
            index
                .touchpoints_in(&id(stage))
                .iter()
                .map(|t| t.name.as_str())
                .collect()
        };
        assert_eq!(names("st-a"), ["One", "Three"]);
        assert_eq!(names("st-b"), ["Card named", "One again"]);
        assert!(names("st-none").is_empty());
        assert_eq!(index.stage_average(&id("st-a")), None);
    }
}
