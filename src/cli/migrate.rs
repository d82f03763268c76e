//! `cjm migrate FILE... [--check] [--yes]`: move maps to schema 2, with
//! departments referred to by id (see `cjm_core::migrate`).
//!
//! Names identical but for case and spaces become one department; the
//! proposals (a team in parentheses of a department, near spellings) are
//! listed, and `--yes` merges the obvious ones (teams in parentheses). Near
//! spellings are never merged from the command line: the app asks about
//! each. `--check` changes nothing and exits 1 when a file would change.

use std::path::PathBuf;

use super::error::{CliError, Failures, Outcome};
use crate::i18n::{self, Lang};
use crate::migrate::{self, Plan};
use crate::model::Map;
use crate::{format, t};

pub fn run(files: &[PathBuf], check_only: bool, yes: bool) -> Result<Outcome, CliError> {
    let mut failures = Failures::default();
    let mut would_change = false;
    for path in files {
        let loaded = match format::load_file(path) {
            Ok(loaded) => loaded,
            Err(err) => {
                failures.add(err);
                continue;
            }
        };
        let shown = crate::text::path(path);
        let plan = migrate::plan(&loaded.map);
        if !plan.changes() {
            println!("{}", t!("migrate-up-to-date", path = shown.as_str()));
            continue;
        }
        let accepted = if yes {
            plan.obvious()
        } else {
            vec![false; plan.proposals.len()]
        };
        let lang = Lang::from_tag(&loaded.map.language).unwrap_or_else(i18n::current);
        let migrated = migrate::apply(&loaded.map, &plan, &accepted, lang);
        if check_only {
            println!("{}", t!("migrate-would", path = shown.as_str()));
            report(&loaded.map, &migrated, &plan, &accepted, yes);
            would_change = true;
            continue;
        }
        let text = format::to_toml(&migrated);
        match format::write_atomic_with(&format::Real, path, text.as_bytes()) {
            Ok(_) => {
                println!("{}", t!("migrate-done", path = shown.as_str()));
                report(&loaded.map, &migrated, &plan, &accepted, yes);
            }
            Err(source) => failures.add(CliError::Write {
                path: path.clone(),
                source,
            }),
        }
    }
    failures.finish(Outcome::findings_if(would_change))
}

/// Lists the departments the migration creates, the proposals and what
/// happened to them, and the customers' texts kept as comments.
fn report(old: &Map, new: &Map, plan: &Plan, accepted: &[bool], yes: bool) {
    let clean = crate::text::clean;
    for d in &new.departments[old.departments.len()..] {
        let (name, id) = (clean(&d.name), d.id.to_string());
        if d.aliases.is_empty() {
            println!("  {}", t!("migrate-department", name = name, id = id));
        } else {
            let aliases: Vec<String> = d.aliases.iter().map(|a| clean(a)).collect();
            let aliases = aliases.join(" · ");
            println!(
                "  {}",
                t!(
                    "migrate-department-aliases",
                    name = name,
                    id = id,
                    aliases = aliases
                )
            );
        }
    }
    for (p, proposal) in plan.proposals.iter().enumerate() {
        let from = clean(&plan.candidates[proposal.from].name);
        let into = clean(&plan.candidates[proposal.into].name);
        let line = if accepted.get(p).copied().unwrap_or(false) {
            t!("migrate-merged", from = from, into = into)
        } else if proposal.obvious && !yes {
            t!("migrate-proposal-obvious", from = from, into = into)
        } else {
            t!("migrate-proposal-similar", from = from, into = into)
        };
        println!("  {line}");
    }
    for &i in &plan.customers {
        if let Some(p) = old.team.get(i) {
            let (member, text) = (clean(&p.name), clean(&p.department));
            println!("  {}", t!("migrate-customer", member = member, text = text));
        }
    }
}
