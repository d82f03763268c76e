//! The stages as a list: order, name, the customer's goal and how many
//! touchpoints each has (the guided session's stages step).

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Modifier;
use ratatui::widgets::{Block, Row, Table, TableState};

use super::text::{clean, truncate};
use crate::t;
use crate::tui::app::App;
use crate::tui::theme::Theme;

pub fn draw(app: &App, theme: Theme, frame: &mut Frame, area: Rect) {
    let map = &app.map;
    let rows = map.stages.iter().enumerate().map(|(i, s)| {
        let count = map.touchpoints.iter().filter(|t| t.stage == s.id).count();
        Row::new(vec![
            (i + 1).to_string(),
            clean(&s.name),
            clean(&s.customer_goal),
            if count == 0 {
                t!("stages-none-yet")
            } else {
                count.to_string()
            },
        ])
    });
    let table = Table::new(
        rows,
        [
            Constraint::Length(3),
            Constraint::Length(24),
            Constraint::Min(20),
            Constraint::Length(12),
        ],
    )
    .header(
        Row::new([
            "#".to_owned(),
            truncate(&t!("stages-stage"), 24),
            t!("stages-customer-goal"),
            truncate(&t!("stages-touchpoints"), 12),
        ])
        .style(theme.title().add_modifier(Modifier::BOLD)),
    )
    .row_highlight_style(theme.selected())
    .block(Block::bordered().title(truncate(
        &t!("stages-title"),
        usize::from(area.width.saturating_sub(2)),
    )));
    let mut state =
        TableState::default().with_selected((!map.stages.is_empty()).then_some(app.stage));
    frame.render_stateful_widget(table, area, &mut state);
}
