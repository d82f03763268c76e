//! The rows of a long table that can be on screen: a table of thousands
//! of opportunities or metrics builds only these, and scrolls within them
//! exactly as ratatui scrolls within the whole list.

use std::ops::Range;

/// The rows of a list of `len` that a table with `lines` lines for its
/// rows can show with row `selected` selected, and where `selected` is
/// among them. A fresh table state shows the list from the top, or, when
/// the selected row is further down, ends with it; a row is at least one
/// line high, so no more than `lines` rows before it or after it can show.
pub fn around(len: usize, selected: usize, lines: usize) -> (Range<usize>, Option<usize>) {
    if len == 0 {
        return (0..0, None);
    }
    let selected = selected.min(len - 1);
    let first = selected.saturating_sub(lines);
    let last = (selected + lines + 1).min(len);
    (first..last, Some(selected - first))
}

#[cfg(test)]
mod tests {
    use super::around;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::layout::Constraint;
    use ratatui::widgets::{Row, Table, TableState};

    /// The screen of a table of `heights.len()` rows, row `i` being
    /// `heights[i]` lines high, with `selected` selected.
    fn screen(rows: &[(usize, u16)], selected: Option<usize>, height: u16) -> String {
        let mut terminal = Terminal::new(TestBackend::new(12, height)).unwrap_or_else(|e| {
            panic!("a test terminal: {e}");
        });
        let table = Table::new(
            rows.iter()
                .map(|&(n, h)| Row::new([format!("row {n}")]).height(h)),
            [Constraint::Min(5)],
        )
        .row_highlight_style(ratatui::style::Style::new().reversed());
        let mut state = TableState::default().with_selected(selected);
        terminal
            .draw(|f| f.render_stateful_widget(table, f.area(), &mut state))
            .unwrap_or_else(|e| panic!("drawing: {e}"));
        format!("{:?}", terminal.backend().buffer())
    }

    #[test]
    fn the_window_shows_what_the_whole_list_shows() {
        for len in [0usize, 1, 5, 30, 100] {
            let heights: Vec<(usize, u16)> = (0..len).map(|i| (i, 1 + (i % 3) as u16)).collect();
            for height in [1u16, 4, 10] {
                for selected in 0..len.max(1) {
                    let whole = screen(&heights, (len > 0).then_some(selected), height);
                    let (rows, at) = around(len, selected, usize::from(height));
                    let part = screen(&heights[rows], at, height);
                    assert_eq!(
                        whole, part,
                        "len {len}, height {height}, selected {selected}"
                    );
                }
            }
        }
    }
}
