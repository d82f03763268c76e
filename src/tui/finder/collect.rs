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

/// What a job collects the items of: a copy of the map (its large lists
/// share their items with the app's map, see [`crate::model::Shared`]), the
/// shared departments and the interface language.
type Job = (Map, Vec<Department>, Lang);

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
        std::thread::Builder::new()
            .name("finder-items".into())
            .spawn(move || {
                // Ends when the app drops its collector.
                for (map, shared, lang) in inbox {
                    let items = crate::i18n::scoped(lang, || KeptItems::of_map(&map, &shared));
                    drop(map);
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
    pub fn collect(&mut self, map: Map, shared: Vec<Department>, lang: Lang) -> bool {
        if self.busy {
            return false;
        }
        self.busy = self.jobs.send((map, shared, lang)).is_ok();
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
    use super::Collector;
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
            assert!(collector.collect(map.clone(), Vec::new(), Lang::En));
            assert!(collector.busy());
            assert!(
                !collector.collect(map, Vec::new(), Lang::En),
                "one job at a time"
            );
            let items = collector.wait().flatten().map(|k| k.0.len());
            assert_eq!(items, expected);
            assert!(!collector.busy());
            assert!(collector.ready().is_none());
        }
    }
}
