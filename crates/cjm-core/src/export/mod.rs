//! Exports: a map turned into Markdown, Mermaid, CSV, HTML or JSON.
//!
//! Every export is a pure function of the [`Map`]: no terminal, no clock, no
//! environment, no hash-map iteration order, so the same map always gives the
//! same bytes and an export can be committed beside the map and diffed. This
//! module owns the format list and what the formats share: emotion words,
//! per-stage averages, the ranking of opportunities and number formatting.
//! Each format lives in its own file.

mod csv;
mod html;
mod index;
mod json;
mod markdown;
mod mermaid;
pub mod portfolio;
mod report;
pub mod tracker;

use crate::model::{Emotion, Map, Metric, Opportunity, Persona, Reading};
use crate::t;

/// The formats `cjm export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    /// A report for a pull request or a wiki page, with a Mermaid diagram.
    Markdown,
    /// A Mermaid `journey` diagram.
    Mermaid,
    /// One row per touchpoint, for spreadsheets.
    Csv,
    /// One self-contained, printable page: the board, the emotion curve and the rest.
    Html,
    /// The whole model, for other programs.
    Json,
}

impl ExportFormat {
    /// Every format, in the order the help lists them.
    pub const ALL: [ExportFormat; 5] = [
        ExportFormat::Markdown,
        ExportFormat::Mermaid,
        ExportFormat::Csv,
        ExportFormat::Html,
        ExportFormat::Json,
    ];

    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "markdown",
            ExportFormat::Mermaid => "mermaid",
            ExportFormat::Csv => "csv",
            ExportFormat::Html => "html",
            ExportFormat::Json => "json",
        }
    }

    /// The usual file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "md",
            ExportFormat::Mermaid => "mmd",
            ExportFormat::Csv => "csv",
            ExportFormat::Html => "html",
            ExportFormat::Json => "json",
        }
    }
}

impl std::fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Choices that change an export's bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ExportOptions {
    /// CSV only: start with a UTF-8 byte order mark, so Excel reads the file as UTF-8.
    pub csv_bom: bool,
}

/// The export of `map` in `format`. The text always ends with a newline.
///
/// Reports are written in the map's own `language` when cjm speaks it, else
/// in the interface language; [`export_in`] chooses the language.
pub fn export(map: &Map, format: ExportFormat, options: &ExportOptions) -> String {
    export_in(
        crate::i18n::for_map(None, &map.language),
        map,
        format,
        options,
    )
}

/// [`export`] in `lang` (`cjm export --lang`). JSON and CSV are data: their
/// keys and column names are the file's, in every language.
pub fn export_in(
    lang: crate::i18n::Lang,
    map: &Map,
    format: ExportFormat,
    options: &ExportOptions,
) -> String {
    crate::i18n::scoped(lang, || match format {
        ExportFormat::Markdown => markdown::export(map),
        ExportFormat::Mermaid => mermaid::export(map),
        ExportFormat::Csv => csv::export(map, options.csv_bom),
        ExportFormat::Html => html::export(map),
        ExportFormat::Json => json::export(map),
    })
}

/// A word for an emotion score, "not rated" when there is none.
fn emotion_word(emotion: Option<Emotion>) -> String {
    match emotion.map(Emotion::get) {
        Some(2) => t!("export-emotion-very-positive"),
        Some(1) => t!("export-emotion-positive"),
        Some(0) => t!("export-emotion-neutral"),
        Some(-1) => t!("export-emotion-negative"),
        Some(-2) => t!("export-emotion-very-negative"),
        Some(_) => t!("export-emotion-out-of-range"),
        None => t!("export-emotion-not-rated"),
    }
}

/// An emotion score with its sign: "+2", "0", "-1".
fn signed(emotion: Emotion) -> String {
    match emotion.get() {
        n if n > 0 => format!("+{n}"),
        n => n.to_string(),
    }
}

/// An average emotion with one decimal and its sign: "+1.5", "0.0", "-0.7".
fn signed_average(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    let text = if rounded > 0.0 {
        format!("+{rounded:.1}")
    } else if rounded == 0.0 {
        "0.0".to_owned()
    } else {
        format!("{rounded:.1}")
    };
    crate::i18n::number::localise(&text, crate::i18n::current())
}

/// Opportunities in priority order (see [`Map::ranked_opportunities`]).
fn ranked_opportunities(map: &Map) -> Vec<&Opportunity> {
    map.ranked_opportunities()
        .into_iter()
        .map(|i| &*map.opportunities[i])
        .collect()
}

/// Impact and effort of an opportunity, when both are rated.
fn ratio(o: &Opportunity) -> Option<(u32, u32)> {
    Some((u32::from(o.impact?.get()), u32::from(o.effort?.get())))
}

/// The impact-to-effort ratio with one or two decimals ("4.0", "1.25",
/// "1.67"), empty when not both are rated.
fn ratio_text(o: &Opportunity) -> String {
    let Some((impact, effort)) = ratio(o) else {
        return String::new();
    };
    let text = format!("{:.2}", f64::from(impact) / f64::from(effort));
    let text = text.strip_suffix('0').map_or(text.clone(), str::to_owned);
    crate::i18n::number::localise(&text, crate::i18n::current())
}

/// The departments of the team, each once, in the order they first appear.
fn departments(map: &Map) -> Vec<&str> {
    let mut seen: Vec<&str> = Vec::new();
    for p in &map.team {
        let d = map.department_name(&p.department).trim();
        if !d.is_empty() && !seen.contains(&d) {
            seen.push(d);
        }
    }
    seen
}

/// Personas with the primary one first, the rest in map order.
fn personas_primary_first(map: &Map) -> Vec<&Persona> {
    let mut personas: Vec<&Persona> = map.personas.iter().collect();
    personas.sort_by_key(|p| !p.primary);
    personas
}

/// The most recent reading of a metric (the last one of the latest date).
fn latest_reading(metric: &Metric) -> Option<&Reading> {
    metric
        .readings
        .iter()
        .enumerate()
        .max_by_key(|(i, r)| (r.date, *i))
        .map(|(_, r)| r)
}

/// A number as the report's language writes it: "4.8", "4,8".
fn number(n: f64) -> String {
    crate::i18n::number::localise(&crate::text::number(n), crate::i18n::current())
}

/// "12 %" or "12 days": a number with its unit, when there is one.
fn with_unit(n: f64, unit: &str) -> String {
    let unit = unit.trim();
    if unit.is_empty() {
        number(n)
    } else if unit == "%" {
        format!("{}%", number(n))
    } else {
        format!("{} {unit}", number(n))
    }
}

/// `text` on one line: line breaks, tabs and other control characters
/// become single spaces, and runs of white space are collapsed.
fn one_line(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Id, MapKind, Score};

    fn opportunity(id: &str, votes: u32, impact: Option<i64>, effort: Option<i64>) -> Opportunity {
        let mut o = Opportunity::new(Id::new(id), id);
        o.votes = votes;
        o.impact = impact.and_then(Score::new);
        o.effort = effort.and_then(Score::new);
        o
    }

    #[test]
    fn opportunities_rank_by_votes_then_ratio_then_map_order() {
        let mut map = Map::new("M", MapKind::CurrentState);
        map.opportunities = vec![
            opportunity("op-unrated", 3, None, None).into(),
            opportunity("op-cheap", 3, Some(4), Some(1)).into(),
            opportunity("op-popular", 5, Some(1), Some(5)).into(),
            opportunity("op-even-a", 3, Some(2), Some(2)).into(),
            opportunity("op-even-b", 3, Some(3), Some(3)).into(),
        ];
        let order: Vec<&str> = ranked_opportunities(&map)
            .iter()
            .map(|o| o.id.as_str())
            .collect();
        assert_eq!(
            order,
            [
                "op-popular",
                "op-cheap",
                "op-even-a",
                "op-even-b",
                "op-unrated"
            ]
        );
        assert_eq!(ratio_text(&map.opportunities[1]), "4.0");
        assert_eq!(ratio_text(&opportunity("x", 0, Some(5), Some(2))), "2.5");
        assert_eq!(ratio_text(&opportunity("x", 0, Some(5), Some(3))), "1.67");
        assert_eq!(ratio_text(&opportunity("x", 0, Some(5), Some(4))), "1.25");
        assert_eq!(ratio_text(&map.opportunities[0]), "");
    }

    #[test]
    fn numbers_read_like_people_write_them() {
        assert_eq!(number(27.0), "27");
        assert_eq!(number(-0.0), "0");
        assert_eq!(number(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(number(4.8), "4.8");
        assert_eq!(with_unit(27.0, "%"), "27%");
        assert_eq!(with_unit(3.5, "days"), "3.5 days");
        assert_eq!(signed_average(-1.0 / 3.0), "-0.3");
        assert_eq!(signed_average(0.04), "0.0");
        assert_eq!(signed_average(-0.04), "0.0");
        assert_eq!(signed_average(1.25), "+1.3");
    }

    #[test]
    fn one_line_collapses_breaks() {
        assert_eq!(one_line("  a\r\nb\t c\u{2028}d  "), "a b c d");
    }
}
