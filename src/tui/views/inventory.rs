//! Who touches the customer: owner departments × stages, counting the
//! touchpoints each department owns in each stage. Empty rows and columns
//! expose silos and gaps.

use std::collections::HashMap;

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Modifier;
use ratatui::widgets::{Block, Cell, Row, Table};

use super::text::{clean, truncate};
use crate::t;
use crate::tui::app::App;
use crate::tui::theme::Theme;

/// The departments that own touchpoints (or sit in the team), sorted, and the
/// count per department and stage.
pub fn grid(app: &App) -> (Vec<String>, Vec<Vec<usize>>) {
    let map = &app.map;
    let mut departments: Vec<String> = map
        .touchpoints
        .iter()
        .map(|t| t.owner.trim().to_owned())
        .chain(map.team.iter().map(|p| p.department.trim().to_owned()))
        .filter(|d| !d.is_empty())
        .collect();
    departments.sort_by_key(|d| d.to_lowercase());
    departments.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    // One pass over the touchpoints (a large map has thousands): after the
    // dedup, an owner names at most one department, ignoring ASCII case.
    let row_of: HashMap<String, usize> = departments
        .iter()
        .enumerate()
        .map(|(row, d)| (d.to_ascii_lowercase(), row))
        .collect();
    let columns = stage_columns(app);
    let mut counts = vec![vec![0; map.stages.len()]; departments.len()];
    for t in &map.touchpoints {
        let Some(&row) = row_of.get(&t.owner.trim().to_ascii_lowercase()) else {
            continue;
        };
        for &column in columns.get(t.stage.as_str()).into_iter().flatten() {
            counts[row][column] += 1;
        }
    }
    (departments, counts)
}

/// The columns of each stage id (more than one only in a map whose ids clash).
fn stage_columns(app: &App) -> HashMap<&str, Vec<usize>> {
    let mut columns: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, s) in app.map.stages.iter().enumerate() {
        columns.entry(s.id.as_str()).or_default().push(i);
    }
    columns
}

pub fn draw(app: &App, theme: Theme, frame: &mut Frame, area: Rect) {
    let map = &app.map;
    let (departments, counts) = grid(app);
    let stage_width =
        ((area.width.saturating_sub(22)) / (map.stages.len().max(1) as u16)).clamp(4, 14);
    let mut header = vec![Cell::from(t!("inventory-department"))];
    header.extend(
        map.stages
            .iter()
            .map(|s| Cell::from(truncate(&clean(&s.name), usize::from(stage_width)))),
    );
    let mut rows: Vec<Row> = departments
        .iter()
        .zip(&counts)
        .map(|(d, row)| {
            let mut cells = vec![Cell::from(clean(d))];
            cells.extend(row.iter().map(|n| {
                if *n == 0 {
                    Cell::from("·").style(theme.dim())
                } else {
                    Cell::from(n.to_string()).style(theme.key())
                }
            }));
            if row.iter().all(|n| *n == 0) {
                cells[0] = Cell::from(truncate(
                    &t!("inventory-owns-nothing", department = clean(d)),
                    22,
                ))
                .style(theme.dim());
            }
            Row::new(cells)
        })
        .collect();
    let columns = stage_columns(app);
    let mut unowned = vec![0; map.stages.len()];
    for t in map.touchpoints.iter().filter(|t| t.owner.trim().is_empty()) {
        for &column in columns.get(t.stage.as_str()).into_iter().flatten() {
            unowned[column] += 1;
        }
    }
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
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(theme.title().add_modifier(Modifier::BOLD)))
        .block(Block::bordered().title(truncate(
            &t!("inventory-title"),
            usize::from(area.width.saturating_sub(2)),
        )));
    frame.render_widget(table, area);
}
