//! The Markdown report: the whole map as a page for a pull request or a wiki.
//!
//! Sections: title and kind, goal, personas (primary first), team and the
//! departments present, one section per stage with its touchpoints, the
//! emotion curve as a fixed-width text chart, the Mermaid journey diagram in
//! a ```` ```mermaid ```` block (GitHub and GitLab draw it), opportunities
//! ranked, metrics, and the parking lot. Sections with nothing in them are
//! left out.
//!
//! User text is escaped so it reads as written: characters that would start
//! emphasis, links, HTML, math or a table cell are backslash-escaped, a
//! character that would start a block (a heading, a quote, a list) is
//! escaped at the start of a text, and line breaks become `<br>` so that a
//! text never leaves its list item or table cell.

use std::fmt::Write as _;

use unicode_width::UnicodeWidthStr;

use super::index::Index;
use super::report::{
    Markup, MetricRow, OpportunityRow, Report, Team, empathy_map, persona_details,
};
use super::{emotion_word, number, signed, signed_average};
use crate::i18n::{current, date};
use crate::model::{Emotion, Goal, Lane, Map, Persona, Stage, Touchpoint, Vocabulary};
use crate::t;

/// The report, ending with a newline.
pub fn export(map: &Map) -> String {
    let report = Report::new(map);
    let mut out = String::new();
    header(&mut out, map);
    goal(&mut out, report.goal);
    personas(&mut out, &report.personas);
    team(&mut out, report.team.as_ref());
    departments(&mut out, map);
    let _ = writeln!(out, "## {}\n", t!("export-journey"));
    for (i, stage) in map.stages.iter().enumerate() {
        stage_section(&mut out, &report.index, i + 1, stage);
    }
    if map.stages.is_empty() {
        let _ = writeln!(out, "_{}_\n", t!("export-no-stages"));
    }
    emotion_curve(&mut out, map, &report.index);
    let _ = writeln!(
        out,
        "## {}\n\n```mermaid\n{}```\n",
        t!("export-journey-diagram"),
        super::mermaid::export(map)
    );
    opportunities(&mut out, &report.opportunities);
    metrics(&mut out, &report.metrics);
    parking_lot(&mut out, report.parking_lot);
    // Exactly one newline at the end.
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('\n');
    out
}

fn header(out: &mut String, map: &Map) {
    let _ = writeln!(out, "# {}\n", heading(&map.title));
    let kind = t!("export-map-kind", kind = map.kind.local_label());
    let mut facts = vec![format!("**{kind}**")];
    if !map.language.is_empty() {
        facts.push(t!("export-language", language = inline(&map.language)));
    }
    if !map.owner.is_empty() {
        facts.push(t!("export-owner", owner = inline(&map.owner)));
    }
    if let Some(date) = map.created {
        facts.push(t!("export-created", date = date::format(date, current())));
    }
    if let Some(date) = map.review_by {
        facts.push(t!("export-review-by", date = date::format(date, current())));
    }
    if !map.based_on.is_empty() {
        facts.push(t!("export-based-on", path = inline(&map.based_on)));
    }
    let _ = writeln!(out, "{}\n", facts.join(" · "));
}

fn goal(out: &mut String, goal: Option<&Goal>) {
    let Some(g) = goal else {
        return;
    };
    let _ = writeln!(out, "## {}\n", t!("export-goal"));
    if let Some(focus) = g.focus {
        let _ = writeln!(out, "**{}:** {}\n", t!("export-focus"), focus.local_label());
    }
    if !g.statement.is_empty() {
        let _ = writeln!(out, "{}\n", inline(&g.statement));
    }
    if !g.scope.is_empty() {
        let _ = writeln!(out, "**{}:** {}\n", t!("export-scope"), inline(&g.scope));
    }
    if !g.success_criteria.is_empty() {
        let _ = writeln!(out, "**{}:**\n", t!("export-success-criteria"));
        bullets(out, "", &g.success_criteria);
        out.push('\n');
    }
}

fn personas(out: &mut String, personas: &[&Persona]) {
    if personas.is_empty() {
        return;
    }
    let _ = writeln!(out, "## {}\n", t!("export-personas"));
    for p in personas {
        persona(out, p);
    }
}

fn persona(out: &mut String, p: &Persona) {
    if p.primary {
        let primary = t!("export-primary-persona");
        let _ = writeln!(out, "### ★ {} ({primary})\n", heading(&p.name));
    } else {
        let _ = writeln!(out, "### {}\n", heading(&p.name));
    }
    if !p.quote.is_empty() {
        let _ = writeln!(out, "> {}\n", inline(&p.quote));
    }
    let fields = [
        (t!("export-segment"), p.segment.as_str()),
        (t!("export-description"), &p.description),
    ];
    let mut any = false;
    for (label, value) in fields.into_iter().chain(persona_details(p)) {
        if !value.is_empty() {
            let _ = writeln!(out, "- **{label}:** {}", inline(value));
            any = true;
        }
    }
    if !p.jobs_to_be_done.is_empty() {
        let _ = writeln!(out, "- **{}:**", t!("export-jobs-to-be-done"));
        bullets(out, "  ", &p.jobs_to_be_done);
        any = true;
    }
    for (label, items) in empathy_map(p) {
        if !items.is_empty() {
            let _ = writeln!(out, "- **{label}:**");
            bullets(out, "  ", items);
            any = true;
        }
    }
    if any {
        out.push('\n');
    }
}

fn team(out: &mut String, team: Option<&Team>) {
    let Some(team) = team else {
        return;
    };
    let _ = writeln!(out, "## {}\n", t!("export-team"));
    let _ = writeln!(
        out,
        "| {} | {} | {} |\n| --- | --- | --- |",
        t!("export-name"),
        t!("export-department"),
        t!("export-role")
    );
    for (name, department, role) in &team.rows {
        let _ = writeln!(
            out,
            "| {} | {} | {role} |",
            inline(name),
            inline(department)
        );
    }
    if !team.departments.is_empty() {
        let names: Vec<String> = team.departments.iter().map(|d| inline(d)).collect();
        let present = t!("export-departments-present", departments = names.join(", "));
        let _ = writeln!(out, "\n{present}");
    }
    out.push('\n');
}

fn stage_section(out: &mut String, index: &Index, number: usize, stage: &Stage) {
    let _ = writeln!(out, "### {number}. {}\n", heading(&stage.name));
    if !stage.customer_goal.is_empty() {
        let label = t!("export-customer-goal");
        let _ = writeln!(out, "**{label}:** {}\n", inline(&stage.customer_goal));
    }
    if !stage.description.is_empty() {
        let _ = writeln!(out, "{}\n", inline(&stage.description));
    }
    let touchpoints = index.touchpoints_in(&stage.id);
    if touchpoints.is_empty() {
        let _ = writeln!(out, "_{}_\n", t!("export-no-touchpoints"));
    }
    for t in touchpoints {
        touchpoint_section(out, index, t);
    }
}

fn touchpoint_section(out: &mut String, index: &Index, t: &Touchpoint) {
    let _ = writeln!(out, "#### {}\n", heading(&t.name));
    let mut facts = Vec::new();
    if let Some(channel) = t.channel {
        facts.push(format!(
            "**{}:** {}",
            t!("export-channel"),
            channel.local_label()
        ));
    }
    if !t.owner.is_empty() {
        let owner = index.map().department_name(&t.owner);
        facts.push(format!(
            "**{}:** {}",
            t!("export-owner-label"),
            inline(owner)
        ));
    }
    facts.push(format!(
        "**{}:** {}",
        t!("export-emotion"),
        emotion(t.emotion)
    ));
    if !t.personas.is_empty() {
        let names: Vec<String> = t
            .personas
            .iter()
            .map(|id| format!("*{}*", inline(index.persona_name(id))))
            .collect();
        facts.push(format!(
            "**{}:** {}",
            t!("export-personas"),
            names.join(", ")
        ));
    }
    let _ = writeln!(out, "- {}", facts.join(" · "));
    if t.moment_of_truth {
        let _ = writeln!(
            out,
            "- ⚑ **{}:** {}",
            t!("export-moment-of-truth"),
            t!("export-moment-of-truth-note")
        );
    }
    for (label, value) in [
        (t!("export-doing"), &t.doing),
        (t!("export-thinking"), &t.thinking),
        (t!("export-feeling"), &t.feeling),
    ] {
        if !value.is_empty() {
            let _ = writeln!(out, "- **{label}:** {}", inline(value));
        }
    }
    if !t.pain_points.is_empty() {
        let _ = writeln!(out, "- **{}:**", t!("export-pain-points"));
        bullets(out, "  ", &t.pain_points);
    }
    if !t.evidence.is_empty() {
        let _ = writeln!(out, "- **{}:**", t!("export-evidence"));
        for e in &t.evidence {
            let source = e.source.local_label();
            let mut line = if e.note.is_empty() {
                format!("  - *{source}*")
            } else {
                format!("  - *{source}:* {}", inline(&e.note))
            };
            if !e.url.is_empty() {
                let _ = write!(line, " ({})", link("source", &e.url));
            }
            let _ = writeln!(out, "{line}");
        }
    }
    blueprint(out, index.map(), t);
    out.push('\n');
}

/// The service blueprint below the customer's side: the lanes with their
/// departments (the line of interaction above the frontstage, the line of
/// visibility above the backstage, the line of internal interaction above
/// the support), the fail point, the wait and the web links.
fn blueprint(out: &mut String, map: &Map, t: &Touchpoint) {
    for (lane, label, line) in [
        (
            Lane::Frontstage,
            t!("export-lane-frontstage"),
            t!("export-below-line-interaction"),
        ),
        (
            Lane::Backstage,
            t!("export-lane-backstage"),
            t!("export-below-line-visibility"),
        ),
        (
            Lane::Support,
            t!("export-lane-support"),
            t!("export-below-line-internal"),
        ),
    ] {
        let actions = t.lane(lane);
        if actions.is_empty() {
            continue;
        }
        let _ = writeln!(out, "- **{label}** _({line})_:");
        for a in actions {
            if a.department.is_empty() {
                let _ = writeln!(out, "  - {}", inline(&a.text));
            } else {
                let department = map.department_name(&a.department);
                let _ = writeln!(out, "  - {} — *{}*", inline(&a.text), inline(department));
            }
        }
    }
    if !t.fail_point.is_empty() {
        let _ = writeln!(
            out,
            "- ⚠ **{}:** {}",
            t!("export-fail-point"),
            inline(&t.fail_point)
        );
    }
    if let Some(wait) = t.wait {
        let _ = writeln!(out, "- ⏱ **{}:** {}", t!("export-wait"), wait.words());
    }
    if !t.web_links.is_empty() {
        let links: Vec<String> = t.web_links.iter().map(|l| link(&l.title, &l.url)).collect();
        let _ = writeln!(out, "- **{}:** {}", t!("export-links"), links.join(" · "));
    }
}

/// A Markdown link `[title](<url>)`; the address in angle brackets so its
/// parentheses and spaces cannot end it early, the title escaped.
fn link(title: &str, url: &str) -> String {
    let title = if title.trim().is_empty() { url } else { title };
    // Percent-encoded where Markdown or a table cell would end the address.
    let mut safe = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            '<' => safe.push_str("%3C"),
            '>' => safe.push_str("%3E"),
            '|' => safe.push_str("%7C"),
            c if c.is_whitespace() || c.is_control() => safe.push_str("%20"),
            c => safe.push(c),
        }
    }
    let url = safe;
    format!("[{}](<{url}>)", inline(title))
}

/// An item's web links after its name in a table cell, or nothing.
fn links_after(links: &[crate::model::Link]) -> String {
    let links: Vec<String> = links.iter().map(|l| link(&l.title, &l.url)).collect();
    if links.is_empty() {
        String::new()
    } else {
        format!(" ({})", links.join(", "))
    }
}

/// The departments of the map with their short names and aliases.
fn departments(out: &mut String, map: &Map) {
    if map.departments.is_empty() {
        return;
    }
    let _ = writeln!(out, "## {}\n", inline(&t!("export-departments")));
    let _ = writeln!(
        out,
        "| {} | {} | {} |\n| --- | --- | --- |",
        inline(&t!("export-department")),
        inline(&t!("export-department-short-name")),
        inline(&t!("export-department-aliases")),
    );
    for d in &map.departments {
        let aliases: Vec<String> = d.aliases.iter().map(|a| inline(a)).collect();
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            inline(&d.name),
            inline(&d.short_name),
            aliases.join(", ")
        );
    }
    out.push('\n');
}

/// "🙁 -1 negative", "· not rated".
fn emotion(e: Option<Emotion>) -> String {
    let face = match e.map(Emotion::get) {
        Some(2) => "😄",
        Some(1) => "🙂",
        Some(0) => "😐",
        Some(-1) => "🙁",
        Some(-2) => "😣",
        _ => "·",
    };
    match e {
        Some(e) => format!("{face} {} {}", signed(e), emotion_word(Some(e))),
        None => format!("{face} {}", emotion_word(None)),
    }
}

/// The narrowest and widest stage column of the emotion chart, in terminal cells.
const CHART_COLUMN: std::ops::RangeInclusive<usize> = 10..=20;

/// The emotion curve: one column per stage, the average emotion of its rated
/// touchpoints on a -2..+2 scale in steps of 0.5, and the zero line.
fn emotion_curve(out: &mut String, map: &Map, index: &Index) {
    if map.stages.is_empty() {
        return;
    }
    let averages: Vec<Option<f64>> = map
        .stages
        .iter()
        .map(|s| index.stage_average(&s.id))
        .collect();
    let names: Vec<String> = map
        .stages
        .iter()
        .map(|s| super::one_line(&s.name))
        .collect();
    // Wide enough for the longest name and two spaces, within limits.
    let column = names
        .iter()
        .map(|n| n.width() + 2)
        .max()
        .unwrap_or(0)
        .clamp(*CHART_COLUMN.start(), *CHART_COLUMN.end());
    let _ = writeln!(out, "## {}\n", t!("export-emotion-curve"));
    let _ = writeln!(out, "{}\n", t!("export-emotion-curve-legend"));
    // The rows' labels ("+2 ┤") and the averages' label ("avg") share the
    // first cells; a longer word for "avg" widens them.
    let average_label = t!("export-average-short");
    let margin = (average_label.width() + 2).max(5);
    out.push_str("```text\n");
    // Rows from +2 down to -2 in half steps.
    for row in 0..=8_i32 {
        let (label, axis) = match row {
            0 => ("+2", '┤'),
            2 => ("+1", '┤'),
            4 => ("0", '┼'),
            6 => ("-1", '┤'),
            8 => ("-2", '┤'),
            _ => ("", '│'),
        };
        let fill = if row == 4 { '─' } else { ' ' };
        let mut line = format!("{label:>w$} {axis}", w = margin - 2);
        for average in &averages {
            let marked = average.is_some_and(|a| ((2.0 - a) / 0.5).round() as i32 == row);
            for cell in 0..column {
                line.push(if marked && cell == column / 2 {
                    '●'
                } else {
                    fill
                });
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    let mut labels = " ".repeat(margin);
    let mut values = format!("{average_label:<margin$}");
    for (name, average) in names.iter().zip(&averages) {
        labels.push_str(&fit(&centred(name, column), column));
        let value = average.map_or_else(|| "–".to_owned(), signed_average);
        values.push_str(&fit(&centred(&value, column), column));
    }
    out.push_str(labels.trim_end());
    out.push('\n');
    out.push_str(values.trim_end());
    out.push_str("\n```\n\n");
}

/// `text` cut to `width - 1` cells (with `…` when cut) and padded to `width`.
fn fit(text: &str, width: usize) -> String {
    let shown = crate::text::truncate(text, width.saturating_sub(1));
    let used = crate::text::width(&shown);
    shown + &" ".repeat(width.saturating_sub(used))
}

/// `text` with spaces in front so that it sits in the middle of `width` cells.
fn centred(text: &str, width: usize) -> String {
    let pad = width.saturating_sub(text.width()) / 2;
    format!("{}{text}", " ".repeat(pad))
}

fn opportunities(out: &mut String, rows: &[OpportunityRow]) {
    if rows.is_empty() {
        return;
    }
    let _ = writeln!(out, "## {}\n", t!("export-opportunities"));
    let _ = writeln!(out, "{}\n", t!("export-ranking"));
    let _ = writeln!(
        out,
        "| # | {} | {} | {} | {} | {} | {} | {} | {} |\n\
         | ---: | --- | ---: | ---: | ---: | ---: | --- | --- | --- |",
        t!("export-opportunity"),
        t!("export-votes"),
        t!("export-impact"),
        t!("export-effort"),
        t!("export-impact-effort"),
        t!("export-status"),
        t!("export-owner-label"),
        t!("export-improves")
    );
    for row in rows {
        let o = row.opportunity;
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            row.rank,
            row.title(&MD) + &links_after(&o.web_links),
            o.votes,
            row.impact,
            row.effort,
            row.ratio,
            o.status.local_label(),
            inline(row.owner),
            row.improves(&MD)
        );
    }
    out.push('\n');
}

fn metrics(out: &mut String, rows: &[MetricRow]) {
    if rows.is_empty() {
        return;
    }
    let _ = writeln!(out, "## {}\n", t!("export-metrics"));
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} | {} |\n| --- | --- | --- | --- | --- | --- |",
        t!("export-metric"),
        t!("export-kind"),
        t!("export-baseline-target"),
        t!("export-unit"),
        t!("export-latest-reading"),
        t!("export-source")
    );
    for row in rows {
        metric_row(out, row);
    }
    out.push('\n');
}

fn metric_row(out: &mut String, row: &MetricRow) {
    let m = row.metric;
    let (name, goal) = (row.name(&MD) + &links_after(&m.web_links), row.goal(number));
    let latest = row
        .latest
        .map(|r| format!("{} ({})", number(r.value), date::format(r.date, current())))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "| {name} | {} | {goal} | {} | {latest} | {} |",
        m.kind.local_label(),
        inline(&m.unit),
        inline(&m.source)
    );
}

/// Markdown's markup for the shared cells.
const MD: Markup = Markup {
    text: inline,
    strong: ["**", "**"],
    metric_for: |names| format!("*{}:* {names}", t!("export-metric-for")),
    improved_stage: |name| t!("export-improved-stage", stage = format!("*{name}*")),
};

fn parking_lot(out: &mut String, items: &[String]) {
    if items.is_empty() {
        return;
    }
    let _ = writeln!(out, "## {}\n", t!("export-parking-lot"));
    bullets(out, "", items);
    out.push('\n');
}

fn bullets(out: &mut String, indent: &str, items: &[String]) {
    for item in items {
        let _ = writeln!(out, "{indent}- {}", inline(item));
    }
}

/// User text for a heading: one line, inline-escaped, `#` escaped too (a
/// trailing ` #` would be read as the end of the heading).
pub(super) fn heading(text: &str) -> String {
    inline(&super::one_line(text)).replace('#', "\\#")
}

/// User text made safe inside a paragraph, list item or table cell.
pub(super) fn inline(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = text.split('\n').map(str::trim).collect();
    let mut out = String::new();
    let mut blank = false;
    for line in lines.iter().skip_while(|l| l.is_empty()) {
        if line.is_empty() {
            blank = true;
            continue;
        }
        let block_start = out.is_empty();
        if !block_start {
            out.push_str(if blank { "<br><br>" } else { "<br>" });
        }
        blank = false;
        escape_line(&mut out, line, block_start);
    }
    out
}

fn escape_line(out: &mut String, line: &str, block_start: bool) {
    let start = out.len();
    let chars: Vec<char> = line.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '&' if starts_entity(&chars[i + 1..]) => out.push_str("\\&"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    if !block_start {
        return;
    }
    // A text at the start of a block must not open another block.
    let first = &out[start..];
    if first.starts_with(['#', '-', '+', '=']) {
        out.insert(start, '\\');
    } else if let Some(digits) = first.find(|c: char| !c.is_ascii_digit())
        && digits > 0
        && first[digits..].starts_with(['.', ')'])
    {
        out.insert(start + digits, '\\');
    }
}

/// Whether the text after an `&` reads as an HTML entity (`amp;`, `#38;`).
fn starts_entity(rest: &[char]) -> bool {
    let name: Vec<&char> = rest
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == '#')
        .collect();
    !name.is_empty() && rest.get(name.len()) == Some(&';')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_text_cannot_break_out() {
        assert_eq!(inline("a | b"), "a \\| b");
        assert_eq!(
            inline("line 1\nline 2\r\n\r\nline 4"),
            "line 1<br>line 2<br><br>line 4"
        );
        assert_eq!(
            inline("<script>alert(1)</script>"),
            "\\<script\\>alert(1)\\</script\\>"
        );
        assert_eq!(inline("# not a heading"), "\\# not a heading");
        assert_eq!(inline("- not a list"), "\\- not a list");
        assert_eq!(inline("1. not a list"), "1\\. not a list");
        assert_eq!(inline("2026) year"), "2026\\) year");
        assert_eq!(inline("=cmd"), "\\=cmd");
        assert_eq!(
            inline("*a* _b_ [c](d) `e` ~f~ $g$"),
            "\\*a\\* \\_b\\_ \\[c\\](d) \\`e\\` \\~f\\~ \\$g\\$"
        );
        assert_eq!(inline("R&D &amp; &#38;"), "R&D \\&amp; \\&#38;");
        assert_eq!(inline("Zażółć 🎉 漢字"), "Zażółć 🎉 漢字");
        assert_eq!(heading("C #\nx"), "C \\# x");
    }

    #[test]
    fn chart_columns_fit_wide_characters() {
        assert_eq!(fit("Awareness", 6), "Awar… ");
        assert_eq!(fit("漢字漢字", 6), "漢字… ");
        assert_eq!(fit("ok", 4), "ok  ");
        assert_eq!(fit("🎉🎉", 5), "🎉🎉 ");
    }
}
