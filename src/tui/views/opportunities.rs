//! Opportunities: an impact × effort matrix and a ranked list (votes first,
//! then impact per effort).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Text};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table};

use super::text::{clean, truncate};
use crate::model::Vocabulary;
use crate::t;
use crate::tui::app::App;
use crate::tui::theme::Theme;

/// The width of the matrix beside the ranked list.
const MATRIX_WIDTH: u16 = 34;
/// The narrowest ranked list the matrix stays beside (see [`draw`]).
const LIST_BESIDE_MATRIX: u16 = 40;
/// The narrowest titles the ranked list gives with every column: below
/// it the list leaves out the status and narrows the numbers.
const TITLE_WITH_EVERY_COLUMN: u16 = 28;

pub fn draw(app: &App, theme: Theme, frame: &mut Frame, area: Rect) {
    // Under 100 columns the guided vote needs the whole width for the
    // ideas' titles, and so does the list where it would be cramped beside
    // the matrix (beside a form, on a narrow screen): the matrix gives way.
    let voting = app.guide.is_some() && area.width < 100;
    let no_matrix = voting || area.width.saturating_sub(MATRIX_WIDTH) < LIST_BESIDE_MATRIX;
    let [matrix_area, list_area] = if no_matrix {
        [Rect { width: 0, ..area }, area]
    } else {
        Layout::horizontal([Constraint::Length(MATRIX_WIDTH), Constraint::Min(20)]).areas(area)
    };
    let ranked: Vec<&crate::model::Opportunity> = app
        .ranked_opportunities()
        .into_iter()
        .map(|i| &*app.map.opportunities[i])
        .collect();

    // Matrix: impact rows 5..1 top to bottom, effort columns 1..5. A cell
    // shows at most five characters of its ranks ("1,4,9" or "1,4,…"), so
    // one pass writes just enough of each (a large map has thousands).
    let mut cells: [[String; 5]; 5] = Default::default();
    for (rank, o) in ranked.iter().enumerate() {
        let (Some(impact), Some(effort)) = (o.impact, o.effort) else {
            continue;
        };
        let cell = &mut cells[usize::from(impact.get() - 1)][usize::from(effort.get() - 1)];
        if cell.len() <= 5 {
            if !cell.is_empty() {
                cell.push(',');
            }
            cell.push_str(&(rank + 1).to_string());
        }
    }
    let mut lines = vec![Line::styled(t!("opportunities-axes"), theme.dim())];
    for impact in (1..=5u8).rev() {
        let mut line = format!("{impact} │");
        for effort in 1..=5u8 {
            let cell = &cells[usize::from(impact - 1)][usize::from(effort - 1)];
            let cell = if cell.is_empty() { "·" } else { cell.as_str() };
            line.push_str(&format!("{:^5}", truncate(cell, 5)));
        }
        let style = if impact >= 4 {
            theme.key()
        } else {
            ratatui::style::Style::new()
        };
        lines.push(Line::styled(line, style));
    }
    lines.push(Line::raw("  └─────────────────────────"));
    lines.push(Line::raw("     1    2    3    4    5"));
    lines.push(Line::styled(t!("opportunities-quick-wins"), theme.dim()));
    let unrated = ranked
        .iter()
        .filter(|o| o.impact.is_none() || o.effort.is_none())
        .count();
    if unrated > 0 {
        lines.push(Line::styled(
            t!("opportunities-unrated", count = unrated),
            theme.dim(),
        ));
    }
    if !no_matrix {
        frame.render_widget(
            Paragraph::new(lines).block(Block::bordered().title(t!("opportunities-matrix-title"))),
            matrix_area,
        );
    }

    let conflicted = crate::tui::app::conflicted_items(&app.map);
    // A narrow list (beside the matrix on a projector's 80 columns) leaves
    // out the status, which the idea's form shows, and keeps the numbers
    // to three columns each: the titles then read a few words a line, not
    // one.
    // The ranks' column fits the last rank (a large map has thousands).
    let rank_width = u16::try_from(ranked.len().to_string().len())
        .unwrap_or(3)
        .max(3);
    let every_column = [rank_width, 5, 6, 6, 11];
    // The room the title gets after `columns`: the borders, the columns
    // and a space after each.
    let title_after = |columns: &[u16]| {
        let before: u16 = columns.iter().map(|w| w + 1).sum();
        list_area.width.saturating_sub(2 + before)
    };
    let narrow = title_after(&every_column) < TITLE_WITH_EVERY_COLUMN;
    let columns: &[u16] = if narrow {
        &[rank_width, 3, 3, 3]
    } else {
        &every_column
    };
    let title_width = usize::from(title_after(columns)).max(10);
    // Only the rows that can show (a large map has thousands).
    // Below the border and the header.
    let lines = usize::from(list_area.height.saturating_sub(3));
    let (window, selected) = super::window::around(ranked.len(), app.rows.opportunities, lines);
    let first = window.start;
    let rows = ranked[window].iter().enumerate().map(|(at, o)| {
        let rank = first + at;
        let score =
            |s: Option<crate::model::Score>| s.map_or("–".to_owned(), |s| s.get().to_string());
        let title = if conflicted.contains(o.id.as_str()) {
            format!("{}{}", super::board::CONFLICT, clean(&o.title))
        } else {
            clean(&o.title)
        };
        // The whole title, wrapped: a cut title sent dots to the wrong idea.
        let title = super::text::wrap(&title, title_width);
        let height = title.len().max(1) as u16;
        let mut cells = vec![
            Cell::from((rank + 1).to_string()),
            Cell::from(o.votes.to_string()),
            Cell::from(score(o.impact)),
            Cell::from(score(o.effort)),
        ];
        if !narrow {
            cells.push(Cell::from(o.status.label().to_owned()));
        }
        cells.push(Cell::from(Text::from(
            title.into_iter().map(Line::raw).collect::<Vec<_>>(),
        )));
        Row::new(cells).height(height)
    });
    let mut headings = vec![
        "#".to_owned(),
        t!("opportunities-votes"),
        t!("opportunities-impact"),
        t!("opportunities-effort"),
        t!("opportunities-status"),
    ];
    headings.truncate(columns.len());
    // Each heading fits its column: cut with "…" when a language's word is longer.
    let mut headings: Vec<String> = headings
        .iter()
        .zip(columns)
        .map(|(heading, width)| truncate(heading, usize::from(*width)))
        .collect();
    headings.push(t!("opportunities-opportunity"));
    let widths = columns
        .iter()
        .map(|w| Constraint::Length(*w))
        .chain([Constraint::Min(10)]);
    let table = Table::new(rows, widths)
        .header(Row::new(headings).style(theme.title().add_modifier(Modifier::BOLD)))
        .row_highlight_style(theme.selected())
        .block(Block::bordered().title(truncate(
            &t!("opportunities-ranked-title"),
            usize::from(list_area.width.saturating_sub(2)),
        )));
    let mut state = ratatui::widgets::TableState::default().with_selected(selected);
    frame.render_stateful_widget(table, list_area, &mut state);
}
