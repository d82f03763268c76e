//! A list entry's text with the letters a search matched highlighted: the
//! finder, the palette and the pickers draw their rows with it.

use ratatui::style::Style;
use ratatui::text::Span;

use super::text::{visible, width};

/// `text` as spans of at most `limit` columns (the last one a `…` where the
/// text is cut): the characters at the char indexes in `matched` in
/// `highlight`, every other one in `style_of(index)`.
///
/// Characters of one style share a span while they are ASCII; any other
/// character gets a span of its own, so each is laid out as if drawn alone,
/// except a combining mark (no width), which stays with the character it is
/// drawn on (alone it would not be drawn).
pub fn spans<'a>(
    text: &str,
    matched: &[usize],
    limit: usize,
    highlight: Style,
    style_of: impl Fn(usize) -> Style,
) -> Vec<Span<'a>> {
    let mut spans = Vec::new();
    let mut run = String::new();
    let mut run_style = style_of(0);
    let mut used = 0;
    for (n, c) in text.chars().map(visible).enumerate() {
        let w = width(c.encode_utf8(&mut [0; 4]));
        let cut = used + w > limit;
        let (c, style) = match (cut, matched.contains(&n)) {
            (true, _) => ('…', style_of(n)),
            (false, true) => (c, highlight),
            (false, false) => (c, style_of(n)),
        };
        let joins = (style == run_style && c.is_ascii() && run.ends_with(|r: char| r.is_ascii()))
            || (w == 0 && !run.is_empty());
        if !joins && !run.is_empty() {
            spans.push(Span::styled(std::mem::take(&mut run), run_style));
        }
        run_style = style;
        run.push(c);
        if cut {
            break;
        }
        used += w;
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, run_style));
    }
    spans
}
