//! `cjm git setup` and `cjm git check`: make git merge and diff maps with
//! cjm, and say what a clone is missing for that.
//!
//! `setup` writes `PATTERN merge=cjm diff=cjm` lines to `.gitattributes`
//! (or, with `--global`, to the user's attributes file) and sets three git
//! config values: `merge.cjm.name`, `merge.cjm.driver` ([`MERGE_DRIVER`])
//! and `diff.cjm.command` ([`DIFF_COMMAND`]). Running it again changes
//! nothing. Both drivers are small `sh` scripts that fall back to git's own
//! line merge (with conflict markers) and line diff when `cjm` cannot run,
//! so a merge never leaves a clean-looking OURS without the other side.
//!
//! Exit codes: `setup` 0 done, 2 error (git missing, not a repository, a
//! bad pattern, a file that cannot be written); `check` 0 complete, 1
//! something is missing (each with the command that fixes it), 2 error.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;

use clap::Subcommand;

use super::describe_write_error;
use super::error::{CliError, Outcome};
use crate::{format, t};

/// The maps `cjm git setup` covers when given no pattern.
pub const DEFAULT_PATTERN: &str = "maps/**/*.toml";

/// The attributes a map gets in `.gitattributes`.
const ATTRIBUTES: &str = "merge=cjm diff=cjm";

/// `merge.cjm.name`: what `git config` and tools show for the driver.
pub const MERGE_NAME: &str = "cjm: merge journey maps item by item";

/// `merge.cjm.driver`: `cjm merge %O %A %B --path %P`, and when that
/// cannot run (exit above 1: `cjm` not on PATH, a version it cannot read,
/// a result it cannot write), git's line merge with conflict markers in OURS, so
/// git reports the conflict and `cjm check` fails on the file. Git quotes
/// the four paths; the script holds no `%`, which git would expand.
pub const MERGE_DRIVER: &str = "sh -c 'cjm merge \"$1\" \"$2\" \"$3\" --path \"$4\"; s=$?; \
    if [ $s -le 1 ]; then exit $s; fi; \
    echo \"cjm merge could not merge $4 (exit $s): git merge-file wrote conflict markers instead; run cjm git check\" >&2; \
    git merge-file -L ours -L base -L theirs \"$2\" \"$1\" \"$3\"; exit 1' cjm-merge %O %A %B %P";

/// `diff.cjm.command`: `cjm diff` with git's seven external-diff arguments;
/// when `cjm` is not on PATH, git's own line diff of the two files instead
/// (git stops `git diff` at an external diff that fails).
pub const DIFF_COMMAND: &str = "sh -c 'if command -v cjm >/dev/null 2>&1; then exec cjm diff \"$@\"; fi; \
    echo \"cjm is not on PATH: a line diff of $1 instead; run cjm git check\" >&2; \
    git diff --no-index --no-ext-diff -- \"$2\" \"$5\"; exit 0' cjm-diff";

#[derive(Subcommand, Debug)]
pub enum GitCommand {
    /// Make git merge and diff maps with cjm; running it again changes nothing.
    ///
    /// Adds `PATTERN merge=cjm diff=cjm` to .gitattributes at the top of the
    /// repository (commit it, so the team shares it) and sets
    /// merge.cjm.driver and diff.cjm.command in the clone's git config. The
    /// merge driver runs `cjm merge %O %A %B --path %P`; when cjm cannot run,
    /// git's line merge writes conflict markers instead, so no merge ever
    /// looks clean without the other side's changes.
    ///
    /// Exit 0 when done, 2 on an error (git not installed, not a repository,
    /// a bad pattern, a file that cannot be written).
    Setup {
        /// Which map files: gitattributes patterns, relative to the current
        /// folder (quote them so the shell does not expand them).
        /// Default: 'maps/**/*.toml'.
        #[arg(value_name = "PATTERN")]
        patterns: Vec<String>,
        /// Set up git for every repository of this user: the drivers in the
        /// global git config, the patterns in core.attributesFile (by default
        /// ~/.config/git/attributes), relative to each repository's top.
        #[arg(long)]
        global: bool,
    },
    /// Say what this clone is missing for git to merge and diff maps with cjm.
    ///
    /// Checks the merge and diff drivers in git's config, the attributes of
    /// the tracked maps (TOML files with a top-level `schema`), and that git
    /// finds `cjm` on PATH. Each missing piece comes with the command that
    /// fixes it.
    ///
    /// Exit 0 when nothing is missing, 1 when something is, 2 on an error
    /// (git not installed, not a repository).
    Check,
}

pub fn run(command: GitCommand) -> Result<Outcome, CliError> {
    let result = match command {
        GitCommand::Setup { patterns, global } => setup(&patterns, global),
        GitCommand::Check => check(),
    };
    result.map_err(CliError::Git)
}

/// Why a `cjm git` command could not do its job.
#[derive(Debug)]
pub(crate) enum GitError {
    NotInstalled,
    NotARepository,
    Failed {
        args: String,
        message: String,
    },
    SpaceInPattern {
        pattern: String,
    },
    NotToml {
        pattern: String,
    },
    NoHome,
    Read {
        path: String,
        message: String,
    },
    Write {
        path: String,
        message: String,
        hint: String,
    },
}

impl GitError {
    /// What the error is about, shown before it.
    pub(super) fn subject(&self) -> &str {
        match self {
            GitError::Read { path, .. } | GitError::Write { path, .. } => path,
            _ => "cjm git",
        }
    }

    /// What went wrong, in the interface language.
    pub(super) fn message(&self) -> String {
        match self {
            GitError::NotInstalled => t!("git-not-installed"),
            GitError::NotARepository => t!("git-not-a-repository"),
            GitError::Failed { args, message } => {
                t!(
                    "git-failed",
                    args = args.as_str(),
                    message = message.as_str()
                )
            }
            GitError::SpaceInPattern { pattern } => {
                t!("git-space-in-pattern", pattern = pattern.as_str())
            }
            GitError::NotToml { pattern } => t!("git-not-toml", pattern = pattern.as_str()),
            GitError::NoHome => t!("git-no-home"),
            GitError::Read { path, message } => {
                t!(
                    "git-cannot-read",
                    path = path.as_str(),
                    message = message.as_str()
                )
            }
            GitError::Write { message, .. } => message.clone(),
        }
    }

    /// How to fix it.
    pub(super) fn hint(&self) -> String {
        match self {
            GitError::NotInstalled => t!("git-not-installed-hint"),
            GitError::NotARepository => t!("git-not-a-repository-hint"),
            GitError::Failed { .. } => t!("git-failed-hint"),
            GitError::SpaceInPattern { .. } => t!("git-space-in-pattern-hint"),
            GitError::NotToml { .. } => t!("git-not-toml-hint"),
            GitError::NoHome => t!("git-no-home-hint"),
            GitError::Read { .. } => t!("git-cannot-read-hint"),
            GitError::Write { hint, .. } => hint.clone(),
        }
    }
}

/// Runs git with `args` in the current folder, and waits for its output.
fn git<I, S>(args: I) -> Result<std::process::Output, GitError>
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let args: Vec<std::ffi::OsString> = args.into_iter().map(|a| a.as_ref().to_owned()).collect();
    Command::new("git")
        .args(&args)
        .output()
        .map_err(|err| match err.kind() {
            std::io::ErrorKind::NotFound => GitError::NotInstalled,
            _ => GitError::Failed {
                args: args
                    .iter()
                    .map(|a| a.to_string_lossy())
                    .collect::<Vec<_>>()
                    .join(" "),
                message: err.to_string(),
            },
        })
}

/// Runs git, requiring success; its stdout without the final newline.
fn git_ok(args: &[&str]) -> Result<String, GitError> {
    let output = git(args)?;
    if !output.status.success() {
        return Err(GitError::Failed {
            args: args.join(" "),
            message: String::from_utf8_lossy(&output.stderr).trim().to_owned(),
        });
    }
    Ok(String::from_utf8_lossy(&output.stdout)
        .trim_end_matches(['\n', '\r'])
        .to_owned())
}

/// The repository's top folder and the current folder's path within it
/// (`sub/dir/`, or empty at the top).
fn repository() -> Result<(PathBuf, String), GitError> {
    // First make sure git itself runs, so a missing git is not called
    // "not a repository".
    git(["--version"])?;
    let output = git(["rev-parse", "--show-toplevel", "--show-prefix"])?;
    if !output.status.success() {
        let message = String::from_utf8_lossy(&output.stderr).trim().to_owned();
        // Anything else (a repository git does not trust, a broken one)
        // is said in git's words.
        return Err(
            if message.contains("not a git repository") || message.contains("work tree") {
                GitError::NotARepository
            } else {
                GitError::Failed {
                    args: "rev-parse --show-toplevel".to_owned(),
                    message,
                }
            },
        );
    }
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    let mut lines = text.lines();
    let top = lines.next().unwrap_or_default();
    let prefix = lines.next().unwrap_or_default();
    if top.is_empty() {
        // A bare repository has no work tree for attributes.
        return Err(GitError::NotARepository);
    }
    Ok((PathBuf::from(top), prefix.to_owned()))
}

/// The value of a git config key in a scope (`--local`, `--global`), or
/// from all of them (`None`); `None` when it is not set.
fn config_get(scope: Option<&str>, key: &str) -> Result<Option<String>, GitError> {
    let mut args = vec!["config"];
    args.extend(scope);
    args.extend(["--get", key]);
    let output = git(&args)?;
    match output.status.code() {
        Some(0) => Ok(Some(
            String::from_utf8_lossy(&output.stdout)
                .trim_end_matches(['\n', '\r'])
                .to_owned(),
        )),
        // 1: the key is not set.
        Some(1) => Ok(None),
        _ => Err(GitError::Failed {
            args: args.join(" "),
            message: String::from_utf8_lossy(&output.stderr).trim().to_owned(),
        }),
    }
}

/// The three config values `cjm git setup` sets.
fn wanted_config() -> [(&'static str, &'static str); 3] {
    [
        ("merge.cjm.name", MERGE_NAME),
        ("merge.cjm.driver", MERGE_DRIVER),
        ("diff.cjm.command", DIFF_COMMAND),
    ]
}

/// Checks a user's pattern and makes it relative to the attributes file's folder.
fn attribute_pattern(pattern: &str, prefix: &str) -> Result<String, GitError> {
    if pattern.chars().any(char::is_whitespace) {
        return Err(GitError::SpaceInPattern {
            pattern: pattern.to_owned(),
        });
    }
    if !pattern.to_ascii_lowercase().ends_with(".toml") {
        return Err(GitError::NotToml {
            pattern: pattern.to_owned(),
        });
    }
    Ok(match pattern.strip_prefix('/') {
        // Anchored at the repository's top already.
        Some(_) => pattern.to_owned(),
        None => {
            let relative = pattern.strip_prefix("./").unwrap_or(pattern);
            format!("{prefix}{relative}")
        }
    })
}

/// Whether `line` of an attributes file already gives `pattern` both of our attributes.
fn covers(line: &str, pattern: &str) -> bool {
    let mut words = line.split_whitespace();
    words.next() == Some(pattern) && {
        let rest: Vec<&str> = words.collect();
        ATTRIBUTES.split(' ').all(|a| rest.contains(&a))
    }
}

/// The user's global attributes file: core.attributesFile, or git's default.
fn global_attributes_file() -> Result<PathBuf, GitError> {
    let output = git([
        "config",
        "--global",
        "--type=path",
        "--get",
        "core.attributesFile",
    ])?;
    if output.status.success() {
        let path = String::from_utf8_lossy(&output.stdout).trim().to_owned();
        if !path.is_empty() {
            return Ok(PathBuf::from(path));
        }
    }
    let config_home = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|v| !v.is_empty())
                .map(|home| PathBuf::from(home).join(".config"))
        })
        .ok_or(GitError::NoHome)?;
    Ok(config_home.join("git").join("attributes"))
}

/// `cjm git setup`.
fn setup(patterns: &[String], global: bool) -> Result<Outcome, GitError> {
    let (attributes, prefix, scope) = if global {
        git(["--version"])?;
        (global_attributes_file()?, String::new(), "--global")
    } else {
        let (top, prefix) = repository()?;
        (top.join(".gitattributes"), prefix, "--local")
    };
    let patterns: Vec<String> = if patterns.is_empty() {
        vec![DEFAULT_PATTERN.to_owned()]
    } else {
        patterns
            .iter()
            .map(|p| attribute_pattern(p, &prefix))
            .collect::<Result<_, _>>()?
    };
    // Named as the user knows it: `.gitattributes` at the repository's top.
    let shown = if global {
        crate::text::path(&attributes)
    } else {
        ".gitattributes".to_owned()
    };
    let mut changed = false;

    // The attributes: existing lines are kept as they are; ours are added
    // at the end, once.
    let old = match crate::format::read_file(&attributes, crate::format::max_file_bytes()) {
        Ok(bytes) => String::from_utf8(bytes).map_err(|_| GitError::Read {
            path: shown.clone(),
            message: t!("git-not-utf8"),
        })?,
        Err(crate::format::ReadError::Io(err)) if err.kind() == std::io::ErrorKind::NotFound => {
            String::new()
        }
        Err(err) => {
            return Err(GitError::Read {
                path: shown,
                message: err.to_string(),
            });
        }
    };
    let mut text = old.clone();
    for pattern in &patterns {
        let line = format!("{pattern} {ATTRIBUTES}");
        if text.lines().any(|existing| covers(existing, pattern)) {
            println!(
                "{}",
                t!("git-setup-already-has", file = shown.as_str(), line = line)
            );
            continue;
        }
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(&line);
        text.push('\n');
        println!(
            "{}",
            t!("git-setup-added", file = shown.as_str(), line = line)
        );
        if !pattern.contains(['*', '?', '[']) && Path::new(pattern).is_file() {
            println!(
                "{}",
                t!(
                    "git-setup-one-file",
                    pattern = pattern.as_str(),
                    default = DEFAULT_PATTERN
                )
            );
        }
    }
    if text != old {
        if let Some(folder) = attributes.parent().filter(|f| !f.as_os_str().is_empty()) {
            std::fs::create_dir_all(folder).map_err(|err| {
                let (message, hint) = describe_write_error(&err);
                GitError::Write {
                    path: shown.clone(),
                    message,
                    hint,
                }
            })?;
        }
        format::write_atomic(&attributes, text.as_bytes()).map_err(|err| {
            let (message, hint) = describe_write_error(&err);
            GitError::Write {
                path: shown.clone(),
                message,
                hint,
            }
        })?;
        changed = true;
    }

    // The drivers.
    for (key, value) in wanted_config() {
        let current = config_get(Some(scope), key)?;
        if current.as_deref() == Some(value) {
            println!(
                "{}",
                t!("git-setup-config-already", scope = scope, key = key)
            );
            continue;
        }
        git_ok(&["config", scope, key, value])?;
        changed = true;
        let done = match current {
            None => t!("git-setup-config-set", scope = scope, key = key),
            Some(_) => t!("git-setup-config-replaced", scope = scope, key = key),
        };
        println!("{done}");
    }

    if changed {
        println!("{}", t!("git-setup-done"));
        if !global {
            println!("{}", t!("git-setup-commit-attributes"));
        }
    } else {
        println!("{}", t!("git-setup-nothing"));
    }
    if find_on_path("cjm").is_none() {
        anstream::eprintln!("{}", t!("git-setup-no-cjm-on-path"));
    }
    Ok(Outcome::Done)
}

/// Where `name` is found on PATH, as `sh` (which runs git's drivers) finds it.
fn find_on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .filter(|dir| !dir.as_os_str().is_empty())
        .flat_map(|dir| {
            let plain = dir.join(name);
            let exe = dir.join(format!("{name}.exe"));
            [plain, exe]
        })
        .find(|candidate| is_executable(candidate))
}

#[cfg(unix)]
fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn is_executable(path: &Path) -> bool {
    path.is_file()
}

/// Whether a TOML file looks like a map: a top-level `schema` key before
/// the first table.
fn looks_like_map(path: &Path) -> bool {
    let Ok(bytes) = crate::format::read_file(path, crate::format::max_file_bytes()) else {
        return false;
    };
    let text = String::from_utf8_lossy(&bytes);
    for line in text.lines().map(str::trim_start) {
        if line.starts_with('[') {
            return false;
        }
        if let Some(rest) = line.strip_prefix("schema")
            && rest.trim_start().starts_with('=')
        {
            return true;
        }
    }
    false
}

/// One line of `cjm git check`'s report.
struct Finding {
    ok: bool,
    what: String,
    fix: Option<String>,
}

/// `cjm git check`.
fn check() -> Result<Outcome, GitError> {
    let (top, _) = repository()?;
    std::env::set_current_dir(&top).map_err(|err| GitError::Read {
        path: top.display().to_string(),
        message: err.to_string(),
    })?;
    let mut findings = Vec::new();

    // The drivers (their name, merge.cjm.name, is only a description).
    for (key, value) in wanted_config()
        .into_iter()
        .filter(|(key, _)| *key != "merge.cjm.name")
    {
        let current = config_get(None, key)?;
        let (ok, what) = match current {
            Some(v) if v == value => (true, t!("git-check-key-set", key = key)),
            Some(v) if v.contains("cjm") => (false, t!("git-check-key-no-fallback", key = key)),
            Some(_) => (false, t!("git-check-key-other", key = key)),
            None => (false, t!("git-check-key-unset", key = key)),
        };
        findings.push(Finding {
            ok,
            what,
            fix: (!ok).then(|| "cjm git setup".to_owned()),
        });
    }

    findings.push(attributes_finding()?);

    findings.push(match find_on_path("cjm") {
        Some(found) => {
            let version = Command::new(&found)
                .arg("--version")
                .output()
                .ok()
                .filter(|o| o.status.success())
                .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned());
            match version {
                Some(version) => Finding {
                    ok: true,
                    what: t!(
                        "git-check-cjm-found",
                        version = version,
                        path = crate::text::path(&found)
                    ),
                    fix: None,
                },
                None => Finding {
                    ok: false,
                    what: t!("git-check-cjm-broken", path = crate::text::path(&found)),
                    fix: Some(t!("git-check-cjm-broken-fix")),
                },
            }
        }
        None => Finding {
            ok: false,
            what: t!("git-check-cjm-missing"),
            fix: Some(t!("git-check-cjm-missing-fix")),
        },
    });

    println!(
        "{}",
        t!("git-check-title", folder = crate::text::path(&top))
    );
    let (ok, missing) = (t!("git-check-ok"), t!("git-check-missing"));
    // The state column is as wide as its longer word (by display width),
    // at least 8 columns.
    let column = crate::text::width(&ok)
        .max(crate::text::width(&missing))
        .max(8);
    for f in &findings {
        let what = crate::text::clean(&f.what);
        let state = if f.ok { &ok } else { &missing };
        let pad = " ".repeat(column - crate::text::width(state));
        println!("  {state}{pad} {what}");
        if let Some(fix) = &f.fix {
            let indent = " ".repeat(column + 3);
            println!("{indent}{}", t!("git-check-fix", fix = fix.as_str()));
        }
    }
    let missing = findings.iter().filter(|f| !f.ok).count();
    if missing == 0 {
        println!("{}", t!("git-check-all-set"));
        Ok(Outcome::Done)
    } else {
        println!("{}", t!("git-check-some-missing", count = missing));
        Ok(Outcome::Findings)
    }
}

/// Whether the tracked maps have `merge=cjm diff=cjm`.
fn attributes_finding() -> Result<Finding, GitError> {
    let listed = git_ok(&["ls-files", "-z", "--", "*.toml"])?;
    let maps: Vec<&str> = listed
        .split('\0')
        .filter(|p| !p.is_empty() && looks_like_map(Path::new(p)))
        .collect();
    // With no map committed yet, the default place for maps stands in.
    let probe = "maps/new-map.toml";
    let paths: Vec<&str> = if maps.is_empty() {
        vec![probe]
    } else {
        maps.clone()
    };
    let mut args = vec!["check-attr", "-z", "merge", "diff", "--"];
    args.extend(&paths);
    let output = git_ok(&args)?;
    // NUL-separated triples: path, attribute, value.
    let fields: Vec<&str> = output.split('\0').collect();
    let mut uncovered: Vec<&str> = Vec::new();
    for triple in fields.chunks(3) {
        if let [path, _, value] = triple
            && *value != "cjm"
            && !uncovered.contains(path)
        {
            uncovered.push(path);
        }
    }
    if uncovered.is_empty() {
        let what = if maps.is_empty() {
            t!("git-check-no-map-yet", attributes = ATTRIBUTES)
        } else {
            t!(
                "git-check-maps-covered",
                count = maps.len(),
                attributes = ATTRIBUTES
            )
        };
        return Ok(Finding {
            ok: true,
            what,
            fix: None,
        });
    }
    if maps.is_empty() {
        return Ok(Finding {
            ok: false,
            what: t!("git-check-no-map-uncovered", attributes = ATTRIBUTES),
            fix: Some(t!("git-check-no-map-uncovered-fix")),
        });
    }
    // The fix: a pattern per folder of the uncovered maps (a map at the
    // top is named alone, as `*.toml` there would take Cargo.toml too).
    let mut fixes: Vec<String> = Vec::new();
    for path in &uncovered {
        let pattern = match path.rsplit_once('/') {
            Some(_) if path.starts_with("maps/") => format!("'{DEFAULT_PATTERN}'"),
            Some((folder, _)) => format!("'{folder}/*.toml'"),
            None => format!("'{path}'"),
        };
        if !fixes.contains(&pattern) {
            fixes.push(pattern);
        }
    }
    // The default pattern alone needs no argument.
    if fixes == [format!("'{DEFAULT_PATTERN}'")] {
        fixes.clear();
    }
    let fix = if fixes.is_empty() {
        "cjm git setup".to_owned()
    } else {
        format!("cjm git setup {}", fixes.join(" "))
    };
    let shown: Vec<&str> = uncovered.iter().take(5).copied().collect();
    let more = uncovered.len() - shown.len();
    Ok(Finding {
        ok: false,
        what: t!(
            "git-check-maps-uncovered",
            count = uncovered.len(),
            attributes = ATTRIBUTES,
            maps = shown.join(", "),
            more = more
        ),
        fix: Some(fix),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_are_made_relative_to_the_top() {
        assert_eq!(
            attribute_pattern("*.toml", "journeys/").ok(),
            Some("journeys/*.toml".to_owned())
        );
        assert_eq!(
            attribute_pattern("./a.toml", "").ok(),
            Some("a.toml".to_owned())
        );
        assert_eq!(
            attribute_pattern("/maps/*.toml", "sub/").ok(),
            Some("/maps/*.toml".to_owned())
        );
        assert!(matches!(
            attribute_pattern("my maps/*.toml", ""),
            Err(GitError::SpaceInPattern { .. })
        ));
        assert!(matches!(
            attribute_pattern("maps/", ""),
            Err(GitError::NotToml { .. })
        ));
    }

    #[test]
    fn a_line_covers_a_pattern_with_both_attributes() {
        assert!(covers("maps/*.toml merge=cjm diff=cjm", "maps/*.toml"));
        assert!(covers(
            "maps/*.toml  diff=cjm text merge=cjm",
            "maps/*.toml"
        ));
        assert!(!covers("maps/*.toml merge=cjm", "maps/*.toml"));
        assert!(!covers("maps/**/*.toml merge=cjm diff=cjm", "maps/*.toml"));
    }

    #[test]
    fn the_drivers_hold_no_percent_but_git_placeholders() {
        let script = MERGE_DRIVER.trim_end_matches(" %O %A %B %P");
        assert!(!script.contains('%'));
        assert!(!DIFF_COMMAND.contains('%'));
    }
}
