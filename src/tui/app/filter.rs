//! Board filters: one persona's journey, one channel, one owner department.

use crate::model::{Channel, Id, Map, Touchpoint, Vocabulary};

/// Which touchpoints the board shows; `None` fields do not filter.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub persona: Option<Id>,
    pub channel: Option<Channel>,
    pub owner: Option<String>,
}

impl Filter {
    pub fn is_active(&self) -> bool {
        *self != Filter::default()
    }

    /// Whether `t` passes. A touchpoint with no personas concerns every persona.
    pub fn allows(&self, t: &Touchpoint) -> bool {
        self.persona
            .as_ref()
            .is_none_or(|p| t.personas.is_empty() || t.personas.contains(p))
            && self.channel.is_none_or(|c| t.channel == Some(c))
            && self
                .owner
                .as_ref()
                .is_none_or(|o| t.owner.trim().eq_ignore_ascii_case(o))
    }

    /// How the filter reads in the status bar, e.g. "persona Anna · channel Web".
    pub fn describe(&self, map: &Map) -> String {
        let mut parts = Vec::new();
        if let Some(id) = &self.persona {
            let name = map
                .personas
                .iter()
                .find(|p| p.id == *id)
                .map_or(id.as_str(), |p| p.name.as_str());
            parts.push(format!("persona {name}"));
        }
        if let Some(c) = self.channel {
            parts.push(format!("channel {}", c.label()));
        }
        if let Some(o) = &self.owner {
            parts.push(format!("owner {o}"));
        }
        parts.join(" · ")
    }

    /// Moves to the next persona (after the last: no persona filter).
    pub fn next_persona(&mut self, map: &Map) {
        let ids: Vec<Id> = map.personas.iter().map(|p| p.id.clone()).collect();
        self.persona = next_in(&ids, self.persona.as_ref());
    }

    /// Moves to the next channel in use.
    pub fn next_channel(&mut self, map: &Map) {
        let mut used: Vec<Channel> = map.touchpoints.iter().filter_map(|t| t.channel).collect();
        used.sort();
        used.dedup();
        self.channel = next_in(&used, self.channel.as_ref());
    }

    /// Moves to the next owner department in use.
    pub fn next_owner(&mut self, map: &Map) {
        let mut owners: Vec<String> = map
            .touchpoints
            .iter()
            .map(|t| t.owner.trim().to_owned())
            .filter(|o| !o.is_empty())
            .collect();
        owners.sort_by_key(|o| o.to_lowercase());
        owners.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
        self.owner = next_in(&owners, self.owner.as_ref());
    }
}

/// The element after `current` in `items`, or the first; `None` after the last.
fn next_in<T: Clone + PartialEq>(items: &[T], current: Option<&T>) -> Option<T> {
    match current.and_then(|c| items.iter().position(|x| x == c)) {
        None => items.first().cloned(),
        Some(i) => items.get(i + 1).cloned(),
    }
}
