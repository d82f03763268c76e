//! The finder's matching and ranking, without its widget: texts folded
//! for accents and case ([`fold`]), a query ranked against them as
//! fuzzy-matcher's skim algorithm (V2, ignoring case) does, a name that is
//! or starts with the query first. The app's finder, palette and pickers
//! (in the `cjm` crate) show what this ranks.

pub mod fold;
mod pattern;

pub use fold::{Ahead, Keep, Query, Rank, Searchable, Work};
