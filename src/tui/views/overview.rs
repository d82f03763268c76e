//! The map's own fields, its goal and the team: the rows a facilitator
//! edits at the start of a workshop. Shows which departments are in the
//! room and warns, without blocking, when fewer than three are.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::text::{clean_head, truncate, width};
use crate::i18n;
use crate::model::Vocabulary;
use crate::t;
use crate::tui::app::App;
use crate::tui::theme::Theme;
use crate::tui::words;

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
    let mut lines = vec![Line::styled(t!("overview-map"), row_style(0))];
    // The labels are the schema's, in a column of 12 cut by display width.
    let labelled = |label: String, value: String| {
        let label = truncate(&label, 11);
        let pad = " ".repeat(12usize.saturating_sub(width(&label)));
        Line::from(vec![
            Span::styled(format!("  {label}{pad}"), theme.dim()),
            Span::raw(value),
        ])
    };
    // Every schema label is in fields.ftl (`tests/i18n_app.rs` checks it).
    let field = |label_id: &str, value: String| {
        labelled(words::message(&format!("field-{label_id}")), value)
    };
    let date = |d| i18n::date::format(d, i18n::current());
    lines.push(field("map-title", shown(&map.title)));
    lines.push(field("map-kind", map.kind.label().to_owned()));
    for (id, value) in [
        ("map-language", &map.language),
        ("map-based-on", &map.based_on),
        ("map-owner", &map.owner),
    ] {
        if !value.is_empty() {
            lines.push(field(id, shown(value)));
        }
    }
    if let Some(d) = map.created {
        lines.push(field("map-created", date(d)));
    }
    match map.review_by {
        Some(d) => lines.push(field("map-review-by", date(d))),
        None => lines.push(Line::styled(t!("overview-no-review-date"), theme.dim())),
    }
    for idea in &map.parking_lot {
        lines.push(field("map-parking-lot", shown(idea)));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(t!("overview-goal"), row_style(1)));
    let goal = &map.goal;
    if let Some(focus) = goal.focus {
        lines.push(field("goal-focus", focus.label().to_owned()));
    }
    for (id, value) in [
        ("goal-statement", &goal.statement),
        ("goal-scope", &goal.scope),
    ] {
        if !value.is_empty() {
            lines.push(field(id, shown(value)));
        }
    }
    for c in &goal.success_criteria {
        lines.push(labelled(t!("overview-success"), shown(c)));
    }
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(Block::bordered().title(t!("overview-map-and-goal"))),
        left,
    );

    let mut departments: Vec<String> = map
        .team
        .iter()
        .map(|p| app.departments().name(p.department.trim()).to_owned())
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
        // A member without a department (a customer in the room) shows none.
        let text = [
            shown(&p.name),
            shown(app.departments().name(&p.department)),
            p.role.local_label(),
        ]
        .into_iter()
        .filter(|part| !part.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
        team.push(Line::styled(
            truncate(&text, usize::from(right.width.saturating_sub(2))),
            style,
        ));
    }
    if map.team.is_empty() {
        team.push(Line::styled(t!("overview-no-team"), theme.dim()));
    }
    team.push(Line::raw(""));
    team.push(Line::styled(
        t!("overview-departments", count = departments.len()),
        theme.dim(),
    ));
    if departments.len() < 3 {
        team.push(Line::styled(
            t!("overview-invite-departments"),
            theme.warning(),
        ));
    }
    // The map's departments, selectable after the team (Enter edits one),
    // then the shared ones it uses, marked (edited in their own file).
    if !map.departments.is_empty() || !app.shared_departments.is_empty() {
        team.push(Line::raw(""));
        team.push(Line::styled(
            t!("overview-departments-title"),
            theme.title(),
        ));
    }
    for (i, d) in map.departments.iter().enumerate() {
        let style = if app.rows.overview == 2 + map.team.len() + i {
            theme.selected()
        } else {
            ratatui::style::Style::new()
        };
        let mut text = shown(&d.name);
        if !d.short_name.trim().is_empty() {
            text = format!("{text} ({})", shown(&d.short_name));
        }
        if !d.aliases.is_empty() {
            let aliases: Vec<String> = d.aliases.iter().map(|a| shown(a)).collect();
            text = format!("{text} · {}", aliases.join(", "));
        }
        team.push(Line::styled(
            truncate(&text, usize::from(right.width.saturating_sub(2))),
            style,
        ));
    }
    for d in &app.shared_departments {
        let file = app
            .repository_departments
            .iter()
            .find(|s| s.department.id == d.id)
            .and_then(|s| s.file.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = format!(
            "{} · {}",
            shown(&d.name),
            t!("portfolio-app-shared", file = shown(&file))
        );
        team.push(Line::styled(
            truncate(&text, usize::from(right.width.saturating_sub(2))),
            theme.dim(),
        ));
    }
    frame.render_widget(
        Paragraph::new(team)
            .wrap(Wrap { trim: false })
            .block(Block::bordered().title(t!("overview-team"))),
        right,
    );
}
