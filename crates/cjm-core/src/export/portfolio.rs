//! The portfolio page of `cjm report`: every map of a repository on one
//! page, as Markdown or HTML.
//!
//! [`Portfolio::new`] computes the sections once (like [`super::report`]
//! does for one map): a table of the maps with owner, kind and review date
//! (overdue ones flagged against the day given), then per map the average
//! emotion of each stage and the top opportunities with their status, and
//! a table of departments × maps (who is in the team, who owns touchpoints
//! and opportunities). [`markdown`] and [`html`] render it with the escaping
//! of the single-map reports.

use std::fmt::Write as _;

use super::{html as page, markdown as md, ranked_opportunities, signed_average, stage_average};
use crate::model::{Date, Map, Opportunity, Vocabulary};

/// How many opportunities each map shows.
pub const TOP: usize = 3;

/// One map of the portfolio, by its path as the page names it.
pub struct Entry<'a> {
    /// The map's path, relative to the report's folder.
    pub path: String,
    pub map: &'a Map,
}

/// The sections of a portfolio page.
pub struct Portfolio<'a> {
    pub maps: Vec<MapRow<'a>>,
    /// Each department once (as first written), with what it does in each map.
    pub departments: Vec<(String, Vec<String>)>,
    /// How many maps are past their review date.
    pub overdue: usize,
}

/// One map's row and section.
pub struct MapRow<'a> {
    pub path: &'a str,
    pub map: &'a Map,
    /// The review date has passed.
    pub overdue: bool,
    /// Each stage's name and average emotion (`None` when nothing is rated).
    pub stages: Vec<(&'a str, Option<String>)>,
    /// The best opportunities, at most [`TOP`].
    pub top: Vec<&'a Opportunity>,
}

impl<'a> Portfolio<'a> {
    /// The sections for `entries` (in the order given), judged on `today`.
    pub fn new(entries: &'a [Entry<'a>], today: Date) -> Portfolio<'a> {
        let maps: Vec<MapRow> = entries
            .iter()
            .map(|e| MapRow {
                path: &e.path,
                map: e.map,
                overdue: e.map.review_by.is_some_and(|d| d < today),
                stages: e
                    .map
                    .stages
                    .iter()
                    .map(|s| (s.name.as_str(), stage_average(e.map, &s.id).map(signed_average)))
                    .collect(),
                top: ranked_opportunities(e.map).into_iter().take(TOP).collect(),
            })
            .collect();
        let overdue = maps.iter().filter(|m| m.overdue).count();
        Portfolio {
            departments: departments(entries),
            maps,
            overdue,
        }
    }
}

/// Departments (matched without regard to case) and, per map, what they
/// do in it: "team", "3 touchpoints", "1 opportunity".
fn departments(entries: &[Entry]) -> Vec<(String, Vec<String>)> {
    let mut names: Vec<String> = Vec::new();
    for e in entries {
        let team = e.map.team.iter().map(|p| p.department.as_str());
        let owners = e.map.touchpoints.iter().map(|t| t.owner.as_str());
        let opportunity_owners = e.map.opportunities.iter().map(|o| o.owner.as_str());
        for name in team.chain(owners).chain(opportunity_owners) {
            let name = name.trim();
            if !name.is_empty() && !names.iter().any(|n| same(n, name)) {
                names.push(name.to_owned());
            }
        }
    }
    names.sort_by_key(|n| n.to_lowercase());
    let count = |n: usize, one: &str, many: &str| match n {
        0 => None,
        1 => Some(format!("1 {one}")),
        n => Some(format!("{n} {many}")),
    };
    names
        .into_iter()
        .map(|name| {
            let cells = entries
                .iter()
                .map(|e| {
                    let in_team = e.map.team.iter().any(|p| same(&p.department, &name));
                    let touchpoints = e.map.touchpoints.iter().filter(|t| same(&t.owner, &name));
                    let opportunities =
                        e.map.opportunities.iter().filter(|o| same(&o.owner, &name));
                    [
                        in_team.then(|| "team".to_owned()),
                        count(touchpoints.count(), "touchpoint", "touchpoints"),
                        count(opportunities.count(), "opportunity", "opportunities"),
                    ]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(", ")
                })
                .collect();
            (name, cells)
        })
        .collect()
}

fn same(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// "2020-01-31 (overdue)", the date alone, or empty.
fn review(row: &MapRow) -> String {
    match row.map.review_by {
        Some(date) if row.overdue => format!("{date} (overdue)"),
        Some(date) => date.to_string(),
        None => String::new(),
    }
}

/// The page's opening line: how many maps, how many overdue.
fn summary(p: &Portfolio) -> String {
    let maps = match p.maps.len() {
        1 => "1 map".to_owned(),
        n => format!("{n} maps"),
    };
    match p.overdue {
        0 => format!("{maps}, no review overdue."),
        1 => format!("{maps}, 1 review overdue."),
        n => format!("{maps}, {n} reviews overdue."),
    }
}

/// The portfolio as Markdown, ending with a newline.
pub fn markdown(p: &Portfolio) -> String {
    let mut out = String::from("# Portfolio of journeys\n\n");
    let _ = writeln!(out, "{}\n", summary(p));
    out.push_str("| Map | File | Kind | Owner | Review by | Touchpoints | Opportunities |\n");
    out.push_str("| --- | --- | --- | --- | --- | ---: | ---: |\n");
    for row in &p.maps {
        let review = review(row);
        let review = if row.overdue { format!("**{review}**") } else { review };
        let _ = writeln!(
            out,
            "| {} | `{}` | {} | {} | {review} | {} | {} |",
            md::inline(&row.map.title),
            row.path.replace('`', "'"),
            row.map.kind.label(),
            md::inline(&row.map.owner),
            row.map.touchpoints.len(),
            row.map.opportunities.len(),
        );
    }
    out.push('\n');
    for row in &p.maps {
        let _ = writeln!(out, "## {}\n", md::heading(&row.map.title));
        if row.stages.is_empty() {
            out.push_str("_No stages yet._\n\n");
        } else {
            out.push_str("| Stage | Average emotion |\n| --- | ---: |\n");
            for (name, average) in &row.stages {
                let average = average.as_deref().unwrap_or("not rated");
                let _ = writeln!(out, "| {} | {average} |", md::inline(name));
            }
            out.push('\n');
        }
        if row.top.is_empty() {
            out.push_str("_No opportunities yet._\n\n");
            continue;
        }
        out.push_str("| Top opportunity | Votes | Status | Owner |\n| --- | ---: | --- | --- |\n");
        for o in &row.top {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                md::inline(&o.title),
                o.votes,
                o.status.label(),
                md::inline(&o.owner)
            );
        }
        out.push('\n');
    }
    if !p.departments.is_empty() {
        out.push_str("## Departments × maps\n\n| Department |");
        for row in &p.maps {
            let _ = write!(out, " {} |", md::inline(&row.map.title));
        }
        out.push_str("\n| --- |");
        out.push_str(&" --- |".repeat(p.maps.len()));
        out.push('\n');
        for (name, cells) in &p.departments {
            let _ = write!(out, "| {} |", md::inline(name));
            for cell in cells {
                let _ = write!(out, " {cell} |");
            }
            out.push('\n');
        }
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('\n');
    out
}

/// The portfolio as one self-contained HTML page (the single-map page's
/// style sheet), ending with a newline.
pub fn html(p: &Portfolio) -> String {
    let mut out = String::from("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<title>Portfolio of journeys</title>\n<style>\n");
    out.push_str(page::STYLE);
    out.push_str(".overdue { color: var(--s-m2); font-weight: 600; }\n");
    out.push_str("</style>\n</head>\n<body>\n<h1>Portfolio of journeys</h1>\n");
    let _ = writeln!(out, "<p class=\"meta\">{}</p>", summary(p));
    out.push_str(
        "<section>\n<table class=\"list\"><thead><tr><th>Map</th><th>File</th><th>Kind</th>\
         <th>Owner</th><th>Review by</th><th class=\"num\">Touchpoints</th>\
         <th class=\"num\">Opportunities</th></tr></thead>\n<tbody>\n",
    );
    for row in &p.maps {
        let review = page::escape(&review(row));
        let review = if row.overdue {
            format!("<span class=\"overdue\">⚠ {review}</span>")
        } else {
            review
        };
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td><code>{}</code></td><td>{}</td><td>{}</td><td>{review}</td>\
             <td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            page::text(&row.map.title),
            page::escape(row.path),
            row.map.kind.label(),
            page::text(&row.map.owner),
            row.map.touchpoints.len(),
            row.map.opportunities.len(),
        );
    }
    out.push_str("</tbody></table>\n</section>\n");
    for row in &p.maps {
        let _ = writeln!(out, "<section>\n<h2>{}</h2>", page::text(&row.map.title));
        if !row.stages.is_empty() {
            out.push_str(
                "<table class=\"list compact\"><thead><tr><th>Stage</th>\
                 <th class=\"num\">Average emotion</th></tr></thead><tbody>\n",
            );
            for (name, average) in &row.stages {
                let average = average.as_deref().unwrap_or("not rated");
                let _ = writeln!(
                    out,
                    "<tr><td>{}</td><td class=\"num\">{average}</td></tr>",
                    page::text(name)
                );
            }
            out.push_str("</tbody></table>\n");
        }
        if !row.top.is_empty() {
            out.push_str(
                "<table class=\"list compact after-table\"><thead><tr><th>Top opportunity</th>\
                 <th class=\"num\">Votes</th><th>Status</th><th>Owner</th></tr></thead><tbody>\n",
            );
            for o in &row.top {
                let _ = writeln!(
                    out,
                    "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"status\">{}</td><td>{}</td></tr>",
                    page::text(&o.title),
                    o.votes,
                    o.status.label(),
                    page::text(&o.owner)
                );
            }
            out.push_str("</tbody></table>\n");
        }
        out.push_str("</section>\n");
    }
    if !p.departments.is_empty() {
        out.push_str("<section>\n<h2>Departments × maps</h2>\n<div class=\"scroll\"><table class=\"list\"><thead><tr><th>Department</th>");
        for row in &p.maps {
            let _ = write!(out, "<th>{}</th>", page::text(&row.map.title));
        }
        out.push_str("</tr></thead><tbody>\n");
        for (name, cells) in &p.departments {
            let _ = write!(out, "<tr><td>{}</td>", page::text(name));
            for cell in cells {
                let _ = write!(out, "<td>{cell}</td>");
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody></table></div>\n</section>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}
