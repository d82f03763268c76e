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

#[inline]
fn class(c: char) -> CharClass {
    match c {
        '\0' => CharClass::Start,
        ' ' | '/' | '\\' | '|' | '(' | ')' | '[' | ']' | '{' | '}' => CharClass::HardSeparator,
        '!'..='\'' | '*'..='.' | ':'..='@' | '^'..='`' | '~' => CharClass::SoftSeparator,
        '0'..='9' => CharClass::Number,
        'A'..='Z' => CharClass::Upper,
        _ => CharClass::Lower,
    }
}

/// The matcher's bonus for a match on `c` after `previous` (`'\0'` at the
/// start): the head of a word, after a break, a camel-case hump, or none.
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
/// matcher (the tests compare them).
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

impl Row {
    const NONE: Row = Row {
        last: 0,
        last_score: NOTHING,
        before: (NOTHING, 0),
        limit: 0,
    };

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
        let found = self.align(text, rows, |row, _, score, _| {
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
        let found = self.align(text, &mut Vec::new(), |row, column, score, from| {
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

    /// Sets each row's [`Row::limit`] in `rows` (one per query character),
    /// from the last query character back: where the row's character last
    /// occurs before the limit of the character after it, found a few
    /// bytes at a time. Returns whether the text holds the query's
    /// characters in order (ASCII letters in either case, as the matcher
    /// matches them).
    fn limits(&self, text: &str, rows: &mut [Row]) -> bool {
        let bytes = text.as_bytes();
        let mut end = bytes.len();
        for (row, &q) in rows.iter_mut().zip(&self.chars).rev() {
            let found = if q.is_ascii() {
                let q = q as u8;
                bytes.get(..end).and_then(|b| {
                    memchr::memrchr2(q.to_ascii_lowercase(), q.to_ascii_uppercase(), b)
                })
            } else {
                text.get(..end).and_then(|t| t.rfind(q))
            };
            let Some(at) = found else {
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

    /// Runs the matcher's dynamic programming over `text` (at most
    /// [`EXACT_TEXT_LIMIT`] bytes) and calls `visit` with each match it
    /// scores: the query character (row), the column (1-based), `M` there
    /// and the column of the previous query character's match that `M`
    /// follows. Returns whether the text holds the query's characters in
    /// order. `rows` is room to work in.
    fn align(
        &self,
        text: &str,
        rows: &mut Vec<Row>,
        mut visit: impl FnMut(usize, i32, i32, i32),
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
        let mut at = match self.chars.first() {
            Some(&q) if q.is_ascii() => {
                let q = q as u8;
                memchr::memchr2(q.to_ascii_lowercase(), q.to_ascii_uppercase(), bytes)
            }
            Some(&q) => text.find(q),
            None => None,
        }
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
                column += i32::from(byte & 0xC0 != 0x80);
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
            // The character before: only its class counts, and every
            // character beyond ASCII is in the class of `\u{80}`.
            let previous = match at.checked_sub(1).and_then(|b| bytes.get(b)) {
                None => '\0',
                Some(&b) if b.is_ascii() => char::from(b),
                Some(_) => '\u{80}',
            };
            let here = at;
            at += c.len_utf8();
            if self
                .chars
                .get(reached)
                .is_some_and(|q| c.eq_ignore_ascii_case(q))
            {
                reached += 1;
            }
            let matching = self.rows_of(c);
            // `matching` lists the rows last first: its last is the
            // lowest row, the first to start.
            if matching.last().is_some_and(|&first| first < reached) {
                let mut in_place = bonus(previous, c);
                if column == 1 {
                    in_place *= BONUS_FIRST_CHAR_MULTIPLIER;
                }
                let consecutive = in_place.max(BONUS_CONSECUTIVE);
                // Last row first: a row reads the row above as it was in
                // the column before.
                for &i in matching {
                    if i >= reached || rows.get(i).is_none_or(|r| here > r.limit) {
                        continue;
                    }
                    let (diagonal, (skip, gap_from)) =
                        match i.checked_sub(1).and_then(|a| rows.get(a)) {
                            // The first query character follows the
                            // matrix's empty row: no match, a gap's step.
                            None => (NEG_INFINITY, (GAP_EXTENSION, 0)),
                            Some(above) => {
                                let diagonal = if above.last == column - 1 {
                                    above.last_score
                                } else {
                                    NEG_INFINITY
                                };
                                let (key, from) = above.best_before(column - 1);
                                let skip = key + GAP_START + (column - 1) * GAP_EXTENSION;
                                (diagonal, (skip, from))
                            }
                        };
                    let matched = SCORE_MATCH
                        + if self.chars.get(i) == Some(&c) {
                            0
                        } else {
                            PENALTY_CASE_MISMATCH
                        };
                    let (score, from) = if diagonal + consecutive >= skip + in_place {
                        (diagonal + consecutive + matched, column - 1)
                    } else {
                        (skip + in_place + matched, gap_from)
                    };
                    if let Some(row) = rows.get_mut(i) {
                        row.before = row.best_before(column);
                        row.last = column;
                        row.last_score = score;
                    }
                    visit(i, column, score, from);
                }
            }
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
