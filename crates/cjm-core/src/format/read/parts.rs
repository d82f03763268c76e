//! Reading a large map on several threads at once.
//!
//! Most of a large map's text is the tables of its item lists
//! (`[[touchpoints]]` and the others), and each is read on its own. So a
//! text of 128 KiB or more is cut into parts at such headers, up to four
//! parts per core. The calling thread reads the first part (with the top
//! level), while helper threads take the later parts one after another
//! from a shared queue, and the calling thread joins them there once the
//! first part is done. The items of the later parts are then appended to
//! the first part's, in file order, with their recorded positions moved
//! to where their part starts.
//!
//! Each part is read as a text of its own, which is only right when no
//! part depends on another. So a cut is made only at a header line of an
//! item list with no comment above it (comments above a header belong to
//! that header's item), and then each of these is checked:
//! - every part is valid TOML (a cut inside a multi-line string leaves the
//!   part before it with an unclosed string);
//! - a later part holds nothing but tables of item lists (no `[goal]`, no
//!   `[stages.sub]` that would extend a table of an earlier part, no
//!   `[[conflicts]]`);
//! - the first part writes those lists as `[[list]]` tables too, if at
//!   all (not inline, which a later `[[list]]` could not extend);
//! - no part but the last ends with comments below its last table (they
//!   would belong to the next part's first item);
//! - no part has any problem at all.
//!
//! When any check fails, the text is read again at once on one thread, so
//! a map with problems gets exactly the messages (item numbers, lines)
//! that reading it whole gives. A valid map is read once, unless it has
//! `[[conflicts]]` (left by a merge) before its last part, or writes its
//! lists in another order or form than cjm does: those are found only
//! when the parts have been read, and then read again at once. A map
//! whose last part has `[[conflicts]]`, where cjm writes them, is read at
//! once from the start.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread;

use super::syntax::{Document, Item};
use super::{Items, LISTS, Reader, SourceMap, parse_and_read};
use crate::model::Map;

/// The share of the text each part is aimed at, at least (about 100
/// touchpoints): a text of less than two shares is read at once, as
/// starting a thread would cost about what it saves. (A part ends at the
/// first header after its share, so it may be shorter when the next
/// part's share began before that header.)
pub(super) const MIN_PART: usize = 64 * 1024;

/// How many parts a text is cut into for each core, so that a thread
/// that starts late leaves its parts to the others.
const PARTS_PER_CORE: usize = 4;

/// The most parts a text is cut into, however many cores there are.
pub(super) const MAX_PARTS: usize = 64;

/// What a later part of the text gave: its items and their positions, as
/// if the part were the whole text.
pub(super) struct Part {
    pub(super) items: Items,
    pub(super) spans: SourceMap,
    /// Where the part starts in the whole text.
    pub(super) start: usize,
    /// The comments after its last table.
    pub(super) trailing: Vec<String>,
    /// The item lists it has tables of (keys of [`LISTS`]).
    pub(super) lists: Vec<&'static str>,
}

/// Reads `source` in parts on several threads, when it is large enough
/// and the machine has more than one core; `None` when it was not, or
/// when the parts could not stand for the whole (see the module's
/// documentation): the caller then reads the text at once.
pub(super) fn read(source: &str, positions: bool) -> Option<(Reader, Option<Map>)> {
    let helpers = cores().saturating_sub(1);
    if helpers == 0 {
        return None;
    }
    let cuts = cuts(source, (helpers + 1) * PARTS_PER_CORE, MIN_PART);
    // Unresolved conflicts of a merge, written at the end, are read with
    // the top level: the last part with them could not stand alone.
    let last = cuts.last().and_then(|&start| source.get(start..))?;
    if has_conflicts(last.as_bytes()) {
        return None;
    }
    read_in(source, positions, &cuts, helpers)
}

use crate::cores;

/// Whether `text` (a part, or the end of a file) has a `[[conflicts]]`
/// table, where a merge leaves its unresolved conflicts: a header at the
/// start of a line, or at the very start of `text`, whose line break may
/// lie just before it (taking text within a line for a header only costs
/// reading the map at once).
pub(super) fn has_conflicts(text: &[u8]) -> bool {
    text.starts_with(b"[[conflicts]]") || memchr::memmem::find(text, b"\n[[conflicts]]").is_some()
}

/// Reads `source` cut at `cuts` (where the later parts start, in
/// order), with up to `helpers` threads besides this one.
///
/// This thread reads the first part, while the helpers take the later
/// parts one after another from a shared queue; then this thread takes
/// what is left of the queue too. A helper's thread may start late (a
/// sleeping core can take milliseconds to wake), and then this thread
/// simply reads more of the parts, so that a late helper costs little.
fn read_in(
    source: &str,
    positions: bool,
    cuts: &[usize],
    helpers: usize,
) -> Option<(Reader, Option<Map>)> {
    let first_end = *cuts.first()?;
    let texts = cuts
        .iter()
        .enumerate()
        .map(|(i, &start)| {
            let end = cuts.get(i + 1).copied().unwrap_or(source.len());
            Some((start, source.get(start..end)?))
        })
        .collect::<Option<Vec<_>>>()?;
    let queue = Queue::default();
    let (first, done) = on_helpers(
        helpers.min(texts.len()),
        || queue.work(&texts, positions),
        || queue.fail(),
        || {
            // Comments below the first part's last table would belong to
            // the next part's first item.
            let first = source
                .get(..first_end)
                .and_then(|text| read_first(text, positions))
                .filter(|(_, doc)| doc.trailing_comments().next().is_none());
            if first.is_none() {
                queue.fail();
            }
            first
        },
    );
    let mut done: Vec<(usize, Part)> = done.into_iter().flatten().collect();
    if queue.failed() || done.len() != texts.len() {
        return None;
    }
    done.sort_unstable_by_key(|(i, _)| *i);
    let parts: Vec<Part> = done.into_iter().map(|(_, part)| part).collect();
    // And so would those below a later part's, but the last.
    if parts
        .iter()
        .rev()
        .skip(1)
        .any(|part| !part.trailing.is_empty())
    {
        return None;
    }
    let (mut reader, mut doc) = first?;
    if !extendable(
        &doc,
        parts.iter().flat_map(|part| part.lists.iter().copied()),
    ) {
        return None;
    }
    let root = std::mem::take(&mut doc.root);
    let map = reader.map(&root, &doc, parts);
    reader.diagnostics.is_empty().then_some((reader, map))
}

/// Runs `here` and then `work` on this thread, while up to `helpers`
/// threads of their own run `work` too; gives back what `here` gave and
/// what each `work` gave. A helper that cannot be started leaves its share
/// to the others. A panic is a bug: `fail` is called at once, so that the
/// other threads stop, and the panic goes on on this thread.
pub(super) fn on_helpers<T: Send, R>(
    helpers: usize,
    work: impl Fn() -> T + Sync,
    fail: impl Fn() + Sync,
    here: impl FnOnce() -> R,
) -> (R, Vec<T>) {
    /// Calls its function when dropped in a panic.
    struct OnPanic<F: Fn()>(F);
    impl<F: Fn()> Drop for OnPanic<F> {
        fn drop(&mut self) {
            if thread::panicking() {
                (self.0)();
            }
        }
    }
    thread::scope(|scope| {
        let _fail = OnPanic(&fail);
        let helper = || {
            let _fail = OnPanic(&fail);
            work()
        };
        let helpers: Vec<_> = (0..helpers)
            .filter_map(|_| {
                thread::Builder::new()
                    .name("cjm-read".to_owned())
                    .spawn_scoped(scope, helper)
                    .ok()
            })
            .collect();
        let here = here();
        let mut done = vec![work()];
        for helper in helpers {
            match helper.join() {
                Ok(more) => done.push(more),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        (here, done)
    })
}

/// Whether the first part, `doc`, leaves the later parts' tables of
/// `lists` (keys of [`LISTS`]) to extend its own: it has none of a list,
/// or writes it as `[[list]]` tables too (not inline, nor as a table of
/// that name, which a later `[[list]]` could not extend).
pub(super) fn extendable<'a>(doc: &Document, mut lists: impl Iterator<Item = &'a str>) -> bool {
    lists.all(|key| match doc.root.get(key) {
        None => true,
        Some(entry) => matches!(entry.item, Item::ArrayOfTables(_)),
    })
}

/// The later parts still to read, shared by the threads reading them.
#[derive(Default)]
struct Queue {
    /// The number of the next part to take.
    next: AtomicUsize,
    /// Whether a part could not be read in parts (the others then stop).
    failed: AtomicBool,
}

impl Queue {
    /// Takes and reads parts of `texts` (start, text) until none are left
    /// or one fails; gives back those read, by number.
    fn work(&self, texts: &[(usize, &str)], positions: bool) -> Vec<(usize, Part)> {
        let mut done = Vec::new();
        while !self.failed() {
            let i = self.next.fetch_add(1, Ordering::Relaxed);
            let Some(&(start, text)) = texts.get(i) else {
                break;
            };
            match read_part(text, start, positions) {
                Some(part) => done.push((i, part)),
                None => self.fail(),
            }
        }
        done
    }

    fn fail(&self) {
        self.failed.store(true, Ordering::Relaxed);
    }

    fn failed(&self) -> bool {
        self.failed.load(Ordering::Relaxed)
    }
}

/// Reads the first part as far as its top level: the tables handed over
/// while parsing are read, the rest is left in the document for
/// [`Reader::map`]. `None` when it has a problem.
pub(super) fn read_first(text: &str, positions: bool) -> Option<(Reader, Document<'_>)> {
    let (reader, parsed) = parse_and_read(text, positions);
    let doc = parsed.ok()?;
    reader.diagnostics.is_empty().then_some((reader, doc))
}

/// Reads a later part, which starts at `start` of the whole text. `None`
/// when it has a problem or holds anything but tables of item lists.
pub(super) fn read_part(text: &str, start: usize, positions: bool) -> Option<Part> {
    let (mut reader, parsed) = parse_and_read(text, positions);
    let doc = parsed.ok()?;
    let mut lists = Vec::new();
    for entry in &doc.root.entries {
        let Item::ArrayOfTables(tables) = &entry.item else {
            return None;
        };
        let key = *LISTS.iter().find(|key| **key == entry.key)?;
        lists.push(key);
        for table in tables {
            reader.item(&doc.comments, key, table, true);
        }
    }
    if !reader.diagnostics.is_empty() {
        return None;
    }
    Some(Part {
        items: reader.items,
        spans: reader.spans,
        start,
        trailing: doc.trailing_comments().map(str::to_owned).collect(),
        lists,
    })
}

impl Reader {
    /// Appends the items of `part` after those read so far, and their
    /// positions; gives back the part's trailing comments.
    pub(super) fn append(&mut self, part: Part) -> Vec<String> {
        let first = self.items.lengths();
        self.spans.append(part.spans, part.start, &first);
        self.items.append(part.items);
        part.trailing
    }
}

impl Items {
    /// Appends `other`'s items to these, section by section.
    pub(super) fn append(&mut self, mut other: Items) {
        self.personas.append(&mut other.personas);
        self.departments.append(&mut other.departments);
        self.team.append(&mut other.team);
        self.stages.append(&mut other.stages);
        self.touchpoints.append(&mut other.touchpoints);
        self.opportunities.append(&mut other.opportunities);
        self.metrics.append(&mut other.metrics);
    }
}

/// Where to cut `source` into at most `parts` parts of at least
/// `min_part` bytes: the starts of the later parts, each at the first
/// header of an item list (with no comment above it) from an even share
/// of the text on. Fewer when there are not enough such headers.
fn cuts(source: &str, parts: usize, min_part: usize) -> Vec<usize> {
    let parts = parts.min(MAX_PARTS).min(source.len() / min_part.max(1));
    let mut cuts = Vec::new();
    let mut from = 0;
    for k in 1..parts {
        let aim = source.len() / parts * k;
        let Some(at) = header_from(source.as_bytes(), aim.max(from)) else {
            break;
        };
        cuts.push(at);
        from = at + 1;
    }
    cuts
}

/// Where the first line at or after byte `from` that is a header of an
/// item list (`[[touchpoints]]`), with no comment above it, starts. (The
/// text is taken as bytes, so that a text read in pieces can be searched
/// before it is known to be whole characters: every byte looked at is
/// ASCII.)
pub(super) fn header_from(source: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    loop {
        let newline = at + memchr::memchr(b'\n', source.get(at..)?)?;
        let line = newline + 1;
        at = line;
        if source.get(line..line + 2) != Some(b"[[") {
            continue;
        }
        let end = memchr::memchr(b'\n', &source[line..]).map_or(source.len(), |n| line + n);
        let mut text = &source[line..end];
        while let Some(before) = text.strip_suffix(b"\r") {
            text = before;
        }
        let list = text
            .strip_prefix(b"[[")
            .and_then(|t| t.strip_suffix(b"]]"))
            .is_some_and(|key| LISTS.iter().any(|list| list.as_bytes() == key));
        if list && !comment_above(source, newline) {
            return Some(line);
        }
    }
}

/// Whether the last line with anything on it before the line break at
/// `newline` is a comment (or there is no such line).
fn comment_above(source: &[u8], newline: usize) -> bool {
    let mut end = newline;
    loop {
        let Some(before) = source.get(..end) else {
            return true;
        };
        let start = memchr::memrchr(b'\n', before).map_or(0, |n| n + 1);
        let line = before[start..].trim_ascii();
        if !line.is_empty() {
            return line.starts_with(b"#");
        }
        if start == 0 {
            return true;
        }
        end = start - 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::read::read_at_once;

    /// Reads `source` cut at `cuts`, and at once: the two must agree.
    /// Whether it was read in parts.
    fn same_as_at_once(source: &str, cuts: &[usize]) -> bool {
        let mut in_parts = false;
        // With and without positions, on this thread alone and with helpers.
        for (positions, helpers) in [(false, 1), (true, 2), (false, 0)] {
            let whole = read_at_once(source, positions).ok();
            let parts = read_in(source, positions, cuts, helpers);
            if let Some((reader, map)) = parts {
                in_parts = true;
                let (whole_reader, whole_map) = whole.expect("the whole text reads");
                assert!(
                    whole_reader.diagnostics.is_empty(),
                    "the whole text has problems"
                );
                assert_eq!(map, whole_map, "the map read in parts differs");
                let (mut a, mut b) = (reader.spans, whole_reader.spans);
                a.finish();
                b.finish();
                assert_eq!(a, b, "the positions read in parts differ");
            }
        }
        in_parts
    }

    fn map(touchpoints: usize) -> String {
        cjm_testdata::generate_toml(touchpoints, 7)
    }

    #[test]
    fn a_generated_map_read_in_parts_is_the_map_read_at_once() {
        let source = map(300);
        for parts in 2..=5 {
            let at = cuts(&source, parts, 1);
            assert_eq!(at.len(), parts - 1, "{parts} parts");
            assert!(same_as_at_once(&source, &at), "read in {parts} parts");
        }
        // Lines that end in CR LF, as on Windows.
        let source = source.replace('\n', "\r\n");
        let at = cuts(&source, 3, 1);
        assert_eq!(at.len(), 2);
        assert!(same_as_at_once(&source, &at), "CR LF read in parts");
    }

    #[test]
    fn cuts_are_at_item_list_headers_and_spread_over_the_text() {
        let source = map(300);
        let at = cuts(&source, 4, 1);
        assert_eq!(at.len(), 3);
        for (k, cut) in at.iter().enumerate() {
            assert!(
                source[*cut..].starts_with("[["),
                "{:?}",
                &source[*cut..*cut + 20]
            );
            assert!(*cut >= source.len() / 4 * (k + 1));
        }
        assert!(
            cuts(&source, 4, source.len()).is_empty(),
            "too small to cut"
        );
        assert!(cuts(&source, 1, 1).is_empty(), "one core");
    }

    #[test]
    fn no_cut_below_a_comment() {
        let source =
            "schema = 2\ntitle = \"t\"\n# above b\n\n[[stages]]\nid = \"b\"\nname = \"B\"\n";
        assert_eq!(header_from(source.as_bytes(), 0), None);
        let source = source.replace("# above b", "owner = \"o\"");
        assert_eq!(header_from(source.as_bytes(), 0), source.find("[[stages]]"));
    }

    /// A valid map whose tables a cut could get wrong: the text is what
    /// `body` gives between a top level and the cut, the part after the
    /// cut being `after`.
    fn cut_text(before: &str, after: &str) -> (String, usize) {
        let head = "schema = 2\ntitle = \"Cut\"\nkind = \"current-state\"\n\n";
        let source = format!("{head}{before}\n{after}");
        let cut = head.len() + before.len() + 1;
        (source, cut)
    }

    const STAGE_A: &str = "[[stages]]\nid = \"st-a\"\nname = \"A\"\n";
    const STAGE_B: &str = "[[stages]]\nid = \"st-b\"\nname = \"B\"\n";

    #[test]
    fn a_plain_cut_reads_in_parts() {
        let (source, cut) = cut_text(STAGE_A, STAGE_B);
        assert!(same_as_at_once(&source, &[cut]));
        let (source, cut) = cut_text(STAGE_A, &format!("{STAGE_B}# the end\n"));
        assert!(
            same_as_at_once(&source, &[cut]),
            "trailing comments of the last part"
        );
    }

    #[test]
    fn a_cut_that_cannot_stand_for_the_whole_reads_the_text_at_once() {
        let cases = [
            // Inside a multi-line string.
            (
                "[[stages]]\nid = \"st-a\"\nname = \"A\"\ndescription = \"\"\"\n",
                "[[stages]]\n\"\"\"\n",
            ),
            // Comments above the cut header belong to its item.
            (&*format!("{STAGE_A}# about B\n"), STAGE_B),
            // A later part extends a table of the first.
            (STAGE_A, "[stages.extra]\nx = 1\n"),
            (STAGE_A, &*format!("{STAGE_B}[goal]\nstatement = \"g\"\n")),
            // The first part wrote the list inline.
            ("stages = [{ id = \"st-a\", name = \"A\" }]\n", STAGE_B),
            // The first part has no such list, but a table of that name.
            ("[stages]\nx = 1\n", STAGE_B),
            // A problem in a later part (its item number would be wrong).
            (STAGE_A, "[[stages]]\nid = \"st-b\"\nname = 3\n"),
            (
                STAGE_A,
                "[[stages]]\nid = \"st-b\"\nname = \"B\"\nnmae = \"x\"\n",
            ),
        ];
        for (before, after) in cases {
            let (source, cut) = cut_text(before, after);
            for positions in [false, true] {
                assert!(
                    read_in(&source, positions, &[cut], 1).is_none(),
                    "read in parts:\n{source}"
                );
            }
            // And the whole read says what it always said.
            assert!(!same_as_at_once(&source, &[cut]));
        }
    }

    #[test]
    fn comments_at_the_end_of_a_middle_part_read_the_text_at_once() {
        let (source, cut) = cut_text(STAGE_A, &format!("{STAGE_B}# about C\n"));
        let source = format!("{source}[[stages]]\nid = \"st-c\"\nname = \"C\"\n");
        let third = source.rfind("[[stages]]").unwrap_or(0);
        assert!(read_in(&source, false, &[cut, third], 1).is_none());
        assert!(!same_as_at_once(&source, &[cut, third]));
        assert!(
            same_as_at_once(&source, &[cut]),
            "the comment is above C's item"
        );
    }

    #[test]
    fn tables_under_an_items_header_stay_with_their_item() {
        let touchpoint = |id: &str, note: &str| {
            format!(
                "[[touchpoints]]\nid = \"{id}\"\nstage = \"st-a\"\nname = \"{id}\"\n\n\
                 [[touchpoints.evidence]]\nsource = \"survey\"\nnote = \"{note}\"\n\n\
                 [[touchpoints.evidence]]\nsource = \"interview\"\nnote = \"{note} 2\"\n"
            )
        };
        let before = format!("{STAGE_A}\n{}", touchpoint("tp-a", "first"));
        let (source, cut) = cut_text(&before, &touchpoint("tp-b", "second"));
        assert!(same_as_at_once(&source, &[cut]), "read in parts:\n{source}");
        let (_, map) = read_in(&source, false, &[cut], 1).expect("read in parts");
        let map = map.expect("a map");
        let notes: Vec<_> = map
            .touchpoints
            .iter()
            .map(|t| {
                t.evidence
                    .iter()
                    .map(|e| e.note.clone())
                    .collect::<Vec<_>>()
            })
            .collect();
        assert_eq!(notes, [["first", "first 2"], ["second", "second 2"]]);
    }

    #[test]
    fn unresolved_conflicts_are_read_with_the_top_level() {
        let conflict = "[[conflicts]]\nitem = \"tp-x\"\n";
        let (source, cut) = cut_text(STAGE_A, &format!("{STAGE_B}\n{conflict}"));
        // Cut before them, the part with them cannot stand alone ...
        assert!(read_in(&source, false, &[cut], 1).is_none());
        // ... so a text whose last part has them is not cut at all.
        let mut large = map(300);
        large.push_str(&format!("\n{conflict}"));
        if cores() > 1 {
            assert!(read(&large, false).is_none());
            assert!(read(&map(300), false).is_some());
        }
    }

    #[test]
    fn a_map_read_in_parts_through_parse_is_the_map_read_at_once() {
        // Large enough for `parse` itself to cut it on a machine with
        // more than one core.
        let source = map(1_000);
        let whole = read_at_once(&source, false).ok().and_then(|(_, map)| map);
        assert_eq!(crate::format::parse(&source).ok(), whole);
        if cores() > 1 {
            assert!(read(&source, false).is_some(), "read in parts");
        }
    }

    /// Every map and test file of the project, cut at each header in
    /// turn and at every other one: reading in parts gives what reading
    /// at once does, or leaves it to reading at once.
    #[test]
    fn the_projects_maps_read_the_same_cut_anywhere() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut files = Vec::new();
        let mut dirs = vec![root.join("maps"), root.join("tests")];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir)
                .expect("a readable folder")
                .flatten()
            {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "toml") {
                    files.push(path);
                }
            }
        }
        assert!(files.len() > 20, "{} files", files.len());
        let mut in_parts = 0;
        for path in files {
            let Ok(source) = std::fs::read_to_string(&path) else {
                continue;
            };
            let starts: Vec<usize> = source.match_indices("\n[").map(|(at, _)| at + 1).collect();
            // Ten headers spread over the file, each alone.
            for &at in starts.iter().step_by(starts.len().div_ceil(10).max(1)) {
                in_parts += usize::from(same_as_at_once(&source, &[at]));
            }
            let every_other: Vec<usize> = starts.iter().copied().step_by(2).collect();
            if !every_other.is_empty() {
                same_as_at_once(&source, &every_other);
            }
        }
        assert!(in_parts > 100, "{in_parts} cuts read in parts");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]

        /// Comments and blank lines anywhere between lines, cut into any
        /// number of parts where [`cuts`] would, or at any header at all:
        /// reading in parts gives what reading at once does, or leaves it
        /// to reading at once.
        #[test]
        fn comments_anywhere_read_the_same(
            seed in 0u64..1_000,
            parts in 2usize..6,
            marks in proptest::collection::vec((0usize..10_000, 0u8..3), 0..12),
            headers in proptest::collection::vec(0usize..10_000, 1..4),
        ) {
            let source = cjm_testdata::generate_toml(40, seed);
            let mut lines: Vec<String> = source.lines().map(str::to_owned).collect();
            for (at, what) in marks {
                let at = at % (lines.len() + 1);
                let line = match what {
                    0 => "# a note".to_owned(),
                    1 => String::new(),
                    _ => "   ".to_owned(),
                };
                lines.insert(at, line);
            }
            let source = lines.join("\n") + "\n";
            // Where `cuts` cuts, a valid text is always read in parts.
            let valid = read_at_once(&source, false)
                .is_ok_and(|(reader, map)| reader.diagnostics.is_empty() && map.is_some());
            proptest::prop_assert_eq!(same_as_at_once(&source, &cuts(&source, parts, 1)), valid);
            // Any header, of a list's table or not, with comments above or not.
            let starts: Vec<usize> = source
                .match_indices("\n[")
                .map(|(at, _)| at + 1)
                .collect();
            let mut at: Vec<usize> = headers.iter().map(|h| starts[h % starts.len()]).collect();
            at.sort_unstable();
            at.dedup();
            same_as_at_once(&source, &at);
        }
    }
}
