//! The field schema: every field of every kind of item, declared once.
//!
//! Each kind of item (the map's top level, the goal, a persona, a team
//! member, a stage, a touchpoint, an evidence entry, an opportunity, a
//! metric, a reading) has one table of [`Field`]s, in the order the file
//! writes them. A row says everything the program knows about a field: its
//! key in the file, what it takes ([`Input`]: text, a list, a closed
//! vocabulary, a whole number in a range, a reference to another section),
//! a label and a one-line help text for people (with a stable label id a
//! translation can key on), and how to get and set it as a [`FieldValue`].
//!
//! Everything else is built from these tables: the reader's and writer's
//! key lists ([`ROOT_KEYS`], [`PERSONA_KEYS`]...; "did you mean" hints and
//! canonical order), the generic field access ([`super::Fields`]) that diff,
//! merge and conflicts use, the editing forms (what each field takes, its
//! label), the range checks, the CSV columns and the field tables of the
//! file-format documentation. To add a field: add its member to the item's
//! struct in [`super`], one row here, one line each in `format/read/mod.rs` and
//! `format/write.rs` (which read and write typed values on a measured hot
//! path), and run `UPDATE_DOCS=1 cargo test --test docs_format`.

use super::value::{
    FieldError, FieldValue, flag, list, text, texts, to_date, to_flag, to_float, to_ids,
    to_integer, to_text, to_texts, to_vocab, vocab,
};
use super::{
    Action, Channel, Department, Emotion, Evidence, EvidenceSource, Focus, Goal, Id, IdKind, Link,
    Map, MapKind, Metric, MetricKind, Opportunity, Participant, Persona, Reading, Role, Score,
    Stage, Status, Touchpoint, Vocabulary, Wait,
};
use strum::VariantNames;

mod docs;
pub use docs::{About, markdown_tables, tables};

/// What a field takes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Input {
    /// Free text; line breaks allowed.
    Text,
    /// A list of texts, one per line.
    Lines,
    /// One word of a closed vocabulary (its spellings); `required` ones cannot be cleared.
    Choice {
        values: &'static [&'static str],
        required: bool,
    },
    /// A whole number in a range.
    Integer {
        min: i64,
        max: i64,
    },
    /// Any finite number.
    Number,
    Bool,
    Date,
    /// The id of one item of a kind.
    Reference(IdKind),
    /// Ids of items of these kinds, one per line.
    References(&'static [IdKind]),
    /// Evidence, one per line: `source: note`.
    Evidence,
    /// Readings, one per line: `YYYY-MM-DD value`.
    Readings,
    /// A department: its id (`dp-…`); in a schema-1 file, its name.
    Department,
    /// Blueprint actions, one per line: `department: text`.
    Actions,
    /// Web links, one per line: `url title`.
    Links,
    /// A wait: `15m`, `2h`, `3d`, `1w`, `1h30m`.
    Wait,
    /// Shown but never edited (an item's id).
    ReadOnly,
}

/// Stores a value in a field of a `T`, given the field's row (for its key,
/// range and vocabulary).
pub type Setter<T> = fn(&Field<T>, &mut T, Option<FieldValue>) -> Result<(), FieldError>;

/// One field of an item of type `T`.
pub struct Field<T: 'static> {
    /// The key in the file.
    pub key: &'static str,
    /// What the field takes: kind of value, range, vocabulary, references.
    pub input: Input,
    /// Whether the field identifies the item (an `id`, a team member's
    /// `name`) rather than describing it: diff and merge match items by it.
    pub identifies: bool,
    /// Whether a file must set it.
    pub required: bool,
    /// The value an item has when the file leaves the field out, if any.
    pub default: Option<&'static str>,
    /// A stable id of the label and help text, for translations (`touchpoint-emotion`).
    pub label_id: &'static str,
    /// The field's English name: the documentation's, and the English
    /// `field-<label_id>` message's (a test keeps them equal); the app
    /// shows the message.
    pub label: &'static str,
    /// One English line: what the field means, as `docs/format.md` says it;
    /// the app shows `field-<label_id>-help`.
    pub help: &'static str,
    /// The value; `None` when the field is not set.
    pub get: fn(&T) -> Option<FieldValue>,
    /// Stores a value (`None` clears); fails, changing nothing, when the field does not take it.
    pub set: Setter<T>,
}

impl<T> Field<T> {
    fn error(&self, message: impl Into<String>) -> FieldError {
        FieldError {
            field: self.key.to_owned(),
            message: message.into(),
        }
    }

    fn text(&self, value: Option<FieldValue>) -> Result<String, FieldError> {
        to_text(self.key, value)
    }

    fn texts(&self, value: Option<FieldValue>) -> Result<Vec<String>, FieldError> {
        to_texts(self.key, value)
    }

    fn flag(&self, value: Option<FieldValue>) -> Result<bool, FieldError> {
        to_flag(self.key, value)
    }

    fn ids(&self, value: Option<FieldValue>) -> Result<Vec<Id>, FieldError> {
        to_ids(self.key, value)
    }

    fn float(&self, value: Option<FieldValue>) -> Result<Option<f64>, FieldError> {
        to_float(self.key, value)
    }

    fn date(&self, value: Option<FieldValue>) -> Result<Option<super::Date>, FieldError> {
        to_date(self.key, value)
    }

    /// A whole number in the row's range.
    fn integer(&self, value: Option<FieldValue>) -> Result<Option<i64>, FieldError> {
        match self.input {
            Input::Integer { min, max } => to_integer(self.key, value, min, max),
            _ => Err(self.error(crate::t!("value-takes-no-integer"))),
        }
    }

    /// A word of the vocabulary `V`, or none.
    fn choice<V: Vocabulary>(&self, value: Option<FieldValue>) -> Result<Option<V>, FieldError> {
        to_vocab::<V>(self.key, value)
    }

    /// Like [`Field::choice`] for a field that always holds a word.
    fn chosen<V: Vocabulary>(&self, value: Option<FieldValue>) -> Result<V, FieldError> {
        self.choice::<V>(value)?.ok_or_else(|| {
            self.error(crate::t!(
                "value-must-be-one-of",
                allowed = V::names().join(", ")
            ))
        })
    }

    /// The field's one-line help in the language messages are written in
    /// now (`field-<label_id>-help`, which every row has in every language);
    /// the English help of the schema only for a row without a label id.
    /// [`Field::help`] is the English source of the documentation.
    pub fn local_help(&self) -> String {
        let id = format!("field-{}-help", self.label_id);
        if self.label_id.is_empty() || !crate::i18n::has_message(crate::i18n::Lang::En, &id) {
            return self.help.to_owned();
        }
        crate::i18n::text(crate::i18n::current(), &id, &[])
    }

    /// The range of a whole-number field.
    pub fn range(&self) -> Option<(i64, i64)> {
        match self.input {
            Input::Integer { min, max } => Some((min, max)),
            _ => None,
        }
    }
}

/// The row of `key` in `fields`.
pub fn find<T>(fields: &'static [Field<T>], key: &str) -> Option<&'static Field<T>> {
    fields.iter().find(|f| f.key == key)
}

/// The row of `key` in `fields`, found at compile time in a `const`
/// (fails to compile when there is none).
pub const fn row<T>(fields: &'static [Field<T>], key: &str) -> &'static Field<T> {
    let mut i = 0;
    while i < fields.len() {
        if same(fields[i].key.as_bytes(), key.as_bytes()) {
            return &fields[i];
        }
        i += 1;
    }
    panic!("no such field in the schema")
}

const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The spellings of a vocabulary, for a [`Input::Choice`] row.
const fn words<V: VariantNames>() -> &'static [&'static str] {
    V::VARIANTS
}

const fn choice<V: VariantNames>(required: bool) -> Input {
    Input::Choice {
        values: words::<V>(),
        required,
    }
}

fn refuse_id<T>(field: &Field<T>, _: &mut T, _: Option<FieldValue>) -> Result<(), FieldError> {
    Err(field.error(crate::t!("value-id-never-changes")))
}

/// The `id` row every item with an id starts with.
macro_rules! id_row {
    ($label_id:literal, $help:literal) => {
        Field {
            key: "id",
            input: Input::ReadOnly,
            identifies: true,
            required: true,
            default: None,
            label_id: $label_id,
            label: "Id",
            help: $help,
            get: |x| Some(FieldValue::Text(x.id.to_string())),
            set: refuse_id,
        }
    };
}

/// A row whose value is stored in the member `$member` with one of the
/// common shapes: `text` (empty is not set), `lines` (a list of texts) or
/// `flag` (false is not set).
macro_rules! row {
    (text $member:ident, $key:literal, $required:literal, $label_id:literal, $label:literal, $help:literal) => {
        Field {
            key: $key,
            input: Input::Text,
            identifies: false,
            required: $required,
            default: None,
            label_id: $label_id,
            label: $label,
            help: $help,
            get: |x| text(&x.$member),
            set: |f, x, v| {
                x.$member = f.text(v)?;
                Ok(())
            },
        }
    };
    (lines $member:ident, $key:literal, $label_id:literal, $label:literal, $help:literal) => {
        Field {
            key: $key,
            input: Input::Lines,
            identifies: false,
            required: false,
            default: None,
            label_id: $label_id,
            label: $label,
            help: $help,
            get: |x| texts(&x.$member),
            set: |f, x, v| {
                x.$member = f.texts(v)?;
                Ok(())
            },
        }
    };
    (flag $member:ident, $key:literal, $label_id:literal, $label:literal, $help:literal) => {
        Field {
            key: $key,
            input: Input::Bool,
            identifies: false,
            required: false,
            default: Some("false"),
            label_id: $label_id,
            label: $label,
            help: $help,
            get: |x| flag(x.$member),
            set: |f, x, v| {
                x.$member = f.flag(v)?;
                Ok(())
            },
        }
    };
}

/// A reference to a department (a team member's `department`, an owner).
macro_rules! department_row {
    ($member:ident, $key:literal, $label_id:literal, $label:literal, $help:literal) => {
        Field {
            key: $key,
            input: Input::Department,
            identifies: false,
            required: false,
            default: None,
            label_id: $label_id,
            label: $label,
            help: $help,
            get: |x| text(&x.$member),
            set: |f, x, v| {
                x.$member = f.text(v)?;
                Ok(())
            },
        }
    };
}

/// A list of small tables: blueprint actions or web links.
macro_rules! table_list_row {
    ($member:ident, $key:literal, $input:expr, $encode:ident, $decode:ident, $label_id:literal, $label:literal, $help:literal) => {
        Field {
            key: $key,
            input: $input,
            identifies: false,
            required: false,
            default: None,
            label_id: $label_id,
            label: $label,
            help: $help,
            get: |x| list(&x.$member, super::value::$encode),
            set: |f, x, v| {
                x.$member = super::value::$decode(f.key, v)?;
                Ok(())
            },
        }
    };
}

/// The map's top-level fields (the sections are listed in [`SECTION_KEYS`]).
pub const MAP: &[Field<Map>] = &[
    row!(text title, "title", true, "map-title", "Title",
        "what the map is about, e.g. \"Online shop – first order\""),
    Field {
        key: "kind",
        input: choice::<MapKind>(true),
        identifies: false,
        required: true,
        default: None,
        label_id: "map-kind",
        label: "Kind",
        help: "the kind of map",
        get: |m| Some(vocab(m.kind)),
        set: |f, m, v| {
            m.kind = f.chosen(v)?;
            Ok(())
        },
    },
    row!(text language, "language", false, "map-language", "Language",
        "the language of the content: a BCP 47 tag such as `pl`, `sv`, `ru`"),
    row!(text based_on, "based_on", false, "map-based-on", "Based on",
        "for a future-state map: path of the current-state map it improves, relative to this file's folder"),
    Field {
        key: "created",
        input: Input::Date,
        identifies: false,
        required: false,
        default: None,
        label_id: "map-created",
        label: "Created",
        help: "the day the map was started",
        get: |m| m.created.map(FieldValue::Date),
        set: |f, m, v| {
            m.created = f.date(v)?;
            Ok(())
        },
    },
    row!(text owner, "owner", false, "map-owner", "Owner",
        "the person who keeps the map alive after the workshop"),
    Field {
        key: "review_by",
        input: Input::Date,
        identifies: false,
        required: false,
        default: None,
        label_id: "map-review-by",
        label: "Review by",
        help: "the date of the next review",
        get: |m| m.review_by.map(FieldValue::Date),
        set: |f, m, v| {
            m.review_by = f.date(v)?;
            Ok(())
        },
    },
    row!(lines parking_lot, "parking_lot", "map-parking-lot", "Parking lot",
        "ideas raised in the workshop that belong elsewhere"),
    row!(lines shared_personas, "shared_personas", "map-shared-personas", "Shared personas",
        "personas shared by the repository's maps that this map uses: an id listed by `cjm.toml` (`pe-hannah`) or `file#id` (`../personas.toml#pe-hannah`)"),
    row!(lines shared_departments, "shared_departments", "map-shared-departments", "Shared departments",
        "departments shared by the repository's maps that this map names: an id listed by `cjm.toml` (`dp-logistics`) or `file#id` (`../departments.toml#dp-logistics`)"),
];

/// The top-level tables and lists of tables, after the map's fields, in file order.
pub const SECTION_KEYS: &[&str] = &[
    "goal",
    "personas",
    "departments",
    "team",
    "stages",
    "touchpoints",
    "opportunities",
    "metrics",
    "conflicts",
];

pub const GOAL: &[Field<Goal>] = &[
    Field {
        key: "focus",
        input: choice::<Focus>(false),
        identifies: false,
        required: false,
        default: None,
        label_id: "goal-focus",
        label: "Focus",
        help: "the kind of goal",
        get: |g| g.focus.map(vocab),
        set: |f, g, v| {
            g.focus = f.choice(v)?;
            Ok(())
        },
    },
    row!(text statement, "statement", false, "goal-statement", "Statement",
        "what the team wants to learn or change"),
    row!(text scope, "scope", false, "goal-scope", "Scope",
        "where the journey starts and ends, what is left out"),
    row!(lines success_criteria, "success_criteria", "goal-success-criteria", "Success criteria",
        "how the team will know the mapping paid off"),
];

pub const PERSONA: &[Field<Persona>] = &[
    id_row!(
        "persona-id",
        "the persona's id (`pe-…`), made from its name; never changes"
    ),
    row!(text name, "name", true, "persona-name", "Name", "e.g. \"Anna, first-time buyer\""),
    row!(flag primary, "primary", "persona-primary", "Primary",
        "the persona the journey is drawn for first; at most one"),
    row!(text segment, "segment", false, "persona-segment", "Segment",
        "the segment the persona stands for"),
    row!(text description, "description", false, "persona-description", "Description",
        "the persona's profile (multi-line text is fine)"),
    row!(text demographics, "demographics", false, "persona-demographics", "Demographics",
        "age, place, work, household: what matters for the journey"),
    row!(text behaviours, "behaviours", false, "persona-behaviours", "Behaviours",
        "how the persona usually acts: habits, channels, routines"),
    row!(text motivations, "motivations", false, "persona-motivations", "Motivations",
        "what drives the persona"),
    row!(text needs, "needs", false, "persona-needs", "Needs",
        "what the persona needs from the company"),
    row!(text frustrations, "frustrations", false, "persona-frustrations", "Frustrations",
        "what annoys the persona today"),
    row!(lines jobs_to_be_done, "jobs_to_be_done", "persona-jobs-to-be-done", "Jobs to be done",
        "what the customer is trying to get done"),
    row!(text quote, "quote", false, "persona-quote", "Quote",
        "something such a customer said"),
    row!(lines says, "says", "persona-says", "Says",
        "empathy map: what the persona says out loud, in their words"),
    row!(lines thinks, "thinks", "persona-thinks", "Thinks",
        "empathy map: what the persona thinks but may not say"),
    row!(lines does, "does", "persona-does", "Does",
        "empathy map: what the persona does, as others can see it"),
    row!(lines feels, "feels", "persona-feels", "Feels",
        "empathy map: what the persona feels: worries, hopes, fears"),
];

pub const PARTICIPANT: &[Field<Participant>] = &[
    Field {
        key: "id",
        input: Input::ReadOnly,
        identifies: true,
        required: false,
        default: None,
        label_id: "team-id",
        label: "Id",
        help: "the member's id (`tm-…`), made from the name when the member is added; \
               never changes, so a rename merges; older files' members have none",
        get: |p| p.id.as_ref().map(|id| FieldValue::Text(id.to_string())),
        set: refuse_id,
    },
    Field {
        key: "name",
        input: Input::Text,
        identifies: true,
        required: true,
        default: None,
        label_id: "team-name",
        label: "Name",
        help: "the person's name",
        get: |p| Some(FieldValue::Text(p.name.clone())),
        set: |f, p, v| match v {
            Some(FieldValue::Text(name)) if !name.trim().is_empty() => {
                p.name = name;
                Ok(())
            }
            _ => Err(f.error(crate::t!("value-must-not-be-empty"))),
        },
    },
    department_row!(
        department,
        "department",
        "team-department",
        "Department",
        "the person's department: its id in `[[departments]]` (a schema-1 file: its name)"
    ),
    Field {
        key: "role",
        input: choice::<Role>(true),
        identifies: false,
        required: false,
        default: Some("participant"),
        label_id: "team-role",
        label: "Role",
        help: "the part the person plays in the workshop",
        get: |p| Some(vocab(p.role)),
        set: |f, p, v| {
            p.role = f.chosen(v)?;
            Ok(())
        },
    },
];

pub const DEPARTMENT: &[Field<Department>] = &[
    id_row!(
        "department-id",
        "the department's id (`dp-…`), made from its name; never changes"
    ),
    row!(text name, "name", true, "department-name", "Name",
        "e.g. \"Customer service\""),
    row!(text short_name, "short_name", false, "department-short-name", "Short name",
        "a short form for narrow columns, e.g. \"CS\""),
    row!(lines aliases, "aliases", "department-aliases", "Aliases",
        "other names that mean this department (old spellings, a team's name)"),
];

pub const STAGE: &[Field<Stage>] = &[
    id_row!(
        "stage-id",
        "the stage's id (`st-…`), made from its name; never changes"
    ),
    row!(text name, "name", true, "stage-name", "Name", "the phase, e.g. \"Purchase\""),
    row!(text customer_goal, "customer_goal", false, "stage-customer-goal", "Customer goal",
        "what the customer wants to achieve in this stage"),
    row!(text description, "description", false, "stage-description", "Description",
        "what happens in this stage"),
];

pub const TOUCHPOINT: &[Field<Touchpoint>] = &[
    id_row!(
        "touchpoint-id",
        "the touchpoint's id (`tp-…`), made from its name; never changes"
    ),
    Field {
        key: "stage",
        input: Input::Reference(IdKind::Stage),
        identifies: false,
        required: true,
        default: None,
        label_id: "touchpoint-stage",
        label: "Stage",
        help: "the stage it belongs to; touchpoints of a stage keep the map's order",
        get: |t| text(t.stage.as_str()),
        set: |f, t, v| {
            t.stage = Id::new(f.text(v)?);
            Ok(())
        },
    },
    row!(text name, "name", true, "touchpoint-name", "Name",
        "the contact, e.g. \"Checkout\""),
    Field {
        key: "channel",
        input: choice::<Channel>(false),
        identifies: false,
        required: false,
        default: None,
        label_id: "touchpoint-channel",
        label: "Channel",
        help: "how the customer and the company meet",
        get: |t| t.channel.map(vocab),
        set: |f, t, v| {
            t.channel = f.choice(v)?;
            Ok(())
        },
    },
    department_row!(
        owner,
        "owner",
        "touchpoint-owner",
        "Owner",
        "the department that touches the customer here: its id (a schema-1 file: its name)"
    ),
    Field {
        key: "personas",
        input: Input::References(&[IdKind::Persona]),
        identifies: false,
        required: false,
        default: None,
        label_id: "touchpoint-personas",
        label: "Personas",
        help: "whom it concerns; empty means every persona",
        get: |t| texts(&t.personas),
        set: |f, t, v| {
            t.personas = f.ids(v)?;
            Ok(())
        },
    },
    row!(text doing, "doing", false, "touchpoint-doing", "Doing",
        "what the customer does here"),
    row!(text thinking, "thinking", false, "touchpoint-thinking", "Thinking",
        "what the customer thinks here"),
    row!(text feeling, "feeling", false, "touchpoint-feeling", "Feeling",
        "what the customer feels here"),
    Field {
        key: "emotion",
        input: Input::Integer {
            min: Emotion::MIN,
            max: Emotion::MAX,
        },
        identifies: false,
        required: false,
        default: None,
        label_id: "touchpoint-emotion",
        label: "Emotion",
        help: "-2 very negative, -1 negative, 0 neutral, 1 positive, 2 very positive; leave it out when not rated yet",
        get: |t| t.emotion.map(|e| FieldValue::Integer(e.get().into())),
        set: |f, t, v| {
            t.emotion = f.integer(v)?.and_then(Emotion::new);
            Ok(())
        },
    },
    row!(lines pain_points, "pain_points", "touchpoint-pain-points", "Pain points",
        "what hurts"),
    row!(flag moment_of_truth, "moment_of_truth", "touchpoint-moment-of-truth", "Moment of truth",
        "a moment that decides whether the customer stays"),
    Field {
        key: "evidence",
        input: Input::Evidence,
        identifies: false,
        required: false,
        default: None,
        label_id: "touchpoint-evidence",
        label: "Evidence",
        help: "what the findings rest on (see `evidence` below)",
        get: |t| list(&t.evidence, super::value::evidence_value),
        set: |f, t, v| {
            t.evidence = super::value::to_evidence(f.key, v)?;
            Ok(())
        },
    },
    table_list_row!(
        frontstage,
        "frontstage",
        Input::Actions,
        action_value,
        to_actions,
        "touchpoint-frontstage",
        "Frontstage",
        "blueprint: what employees do in front of the customer (see `actions` below)"
    ),
    table_list_row!(
        backstage,
        "backstage",
        Input::Actions,
        action_value,
        to_actions,
        "touchpoint-backstage",
        "Backstage",
        "blueprint: what employees do out of the customer's sight (see `actions` below)"
    ),
    table_list_row!(
        support,
        "support",
        Input::Actions,
        action_value,
        to_actions,
        "touchpoint-support",
        "Support",
        "blueprint: the systems and processes behind it (see `actions` below)"
    ),
    row!(text fail_point, "fail_point", false, "touchpoint-fail-point", "Fail point",
        "blueprint: what goes wrong here"),
    Field {
        key: "wait",
        input: Input::Wait,
        identifies: false,
        required: false,
        default: None,
        label_id: "touchpoint-wait",
        label: "Wait",
        help: "blueprint: how long the customer waits here: `15m`, `2h`, `3d`, `1w` or a sum such as `1h30m`",
        get: |t| t.wait.map(|w| FieldValue::Text(w.to_string())),
        set: |f, t, v| {
            t.wait = match f.text(v)? {
                w if w.trim().is_empty() => None,
                w => Some(Wait::parse(&w).map_err(|e| f.error(e.to_string()))?),
            };
            Ok(())
        },
    },
    table_list_row!(
        web_links,
        "web_links",
        Input::Links,
        link_value,
        to_links,
        "touchpoint-web-links",
        "Web links",
        "web addresses about it: a recording, a dashboard (see `web_links` below)"
    ),
];

pub const EVIDENCE: &[Field<Evidence>] = &[
    Field {
        key: "source",
        input: choice::<EvidenceSource>(true),
        identifies: false,
        required: true,
        default: None,
        label_id: "evidence-source",
        label: "Source",
        help: "where the finding comes from",
        get: |e| Some(vocab(e.source)),
        set: |f, e, v| {
            e.source = f.chosen(v)?;
            Ok(())
        },
    },
    row!(text note, "note", false, "evidence-note", "Note",
        "what was found, e.g. \"38% drop-off at the delivery step, Q1\""),
    row!(text url, "url", false, "evidence-url", "Address",
        "where to read more: the interview notes, the dashboard, the recording (`https://…`)"),
];

/// An element of a blueprint lane (`frontstage`, `backstage`, `support`).
pub const ACTION: &[Field<Action>] = &[
    row!(text text, "text", true, "action-text", "Action",
        "what is done, e.g. \"Nurse checks the referral\""),
    department_row!(
        department,
        "department",
        "action-department",
        "Department",
        "the department that does it: its id"
    ),
];

/// An element of `web_links`.
pub const LINK: &[Field<Link>] = &[
    row!(text title, "title", false, "link-title", "Title",
        "what the address leads to, e.g. \"Ticket CX-112\""),
    row!(text url, "url", true, "link-url", "Address",
        "the address, with its scheme: `https://…`, `mailto:…`"),
];

/// What an impact or effort rating means.
const SCALE: &str = "1 is low, 5 is high";

pub const OPPORTUNITY: &[Field<Opportunity>] = &[
    id_row!(
        "opportunity-id",
        "the opportunity's id (`op-…`), made from its title; never changes"
    ),
    row!(text title, "title", true, "opportunity-title", "Title", "the change, in a few words"),
    row!(text description, "description", false, "opportunity-description", "Description",
        "the change in a few sentences"),
    Field {
        key: "touchpoints",
        input: Input::References(&[IdKind::Touchpoint]),
        identifies: false,
        required: false,
        default: None,
        label_id: "opportunity-touchpoints",
        label: "Touchpoints",
        help: "the touchpoints it improves",
        get: |o| texts(&o.touchpoints),
        set: |f, o, v| {
            o.touchpoints = f.ids(v)?;
            Ok(())
        },
    },
    Field {
        key: "stage",
        input: Input::Reference(IdKind::Stage),
        identifies: false,
        required: false,
        default: None,
        label_id: "opportunity-stage",
        label: "Stage",
        help: "the stage it improves, when it is not about single touchpoints",
        get: |o| o.stage.as_ref().map(|s| FieldValue::Text(s.to_string())),
        set: |f, o, v| {
            o.stage = match v {
                None => None,
                v => Some(Id::new(f.text(v)?)),
            };
            Ok(())
        },
    },
    Field {
        key: "impact",
        input: Input::Integer {
            min: Score::MIN,
            max: Score::MAX,
        },
        identifies: false,
        required: false,
        default: None,
        label_id: "opportunity-impact",
        label: "Impact",
        help: SCALE,
        get: |o| o.impact.map(|s| FieldValue::Integer(s.get().into())),
        set: |f, o, v| {
            o.impact = f.integer(v)?.and_then(Score::new);
            Ok(())
        },
    },
    Field {
        key: "effort",
        input: Input::Integer {
            min: Score::MIN,
            max: Score::MAX,
        },
        identifies: false,
        required: false,
        default: None,
        label_id: "opportunity-effort",
        label: "Effort",
        help: SCALE,
        get: |o| o.effort.map(|s| FieldValue::Integer(s.get().into())),
        set: |f, o, v| {
            o.effort = f.integer(v)?.and_then(Score::new);
            Ok(())
        },
    },
    Field {
        key: "votes",
        input: Input::Integer {
            min: 0,
            max: u32::MAX as i64,
        },
        identifies: false,
        required: false,
        default: Some("0"),
        label_id: "opportunity-votes",
        label: "Votes",
        help: "votes count the team's dots; 0 or more",
        get: |o| Some(FieldValue::Integer(o.votes.into())),
        set: |f, o, v| {
            o.votes = f
                .integer(v)?
                .and_then(|n| u32::try_from(n).ok())
                .unwrap_or(0);
            Ok(())
        },
    },
    department_row!(
        owner,
        "owner",
        "opportunity-owner",
        "Owner",
        "the department that carries it out: its id (a schema-1 file: its name)"
    ),
    Field {
        key: "status",
        input: choice::<Status>(true),
        identifies: false,
        required: false,
        default: Some("idea"),
        label_id: "opportunity-status",
        label: "Status",
        help: "how far the change has come",
        get: |o| Some(vocab(o.status)),
        set: |f, o, v| {
            o.status = f.chosen(v)?;
            Ok(())
        },
    },
    table_list_row!(
        web_links,
        "web_links",
        Input::Links,
        link_value,
        to_links,
        "opportunity-web-links",
        "Web links",
        "web addresses about it: the ticket that delivers it (see `web_links` below)"
    ),
    row!(text issue, "issue", false, "opportunity-issue", "Issue",
        "the address of its issue in the tracker; `cjm issues push` records it"),
    row!(text issue_state, "issue_state", false, "opportunity-issue-state", "Issue state",
        "the tracker's state of the issue (open, closed); `cjm issues pull` records it"),
];

pub const METRIC: &[Field<Metric>] = &[
    id_row!(
        "metric-id",
        "the metric's id (`me-…`), made from its name; never changes"
    ),
    row!(text name, "name", true, "metric-name", "Name", "e.g. \"NPS after delivery\""),
    Field {
        key: "kind",
        input: choice::<MetricKind>(true),
        identifies: false,
        required: true,
        default: None,
        label_id: "metric-kind",
        label: "Kind",
        help: "the kind of measure",
        get: |m| Some(vocab(m.kind)),
        set: |f, m, v| {
            m.kind = f.chosen(v)?;
            Ok(())
        },
    },
    row!(text measures, "measures", false, "metric-measures", "Measures",
        "what exactly is measured"),
    Field {
        key: "links",
        input: Input::References(&[IdKind::Stage, IdKind::Touchpoint, IdKind::Opportunity]),
        identifies: false,
        required: false,
        default: None,
        label_id: "metric-links",
        label: "Links",
        help: "the stages, touchpoints or opportunities it measures",
        get: |m| texts(&m.links),
        set: |f, m, v| {
            m.links = f.ids(v)?;
            Ok(())
        },
    },
    row!(text unit, "unit", false, "metric-unit", "Unit", "`%`, `points`, `minutes`…"),
    row!(text source, "source", false, "metric-source", "Source",
        "where the numbers come from (survey tool, analytics, CRM…)"),
    Field {
        key: "baseline",
        input: Input::Number,
        identifies: false,
        required: false,
        default: None,
        label_id: "metric-baseline",
        label: "Baseline",
        help: "where we start",
        get: |m| m.baseline.map(FieldValue::Float),
        set: |f, m, v| {
            m.baseline = f.float(v)?;
            Ok(())
        },
    },
    Field {
        key: "target",
        input: Input::Number,
        identifies: false,
        required: false,
        default: None,
        label_id: "metric-target",
        label: "Target",
        help: "where we want to be",
        get: |m| m.target.map(FieldValue::Float),
        set: |f, m, v| {
            m.target = f.float(v)?;
            Ok(())
        },
    },
    Field {
        key: "readings",
        input: Input::Readings,
        identifies: false,
        required: false,
        default: None,
        label_id: "metric-readings",
        label: "Readings",
        help: "measurements over time, oldest first (see `readings` below)",
        get: |m| list(&m.readings, super::value::reading_value),
        set: |f, m, v| {
            m.readings = super::value::to_readings(f.key, v)?;
            Ok(())
        },
    },
    table_list_row!(
        web_links,
        "web_links",
        Input::Links,
        link_value,
        to_links,
        "metric-web-links",
        "Web links",
        "web addresses about it: the dashboard it comes from (see `web_links` below)"
    ),
];

pub const READING: &[Field<Reading>] = &[
    Field {
        key: "date",
        input: Input::Date,
        identifies: false,
        required: true,
        default: None,
        label_id: "reading-date",
        label: "Date",
        help: "the day of the measurement",
        get: |r| Some(FieldValue::Date(r.date)),
        set: |f, r, v| {
            r.date = f
                .date(v)?
                .ok_or_else(|| f.error(crate::t!("value-must-be-set")))?;
            Ok(())
        },
    },
    Field {
        key: "value",
        input: Input::Number,
        identifies: false,
        required: true,
        default: None,
        label_id: "reading-value",
        label: "Value",
        help: "the measured value",
        get: |r| Some(FieldValue::Float(r.value)),
        set: |f, r, v| {
            r.value = f
                .float(v)?
                .ok_or_else(|| f.error(crate::t!("value-must-be-set")))?;
            Ok(())
        },
    },
];

/// The keys of an unresolved merge conflict (see [`crate::model::Conflict`]),
/// written by `cjm merge` and never edited in a form.
pub const CONFLICT_KEYS: &[&str] = &["item", "field", "kind", "ours", "theirs"];

// ---------------------------------------------------------------------------
// Key lists, computed from the tables at compile time.

/// How many rows of `fields` describe the item (do not identify it).
const fn count_values<T>(fields: &[Field<T>]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < fields.len() {
        if !fields[i].identifies {
            n += 1;
        }
        i += 1;
    }
    n
}

/// The keys of `fields`, all of them or only those that describe the item.
const fn keys<T, const N: usize>(fields: &[Field<T>], values_only: bool) -> [&'static str; N] {
    let mut out = [""; N];
    let (mut i, mut n) = (0, 0);
    while i < fields.len() {
        if !(values_only && fields[i].identifies) {
            out[n] = fields[i].key;
            n += 1;
        }
        i += 1;
    }
    out
}

const fn concat<const N: usize>(parts: &[&[&'static str]]) -> [&'static str; N] {
    let mut out = [""; N];
    let (mut p, mut n) = (0, 0);
    while p < parts.len() {
        let mut i = 0;
        while i < parts[p].len() {
            out[n] = parts[p][i];
            n += 1;
            i += 1;
        }
        p += 1;
    }
    out
}

/// Top-level keys, in the order they are written.
pub const ROOT_KEYS: &[&str] =
    &concat::<{ 1 + MAP.len() + SECTION_KEYS.len() }>(&[&["schema"], MAP_KEYS, SECTION_KEYS]);
pub const MAP_KEYS: &[&str] = &keys::<Map, { MAP.len() }>(MAP, false);
pub const GOAL_KEYS: &[&str] = &keys::<Goal, { GOAL.len() }>(GOAL, false);
pub const PERSONA_KEYS: &[&str] = &keys::<Persona, { PERSONA.len() }>(PERSONA, false);
pub const PARTICIPANT_KEYS: &[&str] =
    &keys::<Participant, { PARTICIPANT.len() }>(PARTICIPANT, false);
pub const DEPARTMENT_KEYS: &[&str] = &keys::<Department, { DEPARTMENT.len() }>(DEPARTMENT, false);
pub const STAGE_KEYS: &[&str] = &keys::<Stage, { STAGE.len() }>(STAGE, false);
pub const TOUCHPOINT_KEYS: &[&str] = &keys::<Touchpoint, { TOUCHPOINT.len() }>(TOUCHPOINT, false);
pub const EVIDENCE_KEYS: &[&str] = &keys::<Evidence, { EVIDENCE.len() }>(EVIDENCE, false);
pub const OPPORTUNITY_KEYS: &[&str] =
    &keys::<Opportunity, { OPPORTUNITY.len() }>(OPPORTUNITY, false);
pub const METRIC_KEYS: &[&str] = &keys::<Metric, { METRIC.len() }>(METRIC, false);
pub const READING_KEYS: &[&str] = &keys::<Reading, { READING.len() }>(READING, false);
pub const ACTION_KEYS: &[&str] = &keys::<Action, { ACTION.len() }>(ACTION, false);
pub const LINK_KEYS: &[&str] = &keys::<Link, { LINK.len() }>(LINK, false);

/// The keys [`super::Fields`] reads and writes: those that describe an item.
pub(crate) mod values {
    use super::*;
    pub const MAP: &[&str] = &keys::<Map, { count_values(super::MAP) }>(super::MAP, true);
    pub const GOAL: &[&str] = &keys::<Goal, { count_values(super::GOAL) }>(super::GOAL, true);
    pub const PERSONA: &[&str] =
        &keys::<Persona, { count_values(super::PERSONA) }>(super::PERSONA, true);
    pub const PARTICIPANT: &[&str] =
        &keys::<Participant, { count_values(super::PARTICIPANT) }>(super::PARTICIPANT, true);
    pub const DEPARTMENT: &[&str] =
        &keys::<Department, { count_values(super::DEPARTMENT) }>(super::DEPARTMENT, true);
    pub const STAGE: &[&str] = &keys::<Stage, { count_values(super::STAGE) }>(super::STAGE, true);
    pub const TOUCHPOINT: &[&str] =
        &keys::<Touchpoint, { count_values(super::TOUCHPOINT) }>(super::TOUCHPOINT, true);
    pub const OPPORTUNITY: &[&str] =
        &keys::<Opportunity, { count_values(super::OPPORTUNITY) }>(super::OPPORTUNITY, true);
    pub const METRIC: &[&str] =
        &keys::<Metric, { count_values(super::METRIC) }>(super::METRIC, true);
}
