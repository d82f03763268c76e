//! The `cjm` command line: parses arguments with clap and runs one command
//! over the core. Results go to stdout, errors to stderr; colours follow the
//! terminal and `NO_COLOR`.

mod check;
mod clap_errors;
mod diff;
mod error;
mod export;
mod fmt;
mod git;
mod help;
mod issues;
mod log;
mod merge;
mod migrate;
mod new;
mod query;
mod readings;
mod repo;
mod report;
#[cfg(debug_assertions)]
mod save_loop;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::model::MapKind;

use error::{CliError, Outcome};

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
    // Not `args_conflicts_with_subcommands`: it would count the global
    // `--lang` and `--max-size` as arguments and reject `cjm --lang pl new
    // FILE`. A first word that names a command is the command; any other
    // opens that file.
    override_usage = "cjm [OPTIONS] [FILE]\n       cjm [OPTIONS] <COMMAND>"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// A map file to open in the terminal app.
    file: Option<PathBuf>,
    /// The largest file cjm reads, in MiB (or with a unit: 512MiB, 1GiB);
    /// the default is 128 MiB. Also set by the CJM_MAX_SIZE environment variable.
    #[arg(long, global = true, value_name = "SIZE", value_parser = crate::format::input::parse_size)]
    max_size: Option<u64>,
    /// The language of messages, the app and new maps (en, pl, ru, sv; pseudo
    /// for testing layouts), and of exports instead of the map's own. Default:
    /// `language` in the config file, else the system's (LC_ALL, LC_MESSAGES, LANG).
    #[arg(long, global = true, value_name = "LANG")]
    lang: Option<crate::i18n::Lang>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Debug builds only, for tests: save FILE over and over, alternately
    /// with the map of OTHER and its own, until killed.
    #[cfg(debug_assertions)]
    #[command(name = "__save-loop", hide = true)]
    SaveLoop { file: PathBuf, other: PathBuf },
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
        /// How long the workshop that follows lasts (2h, 90m, 3h, 4h...): the
        /// step timeboxes are scaled to fit. Default: `[workshop] length` of the config, else 2h.
        #[arg(long, value_name = "LENGTH", value_parser = crate::tui::guide::steps::parse_length)]
        length: Option<u32>,
    },
    /// Run the guided workshop on a map, resuming at the step where it stopped.
    Guide {
        /// The map to work on.
        file: PathBuf,
        /// How long the workshop lasts (2h, 90m, 3h, 4h...): the step
        /// timeboxes are scaled to fit. Default: `[workshop] length` of the config, else 2h.
        #[arg(long, value_name = "LENGTH", value_parser = crate::tui::guide::steps::parse_length)]
        length: Option<u32>,
    },
    /// Load and validate maps, then run the workshop checks (missing evidence,
    /// unaddressed pains, unmeasured opportunities...).
    ///
    /// Exit 0 when every map is valid, even with warnings; 2 when a map cannot
    /// be loaded; 1 with `--deny warnings` when a map has warnings.
    Check {
        /// The maps to check; a folder stands for the maps under it.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Fail (exit 1) on warnings; notes never fail.
        #[arg(long, value_enum, value_name = "WHAT")]
        deny: Option<check::Deny>,
        /// `text` for people, `json` for scripts.
        #[arg(long, value_enum, default_value_t = check::OutputFormat::Text)]
        format: check::OutputFormat,
    },
    /// Rewrite maps in canonical form (comments are kept).
    Fmt {
        /// The maps to format; a folder stands for the maps under it.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Change nothing; exit 1 and name the files that would change.
        #[arg(long)]
        check: bool,
    },
    /// Move maps to format version 2: departments by id, near-duplicate names proposed as aliases.
    Migrate {
        /// The maps to migrate.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Change nothing; list what would change and exit 1 when something would.
        #[arg(long)]
        check: bool,
        /// Also merge the obvious proposals (a team in parentheses of a department).
        #[arg(long)]
        yes: bool,
    },
    /// Export a map as Markdown, Mermaid, CSV, HTML or JSON (to stdout, or to a file with -o).
    Export {
        /// The map to export.
        file: PathBuf,
        /// The format to write.
        #[arg(long, short, value_enum)]
        format: export::Format,
        /// Write to this file (atomically) instead of stdout; never the map itself.
        #[arg(long, short, value_name = "OUT")]
        output: Option<PathBuf>,
        /// CSV only: start with a UTF-8 byte order mark, for Excel.
        #[arg(long)]
        bom: bool,
    },
    /// Show what changed between two maps, item by item (comments are not compared).
    ///
    /// `cjm diff OLD NEW` compares two files. Given git's seven external-diff
    /// arguments (PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE,
    /// or nine for a rename), it names the map by its path in the repository:
    /// this is how `git diff` calls it once `cjm git setup` has run.
    ///
    /// Exit 0 when the maps are the same, 1 when they differ, 2 when one cannot
    /// be loaded. In git's form: 0 (a map that cannot be loaded is shown as a
    /// line diff after its errors), 2 only when a file cannot be read.
    Diff {
        /// OLD NEW: the earlier map (e.g. the current state) and the later one;
        /// or git's seven (or nine) external-diff arguments.
        #[arg(required = true, num_args = 2..=9, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// `text` for the terminal, `markdown` for a pull request or wiki.
        #[arg(long, value_enum, default_value_t = diff::Format::Text)]
        format: diff::Format,
        /// The name to show for OLD instead of its path (e.g. `main:maps/shop.toml`).
        #[arg(long, value_name = "NAME")]
        label_a: Option<String>,
        /// The name to show for NEW instead of its path.
        #[arg(long, value_name = "NAME")]
        label_b: Option<String>,
    },
    /// Three-way merge of a map by item and field; the result replaces OURS.
    ///
    /// Made for git's merge driver, `cjm merge %O %A %B --path %P` (`cjm git
    /// setup` configures it). Exit 0 when clean, 1 when
    /// anything is left to decide: conflicts recorded in the map (it still
    /// loads; `cjm check` lists them), or a side that is not a valid map, in
    /// which case OURS gets a line merge with git-style conflict markers.
    /// An empty or missing BASE (both sides added the file) is a two-way merge.
    /// Exit 2 only when a version cannot be read or OURS cannot be written.
    Merge {
        /// The common ancestor (git's %O); empty or missing when both sides added the file.
        base: PathBuf,
        /// Our version, overwritten with the result (git's %A).
        ours: PathBuf,
        /// Their version (git's %B).
        theirs: PathBuf,
        /// The map's path in the repository (git's %P), to name it in messages.
        #[arg(long, value_name = "PATH")]
        path: Option<PathBuf>,
    },
    /// The commits that changed a map, or one item of it, field by field; or
    /// the trend of its stages' emotions, evidence and votes (`--trend`).
    ///
    /// Reads the history from git (a renamed file or item keeps its
    /// history). A commit whose version does not load is shown and skipped.
    /// Exit 0 when shown, 2 on an error (git missing, not a repository, the
    /// file not committed, no item matching ITEM).
    Log {
        /// The map, in a git repository.
        file: PathBuf,
        /// One item: its id (tp-…, st-…, op-…) or a name, as the finder matches it.
        item: Option<String>,
        /// Show each stage's average emotion, the share of touchpoints backed
        /// by data and the votes over the commits: a table and a chart.
        #[arg(long, conflicts_with = "item")]
        trend: bool,
    },
    /// Opportunities as issues in GitHub or GitLab: `cjm issues push`, `cjm issues pull`.
    ///
    /// `push` creates an issue for each open opportunity without one (a dry
    /// run unless --yes) with the tracker's own tool (gh, glab) and records
    /// its address on the opportunity; `pull` updates each opportunity's
    /// status from its issue's state.
    Issues {
        #[command(subcommand)]
        command: issues::IssuesCommand,
    },
    /// Git set-up for maps: `cjm git setup`, `cjm git check`.
    ///
    /// `cjm git setup` once per clone (or once with `--global`) makes git
    /// merge and diff maps with cjm; `cjm git check` says what a clone is
    /// missing for that. See docs/git.md.
    Git {
        #[command(subcommand)]
        command: git::GitCommand,
    },
    /// A portfolio page of every map in a folder: owners, review dates,
    /// emotion per stage, top opportunities, departments × maps.
    Report {
        /// The folder of maps (or map files).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The format to write.
        #[arg(long, short, value_enum, default_value_t = report::Format::Markdown)]
        format: report::Format,
        /// Write to this file (atomically) instead of stdout.
        #[arg(long, short, value_name = "OUT")]
        output: Option<PathBuf>,
    },
    /// Find touchpoints across maps with a filter, e.g.
    /// 'owner = logistics and emotion <= -1 and not evidence'.
    ///
    /// Fields are the touchpoint's keys in the file (id, stage, name, channel,
    /// owner, personas, emotion, pain_points, moment_of_truth, evidence...);
    /// operators =, !=, <, <=, >, >=, ~ (contains); a field alone means it
    /// is set; combine with and, or, not and parentheses. Exit 0 when
    /// something matched, 1 when nothing did, 2 on an error.
    Query {
        /// The folder of maps (or a map file).
        path: PathBuf,
        /// The filter.
        query: String,
        /// `table` for people, `json` for scripts.
        #[arg(long, value_enum, default_value_t = query::Format::Table)]
        format: query::Format,
    },
    /// Metric readings: `cjm readings import MAP --metric ID data.csv`.
    Readings {
        #[command(subcommand)]
        command: readings::ReadingsCommand,
    },
    /// Where the config file is, and what it can hold.
    Config {
        #[command(subcommand)]
        command: ConfigCommand,
    },
}

#[derive(Subcommand, Debug)]
enum ConfigCommand {
    /// Print the path of the config file (it may not exist yet).
    Path,
    /// Print a config file with every default setting, commented.
    Default,
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

/// Runs the command line and returns the process exit code: the one place
/// where a command's error is printed ([`error::report`]).
pub fn run() -> ExitCode {
    crate::i18n::set_current(interface_language(std::env::args_os()));
    let matches = help::localised(Cli::command())
        .try_get_matches()
        .unwrap_or_else(|err| clap_errors::exit(err));
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|err| clap_errors::exit(err));
    if let (Some(file), Some(_)) = (&cli.file, &cli.command) {
        help::localised(Cli::command())
            .error(
                clap::error::ErrorKind::ArgumentConflict,
                crate::t!("cli-file-and-command", file = crate::text::path(file)),
            )
            .exit();
    }
    ExitCode::from(error::report(run_command(cli)))
}

/// Runs the command the arguments name.
fn run_command(cli: Cli) -> Result<Outcome, CliError> {
    set_size_limit(cli.max_size)?;
    match cli.command {
        Some(Command::New {
            file,
            template,
            title,
            length,
        }) => {
            new::run(&file, template.into(), title)?;
            if std::io::stdout().is_terminal() && std::io::stdin().is_terminal() {
                run_tui(&file, |map, loaded| {
                    crate::tui::run_guide(
                        &file,
                        (map, loaded),
                        Some(crate::tui::guide::Step::Setup),
                        length,
                    )
                })
            } else {
                Ok(Outcome::Done)
            }
        }
        Some(Command::Guide { file, length }) => guide(&file, length),
        Some(Command::Check {
            files,
            deny,
            format,
        }) => check::run(&files, check::Options { deny, format }),
        Some(Command::Fmt { files, check }) => fmt::run(&files, check),
        Some(Command::Migrate { files, check, yes }) => migrate::run(&files, check, yes),
        Some(Command::Export {
            file,
            format,
            output,
            bom,
        }) => export::run(&file, format, output.as_deref(), bom, cli.lang),
        Some(Command::Diff {
            files,
            format,
            label_a,
            label_b,
        }) => diff::run(
            &files,
            diff::Labels {
                a: label_a,
                b: label_b,
            },
            format,
        ),
        Some(Command::Merge {
            base,
            ours,
            theirs,
            path,
        }) => merge::run(&base, &ours, &theirs, path.as_deref()),
        Some(Command::Log { file, item, trend }) => log::run(&file, item.as_deref(), trend),
        Some(Command::Issues { command }) => issues::run(command),
        Some(Command::Git { command }) => git::run(command),
        Some(Command::Report {
            paths,
            format,
            output,
        }) => report::run(&paths, format, output.as_deref()),
        Some(Command::Query {
            path,
            query,
            format,
        }) => query::run(&path, &query, format),
        Some(Command::Readings { command }) => readings::run(command),
        Some(Command::Config { command }) => config(command),
        #[cfg(debug_assertions)]
        Some(Command::SaveLoop { file, other }) => save_loop::run(&file, &other),
        None => open(cli.file),
    }
}

/// The largest file cjm reads: `--max-size`, else `CJM_MAX_SIZE`, else the default.
fn set_size_limit(option: Option<u64>) -> Result<(), CliError> {
    use crate::format::input;
    if let Some(limit) = option {
        input::set_max_file_bytes(limit);
    } else if let Some(value) = std::env::var_os(input::MAX_SIZE_VAR) {
        let limit = value
            .to_str()
            .ok_or(input::SizeError::NotText)
            .and_then(input::parse_size)
            .map_err(|problem| {
                CliError::about(
                    input::MAX_SIZE_VAR,
                    crate::t!("cli-size-limit-unreadable", problem = problem.to_string()),
                    crate::t!("cli-size-limit-unreadable-hint"),
                )
            })?;
        input::set_max_file_bytes(limit);
    }
    Ok(())
}

/// The interface language, chosen before the arguments are parsed (so that
/// clap's help and errors can speak it): `--lang`, else the config file's
/// `language`, else the environment's, else English. A `--lang` that is not a
/// language is left for clap to report.
fn interface_language(args: impl Iterator<Item = std::ffi::OsString>) -> crate::i18n::Lang {
    let mut args = args.skip(1);
    let mut chosen = None;
    while let Some(arg) = args.next() {
        let arg = arg.to_string_lossy().into_owned();
        if arg == "--" {
            break;
        }
        let value = match arg.strip_prefix("--lang") {
            Some("") => args.next().map(|v| v.to_string_lossy().into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_owned),
            None => None,
        };
        if let Some(lang) = value.and_then(|v| crate::i18n::Lang::from_tag(&v)) {
            chosen = Some(lang);
        }
    }
    chosen
        .or_else(|| crate::tui::config::load().language)
        .or_else(crate::i18n::from_environment)
        .unwrap_or_default()
}

/// `cjm config path` and `cjm config default`.
fn config(command: ConfigCommand) -> Result<Outcome, CliError> {
    match command {
        ConfigCommand::Path => {
            let path = crate::tui::config::path()
                .ok_or_else(|| CliError::Alone(crate::t!("cli-no-config-folder")))?;
            println!("{}", crate::text::path(&path));
        }
        ConfigCommand::Default => print!("{}", crate::tui::config::default_file()),
    }
    Ok(Outcome::Done)
}

/// `cjm FILE` opens the board of the map; `cjm` alone opens the home screen.
fn open(file: Option<PathBuf>) -> Result<Outcome, CliError> {
    let Some(path) = file else {
        if !std::io::stdout().is_terminal() {
            println!(
                "{}",
                crate::t!(
                    "cli-no-terminal-banner",
                    version = env!("CARGO_PKG_VERSION")
                )
            );
            return Ok(Outcome::Done);
        }
        return finish(std::path::Path::new("cjm"), crate::tui::run_home());
    };
    run_tui(&path, |map, loaded| {
        crate::tui::run_board(&path, map, loaded)
    })
}

/// `cjm guide FILE`: the guided session, resumed where it stopped.
fn guide(path: &std::path::Path, length: Option<u32>) -> Result<Outcome, CliError> {
    run_tui(path, |map, loaded| {
        crate::tui::run_guide(path, (map, loaded), None, length)
    })
}

/// Loads the map (reporting errors as `cjm check` does), then runs a
/// full-screen app on it and the fingerprint of the bytes it was read from.
pub(crate) fn run_tui(
    path: &std::path::Path,
    app: impl FnOnce(crate::model::Map, crate::tui::disk::Fingerprint) -> std::io::Result<()>,
) -> Result<Outcome, CliError> {
    prepare_app();
    let (map, fingerprint) = crate::format::load_file_fingerprinted(path).map_err(|error| {
        match crate::recovery::path_for(path).filter(|p| p.is_file()) {
            Some(copy) => CliError::LoadKeptCopy {
                error: Box::new(error),
                copy,
            },
            None => error.into(),
        }
    })?;
    if !std::io::stdout().is_terminal() {
        return Err(CliError::about(
            path,
            crate::t!("cli-needs-terminal"),
            crate::t!("cli-needs-terminal-hint"),
        ));
    }
    finish(path, app(map, fingerprint))
}

/// Has the app's first frame's other needs met on a thread of their own
/// while this one reads the map: the interface language's messages parsed
/// and the system's time zone looked up (today's date; it lists the time
/// zone folder, about a millisecond). Both are kept for the whole process,
/// so the app finds them ready; should this thread not be done, the app
/// waits for the messages or looks the zone up itself.
fn prepare_app() {
    let lang = crate::i18n::current();
    let _ = std::thread::Builder::new()
        .name("cjm-prepare".into())
        .spawn(move || {
            // A new thread may start on this thread's core and keep it
            // from reading the map until the scheduler moves one of them
            // (1–3 ms on a two-core machine); giving way first leaves the
            // core to the reading.
            std::thread::yield_now();
            crate::i18n::prepare(lang);
            let _ = jiff::ZonedDateTime::now();
        });
}

fn finish(path: &std::path::Path, result: std::io::Result<()>) -> Result<Outcome, CliError> {
    match result {
        // Unsaved changes that could not be kept (or were discarded when
        // they could not be): the farewell said so; the exit code says it too.
        Ok(()) if crate::tui::guard::work_lost() => Err(CliError::Reported),
        Ok(()) => Ok(Outcome::Done),
        Err(err) => Err(CliError::about(
            path,
            crate::t!("cli-app-failed", error = err.to_string()),
            crate::t!("cli-app-failed-hint"),
        )),
    }
}

/// Whether to colour what goes to stderr, by anstream's rules: only on a
/// terminal, never with `NO_COLOR` set, `CLICOLOR=0` or `TERM=dumb`, and
/// always with `CLICOLOR_FORCE`.
fn stderr_color() -> bool {
    anstream::AutoStream::choice(&std::io::stderr()) != anstream::ColorChoice::Never
}

/// Whether to colour what goes to stdout, by the same rules as [`stderr_color`].
fn stdout_color() -> bool {
    anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never
}

/// A plain-words description of an I/O error while writing `path`.
fn describe_write_error(err: &std::io::Error) -> (String, String) {
    use crate::t;
    use std::io::ErrorKind;
    let error = err.to_string();
    match err.kind() {
        ErrorKind::PermissionDenied => (
            t!("cli-cannot-write", error = error),
            t!("cli-cannot-write-permission-hint"),
        ),
        ErrorKind::NotFound => (t!("cli-no-folder"), t!("cli-no-folder-hint")),
        ErrorKind::StorageFull => (t!("cli-disk-full"), t!("cli-disk-full-hint")),
        _ => (
            t!("cli-cannot-write", error = error),
            t!("cli-cannot-write-hint"),
        ),
    }
}
