//! Figures a view works out from every touchpoint (the board's cards and
//! links, the inventory's departments × stages grid, the emotion curve's
//! points), kept between frames while the map stays as it was: on a large
//! map they take milliseconds, which every switch to the view and every
//! frame of it would otherwise spend again. A view can also carry its
//! figures over a change that leaves them as they were
//! ([`Memo::get_or_carry`]: the board's columns after an emotion is rated).

use std::cell::RefCell;
use std::rc::Rc;

use super::{App, MapKey};
use crate::model::Shared;

/// One view's figures, the state of the map they were worked out from and
/// whatever else they depend on (`K`: the filter, for the board and the curve).
#[derive(Debug)]
pub struct Memo<T, K = ()>(RefCell<Option<(MapKey, K, Rc<T>)>>);

impl<T, K> Default for Memo<T, K> {
    fn default() -> Self {
        Memo(RefCell::new(None))
    }
}

impl<T> Memo<T> {
    /// The figures for the map as it is now: those kept, when the map has
    /// not changed since they were worked out, else `make`'s (kept then).
    pub fn get(&self, app: &App, make: impl FnOnce(&App) -> T) -> Rc<T> {
        self.get_for(app, (), make)
    }
}

impl<T, K: PartialEq> Memo<T, K> {
    /// As [`Memo::get`], the figures also kept only while `also` is the
    /// same as when they were worked out.
    pub fn get_for(&self, app: &App, also: K, make: impl FnOnce(&App) -> T) -> Rc<T> {
        self.get_or_carry(app, also, |app, _| make(app))
    }

    /// The figures kept, when they were worked out for the map as it is
    /// now and with `also`; nothing is worked out.
    pub fn peek(&self, app: &App, also: &K) -> Option<Rc<T>> {
        let kept = self.0.borrow();
        let (key, kept_also, figures) = kept.as_ref()?;
        (kept_also == also && *key == MapKey::of(app)).then(|| Rc::clone(figures))
    }

    /// As [`Memo::get_for`], but when the map changed `carry` is handed the
    /// figures kept for the map before (when `also` is as it was then), to
    /// keep what the change left as it was: the board's columns after an
    /// edit of an emotion or a text. `carry` is handed `None` when nothing
    /// was kept or `also` changed. The kept figures are given up to `carry`
    /// (no longer held here), so that it can take them apart.
    pub fn get_or_carry(
        &self,
        app: &App,
        also: K,
        carry: impl FnOnce(&App, Option<Rc<T>>) -> T,
    ) -> Rc<T> {
        let key = MapKey::of(app);
        let taken = self.0.borrow_mut().take();
        let before = match taken {
            Some((kept_key, kept_also, figures)) if kept_also == also => {
                if kept_key == key {
                    self.0
                        .replace(Some((kept_key, kept_also, Rc::clone(&figures))));
                    return figures;
                }
                Some(figures)
            }
            _ => None,
        };
        let figures = Rc::new(carry(app, before));
        self.0.replace(Some((key, also, Rc::clone(&figures))));
        figures
    }
}

/// The items of one of the map's lists as a view's figures last saw them,
/// held rather than copied (see [`Shared`]): an item written to since is
/// another item in memory, because holding it here makes the write copy
/// it first. So telling which items a change touched is a pointer per
/// item, and a view can carry its figures over a change that left what
/// they count alone (the board's columns, the inventory's grid and the
/// curve's points after an emotion is rated).
#[derive(Debug)]
pub struct Seen<T>(Vec<Shared<T>>);

impl<T> Default for Seen<T> {
    fn default() -> Self {
        Seen(Vec::new())
    }
}

impl<T> Seen<T> {
    pub fn of(items: &[Shared<T>]) -> Seen<T> {
        Seen(items.to_vec())
    }

    /// Takes `now`'s items in the place of those seen; the items that
    /// changed since, each with its place and the item as it was (`None`
    /// when the list's length changed: everything is to be worked out
    /// again).
    pub fn follow(&mut self, now: &[Shared<T>]) -> Option<Vec<(usize, Shared<T>)>> {
        if self.0.len() != now.len() {
            self.0 = now.to_vec();
            return None;
        }
        let mut changed = Vec::new();
        for (at, (seen, now)) in self.0.iter_mut().zip(now).enumerate() {
            if !Shared::same(seen, now) {
                changed.push((at, std::mem::replace(seen, now.clone())));
            }
        }
        Some(changed)
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    use super::Memo;
    use crate::tui::app::{App, Message};

    /// The touchpoints the inventory counts, owner by owner.
    fn owned(app: &App) -> usize {
        let figures = crate::tui::views::inventory_grid(app);
        figures
            .iter()
            .map(|row| row.counts.iter().sum::<usize>())
            .sum()
    }

    #[test]
    fn figures_are_kept_while_the_map_is_the_same_and_worked_out_again_after_a_change() {
        let mut app = App::new(cjm_testdata::generate(40, 3), "map.toml".into());
        let memo = Memo::default();
        let count = |app: &App| memo.get(app, owned);
        let first = count(&app);
        assert!(Rc::ptr_eq(&first, &count(&app)), "kept while unchanged");
        // A key that changes nothing keeps them.
        app.update(Message::Key(KeyEvent::new(
            KeyCode::Down,
            KeyModifiers::NONE,
        )));
        assert!(Rc::ptr_eq(&first, &count(&app)));
        // An edit (rating an emotion) makes them anew.
        app.update(Message::Key(KeyEvent::new(
            KeyCode::Char('+'),
            KeyModifiers::NONE,
        )));
        let edited = count(&app);
        assert!(
            !Rc::ptr_eq(&first, &edited),
            "worked out again after an edit"
        );
        // A touchpoint more, owned by a department: one count more.
        let mut extra = (*app.map.touchpoints[0]).clone();
        extra.id = crate::model::Id::new("tp-extra");
        app.map.touchpoints.push(extra.into());
        assert_eq!(*count(&app), *edited + 1);
    }

    /// How many times the curve's and the inventory's figures were worked
    /// out from every touchpoint so far on this thread.
    fn worked_out() -> (usize, usize) {
        (
            crate::tui::views::curve_worked_out(),
            crate::tui::views::inventory_worked_out(),
        )
    }

    /// Works both views' figures out (or carries them) for `app` now; what
    /// that took, as [`worked_out`] counts it. A debug build (every test)
    /// also compares figures carried with figures worked out afresh.
    fn warm(app: &App) -> (usize, usize) {
        let before = worked_out();
        crate::tui::views::warm(app);
        let after = worked_out();
        (after.0 - before.0, after.1 - before.1)
    }

    fn press(app: &mut App, code: KeyCode) {
        app.update(Message::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    }

    #[test]
    fn the_curve_and_the_inventory_carry_their_figures_over_a_change_that_leaves_them() {
        let mut app = App::new(cjm_testdata::generate(200, 3), "map.toml".into());
        assert_eq!(warm(&app), (1, 1), "the first time");
        // An emotion rated, and undone: the curve works out the stage of
        // the card again, the inventory counts nothing again.
        for rating in ['!', '*'] {
            let version = app.history.version();
            press(&mut app, KeyCode::Char(rating));
            assert_ne!(app.history.version(), version, "{rating} rated a card");
            assert_eq!(warm(&app), (0, 0), "after rating {rating}");
        }
        press(&mut app, KeyCode::Char('u'));
        assert_eq!(warm(&app), (0, 0), "after undo");
        // Another owner: the inventory counts again, the curve carries.
        edit(&mut app, |map| {
            map.touchpoints[0].owner = "Somewhere else".into()
        });
        assert_eq!(warm(&app), (0, 1), "after a new owner");
        // A blueprint action's department too.
        edit(&mut app, |map| {
            map.touchpoints[1].support.push(crate::model::Action {
                text: "Checks the parcel".into(),
                department: "Warehouse".into(),
            });
        });
        assert_eq!(warm(&app), (0, 1), "after a support action");
        // A team member's department: a row of its own.
        edit(&mut app, |map| map.team[0].department = "Żółw".into());
        assert_eq!(warm(&app), (0, 1), "after a team member's department");
        // A department of the map (the generated map names none).
        edit(&mut app, |map| {
            map.departments.push(crate::model::Department {
                id: crate::model::Id::new("dp-logistics"),
                name: "Logistics".into(),
                ..Default::default()
            });
        });
        assert_eq!(warm(&app), (0, 1), "after a department");
        // Another spelling of it: references in that spelling count for it.
        edit(&mut app, |map| {
            map.departments[0].aliases.push("Trucks".into())
        });
        assert_eq!(warm(&app), (0, 1), "after an alias");
        // Another stage: both start anew.
        edit(&mut app, |map| {
            map.touchpoints[0].stage = map.stages[2].id.clone()
        });
        assert_eq!(warm(&app), (1, 1), "after a move to another stage");
        // A touchpoint more.
        edit(&mut app, |map| {
            let mut extra = (*map.touchpoints[0]).clone();
            extra.id = crate::model::Id::new("tp-extra");
            map.touchpoints.push(extra.into());
        });
        assert_eq!(warm(&app), (1, 1), "after a new touchpoint");
        // Another filter: the curve's figures are the filter's.
        press(&mut app, KeyCode::Char('c'));
        let Some(channel) = app.filter.channel else {
            panic!("no channel filter");
        };
        assert_eq!(warm(&app), (1, 0), "after a filter");
        // A card that no longer passes the filter leaves its stage's curve.
        let Some(shown) = app
            .map
            .touchpoints
            .iter()
            .position(|t| t.channel == Some(channel))
        else {
            panic!("no touchpoint passes the filter");
        };
        let other = <crate::model::Channel as crate::model::Vocabulary>::all()
            .iter()
            .copied()
            .find(|c| *c != channel);
        edit(&mut app, |map| map.touchpoints[shown].channel = other);
        assert_eq!(warm(&app), (1, 0), "after a card left the filter");
        // A rating under the filter carries.
        edit(&mut app, |map| {
            let rated = map
                .touchpoints
                .iter()
                .position(|t| t.channel == Some(channel));
            if let Some(rated) = rated {
                let emotion = map.touchpoints[rated].emotion;
                map.touchpoints[rated].emotion = if emotion.is_some() {
                    None
                } else {
                    crate::model::Emotion::new(1)
                };
            }
        });
        assert_eq!(warm(&app), (0, 0), "after a rating under the filter");
    }

    /// Changes the map as an edit of the app does: recorded in the undo
    /// history, which the next message catches up with.
    fn edit(app: &mut App, change: impl FnOnce(&mut crate::model::Map)) {
        app.history.record(&app.map);
        change(&mut app.map);
        let (width, height) = app.size;
        app.update(Message::Resize(width, height));
    }

    #[test]
    fn warming_the_views_keeps_the_figures_their_first_visit_draws_from() {
        let app = App::new(cjm_testdata::generate(40, 3), "map.toml".into());
        crate::tui::views::warm(&app);
        // Kept: asked again, they are not worked out again.
        app.inventory
            .get(&app, |_| panic!("the inventory's figures worked out again"));
        app.curve.get_for(&app, app.filter.clone(), |_| {
            panic!("the curve's figures worked out again")
        });
    }
}
