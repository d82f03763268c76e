//! The app's state and its `update` function (the Elm architecture): a
//! message comes in, the state changes, and the effects to run (save, quit)
//! are returned to the runtime. Nothing here draws or touches the terminal.

mod blueprint_step;
mod checks;
mod departments;
mod files;
mod filter;
mod form;
mod guide;
mod item_log;
mod items;
mod links;
mod memo;
mod migrate;
mod picker;
mod questions;
mod resolve;
mod safety;

use std::cell::RefCell;
use std::path::PathBuf;

use ratatui::crossterm::event::{KeyEvent, MouseButton, MouseEvent, MouseEventKind};
use ratatui_textarea::TextArea;

pub use self::checks::CheckRow;
pub use self::files::{
    FileDialog, PREVIEW_WIDTH, Risky, path_editor, path_key, preview_width, wrap_lines,
};
pub use self::filter::Filter;
pub use self::form::{Form, label as form_label};
pub use self::guide::step_fields;
pub use self::item_log::{ItemLog, LogState, load as load_history};
pub use self::items::NewKind;
pub use self::links::links_of;
pub use self::memo::Seen;
pub use self::migrate::Offer;
pub use self::picker::{Choice, Outcome, Picker, departments, is_picked, shown_names};
pub use self::resolve::{combinable, conflict_item, conflicted_items, side_text};
pub use self::safety::Safety;
use super::action::Action;
use super::edit::ItemRef;
use super::finder::{Finder, KeptItems, Target};
use super::guide::{Guide, Store};
use super::history::History;
use super::keymap::{Input, KeyMode, Keymap, Press, moved};
use super::status::Notice;
use super::views::{Hits, KeptViews};
use crate::model::{Emotion, Map, Section};
use crate::t;

/// The screens the map can be looked at through.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Board,
    Curve,
    Opportunities,
    Personas,
    Metrics,
    Inventory,
    Overview,
    /// The list of stages (the guided session's stages step).
    Stages,
    /// Workshop checks and merge conflicts.
    Checks,
    /// This map beside the map it is based on.
    Compare,
    /// The service blueprint of one stage: its touchpoints' lanes in full.
    Blueprint,
}

impl View {
    /// The view's name in the status bar, in the interface language.
    pub fn name(self) -> String {
        match self {
            View::Board => t!("view-board"),
            View::Curve => t!("view-curve"),
            View::Opportunities => t!("view-opportunities"),
            View::Personas => t!("view-personas"),
            View::Metrics => t!("view-metrics"),
            View::Inventory => t!("view-inventory"),
            View::Overview => t!("view-overview"),
            View::Stages => t!("view-stages"),
            View::Checks => t!("view-checks"),
            View::Compare => t!("view-compare"),
            View::Blueprint => t!("view-blueprint"),
        }
    }
}

/// What the keyboard is driving right now.
#[derive(Debug, Default)]
pub enum Mode {
    /// Moving around a view.
    #[default]
    Normal,
    /// The help screen of the mode it was opened from (`under`, kept to go
    /// back to), scrolled down by `scroll` lines.
    Help {
        scroll: usize,
        under: Option<Box<Mode>>,
    },
    /// "Quit without saving?"
    ConfirmQuit,
    /// "Delete this item?", with what refers to it. `blocked` when it cannot be deleted.
    ConfirmDelete {
        item: ItemRef,
        references: Vec<String>,
        blocked: bool,
    },
    /// The form of one item.
    Form(Form),
    /// Naming a new item before it is created (its id is made from the name).
    NewItem {
        kind: NewKind,
        editor: Box<TextArea<'static>>,
    },
    /// "Keep ours, take theirs, or edit a combined value?" for a merge conflict.
    Resolve { conflict: usize },
    /// Picking a combined value for a merge conflict about a field that
    /// refers to other items or names a department.
    CombinePick {
        conflict: usize,
        item: ItemRef,
        picker: Box<Picker>,
    },
    /// Editing a combined value for a merge conflict; Enter settles it.
    Combine {
        conflict: usize,
        editor: Box<TextArea<'static>>,
        /// What is wrong with the value, shown as the user types.
        error: Option<String>,
    },
    /// The fuzzy finder over the map's items.
    Find(Finder),
    /// The command palette over the actions.
    Palette(Finder),
    /// A dialog about the map's file: a recovery copy, a change on disk, save as.
    Files(Box<FileDialog>),
    /// The offer to migrate a schema-1 map to schema 2.
    Migrate(Box<Offer>),
}

/// Input to [`App::update`].
#[derive(Clone, Debug)]
pub enum Message {
    Key(KeyEvent),
    Paste(String),
    Mouse(MouseEvent),
    /// The terminal's new size.
    Resize(u16, u16),
    /// The result of a save the runtime carried out.
    Saved(Result<(), super::disk::SaveError>),
    /// The clock, once a second while a workshop timer runs.
    Tick(std::time::Instant),
    /// A save found the file changed or deleted on disk; nothing was written.
    DiskChanged(Box<super::disk::DiskChange>),
    /// The map read again from its file, after the user chose to reload.
    Reloaded(Result<Box<Map>, super::disk::DiskError>),
    /// The result of an [`Effect::SaveTo`].
    SavedTo(PathBuf, Result<(), super::disk::SaveError>),
    /// The map's file read again for a merge with the map in memory (after
    /// [`Effect::ReadForMerge`]), with the fingerprint of what was read.
    ReadForMerge(Result<(Box<Map>, super::disk::Fingerprint), super::disk::DiskError>),
    /// An item's history read from git (after [`Effect::LoadHistory`]), or
    /// why there is none (what is wrong, what to do).
    HistoryLoaded {
        key: Option<String>,
        result: Result<Vec<crate::history::Entry>, (String, String)>,
    },
}

/// Work for the runtime.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Write the map, in canonical form, to its file. The runtime writes
    /// the map as it is when it runs the effect, which it does before it
    /// hands the app any other message, a few tables at a time: a large
    /// map's whole text is never made in memory. (Whoever runs effects
    /// otherwise must do the same: the map written is the map validated.)
    Save {
        path: PathBuf,
    },
    /// Write what the app remembers (session step, votes, recent maps) to the data folder.
    Remember,
    /// Write the map to `path` as [`Effect::Save`] does, without checking
    /// the file for changes on disk: save as (`replace: false` never
    /// replaces an existing file), or overwriting a changed file once the
    /// user confirmed it.
    SaveTo {
        path: PathBuf,
        replace: bool,
    },
    /// Read the map's file again, dropping the changes in memory (confirmed by the user).
    Reload,
    /// Read the map's file again to merge it with the changes in memory;
    /// the answer is a [`Message::ReadForMerge`].
    ReadForMerge,
    /// The map now includes this version of the file (it was merged in):
    /// the next save checks the file against it.
    Adopt(super::disk::Fingerprint),
    /// Delete the recovery copy found when the file was opened (the user chose to discard it).
    DiscardRecovery,
    /// Open this web address with the system's opener, without waiting for it.
    OpenLink(String),
    /// Read the history of the item `key` (`None`: the map) of the map at
    /// `path` from git; the answer is a [`Message::HistoryLoaded`].
    LoadHistory {
        path: PathBuf,
        key: Option<String>,
    },
    Quit,
}

/// The selected row of each list view.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Rows {
    pub personas: usize,
    /// Position in the ranked list.
    pub opportunities: usize,
    pub metrics: usize,
    /// 0 the map's fields, 1 the goal, then the team members.
    pub overview: usize,
    /// A row of the Checks view.
    pub checks: usize,
}

/// The whole state of the app.
#[derive(Debug)]
pub struct App {
    pub map: Map,
    pub path: PathBuf,
    pub view: View,
    pub mode: Mode,
    /// The selected stage (column) of the board.
    pub stage: usize,
    /// The selected card within the stage.
    pub card: usize,
    /// True when the stage's header, not a card, is selected.
    pub on_header: bool,
    pub rows: Rows,
    /// The last message for the status bar.
    pub status: String,
    pub history: History,
    pub keymap: Keymap,
    pub filter: Filter,
    /// The terminal size (dialogs page by it).
    pub size: (u16, u16),
    /// Where the last frame drew what the mouse can click (written by
    /// [`crate::tui::views::view`]); clicks go by it.
    pub drawn: RefCell<Hits>,
    /// The views as last drawn (written by [`crate::tui::views::view`] and
    /// [`crate::tui::views::keep_shown`]): under the finder, the palette
    /// or help, and any but the board and the checks as shown, each
    /// copied from there while only a popup over it changes, opens or
    /// closes, or the person switches between views; forgotten on every
    /// other message.
    pub kept_views: RefCell<KeptViews>,
    /// The board's columns as last drawn (written by the board view),
    /// each copied while what it shows stays as it was.
    pub kept_columns: RefCell<crate::tui::views::KeptColumns>,
    /// The inventory view's grid for the map as it is (see [`memo`]).
    pub inventory: memo::Memo<crate::tui::views::InventoryFigures>,
    /// The emotion curve's points for the map and the filter as they are.
    pub curve: memo::Memo<crate::tui::views::CurveFigures, Filter>,
    /// The board's cards and links for the map and the filter as they are
    /// (see [`crate::tui::views::BoardFigures`]).
    pub board: memo::Memo<crate::tui::views::BoardFigures, Filter>,
    /// The items of the map finder closed last, for opening the next one
    /// at once while the map stays the same (dropped when it changes).
    kept_finder: Option<(MapKey, KeptItems)>,
    /// The thread that collects the map finder's items ahead of time (see
    /// [`App::prepare_finder`]), started at its first job, and the map its
    /// job out is for.
    collector: Option<crate::tui::finder::Collector>,
    collecting: Option<MapKey>,
    /// The map last found to have too many items to keep, so that its
    /// items are not counted again after every frame.
    too_many_items: Option<MapKey>,
    /// Set while handling a message that changed nothing any view shows
    /// (opening or closing the finder, the palette or help, also help over
    /// a dialog or a form and back to it, or their query, selection or
    /// scroll, the workshop timer's tick, or a switch to another view), so
    /// `kept_views` stays valid.
    view_unchanged: bool,
    /// The guided session, when the app runs one.
    pub guide: Option<Guide>,
    /// What is remembered between runs.
    pub store: Store,
    /// Today, for the checks (a review date in the past...).
    pub today: crate::model::Date,
    /// The map named in `based_on`, for the Compare view: loaded, or why not.
    pub based_on: Option<Result<Map, crate::format::LoadError>>,
    /// Where the unsaved changes are kept besides memory, as the runtime
    /// last reported.
    pub safety: Safety,
    /// The user chose to quit and discard changes that could not be kept.
    pub discarded: bool,
    /// Opened read-only because another cjm has the file open: saving to
    /// the file is refused, "save as" works.
    pub read_only: bool,
    /// The repository's shared personas the map uses (`shared_personas`),
    /// read when the map is opened ([`App::find_shared_personas`]): shown
    /// in the personas view, never written into the map.
    pub shared_personas: Vec<crate::portfolio::SharedPersona>,
    /// Every persona the repository shares (`cjm.toml`) that the map does
    /// not define, read with [`App::shared_personas`]: the persona pickers
    /// and the board's persona filter offer them, marked as shared.
    pub repository_personas: Vec<crate::portfolio::SharedPersona>,
    /// The repository's shared departments the map uses
    /// (`shared_departments`), read with the shared personas: every view
    /// shows their names through [`App::departments`]; never written into
    /// the map.
    pub shared_departments: Vec<crate::model::Department>,
    /// The shared departments a department picker offers besides the
    /// map's own, with the file each is in: those the map uses, then the
    /// repository's others (`cjm.toml`).
    pub repository_departments: Vec<crate::portfolio::SharedDepartment>,
    /// The fingerprint of the bytes the map was read from, when the runtime
    /// read the file: the recovery guard starts from it instead of writing
    /// the map out and reading the file again.
    pub loaded: Option<super::disk::Fingerprint>,
    /// The board shows the service-blueprint lanes (frontstage, backstage,
    /// support) below the customer's; on by default for a `service` map.
    pub blueprint: bool,
    /// The history shown in an item's form, when asked for.
    pub item_log: Option<ItemLog>,
}

impl App {
    pub fn new(map: Map, path: PathBuf) -> Self {
        let blueprint = map.kind == crate::model::MapKind::Service;
        App {
            map,
            path,
            view: View::Board,
            mode: Mode::Normal,
            stage: 0,
            card: 0,
            on_header: false,
            rows: Rows::default(),
            // Empty: the status bar says how to get help in the mode shown.
            status: String::new(),
            history: History::default(),
            keymap: Keymap::default(),
            filter: Filter::default(),
            size: (80, 24),
            drawn: RefCell::default(),
            kept_views: RefCell::default(),
            kept_columns: RefCell::default(),
            inventory: memo::Memo::default(),
            curve: memo::Memo::default(),
            board: memo::Memo::default(),
            kept_finder: None,
            collector: None,
            collecting: None,
            too_many_items: None,
            view_unchanged: false,
            guide: None,
            store: Store::default(),
            today: jiff::ZonedDateTime::now().date(),
            based_on: None,
            safety: Safety::default(),
            discarded: false,
            read_only: false,
            shared_personas: Vec::new(),
            repository_personas: Vec::new(),
            shared_departments: Vec::new(),
            repository_departments: Vec::new(),
            loaded: None,
            blueprint,
            item_log: None,
        }
    }

    /// Looks up the shared personas the map names in its repository (see
    /// [`crate::portfolio`]); those it cannot find are left out (`cjm
    /// check` names them), and so are those the map defines itself.
    pub fn find_shared_personas(&mut self) {
        let repo = crate::portfolio::Repository::find(crate::portfolio::folder_of(&self.path))
            .unwrap_or_default();
        let map = &self.map;
        self.shared_personas = map
            .shared_personas
            .iter()
            .filter_map(|entry| repo.resolve(&self.path, entry).ok())
            .filter(|shared| !map.personas.iter().any(|p| p.id == shared.persona.id))
            .collect();
        self.repository_personas = repo
            .personas
            .iter()
            .filter(|shared| !map.personas.iter().any(|p| p.id == shared.persona.id))
            .cloned()
            .collect();
        self.find_shared_departments(&repo);
    }

    /// Looks up the shared departments the map names in `repo`, and those
    /// a department picker offers (see [`App::repository_departments`]);
    /// those the map defines itself are left out.
    fn find_shared_departments(&mut self, repo: &crate::portfolio::Repository) {
        let map = &self.map;
        let own = |id: &crate::model::Id| map.departments.iter().any(|d| d.id == *id);
        let used: Vec<crate::portfolio::SharedDepartment> = map
            .shared_departments
            .iter()
            .filter_map(|entry| repo.resolve_department(&self.path, entry).ok())
            .filter(|shared| !own(&shared.department.id))
            .collect();
        let mut offered = used.clone();
        for shared in &repo.departments {
            if !own(&shared.department.id)
                && !offered
                    .iter()
                    .any(|o| o.department.id == shared.department.id)
            {
                offered.push(shared.clone());
            }
        }
        self.shared_departments = used.into_iter().map(|s| s.department).collect();
        self.repository_departments = offered;
    }

    /// Keeps the shared departments shown in step with the map's
    /// `shared_departments`, which undo, redo, a merge or a reload may have
    /// changed: each listed one the repository has, the map's own left out.
    fn follow_shared_departments(&mut self) {
        let map = &self.map;
        let wanted: Vec<&crate::model::Department> = map
            .shared_department_ids()
            .filter(|id| map.department(id).is_none())
            .filter_map(|id| {
                self.repository_departments
                    .iter()
                    .find(|s| s.department.id == *id)
                    .map(|s| &s.department)
            })
            .collect();
        let same = wanted.len() == self.shared_departments.len()
            && wanted
                .iter()
                .zip(&self.shared_departments)
                .all(|(w, d)| w.id == d.id);
        if !same {
            self.shared_departments = wanted.into_iter().cloned().collect();
        }
    }

    /// What resolves the map's department references: its own
    /// departments, then the shared ones it uses. Every view names a
    /// department through it.
    pub fn departments(&self) -> crate::model::Departments<'_> {
        self.map.departments_with(&self.shared_departments)
    }

    /// The shared personas a persona picker or the persona filter offers:
    /// those the map uses, then the repository's others.
    pub fn offered_personas(&self) -> Vec<crate::portfolio::SharedPersona> {
        let mut offered = self.shared_personas.clone();
        for shared in &self.repository_personas {
            if !offered.iter().any(|o| o.persona.id == shared.persona.id) {
                offered.push(shared.clone());
            }
        }
        offered
    }

    /// The touchpoints of a stage that pass the filter, as indexes into
    /// `map.touchpoints`: those of the board's columns when the board
    /// worked them out for the map and filter as they are (a move or a
    /// rating on a large map would otherwise look at every touchpoint).
    pub fn stage_cards(&self, stage: usize) -> Vec<usize> {
        if let Some(cards) = self
            .board
            .peek(self, &self.filter)
            .and_then(|board| board.cards_of(stage))
        {
            debug_assert_eq!(
                cards,
                self.stage_cards_afresh(stage),
                "the board's cards of a stage differ from the map's"
            );
            return cards;
        }
        self.stage_cards_afresh(stage)
    }

    /// [`App::stage_cards`] worked out from the map.
    pub(crate) fn stage_cards_afresh(&self, stage: usize) -> Vec<usize> {
        let Some(stage) = self.map.stages.get(stage) else {
            return Vec::new();
        };
        (0..self.map.touchpoints.len())
            .filter(|&i| {
                let t = &self.map.touchpoints[i];
                t.stage == stage.id && self.filter.allows(t)
            })
            .collect()
    }

    /// [`App::stage_cards`] of every stage, in one pass over the touchpoints.
    pub fn cards_by_stage(&self) -> Vec<Vec<usize>> {
        let mut column_of: foldhash::HashMap<&str, usize> = foldhash::HashMap::default();
        for (i, stage) in self.map.stages.iter().enumerate().rev() {
            // Of stages sharing an id (an invalid map), the first one's.
            column_of.insert(stage.id.as_str(), i);
        }
        let mut columns = vec![Vec::new(); self.map.stages.len()];
        for (i, t) in self.map.touchpoints.iter().enumerate() {
            if let Some(&column) = column_of.get(t.stage.as_str())
                && self.filter.allows(t)
            {
                columns[column].push(i);
            }
        }
        // A later stage with a clashing id shows the same cards, as
        // `stage_cards` shows them.
        for (i, stage) in self.map.stages.iter().enumerate() {
            if let Some(&column) = column_of.get(stage.id.as_str())
                && column != i
            {
                columns[i] = columns[column].clone();
            }
        }
        columns
    }

    /// The index in `map.touchpoints` of the selected card: none when the
    /// stage's header is selected, and none in a view that does not show
    /// the cards, so that a key there (rating, moving) never changes a
    /// card out of sight.
    pub fn selected_touchpoint(&self) -> Option<usize> {
        if self.on_header || !self.shows_cards() {
            return None;
        }
        self.stage_cards(self.stage).get(self.card).copied()
    }

    /// Whether the view shows the selected card: the board, the curve (its
    /// point) and a stage's blueprint.
    pub fn shows_cards(&self) -> bool {
        matches!(self.view, View::Board | View::Curve | View::Blueprint)
    }

    /// The opportunities in ranked order, as indexes (see [`Map::ranked_opportunities`]).
    pub fn ranked_opportunities(&self) -> Vec<usize> {
        self.map.ranked_opportunities()
    }

    /// The item selected in the current view, if any.
    pub fn selected_item(&self) -> Option<ItemRef> {
        match self.view {
            View::Checks | View::Compare => None,
            View::Stages => {
                (self.stage < self.map.stages.len()).then_some(ItemRef::Stage(self.stage))
            }
            View::Board | View::Curve | View::Inventory | View::Blueprint => {
                match self.selected_touchpoint() {
                    Some(tp) => Some(ItemRef::Touchpoint(tp)),
                    None if self.on_header || self.view == View::Inventory => {
                        (self.stage < self.map.stages.len()).then_some(ItemRef::Stage(self.stage))
                    }
                    None => None,
                }
            }
            View::Personas => (self.rows.personas < self.map.personas.len())
                .then_some(ItemRef::Persona(self.rows.personas)),
            View::Opportunities => self
                .ranked_opportunities()
                .get(self.rows.opportunities)
                .map(|&i| ItemRef::Opportunity(i)),
            View::Metrics => (self.rows.metrics < self.map.metrics.len())
                .then_some(ItemRef::Metric(self.rows.metrics)),
            View::Overview => match self.rows.overview {
                0 => Some(ItemRef::Map),
                1 => Some(ItemRef::Goal),
                n if n - 2 < self.map.team.len() => Some(ItemRef::Participant(n - 2)),
                n => {
                    let d = n - 2 - self.map.team.len();
                    (d < self.map.departments.len()).then_some(ItemRef::Department(d))
                }
            },
        }
    }

    /// Handles one message and returns the effects to run.
    pub fn update(&mut self, message: Message) -> Vec<Effect> {
        let effects = self.handle(message);
        // Kept finder items of a map that has changed since are of no use:
        // they are freed at once, before the undo history's copy catches
        // up, rather than held until the finder opens.
        if self
            .kept_finder
            .as_ref()
            .is_some_and(|(key, _)| *key != MapKey::of(self))
        {
            self.kept_finder = None;
        }
        if !std::mem::take(&mut self.view_unchanged) {
            self.kept_views.get_mut().forget();
        }
        self.follow_shared_departments();
        // Every change is recorded, so the undo history may compare the
        // change this message made with its copy of the map now: the copy
        // is then the map, and the recovery guard writes that copy if the
        // app panics or is killed before the next update ends.
        self.history.catch_up(&self.map);
        effects
    }

    /// Opens the finder over the map's items, reusing those of the finder
    /// closed last when the map is as it was then.
    fn open_finder(&mut self) {
        let key = MapKey::of(self);
        // Items being collected for this very map are waited for (they
        // are nearly always done: collecting starts right after the frame
        // that follows an edit, and a while after the first frame); those
        // of an older map are left to finish on their own. Before the
        // first collection the finder collects them itself.
        if self.kept_finder.is_none()
            && self.collecting.as_ref() == Some(&key)
            && let Some(Some(items)) = self.collector.as_mut().and_then(|c| c.wait())
        {
            self.kept_finder = Some((key.clone(), items));
        }
        let finder = match self.kept_finder.take() {
            Some((kept_key, items)) if kept_key == key => Finder::over_kept(items),
            _ => Finder::over_map(&self.map, &self.shared_departments),
        };
        self.mode = Mode::Find(finder);
    }

    /// Whether the open finder has work to do ahead of the next letter
    /// ([`App::work_ahead`], [`Finder::wants_work_ahead`]).
    pub fn wants_work_ahead(&self) -> bool {
        matches!(&self.mode, Mode::Find(finder) if finder.wants_work_ahead())
    }

    /// Works out ahead what the open finder's next letter needs
    /// ([`Finder::work_ahead`]): what the query one letter longer scores,
    /// for at most `texts` more results, or (for a query with fewer
    /// results, at once) what ranking the query keeps for it; whether more
    /// remains. The runtime calls it while no key comes, after the results
    /// are on the screen. Nothing shown changes.
    pub fn work_ahead(&mut self, texts: usize) -> bool {
        match &mut self.mode {
            Mode::Find(finder) => finder.work_ahead(texts),
            _ => false,
        }
    }

    /// Has the map's items for the finder collected ahead of time, on a
    /// thread of their own, when none are kept or being collected and the
    /// map is not too large to keep them (see
    /// [`crate::tui::finder::KEEP_AT_MOST`]). The runtime calls it after
    /// every frame from a while after the first on (see
    /// `FINDER_AFTER_FIRST_FRAME`), so that `/` opens at once also right
    /// after an edit.
    /// Collected items are taken in here when they are ready, or by the
    /// next `/`; this never waits for them.
    pub fn prepare_finder(&mut self) {
        if matches!(self.mode, Mode::Find(_)) {
            return;
        }
        let key = MapKey::of(self);
        if let Some(collector) = &mut self.collector
            && collector.busy()
        {
            match collector.ready() {
                // Still at work: asked again after the next frame.
                None if collector.busy() => return,
                Some(Some(items)) if self.collecting.as_ref() == Some(&key) => {
                    if self.kept_finder.is_none() {
                        self.kept_finder = Some((key, items));
                    }
                    return;
                }
                // Items of an older map, or none.
                _ => {}
            }
        }
        if self.kept_finder.is_some() || self.too_many_items.as_ref() == Some(&key) {
            return;
        }
        if !KeptItems::worth_keeping(&self.map) {
            self.too_many_items = Some(key);
            return;
        }
        if self.collector.is_none() {
            self.collector = crate::tui::finder::Collector::start();
        }
        // The undo history's copy is the map now (it caught up at the end
        // of the update); before the first edit there is none to read.
        let shadow = self.history.shadow();
        let source = if shadow.is_set() {
            let turns = shadow.turns();
            crate::tui::finder::Source::Shadow { shadow, turns }
        } else {
            crate::tui::finder::Source::Copy(Box::new(self.map.clone()))
        };
        if let Some(collector) = &mut self.collector
            && collector.collect(
                source,
                self.shared_departments.clone(),
                crate::i18n::current(),
            )
        {
            self.collecting = Some(key);
        }
    }

    /// Where the open finder's results get their texts: this map.
    pub fn finder_texts(&self) -> crate::tui::finder::MapTexts<'_> {
        crate::tui::finder::MapTexts::new(&self.map, &self.shared_departments)
    }

    /// Closes the open finder or palette, keeping a map finder's items.
    fn close_finder(&mut self) {
        if let Mode::Find(finder) = std::mem::take(&mut self.mode)
            && let Some(items) = finder.into_kept()
        {
            self.kept_finder = Some((MapKey::of(self), items));
        }
    }

    fn handle(&mut self, message: Message) -> Vec<Effect> {
        match message {
            Message::Key(key) => self.key(key),
            Message::Paste(text) => {
                match &mut self.mode {
                    Mode::Form(form) => match &mut form.picker {
                        Some(picker) => picker.paste(&text),
                        None => form.paste(&text, &self.map),
                    },
                    Mode::NewItem { editor, .. } => {
                        editor.insert_str(text.replace(['\r', '\n'], " "));
                    }
                    Mode::Find(finder) => {
                        finder.query.push_str(&text.replace(['\r', '\n'], " "));
                        finder.search();
                        // As typing: only the finder changed.
                        self.view_unchanged = true;
                    }
                    Mode::Files(_) => self.file_dialog_paste(&text),
                    Mode::Combine { .. } => self.combine_paste(&text),
                    _ => {}
                }
                Vec::new()
            }
            Message::Resize(width, height) => {
                self.size = (width, height);
                Vec::new()
            }
            Message::Mouse(mouse) => {
                self.mouse(mouse);
                Vec::new()
            }
            Message::Tick(now) => {
                if let Some(guide) = &mut self.guide {
                    guide.now = guide.now.max(now);
                }
                // The clock shows in the guided session's panel, never in
                // the view: a running timer's tick, which the runtime also
                // sends before each key, keeps the views kept.
                self.view_unchanged = true;
                Vec::new()
            }
            Message::Saved(Ok(())) => {
                self.history.mark_saved();
                self.safety = Safety::Unknown;
                self.say(Notice::Saved(self.path.clone()));
                Vec::new()
            }
            Message::Saved(Err(err)) => {
                self.say(self.not_saved(&err.to_string()));
                Vec::new()
            }
            Message::DiskChanged(change) => {
                self.disk_changed(*change);
                Vec::new()
            }
            Message::Reloaded(result) => {
                self.reloaded(result);
                Vec::new()
            }
            Message::SavedTo(path, result) => {
                self.saved_to(path, result);
                Vec::new()
            }
            Message::ReadForMerge(result) => self.read_for_merge(result),
            Message::HistoryLoaded { key, result } => {
                self.history_loaded(key, result);
                Vec::new()
            }
        }
    }

    fn mouse(&mut self, mouse: MouseEvent) {
        if !matches!(self.mode, Mode::Normal) || self.view != View::Board {
            return;
        }
        match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) => {
                let hit = self.drawn.borrow().card_at(mouse.column, mouse.row);
                if let Some((stage, card)) = hit {
                    self.stage = stage;
                    self.card = card;
                    self.on_header = false;
                }
            }
            MouseEventKind::ScrollDown => {
                self.action(Action::Down);
            }
            MouseEventKind::ScrollUp => {
                self.action(Action::Up);
            }
            _ => {}
        }
    }

    fn key(&mut self, key: KeyEvent) -> Vec<Effect> {
        match &mut self.mode {
            Mode::Find(_) | Mode::Palette(_) => return self.finder_key(key),
            Mode::NewItem { .. } => return self.new_item_key(key),
            Mode::Files(_) => return self.file_dialog_key(key),
            Mode::Migrate(_) => return self.migrate_key(key),
            Mode::ConfirmQuit => return self.quit_question_key(key),
            Mode::ConfirmDelete { .. } => return self.delete_question_key(key),
            Mode::Resolve { conflict } => {
                let conflict = *conflict;
                return self.resolve_key(conflict, key);
            }
            Mode::Combine { .. } => return self.combine_key(key),
            Mode::CombinePick { .. } => return self.combine_pick_key(key),
            Mode::Form(form) if form.picker.is_some() => {
                self.picker_key(key);
                return Vec::new();
            }
            Mode::Form(form) if form.editor.is_some() => {
                let action = self.keymap.action_in(KeyMode::FormEdit, key);
                let warned = form.warned;
                if let Some(done) = form.editor_key(key, action, &self.map) {
                    self.commit_form_text(done);
                } else if action == Some(Action::Cancel) {
                    if form.editor.is_some() {
                        let notice = Notice::UnsavedText {
                            keep: self.keymap.keys_label_in(KeyMode::FormEdit, Action::Edit),
                            drop: self.keymap.keys_label_in(KeyMode::FormEdit, Action::Cancel),
                        };
                        self.say(notice);
                    } else if warned {
                        self.say(Notice::TypedTextDropped);
                    }
                }
                return Vec::new();
            }
            Mode::Form(_) => {
                return match self.keymap.input(KeyMode::Form, key) {
                    Input::Action(action) => self.action(action),
                    Input::Char(c) => {
                        self.form_typed(c);
                        Vec::new()
                    }
                    Input::Other => Vec::new(),
                };
            }
            Mode::Help { .. } => {
                return match self.keymap.action_in(KeyMode::Help, key) {
                    Some(action) => self.action(action),
                    None => Vec::new(),
                };
            }
            _ => {}
        }
        match self.keymap.action(key) {
            Some(action) => self.action(action),
            None => Vec::new(),
        }
    }

    /// Typing into the finder or palette: text edits the query, arrows move, Enter picks.
    fn finder_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let input = self.keymap.input(KeyMode::Finder, key);
        let (Mode::Find(finder) | Mode::Palette(finder)) = &mut self.mode else {
            return Vec::new();
        };
        let last = finder.hits.len().saturating_sub(1);
        match input {
            Input::Action(Action::Help) => return self.help_over_dialog(),
            Input::Action(Action::Cancel) => {
                self.close_finder();
                // The view shows as it did under the finder.
                self.view_unchanged = true;
                return Vec::new();
            }
            Input::Action(Action::Edit) => {
                let target = finder.selected_target();
                self.close_finder();
                return target.map_or_else(Vec::new, |t| self.jump(t));
            }
            Input::Action(action) if moved(action, finder.selected, last).is_some() => {
                finder.selected = moved(action, finder.selected, last).unwrap_or(0);
                // The query is as it was: nothing to search again (which
                // would also drop what was worked out for the next letter).
                self.view_unchanged = true;
                return Vec::new();
            }
            // Typed text: Backspace edits the query, like a text field; it
            // is not a command, so it stays out of the keymap.
            Input::Other if Press::of(key) == Press::Backspace => {
                finder.query.pop();
                finder.selected = 0;
            }
            Input::Action(Action::ClearQuery) => {
                finder.query.clear();
                finder.selected = 0;
            }
            Input::Char(c) => {
                finder.query.push(c);
                finder.selected = 0;
            }
            _ => return Vec::new(),
        }
        // Only the finder changed: the view under it is copied as kept.
        self.view_unchanged = true;
        // The items (the map's, the actions or the steps) were listed when
        // the finder opened; the query narrows them.
        if let Mode::Find(finder) | Mode::Palette(finder) = &mut self.mode {
            finder.search();
        }
        Vec::new()
    }

    /// Goes to what a finder or palette result points at.
    fn jump(&mut self, target: Target) -> Vec<Effect> {
        match target {
            Target::Action(action) => return self.action(action),
            Target::Step(step) => return self.go_to_step(step),
            Target::Language(lang) => {
                // Every view words itself at each draw: the next frame is
                // all in the new language. The map is not touched.
                crate::i18n::set_current(lang);
                self.say(Notice::Language(lang.native_name()));
            }
            Target::Link(i) => return self.open_link_at(i),
            Target::Stage(s) => {
                self.view = View::Board;
                self.select_stage(s);
                self.on_header = true;
            }
            Target::Touchpoint(tp) | Target::PainPoint(tp, _) => self.show_card(tp),
            Target::Persona(i) => self.go_to(Section::Personas, Some(i)),
            Target::Opportunity(i) => self.go_to(Section::Opportunities, Some(i)),
            Target::Metric(i) => self.go_to(Section::Metrics, Some(i)),
        }
        Vec::new()
    }

    /// Selects touchpoint `tp` on the board (clearing filters that hide it).
    pub fn show_card(&mut self, tp: usize) {
        let Some(t) = self.map.touchpoints.get(tp) else {
            return;
        };
        if !self.filter.allows(t) {
            self.filter = Filter::default();
            self.say(Notice::FiltersClearedToShow);
        }
        let stage_id = self.map.touchpoints[tp].stage.clone();
        if let Some(stage) = self.map.stages.iter().position(|s| s.id == stage_id) {
            self.stage = stage;
            self.card = self
                .stage_cards(stage)
                .iter()
                .position(|&i| i == tp)
                .unwrap_or(0);
            self.on_header = false;
        }
        self.view = View::Board;
    }

    /// Shows `view`. Nothing any view shows changes, so the views kept
    /// stay valid: switching back to one shown since the last change
    /// copies it (`views::KeptViews`).
    fn switch_to(&mut self, view: View) {
        self.view = view;
        self.view_unchanged = true;
        // The board is kept whole only under a popup; after a switch it
        // copies its columns, each checked on its own (`KeptColumns`).
        // The checks look at the disk: a switch to them checks again.
        let kept = self.kept_views.get_mut();
        kept.forget_view(View::Board);
        kept.forget_view(View::Checks);
    }

    /// The keymap that reads the keys now.
    pub fn key_mode(&self) -> KeyMode {
        keys_of(&self.mode)
    }

    /// The mode help was opened from (its keys are the ones help lists).
    pub fn help_mode(&self) -> KeyMode {
        match &self.mode {
            Mode::Help {
                under: Some(under), ..
            } => keys_of(under),
            Mode::Help { .. } => KeyMode::Board,
            _ => self.key_mode(),
        }
    }

    /// Opens help over the current dialog; closing help goes back to it.
    fn help_over_dialog(&mut self) -> Vec<Effect> {
        let under = std::mem::take(&mut self.mode);
        self.mode = Mode::Help {
            scroll: 0,
            under: Some(Box::new(under)),
        };
        self.view_unchanged = true;
        Vec::new()
    }

    /// Carries out one action of the keymap.
    pub fn action(&mut self, action: Action) -> Vec<Effect> {
        match std::mem::take(&mut self.mode) {
            Mode::Resolve { .. } => return Vec::new(),
            mode @ (Mode::Combine { .. } | Mode::CombinePick { .. }) => {
                self.mode = mode;
                return Vec::new();
            }
            Mode::Help { scroll, under } => {
                let page = usize::from(self.size.1).saturating_sub(6).max(1);
                let scroll = match action {
                    Action::Help | Action::Cancel | Action::Quit => {
                        self.mode = under.map_or(Mode::Normal, |mode| *mode);
                        self.view_unchanged = true;
                        return Vec::new();
                    }
                    Action::Up => scroll.saturating_sub(1),
                    Action::Down => scroll + 1,
                    Action::PageUp => scroll.saturating_sub(page),
                    Action::PageDown => scroll + page,
                    _ => scroll,
                };
                self.mode = Mode::Help {
                    scroll: scroll.min(super::views::help_max_scroll(self)),
                    under,
                };
                // Only the help's scroll changed.
                self.view_unchanged = true;
                return Vec::new();
            }
            Mode::Form(form) => {
                self.mode = Mode::Form(form);
                return self.form_action(action);
            }
            // An action while a question is open answers it.
            mode @ (Mode::ConfirmQuit | Mode::ConfirmDelete { .. }) => {
                let quit = matches!(mode, Mode::ConfirmQuit);
                self.mode = mode;
                return if quit {
                    self.quit_answer(Some(action))
                } else {
                    self.delete_answer(Some(action))
                };
            }
            // The dialogs read their keys themselves (`App::key`).
            mode @ (Mode::Find(_)
            | Mode::Palette(_)
            | Mode::NewItem { .. }
            | Mode::Files(_)
            | Mode::Migrate(_)) => {
                self.mode = mode;
                return Vec::new();
            }
            Mode::Normal => {}
        }
        if let Some(effects) = self.guide_action(action) {
            return effects;
        }
        match action {
            Action::Help => {
                self.mode = Mode::Help {
                    scroll: 0,
                    under: None,
                };
                self.view_unchanged = true;
            }
            Action::Quit => {
                if self.history.is_dirty() {
                    self.mode = Mode::ConfirmQuit;
                } else {
                    return vec![Effect::Quit];
                }
            }
            Action::Save => return self.save(),
            Action::SaveAs => self.start_save_as(),
            Action::Left => {
                if matches!(
                    self.view,
                    View::Board | View::Curve | View::Inventory | View::Blueprint
                ) {
                    self.select_stage(self.stage.saturating_sub(1));
                }
            }
            Action::Right => {
                if matches!(
                    self.view,
                    View::Board | View::Curve | View::Inventory | View::Blueprint
                ) {
                    self.select_stage(self.stage + 1);
                }
            }
            Action::Up => self.move_selection(-1),
            Action::Down => self.move_selection(1),
            Action::Add => self.start_new_item(),
            Action::AddStage => self.start_new(NewKind::Stage),
            Action::Edit if self.view == View::Checks => self.open_check_row(),
            Action::Edit => match self.selected_item() {
                Some(item) => {
                    self.mode = Mode::Form(self.form_for(item));
                    self.note_conflicts(item);
                }
                None => self.say(Notice::NothingSelected),
            },
            Action::Delete => self.ask_delete(),
            Action::Undo => self.undo(),
            Action::Redo => match self.history.redo_change(&mut self.map) {
                Some(change) => {
                    self.say(Notice::Redid(change));
                    self.clamp_selection();
                }
                None => self.say(Notice::NothingToRedo),
            },
            Action::MoveToPreviousStage => self.move_sideways(-1),
            Action::MoveToNextStage => self.move_sideways(1),
            Action::MoveUp => self.reorder(-1),
            Action::MoveDown => self.reorder(1),
            Action::Cancel => {}
            Action::EmotionVeryNegative => self.rate(-2),
            Action::EmotionNegative => self.rate(-1),
            Action::EmotionNeutral => self.rate(0),
            Action::EmotionPositive => self.rate(1),
            Action::EmotionVeryPositive => self.rate(2),
            Action::ViewBoard => self.switch_to(View::Board),
            Action::ViewCurve => self.switch_to(View::Curve),
            Action::ViewOpportunities => self.switch_to(View::Opportunities),
            Action::ViewPersonas => self.switch_to(View::Personas),
            Action::ViewMetrics => self.switch_to(View::Metrics),
            Action::ViewInventory => self.switch_to(View::Inventory),
            Action::ViewBlueprint => self.switch_to(View::Blueprint),
            Action::ToggleBlueprint => {
                self.blueprint = !self.blueprint;
                if self.view != View::Board {
                    self.view = View::Board;
                }
                self.say(Notice::BlueprintLanes(self.blueprint));
            }
            Action::OpenLink => return self.open_link(),
            Action::Migrate => self.offer_migration(),
            Action::ViewOverview => self.switch_to(View::Overview),
            Action::ViewChecks => self.switch_to(View::Checks),
            Action::ViewCompare => {
                self.switch_to(View::Compare);
                if self.map.based_on.trim().is_empty() {
                    self.say(Notice::NoBasedOn);
                }
            }
            // Opening the finder or the palette leaves the view under it.
            Action::Find => {
                self.open_finder();
                self.view_unchanged = true;
            }
            Action::Palette => {
                let mut palette = Finder::default();
                palette.search_actions(&self.keymap);
                self.mode = Mode::Palette(palette);
                self.view_unchanged = true;
            }
            Action::PageUp => self.move_selection(-10),
            Action::PageDown => self.move_selection(10),
            Action::NewLine => {
                self.say(Notice::NewLineInEditor);
            }
            Action::NextStep
            | Action::PreviousStep
            | Action::JumpToStep
            | Action::ToggleTimer
            | Action::NextVoter
            | Action::PreviousVoter
            | Action::AddDot
            | Action::RemoveDot
            | Action::ScrollStepDown
            | Action::ScrollStepUp
            | Action::ParkIdea
            | Action::BlueprintStep => {
                self.say(Notice::GuideOnly);
            }
            Action::FilterPersona => {
                let shared = self.offered_personas();
                self.set_filter(|f, map, _| f.next_persona(map, &shared));
            }
            Action::FilterChannel => self.set_filter(|f, map, _| f.next_channel(map)),
            Action::FilterOwner => {
                self.set_filter(|f, map, departments| f.next_owner(map, departments))
            }
            Action::ClearFilters => self.set_filter(|f, _, _| *f = Filter::default()),
            Action::ItemHistory => return self.open_item_log(),
            // The keys of lists and of the dialogs: only there.
            Action::First
            | Action::Last
            | Action::Mark
            | Action::ClearQuery
            | Action::TakeOurs
            | Action::TakeTheirs
            | Action::CombineOurs
            | Action::CombineTheirs
            | Action::Restore
            | Action::ShowDifference
            | Action::Discard
            | Action::Merge
            | Action::Reload
            | Action::Overwrite
            | Action::OpenReadOnly
            | Action::OpenAnyway
            | Action::Yes
            | Action::No => {}
        }
        Vec::new()
    }

    fn set_filter(&mut self, change: impl FnOnce(&mut Filter, &Map, crate::model::Departments)) {
        let departments = self.map.departments_with(&self.shared_departments);
        change(&mut self.filter, &self.map, departments);
        self.clamp_selection();
        self.say(match self.filter.is_active() {
            true => Notice::ShowingOnly(self.filter.describe(&self.map, self.departments())),
            false => Notice::ShowingEverything,
        });
    }

    /// Up and down: cards and the stage header on the board, rows in the lists.
    fn move_selection(&mut self, step: isize) {
        let clamp = |row: usize, len: usize| {
            row.checked_add_signed(step)
                .map_or(0, |r| r.min(len.saturating_sub(1)))
        };
        match self.view {
            View::Stages => {
                self.stage = clamp(self.stage, self.map.stages.len());
                self.on_header = true;
            }
            // The inventory shows stages, not cards: ←/→ choose the stage.
            View::Inventory => {}
            View::Board | View::Curve | View::Blueprint => {
                let count = self.stage_cards(self.stage).len();
                if step < 0 {
                    if self.on_header {
                    } else if self.card == 0 {
                        self.on_header = true;
                    } else {
                        self.card -= 1;
                    }
                } else if self.on_header {
                    if count > 0 {
                        self.on_header = false;
                        self.card = 0;
                    }
                } else {
                    self.card = (self.card + 1).min(count.saturating_sub(1));
                }
            }
            View::Personas => {
                self.rows.personas = clamp(self.rows.personas, self.map.personas.len())
            }
            View::Opportunities => {
                self.rows.opportunities =
                    clamp(self.rows.opportunities, self.map.opportunities.len())
            }
            View::Metrics => self.rows.metrics = clamp(self.rows.metrics, self.map.metrics.len()),
            View::Overview => {
                self.rows.overview = clamp(
                    self.rows.overview,
                    self.map.team.len() + self.map.departments.len() + 2,
                )
            }
            View::Checks => self.rows.checks = clamp(self.rows.checks, self.check_rows().len()),
            View::Compare => {}
        }
    }

    /// Drops the figures kept across edits with the items they were
    /// worked out from (the board's columns, the curve's points, the
    /// inventory's grid): after the map was replaced wholesale (a reload,
    /// a merge), those would keep the map before alive until each view is
    /// drawn again.
    pub(super) fn forget_kept_figures(&mut self) {
        self.board = memo::Memo::default();
        self.curve = memo::Memo::default();
        self.inventory = memo::Memo::default();
        self.kept_columns.get_mut().clear();
    }

    /// Applies a change to the map, recording it for undo.
    pub(crate) fn edit(&mut self, change: impl FnOnce(&mut Map)) {
        self.history.record(&self.map);
        change(&mut self.map);
    }

    /// Shows `notice` in the status bar.
    pub fn say(&mut self, notice: Notice) {
        self.status = notice.to_string();
    }

    /// Undoes the last change and says what it was. In the guided session
    /// only a change the screen shows is undone: the room must see what
    /// undo takes back.
    fn undo(&mut self) {
        if self.guide.is_some()
            && let Some(change) = self.history.next_undo(&self.map)
            && !guide::view_shows(self.view, &change)
        {
            self.say(Notice::UndoNotShown(change.kind()));
            return;
        }
        match self.history.undo_change(&mut self.map) {
            Some(change) => {
                self.say(Notice::Undid(change));
                self.clamp_selection();
            }
            None => match self.history.barrier() {
                Some(what) => self.say(Notice::UndoStopsAt(what)),
                None => self.say(Notice::NothingToUndo),
            },
        }
    }

    fn rate(&mut self, score: i64) {
        if !self.shows_cards() {
            self.say(Notice::RateWhereCardsShow);
            return;
        }
        let Some(tp) = self.selected_touchpoint() else {
            self.say(Notice::SelectTouchpointToRate);
            return;
        };
        let emotion = Emotion::new(score);
        if self.map.touchpoints[tp].emotion == emotion {
            return;
        }
        self.history.record_item(&self.map, ItemRef::Touchpoint(tp));
        self.map.touchpoints[tp].emotion = emotion;
        self.say(Notice::Emotion(score));
    }

    pub(crate) fn select_stage(&mut self, stage: usize) {
        self.stage = stage.min(self.map.stages.len().saturating_sub(1));
        let count = self.stage_cards(self.stage).len();
        self.card = self.card.min(count.saturating_sub(1));
        // In the stage list and the inventory the stage is what is
        // selected (neither view shows a card), so a key never acts on a
        // card out of sight.
        if count == 0 || matches!(self.view, View::Stages | View::Inventory) {
            self.on_header = true;
        }
    }

    /// Keeps every selection inside its list after a change.
    pub(crate) fn clamp_selection(&mut self) {
        self.select_stage(self.stage);
        let last = |len: usize| len.saturating_sub(1);
        self.rows.personas = self.rows.personas.min(last(self.map.personas.len()));
        self.rows.opportunities = self
            .rows
            .opportunities
            .min(last(self.map.opportunities.len()));
        self.rows.metrics = self.rows.metrics.min(last(self.map.metrics.len()));
        self.rows.overview = self
            .rows
            .overview
            .min(self.map.team.len() + self.map.departments.len() + 1);
        if let Mode::Form(form) = &self.mode
            && !form.item.exists(&self.map)
        {
            self.mode = Mode::Normal;
        }
    }

    fn save(&mut self) -> Vec<Effect> {
        if self.read_only {
            self.say(Notice::ReadOnlyNotSaved(
                self.keymap.keys_label(Action::SaveAs),
            ));
            return Vec::new();
        }
        if let Some(problem) = crate::model::validate(&self.map).first() {
            self.say(Notice::Invalid(problem.message.clone()));
            return Vec::new();
        }
        vec![Effect::Save {
            path: self.path.clone(),
        }]
    }
}

/// The keymap that reads the keys in `mode`.
fn keys_of(mode: &Mode) -> KeyMode {
    match mode {
        Mode::Form(form) => match &form.picker {
            Some(picker) => picker.key_mode(),
            None if form.editor.is_some() => KeyMode::FormEdit,
            None => KeyMode::Form,
        },
        Mode::CombinePick { picker, .. } => picker.key_mode(),
        Mode::Help { .. } => KeyMode::Help,
        Mode::Find(_) | Mode::Palette(_) => KeyMode::Finder,
        Mode::NewItem { .. } => KeyMode::Prompt,
        Mode::Resolve { .. } => KeyMode::Conflict,
        Mode::Combine { .. } => KeyMode::Combine,
        Mode::Files(dialog) => dialog.key_mode(),
        Mode::ConfirmQuit => KeyMode::QuitQuestion,
        Mode::ConfirmDelete { .. } => KeyMode::DeleteQuestion,
        Mode::Migrate(_) => KeyMode::MigrateQuestion,
        Mode::Normal => KeyMode::Board,
    }
}

/// The state of the map that a map finder's items, and the figures of
/// [`memo::Memo`], are worked out from: the map (the undo history's
/// version changes with every change the app makes; the lists' sizes and
/// place guard against a map replaced in another way), the shared
/// departments that name owners, and the language that names the kinds.
#[derive(Clone, Debug, PartialEq)]
struct MapKey {
    version: u64,
    language: crate::i18n::Lang,
    sizes: [usize; 7],
    touchpoints_at: usize,
    shared_at: usize,
}

impl MapKey {
    fn of(app: &App) -> MapKey {
        let map = &app.map;
        MapKey {
            version: app.history.version(),
            language: crate::i18n::current(),
            sizes: [
                map.personas.len(),
                map.departments.len(),
                map.stages.len(),
                map.touchpoints.len(),
                map.opportunities.len(),
                map.metrics.len(),
                app.shared_departments.len(),
            ],
            touchpoints_at: map.touchpoints.as_ptr() as usize,
            shared_at: app.shared_departments.as_ptr() as usize,
        }
    }
}
