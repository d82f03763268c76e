//! Checks that keep a map alive after the workshop: an owner, a review date
//! that has not passed, and the current-state map a future-state map builds on.

use std::path::Path;

use super::{Code, Finding};
use crate::model::{Date, Location, Map, MapKind};
use crate::{i18n, t};

/// `no-map-owner`: nobody is named to keep the map up to date.
pub(super) fn map_owner(map: &Map, out: &mut Vec<Finding>) {
    if map.owner.trim().is_empty() {
        out.push(Finding::new(
            Code::NoMapOwner,
            Location::root("owner"),
            None,
            t!("check-no-map-owner"),
            t!("check-no-map-owner-hint"),
        ));
    }
}

/// `review-overdue`: `review_by` lies before `today` (a review due today is not overdue).
pub(super) fn review_overdue(map: &Map, today: Date, out: &mut Vec<Finding>) {
    let Some(due) = map.review_by.filter(|&due| due < today) else {
        return;
    };
    let days = today.since(due).map_or(0, |span| span.get_days());
    out.push(Finding::new(
        Code::ReviewOverdue,
        Location::root("review_by"),
        None,
        t!(
            "check-review-overdue",
            due = i18n::date::format(due, i18n::current()),
            days = days
        ),
        t!("check-review-overdue-hint"),
    ));
}

/// `missing-based-on`: a future-state map that does not name the map it
/// improves, or any map whose `based_on` file does not exist. `based_on` is
/// a path relative to the folder of the map file; without `map_path` its
/// existence is not tested.
pub(super) fn based_on(
    map: &Map,
    map_path: Option<&Path>,
    file_exists: &dyn Fn(&Path) -> bool,
    out: &mut Vec<Finding>,
) {
    let at = Location::root("based_on");
    if map.based_on.trim().is_empty() {
        if map.kind == MapKind::FutureState {
            out.push(Finding::new(
                Code::MissingBasedOn,
                at,
                None,
                t!("check-missing-based-on"),
                t!("check-missing-based-on-hint"),
            ));
        }
        return;
    }
    let Some(map_path) = map_path else {
        return;
    };
    let folder = map_path.parent().unwrap_or(Path::new(""));
    if !file_exists(&folder.join(&map.based_on)) {
        out.push(Finding::new(
            Code::MissingBasedOn,
            at,
            None,
            t!("check-based-on-not-found", path = map.based_on),
            t!("check-based-on-not-found-hint"),
        ));
    }
}
