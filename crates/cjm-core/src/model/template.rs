//! Templates: the starting point of a new map of each kind (its stages, an
//! empty primary persona and the goal prompt).

use super::{Comments, Date, Id, IdKind, Map, MapKind, Persona, Stage};

/// The stage names a template starts with, in order.
pub fn stage_names(kind: MapKind) -> &'static [&'static str] {
    match kind {
        MapKind::CurrentState | MapKind::FutureState => &[
            "Awareness",
            "Engagement",
            "Evaluation",
            "Purchase",
            "Post-purchase",
            "Loyalty",
        ],
        MapKind::DayInTheLife => &["Morning", "Afternoon", "Evening", "Night"],
        MapKind::Service => &["Before", "During", "After"],
    }
}

/// The comment placed above `[goal]` in a new map, as a prompt for the team.
const GOAL_PROMPT: [&str; 2] = [
    "# Why are we mapping this journey? focus = optimise-service | growth | new-product | onboarding | other",
    "# statement: what we want to learn or change; scope: where the journey starts and ends.",
];

/// A new map of `kind`: the template's stages, one empty primary persona and
/// the goal prompt.
pub fn new_map(kind: MapKind, title: &str, created: Option<Date>) -> Map {
    let mut map = Map::new(title, kind);
    map.created = created;
    map.goal.comments = Comments {
        above: GOAL_PROMPT.iter().map(|s| (*s).to_owned()).collect(),
        ..Comments::default()
    };
    for name in stage_names(kind) {
        let id = map.new_id(IdKind::Stage, name);
        map.stages.push(Stage {
            id,
            name: (*name).to_owned(),
            ..Stage::default()
        });
    }
    map.personas.push(Persona {
        id: Id::new("pe-primary"),
        name: "Primary persona".to_owned(),
        primary: true,
        ..Persona::default()
    });
    map
}

/// A title made from a file name: "maps/online-shop_v2.toml" → "Online shop v2".
pub fn title_from_path(path: &std::path::Path) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let words: Vec<&str> = stem
        .split(['-', '_', ' ', '.'])
        .filter(|w| !w.is_empty())
        .collect();
    let mut title = words.join(" ");
    if let Some(first) = title.chars().next() {
        title = first.to_uppercase().chain(title.chars().skip(1)).collect();
    }
    if title.is_empty() {
        "Untitled journey".to_owned()
    } else {
        title
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_have_their_stages_and_are_valid() {
        let map = new_map(MapKind::Service, "Visit", None);
        let ids: Vec<&str> = map.stages.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["st-before", "st-during", "st-after"]);
        let map = new_map(MapKind::CurrentState, "Shop", None);
        assert_eq!(map.stages.len(), 6);
        assert_eq!(map.stages[4].id, "st-post-purchase");
        assert!(crate::model::validate(&map).is_empty());
        assert_eq!(
            new_map(MapKind::DayInTheLife, "Day", None).stages[3].name,
            "Night"
        );
    }
}
