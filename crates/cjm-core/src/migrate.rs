//! Migrating a map to schema 2: free-text departments become
//! `[[departments]]` that the map refers to by id.
//!
//! [`plan`] reads the distinct department names of a map (team members'
//! `department`, touchpoint and opportunity owners, blueprint actions) and
//! groups names that differ only in case or spaces into one department.
//! Names that look like one department are [`Proposal`]s for the user to
//! accept one by one: a team in parentheses ("Finance (payments and
//! refunds)" beside "Finance", or "Operations (bus services)" beside
//! "Operations (tram services)"), which are obvious, and near spellings
//! ("Logistic" / "Logistics"), which are not. [`apply`] builds the
//! migrated map from the plan and the accepted proposals: the departments,
//! each merged name an alias, every reference rewritten to an id, comments
//! kept, `schema = 2`.
//!
//! A team member whose role is `customer` takes part as a customer: the
//! text in their `department` ("Klientka z panelu stałych klientów") is a
//! role, not a part of the company, so it becomes no department (unless a
//! touchpoint names it as an owner); the text is kept in a comment above
//! the member, so nothing is lost.

use crate::i18n::Lang;
use crate::model::{DEPARTMENTS_VERSION, Department, Id, IdKind, Map, Role};
use crate::t_in;

/// How alike two names must be (Jaro-Winkler, accents and case folded) to
/// be proposed as one department.
const SIMILAR: f64 = 0.92;

/// What migrating a map would do.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Plan {
    /// The departments that could be created, in order of first use: each
    /// with the spellings that name it (identical but for case and spaces).
    pub candidates: Vec<Candidate>,
    /// Pairs of candidates that look like one department.
    pub proposals: Vec<Proposal>,
    /// Team members (by index) who are customers: their `department` text
    /// becomes a comment.
    pub customers: Vec<usize>,
    /// Whether the map's version changes (it was schema 1).
    pub upgrades: bool,
}

/// A department `apply` may create.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// Its name: the first spelling met, or the shared name of a group
    /// ("Operations" for "Operations (bus services)" and "Operations (tram
    /// services)"), which is created only when a proposal into it is accepted.
    pub name: String,
    /// A short name for narrow columns (the app may offer one).
    pub short_name: String,
    /// Every spelling the map uses for it.
    pub spellings: Vec<String>,
    /// How many references use it.
    pub uses: usize,
    /// A shared name no reference uses by itself.
    pub group: bool,
}

/// "`from` is the same department as `into`": accepted, `from`'s names
/// become aliases of `into`.
#[derive(Clone, Debug, PartialEq)]
pub struct Proposal {
    /// Index into [`Plan::candidates`].
    pub from: usize,
    /// Index into [`Plan::candidates`].
    pub into: usize,
    /// A team in parentheses of the same department: `--yes` accepts it.
    pub obvious: bool,
}

impl Plan {
    /// Whether migrating changes the map at all.
    pub fn changes(&self) -> bool {
        self.upgrades || self.candidates.iter().any(|c| !c.group) || !self.customers.is_empty()
    }

    /// Accepts the obvious proposals (as `cjm migrate --yes` does).
    pub fn obvious(&self) -> Vec<bool> {
        self.proposals.iter().map(|p| p.obvious).collect()
    }
}

/// How names are compared for "identical": trimmed, spaces collapsed, case ignored.
fn identical_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// How names are compared for "alike": accents folded too.
fn folded(name: &str) -> String {
    deunicode::deunicode(&identical_key(name))
}

/// The name before a team in parentheses: "Finance (payments)" → "Finance".
fn base(name: &str) -> Option<&str> {
    let (before, after) = name.split_once('(')?;
    let before = before.trim();
    (after.trim_end().ends_with(')') && !before.is_empty()).then_some(before)
}

/// What migrating `map` would do; see the module's documentation.
pub fn plan(map: &Map) -> Plan {
    let mut plan = Plan {
        upgrades: map.schema < DEPARTMENTS_VERSION,
        ..Plan::default()
    };
    let refs = map.department_references();
    // Owners and actions decide what is a department: a customer's text
    // that an owner also uses is one.
    let owned: Vec<String> = refs
        .iter()
        .filter(|(at, _)| !matches!(at, crate::model::DepartmentRef::Member(_)))
        .map(|(_, text)| identical_key(text))
        .collect();
    for (i, p) in map.team.iter().enumerate() {
        let key = identical_key(&p.department);
        if p.role == Role::Customer
            && !key.is_empty()
            && !owned.contains(&key)
            && map.department(&p.department).is_none()
        {
            plan.customers.push(i);
        }
    }
    for (at, text) in &refs {
        if map.department_of(text).is_some() {
            continue;
        }
        if let crate::model::DepartmentRef::Member(i) = at
            && plan.customers.contains(i)
        {
            continue;
        }
        let key = identical_key(text);
        match plan
            .candidates
            .iter_mut()
            .find(|c| c.spellings.iter().any(|s| identical_key(s) == key))
        {
            Some(c) => {
                c.uses += 1;
                if !c.spellings.iter().any(|s| s == text) {
                    c.spellings.push((*text).to_owned());
                }
            }
            None => {
                plan.candidates.push(Candidate {
                    name: text.trim().to_owned(),
                    short_name: String::new(),
                    spellings: vec![(*text).to_owned()],
                    uses: 1,
                    group: false,
                });
            }
        }
    }
    propose(&mut plan);
    plan
}

/// Finds the candidates that look like one department.
fn propose(plan: &mut Plan) {
    let count = plan.candidates.len();
    let mut merged = vec![false; count];
    // A team in parentheses of a department the map names by itself.
    // `from` is a candidate's index, kept in the proposal, not only an index into `merged`.
    #[allow(clippy::needless_range_loop)]
    for from in 0..count {
        let Some(b) = base(&plan.candidates[from].name).map(folded) else {
            continue;
        };
        if let Some(into) = (0..count).find(|&i| i != from && folded(&plan.candidates[i].name) == b)
        {
            plan.proposals.push(Proposal {
                from,
                into,
                obvious: true,
            });
            merged[from] = true;
        }
    }
    // Teams of one department that the map never names by itself: one
    // department with the shared name.
    for from in 0..count {
        if merged[from] {
            continue;
        }
        let Some(b) = base(&plan.candidates[from].name) else {
            continue;
        };
        let key = folded(b);
        let siblings: Vec<usize> = (0..count)
            .filter(|&i| {
                !merged[i] && base(&plan.candidates[i].name).map(folded) == Some(key.clone())
            })
            .collect();
        if siblings.len() < 2 {
            continue;
        }
        let into = plan.candidates.len();
        plan.candidates.push(Candidate {
            name: b.to_owned(),
            short_name: String::new(),
            spellings: Vec::new(),
            uses: 0,
            group: true,
        });
        for i in siblings {
            plan.proposals.push(Proposal {
                from: i,
                into,
                obvious: true,
            });
            merged[i] = true;
        }
    }
    // Near spellings, for the user to decide.
    for from in 0..count {
        if merged[from] {
            continue;
        }
        let a = folded(base(&plan.candidates[from].name).unwrap_or(&plan.candidates[from].name));
        for into in 0..from {
            if merged[into] {
                continue;
            }
            let name = &plan.candidates[into].name;
            let b = folded(base(name).unwrap_or(name));
            if a == b || strsim::jaro_winkler(&a, &b) >= SIMILAR {
                plan.proposals.push(Proposal {
                    from,
                    into,
                    obvious: a == b,
                });
                merged[from] = true;
                break;
            }
        }
    }
}

/// The migrated map: `plan`'s departments with the proposals `accepted`
/// (one flag per proposal, missing ones refused) merged, references
/// rewritten to ids, customers' texts in comments, `schema = 2`. Written
/// in the map's language (`lang`) where cjm adds words (the comments).
pub fn apply(map: &Map, plan: &Plan, accepted: &[bool], lang: Lang) -> Map {
    let mut out = map.clone();
    out.schema = out.schema.max(DEPARTMENTS_VERSION);
    // Where each candidate ends up, following accepted proposals.
    let mut target: Vec<usize> = (0..plan.candidates.len()).collect();
    for (p, proposal) in plan.proposals.iter().enumerate() {
        if accepted.get(p).copied().unwrap_or(false) {
            target[proposal.from] = proposal.into;
        }
    }
    let root = |mut i: usize| {
        let mut steps = 0;
        while target[i] != i && steps <= target.len() {
            i = target[i];
            steps += 1;
        }
        i
    };
    // One department per root in use, in order of first use.
    let mut ids: Vec<Option<Id>> = vec![None; plan.candidates.len()];
    let mut order: Vec<usize> = Vec::new();
    for i in 0..plan.candidates.len() {
        if plan.candidates[i].group {
            continue;
        }
        let r = root(i);
        if !order.contains(&r) {
            order.push(r);
        }
    }
    for &r in &order {
        let candidate = &plan.candidates[r];
        let id = out.new_id(IdKind::Department, &candidate.name);
        let mut aliases: Vec<String> = Vec::new();
        for (i, c) in plan.candidates.iter().enumerate() {
            if root(i) != r {
                continue;
            }
            for spelling in &c.spellings {
                let spelling = spelling.trim();
                if spelling != candidate.name && !aliases.iter().any(|a| a == spelling) {
                    aliases.push(spelling.to_owned());
                }
            }
        }
        out.departments.push(Department {
            id: id.clone(),
            name: candidate.name.clone(),
            short_name: candidate.short_name.clone(),
            aliases,
            ..Department::default()
        });
        ids[r] = Some(id);
    }
    // Customers: the text goes into a comment above the member.
    for &i in &plan.customers {
        if let Some(p) = out.team.get_mut(i) {
            let text = std::mem::take(&mut p.department);
            let note = t_in!(lang, "migrate-customer-comment", text = text.trim());
            p.comments.above.push(format!("# {note}"));
        }
    }
    // Every reference by id.
    for (at, text) in map.department_references() {
        if plan
            .customers
            .iter()
            .any(|&i| at == crate::model::DepartmentRef::Member(i))
        {
            continue;
        }
        let id = match map.department_of(text) {
            Some(d) => Some(d.id.clone()),
            None => {
                let key = identical_key(text);
                plan.candidates
                    .iter()
                    .position(|c| c.spellings.iter().any(|s| identical_key(s) == key))
                    .and_then(|i| ids[root(i)].clone())
            }
        };
        if let (Some(id), Some(slot)) = (id, out.department_reference_mut(at)) {
            *slot = id.to_string();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{MapKind, Participant, Stage, Touchpoint};

    fn map(owners: &[&str], team: &[(&str, Role)]) -> Map {
        let mut map = Map::new("m", MapKind::Service);
        map.schema = 1;
        map.stages.push(Stage {
            id: Id::new("st-a"),
            name: "A".into(),
            ..Stage::default()
        });
        for (i, owner) in owners.iter().enumerate() {
            map.touchpoints.push(
                Touchpoint {
                    id: Id::new(format!("tp-{i}")),
                    stage: Id::new("st-a"),
                    name: format!("T{i}"),
                    owner: (*owner).to_owned(),
                    ..Touchpoint::default()
                }
                .into(),
            );
        }
        for (name, role) in team {
            let mut p = Participant::new(format!("P {name}"));
            p.department = (*name).to_owned();
            p.role = *role;
            map.team.push(p);
        }
        map
    }

    fn names(map: &Map) -> Vec<(&str, Vec<&str>)> {
        map.departments
            .iter()
            .map(|d| {
                (
                    d.name.as_str(),
                    d.aliases.iter().map(String::as_str).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn identical_names_are_one_department_and_teams_in_parentheses_are_proposed() {
        let m = map(
            &[
                "Finance",
                "finance ",
                "Finance (payments and refunds)",
                "Logistics",
            ],
            &[("Customer Service", Role::Participant)],
        );
        let plan = plan(&m);
        assert_eq!(plan.proposals.len(), 1);
        assert!(plan.proposals[0].obvious);
        let without = apply(&m, &plan, &[], Lang::En);
        assert_eq!(
            names(&without),
            [
                ("Customer Service", vec![]),
                ("Finance", vec!["finance"]),
                ("Finance (payments and refunds)", vec![]),
                ("Logistics", vec![]),
            ]
        );
        let with = apply(&m, &plan, &plan.obvious(), Lang::En);
        assert_eq!(
            names(&with)[1],
            ("Finance", vec!["finance", "Finance (payments and refunds)"])
        );
        assert_eq!(with.touchpoints[2].owner, "dp-finance");
        assert_eq!(with.team[0].department, "dp-customer-service");
        assert_eq!(with.schema, 2);
        assert!(crate::model::validate(&with).is_empty());
    }

    #[test]
    fn teams_of_a_department_never_named_alone_share_its_name() {
        let m = map(
            &["Operations (bus services)", "Operations (tram services)"],
            &[],
        );
        let plan = plan(&m);
        let with = apply(&m, &plan, &plan.obvious(), Lang::En);
        assert_eq!(
            names(&with),
            [(
                "Operations",
                vec!["Operations (bus services)", "Operations (tram services)"]
            )]
        );
        let without = apply(&m, &plan, &[], Lang::En);
        assert_eq!(without.departments.len(), 2);
    }

    #[test]
    fn near_spellings_are_proposed_but_not_obvious() {
        let m = map(&["Logistic", "Logistics", "Marketing"], &[]);
        let plan = plan(&m);
        assert_eq!(plan.proposals.len(), 1);
        assert!(!plan.proposals[0].obvious);
        assert_eq!(
            apply(&m, &plan, &plan.obvious(), Lang::En)
                .departments
                .len(),
            3
        );
        assert_eq!(apply(&m, &plan, &[true], Lang::En).departments.len(), 2);
    }

    #[test]
    fn a_customer_in_the_team_is_no_department_and_their_text_stays_in_a_comment() {
        let m = map(
            &["Sprzedaż"],
            &[
                ("Klientka z panelu stałych klientów", Role::Customer),
                ("Sprzedaż", Role::Participant),
            ],
        );
        let plan = plan(&m);
        assert_eq!(plan.customers, [0]);
        let out = apply(&m, &plan, &[], Lang::Pl);
        assert_eq!(names(&out), [("Sprzedaż", vec![])]);
        assert_eq!(out.team[0].department, "");
        assert!(
            out.team[0].comments.above[0].contains("Klientka z panelu stałych klientów"),
            "{:?}",
            out.team[0].comments
        );
        assert_eq!(out.team[1].department, "dp-sprzedaz");
    }

    #[test]
    fn a_migrated_map_has_nothing_left_to_do() {
        let m = map(&["Finance"], &[]);
        let p = plan(&m);
        assert!(p.changes());
        let out = apply(&m, &p, &[], Lang::En);
        assert!(!plan(&out).changes());
    }
}
