//! A map's history from git: the commits that changed it, what each changed
//! item by item and field by field (the semantic [`diff`](crate::diff)
//! between consecutive versions, so a renamed touchpoint keeps its
//! history: items are matched by id), one item's history, and the trend of
//! each stage's average emotion, the share of touchpoints backed by data
//! and the votes over the commits.
//!
//! [`git`] reads the versions; everything else here is pure. A version
//! that does not load (a commit with a broken file) is kept with its error
//! and skipped: the next good version is compared with the last good one.

pub mod git;
pub mod render;

use std::path::{Path, PathBuf};

use crate::check::{EvidenceShare, evidence_share};
use crate::diff::{Change, Diff, SectionDiff, diff};
use crate::model::{Map, MapKind};
use crate::session::finder::{Query, Searchable, Work};

/// Why a history cannot be shown.
#[derive(Clone, Debug, thiserror::Error)]
pub enum HistoryError {
    #[error("{}", crate::t!("history-git-missing"))]
    GitMissing,
    #[error("{}", crate::t!("history-not-a-repository", path = crate::text::path(path)))]
    NotARepository { path: PathBuf },
    #[error("{}", crate::t!("history-missing"))]
    Missing,
    #[error("{}", crate::t!("history-not-tracked", path = path))]
    NotTracked { path: String },
    #[error("{}", crate::t!("history-git-failed", args = args, message = message))]
    Git { args: String, message: String },
    #[error("{}", crate::t!("history-unknown-item", query = query))]
    UnknownItem {
        query: String,
        /// Ids and names that come close, best first.
        suggestions: Vec<String>,
    },
}

impl HistoryError {
    /// What to do about it.
    pub fn hint(&self) -> String {
        match self {
            HistoryError::GitMissing => crate::t!("history-git-missing-hint"),
            HistoryError::NotARepository { .. } => crate::t!("history-not-a-repository-hint"),
            HistoryError::NotTracked { path } => crate::t!("history-not-tracked-hint", path = path),
            HistoryError::Git { .. } => crate::t!("history-git-failed-hint"),
            HistoryError::Missing => crate::t!("history-missing-hint"),
            HistoryError::UnknownItem { suggestions, .. } if !suggestions.is_empty() => {
                crate::t!("history-did-you-mean", suggestion = suggestions.join(", "))
            }
            HistoryError::UnknownItem { .. } => crate::t!("history-unknown-item-hint"),
        }
    }
}

/// A commit, as a history shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Commit {
    /// The full hash.
    pub id: String,
    /// The abbreviated hash.
    pub short: String,
    /// The author's date, `YYYY-MM-DD`.
    pub date: String,
    pub author: String,
    /// The first line of the message.
    pub subject: String,
}

/// The map as one commit left it.
#[derive(Clone, Debug)]
pub struct Version {
    pub commit: Commit,
    /// The map's path in the repository at that commit.
    pub path: String,
    /// The map, or why that version does not load.
    pub map: Result<Map, VersionError>,
}

/// Why one past version of the map does not load; shown as
/// `line:column: message` when the parser says where.
#[derive(Clone, Debug, thiserror::Error)]
pub enum VersionError {
    /// Git could not give that version's text.
    #[error(transparent)]
    Git(#[from] HistoryError),
    /// The text does not parse: the parser's first problem, and where it is.
    #[error("{}", located(*at, message))]
    Parse {
        at: Option<crate::format::Position>,
        message: String,
    },
    /// The text does not parse and the parser names no problem.
    #[error("{}", crate::t!("history-does-not-load"))]
    DoesNotLoad,
}

/// `line:column: message`, or the message alone when the place is not known.
fn located(at: Option<crate::format::Position>, message: &str) -> String {
    match at {
        Some(p) => format!("{}:{}: {message}", p.line, p.column),
        None => message.to_owned(),
    }
}

/// Every version of the map in `file`, oldest first.
pub fn versions(file: &Path) -> Result<Vec<Version>, HistoryError> {
    let mut out = Vec::new();
    for (commit, path) in git::commits(file)?.into_iter().rev() {
        let map = match git::show(file, &commit.id, &path) {
            Ok(text) => {
                crate::format::parse(&text).map_err(|diagnostics| match diagnostics.first() {
                    Some(first) => VersionError::Parse {
                        at: first
                            .span
                            .clone()
                            .map(|span| crate::format::Position::of(&text, span.start)),
                        message: first.message.clone(),
                    },
                    None => VersionError::DoesNotLoad,
                })
            }
            Err(err) => Err(VersionError::Git(err)),
        };
        out.push(Version { commit, path, map });
    }
    Ok(out)
}

/// The history of the map in `file` (`key` `None`) or of the item with
/// the id `key` (a team member's name), newest first: [`versions`], then [`log`].
pub fn of(file: &Path, key: Option<&str>) -> Result<Vec<Entry>, HistoryError> {
    let versions = versions(file)?;
    let item = key.map(|key| ItemKey {
        key: key.to_owned(),
        name: String::new(),
    });
    Ok(log(&versions, item.as_ref()))
}

/// What one commit did to the map (or to one item).
#[derive(Clone, Debug)]
pub enum Step {
    /// The first version: the map was created (or the item was added, with
    /// its diff from nothing).
    Created { items: usize, diff: Option<Diff> },
    /// What changed since the last version that loaded.
    Changed(Diff),
    /// This version does not load; it is skipped.
    Broken(String),
}

/// One entry of a history.
#[derive(Clone, Debug)]
pub struct Entry {
    pub commit: Commit,
    pub path: String,
    pub step: Step,
}

/// An item a history follows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemKey {
    /// Its id (a team member's name).
    pub key: String,
    /// Its name or title in the newest version that has it.
    pub name: String,
}

/// The history of the map (`item` `None`) or of one item, newest first:
/// only the commits that changed it, and the versions that do not load.
pub fn log(versions: &[Version], item: Option<&ItemKey>) -> Vec<Entry> {
    let mut out = Vec::new();
    let mut last: Option<&Map> = None;
    for v in versions {
        let map = match &v.map {
            Ok(map) => map,
            Err(problem) => {
                out.push(entry(v, Step::Broken(problem.to_string())));
                continue;
            }
        };
        let step = match (last, item) {
            (None, None) => Some(Step::Created {
                items: map.ids().count() + map.team.len(),
                diff: None,
            }),
            (None, Some(item)) => {
                let d = only(diff(&empty(map), map), &item.key);
                (!d.is_empty()).then_some(Step::Created {
                    items: 1,
                    diff: Some(d),
                })
            }
            (Some(previous), item) => {
                let d = diff(previous, map);
                let d = match item {
                    Some(item) => only(d, &item.key),
                    None => d,
                };
                (!d.is_empty()).then_some(Step::Changed(d))
            }
        };
        if let Some(step) = step {
            out.push(entry(v, step));
        }
        last = Some(map);
    }
    out.reverse();
    out
}

fn entry(v: &Version, step: Step) -> Entry {
    Entry {
        commit: v.commit.clone(),
        path: v.path.clone(),
        step,
    }
}

/// A map with nothing in it, to compare a first version with.
fn empty(like: &Map) -> Map {
    Map::new(like.title.clone(), MapKind::CurrentState)
}

/// The part of `d` about the item `key`.
fn only(d: Diff, key: &str) -> Diff {
    let about = |change: &Change| match change {
        Change::Added(item) | Change::Removed(item) | Change::Changed(item, _) => item.key == key,
        Change::Moved { item, .. } => item.key == key,
    };
    let sections = d
        .sections
        .into_iter()
        .filter_map(|s| {
            let items: Vec<Change> = s.items.into_iter().filter(about).collect();
            (!items.is_empty()).then_some(SectionDiff {
                title: s.title,
                fields: Vec::new(),
                items,
            })
        })
        .collect();
    Diff {
        sections,
        emotions: Vec::new(),
    }
}

/// Every item of a map as (key, name): personas, stages, touchpoints,
/// opportunities, metrics by id, team members by name.
fn items(map: &Map) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    out.extend(
        map.personas
            .iter()
            .map(|p| (p.id.to_string(), p.name.clone())),
    );
    out.extend(
        map.stages
            .iter()
            .map(|s| (s.id.to_string(), s.name.clone())),
    );
    out.extend(
        map.touchpoints
            .iter()
            .map(|t| (t.id.to_string(), t.name.clone())),
    );
    out.extend(
        map.opportunities
            .iter()
            .map(|o| (o.id.to_string(), o.title.clone())),
    );
    out.extend(
        map.metrics
            .iter()
            .map(|m| (m.id.to_string(), m.name.clone())),
    );
    out.extend(map.team.iter().map(|p| (p.name.clone(), p.name.clone())));
    out
}

/// The item `query` names: an id (or a team member's name) in any version,
/// else the name the finder ranks best in the newest version that loads.
pub fn find_item(versions: &[Version], query: &str) -> Result<ItemKey, HistoryError> {
    let maps: Vec<&Map> = versions
        .iter()
        .rev()
        .filter_map(|v| v.map.as_ref().ok())
        .collect();
    let query = query.trim();
    for map in &maps {
        if let Some((key, name)) = items(map).into_iter().find(|(key, _)| key == query) {
            return Ok(ItemKey { key, name });
        }
    }
    let newest = maps.first().map(|m| items(m)).unwrap_or_default();
    if !query.is_empty() {
        let q = Query::new(query);
        let mut work = Work::default();
        let best = newest
            .iter()
            .filter_map(|(key, name)| {
                q.rank(&Searchable::new(name), &mut work)
                    .map(|rank| (rank, key, name))
            })
            .max_by_key(|(rank, ..)| *rank);
        if let Some((_, key, name)) = best {
            return Ok(ItemKey {
                key: key.clone(),
                name: name.clone(),
            });
        }
    }
    let candidates = newest
        .iter()
        .flat_map(|(key, name)| [key.as_str(), name.as_str()]);
    let suggestions = crate::suggest::closest(query, candidates)
        .map(|s| vec![s.to_owned()])
        .unwrap_or_default();
    Err(HistoryError::UnknownItem {
        query: query.to_owned(),
        suggestions,
    })
}

/// The measures of one version for the trend.
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    pub commit: Commit,
    /// The average emotion of each stage of [`Trend::stages`] (`None`:
    /// not in this version, or no rated touchpoint).
    pub emotions: Vec<Option<f64>>,
    pub evidence: EvidenceShare,
    /// The votes of all opportunities.
    pub votes: u64,
}

/// The trend of a map over its commits, oldest first.
#[derive(Clone, Debug, PartialEq)]
pub struct Trend {
    /// Every stage that any version has, as (id, newest name), in the
    /// newest order, stages that were removed after them.
    pub stages: Vec<(String, String)>,
    pub points: Vec<Point>,
    /// The versions that do not load, skipped.
    pub skipped: Vec<(Commit, String)>,
}

/// The trend over `versions` (oldest first).
pub fn trend(versions: &[Version]) -> Trend {
    let mut stages: Vec<(String, String)> = Vec::new();
    for v in versions.iter().rev() {
        if let Ok(map) = &v.map {
            for s in &map.stages {
                if !stages.iter().any(|(id, _)| *id == s.id.as_str()) {
                    stages.push((s.id.to_string(), s.name.clone()));
                }
            }
        }
    }
    let mut points = Vec::new();
    let mut skipped = Vec::new();
    for v in versions {
        match &v.map {
            Ok(map) => {
                let averages = map.stage_averages();
                points.push(Point {
                    commit: v.commit.clone(),
                    emotions: stages
                        .iter()
                        .map(|(id, _)| averages.get(id.as_str()).copied())
                        .collect(),
                    evidence: evidence_share(map),
                    votes: map.opportunities.iter().map(|o| u64::from(o.votes)).sum(),
                });
            }
            Err(problem) => skipped.push((v.commit.clone(), problem.to_string())),
        }
    }
    Trend {
        stages,
        points,
        skipped,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn version(n: usize, map: Result<Map, VersionError>) -> Version {
        Version {
            commit: Commit {
                id: format!("{n:040}"),
                short: format!("{n:07}"),
                date: "2026-12-01".to_owned(),
                author: "A".to_owned(),
                subject: format!("commit {n}"),
            },
            path: "map.toml".to_owned(),
            map,
        }
    }

    fn map(touchpoint_name: &str, emotion: i8) -> Map {
        let text = format!(
            "schema = 1\ntitle = \"M\"\nkind = \"current-state\"\n\n\
             [[stages]]\nid = \"st-buy\"\nname = \"Buy\"\n\n\
             [[touchpoints]]\nid = \"tp-pay\"\nstage = \"st-buy\"\n\
             name = \"{touchpoint_name}\"\nemotion = {emotion}\n"
        );
        crate::format::parse(&text).unwrap_or_else(|_| Map::new("broken", MapKind::Service))
    }

    #[test]
    fn a_renamed_item_keeps_its_history_and_broken_versions_are_skipped() {
        let versions = [
            version(1, Ok(map("Pay", -1))),
            version(
                2,
                Err(VersionError::Parse {
                    at: Some(crate::format::Position { line: 3, column: 1 }),
                    message: "broken".to_owned(),
                }),
            ),
            version(3, Ok(map("Pay by card", -1))),
            version(4, Ok(map("Pay by card", 1))),
        ];
        let item = find_item(&versions, "card").ok();
        assert_eq!(item.as_ref().map(|i| i.key.as_str()), Some("tp-pay"));
        let entries = log(&versions, item.as_ref());
        let subjects: Vec<&str> = entries.iter().map(|e| e.commit.subject.as_str()).collect();
        assert_eq!(subjects, ["commit 4", "commit 3", "commit 2", "commit 1"]);
        let t = trend(&versions);
        assert_eq!(t.points.len(), 3);
        assert_eq!(t.points[2].emotions, [Some(1.0)]);
        assert_eq!(t.skipped.len(), 1);
        assert!(matches!(
            find_item(&versions, "tp-pya"),
            Err(HistoryError::UnknownItem { suggestions, .. }) if suggestions == ["tp-pay"]
        ));
    }
}
