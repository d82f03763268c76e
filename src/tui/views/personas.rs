//! Personas: the target group, primary persona first, with every field
//! and its empathy map (says, thinks, does, feels).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::text::clean_head;
use crate::model::Persona;
use crate::t;
use crate::tui::app::App;
use crate::tui::theme::Theme;
use crate::tui::words;

pub fn draw(app: &App, theme: Theme, frame: &mut Frame, area: Rect) {
    // No field can show more than a screenful: cut long texts before wrapping.
    let room = usize::from(area.width) * usize::from(area.height);
    let shown = |text: &str| clean_head(text, room);
    let mut lines = Vec::new();
    // The shared personas the map lists (one picked in a form is listed;
    // undo takes it back).
    let used: Vec<&crate::portfolio::SharedPersona> = app
        .shared_personas
        .iter()
        .filter(|s| {
            app.map
                .shared_persona_ids()
                .any(|id| id == s.persona.id.as_str())
        })
        .collect();
    if app.map.personas.is_empty() && used.is_empty() {
        lines.push(Line::styled(t!("personas-none"), theme.dim()));
    }
    let mut selected_line = 0;
    let conflicted = crate::tui::app::conflicted_items(&app.map);
    for (i, p) in app.map.personas.iter().enumerate() {
        let style = if i == app.rows.personas {
            selected_line = lines.len();
            theme.selected()
        } else {
            theme.title()
        };
        let mut title = vec![Span::styled(shown(&p.name), style)];
        if conflicted.contains(p.id.as_str()) {
            title.insert(0, Span::styled(super::board::CONFLICT, theme.warning()));
        }
        persona(&mut lines, title, p, &shown, theme);
    }
    // The repository's shared personas the map uses: shown, not edited here.
    for shared in used {
        let p = &shared.persona;
        let file = shared.file.file_name().map_or_else(
            || crate::text::path(&shared.file),
            |n| n.to_string_lossy().into_owned(),
        );
        let title = vec![
            Span::styled(shown(&p.name), theme.title()),
            Span::styled(
                format!("  {}", t!("portfolio-app-shared", file = file)),
                theme.dim(),
            ),
        ];
        persona(&mut lines, title, p, &shown, theme);
    }
    // Scroll so the selected persona's name stays on screen.
    let visible = usize::from(area.height.saturating_sub(2));
    let scroll = u16::try_from(selected_line.saturating_sub(visible / 3)).unwrap_or(0);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0))
            .block(Block::bordered().title(t!("personas-title"))),
        area,
    );
}

/// A persona: its name line (`title`, then primary and segment), its details, a blank line.
fn persona(
    lines: &mut Vec<Line<'static>>,
    mut title: Vec<Span<'static>>,
    p: &Persona,
    shown: &dyn Fn(&str) -> String,
    theme: Theme,
) {
    if p.primary {
        title.push(Span::styled(t!("personas-primary"), theme.key()));
    }
    if !p.segment.is_empty() {
        title.push(Span::styled(
            format!("  {}", shown(&p.segment)),
            theme.dim(),
        ));
    }
    lines.push(Line::from(title));
    details(lines, p, shown, theme);
    lines.push(Line::raw(""));
}

/// A persona's texts, jobs, quote and empathy map, a line each.
fn details(
    lines: &mut Vec<Line<'static>>,
    p: &Persona,
    shown: &dyn Fn(&str) -> String,
    theme: Theme,
) {
    for (id, label, value) in [
        ("persona-description", "Description", &p.description),
        ("persona-demographics", "Demographics", &p.demographics),
        ("persona-behaviours", "Behaviours", &p.behaviours),
        ("persona-motivations", "Motivations", &p.motivations),
        ("persona-needs", "Needs", &p.needs),
        ("persona-frustrations", "Frustrations", &p.frustrations),
    ] {
        if !value.is_empty() {
            let label = words::field(id, label);
            lines.push(Line::from(vec![
                Span::styled(format!("  {label}: "), theme.dim()),
                Span::raw(shown(value)),
            ]));
        }
    }
    for job in &p.jobs_to_be_done {
        lines.push(Line::from(vec![
            Span::styled(t!("personas-job"), theme.dim()),
            Span::raw(shown(job)),
        ]));
    }
    if !p.quote.is_empty() {
        // Quote marks unless the text brings its own („…”, «…», "…").
        let quote = shown(&p.quote);
        let quoted = quote.starts_with(['“', '„', '«', '»', '"', '\'', '‘', '‚', '「']);
        lines.push(Line::raw(if quoted {
            format!("  {quote}")
        } else {
            format!("  “{quote}”")
        }));
    }
    // The empathy map: what the persona says, thinks, does and feels.
    for (id, label, items) in [
        ("persona-says", "Says", &p.says),
        ("persona-thinks", "Thinks", &p.thinks),
        ("persona-does", "Does", &p.does),
        ("persona-feels", "Feels", &p.feels),
    ] {
        let label = words::field(id, label);
        for item in items {
            lines.push(Line::from(vec![
                Span::styled(format!("  {label}: "), theme.dim()),
                Span::raw(shown(item)),
            ]));
        }
    }
}
