//! The terminal-free editing session: the undo history, field editing by
//! text, saving against changes made to the file on disk, the guided
//! workshop's state and the finder's matching.

pub mod change;
pub mod disk;
pub mod edit;
pub mod finder;
pub mod guide;
pub mod history;
pub mod rescue;
