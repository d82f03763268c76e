//! `cjm readings import MAP --metric ID data.csv`: adds a metric's readings
//! from a spreadsheet's CSV file (see [`crate::readings`]), sorted by date,
//! skipping those the map has. Each row that cannot be read is reported
//! with its line; the others are added. The map is saved atomically, its
//! comments kept; `--dry-run` only says what would change.
//!
//! Exit codes: 0 when every row was added or already there; 1 when a row
//! could not be read, or has a date the map has with another value (kept,
//! unless `--replace`); 2 when the map or the file cannot be read, the
//! metric does not exist, or the map cannot be written.

use std::path::{Path, PathBuf};

use clap::Subcommand;

use super::error::{CliError, Outcome};
use super::stderr_color;
use crate::format;
use crate::readings;
use crate::style::Palette;
use crate::t;
use crate::text::number;

#[derive(Subcommand, Debug)]
pub enum ReadingsCommand {
    /// Add a metric's readings from a CSV file: a date and a value column,
    /// comma- or semicolon-separated, with or without a header; dates as
    /// 2027-03-31 or 31.03.2027, decimal point or comma. Readings the map
    /// has (same date and value) are skipped.
    Import {
        /// The map to add the readings to.
        file: PathBuf,
        /// The metric's id, e.g. me-nps.
        #[arg(long, value_name = "ID")]
        metric: String,
        /// The CSV file.
        csv: PathBuf,
        /// Say what would be added; change nothing.
        #[arg(long)]
        dry_run: bool,
        /// Where the map has a reading for a date with another value, take the file's.
        #[arg(long)]
        replace: bool,
    },
}

pub fn run(command: ReadingsCommand) -> Result<Outcome, CliError> {
    match command {
        ReadingsCommand::Import {
            file,
            metric,
            csv,
            dry_run,
            replace,
        } => import(&file, &metric, &csv, dry_run, replace),
    }
}

fn import(
    path: &Path,
    metric_id: &str,
    csv: &Path,
    dry_run: bool,
    replace: bool,
) -> Result<Outcome, CliError> {
    let mut loaded = format::load_file(path)?;
    let Some(metric) = loaded.map.metrics.iter_mut().find(|m| m.id == *metric_id) else {
        let ids: Vec<&str> = loaded.map.metrics.iter().map(|m| m.id.as_str()).collect();
        let hint = match crate::suggest::closest(metric_id, ids.iter().copied()) {
            Some(near) => t!("did-you-mean", near = near),
            None if ids.is_empty() => t!("readings-no-metrics-hint"),
            None => t!("readings-metrics-list", ids = ids.join(", ")),
        };
        return Err(CliError::about(
            path,
            t!("readings-no-metric", id = metric_id),
            hint,
        ));
    };
    let bytes = format::read_file(csv, format::max_file_bytes()).map_err(|err| {
        CliError::about(
            csv,
            t!("readings-cannot-read", error = err.to_string()),
            t!("readings-cannot-read-hint"),
        )
    })?;
    let text = String::from_utf8(bytes)
        .map_err(|_| CliError::about(csv, t!("readings-not-utf8"), t!("readings-not-utf8-hint")))?;
    let parsed = readings::parse(&text);
    let Palette {
        error: red,
        warning: yellow,
        hint: cyan,
        reset,
        ..
    } = Palette::new(stderr_color());
    let shown = crate::text::path(csv);
    let (error, warning, hint) = (t!("label-error"), t!("label-warning"), t!("label-hint"));
    for bad in &parsed.bad {
        anstream::eprintln!(
            "{shown}:{}: {red}{error}:{reset} {}",
            bad.line,
            crate::text::clean(&bad.message)
        );
    }
    if parsed.rows.is_empty() && parsed.bad.is_empty() {
        return Err(CliError::about(
            csv,
            t!("readings-empty"),
            t!("readings-empty-hint"),
        ));
    }
    let added = readings::add(metric, &parsed.rows, replace);
    for clash in &added.clashes {
        let (kept, offered) = (number(clash.kept), number(clash.offered));
        let date = clash.date.to_string();
        let message = if replace {
            t!(
                "readings-clash-replaced",
                kept = kept,
                date = date,
                offered = offered
            )
        } else {
            t!(
                "readings-clash-kept",
                kept = kept,
                date = date,
                offered = offered
            )
        };
        anstream::eprintln!(
            "{shown}:{}: {yellow}{warning}:{reset} {message}",
            clash.line
        );
    }
    let metric_id = metric.id.clone();
    let (count, metric) = (added.added.len(), metric_id.as_str());
    let mut summary = if dry_run {
        t!("readings-would-add", count = count, metric = metric)
    } else {
        t!("readings-added", count = count, metric = metric)
    };
    if added.duplicates > 0 {
        summary.push_str("; ");
        summary.push_str(&t!("readings-duplicates", count = added.duplicates));
    }
    if !parsed.bad.is_empty() {
        summary.push_str("; ");
        summary.push_str(&t!("readings-bad-rows", count = parsed.bad.len()));
    }
    for r in &added.added {
        println!("  {} {}", r.date, number(r.value));
    }
    let outcome =
        Outcome::findings_if(!parsed.bad.is_empty() || (!replace && !added.clashes.is_empty()));
    if !dry_run && !added.added.is_empty() {
        let text = format::to_toml(&loaded.map);
        format::write_atomic_with(&format::Real, path, text.as_bytes()).map_err(|source| {
            CliError::Write {
                path: path.to_owned(),
                source,
            }
        })?;
    }
    println!("{}: {summary}", crate::text::path(path));
    if !parsed.bad.is_empty() {
        anstream::eprintln!("  {cyan}{hint}:{reset} {}", t!("readings-fix-hint"));
    }
    Ok(outcome)
}
