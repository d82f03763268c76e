//! Unlimited undo and redo within a session, covering every kind of edit,
//! so undoing everything gives back exactly the map that was loaded.
//!
//! A change is stored as a patch: the items it replaced and the items
//! that took their place, found by comparing the map before and after. An
//! edit of one touchpoint keeps one touchpoint twice, not the whole map, so
//! a long session on a large map stays small, and recording an edit does
//! not copy the map. To know "before", the history keeps one copy of the map
//! as it last saw it (made at the first edit), and brings it up to date with
//! the same patches. The copy shares the map's touchpoints, opportunities
//! and metrics ([`crate::model::Shared`]): an edit copies the one item it
//! changes, so on a large map the copy costs a pointer per item rather than
//! the items' texts, and comparing it with the map skips the items both
//! still share.
//!
//! That copy is also what the recovery guard writes when the app panics or
//! is killed, so it is shared with the guard ([`Shadow`]) rather than copied
//! again. The app calls [`History::catch_up`] at the end of every update:
//! the copy is then the map as of that update, and each edit is compared
//! with the copy once.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, TryLockError};
use std::time::{Duration, Instant};

use super::change::{self, Change, Described};
use super::edit::ItemRef;
use crate::model::{
    Conflict, Map, Metric, Opportunity, Participant, Persona, Shared, Stage, Touchpoint,
};

/// The undo and redo stacks, and a version number that tells whether the
/// map matches what was last saved.
#[derive(Debug, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// The map as the history last saw it; empty until the first edit.
    shadow: Shadow,
    /// The version before the change recorded last, while that change's
    /// result has not been compared with `shadow` yet.
    pending: Option<u64>,
    /// The one item the pending change touches, when its caller said so
    /// ([`History::record_item`]): only that item is compared.
    only: Option<ItemRef>,
    /// `catch_up` left `shadow` equal to the map, and its caller vouched
    /// that the map changes only through this history until the next
    /// record, undo or redo: that one need not compare them.
    caught_up: bool,
    version: u64,
    next_version: u64,
    saved_version: u64,
    /// What replaced the map wholesale last ("reload from disk"): undo
    /// stops there (see [`History::restart`]).
    barrier: Option<&'static str>,
    /// Below the barrier of a merge, which is not the file: the patch from
    /// the file's version to the merged map, so that [`History::saved`]
    /// can still tell what the file holds. Never undone.
    floor: Option<Step>,
}

/// The history's copy of the map, shared with the recovery guard, which
/// writes it out from the panic hook or the signal thread. The history
/// holds its lock for the whole of each record, undo, redo or catch-up, so
/// whoever gets the lock sees a complete map.
///
/// It also counts the history's turns with it ([`Shadow::turns`]), so a
/// reader on another thread can tell whether what it read is the copy as
/// it was when it was asked to read it.
#[derive(Clone, Debug, Default)]
pub struct Shadow(Arc<Mutex<Option<Map>>>, Arc<AtomicU64>);

impl Shadow {
    /// Runs `read` on the copy, waiting at most `patience` while the
    /// history is changing it (never blocking for good: the thread that
    /// holds it may be stopped for good). `None` when there is no copy yet
    /// (no edit was made), when it is still being changed after `patience`,
    /// or when a panic interrupted a change to it (it may be half changed).
    pub fn read<R>(&self, patience: Duration, read: impl FnOnce(&Map) -> R) -> Option<R> {
        let until = Instant::now() + patience;
        loop {
            match self.0.try_lock() {
                Ok(copy) => return copy.as_ref().map(read),
                Err(TryLockError::WouldBlock) if Instant::now() < until => {
                    std::thread::sleep(Duration::from_millis(5));
                }
                Err(_) => return None,
            }
        }
    }

    /// A copy of the copy, for another thread that reads the map at length
    /// (the finder's items collected ahead): the lock is held only while
    /// the map's lists are copied, which share their large lists' items
    /// ([`crate::model::Shared`]). Waits while the history is changing the
    /// copy. `None` when there is no copy yet, or when a panic interrupted
    /// a change to it.
    /// Also tells the [`Shadow::turns`] at that moment.
    pub fn snapshot(&self) -> Option<(u64, Map)> {
        let copy = self.0.lock().ok()?;
        let turns = self.1.load(Ordering::Acquire);
        copy.clone().map(|map| (turns, map))
    }

    /// How many times the history has taken the copy to change it (or to
    /// look whether it must): a snapshot taken at the same count is the copy
    /// as it was when the count was read. Never goes back, unlike the
    /// history's version (which an undo sets back).
    pub fn turns(&self) -> u64 {
        self.1.load(Ordering::Acquire)
    }

    /// Whether the history has made its copy (at the first edit).
    pub fn is_set(&self) -> bool {
        match self.0.try_lock() {
            Ok(copy) => copy.is_some(),
            // Only a reader holds it now, and only readers of a copy.
            Err(TryLockError::WouldBlock) => true,
            Err(TryLockError::Poisoned(_)) => false,
        }
    }

    /// The copy, for the history. After a panic in the middle of a change
    /// the app is ending anyway; the history goes on with what is there.
    fn lock(&self) -> MutexGuard<'_, Option<Map>> {
        let copy = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        self.1.fetch_add(1, Ordering::AcqRel);
        copy
    }
}

/// One undoable change: the patch from the map before it to the map after
/// it, and the version of the map before it (on the redo stack: after it).
#[derive(Clone, Debug)]
struct Step {
    patch: Patch,
    version: u64,
}

impl History {
    /// Runs `work` with the copy locked: the history's part in the lock
    /// is a second handle, so that holding it does not borrow the history.
    fn with_copy<R>(&mut self, work: impl FnOnce(&mut Self, &mut Option<Map>) -> R) -> R {
        let shadow = self.shadow.clone();
        let mut copy = shadow.lock();
        work(self, &mut copy)
    }

    /// Records that `before` is about to be changed.
    pub fn record(&mut self, before: &Map) {
        self.with_copy(|history, copy| match copy {
            Some(copy) => history.settle(copy, before),
            None => *copy = Some(before.clone()),
        });
        self.pending = Some(self.version);
        self.only = None;
        self.redo.clear();
        self.next_version += 1;
        self.version = self.next_version;
    }

    /// [`History::record`] of a change to `item` alone, made in place (a
    /// field of one touchpoint, an emotion, a vote): the change is then
    /// found by comparing that item with the copy, not the whole map, so an
    /// edit does not cost more on a larger map. The caller vouches that
    /// nothing but `item` changes before the next record, undo, redo or
    /// catch-up; a debug build compares the whole map and fails when
    /// something else changed.
    pub fn record_item(&mut self, before: &Map, item: ItemRef) {
        self.record(before);
        self.only = Some(item);
    }

    /// Compares the change recorded last with the copy now, rather than at
    /// the next record, undo or redo: afterwards the copy is `map`, so the
    /// recovery guard can write it. The app calls this at the end of every
    /// update.
    ///
    /// The caller vouches that every change to the map goes through this
    /// history: since the last record, undo or redo the map changed only
    /// as recorded, and it changes next only after the next one of them.
    /// That one then skips the comparison that looks for changes made
    /// without a record (a debug build still makes it).
    pub fn catch_up(&mut self, map: &Map) {
        // Nothing happened since the last catch-up: the copy is not locked
        // (another thread may be reading it, see [`Shadow::snapshot`]).
        if self.pending.is_none() && self.caught_up {
            return;
        }
        self.with_copy(|history, copy| {
            let Some(copy) = copy else {
                return;
            };
            if history.pending.is_some() {
                history.settle(copy, map);
            }
            history.caught_up = true;
        });
    }

    /// Brings `shadow` up to `map`. The difference is the change recorded
    /// last, when one is pending; it becomes an undo step. Otherwise the map
    /// was changed without being recorded (unless `catch_up` vouched it was
    /// not), and the steps next to the current state are rebased on it, so
    /// that undo and redo lead to the same maps as whole copies would: the
    /// state before the last step, and the state after the next one.
    fn settle(&mut self, shadow: &mut Map, map: &Map) {
        let caught_up = std::mem::take(&mut self.caught_up);
        if let Some(version) = self.pending.take() {
            let patch = match self.only.take() {
                Some(item) => Patch::of_item(shadow, map, item),
                None => Patch::between(shadow, map),
            };
            patch.apply(shadow);
            self.undo.push(Step { patch, version });
        } else if !caught_up && shadow != map {
            if let Some(next) = self.redo.last_mut() {
                next.patch.apply(shadow);
                let rebased = Patch::between(map, shadow);
                next.patch.revert(shadow);
                next.patch = rebased;
            }
            match self.undo.last_mut() {
                Some(last) => {
                    last.patch.revert(shadow);
                    last.patch = Patch::between(shadow, map);
                    last.patch.apply(shadow);
                }
                None => Patch::between(shadow, map).apply(shadow),
            }
        }
        debug_assert!(
            shadow == map,
            "a patch missed part of the map, or it changed without a record after catch_up"
        );
    }

    /// Swaps `map` with the state before the last change; false when there is nothing to undo.
    pub fn undo(&mut self, map: &mut Map) -> bool {
        self.step(map, true).is_some()
    }

    /// Re-applies the last undone change; false when there is nothing to redo.
    pub fn redo(&mut self, map: &mut Map) -> bool {
        self.step(map, false).is_some()
    }

    /// [`History::undo`], telling what it changed; `None` when there is
    /// nothing to undo.
    pub fn undo_change(&mut self, map: &mut Map) -> Option<Change> {
        self.step(map, true)
    }

    /// [`History::redo`], telling what it changed; `None` when there is
    /// nothing to redo.
    pub fn redo_change(&mut self, map: &mut Map) -> Option<Change> {
        self.step(map, false)
    }

    /// What the next undo would change, without undoing it: lets the
    /// guided session refuse an undo of something the room cannot see.
    pub fn next_undo(&mut self, map: &Map) -> Option<Change> {
        self.with_copy(|history, copy| {
            let copy = copy.as_mut()?;
            // A look, not a step: what `catch_up` vouched for still holds
            // for the undo that may follow.
            let caught_up = history.caught_up;
            history.settle(copy, map);
            history.caught_up = caught_up;
            Some(history.undo.last()?.patch.describe(true))
        })
    }

    /// Moves one step back (undo) or forward (redo), moving the step to
    /// the other stack; what it changed, or `None` when there was no step.
    fn step(&mut self, map: &mut Map, back: bool) -> Option<Change> {
        self.with_copy(|history, copy| {
            let copy = copy.as_mut()?;
            history.settle(copy, map);
            let (from, to) = if back {
                (&mut history.undo, &mut history.redo)
            } else {
                (&mut history.redo, &mut history.undo)
            };
            let step = from.pop()?;
            let change = step.patch.describe(back);
            if back {
                step.patch.revert(copy);
                step.patch.revert(map);
            } else {
                step.patch.apply(copy);
                step.patch.apply(map);
            }
            to.push(Step {
                patch: step.patch,
                version: history.version,
            });
            history.version = step.version;
            Some(change)
        })
    }

    /// Starts the history again from `map`, which replaced the map
    /// wholesale: a reload from disk, or a merge with it. Undo and redo
    /// stop here, as at the start of the session; `what` names the event
    /// for "nothing to undo" (see [`History::barrier`]).
    ///
    /// A barrier, not an undoable step: the steps recorded before are
    /// patches of the map as it was then, so they do not apply to the
    /// pulled map, and undoing the replacement itself would quietly drop
    /// what a colleague pushed, to be written back over it by the next
    /// save. `file` is what the file holds now, when that is not `map`
    /// (a merge that kept unsaved edits): the map is then unsaved.
    pub fn restart(&mut self, map: &Map, what: &'static str, file: Option<&Map>) {
        self.with_copy(|history, copy| {
            *copy = Some(map.clone());
            history.undo.clear();
            history.redo.clear();
            history.pending = None;
            history.only = None;
            history.caught_up = false;
            history.next_version += 1;
            history.floor = None;
            if let Some(file) = file.filter(|file| *file != map) {
                history.saved_version = history.next_version;
                history.floor = Some(Step {
                    patch: Patch::between(file, map),
                    version: history.next_version,
                });
                history.next_version += 1;
            } else {
                history.saved_version = history.next_version;
            }
            history.version = history.next_version;
            history.barrier = Some(what);
        });
    }

    /// The map as it was last saved or loaded, worked out from `map` (the
    /// current one, as of the last [`History::catch_up`]) by going back or
    /// forward through the steps: the common ancestor of a three-way merge
    /// with the file on disk, without keeping a second copy of a large map.
    /// `None` when that version is out of reach: undone, then replaced by
    /// a new edit.
    pub fn saved(&self, map: &Map) -> Option<Map> {
        if self.pending.is_some() {
            // The last change is not a step yet: the steps do not lead
            // from `map`. (The app catches up at the end of every update.)
            return None;
        }
        let mut at = map.clone();
        let mut version = self.version;
        if version == self.saved_version {
            return Some(at);
        }
        for step in self.undo.iter().rev() {
            step.patch.revert(&mut at);
            version = step.version;
            if version == self.saved_version {
                return Some(at);
            }
        }
        if let Some(floor) = &self.floor {
            floor.patch.revert(&mut at);
            if floor.version == self.saved_version {
                return Some(at);
            }
        }
        let mut at = map.clone();
        for step in self.redo.iter().rev() {
            step.patch.apply(&mut at);
            if step.version == self.saved_version {
                return Some(at);
            }
        }
        None
    }

    /// What undo stops at, when there is nothing more to undo because the
    /// map was replaced (see [`History::restart`]).
    pub fn barrier(&self) -> Option<&'static str> {
        if self.undo.is_empty() && self.pending.is_none() {
            self.barrier
        } else {
            None
        }
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

    /// The history's copy of the map, for the recovery guard: after
    /// [`History::catch_up`], the map as of that moment.
    pub fn shadow(&self) -> Shadow {
        self.shadow.clone()
    }
}

/// The difference between two versions of a map: the fields outside the
/// item lists before and after (only when one of them changed), and for
/// each item list the one run of items that differs.
#[derive(Clone, Debug, Default)]
struct Patch {
    head: Option<Box<(Map, Map)>>,
    personas: Option<Splice<Persona>>,
    team: Option<Splice<Participant>>,
    stages: Option<Splice<Stage>>,
    touchpoints: Option<Splice<Shared<Touchpoint>>>,
    opportunities: Option<Splice<Shared<Opportunity>>>,
    metrics: Option<Splice<Shared<Metric>>>,
    conflicts: Option<Splice<Conflict>>,
}

impl Patch {
    /// What turns `a` into `b`.
    fn between(a: &Map, b: &Map) -> Patch {
        let (head_a, head_b) = (head(a), head(b));
        Patch {
            head: (head_a != head_b).then(|| Box::new((head_a, head_b))),
            personas: Splice::between(&a.personas, &b.personas),
            team: Splice::between(&a.team, &b.team),
            stages: Splice::between(&a.stages, &b.stages),
            touchpoints: Splice::between(&a.touchpoints, &b.touchpoints),
            opportunities: Splice::between(&a.opportunities, &b.opportunities),
            metrics: Splice::between(&a.metrics, &b.metrics),
            conflicts: Splice::between(&a.conflicts, &b.conflicts),
        }
    }

    /// What turns `a` into `b` when they can differ only in `item` (see
    /// [`History::record_item`]). An item whose list changed length was
    /// not changed in place: then the whole list is compared.
    fn of_item(a: &Map, b: &Map, item: ItemRef) -> Patch {
        let mut patch = Patch::default();
        match item {
            // The map's own fields, the goal and the departments are in
            // the head.
            ItemRef::Map | ItemRef::Goal | ItemRef::Department(_) => {
                let (head_a, head_b) = (head(a), head(b));
                patch.head = (head_a != head_b).then(|| Box::new((head_a, head_b)));
            }
            ItemRef::Persona(i) => patch.personas = Splice::at(&a.personas, &b.personas, i),
            ItemRef::Participant(i) => patch.team = Splice::at(&a.team, &b.team, i),
            ItemRef::Stage(i) => patch.stages = Splice::at(&a.stages, &b.stages, i),
            ItemRef::Touchpoint(i) => {
                patch.touchpoints = Splice::at(&a.touchpoints, &b.touchpoints, i);
            }
            ItemRef::Opportunity(i) => {
                patch.opportunities = Splice::at(&a.opportunities, &b.opportunities, i);
            }
            ItemRef::Metric(i) => patch.metrics = Splice::at(&a.metrics, &b.metrics, i),
        }
        patch
    }

    /// What the patch changes, from the earlier version to the later one,
    /// or `back` from the later one to the earlier one.
    fn describe(&self, back: bool) -> Change {
        fn run<T: Described>(splice: &Option<Splice<T>>, parts: &mut Vec<Change>, back: bool) {
            if let Some(s) = splice {
                parts.push(match back {
                    false => change::of_run(&s.old, &s.new),
                    true => change::of_run(&s.new, &s.old),
                });
            }
        }
        let mut parts = Vec::new();
        run(&self.stages, &mut parts, back);
        run(&self.personas, &mut parts, back);
        run(&self.team, &mut parts, back);
        run(&self.touchpoints, &mut parts, back);
        run(&self.opportunities, &mut parts, back);
        run(&self.metrics, &mut parts, back);
        run(&self.conflicts, &mut parts, back);
        if let Some(head) = &self.head {
            parts.push(match back {
                false => change::of_head(&head.0, &head.1),
                true => change::of_head(&head.1, &head.0),
            });
        }
        change::combine(parts)
    }

    /// Turns the earlier version into the later one.
    fn apply(&self, map: &mut Map) {
        if let Some(head) = &self.head {
            set_head(map, &head.1);
        }
        Splice::apply_to(&self.personas, &mut map.personas);
        Splice::apply_to(&self.team, &mut map.team);
        Splice::apply_to(&self.stages, &mut map.stages);
        Splice::apply_to(&self.touchpoints, &mut map.touchpoints);
        Splice::apply_to(&self.opportunities, &mut map.opportunities);
        Splice::apply_to(&self.metrics, &mut map.metrics);
        Splice::apply_to(&self.conflicts, &mut map.conflicts);
    }

    /// Turns the later version back into the earlier one.
    fn revert(&self, map: &mut Map) {
        if let Some(head) = &self.head {
            set_head(map, &head.0);
        }
        Splice::revert_on(&self.personas, &mut map.personas);
        Splice::revert_on(&self.team, &mut map.team);
        Splice::revert_on(&self.stages, &mut map.stages);
        Splice::revert_on(&self.touchpoints, &mut map.touchpoints);
        Splice::revert_on(&self.opportunities, &mut map.opportunities);
        Splice::revert_on(&self.metrics, &mut map.metrics);
        Splice::revert_on(&self.conflicts, &mut map.conflicts);
    }
}

/// `map` without its item lists: the part a patch stores whole, and what a
/// form keeps to try a change of the map's own fields. Listing
/// every field (no `..`) makes a field added to [`Map`] a compile error
/// here, so it cannot be left out of undo by mistake.
pub fn head(map: &Map) -> Map {
    Map {
        schema: map.schema,
        title: map.title.clone(),
        kind: map.kind,
        language: map.language.clone(),
        based_on: map.based_on.clone(),
        created: map.created,
        owner: map.owner.clone(),
        review_by: map.review_by,
        parking_lot: map.parking_lot.clone(),
        shared_personas: map.shared_personas.clone(),
        shared_departments: map.shared_departments.clone(),
        goal: map.goal.clone(),
        comments: map.comments.clone(),
        trailing_comments: map.trailing_comments.clone(),
        // A map has a few departments: stored whole, like the goal.
        departments: map.departments.clone(),
        // The item lists are patched item by item (see `Patch`).
        personas: Vec::new(),
        team: Vec::new(),
        stages: Vec::new(),
        touchpoints: Vec::new(),
        opportunities: Vec::new(),
        metrics: Vec::new(),
        conflicts: Vec::new(),
    }
}

/// Gives `map` the fields of `head` outside the item lists.
pub fn set_head(map: &mut Map, head: &Map) {
    let Map {
        schema,
        title,
        kind,
        language,
        based_on,
        created,
        owner,
        review_by,
        parking_lot,
        shared_personas,
        shared_departments,
        goal,
        comments,
        trailing_comments,
        departments,
        personas: _,
        team: _,
        stages: _,
        touchpoints: _,
        opportunities: _,
        metrics: _,
        conflicts: _,
    } = head.clone();
    map.schema = schema;
    map.departments = departments;
    map.title = title;
    map.kind = kind;
    map.language = language;
    map.based_on = based_on;
    map.created = created;
    map.owner = owner;
    map.review_by = review_by;
    map.parking_lot = parking_lot;
    map.shared_personas = shared_personas;
    map.shared_departments = shared_departments;
    map.goal = goal;
    map.comments = comments;
    map.trailing_comments = trailing_comments;
}

/// The run of a list that differs between two versions: from `at`, the
/// items `old` were replaced by `new`. Items before and after the run are
/// the same in both, so an edit, insertion, deletion or move of one item
/// keeps only a few items.
#[derive(Clone, Debug)]
struct Splice<T> {
    at: usize,
    old: Vec<T>,
    new: Vec<T>,
}

impl<T: Clone + PartialEq> Splice<T> {
    /// What turns `a` into `b`; `None` when they are equal.
    fn between(a: &[T], b: &[T]) -> Option<Splice<T>> {
        let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
        if prefix == a.len() && prefix == b.len() {
            return None;
        }
        let room = a.len().min(b.len()) - prefix;
        let suffix = a
            .iter()
            .rev()
            .zip(b.iter().rev())
            .take(room)
            .take_while(|(x, y)| x == y)
            .count();
        Some(Splice {
            at: prefix,
            old: a[prefix..a.len() - suffix].to_vec(),
            new: b[prefix..b.len() - suffix].to_vec(),
        })
    }

    /// [`Splice::between`] of lists that can differ only at `i`.
    fn at(a: &[T], b: &[T], i: usize) -> Option<Splice<T>> {
        match (a.get(i), b.get(i)) {
            (Some(x), Some(y)) if a.len() == b.len() => (x != y).then(|| Splice {
                at: i,
                old: vec![x.clone()],
                new: vec![y.clone()],
            }),
            _ => Splice::between(a, b),
        }
    }

    fn apply_to(splice: &Option<Self>, list: &mut Vec<T>) {
        if let Some(s) = splice {
            list.splice(s.at..s.at + s.old.len(), s.new.iter().cloned());
        }
    }

    fn revert_on(splice: &Option<Self>, list: &mut Vec<T>) {
        if let Some(s) = splice {
            list.splice(s.at..s.at + s.new.len(), s.old.iter().cloned());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Id, MapKind};

    fn map(names: &[&str]) -> Map {
        let mut map = Map::new("Shop", MapKind::CurrentState);
        map.touchpoints = names
            .iter()
            .map(|name| Touchpoint {
                id: Id::new(format!("tp-{name}")),
                name: (*name).to_owned(),
                ..Touchpoint::default()
            })
            .map(Shared::new)
            .collect();
        map
    }

    /// The copy kept for undo and recovery holds the items an edit did not
    /// touch together with the map, not twice (a large map's memory);
    /// the edited item is its own, so the copy still tells what it was.
    #[test]
    fn the_copy_shares_every_item_an_edit_left_alone() {
        let mut map = map(&["a", "b", "c"]);
        let mut history = History::default();
        history.record_item(&map, ItemRef::Touchpoint(1));
        map.touchpoints[1].name = "B".into();
        history.catch_up(&map);
        let shadow = history.shadow();
        let held = |map: &Map| {
            shadow.read(Duration::from_secs(1), |copy| {
                let same: Vec<bool> = (0..3)
                    .map(|i| Shared::same(&copy.touchpoints[i], &map.touchpoints[i]))
                    .collect();
                (same, copy.touchpoints[1].name.clone())
            })
        };
        assert_eq!(held(&map), Some((vec![true, true, true], "B".to_owned())));
        // A catch-up with nothing new leaves the copy alone (not even
        // locked: another thread may be reading it).
        let turns = shadow.turns();
        history.catch_up(&map);
        assert_eq!(shadow.turns(), turns);

        history.record_item(&map, ItemRef::Touchpoint(2));
        map.touchpoints[2].name = "C".into();
        // Before the history catches up, the copy still has the old name.
        assert_eq!(
            shadow.read(Duration::from_secs(1), |copy| copy.touchpoints[2]
                .name
                .clone()),
            Some("c".to_owned())
        );
        history.catch_up(&map);
        assert!(history.undo(&mut map));
        assert_eq!(map.touchpoints[2].name, "c");
        assert_eq!(map.touchpoints[1].name, "B");
        history.catch_up(&map);
        assert_eq!(held(&map), Some((vec![true, true, true], "B".to_owned())));
    }

    /// Applies `change` to `map` as the app does: recorded first.
    fn edit(history: &mut History, map: &mut Map, change: impl FnOnce(&mut Map)) {
        history.record(map);
        change(map);
    }

    /// The history as it was before patches: a whole copy of the map per
    /// change. The patch-based one must behave exactly like it.
    #[derive(Default)]
    struct Copies {
        undo: Vec<(Map, u64)>,
        redo: Vec<(Map, u64)>,
        version: u64,
        next_version: u64,
        saved_version: u64,
    }

    impl Copies {
        fn record(&mut self, before: &Map) {
            self.undo.push((before.clone(), self.version));
            self.redo.clear();
            self.next_version += 1;
            self.version = self.next_version;
        }

        fn undo(&mut self, map: &mut Map) -> bool {
            let Some((previous, version)) = self.undo.pop() else {
                return false;
            };
            let current = std::mem::replace(map, previous);
            self.redo.push((current, self.version));
            self.version = version;
            true
        }

        fn redo(&mut self, map: &mut Map) -> bool {
            let Some((next, version)) = self.redo.pop() else {
                return false;
            };
            let current = std::mem::replace(map, next);
            self.undo.push((current, self.version));
            self.version = version;
            true
        }
    }

    /// A change to a map of touchpoints `t0`, `t1`...: by the numbers drawn.
    fn change(map: &mut Map, what: u8, at: usize) {
        let len = map.touchpoints.len();
        match what % 6 {
            0 if len > 0 => map.touchpoints[at % len].name.push('ż'),
            1 => map.touchpoints.insert(
                at % (len + 1),
                Touchpoint {
                    id: Id::new(format!("tp-new-{at}")),
                    ..Touchpoint::default()
                }
                .into(),
            ),
            2 if len > 0 => {
                map.touchpoints.remove(at % len);
            }
            3 if len > 1 => map.touchpoints.swap(at % len, (at + 1) % len),
            4 => map.title.push('!'),
            _ => map.stages.push(crate::model::Stage::default()),
        }
    }

    proptest::proptest! {
        #[test]
        fn behaves_exactly_like_whole_copies(
            ops in proptest::collection::vec((0u8..5, 0u8..6, 0usize..8), 1..40)
        ) {
            let start = map(&["a", "b", "c", "d", "e"]);
            let (mut ours, mut theirs) = (start.clone(), start);
            let mut patches = History::default();
            let mut copies = Copies::default();
            for (op, what, at) in ops {
                match op {
                    0 | 1 => {
                        patches.record(&ours);
                        copies.record(&theirs);
                        change(&mut ours, what, at);
                        change(&mut theirs, what, at);
                    }
                    2 => proptest::prop_assert_eq!(
                        patches.undo(&mut ours),
                        copies.undo(&mut theirs)
                    ),
                    3 => proptest::prop_assert_eq!(
                        patches.redo(&mut ours),
                        copies.redo(&mut theirs)
                    ),
                    _ if what == 0 => {
                        patches.mark_saved();
                        copies.saved_version = copies.version;
                    }
                    // A change nobody recorded.
                    _ => {
                        change(&mut ours, what, at);
                        change(&mut theirs, what, at);
                    }
                }
                proptest::prop_assert_eq!(&ours, &theirs);
                proptest::prop_assert_eq!(patches.version(), copies.version);
                proptest::prop_assert_eq!(
                    patches.is_dirty(),
                    copies.version != copies.saved_version
                );
            }
        }
    }

    proptest::proptest! {
        /// As the app uses it: every change recorded, and `catch_up` after
        /// each update. The copy the recovery guard reads is then the map.
        #[test]
        fn catching_up_after_every_update_behaves_like_whole_copies(
            ops in proptest::collection::vec((0u8..4, 0u8..6, 0usize..8), 1..40)
        ) {
            let start = map(&["a", "b", "c", "d", "e"]);
            let (mut ours, mut theirs) = (start.clone(), start);
            let mut patches = History::default();
            let mut copies = Copies::default();
            let mut edited = false;
            for (op, what, at) in ops {
                match op {
                    0 | 1 => {
                        edited = true;
                        patches.record(&ours);
                        copies.record(&theirs);
                        change(&mut ours, what, at);
                        change(&mut theirs, what, at);
                    }
                    2 => proptest::prop_assert_eq!(
                        patches.undo(&mut ours),
                        copies.undo(&mut theirs)
                    ),
                    _ => proptest::prop_assert_eq!(
                        patches.redo(&mut ours),
                        copies.redo(&mut theirs)
                    ),
                }
                patches.catch_up(&ours);
                proptest::prop_assert_eq!(&ours, &theirs);
                proptest::prop_assert_eq!(patches.version(), copies.version);
                // The copy is made at the first edit.
                let shadow = patches.shadow().read(Duration::ZERO, Map::clone);
                proptest::prop_assert_eq!(shadow.as_ref(), edited.then_some(&ours));
            }
        }
    }

    #[test]
    fn the_copy_is_made_at_the_first_edit_and_shared_with_the_guard() {
        let mut now = map(&["a", "b"]);
        let mut history = History::default();
        let shadow = history.shadow();
        history.catch_up(&now);
        assert_eq!(
            shadow.read(Duration::from_secs(1), Map::clone),
            None,
            "copied before any edit"
        );
        edit(&mut history, &mut now, |m| m.title = "Renamed".into());
        history.catch_up(&now);
        assert_eq!(
            shadow.read(Duration::from_secs(1), Map::clone).as_ref(),
            Some(&now)
        );
        assert!(history.undo(&mut now));
        assert_eq!(shadow.read(Duration::ZERO, Map::clone).as_ref(), Some(&now));
    }

    #[test]
    fn splices_keep_only_the_run_that_differs() {
        let a = [1, 2, 3, 4, 5];
        let s = Splice::between(&a, &[1, 2, 9, 4, 5]).map(|s| (s.at, s.old, s.new));
        assert_eq!(s, Some((2, vec![3], vec![9])));
        let s = Splice::between(&a, &[1, 2, 4, 5]).map(|s| (s.at, s.old, s.new));
        assert_eq!(s, Some((2, vec![3], vec![])));
        let s = Splice::between(&[1, 1, 1], &[1, 1, 1, 1]).map(|s| (s.at, s.old, s.new));
        assert_eq!(s, Some((3, vec![], vec![1])));
        let s = Splice::between(&a, &[2, 1, 3, 4, 5]).map(|s| (s.at, s.old, s.new));
        assert_eq!(s, Some((0, vec![1, 2], vec![2, 1])));
        assert!(Splice::between(&a, &a).is_none());
        let mut list = a.to_vec();
        let s = Splice::between(&a, &[0, 1, 2, 3, 4, 5, 6]);
        Splice::apply_to(&s, &mut list);
        assert_eq!(list, [0, 1, 2, 3, 4, 5, 6]);
        Splice::revert_on(&s, &mut list);
        assert_eq!(list, a);
    }

    #[test]
    fn every_kind_of_change_undoes_and_redoes_exactly() {
        let original = map(&["a", "b", "c", "d"]);
        let mut now = original.clone();
        let mut history = History::default();
        let mut states = vec![now.clone()];
        edit(&mut history, &mut now, |m| {
            m.touchpoints[1].name = "B".into()
        });
        states.push(now.clone());
        edit(&mut history, &mut now, |m| {
            m.touchpoints.remove(0);
        });
        states.push(now.clone());
        edit(&mut history, &mut now, |m| m.touchpoints.swap(0, 2));
        states.push(now.clone());
        edit(&mut history, &mut now, |m| {
            m.title = "Sklep – zażółć".into()
        });
        states.push(now.clone());
        edit(&mut history, &mut now, |m| *m = map(&["x"]));
        states.push(now.clone());
        // A recorded change that changes nothing is still one step.
        edit(&mut history, &mut now, |_| {});
        states.push(now.clone());

        for expected in states.iter().rev().skip(1) {
            assert!(history.undo(&mut now));
            assert_eq!(&now, expected);
        }
        assert!(!history.undo(&mut now));
        assert_eq!(now, original);
        assert!(!history.is_dirty());
        for expected in states.iter().skip(1) {
            assert!(history.redo(&mut now));
            assert_eq!(&now, expected);
        }
        assert!(!history.redo(&mut now));
        assert!(history.is_dirty());
    }

    #[test]
    fn a_restart_is_a_barrier_undo_does_not_cross() {
        let mut history = History::default();
        let mut current = map(&["a"]);
        edit(&mut history, &mut current, |m| m.title = "Mine".to_owned());
        history.catch_up(&current);
        let pulled = map(&["a", "b"]);
        current = pulled.clone();
        history.restart(&current, "reload from disk", None);
        history.catch_up(&current);
        assert!(!history.is_dirty());
        assert!(!history.undo(&mut current), "nothing before the reload");
        assert_eq!(current, pulled);
        assert_eq!(history.barrier(), Some("reload from disk"));
        edit(&mut history, &mut current, |m| m.title = "Later".to_owned());
        assert_eq!(history.barrier(), None);
        assert!(history.undo(&mut current));
        assert_eq!(current, pulled, "undo goes back to the reload, no further");
        assert!(!history.undo(&mut current));
        // A merge keeps unsaved edits: the merged map is not the file.
        let file = current.clone();
        let mut merged = current.clone();
        merged.title = "Merged".to_owned();
        current = merged.clone();
        history.restart(&current, "merge with the file on disk", Some(&file));
        history.catch_up(&current);
        assert!(history.is_dirty());
        let copy = history.shadow().read(Duration::ZERO, Map::clone);
        assert_eq!(
            copy,
            Some(current.clone()),
            "the guard's copy is the merged map"
        );
        assert_eq!(history.saved(&current), Some(file.clone()));
        edit(&mut history, &mut current, |m| m.touchpoints.clear());
        history.catch_up(&current);
        assert_eq!(
            history.saved(&current),
            Some(file),
            "the file, below the merge"
        );
        assert!(history.undo(&mut current));
        assert_eq!(current, merged);
        assert!(!history.undo(&mut current), "the merge is not undone");
    }

    #[test]
    fn the_saved_version_is_found_back_and_forward() {
        let mut history = History::default();
        let mut current = map(&["a"]);
        let loaded = current.clone();
        assert_eq!(history.saved(&current), Some(loaded.clone()));
        edit(&mut history, &mut current, |m| m.title = "One".to_owned());
        history.catch_up(&current);
        edit(&mut history, &mut current, |m| m.title = "Two".to_owned());
        history.catch_up(&current);
        assert_eq!(history.saved(&current), Some(loaded.clone()));
        history.mark_saved();
        let two = current.clone();
        assert!(history.undo(&mut current));
        assert!(history.undo(&mut current));
        assert_eq!(history.saved(&current), Some(two), "forward through redo");
        edit(&mut history, &mut current, |m| m.title = "Other".to_owned());
        history.catch_up(&current);
        assert_eq!(
            history.saved(&current),
            None,
            "the saved version was dropped"
        );
    }

    #[test]
    fn a_new_edit_clears_redo_and_versions_track_saves() {
        let mut now = map(&["a", "b"]);
        let mut history = History::default();
        edit(&mut history, &mut now, |m| {
            m.touchpoints[0].name = "A".into()
        });
        history.mark_saved();
        let saved = history.version();
        edit(&mut history, &mut now, |m| {
            m.touchpoints[1].name = "B".into()
        });
        assert!(history.is_dirty());
        assert!(history.undo(&mut now));
        assert!(!history.is_dirty());
        assert_eq!(history.version(), saved);
        edit(&mut history, &mut now, |m| {
            m.touchpoints[1].name = "Б".into()
        });
        assert!(!history.redo(&mut now), "redo survived a new edit");
        assert!(history.undo(&mut now));
        assert!(history.undo(&mut now));
        assert_eq!(now, map(&["a", "b"]));
    }

    #[test]
    fn changes_made_without_recording_are_handled_like_whole_copies_would() {
        // Undo returns to the state before the last recorded change, even
        // when the map was changed since without a record; redo returns to
        // the map as it was when undo was pressed.
        let mut now = map(&["a", "b"]);
        let mut history = History::default();
        edit(&mut history, &mut now, |m| {
            m.touchpoints[0].name = "A".into()
        });
        assert!(history.undo(&mut now));
        assert!(history.redo(&mut now));
        now.touchpoints.push(map(&["c"]).touchpoints.remove(0));
        let drifted = now.clone();
        assert!(history.undo(&mut now));
        assert_eq!(now, map(&["a", "b"]));
        assert!(history.redo(&mut now));
        assert_eq!(now, drifted);
        // Unrecorded changes before an edit are part of the state before it.
        now.title = "Renamed".into();
        let before = now.clone();
        edit(&mut history, &mut now, |m| m.touchpoints.clear());
        assert!(history.undo(&mut now));
        assert_eq!(now, before);
    }
}
