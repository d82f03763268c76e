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
    match item {
        Some(item) if item.name.is_empty() || item.name == item.key => {
            format!("History of \"{}\" in {}", clean(&item.key), clean(path))
        }
        Some(item) => format!(
            "History of {} \"{}\" in {}",
            clean(&item.key),
            clean(&item.name),
            clean(path)
        ),
        None => format!("History of {}", clean(path)),
    }
}

/// The log: its title, then newest commit first, each with what it changed.
pub fn log(title: &str, entries: &[Entry], color: bool) -> String {
    let s = Palette::new(color);
    let mut out = format!("{}{title}{}\n", s.bold, s.reset);
    if entries.is_empty() {
        out.push_str(NO_CHANGE);
        out.push('\n');
    }
    out.push_str(&commits(entries, color));
    out
}

/// What a log says when no commit changed the map or the item.
pub const NO_CHANGE: &str = "No commit changed it.";

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
            let _ = writeln!(
                out,
                "  {}(the file was {} before){}",
                s.dim,
                clean(&older.path),
                s.reset
            );
        }
        match &e.step {
            Step::Created { items, diff: None } => {
                let _ = writeln!(out, "  {}map created{} ({items} items)", s.added, s.reset);
            }
            Step::Created { diff: Some(d), .. } | Step::Changed(d) => {
                let body = crate::diff::render::changes(d, color);
                for line in body.lines().filter(|l| !l.is_empty()) {
                    let _ = writeln!(out, "  {line}");
                }
            }
            Step::Broken(message) => {
                let _ = writeln!(
                    out,
                    "  {}skipped:{} this version does not load ({})",
                    s.warning,
                    s.reset,
                    clean(message)
                );
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
    let _ = writeln!(
        out,
        "{}Trend of {} over {n} commit{} (oldest first){}",
        s.bold,
        clean(path),
        if n == 1 { "" } else { "s" },
        s.reset
    );
    for (commit, message) in &trend.skipped {
        let _ = writeln!(
            out,
            "{}skipped:{} {} does not load ({})",
            s.warning,
            s.reset,
            commit.short,
            clean(message)
        );
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
    let mut header = format!("\n{}commit   date        ", s.bold);
    for (name, w) in names.iter().zip(&widths) {
        let _ = write!(header, "{}  ", right(name, *w));
    }
    let _ = write!(header, "evidence  votes{}", s.reset);
    let _ = writeln!(out, "{header}");
    for p in &trend.points {
        let mut row = format!("{}  {}  ", left(&p.commit.short, 7), left(&p.commit.date, 10));
        for (value, w) in p.emotions.iter().zip(&widths) {
            let _ = write!(row, "{}  ", right(&emotion(*value), *w));
        }
        let _ = write!(row, "{}  {}", right(&percent(p.evidence), 8), right(&p.votes.to_string(), 5));
        let _ = writeln!(out, "{}", row.trim_end());
    }

    let shown = &trend.points[n.saturating_sub(MAX_CHART)..];
    let label_width = names
        .iter()
        .map(|n| width(n))
        .chain([width("backed by data")])
        .max()
        .unwrap_or(0);
    let _ = writeln!(
        out,
        "\n{}Chart{} {}(oldest → newest; emotion from -2 to +2){}",
        s.bold, s.reset, s.dim, s.reset
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
    let evidence: Vec<Option<f64>> = shown
        .iter()
        .map(|p| p.evidence.percent().map(f64::from))
        .collect();
    let votes: Vec<Option<f64>> = shown.iter().map(|p| Some(p.votes as f64)).collect();
    let most = shown.iter().map(|p| p.votes).max().unwrap_or(0) as f64;
    for (label, values, low, high, first, last) in [
        (
            "backed by data",
            &evidence,
            0.0,
            100.0,
            shown.first().map(|p| percent(p.evidence)),
            shown.last().map(|p| percent(p.evidence)),
        ),
        (
            "votes",
            &votes,
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
