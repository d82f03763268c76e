//! Unlimited undo and redo within a session, covering every kind of edit:
//! each change stores the whole map as it was before, so undoing everything
//! gives back exactly the map that was loaded.

use crate::model::Map;

/// The undo and redo stacks, and a version number that tells whether the
/// map matches what was last saved.
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<(Map, u64)>,
    redo: Vec<(Map, u64)>,
    version: u64,
    next_version: u64,
    saved_version: u64,
}

impl History {
    /// Records that `before` is about to be changed.
    pub fn record(&mut self, before: &Map) {
        self.undo.push((before.clone(), self.version));
        self.redo.clear();
        self.next_version += 1;
        self.version = self.next_version;
    }

    /// Swaps `map` with the state before the last change; false when there is nothing to undo.
    pub fn undo(&mut self, map: &mut Map) -> bool {
        let Some((previous, version)) = self.undo.pop() else {
            return false;
        };
        let current = std::mem::replace(map, previous);
        self.redo.push((current, self.version));
        self.version = version;
        true
    }

    /// Re-applies the last undone change; false when there is nothing to redo.
    pub fn redo(&mut self, map: &mut Map) -> bool {
        let Some((next, version)) = self.redo.pop() else {
            return false;
        };
        let current = std::mem::replace(map, next);
        self.undo.push((current, self.version));
        self.version = version;
        true
    }

    /// Marks the current state as saved.
    pub fn mark_saved(&mut self) {
        self.saved_version = self.version;
    }

    /// True when the map differs from what was last saved (or loaded).
    pub fn is_dirty(&self) -> bool {
        self.version != self.saved_version
    }

    /// A number naming the map's current state: it changes with every edit,
    /// undo and redo, so a recovery copy knows whether it is up to date.
    pub fn version(&self) -> u64 {
        self.version
    }
}
