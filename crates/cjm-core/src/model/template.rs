//! Templates: the starting point of a new map of each kind (its stages, an
//! empty primary persona, the goal prompt and a starter list of
//! departments; a service map also starts with a touchpoint whose
//! blueprint lanes show what goes where).

use super::{
    Action, Comments, Date, Department, Id, IdKind, Map, MapKind, Persona, Shared, Stage,
    Touchpoint,
};
use crate::i18n::{self, Lang};
use crate::t_in;

/// The stages a template starts with, in order: each stage's id (made from
/// its English name, so maps in every language share them) and its name in
/// `lang`.
pub fn stages(kind: MapKind, lang: Lang) -> Vec<(&'static str, String)> {
    match kind {
        MapKind::CurrentState | MapKind::FutureState => vec![
            ("Awareness", t_in!(lang, "template-stage-awareness")),
            ("Engagement", t_in!(lang, "template-stage-engagement")),
            ("Evaluation", t_in!(lang, "template-stage-evaluation")),
            ("Purchase", t_in!(lang, "template-stage-purchase")),
            ("Post-purchase", t_in!(lang, "template-stage-post-purchase")),
            ("Loyalty", t_in!(lang, "template-stage-loyalty")),
        ],
        MapKind::DayInTheLife => vec![
            ("Morning", t_in!(lang, "template-stage-morning")),
            ("Afternoon", t_in!(lang, "template-stage-afternoon")),
            ("Evening", t_in!(lang, "template-stage-evening")),
            ("Night", t_in!(lang, "template-stage-night")),
        ],
        MapKind::Service => vec![
            ("Before", t_in!(lang, "template-stage-before")),
            ("During", t_in!(lang, "template-stage-during")),
            ("After", t_in!(lang, "template-stage-after")),
        ],
    }
}

/// The departments a template starts with: each one's id without its
/// `dp-` prefix (English, so maps in every language share them) and its
/// name in `lang`.
pub fn departments(lang: Lang) -> Vec<(&'static str, String)> {
    vec![
        ("marketing", t_in!(lang, "template-department-marketing")),
        ("sales", t_in!(lang, "template-department-sales")),
        (
            CUSTOMER_SERVICE,
            t_in!(lang, "template-department-customer-service"),
        ),
        (LOGISTICS, t_in!(lang, "template-department-logistics")),
        (IT, t_in!(lang, "template-department-it")),
    ]
}

/// The starter departments the service template's blueprint lanes name.
const CUSTOMER_SERVICE: &str = "customer-service";
const LOGISTICS: &str = "logistics";
const IT: &str = "it";

/// A new map of `kind` in the interface language (see [`new_map_in`]).
pub fn new_map(kind: MapKind, title: &str, created: Option<Date>) -> Map {
    new_map_in(i18n::current(), kind, title, created)
}

/// A new map of `kind` written in `lang`: the template's stages, one empty
/// primary persona, the goal prompt and the starter departments, in that
/// language; a service map also gets one touchpoint with an action in each
/// blueprint lane (frontstage, backstage, support). A map in another
/// language than English records it in its `language` field, so its
/// exports follow it. The map is of schema 2.
pub fn new_map_in(lang: Lang, kind: MapKind, title: &str, created: Option<Date>) -> Map {
    let mut map = Map::new(title, kind);
    map.created = created;
    if matches!(lang, Lang::Pl | Lang::Ru | Lang::Sv) {
        map.language = lang.code().to_owned();
    }
    map.goal.comments = Comments {
        above: vec![
            format!("# {}", t_in!(lang, "template-goal-prompt-why")),
            format!("# {}", t_in!(lang, "template-goal-prompt-what")),
        ],
        ..Comments::default()
    };
    for (english, name) in stages(kind, lang) {
        let id = map.new_id(IdKind::Stage, english);
        map.stages.push(Stage {
            id,
            name,
            ..Stage::default()
        });
    }
    map.personas.push(Persona {
        id: Id::new("pe-primary"),
        name: t_in!(lang, "template-primary-persona"),
        primary: true,
        ..Persona::default()
    });
    for (slug, name) in departments(lang) {
        let id = map.new_id(IdKind::Department, slug);
        map.departments.push(Department {
            id,
            name,
            ..Department::default()
        });
    }
    if let Some(first) = map.departments.first_mut() {
        first.comments.above = vec![format!("# {}", t_in!(lang, "template-departments-prompt"))];
    }
    if kind == MapKind::Service {
        let touchpoint = blueprint_touchpoint(&map, lang);
        map.touchpoints.extend(touchpoint.map(Shared::new));
    }
    map
}

/// The service template's first touchpoint, in its middle stage: one action
/// in each blueprint lane, done by the starter department that usually
/// does it. `None` when the stages or departments it needs are missing.
fn blueprint_touchpoint(map: &Map, lang: Lang) -> Option<Touchpoint> {
    let stage = map.stages.get(1)?.id.clone();
    let department = |slug: &str| {
        let id = Id::generate(IdKind::Department, slug, |_| false);
        map.department(id.as_str()).map(|d| d.id.to_string())
    };
    let action = |text: String, slug: &str| -> Option<Vec<Action>> {
        Some(vec![Action {
            text,
            department: department(slug)?,
        }])
    };
    Some(Touchpoint {
        id: map.new_id(IdKind::Touchpoint, "first-contact"),
        stage,
        name: t_in!(lang, "template-touchpoint-first-contact"),
        owner: department(CUSTOMER_SERVICE)?,
        frontstage: action(t_in!(lang, "template-action-frontstage"), CUSTOMER_SERVICE)?,
        backstage: action(t_in!(lang, "template-action-backstage"), LOGISTICS)?,
        support: action(t_in!(lang, "template-action-support"), IT)?,
        comments: Comments {
            above: vec![format!("# {}", t_in!(lang, "template-blueprint-prompt"))],
            ..Comments::default()
        },
        ..Touchpoint::default()
    })
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
        crate::t!("template-untitled")
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

    #[test]
    fn templates_speak_the_rooms_language_with_the_same_ids() {
        let map = new_map_in(Lang::Ru, MapKind::CurrentState, "Магазин", None);
        let names: Vec<&str> = map.stages.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names[0], "Осведомлённость");
        assert_eq!(map.stages[4].id, "st-post-purchase");
        assert_eq!(map.language, "ru");
        assert_eq!(map.personas[0].name, "Основная персона");
        assert!(crate::model::validate(&map).is_empty());
        assert_eq!(
            new_map_in(Lang::En, MapKind::Service, "Visit", None).language,
            ""
        );
    }
}
