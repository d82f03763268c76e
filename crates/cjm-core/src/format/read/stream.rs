//! Reading a large map file in parts as it comes off the disk, so that its
//! whole text is never in memory at once: for a report that names lines
//! (`cjm check`), which keeps the line of each item and field but not the
//! text, and for the app, which keeps the fingerprint of the bytes read
//! (to notice later changes on disk). Reading the file and reading the map
//! then go on side by side, rather than one after the other, and the few
//! buffers the parts are read into serve the whole file.
//!
//! The file is read a piece at a time and cut where [`super::parts`] would
//! cut a text held whole: at the header of an item list's table with no
//! comment above it. Each part is read as soon as it is cut (on one of
//! several threads, like the parts of a whole text), its positions are
//! made lines (when they are kept) and its text is dropped, its bytes
//! having gone into the fingerprint first (when that is kept); only the
//! first part's text, with the top level, is kept until the end. So the
//! peak is the map and a few parts, not the map and the file (at 10,000
//! touchpoints the text was a quarter of the peak).
//!
//! Only a valid map is read this way, and only when its parts can stand
//! for the whole (see [`super::parts`]): for anything else (a problem, a
//! part that would not stand alone, a file that is not UTF-8 or grew past
//! the limit, unresolved conflicts) this gives up, and the caller reads
//! the file whole, which tells exactly what reading it whole always told.
//! Unresolved conflicts where a merge leaves them, at the end, are seen
//! before any part is read; a map with a problem is found only once its
//! parts are read, so it costs one reading more than before: `cjm check`
//! then reads it whole with positions, the app reads it whole without and
//! then with them.

use std::fs::File;
use std::io::Read;
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use super::parts::{self, MAX_PARTS, MIN_PART, Part};
use super::{Items, SECTION_COUNT, SECTIONS, SourceLines, SourceMap, slot};
use crate::format::input::open_regular;
use crate::format::{Fingerprint, Fingerprinter};
use crate::model::{Map, Section};

/// The least a part is aimed at: about 200 touchpoints. Smaller parts
/// would keep less text in memory, but each costs a little to set up and
/// to join; a part per share of [`MAX_PARTS`] is aimed at when that is
/// more.
const PART: usize = 128 * 1024;

/// How much is read from the file at a time while looking for a cut.
const STEP: usize = 64 * 1024;

/// Reads the map at `path`, at most `limit` bytes, a part at a time, with
/// the line of each item and field; `None` when it is too small to be
/// worth cutting or could not be read this way (see the module's
/// documentation): the caller then reads it whole.
pub(super) fn read_file(path: &Path, limit: u64) -> Option<(Map, SourceLines)> {
    let read = read_path(path, limit, Keep::Lines)?;
    Some((read.map, read.lines?))
}

/// Like [`read_file`], with the fingerprint of the bytes read instead of
/// the lines.
pub(super) fn read_file_fingerprinted(path: &Path, limit: u64) -> Option<(Map, Fingerprint)> {
    let read = read_path(path, limit, Keep::Fingerprint)?;
    Some((read.map, read.fingerprint?))
}

/// What a reading in parts keeps besides the map.
#[derive(Clone, Copy, PartialEq)]
enum Keep {
    /// The line of each item and field.
    Lines,
    /// The fingerprint of the bytes read.
    Fingerprint,
}

/// The map read in parts, and what was kept besides ([`Keep`]).
struct Streamed {
    map: Map,
    lines: Option<SourceLines>,
    fingerprint: Option<Fingerprint>,
}

fn read_path(path: &Path, limit: u64, keep: Keep) -> Option<Streamed> {
    let (mut file, len) = open_regular(path, limit).ok()?;
    let len = usize::try_from(len).ok()?;
    if len < 2 * MIN_PART || ends_with_conflicts(&mut file, len)? {
        return None;
    }
    read_in(file, limit, (len / MAX_PARTS).max(PART), keep)
}

/// How much of the end of a file is looked at for [`ends_with_conflicts`].
const TAIL: usize = 64 * 1024;

/// Whether the last [`TAIL`] bytes of `file` (of `len` bytes) have a
/// `[[conflicts]]` table, where a merge leaves its unresolved conflicts:
/// the parts could not stand for such a map, which would be found only
/// once they were all read. The file is then read whole at once, as
/// [`super::parts`] does with a text whose last part has them. `None`
/// when the file cannot be read; the file is left at its start.
fn ends_with_conflicts(file: &mut File, len: usize) -> Option<bool> {
    use std::io::{Seek, SeekFrom};
    let from = len.saturating_sub(TAIL);
    file.seek(SeekFrom::Start(from as u64)).ok()?;
    let mut tail = Vec::with_capacity(TAIL);
    (&mut *file).take(TAIL as u64).read_to_end(&mut tail).ok()?;
    file.seek(SeekFrom::Start(0)).ok()?;
    Some(parts::has_conflicts(&tail))
}

/// A part of the file as read: its text, where it starts and how many
/// lines come before it.
struct Piece {
    number: usize,
    text: String,
    start: usize,
    lines_before: usize,
}

/// Cuts the file into [`Piece`]s as it reads it.
struct Pieces {
    file: File,
    /// What was read past the last cut.
    pending: Vec<u8>,
    /// How much of `pending` was searched for a cut and found none (the
    /// position of the last line break searched from).
    searched: usize,
    /// Where `pending` starts in the file, and the lines before it.
    start: usize,
    lines_before: usize,
    /// How many bytes were read in all, and the most there may be.
    read: u64,
    limit: u64,
    /// The end of the file was reached.
    end: bool,
    /// How long a part is aimed at.
    aim: usize,
    /// The number of the next piece.
    next: usize,
    /// The buffers of pieces read, for the next pieces: so that a few
    /// buffers serve the whole file, rather than each piece leaving a
    /// hole in memory that the allocator may not give back.
    spare: Vec<Vec<u8>>,
    /// A piece could not be taken: no more are.
    broken: bool,
    /// The fingerprint of the pieces taken so far, when it is kept.
    fingerprint: Option<Fingerprinter>,
}

impl Pieces {
    /// The next part of the file, `Ok(None)` after the last; an error when
    /// the file cannot be read, grows past the limit, or a part is not
    /// UTF-8 (all left to the whole read to report).
    fn take(&mut self) -> Result<Option<Piece>, ()> {
        if self.broken {
            return Err(());
        }
        let piece = self.cut();
        self.broken = piece.is_err();
        piece
    }

    /// [`Pieces::take`], which stops for good at the first error.
    fn cut(&mut self) -> Result<Option<Piece>, ()> {
        let cut = loop {
            if self.pending.len() > self.aim {
                // Only whole lines are searched: a header cut short at the
                // end of what was read would not be known for one.
                let whole = memchr::memrchr(b'\n', &self.pending).map_or(0, |at| at + 1);
                let from = self.aim.max(self.searched);
                if let Some(cut) = parts::header_from(&self.pending[..whole], from) {
                    break cut;
                }
                self.searched = whole.saturating_sub(1).max(from);
            }
            if self.end {
                break self.pending.len();
            }
            let got = (&mut self.file)
                .take(STEP as u64)
                .read_to_end(&mut self.pending)
                .map_err(drop)?;
            self.read += got as u64;
            if self.read > self.limit {
                return Err(());
            }
            self.end = got < STEP;
        };
        if cut == 0 {
            return Ok(None);
        }
        let mut pending = self
            .spare
            .pop()
            .unwrap_or_else(|| Vec::with_capacity(self.aim + 2 * STEP));
        pending.clear();
        pending.extend_from_slice(&self.pending[cut..]);
        self.pending.truncate(cut);
        let bytes = std::mem::replace(&mut self.pending, pending);
        if let Some(fingerprint) = &mut self.fingerprint {
            fingerprint.push(&bytes);
        }
        let text = String::from_utf8(bytes).map_err(drop)?;
        let piece = Piece {
            number: self.next,
            start: self.start,
            lines_before: self.lines_before,
            text,
        };
        self.next += 1;
        self.start += piece.text.len();
        self.lines_before += memchr::memchr_iter(b'\n', piece.text.as_bytes()).count();
        self.searched = 0;
        Ok(Some(piece))
    }
}

/// The later parts read so far, joined in file order as they come (a
/// part read before one above it waits for it), so that each part's
/// items and lines are moved into one list at once, not kept to the end.
#[derive(Default)]
struct Joined {
    /// The items of the parts joined, and their lines (item numbers
    /// counted from the first later part).
    items: Items,
    spans: SourceMap,
    /// The number of the next part to join (the first later part is 1).
    next: usize,
    /// Parts read before a part above them, with how many lines come
    /// before each.
    waiting: Vec<(usize, Part, usize)>,
    /// The comments below the last table of the last part joined.
    trailing: Vec<String>,
    /// The item lists the parts have tables of.
    lists: Vec<&'static str>,
    /// A part that is not the last ended with comments: they would belong
    /// to the next part's first item.
    comments_between: bool,
}

impl Joined {
    /// Joins part `number`, and those waiting for it.
    fn join(&mut self, number: usize, part: Part, lines_before: usize) {
        self.waiting.push((number, part, lines_before));
        while let Some(at) = self.waiting.iter().position(|(n, ..)| *n == self.next) {
            let (_, part, lines_before) = self.waiting.swap_remove(at);
            self.comments_between |= !self.trailing.is_empty();
            self.spans
                .append(part.spans, lines_before, &self.items.lengths());
            self.items.append(part.items);
            self.trailing = part.trailing;
            for list in part.lists {
                if !self.lists.contains(&list) {
                    self.lists.push(list);
                }
            }
            self.next += 1;
        }
    }
}

/// The parts of the file still to read, shared by the threads reading
/// them, and those read.
struct Queue {
    pieces: Mutex<Pieces>,
    joined: Mutex<Joined>,
    /// Whether a part could not be read in parts (the others then stop).
    failed: AtomicBool,
    /// Whether the parts' positions are kept (and made lines).
    positions: bool,
}

impl Queue {
    fn take(&self) -> Option<Piece> {
        if self.failed() {
            return None;
        }
        let next = match self.pieces.lock() {
            Ok(mut pieces) => pieces.take(),
            Err(_) => Err(()),
        };
        next.unwrap_or_else(|()| {
            self.fail();
            None
        })
    }

    /// Takes, reads and joins parts until none are left or one fails.
    fn work(&self) {
        while let Some(piece) = self.take() {
            match parts::read_part(&piece.text, piece.start, self.positions) {
                Some(mut part) => {
                    if self.positions {
                        part.spans.count_lines(&piece.text);
                    }
                    match self.joined.lock() {
                        Ok(mut joined) => joined.join(piece.number, part, piece.lines_before),
                        Err(_) => self.fail(),
                    }
                }
                None => self.fail(),
            }
            self.give_back(piece.text);
        }
    }

    /// Keeps the buffer of a piece read for a later piece.
    fn give_back(&self, text: String) {
        if let Ok(mut pieces) = self.pieces.lock() {
            pieces.spare.push(text.into_bytes());
        }
    }

    fn fail(&self) {
        self.failed.store(true, Ordering::Relaxed);
    }

    fn failed(&self) -> bool {
        self.failed.load(Ordering::Relaxed)
    }
}

/// Reads `file` (at most `limit` bytes) in parts of about `aim` bytes.
fn read_in(file: File, limit: u64, aim: usize, keep: Keep) -> Option<Streamed> {
    let positions = keep == Keep::Lines;
    let queue = Queue {
        pieces: Mutex::new(Pieces {
            file,
            pending: Vec::with_capacity(aim + 2 * STEP),
            searched: 0,
            start: 0,
            lines_before: 0,
            read: 0,
            limit,
            end: false,
            aim,
            next: 0,
            spare: Vec::new(),
            broken: false,
            fingerprint: (keep == Keep::Fingerprint).then(Fingerprinter::default),
        }),
        joined: Mutex::new(Joined {
            next: 1,
            ..Joined::default()
        }),
        failed: AtomicBool::new(false),
        positions,
    };
    let first = queue.take()?;
    let (read, _) = parts::on_helpers(
        crate::cores().saturating_sub(1),
        || queue.work(),
        || queue.fail(),
        || {
            let read = parts::read_first(&first.text, positions);
            if read.is_none() {
                queue.fail();
            }
            read
        },
    );
    let (mut reader, mut doc) = read?;
    let Queue {
        pieces,
        joined,
        failed,
        ..
    } = queue;
    // The buffers of the pieces, which the peak need not hold.
    let fingerprint = pieces
        .into_inner()
        .ok()
        .and_then(|pieces| pieces.fingerprint)
        .map(Fingerprinter::finish);
    let joined = joined.into_inner().ok()?;
    // Comments below the first part's last table would belong to the next
    // part's first item, if there is a next part. Conflicts are read
    // against the whole map, which the first part alone is not.
    if failed.into_inner()
        || !joined.waiting.is_empty()
        || joined.comments_between
        || (joined.next > 1 && doc.trailing_comments().next().is_some())
        || doc.root.contains_key("conflicts")
        || !parts::extendable(&doc, joined.lists.iter().copied())
    {
        return None;
    }
    let root = std::mem::take(&mut doc.root);
    let mut map = reader.map(&root, &doc, Vec::new())?;
    if !reader.diagnostics.is_empty() {
        return None;
    }
    let mut first_lines = std::mem::take(&mut reader.spans);
    if positions {
        first_lines.count_lines(&first.text);
    }
    // The first part's text, and what was read of it, which the peak need
    // not hold either.
    drop(root);
    drop(doc);
    drop(first);
    drop(reader);
    if joined.next > 1 {
        // The file's last comments are those of its last part.
        map.trailing_comments = joined.trailing;
    }
    // The later parts' items go after the first part's (the last tables
    // of which the top level read), and the first part's lines before
    // the others' (moving those in their list rather than copying them
    // into a new one).
    let before = lengths(&map);
    joined.items.append_to(&mut map);
    let lines = positions.then(|| {
        let mut lines = joined.spans;
        lines.prepend(first_lines, &before);
        lines.counted()
    });
    if !crate::model::validate(&map).is_empty() {
        return None;
    }
    Some(Streamed {
        map,
        lines,
        fingerprint,
    })
}

/// How many items of each section `map` has, by [`slot`].
fn lengths(map: &Map) -> [usize; SECTION_COUNT] {
    let mut lengths = [0; SECTION_COUNT];
    for (_, section, ..) in SECTIONS {
        lengths[slot(section)] = match section {
            Section::Personas => map.personas.len(),
            Section::Departments => map.departments.len(),
            Section::Team => map.team.len(),
            Section::Stages => map.stages.len(),
            Section::Touchpoints => map.touchpoints.len(),
            Section::Opportunities => map.opportunities.len(),
            Section::Metrics => map.metrics.len(),
            Section::Root | Section::Goal => 0,
        };
    }
    lengths
}

#[cfg(test)]
mod tests {
    use std::io::Write as _;

    use super::*;
    use crate::format::read::parse_with_positions;
    use crate::format::tests::conflict_in;

    /// Writes `text` to a file of its own, and opens it.
    fn file_of(text: &str) -> (tempfile::TempDir, File) {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join("map.toml");
        let mut file = File::create(&path).expect("a new file");
        file.write_all(text.as_bytes()).expect("written");
        drop(file);
        let file = File::open(&path).expect("the file");
        (dir, file)
    }

    /// Reads `text` from a file in parts of about `aim` bytes.
    fn streamed(text: &str, aim: usize) -> Option<(Map, SourceLines)> {
        let (_dir, file) = file_of(text);
        let read = read_in(file, u64::MAX, aim, Keep::Lines)?;
        assert!(read.fingerprint.is_none());
        Some((read.map, read.lines.expect("the lines kept")))
    }

    /// Reads `text` from a file in parts of about `aim` bytes, with the
    /// fingerprint of the bytes read.
    fn fingerprinted(text: &str, aim: usize) -> Option<(Map, Fingerprint)> {
        let (_dir, file) = file_of(text);
        let read = read_in(file, u64::MAX, aim, Keep::Fingerprint)?;
        assert!(read.lines.is_none());
        Some((read.map, read.fingerprint.expect("the fingerprint kept")))
    }

    /// Reads `text` whole, with its lines.
    fn whole(text: &str) -> (Map, SourceLines) {
        match parse_with_positions(text) {
            Ok((map, spans)) => (map, spans.into_lines(text)),
            Err(problems) => panic!("the test map is invalid: {problems:?}"),
        }
    }

    #[test]
    fn a_map_read_from_disk_in_parts_is_the_map_read_whole() {
        let text = cjm_testdata::generate_toml(300, 11);
        let crlf = text.replace('\n', "\r\n");
        let commented = format!("# about the map\n{text}\n# the end\n# of it\n");
        // No cut is made below a comment: it stays with the item below it.
        let last = text.rfind("[[touchpoints]]").expect("a touchpoint");
        let above = format!("{}# about the last one\n{}", &text[..last], &text[last..]);
        for (n, text) in [&text, &crlf, &commented, &above].into_iter().enumerate() {
            let (map, lines) = whole(text);
            // Parts smaller than a read, of several reads, and one part.
            for aim in [1, 700, 5_000, STEP + 1, 3 * STEP, text.len()] {
                let Some((read, read_lines)) = streamed(text, aim) else {
                    panic!("text {n} not read in parts of {aim}");
                };
                assert_eq!(read, map, "the map read in parts of {aim} differs");
                assert_eq!(read_lines, lines, "the lines of parts of {aim} differ");
                let Some((read, fingerprint)) = fingerprinted(text, aim) else {
                    panic!("text {n} not read in parts of {aim} for its fingerprint");
                };
                assert_eq!(read, map, "the map read in parts of {aim} differs");
                assert_eq!(fingerprint, Fingerprint::of(text.as_bytes()), "aim {aim}");
            }
        }
        let (map, _) = whole(&commented);
        assert_eq!(map.trailing_comments, ["# the end", "# of it"]);
    }

    #[test]
    fn lines_read_in_parts_are_the_lines_of_each_location() {
        let text = cjm_testdata::generate_toml(120, 3);
        let (map, lines) = streamed(&text, 2_000).expect("read in parts");
        let mut found = 0;
        for (i, touchpoint) in map.touchpoints.iter().enumerate() {
            let location = crate::model::Location::item(Section::Touchpoints, i);
            let line = lines.line(location).expect("a line");
            let header = text.lines().nth(line - 1).expect("the line");
            assert_eq!(header, "[[touchpoints]]", "touchpoint {i}");
            let id = text.lines().nth(line).expect("the line after");
            assert_eq!(id, format!("id = \"{}\"", touchpoint.id.as_str()));
            found += 1;
        }
        assert_eq!(found, 120);
    }

    #[test]
    fn what_the_parts_cannot_stand_for_is_left_to_the_whole_read() {
        let text = cjm_testdata::generate_toml(60, 5);
        let last = text.rfind("[[touchpoints]]").expect("a touchpoint");
        let with_conflict = format!("{text}\n{}", conflict_in(&text));
        let cases = [
            // A problem (an unknown key) in a later part ...
            text.replacen("[[touchpoints]]\n", "[[touchpoints]]\nnmae = \"x\"\n", 40),
            // ... or one only the whole map shows (a stage that is not there).
            format!(
                "{}[[touchpoints]]\nid = \"tp-lost\"\nstage = \"st-nowhere\"\nname = \"Lost\"\n\n{}",
                &text[..last],
                &text[last..]
            ),
            // Unresolved conflicts of a merge (the map is valid with them).
            with_conflict.clone(),
        ];
        assert!(crate::format::parse(&with_conflict).is_ok(), "a valid map");
        for case in cases {
            assert!(streamed(&case, 1_000).is_none(), "read in parts:\n{case}");
            assert!(
                fingerprinted(&case, 1_000).is_none(),
                "read in parts:\n{case}"
            );
        }
        // Not UTF-8, past the first part.
        let mut bytes = text.clone().into_bytes();
        let at = bytes.len() - 10;
        bytes[at] = 0xff;
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join("bad.toml");
        std::fs::write(&path, &bytes).expect("written");
        for keep in [Keep::Lines, Keep::Fingerprint] {
            let file = File::open(&path).expect("the file");
            assert!(read_in(file, u64::MAX, 1_000, keep).is_none());
        }
        // Larger than the limit.
        for keep in [Keep::Lines, Keep::Fingerprint] {
            let (_dir, file) = file_of(&text);
            assert!(read_in(file, text.len() as u64 - 1, 1_000, keep).is_none());
            let (_dir, file) = file_of(&text);
            assert!(read_in(file, text.len() as u64, 1_000, keep).is_some());
        }
    }

    /// Conflicts a merge left at the end are seen before any part is read;
    /// those further up are found once the parts are read.
    #[test]
    fn conflicts_at_the_end_are_seen_before_reading() {
        let text = cjm_testdata::generate_toml(300, 2);
        let conflict = conflict_in(&text);
        let conflict = conflict.as_str();
        let at_end = format!("{text}\n{conflict}");
        let (_dir, mut file) = file_of(&at_end);
        assert_eq!(ends_with_conflicts(&mut file, at_end.len()), Some(true));
        let mut start = String::new();
        file.read_to_string(&mut start)
            .expect("read from the start");
        assert_eq!(start, at_end, "the file is left at its start");
        let first = text.find("[[touchpoints]]").expect("a touchpoint");
        let further_up = format!("{}{conflict}\n{}", &text[..first], &text[first..]);
        let (_dir, mut file) = file_of(&further_up);
        assert_eq!(
            ends_with_conflicts(&mut file, further_up.len()),
            Some(false)
        );
        assert!(crate::format::parse(&further_up).is_ok(), "a valid map");
        assert!(streamed(&further_up, 2_000).is_none());
        let (_dir, mut file) = file_of(conflict);
        assert_eq!(ends_with_conflicts(&mut file, conflict.len()), Some(true));
        // The header at the very start of the last 64 KiB, the line break
        // before it just outside them.
        let mut tail = conflict.to_owned();
        while tail.len() < TAIL {
            tail.push_str("# about the conflict\n");
        }
        tail.truncate(TAIL);
        let at_start = format!("{text}\n{tail}");
        let (_dir, mut file) = file_of(&at_start);
        assert_eq!(ends_with_conflicts(&mut file, at_start.len()), Some(true));
        let (_dir, mut file) = file_of(&text);
        assert_eq!(ends_with_conflicts(&mut file, text.len()), Some(false));
    }

    #[test]
    fn a_list_the_first_part_cannot_extend_is_left_to_the_whole_read() {
        let head = "schema = 2\ntitle = \"t\"\nkind = \"current-state\"\n";
        let later = "\n[[stages]]\nid = \"st-b\"\nname = \"B\"\n";
        for first in [
            "stages = [{ id = \"st-a\", name = \"A\" }]\n",
            "[stages]\nx = 1\n",
        ] {
            let text = format!("{head}{first}{later}");
            assert!(parse_with_positions(&text).is_err(), "{text}");
            assert!(streamed(&text, 1).is_none(), "read in parts:\n{text}");
        }
        // Written as tables, the same stages read in parts: the first
        // part's `[[stages]]` is extended by the second's.
        let text = format!("{head}\n[[stages]]\nid = \"st-a\"\nname = \"A\"\n{later}");
        let (map, lines) = streamed(&text, head.len() + 2).expect("read in parts");
        assert_eq!((map.clone(), lines), whole(&text));
        assert_eq!(map.stages.len(), 2);
    }

    /// A later part's text read alone, its positions made lines.
    fn part(text: &str) -> Part {
        let mut part = parts::read_part(text, 0, true).expect("a part");
        part.spans.count_lines(text);
        part
    }

    const STAGE_B: &str = "[[stages]]\nid = \"st-b\"\nname = \"B\"\n";
    const STAGE_C: &str = "[[stages]]\nid = \"st-c\"\nname = \"C\"\n";

    #[test]
    fn parts_are_joined_in_file_order_whatever_order_they_come_in() {
        let mut joined = Joined {
            next: 1,
            ..Joined::default()
        };
        // The second part (four lines after the first began) comes first.
        joined.join(2, part(&format!("{STAGE_C}\n# the end\n")), 4);
        assert_eq!((joined.next, joined.waiting.len()), (1, 1));
        joined.join(1, part(STAGE_B), 0);
        assert_eq!((joined.next, joined.waiting.len()), (3, 0));
        let ids: Vec<&str> = joined.items.stages.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["st-b", "st-c"]);
        assert_eq!(joined.trailing, ["# the end"]);
        assert!(!joined.comments_between);
        assert_eq!(joined.lists, ["stages"]);
        let lines = joined.spans.counted();
        let stage = |i| crate::model::Location::item(Section::Stages, i);
        assert_eq!(lines.line(stage(0)), Some(1));
        assert_eq!(lines.line(stage(1)), Some(5));
        let name = |i| crate::model::Location::field(Section::Stages, i, "name");
        assert_eq!(lines.line(name(1)), Some(7));
    }

    #[test]
    fn comments_at_the_end_of_a_part_before_another_are_found() {
        let mut joined = Joined {
            next: 1,
            ..Joined::default()
        };
        joined.join(1, part(&format!("{STAGE_B}# about C\n")), 0);
        assert!(!joined.comments_between, "the last part so far");
        joined.join(2, part(STAGE_C), 4);
        assert!(joined.comments_between);
    }

    #[test]
    fn only_a_large_file_is_read_in_parts() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join("map.toml");
        let small = cjm_testdata::generate_toml(20, 1);
        assert!(small.len() < 2 * MIN_PART);
        std::fs::write(&path, &small).expect("written");
        assert!(read_file(&path, u64::MAX).is_none());
        let large = cjm_testdata::generate_toml(300, 1);
        assert!(large.len() >= 2 * MIN_PART, "{} bytes", large.len());
        std::fs::write(&path, &large).expect("written");
        let (map, lines) = read_file(&path, u64::MAX).expect("read in parts");
        assert_eq!((map, lines), whole(&large));
        let (map, fingerprint) = read_file_fingerprinted(&path, u64::MAX).expect("read in parts");
        assert_eq!(map, whole(&large).0);
        assert_eq!(fingerprint, Fingerprint::of(large.as_bytes()));
        std::fs::write(&path, &small).expect("written");
        assert!(read_file_fingerprinted(&path, u64::MAX).is_none());
    }
}
