//! Writing text into the frame's cells, as ratatui's `Buffer::set_stringn`
//! and its `Paragraph` do. Both split the text into grapheme clusters and
//! measure each one; the board writes a few thousand cells a frame, nearly
//! all of them letters that are a cluster of their own one column wide,
//! and splitting was a fifth of a move's time at 1,000 touchpoints
//! (docs/performance.md, the fifteenth round), and the finder's results
//! drawn through a paragraph a seventh of a letter typed in it (the
//! nineteenth). Text made only of such letters is written a character a
//! cell here; any other text goes to ratatui. The tests below hold both
//! ways to the same cells.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Position, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

/// Whether `c` is one grapheme cluster one column wide whenever the text
/// around it holds only such characters: printable ASCII, Latin-1 and
/// Latin Extended-A (Swedish, Polish...) but the soft hyphen, basic
/// Cyrillic, general punctuation from the dashes to the hyphenation point
/// (quotes, daggers, bullets, the ellipsis...) and from per mille to the
/// single angle quotes
/// (the finder's prompt is one), the arrows, and the lines, blocks and shapes the
/// views draw with up to U+25FC (U+25FD and U+25FE are shown as emoji).
/// None of them joins a neighbour into one cluster, and each is one
/// column wide; a test holds every one of them to ratatui.
fn own_column(c: char) -> bool {
    matches!(
        c,
        ' '..='~'
            | '\u{A0}'..='\u{AC}'
            | '\u{AE}'..='\u{17F}'
            | '\u{400}'..='\u{45F}'
            | '\u{2010}'..='\u{2027}'
            | '\u{2030}'..='\u{203A}'
            | '\u{2190}'..='\u{21FF}'
            | '\u{2500}'..='\u{25FC}'
    )
}

/// Writes `text` at (x, y) in at most `max_width` columns, as
/// `buffer.set_stringn(x, y, text, max_width, style)` does (without the
/// position after the text, which no caller uses).
pub fn set_stringn(
    buffer: &mut Buffer,
    x: u16,
    y: u16,
    text: &str,
    max_width: usize,
    style: Style,
) {
    let area = buffer.area;
    if !area.contains(Position::new(x, y)) {
        buffer.set_stringn(x, y, text, max_width, style);
        return;
    }
    let max_width = u16::try_from(max_width).unwrap_or(u16::MAX);
    let room = usize::from(area.right().saturating_sub(x).min(max_width));
    let start = buffer.index_of(x, y);
    // Always within the row (x is inside the area); the fallback only
    // keeps the indexing checked.
    match buffer.content.get_mut(start..start + room) {
        Some(cells) if written_directly(text, room) => {
            for (cell, c) in cells.iter_mut().zip(text.chars()) {
                cell.set_char(c).set_style(style);
            }
        }
        _ => {
            buffer.set_stringn(x, y, text, usize::from(max_width), style);
        }
    }
}

/// Draws `lines` in `area`, one a row from its top, as
/// `Paragraph::new(lines)` rendered in `area` does: each line's spans in
/// their styles patched over the line's, cut at the area's right edge,
/// lines below its bottom left out, the cells right of a line's text left
/// as they were.
///
/// A left-aligned line whose characters are all a cluster of their own one
/// column wide is written a character a cell; any other line is drawn by a
/// paragraph of its own in its row, which lays it out as the paragraph of
/// all the lines would (a paragraph without wrapping lays each line out
/// alone).
pub fn lines(buffer: &mut Buffer, area: Rect, lines: &[Line<'_>]) {
    let area = area.intersection(buffer.area);
    if area.is_empty() {
        return;
    }
    for (y, line) in (area.top()..area.bottom()).zip(lines) {
        let row = Rect::new(area.x, y, area.width, 1);
        if !line_directly(buffer, row, line) {
            Paragraph::new(line.clone()).render(row, buffer);
        }
    }
}

/// Writes `line` into `row` (within the buffer) a character a cell and
/// says so, when it is left-aligned and all its characters are written
/// directly; otherwise leaves the row alone and says it did not.
fn line_directly(buffer: &mut Buffer, row: Rect, line: &Line<'_>) -> bool {
    let left = matches!(line.alignment, None | Some(Alignment::Left));
    if !left
        || !line
            .spans
            .iter()
            .all(|span| span.content.chars().all(own_column))
    {
        return false;
    }
    let start = buffer.index_of(row.x, row.y);
    let Some(cells) = buffer
        .content
        .get_mut(start..start + usize::from(row.width))
    else {
        return false;
    };
    // As ratatui patches them: the text's (none), the line's, the span's.
    let line_style = Style::new().patch(line.style);
    let mut cells = cells.iter_mut();
    for span in &line.spans {
        let style = line_style.patch(span.style);
        // The characters first: a zip asks its first iterator before its
        // second, and a cell taken for a character not there would be lost.
        for (c, cell) in span.content.chars().zip(cells.by_ref()) {
            cell.set_char(c).set_style(style);
        }
    }
    true
}

/// Whether the part of `text` that fits in `room` columns is written a
/// character a cell: it and the character after it (which could join the
/// last one written, as a combining accent does) are each a cluster of
/// their own one column wide. What comes later does not matter.
fn written_directly(text: &str, room: usize) -> bool {
    text.chars().take(room.saturating_add(1)).all(own_column)
}

#[cfg(test)]
mod tests {
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    use ratatui::style::{Color, Modifier, Style};

    use ratatui::layout::Alignment;
    use ratatui::text::{Line, Span};
    use ratatui::widgets::{Paragraph, Widget};

    use super::{line_directly, lines, own_column, set_stringn, written_directly};

    /// A buffer whose cells already hold a character never written
    /// directly, in another style, so that a cell left alone and a cell
    /// written differ.
    fn filled(area: Rect) -> Buffer {
        let mut buffer = Buffer::filled(area, ratatui::buffer::Cell::new("☃"));
        buffer.set_style(area, Style::new().fg(Color::Red).bg(Color::Blue));
        buffer
    }

    /// Styles that set, add and take away different parts of a cell's.
    const STYLES: [Style; 5] = [
        Style::new(),
        Style::new().fg(Color::Green),
        Style::new().bg(Color::Black).add_modifier(Modifier::BOLD),
        Style::new()
            .fg(Color::Yellow)
            .add_modifier(Modifier::UNDERLINED)
            .remove_modifier(Modifier::BOLD),
        Style::new().remove_modifier(Modifier::ITALIC),
    ];

    /// Characters of every kind: those written directly and those that
    /// go to ratatui (wide, combining, emoji, joiners, controls).
    const CHARACTERS: &[char] = &[
        'a',
        'Z',
        ' ',
        '~',
        '0',
        'ą',
        'Ł',
        'ż',
        'ó',
        'å',
        'Ö',
        'é',
        'ß',
        'ж',
        'Я',
        'ё',
        'Ё',
        '\u{17F}',
        '\u{C0}',
        '\u{45F}',
        '\u{400}',
        '\u{460}',
        '\u{BF}',
        '\u{AD}',
        '\u{301}',
        '\u{200D}',
        '\u{FE0F}',
        '\t',
        '\n',
        '\u{7F}',
        '界',
        '🙂',
        '👍',
        '\u{1F3FD}',
        'ﾊ',
        '\u{483}',
        '…',
        '–',
        '“',
        '│',
        '▲',
        '●',
        '→',
        '\u{25FD}',
        '\u{200B}',
        '\u{2028}',
        '★',
        '‹',
        '›',
        '‰',
        '\u{203B}',
    ];

    #[test]
    fn polish_swedish_and_russian_text_is_written_as_ratatui_writes_it() {
        let area = Rect::new(2, 1, 12, 3);
        for text in [
            "Zażółć gęślą",
            "Åsa köper öl",
            "Съешь же ещё",
            "plain ASCII ~",
            "",
        ] {
            // The board's text is written directly: that is the point.
            assert!(written_directly(text, 12), "{text:?}");
            for (x, max) in [(2, 12), (5, 4), (13, 9), (8, 0), (3, usize::MAX)] {
                let mut ours = filled(area);
                let mut theirs = filled(area);
                let style = Style::new().fg(Color::Green).add_modifier(Modifier::BOLD);
                set_stringn(&mut ours, x, 2, text, max, style);
                theirs.set_stringn(x, 2, text, max, style);
                assert_eq!(ours, theirs, "{text:?} at {x} in {max} columns");
            }
        }
    }

    /// A combining accent right after the last column written joins the
    /// letter there: that text goes to ratatui, however long the rest.
    #[test]
    fn the_character_after_the_last_column_decides_too() {
        assert!(written_directly("ab", 2));
        assert!(written_directly("abc\u{301}", 2));
        assert!(!written_directly("ab\u{301}", 2));
        assert!(!written_directly("a界", 5));
        let area = Rect::new(0, 0, 6, 1);
        for (text, max) in [("abc\u{301}", 3), ("abc\u{301}d", 2), ("żółw\u{308}", 4)] {
            let mut ours = filled(area);
            let mut theirs = filled(area);
            set_stringn(&mut ours, 0, 0, text, max, Style::new().fg(Color::Red));
            theirs.set_stringn(0, 0, text, max, Style::new().fg(Color::Red));
            assert_eq!(ours, theirs, "{text:?} in {max}");
        }
    }

    /// Every character written directly, between others and repeated,
    /// leaves what ratatui's splitting and measuring leave: it is a
    /// cluster of its own, one column wide.
    #[test]
    fn every_character_written_directly_is_a_cluster_of_its_own_one_column_wide() {
        let area = Rect::new(0, 0, 8, 1);
        let written: Vec<char> = (0..=u32::from(char::MAX))
            .filter_map(char::from_u32)
            .filter(|c| own_column(*c))
            .collect();
        assert_eq!(
            written.len(),
            95 + 223 + 96 + 24 + 11 + 112 + 253,
            "ASCII, Latin, Cyrillic, punctuation, per mille to the angle quotes, arrows, lines and shapes"
        );
        for c in written {
            let text: String = [c, 'a', c, c, 'ж', c, 'Å', c].iter().collect();
            let mut ours = filled(area);
            let mut theirs = filled(area);
            let style = Style::new().fg(Color::Cyan);
            set_stringn(&mut ours, 0, 0, &text, 8, style);
            theirs.set_stringn(0, 0, &text, 8, style);
            assert_eq!(ours, theirs, "{c:?} (U+{:04X})", u32::from(c));
        }
    }

    /// Lines as the finder draws them (a kind, then the text with its
    /// matched letters in spans of their own, over a selected row's style)
    /// in Polish, Swedish and Russian are written directly, and leave the
    /// cells a paragraph leaves, in any area.
    #[test]
    fn polish_swedish_and_russian_lines_are_drawn_as_a_paragraph_draws_them() {
        let selected = Style::new()
            .bg(Color::DarkGray)
            .add_modifier(Modifier::BOLD);
        let matched = selected
            .fg(Color::Yellow)
            .add_modifier(Modifier::UNDERLINED);
        let shown = vec![
            Line::from(vec![
                Span::styled("› ", Style::new().fg(Color::Cyan)),
                Span::raw("zaż"),
                Span::styled("▏", Style::new().fg(Color::Cyan)),
            ]),
            Line::styled("3 results", Style::new().add_modifier(Modifier::DIM)),
            Line::from(vec![
                Span::styled("touchpoint     ", Style::new().fg(Color::Gray)),
                Span::styled("Za", matched),
                Span::styled("ż", matched),
                Span::raw("ółć gęślą jaźń"),
            ])
            .style(selected),
            Line::from(vec![
                Span::styled("stage          ", Style::new().fg(Color::Gray)),
                Span::raw("Åsa köper "),
                Span::styled("ö", matched),
                Span::raw("l"),
            ]),
            Line::from("Съешь же ещё этих мягких французских булок"),
        ];
        for line in &shown {
            let mut buffer = filled(Rect::new(0, 0, 80, 1));
            assert!(line_directly(&mut buffer, Rect::new(0, 0, 80, 1), line));
        }
        let area = Rect::new(1, 1, 30, 6);
        for within in [
            Rect::new(1, 1, 30, 6),
            Rect::new(3, 2, 9, 2),
            Rect::new(20, 4, 40, 9),
            Rect::new(0, 0, 1, 1),
            Rect::new(5, 5, 0, 3),
        ] {
            let mut ours = filled(area);
            let mut theirs = filled(area);
            lines(&mut ours, within, &shown);
            Paragraph::new(shown.clone()).render(within, &mut theirs);
            assert_eq!(ours, theirs, "in {within:?}");
        }
    }

    /// A line that is not written directly (centred, or holding a wide or
    /// a combining character) leaves the row alone, for the paragraph.
    #[test]
    fn a_centred_line_or_one_with_other_characters_is_left_to_a_paragraph() {
        let row = Rect::new(0, 0, 10, 1);
        for line in [
            Line::from("centred").centered(),
            Line::from("right").alignment(Alignment::Right),
            Line::from(vec![Span::raw("ab"), Span::raw("界")]),
            Line::from("e\u{301}"),
            Line::from("a\tb"),
        ] {
            let mut buffer = filled(row);
            assert!(!line_directly(&mut buffer, row, &line), "{line:?}");
            assert_eq!(buffer, filled(row), "{line:?}");
        }
    }

    use proptest::strategy::Strategy;

    proptest::proptest! {
        /// Any lines of any spans, in any styles and alignments, in any
        /// area (in the buffer, across its edges or outside it), leave the
        /// cells `Paragraph::new(lines)` leaves.
        #[test]
        fn any_lines_leave_the_cells_a_paragraph_leaves(
            shown in proptest::collection::vec(
                (
                    proptest::collection::vec(
                        (
                            proptest::prop_oneof![
                                "[a-zżółćÅöЯж …│▲→‹›‰-]{0,9}",
                                proptest::collection::vec(proptest::sample::select(CHARACTERS), 0..9)
                                    .prop_map(|chosen| chosen.into_iter().collect::<String>()),
                            ],
                            0..STYLES.len(),
                        ),
                        0..4,
                    ),
                    0..STYLES.len(),
                    proptest::sample::select(vec![
                        None,
                        Some(Alignment::Left),
                        Some(Alignment::Center),
                        Some(Alignment::Right),
                    ]),
                ),
                0..6,
            ),
            x in 0u16..15,
            y in 0u16..6,
            width in 0u16..18,
            height in 0u16..6,
        ) {
            let shown: Vec<Line<'static>> = shown
                .into_iter()
                .map(|(spans, style, alignment)| {
                    let spans: Vec<Span<'static>> = spans
                        .into_iter()
                        .map(|(text, style)| Span::styled(text, STYLES[style]))
                        .collect();
                    let line = Line::from(spans).style(STYLES[style]);
                    match alignment {
                        Some(alignment) => line.alignment(alignment),
                        None => line,
                    }
                })
                .collect();
            let area = Rect::new(1, 1, 12, 4);
            let within = Rect::new(x, y, width, height);
            let mut ours = filled(area);
            let mut theirs = filled(area);
            lines(&mut ours, within, &shown);
            Paragraph::new(shown).render(within, &mut theirs);
            proptest::prop_assert_eq!(ours, theirs);
        }
        /// Any text, anywhere in the buffer or past its right edge (ratatui
        /// itself panics left of it or above or below it), in any width,
        /// leaves the cells ratatui leaves.
        #[test]
        fn any_text_leaves_the_cells_ratatui_leaves(
            chosen in proptest::collection::vec(0..CHARACTERS.len(), 0..24),
            x in 1u16..16,
            y in 1u16..4,
            max in 0usize..20,
            bold in proptest::bool::ANY,
        ) {
            let text: String = chosen.iter().filter_map(|&i| CHARACTERS.get(i)).collect();
            let area = Rect::new(1, 1, 12, 3);
            let mut ours = filled(area);
            let mut theirs = filled(area);
            let style = if bold {
                Style::new().add_modifier(Modifier::BOLD).remove_modifier(Modifier::ITALIC)
            } else {
                Style::new().fg(Color::Yellow)
            };
            set_stringn(&mut ours, x, y, &text, max, style);
            theirs.set_stringn(x, y, &text, max, style);
            proptest::prop_assert_eq!(ours, theirs);
        }

        /// Text written directly (drawn from every range of it), cut
        /// anywhere, followed by anything (a combining accent right after
        /// the last column written joins it, so that text goes to
        /// ratatui), leaves the cells ratatui leaves.
        #[test]
        fn text_written_directly_leaves_the_cells_ratatui_leaves(
            text in "[ -~\u{A0}-\u{AC}\u{AE}-\u{17F}\u{400}-\u{45F}\u{2010}-\u{2027}\u{2030}-\u{203A}\u{2190}-\u{21FF}\u{2500}-\u{25FC}]{0,20}",
            after in proptest::sample::select(CHARACTERS),
            x in 1u16..16,
            max in proptest::sample::select(vec![0, 1, 3, 7, 12, usize::MAX]),
        ) {
            proptest::prop_assert!(written_directly(&text, usize::MAX));
            let text = format!("{text}{after}");
            let area = Rect::new(1, 1, 12, 3);
            let mut ours = filled(area);
            let mut theirs = filled(area);
            let style = Style::new().fg(Color::Magenta).bg(Color::Black);
            set_stringn(&mut ours, x, 2, &text, max, style);
            theirs.set_stringn(x, 2, &text, max, style);
            proptest::prop_assert_eq!(ours, theirs);
        }
    }
}
