//! The board's columns as last drawn, kept to be copied instead of drawn
//! again. Most keys on the board change one column or none: a move within
//! a stage changes the selected card of one column (two when it crosses to
//! another stage), an edit changes the column of the item edited, and a
//! popup, another view or a form beside the board, once closed, leaves
//! every column as it was. A column is drawn afresh only when something
//! it shows differs from what it was drawn from: its stage, the items of
//! its cards and links (compared by place in memory, see [`Shared`]), the
//! selection in it, its place and lanes (the blueprint's among them), the
//! theme and the language, the departments that name owners and the
//! conflicts that badge items.
//!
//! A debug build (the tests) draws every column it copies afresh as well,
//! and fails when the two differ: a dependency left out of the key would
//! show there rather than as a stale column on a facilitator's screen.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::Lane;
use crate::model::{Department, Map, Metric, Opportunity, Shared, Stage, Touchpoint};
use crate::tui::theme::Theme;

/// How many columns are kept: the columns of a 200-column screen, each
/// with and without the selection, and a few more for stages scrolled past.
const KEPT: usize = 24;

/// How many cells the columns kept hold at most (about 3 MB): on a large
/// terminal with few stages a column is large, and the columns of layouts
/// left behind (a screen resized, a form opened beside the board) are not
/// kept at the cost of more than that.
pub(super) const KEPT_CELLS: usize = 64_000;

/// The columns kept, the most recently drawn or copied last.
#[derive(Debug, Default)]
pub struct KeptColumns {
    /// What every column is drawn with; the columns are dropped when it
    /// changes.
    around: Option<Around>,
    columns: Vec<Kept>,
}

/// What all the columns are drawn with, beside their own items.
#[derive(Debug)]
struct Around {
    theme: Theme,
    language: crate::i18n::Lang,
    /// The map's departments and those shared beside it (they name owners).
    departments: Vec<Department>,
    shared_departments: Vec<Department>,
    /// The items with an unresolved conflict (they are badged).
    conflicts: Vec<String>,
}

/// One column as drawn, and what from.
#[derive(Debug)]
struct Kept {
    key: ColumnKey,
    /// The cells of the column's strip (its separator included).
    cells: Buffer,
}

/// What one column was drawn from, beside [`Around`].
#[derive(Debug)]
struct ColumnKey {
    /// The stage's place in the map (which column a new one replaces),
    /// and the stage.
    at: usize,
    stage: Stage,
    layout: Layout,
    /// Whether the column is the selected stage's, and then whether its
    /// header is selected and which card (the first card shown follows
    /// from it and the lanes' heights).
    selection: Option<(bool, usize)>,
    touchpoints: Vec<Shared<Touchpoint>>,
    ideas: Vec<Shared<Opportunity>>,
    metrics: Vec<Shared<Metric>>,
}

/// Where a column lies: its strip of the screen (the separator on its
/// left included), and each lane's kind, top row and height.
#[derive(Debug, PartialEq)]
struct Layout {
    strip: Rect,
    lanes: Vec<(Lane, u16, u16)>,
}

/// A column about to be drawn: what [`ColumnKey`] is compared with.
pub(super) struct Probe<'a> {
    pub stage: usize,
    /// The column's strip, and the lanes of every column (see [`Layout`]).
    pub strip: Rect,
    pub lanes: &'a [(Lane, u16, u16)],
    pub selection: Option<(bool, usize)>,
    pub cards: &'a [usize],
    pub ideas: &'a [usize],
    pub metrics: &'a [usize],
}

/// Whether `kept` holds, in order, the items of `list` at `indexes`.
fn same_items<T>(kept: &[Shared<T>], list: &[Shared<T>], indexes: &[usize]) -> bool {
    kept.len() == indexes.len()
        && kept
            .iter()
            .zip(indexes)
            .all(|(kept, &i)| list.get(i).is_some_and(|now| Shared::same(kept, now)))
}

/// The items of `list` at `indexes`, held.
fn items<T>(list: &[Shared<T>], indexes: &[usize]) -> Vec<Shared<T>> {
    indexes
        .iter()
        .filter_map(|&i| list.get(i).cloned())
        .collect()
}

impl ColumnKey {
    fn of(map: &Map, probe: &Probe) -> Option<ColumnKey> {
        let stage = map.stages.get(probe.stage)?;
        Some(ColumnKey {
            at: probe.stage,
            stage: stage.clone(),
            layout: Layout {
                strip: probe.strip,
                lanes: probe.lanes.to_vec(),
            },
            selection: probe.selection,
            touchpoints: items(&map.touchpoints, probe.cards),
            ideas: items(&map.opportunities, probe.ideas),
            metrics: items(&map.metrics, probe.metrics),
        })
    }

    fn fits(&self, map: &Map, probe: &Probe) -> bool {
        let Some(stage) = map.stages.get(probe.stage) else {
            return false;
        };
        // The stage's place is left out: two stages alike, with the same
        // cards in the same place, show the same.
        self.selection == probe.selection
            && self.layout.strip == probe.strip
            && self.layout.lanes == probe.lanes
            && self.stage == *stage
            && same_items(&self.touchpoints, &map.touchpoints, probe.cards)
            && same_items(&self.ideas, &map.opportunities, probe.ideas)
            && same_items(&self.metrics, &map.metrics, probe.metrics)
    }

    /// Whether `other` has the same stage and layout and is alike in
    /// whether the selection is in it: of such columns one is kept.
    fn replaces(&self, other: &ColumnKey) -> bool {
        self.at == other.at
            && self.layout == other.layout
            && self.selection.is_some() == other.selection.is_some()
    }
}

impl KeptColumns {
    /// Starts a frame of the board: drops every column when what they are
    /// all drawn with changed since the last.
    pub(super) fn begin(&mut self, map: &Map, shared_departments: &[Department], theme: Theme) {
        let language = crate::i18n::current();
        let same = self.around.as_ref().is_some_and(|a| {
            a.theme == theme
                && a.language == language
                && a.departments == map.departments
                && a.shared_departments == shared_departments
                && a.conflicts.iter().eq(map.conflicts.iter().map(|c| &c.item))
        });
        if !same {
            self.columns.clear();
            self.around = Some(Around {
                theme,
                language,
                departments: map.departments.clone(),
                shared_departments: shared_departments.to_vec(),
                conflicts: map.conflicts.iter().map(|c| c.item.clone()).collect(),
            });
        }
    }

    /// The cells of the column `probe` describes, when it is kept as it
    /// would be drawn now (it becomes the most recent).
    pub(super) fn find(&mut self, map: &Map, probe: &Probe) -> Option<&Buffer> {
        let at = self.columns.iter().position(|k| k.key.fits(map, probe))?;
        let kept = self.columns.remove(at);
        self.columns.push(kept);
        self.columns.last().map(|k| &k.cells)
    }

    /// Keeps the cells of the strip of the column `probe` describes, just
    /// drawn in `buffer`.
    pub(super) fn keep(&mut self, map: &Map, probe: &Probe, buffer: &Buffer) {
        let Some(key) = ColumnKey::of(map, probe) else {
            return;
        };
        // The slot of a column it replaces, else of the least recent one
        // when all are taken, else a new one.
        let reuse = match self.columns.iter().position(|k| k.key.replaces(&key)) {
            Some(at) => Some(at),
            None if self.columns.len() >= KEPT => Some(0),
            None => None,
        };
        let mut cells = match reuse {
            Some(at) => self.columns.remove(at).cells,
            None => Buffer::empty(key.layout.strip),
        };
        let strip = key.layout.strip;
        if cells.area != strip {
            cells.resize(strip);
        }
        super::super::copy_cells(buffer, &mut cells, strip);
        self.columns.push(Kept { key, cells });
        // The least recent go first; the column just kept stays.
        let mut held: usize = self.columns.iter().map(|k| k.cells.content.len()).sum();
        while held > KEPT_CELLS && self.columns.len() > 1 {
            held -= self.columns.remove(0).cells.content.len();
        }
    }

    /// How many cells the columns kept hold.
    #[cfg(test)]
    pub(super) fn cells_held(&self) -> usize {
        self.columns.iter().map(|k| k.cells.content.len()).sum()
    }

    /// Drops every column (and the items they hold): after the map was
    /// replaced by a reload or a merge.
    pub fn clear(&mut self) {
        self.columns.clear();
        self.around = None;
    }
}
