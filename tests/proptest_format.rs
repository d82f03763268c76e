//! Property tests of the file format's guarantees: every valid map survives
//! `to_toml` → `parse` unchanged, formatting is idempotent, and `parse` never
//! panics, whatever text it is given.
//!
//! The map generator fills every field of every kind of item (merge
//! conflicts aside), optional ones included, with hostile text: Polish,
//! Russian and Swedish letters, emoji, CJK, quotes and triple quotes,
//! backslashes, tabs, control characters, leading and trailing blanks and
//! line breaks. Ids are valid and unique, references point at existing
//! items, and comments are attached to items and fields the way the reader
//! attaches them.
//!
//! Schema 2 is generated too: departments with short names and aliases,
//! blueprint lanes (frontstage, backstage, support) whose actions name a
//! department, fail points, waits, web links and evidence addresses. A map
//! with departments refers to them by id; one without keeps department
//! references as free text, as schema 1 does.

use std::collections::HashSet;

use cjm::format::{LoadError, LoadErrorKind, parse, to_toml};
use cjm::model::schema;
use cjm::model::{
    Action, Channel, Comments, Date, Department, Emotion, Evidence, EvidenceSource, Focus, Goal,
    Id, Link, Map, MapKind, Metric, MetricKind, Opportunity, Participant, Persona, Reading, Role,
    Score, Stage, Status, Touchpoint, Vocabulary, Wait, url_problem, validate,
};
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::{Index, select};
use serde::Serialize;

/// Snippets that stress the string encoder and the reader.
const TRICKY: &[&str] = &[
    "Zażółć gęślą jaźń",
    "ŁÓDŹ",
    "Съешь же ещё этих мягких французских булок",
    "Ёж",
    "Smörgåsbord på Åland",
    "🎉",
    "👩‍👩‍👧‍👦",
    "🇵🇱",
    "顧客の旅",
    "客户旅程",
    "고객 여정",
    "\"",
    "'",
    "\"\"\"",
    "'''",
    "\"\"\"\"\"",
    "''''''",
    "\\",
    "\\n",
    "\\u0041",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    "\u{1b}[31m",
    "\u{7f}",
    "\u{0}",
    "\u{8}",
    "\u{85}",
    "\u{a0}",
    "\u{200b}",
    "\u{2028}",
    "\u{feff}",
    "\u{ffff}",
    " ",
    "   ",
    "#",
    "# not a comment",
    "[[touchpoints]]",
    "key = \"value\"",
    "e\u{301}",
];

/// Snippets for comments: anything but line breaks and control characters.
const COMMENT_TRICKY: &[&str] = &[
    " ",
    "\t",
    "#",
    "\"\"\"",
    "'''",
    "\\",
    "Zażółć",
    "Ёж",
    "Åland",
    "🎉",
    "顧客",
    "[[touchpoints]]",
    "emotion = 2",
    "\u{a0}",
    "\u{2028}",
];

/// Any text, often hostile.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => select(TRICKY).prop_map(str::to_owned),
        3 => "[a-zA-Z0-9 .,-]{1,10}",
        2 => any::<char>().prop_map(String::from),
    ];
    vec(piece, 0..6).prop_map(|pieces| pieces.concat())
}

/// A text that is not blank, as names and titles must be.
fn name() -> impl Strategy<Value = String> {
    text().prop_map(|s| {
        if s.trim().is_empty() {
            format!("{s}Name")
        } else {
            s
        }
    })
}

/// A comment line as the reader keeps it: `#`, no control characters
/// (TOML allows only tab), no blanks at the end.
fn comment() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        2 => select(COMMENT_TRICKY).prop_map(str::to_owned),
        2 => "[a-zA-Z0-9 ]{1,10}",
        1 => any::<char>()
            .prop_filter("TOML comments hold no control characters", |c| {
                !c.is_control()
            })
            .prop_map(String::from),
    ];
    vec(piece, 0..5).prop_map(|pieces| format!("#{}", pieces.concat()).trim_end().to_owned())
}

/// A valid id; uniqueness is ensured when the map is assembled.
fn id() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}",
        "(pe|st|tp|op|me|dp)-[a-z]{1,8}",
    ]
}

/// Pieces of the path of a web address: letters of many scripts, quotes,
/// backslashes and the characters that end a TOML string.
const URL_TRICKY: &[&str] = &[
    "Zażółć",
    "Ёж",
    "Åland",
    "🎉",
    "顧客",
    "\"",
    "'",
    "\"\"\"",
    "\\",
    "#frag",
    "?q=1&r=2",
    "%20",
    "[]",
    "{}",
    "=,",
    "\u{200b}",
];

/// A valid web address (see [`url_problem`]): web addresses with a host
/// and a path of hostile pieces, mail addresses and other schemes.
fn url() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        2 => select(URL_TRICKY).prop_map(str::to_owned),
        3 => "[a-zA-Z0-9._~%-]{1,8}",
    ];
    let path = vec(piece.clone(), 0..4).prop_map(|p| p.join("/"));
    prop_oneof![
        3 => (
            "(https?|ftp|HTTPS)",
            "[a-z0-9]{1,8}(\\.[a-z0-9]{1,8}){0,2}(:[0-9]{2,4})?",
            path,
        )
            .prop_map(|(scheme, host, path)| format!("{scheme}://{host}/{path}")),
        1 => "mailto:[a-z]{1,6}@[a-z]{1,6}\\.(com|pl|se|ru)",
        1 => ("[a-z][a-z0-9+.-]{0,6}", vec(piece, 1..3))
            .prop_map(|(scheme, rest)| format!("{scheme}:{}", rest.concat())),
    ]
    .prop_filter("a valid web address", |url| url_problem(url).is_none())
}

/// A web link: a title (often none) and an address.
fn link() -> impl Strategy<Value = Link> {
    (prop_oneof![1 => Just(String::new()), 2 => text()], url())
        .prop_map(|(title, url)| Link { title, url })
}

fn links() -> impl Strategy<Value = Vec<Link>> {
    vec(link(), 0..3)
}

/// A wait: short ones as workshops write them, and any number of minutes.
fn wait() -> impl Strategy<Value = Wait> {
    prop_oneof![
        3 => 0u64..(60 * 24 * 14),
        1 => any::<u64>(),
    ]
    .prop_map(Wait::from_minutes)
}

/// A department reference before the map's departments are known: which
/// department (by index), or the free text a map without departments holds.
#[derive(Clone, Debug)]
struct RawDepartmentRef {
    department: Option<Index>,
    free_text: String,
}

fn department_ref() -> impl Strategy<Value = RawDepartmentRef> {
    (option::of(any::<Index>()), text()).prop_map(|(department, free_text)| RawDepartmentRef {
        department,
        free_text,
    })
}

/// An action of a blueprint lane whose department is still a raw reference.
fn actions() -> impl Strategy<Value = Vec<(String, RawDepartmentRef)>> {
    prop_oneof![
        1 => Just(Vec::new()),
        1 => vec((name(), department_ref()), 1..3),
    ]
}

fn texts() -> impl Strategy<Value = Vec<String>> {
    vec(text(), 0..4)
}

fn date() -> impl Strategy<Value = Date> {
    prop_oneof![
        3 => (1990i16..=2100, 1i8..=12, 1i8..=31),
        1 => (0i16..=9999, 1i8..=12, 1i8..=31),
    ]
    .prop_filter_map("a day of the calendar", |(year, month, day)| {
        let days = Date::new(year, month, 1).ok()?.days_in_month();
        Date::new(year, month, day.min(days)).ok()
    })
}

/// A finite number: whole, fractional, negative, huge and tiny.
fn number() -> impl Strategy<Value = f64> {
    use proptest::num::f64 as float;
    prop_oneof![
        (-1000i64..=1000).prop_map(|n| n as f64),
        (-100_000i64..=100_000).prop_map(|n| n as f64 / 100.0),
        float::NORMAL | float::SUBNORMAL | float::ZERO | float::NEGATIVE | float::POSITIVE,
        select(
            &[
                0.1,
                -0.0,
                1e15,
                -1e15,
                999_999_999_999_999.0,
                9_007_199_254_740_992.0,
                9_007_199_254_740_993.0,
                1e300,
                -1.5e-300,
                f64::MAX,
                f64::MIN,
                f64::MIN_POSITIVE,
                f64::EPSILON,
            ][..]
        ),
    ]
    .prop_filter("finite", |n: &f64| n.is_finite())
}

fn vocab<V: Vocabulary + std::fmt::Debug>() -> impl Strategy<Value = V> {
    select(V::all())
}

/// Comments to attach to one item: above its header, and above or beside
/// some of its fields (picked by index once the fields are known).
#[derive(Clone, Debug)]
struct CommentPlan {
    above: Vec<String>,
    fields: Vec<(Index, Vec<String>, Option<String>)>,
}

fn comment_plan() -> impl Strategy<Value = CommentPlan> {
    let field = (any::<Index>(), vec(comment(), 0..3), option::of(comment()));
    prop_oneof![
        // Most items carry no comment, as in real maps.
        2 => Just(CommentPlan { above: Vec::new(), fields: Vec::new() }),
        1 => (vec(comment(), 0..3), vec(field, 0..4))
            .prop_map(|(above, fields)| CommentPlan { above, fields }),
    ]
}

prop_compose! {
    fn persona()(
        id in id(),
        name in name(),
        texts in proptest::array::uniform8(text()),
        jobs in texts(),
        empathy in proptest::array::uniform4(texts()),
        plan in comment_plan(),
    ) -> (Persona, CommentPlan) {
        let [says, thinks, does, feels] = empathy;
        let [segment, description, demographics, behaviours, motivations, needs, frustrations, quote] = texts;
        let persona = Persona {
            id: Id::new(id),
            name,
            primary: false,
            segment,
            description,
            demographics,
            behaviours,
            motivations,
            needs,
            frustrations,
            jobs_to_be_done: jobs,
            quote,
            says,
            thinks,
            does,
            feels,
            comments: Comments::default(),
        };
        (persona, plan)
    }
}

prop_compose! {
    fn department()(
        id in id(),
        name in name(),
        short_name in prop_oneof![1 => Just(String::new()), 1 => text()],
        aliases in texts(),
        plan in comment_plan(),
    ) -> (Department, CommentPlan) {
        let department = Department {
            id: Id::new(id),
            name,
            short_name,
            aliases,
            comments: Comments::default(),
        };
        (department, plan)
    }
}

prop_compose! {
    fn participant()(
        name in name(),
        department in department_ref(),
        role in vocab::<Role>(),
        plan in comment_plan(),
    ) -> (Participant, RawDepartmentRef, CommentPlan) {
        let mut p = Participant::new(name);
        p.role = role;
        (p, department, plan)
    }
}

prop_compose! {
    fn stage()(
        id in id(),
        name in name(),
        customer_goal in text(),
        description in text(),
        plan in comment_plan(),
    ) -> (Stage, CommentPlan) {
        let stage = Stage { id: Id::new(id), name, customer_goal, description, comments: Comments::default() };
        (stage, plan)
    }
}

/// A touchpoint whose stage and personas are still indexes.
#[derive(Clone, Debug)]
struct RawTouchpoint {
    touchpoint: Touchpoint,
    stage: Index,
    personas: Vec<Index>,
    owner: RawDepartmentRef,
    /// Frontstage, backstage and support actions.
    lanes: [Vec<(String, RawDepartmentRef)>; 3],
    plan: CommentPlan,
}

prop_compose! {
    fn touchpoint()(
        id in id(),
        stage in any::<Index>(),
        name in name(),
        channel in option::of(vocab::<Channel>()),
        owner in department_ref(),
        [doing, thinking, feeling, fail_point] in proptest::array::uniform4(text()),
        personas in vec(any::<Index>(), 0..3),
        emotion in option::of(Emotion::MIN..=Emotion::MAX),
        pain_points in texts(),
        moment_of_truth in any::<bool>(),
        evidence in vec(
            (vocab::<EvidenceSource>(), text(), prop_oneof![1 => Just(String::new()), 1 => url()]),
            0..3,
        ),
        lanes in proptest::array::uniform3(actions()),
        wait in option::of(wait()),
        web_links in links(),
        plan in comment_plan(),
    ) -> RawTouchpoint {
        let touchpoint = Touchpoint {
            id: Id::new(id),
            name,
            channel,
            doing,
            thinking,
            feeling,
            emotion: emotion.and_then(Emotion::new),
            pain_points,
            moment_of_truth,
            evidence: evidence.into_iter().map(|(source, note, url)| Evidence { source, note, url }).collect(),
            fail_point,
            wait,
            web_links,
            ..Touchpoint::default()
        };
        RawTouchpoint { touchpoint, stage, personas, owner, lanes, plan }
    }
}

/// An opportunity whose touchpoints and stage are still indexes.
#[derive(Clone, Debug)]
struct RawOpportunity {
    opportunity: Opportunity,
    touchpoints: Vec<Index>,
    stage: Option<Index>,
    owner: RawDepartmentRef,
    plan: CommentPlan,
}

prop_compose! {
    fn opportunity()(
        id in id(),
        title in name(),
        description in text(),
        touchpoints in vec(any::<Index>(), 0..3),
        stage in option::of(any::<Index>()),
        impact in option::of(Score::MIN..=Score::MAX),
        effort in option::of(Score::MIN..=Score::MAX),
        votes in prop_oneof![0u32..10, any::<u32>()],
        owner in department_ref(),
        status in vocab::<Status>(),
        web_links in links(),
        plan in comment_plan(),
    ) -> RawOpportunity {
        let mut o = Opportunity::new(Id::new(id), title);
        o.description = description;
        o.impact = impact.and_then(Score::new);
        o.effort = effort.and_then(Score::new);
        o.votes = votes;
        o.status = status;
        o.web_links = web_links;
        RawOpportunity { opportunity: o, touchpoints, stage, owner, plan }
    }
}

/// A metric whose links are still indexes.
#[derive(Clone, Debug)]
struct RawMetric {
    metric: Metric,
    links: Vec<Index>,
    plan: CommentPlan,
}

prop_compose! {
    fn metric()(
        id in id(),
        name in name(),
        kind in vocab::<MetricKind>(),
        [measures, unit, source] in proptest::array::uniform3(text()),
        links in vec(any::<Index>(), 0..3),
        baseline in option::of(number()),
        target in option::of(number()),
        readings in vec((date(), number()), 0..4),
        web_links in links(),
        plan in comment_plan(),
    ) -> RawMetric {
        let mut m = Metric::new(Id::new(id), name, kind);
        m.measures = measures;
        m.unit = unit;
        m.source = source;
        m.baseline = baseline;
        m.target = target;
        m.readings = readings.into_iter().map(|(date, value)| Reading { date, value }).collect();
        m.web_links = web_links;
        RawMetric { metric: m, links, plan }
    }
}

/// Everything of a map before ids are made unique and references resolved.
#[derive(Clone, Debug)]
struct RawMap {
    map: Map,
    root_plan: CommentPlan,
    goal_plan: CommentPlan,
    primary: Option<Index>,
    personas: Vec<(Persona, CommentPlan)>,
    departments: Vec<(Department, CommentPlan)>,
    team: Vec<(Participant, RawDepartmentRef, CommentPlan)>,
    stages: Vec<(Stage, CommentPlan)>,
    touchpoints: Vec<RawTouchpoint>,
    opportunities: Vec<RawOpportunity>,
    metrics: Vec<RawMetric>,
    trailing_comments: Vec<String>,
}

prop_compose! {
    fn root()(
        schema in 1i64..=2,
        title in name(),
        kind in vocab::<MapKind>(),
        [language, based_on, owner] in proptest::array::uniform3(text()),
        created in option::of(date()),
        review_by in option::of(date()),
        parking_lot in texts(),
        focus in option::of(vocab::<Focus>()),
        [statement, scope] in proptest::array::uniform2(text()),
        success_criteria in texts(),
    ) -> Map {
        let mut map = Map::new(title, kind);
        map.schema = schema;
        map.language = language;
        map.based_on = based_on;
        map.created = created;
        map.owner = owner;
        map.review_by = review_by;
        map.parking_lot = parking_lot;
        map.goal = Goal { focus, statement, scope, success_criteria, comments: Comments::default() };
        map
    }
}

prop_compose! {
    fn raw_map()(
        map in root(),
        root_plan in comment_plan(),
        goal_plan in comment_plan(),
        primary in option::of(any::<Index>()),
        personas in vec(persona(), 0..3),
        departments in prop_oneof![1 => Just(Vec::new()), 2 => vec(department(), 1..4)],
        team in vec(participant(), 0..3),
        stages in vec(stage(), 0..4),
        touchpoints in vec(touchpoint(), 0..5),
        opportunities in vec(opportunity(), 0..3),
        metrics in vec(metric(), 0..3),
        trailing_comments in prop_oneof![3 => Just(Vec::new()), 1 => vec(comment(), 1..3)],
    ) -> RawMap {
        RawMap {
            map, root_plan, goal_plan, primary, personas, departments, team, stages,
            touchpoints, opportunities, metrics, trailing_comments,
        }
    }
}

/// Where generated comments may go.
#[derive(Clone, Copy, Debug)]
enum Attach {
    /// Only to fields the file will hold, so reading gives back the same model.
    PresentFields,
    /// To any field, also one left out of the file (as after clearing it).
    AnyField,
}

/// A valid map with every reference resolved and ids unique.
fn map(attach: Attach) -> impl Strategy<Value = Map> {
    raw_map().prop_map(move |raw| assemble(raw, attach))
}

/// Makes `id` unique in the map by appending `-2`, `-3`...
fn unique(id: &Id, taken: &mut HashSet<String>) -> Id {
    let mut candidate = id.as_str().to_owned();
    let mut n = 2;
    while taken.contains(&candidate) {
        candidate = format!("{id}-{n}");
        n += 1;
    }
    taken.insert(candidate.clone());
    Id::new(candidate)
}

fn pick<T: Clone>(index: &Index, items: &[T]) -> Option<T> {
    (!items.is_empty()).then(|| index.get(items).clone())
}

/// A department reference as the map holds it: a department's id (or
/// none) when the map has departments, the free text otherwise.
fn resolve_department(raw: &RawDepartmentRef, departments: &[Id]) -> String {
    if departments.is_empty() {
        return raw.free_text.clone();
    }
    raw.department
        .as_ref()
        .and_then(|i| pick(i, departments))
        .map(|id| id.as_str().to_owned())
        .unwrap_or_default()
}

fn assemble(raw: RawMap, attach: Attach) -> Map {
    let mut taken = HashSet::new();
    let mut map = raw.map;

    let primary = raw.primary.map(|i| i.index(raw.personas.len().max(1)));
    for (n, (mut persona, plan)) in raw.personas.into_iter().enumerate() {
        persona.id = unique(&persona.id, &mut taken);
        persona.primary = primary == Some(n);
        persona.comments = comments_for(&persona, schema::PERSONA_KEYS, plan, attach);
        map.personas.push(persona);
    }
    for (mut department, plan) in raw.departments {
        department.id = unique(&department.id, &mut taken);
        department.comments = comments_for(&department, schema::DEPARTMENT_KEYS, plan, attach);
        map.departments.push(department);
    }
    let department_ids: Vec<Id> = map.departments.iter().map(|d| d.id.clone()).collect();
    for (mut participant, department, plan) in raw.team {
        participant.department = resolve_department(&department, &department_ids);
        participant.comments = comments_for(&participant, schema::PARTICIPANT_KEYS, plan, attach);
        map.team.push(participant);
    }
    for (mut stage, plan) in raw.stages {
        stage.id = unique(&stage.id, &mut taken);
        stage.comments = comments_for(&stage, schema::STAGE_KEYS, plan, attach);
        map.stages.push(stage);
    }
    let stage_ids: Vec<Id> = map.stages.iter().map(|s| s.id.clone()).collect();
    let persona_ids: Vec<Id> = map.personas.iter().map(|p| p.id.clone()).collect();
    // A touchpoint needs a stage; without stages the map has no touchpoints.
    for raw_tp in raw.touchpoints {
        let Some(stage) = pick(&raw_tp.stage, &stage_ids) else {
            break;
        };
        let mut t = raw_tp.touchpoint;
        t.id = unique(&t.id, &mut taken);
        t.stage = stage;
        t.personas = raw_tp
            .personas
            .iter()
            .filter_map(|i| pick(i, &persona_ids))
            .collect();
        t.owner = resolve_department(&raw_tp.owner, &department_ids);
        let [frontstage, backstage, support] = raw_tp.lanes.map(|lane| {
            lane.iter()
                .map(|(text, department)| Action {
                    text: text.clone(),
                    department: resolve_department(department, &department_ids),
                })
                .collect::<Vec<_>>()
        });
        t.frontstage = frontstage;
        t.backstage = backstage;
        t.support = support;
        t.comments = comments_for(&t, schema::TOUCHPOINT_KEYS, raw_tp.plan, attach);
        map.touchpoints.push(t.into());
    }
    let touchpoint_ids: Vec<Id> = map.touchpoints.iter().map(|t| t.id.clone()).collect();
    for raw_op in raw.opportunities {
        let mut o = raw_op.opportunity;
        o.id = unique(&o.id, &mut taken);
        o.touchpoints = raw_op
            .touchpoints
            .iter()
            .filter_map(|i| pick(i, &touchpoint_ids))
            .collect();
        o.stage = raw_op.stage.and_then(|i| pick(&i, &stage_ids));
        o.owner = resolve_department(&raw_op.owner, &department_ids);
        o.comments = comments_for(&o, schema::OPPORTUNITY_KEYS, raw_op.plan, attach);
        map.opportunities.push(o.into());
    }
    let linkable: Vec<Id> = stage_ids
        .iter()
        .chain(&touchpoint_ids)
        .chain(map.opportunities.iter().map(|o| &o.id))
        .cloned()
        .collect();
    for raw_me in raw.metrics {
        let mut m = raw_me.metric;
        m.id = unique(&m.id, &mut taken);
        m.links = raw_me
            .links
            .iter()
            .filter_map(|i| pick(i, &linkable))
            .collect();
        m.comments = comments_for(&m, schema::METRIC_KEYS, raw_me.plan, attach);
        map.metrics.push(m.into());
    }

    let goal = map.goal.clone();
    map.goal.comments = comments_for(&goal, schema::GOAL_KEYS, raw.goal_plan, attach);
    // The top level has no header: comments above the file's first key belong to `schema`.
    let root_fields: Vec<&str> = schema::ROOT_KEYS
        .iter()
        .copied()
        .take_while(|f| *f != "goal")
        .collect();
    let mut root_plan = raw.root_plan;
    root_plan.above.clear();
    let snapshot = map.clone();
    map.comments = comments_for(&snapshot, &root_fields, root_plan, attach);
    map.trailing_comments = raw.trailing_comments;
    // What a save writes, and so what reading the file gives back.
    map.schema = map.schema_to_write();
    map
}

/// The planned comments of `item`'s header and fields.
fn comments_for<T: Serialize>(
    item: &T,
    order: &[&str],
    plan: CommentPlan,
    attach: Attach,
) -> Comments {
    let mut comments = Comments {
        above: plan.above,
        ..Comments::default()
    };
    let candidates: Vec<&str> = match attach {
        Attach::AnyField => order.to_vec(),
        Attach::PresentFields => {
            let present = written_fields(item);
            order
                .iter()
                .copied()
                .filter(|f| present.iter().any(|p| p == f))
                .collect()
        }
    };
    for (index, above, trailing) in plan.fields {
        let Some(field) = pick(&index, &candidates) else {
            continue;
        };
        if above.is_empty() && trailing.is_none() {
            continue;
        }
        let entry = comments.field_mut(field);
        entry.above.extend(above);
        if entry.trailing.is_none() {
            entry.trailing = trailing;
        }
    }
    comments
}

/// The fields of `item` that the canonical file holds. The model's
/// serialisation already leaves out unset optional values; the file also
/// leaves out empty lists and `false` flags. `schema` is always written.
fn written_fields<T: Serialize>(item: &T) -> Vec<String> {
    let Ok(serde_json::Value::Object(object)) = serde_json::to_value(item) else {
        return Vec::new();
    };
    let mut present: Vec<String> = object
        .into_iter()
        .filter(|(_, value)| match value {
            serde_json::Value::Bool(flag) => *flag,
            serde_json::Value::Array(items) => !items.is_empty(),
            serde_json::Value::String(text) => !text.is_empty(),
            serde_json::Value::Null => false,
            _ => true,
        })
        .map(|(key, _)| key)
        .collect();
    present.push("schema".to_owned());
    present
}

/// The problems `parse` reports, shown as a person would see them.
fn rendered(source: &str) -> String {
    match parse(source) {
        Ok(map) => format!("parsed: {}", map.title),
        Err(diagnostics) => LoadError {
            path: "map.toml".into(),
            kind: LoadErrorKind::Invalid {
                source: source.to_owned(),
                diagnostics,
            },
        }
        .render(false),
    }
}

/// One edit of a valid file, as a careless hand or a broken merge makes.
#[derive(Clone, Debug)]
enum Mutation {
    FlipByte(Index, u8),
    DeleteLine(Index),
    DuplicateLine(Index),
    SwapLines(Index, Index),
    Truncate(Index),
    Insert(Index, &'static str),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    const SNIPPETS: &[&str] = &[
        "\"",
        "'",
        "[",
        "]",
        "{",
        "}",
        "=",
        ",",
        "#",
        "\n",
        "[[",
        "]]",
        "\"\"\"",
        "'''",
        "\\",
        "-",
        "1979-13-45",
        "nan",
        "inf",
        "1e999",
        "99999999999999999999",
        "[[touchpoints]]\n",
        "id = \"tp-x\"\n",
        "\u{0}",
        "\u{feff}",
        "ä",
        "🎉",
    ];
    prop_oneof![
        (any::<Index>(), 1u8..=255).prop_map(|(i, bits)| Mutation::FlipByte(i, bits)),
        any::<Index>().prop_map(Mutation::DeleteLine),
        any::<Index>().prop_map(Mutation::DuplicateLine),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        any::<Index>().prop_map(Mutation::Truncate),
        (any::<Index>(), select(SNIPPETS)).prop_map(|(i, s)| Mutation::Insert(i, s)),
    ]
}

fn mutate(text: &str, mutation: &Mutation) -> String {
    let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
    match mutation {
        Mutation::FlipByte(i, bits) => {
            let mut bytes = text.as_bytes().to_vec();
            if !bytes.is_empty() {
                let at = i.index(bytes.len());
                bytes[at] ^= bits;
            }
            String::from_utf8_lossy(&bytes).into_owned()
        }
        Mutation::DeleteLine(i) if !lines.is_empty() => {
            lines.remove(i.index(lines.len()));
            lines.concat()
        }
        Mutation::DuplicateLine(i) if !lines.is_empty() => {
            let at = i.index(lines.len());
            lines.insert(at, lines[at]);
            lines.concat()
        }
        Mutation::SwapLines(a, b) if !lines.is_empty() => {
            let len = lines.len();
            lines.swap(a.index(len), b.index(len));
            lines.concat()
        }
        Mutation::Truncate(i) => {
            let mut at = i.index(text.len() + 1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            text[..at].to_owned()
        }
        Mutation::Insert(i, snippet) => {
            let mut at = i.index(text.len() + 1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            format!("{}{snippet}{}", &text[..at], &text[at..])
        }
        _ => text.to_owned(),
    }
}

/// Tokens of the format, so random text often gets past the TOML syntax.
fn tomlish() -> impl Strategy<Value = String> {
    const TOKENS: &[&str] = &[
        "schema = 1\n",
        "schema = 2\n",
        "title = \"T\"\n",
        "kind = \"service\"\n",
        "[goal]\n",
        "[[personas]]\n",
        "[[stages]]\n",
        "[[touchpoints]]\n",
        "[[opportunities]]\n",
        "[[metrics]]\n",
        "[touchpoints]\n",
        "id = \"st-a\"\n",
        "id = \"tp-a\"\n",
        "stage = \"st-a\"\n",
        "name = \"N\"\n",
        "emotion = ",
        "readings = [{ date = 2026-02-30, value = 1 }]\n",
        "evidence = [{ source = \"survey\", note = 1 }]\n",
        "links = [\"st-a\", \"tp-a\", 3]\n",
        "created = ",
        "1979-05-27",
        "1979-05-27T07:32:00Z",
        "nan",
        "-inf",
        "1e308",
        "-9223372036854775808",
        "\"\"\"",
        "'''",
        "\"",
        "=",
        "[",
        "]",
        "{",
        "}",
        ",",
        ".",
        "\n",
        "# c\n",
        "a.b.c = 1\n",
        "goal = 3\n",
        "touchpoints = [{ id = \"tp-b\" }]\n",
    ];
    prop_oneof![
        vec(select(TOKENS), 0..30).prop_map(|t| t.concat()),
        vec(
            prop_oneof![select(TOKENS).prop_map(str::to_owned), text()],
            0..30
        )
        .prop_map(|t| t.concat()),
    ]
}

/// 256 cases each (the suite stays fast on a small machine); set
/// `PROPTEST_CASES` to search longer.
fn config() -> ProptestConfig {
    let default = ProptestConfig::default();
    let cases = if std::env::var_os("PROPTEST_CASES").is_some() {
        default.cases
    } else {
        256
    };
    ProptestConfig { cases, ..default }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn generated_maps_are_valid(map in map(Attach::AnyField)) {
        prop_assert_eq!(validate(&map), Vec::new());
    }

    #[test]
    fn writing_then_reading_gives_the_same_map(map in map(Attach::PresentFields)) {
        let text = to_toml(&map);
        match parse(&text) {
            Ok(read) => prop_assert_eq!(read, map, "canonical text:\n{}", text),
            Err(diagnostics) => prop_assert!(
                false,
                "the canonical text does not load: {:?}\n{}",
                diagnostics,
                text
            ),
        }
    }

    #[test]
    fn formatting_is_idempotent(map in map(Attach::AnyField)) {
        let once = to_toml(&map);
        let read = parse(&once);
        prop_assert!(read.is_ok(), "the canonical text does not load: {:?}\n{}", read, once);
        if let Ok(read) = read {
            prop_assert_eq!(to_toml(&read), once);
        }
    }

    #[test]
    fn parse_never_panics_on_any_text(text in any::<String>()) {
        let _ = rendered(&text);
    }

    #[test]
    fn parse_never_panics_on_toml_like_text(text in tomlish()) {
        let _ = rendered(&text);
    }

    #[test]
    fn parse_never_panics_on_damaged_files(
        map in map(Attach::AnyField),
        mutations in vec(mutation(), 1..4),
    ) {
        let mut text = to_toml(&map);
        for m in &mutations {
            text = mutate(&text, m);
        }
        // Whatever parse accepts is a valid map that formats to a stable text.
        if let Ok(read) = parse(&text) {
            prop_assert_eq!(validate(&read), Vec::new());
            let once = to_toml(&read);
            let again = parse(&once);
            prop_assert!(again.is_ok(), "formatted text does not load: {:?}\n{}", again, once);
            if let Ok(again) = again {
                prop_assert_eq!(to_toml(&again), once);
            }
        } else {
            let _ = rendered(&text);
        }
    }
}
