//! Why a command failed: [`CliError`], the one error type the commands
//! return, and [`report`], the one place that prints it to stderr (coloured
//! by anstream's rules: only on a terminal, never with `NO_COLOR`) and
//! turns it into the exit code.
//!
//! Findings (`cjm check`'s warnings, the files `fmt --check` would change,
//! the differences `cjm diff` shows) are results, not errors: commands
//! print them themselves and say so with [`Outcome::Findings`].

use std::path::{Path, PathBuf};

use super::{EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, stderr_color};
use crate::format::LoadError;
use crate::history::HistoryError;
use crate::style::Palette;
use crate::t;

/// What a command that did its job found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing to report: exit 0.
    Done,
    /// Something to report, already printed as the command's result (files
    /// that would change, maps that differ, nothing matched): exit 1.
    Findings,
}

impl Outcome {
    /// [`Outcome::Findings`] when `found`, else [`Outcome::Done`].
    pub fn findings_if(found: bool) -> Outcome {
        if found {
            Outcome::Findings
        } else {
            Outcome::Done
        }
    }
}

/// Why a command could not do its job.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// A map (or another file cjm reads) that could not be loaded: every
    /// problem with its line, column and hint.
    #[error("{0}")]
    Load(Box<LoadError>),
    /// A map the app could not open, with the copy of unsaved work an
    /// earlier session kept next to it.
    #[error("{error}")]
    LoadKeptCopy {
        error: Box<LoadError>,
        copy: PathBuf,
    },
    /// A file that could not be written (nothing was changed).
    #[error("{}: {source}", crate::text::path(path))]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A problem with what `subject` names, and how to fix it.
    #[error("{}: {message}", crate::text::path(subject))]
    About {
        subject: PathBuf,
        message: String,
        hint: String,
    },
    /// A problem that is about no file: just what is wrong.
    #[error("{0}")]
    Alone(String),
    /// A `cjm query` filter that cannot be read, shown with a mark under
    /// the place.
    #[error("{query}: {}", error.message)]
    Query {
        query: String,
        error: crate::query::ParseError,
    },
    /// `cjm merge` could not read a version (each said before): git's
    /// merge driver falls back to a line merge.
    #[error("{}", name.display())]
    MergeUnreadable { name: PathBuf },
    /// `cjm git` could not do its job.
    #[error("{}", .0.message())]
    Git(super::git::GitError),
    /// `cjm log` could not read the map's history.
    #[error("{}: {source}", crate::text::path(file))]
    History {
        file: PathBuf,
        #[source]
        source: HistoryError,
    },
    /// Already said where it happened, next to the results it belongs to
    /// (a map of a folder that did not load, among the others' results; the
    /// app's farewell when work was lost).
    #[error("reported")]
    Reported,
}

impl CliError {
    /// A problem with what `subject` names, and how to fix it.
    pub fn about(subject: impl Into<PathBuf>, message: String, hint: String) -> CliError {
        CliError::About {
            subject: subject.into(),
            message,
            hint,
        }
    }

    /// The exit code the error ends cjm with.
    pub fn exit_code(&self) -> u8 {
        EXIT_ERROR
    }
}

impl From<LoadError> for CliError {
    fn from(error: LoadError) -> CliError {
        CliError::Load(Box::new(error))
    }
}

/// The exit code of what a command returned, after printing its error.
pub fn report(result: Result<Outcome, CliError>) -> u8 {
    match result {
        Ok(Outcome::Done) => EXIT_OK,
        Ok(Outcome::Findings) => EXIT_FINDINGS,
        Err(error) => {
            print(&error);
            error.exit_code()
        }
    }
}

/// The errors of a command over many maps: each is printed when it
/// happens, among the other maps' results, and the command fails at the end.
#[derive(Debug, Default)]
pub struct Failures {
    any: bool,
}

impl Failures {
    /// Prints the error now; the command will fail.
    pub fn add(&mut self, error: impl Into<CliError>) {
        print(&error.into());
        self.any = true;
    }

    /// The command's result: `outcome`, unless an error was added.
    pub fn finish(self, outcome: Outcome) -> Result<Outcome, CliError> {
        if self.any {
            Err(CliError::Reported)
        } else {
            Ok(outcome)
        }
    }
}

/// Prints an error that does not stop the command (`cjm diff` in git's
/// form shows a map that does not load as lines, and succeeds).
pub fn show(error: impl Into<CliError>) {
    print(&error.into());
}

/// Prints the error to stderr, in the interface language.
fn print(error: &CliError) {
    let color = stderr_color();
    match error {
        CliError::Load(error) => anstream::eprint!("{}", error.render(color)),
        CliError::LoadKeptCopy { error, copy } => {
            anstream::eprint!("{}", error.render(color));
            let Palette {
                hint: cyan, reset, ..
            } = Palette::new(color);
            let (note, hint) = (t!("label-note"), t!("label-hint"));
            anstream::eprintln!(
                "  {cyan}{note}:{reset} {}\n        {}\n  {cyan}{hint}:{reset} {}",
                t!("cli-recovery-copy-kept"),
                crate::text::path(copy),
                t!("cli-recovery-copy-kept-hint")
            );
        }
        CliError::Write { path, source } => {
            let (message, hint) = super::describe_write_error(source);
            print_about(path, &message, &hint);
        }
        CliError::About {
            subject,
            message,
            hint,
        } => print_about(subject, message, hint),
        CliError::Alone(why) => {
            let Palette {
                error: red, reset, ..
            } = Palette::new(color);
            let error = t!("label-error");
            anstream::eprintln!("{red}{error}:{reset} {}", crate::text::clean(why));
        }
        CliError::Query { query, error } => {
            anstream::eprint!("{}", super::query::render_error(query, error, color));
        }
        CliError::MergeUnreadable { name } => {
            let why = t!("merge-unreadable");
            anstream::eprintln!("cjm merge: {}: {why}", name.display());
        }
        CliError::Git(error) => {
            print_about(Path::new(error.subject()), &error.message(), &error.hint());
        }
        CliError::History { file, source } => {
            print_about(file, &source.to_string(), &source.hint());
        }
        CliError::Reported => {}
    }
}

/// `subject: error: message` and `  hint: hint` on stderr.
pub(super) fn print_about(subject: &Path, message: &str, hint: &str) {
    let Palette {
        error: red,
        hint: cyan,
        reset,
        ..
    } = Palette::new(stderr_color());
    let (subject, message, hint) = (
        crate::text::path(subject),
        crate::text::clean(message),
        crate::text::clean(hint),
    );
    let (error, hint_label) = (t!("label-error"), t!("label-hint"));
    anstream::eprintln!("{subject}: {red}{error}:{reset} {message}");
    anstream::eprintln!("  {cyan}{hint_label}:{reset} {hint}");
}
