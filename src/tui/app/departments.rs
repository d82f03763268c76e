//! The departments in the app: listed in the overview after the team,
//! edited in their form (name, short name, aliases), and deleted only
//! when nothing names them any more.

use super::{App, Mode};
use crate::model::DepartmentRef;
use crate::t;
use crate::tui::edit::ItemRef;

impl App {
    /// `d` on a department: asks first; while a team member, a touchpoint,
    /// an action or an opportunity names it, says which and deletes nothing.
    pub(super) fn ask_delete_department(&mut self, i: usize) {
        let Some(department) = self.map.departments.get(i) else {
            return;
        };
        let id = department.id.clone();
        let references: Vec<String> = self
            .map
            .department_references()
            .into_iter()
            .filter(|(_, reference)| {
                self.map
                    .department_of(reference)
                    .is_some_and(|d| d.id == id)
            })
            .map(|(at, _)| self.describe_reference(at))
            .collect();
        self.mode = Mode::ConfirmDelete {
            item: ItemRef::Department(i),
            blocked: !references.is_empty(),
            references,
        };
    }

    /// Where a department is named, for the delete dialog.
    fn describe_reference(&self, at: DepartmentRef) -> String {
        let map = &self.map;
        match at {
            DepartmentRef::Member(i) => t!(
                "department-named-by-member",
                name = map.team.get(i).map_or("", |p| p.name.as_str())
            ),
            DepartmentRef::TouchpointOwner(i) => t!(
                "department-named-by-owner",
                name = map.touchpoints.get(i).map_or("", |t| t.name.as_str())
            ),
            DepartmentRef::OpportunityOwner(i) => t!(
                "department-named-by-opportunity",
                name = map.opportunities.get(i).map_or("", |o| o.title.as_str())
            ),
            DepartmentRef::Action(i, lane, _) => t!(
                "department-named-by-action",
                name = map.touchpoints.get(i).map_or("", |t| t.name.as_str()),
                lane = lane.key()
            ),
        }
    }
}
