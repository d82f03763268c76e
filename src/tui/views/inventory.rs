//! Who touches the customer: owner departments × stages, counting the
//! touchpoints each department owns in each stage, and the backstage and
//! support actions it carries out. Empty rows and columns expose silos and
//! gaps. A row is a department of the map (however a reference spells
//! it: id, name, short name or alias); in a schema-1 map, a name.

use foldhash::{HashMap, HashSet};

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Modifier;
use ratatui::text::Line;
use ratatui::widgets::{Block, Cell, Row, Table};

use super::text::{clean, truncate};
use std::rc::Rc;

use crate::model::{Department, Departments, Id, Lane, Touchpoint};
use crate::t;
use crate::tui::app::App;
use crate::tui::app::Seen;
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
/// the map ([`App::inventory`]), and carried over an edit that leaves what
/// it counts alone ([`carried`]): the departments' rows, the touchpoints
/// without an owner per stage, and whether any has blueprint lanes.
#[derive(Debug)]
pub struct Figures {
    rows: Vec<DepartmentRow>,
    unowned: Vec<usize>,
    behind: bool,
    /// What they were worked out from, to carry them over a change that
    /// left it alone.
    from: Source,
}

/// Everything the grid counts from: the stages' ids, the departments (the
/// map's and the shared ones), the team's, and the touchpoints (whose
/// stage, owner and blueprint actions' departments count).
#[derive(Debug)]
struct Source {
    stages: Vec<Id>,
    departments: Vec<Department>,
    shared: Vec<Department>,
    team: Vec<String>,
    touchpoints: Seen<Touchpoint>,
}

impl Source {
    fn of(app: &App) -> Source {
        let map = &app.map;
        Source {
            stages: map.stages.iter().map(|s| s.id.clone()).collect(),
            departments: map.departments.clone(),
            shared: app.shared_departments.clone(),
            team: map.team.iter().map(|p| p.department.clone()).collect(),
            touchpoints: Seen::of(&map.touchpoints),
        }
    }

    /// Whether the grid of the map seen is the grid of `app`'s map now
    /// (the touchpoints seen become the map's).
    fn follow(&mut self, app: &App) -> bool {
        let map = &app.map;
        let around = self.stages.iter().eq(map.stages.iter().map(|s| &s.id))
            && self.departments == map.departments
            && self.shared == app.shared_departments
            && self.team.iter().eq(map.team.iter().map(|p| &p.department));
        // What a touchpoint counts for: its stage, its owner and who
        // carries out its blueprint actions (an emotion, a name or a
        // note leave the grid as it was).
        let alike = |a: &Touchpoint, b: &Touchpoint| {
            a.stage == b.stage
                && a.owner == b.owner
                && Lane::ALL.iter().all(|lane| {
                    let of = |t| Touchpoint::lane(t, *lane).iter().map(|a| &a.department);
                    of(a).eq(of(b))
                })
        };
        let changed = self.touchpoints.follow(&map.touchpoints);
        around
            && changed.is_some_and(|changed| {
                changed
                    .iter()
                    .all(|(at, before)| alike(before, &map.touchpoints[*at]))
            })
    }
}

/// Works the view's figures out now, unless they are kept already.
pub fn warm(app: &App) {
    app.inventory.get_or_carry(app, (), carried);
}

/// The figures kept for the map before a change, when the change left
/// what they count alone (most edits: an emotion, a text), else worked
/// out anew.
fn carried(app: &App, kept: Option<Rc<Figures>>) -> Figures {
    // Nothing else holds the figures between frames.
    let Some(mut figures) = kept.and_then(Rc::into_inner) else {
        return worked_out(app);
    };
    if !figures.from.follow(app) {
        return worked_out(app);
    }
    #[cfg(debug_assertions)]
    {
        let fresh = self::figures(app);
        assert!(
            fresh.rows == figures.rows
                && fresh.unowned == figures.unowned
                && fresh.behind == figures.behind,
            "the inventory's grid carried over a change that changed it"
        );
    }
    figures
}

/// [`figures`], counted in tests.
fn worked_out(app: &App) -> Figures {
    #[cfg(test)]
    WORKED_OUT.with(|n| n.set(n.get() + 1));
    figures(app)
}

#[cfg(test)]
thread_local! {
    /// How many times this thread worked the grid out from every
    /// touchpoint (rather than carrying it over a change).
    pub(crate) static WORKED_OUT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
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
        from: Source::of(app),
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

/// The stage columns the view shows: as many as fit at a width that shows
/// every count whole, around the selected stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Window {
    label: u16,
    stage: u16,
    behind: u16,
    first: usize,
    shown: usize,
}

/// Lays the columns out in `width` cells (inside the border): the
/// department column, then stages from `selected`'s window, then the
/// backstage column when there is one. Counts are not cut: when not every
/// stage fits, fewer are shown, and moving between stages brings the
/// others in (on a terminal too narrow for even one stage column beside
/// the departments, that one is squeezed).
fn window(
    width: u16,
    stages: usize,
    selected: usize,
    largest: usize,
    behind: Option<u16>,
) -> Window {
    // Table cells are one apart.
    const GAP: u16 = 1;
    let digits = u16::try_from(largest.max(1).to_string().len()).unwrap_or(u16::MAX);
    let narrowest = digits.max(4);
    let label = (if behind.is_some() { 30 } else { 22 })
        .min(width / 3)
        .max(8);
    let behind_width = behind.map_or(0, |w| w + GAP);
    let room = width.saturating_sub(label + behind_width);
    let fit = usize::from(room / (narrowest + GAP)).max(1);
    let shown = stages.min(fit);
    let stage = u16::try_from(shown)
        .ok()
        .filter(|&n| n > 0)
        .map_or(narrowest, |n| {
            (room / n).saturating_sub(GAP).clamp(narrowest, 14)
        });
    let first = selected
        .saturating_sub(shown / 2)
        .min(stages.saturating_sub(shown));
    Window {
        label,
        stage,
        behind: behind.unwrap_or(0),
        first,
        shown,
    }
}

pub fn draw(app: &App, theme: Theme, frame: &mut Frame, area: Rect) {
    let map = &app.map;
    let figures = app.inventory.get_or_carry(app, (), carried);
    let (departments, unowned, behind) = (&figures.rows, &figures.unowned, figures.behind);
    let backstage = t!("inventory-backstage");
    let largest = departments
        .iter()
        .flat_map(|d| d.counts.iter().copied())
        .chain(unowned.iter().copied())
        .max()
        .unwrap_or(0);
    // The backstage column: its heading, or its largest count if wider.
    let behind_width = behind.then(|| {
        let most = departments.iter().map(|d| d.behind).max().unwrap_or(0);
        let width = crate::text::width(&backstage).max(most.to_string().len());
        u16::try_from(width).unwrap_or(14).clamp(4, 14)
    });
    let inner = area.width.saturating_sub(2);
    let w = window(inner, map.stages.len(), app.stage, largest, behind_width);
    let visible = w.first..(w.first + w.shown).min(map.stages.len());
    let mut header = vec![Cell::from(truncate(
        &t!("inventory-department"),
        usize::from(w.label),
    ))];
    header.extend(
        map.stages[visible.clone()]
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let cell = Cell::from(truncate(&clean(&s.name), usize::from(w.stage)));
                if w.first + i == app.stage {
                    cell.style(theme.selected())
                } else {
                    cell
                }
            }),
    );
    if behind {
        header.push(Cell::from(truncate(&backstage, usize::from(w.behind))));
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
            let label = if d.counts.iter().all(|n| *n == 0) {
                Cell::from(truncate(
                    &t!("inventory-owns-nothing", department = clean(&d.name)),
                    usize::from(w.label),
                ))
                .style(theme.dim())
            } else {
                Cell::from(truncate(&clean(&d.name), usize::from(w.label)))
            };
            let mut cells = vec![label];
            cells.extend(
                d.counts
                    .get(visible.clone())
                    .unwrap_or_default()
                    .iter()
                    .map(|n| count(*n)),
            );
            if behind {
                cells.push(count(d.behind));
            }
            Row::new(cells)
        })
        .collect();
    if unowned.iter().any(|n| *n > 0) {
        let mut cells = vec![
            Cell::from(truncate(&t!("inventory-no-owner"), usize::from(w.label)))
                .style(theme.warning()),
        ];
        cells.extend(
            unowned
                .get(visible.clone())
                .unwrap_or_default()
                .iter()
                .map(|n| {
                    Cell::from(if *n == 0 {
                        "·".to_owned()
                    } else {
                        n.to_string()
                    })
                }),
        );
        rows.push(Row::new(cells));
    }
    let mut widths = vec![Constraint::Length(w.label)];
    widths.extend(visible.clone().map(|_| Constraint::Length(w.stage)));
    if behind {
        widths.push(Constraint::Length(w.behind));
    }
    // Which stages are shown, when not all are: on the right of the
    // border, whole; the title gives way to it.
    let shown = (w.shown < map.stages.len()).then(|| {
        t!(
            "inventory-window",
            first = visible.start + 1,
            last = visible.end,
            total = map.stages.len()
        )
    });
    let room = usize::from(inner)
        .saturating_sub(shown.as_deref().map_or(0, |s| crate::text::width(s) + 1));
    let mut block = Block::bordered().title(truncate(&t!("inventory-title"), room));
    if let Some(shown) = shown {
        block = block.title(Line::from(shown).right_aligned());
    }
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(theme.title().add_modifier(Modifier::BOLD)))
        .block(block);
    frame.render_widget(table, area);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_count_is_whole_and_the_selected_stage_is_shown() {
        // 50 stages in a 118-cell table: fewer shown, at least 4 wide.
        for selected in [0, 7, 25, 49] {
            let w = window(118, 50, selected, 27, Some(9));
            assert!(w.stage >= 4);
            assert!((w.first..w.first + w.shown).contains(&selected), "{w:?}");
            let used = w.label + (w.stage + 1) * w.shown as u16 + w.behind + 1;
            assert!(used <= 118, "{w:?} uses {used}");
            assert!(w.first + w.shown <= 50);
        }
        // Few stages: all of them, wider.
        let w = window(118, 3, 0, 5, None);
        assert_eq!((w.first, w.shown, w.stage), (0, 3, 14));
        // Large counts widen the columns.
        assert!(window(118, 50, 0, 123_456, None).stage >= 6);
        // A narrow terminal still shows a stage, the selected one.
        let w = window(20, 50, 10, 3, None);
        assert!(w.shown >= 1 && (w.first..w.first + w.shown).contains(&10));
        assert!(w.label + (w.stage + 1) * w.shown as u16 <= 20, "{w:?}");
        // Too narrow for a stage column beside the departments: one, squeezed.
        assert_eq!(window(9, 50, 10, 3, None).shown, 1);
    }
}
