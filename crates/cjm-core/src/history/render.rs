//! Showing a history to people: the log of commits with what each changed,
//! and the trend as a table and a small chart, for a terminal (colours
//! from [`Palette`], or plain). User text is cleaned, so a map or a commit
//! message cannot send control sequences to the terminal.

use std::fmt::Write as _;

use super::{Entry, ItemKey, Step, Trend};
use crate::style::Palette;
use crate::text::{clean, truncate, width};

/// The widest stage column of the trend table, in terminal cells.
const MAX_STAGE_WIDTH: usize = 14;

/// The most commits the chart draws (the newest ones).
const MAX_CHART: usize = 60;

/// The chart's levels, lowest first.
const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// The title of a log: the map, or one item of it.
pub fn title(path: &str, item: Option<&ItemKey>) -> String {
    let path = clean(path);
    match item {
        Some(item) if item.name.is_empty() || item.name == item.key => {
            let item = format!("\"{}\"", clean(&item.key));
            crate::t!("history-title-item", item = item, path = path)
        }
        Some(item) => {
            let item = format!("{} \"{}\"", clean(&item.key), clean(&item.name));
            crate::t!("history-title-item", item = item, path = path)
        }
        None => crate::t!("history-title-map", path = path),
    }
}

/// The log: its title, then newest commit first, each with what it changed.
pub fn log(title: &str, entries: &[Entry], color: bool) -> String {
    let s = Palette::new(color);
    let mut out = format!("{}{title}{}\n", s.bold, s.reset);
    if entries.is_empty() {
        out.push_str(&crate::t!("history-no-change"));
        out.push('\n');
    }
    out.push_str(&commits(entries, color));
    out
}

/// The entries of a log, newest first, each commit's line followed by what
/// it changed (indented), with a blank line before each commit.
pub fn commits(entries: &[Entry], color: bool) -> String {
    let s = Palette::new(color);
    let mut out = String::new();
    for (i, e) in entries.iter().enumerate() {
        let c = &e.commit;
        let _ = writeln!(
            out,
            "\n{}{}{} {} {}  {}",
            s.changed,
            c.short,
            s.reset,
            clean(&c.date),
            clean(&c.author),
            clean(&c.subject)
        );
        if let Some(older) = entries.get(i + 1).filter(|older| older.path != e.path) {
            let was = crate::t!("history-file-was", path = clean(&older.path));
            let _ = writeln!(out, "  {}{was}{}", s.dim, s.reset);
        }
        match &e.step {
            Step::Created { items, diff: None } => {
                let created = crate::t!("history-created", count = *items);
                let _ = writeln!(out, "  {}{created}{}", s.added, s.reset);
            }
            Step::Created { diff: Some(d), .. } | Step::Changed(d) => {
                let body = crate::diff::render::changes(d, color);
                for line in body.lines().filter(|l| !l.is_empty()) {
                    let _ = writeln!(out, "  {line}");
                }
            }
            Step::Broken(message) => {
                let skipped = crate::t!("history-skipped");
                let broken = crate::t!("history-broken", problem = clean(message));
                let _ = writeln!(out, "  {}{skipped}{} {broken}", s.warning, s.reset);
            }
        }
    }
    out
}

/// An average emotion with its sign, a dash when there is none.
fn emotion(v: Option<f64>) -> String {
    match v {
        None => "–".to_owned(),
        Some(v) if v.abs() < 0.05 => "0.0".to_owned(),
        Some(v) => format!("{v:+.1}"),
    }
}

fn percent(share: crate::check::EvidenceShare) -> String {
    share
        .percent()
        .map_or_else(|| "–".to_owned(), |p| format!("{p}%"))
}

/// `text` padded on the left to `cells` terminal cells.
fn right(text: &str, cells: usize) -> String {
    format!("{}{text}", " ".repeat(cells.saturating_sub(width(text))))
}

/// `text` padded on the right to `cells` terminal cells.
fn left(text: &str, cells: usize) -> String {
    format!("{text}{}", " ".repeat(cells.saturating_sub(width(text))))
}

/// A bar for `value` between `low` and `high`; a space for no value.
fn bar(value: Option<f64>, low: f64, high: f64) -> char {
    match value {
        None => ' ',
        Some(_) if high <= low => BARS[0],
        Some(v) => {
            let level = ((v - low) / (high - low) * 7.0).round().clamp(0.0, 7.0);
            // In 0..=7 after the clamp.
            BARS[level as usize]
        }
    }
}

/// The trend of `path`: a table (one row per commit, oldest first) and a
/// chart (one line per stage, evidence and votes).
pub fn trend(path: &str, trend: &Trend, color: bool) -> String {
    let s = Palette::new(color);
    let mut out = String::new();
    let n = trend.points.len();
    let title = crate::t!("trend-title", path = clean(path), count = n);
    let _ = writeln!(out, "{}{title}{}", s.bold, s.reset);
    let skipped = crate::t!("history-skipped");
    for (commit, message) in &trend.skipped {
        let broken = crate::t!(
            "trend-skipped",
            commit = commit.short.as_str(),
            problem = clean(message)
        );
        let _ = writeln!(out, "{}{skipped}{} {broken}", s.warning, s.reset);
    }
    if n == 0 {
        return out;
    }
    let names: Vec<String> = trend
        .stages
        .iter()
        .map(|(_, name)| truncate(&clean(name), MAX_STAGE_WIDTH))
        .collect();
    let widths: Vec<usize> = names.iter().map(|n| width(n).max(4)).collect();
    let [commit, date, evidence, votes] = [
        "trend-commit",
        "trend-date",
        "trend-evidence",
        "trend-votes",
    ]
    .map(|id| {
        let text = crate::i18n::text(crate::i18n::current(), id, &[]);
        (width(&text), text)
    });
    let commit_width = commit.0.max(7);
    let date_width = date.0.max(10);
    let evidence_width = evidence.0.max(4);
    let votes_width = votes.0.max(5);
    let mut header = format!(
        "\n{}{}  {}  ",
        s.bold,
        left(&commit.1, commit_width),
        left(&date.1, date_width)
    );
    for (name, w) in names.iter().zip(&widths) {
        let _ = write!(header, "{}  ", right(name, *w));
    }
    let _ = write!(
        header,
        "{}  {}{}",
        right(&evidence.1, evidence_width),
        right(&votes.1, votes_width),
        s.reset
    );
    let _ = writeln!(out, "{header}");
    for p in &trend.points {
        let mut row = format!(
            "{}  {}  ",
            left(&p.commit.short, commit_width),
            left(&p.commit.date, date_width)
        );
        for (value, w) in p.emotions.iter().zip(&widths) {
            let _ = write!(row, "{}  ", right(&emotion(*value), *w));
        }
        let _ = write!(
            row,
            "{}  {}",
            right(&percent(p.evidence), evidence_width),
            right(&p.votes.to_string(), votes_width)
        );
        let _ = writeln!(out, "{}", row.trim_end());
    }

    let shown = &trend.points[n.saturating_sub(MAX_CHART)..];
    let backed = crate::t!("trend-backed");
    let label_width = names
        .iter()
        .map(|n| width(n))
        .chain([width(&backed), width(&votes.1)])
        .max()
        .unwrap_or(0);
    let _ = writeln!(
        out,
        "\n{}{}{} {}{}{}",
        s.bold,
        crate::t!("trend-chart"),
        s.reset,
        s.dim,
        crate::t!("trend-chart-note"),
        s.reset
    );
    for (i, name) in names.iter().enumerate() {
        let values: Vec<Option<f64>> = shown.iter().map(|p| p.emotions[i]).collect();
        let mut line = format!("  {}  ", left(name, label_width));
        for v in &values {
            let style = match v {
                Some(v) if *v >= 0.05 => s.added,
                Some(v) if *v <= -0.05 => s.removed,
                _ => s.dim,
            };
            let _ = write!(line, "{style}{}{}", bar(*v, -2.0, 2.0), s.reset);
        }
        let first = values.iter().flatten().next().copied();
        let last = values.iter().flatten().last().copied();
        let _ = write!(line, "  {} → {}", emotion(first), emotion(last));
        let _ = writeln!(out, "{line}");
    }
    let evidence_bars: Vec<Option<f64>> = shown
        .iter()
        .map(|p| p.evidence.percent().map(f64::from))
        .collect();
    let vote_bars: Vec<Option<f64>> = shown.iter().map(|p| Some(p.votes as f64)).collect();
    let most = shown.iter().map(|p| p.votes).max().unwrap_or(0) as f64;
    for (label, values, low, high, first, last) in [
        (
            backed.as_str(),
            &evidence_bars,
            0.0,
            100.0,
            shown.first().map(|p| percent(p.evidence)),
            shown.last().map(|p| percent(p.evidence)),
        ),
        (
            votes.1.as_str(),
            &vote_bars,
            0.0,
            most,
            shown.first().map(|p| p.votes.to_string()),
            shown.last().map(|p| p.votes.to_string()),
        ),
    ] {
        let chart: String = values.iter().map(|v| bar(*v, low, high)).collect();
        let _ = writeln!(
            out,
            "  {}  {}{chart}{}  {} → {}",
            left(label, label_width),
            s.hint,
            s.reset,
            first.unwrap_or_default(),
            last.unwrap_or_default()
        );
    }
    out
}
