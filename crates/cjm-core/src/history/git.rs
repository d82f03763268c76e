//! Reading a map's versions from git, through the git command line: the
//! commits that changed the file (`git log --follow`, so a renamed file
//! keeps its history) and the file's text at each (`git show REV:PATH`).
//! git runs in the map's folder; nothing is written.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;

use super::{Commit, HistoryError};

/// The most commits read for one map: enough for years of workshops, and a
/// bound on the time a history takes.
pub const MAX_COMMITS: usize = 500;

/// Runs git in `dir` with `args`.
fn git<I, S>(dir: &Path, args: I) -> Result<std::process::Output, HistoryError>
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let args: Vec<std::ffi::OsString> = args.into_iter().map(|a| a.as_ref().to_owned()).collect();
    Command::new("git")
        .arg("-C")
        .arg(dir)
        .args([
            "-c",
            "core.quotePath=false",
            "-c",
            "log.showSignature=false",
        ])
        .args(&args)
        .env("GIT_TERMINAL_PROMPT", "0")
        .output()
        .map_err(|err| match err.kind() {
            std::io::ErrorKind::NotFound => HistoryError::GitMissing,
            _ => HistoryError::Git {
                args: joined(&args),
                message: err.to_string(),
            },
        })
}

fn joined<S: AsRef<OsStr>>(args: &[S]) -> String {
    args.iter()
        .map(|a| a.as_ref().to_string_lossy())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Runs git, requiring success; its stdout.
fn git_ok(dir: &Path, args: &[&OsStr]) -> Result<String, HistoryError> {
    let output = git(dir, args)?;
    if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    } else {
        Err(HistoryError::Git {
            args: joined(args),
            message: String::from_utf8_lossy(&output.stderr).trim().to_owned(),
        })
    }
}

/// The folder git runs in for `file`, and the file's name in it.
fn split(file: &Path) -> (PathBuf, &OsStr) {
    let dir = match file.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_owned(),
        _ => PathBuf::from("."),
    };
    (dir, file.file_name().unwrap_or(file.as_os_str()))
}

/// Where a map is in its repository.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located {
    /// The repository's top folder.
    pub top: PathBuf,
    /// The map's path from the top, with `/`.
    pub path: String,
}

/// The repository of `file` and the file's path in it; an error when git
/// is missing or the file is not in a repository.
pub fn locate(file: &Path) -> Result<Located, HistoryError> {
    let (dir, name) = split(file);
    if !dir.is_dir() {
        return Err(HistoryError::Missing);
    }
    git(&dir, ["--version"])?;
    let output = git(&dir, ["rev-parse", "--show-toplevel", "--show-prefix"])?;
    if !output.status.success() {
        return Err(HistoryError::NotARepository {
            path: file.to_owned(),
        });
    }
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    let mut lines = text.lines();
    let top = lines.next().unwrap_or_default();
    let prefix = lines.next().unwrap_or_default();
    if top.is_empty() {
        return Err(HistoryError::NotARepository {
            path: file.to_owned(),
        });
    }
    Ok(Located {
        top: PathBuf::from(top),
        path: format!("{prefix}{}", name.to_string_lossy()),
    })
}

/// How the team knows the map: its path in the repository, or the path as
/// given when it is not in one (or git is missing).
pub fn repository_path(file: &Path) -> String {
    locate(file).map_or_else(|_| crate::text::path(file), |l| l.path)
}

/// The commits that changed `file`, newest first, each with the file's path
/// at that commit (it may have been renamed since); at most [`MAX_COMMITS`].
pub fn commits(file: &Path) -> Result<Vec<(Commit, String)>, HistoryError> {
    let located = locate(file)?;
    let (dir, name) = split(file);
    let max = format!("--max-count={MAX_COMMITS}");
    let format = "--format=%x1e%H%x1f%h%x1f%as%x1f%an%x1f%s";
    let args: Vec<&OsStr> = [
        OsStr::new("log"),
        OsStr::new("--follow"),
        OsStr::new("--name-only"),
        OsStr::new(&max),
        OsStr::new(format),
        OsStr::new("--"),
        name,
    ]
    .into_iter()
    .collect();
    // A repository without any commit yet has nothing tracked.
    if !git(&dir, ["rev-parse", "--verify", "--quiet", "HEAD"])?
        .status
        .success()
    {
        return Err(HistoryError::NotTracked { path: located.path });
    }
    let text = git_ok(&dir, &args)?;
    let mut out = Vec::new();
    for record in text.split('\u{1e}').filter(|r| !r.trim().is_empty()) {
        let mut lines = record.lines();
        let header = lines.next().unwrap_or_default();
        let fields: Vec<&str> = header.split('\u{1f}').collect();
        let [id, short, date, author, subject] = fields[..] else {
            continue;
        };
        let path = lines
            .map(str::trim_end)
            .find(|l| !l.is_empty())
            .unwrap_or(&located.path)
            .to_owned();
        out.push((
            Commit {
                id: id.to_owned(),
                short: short.to_owned(),
                date: date.to_owned(),
                author: author.to_owned(),
                subject: subject.to_owned(),
            },
            path,
        ));
    }
    if out.is_empty() && !file.exists() {
        return Err(HistoryError::Missing);
    }
    if out.is_empty() {
        return Err(HistoryError::NotTracked { path: located.path });
    }
    Ok(out)
}

/// The text of the file at `path` (from the repository's top) in `commit`.
pub fn show(file: &Path, commit: &str, path: &str) -> Result<String, HistoryError> {
    let (dir, _) = split(file);
    let spec = format!("{commit}:{path}");
    git_ok(&dir, &[OsStr::new("show"), OsStr::new(&spec)])
}
