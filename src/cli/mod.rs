//! The `cjm` command line: parses arguments with clap and runs one command
//! over the core. Results go to stdout, errors to stderr; colours follow the
//! terminal and `NO_COLOR`.

mod check;
mod fmt;
mod new;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::model::MapKind;

/// Exit code: the command did what was asked and found nothing wrong.
pub const EXIT_OK: u8 = 0;
/// Exit code: the command ran, and found something to report (files that
/// `fmt --check` would change).
pub const EXIT_FINDINGS: u8 = 1;
/// Exit code: a map could not be loaded or a file could not be written.
pub const EXIT_ERROR: u8 = 2;

#[derive(Parser, Debug)]
#[command(
    name = "cjm",
    version,
    about = "Customer journey mapping workshops in the terminal",
    long_about = "Customer journey mapping workshops in the terminal.\n\n\
        Maps are TOML files meant to live in git. Create one with `cjm new`, \
        validate it with `cjm check`, and keep it in canonical form with `cjm fmt`.",
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// A map file to open in the terminal app.
    file: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Create a new map from a template (never overwrites a file).
    New {
        /// The file to create, e.g. maps/onboarding.toml.
        file: PathBuf,
        /// Which stages the map starts with.
        #[arg(long, value_enum, default_value_t = Template::CurrentState)]
        template: Template,
        /// The map's title (default: made from the file name).
        #[arg(long)]
        title: Option<String>,
    },
    /// Load and validate maps; exit 0 when valid, 2 when a map cannot be loaded.
    Check {
        /// The maps to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Rewrite maps in canonical form (comments are kept).
    Fmt {
        /// The maps to format.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Change nothing; exit 1 and name the files that would change.
        #[arg(long)]
        check: bool,
    },
}

/// The templates `cjm new` offers, named as in the file's `kind`.
#[derive(Clone, Copy, Debug, ValueEnum)]
enum Template {
    CurrentState,
    FutureState,
    DayInTheLife,
    Service,
}

impl From<Template> for MapKind {
    fn from(t: Template) -> Self {
        match t {
            Template::CurrentState => MapKind::CurrentState,
            Template::FutureState => MapKind::FutureState,
            Template::DayInTheLife => MapKind::DayInTheLife,
            Template::Service => MapKind::Service,
        }
    }
}

/// Runs the command line and returns the process exit code.
pub fn run() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Some(Command::New {
            file,
            template,
            title,
        }) => new::run(&file, template.into(), title),
        Some(Command::Check { files }) => check::run(&files),
        Some(Command::Fmt { files, check }) => fmt::run(&files, check),
        None => open(cli.file),
    };
    ExitCode::from(code)
}

/// `cjm` and `cjm FILE`. The terminal app is not built yet, so say so plainly
/// (and still validate the file) instead of pretending.
fn open(file: Option<PathBuf>) -> u8 {
    const NOT_YET: &str = "The full-screen app (guided workshop, map board) is not part of this version yet.\n\
        Meanwhile: `cjm new FILE` creates a map, `cjm check FILE` validates it, `cjm fmt FILE` tidies it.\n\
        Run `cjm --help` for details.";
    match file {
        None => {
            println!(
                "cjm {} – customer journey mapping workshops in the terminal\n",
                env!("CARGO_PKG_VERSION")
            );
            println!("{NOT_YET}");
            EXIT_OK
        }
        Some(path) => {
            let code = check::run(std::slice::from_ref(&path));
            if code == EXIT_OK {
                println!("\n{NOT_YET}");
            }
            code
        }
    }
}

/// Whether to colour what goes to stderr: only on a terminal, never with `NO_COLOR` set.
fn stderr_color() -> bool {
    std::io::stderr().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && std::env::var("TERM").map_or(true, |t| t != "dumb")
}

/// Prints a one-off error (not about a map's content) to stderr.
fn print_error(subject: &std::path::Path, message: &str, hint: &str) {
    let (red, cyan, reset) = if stderr_color() {
        ("\x1b[1;31m", "\x1b[1;36m", "\x1b[0m")
    } else {
        ("", "", "")
    };
    eprintln!("{}: {red}error:{reset} {message}", subject.display());
    eprintln!("  {cyan}hint:{reset} {hint}");
}

/// A plain-words description of an I/O error while writing `path`.
fn describe_write_error(err: &std::io::Error) -> (String, &'static str) {
    use std::io::ErrorKind;
    match err.kind() {
        ErrorKind::PermissionDenied => (
            format!("cannot write the file: {err}"),
            "check the permissions of the file and its folder, or write to another path",
        ),
        ErrorKind::NotFound => (
            "the folder does not exist".to_owned(),
            "create the folder first, or choose another path",
        ),
        ErrorKind::StorageFull => (
            "the disk is full".to_owned(),
            "free some space and try again; the old file is unchanged",
        ),
        _ => (
            format!("cannot write the file: {err}"),
            "the old file, if any, is unchanged; try another path",
        ),
    }
}
