//! Workshop checks: the warnings about a *valid* map that a facilitator wants
//! to see before the map is shared — touchpoints without evidence, pains no
//! opportunity addresses, opportunities nobody measures, a journey that stops
//! at the purchase, a map nobody owns.
//!
//! Validity (types, ids, references) is the loader's job; a map that reaches
//! these checks has already been read without errors. Every finding has a
//! stable [`Code`] (spelled in kebab-case, like `no-evidence`), a
//! [`Severity`], the [`Location`] it concerns, the id of the item when it is
//! about one item, a one-line message and a hint.
//!
//! The module is pure: it looks only at the map and at a [`Context`] that
//! supplies "today" and, for `based_on`, a way to tell whether a file exists.
//! Turning locations into line numbers is left to the caller (see
//! [`crate::format::SourceMap`]).

mod journey;
mod measures;
mod people;
mod touchpoints;
mod upkeep;

use std::cell::RefCell;
use std::collections::HashSet;
use std::path::Path;
use std::sync::Arc;

use serde::Serialize;
use strum::{IntoStaticStr, VariantArray};

use crate::model::{Date, Id, Location, Map, Section};

/// How much a finding matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// Something the map misses or gets wrong; `cjm check --deny warnings` fails on it.
    Warning,
    /// A gap that is normal while a workshop is still going on (an emotion
    /// not rated yet, an assumption not yet tested); never fails a check.
    Note,
}

impl Severity {
    /// The word used in output: `warning` or `note`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// The stable code of each check. The spelling (`as_str`) is part of the
/// interface: scripts match on it, so a code is never renamed or reused.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, IntoStaticStr, VariantArray,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Code {
    /// The map names no owner.
    NoMapOwner,
    /// The `review_by` date has passed.
    ReviewOverdue,
    /// A future-state map without `based_on`, or a `based_on` file that does not exist.
    MissingBasedOn,
    /// The map has no persona at all.
    NoPersona,
    /// The map has personas, but none is primary.
    NoPrimaryPersona,
    /// The workshop team comes from fewer than three departments.
    FewDepartments,
    /// A department owns touchpoints, but nobody from it is in the workshop team (a note).
    AbsentDepartment,
    /// Two `[[departments]]` whose names look like one department (a note).
    SimilarDepartments,
    /// A stage without touchpoints.
    EmptyStage,
    /// A current- or future-state journey with nothing after the purchase.
    EndsAtPurchase,
    /// The average emotion is negative on more than half of the rated stages.
    NegativeCurve,
    /// A touchpoint without evidence.
    NoEvidence,
    /// A touchpoint whose only evidence is `assumption`.
    AssumptionOnly,
    /// A touchpoint without an owner.
    NoTouchpointOwner,
    /// A touchpoint whose emotion is not rated.
    NoEmotion,
    /// Pain points or a negative emotion that no opportunity addresses.
    UnaddressedPain,
    /// An opportunity that no metric measures.
    UnmeasuredOpportunity,
    /// A metric without a baseline.
    NoBaseline,
    /// A metric without a target.
    NoTarget,
    /// `shared_personas` names a persona the repository does not share (see `cjm.toml`).
    UnknownSharedPersona,
    /// A persona of the map has the id of a shared persona, with other content.
    SharedPersonaDiffers,
    /// `shared_departments` names a department the repository does not share (see `cjm.toml`).
    UnknownSharedDepartment,
    /// A department of the map has the id of a shared department, with another name, short name or aliases.
    SharedDepartmentDiffers,
}

impl Code {
    /// Every code, in the order the documentation lists them.
    pub fn all() -> &'static [Code] {
        <Self as VariantArray>::VARIANTS
    }

    /// The spelling used in output and documentation, e.g. `no-evidence`.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// How much findings with this code matter.
    pub fn severity(self) -> Severity {
        match self {
            // Departments are free text: a name written two ways is not
            // worth failing a check over until departments are a list.
            Code::AssumptionOnly
            | Code::NoEmotion
            | Code::AbsentDepartment
            | Code::SimilarDepartments => Severity::Note,
            _ => Severity::Warning,
        }
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One thing a check found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub code: Code,
    /// The item or field the finding is about. Map-wide findings point at
    /// the item that best shows the problem (the first persona, the first
    /// team member, the first negative stage) or at a top-level field.
    pub location: Location,
    /// The id of the item the finding is about; `None` for map-wide findings.
    pub item: Option<Id>,
    /// What is wrong, in one line, without the item id (callers show it).
    pub message: String,
    /// How to fix it. Findings of one kind mostly share their hint, and a
    /// large map has thousands of them: the text is kept once.
    pub hint: Arc<str>,
}

impl Finding {
    fn new(
        code: Code,
        location: Location,
        item: Option<&Id>,
        message: String,
        hint: impl Into<String>,
    ) -> Self {
        Finding {
            code,
            location,
            item: item.cloned(),
            message,
            hint: shared_hint(hint.into()),
        }
    }

    pub fn severity(&self) -> Severity {
        self.code.severity()
    }
}

/// `hint` as the text an earlier finding of this thread had, when one had
/// the same. (A finding's hint took a tenth of the memory `cjm check`
/// needs at 10,000 touchpoints, one copy per finding. The texts kept are
/// few, those of the checks' messages; should a map's names make them
/// many, they are let go a thousand at a time.)
fn shared_hint(hint: String) -> Arc<str> {
    const MOST: usize = 1024;
    thread_local! {
        static HINTS: RefCell<HashSet<Arc<str>>> = RefCell::default();
    }
    HINTS.with_borrow_mut(|hints| {
        if let Some(known) = hints.get(hint.as_str()) {
            return Arc::clone(known);
        }
        if hints.len() >= MOST {
            hints.clear();
        }
        let hint: Arc<str> = hint.into();
        hints.insert(Arc::clone(&hint));
        hint
    })
}

/// How many touchpoints rest on data rather than on assumptions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EvidenceShare {
    /// Touchpoints with at least one piece of evidence whose source is not `assumption`.
    pub backed: usize,
    /// All touchpoints.
    pub total: usize,
}

impl EvidenceShare {
    /// The share in whole percent; `None` when the map has no touchpoints.
    /// Never rounds to 100 while a touchpoint is unbacked, nor to 0 while one is backed.
    pub fn percent(self) -> Option<u8> {
        if self.total == 0 {
            return None;
        }
        let rounded = (self.backed * 100 + self.total / 2) / self.total;
        let rounded = if self.backed < self.total {
            rounded.min(99)
        } else {
            rounded
        };
        let rounded = if self.backed > 0 {
            rounded.max(1)
        } else {
            rounded
        };
        u8::try_from(rounded).ok()
    }
}

/// How many of the map's touchpoints are backed by data.
pub fn evidence_share(map: &Map) -> EvidenceShare {
    touchpoints::share(map)
}

/// What the checks need beyond the map itself.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    /// The day `review_by` is compared with.
    pub today: Date,
    /// The file the map was read from. `based_on` is resolved against its
    /// folder; without a path the existence of `based_on` is not tested.
    pub map_path: Option<&'a Path>,
    /// Whether a path names an existing file (the command line passes
    /// [`Path::is_file`]; tests pass a fake).
    pub file_exists: &'a dyn Fn(&Path) -> bool,
}

impl<'a> Context<'a> {
    /// Checks as of `today` for a map that does not come from a file.
    pub fn new(today: Date) -> Self {
        Context {
            today,
            map_path: None,
            file_exists: &exists_unknown,
        }
    }

    /// Checks as of `today` for the map read from `path`.
    pub fn for_file(today: Date, path: &'a Path, file_exists: &'a dyn Fn(&Path) -> bool) -> Self {
        Context {
            today,
            map_path: Some(path),
            file_exists,
        }
    }
}

/// Stand-in for [`Context::file_exists`] when there is no map path (never called then).
fn exists_unknown(_: &Path) -> bool {
    true
}

/// The findings of every check, and the evidence summary.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Ordered by location (file order for a canonical map), then by code.
    pub findings: Vec<Finding>,
    pub evidence: EvidenceShare,
}

impl Report {
    /// How many findings are warnings.
    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    /// How many findings are notes.
    pub fn notes(&self) -> usize {
        self.count(Severity::Note)
    }

    fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity() == severity)
            .count()
    }
}

/// Runs every check on `map`.
pub fn run(map: &Map, context: &Context) -> Report {
    let mut findings = Vec::new();
    let out = &mut findings;
    upkeep::map_owner(map, out);
    upkeep::review_overdue(map, context.today, out);
    upkeep::based_on(map, context.map_path, context.file_exists, out);
    people::personas(map, out);
    people::departments(map, out);
    people::absent_departments(map, out);
    people::similar_departments(map, out);
    journey::empty_stages(map, out);
    journey::ends_at_purchase(map, out);
    journey::negative_curve(map, out);
    touchpoints::evidence(map, out);
    touchpoints::owners(map, out);
    touchpoints::emotions(map, out);
    touchpoints::unaddressed_pain(map, out);
    measures::unmeasured_opportunities(map, out);
    measures::baselines_and_targets(map, out);
    // A stable sort of the places and numbers, the findings then swapped
    // into that order: sorting the findings themselves stably would take a
    // scratch copy of them (a megabyte at 10,000 touchpoints), where the
    // places and numbers take 60 % of that.
    findings.sort_by_cached_key(|f| (f.location, f.code));
    Report {
        findings,
        evidence: touchpoints::share(map),
    }
}

/// A whole section, for findings about a section that may have no items.
fn whole(section: Section) -> Location {
    Location {
        section,
        index: None,
        field: None,
        element: None,
        key: None,
    }
}

/// "1 pain point", "3 pain points".
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_kebab_case_and_unique() {
        assert_eq!(Code::NoEvidence.as_str(), "no-evidence");
        assert_eq!(
            Code::UnmeasuredOpportunity.as_str(),
            "unmeasured-opportunity"
        );
        let mut names: Vec<&str> = Code::all().iter().map(|c| c.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Code::all().len());
    }

    #[test]
    fn percentages_never_overstate_or_hide_a_touchpoint() {
        let share = |backed, total| EvidenceShare { backed, total }.percent();
        assert_eq!(share(0, 0), None);
        assert_eq!(share(8, 11), Some(73));
        assert_eq!(share(2, 3), Some(67));
        assert_eq!(share(199, 200), Some(99));
        assert_eq!(share(1, 300), Some(1));
        assert_eq!(share(0, 5), Some(0));
        assert_eq!(share(5, 5), Some(100));
    }
}
