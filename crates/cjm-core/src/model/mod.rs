//! The customer journey map: its types, ids, templates and validity rules.
//!
//! This module is the pure core of cjm. It knows nothing about files or
//! terminals; `format` reads and writes it, the CLI and the terminal app edit
//! it. Optional texts are plain `String`s where empty means "not set", so an
//! editor never has to tell "absent" from "blank".

mod comments;
mod conflict;
mod department;
pub mod id;
mod refs;
pub mod schema;
mod shared;
mod summary;
pub mod template;
mod validate;
mod value;
mod vocab;

pub use comments::{Comments, FieldComments};
pub use conflict::{
    Conflict, ConflictItem, ConflictPart, ConflictProblem, ConflictTarget, EDITED_COMMENTS,
    GOAL_ITEM, MAP_ITEM, ORDERED_SECTIONS, TEAM_NAME, TEAM_PREFIX,
};
pub use department::{
    Action, Department, DepartmentRef, Departments, Lane, Link, UrlProblem, Wait, WaitError,
    url_problem,
};
pub use id::{FreshIds, Id, IdKind};
pub use refs::Reference;
pub use shared::Shared;
pub use validate::{Location, Problem, Section, validate, validate_field};
pub use value::{FieldError, FieldValue, Fields, escape};
pub use vocab::{
    Channel, ConflictKind, EvidenceSource, Focus, MapKind, MetricKind, Role, Status, Vocabulary,
};

pub use jiff::civil::Date;
use serde::Serialize;

/// The version of the file format this program writes and the newest it reads.
pub const SCHEMA_VERSION: i64 = 2;

/// The first version with departments, blueprint lanes and web links. A
/// map read from an older file keeps its version when saved (so a
/// colleague's older cjm still opens it) until it uses one of these or is
/// migrated (`cjm migrate`).
pub const DEPARTMENTS_VERSION: i64 = 2;

/// A whole customer journey map.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Map {
    /// The format version the map follows: [`SCHEMA_VERSION`] for a new
    /// map, the file's `schema` for one read from a file (see
    /// [`Map::schema_to_write`]).
    #[serde(skip)]
    pub schema: i64,
    /// What the map is about, e.g. "Online shop – first order".
    pub title: String,
    /// Current state, future state, day in the life or service.
    pub kind: MapKind,
    /// BCP 47 tag of the language the content is written in (`pl`, `sv`); empty when not set.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub language: String,
    /// For a future-state map: path of the current-state map it improves.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub based_on: String,
    /// The day the map was started.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<Date>,
    /// The person who keeps the map alive after the workshop.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// The date of the next review.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub review_by: Option<Date>,
    /// Ideas raised in the workshop that belong somewhere else.
    pub parking_lot: Vec<String>,
    /// Personas shared across the repository's maps that this map uses:
    /// an id from the files `cjm.toml` lists (`pe-hannah`), or a file and
    /// an id (`../personas.toml#pe-hannah`); see [`crate::portfolio`].
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub shared_personas: Vec<String>,
    /// Departments shared across the repository's maps that this map's
    /// team, owners and blueprint actions may name by id: an id from the
    /// files `cjm.toml` lists (`dp-logistics`), or a file and an id
    /// (`../departments.toml#dp-logistics`); see [`crate::portfolio`].
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub shared_departments: Vec<String>,
    /// Why the team maps this journey.
    pub goal: Goal,
    /// The target group: one primary persona, maybe a few more.
    pub personas: Vec<Persona>,
    /// The company's departments that team members, owners and blueprint
    /// actions refer to by id (schema 2).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub departments: Vec<Department>,
    /// Who took part in the workshop.
    pub team: Vec<Participant>,
    /// The phases of the journey, in order.
    pub stages: Vec<Stage>,
    /// Every contact between the customer and the company, in map order.
    pub touchpoints: Vec<Shared<Touchpoint>>,
    /// What to change.
    pub opportunities: Vec<Shared<Opportunity>>,
    /// How results are measured.
    pub metrics: Vec<Shared<Metric>>,
    /// Merge conflicts nobody has resolved yet; empty in a settled map.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Conflict>,
    /// Comments above and beside the top-level fields.
    #[serde(skip)]
    pub comments: Comments,
    /// Comments at the very end of the file.
    #[serde(skip)]
    pub trailing_comments: Vec<String>,
}

/// Why the team maps the journey.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Goal {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub focus: Option<Focus>,
    /// One or two sentences: what the team wants to learn or change.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub statement: String,
    /// Where the journey starts and ends, what is left out.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub scope: String,
    /// How the team will know the mapping paid off.
    pub success_criteria: Vec<String>,
    #[serde(skip)]
    pub comments: Comments,
}

/// One member of the target group.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Persona {
    pub id: Id,
    pub name: String,
    /// The persona the journey is drawn for first.
    pub primary: bool,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub segment: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub demographics: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub behaviours: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub motivations: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub needs: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub frustrations: String,
    pub jobs_to_be_done: Vec<String>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub quote: String,
    /// Empathy map: what the persona says out loud.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub says: Vec<String>,
    /// Empathy map: what the persona thinks but may not say.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub thinks: Vec<String>,
    /// Empathy map: what the persona does, as others can see it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub does: Vec<String>,
    /// Empathy map: what the persona feels.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub feels: Vec<String>,
    #[serde(skip)]
    pub comments: Comments,
}

/// A person in the workshop room.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Participant {
    /// Set on members added since ids came in (`tm-…`); older files have
    /// none and keep none, and the merge then matches the member by name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<Id>,
    pub name: String,
    /// The id of the person's department (`dp-…`); in a schema-1 file,
    /// its name (marketing, sales, customer service, finance, HR...).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub department: String,
    pub role: Role,
    #[serde(skip)]
    pub comments: Comments,
}

/// A phase of the journey.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Stage {
    pub id: Id,
    pub name: String,
    /// What the customer wants to achieve in this stage.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub customer_goal: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(skip)]
    pub comments: Comments,
}

/// How the customer feels at a touchpoint, from -2 (very negative) to +2.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Emotion(i8);

impl Emotion {
    pub const MIN: i64 = -2;
    pub const MAX: i64 = 2;

    /// The score, when it lies in -2..=2.
    pub fn new(value: i64) -> Option<Self> {
        (Self::MIN..=Self::MAX)
            .contains(&value)
            .then_some(Self(value as i8))
    }

    pub fn get(self) -> i8 {
        self.0
    }
}

/// An impact or effort rating from 1 (low) to 5 (high).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Score(u8);

impl Score {
    pub const MIN: i64 = 1;
    pub const MAX: i64 = 5;

    /// The rating, when it lies in 1..=5.
    pub fn new(value: i64) -> Option<Self> {
        (Self::MIN..=Self::MAX)
            .contains(&value)
            .then_some(Self(value as u8))
    }

    pub fn get(self) -> u8 {
        self.0
    }
}

/// One contact between the customer and the company.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Touchpoint {
    pub id: Id,
    /// The stage it belongs to.
    pub stage: Id,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// The department that touches the customer here: its id (`dp-…`),
    /// or its name in a schema-1 file.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// The personas this touchpoint concerns; empty means all of them.
    pub personas: Vec<Id>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub doing: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub thinking: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub feeling: String,
    /// Not rated yet when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub emotion: Option<Emotion>,
    pub pain_points: Vec<String>,
    /// A moment that decides whether the customer stays or leaves.
    pub moment_of_truth: bool,
    /// What the findings rest on.
    pub evidence: Vec<Evidence>,
    /// Blueprint: what employees do in front of the customer.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub frontstage: Vec<Action>,
    /// Blueprint: what employees do out of the customer's sight.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub backstage: Vec<Action>,
    /// Blueprint: the systems and processes that support the work.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub support: Vec<Action>,
    /// Blueprint: what goes wrong here.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub fail_point: String,
    /// Blueprint: how long the customer waits here.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wait: Option<Wait>,
    /// Web addresses about this touchpoint (a recording, a dashboard).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub web_links: Vec<Link>,
    #[serde(skip)]
    pub comments: Comments,
}

/// Where a finding comes from.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Evidence {
    pub source: EvidenceSource,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Where to read more: the interview notes, the dashboard, the recording.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub url: String,
}

/// Something to change.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Opportunity {
    pub id: Id,
    pub title: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// The touchpoints it improves.
    pub touchpoints: Vec<Id>,
    /// The stage it improves, when it is not about single touchpoints.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage: Option<Id>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub impact: Option<Score>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effort: Option<Score>,
    /// Dots the team gave it.
    pub votes: u32,
    /// The department that will carry it out: its id, or its name in a
    /// schema-1 file.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub owner: String,
    pub status: Status,
    /// Web addresses about it (the ticket that delivers it).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub web_links: Vec<Link>,
    /// The address of the issue that carries it in the team's tracker
    /// (GitHub, GitLab, Jira), once one is created.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub issue: String,
    /// The tracker's last known state of that issue (`open`, `closed`), as
    /// `cjm issues pull` read it.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub issue_state: String,
    #[serde(skip)]
    pub comments: Comments,
}

/// How a result is measured.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Metric {
    pub id: Id,
    pub name: String,
    pub kind: MetricKind,
    /// What exactly is measured.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub measures: String,
    /// Ids of the stages, touchpoints or opportunities it measures.
    pub links: Vec<Id>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub unit: String,
    /// Where the numbers come from (survey tool, analytics, CRM...).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub source: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
    /// Measurements over time, oldest first.
    pub readings: Vec<Reading>,
    /// Web addresses about it (the dashboard it comes from).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub web_links: Vec<Link>,
    #[serde(skip)]
    pub comments: Comments,
}

/// One measurement of a metric.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Reading {
    pub date: Date,
    pub value: f64,
}

impl Map {
    /// An empty map of the given kind.
    pub fn new(title: impl Into<String>, kind: MapKind) -> Self {
        Map {
            schema: SCHEMA_VERSION,
            title: title.into(),
            kind,
            language: String::new(),
            based_on: String::new(),
            created: None,
            owner: String::new(),
            review_by: None,
            parking_lot: Vec::new(),
            shared_personas: Vec::new(),
            shared_departments: Vec::new(),
            goal: Goal::default(),
            personas: Vec::new(),
            departments: Vec::new(),
            team: Vec::new(),
            stages: Vec::new(),
            touchpoints: Vec::new(),
            opportunities: Vec::new(),
            metrics: Vec::new(),
            conflicts: Vec::new(),
            comments: Comments::default(),
            trailing_comments: Vec::new(),
        }
    }

    /// The ids of the shared personas the map uses (`shared_personas`
    /// without the file part of `file#id`).
    pub fn shared_persona_ids(&self) -> impl Iterator<Item = &str> {
        self.shared_personas.iter().map(|entry| {
            entry
                .rsplit_once('#')
                .map_or(entry.as_str(), |(_, id)| id)
                .trim()
        })
    }

    /// The ids of the shared departments the map uses (`shared_departments`
    /// without the file part of `file#id`).
    pub fn shared_department_ids(&self) -> impl Iterator<Item = &str> {
        self.shared_departments.iter().map(|entry| {
            entry
                .rsplit_once('#')
                .map_or(entry.as_str(), |(_, id)| id)
                .trim()
        })
    }

    /// The stage with this id.
    pub fn stage(&self, id: &str) -> Option<&Stage> {
        self.stages.iter().find(|s| s.id == *id)
    }

    /// The touchpoints of one stage, in map order.
    pub fn touchpoints_in<'a>(&'a self, stage: &'a str) -> impl Iterator<Item = &'a Touchpoint> {
        self.touchpoints
            .iter()
            .filter(move |t| t.stage == *stage)
            .map(|t| &**t)
    }

    /// Every id in the map with its kind, in file order; team members'
    /// ids, which are optional and never referred to, are not listed.
    pub fn ids(&self) -> impl Iterator<Item = (IdKind, &Id)> {
        let personas = self.personas.iter().map(|p| (IdKind::Persona, &p.id));
        let departments = self.departments.iter().map(|d| (IdKind::Department, &d.id));
        let stages = self.stages.iter().map(|s| (IdKind::Stage, &s.id));
        let touchpoints = self.touchpoints.iter().map(|t| (IdKind::Touchpoint, &t.id));
        let opportunities = self
            .opportunities
            .iter()
            .map(|o| (IdKind::Opportunity, &o.id));
        let metrics = self.metrics.iter().map(|m| (IdKind::Metric, &m.id));
        personas
            .chain(departments)
            .chain(stages)
            .chain(touchpoints)
            .chain(opportunities)
            .chain(metrics)
    }

    /// A fresh id for a new item of `kind` named `name`, unique in this map
    /// (team members' ids included).
    pub fn new_id(&self, kind: IdKind, name: &str) -> Id {
        Id::generate(kind, name, |candidate| {
            self.ids().any(|(_, id)| id == candidate)
                || self.team.iter().any(|p| p.id.as_ref() == Some(candidate))
        })
    }
}

impl Participant {
    pub fn new(name: impl Into<String>) -> Self {
        Participant {
            id: None,
            name: name.into(),
            department: String::new(),
            role: Role::Participant,
            comments: Comments::default(),
        }
    }
}

impl Opportunity {
    pub fn new(id: Id, title: impl Into<String>) -> Self {
        Opportunity {
            id,
            title: title.into(),
            description: String::new(),
            touchpoints: Vec::new(),
            stage: None,
            impact: None,
            effort: None,
            votes: 0,
            owner: String::new(),
            status: Status::Idea,
            web_links: Vec::new(),
            issue: String::new(),
            issue_state: String::new(),
            comments: Comments::default(),
        }
    }
}

impl Metric {
    pub fn new(id: Id, name: impl Into<String>, kind: MetricKind) -> Self {
        Metric {
            id,
            name: name.into(),
            kind,
            measures: String::new(),
            links: Vec::new(),
            unit: String::new(),
            source: String::new(),
            baseline: None,
            target: None,
            readings: Vec::new(),
            web_links: Vec::new(),
            comments: Comments::default(),
        }
    }
}
