//! The guided blueprint step's extras above the blueprint view: the gaps
//! still open (touchpoints without backstage work, touchpoints without an
//! owner department – the latter the same findings as `cjm check`), and how
//! to fill a touchpoint's lanes, fail point and wait.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::text::truncate;
use crate::check::{Code, Context};
use crate::model::Map;
use crate::t;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::KeyMode;
use crate::tui::theme::Theme;

/// The step's open gaps, counted in touchpoints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Gaps {
    /// Touchpoints with nothing in the backstage lane.
    pub backstage: usize,
    /// Touchpoints no department owns (`no-touchpoint-owner` of `cjm check`).
    pub owner: usize,
    pub touchpoints: usize,
}

/// Counts the gaps; the owners through [`crate::check::run`], so the step
/// and `cjm check` never disagree.
pub fn gaps(app: &App) -> Gaps {
    let map: &Map = &app.map;
    let exists = |p: &std::path::Path| p.is_file();
    let report = crate::check::run(map, &Context::for_file(app.today, &app.path, &exists));
    Gaps {
        backstage: map
            .touchpoints
            .iter()
            .filter(|t| t.backstage.is_empty())
            .count(),
        owner: report
            .findings
            .iter()
            .filter(|f| f.code == Code::NoTouchpointOwner)
            .count(),
        touchpoints: map.touchpoints.len(),
    }
}

/// Draws the gaps and the keys above the blueprint; returns the area left
/// for the blueprint view.
pub fn draw(app: &App, theme: Theme, frame: &mut Frame, area: Rect) -> Rect {
    let gaps = gaps(app);
    let key = |action| app.keymap.first_key_label(KeyMode::Board, action);
    let gaps_line = if gaps.touchpoints == 0 {
        t!("guide-blueprint-no-touchpoints")
    } else {
        t!(
            "guide-blueprint-gaps",
            backstage = gaps.backstage,
            owner = gaps.owner,
            count = gaps.touchpoints
        )
    };
    let how = t!(
        "guide-blueprint-how",
        edit = key(Action::Edit),
        toggle = key(Action::BlueprintStep)
    );
    let [first, second, rest] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(area);
    let open = gaps.backstage + gaps.owner > 0;
    frame.render_widget(
        Paragraph::new(Line::styled(
            truncate(&gaps_line, usize::from(first.width)),
            if open { theme.warning() } else { theme.key() },
        )),
        first,
    );
    frame.render_widget(
        Paragraph::new(Line::styled(
            truncate(&how, usize::from(second.width)),
            theme.dim(),
        )),
        second,
    );
    rest
}
