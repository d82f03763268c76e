//! The screen of a guided session step: "Step k of 10 – Name" with a
//! progress bar and the timebox, the facilitator's questions and an
//! example, then the part of the map the step fills in (reusing the board's
//! views), with the step's extras: departments and stages still empty, the
//! pain points and dot budgets while voting, the gaps at review.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, LineGauge, Paragraph, Wrap};

use super::text::{clean, truncate};
use crate::model::Map;
use crate::tui::app::App;
use crate::tui::guide::{Guide, Step};
use crate::tui::theme::Theme;

/// Draws the step's frame and extras; returns the area left for the step's view.
pub fn draw(app: &App, guide: &Guide, theme: Theme, frame: &mut Frame, area: Rect) -> Rect {
    let step = guide.step;
    let questions = step.questions();
    let ask_rows = if area.height >= 30 {
        questions.len() as u16 + 2
    } else {
        2
    };
    let [header, ask, content] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(ask_rows),
        Constraint::Min(4),
    ])
    .areas(area);

    // Header: the step, the timebox, the progress bar.
    let timer = guide.timer();
    let timer_style = if timer.is_up(guide.now) {
        theme.warning()
    } else if timer.is_running() {
        theme.key()
    } else {
        theme.dim()
    };
    let timer_text = format!(
        "⏱ {}{} ",
        timer.label(guide.now),
        if timer.is_running() {
            ""
        } else {
            " (t starts)"
        }
    );
    let title = format!(" Step {} of 10 – {}", step.number(), step.name());
    let [left, right] = Layout::horizontal([
        Constraint::Min(10),
        Constraint::Length(super::text::width(&timer_text) as u16),
    ])
    .areas(Rect {
        height: 1,
        ..header
    });
    frame.render_widget(Paragraph::new(Line::styled(title, theme.title())), left);
    frame.render_widget(Paragraph::new(Line::styled(timer_text, timer_style)), right);
    let next = step
        .next()
        .map_or("done".to_owned(), |n| format!("next: {}", n.name()));
    frame.render_widget(
        LineGauge::default()
            .ratio(step.number() as f64 / 10.0)
            .label(format!("{}/10 · {next} ", step.number()))
            .filled_style(theme.title())
            .unfilled_style(theme.dim()),
        Rect {
            y: header.y + 1,
            height: 1,
            ..header
        },
    );

    // What to ask the room.
    let mut lines: Vec<Line> = Vec::new();
    if ask_rows > 2 {
        lines.push(Line::styled(
            "Ask the room:",
            theme.dim().add_modifier(Modifier::BOLD),
        ));
        lines.extend(questions.iter().map(|q| Line::raw(format!("  • {q}"))));
    } else if let Some(first) = questions.first() {
        lines.push(Line::raw(format!("Ask: {first}")));
    }
    lines.push(Line::from(vec![
        Span::styled("Example: ", theme.dim().add_modifier(Modifier::BOLD)),
        Span::styled(step.example(), theme.dim()),
    ]));
    let width = usize::from(ask.width);
    let lines: Vec<Line> = lines
        .into_iter()
        .map(|l| {
            let text: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
            if super::text::width(&text) > width {
                Line::styled(truncate(&text, width), l.style)
            } else {
                l
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), ask);

    match step {
        Step::Team => {
            let departments = departments_in_room(&app.map);
            if departments < 3 {
                return with_note(
                    frame,
                    theme,
                    content,
                    "Journeys cross departments: invite sales, service, support, delivery, finance, HR… (a adds a person)",
                    true,
                );
            }
            content
        }
        Step::Touchpoints => {
            let note = inventory_note(&app.map);
            with_note(frame, theme, content, &note, false)
        }
        Step::Opportunities => draw_voting(app, guide, theme, frame, content),
        Step::Metrics => {
            let note = metrics_note(&app.map);
            with_note(frame, theme, content, &note, false)
        }
        Step::Review => draw_review(app, theme, frame, content),
        _ => content,
    }
}

fn with_note(frame: &mut Frame, theme: Theme, area: Rect, note: &str, warn: bool) -> Rect {
    let [line, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    let style = if warn { theme.warning() } else { theme.dim() };
    frame.render_widget(
        Paragraph::new(Line::styled(truncate(note, usize::from(line.width)), style)),
        line,
    );
    rest
}

/// The number of distinct departments in the team.
pub fn departments_in_room(map: &Map) -> usize {
    let mut departments: Vec<String> = map
        .team
        .iter()
        .map(|p| p.department.trim().to_lowercase())
        .filter(|d| !d.is_empty())
        .collect();
    departments.sort();
    departments.dedup();
    departments.len()
}

/// "Own nothing yet: Finance, HR · Empty stages: Loyalty".
fn inventory_note(map: &Map) -> String {
    let mut idle: Vec<String> = map
        .team
        .iter()
        .map(|p| p.department.trim().to_owned())
        .filter(|d| !d.is_empty())
        .filter(|d| {
            !map.touchpoints
                .iter()
                .any(|t| t.owner.trim().eq_ignore_ascii_case(d))
        })
        .collect();
    idle.sort_by_key(|d| d.to_lowercase());
    idle.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    let empty: Vec<String> = map
        .stages
        .iter()
        .filter(|s| !map.touchpoints.iter().any(|t| t.stage == s.id))
        .map(|s| clean(&s.name))
        .collect();
    let idle = if idle.is_empty() {
        "none".to_owned()
    } else {
        idle.iter().map(|d| clean(d)).collect::<Vec<_>>().join(", ")
    };
    let empty = if empty.is_empty() {
        "none".to_owned()
    } else {
        empty.join(", ")
    };
    format!("Departments that own nothing yet: {idle} · Stages without touchpoints: {empty}")
}

/// "Stages without a metric: Loyalty, Delivery" – the metrics step works stage by stage.
fn metrics_note(map: &Map) -> String {
    let unmeasured: Vec<String> = map
        .stages
        .iter()
        .filter(|s| {
            !map.metrics.iter().any(|m| {
                m.links.contains(&s.id)
                    || map
                        .touchpoints
                        .iter()
                        .any(|t| t.stage == s.id && m.links.contains(&t.id))
            })
        })
        .map(|s| clean(&s.name))
        .collect();
    if unmeasured.is_empty() {
        "Every stage has a metric.".to_owned()
    } else {
        format!(
            "Stages without a metric yet: {} (link a metric to a stage in its `links`)",
            unmeasured.join(", ")
        )
    }
}

/// Voting: the participants with their dots left, the pain points to start
/// from; returns the area for the opportunities view.
fn draw_voting(app: &App, guide: &Guide, theme: Theme, frame: &mut Frame, area: Rect) -> Rect {
    let [votes, rest] = Layout::vertical([Constraint::Length(2), Constraint::Min(4)]).areas(area);
    let mut spans = vec![Span::styled(
        format!(
            "Dots ({} each; [ ] choose, v gives, V takes back): ",
            guide.budget
        ),
        theme.dim(),
    )];
    if app.map.team.is_empty() {
        spans.push(Span::styled(
            "add the team in step 3 to vote",
            theme.warning(),
        ));
    }
    for (i, p) in app.map.team.iter().enumerate() {
        let left = guide.budget.saturating_sub(guide.spent(&p.name));
        let dots = format!(
            "{}{}",
            "●".repeat(left as usize),
            "○".repeat((guide.budget - left) as usize)
        );
        let style = if i == guide.voter {
            theme.selected()
        } else {
            ratatui::style::Style::new()
        };
        spans.push(Span::styled(format!(" {} {dots} ", clean(&p.name)), style));
    }
    frame.render_widget(
        Paragraph::new(Line::from(spans)).wrap(Wrap { trim: true }),
        votes,
    );

    let pains: Vec<Line> = app
        .map
        .touchpoints
        .iter()
        .filter(|t| !t.pain_points.is_empty() || t.emotion.is_some_and(|e| e.get() <= -1))
        .flat_map(|t| {
            let badge = crate::tui::theme::emotion_badge(t.emotion);
            let mut lines = vec![Line::styled(
                format!("{badge} {}", clean(&t.name)),
                theme.emotion(t.emotion),
            )];
            lines.extend(
                t.pain_points
                    .iter()
                    .map(|p| Line::raw(format!("  ⚠ {}", clean(p)))),
            );
            lines
        })
        .collect();
    if rest.width >= 100 {
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(35), Constraint::Percentage(65)])
                .areas(rest);
        frame.render_widget(
            Paragraph::new(pains)
                .block(Block::bordered().title(" Start here: pain points and low moments ")),
            left,
        );
        right
    } else {
        rest
    }
}

/// The review: counts and open gaps beside the emotion curve.
fn draw_review(app: &App, theme: Theme, frame: &mut Frame, area: Rect) -> Rect {
    let map = &app.map;
    let gaps = gaps(map);
    let mut lines = vec![
        Line::styled(summary(map), theme.title()),
        Line::raw(format!(
            "Saved in {}",
            clean(&app.path.display().to_string())
        )),
        Line::raw(format!(
            "Owner: {} · Review by: {}",
            if map.owner.is_empty() {
                "not set (Enter)".to_owned()
            } else {
                clean(&map.owner)
            },
            map.review_by
                .map_or("not set (Enter)".to_owned(), |d| d.to_string())
        )),
    ];
    if gaps.is_empty() {
        lines.push(Line::styled("No gaps left open. Well done.", theme.key()));
    } else {
        lines.push(Line::styled("Gaps still open:", theme.warning()));
        lines.extend(gaps.into_iter().map(|g| Line::raw(format!("  • {g}"))));
    }
    let height = (lines.len() as u16 + 2).min(area.height / 2).max(4);
    let [summary, curve] =
        Layout::vertical([Constraint::Length(height), Constraint::Min(3)]).areas(area);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(Block::bordered().title(" The map so far ")),
        summary,
    );
    curve
}

/// The gaps the review step lists.
pub fn gaps(map: &Map) -> Vec<String> {
    let mut gaps = Vec::new();
    let count = |n: usize, what: &str| {
        if n > 0 {
            Some(format!("{n} {what}"))
        } else {
            None
        }
    };
    let empty_stages = map
        .stages
        .iter()
        .filter(|s| !map.touchpoints.iter().any(|t| t.stage == s.id))
        .count();
    gaps.extend(count(empty_stages, "stage(s) without touchpoints"));
    gaps.extend(count(
        map.touchpoints
            .iter()
            .filter(|t| t.emotion.is_none())
            .count(),
        "touchpoint(s) without an emotion",
    ));
    gaps.extend(count(
        map.touchpoints
            .iter()
            .filter(|t| t.evidence.is_empty())
            .count(),
        "touchpoint(s) without evidence",
    ));
    let addressed = |t: &crate::model::Touchpoint| {
        map.opportunities
            .iter()
            .any(|o| o.touchpoints.contains(&t.id) || o.stage.as_ref() == Some(&t.stage))
    };
    gaps.extend(count(
        map.touchpoints
            .iter()
            .filter(|t| !t.pain_points.is_empty() && !addressed(t))
            .count(),
        "touchpoint(s) with pain points and no opportunity",
    ));
    let measured = |o: &crate::model::Opportunity| {
        map.metrics.iter().any(|m| {
            m.links.contains(&o.id)
                || o.touchpoints.iter().any(|t| m.links.contains(t))
                || o.stage.as_ref().is_some_and(|s| m.links.contains(s))
        })
    };
    gaps.extend(count(
        map.opportunities.iter().filter(|o| !measured(o)).count(),
        "opportunity(ies) without a metric",
    ));
    gaps
}

/// "7 stages · 19 touchpoints · 2 personas · 8 opportunities · 6 metrics · 8 people".
fn summary(map: &Map) -> String {
    format!(
        "{} stages · {} touchpoints · {} personas · {} opportunities · {} metrics · {} people",
        map.stages.len(),
        map.touchpoints.len(),
        map.personas.len(),
        map.opportunities.len(),
        map.metrics.len(),
        map.team.len()
    )
}
