//! Showing a [`Diff`] to people: text for a terminal (with or without ANSI
//! colours) and Markdown for a pull request or a wiki. User text is shown
//! escaped, so a map cannot send control sequences to the terminal.

use std::fmt::Write as _;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::{Change, Diff, FieldChange, ItemRef, StageEmotion, ValueChange};
use crate::model::{FieldValue, escape};
use crate::style::Palette;

/// The widest stage name column of the emotion table, in terminal cells.
const MAX_NAME_WIDTH: usize = 36;

/// `tp-pay "Pay by card"`, or just `"Anna Nowak"` for a team member.
fn label(item: &ItemRef) -> String {
    if item.name.is_empty() {
        format!("\"{}\"", escape(&item.key))
    } else {
        format!("{} \"{}\"", escape(&item.key), escape(&item.name))
    }
}

/// The two stages, when the only change of an item is a move to another
/// stage: then it is shown on one line.
fn only_stage(fields: &[FieldChange]) -> Option<(&ItemRef, &ItemRef)> {
    match fields {
        [
            FieldChange {
                change: ValueChange::Stage { from, to },
                ..
            },
        ] => Some((from, to)),
        _ => None,
    }
}

fn value(v: &Option<FieldValue>) -> String {
    v.as_ref()
        .map_or_else(|| "(not set)".to_owned(), FieldValue::to_string)
}

/// An average emotion: `+1.5`, `0.0`, `-0.3`; a dash when there is none.
fn emotion(v: Option<f64>) -> String {
    match v {
        None => "–".to_owned(),
        Some(v) if v.abs() < 0.05 => "0.0".to_owned(),
        Some(v) => format!("{v:+.1}"),
    }
}

fn delta(row: &StageEmotion) -> Option<f64> {
    match (row.before, row.after) {
        (Some(b), Some(a)) if (a - b).abs() >= 0.05 => Some(a - b),
        _ => None,
    }
}

/// `text` cut to `width` terminal cells (with `…`) and padded to exactly `width`.
fn fit(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    if text.width() > width {
        for c in text.chars() {
            let w = c.width().unwrap_or(0);
            if used + w + 1 > width {
                break;
            }
            out.push(c);
            used += w;
        }
        out.push('…');
        used += 1;
    } else {
        out.push_str(text);
        used = text.width();
    }
    out.push_str(&" ".repeat(width.saturating_sub(used)));
    out
}

/// The diff as terminal text; `color` adds ANSI styles.
pub fn text(diff: &Diff, a: &str, b: &str, color: bool) -> String {
    let s = Palette::new(color);
    let mut out = String::new();
    let _ = writeln!(out, "{}{} → {}{}", s.bold, escape(a), escape(b), s.reset);
    if diff.is_empty() {
        let _ = writeln!(out, "No differences (comments are not compared).");
        return out;
    }
    out.push_str(&changes(diff, color));
    out
}

/// The sections of [`text`] without its first line: each section's changes
/// and the emotion per stage.
pub fn changes(diff: &Diff, color: bool) -> String {
    let s = Palette::new(color);
    let mut out = String::new();
    for section in &diff.sections {
        let _ = writeln!(out, "\n{}{}{}", s.bold, section.title, s.reset);
        for f in &section.fields {
            text_field(&mut out, &s, "  ", f);
        }
        for change in &section.items {
            match change {
                Change::Added(item) => {
                    let context = if item.context.is_empty() {
                        String::new()
                    } else {
                        format!(" {}({}){}", s.dim, escape(&item.context), s.reset)
                    };
                    let _ = writeln!(out, "  {}+ {}{}{context}", s.added, label(item), s.reset);
                }
                Change::Removed(item) => {
                    let _ = writeln!(out, "  {}- {}{}", s.removed, label(item), s.reset);
                }
                Change::Changed(item, fields) if only_stage(fields).is_some() => {
                    if let Some((from, to)) = only_stage(fields) {
                        let _ = writeln!(
                            out,
                            "  {}~ {}{}: {}moved{} from stage {} to {}",
                            s.changed,
                            label(item),
                            s.reset,
                            s.moved,
                            s.reset,
                            label(from),
                            label(to)
                        );
                    }
                }
                Change::Changed(item, fields) => {
                    let _ = writeln!(out, "  {}~ {}{}", s.changed, label(item), s.reset);
                    for f in fields {
                        text_field(&mut out, &s, "      ", f);
                    }
                }
                Change::Moved { item, after } => {
                    let place = match after {
                        Some(key) => format!("now after {}", escape(key)),
                        None => "now first".to_owned(),
                    };
                    let _ = writeln!(out, "  {}↕ {}{}: {place}", s.moved, label(item), s.reset);
                }
            }
        }
    }
    if !diff.emotions.is_empty() {
        let _ = writeln!(
            out,
            "\n{}Emotion per stage{} {}(average of rated touchpoints, -2 to +2){}",
            s.bold, s.reset, s.dim, s.reset
        );
        let width = diff
            .emotions
            .iter()
            .map(|r| escape(&r.stage.name).width())
            .max()
            .unwrap_or(0)
            .min(MAX_NAME_WIDTH);
        for row in &diff.emotions {
            let name = fit(&escape(&row.stage.name), width);
            let change = match delta(row) {
                Some(d) if d > 0.0 => format!("   {}▲ {d:+.1}{}", s.added, s.reset),
                Some(d) => format!("   {}▼ {d:+.1}{}", s.removed, s.reset),
                None => String::new(),
            };
            let line = format!(
                "  {name}  {:>4} → {:>4}{change}",
                emotion(row.before),
                emotion(row.after)
            );
            let _ = writeln!(out, "{}", line.trim_end());
        }
    }
    out
}

fn text_field(out: &mut String, s: &Palette, indent: &str, f: &FieldChange) {
    match &f.change {
        ValueChange::Value { old, new } => {
            let _ = writeln!(
                out,
                "{indent}{}: {}{}{} → {}{}{}",
                f.field,
                s.removed,
                value(old),
                s.reset,
                s.added,
                value(new),
                s.reset
            );
        }
        ValueChange::Stage { from, to } => {
            let _ = writeln!(
                out,
                "{indent}{}moved{} from stage {} to {}",
                s.moved,
                s.reset,
                label(from),
                label(to)
            );
        }
        ValueChange::List {
            added,
            removed,
            reordered,
        } => {
            if *reordered {
                let _ = writeln!(out, "{indent}{}: same elements, new order", f.field);
                return;
            }
            let _ = writeln!(out, "{indent}{}:", f.field);
            for v in added {
                let _ = writeln!(out, "{indent}  {}+ {v}{}", s.added, s.reset);
            }
            for v in removed {
                let _ = writeln!(out, "{indent}  {}- {v}{}", s.removed, s.reset);
            }
        }
    }
}

/// Escapes the characters Markdown would read as formatting.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in escape(text).chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A Markdown code span that holds `text` whatever backticks it contains.
fn code(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

fn md_label(item: &ItemRef) -> String {
    if item.name.is_empty() {
        md(&item.key)
    } else {
        format!("{} {}", code(&escape(&item.key)), md(&item.name))
    }
}

/// The diff as Markdown.
pub fn markdown(diff: &Diff, a: &str, b: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Map differences\n");
    let _ = writeln!(out, "{} → {}", code(&escape(a)), code(&escape(b)));
    if diff.is_empty() {
        let _ = writeln!(out, "\nNo differences (comments are not compared).");
        return out;
    }
    for section in &diff.sections {
        let _ = writeln!(out, "\n## {}\n", section.title);
        for f in &section.fields {
            md_field(&mut out, "", f);
        }
        for change in &section.items {
            match change {
                Change::Added(item) => {
                    let context = if item.context.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", md(&item.context))
                    };
                    let _ = writeln!(out, "- **added** {}{context}", md_label(item));
                }
                Change::Removed(item) => {
                    let _ = writeln!(out, "- **removed** {}", md_label(item));
                }
                Change::Changed(item, fields) if only_stage(fields).is_some() => {
                    if let Some((from, to)) = only_stage(fields) {
                        let _ = writeln!(
                            out,
                            "- **moved** {} from stage {} to {}",
                            md_label(item),
                            md_label(from),
                            md_label(to)
                        );
                    }
                }
                Change::Changed(item, fields) => {
                    let _ = writeln!(out, "- **changed** {}", md_label(item));
                    for f in fields {
                        md_field(&mut out, "  ", f);
                    }
                }
                Change::Moved { item, after } => {
                    let place = match after {
                        Some(key) => format!("now after {}", code(&escape(key))),
                        None => "now first".to_owned(),
                    };
                    let _ = writeln!(out, "- **moved** {}, {place}", md_label(item));
                }
            }
        }
    }
    if !diff.emotions.is_empty() {
        let _ = writeln!(
            out,
            "\n## Emotion per stage\n\nAverage emotion of the rated touchpoints, from -2 to +2.\n"
        );
        let _ = writeln!(out, "| Stage | Before | After | Change |");
        let _ = writeln!(out, "| --- | ---: | ---: | ---: |");
        for row in &diff.emotions {
            let change = delta(row).map_or_else(String::new, |d| format!("{d:+.1}"));
            let _ = writeln!(
                out,
                "| {} | {} | {} | {change} |",
                md(&row.stage.name),
                emotion(row.before),
                emotion(row.after)
            );
        }
    }
    out
}

fn md_field(out: &mut String, indent: &str, f: &FieldChange) {
    let field = code(f.field);
    match &f.change {
        ValueChange::Value { old, new } => {
            let md_value = |v: &Option<FieldValue>| {
                v.as_ref()
                    .map_or_else(|| "*not set*".to_owned(), |v| code(&v.to_string()))
            };
            let _ = writeln!(
                out,
                "{indent}- {field}: {} → {}",
                md_value(old),
                md_value(new)
            );
        }
        ValueChange::Stage { from, to } => {
            let _ = writeln!(
                out,
                "{indent}- moved from stage {} to {}",
                md_label(from),
                md_label(to)
            );
        }
        ValueChange::List {
            added,
            removed,
            reordered,
        } => {
            if *reordered {
                let _ = writeln!(out, "{indent}- {field}: same elements, new order");
                return;
            }
            let _ = writeln!(out, "{indent}- {field}:");
            for v in added {
                let _ = writeln!(out, "{indent}  - added {}", code(&v.to_string()));
            }
            for v in removed {
                let _ = writeln!(out, "{indent}  - removed {}", code(&v.to_string()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_cut_and_padded_by_display_width() {
        assert_eq!(fit("Zakup", 7), "Zakup  ");
        assert_eq!(fit("購入手続き", 11), "購入手続き ");
        assert_eq!(fit("購入手続きと支払い", 7), "購入手…");
        assert_eq!(fit("Оплата", 6), "Оплата");
    }

    #[test]
    fn markdown_escapes_formatting_and_backticks() {
        assert_eq!(md("a*b_c|d"), "a\\*b\\_c\\|d");
        assert_eq!(code("x"), "`x`");
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code("`a"), "`` `a ``");
    }
}
