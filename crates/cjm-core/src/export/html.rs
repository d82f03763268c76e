//! The HTML export: one self-contained page that opens offline and prints.
//!
//! The page has inline CSS only: no scripts, no web fonts, no images or
//! style sheets by URL, so it opens from a file, an email attachment or a
//! wiki upload and never makes a request. It shows the board (stages as
//! columns, lanes as rows), the emotion curve as inline SVG, the goal,
//! personas, opportunities in priority order, metrics, team and parking lot.
//! Emotion is shown by colour and always also by number, word and symbol.
//!
//! Printing is set up for A4 landscape (`@page`); the style sheet says where
//! to switch to US Letter. Every user text goes through [`escape`].

use std::fmt::Write as _;

use super::index::Index;
use super::report::{
    Markup, MetricRow, OpportunityRow, Report, Team, empathy_map, persona_details,
};
use super::{emotion_word, number, one_line, signed, signed_average, with_unit};
use crate::i18n::{current, date};
use crate::model::{Emotion, Goal, Lane, Map, Persona, Stage, Touchpoint, Vocabulary};
use crate::t;

/// The page, ending with a newline.
pub fn export(map: &Map) -> String {
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n");
    if map.language.trim().is_empty() {
        out.push_str("<html>\n");
    } else {
        let _ = writeln!(out, "<html lang=\"{}\">", escape(map.language.trim()));
    }
    out.push_str("<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(out, "<title>{}</title>", escape(&one_line(&map.title)));
    out.push_str("<style>\n");
    out.push_str(STYLE);
    if has_blueprint(map) {
        out.push_str(BLUEPRINT_STYLE);
    }
    out.push_str("</style>\n</head>\n<body>\n");
    let report = Report::new(map);
    header(&mut out, map);
    goal(&mut out, report.goal);
    board(&mut out, map, &report.index);
    curve(&mut out, map, &report.index);
    personas(&mut out, &report.personas);
    opportunities(&mut out, &report.opportunities);
    metrics(&mut out, &report.metrics);
    team(&mut out, report.team.as_ref());
    departments(&mut out, map);
    parking_lot(&mut out, report.parking_lot);
    let _ = writeln!(
        out,
        "<footer class=\"screen-only\">{}</footer>",
        t!("export-print-note")
    );
    out.push_str("</body>\n</html>\n");
    out
}

/// The style of the service blueprint's lanes and lines, added to pages
/// whose map has any.
const BLUEPRINT_STYLE: &str = r#".board tr.bp-line td { padding: 1px 8px; border-left: 0; border-right: 0;
  border-top: 3px solid var(--stage); font-size: 11px; color: var(--muted); font-style: italic;
  background: var(--paper); }
.board tr.bp-visibility td { border-top-style: dashed; border-top-color: var(--accent); }
.board tr.bp-internal td { border-top-style: dotted; }
.board tr.bp-lane th.lane { background: #eef2f7; }
.actions li { margin-bottom: 2px; }
.dept { display: inline-block; color: var(--muted); font-size: .86em; }
.fail { color: var(--s-m2); font-weight: 600; }
"#;

pub(super) const STYLE: &str = r#":root {
  --ink: #1f2933; --muted: #52606d; --line: #d9e2ec; --paper: #ffffff;
  --band: #f5f7fa; --stage: #243b53; --accent: #2f6fb3;
  --e-m2: #f4b4b4; --e-m1: #fbd5bf; --e-0: #e9ecef; --e-p1: #d3efd9; --e-p2: #a8dfb6;
  --s-m2: #b42318; --s-m1: #d9692b; --s-0: #7b8794; --s-p1: #4c9a63; --s-p2: #1f7a3f;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; padding: 24px 28px 40px; color: var(--ink); background: var(--paper);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue",
    Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji";
  print-color-adjust: exact; -webkit-print-color-adjust: exact;
}
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
h3 { font-size: 15px; margin: 0 0 6px; }
p { margin: 0 0 8px; }
ul { margin: 0; padding-left: 18px; }
.meta { color: var(--muted); margin-bottom: 0; }
.kind { display: inline-block; background: var(--stage); color: #fff; border-radius: 4px;
  padding: 1px 8px; font-size: 12px; font-weight: 600; margin-right: 6px; }
.goal { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 8px 24px; }
.label { color: var(--muted); font-size: 12px; font-weight: 600; text-transform: uppercase;
  letter-spacing: .04em; }
.scroll { overflow-x: auto; margin-bottom: 14px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border: 1px solid var(--line); }
table.list th { background: var(--band); font-size: 12px; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.board { table-layout: fixed; font-size: 12.5px; }
.board thead th { background: var(--stage); color: #fff; border-color: #3e5a78; }
.board thead th .goal-text { font-weight: 400; color: #d9e2ec; }
.board th.lane { width: 104px; background: var(--band); color: var(--muted); font-size: .84em;
  text-transform: uppercase; letter-spacing: .04em; position: sticky; left: 0; z-index: 1; }
.board thead th.lane { background: var(--stage); color: #9fb3c8; }
.board td.empty { color: var(--muted); font-style: italic; }
.tp-name { font-weight: 650; display: block; }
.tp-meta { color: var(--muted); font-size: .92em; display: block; }
.mot { display: inline-block; margin-top: 3px; padding: 0 6px; border-radius: 3px;
  background: #fff3c4; color: #7a5b00; font-size: .88em; font-weight: 600; }
.emotion { font-weight: 600; border-left: 6px solid; }
.e-m2 { background: var(--e-m2); border-left-color: var(--s-m2); }
.e-m1 { background: var(--e-m1); border-left-color: var(--s-m1); }
.e-0 { background: var(--e-0); border-left-color: var(--s-0); }
.e-p1 { background: var(--e-p1); border-left-color: var(--s-p1); }
.e-p2 { background: var(--e-p2); border-left-color: var(--s-p2); }
.e-none { background: repeating-linear-gradient(45deg, #fff, #fff 6px, #f2f4f6 6px, #f2f4f6 12px);
  border-left-color: var(--line); color: var(--muted); font-weight: 400; }
.pain li::marker { content: "⚠ "; color: var(--s-m2); }
.evidence { color: var(--muted); font-size: .92em; }
.curve svg { max-width: 100%; height: auto; display: block; }
.legend { color: var(--muted); font-size: 12px; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 12px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 12px 14px; break-inside: avoid; }
.card.primary { border: 2px solid var(--accent); }
.badge { display: inline-block; background: var(--accent); color: #fff; border-radius: 3px;
  padding: 0 6px; font-size: 11px; font-weight: 600; vertical-align: 2px; }
blockquote { margin: 6px 0 8px; padding: 2px 10px; border-left: 3px solid var(--line);
  color: var(--muted); font-style: italic; }
dl { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; font-size: 13px; }
dt { color: var(--muted); }
dd { margin: 0; }
.status { white-space: nowrap; }
.readings { font-size: 12px; color: var(--muted); }
td.readings { white-space: nowrap; }
table.compact { width: auto; min-width: 50%; }
.after-table { margin-top: 6px; }
.readings b { color: var(--ink); }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
/* Paper: A4 landscape. For US Letter write `size: letter landscape` instead. */
@page { size: A4 landscape; margin: 10mm; }
@media print {
  body { padding: 0; font-size: 10px; }
  h1 { font-size: 18px; }
  h2 { font-size: 13px; margin-top: 14px; break-after: avoid; }
  .scroll { overflow: visible; break-inside: avoid; }
  .board { font-size: 8.5px; }
  .board th.lane { position: static; }
  tr, .card, svg { break-inside: avoid; }
  .screen-only { display: none; }
}
"#;

fn header(out: &mut String, map: &Map) {
    out.push_str("<header>\n");
    let _ = writeln!(out, "<h1>{}</h1>", text(&map.title));
    let mut facts = Vec::new();
    if !map.owner.is_empty() {
        facts.push(format!(
            "{}: {}",
            t!("export-owner-label"),
            text(&map.owner)
        ));
    }
    if let Some(date) = map.created {
        facts.push(t!("export-created", date = date::format(date, current())));
    }
    if let Some(date) = map.review_by {
        facts.push(t!("export-review-by", date = date::format(date, current())));
    }
    if !map.based_on.is_empty() {
        facts.push(t!("export-based-on", path = text(&map.based_on)));
    }
    let _ = writeln!(
        out,
        "<p class=\"meta\"><span class=\"kind\">{}</span>{}</p>",
        t!("export-map-kind", kind = map.kind.local_label()),
        facts.join(" · ")
    );
    out.push_str("</header>\n");
}

fn goal(out: &mut String, goal: Option<&Goal>) {
    let Some(g) = goal else {
        return;
    };
    let _ = writeln!(
        out,
        "<section>\n<h2>{}</h2>\n<div class=\"goal\">",
        t!("export-goal")
    );
    if g.focus.is_some() || !g.statement.is_empty() {
        out.push_str("<div>");
        if let Some(focus) = g.focus {
            let _ = write!(out, "<p class=\"label\">{}</p>", focus.local_label());
        }
        if !g.statement.is_empty() {
            let _ = write!(out, "<p>{}</p>", text(&g.statement));
        }
        out.push_str("</div>\n");
    }
    if !g.scope.is_empty() {
        let _ = writeln!(
            out,
            "<div><p class=\"label\">{}</p><p>{}</p></div>",
            t!("export-scope"),
            text(&g.scope)
        );
    }
    if !g.success_criteria.is_empty() {
        let _ = writeln!(
            out,
            "<div><p class=\"label\">{}</p>{}</div>",
            t!("export-success-criteria"),
            list(&g.success_criteria, "")
        );
    }
    out.push_str("</div>\n</section>\n");
}

/// One board column: a touchpoint, or the placeholder of a stage without any.
enum Column<'a> {
    Touchpoint(&'a Touchpoint),
    Empty,
}

/// The stages with their board columns, in order.
fn columns<'a>(map: &'a Map, index: &Index<'a>) -> Vec<(&'a Stage, Vec<Column<'a>>)> {
    map.stages
        .iter()
        .map(|s| {
            let mut cols: Vec<Column> = index
                .touchpoints_in(&s.id)
                .iter()
                .map(|t| Column::Touchpoint(t))
                .collect();
            if cols.is_empty() {
                cols.push(Column::Empty);
            }
            (s, cols)
        })
        .collect()
}

/// At most this many touchpoint columns share one part of the board, so a
/// long journey reads (and prints) as a few stacked parts instead of one
/// strip of narrow columns. A stage is never split.
const PART_COLUMNS: usize = 8;

/// Consecutive stages grouped into parts of at most [`PART_COLUMNS`] columns
/// (a stage with more columns makes a part of its own), each stage with its number.
fn parts<'a>(
    stages: &'a [(&'a Stage, Vec<Column<'a>>)],
) -> Vec<Vec<(usize, &'a Stage, &'a [Column<'a>])>> {
    let mut parts: Vec<Vec<(usize, &Stage, &[Column])>> = Vec::new();
    let mut width = 0;
    for (i, (stage, cols)) in stages.iter().enumerate() {
        match parts.last_mut() {
            Some(part) if width + cols.len() <= PART_COLUMNS => {
                part.push((i + 1, stage, cols));
                width += cols.len();
            }
            _ => {
                parts.push(vec![(i + 1, stage, cols)]);
                width = cols.len();
            }
        }
    }
    parts
}

fn board(out: &mut String, map: &Map, index: &Index) {
    if map.stages.is_empty() {
        return;
    }
    let stages = columns(map, index);
    let _ = writeln!(out, "<section>\n<h2>{}</h2>", t!("export-journey"));
    for part in parts(&stages) {
        board_part(out, index, &part);
    }
    out.push_str("</section>\n");
}

/// One part of the board: a table with a column per touchpoint of its stages.
fn board_part(out: &mut String, index: &Index, part: &[(usize, &Stage, &[Column])]) {
    let count: usize = part.iter().map(|(_, _, c)| c.len()).sum();
    // Columns as wide as in a full part, so that all parts line up.
    let width = if count <= PART_COLUMNS {
        format!("width: calc(104px + (100% - 104px) * {count} / {PART_COLUMNS})")
    } else {
        format!("min-width: {}px", 104 + 160 * count)
    };
    let _ = writeln!(
        out,
        "<div class=\"scroll\">\n<table class=\"board\" style=\"{width}\">"
    );
    out.push_str("<thead><tr><th class=\"lane\" scope=\"col\">Stage</th>");
    for (number, stage, cols) in part {
        let _ = write!(
            out,
            "<th scope=\"colgroup\" colspan=\"{}\">{number}. {}",
            cols.len(),
            text(&stage.name)
        );
        if !stage.customer_goal.is_empty() {
            let _ = write!(
                out,
                "<br><span class=\"goal-text\">Goal: {}</span>",
                text(&stage.customer_goal)
            );
        }
        out.push_str("</th>");
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    let all: Vec<&Column> = part.iter().flat_map(|(_, _, c)| c.iter()).collect();
    let first = Row::First(t!("export-touchpoint"));
    lane(out, &first, &all, |t| touchpoint_cell(index, t));
    lane(out, &Row::Other(t!("export-doing")), &all, |t| td(&t.doing));
    lane(out, &Row::Other(t!("export-thinking")), &all, |t| {
        td(&t.thinking)
    });
    lane(out, &Row::Other(t!("export-feeling")), &all, |t| {
        td(&t.feeling)
    });
    lane(out, &Row::Other(t!("export-emotion")), &all, |t| {
        emotion_cell(t.emotion)
    });
    lane(out, &Row::Other(t!("export-pain-points")), &all, |t| {
        if t.pain_points.is_empty() {
            "<td></td>".to_owned()
        } else {
            format!("<td>{}</td>", list(&t.pain_points, "pain"))
        }
    });
    lane(out, &Row::Other(t!("export-evidence")), &all, |t| {
        let items: Vec<String> = t
            .evidence
            .iter()
            .map(|e| {
                let source = if e.url.is_empty() {
                    e.source.local_label()
                } else {
                    link(&e.source.local_label(), &e.url)
                };
                if e.note.is_empty() {
                    format!("<li><b>{source}</b></li>")
                } else {
                    format!("<li><b>{source}:</b> {}</li>", text(&e.note))
                }
            })
            .collect();
        if items.is_empty() {
            "<td></td>".to_owned()
        } else {
            format!("<td class=\"evidence\"><ul>{}</ul></td>", items.concat())
        }
    });
    if has_blueprint(index.map()) {
        blueprint_lanes(out, index.map(), &all);
    }
    out.push_str("</tbody>\n</table>\n</div>\n");
}

/// Whether any touchpoint has a blueprint lane, a fail point, a wait or web links.
fn has_blueprint(map: &Map) -> bool {
    map.touchpoints.iter().any(|t| t.has_blueprint())
}

/// The service blueprint below the customer's lanes: the line of
/// interaction, the frontstage, the line of visibility, the backstage, the
/// line of internal interaction, the support; then fail points, waits and links.
fn blueprint_lanes(out: &mut String, map: &Map, columns: &[&Column]) {
    let span = columns.len() + 1;
    for (lane, name, class, line) in [
        (
            Lane::Frontstage,
            t!("export-lane-frontstage"),
            "bp-interaction",
            t!("export-line-interaction"),
        ),
        (
            Lane::Backstage,
            t!("export-lane-backstage"),
            "bp-visibility",
            t!("export-line-visibility"),
        ),
        (
            Lane::Support,
            t!("export-lane-support"),
            "bp-internal",
            t!("export-line-internal"),
        ),
    ] {
        let _ = writeln!(
            out,
            "<tr class=\"bp-line {class}\"><td colspan=\"{span}\">{line}</td></tr>"
        );
        out.push_str("<tr class=\"bp-lane\">");
        let _ = write!(out, "<th class=\"lane\" scope=\"row\">{name}</th>");
        for column in columns {
            let Column::Touchpoint(t) = column else {
                out.push_str("<td></td>");
                continue;
            };
            let items: Vec<String> = t
                .lane(lane)
                .iter()
                .map(|a| {
                    let mut item = format!("<li>{}", text(&a.text));
                    if !a.department.is_empty() {
                        let department = map.department_name(&a.department);
                        let _ = write!(item, " <span class=\"dept\">{}</span>", text(department));
                    }
                    item.push_str("</li>");
                    item
                })
                .collect();
            if items.is_empty() {
                out.push_str("<td></td>");
            } else {
                let _ = write!(
                    out,
                    "<td><ul class=\"actions\">{}</ul></td>",
                    items.concat()
                );
            }
        }
        out.push_str("</tr>\n");
    }
    lane(out, &Row::Other(t!("export-fail-point")), columns, |t| {
        if t.fail_point.is_empty() {
            "<td></td>".to_owned()
        } else {
            format!("<td class=\"fail\">⚠ {}</td>", text(&t.fail_point))
        }
    });
    lane(out, &Row::Other(t!("export-wait")), columns, |t| {
        match t.wait {
            Some(wait) => format!("<td>⏱ {}</td>", text(&wait.words())),
            None => "<td></td>".to_owned(),
        }
    });
    lane(out, &Row::Other(t!("export-links")), columns, |t| {
        let links: Vec<String> = t
            .web_links
            .iter()
            .map(|l| format!("<li>{}</li>", link(&l.title, &l.url)))
            .collect();
        if links.is_empty() {
            "<td></td>".to_owned()
        } else {
            format!("<td><ul>{}</ul></td>", links.concat())
        }
    });
}

/// A link to `url` titled `title` (the address when there is no title).
/// Only web and mail addresses become links; any other scheme (a
/// `javascript:` address) is shown as text, so the page runs nothing.
fn link(title: &str, url: &str) -> String {
    let shown = if title.trim().is_empty() { url } else { title };
    let scheme = url.split_once(':').map(|(s, _)| s.to_ascii_lowercase());
    match scheme.as_deref() {
        Some("http" | "https" | "mailto" | "ftp") if crate::model::url_problem(url).is_none() => {
            format!("<a href=\"{}\">{}</a>", escape(url), text(shown))
        }
        _ => format!("{} ({})", text(shown), text(url)),
    }
}

/// An item's web links after its name: `<br>` and the links, or nothing.
fn links_after(links: &[crate::model::Link]) -> String {
    if links.is_empty() {
        return String::new();
    }
    let links: Vec<String> = links.iter().map(|l| link(&l.title, &l.url)).collect();
    format!("<br><span class=\"tp-meta\">{}</span>", links.join(" · "))
}

/// The departments of the map with their short names and aliases.
fn departments(out: &mut String, map: &Map) {
    if map.departments.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "<section>\n<h2>{}</h2>\n<table class=\"list compact\"><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
        text(&t!("export-departments")),
        text(&t!("export-department")),
        text(&t!("export-department-short-name")),
        text(&t!("export-department-aliases")),
    );
    for d in &map.departments {
        let aliases: Vec<String> = d.aliases.iter().map(|a| text(a)).collect();
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            text(&d.name),
            text(&d.short_name),
            aliases.join(", ")
        );
    }
    out.push_str("</tbody></table>\n</section>\n");
}

/// A lane of the board, by its name: the first one says so in the columns
/// of stages without touchpoints.
enum Row {
    First(String),
    Other(String),
}

/// One row of the board: the lane's name, then a cell per column.
fn lane(out: &mut String, lane: &Row, columns: &[&Column], cell: impl Fn(&Touchpoint) -> String) {
    let (Row::First(name) | Row::Other(name)) = lane;
    let _ = write!(out, "<tr><th class=\"lane\" scope=\"row\">{name}</th>");
    for column in columns {
        match column {
            Column::Touchpoint(t) => out.push_str(&cell(t)),
            Column::Empty if matches!(lane, Row::First(_)) => {
                let empty = t!("export-no-touchpoints-short");
                let _ = write!(out, "<td class=\"empty\">{empty}</td>");
            }
            Column::Empty => out.push_str("<td></td>"),
        }
    }
    out.push_str("</tr>\n");
}

fn touchpoint_cell(index: &Index, t: &Touchpoint) -> String {
    let mut cell = format!("<td><span class=\"tp-name\">{}</span>", text(&t.name));
    let mut meta = Vec::new();
    if let Some(channel) = t.channel {
        meta.push(channel.local_label());
    }
    if !t.owner.is_empty() {
        meta.push(text(index.map().department_name(&t.owner)));
    }
    if !meta.is_empty() {
        let _ = write!(cell, "<span class=\"tp-meta\">{}</span>", meta.join(" · "));
    }
    if !t.personas.is_empty() {
        let names: Vec<String> = t
            .personas
            .iter()
            .map(|id| text(index.persona_name(id)))
            .collect();
        let _ = write!(
            cell,
            "<span class=\"tp-meta\">{}</span>",
            t!("export-for", names = names.join(", "))
        );
    }
    if t.moment_of_truth {
        let mot = t!("export-moment-of-truth");
        let _ = write!(cell, "<span class=\"mot\">⚑ {mot}</span>");
    }
    cell.push_str("</td>");
    cell
}

fn td(value: &str) -> String {
    format!("<td>{}</td>", text(value))
}

/// The CSS class of an emotion's colour.
fn emotion_class(e: Option<Emotion>) -> &'static str {
    match e.map(Emotion::get) {
        Some(2) => "e-p2",
        Some(1) => "e-p1",
        Some(0) => "e-0",
        Some(-1) => "e-m1",
        Some(-2) => "e-m2",
        _ => "e-none",
    }
}

/// A symbol for an emotion, so it reads without colour too.
fn emotion_symbol(e: Option<Emotion>) -> &'static str {
    match e.map(Emotion::get) {
        Some(2) => "▲▲",
        Some(1) => "▲",
        Some(0) => "●",
        Some(-1) => "▼",
        Some(-2) => "▼▼",
        _ => "○",
    }
}

fn emotion_cell(e: Option<Emotion>) -> String {
    let number = e.map(|e| format!("{} ", signed(e))).unwrap_or_default();
    format!(
        "<td class=\"emotion {}\">{} {number}{}</td>",
        emotion_class(e),
        emotion_symbol(e),
        emotion_word(e)
    )
}

/// The emotion curve as inline SVG: a point per rated touchpoint, a dashed
/// line at each stage's average, the zero line, and the negative zone shaded.
fn curve(out: &mut String, map: &Map, by_id: &Index) {
    const LEFT: f64 = 48.0;
    const RIGHT: f64 = 16.0;
    const TOP: f64 = 16.0;
    const PLOT: f64 = 200.0;
    const LABELS: f64 = 44.0;
    let stages = columns(map, by_id);
    let count: usize = stages.iter().map(|(_, c)| c.len()).sum();
    if count == 0 || !map.touchpoints.iter().any(|t| t.emotion.is_some()) {
        return;
    }
    let width = (LEFT + RIGHT + 64.0 * count as f64).max(900.0);
    let height = TOP + PLOT + LABELS;
    let step = (width - LEFT - RIGHT) / count as f64;
    let y = |v: f64| TOP + (2.0 - v) / 4.0 * PLOT;
    let right = width - RIGHT;

    let _ = writeln!(
        out,
        "<section class=\"curve\">\n<h2>{}</h2>",
        t!("export-emotion-curve")
    );
    let _ = writeln!(
        out,
        "<svg width=\"{width:.0}\" height=\"{height:.0}\" viewBox=\"0 0 {width:.0} {height:.0}\" role=\"img\" aria-label=\"{}\" \
         font-family=\"system-ui, sans-serif\" font-size=\"12\">",
        escape(&t!("export-curve-aria"))
    );
    // Negative zone and grid.
    let _ = writeln!(
        out,
        "<rect x=\"{LEFT:.0}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"#fdeaea\"/>",
        y(0.0),
        right - LEFT,
        y(-2.0) - y(0.0)
    );
    for level in [-2, -1, 0, 1, 2] {
        let v = f64::from(level);
        let (stroke, dash, w) = if level == 0 {
            ("#52606d", "", 1.5)
        } else {
            ("#d9e2ec", " stroke-dasharray=\"3 3\"", 1.0)
        };
        let _ = writeln!(
            out,
            "<line x1=\"{LEFT:.0}\" y1=\"{yy:.1}\" x2=\"{right:.1}\" y2=\"{yy:.1}\" stroke=\"{stroke}\" stroke-width=\"{w}\"{dash}/>",
            yy = y(v)
        );
        let label = if level > 0 {
            format!("+{level}")
        } else {
            level.to_string()
        };
        let _ = writeln!(
            out,
            "<text x=\"{:.0}\" y=\"{:.1}\" text-anchor=\"end\" fill=\"#52606d\">{label}</text>",
            LEFT - 8.0,
            y(v) + 4.0
        );
    }
    // Stage bands: separators, names, averages.
    let mut index = 0usize;
    let mut points: Vec<Option<(f64, f64, &Touchpoint)>> = Vec::new();
    for (stage, cols) in &stages {
        let x0 = LEFT + step * index as f64;
        let x1 = x0 + step * cols.len() as f64;
        if index > 0 {
            let _ = writeln!(
                out,
                "<line x1=\"{x0:.1}\" y1=\"{TOP:.0}\" x2=\"{x0:.1}\" y2=\"{:.1}\" stroke=\"#bcccdc\"/>",
                TOP + PLOT
            );
        }
        let max_cells = ((x1 - x0) / 7.0).floor() as usize;
        let _ = writeln!(
            out,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#1f2933\" font-weight=\"600\"><title>{}</title>{}</text>",
            (x0 + x1) / 2.0,
            TOP + PLOT + 18.0,
            escape(&one_line(&stage.name)),
            escape(&crate::text::truncate(&one_line(&stage.name), max_cells))
        );
        if let Some(avg) = by_id.stage_average(&stage.id) {
            let _ = writeln!(
                out,
                "<line x1=\"{:.1}\" y1=\"{yy:.1}\" x2=\"{:.1}\" y2=\"{yy:.1}\" stroke=\"#2f6fb3\" stroke-width=\"2.5\" stroke-dasharray=\"8 4\"><title>{}</title></line>",
                x0 + 6.0,
                x1 - 6.0,
                t!(
                    "export-average-of",
                    stage = escape(&one_line(&stage.name)),
                    value = signed_average(avg)
                ),
                yy = y(avg)
            );
            let _ = writeln!(
                out,
                "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#2f6fb3\">{} {}</text>",
                (x0 + x1) / 2.0,
                TOP + PLOT + 34.0,
                t!("export-average-short"),
                signed_average(avg)
            );
        }
        for col in cols {
            let cx = LEFT + step * (index as f64 + 0.5);
            points.push(match col {
                Column::Touchpoint(t) => t.emotion.map(|e| (cx, y(f64::from(e.get())), *t)),
                Column::Empty => None,
            });
            index += 1;
        }
    }
    // The line through consecutive rated touchpoints, broken where one is not rated.
    for run in points.split(Option::is_none) {
        if run.len() < 2 {
            continue;
        }
        let coords: Vec<String> = run
            .iter()
            .flatten()
            .map(|(x, y, _)| format!("{x:.1},{y:.1}"))
            .collect();
        let _ = writeln!(
            out,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"#7b8794\" stroke-width=\"1.5\"/>",
            coords.join(" ")
        );
    }
    for (x, yy, t) in points.iter().flatten() {
        let colour = match t.emotion.map(Emotion::get) {
            Some(2) => "#1f7a3f",
            Some(1) => "#4c9a63",
            Some(0) => "#7b8794",
            Some(-1) => "#d9692b",
            _ => "#b42318",
        };
        let score = t.emotion.map(signed).unwrap_or_default();
        let _ = writeln!(
            out,
            "<circle cx=\"{x:.1}\" cy=\"{yy:.1}\" r=\"6\" fill=\"{colour}\" stroke=\"#fff\" stroke-width=\"1.5\"><title>{}: {score} {}</title></circle>",
            escape(&one_line(&t.name)),
            emotion_word(t.emotion)
        );
    }
    out.push_str("</svg>\n");
    let _ = writeln!(
        out,
        "<p class=\"legend\">{}</p>\n</section>",
        t!("export-curve-legend-html")
    );
}

fn personas(out: &mut String, personas: &[&Persona]) {
    if personas.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "<section>\n<h2>{}</h2>\n<div class=\"cards\">",
        t!("export-personas")
    );
    for p in personas {
        persona(out, p);
    }
    out.push_str("</div>\n</section>\n");
}

fn persona(out: &mut String, p: &Persona) {
    if p.primary {
        let _ = write!(
            out,
            "<div class=\"card primary\"><h3>{} <span class=\"badge\">★ {}</span></h3>",
            text(&p.name),
            t!("export-primary-badge")
        );
    } else {
        let _ = write!(out, "<div class=\"card\"><h3>{}</h3>", text(&p.name));
    }
    if !p.segment.is_empty() {
        let _ = write!(out, "<p class=\"meta\">{}</p>", text(&p.segment));
    }
    if !p.quote.is_empty() {
        let _ = write!(out, "<blockquote>{}</blockquote>", text(&p.quote));
    }
    if !p.description.is_empty() {
        let _ = write!(out, "<p>{}</p>", text(&p.description));
    }
    let mut details = String::new();
    for (label, value) in persona_details(p) {
        if !value.is_empty() {
            let _ = write!(details, "<dt>{label}</dt><dd>{}</dd>", text(value));
        }
    }
    if !p.jobs_to_be_done.is_empty() {
        let _ = write!(
            details,
            "<dt>{}</dt><dd>{}</dd>",
            t!("export-jobs-to-be-done"),
            list(&p.jobs_to_be_done, "")
        );
    }
    for (label, items) in empathy_map(p) {
        if !items.is_empty() {
            let _ = write!(details, "<dt>{label}</dt><dd>{}</dd>", list(items, ""));
        }
    }
    if !details.is_empty() {
        let _ = write!(out, "<dl>{details}</dl>");
    }
    out.push_str("</div>\n");
}

fn opportunities(out: &mut String, rows: &[OpportunityRow]) {
    if rows.is_empty() {
        return;
    }
    let _ = writeln!(out, "<section>\n<h2>{}</h2>", t!("export-opportunities"));
    let _ = writeln!(out, "<p class=\"legend\">{}</p>", t!("export-ranking"));
    let _ = write!(
        out,
        "<table class=\"list\"><thead><tr><th class=\"num\">#</th><th>{}</th>\
         <th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th>\
         <th class=\"num\">{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
        t!("export-opportunity"),
        t!("export-votes"),
        t!("export-impact"),
        t!("export-effort"),
        t!("export-impact-effort"),
        t!("export-status"),
        t!("export-owner-label"),
        t!("export-improves"),
    );
    for row in rows {
        opportunity_row(out, row);
    }
    out.push_str("</tbody></table>\n</section>\n");
}

fn opportunity_row(out: &mut String, row: &OpportunityRow) {
    let o = row.opportunity;
    let _ = writeln!(
        out,
        "<tr><td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td>\
         <td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>\
         <td class=\"status\">{}</td><td>{}</td><td>{}</td></tr>",
        row.rank,
        row.title(&HTML) + &links_after(&o.web_links),
        o.votes,
        row.impact,
        row.effort,
        row.ratio,
        o.status.local_label(),
        text(row.owner),
        row.improves(&HTML)
    );
}

fn metrics(out: &mut String, rows: &[MetricRow]) {
    if rows.is_empty() {
        return;
    }
    let _ = writeln!(out, "<section>\n<h2>{}</h2>", t!("export-metrics"));
    let _ = write!(
        out,
        "<table class=\"list\"><thead><tr><th>{}</th><th>{}</th>\
         <th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
        t!("export-metric"),
        t!("export-kind"),
        t!("export-baseline-target"),
        t!("export-readings"),
        t!("export-source"),
    );
    for row in rows {
        metric_row(out, row);
    }
    out.push_str("</tbody></table>\n</section>\n");
}

fn metric_row(out: &mut String, row: &MetricRow) {
    let m = row.metric;
    let name = row.name(&HTML) + &links_after(&m.web_links);
    let goal = row.goal(|v| escape(&with_unit(v, &m.unit)));
    let readings: Vec<String> = m
        .readings
        .iter()
        .map(|r| {
            let day = date::format(r.date, current());
            let item = format!("{day}: {}", escape(&number(r.value)));
            if row.latest.is_some_and(|l| std::ptr::eq(l, r)) {
                format!("<b>{item}</b>")
            } else {
                item
            }
        })
        .collect();
    let _ = writeln!(
        out,
        "<tr><td>{name}</td><td>{}</td><td>{goal}</td><td class=\"readings\">{}</td><td>{}</td></tr>",
        m.kind.local_label(),
        readings.join("<br>"),
        text(&m.source)
    );
}

fn team(out: &mut String, team: Option<&Team>) {
    let Some(team) = team else {
        return;
    };
    let _ = writeln!(out, "<section>\n<h2>{}</h2>", t!("export-team"));
    let _ = write!(
        out,
        "<table class=\"list compact\"><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
        t!("export-name"),
        t!("export-department"),
        t!("export-role"),
    );
    for (name, department, role) in &team.rows {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{role}</td></tr>",
            text(name),
            text(department)
        );
    }
    out.push_str("</tbody></table>\n");
    let departments: Vec<String> = team.departments.iter().map(|d| text(d)).collect();
    if !departments.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"legend after-table\">{}</p>",
            t!(
                "export-departments-present",
                departments = departments.join(", ")
            )
        );
    }
    out.push_str("</section>\n");
}

fn parking_lot(out: &mut String, items: &[String]) {
    if items.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "<section>\n<h2>{}</h2>\n{}\n</section>",
        t!("export-parking-lot"),
        list(items, "")
    );
}

/// HTML's markup for the shared cells.
const HTML: Markup = Markup {
    text,
    strong: ["<b>", "</b>"],
    metric_for: |names| {
        format!(
            "<span class=\"readings\">{}</span>",
            t!("export-for", names = names)
        )
    },
    improved_stage: |name| format!("<i>{}</i>", t!("export-improved-stage", stage = name)),
};

/// A `<ul>` of user texts, with a class when one is given.
fn list(items: &[String], class: &str) -> String {
    let items: String = items
        .iter()
        .map(|i| format!("<li>{}</li>", text(i)))
        .collect();
    if class.is_empty() {
        format!("<ul>{items}</ul>")
    } else {
        format!("<ul class=\"{class}\">{items}</ul>")
    }
}

/// User text as HTML content: escaped, line breaks kept as `<br>`.
pub(super) fn text(value: &str) -> String {
    let value = value.trim().replace("\r\n", "\n").replace('\r', "\n");
    value
        .split('\n')
        .map(escape)
        .collect::<Vec<_>>()
        .join("<br>")
}

/// Text made safe for HTML content and quoted attribute values: `&`, `<`,
/// `>`, `"` and `'` become character references, and control characters
/// (which HTML forbids) become spaces.
pub(super) fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' => out.push(c),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_covers_markup_and_attributes() {
        assert_eq!(
            escape("<script>alert(\"x\")</script> & 'y'"),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
        );
        assert_eq!(escape("a\u{0}b\u{1b}[2J"), "a b [2J");
        assert_eq!(escape("Zażółć 🎉 漢字"), "Zażółć 🎉 漢字");
        assert_eq!(text(" one\r\ntwo <b>\n"), "one<br>two &lt;b&gt;");
    }

    #[test]
    fn long_names_are_shortened_by_display_width() {
        assert_eq!(crate::text::truncate("Awareness", 20), "Awareness");
        assert_eq!(crate::text::truncate("Awareness", 5), "Awar…");
        assert_eq!(crate::text::truncate("漢字漢字", 5), "漢字…");
    }
}
