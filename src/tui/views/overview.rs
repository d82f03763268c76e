//! The map's own fields, its goal and the team: the rows a facilitator
//! edits at the start of a workshop. Shows which departments are in the
//! room and warns, without blocking, when fewer than three are.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::text::{clean_head, truncate};
use crate::model::Vocabulary;
use crate::tui::app::App;
use crate::tui::theme::Theme;

pub fn draw(app: &App, theme: Theme, frame: &mut Frame, area: Rect) {
    let map = &app.map;
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(area);
    let row_style = |row: usize| {
        if app.rows.overview == row {
            theme.selected()
        } else {
            theme.title()
        }
    };

    // No field can show more than a screenful: cut long texts before wrapping.
    let room = usize::from(area.width) * usize::from(area.height);
    let shown = |text: &str| clean_head(text, room);
    let mut lines = vec![Line::styled("Map", row_style(0))];
    let field = |label: &str, value: String| {
        Line::from(vec![
            Span::styled(format!("  {label:<12}"), theme.dim()),
            Span::raw(value),
        ])
    };
    lines.push(field("Title", shown(&map.title)));
    lines.push(field("Kind", map.kind.label().to_owned()));
    for (label, value) in [
        ("Language", &map.language),
        ("Based on", &map.based_on),
        ("Owner", &map.owner),
    ] {
        if !value.is_empty() {
            lines.push(field(label, shown(value)));
        }
    }
    if let Some(d) = map.created {
        lines.push(field("Created", d.to_string()));
    }
    match map.review_by {
        Some(d) => lines.push(field("Review by", d.to_string())),
        None => lines.push(Line::styled(
            "  No review date: maps die when nobody owns them",
            theme.dim(),
        )),
    }
    for idea in &map.parking_lot {
        lines.push(field("Parking lot", shown(idea)));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled("Goal", row_style(1)));
    let goal = &map.goal;
    if let Some(focus) = goal.focus {
        lines.push(field("Focus", focus.label().to_owned()));
    }
    for (label, value) in [("Statement", &goal.statement), ("Scope", &goal.scope)] {
        if !value.is_empty() {
            lines.push(field(label, shown(value)));
        }
    }
    for c in &goal.success_criteria {
        lines.push(field("Success", shown(c)));
    }
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(Block::bordered().title(" Map and goal ")),
        left,
    );

    let mut departments: Vec<String> = map
        .team
        .iter()
        .map(|p| p.department.trim().to_owned())
        .filter(|d| !d.is_empty())
        .collect();
    departments.sort_by_key(|d| d.to_lowercase());
    departments.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    let mut team = Vec::new();
    for (i, p) in map.team.iter().enumerate() {
        let style = if app.rows.overview == i + 2 {
            theme.selected()
        } else {
            ratatui::style::Style::new()
        };
        let text = format!(
            "{} · {} · {}",
            shown(&p.name),
            shown(&p.department),
            p.role.label()
        );
        team.push(Line::styled(
            truncate(&text, usize::from(right.width.saturating_sub(2))),
            style,
        ));
    }
    if map.team.is_empty() {
        team.push(Line::styled(
            "No one yet: a adds a team member",
            theme.dim(),
        ));
    }
    team.push(Line::raw(""));
    team.push(Line::styled(
        format!("Departments in the room: {}", departments.len()),
        theme.dim(),
    ));
    if departments.len() < 3 {
        team.push(Line::styled(
            "Journeys cross departments: invite sales, service, support, delivery, finance, HR…",
            theme.warning(),
        ));
    }
    frame.render_widget(
        Paragraph::new(team)
            .wrap(Wrap { trim: false })
            .block(Block::bordered().title(" Team ")),
        right,
    );
}
