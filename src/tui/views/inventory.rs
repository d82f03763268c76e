//! Who touches the customer: owner departments × stages, counting the
//! touchpoints each department owns in each stage, and the backstage and
//! support actions it carries out. Empty rows and columns expose silos and
//! gaps. A row is a department of the map (however a reference spells
//! it: id, name, short name or alias); in a schema-1 map, a name.

use foldhash::{HashMap, HashSet};

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Modifier;
use ratatui::widgets::{Block, Cell, Row, Table};

use super::text::{clean, truncate};
use crate::model::{Departments, Lane};
use crate::t;
use crate::tui::app::App;
use crate::tui::theme::Theme;

/// Who a department reference means: the department's id when the map
/// has that department (by id, name, short name or alias), else the text
/// itself, trimmed and with case ignored (free text in a schema-1 map).
pub fn department_key(departments: Departments, reference: &str) -> String {
    match departments.of(reference) {
        Some(d) => d.id.to_string(),
        None => reference.trim().to_lowercase(),
    }
}

/// One row of the view: a department, the touchpoints it owns per stage,
/// and how many backstage and support actions it carries out.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DepartmentRow {
    pub name: String,
    pub counts: Vec<usize>,
    pub behind: usize,
}

/// What the view shows, worked out from every touchpoint once per state of
/// the map ([`App::inventory`]): the departments' rows, the touchpoints
/// without an owner per stage, and whether any has blueprint lanes.
#[derive(Debug)]
pub struct Figures {
    rows: Vec<DepartmentRow>,
    unowned: Vec<usize>,
    behind: bool,
}

/// [`Figures`] for the map as it is.
fn figures(app: &App) -> Figures {
    let map = &app.map;
    let columns = stage_columns(app);
    let mut unowned = vec![0; map.stages.len()];
    for t in map.touchpoints.iter().filter(|t| t.owner.trim().is_empty()) {
        for &column in columns.get(t.stage.as_str()).into_iter().flatten() {
            unowned[column] += 1;
        }
    }
    Figures {
        rows: grid(app),
        unowned,
        // The backstage column, for a map with blueprint lanes.
        behind: map
            .touchpoints
            .iter()
            .any(|t| !t.backstage.is_empty() || !t.support.is_empty()),
    }
}

/// One row per real department: the map's departments in their order,
/// then the names no department has (sorted, each once however it is
/// spelled) among touchpoint owners, blueprint actions and the team.
pub fn grid<'a>(app: &'a App) -> Vec<DepartmentRow> {
    let map = &app.map;
    let mut rows: Vec<DepartmentRow> = Vec::new();
    let mut row_of: HashMap<String, usize> = HashMap::default();
    let departments = app.departments();
    for d in departments.all() {
        row_of.entry(d.id.to_string()).or_insert_with(|| {
            rows.push(DepartmentRow {
                name: d.name.clone(),
                ..DepartmentRow::default()
            });
            rows.len() - 1
        });
    }
    // Each name once however it is spelled, the first spelling met; then
    // sorted, case ignored. A large map repeats a few owners thousands of
    // times: each is looked up and lower-cased once.
    let mut seen: HashSet<&str> = HashSet::default();
    let mut lowered: HashSet<String> = HashSet::default();
    let mut loose: Vec<(String, &str)> = Vec::new();
    let names = map
        .touchpoints
        .iter()
        .flat_map(|t| {
            std::iter::once(t.owner.as_str()).chain(
                Lane::ALL
                    .iter()
                    .flat_map(|l| t.lane(*l))
                    .map(|a| a.department.as_str()),
            )
        })
        .chain(map.team.iter().map(|p| p.department.as_str()))
        .map(str::trim);
    for name in names {
        if name.is_empty() || !seen.insert(name) || departments.of(name).is_some() {
            continue;
        }
        let lower = name.to_lowercase();
        if lowered.insert(lower.clone()) {
            loose.push((lower, name));
        }
    }
    loose.sort_by(|a, b| a.0.cmp(&b.0));
    for (lower, name) in loose {
        row_of.entry(lower).or_insert_with(|| {
            rows.push(DepartmentRow {
                name: name.to_owned(),
                ..DepartmentRow::default()
            });
            rows.len() - 1
        });
    }
    for row in &mut rows {
        row.counts = vec![0; map.stages.len()];
    }
    // One pass over the touchpoints (a large map has thousands), each
    // spelling of a department resolved to its row once.
    let columns = stage_columns(app);
    let mut row_of_reference: HashMap<&str, Option<usize>> = HashMap::default();
    let mut row_for = |reference: &'a str| -> Option<usize> {
        *row_of_reference
            .entry(reference)
            .or_insert_with(|| row_of.get(&department_key(departments, reference)).copied())
    };
    for t in &map.touchpoints {
        if let Some(row) = row_for(&t.owner) {
            for &column in columns.get(t.stage.as_str()).into_iter().flatten() {
                rows[row].counts[column] += 1;
            }
        }
        for action in t.backstage.iter().chain(&t.support) {
            if let Some(row) = row_for(&action.department) {
                rows[row].behind += 1;
            }
        }
    }
    rows
}

/// The columns of each stage id (more than one only in a map whose ids clash).
fn stage_columns(app: &App) -> HashMap<&str, Vec<usize>> {
    let mut columns: HashMap<&str, Vec<usize>> = HashMap::default();
    for (i, s) in app.map.stages.iter().enumerate() {
        columns.entry(s.id.as_str()).or_default().push(i);
    }
    columns
}

pub fn draw(app: &App, theme: Theme, frame: &mut Frame, area: Rect) {
    let map = &app.map;
    let figures = app.inventory.get(app, figures);
    let (departments, unowned, behind) = (&figures.rows, &figures.unowned, figures.behind);
    let label_width = if behind { 30 } else { 22 };
    let stage_width =
        ((area.width.saturating_sub(label_width)) / (map.stages.len().max(1) as u16)).clamp(4, 14);
    let mut header = vec![Cell::from(t!("inventory-department"))];
    header.extend(
        map.stages
            .iter()
            .map(|s| Cell::from(truncate(&clean(&s.name), usize::from(stage_width)))),
    );
    if behind {
        header.push(Cell::from(t!("inventory-backstage")));
    }
    let count = |n: usize| {
        if n == 0 {
            Cell::from("·").style(theme.dim())
        } else {
            Cell::from(n.to_string()).style(theme.key())
        }
    };
    let mut rows: Vec<Row> = departments
        .iter()
        .map(|d| {
            let mut cells = vec![Cell::from(clean(&d.name))];
            cells.extend(d.counts.iter().map(|n| count(*n)));
            if behind {
                cells.push(count(d.behind));
            }
            if d.counts.iter().all(|n| *n == 0) {
                cells[0] = Cell::from(truncate(
                    &t!("inventory-owns-nothing", department = clean(&d.name)),
                    usize::from(label_width),
                ))
                .style(theme.dim());
            }
            Row::new(cells)
        })
        .collect();
    if unowned.iter().any(|n| *n > 0) {
        let mut cells = vec![Cell::from(t!("inventory-no-owner")).style(theme.warning())];
        cells.extend(unowned.iter().map(|n| {
            Cell::from(if *n == 0 {
                "·".to_owned()
            } else {
                n.to_string()
            })
        }));
        rows.push(Row::new(cells));
    }
    let mut widths = vec![Constraint::Length(22)];
    widths.extend(map.stages.iter().map(|_| Constraint::Length(stage_width)));
    if behind {
        widths.push(Constraint::Length(8));
    }
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(theme.title().add_modifier(Modifier::BOLD)))
        .block(Block::bordered().title(truncate(
            &t!("inventory-title"),
            usize::from(area.width.saturating_sub(2)),
        )));
    frame.render_widget(table, area);
}
