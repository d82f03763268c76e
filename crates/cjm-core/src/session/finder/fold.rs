//! Search that ignores how people type: accents and case of any letter.
//!
//! Every fuzzy list of the app (the finder, the command palette, the home
//! screen's filter) matches through [`Query`] and [`Searchable`]. Both the
//! query and each text are *folded* first, one character at a time: Latin,
//! Greek and Cyrillic letters become their ASCII spelling (`Ż` → `Z`,
//! `ß` → `ss`, `Å` → `A`, `П` → `P`, `ё` → `e`), combining marks are
//! dropped, other characters (CJK, kana, emoji...) are lower-cased where
//! they have a case, and ASCII stays as it is. The
//! skim matcher then compares the folded texts, ignoring ASCII case, so
//! `zolty` finds "Żółty list", `перенос` and `perenos` find "Перенос
//! номера", and a pure-ASCII text scores exactly as the matcher scores it.
//! The matched characters are mapped back to the original text's
//! characters for highlighting.
//!
//! A result's rank is its tier first, then the matcher's score: a text
//! whose name (a finder item's first field, an action's name, a home
//! entry's kind of map or title) is the query ranks above one whose name
//! starts with it, which ranks above the rest.
//!
//! A text is folded once, when its list is built ([`Searchable::new`]); a
//! key folds only the query.

use std::ops::Range;

use super::pattern::{self, Pattern, Row, Tail};

/// Appends the searched form of `c` to `out`.
fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c);
        return;
    }
    let folding = match u32::from(c) {
        // Latin, Greek and Cyrillic: from a table worked out once, since
        // the Unicode tables behind `is_alphabetic`, `deunicode` and
        // `to_lowercase` are slow per character and a large map's finder
        // folds megabytes of text when it opens.
        code @ 0x80..=0x52f => TABLE[code as usize - 0x80],
        code @ 0x1e00..=0x1fff => TABLE[code as usize - 0x1e00 + LOW_BLOCKS],
        // CJK, kana, Hangul and emoji have no case and no accents.
        0x3040..=0x9fff | 0xac00..=0xd7af | 0x1f000..=0x1faff => Folding::Char(c),
        _ => folding(c),
    };
    match folding {
        Folding::Drop => {}
        Folding::Text(text) => out.push_str(text),
        Folding::Char(c) => out.push(c),
        Folding::Lowercase => out.extend(c.to_lowercase()),
    }
}

/// What one character folds to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Folding {
    /// Nothing: a combining mark.
    Drop,
    /// Its ASCII spelling.
    Text(&'static str),
    /// One character: itself lower-cased.
    Char(char),
    /// Its lower case of several characters.
    Lowercase,
}

/// How `c` (not ASCII) folds: see the module's documentation.
fn folding(c: char) -> Folding {
    if is_combining(c) {
        return Folding::Drop;
    }
    // Russian writes ё as е more often than not; its transliteration
    // ("io") would not match what people type.
    match c {
        'ё' => return Folding::Text("e"),
        'Ё' => return Folding::Text("E"),
        _ => {}
    }
    if transliterated(c)
        && c.is_alphabetic()
        && let Some(ascii) = deunicode::deunicode_char(c)
        && !ascii.is_empty()
        && ascii.bytes().all(|b| b.is_ascii_alphanumeric())
    {
        return Folding::Text(ascii);
    }
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(one), None) => Folding::Char(one),
        _ => Folding::Lowercase,
    }
}

/// Characters U+0080 to U+052F in [`TABLE`], before U+1E00 to U+1FFF.
const LOW_BLOCKS: usize = 0x530 - 0x80;

/// [`folding`] of U+0080 to U+052F and of U+1E00 to U+1FFF.
static TABLE: std::sync::LazyLock<Vec<Folding>> = std::sync::LazyLock::new(|| {
    (0x80..0x530u32)
        .chain(0x1e00..0x2000)
        .map(|code| char::from_u32(code).map_or(Folding::Lowercase, folding))
        .collect()
});

/// Whether `c` is in a script whose letters fold to their ASCII spelling:
/// Latin with accents and ligatures, Greek and Cyrillic. Other scripts
/// (CJK, kana, Arabic...) keep their characters: a transliteration there
/// would let a Latin query match characters nobody typed.
fn transliterated(c: char) -> bool {
    matches!(
        c,
        '\u{c0}'..='\u{24f}'
            | '\u{370}'..='\u{3ff}'
            | '\u{400}'..='\u{52f}'
            | '\u{1e00}'..='\u{1eff}'
            | '\u{1f00}'..='\u{1fff}'
            | '\u{fb00}'..='\u{fb06}'
    )
}

/// Whether `c` is a combining mark, drawn on the character before it
/// (decomposed accents: `S` followed by U+0301 is `Ś`).
fn is_combining(c: char) -> bool {
    matches!(
        c,
        '\u{300}'..='\u{36f}'
            | '\u{483}'..='\u{489}'
            | '\u{1ab0}'..='\u{1aff}'
            | '\u{1dc0}'..='\u{1dff}'
            | '\u{20d0}'..='\u{20ff}'
            | '\u{fe20}'..='\u{fe2f}'
    )
}

/// `text` as it is searched (see the module's documentation).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// Appends `fold(text)` to `out`, copying runs of ASCII as they are.
pub fn fold_into(text: &str, out: &mut String) {
    let mut rest = text;
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let (run, tail) = rest.split_at(ascii);
        out.push_str(run);
        let mut chars = tail.chars();
        if let Some(c) = chars.next() {
            fold_char(c, out);
        }
        rest = chars.as_str();
    }
}

/// For each character of `fold(text)`, the index of the character of
/// `text` it comes from.
fn origins(text: &str) -> Vec<usize> {
    let mut origins = Vec::with_capacity(text.len());
    let mut buf = String::new();
    for (i, c) in text.chars().enumerate() {
        buf.clear();
        fold_char(c, &mut buf);
        origins.extend(buf.chars().map(|_| i));
    }
    origins
}

/// A text of a list, folded for searching once, with where its name is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Searchable {
    folded: String,
    /// The name's bytes in `folded`.
    name: Range<usize>,
}

impl Searchable {
    /// `text`, all of it its name.
    pub fn new(text: &str) -> Searchable {
        Searchable::with_name(text, 0..text.len())
    }

    /// `text`, whose name is the bytes `name` of it (an empty name where
    /// they are not a range of its characters).
    pub fn with_name(text: &str, name: Range<usize>) -> Searchable {
        let mut folded = String::with_capacity(text.len());
        let (Some(before), Some(inside), Some(after)) = (
            text.get(..name.start),
            text.get(name.clone()),
            text.get(name.end..),
        ) else {
            fold_into(text, &mut folded);
            return Searchable { folded, name: 0..0 };
        };
        fold_into(before, &mut folded);
        let start = folded.len();
        fold_into(inside, &mut folded);
        let end = folded.len();
        fold_into(after, &mut folded);
        Searchable {
            folded,
            name: start..end,
        }
    }

    /// The folded name.
    fn name(&self) -> &str {
        self.folded.get(self.name.clone()).unwrap_or("")
    }
}

/// How well a text matched: the tier (2 where its name is the query, 1
/// where its name starts with it, 0 otherwise), then the matcher's score.
/// Greater is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Rank {
    pub tier: u8,
    pub score: i32,
}

/// Room for [`Query::rank`] to work in, kept between texts.
#[derive(Default)]
pub struct Work(Vec<Row>);

/// What ranking texts for a query keeps, text by text, for the query one
/// (folded) character longer ([`Query::rank_extending`]): the matches of
/// the query's last character in each text that matched. Typing a letter
/// then adds one row to each text's alignment instead of aligning the
/// whole query again.
#[derive(Clone, Debug, Default)]
pub struct Keep {
    /// The folded query the matches are of.
    query: String,
    /// What each thread ranking a part of the texts kept, in order, with
    /// the number of texts matched before the part: joined without being
    /// copied (a first letter's are megabytes).
    parts: Vec<(usize, Part)>,
}

/// What ranking one part of the texts kept.
#[derive(Clone, Debug, Default)]
struct Part {
    /// Per text that matched, in the order of the texts ranked (the
    /// candidates').
    seeds: Vec<Seed>,
    /// The matches, each text's after the one before's.
    tails: Vec<Tail>,
}

/// Where one text's kept matches are in [`Part::tails`], and the byte of
/// the first of them; [`Seed::NONE`] where nothing was kept.
#[derive(Clone, Copy, Debug)]
struct Seed {
    after: u32,
    start: u32,
    len: u32,
}

impl Seed {
    const NONE: Seed = Seed {
        after: u32::MAX,
        start: 0,
        len: 0,
    };
}

impl Part {
    /// Records the matches appended to `tails` since `start`, the first at
    /// byte `after` (`None`: nothing kept for the text).
    fn push(&mut self, after: Option<usize>, start: usize) {
        let offset = |n: usize| u32::try_from(n).ok();
        let seed = match (
            after.and_then(offset),
            offset(start),
            offset(self.tails.len()),
        ) {
            (Some(after), Some(start), Some(end)) if after != u32::MAX => Seed {
                after,
                start,
                len: end - start,
            },
            _ => Seed::NONE,
        };
        if seed.after == u32::MAX {
            self.tails.truncate(start);
        }
        self.seeds.push(seed);
    }

    /// The kept matches of the part's `hit`-th text and the byte of the
    /// first.
    fn of(&self, hit: usize) -> Option<(&[Tail], usize)> {
        let seed = self.seeds.get(hit).filter(|s| s.after != u32::MAX)?;
        let start = seed.start as usize;
        let tails = self.tails.get(start..start + seed.len as usize)?;
        Some((tails, seed.after as usize))
    }
}

impl Keep {
    /// How many texts it keeps matches of: one per text that matched.
    pub fn len(&self) -> usize {
        self.parts
            .last()
            .map_or(0, |(before, part)| before + part.seeds.len())
    }

    /// Whether it keeps no text's matches.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The part texts are being ranked into.
    fn current(&mut self) -> &mut Part {
        if self.parts.is_empty() {
            self.parts.push((0, Part::default()));
        }
        let last = self.parts.len() - 1;
        &mut self.parts[last].1
    }

    /// The kept matches of the `hit`-th text that matched and the byte of
    /// the first.
    fn of(&self, hit: usize) -> Option<(&[Tail], usize)> {
        let (before, part) = self.parts.iter().rev().find(|(before, _)| *before <= hit)?;
        part.of(hit - before)
    }

    /// Appends what ranking the texts after this one's kept (as on another
    /// thread).
    pub fn append(&mut self, other: Keep) {
        let before = self.len();
        self.parts.extend(
            other
                .parts
                .into_iter()
                .map(|(after, part)| (before + after, part)),
        );
    }
}

/// The scores of a list of texts for every query one character longer
/// than a query, worked out ahead, text by text ([`Ahead::add`]), while
/// the person looks at the query's results: typing that character then
/// looks each text's score up ([`Ahead::rank`]) instead of aligning the
/// query with every text again. The characters are the printable ASCII
/// ones but the capital letters, which most small letters typed in the
/// interface's languages fold to (`ż` → `z`, `д` → `d`). A capital, or a
/// letter that folds to several characters (Russian ж, х, ц, ч, ш, щ, ю
/// and я: `щ` → `shch`), is ranked as usual.
#[derive(Clone)]
pub struct Ahead {
    /// The query the longer ones extend.
    query: Query,
    /// How many texts the table is for.
    texts: usize,
    /// How many of them were added so far, in order.
    added: usize,
    /// Per character (by its byte), each text's score for the query
    /// followed by it, [`Ahead::NONE`] where that does not match; empty
    /// until a text matches.
    scores: Vec<Vec<i16>>,
    /// The texts (by index, in order) whose scores the table does not
    /// hold: too long to align ahead, or a score beyond its range. They are
    /// ranked as usual.
    elsewhere: Vec<usize>,
    /// What ranking the query keeps for the next letter, for the texts
    /// added ([`Keep`]), where it was asked for: a letter that is not
    /// looked up goes on from it, also from part of it.
    keep: Option<Keep>,
}

/// How far the table got, not its megabytes of scores.
impl std::fmt::Debug for Ahead {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Ahead")
            .field("query", &self.query.folded)
            .field("texts", &self.texts)
            .field("added", &self.added)
            .field("elsewhere", &self.elsewhere.len())
            .finish_non_exhaustive()
    }
}

impl Ahead {
    /// No match, in [`Ahead::scores`]; a score equal to it is kept in
    /// [`Ahead::elsewhere`].
    const NONE: i16 = i16::MAX;

    /// An empty table for `texts` texts and the queries one character
    /// longer than `query`; `keeping`: also keeping what ranking the query
    /// keeps for the next letter ([`Ahead::into_keep`]), where nothing
    /// kept it (not for the empty query, which keeps nothing).
    pub fn new(query: Query, texts: usize, keeping: bool) -> Ahead {
        let keep = (keeping && !query.folded.is_empty()).then(|| query.keep());
        Ahead {
            query,
            texts,
            added: 0,
            scores: vec![Vec::new(); 128],
            elsewhere: Vec::new(),
            keep,
        }
    }

    /// Adds the next text, `folded`, scored for every longer query.
    pub fn add(&mut self, folded: &str, work: &mut Work) {
        let i = self.added;
        if i >= self.texts {
            return;
        }
        self.added += 1;
        let mut scores = [0; 128];
        let part = self.keep.as_mut().map(Keep::current);
        let start = part.as_ref().map_or(0, |part| part.tails.len());
        let tails = part.map(|part| &mut part.tails);
        let scored = self
            .query
            .pattern
            .score_next(folded, &mut work.0, &mut scores, tails);
        if let Some(keep) = &mut self.keep {
            keep.current()
                .push(scored.and_then(|(_, first)| first), start);
        }
        let Some((scored, _)) = scored else {
            self.elsewhere.push(i);
            return;
        };
        let mut fits = true;
        for q in pattern::bits(scored) {
            let (Some(column), Some(&score)) = (self.scores.get_mut(q), scores.get(q)) else {
                continue;
            };
            match i16::try_from(score) {
                Ok(score) if score != Self::NONE => {
                    if column.is_empty() {
                        column.resize(self.texts, Self::NONE);
                    }
                    if let Some(slot) = column.get_mut(i) {
                        *slot = score;
                    }
                }
                _ => fits = false,
            }
        }
        if !fits {
            self.elsewhere.push(i);
        }
    }

    /// What ranking the query keeps for the next letter, for the texts
    /// added so far, where [`Ahead::new`] was asked to keep it.
    pub fn into_keep(self) -> Option<Keep> {
        self.keep
    }

    /// [`Ahead::into_keep`], leaving the table without it.
    pub fn take_keep(&mut self) -> Option<Keep> {
        self.keep.take()
    }

    /// How many texts the table is for.
    pub fn texts(&self) -> usize {
        self.texts
    }

    /// Whether every text was added.
    pub fn is_complete(&self) -> bool {
        self.added == self.texts
    }

    /// How many texts were added.
    pub fn added(&self) -> usize {
        self.added
    }

    /// The character `longer` adds to the table's query, where `longer`
    /// is that query and one more (folded) character the table holds.
    pub fn next_char(&self, longer: &Query) -> Option<u8> {
        let rest = longer.folded.strip_prefix(self.query.folded.as_str())?;
        match rest.as_bytes() {
            &[q] if pattern::is_next(q) => Some(q),
            _ => None,
        }
    }

    /// The rank of the `i`-th text (folded `folded`, with the folded name
    /// `name`) for `longer`, which adds the character `q` to the table's
    /// query ([`Ahead::next_char`]): [`Query::rank_folded`], looked up.
    pub fn rank(
        &self,
        (longer, q): (&Query, u8),
        i: usize,
        (folded, name): (&str, &str),
        work: &mut Work,
    ) -> Option<Rank> {
        if i >= self.added || self.elsewhere.binary_search(&i).is_ok() {
            return longer.rank_folded(folded, name, work);
        }
        let score = *self.scores.get(usize::from(q))?.get(i)?;
        (score != Self::NONE).then(|| Rank {
            tier: longer.tier(name),
            score: i32::from(score),
        })
    }
}

/// A query, folded, prepared for ranking many texts.
#[derive(Clone, Debug)]
pub struct Query {
    folded: String,
    pattern: Pattern,
}

impl Query {
    pub fn new(query: &str) -> Query {
        let folded = fold(query);
        let pattern = Pattern::new(&folded);
        Query { folded, pattern }
    }

    /// How well `text` matches, `None` when it does not contain the
    /// query's (folded) characters in order. An empty query matches
    /// everything in tier 0 with score 0.
    pub fn rank(&self, text: &Searchable, work: &mut Work) -> Option<Rank> {
        self.rank_folded(&text.folded, text.name(), work)
    }

    /// [`Query::rank`] of a text folded elsewhere ([`fold_into`]): `folded`
    /// is the whole text folded, `name` its name folded.
    pub fn rank_folded(&self, folded: &str, name: &str, work: &mut Work) -> Option<Rank> {
        let score = self.pattern.score(folded, &mut work.0)?;
        Some(Rank {
            tier: self.tier(name),
            score,
        })
    }

    /// Nothing kept yet, for [`Query::rank_keeping`] and
    /// [`Query::rank_extending`] to keep in.
    pub fn keep(&self) -> Keep {
        Keep {
            query: self.folded.clone(),
            ..Keep::default()
        }
    }

    /// [`Query::rank_folded`], keeping in `keep` (one entry per text that
    /// matches) what the query one character longer goes on from.
    pub fn rank_keeping(
        &self,
        folded: &str,
        name: &str,
        work: &mut Work,
        keep: &mut Keep,
    ) -> Option<Rank> {
        self.ranked_keeping(name, keep, |tails| {
            self.pattern.score_keeping(folded, &mut work.0, tails)
        })
    }

    /// The rank `score` gives a text with the (folded) `name`, keeping in
    /// `keep` the matches it appends (and the byte of the first, where they
    /// are kept), or nothing where the text does not match.
    fn ranked_keeping(
        &self,
        name: &str,
        keep: &mut Keep,
        score: impl FnOnce(&mut Vec<Tail>) -> Option<(i32, Option<usize>)>,
    ) -> Option<Rank> {
        let part = keep.current();
        let start = part.tails.len();
        let Some((score, first)) = score(&mut part.tails) else {
            part.tails.truncate(start);
            return None;
        };
        part.push(first, start);
        Some(Rank {
            tier: self.tier(name),
            score,
        })
    }

    /// Whether `keep` was kept for this query without its last (folded)
    /// character, so that [`Query::rank_extending`] can go on from it.
    pub fn goes_on_from(&self, keep: &Keep) -> bool {
        let mut rest = match self.folded.strip_prefix(keep.query.as_str()) {
            Some(rest) => rest.chars(),
            None => return false,
        };
        rest.next().is_some() && rest.next().is_none()
    }

    /// The rank of a text that ranking for the query of `from` found as
    /// its `hit`-th match, going on from the matches kept for it, and
    /// keeping in `keep` in turn: [`Query::rank_keeping`] of the text,
    /// without aligning the whole query again. Only where
    /// [`Query::goes_on_from`] `from`; a text nothing was kept for is
    /// aligned afresh.
    pub fn rank_extending(
        &self,
        folded: &str,
        name: &str,
        work: &mut Work,
        (from, hit): (&Keep, usize),
        keep: &mut Keep,
    ) -> Option<Rank> {
        debug_assert!(self.goes_on_from(from), "one character added");
        let Some((previous, after)) = from.of(hit) else {
            return self.rank_keeping(folded, name, work, keep);
        };
        self.ranked_keeping(name, keep, |tails| {
            self.pattern.extend(folded, previous, after, tails)
        })
    }

    /// The tier of a text with the (folded) `name`.
    fn tier(&self, name: &str) -> u8 {
        let query = self.folded.as_str();
        if query.is_empty() {
            return 0;
        }
        match name.get(..query.len()) {
            Some(head) if head.eq_ignore_ascii_case(query) => {
                if name.len() == query.len() {
                    2
                } else {
                    1
                }
            }
            _ => 0,
        }
    }

    /// The characters of `original` (by index) that the query matches, for
    /// highlighting, in order: the characters whose folded form the
    /// matcher matched, each with the combining marks that follow it.
    /// `text` is `original` folded.
    pub fn positions(&self, original: &str, text: &Searchable) -> Vec<usize> {
        self.positions_folded(original, &text.folded)
    }

    /// [`Query::positions`] of a text folded elsewhere: `folded` is
    /// `original` folded.
    pub fn positions_folded(&self, original: &str, folded: &str) -> Vec<usize> {
        let Some(folded) = self.pattern.positions(folded) else {
            return Vec::new();
        };
        // Nothing matched (an empty query): no need to map the text.
        if folded.is_empty() {
            return Vec::new();
        }
        let origins = origins(original);
        let marks: Vec<bool> = original.chars().map(is_combining).collect();
        let mut positions: Vec<usize> = Vec::with_capacity(folded.len());
        for i in folded.into_iter().filter_map(|f| origins.get(f).copied()) {
            // The characters of one folded to several, and the marks
            // after them, are highlighted once.
            if positions.last().is_some_and(|&last| last >= i) {
                continue;
            }
            positions.push(i);
            positions.extend(
                (i + 1..marks.len()).take_while(|&m| marks.get(m).copied().unwrap_or(false)),
            );
        }
        positions
    }
}

#[cfg(test)]
mod tests {
    use fuzzy_matcher::FuzzyMatcher;
    use fuzzy_matcher::skim::SkimMatcherV2;

    use super::*;

    /// The folding of one character as first written, without the table
    /// and the short cuts: [`fold_char`] must do just this.
    fn fold_char_as_specified(c: char, out: &mut String) {
        if c.is_ascii() {
            out.push(c);
            return;
        }
        if is_combining(c) {
            return;
        }
        let ascii = match c {
            'ё' => Some("e"),
            'Ё' => Some("E"),
            _ => None,
        };
        if let Some(ascii) = ascii {
            out.push_str(ascii);
        } else if c.is_alphabetic()
            && transliterated(c)
            && let Some(ascii) = deunicode::deunicode_char(c)
            && !ascii.is_empty()
            && ascii.bytes().all(|b| b.is_ascii_alphanumeric())
        {
            out.push_str(ascii);
        } else {
            out.extend(c.to_lowercase());
        }
    }

    #[test]
    fn every_character_folds_as_specified() {
        let (mut fast, mut specified) = (String::new(), String::new());
        for c in (0..=0x10ffffu32).filter_map(char::from_u32) {
            fast.clear();
            specified.clear();
            fold_char(c, &mut fast);
            fold_char_as_specified(c, &mut specified);
            assert_eq!(fast, specified, "U+{:04X}", u32::from(c));
        }
    }

    /// The characters of `text` that `query` highlights.
    fn highlighted(query: &str, text: &str) -> String {
        let q = Query::new(query);
        let searchable = Searchable::new(text);
        let positions = q.positions(text, &searchable);
        text.chars()
            .enumerate()
            .filter(|(i, _)| positions.contains(i))
            .map(|(_, c)| c)
            .collect()
    }

    fn matches(query: &str, text: &str) -> bool {
        Query::new(query)
            .rank(&Searchable::new(text), &mut Work::default())
            .is_some()
    }

    #[test]
    fn accents_and_case_are_folded_in_every_language() {
        for (query, text) in [
            // The examples.
            ("zolty", "Żółty list"),
            ("swiadomosc", "Świadomość potrzeby"),
            ("перенос", "Перенос номера"),
            ("hallplats", "hållplatsen"),
            ("Åsa", "asa"),
            ("asa", "Åsa"),
            ("ÅSA", "åsa"),
            // Cyrillic typed in Latin letters.
            ("perenos", "Перенос номера"),
            // Swedish.
            ("angelholm", "Ängelholm"),
            ("ÄNGEL", "ängelholm"),
            ("skona", "Sköna skor"),
            ("Örebro", "örebro"),
            ("smorgas", "Smörgåsbord"),
            // Polish: ą ć ę ł ń ó ś ź ż, both ways and across case.
            ("zazolc gesla jazn", "Zażółć gęślą jaźń"),
            ("ZAŻÓŁĆ", "zażółć"),
            ("łódź", "ŁÓDŹ"),
            ("lodz", "Łódź"),
            ("Swiety", "święty"),
            ("dostepnosc", "Dostępność w salonach"),
            ("Zrodlo", "źródło"),
            ("kon", "Koń"),
            ("prosba", "prośba"),
            // Russian: ё as е, upper and lower case.
            ("елка", "Ёлка"),
            ("ЁЛКА", "ёлка"),
            ("елка", "ёлка"),
            ("ЁЖ", "ёжик"),
            ("доставка", "ДОСТАВКА ЗАКАЗА"),
            ("ЗАКАЗ", "заказ курьером"),
            ("Щука", "щука"),
            // German and others.
            ("strasse", "Straße"),
            ("STRASSE", "straße"),
            ("cafe", "Café"),
            // Decomposed accents (a letter followed by a combining mark).
            ("swiadomosc", "S\u{301}wiadomos\u{301}c\u{301}"),
            ("Świadomość", "S\u{301}wiadomos\u{301}c\u{301}"),
        ] {
            assert!(matches(query, text), "{query:?} finds {text:?}");
        }
        for (query, text) in [
            ("zolty", "Żółw"),
            ("перенос", "Перевод"),
            ("hallplats", "Hållplan"),
        ] {
            assert!(!matches(query, text), "{query:?} does not find {text:?}");
        }
    }

    #[test]
    fn the_highlight_falls_on_the_original_characters() {
        assert_eq!(highlighted("zolty", "Żółty list"), "Żółty");
        assert_eq!(
            highlighted("swiadomosc", "Świadomość potrzeby"),
            "Świadomość"
        );
        assert_eq!(highlighted("перенос", "Перенос номера"), "Перенос");
        assert_eq!(highlighted("perenos", "Перенос номера"), "Перенос");
        assert_eq!(highlighted("hallplats", "hållplatsen"), "hållplats");
        assert_eq!(highlighted("asa", "Åsa"), "Åsa");
        assert_eq!(highlighted("елка", "Ёлка"), "Ёлка");
        // One character folded to several: ß is "ss", Щ is "Shch", and
        // any of them matched highlights it.
        assert_eq!(highlighted("strasse", "Straße"), "Straße");
        assert_eq!(highlighted("stras", "Straße"), "Straß");
        assert_eq!(highlighted("uka", "Щука"), "ука");
        assert_eq!(highlighted("shuka", "Щука"), "Щука");
        // Positions, not only characters: "łoś", not the o of "Kot".
        let text = "Kot i łoś";
        let q = Query::new("los");
        assert_eq!(q.positions(text, &Searchable::new(text)), [6, 7, 8]);
        // A combining mark is highlighted with the letter it is drawn on.
        let text = "S\u{301}wiat";
        let q = Query::new("sw");
        assert_eq!(q.positions(text, &Searchable::new(text)), [0, 1, 2]);
        // Both s of ß matched, with a mark after it: each character once.
        let text = "ß\u{308}П";
        let q = Query::new("ssП");
        assert_eq!(q.positions(text, &Searchable::new(text)), [0, 1, 2]);
        // Wide and unchanged characters stay where they are.
        assert_eq!(highlighted("注文", "ご注文の確認"), "注文");
        assert_eq!(highlighted("😊", "Bardzo 😊 dobrze"), "😊");
    }

    #[test]
    fn a_name_that_is_or_starts_with_the_query_ranks_first() {
        let rank = |query: &str, text: &str, name: Range<usize>| {
            Query::new(query).rank(&Searchable::with_name(text, name), &mut Work::default())
        };
        let tier = |query, text: &str, name| rank(query, text, name).map(|r| r.tier);
        assert_eq!(tier("łódź", "Lodz", 0..4), Some(2));
        assert_eq!(tier("zolty", "Żółty list", 0..13), Some(1));
        assert_eq!(tier("list", "Żółty list", 0..13), Some(0));
        // Only the name counts, not the fields after it.
        let text = "Kasa · Żółty list";
        assert_eq!(tier("zolty", text, 0..4), Some(0));
        assert_eq!(tier("kasa", text, 0..4), Some(2));
        // A name after a label, as on the home screen.
        let text = "New map: Dzień w życiu (warsztat)";
        let name = 9..9 + "Dzień w życiu".len();
        assert_eq!(tier("DZIEN W ZYCIU", text, name.clone()), Some(2));
        assert_eq!(tier("dzien", text, name.clone()), Some(1));
        assert_eq!(tier("new map", text, name), Some(0));
        // A range that does not fall between characters names nothing.
        assert_eq!(tier("d", text, 9..14), Some(0));
        // A prefix beats a better score of scattered letters elsewhere.
        let name = rank("day", "Day in the life", 0..15);
        let scattered = rank("day", "Northgate · D-A-Y", 0..9);
        assert!(name > scattered, "{name:?} above {scattered:?}");
    }

    #[test]
    fn ascii_text_is_matched_as_the_matcher_matches_it() {
        let matcher = SkimMatcherV2::default().ignore_case();
        for (query, text) in [
            ("chkout", "Checkout · Delivery cost shown too late"),
            ("DC", "Delivery cost"),
            ("refund status", "Refund when the carrier scans the return"),
        ] {
            let q = Query::new(query);
            let s = Searchable::new(text);
            let expected = matcher.fuzzy_indices(text, query);
            let got = q
                .rank(&s, &mut Work::default())
                .map(|r| (i64::from(r.score), q.positions(text, &s)));
            assert_eq!(got, expected, "{query:?} in {text:?}");
        }
    }

    proptest::proptest! {
        /// Folding changes nothing for ASCII: the folded path's score and
        /// highlighted characters are those of the matcher.
        #[test]
        fn folding_agrees_with_the_matcher_on_ascii(
            text in "[a-zA-Z0-9 ./_:-]{0,40}",
            query in "[a-zA-Z0-9 ./_:-]{1,6}",
        ) {
            let expected = SkimMatcherV2::default().ignore_case().fuzzy_indices(&text, &query);
            let q = Query::new(&query);
            let s = Searchable::new(&text);
            let got = q
                .rank(&s, &mut Work::default())
                .map(|r| (i64::from(r.score), q.positions(&text, &s)));
            proptest::prop_assert_eq!(got, expected);
        }

        /// Whatever the text, the highlighted characters are characters of
        /// it, in order, each once; a match highlights at least one.
        #[test]
        fn highlights_fall_on_characters_of_the_original(
            text in "[aAsSżŻółŁßЁёЩщПп日😊\u{301}\u{308} ._-]{0,30}",
            query in "[aAsSżŻółŁßЁёЩщПп日😊\u{301} ._-]{1,5}",
        ) {
            let q = Query::new(&query);
            let s = Searchable::new(&text);
            let count = text.chars().count();
            let positions = q.positions(&text, &s);
            proptest::prop_assert!(positions.iter().all(|&p| p < count));
            proptest::prop_assert!(positions.windows(2).all(|w| w[0] < w[1]));
            let found = q.rank(&s, &mut Work::default()).is_some();
            proptest::prop_assert_eq!(found && !fold(&query).is_empty(), !positions.is_empty());
        }
    }
}
