//! The colours of cjm's text output for a terminal (load errors, check
//! reports, diffs, merge messages): one palette of [`anstyle`] styles for
//! every command. Whether to colour at all is the caller's decision (the
//! command line asks anstream: a terminal, and never with `NO_COLOR`); with
//! colours off every style writes nothing, so the text is the same bytes
//! as without this module.

use std::fmt;

use anstyle::{AnsiColor, Effects, Style};

/// The styles of one rendering, all empty when colours are off. Write a
/// style before the text it colours and [`Palette::reset`] after it:
/// `format!("{}error:{} {what}", p.error, p.reset)`.
#[derive(Clone, Copy, Debug)]
pub struct Palette {
    /// The `error:` label.
    pub error: Style,
    /// The `warning:` label.
    pub warning: Style,
    /// The `note:` label.
    pub note: Style,
    /// The `hint:` label.
    pub hint: Style,
    /// Secondary text: line numbers, gutters.
    pub dim: Style,
    /// Headings.
    pub bold: Style,
    /// What a diff adds.
    pub added: Style,
    /// What a diff removes.
    pub removed: Style,
    /// What a diff changes.
    pub changed: Style,
    /// What a diff moves.
    pub moved: Style,
    /// Ends any of the styles above.
    pub reset: Reset,
}

impl Palette {
    /// The palette, coloured when `color` is true.
    pub fn new(color: bool) -> Palette {
        let on = |style: Style| if color { style } else { Style::new() };
        Palette {
            error: on(AnsiColor::Red.on_default().effects(Effects::BOLD)),
            warning: on(AnsiColor::Yellow.on_default().effects(Effects::BOLD)),
            note: on(AnsiColor::Green.on_default().effects(Effects::BOLD)),
            hint: on(AnsiColor::Cyan.on_default().effects(Effects::BOLD)),
            dim: on(Style::new().effects(Effects::DIMMED)),
            bold: on(Style::new().effects(Effects::BOLD)),
            added: on(AnsiColor::Green.on_default()),
            removed: on(AnsiColor::Red.on_default()),
            changed: on(AnsiColor::Yellow.on_default()),
            moved: on(AnsiColor::Cyan.on_default()),
            reset: Reset(color),
        }
    }
}

/// The end of a style: the terminal's reset when colours are on, nothing
/// when they are off.
#[derive(Clone, Copy, Debug)]
pub struct Reset(bool);

impl fmt::Display for Reset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 {
            anstyle::Reset.fmt(f)
        } else {
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_colour_every_style_writes_nothing() {
        let p = Palette::new(false);
        let all = [
            p.error, p.warning, p.note, p.hint, p.dim, p.bold, p.added, p.removed, p.changed,
            p.moved,
        ];
        let written: String = all.iter().map(|s| format!("{s}x{}", p.reset)).collect();
        assert_eq!(written, "x".repeat(all.len()));
    }

    #[test]
    fn with_colour_the_diff_colours_are_the_basic_ansi_ones() {
        let p = Palette::new(true);
        assert_eq!(format!("{}+{}", p.added, p.reset), "\u{1b}[32m+\u{1b}[0m");
        assert_eq!(format!("{}-{}", p.removed, p.reset), "\u{1b}[31m-\u{1b}[0m");
        assert!(format!("{}", p.error).contains("31m"));
    }
}
