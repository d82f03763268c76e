//! The report's sections, computed once from a map and rendered by both
//! report formats ([`super::markdown`] and [`super::html`]): which sections
//! have anything in them, the personas in order, the team and its
//! departments, the opportunities ranked with their scores and what they
//! improve, and the metrics with the names of what they measure and their
//! latest reading. The texts are the map's own; each format escapes them
//! its way and lays the sections out in its own order.

use super::index::Index;
use super::{
    departments, latest_reading, personas_primary_first, ranked_opportunities, ratio_text,
};
use crate::model::{Goal, Map, Metric, Opportunity, Persona, Reading, Score, Vocabulary};
use crate::t;

/// The sections of a report on one map.
pub(super) struct Report<'a> {
    /// The goal, when any of it is filled in.
    pub goal: Option<&'a Goal>,
    /// The personas, the primary one first.
    pub personas: Vec<&'a Persona>,
    /// The team, when there is one.
    pub team: Option<Team<'a>>,
    /// The opportunities, best first.
    pub opportunities: Vec<OpportunityRow<'a>>,
    pub metrics: Vec<MetricRow<'a>>,
    pub parking_lot: &'a [String],
    /// The map's items by id, for the sections each format draws itself.
    pub index: Index<'a>,
}

/// The team table and the departments present in it.
pub(super) struct Team<'a> {
    /// Name, department and role of each participant, in map order.
    pub rows: Vec<(&'a str, &'a str, String)>,
    /// The departments named, each once, in order of first mention.
    pub departments: Vec<&'a str>,
}

/// One ranked opportunity.
pub(super) struct OpportunityRow<'a> {
    /// 1 for the best.
    pub rank: usize,
    pub opportunity: &'a Opportunity,
    /// The impact score, empty when unrated.
    pub impact: String,
    /// The effort score, empty when unrated.
    pub effort: String,
    /// Impact over effort, empty unless both are rated.
    pub ratio: String,
    /// The names of the touchpoints it improves (the id of one not found).
    pub touchpoints: Vec<&'a str>,
    /// The name of the stage it improves.
    pub stage: Option<&'a str>,
    /// The name of the department that carries it out.
    pub owner: &'a str,
}

/// One metric.
pub(super) struct MetricRow<'a> {
    pub metric: &'a Metric,
    /// The names of the stages and touchpoints it measures.
    pub links: Vec<&'a str>,
    /// The latest reading, by date.
    pub latest: Option<&'a Reading>,
}

impl<'a> Report<'a> {
    pub fn new(map: &'a Map) -> Report<'a> {
        let index = Index::new(map);
        let g = &map.goal;
        let goal_empty = g.focus.is_none()
            && g.statement.is_empty()
            && g.scope.is_empty()
            && g.success_criteria.is_empty();
        let team = (!map.team.is_empty()).then(|| Team {
            rows: map
                .team
                .iter()
                .map(|p| {
                    let department = map.department_name(&p.department);
                    (p.name.as_str(), department, p.role.local_label())
                })
                .collect(),
            departments: departments(map),
        });
        let score = |s: Option<Score>| s.map(|s| s.get().to_string()).unwrap_or_default();
        let opportunities = ranked_opportunities(map)
            .into_iter()
            .enumerate()
            .map(|(i, o)| OpportunityRow {
                rank: i + 1,
                opportunity: o,
                impact: score(o.impact),
                effort: score(o.effort),
                ratio: ratio_text(o),
                touchpoints: o
                    .touchpoints
                    .iter()
                    .map(|id| {
                        index
                            .touchpoint(id)
                            .map_or(id.as_str(), |t| t.name.as_str())
                    })
                    .collect(),
                stage: o.stage.as_ref().map(|stage| index.item_name(stage)),
                owner: map.department_name(&o.owner),
            })
            .collect();
        let metrics = map
            .metrics
            .iter()
            .map(|m| MetricRow {
                metric: m,
                links: m.links.iter().map(|id| index.item_name(id)).collect(),
                latest: latest_reading(m),
            })
            .collect();
        Report {
            goal: (!goal_empty).then_some(g),
            personas: personas_primary_first(map),
            team,
            opportunities,
            metrics,
            parking_lot: &map.parking_lot,
            index,
        }
    }
}

/// A persona's empathy map: what they say, think, do and feel, each with its label.
pub(super) fn empathy_map(p: &Persona) -> [(String, &[String]); 4] {
    [
        (t!("export-says"), &p.says),
        (t!("export-thinks"), &p.thinks),
        (t!("export-does"), &p.does),
        (t!("export-feels"), &p.feels),
    ]
}

/// A persona's longer texts, labelled, in the order both reports list them.
pub(super) fn persona_details(p: &Persona) -> [(String, &str); 5] {
    [
        (t!("export-demographics"), &p.demographics),
        (t!("export-behaviours"), &p.behaviours),
        (t!("export-motivations"), &p.motivations),
        (t!("export-needs"), &p.needs),
        (t!("export-frustrations"), &p.frustrations),
    ]
}

/// How a report format writes the few pieces of markup the shared cells
/// need; both formats break lines in a cell with `<br>`.
/// Each piece is the text before and after what it marks up.
pub(super) struct Markup {
    /// User text, escaped for the format.
    pub text: fn(&str) -> String,
    /// Around markup-ready text in bold.
    pub strong: [&'static str; 2],
    /// The escaped names of what a metric is for, introduced in the
    /// report's language.
    pub metric_for: fn(&str) -> String,
    /// The escaped name of a stage an opportunity improves, introduced in
    /// the report's language.
    pub improved_stage: fn(&str) -> String,
}

impl Markup {
    fn text(&self, text: &str) -> String {
        (self.text)(text)
    }

    fn around([before, after]: [&str; 2], markup: &str) -> String {
        format!("{before}{markup}{after}")
    }
}

impl OpportunityRow<'_> {
    /// The title in bold, the description on the next line.
    pub fn title(&self, markup: &Markup) -> String {
        let o = self.opportunity;
        let mut title = Markup::around(markup.strong, &markup.text(&o.title));
        if !o.description.is_empty() {
            title.push_str("<br>");
            title.push_str(&markup.text(&o.description));
        }
        title
    }

    /// The touchpoints improved, then the stage, a line each.
    pub fn improves(&self, markup: &Markup) -> String {
        let mut lines: Vec<String> = self.touchpoints.iter().map(|t| markup.text(t)).collect();
        if let Some(stage) = self.stage {
            lines.push((markup.improved_stage)(&markup.text(stage)));
        }
        lines.join("<br>")
    }
}

impl MetricRow<'_> {
    /// The name in bold, what it measures and what it is for, a line each.
    pub fn name(&self, markup: &Markup) -> String {
        let m = self.metric;
        let mut name = Markup::around(markup.strong, &markup.text(&m.name));
        if !m.measures.is_empty() {
            name.push_str("<br>");
            name.push_str(&markup.text(&m.measures));
        }
        if !self.links.is_empty() {
            let links: Vec<String> = self.links.iter().map(|l| markup.text(l)).collect();
            name.push_str("<br>");
            name.push_str(&(markup.metric_for)(&links.join(", ")));
        }
        name
    }

    /// "baseline → target" with each value as `value` writes it and "–"
    /// for a missing one; empty when neither is set.
    pub fn goal(&self, value: impl Fn(f64) -> String) -> String {
        let m = self.metric;
        if m.baseline.is_none() && m.target.is_none() {
            return String::new();
        }
        let value = |v: Option<f64>| v.map_or_else(|| "–".to_owned(), &value);
        format!("{} → {}", value(m.baseline), value(m.target))
    }
}
