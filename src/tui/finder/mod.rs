//! The fuzzy finder (`/`) over every item of the map, and the command
//! palette (`:`) over every action or every step of the guided session.
//! Both rank as fuzzy-matcher's skim algorithm (V2, ignoring case) does on
//! texts folded for accents and case (see [`fold`]: `zolty` finds "Żółty",
//! `перенос` finds "Перенос"), a name that is or starts with the query
//! first, and highlight the characters it matches.
//!
//! A map may have tens of thousands of items, and the finder searches them
//! at every key. So it collects and folds the items once (the map cannot
//! change while it is open), and a result is an item's index and rank. The
//! app keeps them between opens while the map stays the same, and after an
//! edit has them collected again on a thread of their own ([`Collector`]),
//! so `/` rarely collects anything itself. [`crate::session::finder`]
//! computes the matcher's score from the places where query characters
//! occur instead of filling the matcher's whole matrix (a scan from the end
//! of a text first leaves out a text the query cannot match), and the
//! matched characters only for the results drawn. While the query grows,
//! it is looked for only among the items its shorter form matched, in the
//! items' order; where the query is the one searched just before and one
//! more (folded) character, as typing a letter makes it, each item's
//! alignment goes on from the matches kept for it ([`Keep`]). The results
//! of the shorter forms are kept, so Backspace shows them again at once.
//!
//! While no key comes, the app has the finder work the next letter out
//! ([`Finder::work_ahead`]). For a query with thousands of results (the
//! first letters over a large map), that is a table of what each result
//! scores for every query one character longer ([`Ahead`]): the next
//! letter then looks its results' scores up. A looked-up letter keeps
//! nothing for the letter after it, so the table keeps the query's
//! matches along; for a smaller query with nothing kept (after a look-up,
//! or after Backspace), the work is keeping them. A key that comes before
//! that work is done is ranked as above, going on from the part kept so
//! far and aligning the rest afresh.

use crate::t;
use crate::tui::words;
use std::borrow::Cow;
use std::cmp::Reverse;

mod collect;

pub use collect::{Collector, Source};

use super::action::Action;
use super::keymap::Keymap;
use crate::model::{Department, Map};
pub use crate::session::finder::{Ahead, Keep, Query, Rank, Searchable, Work, fold};

/// What a finder result points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Stage(usize),
    Touchpoint(usize),
    /// A pain point: the touchpoint and the pain point's index.
    PainPoint(usize, usize),
    Persona(usize),
    Opportunity(usize),
    Metric(usize),
    Action(Action),
    /// A step of the guided session.
    Step(crate::session::guide::Step),
    /// The interface language (the palette switches it at run time).
    Language(crate::i18n::Lang),
    /// One of the selected item's web links, by its index (see
    /// [`Finder::over_links`]).
    Link(usize),
}

/// Something the finder can find, as a result shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Item<'a> {
    pub target: Target,
    /// What kind of thing it is ("touchpoint", "stage", "step 3", or the
    /// action's keys).
    pub kind: &'a str,
    /// The text that is matched and shown, on one line: a map item's is
    /// put together from the map when asked for (see [`MapTexts`]).
    pub text: Cow<'a, str>,
}

/// Where the results of a map finder get the texts they show: the map the
/// items were collected from (the map cannot change while the finder is
/// open, and kept items are used only while it stays the same), and the
/// shared departments that name touchpoints' owners. A finder over
/// actions, steps or links shows texts of its own and ignores it.
#[derive(Clone, Copy, Debug)]
pub struct MapTexts<'m> {
    map: &'m Map,
    shared: &'m [Department],
}

impl<'m> MapTexts<'m> {
    pub fn new(map: &'m Map, shared: &'m [Department]) -> Self {
        MapTexts { map, shared }
    }

    /// The one line `target` shows: its parts joined as they were when the
    /// finder collected it (see [`join_parts`]).
    fn line(&self, target: Target) -> Option<String> {
        let departments = self.map.departments_with(self.shared);
        let parts = item_parts(self.map, target, &mut |owner| departments.name(owner))?;
        let mut line = String::new();
        join_parts(&parts, &mut line);
        Some(line)
    }
}

/// Every item a finder can find. A large map has tens of thousands, so
/// their folded texts are kept one after another in one string: opening
/// the finder fills a string rather than allocating a few for every item,
/// and closing it frees it at once. A map's items show their texts from
/// the map ([`MapTexts`]), so that a large map's texts are not held a
/// second time (2.3 MB at 10,000 touchpoints, with the folded ones the
/// finder needs to search); the few items of a palette or of a list of
/// links keep theirs in `texts`.
#[derive(Clone, Debug, Default)]
struct Items {
    entries: Vec<Entry>,
    /// The kinds of the items, each once (a map's finder has a handful).
    kinds: Vec<Cow<'static, str>>,
    texts: String,
    folded: String,
}

/// The items of a closed map finder, kept by the app while the map stays
/// as it was when they were collected (see [`Finder::over_kept`]).
#[derive(Debug)]
pub struct KeptItems(Items);

/// The most items the app keeps for the next finder: a map of about
/// 12,000 touchpoints, 6–7 MB of items (5.2 MB at 10,000 touchpoints).
/// The undo history's copy of the map shares the map's items
/// ([`crate::model::Shared`]), so kept items and that copy fit the memory
/// budget together (docs/performance.md). A larger map's finder collects
/// its items at every `/`.
pub const KEEP_AT_MOST: usize = 30_000;

impl KeptItems {
    /// The items of `map` collected ahead of time, for a finder to open
    /// over at once ([`Finder::over_kept`]), as [`Finder::over_map`]
    /// collects them; `None` for a map of more than [`KEEP_AT_MOST`] items.
    pub fn of_map(map: &Map, shared: &[Department]) -> Option<KeptItems> {
        Self::worth_keeping(map).then(|| KeptItems(map_items(map, shared)))
    }

    /// Whether the items of `map` are few enough to keep ([`KEEP_AT_MOST`]).
    pub fn worth_keeping(map: &Map) -> bool {
        item_count(map) <= KEEP_AT_MOST
    }
}

/// How many items the finder lists for `map`.
fn item_count(map: &Map) -> usize {
    map.stages.len()
        + map
            .touchpoints
            .iter()
            .map(|t| 1 + t.pain_points.len())
            .sum::<usize>()
        + map.personas.len()
        + map.opportunities.len()
        + map.metrics.len()
}

/// Where one item is in [`Items`]: its text and folded text end where
/// the next item's begin.
#[derive(Clone, Debug)]
struct Entry {
    target: Target,
    kind: u32,
    text: u32,
    folded: u32,
    /// The folded name's end; it starts where the folded text does.
    name_end: u32,
}

impl Items {
    fn len(&self) -> usize {
        self.entries.len()
    }

    /// Adds an item showing the non-empty `parts` joined with " · ", on one
    /// line, whose name is the first part (none when that is empty).
    fn push_parts(&mut self, target: Target, kind: Cow<'static, str>, parts: &[&str]) {
        let start = self.texts.len();
        let name = join_parts(parts, &mut self.texts);
        self.finish(target, kind, start, None, name);
    }

    /// Adds an item showing `text`, whose name is its first `name` bytes.
    fn push(&mut self, target: Target, kind: Cow<'static, str>, text: &str, name: usize) {
        let start = self.texts.len();
        self.texts.push_str(text);
        self.finish(target, kind, start, None, name);
    }

    /// Adds an item of the map showing `line`, which is not kept: the
    /// item shows its text from the map ([`MapTexts`]).
    fn push_map_item(&mut self, target: Target, kind: Cow<'static, str>, line: &str, name: usize) {
        self.finish(target, kind, self.texts.len(), Some(line), name);
    }

    /// Records an item, folding its text: `line`, or the text added to
    /// `texts` from `start`.
    fn finish(
        &mut self,
        target: Target,
        kind: Cow<'static, str>,
        start: usize,
        line: Option<&str>,
        name: usize,
    ) {
        let kind = match self.kinds.iter().position(|k| *k == kind) {
            Some(i) => i,
            None => {
                self.kinds.push(kind);
                self.kinds.len() - 1
            }
        };
        let folded = self.folded.len();
        let text = line.unwrap_or(&self.texts[start..]);
        let name = text.get(..name).map_or(0, str::len);
        fold::fold_into(&text[..name], &mut self.folded);
        let name_end = self.folded.len();
        fold::fold_into(&text[name..], &mut self.folded);
        // Offsets fit: a map is at most a few hundred megabytes.
        let offset = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        self.entries.push(Entry {
            target,
            kind: offset(kind),
            text: offset(start),
            folded: offset(folded),
            name_end: offset(name_end),
        });
    }

    /// The text and folded text of item `i` (byte ranges).
    fn spans(&self, i: usize) -> Option<(std::ops::Range<usize>, std::ops::Range<usize>)> {
        let entry = self.entries.get(i)?;
        let (text_end, folded_end) = match self.entries.get(i + 1) {
            Some(next) => (next.text as usize, next.folded as usize),
            None => (self.texts.len(), self.folded.len()),
        };
        Some((
            entry.text as usize..text_end,
            entry.folded as usize..folded_end,
        ))
    }

    fn get<'a>(&'a self, i: usize, map: MapTexts<'_>) -> Option<Item<'a>> {
        let entry = self.entries.get(i)?;
        let text = if is_map_item(entry.target) {
            Cow::Owned(map.line(entry.target)?)
        } else {
            let (text, _) = self.spans(i)?;
            Cow::Borrowed(self.texts.get(text).unwrap_or(""))
        };
        Some(Item {
            target: entry.target,
            kind: self.kinds.get(entry.kind as usize).map_or("", |k| k),
            text,
        })
    }

    /// The folded text and folded name of item `i`.
    fn folded(&self, i: usize) -> Option<(&str, &str)> {
        let entry = self.entries.get(i)?;
        let (_, folded) = self.spans(i)?;
        let name = folded.start..(entry.name_end as usize);
        Some((self.folded.get(folded)?, self.folded.get(name)?))
    }

    #[cfg(test)]
    fn iter<'a>(&'a self, map: MapTexts<'a>) -> impl Iterator<Item = Item<'a>> {
        (0..self.len()).filter_map(move |i| self.get(i, map))
    }
}

/// Whether `target` is an item of the map, which shows its text from the
/// map ([`MapTexts`]) rather than from the finder's items.
fn is_map_item(target: Target) -> bool {
    matches!(
        target,
        Target::Stage(_)
            | Target::Touchpoint(_)
            | Target::PainPoint(..)
            | Target::Persona(_)
            | Target::Opportunity(_)
            | Target::Metric(_)
    )
}

/// The parts of what the map item `target` shows, its name first (see
/// [`join_parts`]); `owner` names a touchpoint's owning department. The
/// finder collects its items and shows their texts through this one
/// function, so what it searched is what it shows.
fn item_parts<'m>(
    map: &'m Map,
    target: Target,
    owner: &mut impl FnMut(&'m str) -> &'m str,
) -> Option<[&'m str; 5]> {
    Some(match target {
        Target::Stage(i) => {
            let s = map.stages.get(i)?;
            [&s.name, &s.customer_goal, &s.description, "", ""]
        }
        Target::Touchpoint(i) => {
            let t = &**map.touchpoints.get(i)?;
            // The owner by its department's name, not its id (`dp-…`).
            [&t.name, owner(&t.owner), &t.doing, &t.thinking, &t.feeling]
        }
        Target::PainPoint(i, n) => [map.touchpoints.get(i)?.pain_points.get(n)?, "", "", "", ""],
        Target::Persona(i) => {
            let p = map.personas.get(i)?;
            [&p.name, &p.segment, &p.description, "", ""]
        }
        Target::Opportunity(i) => {
            let o = &**map.opportunities.get(i)?;
            [&o.title, &o.description, "", "", ""]
        }
        Target::Metric(i) => {
            let m = &**map.metrics.get(i)?;
            [&m.name, &m.measures, "", "", ""]
        }
        _ => return None,
    })
}

/// Appends the non-empty `parts` to `line` joined with " · ", on one line
/// (a line break reads as a space); the name is the first part (none when
/// that is empty). Returns the name's length in bytes.
fn join_parts(parts: &[&str], line: &mut String) -> usize {
    let start = line.len();
    let mut name = 0;
    for (i, part) in parts.iter().enumerate() {
        if blank(part) {
            continue;
        }
        if line.len() > start {
            line.push_str(" · ");
        }
        let mut lines = part.split('\n');
        if let Some(first) = lines.next() {
            line.push_str(first);
        }
        for rest in lines {
            line.push(' ');
            line.push_str(rest);
        }
        if i == 0 {
            name = line.len() - start;
        }
    }
    name
}

/// One result: which of the finder's items, and how well it matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    item: usize,
    rank: Rank,
}

/// The state of an open finder or palette.
#[derive(Clone, Debug, Default)]
pub struct Finder {
    pub query: String,
    /// The results of the last search, best first; equal ranks keep the
    /// items' order. [`Finder::item`] and [`Finder::matched`] tell what
    /// each one shows.
    pub hits: Vec<Hit>,
    pub selected: usize,
    /// The palette lists the guided session's steps instead of actions.
    pub steps: bool,
    /// The guided session's steps, in order, when `steps` is set.
    pub session: Vec<crate::tui::guide::Step>,
    /// The finder lists the selected item's web links, to open one.
    pub links: bool,
    /// What can be found: the map's items (see [`Finder::over_map`]), the
    /// actions or the steps.
    items: Items,
    /// The query last searched and each shorter query it extends that was
    /// searched before it, shortest first, with their results in the items'
    /// order: a longer query scores the texts of a shorter one's results in
    /// the order they are kept in memory. The empty query, which lists
    /// every item, comes first once anything was searched.
    searched: Vec<(String, Vec<Hit>)>,
    /// What ranking the last query searched kept for a query one character
    /// longer ([`Keep`]), one entry per result of it. None for the empty
    /// query, and none after a look-up in [`Finder::ahead`] or after
    /// Backspace until [`Finder::work_ahead`] keeps it (for a query with
    /// [`AHEAD_FROM`] results or more, once its table is done; until then
    /// the table holds what it kept so far).
    keep: Option<Keep>,
    /// The scores of the last query's results for every query one
    /// character longer, as far as [`Finder::work_ahead`] got, with that
    /// query.
    ahead: Option<(String, Ahead)>,
}

/// The results from which a query's scores for the next character are
/// worked out ahead ([`Finder::work_ahead`]): with fewer, ranking them as
/// the character is typed takes about a millisecond.
pub const AHEAD_FROM: usize = 5_000;

/// Whether `text` is empty or only white space; at once for the usual
/// text that starts with a letter.
fn blank(text: &str) -> bool {
    match text.as_bytes().first() {
        None => true,
        Some(b) if b.is_ascii() && !b.is_ascii_whitespace() => false,
        Some(_) => text.trim().is_empty(),
    }
}

/// Every searchable item of the map with its kind and text.
/// A department is named as `shared` or the map's own departments name it.
fn map_items(map: &Map, shared: &[Department]) -> Items {
    let departments = map.departments_with(shared);
    // Each kind's word once, not once per item: a large map has tens of
    // thousands of items and few kinds.
    let [stage, touchpoint, pain_point, persona, opportunity, metric] = [
        "stage",
        "touchpoint",
        "pain-point",
        "persona",
        "opportunity",
        "metric",
    ]
    .map(|kind| Cow::<'static, str>::Owned(words::kind(kind)));
    // Room for every item and folded text at once: growing by doubling
    // would hold the old and the new string together, megabytes on a large
    // map.
    let count = item_count(map);
    let parts = |texts: &[&str]| texts.iter().map(|t| t.len() + " · ".len()).sum::<usize>();
    let bytes = map
        .stages
        .iter()
        .map(|s| parts(&[&s.name, &s.customer_goal, &s.description]))
        .chain(map.touchpoints.iter().map(|t| {
            parts(&[&t.name, &t.owner, &t.doing, &t.thinking, &t.feeling])
                + t.pain_points.iter().map(String::len).sum::<usize>()
        }))
        .chain(
            map.personas
                .iter()
                .map(|p| parts(&[&p.name, &p.segment, &p.description])),
        )
        .chain(
            map.opportunities
                .iter()
                .map(|o| parts(&[&o.title, &o.description])),
        )
        .chain(map.metrics.iter().map(|m| parts(&[&m.name, &m.measures])))
        .sum();
    let mut items = Items {
        entries: Vec::with_capacity(count),
        folded: String::with_capacity(bytes),
        ..Items::default()
    };
    // Thousands of touchpoints share a few owners: each is looked up once.
    let mut owners: foldhash::HashMap<&str, &str> = foldhash::HashMap::default();
    let mut owner = |reference| {
        *owners
            .entry(reference)
            .or_insert_with(|| departments.name(reference))
    };
    let stages = (0..map.stages.len()).map(Target::Stage);
    let touchpoints = map.touchpoints.iter().enumerate().flat_map(|(i, t)| {
        let pains = (0..t.pain_points.len()).map(move |n| Target::PainPoint(i, n));
        std::iter::once(Target::Touchpoint(i)).chain(pains)
    });
    let personas = (0..map.personas.len()).map(Target::Persona);
    let opportunities = (0..map.opportunities.len()).map(Target::Opportunity);
    let metrics = (0..map.metrics.len()).map(Target::Metric);
    // The first part is the item's name: what "the query is its name" and
    // "its name starts with the query" rank by.
    let mut line = String::new();
    for target in stages
        .chain(touchpoints)
        .chain(personas)
        .chain(opportunities)
        .chain(metrics)
    {
        let kind = match target {
            Target::Stage(_) => &stage,
            Target::Touchpoint(_) => &touchpoint,
            Target::PainPoint(..) => &pain_point,
            Target::Persona(_) => &persona,
            Target::Opportunity(_) => &opportunity,
            _ => &metric,
        };
        let Some(parts) = item_parts(map, target, &mut owner) else {
            continue;
        };
        line.clear();
        let name = join_parts(&parts, &mut line);
        items.push_map_item(target, kind.clone(), &line, name);
    }
    items
}

/// The `candidates` (indexes into `items`) that match `query`, best first,
/// equal ranks in the items' order. An empty query matches everything.
#[cfg(test)]
fn rank(items: &Items, candidates: impl Iterator<Item = usize>, query: &str) -> Vec<Hit> {
    let mut hits = Vec::new();
    best_first(&matching(items, candidates, query, None).0, &mut hits);
    hits
}

/// The `candidates` (indexes into `items`, in order) that match `query`,
/// with their ranks, in the same order, and what the query one character
/// longer goes on from (none for the empty query, which matches
/// everything). `from` is what ranking the candidates for a shorter query
/// kept, one entry per candidate, or per candidate up to some (what the
/// work ahead kept so far): where `query` is that query and one more
/// character, each of those candidates' alignment goes on from it, and the
/// rest are aligned afresh.
fn matching(
    items: &Items,
    candidates: impl Iterator<Item = usize>,
    query: &str,
    from: Option<&Keep>,
) -> (Vec<Hit>, Option<Keep>) {
    if query.is_empty() {
        let rank = Rank { tier: 0, score: 0 };
        return (candidates.map(|item| Hit { item, rank }).collect(), None);
    }
    let query = Query::new(query);
    let candidates: Vec<usize> = candidates.collect();
    let from = from.filter(|from| query.goes_on_from(from) && from.len() <= candidates.len());
    // A large map's thousands of items are scored on every core: the
    // first letters of a query match most of them, and a long query costs
    // more per item.
    let threads = if candidates.len() >= PARALLEL_FROM {
        cjm_core::cores().min(MAX_THREADS)
    } else {
        1
    };
    let (hits, keep) = if threads > 1 {
        let part = candidates.len().div_ceil(threads);
        std::thread::scope(|scope| {
            let parts: Vec<_> = candidates
                .chunks(part)
                .enumerate()
                .map(|(i, chunk)| {
                    let query = &query;
                    scope.spawn(move || rank_some(items, chunk, i * part, query, from))
                })
                .collect();
            let mut hits = Vec::new();
            let mut keep = query.keep();
            for part in parts {
                let (part_hits, part_keep) = part
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                hits.extend(part_hits);
                keep.append(part_keep);
            }
            (hits, keep)
        })
    } else {
        rank_some(items, &candidates, 0, &query, from)
    };
    (hits, Some(keep))
}

/// Puts `hits`, in the items' order, into `out` best first, equal ranks in
/// the items' order. The scores of a query's hits usually span a few
/// hundred values, so the hits are counted into one bucket per rank and
/// laid out from the counts in two passes, instead of sorting the tens of
/// thousands of hits of a first letter by comparison. Ranks needing more
/// buckets than there are hits (and than 1,024) are sorted by comparison.
fn best_first(hits: &[Hit], out: &mut Vec<Hit>) {
    debug_assert!(
        hits.windows(2).all(|w| w[0].item < w[1].item),
        "hits in the items' order"
    );
    out.clear();
    let Some(&first) = hits.first() else {
        return;
    };
    let (mut low, mut high) = (first.rank, first.rank);
    for h in hits {
        low.tier = low.tier.min(h.rank.tier);
        low.score = low.score.min(h.rank.score);
        high.tier = high.tier.max(h.rank.tier);
        high.score = high.score.max(h.rank.score);
    }
    // One bucket per rank, best first: by tier, then by score.
    let scores = i64::from(high.score) - i64::from(low.score) + 1;
    let tiers = i64::from(high.tier) - i64::from(low.tier) + 1;
    let buckets = usize::try_from(scores * tiers).unwrap_or(usize::MAX);
    if buckets > hits.len().max(1024) {
        out.extend_from_slice(hits);
        out.sort_by_key(|h| Reverse(h.rank));
        return;
    }
    let bucket = |rank: Rank| {
        let tier = i64::from(high.tier) - i64::from(rank.tier);
        let score = i64::from(high.score) - i64::from(rank.score);
        usize::try_from(tier * scores + score).unwrap_or(0)
    };
    // Counted one bucket on, then summed: where each bucket starts in `out`.
    let mut starts = vec![0usize; buckets + 1];
    for h in hits {
        if let Some(count) = starts.get_mut(bucket(h.rank) + 1) {
            *count += 1;
        }
    }
    let mut sum = 0;
    for start in &mut starts {
        sum += *start;
        *start = sum;
    }
    out.resize(hits.len(), first);
    for h in hits {
        if let Some(at) = starts.get_mut(bucket(h.rank))
            && let Some(slot) = out.get_mut(*at)
        {
            *slot = *h;
            *at += 1;
        }
    }
}

/// Candidates from which ranking is shared among threads: below it,
/// starting them costs more than they save.
const PARALLEL_FROM: usize = 500;
/// The most threads ranking uses.
const MAX_THREADS: usize = 4;

/// The `candidates` that match `query`, with their ranks, in the
/// candidates' order (which [`best_first`] relies on), and what the query
/// one character longer goes on from. Where `from` is given, the
/// candidates are those it was kept for, from the `offset`-th on, or later
/// ones (beyond a part kept ahead), aligned afresh.
fn rank_some(
    items: &Items,
    candidates: &[usize],
    offset: usize,
    query: &Query,
    from: Option<&Keep>,
) -> (Vec<Hit>, Keep) {
    let mut work = Work::default();
    let mut keep = query.keep();
    let mut hits = Vec::new();
    for (i, &item) in candidates.iter().enumerate() {
        let Some((folded, name)) = items.folded(item) else {
            continue;
        };
        let rank = match from {
            Some(from) => {
                query.rank_extending(folded, name, &mut work, (from, offset + i), &mut keep)
            }
            None => query.rank_keeping(folded, name, &mut work, &mut keep),
        };
        if let Some(rank) = rank {
            hits.push(Hit { item, rank });
        }
    }
    (hits, keep)
}

/// The `shorter` query's results (in the items' order) that match `query`,
/// with their ranks, looked up in `ahead` (worked out for `shorter`'s
/// query over those results), where `query` is that query and one more
/// character `ahead` holds; `None` otherwise.
fn looked_up(items: &Items, shorter: &[Hit], ahead: &Ahead, query: &str) -> Option<Vec<Hit>> {
    debug_assert_eq!(ahead.texts(), shorter.len(), "a table of those results");
    let longer = Query::new(query);
    let q = ahead.next_char(&longer)?;
    let mut work = Work::default();
    let hits = shorter
        .iter()
        .enumerate()
        .filter_map(|(i, hit)| {
            let texts = items.folded(hit.item)?;
            let rank = ahead.rank((&longer, q), i, texts, &mut work)?;
            Some(Hit {
                item: hit.item,
                rank,
            })
        })
        .collect();
    Some(hits)
}

impl Finder {
    /// A finder over every item of `map`, listing them all. The items are
    /// collected now, once: the finder is for the map as it is while the
    /// finder is open. Owners are found by name, also those of the
    /// `shared` departments the map uses.
    pub fn over_map(map: &Map, shared: &[Department]) -> Finder {
        let mut finder = Finder::default();
        finder.search_map(map, shared);
        finder
    }

    /// A finder over the items an earlier map finder collected (see
    /// [`Finder::into_kept`]), listing them all: reopening the finder on an
    /// unchanged map does not collect and fold tens of thousands of texts again.
    pub fn over_kept(kept: KeptItems) -> Finder {
        let mut finder = Finder {
            items: kept.0,
            ..Finder::default()
        };
        finder.search();
        finder
    }

    /// The items of a finder over a map ([`Finder::over_map`] or
    /// [`Finder::over_kept`]), to keep once it closes; `None` for a finder
    /// over links, actions or steps, and for one of more than
    /// [`KEEP_AT_MOST`] items.
    pub fn into_kept(self) -> Option<KeptItems> {
        (!self.links && !self.steps && self.items.len() <= KEEP_AT_MOST)
            .then_some(KeptItems(self.items))
    }

    /// A palette over the steps of the guided session, listing them all.
    pub fn over_steps(steps: &[crate::tui::guide::Step]) -> Finder {
        let mut finder = Finder {
            steps: true,
            session: steps.to_vec(),
            ..Finder::default()
        };
        finder.search_steps();
        finder
    }

    /// A finder over web links (title and address), listing them all.
    pub fn over_links(links: &[crate::model::Link]) -> Finder {
        let mut items = Items::default();
        for (i, link) in links.iter().enumerate() {
            let parts = [link.title.as_str(), link.url.as_str()];
            items.push_parts(Target::Link(i), Cow::Borrowed("↗"), &parts);
        }
        let mut finder = Finder {
            links: true,
            items,
            ..Finder::default()
        };
        finder.search();
        finder
    }

    /// Searches the map's items for `query`, collecting them afresh.
    fn search_map(&mut self, map: &Map, shared: &[Department]) {
        self.items = map_items(map, shared);
        self.searched.clear();
        self.keep = None;
        self.ahead = None;
        self.search();
    }

    /// Searches the items collected before for `query`. Best first; equal
    /// scores keep the items' order; an empty query lists every item.
    pub fn search(&mut self) {
        let query = self.query.as_str();
        // The same query again is searched again; a shorter one that was
        // searched before shows its results again.
        if self.searched.last().is_some_and(|(q, _)| q == query) {
            self.searched.pop();
            self.keep = None;
        }
        // Whatever matches the query also matches each of its prefixes.
        let before = self.searched.len();
        self.searched.retain(|(q, _)| query.starts_with(q.as_str()));
        if self.searched.len() != before {
            // What was kept was for a query no longer searched.
            self.keep = None;
        }
        if self.searched.last().is_none_or(|(q, _)| q != query) {
            let from = self.keep.take();
            // What was worked out ahead is for the query last searched: it
            // serves only where this query is that one and one character.
            let ahead = self.ahead.take();
            let (hits, keep) = match self.searched.last() {
                Some((shorter_query, shorter)) => {
                    let ahead = ahead
                        .filter(|(q, _)| q == shorter_query)
                        .map(|(_, ahead)| ahead);
                    let looked = ahead
                        .as_ref()
                        .filter(|ahead| ahead.is_complete())
                        .and_then(|ahead| looked_up(&self.items, shorter, ahead, query));
                    match looked {
                        Some(hits) => (hits, None),
                        None => {
                            // Going on from what the query's ranking kept
                            // (for every result), or from what the work
                            // ahead kept so far (for the first results).
                            let from = from
                                .filter(|keep| keep.len() == shorter.len())
                                .or_else(|| ahead.and_then(Ahead::into_keep));
                            matching(
                                &self.items,
                                shorter.iter().map(|h| h.item),
                                query,
                                from.as_ref(),
                            )
                        }
                    }
                }
                None => matching(&self.items, 0..self.items.len(), query, None),
            };
            self.searched.push((query.to_owned(), hits));
            self.keep = keep;
        }
        match self.searched.last() {
            Some((_, hits)) => best_first(hits, &mut self.hits),
            None => self.hits.clear(),
        }
        self.selected = self.selected.min(self.hits.len().saturating_sub(1));
    }

    /// Whether the next letter is worth working out ahead
    /// ([`Finder::work_ahead`]), and that is not done yet: the last query's
    /// scores for every query one character longer where it has
    /// [`AHEAD_FROM`] results or more, else what the next letter's ranking
    /// goes on from ([`Keep`]) where the query was ranked without keeping
    /// it (looked up, or shown again after Backspace).
    pub fn wants_work_ahead(&self) -> bool {
        self.wants_ahead_from(AHEAD_FROM)
    }

    /// [`Finder::wants_work_ahead`], the scores worked out ahead for a
    /// query with at least `at_least` results.
    fn wants_ahead_from(&self, at_least: usize) -> bool {
        let Some((query, hits)) = self.searched.last() else {
            return false;
        };
        if hits.len() < at_least {
            return self.keep.is_none() && !query.is_empty() && !hits.is_empty();
        }
        self.ahead
            .as_ref()
            .is_none_or(|(q, ahead)| q != query || !ahead.is_complete())
    }

    /// Works out, for at most `texts` more results of the last query, their
    /// scores for every query one character longer ([`Ahead`]), so that
    /// typing that character looks them up; for a query with fewer results
    /// than [`AHEAD_FROM`], what ranking it keeps for the next letter
    /// ([`Keep`]), all at once (a millisecond or two). Returns whether more
    /// remains to be done ([`Finder::wants_work_ahead`]).
    pub fn work_ahead(&mut self, texts: usize) -> bool {
        self.work_ahead_from(texts, AHEAD_FROM)
    }

    /// [`Finder::work_ahead`], the scores worked out ahead for a query with
    /// at least `at_least` results.
    fn work_ahead_from(&mut self, texts: usize, at_least: usize) -> bool {
        if !self.wants_ahead_from(at_least) {
            return false;
        }
        let Some((query, hits)) = self.searched.last() else {
            return false;
        };
        if hits.len() < at_least {
            let (_, keep) = matching(&self.items, hits.iter().map(|h| h.item), query, None);
            self.keep = keep;
            return false;
        }
        if self.ahead.as_ref().is_none_or(|(q, _)| q != query) {
            // What ranking keeps for the next letter is kept along, where
            // nothing kept it (the query was looked up, or came back with
            // Backspace): a letter not looked up goes on from it.
            let keeping = self.keep.is_none();
            let table = Ahead::new(Query::new(query), hits.len(), keeping);
            self.ahead = Some((query.clone(), table));
        }
        let Some((_, ahead)) = &mut self.ahead else {
            return false;
        };
        let mut work = Work::default();
        let done = ahead.added();
        for hit in hits.iter().skip(done).take(texts) {
            let (folded, _) = self.items.folded(hit.item).unwrap_or_default();
            ahead.add(folded, &mut work);
        }
        if ahead.is_complete() {
            let kept = ahead.take_keep();
            if self.keep.is_none() {
                self.keep = kept;
            }
        }
        !ahead.is_complete()
    }

    /// Searches the actions for `query`, by name and description, and the
    /// interface languages ("language – polski"), each named in the
    /// interface language and in its own.
    pub fn search_actions(&mut self, keymap: &Keymap) {
        self.items = Items::default();
        for a in Action::ALL.iter().filter(|a| a.in_palette()) {
            let text = format!("{} – {}", a.name(), a.description());
            let kind = Cow::Owned(keymap.keys_label(*a));
            self.items
                .push(Target::Action(*a), kind, &text, a.name().len());
        }
        for lang in <crate::i18n::Lang as strum::VariantArray>::VARIANTS {
            let text = t!(
                "palette-language",
                name = lang.native_name(),
                code = lang.code()
            );
            let name = text.len();
            let kind = Cow::Owned(lang.code().to_owned());
            self.items.push(Target::Language(*lang), kind, &text, name);
        }
        self.searched.clear();
        self.keep = None;
        self.ahead = None;
        self.search();
    }

    /// Searches the steps of the guided session by name.
    pub fn search_steps(&mut self) {
        self.items = Items::default();
        for (i, s) in self.session.iter().enumerate() {
            let kind = Cow::Owned(t!("finder-step", number = i + 1));
            let name = s.name();
            self.items.push(Target::Step(*s), kind, &name, name.len());
        }
        self.searched.clear();
        self.keep = None;
        self.ahead = None;
        self.search();
    }

    /// The item a result shows; a map finder's results take their texts
    /// from `map`.
    pub fn item<'a>(&'a self, hit: &Hit, map: MapTexts<'_>) -> Option<Item<'a>> {
        self.items.get(hit.item, map)
    }

    /// What a result points at.
    pub fn target(&self, hit: &Hit) -> Option<Target> {
        self.items.entries.get(hit.item).map(|e| e.target)
    }

    /// Character positions of the result's text (`text`, as
    /// [`Finder::item`] gives it) that matched the query searched, for
    /// highlighting: asked of the matcher for the results drawn only. The
    /// view asks [`Finder::matched_by`] with one query for all of them;
    /// this is for the tests, one result at a time.
    #[cfg(test)]
    pub fn matched(&self, hit: &Hit, text: &str) -> Vec<usize> {
        self.searched_query()
            .map(|query| self.matched_by(&query, hit, text))
            .unwrap_or_default()
    }

    /// The query searched, for [`Finder::matched_by`]: the view asks it of
    /// the results drawn with one query, not one for each.
    pub fn searched_query(&self) -> Option<Query> {
        self.searched.last().map(|(query, _)| Query::new(query))
    }

    /// [`Finder::matched`] with the query searched, `query`.
    pub fn matched_by(&self, query: &Query, hit: &Hit, text: &str) -> Vec<usize> {
        let (folded, _) = self.items.folded(hit.item).unwrap_or_default();
        query.positions_folded(text, folded)
    }

    /// What the selected result points at.
    pub fn selected_target(&self) -> Option<Target> {
        self.hits.get(self.selected).and_then(|h| self.target(h))
    }
}

#[cfg(test)]
mod tests {
    use fuzzy_matcher::FuzzyMatcher;
    use fuzzy_matcher::skim::SkimMatcherV2;

    use super::*;
    use crate::model::{Id, MapKind, Stage, Touchpoint};

    fn sample() -> Map {
        let mut map = Map::new("Shop", MapKind::CurrentState);
        map.stages.push(Stage {
            id: Id::new("st-buy"),
            name: "Purchase".into(),
            ..Stage::default()
        });
        map.touchpoints.push(
            Touchpoint {
                id: Id::new("tp-checkout"),
                stage: Id::new("st-buy"),
                name: "Checkout".into(),
                pain_points: vec!["Delivery cost shown too late".into()],
                ..Touchpoint::default()
            }
            .into(),
        );
        map.touchpoints.push(
            Touchpoint {
                id: Id::new("tp-dostawa"),
                stage: Id::new("st-buy"),
                name: "Dostawa zamówienia".into(),
                ..Touchpoint::default()
            }
            .into(),
        );
        map
    }

    /// The results as the matcher ranks them: every item's folded text
    /// through `fuzzy_indices` on a fresh matcher with the folded query,
    /// best first (a name, the text before the first " · ", that is the
    /// query, then one that starts with it, then by score), equal ranks in
    /// map order; with the characters of the item's text it highlights:
    /// those the matched folded characters come from.
    fn reference(query: &str, items: &Items, map: &Map) -> Vec<(Target, u8, i64, Vec<usize>)> {
        let query = fold::fold(query);
        let mut hits: Vec<(Target, u8, i64, Vec<usize>)> = items
            .iter(MapTexts::new(map, &[]))
            .filter_map(|item| {
                let (score, folded) = SkimMatcherV2::default()
                    .ignore_case()
                    .fuzzy_indices(&fold::fold(&item.text), &query)?;
                let from: Vec<usize> = (0..)
                    .zip(item.text.chars())
                    .flat_map(|(i, c)| {
                        std::iter::repeat_n(i, fold::fold(&c.to_string()).chars().count())
                    })
                    .collect();
                let mut positions: Vec<usize> = folded.iter().map(|&f| from[f]).collect();
                positions.dedup();
                let name = fold::fold(item.text.split(" · ").next().unwrap_or(""));
                let tier = if name.eq_ignore_ascii_case(&query) {
                    2
                } else if name.to_lowercase().starts_with(&query.to_lowercase()) {
                    1
                } else {
                    0
                };
                Some((item.target, tier, score, positions))
            })
            .collect();
        hits.sort_by_key(|h| (Reverse(h.1), Reverse(h.2)));
        hits
    }

    fn shown(finder: &Finder, map: &Map) -> Vec<(Target, u8, i64, Vec<usize>)> {
        finder
            .hits
            .iter()
            .filter_map(|hit| {
                let item = finder.item(hit, MapTexts::new(map, &[]))?;
                let Rank { tier, score } = hit.rank;
                let matched = finder.matched(hit, &item.text);
                Some((item.target, tier, i64::from(score), matched))
            })
            .collect()
    }

    /// The texts of a finder that is not over a map (a palette, links).
    fn no_map() -> Map {
        Map::new("", MapKind::CurrentState)
    }

    #[test]
    fn finds_items_by_fuzzy_text_with_matched_positions() {
        let mut finder = Finder {
            query: "chkout".into(),
            ..Finder::default()
        };
        let map = sample();
        finder.search_map(&map, &[]);
        let hit = finder.hits.first().copied();
        assert_eq!(finder.selected_target(), Some(Target::Touchpoint(0)));
        let item = hit.and_then(|h| finder.item(&h, MapTexts::new(&map, &[])));
        assert_eq!(item.as_ref().map(|i| &*i.text), Some("Checkout"));
        assert_eq!(
            hit.map(|h| finder.matched(&h, "Checkout")),
            Some(vec![0, 1, 4, 5, 6, 7])
        );
        finder.query = "late".into();
        finder.search_map(&sample(), &[]);
        assert_eq!(finder.selected_target(), Some(Target::PainPoint(0, 0)));
        finder.query = "zamów".into();
        finder.search_map(&sample(), &[]);
        assert_eq!(finder.selected_target(), Some(Target::Touchpoint(1)));
        finder.query = "zzzz".into();
        finder.search_map(&sample(), &[]);
        assert!(finder.hits.is_empty());
        assert_eq!(finder.selected_target(), None);
    }

    #[test]
    fn owners_are_found_and_shown_by_department_name_and_texts_come_from_the_map() {
        let department = |id: &str, name: &str| Department {
            id: Id::new(id),
            name: name.into(),
            ..Department::default()
        };
        let mut map = sample();
        map.departments.push(department("dp-sales", "Sales"));
        map.touchpoints[0].owner = "dp-sales".into();
        map.touchpoints[1].owner = "dp-support".into();
        map.touchpoints[1].doing = "Asks\nagain".into();
        let shared = [department("dp-support", "Customer support")];
        let texts = MapTexts::new(&map, &shared);
        let mut finder = Finder::over_map(&map, &shared);
        // A map's items keep only their folded texts.
        assert!(finder.items.texts.is_empty());
        for (query, target, text) in [
            ("sales", Target::Touchpoint(0), "Checkout · Sales"),
            (
                "customer support",
                Target::Touchpoint(1),
                "Dostawa zamówienia · Customer support · Asks again",
            ),
        ] {
            finder.query = query.to_owned();
            finder.search();
            assert_eq!(finder.selected_target(), Some(target), "query {query:?}");
            let hit = finder.hits.first().copied();
            let item = hit.and_then(|h| finder.item(&h, texts));
            assert_eq!(item.map(|i| i.text.into_owned()), Some(text.to_owned()));
        }
        // Ids are not searched.
        finder.query = "dp-sales".to_owned();
        finder.search();
        assert_eq!(finder.selected_target(), None);
    }

    #[test]
    fn typing_and_deleting_finds_what_the_matcher_finds() {
        let map = cjm_testdata::generate(300, 9);
        let items = map_items(&map, &[]);
        let mut typed = Finder::over_map(&map, &[]);
        let mut queries = Vec::new();
        for word in [
            "delivery d",
            "zwrot",
            "Доставка",
            "注文",
            "Refund STATUS",
            "st-",
            "e e",
        ] {
            for end in word.char_indices().map(|(i, c)| i + c.len_utf8()) {
                queries.push(&word[..end]);
            }
            // Back to two characters, as with Backspace, on to three, then
            // cleared.
            let end = |n| word.char_indices().nth(n).map_or(word.len(), |(i, _)| i);
            queries.extend([&word[..end(2)], &word[..end(3)], ""]);
        }
        for query in queries {
            typed.query = query.to_owned();
            typed.search();
            if query.is_empty() {
                let every: Vec<Target> = items.entries.iter().map(|e| e.target).collect();
                let listed: Vec<Target> =
                    typed.hits.iter().filter_map(|h| typed.target(h)).collect();
                assert_eq!(listed, every);
            } else {
                let expected = reference(query, &items, &map);
                assert_eq!(shown(&typed, &map), expected, "query {query:?}");
            }
        }
        typed.query = "deliv".into();
        typed.search();
        assert!(typed.hits.len() > 10, "a common word matches many items");
    }

    #[test]
    fn the_items_of_a_small_map_are_kept_and_those_of_a_large_one_are_not() {
        let small = cjm_testdata::generate(1_000, 2026);
        let large = cjm_testdata::generate(13_500, 2026);
        assert_eq!(item_count(&small), map_items(&small, &[]).len());
        assert_eq!(item_count(&large), map_items(&large, &[]).len());
        assert!(item_count(&large) > KEEP_AT_MOST);
        // Reopened over what it kept, the finder lists the same items.
        let finder = Finder::over_map(&small, &[]);
        let listed = |f: &Finder| -> Vec<(Target, String)> {
            f.hits
                .iter()
                .filter_map(|h| f.item(h, MapTexts::new(&small, &[])))
                .map(|i| (i.target, format!("{}: {}", i.kind, i.text)))
                .collect()
        };
        let before = listed(&finder);
        let kept = finder.into_kept().map(Finder::over_kept);
        assert_eq!(kept.as_ref().map(listed), Some(before));
        assert!(KeptItems::of_map(&small, &[]).is_some());
        assert!(Finder::over_map(&large, &[]).into_kept().is_none());
        assert!(KeptItems::of_map(&large, &[]).is_none());
        // A finder over links is not the map's.
        assert!(Finder::over_links(&[]).into_kept().is_none());
    }

    #[test]
    fn ranking_on_several_threads_equals_ranking_on_one() {
        let map = cjm_testdata::generate(2_000, 7);
        let items = map_items(&map, &[]);
        assert!(
            items.len() > PARALLEL_FROM,
            "the large map is ranked in parts"
        );
        for query in ["r", "re", "refund", "ż", "注", "zzz"] {
            let shared = rank(&items, 0..items.len(), query);
            let all: Vec<usize> = (0..items.len()).collect();
            let mut alone = rank_some(&items, &all, 0, &Query::new(query), None).0;
            alone.sort_unstable_by_key(|h| (Reverse(h.rank), h.item));
            assert_eq!(shared, alone, "query {query:?}");
        }
    }

    /// Typing a letter at a time goes on from what the letter before kept,
    /// on several threads for a large map: each part of the candidates
    /// with the matches kept for it.
    #[test]
    fn typing_on_several_threads_finds_what_a_fresh_search_finds() {
        let map = cjm_testdata::generate(2_000, 11);
        let mut typed = Finder::over_map(&map, &[]);
        let check = |typed: &mut Finder| {
            typed.search();
            let afresh = rank(&typed.items, 0..typed.items.len(), &typed.query);
            assert_eq!(typed.hits, afresh, "query {:?}", typed.query);
        };
        for query in ["refund status", "zażółć", "Ёлка доставка", "a e"] {
            typed.query.clear();
            for c in query.chars() {
                typed.query.push(c);
                check(&mut typed);
            }
            assert!(typed.keep.is_some(), "kept for the next letter");
            // Backspace, then letters again: one that folds to two ("ß"),
            // a combining mark, the same letter again.
            typed.query.pop();
            check(&mut typed);
            for c in ['ß', 'x', '\u{301}', 'e', 'e'] {
                typed.query.push(c);
                check(&mut typed);
            }
        }
        // Part of the next letter of a query with thousands of results
        // worked out ahead, with the matches kept along (nothing is kept
        // after Backspace), then a letter typed: the part kept is shared
        // out among the threads, the rest aligned afresh.
        typed.query = "a".to_owned();
        check(&mut typed);
        for c in ['X', 'e'] {
            typed.query.push(' ');
            check(&mut typed);
            typed.query.pop();
            check(&mut typed);
            assert!(typed.keep.is_none(), "nothing kept after Backspace");
            assert!(typed.work_ahead_from(300, 0), "part of it");
            typed.query.push(c);
            check(&mut typed);
            assert!(typed.keep.is_some(), "kept for the next letter");
            typed.query.pop();
        }
    }

    #[test]
    fn a_large_map_ranks_as_the_matcher_does() {
        let map = cjm_testdata::generate(1_000, 2026);
        let items = map_items(&map, &[]);
        let mut finder = Finder::over_map(&map, &[]);
        for query in [
            "r",
            "re",
            "ref",
            "refund status",
            "pay late",
            "o",
            "ja",
            "😊",
            "w",
            "ż",
        ] {
            finder.query = query.to_owned();
            finder.search();
            let expected = reference(query, &items, &map);
            assert_eq!(shown(&finder, &map), expected, "query {query:?}");
        }
    }

    /// A query edited as a person edits it: a character typed, Backspace,
    /// or the query cleared.
    #[derive(Clone, Debug)]
    enum Edit {
        Type(char),
        Backspace,
        Clear,
    }

    impl Edit {
        /// The query after the edit.
        fn apply(&self, query: &mut String) {
            match self {
                Edit::Type(c) => query.push(*c),
                Edit::Backspace => {
                    query.pop();
                }
                Edit::Clear => query.clear(),
            }
        }
    }

    fn edit() -> impl proptest::strategy::Strategy<Value = Edit> {
        use proptest::prelude::*;
        // Letters of the generated texts, in both cases, with accents
        // written as one character and as a letter and a combining mark,
        // letters that fold to two ("ß", "æ"), and ones that match nothing.
        let letters: Vec<char> = "eEaAoOdDsSrRtTlLżŻłŁéÉßæДдоа注文 -\u{301}\u{308}qxX7"
            .chars()
            .collect();
        prop_oneof![
            8 => proptest::sample::select(letters).prop_map(Edit::Type),
            3 => Just(Edit::Backspace),
            1 => Just(Edit::Clear),
        ]
    }

    /// The finder after each key, searching among the results of the
    /// queries before (narrowing on a longer query, cached results on a
    /// shorter one, the scores worked out ahead for the next letter),
    /// shows what a finder opened on the same query shows.
    #[test]
    fn narrowing_and_cached_results_equal_a_fresh_search() {
        use proptest::test_runner::{Config, TestRunner};
        let map = cjm_testdata::generate(120, 5);
        let mut runner = TestRunner::new(Config {
            cases: 40,
            ..Config::default()
        });
        // After each key, none, some or all of the next letter worked out
        // ahead (the scores for every longer query, or what ranking keeps
        // for the next letter), in pieces of some texts, as the keys come
        // faster or slower.
        let ahead = proptest::sample::select(vec![(0, 0), (7, 1), (7, 3), (usize::MAX, 1)]);
        let at_least = proptest::sample::select(vec![0, usize::MAX]);
        let edits = proptest::collection::vec((edit(), ahead, at_least), 1..40);
        let result = runner.run(&edits, |edits| {
            let mut typed = Finder::over_map(&map, &[]);
            for (edit, (texts, calls), at_least) in edits {
                edit.apply(&mut typed.query);
                typed.search();
                for _ in 0..calls {
                    typed.work_ahead_from(texts, at_least);
                }
                if texts == usize::MAX {
                    proptest::prop_assert!(!typed.wants_ahead_from(at_least));
                }
                let mut fresh = Finder::over_map(&map, &[]);
                fresh.query = typed.query.clone();
                fresh.search();
                proptest::prop_assert_eq!(
                    shown(&typed, &map),
                    shown(&fresh, &map),
                    "query {:?}",
                    typed.query
                );
            }
            Ok(())
        });
        if let Err(failure) = result {
            panic!("{failure}");
        }
    }

    /// A letter typed once the scores of the next letter are worked out is
    /// looked up, which keeps nothing for the letter after it; the work
    /// ahead keeps that along with the next table, and a letter that is
    /// not looked up goes on from it, also from the part kept before the
    /// key came. A capital is never looked up. Each shows what a finder
    /// opened on the query shows.
    #[test]
    fn a_letter_typed_after_the_work_ahead_is_looked_up() {
        let map = cjm_testdata::generate(120, 5);
        let mut typed = Finder::over_map(&map, &[]);
        let type_letter = |typed: &mut Finder, letter: char| {
            typed.query.push(letter);
            typed.search();
            let mut fresh = Finder::over_map(&map, &[]);
            fresh.query = typed.query.clone();
            fresh.search();
            assert!(!typed.hits.is_empty(), "{:?} finds something", typed.query);
            assert_eq!(shown(typed, &map), shown(&fresh, &map), "{:?}", typed.query);
        };
        // Every query's table, as a large map's queries have theirs.
        while typed.work_ahead_from(50, 0) {}
        type_letter(&mut typed, 'r');
        assert!(typed.keep.is_none(), "looked up");
        // A key before the table is done: ranked, going on from the part
        // kept so far and aligning the rest afresh.
        assert!(typed.work_ahead_from(5, 0), "not done");
        type_letter(&mut typed, 'e');
        assert!(typed.keep.is_some(), "ranked, keeping for the next letter");
        while typed.work_ahead_from(50, 0) {}
        type_letter(&mut typed, 'f');
        assert!(typed.keep.is_none(), "looked up");
        // The finished table brings what ranking keeps along.
        while typed.work_ahead_from(50, 0) {}
        assert!(typed.keep.is_some(), "kept with the table");
        type_letter(&mut typed, 'U');
        assert!(typed.keep.is_some(), "a capital is ranked, not looked up");
        // After Backspace, as for a query with fewer results than a table
        // needs: what ranking keeps, alone.
        type_letter(&mut typed, 'n');
        typed.query.pop();
        typed.search();
        assert!(typed.keep.is_none(), "nothing kept after Backspace");
        while typed.work_ahead_from(50, usize::MAX) {}
        assert!(typed.keep.is_some(), "kept for the next letter");
        type_letter(&mut typed, 'n');
    }

    /// The palette lists its actions once, as it opens, and every key
    /// typed after that searches that list (`search`): after each key it
    /// shows what a palette listing the actions for the same query shows.
    #[test]
    fn typing_in_the_palette_equals_listing_the_actions_for_the_query() {
        use proptest::prelude::*;
        use proptest::test_runner::{Config, TestRunner};
        let keymap = Keymap::default();
        let letters: Vec<char> = "saveSAVEundoredhlpqitgmęŚÉ –-".chars().collect();
        let edit = prop_oneof![
            8 => proptest::sample::select(letters).prop_map(Edit::Type),
            3 => Just(Edit::Backspace),
            1 => Just(Edit::Clear),
        ];
        let mut runner = TestRunner::new(Config {
            cases: 60,
            ..Config::default()
        });
        let no_map = no_map();
        let result = runner.run(&proptest::collection::vec(edit, 1..30), |edits| {
            let mut typed = Finder::default();
            typed.search_actions(&keymap);
            for edit in edits {
                edit.apply(&mut typed.query);
                typed.selected = 0;
                typed.search();
                let mut fresh = Finder {
                    query: typed.query.clone(),
                    ..Finder::default()
                };
                fresh.search_actions(&keymap);
                prop_assert_eq!(&typed.hits, &fresh.hits, "query {:?}", typed.query);
                let texts = |finder: &Finder| -> Vec<String> {
                    let map = MapTexts::new(&no_map, &[]);
                    let items = finder.hits.iter().filter_map(|h| finder.item(h, map));
                    items.map(|i| i.text.into_owned()).collect()
                };
                prop_assert_eq!(texts(&typed), texts(&fresh));
                prop_assert_eq!(typed.selected_target(), fresh.selected_target());
            }
            Ok(())
        });
        if let Err(failure) = result {
            panic!("{failure}");
        }
    }

    proptest::proptest! {
        /// Laying the hits out by counting ranks orders them as sorting
        /// does: best first, equal ranks in the items' order; ranks spread
        /// wide (times 1,000) take the comparison sort.
        #[test]
        fn counting_orders_hits_as_sorting_them(
            ranks in proptest::collection::vec((0u8..3, -40i32..40, 1usize..4), 0..3_000),
            spread in proptest::sample::select(vec![1, 1_000]),
            extreme in proptest::bool::weighted(0.1),
        ) {
            // Items with gaps between them, as after narrowing; scores of
            // the ends of the range now and then.
            let mut item = 0;
            let mut hits: Vec<Hit> = ranks
                .iter()
                .map(|&(tier, score, gap)| {
                    item += gap;
                    Hit { item, rank: Rank { tier, score: score * spread } }
                })
                .collect();
            if extreme && let [first, .., last] = hits.as_mut_slice() {
                first.rank.score = i32::MIN;
                last.rank.score = i32::MAX;
            }
            let mut counted = vec![Hit { item: 9, rank: Rank { tier: 0, score: 0 } }];
            best_first(&hits, &mut counted);
            let mut sorted = hits;
            sorted.sort_unstable_by_key(|h| (Reverse(h.rank), h.item));
            proptest::prop_assert_eq!(counted, sorted);
        }
    }

    /// A workshop's map in Polish, Russian and Swedish, the item the tests
    /// look for after others with the same letters scattered about.
    fn multilingual() -> Map {
        let mut map = Map::new("Warsztat", MapKind::CurrentState);
        for name in ["Zgłoszenie · Lista oczekujących", "Świadomość potrzeby"] {
            map.stages.push(Stage {
                id: Id::new(format!("st-{}", map.stages.len())),
                name: name.into(),
                customer_goal: "Wie, że czegoś szuka".into(),
                ..Stage::default()
            });
        }
        let touchpoints = [
            ("Zgłoszenie online", "Zapisuje los w loterii tygodniowej"),
            ("Żółty list", "Dostaje awizo"),
            (
                "Заказ в приложении",
                "Переносит заказ в корзину, потом отменяет",
            ),
            ("Перенос номера", "Переносит номер к другому оператору"),
            ("Ёлка у входа", "Фотографирует ёлку"),
            ("Väntar på bussen", "Åker hela vägen till platsen"),
            ("Väntar vid hållplatsen", "Tittar på tidtabellen"),
            ("Åsa ringer kundtjänst", "Frågar om ärendet"),
            ("Großes Paket", "Trägt es über die Straße"),
        ];
        for (n, (name, doing)) in touchpoints.into_iter().enumerate() {
            map.touchpoints.push(
                Touchpoint {
                    id: Id::new(format!("tp-{n}")),
                    stage: Id::new("st-0"),
                    name: name.into(),
                    doing: doing.into(),
                    ..Touchpoint::default()
                }
                .into(),
            );
        }
        map
    }

    #[test]
    fn the_finder_folds_accents_and_case() {
        let map = multilingual();
        let mut finder = Finder::over_map(&map, &[]);
        for (query, target, highlighted) in [
            ("zolty", Target::Touchpoint(1), "Żółty"),
            ("ŻÓŁTY", Target::Touchpoint(1), "Żółty"),
            ("zolty list", Target::Touchpoint(1), "Żółty list"),
            ("swiadomosc", Target::Stage(1), "Świadomość"),
            ("ŚWIADOMOŚĆ", Target::Stage(1), "Świadomość"),
            ("перенос", Target::Touchpoint(3), "Перенос"),
            ("ПЕРЕНОС Н", Target::Touchpoint(3), "Перенос н"),
            ("perenos", Target::Touchpoint(3), "Перенос"),
            ("елка", Target::Touchpoint(4), "Ёлка"),
            ("ЁЛКА", Target::Touchpoint(4), "Ёлка"),
            ("hallplats", Target::Touchpoint(6), "hållplats"),
            ("vantar vid", Target::Touchpoint(6), "Väntar vid"),
            ("asa", Target::Touchpoint(7), "Åsa"),
            ("Åsa", Target::Touchpoint(7), "Åsa"),
            ("ÅSA RINGER", Target::Touchpoint(7), "Åsa ringer"),
            ("grosses", Target::Touchpoint(8), "Großes"),
        ] {
            finder.query = query.to_owned();
            finder.search();
            let first = finder.hits.first().copied();
            assert_eq!(
                first.and_then(|h| finder.target(&h)),
                Some(target),
                "query {query:?}"
            );
            let Some((hit, item)) =
                first.and_then(|h| Some((h, finder.item(&h, MapTexts::new(&map, &[]))?)))
            else {
                continue;
            };
            let matched = finder.matched(&hit, &item.text);
            let shown: String = (0..)
                .zip(item.text.chars())
                .filter(|(i, _)| matched.contains(i))
                .map(|(_, c)| c)
                .collect();
            assert_eq!(shown, highlighted, "query {query:?}");
        }
        // Typing and deleting finds the same as searching afresh.
        for query in ["z", "zo", "zol", "zo", "zoł", "zołt", ""] {
            finder.query = query.to_owned();
            finder.search();
            let afresh = rank(&finder.items, 0..finder.items.len(), query);
            assert_eq!(finder.hits, afresh, "query {query:?}");
        }
    }

    #[test]
    fn the_palette_folds_accents_and_case_and_puts_the_exact_name_first() {
        let keymap = Keymap::default();
        let mut palette = Finder::default();
        for (query, action) in [
            ("ŚAVE", Action::Save),
            ("save", Action::Save),
            ("save-", Action::SaveAs),
            ("Ündo", Action::Undo),
            ("rédo", Action::Redo),
            ("HÉLP", Action::Help),
        ] {
            palette.query = query.to_owned();
            palette.search_actions(&keymap);
            assert_eq!(
                palette.selected_target(),
                Some(Target::Action(action)),
                "query {query:?}"
            );
        }
        let mut steps = Finder::over_steps(&crate::tui::guide::Step::sequence(false));
        steps.query = "TÁRGET".to_owned();
        steps.search_steps();
        let no_map = no_map();
        let selected = steps.hits.get(steps.selected);
        let text = selected.and_then(|h| steps.item(h, MapTexts::new(&no_map, &[])));
        assert_eq!(text.map(|i| i.text), Some(Cow::Borrowed("Target group")));
    }

    #[test]
    fn the_palette_lists_every_action_and_matches_names() {
        let keymap = Keymap::default();
        let mut palette = Finder::default();
        palette.search_actions(&keymap);
        // Every action offered in the palette, and every interface language.
        let languages = <crate::i18n::Lang as strum::VariantArray>::VARIANTS.len();
        let offered = Action::ALL.iter().filter(|a| a.in_palette()).count();
        assert_eq!(palette.hits.len(), offered + languages);
        palette.query = "polski".into();
        palette.search_actions(&keymap);
        assert_eq!(
            palette.selected_target(),
            Some(Target::Language(crate::i18n::Lang::Pl))
        );
        palette.query = "redo".into();
        palette.search_actions(&keymap);
        assert_eq!(
            palette.selected_target(),
            Some(Target::Action(Action::Redo))
        );
        let no_map = no_map();
        let selected = palette.hits.get(palette.selected);
        let item = selected.and_then(|h| palette.item(h, MapTexts::new(&no_map, &[])));
        assert_eq!(item.map(|i| i.kind), Some("Ctrl-r"));
    }
}
