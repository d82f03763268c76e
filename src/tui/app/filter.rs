//! Board filters: one persona's journey (the map's personas, then those the
//! repository shares), one channel, one department (the touchpoints it owns
//! or works on in a blueprint lane).

use crate::model::Departments;
use crate::model::{Channel, Id, Lane, Map, Touchpoint, Vocabulary};
use crate::portfolio::SharedPersona;

/// Which touchpoints the board shows; `None` fields do not filter.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub persona: Option<Id>,
    pub channel: Option<Channel>,
    /// The department shown: its id, or (in a schema-1 map) its name.
    pub owner: Option<String>,
    /// Every spelling that means the department, trimmed and lowercase:
    /// its id, name, short name and aliases.
    spellings: Vec<String>,
    /// The name of the persona filtered by when the repository shares it
    /// (the map does not define it), marked as shared.
    shared_name: Option<String>,
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
            && (self.owner.is_none() || self.works_on(t))
    }

    /// Whether the department filtered by owns `t` or has an action in one
    /// of its blueprint lanes.
    fn works_on(&self, t: &Touchpoint) -> bool {
        let means = |reference: &str| self.spellings.contains(&reference.trim().to_lowercase());
        means(&t.owner)
            || Lane::ALL
                .iter()
                .flat_map(|l| t.lane(*l))
                .any(|a| means(&a.department))
    }

    /// How the filter reads in the status bar, e.g. "persona Anna · channel Web".
    pub fn describe(&self, map: &Map, departments: Departments) -> String {
        let mut parts = Vec::new();
        if let Some(id) = &self.persona {
            let name = map
                .personas
                .iter()
                .find(|p| p.id == *id)
                .map(|p| p.name.as_str())
                .or(self.shared_name.as_deref())
                .unwrap_or(id.as_str());
            parts.push(crate::t!("filter-persona", name = name));
        }
        if let Some(c) = self.channel {
            parts.push(crate::t!("filter-channel", channel = c.local_label()));
        }
        if let Some(o) = &self.owner {
            parts.push(crate::t!("filter-owner", owner = departments.name(o)));
        }
        parts.join(" · ")
    }

    /// Moves to the next persona: the map's, then the repository's
    /// `shared` ones (after the last: no persona filter).
    pub fn next_persona(&mut self, map: &Map, shared: &[SharedPersona]) {
        let ids: Vec<Id> = map
            .personas
            .iter()
            .map(|p| p.id.clone())
            .chain(shared.iter().map(|s| s.persona.id.clone()))
            .collect();
        self.persona = next_in(&ids, self.persona.as_ref());
        self.shared_name = self.persona.as_ref().and_then(|id| {
            let shared = shared.iter().find(|s| s.persona.id == *id)?;
            Some(crate::t!(
                "portfolio-app-shared-ref",
                id = shared.persona.name.as_str()
            ))
        });
    }

    /// Moves to the next channel in use.
    pub fn next_channel(&mut self, map: &Map) {
        let mut used: Vec<Channel> = map.touchpoints.iter().filter_map(|t| t.channel).collect();
        used.sort();
        used.dedup();
        self.channel = next_in(&used, self.channel.as_ref());
    }

    /// Moves to the next department that owns a touchpoint or works on
    /// one: the map's departments in their order, then names no
    /// department has, sorted.
    pub fn next_owner(&mut self, map: &Map, departments: Departments) {
        let mut used = std::collections::HashSet::new();
        let mut loose: Vec<String> = Vec::new();
        let references = map.touchpoints.iter().flat_map(|t| {
            std::iter::once(t.owner.as_str()).chain(
                Lane::ALL
                    .iter()
                    .flat_map(|l| t.lane(*l))
                    .map(|a| a.department.as_str()),
            )
        });
        for reference in references.map(str::trim).filter(|o| !o.is_empty()) {
            match departments.of(reference) {
                Some(d) => {
                    used.insert(d.id.as_str());
                }
                None => loose.push(reference.to_owned()),
            }
        }
        loose.sort_by_key(|o| o.to_lowercase());
        loose.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
        let owners: Vec<String> = departments
            .all()
            .filter(|d| used.contains(d.id.as_str()))
            .map(|d| d.id.to_string())
            .chain(loose)
            .collect();
        self.owner = next_in(&owners, self.owner.as_ref());
        self.spellings = match self.owner.as_deref().map(|o| (o, departments.of(o))) {
            Some((_, Some(d))) => std::iter::once(d.id.as_str())
                .chain([d.name.as_str(), d.short_name.as_str()])
                .chain(d.aliases.iter().map(String::as_str))
                .map(|s| s.trim().to_lowercase())
                .filter(|s| !s.is_empty())
                .collect(),
            Some((o, None)) => vec![o.trim().to_lowercase()],
            None => Vec::new(),
        };
    }
}

/// The element after `current` in `items`, or the first; `None` after the last.
fn next_in<T: Clone + PartialEq>(items: &[T], current: Option<&T>) -> Option<T> {
    match current.and_then(|c| items.iter().position(|x| x == c)) {
        None => items.first().cloned(),
        Some(i) => items.get(i + 1).cloned(),
    }
}
