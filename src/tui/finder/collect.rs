//! [`Collector`]: the map finder's items collected on a thread of their
//! own, so that after an edit of a large map `/` finds them ready rather
//! than collecting tens of thousands of texts while the room waits.
//!
//! One thread serves the whole session, one job at a time. A thread of its
//! own rather than one per job because the system's allocator gives each
//! thread its own heap: the items a job builds are freed by the app's
//! thread when the map changes, and only the same thread's next job reuses
//! that memory (a new thread would take more at every edit).

use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};

use super::KeptItems;
use crate::i18n::Lang;
use crate::model::{Department, Map};
use crate::session::history::Shadow;

/// The map a job collects the items of.
#[derive(Debug)]
pub enum Source {
    /// A copy of it (its large lists share their items with the app's map,
    /// see [`crate::model::Shared`]; copying them still touches every item).
    Copy(Box<Map>),
    /// The undo history's copy, which is the map after every update: the
    /// thread copies it, so the app's thread does not. `turns` is its
    /// [`Shadow::turns`] when the job was given: if the history has taken
    /// the copy since, the map may have changed, and the job yields nothing.
    Shadow { shadow: Shadow, turns: u64 },
}

impl Source {
    fn map(self) -> Option<Map> {
        match self {
            Source::Copy(map) => Some(*map),
            Source::Shadow { shadow, turns } => shadow
                .snapshot()
                .and_then(|(now, map)| (now == turns).then_some(map)),
        }
    }
}

/// What a job collects the items of: the map, the shared departments and
/// the interface language.
type Job = (Source, Vec<Department>, Lang);

/// The collecting thread, and whether a job is out.
#[derive(Debug)]
pub struct Collector {
    jobs: Sender<Job>,
    done: Receiver<Option<KeptItems>>,
    busy: bool,
}

impl Collector {
    /// Starts the thread; `None` when the system refuses one (the finder
    /// then collects its items when it opens, as before).
    pub fn start() -> Option<Collector> {
        let (jobs, inbox) = channel::<Job>();
        let (outbox, done) = channel();
        // Debug builds only: `CJM_TEST_PANIC=finder` makes this thread
        // panic at its first job after an edit, for the test that a
        // helper thread's panic ends the app with the work rescued.
        let panic_for_tests =
            cfg!(debug_assertions) && std::env::var("CJM_TEST_PANIC").is_ok_and(|v| v == "finder");
        std::thread::Builder::new()
            .name("finder-items".into())
            .spawn(move || {
                // Ends when the app drops its collector.
                for (source, shared, lang) in inbox {
                    if panic_for_tests && matches!(source, Source::Shadow { .. }) {
                        panic!("CJM_TEST_PANIC: a deliberate panic on the finder's thread");
                    }
                    let items = source.map().and_then(|map| {
                        crate::i18n::scoped(lang, || KeptItems::of_map(&map, &shared))
                    });
                    if outbox.send(items).is_err() {
                        break;
                    }
                }
            })
            .ok()?;
        Some(Collector {
            jobs,
            done,
            busy: false,
        })
    }

    /// Whether a job is out (its items not yet taken).
    pub fn busy(&self) -> bool {
        self.busy
    }

    /// Hands the thread a job; false when it is busy or gone.
    pub fn collect(&mut self, source: Source, shared: Vec<Department>, lang: Lang) -> bool {
        if self.busy {
            return false;
        }
        self.busy = self.jobs.send((source, shared, lang)).is_ok();
        self.busy
    }

    /// The items of the job out, when it is done; never waits.
    pub fn ready(&mut self) -> Option<Option<KeptItems>> {
        if !self.busy {
            return None;
        }
        match self.done.try_recv() {
            Ok(items) => {
                self.busy = false;
                Some(items)
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                self.busy = false;
                None
            }
        }
    }

    /// The items of the job out, waiting for them (a few milliseconds at
    /// most: one map's items); `None` when no job is out.
    pub fn wait(&mut self) -> Option<Option<KeptItems>> {
        if !std::mem::take(&mut self.busy) {
            return None;
        }
        self.done.recv().ok()
    }
}

#[cfg(test)]
mod tests {
    use super::{Collector, Source};
    use crate::i18n::Lang;

    #[test]
    fn one_thread_collects_job_after_job_the_items_of_each_map() {
        let Some(mut collector) = Collector::start() else {
            panic!("no thread could be started");
        };
        assert!(collector.wait().is_none(), "no job is out");
        for size in [20, 40] {
            let map = cjm_testdata::generate(size, 3);
            let expected = super::KeptItems::of_map(&map, &[]).map(|k| k.0.len());
            assert!(collector.collect(Source::Copy(Box::new(map.clone())), Vec::new(), Lang::En));
            assert!(collector.busy());
            assert!(
                !collector.collect(Source::Copy(Box::new(map)), Vec::new(), Lang::En),
                "one job at a time"
            );
            let items = collector.wait().flatten().map(|k| k.0.len());
            assert_eq!(items, expected);
            assert!(!collector.busy());
            assert!(collector.ready().is_none());
        }
    }

    #[test]
    fn a_job_on_the_history_copy_yields_nothing_once_the_history_took_it_again() {
        use crate::session::edit::ItemRef;
        use crate::session::history::History;
        let Some(mut collector) = Collector::start() else {
            panic!("no thread could be started");
        };
        let mut map = cjm_testdata::generate(20, 5);
        let mut history = History::default();
        history.record_item(&map, ItemRef::Touchpoint(0));
        map.touchpoints[0].name = "Kiosk z żółwiem".into();
        history.catch_up(&map);
        let shadow = history.shadow();
        assert!(shadow.is_set());

        // The copy as it is: the map's items, the edit included.
        let turns = shadow.turns();
        let source = Source::Shadow {
            shadow: shadow.clone(),
            turns,
        };
        assert!(collector.collect(source, Vec::new(), Lang::En));
        let items = collector.wait().flatten();
        let finder = items.map(super::super::Finder::over_kept);
        let texts = super::super::MapTexts::new(&map, &[]);
        let names: Vec<String> = finder
            .iter()
            .flat_map(|f| f.hits.iter().filter_map(|h| f.item(h, texts)))
            .map(|item| item.text.into_owned())
            .collect();
        assert!(
            names.iter().any(|n| n.starts_with("Kiosk z żółwiem")),
            "{names:?}"
        );

        // Asked for the copy as it was before a later edit: nothing.
        history.record_item(&map, ItemRef::Touchpoint(1));
        map.touchpoints[1].name = "Later".into();
        history.catch_up(&map);
        assert!(shadow.turns() > turns);
        let stale = Source::Shadow { shadow, turns };
        assert!(collector.collect(stale, Vec::new(), Lang::En));
        assert!(collector.wait().flatten().is_none());
    }
}
