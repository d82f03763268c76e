//! The skim algorithm's score for one query against many texts, as
//! fuzzy-matcher's `SkimMatcherV2` (ignoring case) gives it, computed from
//! the places where the query's characters occur instead of the matcher's
//! whole matrix, which makes a search over a large map several times
//! faster. Tests hold it to the matcher: scores, matched positions and the
//! score constants.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

/// The matcher whose ranking the finder shows, new for each text: a matcher
/// keeps its matrix between calls, and a score can then depend on the texts
/// matched before (fuzzy-matcher 0.3.7 reads a bonus from a cell the call
/// did not write; `use_cache(false)` panics). [`Pattern::score`] gives the
/// score of a new matcher.
pub(super) fn matcher() -> SkimMatcherV2 {
    SkimMatcherV2::default().ignore_case()
}

// Skim V2's default scores (`SkimScoreConfig::default()`, checked by a test).
const SCORE_MATCH: i32 = 16;
const PENALTY_CASE_MISMATCH: i32 = -2;
const GAP_START: i32 = -3;
const GAP_EXTENSION: i32 = -1;
const BONUS_HEAD: i32 = 8;
const BONUS_BREAK: i32 = 7;
const BONUS_CAMEL: i32 = 6;
const BONUS_CONSECUTIVE: i32 = 4;
const BONUS_FIRST_CHAR_MULTIPLIER: i32 = 2;
/// The matcher's "no alignment" score.
const NEG_INFINITY: i32 = i16::MIN as i32;
/// Below any score [`Pattern::align`] adds to or compares with.
const NOTHING: i32 = i32::MIN / 4;

/// The longest text (in bytes) that [`Pattern`] aligns itself.
///
/// The matcher starts its cells at `i16::MIN` rather than at minus
/// infinity, so where the gaps of an alignment add up to nearly 2^15
/// characters, arithmetic on those cells can decide its result. Within this
/// limit every alignment scores above -2 × 16,000 - 3, above anything made
/// from such cells, so the matcher's result is that of the best alignment,
/// which is what [`Pattern::align`] finds; longer texts are left to the
/// matcher.
const EXACT_TEXT_LIMIT: usize = 16_000;

/// How the matcher classifies a character for its bonuses.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CharClass {
    Start,
    Upper,
    Lower,
    Number,
    HardSeparator,
    SoftSeparator,
}

/// [`class_of`] each ASCII character, looked up.
const ASCII_CLASSES: [CharClass; 128] = {
    let mut classes = [CharClass::Lower; 128];
    let mut i = 0;
    while i < 128 {
        classes[i] = class_of(i as u8 as char);
        i += 1;
    }
    classes
};

/// How the matcher classifies `c`: [`class_of`], looked up for ASCII
/// (every other character is a small letter to it).
#[inline]
fn class(c: char) -> CharClass {
    match ASCII_CLASSES.get(c as usize) {
        Some(&class) => class,
        None => CharClass::Lower,
    }
}

const fn class_of(c: char) -> CharClass {
    match c {
        '\0' => CharClass::Start,
        ' ' | '/' | '\\' | '|' | '(' | ')' | '[' | ']' | '{' | '}' => CharClass::HardSeparator,
        '!'..='\'' | '*'..='.' | ':'..='@' | '^'..='`' | '~' => CharClass::SoftSeparator,
        '0'..='9' => CharClass::Number,
        'A'..='Z' => CharClass::Upper,
        _ => CharClass::Lower,
    }
}

/// The character before byte `at` of `bytes` as far as its class goes
/// (`'\0'` at the start): every character beyond ASCII is in the class of
/// `'\u{80}'`, so the byte before is enough.
#[inline]
fn before(bytes: &[u8], at: usize) -> char {
    match at.checked_sub(1).and_then(|b| bytes.get(b)) {
        None => '\0',
        Some(&b) if b.is_ascii() => char::from(b),
        Some(_) => '\u{80}',
    }
}

/// `M` of a match of the query character `q` on the text's `c` at
/// `column`, after the character `previous`, and the column of the
/// previous query character's match it follows: one cell of the matcher's
/// matrix. `above` is the row above as it was at the column before; the
/// first row has none (it follows the matrix's empty row: no match, a
/// gap's step).
#[inline]
fn cell(above: Option<&Row>, column: i32, previous: char, c: char, q: char) -> (i32, i32) {
    let mut in_place = bonus(previous, c);
    if column == 1 {
        in_place *= BONUS_FIRST_CHAR_MULTIPLIER;
    }
    let consecutive = in_place.max(BONUS_CONSECUTIVE);
    let (diagonal, (skip, gap_from)) = match above {
        None => (NEG_INFINITY, (GAP_EXTENSION, 0)),
        Some(above) => {
            let diagonal = if above.last == column - 1 {
                above.last_score
            } else {
                NEG_INFINITY
            };
            let (key, from) = above.best_before(column - 1);
            (
                diagonal,
                (key + GAP_START + (column - 1) * GAP_EXTENSION, from),
            )
        }
    };
    let matched = SCORE_MATCH + if c == q { 0 } else { PENALTY_CASE_MISMATCH };
    if diagonal + consecutive >= skip + in_place {
        (diagonal + consecutive + matched, column - 1)
    } else {
        (skip + in_place + matched, gap_from)
    }
}

/// The byte of the first occurrence of the query character `q` in `text`
/// from byte `from` on, an ASCII letter in either case (as the matcher
/// matches it), found a few bytes at a time.
#[inline]
fn find_from(text: &str, from: usize, q: char) -> Option<usize> {
    let found = if q.is_ascii() {
        let q = q as u8;
        let rest = text.as_bytes().get(from..)?;
        memchr::memchr2(q.to_ascii_lowercase(), q.to_ascii_uppercase(), rest)
    } else {
        text.get(from..)?.find(q)
    };
    found.map(|offset| from + offset)
}

/// The byte of the last occurrence of the query character `q` in `text`
/// before byte `end`, as [`find_from`] finds them.
#[inline]
fn find_before(text: &str, end: usize, q: char) -> Option<usize> {
    if q.is_ascii() {
        let q = q as u8;
        let before = text.as_bytes().get(..end)?;
        memchr::memrchr2(q.to_ascii_lowercase(), q.to_ascii_uppercase(), before)
    } else {
        text.get(..end)?.rfind(q)
    }
}

/// The query characters [`Pattern::score_next`] scores a query one
/// character longer for: the printable ASCII characters but the capital
/// letters (which fold to themselves: a query is rarely typed in them).
pub(super) fn is_next(q: u8) -> bool {
    (b' '..=b'~').contains(&q) && !q.is_ascii_uppercase()
}

/// The bits set in `mask`, lowest first.
pub(super) fn bits(mut mask: u128) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        let bit = mask.trailing_zeros();
        mask &= mask.wrapping_sub(1);
        (bit < 128).then_some(bit as usize)
    })
}

/// The character of [`is_next`] that the text's `c` matches, if any: an
/// ASCII letter matches its small letter (a capital with the matcher's
/// penalty for the case).
#[inline]
fn next_of(c: char) -> Option<u8> {
    u8::try_from(c)
        .ok()
        .map(|b| b.to_ascii_lowercase())
        .filter(|&b| is_next(b))
}

/// Whether `byte` continues a character encoded in several (0b10xxxxxx).
#[inline]
fn is_continuation(byte: u8) -> bool {
    byte & 0xC0 == 0x80
}

/// The matcher's bonus for a match on `c` after `previous` (`'\0'` at the
/// start): the head of a word, after a break, a camel-case hump, or none.
#[inline]
fn bonus(previous: char, c: char) -> i32 {
    use CharClass::*;
    match (class(previous), class(c)) {
        (Start | HardSeparator, _) => BONUS_HEAD,
        (SoftSeparator, _) => BONUS_BREAK,
        (Lower | Number, Upper) => BONUS_CAMEL,
        _ => 0,
    }
}

/// A query prepared for ranking many texts as the matcher does.
///
/// The matcher aligns the query with a text by dynamic programming over a
/// matrix with a row per query character and a column per text character,
/// and fills every cell. A row's match score `M` exists only where its
/// character occurs in the text, and its skip score `P` loses one per
/// column in between (a gap), so `P` anywhere follows from the best
/// `M + column` so far in the row. [`Pattern::align`] therefore visits only
/// the (row, column) pairs where a query character occurs, keeping per row
/// its last match and that best: the cost is the text's length plus those
/// pairs, not their product. A scan from the end of the text first finds
/// where each query character last occurs with the rest of the query after
/// it: a match beyond that place is on no alignment of the whole query and
/// is left out, and a text the scan finds no such place in does not match.
/// It gives the score and, followed back from the best match of the last
/// character, the matched characters: those of `fuzzy_indices` on a new
/// matcher (the tests compare them). A row depends only on the row above,
/// so the matches of a query's last character are all a query one
/// character longer needs: [`Pattern::score_keeping`] keeps them and
/// [`Pattern::extend`] adds the new row from them, as typing a letter does.
#[derive(Clone, Debug)]
pub(super) struct Pattern {
    query: String,
    chars: Vec<char>,
    /// For each ASCII character, the query characters it matches (ignoring
    /// ASCII case), by index, last first.
    ascii: [Vec<usize>; 128],
    /// The same for the other characters of the query.
    other: Vec<(char, Vec<usize>)>,
    /// The bytes a character the query matches can start with: the ASCII
    /// characters above and the first bytes of the others. [`Pattern::align`]
    /// steps over the other bytes without decoding them.
    starts: [bool; 256],
}

/// A character of a text as [`Pattern::take`] takes it: its byte, its
/// column (1-based), the character before it (as [`before`] gives it) and
/// itself.
#[derive(Clone, Copy)]
struct At {
    here: usize,
    column: i32,
    previous: char,
    c: char,
}

/// What [`Pattern::align`] keeps of one row of the matrix.
#[derive(Clone, Copy)]
pub(super) struct Row {
    /// The column (1-based) of the row's last match so far, 0 for none.
    last: i32,
    /// `M` at that column.
    last_score: i32,
    /// The best `M - column × GAP_EXTENSION` of the row's matches before
    /// `last`, and the column of the last match with it.
    before: (i32, i32),
    /// Where (in bytes) the row's character last occurs in the text with
    /// the rest of the query after it: a match after that is on no
    /// alignment of the whole query.
    limit: usize,
}

/// A match of a query's last character in a text: its column (1-based)
/// and `M` there. What a query one character longer goes on from; kept
/// for every match of tens of thousands of texts, so in four bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Tail {
    column: u16,
    score: i16,
}

impl Tail {
    /// The match at `column` with `M` `score`, if both fit (a text within
    /// [`EXACT_TEXT_LIMIT`] has fewer columns; a score could exceed the
    /// range only for a query of hundreds of characters).
    fn new(column: i32, score: i32) -> Option<Tail> {
        Some(Tail {
            column: u16::try_from(column).ok()?,
            score: i16::try_from(score).ok()?,
        })
    }

    fn column(self) -> i32 {
        i32::from(self.column)
    }

    fn score(self) -> i32 {
        i32::from(self.score)
    }
}

/// Appends the match at `column` with `M` `score` to `tail`, or notes in
/// `fits` that it (or one before it) does not fit a [`Tail`].
fn keep_match(tail: &mut Vec<Tail>, fits: &mut bool, column: i32, score: i32) {
    match Tail::new(column, score) {
        Some(kept) if *fits => tail.push(kept),
        _ => *fits = false,
    }
}

impl Row {
    const NONE: Row = Row {
        last: 0,
        last_score: NOTHING,
        before: (NOTHING, 0),
        limit: 0,
    };

    /// Records the row's match at `column`, with `M` `score` there.
    fn matched(&mut self, column: i32, score: i32) {
        self.before = self.best_before(column);
        self.last = column;
        self.last_score = score;
    }

    /// The best `M - column × GAP_EXTENSION` of the row's matches left of
    /// `column`, and the column of the last match with it: where the best
    /// gap up to `column` starts.
    fn best_before(&self, column: i32) -> (i32, i32) {
        let last = self.last_score - self.last * GAP_EXTENSION;
        if self.last < column && last >= self.before.0 {
            (last, self.last)
        } else {
            self.before
        }
    }
}

impl Pattern {
    pub(super) fn new(query: &str) -> Pattern {
        let chars: Vec<char> = query.chars().collect();
        let mut ascii: [Vec<usize>; 128] = std::array::from_fn(|_| Vec::new());
        let mut other: Vec<(char, Vec<usize>)> = Vec::new();
        for (i, &q) in chars.iter().enumerate().rev() {
            if q.is_ascii() {
                let (lower, upper) = (q.to_ascii_lowercase(), q.to_ascii_uppercase());
                ascii[lower as usize].push(i);
                if upper != lower {
                    ascii[upper as usize].push(i);
                }
            } else if let Some((_, rows)) = other.iter_mut().find(|(c, _)| *c == q) {
                rows.push(i);
            } else {
                other.push((q, vec![i]));
            }
        }
        let mut starts = [false; 256];
        for (byte, rows) in ascii.iter().enumerate() {
            starts[byte] = !rows.is_empty();
        }
        for (c, _) in &other {
            let mut buf = [0u8; 4];
            if let Some(&first) = c.encode_utf8(&mut buf).as_bytes().first() {
                starts[usize::from(first)] = true;
            }
        }
        Pattern {
            query: query.to_owned(),
            chars,
            ascii,
            other,
            starts,
        }
    }

    /// The query characters `c` matches, last first.
    fn rows_of(&self, c: char) -> &[usize] {
        if c.is_ascii() {
            self.ascii.get(c as usize).map_or(&[], Vec::as_slice)
        } else {
            self.other
                .iter()
                .find(|(o, _)| *o == c)
                .map_or(&[], |(_, rows)| rows.as_slice())
        }
    }

    /// The matcher's score of `text` for the query, `None` when the text
    /// does not contain the query's characters in order: the score of
    /// `fuzzy_indices` on a new matcher. `rows` is room to work in.
    pub(super) fn score(&self, text: &str, rows: &mut Vec<Row>) -> Option<i32> {
        if text.len() > EXACT_TEXT_LIMIT {
            if !self.occurs_in(text) {
                return None;
            }
            let score = matcher().fuzzy_indices(text, &self.query)?.0;
            return Some(i32::try_from(score).unwrap_or(NEG_INFINITY));
        }
        let Some(last) = self.chars.len().checked_sub(1) else {
            return Some(0);
        };
        let mut best = NEG_INFINITY;
        let found = self.align(text, rows, |row, _, score, _, _| {
            if row == last {
                best = best.max(score);
            }
        });
        found.then_some(best)
    }

    /// The character positions of `text` that the matcher's best alignment
    /// matches, as `fuzzy_indices` on a new matcher gives them.
    pub(super) fn positions(&self, text: &str) -> Option<Vec<usize>> {
        if text.len() > EXACT_TEXT_LIMIT {
            if !self.occurs_in(text) {
                return None;
            }
            return Some(matcher().fuzzy_indices(text, &self.query)?.1);
        }
        let Some(last) = self.chars.len().checked_sub(1) else {
            return Some(Vec::new());
        };
        // Per query character, its matches: column and the column of the
        // match of the character before it on the best way there.
        let mut matches: Vec<Vec<(i32, i32)>> = vec![Vec::new(); self.chars.len()];
        // The last of the best matches of the last character.
        let mut best = (NEG_INFINITY, 0);
        let found = self.align(text, &mut Vec::new(), |row, column, score, from, _| {
            if let Some(row_matches) = matches.get_mut(row) {
                row_matches.push((column, from));
            }
            if row == last && score >= best.0 {
                best = (score, column);
            }
        });
        if !found {
            return None;
        }
        let mut positions = vec![0; self.chars.len()];
        let mut column = best.1;
        for (position, row_matches) in positions.iter_mut().zip(&matches).rev() {
            *position = usize::try_from(column - 1).ok()?;
            let at = row_matches.binary_search_by_key(&column, |m| m.0).ok()?;
            column = row_matches.get(at)?.1;
        }
        Some(positions)
    }

    /// [`Pattern::score`], also appending to `tail` the matches of the
    /// query's last character in column order, which a query one character
    /// longer goes on from ([`Pattern::extend`]), and giving the byte of
    /// the first of them: `None` where nothing is kept (an empty query, a
    /// text too long to align here, a match that does not fit a [`Tail`];
    /// what was appended is then left to the caller to drop).
    pub(super) fn score_keeping(
        &self,
        text: &str,
        rows: &mut Vec<Row>,
        tail: &mut Vec<Tail>,
    ) -> Option<(i32, Option<usize>)> {
        let Some(last) = self.chars.len().checked_sub(1) else {
            return Some((0, None));
        };
        if text.len() > EXACT_TEXT_LIMIT {
            return self.score(text, rows).map(|score| (score, None));
        }
        if last == 0 {
            // One character: its matches, found a few bytes at a time.
            return self.last_row(text, None, (0, 0, 1), tail);
        }
        let mut best = NEG_INFINITY;
        let mut first = None;
        let mut fits = true;
        let found = self.align(text, rows, |row, column, score, _, at| {
            if row == last {
                best = best.max(score);
                first.get_or_insert(at);
                keep_match(tail, &mut fits, column, score);
            }
        });
        found.then_some((best, first.filter(|_| fits)))
    }

    /// The score of `text` for this query, whose last character is the one
    /// added to a query that [`Pattern::score_keeping`] (or this) scored
    /// `text` for, going on from what that kept: `previous`, the matches of
    /// that query's last character, the first of them at byte `after`. The
    /// new character's matches are appended to `tail` and the byte of the
    /// first returned, as [`Pattern::score_keeping`] does (`None`: not
    /// kept). The score is the
    /// one aligning the whole query gives (the tests compare them): a row
    /// of the matrix depends only on the row above, and the new last row
    /// starts at the first occurrence of its character after the first
    /// match of the row above.
    pub(super) fn extend(
        &self,
        text: &str,
        previous: &[Tail],
        after: usize,
        tail: &mut Vec<Tail>,
    ) -> Option<(i32, Option<usize>)> {
        let start = previous.first()?;
        // The new character may first match after the character at
        // `after`, whose column is the first previous match's.
        let from = after + text.get(after..)?.chars().next()?.len_utf8();
        self.last_row(text, Some(previous), (from, after, start.column()), tail)
    }

    /// The last row of the matrix, for a query of one character or going
    /// on from the row above (`previous`, its matches): the matches of the
    /// query's last character from byte `from` on, found a few bytes at a
    /// time, appended to `tail`; the best and the byte of the first
    /// (`None` where one did not fit a [`Tail`]) returned. `counted` is a byte from which on the characters are not
    /// yet counted, and `column` the column of the character there (1 and
    /// byte 0 for the first row).
    fn last_row(
        &self,
        text: &str,
        previous: Option<&[Tail]>,
        (from, mut counted, mut column): (usize, usize, i32),
        tail: &mut Vec<Tail>,
    ) -> Option<(i32, Option<usize>)> {
        let &q = self.chars.last()?;
        let bytes = text.as_bytes();
        let mut at = from;
        // The row above as the matrix has it at the column before each
        // match of the new character.
        let mut above = Row::NONE;
        let mut next = previous.unwrap_or_default().iter().peekable();
        let mut best = NEG_INFINITY;
        let mut first = None;
        let mut fits = true;
        while let Some(here) = find_from(text, at, q) {
            // The characters from the last counted one to this one: as
            // many as bytes in ASCII (most texts, folded), else the bytes
            // that start one.
            let between = bytes.get(counted..here)?;
            let characters = if between.is_ascii() {
                between.len()
            } else {
                between.iter().filter(|&&b| !is_continuation(b)).count()
            };
            column += i32::try_from(characters).ok()?;
            counted = here;
            let c = text.get(here..)?.chars().next()?;
            at = here + c.len_utf8();
            while let Some(p) = next.next_if(|p| p.column() < column) {
                above.matched(p.column(), p.score());
            }
            let previous_row = previous.map(|_| &above);
            let (score, _) = cell(previous_row, column, before(bytes, here), c, q);
            best = best.max(score);
            first.get_or_insert(here);
            keep_match(tail, &mut fits, column, score);
        }
        first.map(|first| (best, fits.then_some(first)))
    }

    /// The score of `text` for each query one character longer than this
    /// one that ends in a character of [`is_next`]: returns the characters
    /// (bit `q` for `q`) whose longer query matches, and `scores[q]` is
    /// then what [`Pattern::score`] of that query gives (the other entries
    /// are left as they were). `None` for a text too long to align here
    /// ([`EXACT_TEXT_LIMIT`]), which the caller scores itself. `rows` is
    /// room to work in.
    ///
    /// Given a `tail`, it also appends to it the matches of this query's
    /// last character and gives the byte of the first, as
    /// [`Pattern::score_keeping`] does: what a query one character longer
    /// goes on from where it is not looked up (`None`: nothing kept, also
    /// for the empty query; what was appended is then left to the caller
    /// to drop).
    ///
    /// One pass over the text aligns this query as [`Pattern::align`]
    /// does, without leaving out matches past the rows' limits (those
    /// limits are for this query, not the longer ones; a match past them
    /// changes no cell within them, so none of the last row's), and at every
    /// character after this query's last row has started it scores the
    /// new row's cell for the query character that character matches.
    pub(super) fn score_next(
        &self,
        text: &str,
        rows: &mut Vec<Row>,
        scores: &mut [i32; 128],
        mut tail: Option<&mut Vec<Tail>>,
    ) -> Option<(u128, Option<usize>)> {
        if text.len() > EXACT_TEXT_LIMIT {
            return None;
        }
        let n = self.chars.len();
        rows.clear();
        rows.resize(n, Row::NONE);
        if !self.limits(text, rows) {
            return Some((0, None));
        }
        let last = n.checked_sub(1).filter(|_| tail.is_some());
        let mut first = None;
        let mut fits = true;
        let bytes = text.as_bytes();
        let mut scored = 0u128;
        let mut reached = 0;
        let mut column = 0;
        for (here, c) in text.char_indices() {
            column += 1;
            let previous = before(bytes, here);
            // The new row first: it reads this query's last row as it was
            // at the column before, and starts after that row has.
            if reached == n
                && let Some(q) = next_of(c)
                && let Some(best) = scores.get_mut(usize::from(q))
            {
                let (score, _) = cell(rows.last(), column, previous, c, char::from(q));
                let bit = 1u128 << q;
                *best = if scored & bit == 0 {
                    score
                } else {
                    (*best).max(score)
                };
                scored |= bit;
            }
            let character = At {
                here,
                column,
                previous,
                c,
            };
            self.take(
                rows,
                &mut reached,
                character,
                false,
                |i, column, score, _, here| {
                    if Some(i) == last
                        && let Some(tail) = tail.as_deref_mut()
                    {
                        first.get_or_insert(here);
                        keep_match(tail, &mut fits, column, score);
                    }
                },
            );
        }
        // As [`Pattern::score`] has it: the best from minus infinity.
        for q in bits(scored) {
            if let Some(best) = scores.get_mut(q) {
                *best = (*best).max(NEG_INFINITY);
            }
        }
        Some((scored, first.filter(|_| fits)))
    }

    /// Sets each row's [`Row::limit`] in `rows` (one per query character),
    /// from the last query character back: where the row's character last
    /// occurs before the limit of the character after it, found a few
    /// bytes at a time. Returns whether the text holds the query's
    /// characters in order (ASCII letters in either case, as the matcher
    /// matches them).
    fn limits(&self, text: &str, rows: &mut [Row]) -> bool {
        let mut end = text.len();
        for (row, &q) in rows.iter_mut().zip(&self.chars).rev() {
            let Some(at) = find_before(text, end, q) else {
                return false;
            };
            row.limit = at;
            end = at;
        }
        true
    }

    /// Whether `text` holds the query's characters in order: a text too
    /// long to align here is handed to the matcher only then.
    fn occurs_in(&self, text: &str) -> bool {
        self.limits(text, &mut vec![Row::NONE; self.chars.len()])
    }

    /// Takes one character of the text into the rows whose query
    /// character it matches, last row first (a row reads the row above as
    /// it was in the column before), and calls `visit` with each match
    /// scored, as [`Pattern::align`] describes. `reached` counts the rows
    /// started so far: the character starts the next one where it is that
    /// row's character. `limited`: a match past its row's limit
    /// ([`Row::limit`]) is left out.
    #[inline]
    fn take(
        &self,
        rows: &mut [Row],
        reached: &mut usize,
        At {
            here,
            column,
            previous,
            c,
        }: At,
        limited: bool,
        mut visit: impl FnMut(usize, i32, i32, i32, usize),
    ) {
        if self
            .chars
            .get(*reached)
            .is_some_and(|q| c.eq_ignore_ascii_case(q))
        {
            *reached += 1;
        }
        for &i in self.rows_of(c) {
            if i >= *reached || (limited && rows.get(i).is_none_or(|r| here > r.limit)) {
                continue;
            }
            let Some(&q) = self.chars.get(i) else {
                continue;
            };
            let above = i.checked_sub(1).and_then(|a| rows.get(a));
            let (score, from) = cell(above, column, previous, c, q);
            if let Some(row) = rows.get_mut(i) {
                row.matched(column, score);
            }
            visit(i, column, score, from, here);
        }
    }

    /// Runs the matcher's dynamic programming over `text` (at most
    /// [`EXACT_TEXT_LIMIT`] bytes) and calls `visit` with each match it
    /// scores: the query character (row), the column (1-based), `M` there,
    /// the column of the previous query character's match that `M`
    /// follows, and the match's byte in `text`. Returns whether the text holds the query's characters in
    /// order. `rows` is room to work in.
    fn align(
        &self,
        text: &str,
        rows: &mut Vec<Row>,
        mut visit: impl FnMut(usize, i32, i32, i32, usize),
    ) -> bool {
        let n = self.chars.len();
        rows.clear();
        rows.resize(n, Row::NONE);
        let bytes = text.as_bytes();
        // A text without the query's characters in order is left here;
        // past the last character's limit, nothing counts.
        if !self.limits(text, rows) {
            return false;
        }
        let end = rows.last().map_or(0, |row| row.limit);
        // The matcher fills row `i` from the first occurrence of query
        // character `i` after that of character `i - 1`: rows below
        // `reached` have started.
        let mut reached = 0;
        // Up to the first query character's first occurrence, only the
        // columns count: they are counted at once.
        let mut at = self
            .chars
            .first()
            .and_then(|&q| find_from(text, 0, q))
            .unwrap_or(0);
        let mut column = text.get(..at).map_or(0, |before| {
            i32::try_from(before.chars().count()).unwrap_or(i32::MAX)
        });
        while let Some(&byte) = bytes.get(at).filter(|_| at <= end) {
            // A character no query character matches changes nothing but
            // the column (and the class of the character before the next
            // match, read back from the bytes below): step over it, byte by
            // byte, counting the bytes that start a character. A byte in
            // `starts` starts a character (ASCII, or a first byte).
            if !self.starts[usize::from(byte)] {
                column += i32::from(!is_continuation(byte));
                at += 1;
                continue;
            }
            debug_assert!(
                text.is_char_boundary(at),
                "a byte in `starts` starts a character"
            );
            let c = if byte.is_ascii() {
                char::from(byte)
            } else if let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) {
                c
            } else {
                break;
            };
            column += 1;
            let previous = before(bytes, at);
            let here = at;
            at += c.len_utf8();
            let character = At {
                here,
                column,
                previous,
                c,
            };
            self.take(rows, &mut reached, character, true, &mut visit);
        }
        reached == n
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scores_are_those_of_skim_defaults() {
        let config = fuzzy_matcher::skim::SkimScoreConfig::default();
        assert_eq!(
            [
                SCORE_MATCH,
                PENALTY_CASE_MISMATCH,
                GAP_START,
                GAP_EXTENSION,
                BONUS_HEAD,
                BONUS_BREAK,
                BONUS_CAMEL,
                BONUS_CONSECUTIVE,
                BONUS_FIRST_CHAR_MULTIPLIER,
            ],
            [
                config.score_match,
                config.penalty_case_mismatch,
                config.gap_start,
                config.gap_extension,
                config.bonus_head,
                config.bonus_break,
                config.bonus_camel,
                config.bonus_consecutive,
                config.bonus_first_char_multiplier,
            ]
        );
    }

    #[test]
    fn long_texts_score_as_the_matcher_does() {
        // Gaps of thousands of characters, within and beyond the limit of
        // the pattern's own scoring.
        let mut rows = Vec::new();
        let mut texts = Vec::new();
        for gap in [EXACT_TEXT_LIMIT / 2 - 5, EXACT_TEXT_LIMIT / 2] {
            let gap = "x".repeat(gap);
            texts.extend([
                format!("a{gap}b{gap}c"),
                format!("a{gap}bc{gap}"),
                format!("A{gap}{gap}bC"),
                format!("{gap}{gap}abc"),
            ]);
        }
        texts.push(format!("Ab{}C", "x".repeat(3 * EXACT_TEXT_LIMIT)));
        // Too long to align here and without the query: no match.
        texts.push(format!("Ab{}", "x".repeat(3 * EXACT_TEXT_LIMIT)));
        texts.push(format!("{}cba", "x".repeat(3 * EXACT_TEXT_LIMIT)));
        for text in texts {
            let expected = SkimMatcherV2::default()
                .ignore_case()
                .fuzzy_indices(&text, "abc")
                .map(|(score, _)| score);
            let score = Pattern::new("abc").score(&text, &mut rows);
            assert_eq!(score.map(i64::from), expected, "{} bytes", text.len());
        }
    }

    #[test]
    fn a_match_that_does_not_fit_is_not_kept() {
        // A query of 3,000 letters scores above what a kept match holds:
        // the score stands, nothing is kept for going on.
        let query = "a".repeat(3_000);
        let text = "a".repeat(3_000);
        let pattern = Pattern::new(&query);
        let mut tail = Vec::new();
        let kept = pattern.score_keeping(&text, &mut Vec::new(), &mut tail);
        let afresh = pattern.score(&text, &mut Vec::new());
        assert!(afresh.is_some_and(|score| score > i32::from(i16::MAX)));
        assert_eq!(kept, afresh.map(|score| (score, None)));
        // Nor as the scores of the next letter are worked out.
        let mut scores = [0; 128];
        let next = pattern.score_next(&text, &mut Vec::new(), &mut scores, Some(&mut tail));
        assert!(next.is_some_and(|(_, first)| first.is_none()));
    }

    proptest::proptest! {
        /// Also with four-byte characters, letters sharing a first byte
        /// (ż and ź), repeated query characters, and the room to work in
        /// kept from one text to the next, as a search keeps it.
        #[test]
        fn the_pattern_scores_as_the_matcher(
            texts in proptest::collection::vec("[aAbBżŻźŹ日пПё😊 ./_1\\x00-]{0,60}", 1..4),
            query in "[aAbBżźŻ日пё😊 ./_1\\x00-]{1,8}",
        ) {
            let pattern = Pattern::new(&query);
            let mut rows = Vec::new();
            for text in &texts {
                let expected = SkimMatcherV2::default()
                    .ignore_case()
                    .fuzzy_indices(text, &query)
                    .map(|(score, _)| score);
                let score = pattern.score(text, &mut rows);
                proptest::prop_assert_eq!(score.map(i64::from), expected);
            }
        }

        /// Going on from a shorter query's last matches scores as aligning
        /// the longer query afresh, a character at a time.
        #[test]
        fn extending_a_query_scores_as_aligning_it_afresh(
            text in "[aAbBżŻźŹ日пПё😊 ./_1\\x00-]{0,60}",
            query in "[aAbBżźŻ日пё😊 ./_1\\x00-]{1,4}",
            more in "[aAbBżźŻ日пё😊 ./_1\\x00-]{1,4}",
        ) {
            let mut rows = Vec::new();
            let mut tail = Vec::new();
            let kept = Pattern::new(&query).score_keeping(&text, &mut rows, &mut tail);
            let afresh = Pattern::new(&query).score(&text, &mut rows);
            proptest::prop_assert_eq!(kept.map(|(score, _)| score), afresh);
            let Some((_, Some(mut after))) = kept else {
                return Ok(());
            };
            let mut longer = query.clone();
            for c in more.chars() {
                longer.push(c);
                let pattern = Pattern::new(&longer);
                let mut next = Vec::new();
                let extended = pattern.extend(&text, &tail, after, &mut next);
                let mut kept_afresh = Vec::new();
                let afresh = pattern.score_keeping(&text, &mut rows, &mut kept_afresh);
                proptest::prop_assert_eq!(extended, afresh, "{:?}", longer);
                proptest::prop_assert_eq!(&next, &kept_afresh);
                let Some((_, Some(first))) = extended else {
                    break;
                };
                after = first;
                tail = next;
            }
        }

        /// Scoring every query one character longer at once scores each
        /// as the pattern of that query does, and keeps for the next letter
        /// what ranking the query keeps.
        #[test]
        fn scoring_the_next_characters_scores_each_longer_query(
            text in "[aAbBżŻźŹ日пПё😊 ./_1\\x00-]{0,80}",
            query in "[aAbBżźŻ日пё😊 ./_1\\x00-]{0,4}",
        ) {
            let mut rows = Vec::new();
            // Left from a text before, as a search leaves them.
            let mut scores = [7; 128];
            let pattern = Pattern::new(&query);
            let mut tail = Vec::new();
            let scored = pattern.score_next(&text, &mut rows, &mut scores, Some(&mut tail));
            let Some((scored, first)) = scored else {
                return Err(proptest::test_runner::TestCaseError::fail("not scored"));
            };
            // What it keeps for the next letter is what ranking keeps.
            let mut kept = Vec::new();
            let keeping = pattern.score_keeping(&text, &mut rows, &mut kept);
            let kept_first = keeping.and_then(|(_, first)| first);
            proptest::prop_assert_eq!(first, kept_first);
            proptest::prop_assert_eq!(&tail, &kept);
            for q in 0..128u8 {
                let longer = format!("{query}{}", char::from(q));
                let expected = Pattern::new(&longer)
                    .score(&text, &mut rows)
                    .filter(|_| is_next(q));
                let got = scored & (1 << q) != 0;
                proptest::prop_assert_eq!(got.then_some(scores[usize::from(q)]), expected, "{:?}", longer);
            }
        }

        #[test]
        fn the_pattern_matches_the_positions_of_the_matcher(
            text in "[aAbBżŻźŹ日пПё😊 ./_1\\x00-]{0,60}",
            query in "[aAbBżźŻ日пё😊 ./_1\\x00-]{1,8}",
        ) {
            let expected = SkimMatcherV2::default()
                .ignore_case()
                .fuzzy_indices(&text, &query)
                .map(|(_, positions)| positions);
            proptest::prop_assert_eq!(Pattern::new(&query).positions(&text), expected);
        }
    }
}
