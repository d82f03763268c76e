//! Checks that keep a map alive after the workshop: an owner, a review date
//! that has not passed, and the current-state map a future-state map builds on.

use std::path::Path;

use super::{Code, Finding};
use crate::model::{Date, Location, Map, MapKind};

/// `no-map-owner`: nobody is named to keep the map up to date.
pub(super) fn map_owner(map: &Map, out: &mut Vec<Finding>) {
    if map.owner.trim().is_empty() {
        out.push(Finding::new(
            Code::NoMapOwner,
            Location::root("owner"),
            None,
            "the map has no owner".to_owned(),
            "name the person who keeps the map alive after the workshop, e.g. owner = \"Anna Nowak\"",
        ));
    }
}

/// `review-overdue`: `review_by` lies before `today` (a review due today is not overdue).
pub(super) fn review_overdue(map: &Map, today: Date, out: &mut Vec<Finding>) {
    let Some(due) = map.review_by.filter(|&due| due < today) else {
        return;
    };
    let days = today.since(due).map_or(0, |span| span.get_days());
    let ago = if days == 1 {
        "yesterday".to_owned()
    } else {
        format!("{days} days ago")
    };
    out.push(Finding::new(
        Code::ReviewOverdue,
        Location::root("review_by"),
        None,
        format!("the review was due on {due} ({ago})"),
        "review the map with the team (is it still how customers experience the journey?), then set the next review_by date",
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
                "this future-state map does not say which current-state map it improves".to_owned(),
                "add based_on = \"current-state.toml\", a path relative to this map's folder",
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
            format!("based_on names \"{}\", which cannot be found", map.based_on),
            "based_on is relative to this map's folder; correct the path, or add the map it names",
        ));
    }
}
