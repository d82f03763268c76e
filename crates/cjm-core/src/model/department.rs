//! Departments, service-blueprint actions, waits and web links (schema 2).
//!
//! A department is an item of its own (`[[departments]]`, id `dp-…`) that
//! team members, touchpoint and opportunity owners and blueprint actions
//! refer to by id. A file of schema 1 has no departments: there these
//! fields hold the department's name as free text, and
//! [`Map::department_of`] finds the department either way.

use std::fmt;

use serde::{Serialize, Serializer};

use super::{Comments, DEPARTMENTS_VERSION, Id, Map};
use crate::t;

/// A department of the company: who owns a contact with the customer.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Department {
    pub id: Id,
    pub name: String,
    /// A short name for narrow columns ("CS" for "Customer service").
    #[serde(skip_serializing_if = "String::is_empty")]
    pub short_name: String,
    /// Other spellings that mean this department ("Finance (payments and refunds)").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    #[serde(skip)]
    pub comments: Comments,
}

/// One line of a blueprint lane: what is done, and which department does it.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Action {
    pub text: String,
    /// The department's id (`dp-…`); empty when nobody is named.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub department: String,
}

/// A web address with a title, e.g. the ticket that delivers an opportunity.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Link {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub title: String,
    pub url: String,
}

/// How long the customer waits at a touchpoint, in whole minutes; written
/// as `15m`, `2h`, `3d`, `1w` or a sum such as `1h30m` (a day is 24 hours).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Wait {
    minutes: u64,
}

/// Why a text is not a wait.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum WaitError {
    #[error("{}", t!("wait-negative"))]
    Negative,
    #[error("{}", t!("wait-unreadable"))]
    Unreadable,
}

const UNITS: [(char, u64); 4] = [('w', 7 * 24 * 60), ('d', 24 * 60), ('h', 60), ('m', 1)];

impl Wait {
    pub fn from_minutes(minutes: u64) -> Self {
        Wait { minutes }
    }

    pub fn minutes(self) -> u64 {
        self.minutes
    }

    /// Reads `15m`, `2h`, `3d`, `1w`, `1h30m` or `1h 30m`.
    pub fn parse(text: &str) -> Result<Self, WaitError> {
        let text = text.trim();
        if text.starts_with('-') {
            return Err(WaitError::Negative);
        }
        let mut minutes: u64 = 0;
        let mut number = String::new();
        let mut parts = 0;
        for c in text.chars() {
            if c.is_ascii_digit() {
                number.push(c);
            } else if c.is_whitespace() && number.is_empty() {
                continue;
            } else {
                let unit = UNITS
                    .iter()
                    .find(|(u, _)| *u == c.to_ascii_lowercase())
                    .ok_or(WaitError::Unreadable)?;
                let n: u64 = number.parse().map_err(|_| WaitError::Unreadable)?;
                minutes = n
                    .checked_mul(unit.1)
                    .and_then(|m| minutes.checked_add(m))
                    .ok_or(WaitError::Unreadable)?;
                number.clear();
                parts += 1;
            }
        }
        if !number.is_empty() || parts == 0 {
            return Err(WaitError::Unreadable);
        }
        Ok(Wait { minutes })
    }
}

impl Wait {
    /// The wait as people say it, in the current language: "12 days",
    /// "1 hour 30 minutes", "2 weeks" (weeks only when the wait is whole
    /// weeks; "1w5d" reads better as "12 days").
    pub fn words(self) -> String {
        const DAY: u64 = 24 * 60;
        const WEEK: u64 = 7 * DAY;
        if self.minutes > 0 && self.minutes.is_multiple_of(WEEK) {
            return t!("wait-weeks", count = self.minutes / WEEK);
        }
        let (days, hours, minutes) = (
            self.minutes / DAY,
            self.minutes % DAY / 60,
            self.minutes % 60,
        );
        let mut parts = Vec::new();
        if days > 0 {
            parts.push(t!("wait-days", count = days));
        }
        if hours > 0 {
            parts.push(t!("wait-hours", count = hours));
        }
        if minutes > 0 || parts.is_empty() {
            parts.push(t!("wait-minutes", count = minutes));
        }
        parts.join(" ")
    }
}

/// The shortest form: `90` minutes is `1h30m`, a whole day `1d`, zero `0m`.
impl fmt::Display for Wait {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.minutes == 0 {
            return f.write_str("0m");
        }
        let mut rest = self.minutes;
        for (unit, size) in UNITS {
            if rest >= size {
                write!(f, "{}{unit}", rest / size)?;
                rest %= size;
            }
        }
        Ok(())
    }
}

impl Serialize for Wait {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// What is wrong with a web address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum UrlProblem {
    #[error("{}", t!("url-empty"))]
    Empty,
    #[error("{}", t!("url-space"))]
    Space,
    #[error("{}", t!("url-scheme"))]
    Scheme,
    #[error("{}", t!("url-host"))]
    Host,
    #[error("{}", t!("url-nothing-after-scheme"))]
    NothingAfterScheme,
}

/// What is wrong with a web address, if anything: it needs a scheme
/// (`https:`, `mailto:`…), a host after `//` for web addresses, and no
/// spaces or control characters.
pub fn url_problem(url: &str) -> Option<UrlProblem> {
    if url.trim().is_empty() {
        return Some(UrlProblem::Empty);
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Some(UrlProblem::Space);
    }
    let Some((scheme, rest)) = url.split_once(':') else {
        return Some(UrlProblem::Scheme);
    };
    let mut chars = scheme.chars();
    let scheme_ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    if !scheme_ok {
        return Some(UrlProblem::Scheme);
    }
    let scheme = scheme.to_ascii_lowercase();
    if matches!(scheme.as_str(), "http" | "https" | "ftp") {
        let host = rest
            .strip_prefix("//")
            .map(|r| r.split(['/', '?', '#']).next().unwrap_or(""));
        match host {
            Some(h) if !h.is_empty() && !h.starts_with('.') && !h.contains("..") => {}
            _ => return Some(UrlProblem::Host),
        }
    } else if rest.is_empty() {
        return Some(UrlProblem::NothingAfterScheme);
    }
    None
}

/// The departments a map's references may name: its own
/// `[[departments]]`, then the shared ones it uses. The one place a
/// department reference (an id, or a name, short name or alias) is turned
/// into a department.
#[derive(Clone, Copy, Debug)]
pub struct Departments<'a> {
    own: &'a [Department],
    shared: &'a [Department],
}

impl<'a> Departments<'a> {
    /// Every department, the map's own first; a shared one with an id the
    /// map defines itself is left out.
    pub fn all(&self) -> impl Iterator<Item = &'a Department> + 'a {
        let own = self.own;
        own.iter().chain(
            self.shared
                .iter()
                .filter(move |s| !own.iter().any(|d| d.id == s.id)),
        )
    }

    /// Whether the department is one of the shared ones (not the map's own).
    pub fn is_shared(&self, department: &Department) -> bool {
        !self.own.iter().any(|d| d.id == department.id)
    }

    /// The department a reference means: the one with this id, or the one
    /// with this name, short name or alias (trimmed, case ignored).
    pub fn of(&self, reference: &str) -> Option<&'a Department> {
        let reference = reference.trim();
        if reference.is_empty() {
            return None;
        }
        if let Some(d) = self.all().find(|d| d.id == *reference) {
            return Some(d);
        }
        let key = reference.to_lowercase();
        self.all().find(|d| {
            std::iter::once(&d.name)
                .chain(std::iter::once(&d.short_name))
                .chain(&d.aliases)
                .any(|n| n.trim().to_lowercase() == key)
        })
    }

    /// The name to show for a department reference: the department's
    /// name, or the reference itself when no department has it.
    pub fn name<'r>(&self, reference: &'r str) -> &'r str
    where
        'a: 'r,
    {
        self.of(reference).map_or(reference, |d| d.name.as_str())
    }
}

impl Map {
    /// The department with this id.
    pub fn department(&self, id: &str) -> Option<&Department> {
        self.departments.iter().find(|d| d.id == *id)
    }

    /// The department a reference means: the one with this id, or (as in
    /// a schema-1 file) the one with this name, short name or alias
    /// (trimmed, case ignored).
    pub fn department_of(&self, reference: &str) -> Option<&Department> {
        self.departments_with(&[]).of(reference)
    }

    /// The name to show for a department reference: the department's
    /// name, or the reference itself when no department has it (free text
    /// in a schema-1 file).
    pub fn department_name<'a>(&'a self, reference: &'a str) -> &'a str {
        self.departments_with(&[]).name(reference)
    }

    /// The map's departments followed by `shared` ones (the repository's
    /// shared departments the map uses): what resolves a reference when
    /// the map may name a department it does not define.
    pub fn departments_with<'a>(&'a self, shared: &'a [Department]) -> Departments<'a> {
        Departments {
            own: &self.departments,
            shared,
        }
    }

    /// Every department reference in the map: where it is and what it says,
    /// in file order (team, touchpoints with their blueprint actions,
    /// opportunities).
    pub fn department_references(&self) -> Vec<(DepartmentRef, &str)> {
        let mut out = Vec::new();
        for (i, p) in self.team.iter().enumerate() {
            if !p.department.is_empty() {
                out.push((DepartmentRef::Member(i), p.department.as_str()));
            }
        }
        for (i, t) in self.touchpoints.iter().enumerate() {
            if !t.owner.is_empty() {
                out.push((DepartmentRef::TouchpointOwner(i), t.owner.as_str()));
            }
            for (lane, actions) in [
                (Lane::Frontstage, &t.frontstage),
                (Lane::Backstage, &t.backstage),
                (Lane::Support, &t.support),
            ] {
                for (a, action) in actions.iter().enumerate() {
                    if !action.department.is_empty() {
                        out.push((
                            DepartmentRef::Action(i, lane, a),
                            action.department.as_str(),
                        ));
                    }
                }
            }
        }
        for (i, o) in self.opportunities.iter().enumerate() {
            if !o.owner.is_empty() {
                out.push((DepartmentRef::OpportunityOwner(i), o.owner.as_str()));
            }
        }
        out
    }

    /// The text of a department reference, to rewrite it.
    pub fn department_reference_mut(&mut self, at: DepartmentRef) -> Option<&mut String> {
        match at {
            DepartmentRef::Member(i) => self.team.get_mut(i).map(|p| &mut p.department),
            DepartmentRef::TouchpointOwner(i) => self.touchpoints.get_mut(i).map(|t| &mut t.owner),
            DepartmentRef::OpportunityOwner(i) => {
                self.opportunities.get_mut(i).map(|o| &mut o.owner)
            }
            DepartmentRef::Action(i, lane, a) => self
                .touchpoints
                .get_mut(i)
                .and_then(|t| t.lane_mut(lane).get_mut(a))
                .map(|a| &mut a.department),
        }
    }

    /// Whether the map holds anything schema 1 cannot say: departments,
    /// blueprint lanes, fail points, waits or web links.
    pub fn needs_departments_version(&self) -> bool {
        !self.departments.is_empty()
            || !self.shared_departments.is_empty()
            || self
                .touchpoints
                .iter()
                .any(|t| t.has_blueprint() || t.evidence.iter().any(|e| !e.url.is_empty()))
            || self.opportunities.iter().any(|o| !o.web_links.is_empty())
            || self.metrics.iter().any(|m| !m.web_links.is_empty())
    }

    /// The `schema` a save writes: the map's own version, or 2 once it
    /// holds something only schema 2 can say.
    pub fn schema_to_write(&self) -> i64 {
        if self.schema < DEPARTMENTS_VERSION && self.needs_departments_version() {
            DEPARTMENTS_VERSION
        } else {
            self.schema
        }
    }
}

/// A blueprint lane of a touchpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lane {
    Frontstage,
    Backstage,
    Support,
}

impl Lane {
    pub const ALL: [Lane; 3] = [Lane::Frontstage, Lane::Backstage, Lane::Support];

    /// The lane's key in the file.
    pub fn key(self) -> &'static str {
        match self {
            Lane::Frontstage => "frontstage",
            Lane::Backstage => "backstage",
            Lane::Support => "support",
        }
    }
}

impl super::Touchpoint {
    pub fn lane(&self, lane: Lane) -> &[Action] {
        match lane {
            Lane::Frontstage => &self.frontstage,
            Lane::Backstage => &self.backstage,
            Lane::Support => &self.support,
        }
    }

    pub fn lane_mut(&mut self, lane: Lane) -> &mut Vec<Action> {
        match lane {
            Lane::Frontstage => &mut self.frontstage,
            Lane::Backstage => &mut self.backstage,
            Lane::Support => &mut self.support,
        }
    }

    /// Whether the touchpoint has anything of a service blueprint: an
    /// action in a lane, a fail point, a wait or web links.
    pub fn has_blueprint(&self) -> bool {
        !self.frontstage.is_empty()
            || !self.backstage.is_empty()
            || !self.support.is_empty()
            || !self.fail_point.is_empty()
            || self.wait.is_some()
            || !self.web_links.is_empty()
    }
}

/// Where a department reference is: a team member's `department`, a
/// touchpoint's or opportunity's `owner`, or an action of a blueprint lane
/// (touchpoint, lane, action), by index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DepartmentRef {
    Member(usize),
    TouchpointOwner(usize),
    OpportunityOwner(usize),
    Action(usize, Lane, usize),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_read_as_people_say_them_in_each_language() {
        use crate::i18n::{Lang, scoped};
        let cases = [
            (Lang::En, 0, "0 min"),
            (Lang::En, 90, "1 hour 30 min"),
            (Lang::En, 12 * 24 * 60, "12 days"),
            (Lang::En, 14 * 24 * 60, "2 weeks"),
            (Lang::Pl, 5 * 24 * 60 + 120, "5 dni 2 godz."),
            (Lang::Pl, 3 * 7 * 24 * 60, "3 tygodnie"),
            (Lang::Pl, 5 * 7 * 24 * 60, "5 tygodni"),
            (Lang::Ru, 2 * 24 * 60, "2 дня"),
            (Lang::Ru, 21 * 24 * 60, "3 недели"),
            (Lang::Ru, 11 * 24 * 60, "11 дней"),
            (Lang::Sv, 24 * 60 + 60, "1 dag 1 timme"),
        ];
        for (lang, minutes, expected) in cases {
            let words = scoped(lang, || Wait::from_minutes(minutes).words());
            assert_eq!(words, expected, "{lang:?} {minutes}");
        }
    }

    #[test]
    fn waits_read_and_write_in_the_shortest_form() {
        for (text, minutes, shown) in [
            ("15m", 15, "15m"),
            ("2h", 120, "2h"),
            ("3d", 3 * 24 * 60, "3d"),
            ("1w", 7 * 24 * 60, "1w"),
            ("90m", 90, "1h30m"),
            ("1h 30m", 90, "1h30m"),
            ("0m", 0, "0m"),
        ] {
            let wait = Wait::parse(text).unwrap();
            assert_eq!(wait.minutes(), minutes, "{text}");
            assert_eq!(wait.to_string(), shown, "{text}");
        }
        assert_eq!(Wait::parse("-15m"), Err(WaitError::Negative));
        for bad in [
            "",
            "15",
            "m",
            "15 minutes",
            "1.5h",
            "2x",
            "99999999999999999999w",
        ] {
            assert_eq!(Wait::parse(bad), Err(WaitError::Unreadable), "{bad}");
        }
    }

    #[test]
    fn urls_need_a_scheme_and_a_host() {
        for good in [
            "https://example.com/",
            "http://intranet/tickets/42",
            "mailto:cs@example.com",
            "https://example.com/a?b=c#d",
        ] {
            assert_eq!(url_problem(good), None, "{good}");
        }
        for bad in [
            "",
            "example.com",
            "https://",
            "https:///path",
            "htt ps://x",
            "https://exa mple.com",
            "1http://x",
            "mailto:",
        ] {
            assert!(url_problem(bad).is_some(), "{bad}");
        }
    }
}
