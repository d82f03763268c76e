//! The Mermaid `journey` diagram of a map: one section per stage, one task
//! per touchpoint, scored by the customer's emotion, with the owning
//! department as the actor.
//!
//! Mermaid's journey grammar gives some characters a meaning, whatever the
//! text around them, so names are cleaned to make any text parse:
//! - `:` ends a task name and `#` and `;` end any name, so they become
//!   look-alikes: `∶` (U+2236 RATIO), `＃` (U+FF03) and `；` (U+FF1B). The
//!   Greek question mark U+037E is not used for `;`: Unicode normalisation
//!   (NFC) turns it back into a plain `;`.
//! - `%` can start a comment or a `%%{init}%%` directive, so it becomes `％` (U+FF05).
//! - A comma separates actors, so within an actor it becomes `‚` (U+201A).
//! - Line breaks and other control characters become spaces.
//! - A task name that begins with a word of the grammar (`journey`,
//!   `title `, `section `, `accTitle`, `accDescr`) gets an invisible word
//!   joiner (U+2060) in front, so it stays a task name.
//!
//! Quotes, `<`, `>` and all other Unicode are kept as they are; Mermaid
//! sanitises labels itself when it draws them.
//!
//! Scores: a journey task takes a score from 1 to 5, so a touchpoint's
//! emotion (-2..=+2) is shifted by 3. A touchpoint that is not rated yet is
//! drawn as neutral (3) and its name says "(not rated)". A stage without
//! touchpoints still gets its `section` line: Mermaid's parser accepts an
//! empty section (it draws nothing for it), and the source keeps every stage.

use std::fmt::Write as _;

use super::one_line;
use crate::model::{Lane, Map, Touchpoint};

/// The score of a touchpoint that has no emotion yet.
const UNRATED_SCORE: i8 = 3;

/// The diagram, starting with `journey` and ending with a newline.
pub fn export(map: &Map) -> String {
    let mut out = String::from("journey\n");
    out.push_str("  title ");
    out.push_str(&title(&map.title));
    out.push('\n');
    let by_stage = super::index::by_stage(map);
    for stage in &map.stages {
        out.push_str("  section ");
        out.push_str(&name(&stage.name));
        out.push('\n');
        for t in by_stage.get(stage.id.as_str()).into_iter().flatten() {
            out.push_str("    ");
            out.push_str(&task(map, t));
            out.push('\n');
            blueprint(&mut out, map, t);
        }
    }
    out
}

/// The touchpoint's blueprint lanes, fail point, wait and web links, as
/// Mermaid comments (`%%`): a journey diagram has no lanes, but the source
/// keeps them for whoever reads or converts it.
fn blueprint(out: &mut String, map: &Map, t: &Touchpoint) {
    for lane in Lane::ALL {
        for action in t.lane(lane) {
            let mut line = format!("    %% {}: {}", lane.key(), one_line(&action.text));
            if !action.department.is_empty() {
                line.push_str(&format!(
                    " ({})",
                    one_line(map.department_name(&action.department))
                ));
            }
            out.push_str(&line);
            out.push('\n');
        }
    }
    if !t.fail_point.is_empty() {
        out.push_str(&format!("    %% fail_point: {}\n", one_line(&t.fail_point)));
    }
    if let Some(wait) = t.wait {
        out.push_str(&format!("    %% wait: {wait}\n"));
    }
    for link in &t.web_links {
        out.push_str(&format!(
            "    %% link: {} {}\n",
            one_line(&link.url),
            one_line(&link.title)
        ));
    }
}

/// `Name: score: Actor, Actor…` – the owner, then the departments of the
/// frontstage actions.
fn task(map: &Map, t: &Touchpoint) -> String {
    let mut task_name = name(&t.name);
    if t.emotion.is_none() {
        let _ = write!(task_name, " ({})", crate::t!("export-emotion-not-rated"));
    }
    if starts_with_keyword(&task_name) {
        task_name.insert(0, '\u{2060}');
    }
    let score = t.emotion.map_or(UNRATED_SCORE, |e| e.get() + 3);
    let mut actors = vec![actor(map.department_name(&t.owner))];
    for action in &t.frontstage {
        let a = actor(map.department_name(&action.department));
        if !action.department.is_empty() && !actors.contains(&a) {
            actors.push(a);
        }
    }
    format!("{task_name}: {score}: {}", actors.join(", "))
}

/// The diagram title: one line, without `#`, `;` or `%` (a colon is fine there).
fn title(text: &str) -> String {
    let cleaned = clean(text, false);
    if cleaned.is_empty() {
        "Journey".to_owned()
    } else {
        cleaned
    }
}

/// A section or task name: one line, without `:`, `#`, `;` or `%`.
fn name(text: &str) -> String {
    let cleaned = clean(text, true);
    if cleaned.is_empty() {
        "–".to_owned()
    } else {
        cleaned
    }
}

/// The actor of a touchpoint owned by `owner`: like a name, and without commas.
fn actor(owner: &str) -> String {
    let cleaned = clean(owner, true);
    if cleaned.is_empty() {
        // The actor of a touchpoint that no department owns.
        return clean(&crate::t!("export-mermaid-customer"), true);
    }
    cleaned
        .chars()
        .map(|c| if c == ',' { '\u{201A}' } else { c })
        .collect()
}

fn clean(text: &str, colon: bool) -> String {
    one_line(text)
        .chars()
        .map(|c| match c {
            ':' if colon => '\u{2236}',
            '#' => '\u{FF03}',
            ';' => '\u{FF1B}',
            '%' => '\u{FF05}',
            c => c,
        })
        .collect()
}

/// Whether the journey lexer would read `text` as a keyword instead of a task name.
fn starts_with_keyword(text: &str) -> bool {
    let lower = text.to_lowercase();
    let word_end = |rest: &str| {
        rest.chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric() && c != '_')
    };
    let space_after = |rest: &str| rest.chars().next().is_some_and(char::is_whitespace);
    lower.strip_prefix("journey").is_some_and(word_end)
        || lower.strip_prefix("title").is_some_and(space_after)
        || lower.strip_prefix("section").is_some_and(space_after)
        || lower.starts_with("acctitle")
        || lower.starts_with("accdescr")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Emotion, Id, MapKind, Stage};

    fn map_with(stage: &str, touchpoint: &str, owner: &str, emotion: Option<i64>) -> Map {
        let mut map = Map::new("Shop: first order #1; 50%", MapKind::CurrentState);
        map.stages.push(Stage {
            id: Id::new("st-a"),
            name: stage.to_owned(),
            ..Stage::default()
        });
        map.stages.push(Stage {
            id: Id::new("st-empty"),
            name: "Empty".to_owned(),
            ..Stage::default()
        });
        map.touchpoints.push(
            Touchpoint {
                id: Id::new("tp-a"),
                stage: Id::new("st-a"),
                name: touchpoint.to_owned(),
                owner: owner.to_owned(),
                emotion: emotion.and_then(Emotion::new),
                ..Touchpoint::default()
            }
            .into(),
        );
        map
    }

    #[test]
    fn names_lose_the_characters_mermaid_reserves() {
        let map = map_with("Buy: now", "a:b#c;d\n\"q\" <b>", "Sales, EMEA", Some(-2));
        assert_eq!(
            export(&map),
            "journey\n  title Shop: first order ＃1； 50％\n  section Buy∶ now\n    \
             a∶b＃c；d \"q\" <b>: 1: Sales‚ EMEA\n  section Empty\n"
        );
    }

    #[test]
    fn unrated_and_unowned_touchpoints_are_neutral_customer_tasks() {
        let map = map_with("Buy", "Pay", "  ", None);
        assert!(export(&map).contains("    Pay (not rated): 3: Customer\n"));
        let map = map_with("Buy", "Pay", "", Some(2));
        assert!(export(&map).contains("    Pay: 5: Customer\n"));
    }

    #[test]
    fn keywords_at_the_start_of_a_task_get_a_word_joiner() {
        for keyword_like in ["Journey planner", "title page", "Section 2", "accTitle x"] {
            let map = map_with("Buy", keyword_like, "Web", Some(0));
            let expected = format!("    \u{2060}{keyword_like}: 3: Web\n");
            assert!(export(&map).contains(&expected), "{keyword_like}");
        }
        for plain in ["Journeys", "Titles", "Sectional sofa"] {
            let map = map_with("Buy", plain, "Web", Some(0));
            assert!(
                export(&map).contains(&format!("    {plain}: 3: Web\n")),
                "{plain}"
            );
        }
    }
}
