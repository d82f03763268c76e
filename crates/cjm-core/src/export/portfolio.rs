//! The portfolio page of `cjm report`: every map of a repository on one
//! page, as Markdown or HTML.
//!
//! [`Portfolio::new`] computes the sections once (like [`super::report`]
//! does for one map): a table of the maps with owner, kind and review date
//! (overdue ones flagged against the day given), then per map the average
//! emotion of each stage and the top opportunities with their status and
//! their issue in the tracker (a link, when `cjm issues push` recorded one), and
//! a table of departments × maps (who is in the team, who owns touchpoints
//! and opportunities). [`markdown`] and [`html`] render it with the escaping
//! of the single-map reports.

use std::fmt::Write as _;

use super::{html as page, markdown as md, ranked_opportunities, signed_average};
use crate::model::{Date, Map, Opportunity, Vocabulary};
use crate::t;

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
            .map(|e| {
                // Every stage's average in one pass over the touchpoints.
                let averages = e.map.stage_averages();
                MapRow {
                    path: &e.path,
                    map: e.map,
                    overdue: e.map.review_by.is_some_and(|d| d < today),
                    stages: e
                        .map
                        .stages
                        .iter()
                        .map(|s| {
                            let average = averages.get(s.id.as_str()).copied();
                            (s.name.as_str(), average.map(signed_average))
                        })
                        .collect(),
                    top: ranked_opportunities(e.map).into_iter().take(TOP).collect(),
                }
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

/// The name a department reference stands for in `map`: the department's
/// name when the map (or a shared department it uses) has it by id or by
/// name, else the reference as written (schema 1's free text).
fn department_name<'m>(map: &'m Map, reference: &'m str) -> &'m str {
    map.department(reference)
        .or_else(|| map.department_of(reference))
        .map_or(reference, |d| d.name.as_str())
}

/// Departments (by name, matched without regard to case) and, per map, what
/// they do in it: "team", "3 touchpoints", "1 opportunity".
fn departments(entries: &[Entry]) -> Vec<(String, Vec<String>)> {
    let mut names: Vec<String> = Vec::new();
    for e in entries {
        let team = e.map.team.iter().map(|p| p.department.as_str());
        let owners = e.map.touchpoints.iter().map(|t| t.owner.as_str());
        let opportunity_owners = e.map.opportunities.iter().map(|o| o.owner.as_str());
        for name in team.chain(owners).chain(opportunity_owners) {
            let name = department_name(e.map, name).trim();
            if !name.is_empty() && !names.iter().any(|n| same(n, name)) {
                names.push(name.to_owned());
            }
        }
    }
    names.sort_by_key(|n| n.to_lowercase());
    names
        .into_iter()
        .map(|name| {
            let cells = entries
                .iter()
                .map(|e| {
                    let is = |reference: &str| same(department_name(e.map, reference), &name);
                    let in_team = e.map.team.iter().any(|p| is(&p.department));
                    let touchpoints = e.map.touchpoints.iter().filter(|t| is(&t.owner));
                    let opportunities = e.map.opportunities.iter().filter(|o| is(&o.owner));
                    let (touchpoints, opportunities) = (touchpoints.count(), opportunities.count());
                    [
                        in_team.then(|| t!("portfolio-page-team")),
                        (touchpoints > 0).then(|| t!("count-touchpoints", count = touchpoints)),
                        (opportunities > 0)
                            .then(|| t!("count-opportunities", count = opportunities)),
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

/// An opportunity's issue in the tracker as a link: its label (`#7` for an
/// address ending in a number, else the address) and the address; `None`
/// without an issue, or for an address that is not `http(s)://` or holds
/// spaces or angle brackets (it is not made a link a reader could follow).
fn issue_link(o: &Opportunity) -> Option<(String, String)> {
    let url = o.issue.trim();
    let web = url.starts_with("https://") || url.starts_with("http://");
    if !web
        || url
            .contains(|c: char| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"'))
    {
        return None;
    }
    let last = url
        .trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or_default();
    let label = if !last.is_empty() && last.bytes().all(|b| b.is_ascii_digit()) {
        format!("#{last}")
    } else {
        url.to_owned()
    };
    Some((label, url.to_owned()))
}

/// "2020-01-31 (overdue)", the date alone, or empty.
fn review(row: &MapRow) -> String {
    match row.map.review_by {
        Some(date) if row.overdue => t!("portfolio-page-overdue", date = date.to_string()),
        Some(date) => date.to_string(),
        None => String::new(),
    }
}

/// The page's opening line: how many maps, how many overdue.
fn summary(p: &Portfolio) -> String {
    t!(
        "portfolio-page-summary",
        maps = p.maps.len(),
        overdue = p.overdue
    )
}

/// The page's words in the interface language, looked up once per page.
struct Words {
    title: String,
    /// The overview table's column headings.
    columns: [String; 7],
    stage: String,
    average: String,
    not_rated: String,
    top: [String; 5],
    no_stages: String,
    no_opportunities: String,
    departments: String,
    department: String,
}

impl Words {
    fn new() -> Words {
        Words {
            title: t!("portfolio-page-title"),
            columns: [
                t!("portfolio-page-map"),
                t!("portfolio-page-file"),
                t!("portfolio-page-kind"),
                t!("portfolio-page-owner"),
                t!("portfolio-page-review-by"),
                t!("portfolio-page-touchpoints"),
                t!("portfolio-page-opportunities"),
            ],
            stage: t!("portfolio-page-stage"),
            average: t!("portfolio-page-average"),
            not_rated: t!("portfolio-page-not-rated"),
            top: [
                t!("portfolio-page-top"),
                t!("portfolio-page-votes"),
                t!("portfolio-page-status"),
                t!("portfolio-page-owner"),
                t!("portfolio-page-tracker"),
            ],
            no_stages: t!("portfolio-page-no-stages"),
            no_opportunities: t!("portfolio-page-no-opportunities"),
            departments: t!("portfolio-page-departments"),
            department: t!("portfolio-page-department"),
        }
    }
}

/// A Markdown table's heading row and rule; `right` says which columns are numbers.
fn md_head(out: &mut String, cells: &[&str], right: &[bool]) {
    let _ = writeln!(out, "| {} |", cells.join(" | "));
    let rules: Vec<&str> = right
        .iter()
        .map(|r| if *r { "---:" } else { "---" })
        .collect();
    let _ = writeln!(out, "| {} |", rules.join(" | "));
}

/// The portfolio as Markdown, ending with a newline.
pub fn markdown(p: &Portfolio) -> String {
    let w = Words::new();
    let mut out = format!("# {}\n\n", md::heading(&w.title));
    let _ = writeln!(out, "{}\n", md::inline(&summary(p)));
    let columns: Vec<&str> = w.columns.iter().map(String::as_str).collect();
    md_head(
        &mut out,
        &columns,
        &[false, false, false, false, false, true, true],
    );
    for row in &p.maps {
        let review = md::inline(&review(row));
        let review = if row.overdue {
            format!("**{review}**")
        } else {
            review
        };
        let _ = writeln!(
            out,
            "| {} | `{}` | {} | {} | {review} | {} | {} |",
            md::inline(&row.map.title),
            row.path.replace('`', "'"),
            row.map.kind.local_label(),
            md::inline(&row.map.owner),
            row.map.touchpoints.len(),
            row.map.opportunities.len(),
        );
    }
    out.push('\n');
    for row in &p.maps {
        let _ = writeln!(out, "## {}\n", md::heading(&row.map.title));
        if row.stages.is_empty() {
            let _ = writeln!(out, "_{}_\n", md::inline(&w.no_stages));
        } else {
            md_head(&mut out, &[&w.stage, &w.average], &[false, true]);
            for (name, average) in &row.stages {
                let average = average.as_deref().unwrap_or(&w.not_rated);
                let _ = writeln!(out, "| {} | {average} |", md::inline(name));
            }
            out.push('\n');
        }
        if row.top.is_empty() {
            let _ = writeln!(out, "_{}_\n", md::inline(&w.no_opportunities));
            continue;
        }
        let top: Vec<&str> = w.top.iter().map(String::as_str).collect();
        md_head(&mut out, &top, &[false, true, false, false, false]);
        for o in &row.top {
            let issue = match issue_link(o) {
                Some((label, url)) => format!("[{}](<{url}>)", md::inline(&label)),
                None => String::new(),
            };
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {issue} |",
                md::inline(&o.title),
                o.votes,
                o.status.local_label(),
                md::inline(department_name(row.map, &o.owner))
            );
        }
        out.push('\n');
    }
    if !p.departments.is_empty() {
        let _ = writeln!(out, "## {}\n", md::heading(&w.departments));
        let mut heads = vec![md::inline(&w.department)];
        heads.extend(p.maps.iter().map(|row| md::inline(&row.map.title)));
        let heads: Vec<&str> = heads.iter().map(String::as_str).collect();
        md_head(&mut out, &heads, &vec![false; heads.len()]);
        for (name, cells) in &p.departments {
            let _ = writeln!(out, "| {} | {} |", md::inline(name), cells.join(" | "));
        }
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('\n');
    out
}

/// An HTML table's opening and heading row; `right` says which columns are numbers.
fn html_head(out: &mut String, class: &str, cells: &[&str], right: &[bool]) {
    let _ = write!(out, "<table class=\"{class}\"><thead><tr>");
    for (cell, right) in cells.iter().zip(right) {
        let class = if *right { " class=\"num\"" } else { "" };
        let _ = write!(out, "<th{class}>{}</th>", page::text(cell));
    }
    out.push_str("</tr></thead><tbody>\n");
}

/// The portfolio as one self-contained HTML page (the single-map page's
/// style sheet), ending with a newline.
pub fn html(p: &Portfolio) -> String {
    let w = Words::new();
    let mut out = String::from("<!DOCTYPE html>\n");
    let _ = writeln!(out, "<html lang=\"{}\">", crate::i18n::current().code());
    out.push_str("<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(out, "<title>{}</title>\n<style>", page::text(&w.title));
    out.push_str(page::STYLE);
    out.push_str(".overdue { color: var(--s-m2); font-weight: 600; }\n");
    let _ = writeln!(
        out,
        "</style>\n</head>\n<body>\n<h1>{}</h1>",
        page::text(&w.title)
    );
    let _ = writeln!(out, "<p class=\"meta\">{}</p>", page::text(&summary(p)));
    out.push_str("<section>\n");
    let columns: Vec<&str> = w.columns.iter().map(String::as_str).collect();
    html_head(
        &mut out,
        "list",
        &columns,
        &[false, false, false, false, false, true, true],
    );
    for row in &p.maps {
        let review = page::text(&review(row));
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
            row.map.kind.local_label(),
            page::text(&row.map.owner),
            row.map.touchpoints.len(),
            row.map.opportunities.len(),
        );
    }
    out.push_str("</tbody></table>\n</section>\n");
    for row in &p.maps {
        let _ = writeln!(out, "<section>\n<h2>{}</h2>", page::text(&row.map.title));
        if row.stages.is_empty() {
            let _ = writeln!(out, "<p class=\"legend\">{}</p>", page::text(&w.no_stages));
        } else {
            html_head(
                &mut out,
                "list compact",
                &[&w.stage, &w.average],
                &[false, true],
            );
            for (name, average) in &row.stages {
                let average = average.as_deref().unwrap_or(&w.not_rated);
                let _ = writeln!(
                    out,
                    "<tr><td>{}</td><td class=\"num\">{}</td></tr>",
                    page::text(name),
                    page::text(average)
                );
            }
            out.push_str("</tbody></table>\n");
        }
        if row.top.is_empty() {
            let _ = writeln!(
                out,
                "<p class=\"legend\">{}</p>",
                page::text(&w.no_opportunities)
            );
        } else {
            let top: Vec<&str> = w.top.iter().map(String::as_str).collect();
            html_head(
                &mut out,
                "list compact after-table",
                &top,
                &[false, true, false, false, false],
            );
            for o in &row.top {
                let issue = match issue_link(o) {
                    Some((label, url)) => {
                        format!(
                            "<a href=\"{}\">{}</a>",
                            page::escape(&url),
                            page::text(&label)
                        )
                    }
                    None => String::new(),
                };
                let _ = writeln!(
                    out,
                    "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"status\">{}</td><td>{}</td><td>{issue}</td></tr>",
                    page::text(&o.title),
                    o.votes,
                    o.status.local_label(),
                    page::text(department_name(row.map, &o.owner))
                );
            }
            out.push_str("</tbody></table>\n");
        }
        out.push_str("</section>\n");
    }
    if !p.departments.is_empty() {
        let _ = writeln!(
            out,
            "<section>\n<h2>{}</h2>\n<div class=\"scroll\">",
            page::text(&w.departments)
        );
        let mut heads = vec![w.department.as_str()];
        heads.extend(p.maps.iter().map(|row| row.map.title.as_str()));
        html_head(&mut out, "list", &heads, &vec![false; heads.len()]);
        for (name, cells) in &p.departments {
            let _ = write!(out, "<tr><td>{}</td>", page::text(name));
            for cell in cells {
                let _ = write!(out, "<td>{}</td>", page::text(cell));
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody></table></div>\n</section>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}
