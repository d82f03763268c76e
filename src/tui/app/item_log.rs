//! An item's history in its form (the detail pane): the commits that
//! changed it, read from git through the core's [`crate::history`]. The
//! history key (`item-history`) toggles between the item's fields and its
//! history; the history is read by an effect ([`Effect::LoadHistory`]), off
//! the event loop, and arrives as [`Message::HistoryLoaded`]. A map that is
//! not in git (or git missing) shows why, and nothing else changes.

use super::{App, Effect, Mode};
use crate::history::Entry;
use crate::tui::edit::ItemRef;

/// The history shown in the form of one item.
#[derive(Clone, Debug)]
pub struct ItemLog {
    /// Whose history: the item's id, a team member's name, `None` for the
    /// map itself (its top-level fields and the goal).
    pub key: Option<String>,
    pub state: LogState,
    /// Lines scrolled past at the top.
    pub scroll: usize,
}

/// Where reading the history has got to.
#[derive(Clone, Debug)]
pub enum LogState {
    Loading,
    /// The commits that changed the item, newest first.
    Loaded(Vec<Entry>),
    /// Why there is no history: what is wrong, and what to do.
    Unavailable {
        problem: String,
        hint: String,
    },
}

/// The key of an item's history: its id, a team member's name, `None` for
/// the map and its goal.
pub fn key(item: ItemRef, map: &crate::model::Map) -> Option<String> {
    match item {
        ItemRef::Map | ItemRef::Goal => None,
        ItemRef::Participant(i) => map.team.get(i).map(|p| p.name.clone()),
        item => item.id(map).map(ToString::to_string),
    }
}

impl App {
    /// The history shown in the open form, if it shows one.
    /// Never while a field is edited or picked: the editor is shown then.
    pub fn shown_log(&self) -> Option<&ItemLog> {
        let Mode::Form(form) = &self.mode else {
            return None;
        };
        if form.editor.is_some() || form.picker.is_some() {
            return None;
        }
        let log = self.item_log.as_ref()?;
        (log.key == key(form.item, &self.map)).then_some(log)
    }

    /// The history key in a form: show the item's history (reading it), or
    /// its fields again.
    pub(super) fn toggle_item_log(&mut self) -> Vec<Effect> {
        if self.shown_log().is_some() {
            self.item_log = None;
            return Vec::new();
        }
        let Mode::Form(form) = &self.mode else {
            return Vec::new();
        };
        let key = key(form.item, &self.map);
        self.item_log = Some(ItemLog {
            key: key.clone(),
            state: LogState::Loading,
            scroll: 0,
        });
        vec![Effect::LoadHistory {
            path: self.path.clone(),
            key,
        }]
    }

    /// The history key on a view: the selected item's form, with its history.
    pub(super) fn open_item_log(&mut self) -> Vec<Effect> {
        match self.selected_item() {
            Some(item) => {
                self.mode = Mode::Form(self.form_for(item));
                self.toggle_item_log()
            }
            None => {
                self.say(crate::tui::status::Notice::NothingSelected);
                Vec::new()
            }
        }
    }

    /// Scrolls the shown history by `step` lines; false when no history is shown.
    pub(super) fn scroll_item_log(&mut self, step: isize) -> bool {
        if self.shown_log().is_none() {
            return false;
        }
        if let Some(log) = &mut self.item_log {
            log.scroll = log.scroll.saturating_add_signed(step);
        }
        true
    }

    /// Esc in a form that shows a history: back to the fields. False when
    /// no history is shown.
    pub(super) fn close_item_log(&mut self) -> bool {
        if self.shown_log().is_none() {
            return false;
        }
        self.item_log = None;
        true
    }

    /// A history read by the runtime; dropped when the user has moved on to
    /// another item's history (or closed it).
    pub(super) fn history_loaded(
        &mut self,
        key: Option<String>,
        result: Result<Vec<Entry>, (String, String)>,
    ) {
        let Some(log) = &mut self.item_log else {
            return;
        };
        if log.key != key {
            return;
        }
        log.state = match result {
            Ok(entries) => LogState::Loaded(entries),
            Err((problem, hint)) => LogState::Unavailable { problem, hint },
        };
    }
}

/// Reads a history for [`Effect::LoadHistory`]: what the runtime runs, in
/// the background or (in tests) at once.
pub fn load(path: &std::path::Path, key: Option<&str>) -> Result<Vec<Entry>, (String, String)> {
    crate::history::of(path, key).map_err(|err| (err.to_string(), err.hint()))
}
