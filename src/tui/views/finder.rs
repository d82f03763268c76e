//! The finder and command palette overlay: the query, then the results with
//! the matched characters highlighted (asked of the finder for the results
//! drawn only).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear};

use super::dialog::centered;
use super::text::{clean, truncate};
use crate::t;
use crate::tui::finder::{Finder, MapTexts};
use crate::tui::theme::Theme;

/// Where the finder or the palette shows over `area`: the view under it is
/// not copied there (it would be cleared).
pub fn popup(area: Rect) -> Rect {
    centered(area, 90, area.height.saturating_sub(2).max(8))
}

/// Draws `finder` over `area`; a map finder's results show their texts
/// from `texts`.
pub fn draw(
    frame: &mut Frame,
    theme: Theme,
    area: Rect,
    title: &str,
    finder: &Finder,
    texts: MapTexts<'_>,
) {
    let rect = popup(area);
    frame.render_widget(Clear, rect);
    let block = Block::bordered().title(title.to_owned());
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let mut lines = vec![
        Line::from(vec![
            Span::styled("› ", theme.key()),
            Span::raw(clean(&finder.query)),
            Span::styled("▏", theme.key()),
        ]),
        Line::styled(t!("finder-results", count = finder.hits.len()), theme.dim()),
    ];
    let room = usize::from(inner.height).saturating_sub(2);
    let offset = (finder.selected + 1).saturating_sub(room);
    let text_width = usize::from(inner.width).saturating_sub(16);
    let searched = finder.searched_query();
    for (i, hit) in finder.hits.iter().enumerate().skip(offset).take(room) {
        let Some(item) = finder.item(hit, texts) else {
            continue;
        };
        let selected = i == finder.selected;
        let base = if selected {
            theme.selected()
        } else {
            Style::new()
        };
        let highlight = base.patch(theme.key()).add_modifier(Modifier::UNDERLINED);
        let kind = truncate(item.kind, 14);
        let mut spans = vec![Span::styled(
            format!("{kind:<14} "),
            base.patch(theme.dim()),
        )];
        let matched = searched
            .as_ref()
            .map(|query| finder.matched_by(query, hit, &item.text))
            .unwrap_or_default();
        spans.extend(super::matched::spans(
            &item.text,
            &matched,
            text_width,
            highlight,
            |_| base,
        ));
        lines.push(Line::from(spans));
    }
    super::cells::lines(frame.buffer_mut(), inner, &lines);
}

#[cfg(test)]
mod tests {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    use super::*;
    use crate::tui::views::text::width;

    /// Each result drawn shows its text from the 16th column of the box,
    /// with exactly the matched characters underlined.
    #[test]
    fn the_matched_characters_of_each_result_drawn_are_underlined()
    -> Result<(), Box<dyn std::error::Error>> {
        let map = cjm_testdata::generate(300, 9);
        for (query, selected) in [("delivery", 0), ("zwrot", 3), ("い", 0), ("st", 50)] {
            let mut finder = Finder::over_map(&map, &[]);
            finder.query = query.to_owned();
            finder.search();
            finder.selected = selected;
            let mut terminal = Terminal::new(TestBackend::new(120, 40))?;
            let texts = MapTexts::new(&map, &[]);
            terminal
                .draw(|frame| draw(frame, Theme::plain(), frame.area(), "Find", &finder, texts))?;
            let buffer = terminal.backend().buffer();
            // The box is 90 wide and 38 high, centred; the results start
            // below its border, the query and the count.
            let (left, top, room) = (15 + 1 + 15, 1 + 1 + 2, 38 - 2 - 2);
            let offset = (selected + 1).saturating_sub(room);
            let drawn = finder.hits.iter().skip(offset).take(room);
            assert!(drawn.len() > 3, "query {query:?} lists results");
            for (row, hit) in (top..).zip(drawn) {
                let item = finder.item(hit, texts).ok_or("a result without an item")?;
                let matched = finder.matched(hit, &item.text);
                let mut x = left;
                for (n, c) in item.text.chars().enumerate() {
                    let w = u16::try_from(width(&c.to_string()))?;
                    // 72 columns of text, the last for a `…` where it is cut.
                    if x + w > left + 71 {
                        break;
                    }
                    let cell = &buffer[(x, row)];
                    assert_eq!(cell.symbol(), c.to_string(), "query {query:?}, row {row}");
                    assert_eq!(
                        cell.modifier.contains(Modifier::UNDERLINED),
                        matched.contains(&n),
                        "query {query:?}, row {row}, character {n} {c:?}"
                    );
                    x += w;
                }
            }
        }
        Ok(())
    }
}
