//! Opportunities as issues for the team's tracker: GitHub, GitLab or Jira.
//!
//! One issue per opportunity that still waits for one: not `done`, not
//! `dropped`, and with no `issue` recorded yet (those are in the tracker
//! already). They come in priority order (see [`Map::ranked_opportunities`]).
//! Each issue carries the opportunity's description; its impact, effort,
//! votes, owner and status; the touchpoints it improves with their stages
//! (or, for an opportunity about a whole stage, that stage's touchpoints),
//! their pain points and evidence; and a line back to the map file and the
//! opportunity's id.
//!
//! - GitHub and GitLab: a JSON array, one object per issue:
//!   `{"opportunity", "map", "issue"}`, where `issue` is the payload of the
//!   tracker's REST API to create an issue (GitHub: `title`, `body`,
//!   `labels`; GitLab: `title`, `description`, `labels` as one
//!   comma-separated text), with a Markdown body. `cjm issues push` runs
//!   `gh` or `glab` with the same title and body.
//! - Jira: CSV for Jira's import, with the columns Summary, Description,
//!   Issue Type (`Task`), Priority (from the impact: 5 Highest … 1 Lowest,
//!   empty when unrated), Labels and External ID (the opportunity's id); the
//!   description in Jira's wiki markup. Cells that a spreadsheet would run
//!   as a formula are neutralised as in the CSV export.
//!
//! Like every export, a pure function of the map (and of the map's path,
//! given by the caller): the same input gives the same bytes.

use std::fmt::Write as _;

use serde::Serialize;

use super::{csv::neutralise, emotion_word, one_line};
use crate::i18n::Lang;
use crate::model::{Map, Opportunity, Status, Touchpoint, Vocabulary};
use crate::t_in;

/// The label every issue gets, so the team can find the map's issues.
pub const LABEL: &str = "customer-journey";

/// The trackers an export or a push is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tracker {
    Github,
    Gitlab,
    Jira,
}

/// How an issue's text is marked up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Markup {
    /// GitHub's and GitLab's Markdown.
    Markdown,
    /// Jira's wiki markup.
    Jira,
}

/// One issue to create for an opportunity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    /// The opportunity's id.
    pub opportunity: String,
    pub title: String,
    pub body: String,
    /// Jira's priority name, from the impact; `None` when unrated.
    pub priority: Option<&'static str>,
}

/// Whether the opportunity still needs an issue: it is open (not done, not
/// dropped) and has none recorded.
pub fn wants_issue(o: &Opportunity) -> bool {
    o.issue.trim().is_empty() && !matches!(o.status, Status::Done | Status::Dropped)
}

/// The issues to create for `map`, whose file is `source` (as the team
/// knows it: a path in the repository), in priority order.
pub fn issues(map: &Map, source: &str, markup: Markup) -> Vec<Issue> {
    map.ranked_opportunities()
        .into_iter()
        .map(|i| &map.opportunities[i])
        .filter(|o| wants_issue(o))
        .map(|o| Issue {
            opportunity: o.id.to_string(),
            title: one_line(&o.title),
            body: body(map, o, source, markup),
            priority: o.impact.map(|s| priority(s.get())),
        })
        .collect()
}

/// The export for `tracker`: JSON for GitHub and GitLab, CSV for Jira.
pub fn export(map: &Map, source: &str, tracker: Tracker) -> String {
    match tracker {
        Tracker::Github | Tracker::Gitlab => json(map, source, tracker),
        Tracker::Jira => jira_csv(map, source),
    }
}

/// Jira's priority for an impact of 1 to 5.
fn priority(impact: u8) -> &'static str {
    match impact {
        5 => "Highest",
        4 => "High",
        3 => "Medium",
        2 => "Low",
        _ => "Lowest",
    }
}

#[derive(Serialize)]
struct Entry<P: Serialize> {
    opportunity: String,
    map: String,
    issue: P,
}

#[derive(Serialize)]
struct GithubIssue {
    title: String,
    body: String,
    labels: Vec<&'static str>,
}

#[derive(Serialize)]
struct GitlabIssue {
    title: String,
    description: String,
    labels: &'static str,
}

/// The REST API payload of one issue, as the tracker takes it.
#[derive(Serialize)]
#[serde(untagged)]
enum Payload {
    Github(GithubIssue),
    Gitlab(GitlabIssue),
}

fn json(map: &Map, source: &str, tracker: Tracker) -> String {
    let entries: Vec<Entry<Payload>> = issues(map, source, Markup::Markdown)
        .into_iter()
        .map(|issue| Entry {
            opportunity: issue.opportunity,
            map: source.to_owned(),
            issue: match tracker {
                Tracker::Gitlab => Payload::Gitlab(GitlabIssue {
                    title: issue.title,
                    description: issue.body,
                    labels: LABEL,
                }),
                _ => Payload::Github(GithubIssue {
                    title: issue.title,
                    body: issue.body,
                    labels: vec![LABEL],
                }),
            },
        })
        .collect();
    // Only strings: serialising cannot fail; an empty array if it ever did.
    let text = serde_json::to_string_pretty(&entries).unwrap_or_else(|_| "[]".to_owned());
    let mut text = crate::text::json_escaped(&text);
    text.push('\n');
    text
}

fn jira_csv(map: &Map, source: &str) -> String {
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let header = [
        "Summary",
        "Description",
        "Issue Type",
        "Priority",
        "Labels",
        "External ID",
    ];
    let mut rows = vec![header.map(str::to_owned).to_vec()];
    for issue in issues(map, source, Markup::Jira) {
        rows.push(vec![
            issue.title,
            issue.body,
            "Task".to_owned(),
            issue.priority.unwrap_or_default().to_owned(),
            LABEL.to_owned(),
            issue.opportunity,
        ]);
    }
    for row in rows {
        // Writing into a Vec<u8> has no I/O errors; a failed row is left out.
        let _ = writer.write_record(row.iter().map(|cell| neutralise(cell)));
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// The touchpoints an opportunity is about: its own, or, for one about a
/// whole stage, that stage's.
fn touchpoints<'a>(map: &'a Map, o: &'a Opportunity) -> Vec<&'a Touchpoint> {
    if o.touchpoints.is_empty() {
        o.stage
            .as_ref()
            .map(|stage| map.touchpoints_in(stage.as_str()).collect())
            .unwrap_or_default()
    } else {
        o.touchpoints
            .iter()
            .filter_map(|id| map.touchpoints.iter().find(|t| t.id == *id))
            .map(|t| &**t)
            .collect()
    }
}

/// The name of a stage, or its id when it has none.
fn stage_name<'a>(map: &'a Map, id: &'a str) -> &'a str {
    map.stage(id).map_or(id, |s| s.name.as_str())
}

/// Text of the map in the markup: escaped user text, bold, headings, lists.
struct Writer {
    markup: Markup,
    out: String,
}

impl Writer {
    /// User text, on one line, escaped so the tracker shows it as written.
    fn text(&self, text: &str) -> String {
        let text = one_line(text);
        let special: &[char] = match self.markup {
            Markup::Markdown => &['\\', '`', '*', '_', '[', ']', '<', '>', '|', '#', '~', '!'],
            Markup::Jira => &['\\', '*', '_', '[', ']', '{', '}', '|', '#', '~', '!', '^'],
        };
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            if special.contains(&c) {
                out.push('\\');
            }
            out.push(c);
        }
        out
    }

    fn bold(&self, text: &str) -> String {
        match self.markup {
            Markup::Markdown => format!("**{text}**"),
            Markup::Jira => format!("*{text}*"),
        }
    }

    fn code(&self, text: &str) -> String {
        match self.markup {
            Markup::Markdown => format!("`{}`", text.replace('`', "'")),
            Markup::Jira => format!("{{{{{}}}}}", one_line(text).replace(['{', '}'], "")),
        }
    }

    fn heading(&mut self, text: &str) {
        let _ = match self.markup {
            Markup::Markdown => writeln!(self.out, "\n### {text}\n"),
            Markup::Jira => writeln!(self.out, "\nh3. {text}\n"),
        };
    }

    fn item(&mut self, text: &str) {
        let bullet = match self.markup {
            Markup::Markdown => '-',
            Markup::Jira => '*',
        };
        let _ = writeln!(self.out, "{bullet} {text}");
    }

    /// A heading and its list, left out when the list is empty.
    fn list(&mut self, heading: &str, items: &[String]) {
        if items.is_empty() {
            return;
        }
        self.heading(heading);
        for item in items {
            self.item(item);
        }
    }
}

/// The issue's text: description, facts, touchpoints, pains, evidence and
/// the way back to the map.
fn body(map: &Map, o: &Opportunity, source: &str, markup: Markup) -> String {
    let mut w = Writer {
        markup,
        out: String::new(),
    };
    for line in o.description.lines() {
        let line = w.text(line);
        let _ = writeln!(w.out, "{line}");
    }
    if !o.description.trim().is_empty() {
        w.out.push('\n');
    }
    // The map's own language, else the interface's.
    let lang = Lang::from_tag(&map.language).unwrap_or_else(crate::i18n::current);
    let mut facts = Vec::new();
    let score =
        |s: Option<crate::model::Score>| s.map_or("–".to_owned(), |s| format!("{}/5", s.get()));
    facts.push(format!(
        "{} {}",
        w.bold(&t_in!(lang, "issue-impact")),
        score(o.impact)
    ));
    facts.push(format!(
        "{} {}",
        w.bold(&t_in!(lang, "issue-effort")),
        score(o.effort)
    ));
    facts.push(format!(
        "{} {}",
        w.bold(&t_in!(lang, "issue-votes")),
        o.votes
    ));
    if !o.owner.trim().is_empty() {
        let owner = w.text(&o.owner);
        facts.push(format!("{} {owner}", w.bold(&t_in!(lang, "issue-owner"))));
    }
    let status = crate::i18n::text(lang, &o.status.label_id(), &[]);
    facts.push(format!("{} {status}", w.bold(&t_in!(lang, "issue-status"))));
    if let Some(stage) = &o.stage {
        let name = w.text(stage_name(map, stage.as_str()));
        facts.push(format!("{} {name}", w.bold(&t_in!(lang, "issue-stage"))));
    }
    let _ = writeln!(w.out, "{}", facts.join(" · "));

    let touchpoints = touchpoints(map, o);
    let mut lines = Vec::new();
    let mut pains = Vec::new();
    let mut evidence = Vec::new();
    for t in &touchpoints {
        let name = w.text(&t.name);
        let stage = w.text(stage_name(map, t.stage.as_str()));
        let mut line = t_in!(
            lang,
            "issue-touchpoint",
            name = w.bold(&name),
            stage = stage,
            emotion = emotion_word(t.emotion)
        );
        if t.moment_of_truth {
            line = format!("{line}, {}", t_in!(lang, "issue-moment-of-truth"));
        }
        lines.push(line);
        for pain in &t.pain_points {
            pains.push(format!("{} ({name})", w.text(pain)));
        }
        for e in &t.evidence {
            let note = if e.note.trim().is_empty() {
                String::new()
            } else {
                format!(": {}", w.text(&e.note))
            };
            evidence.push(format!(
                "{}{note} ({name})",
                crate::i18n::text(lang, &e.source.label_id(), &[])
            ));
        }
    }
    w.list(&t_in!(lang, "issue-touchpoints"), &lines);
    w.list(&t_in!(lang, "issue-pain-points"), &pains);
    w.list(&t_in!(lang, "issue-evidence"), &evidence);

    let back = t_in!(
        lang,
        "issue-back",
        title = w.text(&map.title),
        file = w.code(source),
        id = w.code(o.id.as_str())
    );
    match markup {
        Markup::Markdown => {
            let _ = write!(w.out, "\n---\n{back}\n");
        }
        Markup::Jira => {
            let _ = write!(w.out, "\n----\n{back}\n");
        }
    }
    w.out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Id, MapKind};

    #[test]
    fn done_dropped_and_tracked_opportunities_get_no_issue() {
        let mut map = Map::new("Shop", MapKind::CurrentState);
        for (id, status, issue) in [
            ("op-a", Status::Idea, ""),
            ("op-b", Status::Done, ""),
            ("op-c", Status::Dropped, ""),
            ("op-d", Status::Planned, "https://example.org/1"),
            ("op-e", Status::InProgress, ""),
        ] {
            let mut o = Opportunity::new(Id::new(id), id);
            o.status = status;
            o.issue = issue.to_owned();
            map.opportunities.push(o.into());
        }
        let ids: Vec<String> = issues(&map, "m.toml", Markup::Markdown)
            .into_iter()
            .map(|i| i.opportunity)
            .collect();
        assert_eq!(ids, ["op-a", "op-e"]);
    }

    #[test]
    fn user_text_cannot_inject_markup() {
        let w = Writer {
            markup: Markup::Markdown,
            out: String::new(),
        };
        assert_eq!(w.text("**[x](y)**"), "\\*\\*\\[x\\](y)\\*\\*");
        let j = Writer {
            markup: Markup::Jira,
            out: String::new(),
        };
        assert_eq!(j.text("h1. {code}"), "h1. \\{code\\}");
    }
}
