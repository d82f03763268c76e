//! Load errors with file positions, and how they are shown to people:
//! `file:line:column: error: message`, the offending line with a caret under
//! the spot, and a hint that says how to fix it.

use std::fmt::Write as _;
use std::ops::Range;
use std::path::{Path, PathBuf};

use unicode_width::UnicodeWidthChar;

use crate::style::Palette;
use crate::t;

/// One problem found while reading a map, with the byte range it concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Byte range in the source text; `None` when it concerns the whole file.
    pub span: Option<Range<usize>>,
    pub message: String,
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn new(span: Option<Range<usize>>, message: impl Into<String>) -> Self {
        Diagnostic {
            span,
            message: message.into(),
            hint: None,
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

/// A 1-based line and column; the column counts characters, not bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    /// The position of byte `offset` in `source` (clamped to the text and to a character boundary).
    pub fn of(source: &str, offset: usize) -> Position {
        let mut offset = offset.min(source.len());
        while !source.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &source[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Position {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

/// Where a text's lines start, for turning many byte offsets into positions
/// without counting from the start of the text each time: for the errors
/// of a file that does not load, and for the lines of a map's items and
/// fields that `cjm check` names.
///
/// Only every 32nd line's start is kept; the lines between are counted
/// from there when asked for (at most 31 lines, about a kilobyte). A start
/// for every line took 8 bytes a line, 22 MB of the 351 MB `cjm check`
/// needed for a 100,000-touchpoint map (2.8 million lines).
#[derive(Clone, Debug, Default)]
pub struct LineIndex {
    /// The start of line `k * LINES_APART` (0-based) at `k`.
    starts: Vec<usize>,
}

/// How many lines apart the starts a [`LineIndex`] keeps are.
const LINES_APART: usize = 32;

impl LineIndex {
    pub fn new(source: &str) -> Self {
        // `memchr` finds the line breaks twice as fast as `match_indices`;
        // a map's lines average about 30 bytes.
        let mut starts = Vec::with_capacity(source.len() / (24 * LINES_APART) + 1);
        starts.push(0);
        starts.extend(
            memchr::memchr_iter(b'\n', source.as_bytes())
                .enumerate()
                .filter(|(n, _)| (n + 1) % LINES_APART == 0)
                .map(|(_, at)| at + 1),
        );
        LineIndex { starts }
    }

    /// The position of byte `offset` in `source` (the text the index was made from);
    /// the same as [`Position::of`].
    pub fn position(&self, source: &str, offset: usize) -> Position {
        let mut offset = offset.min(source.len());
        while !source.is_char_boundary(offset) {
            offset -= 1;
        }
        let (line, from) = self.line_before(source, offset);
        let between = &source.as_bytes()[from..offset];
        let start = memchr::memrchr(b'\n', between).map_or(from, |at| from + at + 1);
        Position {
            line,
            column: source[start..offset].chars().count() + 1,
        }
    }

    /// The line of byte `offset` in `source`: [`LineIndex::position`]'s
    /// line, without counting the characters of its column.
    pub fn line(&self, source: &str, offset: usize) -> usize {
        self.line_before(source, offset.min(source.len())).0
    }

    /// The line of byte `offset` (at most the text's length), and the start
    /// of the kept line the count went from.
    fn line_before(&self, source: &str, offset: usize) -> (usize, usize) {
        let kept = self.starts.partition_point(|&start| start <= offset).max(1) - 1;
        let from = self.starts.get(kept).copied().unwrap_or(0).min(offset);
        let breaks = memchr::memchr_iter(b'\n', &source.as_bytes()[from..offset]).count();
        (kept * LINES_APART + breaks + 1, from)
    }

    /// The byte range of line `line` (1-based) of `source`, without its line break.
    pub fn line_bounds(&self, source: &str, line: usize) -> (usize, usize) {
        let line = line.max(1) - 1;
        let bytes = source.as_bytes();
        let start = match self.starts.get(line / LINES_APART) {
            Some(&from) => match line % LINES_APART {
                0 => from,
                skip => memchr::memchr_iter(b'\n', bytes.get(from..).unwrap_or_default())
                    .nth(skip - 1)
                    .map_or(source.len(), |at| from + at + 1),
            },
            None => source.len(),
        }
        .min(source.len());
        let end = memchr::memchr(b'\n', &bytes[start..]).map_or(source.len(), |at| start + at);
        (start, end)
    }
}

/// How many errors of one file are shown as text; the rest are counted
/// ("and 12 more errors"). A file with thousands of errors is not a map
/// with a few mistakes, and the first ones say what is wrong.
pub const MAX_SHOWN: usize = 50;

/// Why a map file could not be loaded.
#[derive(Debug)]
pub struct LoadError {
    pub path: PathBuf,
    pub kind: LoadErrorKind,
}

#[derive(Debug)]
pub enum LoadErrorKind {
    /// The file could not be read (missing, a directory, no permission...).
    Io(std::io::Error),
    /// Not a regular file: what it is ("a named pipe (FIFO)", ...). It
    /// was refused without being read or waited on.
    NotRegular(super::input::FileKind),
    /// The file is larger than the size limit ([`super::max_file_bytes`]):
    /// its size, or the bytes read before it passed the limit.
    TooLarge(u64),
    /// The bytes are not UTF-8; `offset` is the first bad byte.
    NotUtf8 { line: usize, column: usize },
    /// The text is not a valid map.
    Invalid {
        source: String,
        diagnostics: Vec<Diagnostic>,
    },
}

impl LoadError {
    /// The errors as `file:line:column: message` lines, each followed by the
    /// source line and a hint. `color` adds ANSI styles.
    pub fn render(&self, color: bool) -> String {
        let style = Palette::new(color);
        let mut out = String::new();
        let path = crate::text::path(&self.path);
        match &self.kind {
            LoadErrorKind::Io(err) => {
                let (what, hint) = describe_io(&self.path, err);
                error_line(&mut out, &path, &what, &style);
                hint_line(&mut out, &hint, &style);
            }
            LoadErrorKind::NotRegular(what) => {
                error_line(
                    &mut out,
                    &path,
                    &t!("load-not-regular", what = *what),
                    &style,
                );
                hint_line(&mut out, &t!("load-not-regular-hint"), &style);
            }
            LoadErrorKind::TooLarge(size) => {
                error_line(&mut out, &path, &too_large(*size), &style);
                hint_line(&mut out, &too_large_hint(), &style);
            }
            LoadErrorKind::NotUtf8 { line, column } => {
                let at = format!("{path}:{line}:{column}");
                error_line(&mut out, &at, &t!("load-not-utf8"), &style);
                hint_line(&mut out, &t!("load-not-utf8-hint"), &style);
            }
            LoadErrorKind::Invalid {
                source,
                diagnostics,
            } => {
                let lines = LineIndex::new(source);
                for d in diagnostics.iter().take(MAX_SHOWN) {
                    render_one(&mut out, &path, source, &lines, d, &style);
                }
                if diagnostics.len() > MAX_SHOWN {
                    let more = t!("load-more-errors", count = diagnostics.len() - MAX_SHOWN);
                    error_line(&mut out, &path, &more, &style);
                    hint_line(&mut out, &t!("load-more-errors-hint"), &style);
                }
            }
        }
        out
    }

    /// The diagnostics, when the text was read but is not a valid map.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        match &self.kind {
            LoadErrorKind::Invalid { diagnostics, .. } => diagnostics,
            _ => &[],
        }
    }
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.render(false).trim_end())
    }
}

impl std::error::Error for LoadError {}

/// What is wrong with a file of `size` bytes over the size limit.
pub fn too_large(size: u64) -> String {
    t!(
        "load-too-large",
        size = super::input::size(size),
        limit = super::input::size(super::max_file_bytes())
    )
}

/// How to get past the size limit.
pub fn too_large_hint() -> String {
    t!("load-too-large-hint", variable = super::input::MAX_SIZE_VAR)
}

/// `at: error: message`, the error label in the interface language.
pub(crate) fn error_line(out: &mut String, at: &str, message: &str, style: &Palette) {
    let label = t!("label-error");
    let _ = writeln!(
        out,
        "{at}: {}{label}:{} {message}",
        style.error, style.reset
    );
}

/// `  hint: text` under an error.
pub(crate) fn hint_line(out: &mut String, hint: &str, style: &Palette) {
    let label = t!("label-hint");
    let _ = writeln!(out, "  {}{label}:{} {hint}", style.hint, style.reset);
}

fn describe_io(path: &Path, err: &std::io::Error) -> (String, String) {
    use std::io::ErrorKind;
    match err.kind() {
        ErrorKind::NotFound => (t!("load-not-found"), t!("load-not-found-hint")),
        ErrorKind::IsADirectory => (
            t!("load-directory"),
            t!(
                "load-directory-hint",
                example = crate::text::path(&path.join("map.toml"))
            ),
        ),
        ErrorKind::PermissionDenied => (
            t!("load-permission-denied"),
            t!("load-permission-denied-hint"),
        ),
        _ => (
            t!("load-cannot-read", error = err.to_string()),
            t!("load-cannot-read-hint"),
        ),
    }
}

fn render_one(
    out: &mut String,
    path: &str,
    source: &str,
    lines: &LineIndex,
    d: &Diagnostic,
    style: &Palette,
) {
    let Some(span) = &d.span else {
        error_line(out, path, &crate::text::clean(&d.message), style);
        if let Some(hint) = &d.hint {
            hint_line(out, &crate::text::clean(hint), style);
        }
        return;
    };
    let pos = lines.position(source, span.start);
    let at = format!("{path}:{}:{}", pos.line, pos.column);
    error_line(out, &at, &crate::text::clean(&d.message), style);
    // The offending line, made safe to print, with a caret under the span.
    let (line_start, line_end) = lines.line_bounds(source, pos.line);
    let line = &source[line_start..line_end];
    let span = span.start.clamp(line_start, line_end)..span.end.max(span.start);
    let number = pos.line.to_string();
    let gutter = " ".repeat(number.len());
    let (shown, caret_at, caret_len) =
        printable_line(line, span.start - line_start, span.end - line_start);
    let _ = writeln!(out, "{}{number} |{} {shown}", style.dim, style.reset);
    let _ = writeln!(
        out,
        "{}{gutter} |{} {}{}{}{}",
        style.dim,
        style.reset,
        " ".repeat(caret_at),
        style.error,
        "^".repeat(caret_len.max(1)),
        style.reset
    );
    if let Some(hint) = &d.hint {
        let hint = crate::text::clean(hint);
        let label = t!("label-hint");
        let _ = writeln!(
            out,
            "{gutter} = {}{label}:{} {hint}",
            style.hint, style.reset
        );
    }
}

/// Shows `line` with control characters replaced by visible symbols, cut to a
/// readable width, and returns the display column and width of the caret for
/// bytes `start..end` of the line.
fn printable_line(line: &str, start: usize, end: usize) -> (String, usize, usize) {
    const MAX_WIDTH: usize = 120;
    /// Columns kept before a spot far to the right of a long line.
    const BEFORE: usize = 40;
    let cell = |c: char| crate::text::visible(c).width().unwrap_or(1);
    // A spot beyond the shown width: the line is shown from a little before
    // it, after a `…`, so that the caret points at the spot itself.
    let lead: usize = line
        .char_indices()
        .take_while(|&(i, _)| i < start)
        .map(|(_, c)| cell(c))
        .sum();
    let mut from = 0;
    if lead > MAX_WIDTH - BEFORE {
        let mut skipped = 0;
        for (i, c) in line.char_indices() {
            if lead - skipped < BEFORE {
                from = i;
                break;
            }
            skipped += cell(c);
        }
    }
    let mut shown = String::new();
    let mut width = 0;
    if from > 0 {
        shown.push('…');
        width = 1;
    }
    let mut caret_at = None;
    let mut caret_end = None;
    for (i, c) in line.char_indices().skip_while(|&(i, _)| i < from) {
        if i >= start && caret_at.is_none() {
            caret_at = Some(width);
        }
        if i >= end && caret_end.is_none() {
            caret_end = Some(width);
        }
        // Line breaks never reach here (one line is shown), so tabs and
        // control characters get the same stand-ins as everywhere else.
        let c = crate::text::visible(c);
        let w = c.width().unwrap_or(1);
        if width + w > MAX_WIDTH {
            shown.push('…');
            break;
        }
        shown.push(c);
        width += w;
    }
    let caret_at = caret_at.unwrap_or(width).min(MAX_WIDTH);
    let caret_end = caret_end.unwrap_or(width).clamp(caret_at, MAX_WIDTH + 1);
    (shown, caret_at, caret_end - caret_at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters() {
        let src = "a = 1\nżółw = \"x\"\n";
        assert_eq!(Position::of(src, 0), Position { line: 1, column: 1 });
        let offset = src
            .find('=')
            .map(|_| src.rfind('=').unwrap_or(0))
            .unwrap_or(0);
        assert_eq!(Position::of(src, offset), Position { line: 2, column: 6 });
        assert_eq!(Position::of(src, 10_000), Position { line: 3, column: 1 });
        let index = LineIndex::new(src);
        for offset in 0..=src.len() + 2 {
            assert_eq!(
                index.position(src, offset),
                Position::of(src, offset),
                "{offset}"
            );
        }
    }

    proptest::proptest! {
        /// A line index finds what counting from the start finds, also
        /// past the lines it keeps a start for.
        #[test]
        fn a_line_index_agrees_with_counting(
            lines in proptest::collection::vec("[a-zż\r😀]{0,3}", 0..100),
            ends_with_break: bool,
        ) {
            let mut source = lines.join("\n");
            if ends_with_break {
                source.push('\n');
            }
            let index = LineIndex::new(&source);
            for offset in 0..=source.len() + 1 {
                let position = Position::of(&source, offset);
                proptest::prop_assert_eq!(index.position(&source, offset), position, "offset {}", offset);
                proptest::prop_assert_eq!(index.line(&source, offset), position.line, "offset {}", offset);
            }
            // Each line, and one past the last.
            let mut counted: Vec<&str> = source.split('\n').collect();
            counted.push("");
            for (n, text) in counted.iter().enumerate() {
                let (start, end) = index.line_bounds(&source, n + 1);
                proptest::prop_assert_eq!(&source[start..end], *text, "line {}", n + 1);
            }
            // Line 0 stands for the first.
            proptest::prop_assert_eq!(index.line_bounds(&source, 0), index.line_bounds(&source, 1));
        }
    }

    #[test]
    fn rendered_errors_point_at_the_spot() {
        let source = "title = \"x\"\nemoton = 1\n".to_owned();
        let err = LoadError {
            path: PathBuf::from("m.toml"),
            kind: LoadErrorKind::Invalid {
                source,
                diagnostics: vec![
                    Diagnostic::new(Some(12..18), "unknown key `emoton`")
                        .with_hint("did you mean `emotion`?"),
                ],
            },
        };
        assert_eq!(
            err.render(false),
            "m.toml:2:1: error: unknown key `emoton`\n2 | emoton = 1\n  | ^^^^^^\n  = hint: did you mean `emotion`?\n"
        );
    }

    #[test]
    fn a_spot_far_right_on_a_long_line_is_shown() {
        let line = format!("{} = 1", vec!["a"; 200].join("."));
        let (shown, at, len) = printable_line(&line, 300, 301);
        assert!(shown.starts_with('…'), "{shown}");
        assert!(text_width(&shown) <= 121, "{shown}");
        assert_eq!(shown.chars().nth(at), line[300..].chars().next());
        assert_eq!(len, 1);
        // Near the start nothing changes.
        let (shown, at, _) = printable_line(&line, 4, 5);
        assert!(shown.starts_with("a.a"));
        assert_eq!(at, 4);
    }

    fn text_width(text: &str) -> usize {
        unicode_width::UnicodeWidthStr::width(text)
    }

    #[test]
    fn control_characters_never_reach_the_terminal() {
        let (shown, at, len) = printable_line("x = \"\x1b[2J\u{202e}\"", 4, 11);
        assert!(!shown.chars().any(|c| c.is_control()));
        assert_eq!((at, len), (4, 6));
    }
}
