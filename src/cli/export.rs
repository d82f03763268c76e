//! `cjm export FILE --format F [-o OUT] [--bom]`: write a map as Markdown,
//! Mermaid, CSV, HTML or JSON, or its open opportunities as issues for
//! GitHub, GitLab or Jira, to stdout or atomically to a file.

use crate::t;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use clap::ValueEnum;

use super::error::{CliError, Outcome};
use crate::export::tracker::Tracker;
use crate::export::{self, ExportFormat, ExportOptions};
use crate::format;

/// The formats as the command line spells them.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Format {
    /// A report for a pull request or wiki, with the Mermaid diagram.
    Markdown,
    /// A Mermaid `journey` diagram.
    Mermaid,
    /// One row per touchpoint, for spreadsheets.
    Csv,
    /// One self-contained, printable page (no scripts, works offline).
    Html,
    /// The whole model, for other programs.
    Json,
    /// Open opportunities as GitHub issues: a JSON array of REST API payloads.
    GithubIssues,
    /// Open opportunities as GitLab issues: a JSON array of REST API payloads.
    GitlabIssues,
    /// Open opportunities as CSV for Jira's import.
    JiraCsv,
}

/// What a format writes: one of the map exports, or the opportunities for a tracker.
enum Target {
    Map(ExportFormat),
    Tracker(Tracker),
}

impl Target {
    fn extension(&self) -> &'static str {
        match self {
            Target::Map(format) => format.extension(),
            Target::Tracker(Tracker::Jira) => "csv",
            Target::Tracker(_) => "json",
        }
    }
}

impl std::fmt::Display for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Target::Map(format) => format.fmt(f),
            Target::Tracker(Tracker::Github) => f.write_str("github-issues"),
            Target::Tracker(Tracker::Gitlab) => f.write_str("gitlab-issues"),
            Target::Tracker(Tracker::Jira) => f.write_str("jira-csv"),
        }
    }
}

impl From<Format> for Target {
    fn from(f: Format) -> Self {
        match f {
            Format::Markdown => Target::Map(ExportFormat::Markdown),
            Format::Mermaid => Target::Map(ExportFormat::Mermaid),
            Format::Csv => Target::Map(ExportFormat::Csv),
            Format::Html => Target::Map(ExportFormat::Html),
            Format::Json => Target::Map(ExportFormat::Json),
            Format::GithubIssues => Target::Tracker(Tracker::Github),
            Format::GitlabIssues => Target::Tracker(Tracker::Gitlab),
            Format::JiraCsv => Target::Tracker(Tracker::Jira),
        }
    }
}

pub fn run(
    input: &Path,
    format: Format,
    output: Option<&Path>,
    bom: bool,
    lang: Option<crate::i18n::Lang>,
) -> Result<Outcome, CliError> {
    let format = Target::from(format);
    if bom && !matches!(format, Target::Map(ExportFormat::Csv)) {
        return Err(CliError::about(
            input,
            t!("export-bom-csv-only", format = format.to_string()),
            t!("export-bom-csv-only-hint"),
        ));
    }
    if let Some(out) = output
        && same_file(input, out)
    {
        return Err(CliError::about(
            out,
            t!("export-output-is-map"),
            t!(
                "export-output-is-map-hint",
                example = crate::text::path(&input.with_extension(format.extension()))
            ),
        ));
    }
    let loaded = format::load_file(input)?;
    // The shared personas and departments the map uses are part of it: an
    // owner `dp-logistics` is shown by its shared name. A `cjm.toml` that
    // cannot be read is reported, the map exported as it is, and exit 2.
    let mut repositories = super::repo::Repositories::default();
    let map = match repositories.of(input) {
        Some(repo) => repo.with_shared(&loaded.map, input),
        None => std::borrow::Cow::Borrowed(&loaded.map),
    };
    // The map's own language unless --lang says otherwise.
    let lang = crate::i18n::for_map(lang, &map.language);
    let text = match format {
        Target::Map(format) => {
            export::export_in(lang, &map, format, &ExportOptions { csv_bom: bom })
        }
        Target::Tracker(tracker) => {
            let source = crate::history::git::repository_path(input);
            export::tracker::export(&map, &source, tracker)
        }
    };
    let delivered = deliver(&text, output, &format.to_string())?;
    if repositories.failed {
        return Err(CliError::Reported);
    }
    Ok(delivered)
}

/// Writes `text` atomically to `output` (saying so, with `what` it is), or
/// to stdout; a pipe closed early (`| head`) is not an error.
pub(super) fn deliver(text: &str, output: Option<&Path>, what: &str) -> Result<Outcome, CliError> {
    match output {
        Some(out) => {
            format::write_atomic(out, text.as_bytes()).map_err(|source| CliError::Write {
                path: out.to_owned(),
                source,
            })?;
            let file = crate::text::path(out);
            println!("{}", t!("export-written", file = file, format = what));
            Ok(Outcome::Done)
        }
        None => {
            let mut stdout = std::io::stdout().lock();
            match stdout
                .write_all(text.as_bytes())
                .and_then(|()| stdout.flush())
            {
                Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => Err(CliError::about(
                    "<stdout>",
                    t!("export-cannot-write", error = err.to_string()),
                    t!("export-cannot-write-hint"),
                )),
                _ => Ok(Outcome::Done),
            }
        }
    }
}

/// Whether `output` names the same file as `input`, also when a file does
/// not exist yet (then its folder is resolved and the names compared).
fn same_file(input: &Path, output: &Path) -> bool {
    match (resolve(input), resolve(output)) {
        (Some(input), Some(output)) => input == output,
        _ => false,
    }
}

/// The absolute, symlink-free form of `path`, for a file that may not exist yet.
fn resolve(path: &Path) -> Option<PathBuf> {
    if let Ok(full) = path.canonicalize() {
        return Some(full);
    }
    let name = path.file_name()?;
    let folder = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    Some(folder.canonicalize().ok()?.join(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_file_is_recognised_by_any_spelling() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let map = dir.path().join("map.toml");
        std::fs::write(&map, "")?;
        std::fs::create_dir(dir.path().join("sub"))?;
        assert!(same_file(&map, &dir.path().join("sub/../map.toml")));
        assert!(!same_file(&map, &dir.path().join("map.md")));
        assert!(!same_file(&map, &dir.path().join("missing/map.toml")));
        let new = dir.path().join("new.toml");
        assert!(same_file(&new, &dir.path().join("sub/../new.toml")));
        Ok(())
    }
}
