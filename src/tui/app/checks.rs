//! The Checks view's part of the app: the findings of the workshop checks
//! and the unresolved merge conflicts as one list; Enter jumps to a
//! finding's item, or asks "keep ours / take theirs" for a conflict.

use super::{App, Mode, View};
use crate::check::{self, Context, Finding};
use crate::merge::{self, Side};
use crate::model::Section;
use crate::tui::status::Notice;

/// One row of the Checks view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CheckRow {
    /// An unresolved merge conflict (index into `map.conflicts`) and its description.
    Conflict(usize, String),
    Finding(Finding),
}

impl App {
    /// The rows of the Checks view: conflicts first, then the findings.
    pub fn check_rows(&self) -> Vec<CheckRow> {
        let mut rows: Vec<CheckRow> = merge::conflict_messages(&self.map)
            .into_iter()
            .enumerate()
            .map(|(i, text)| CheckRow::Conflict(i, text))
            .collect();
        let exists = |p: &std::path::Path| p.is_file();
        let context = Context::for_file(self.today, &self.path, &exists);
        rows.extend(
            check::run(&self.map, &context)
                .findings
                .into_iter()
                .map(CheckRow::Finding),
        );
        rows
    }

    /// Enter on a row of the Checks view.
    pub(super) fn open_check_row(&mut self) {
        let rows = self.check_rows();
        match rows.get(self.rows.checks) {
            Some(CheckRow::Conflict(index, _)) => self.mode = Mode::Resolve { conflict: *index },
            Some(CheckRow::Finding(finding)) => {
                self.go_to(finding.location.section, finding.location.index)
            }
            None => self.say(Notice::NoFindings),
        }
    }

    /// Shows the item at `section`/`index` in the view that holds it.
    pub fn go_to(&mut self, section: Section, index: Option<usize>) {
        let i = index.unwrap_or(0);
        match section {
            Section::Touchpoints if i < self.map.touchpoints.len() => self.show_card(i),
            Section::Stages => {
                self.view = View::Board;
                self.select_stage(i);
                self.on_header = true;
            }
            Section::Personas => {
                self.view = View::Personas;
                self.rows.personas = i;
            }
            Section::Opportunities => {
                self.view = View::Opportunities;
                self.rows.opportunities = self
                    .ranked_opportunities()
                    .iter()
                    .position(|&o| o == i)
                    .unwrap_or(0);
            }
            Section::Metrics => {
                self.view = View::Metrics;
                self.rows.metrics = i;
            }
            Section::Team => {
                self.view = View::Overview;
                self.rows.overview = i + 2;
            }
            // The overview lists the departments after the team.
            Section::Departments => {
                self.view = View::Overview;
                self.rows.overview = 2 + self.map.team.len() + i;
            }
            Section::Goal => {
                self.view = View::Overview;
                self.rows.overview = 1;
            }
            Section::Root | Section::Touchpoints => {
                self.view = View::Overview;
                self.rows.overview = 0;
            }
        }
        self.clamp_selection();
    }

    /// Settles a merge conflict with one side's value, as one undoable change.
    pub(super) fn resolve(&mut self, conflict: usize, side: Side) {
        let mut trial = self.map.clone();
        match merge::resolve(&mut trial, conflict, side) {
            Ok(()) => {
                self.history.record(&self.map);
                self.map = trial;
                self.clamp_selection();
                self.say(match side {
                    Side::Ours => Notice::KeptOurs,
                    Side::Theirs => Notice::TookTheirs,
                });
            }
            Err(err) => self.say(Notice::NotSettled(err.to_string())),
        }
    }
}
