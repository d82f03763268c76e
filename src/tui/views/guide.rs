//! The screen of a guided session step: "Step k of 10 – Name" (of 11 with
//! the blueprint step) with a
//! progress bar and the timebox, the facilitator's questions and an
//! example, then the part of the map the step fills in (reusing the board's
//! views), with the step's extras: departments and stages still empty, the
//! pain points and dot budgets while voting, the gaps at review.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, LineGauge, Paragraph};

use super::text::{clean, truncate};
use crate::check::{Context, Severity};
use crate::model::Map;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::guide::{Guide, Step};
use crate::tui::keymap::KeyMode;
use crate::tui::theme::Theme;
use crate::{i18n, t};

/// Wraps `text` to `width` columns, the first line after `first`, the
/// others indented to line up under it.
fn wrapped(first: &str, text: &str, width: usize) -> Vec<String> {
    let indent = super::text::width(first);
    super::text::wrap(text, width.saturating_sub(indent).max(8))
        .into_iter()
        .enumerate()
        .map(|(i, line)| {
            if i == 0 {
                format!("{first}{line}")
            } else {
                format!("{}{line}", " ".repeat(indent))
            }
        })
        .collect()
}

/// Draws the step's frame and extras; returns the area left for the step's view.
pub fn draw(app: &App, guide: &Guide, theme: Theme, frame: &mut Frame, area: Rect) -> Rect {
    let step = guide.step;
    let questions = step.questions(app.map.kind);
    let width = usize::from(area.width);
    // Every question, wrapped; then the example.
    let mut ask_lines: Vec<Line> = Vec::new();
    for q in questions {
        ask_lines.extend(wrapped("• ", &q, width).into_iter().map(Line::raw));
    }
    // On a short, narrow screen the voting step's example gives its row
    // to the pain points the room votes from, when they are many (see
    // `draw_voting`).
    let crowded = step == Step::Opportunities && short_voting(area) && pain_lines(&app.map) > 4;
    if !crowded {
        ask_lines.extend(
            wrapped(&t!("guide-example"), &step.example(app.map.kind), width)
                .into_iter()
                .map(|l| Line::styled(l, theme.dim())),
        );
    }
    // At most a third of the screen; the rest pages with PgDn, and says so.
    let room = usize::from((area.height / 3).max(3));
    let paged = ask_lines.len() > room && step != Step::Review;
    let ask_rows = ask_lines.len().min(room) as u16;
    let [header, ask, content] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(ask_rows),
        Constraint::Min(4),
    ])
    .areas(area);

    // Header: the step, the timebox, the progress bar and the overall clock.
    let timer = guide.timer();
    let timer_style = if timer.is_up(guide.now) {
        theme.warning()
    } else if timer.is_running() {
        theme.key()
    } else {
        theme.dim()
    };
    let timer_text = if timer.is_running() {
        format!("⏱ {} ", timer.label(guide.now))
    } else {
        format!("⏱ {} {} ", timer.label(guide.now), t!("guide-timer-starts"))
    };
    let title = t!(
        "guide-step-title",
        number = guide.number(),
        count = guide.count(),
        name = step.name()
    );
    let [left, right] = Layout::horizontal([
        Constraint::Min(10),
        Constraint::Length(super::text::width(&timer_text) as u16),
    ])
    .areas(Rect {
        height: 1,
        ..header
    });
    frame.render_widget(
        Paragraph::new(Line::styled(
            truncate(&title, usize::from(left.width)),
            theme.title(),
        )),
        left,
    );
    frame.render_widget(Paragraph::new(Line::styled(timer_text, timer_style)), right);
    let next = guide
        .next()
        .map_or_else(|| t!("guide-done"), |n| t!("guide-next", name = n.name()));
    let over = guide.elapsed_total() > guide.planned_total();
    frame.render_widget(
        LineGauge::default()
            .ratio(guide.number() as f64 / guide.count().max(1) as f64)
            .label(Line::from(vec![
                Span::raw(format!("{}/{} · {next} · ", guide.number(), guide.count())),
                Span::styled(
                    format!("{} ", guide.clock_label()),
                    if over { theme.warning() } else { theme.dim() },
                ),
            ]))
            .filled_style(theme.title())
            .unfilled_style(theme.dim()),
        Rect {
            y: header.y + 1,
            height: 1,
            ..header
        },
    );

    // What to ask the room: every question, paged when the screen is short.
    let total = ask_lines.len();
    let rows = usize::from(ask_rows);
    let lines: Vec<Line> = if paged {
        let offset = guide.scroll.min(total.saturating_sub(rows - 1));
        let mut shown: Vec<Line> = ask_lines.into_iter().skip(offset).take(rows - 1).collect();
        let more = if offset + rows - 1 < total {
            t!("guide-more-lines", count = total - offset - (rows - 1))
        } else {
            t!("guide-page-back")
        };
        shown.push(Line::styled(more, theme.key()));
        shown
    } else {
        ask_lines
    };
    frame.render_widget(Paragraph::new(lines), ask);

    match step {
        Step::Team => {
            let departments = departments_in_room(app);
            if departments < 3 {
                return with_note(frame, theme, content, &t!("guide-invite-departments"), true);
            }
            content
        }
        Step::Touchpoints => {
            let note = inventory_note(app);
            let rest = with_note(frame, theme, content, &note, false);
            if guide.blueprint {
                return rest;
            }
            // The blueprint step is offered on every kind of map.
            let key = app
                .keymap
                .first_key_label(KeyMode::Board, Action::BlueprintStep);
            with_note(
                frame,
                theme,
                rest,
                &t!("guide-blueprint-offer", key = key),
                false,
            )
        }
        Step::Blueprint => super::guide_blueprint::draw(app, theme, frame, content),
        Step::Opportunities => draw_voting(app, guide, theme, frame, content),
        Step::Metrics => {
            let note = metrics_note(&app.map);
            with_note(frame, theme, content, &note, false)
        }
        Step::Review => draw_review(app, guide, theme, frame, content),
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
pub fn departments_in_room(app: &App) -> usize {
    let map = &app.map;
    let mut departments: Vec<String> = map
        .team
        .iter()
        .map(|p| super::inventory::department_key(app.departments(), &p.department))
        .filter(|d| !d.is_empty())
        .collect();
    departments.sort();
    departments.dedup();
    departments.len()
}

/// "Own nothing yet: Finance, HR · Empty stages: Loyalty".
fn inventory_note(app: &App) -> String {
    let map = &app.map;
    let mut idle: Vec<String> = map
        .team
        .iter()
        .map(|p| p.department.trim())
        .filter(|d| !d.is_empty())
        .filter(|d| {
            let key = super::inventory::department_key(app.departments(), d);
            !map.touchpoints
                .iter()
                .any(|t| super::inventory::department_key(app.departments(), &t.owner) == key)
        })
        .map(|d| app.departments().name(d).to_owned())
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
        t!("guide-none")
    } else {
        idle.iter().map(|d| clean(d)).collect::<Vec<_>>().join(", ")
    };
    let empty = if empty.is_empty() {
        t!("guide-none")
    } else {
        empty.join(", ")
    };
    t!("guide-inventory-note", idle = idle, empty = empty)
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
        t!("guide-every-stage-measured")
    } else {
        t!("guide-stages-unmeasured", stages = unmeasured.join(", "))
    }
}

/// Voting: every participant with their dots left (the selected one
/// highlighted and marked ▶), the pain points to start from; returns the
/// area for the opportunities view.
fn draw_voting(app: &App, guide: &Guide, theme: Theme, frame: &mut Frame, area: Rect) -> Rect {
    let width = usize::from(area.width);
    let key = |action| app.keymap.first_key_label(KeyMode::Board, action);
    let intro = t!(
        "guide-dots",
        budget = guide.budget,
        prev = key(Action::PreviousVoter),
        next = key(Action::NextVoter),
        give = key(Action::AddDot),
        take = key(Action::RemoveDot)
    );
    // Lay the participants out in rows, never cutting one.
    let mut rows: Vec<Vec<Span>> = vec![vec![Span::styled(intro.clone(), theme.dim())]];
    let mut used = super::text::width(&intro);
    if app.map.team.is_empty() {
        rows[0].push(Span::styled(t!("guide-team-to-vote"), theme.warning()));
    }
    for (i, p) in app.map.team.iter().enumerate() {
        let left = guide.budget.saturating_sub(guide.spent(&p.name));
        let dots = format!(
            "{}{}",
            "●".repeat(left as usize),
            "○".repeat(guide.budget.saturating_sub(left) as usize)
        );
        let selected = i == guide.voter;
        let chip = format!(
            "{}{} {dots} ",
            if selected { "▶" } else { " " },
            truncate(&clean(&p.name), width.saturating_sub(8).max(4))
        );
        let style = if selected {
            theme.selected()
        } else {
            ratatui::style::Style::new()
        };
        let w = super::text::width(&chip) + 1;
        if used + w > width {
            rows.push(Vec::new());
            used = 0;
        }
        used += w;
        if let Some(row) = rows.last_mut() {
            row.push(Span::raw(" "));
            row.push(Span::styled(chip, style));
        }
    }
    let height = (rows.len() as u16).min(area.height.saturating_sub(4).max(1));
    let [votes, rest] =
        Layout::vertical([Constraint::Length(height), Constraint::Min(4)]).areas(area);
    frame.render_widget(
        Paragraph::new(rows.into_iter().map(Line::from).collect::<Vec<_>>()),
        votes,
    );

    // Each touchpoint in its emotion's colour, then its pain points.
    let pains: Vec<(String, Style)> = pained(&app.map)
        .flat_map(|t| {
            let badge = crate::tui::theme::emotion_badge(t.emotion);
            let star = if t.moment_of_truth { " ★" } else { "" };
            let mut lines = vec![(
                format!("{badge} {}{star}", clean(&t.name)),
                theme.emotion(t.emotion),
            )];
            lines.extend(
                t.pain_points
                    .iter()
                    .map(|p| (format!("  ⚠ {}", clean(p)), Style::new())),
            );
            lines
        })
        .collect();
    if rest.width >= 100 {
        // Wide: beside the ideas, as tall as the room.
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(35), Constraint::Percentage(65)])
                .areas(rest);
        let lines = pain_rows(pains, usize::from(left.width.saturating_sub(2)));
        draw_pains(app, guide, theme, frame, left, lines, true);
        right
    } else if pains.is_empty() {
        rest
    } else {
        // Narrow: above the ideas, a fair half of the room (the ideas keep
        // room for two), so a projector at 80×24 shows several pain points
        // at once.
        let lines = pain_rows(pains, usize::from(rest.width));
        let height = pains_height(rest.height, lines.len());
        let [top, bottom] =
            Layout::vertical([Constraint::Length(height), Constraint::Min(3)]).areas(rest);
        draw_pains(app, guide, theme, frame, top, lines, false);
        bottom
    }
}

/// The pain points and low moments (`lines`, wrapped to fit) in `area`: boxed
/// beside the ideas (`wide`), or under a title row above them. The step's
/// page keys scroll them; the title says which are shown of how many, and
/// "▼ N more" (on the bottom border when boxed, at the title row's end
/// above the ideas) how many follow.
fn draw_pains(
    app: &App,
    guide: &Guide,
    theme: Theme,
    frame: &mut Frame,
    area: Rect,
    lines: Vec<Line<'static>>,
    wide: bool,
) {
    let frame_rows: u16 = if wide { 2 } else { 1 };
    let inner = usize::from(area.height.saturating_sub(frame_rows));
    let offset = guide.scroll.min(lines.len().saturating_sub(inner));
    let down = app
        .keymap
        .first_key_label(KeyMode::Board, Action::ScrollStepDown);
    let up = app
        .keymap
        .first_key_label(KeyMode::Board, Action::ScrollStepUp);
    let title = if lines.len() > inner {
        t!(
            "guide-pains-paged",
            first = offset + 1,
            last = (offset + inner).min(lines.len()),
            total = lines.len(),
            down = down.clone(),
            up = up
        )
    } else {
        t!("guide-pains-title")
    };
    let below = lines.len().saturating_sub(offset + inner);
    let more = if below > 0 {
        t!("guide-pains-more", count = below, down = down)
    } else {
        String::new()
    };
    let block = if wide {
        let block =
            Block::bordered().title(truncate(&title, usize::from(area.width.saturating_sub(2))));
        if below > 0 {
            block.title_bottom(Line::styled(more, theme.key()))
        } else {
            block
        }
    } else {
        // The count of the pain points below always shows; the title gives way.
        let room =
            usize::from(area.width.saturating_sub(2)).saturating_sub(super::text::width(&more) + 1);
        let block = Block::new()
            .borders(ratatui::widgets::Borders::TOP)
            .title(truncate(&title, room));
        if below > 0 {
            block.title(Line::styled(more, theme.key()).right_aligned())
        } else {
            block
        }
    };
    frame.render_widget(
        Paragraph::new(lines.into_iter().skip(offset).collect::<Vec<_>>()).block(block),
        area,
    );
}

/// The pain points' lines wrapped to `width` columns (by display width; a
/// pain point's further rows indented under it).
fn pain_rows(pains: Vec<(String, Style)>, width: usize) -> Vec<Line<'static>> {
    pains
        .into_iter()
        .flat_map(|(text, style)| {
            crate::tui::app::wrap_lines(&[text], width.max(1))
                .into_iter()
                .map(move |row| Line::styled(row, style))
        })
        .collect()
}

/// The touchpoints the voting step lists as pain points and low moments.
fn pained(map: &Map) -> impl Iterator<Item = &crate::model::Touchpoint> {
    map.touchpoints
        .iter()
        .filter(|t| !t.pain_points.is_empty() || t.emotion.is_some_and(|e| e.get() <= -1))
        .map(|t| &**t)
}

/// How many lines the voting step's pain points take: a touchpoint's, and
/// one per pain point.
fn pain_lines(map: &Map) -> usize {
    pained(map).map(|t| 1 + t.pain_points.len()).sum()
}

/// Below this many rows (and narrower than 100 columns, where the pain
/// points sit above the ideas) the voting step leaves out its example.
const SHORT: u16 = 30;

/// True when the voting step's area is short and narrow (see [`SHORT`]).
fn short_voting(area: Rect) -> bool {
    area.width < 100 && area.height < SHORT
}

/// The rows of the pain points above the ideas in `rest` rows, for
/// `lines` lines of pain points: half the room, leaving the ideas seven
/// rows (their header and two ideas), at least three, and no more than
/// the lines need (with the title row).
fn pains_height(rest: u16, lines: usize) -> u16 {
    let need = u16::try_from(lines + 1).unwrap_or(u16::MAX);
    rest.div_ceil(2)
        .min(rest.saturating_sub(7))
        .max(3)
        .min(need)
}

/// The review: counts, owner, and every finding of the workshop checks
/// (the same [`crate::check::run`] as `cjm check`, so the counts agree),
/// scrolled with PgDn / PgUp; returns the area for the emotion curve.
fn draw_review(app: &App, guide: &Guide, theme: Theme, frame: &mut Frame, area: Rect) -> Rect {
    let map = &app.map;
    let exists = |p: &std::path::Path| p.is_file();
    let report = crate::check::run(map, &Context::for_file(app.today, &app.path, &exists));
    let width = usize::from(area.width.saturating_sub(2));
    let owner = t!(
        "guide-owner",
        owner = if map.owner.is_empty() {
            t!("guide-not-set")
        } else {
            clean(&map.owner)
        },
        review = map.review_by.map_or_else(
            || t!("guide-not-set"),
            |d| i18n::date::format(d, i18n::current())
        ),
        path = clean(&app.path.display().to_string())
    );
    let mut lines: Vec<Line> = wrapped("", &summary(map), width)
        .into_iter()
        .map(|l| Line::styled(l, theme.title()))
        .collect();
    lines.extend(wrapped("", &owner, width).into_iter().map(Line::raw));
    if report.findings.is_empty() {
        lines.push(Line::styled(t!("guide-no-gaps"), theme.key()));
    } else {
        lines.push(Line::styled(
            t!(
                "guide-gaps",
                warnings = report.warnings(),
                notes = report.notes()
            ),
            theme.warning(),
        ));
        for f in &report.findings {
            let style = if f.severity() == Severity::Warning {
                theme.warning()
            } else {
                theme.dim()
            };
            let text = format!("{} [{}]", clean(&f.message), f.code.as_str());
            let head = format!("  {:<8}", f.severity().as_str());
            for (i, line) in wrapped(&head, &text, width).into_iter().enumerate() {
                lines.push(if i == 0 {
                    Line::styled(line, style)
                } else {
                    Line::raw(line)
                });
            }
        }
    }
    let total = lines.len();
    let height = (total as u16 + 2).min(area.height / 2).max(4);
    let [findings, curve] =
        Layout::vertical([Constraint::Length(height), Constraint::Min(3)]).areas(area);
    let inner = usize::from(height.saturating_sub(2));
    let offset = guide.scroll.min(total.saturating_sub(inner));
    let title = if total > inner {
        t!(
            "guide-review-paged",
            first = offset + 1,
            last = (offset + inner).min(total),
            total = total,
            down = app
                .keymap
                .first_key_label(KeyMode::Board, Action::ScrollStepDown),
            up = app
                .keymap
                .first_key_label(KeyMode::Board, Action::ScrollStepUp)
        )
    } else {
        t!("guide-review-title")
    };
    frame.render_widget(
        Paragraph::new(lines.into_iter().skip(offset).collect::<Vec<_>>())
            .block(Block::bordered().title(truncate(&title, usize::from(findings.width)))),
        findings,
    );
    curve
}

/// "7 stages · 19 touchpoints · 1 persona · 8 opportunities · 6 metrics · 8 people".
fn summary(map: &Map) -> String {
    [
        t!("count-stages", count = map.stages.len()),
        t!("count-touchpoints", count = map.touchpoints.len()),
        t!("count-personas", count = map.personas.len()),
        t!("count-opportunities", count = map.opportunities.len()),
        t!("app-count-metrics", count = map.metrics.len()),
        t!("app-count-people", count = map.team.len()),
    ]
    .join(" · ")
}
