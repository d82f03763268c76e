//! The keys of each table of the format, in canonical order. The reader uses
//! them to name unknown keys ("did you mean ...?"), the writer to order fields.

/// Top-level keys, in the order they are written.
pub const ROOT: &[&str] = &[
    "schema",
    "title",
    "kind",
    "language",
    "based_on",
    "created",
    "owner",
    "review_by",
    "parking_lot",
    "goal",
    "personas",
    "team",
    "stages",
    "touchpoints",
    "opportunities",
    "metrics",
    "conflicts",
];

pub const GOAL: &[&str] = &["focus", "statement", "scope", "success_criteria"];

pub const PERSONA: &[&str] = &[
    "id",
    "name",
    "primary",
    "segment",
    "description",
    "demographics",
    "behaviours",
    "motivations",
    "needs",
    "frustrations",
    "jobs_to_be_done",
    "quote",
];

pub const PARTICIPANT: &[&str] = &["name", "department", "role"];

pub const STAGE: &[&str] = &["id", "name", "customer_goal", "description"];

pub const TOUCHPOINT: &[&str] = &[
    "id",
    "stage",
    "name",
    "channel",
    "owner",
    "personas",
    "doing",
    "thinking",
    "feeling",
    "emotion",
    "pain_points",
    "moment_of_truth",
    "evidence",
];

pub const EVIDENCE: &[&str] = &["source", "note"];

pub const OPPORTUNITY: &[&str] = &[
    "id",
    "title",
    "description",
    "touchpoints",
    "stage",
    "impact",
    "effort",
    "votes",
    "owner",
    "status",
];

pub const METRIC: &[&str] = &[
    "id", "name", "kind", "measures", "links", "unit", "source", "baseline", "target", "readings",
];

pub const READING: &[&str] = &["date", "value"];

/// An unresolved merge conflict (see [`crate::model::Conflict`]).
pub const CONFLICT: &[&str] = &["item", "field", "kind", "ours", "theirs"];
