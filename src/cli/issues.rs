//! `cjm issues push FILE --tracker github|gitlab [--yes]` and `cjm issues
//! pull FILE`: the map's opportunities as issues in the team's tracker,
//! through the tracker's own command line (`gh`, `glab`), which holds the
//! login; cjm never talks to the network itself.
//!
//! `push` is a dry run unless `--yes`: it lists the issues it would create
//! (the same ones `cjm export --format github-issues` writes: open
//! opportunities without an `issue`). With `--yes` it creates them one by
//! one and, after each, records the issue's address on the opportunity
//! (`issue`, `issue_state = "open"`) and saves the map atomically, so an
//! interrupted or failing run loses nothing and a second run skips what
//! was created. It stops at the first failure, showing the tool's exit
//! code and message.
//!
//! `pull` asks the tracker for the state of each recorded issue and updates
//! the opportunity: an open issue makes an `idea` `planned` (a `done` or
//! `dropped` one whose issue was reopened goes back to `planned`); a closed
//! one makes it `done`, or `dropped` when GitHub says it was closed as not
//! planned. `in-progress` stays while the issue is open.
//!
//! Exit codes: 0 done (or nothing to do), 2 error (the tool missing or
//! failing, a map that does not load or cannot be saved).

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use clap::{Subcommand, ValueEnum};

use super::error::{CliError, Failures, Outcome};
use crate::export::tracker::{self, Issue, Markup};
use crate::format;
use crate::model::{Map, Status, Vocabulary};
use crate::session::disk::{self, Fingerprint, SaveOutcome};
use crate::t;

#[derive(Subcommand, Debug)]
pub enum IssuesCommand {
    /// Create an issue for each open opportunity that has none (a dry run
    /// unless --yes), and record its address on the opportunity.
    ///
    /// Runs the tracker's own command line in the map's folder: `gh issue
    /// create` for GitHub, `glab issue create` for GitLab (install it and
    /// log in first). Done and dropped opportunities, and those with an
    /// `issue` already, are skipped. Exit 0 when done, 2 on an error (the
    /// issues created before it are recorded).
    Push {
        /// The map.
        file: PathBuf,
        /// Where the issues go.
        #[arg(long, value_enum)]
        tracker: Tracker,
        /// Create the issues; without it, only show what would be created.
        #[arg(long)]
        yes: bool,
        /// The repository (OWNER/REPO) instead of the one of the map's folder.
        #[arg(long, short = 'R', value_name = "OWNER/REPO")]
        repo: Option<String>,
    },
    /// Update each opportunity's status from its issue's state in the tracker.
    ///
    /// Open: an idea becomes planned (done or dropped go back to planned);
    /// closed: done (dropped when GitHub says "not planned"). The tool is
    /// chosen by each issue's address (GitLab's have `/-/issues/`).
    /// Exit 0 when done, 2 on an error (the states read before it are saved).
    Pull {
        /// The map.
        file: PathBuf,
    },
}

/// The trackers `push` creates issues in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Tracker {
    Github,
    Gitlab,
}

impl Tracker {
    /// The tool that talks to it.
    fn program(self) -> &'static str {
        match self {
            Tracker::Github => "gh",
            Tracker::Gitlab => "glab",
        }
    }

    fn name(self) -> &'static str {
        match self {
            Tracker::Github => "GitHub",
            Tracker::Gitlab => "GitLab",
        }
    }

    fn install_hint(self) -> String {
        let (site, export) = match self {
            Tracker::Github => ("https://cli.github.com", "github-issues"),
            Tracker::Gitlab => ("https://gitlab.com/gitlab-org/cli", "gitlab-issues"),
        };
        t!(
            "issues-install-hint",
            program = self.program(),
            site = site,
            format = export
        )
    }

    /// The tracker of an issue's address.
    fn of_url(url: &str) -> Tracker {
        if url.contains("/-/issues/") || url.contains("gitlab") {
            Tracker::Gitlab
        } else {
            Tracker::Github
        }
    }
}

pub fn run(command: IssuesCommand) -> Result<Outcome, CliError> {
    match command {
        IssuesCommand::Push {
            file,
            tracker,
            yes,
            repo,
        } => push(&file, tracker, yes, repo.as_deref()),
        IssuesCommand::Pull { file } => pull(&file),
    }
}

/// The map, loaded, with the fingerprint of the text it was read from.
fn load(path: &Path) -> Result<(Map, Fingerprint), CliError> {
    Ok(format::load_file_fingerprinted(path)?)
}

/// Saves the map over `path` unless someone changed the file since
/// `known`; the new fingerprint, or why not.
fn save(path: &Path, map: &Map, known: Fingerprint, hint: String) -> Result<Fingerprint, CliError> {
    let problem = match disk::save_checked(path, &format::to_toml(map), Some(known)) {
        SaveOutcome::Saved(fingerprint) => return Ok(fingerprint),
        SaveOutcome::Changed(_) => t!("issues-changed-on-disk"),
        SaveOutcome::Failed(why) => why.to_string(),
    };
    Err(CliError::about(path, problem, hint))
}

/// The folder the tool runs in: the map's, so it finds the map's repository.
fn folder(file: &Path) -> PathBuf {
    match file.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_owned(),
        _ => PathBuf::from("."),
    }
}

/// Why running the tracker's tool went wrong.
enum RunError {
    /// The tool is not installed.
    Missing,
    /// It failed: its exit code (if any) and what it said.
    Failed(Option<i32>, String),
}

/// Runs `program` with `args` in `dir`, `input` on its stdin; its stdout.
fn run_tool(
    program: &str,
    args: &[&str],
    dir: &Path,
    input: Option<&str>,
) -> Result<String, RunError> {
    let mut child = Command::new(program)
        .args(args)
        .current_dir(dir)
        .env("GH_PROMPT_DISABLED", "1")
        .env("NO_PROMPT", "1")
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|err| match err.kind() {
            std::io::ErrorKind::NotFound => RunError::Missing,
            _ => RunError::Failed(None, err.to_string()),
        })?;
    if let (Some(text), Some(mut stdin)) = (input, child.stdin.take()) {
        // A tool that does not read its input closes the pipe; its exit tells.
        let _ = stdin.write_all(text.as_bytes());
    }
    let output = child
        .wait_with_output()
        .map_err(|err| RunError::Failed(None, err.to_string()))?;
    if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    } else {
        Err(RunError::Failed(
            output.status.code(),
            String::from_utf8_lossy(&output.stderr).trim().to_owned(),
        ))
    }
}

/// A tool's failure, about the map `file`.
fn failure(file: &Path, program: &str, what: &str, err: &RunError, hint: String) -> CliError {
    let message = match err {
        RunError::Missing => t!("issues-tool-missing", program = program),
        RunError::Failed(Some(code), stderr) if stderr.is_empty() => {
            t!(
                "issues-tool-failed",
                program = program,
                what = what,
                code = *code
            )
        }
        RunError::Failed(Some(code), stderr) => t!(
            "issues-tool-failed-said",
            program = program,
            what = what,
            code = *code,
            message = stderr
        ),
        RunError::Failed(None, stderr) => t!(
            "issues-tool-not-run",
            program = program,
            what = what,
            message = stderr
        ),
    };
    CliError::about(file, message, hint)
}

/// The last web address in a tool's output: the issue it created.
fn created_url(stdout: &str) -> Option<String> {
    stdout
        .split_whitespace()
        .rfind(|w| w.starts_with("https://") || w.starts_with("http://"))
        .map(str::to_owned)
}

fn push(file: &Path, tracker: Tracker, yes: bool, repo: Option<&str>) -> Result<Outcome, CliError> {
    let (mut map, mut known) = load(file)?;
    let source = crate::history::git::repository_path(file);
    let issues = tracker::issues(&map, &source, Markup::Markdown);
    let name = tracker.name();
    if issues.is_empty() {
        println!("{}", t!("issues-nothing-to-push"));
        return Ok(Outcome::Done);
    }
    if !yes {
        let count = issues.len();
        let program = tracker.program();
        println!(
            "{}",
            t!(
                "issues-would-create",
                count = count,
                tracker = name,
                program = program
            )
        );
        for issue in &issues {
            println!(
                "  {}  {}",
                issue.opportunity,
                crate::text::clean(&issue.title)
            );
        }
        println!("{}", t!("issues-run-again"));
        return Ok(Outcome::Done);
    }
    let dir = folder(file);
    let mut created = 0;
    for issue in &issues {
        let url = create(tracker, issue, &dir, repo).map_err(|err| {
            let hint = match err {
                RunError::Missing => tracker.install_hint(),
                RunError::Failed(..) => t!("issues-created-before", count = created),
            };
            failure(
                file,
                tracker.program(),
                &t!("issues-to-create", id = issue.opportunity),
                &err,
                hint,
            )
        })?;
        let Some(o) = map
            .opportunities
            .iter_mut()
            .find(|o| o.id.as_str() == issue.opportunity)
        else {
            continue;
        };
        o.issue = url.clone();
        o.issue_state = "open".to_owned();
        if o.status == Status::Idea {
            o.status = Status::Planned;
        }
        println!(
            "{}",
            t!("issues-created", id = issue.opportunity, url = url)
        );
        let hint = t!("issues-not-recorded", url = url, id = issue.opportunity);
        known = save(file, &map, known, hint)?;
        created += 1;
    }
    let file = crate::text::path(file);
    println!(
        "{}",
        t!("issues-done", count = created, tracker = name, file = file)
    );
    Ok(Outcome::Done)
}

/// Creates one issue; its address.
fn create(
    tracker: Tracker,
    issue: &Issue,
    dir: &Path,
    repo: Option<&str>,
) -> Result<String, RunError> {
    let mut args = vec!["issue", "create", "--title", issue.title.as_str()];
    let input = match tracker {
        Tracker::Github => {
            args.extend(["--body-file", "-"]);
            Some(issue.body.as_str())
        }
        Tracker::Gitlab => {
            args.extend(["--description", issue.body.as_str(), "--yes"]);
            None
        }
    };
    if let Some(repo) = repo {
        args.extend(["--repo", repo]);
    }
    let stdout = run_tool(tracker.program(), &args, dir, input)?;
    created_url(&stdout)
        .ok_or_else(|| RunError::Failed(Some(0), t!("issues-no-address", output = stdout.trim())))
}

/// An issue's state as the tracker says it: whether it is open, and
/// whether it was closed as not planned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    Open,
    Closed,
    NotPlanned,
}

impl State {
    /// The state as the map records it in `issue_state`.
    fn word(self) -> &'static str {
        match self {
            State::Open => "open",
            State::Closed => "closed",
            State::NotPlanned => "not-planned",
        }
    }

    /// The opportunity's status given the issue's state.
    fn status(self, now: Status) -> Status {
        match (self, now) {
            (State::Open, Status::Idea | Status::Done | Status::Dropped) => Status::Planned,
            (State::Open, now) => now,
            (State::Closed, _) => Status::Done,
            (State::NotPlanned, _) => Status::Dropped,
        }
    }
}

/// Reads an issue's state with the tracker's tool.
fn state(url: &str, dir: &Path) -> Result<(Tracker, State), (Tracker, RunError)> {
    let tracker = Tracker::of_url(url);
    let args: &[&str] = match tracker {
        Tracker::Github => &["issue", "view", url, "--json", "state,stateReason"],
        Tracker::Gitlab => &["issue", "view", url, "--output", "json"],
    };
    let stdout = run_tool(tracker.program(), args, dir, None).map_err(|e| (tracker, e))?;
    let value: serde_json::Value = serde_json::from_str(stdout.trim()).map_err(|err| {
        (
            tracker,
            RunError::Failed(Some(0), t!("issues-not-json", error = err.to_string())),
        )
    })?;
    let text = |key: &str| {
        value
            .get(key)
            .and_then(serde_json::Value::as_str)
            .unwrap_or_default()
            .to_ascii_lowercase()
    };
    let state = match text("state").as_str() {
        "open" | "opened" => State::Open,
        "closed" if text("stateReason") == "not_planned" => State::NotPlanned,
        "closed" => State::Closed,
        other => {
            return Err((
                tracker,
                RunError::Failed(Some(0), t!("issues-unknown-state", state = other)),
            ));
        }
    };
    Ok((tracker, state))
}

fn pull(file: &Path) -> Result<Outcome, CliError> {
    let (mut map, known) = load(file)?;
    let dir = folder(file);
    let mut changed = false;
    // An issue that cannot be read is reported, and the others still are.
    let mut failures = Failures::default();
    let mut failed = false;
    let mut asked = 0;
    for o in &mut map.opportunities {
        let url = o.issue.trim().to_owned();
        if url.is_empty() {
            continue;
        }
        asked += 1;
        let state = match state(&url, &dir) {
            Ok((_, state)) => state,
            Err((tracker, err)) => {
                let missing = matches!(err, RunError::Missing);
                let hint = if missing {
                    tracker.install_hint()
                } else {
                    t!("issues-read-hint")
                };
                failures.add(failure(
                    file,
                    tracker.program(),
                    &t!("issues-to-read", id = o.id.as_str()),
                    &err,
                    hint,
                ));
                failed = true;
                if missing {
                    break;
                }
                continue;
            }
        };
        let status = state.status(o.status);
        if status != o.status {
            let line = t!(
                "issues-status-changed",
                id = o.id.as_str(),
                from = o.status.as_str(),
                to = status.as_str(),
                state = t!("issues-state", state = state.word())
            );
            println!("{line}");
        }
        if status != o.status || o.issue_state != state.word() {
            o.status = status;
            o.issue_state = state.word().to_owned();
            changed = true;
        }
    }
    if changed && let Err(err) = save(file, &map, known, t!("issues-pull-not-saved-hint")) {
        failures.add(err);
        return failures.finish(Outcome::Done);
    }
    if !failed {
        let said = match (asked, changed) {
            (0, _) => t!("issues-none-tracked"),
            (_, false) => t!("issues-up-to-date", count = asked),
            (_, true) => t!("issues-updated", file = crate::text::path(file)),
        };
        println!("{said}");
    }
    failures.finish(Outcome::Done)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_issue_address_is_the_last_one_printed() {
        assert_eq!(
            created_url("Creating issue in o/r\n\nhttps://github.com/o/r/issues/7\n").as_deref(),
            Some("https://github.com/o/r/issues/7")
        );
        assert_eq!(created_url("no address"), None);
    }

    #[test]
    fn states_map_to_statuses() {
        assert_eq!(State::Open.status(Status::Idea), Status::Planned);
        assert_eq!(State::Open.status(Status::InProgress), Status::InProgress);
        assert_eq!(State::Open.status(Status::Done), Status::Planned);
        assert_eq!(State::Closed.status(Status::InProgress), Status::Done);
        assert_eq!(State::NotPlanned.status(Status::Planned), Status::Dropped);
        assert_eq!(
            Tracker::of_url("https://gitlab.example/g/p/-/issues/3"),
            Tracker::Gitlab
        );
        assert_eq!(
            Tracker::of_url("https://github.com/o/r/issues/3"),
            Tracker::Github
        );
    }
}
