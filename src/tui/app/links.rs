//! Web links: the selected item's links (a touchpoint's `web_links` and the
//! addresses of its evidence, an opportunity's or a metric's `web_links`)
//! opened with the system's opener. One link opens at once; several open
//! the finder over them to choose one. The opening itself is an
//! [`Effect::OpenLink`] the runtime starts without waiting for it.

use super::{App, Effect, Mode};
use crate::model::{Link, Map};
use crate::tui::edit::ItemRef;
use crate::tui::finder::Finder;
use crate::tui::status::Notice;

/// The web links of `item`, in the order the detail pane lists them: a
/// touchpoint's own links, then its evidence's addresses (titled by the
/// evidence's note, or its source).
pub fn links_of(map: &Map, item: ItemRef) -> Vec<Link> {
    match item {
        ItemRef::Touchpoint(i) => map.touchpoints.get(i).map_or_else(Vec::new, |t| {
            let evidence = t
                .evidence
                .iter()
                .filter(|e| !e.url.trim().is_empty())
                .map(|e| {
                    let title = if e.note.trim().is_empty() {
                        crate::model::Vocabulary::label(e.source).to_owned()
                    } else {
                        e.note.clone()
                    };
                    Link {
                        title,
                        url: e.url.clone(),
                    }
                });
            t.web_links.iter().cloned().chain(evidence).collect()
        }),
        ItemRef::Opportunity(i) => map
            .opportunities
            .get(i)
            .map_or_else(Vec::new, |o| o.web_links.clone()),
        ItemRef::Metric(i) => map
            .metrics
            .get(i)
            .map_or_else(Vec::new, |m| m.web_links.clone()),
        _ => Vec::new(),
    }
}

impl App {
    /// The links of the selected item.
    pub fn selected_links(&self) -> Vec<Link> {
        self.selected_item()
            .map_or_else(Vec::new, |item| links_of(&self.map, item))
    }

    /// The open-link key: the one link opens, several are offered to
    /// choose from.
    pub(super) fn open_link(&mut self) -> Vec<Effect> {
        let links = self.selected_links();
        match links.len() {
            0 => {
                self.say(Notice::NoLink);
                Vec::new()
            }
            1 => self.open_link_at(0),
            _ => {
                self.mode = Mode::Find(Finder::over_links(&links));
                self.say(Notice::ChooseLink);
                Vec::new()
            }
        }
    }

    /// Opens the selected item's link number `i`.
    pub(super) fn open_link_at(&mut self, i: usize) -> Vec<Effect> {
        match self.selected_links().into_iter().nth(i) {
            Some(link) => {
                self.say(Notice::OpeningLink(link.url.clone()));
                vec![Effect::OpenLink(link.url)]
            }
            None => {
                self.say(Notice::NoLink);
                Vec::new()
            }
        }
    }

    /// What the runtime reports when the opener could not be started.
    pub fn link_not_opened(&mut self, why: String) {
        self.say(Notice::LinkNotOpened(why));
    }
}
