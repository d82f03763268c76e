//! The offer to migrate a schema-1 map to schema 2: when such a map is
//! opened the status bar says so and names the key (`M`) that opens the
//! offer; nothing changes until the user says yes there. The core's plan
//! ([`crate::migrate::plan`]) lists the departments the free-text names
//! become; each pair of names that look like one department is asked
//! about one by one (y: the same department, n: two); then
//! [`crate::migrate::apply`] builds the migrated map, put in place as one
//! undoable step, saved only when the user saves.

use ratatui::crossterm::event::KeyEvent;

use super::{App, Effect, Mode};
use crate::migrate::{Plan, apply, plan};
use crate::t;
use crate::tui::action::Action;
use crate::tui::keymap::{KeyMode, Keymap};

/// Where the offer is: asking whether to migrate at all, or about one of
/// the plan's proposals.
#[derive(Clone, Debug, PartialEq)]
pub struct Offer {
    pub plan: Plan,
    /// The answers given so far, one per proposal asked.
    pub accepted: Vec<bool>,
    /// The user said yes to migrating; the proposals are being asked.
    pub started: bool,
}

impl Offer {
    /// The dialog's title, lines and keys (from `keymap`'s migration offer).
    pub fn text(&self, keymap: &Keymap) -> (String, Vec<String>, String) {
        let key = |action| keymap.first_key_label(KeyMode::MigrateQuestion, action);
        let names = |i: usize| {
            self.plan
                .candidates
                .get(i)
                .map_or_else(String::new, |c| c.name.clone())
        };
        match self.plan.proposals.get(self.accepted.len()) {
            Some(p) if self.started => (
                t!(
                    "app-migrate-offer-alike-title",
                    number = self.accepted.len() + 1,
                    count = self.plan.proposals.len()
                ),
                vec![t!(
                    "app-migrate-offer-alike",
                    from = names(p.from),
                    into = names(p.into)
                )],
                t!(
                    "app-migrate-offer-alike-keys",
                    yes = key(Action::Yes),
                    no = key(Action::No),
                    stop = key(Action::Cancel)
                ),
            ),
            _ => {
                let departments: Vec<String> = self
                    .plan
                    .candidates
                    .iter()
                    .filter(|c| !c.group)
                    .map(|c| crate::text::clean(&c.name))
                    .collect();
                // One wrapped line: a map with many names still shows the keys.
                let lines = vec![
                    t!("app-migrate-offer", count = departments.len()),
                    departments.join(" · "),
                ];
                let mut lines = lines;
                if !self.plan.proposals.is_empty() {
                    lines.push(t!(
                        "app-migrate-offer-proposals",
                        count = self.plan.proposals.len()
                    ));
                }
                (
                    t!("app-migrate-offer-title"),
                    lines,
                    t!(
                        "app-migrate-offer-keys",
                        yes = key(Action::Yes),
                        no = key(Action::No)
                    ),
                )
            }
        }
    }
}

impl App {
    /// Says in the status bar that the map can be migrated, when it is of
    /// schema 1 and migrating would change it; call it once the map is
    /// opened. Nothing else happens: the map opens as it is.
    pub fn note_migration(&mut self) {
        // A map of the current schema has nothing to upgrade: the plan, a
        // pass over every department reference (a tenth of start-up at
        // 10,000 touchpoints), is not worked out for it.
        if self.map.schema >= crate::model::DEPARTMENTS_VERSION {
            return;
        }
        let plan = plan(&self.map);
        if plan.upgrades && plan.changes() {
            self.status = t!(
                "app-migrate-note",
                keys = self.keymap.keys_label(Action::Migrate)
            );
        }
    }

    /// The migrate key: opens the offer for a map of schema 1.
    pub(super) fn offer_migration(&mut self) {
        let plan = plan(&self.map);
        if plan.upgrades && plan.changes() {
            self.mode = Mode::Migrate(Box::new(Offer {
                plan,
                accepted: Vec::new(),
                started: false,
            }));
        } else {
            self.status = t!("app-migrate-up-to-date");
        }
    }

    /// A key in the migration offer (`[keys.migrate-question]`): yes, no,
    /// or cancel, which leaves the map as it is; any other key asks again.
    pub(super) fn migrate_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let action = self.keymap.action_in(KeyMode::MigrateQuestion, key);
        if action == Some(Action::Help) {
            return self.help_over_dialog();
        }
        let Mode::Migrate(offer) = &mut self.mode else {
            return Vec::new();
        };
        let answer = match action {
            Some(Action::Cancel) => None,
            Some(Action::Yes) => Some(true),
            Some(Action::No) => Some(false),
            _ => return Vec::new(),
        };
        match answer {
            Some(yes) if offer.started => offer.accepted.push(yes),
            Some(true) => offer.started = true,
            Some(false) | None => {
                self.mode = Mode::Normal;
                self.status = t!("app-migrate-not-now");
                return Vec::new();
            }
        }
        if offer.accepted.len() < offer.plan.proposals.len() {
            return Vec::new();
        }
        let (plan, accepted) = (offer.plan.clone(), offer.accepted.clone());
        self.mode = Mode::Normal;
        let migrated = apply(&self.map, &plan, &accepted, crate::i18n::current());
        let count = migrated.departments.len();
        self.edit(|map| *map = migrated);
        self.clamp_selection();
        self.status = t!("app-migrate-done", count = count);
        Vec::new()
    }
}
