//! The finder's matching and ranking, without its widget: texts folded
//! for accents and case ([`fold`]), a query ranked against them as
//! fuzzy-matcher's skim algorithm (V2, ignoring case) does, a name that is
//! or starts with the query first. The app's finder, palette and pickers
//! (in the `cjm` crate) show what this ranks.

pub mod fold;
mod pattern;

pub use fold::{Query, Rank, Searchable, Work};

/// Whether `query` can match `text` at all: its characters occur in
/// `text` in order, ASCII letters in either case, as the matcher requires.
/// A scan of the bytes, much cheaper than scoring the text; an encoded
/// character is only found where a character starts, and no byte of a
/// non-ASCII character is ASCII.
pub fn may_match(text: &str, query: &str) -> bool {
    let mut rest = text.as_bytes();
    let mut buf = [0u8; 4];
    for q in query.chars() {
        let found = if q.is_ascii() {
            let q = q as u8;
            rest.iter()
                .position(|b| b.eq_ignore_ascii_case(&q))
                .map(|at| at + 1)
        } else {
            let bytes = q.encode_utf8(&mut buf).as_bytes();
            rest.windows(bytes.len())
                .position(|w| w == bytes)
                .map(|at| at + bytes.len())
        };
        match found {
            Some(end) => rest = &rest[end..],
            None => return false,
        }
    }
    true
}
