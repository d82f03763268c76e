//! The terminal-free editing session: the undo history, field editing by
//! text, and saving against changes made to the file on disk.

pub mod disk;
pub mod edit;
pub mod history;
