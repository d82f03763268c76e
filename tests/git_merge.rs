//! Sharing a map through git never loses a colleague's work: scenarios with
//! real git in temporary repositories, the driver set up as docs/git.md says
//! (`cjm merge %O %A %B --path %P`), two branches editing one map.
//!
//! Each scenario asserts that every change of both sides is in the merged
//! file or recorded in it as a conflict, and that `cjm check` fails while
//! anything is unresolved.

mod common;

use std::fs;
use std::path::PathBuf;
use std::process::{Command, Output};

use cjm::format;
use cjm::model::{ConflictKind, Id, Map, Opportunity, Participant, Role, Touchpoint, validate};

use common::TestResult;
use common::text;

/// The common ancestor of every scenario, in canonical form.
const BASE: &str = r#"schema = 1
title = "Sklep – zwroty"
kind = "current-state"

[goal]
statement = "Find why returns take so long"

[[personas]]
id = "pe-ola"
name = "Ola"
primary = true

[[team]]
name = "Zofia Nowak"
department = "Obsługa klienta"
role = "facilitator"

[[team]]
name = "Piotr Lis"
department = "Logistyka"
role = "participant"

[[stages]]
id = "st-a"
name = "Szukanie"

[[stages]]
id = "st-b"
name = "Zakup"

[[stages]]
id = "st-c"
name = "Dostawa"

[[stages]]
id = "st-d"
name = "Zwrot"

# The search box is the first contact for most buyers.
[[touchpoints]]
id = "tp-search"
stage = "st-a"
name = "Wyszukiwarka"
emotion = 0 # measured in March

[[touchpoints]]
id = "tp-filters"
stage = "st-a"
name = "Filtry"

[[touchpoints]]
id = "tp-basket"
stage = "st-b"
name = "Koszyk"
emotion = -1

[[touchpoints]]
id = "tp-pay"
stage = "st-b"
name = "Płatność"

[[touchpoints]]
id = "tp-courier"
stage = "st-c"
name = "Kurier"

[[touchpoints]]
id = "tp-form"
stage = "st-d"
name = "Formularz zwrotu"
"#;

/// A temporary repository whose maps git merges with cjm.
struct Repo {
    dir: tempfile::TempDir,
}

impl Repo {
    /// A repository with the driver configured and, when `map` is given,
    /// `map.toml` committed on `main`.
    fn new(map: Option<&str>) -> Result<Repo, Box<dyn std::error::Error>> {
        let repo = Repo {
            dir: tempfile::tempdir()?,
        };
        fs::write(repo.path("gitconfig"), "")?;
        repo.git(&["init", "-q", "-b", "main"])?;
        repo.git(&["config", "user.name", "Test Runner"])?;
        repo.git(&["config", "user.email", "runner@example.com"])?;
        repo.git(&["config", "commit.gpgsign", "false"])?;
        repo.git(&["config", "merge.cjm.name", "cjm journey map merge"])?;
        let driver = format!("'{}' merge %O %A %B --path %P", env!("CARGO_BIN_EXE_cjm"));
        repo.git(&["config", "merge.cjm.driver", &driver])?;
        fs::write(repo.path(".gitattributes"), "*.toml merge=cjm\n")?;
        repo.git(&["add", ".gitattributes"])?;
        if let Some(map) = map {
            fs::write(repo.path("map.toml"), map)?;
            repo.git(&["add", "map.toml"])?;
        }
        repo.git(&["commit", "-q", "-m", "start"])?;
        Ok(repo)
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn run(&self, program: &str, args: &[&str]) -> std::io::Result<Output> {
        Command::new(program)
            .current_dir(self.dir.path())
            .env("GIT_CONFIG_GLOBAL", self.path("gitconfig"))
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_EDITOR", "true")
            .env("NO_COLOR", "1")
            .args(args)
            .output()
    }

    fn git(&self, args: &[&str]) -> TestResult {
        let out = self.run("git", args)?;
        if !out.status.success() {
            return Err(format!("git {args:?} failed: {}", text(&out.stderr)).into());
        }
        Ok(())
    }

    fn cjm(&self, args: &[&str]) -> std::io::Result<Output> {
        self.run(env!("CARGO_BIN_EXE_cjm"), args)
    }

    /// Commits `contents` as `map.toml` on a new branch made from `main`.
    fn branch_text(&self, name: &str, contents: &str) -> TestResult {
        self.git(&["checkout", "-q", "-b", name, "main"])?;
        fs::write(self.path("map.toml"), contents)?;
        self.git(&["add", "map.toml"])?;
        self.git(&["commit", "-q", "-m", name])?;
        Ok(())
    }

    /// Commits an edit of the base map on a new branch made from `main`.
    fn branch(&self, name: &str, edit: impl FnOnce(&mut Map)) -> TestResult {
        let mut map = base();
        edit(&mut map);
        assert_eq!(validate(&map), [], "a test edit made an invalid map");
        self.branch_text(name, &format::to_toml(&map))
    }

    /// Merges `theirs` into `ours`.
    fn merge(&self) -> std::io::Result<Output> {
        self.run("git", &["checkout", "-q", "ours"])?;
        self.run("git", &["merge", "--no-edit", "theirs"])
    }

    /// Replays `theirs` on top of `ours`.
    fn rebase(&self) -> std::io::Result<Output> {
        self.run("git", &["checkout", "-q", "theirs"])?;
        self.run("git", &["rebase", "ours"])
    }

    fn map_text(&self) -> Result<String, std::io::Error> {
        fs::read_to_string(self.path("map.toml"))
    }

    fn map(&self) -> Result<Map, Box<dyn std::error::Error>> {
        Ok(format::load_file(&self.path("map.toml"))?.map)
    }

    fn check(&self) -> std::io::Result<Output> {
        self.cjm(&["check", "map.toml"])
    }
}

fn base() -> Map {
    match format::parse(BASE) {
        Ok(map) => map,
        Err(d) => panic!("the base map does not load: {d:?}"),
    }
}

/// The repository after merging two edits of the base map.
fn merged(
    ours: impl FnOnce(&mut Map),
    theirs: impl FnOnce(&mut Map),
) -> Result<(Repo, Output), Box<dyn std::error::Error>> {
    let repo = Repo::new(Some(BASE))?;
    repo.branch("ours", ours)?;
    repo.branch("theirs", theirs)?;
    let out = repo.merge()?;
    Ok((repo, out))
}

/// Git merged without a conflict and `cjm check` passes.
fn assert_clean(repo: &Repo, git: &Output) -> TestResult {
    assert!(
        git.status.success(),
        "git reported a conflict:\n{}{}",
        text(&git.stdout),
        text(&git.stderr)
    );
    let check = repo.check()?;
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stderr));
    Ok(())
}

/// Git reported a conflict and `cjm check` fails, saying `expected`.
fn assert_unresolved(repo: &Repo, git: &Output, expected: &str) -> TestResult {
    assert!(!git.status.success(), "git should report a conflict");
    assert!(
        text(&git.stdout).contains("CONFLICT"),
        "{}",
        text(&git.stdout)
    );
    let check = repo.check()?;
    assert_ne!(check.status.code(), Some(0), "cjm check must fail");
    let stderr = text(&check.stderr);
    assert!(stderr.contains(expected), "{stderr}");
    Ok(())
}

fn stage_ids(map: &Map) -> Vec<&str> {
    map.stages.iter().map(|s| s.id.as_str()).collect()
}

fn touchpoints_of<'m>(map: &'m Map, stage: &'m str) -> Vec<&'m str> {
    map.touchpoints_in(stage).map(|t| t.id.as_str()).collect()
}

fn tp<'m>(map: &'m Map, id: &str) -> Option<&'m Touchpoint> {
    map.touchpoints.iter().find(|t| t.id == id).map(|t| &**t)
}

fn position(map: &Map, id: &str) -> usize {
    map.touchpoints
        .iter()
        .position(|t| t.id == id)
        .unwrap_or(usize::MAX)
}

/// Moves the touchpoint `id` right before `before`.
fn move_before(map: &mut Map, id: &str, before: &str) {
    let from = position(map, id);
    let t = map.touchpoints.remove(from);
    let to = position(map, before);
    map.touchpoints.insert(to, t);
}

#[test]
fn both_reorder_different_lists() -> TestResult {
    let (repo, git) = merged(
        |m| m.stages.swap(2, 3),
        |m| move_before(m, "tp-filters", "tp-search"),
    )?;
    assert_clean(&repo, &git)?;
    let map = repo.map()?;
    assert_eq!(stage_ids(&map), ["st-a", "st-b", "st-d", "st-c"]);
    assert_eq!(touchpoints_of(&map, "st-a"), ["tp-filters", "tp-search"]);
    Ok(())
}

#[test]
fn both_reorder_touchpoints_of_different_stages() -> TestResult {
    let (repo, git) = merged(
        |m| move_before(m, "tp-filters", "tp-search"),
        |m| move_before(m, "tp-pay", "tp-basket"),
    )?;
    assert_clean(&repo, &git)?;
    let map = repo.map()?;
    assert_eq!(touchpoints_of(&map, "st-a"), ["tp-filters", "tp-search"]);
    assert_eq!(touchpoints_of(&map, "st-b"), ["tp-pay", "tp-basket"]);
    Ok(())
}

#[test]
fn both_reorder_different_pairs_of_the_same_list() -> TestResult {
    let (repo, git) = merged(|m| m.stages.swap(0, 1), |m| m.stages.swap(2, 3))?;
    assert_clean(&repo, &git)?;
    assert_eq!(stage_ids(&repo.map()?), ["st-b", "st-a", "st-d", "st-c"]);
    Ok(())
}

#[test]
fn contradicting_reorders_of_one_list_are_an_order_conflict() -> TestResult {
    // Ours moves "Zakup" before "Szukanie", theirs moves it after "Dostawa":
    // no order has both moves.
    let (repo, git) = merged(|m| m.stages.swap(0, 1), |m| m.stages.swap(1, 2))?;
    assert_unresolved(
        &repo,
        &git,
        "the order of `stages`: both sides reordered them differently: ours st-b, st-a, st-c, st-d (in the map now), theirs st-a, st-c, st-b, st-d",
    )?;
    let map = repo.map()?;
    assert_eq!(stage_ids(&map), ["st-b", "st-a", "st-c", "st-d"]);
    assert_eq!(map.conflicts.len(), 1);
    assert_eq!(map.conflicts[0].kind, ConflictKind::Order);
    let mut resolved = map.clone();
    cjm::merge::resolve(&mut resolved, 0, cjm::merge::Side::Theirs)?;
    assert_eq!(stage_ids(&resolved), ["st-a", "st-c", "st-b", "st-d"]);
    // Once resolved and saved, check passes.
    format::save_file(&repo.path("map.toml"), &resolved)?;
    assert_eq!(repo.check()?.status.code(), Some(0));
    Ok(())
}

#[test]
fn an_invalid_side_gives_conflict_markers_that_check_explains() -> TestResult {
    let repo = Repo::new(Some(BASE))?;
    repo.branch("ours", |m| m.title = "Sklep – zwroty i reklamacje".into())?;
    // Theirs is not valid TOML: an unterminated string.
    repo.branch_text(
        "theirs",
        &BASE.replace(
            "name = \"Kurier\"",
            "name = \"Kurier InPost\nowner = \"Logistyka\"",
        ),
    )?;
    let git = repo.merge()?;
    assert_unresolved(&repo, &git, "the file holds an unfinished git merge")?;
    let check = text(&repo.check()?.stderr);
    assert!(check.contains("map.toml:"), "{check}");
    assert!(check.contains("cjm git setup"), "{check}");
    assert!(check.contains("git checkout --merge map.toml"), "{check}");
    let written = repo.map_text()?;
    assert!(written.contains("<<<<<<< ours"), "{written}");
    assert!(written.contains(">>>>>>> theirs"), "{written}");
    // Both sides' work is in the file.
    assert!(written.contains("Sklep – zwroty i reklamacje"), "{written}");
    assert!(written.contains("Kurier InPost"), "{written}");
    // The driver's message names the file, not git's temporary copies.
    let stderr = text(&git.stderr) + &text(&git.stdout);
    assert!(stderr.contains("map.toml (theirs):"), "{stderr}");
    assert!(!stderr.contains(".merge_file"), "{stderr}");
    Ok(())
}

#[test]
fn add_add_is_a_two_way_merge() -> TestResult {
    let repo = Repo::new(None)?;
    let with = |edit: &dyn Fn(&mut Map)| {
        let mut map = base();
        edit(&mut map);
        format::to_toml(&map)
    };
    repo.branch_text(
        "ours",
        &with(&|m| {
            m.owner = "Zofia".into();
            m.touchpoints.retain(|t| t.id != "tp-form");
        }),
    )?;
    repo.branch_text(
        "theirs",
        &with(&|m| {
            m.touchpoints[0].emotion = cjm::model::Emotion::new(2);
            m.touchpoints.push(
                Touchpoint {
                    id: Id::new("tp-label"),
                    stage: Id::new("st-d"),
                    name: "Etykieta".into(),
                    ..Touchpoint::default()
                }
                .into(),
            );
        }),
    )?;
    let git = repo.merge()?;
    // Both sides set the emotion of tp-search (0 and 2): a conflict; all
    // the rest merges.
    assert_unresolved(
        &repo,
        &git,
        "touchpoint `tp-search`: `emotion` was changed on both sides: ours 0 (in the map now), theirs 2",
    )?;
    let map = repo.map()?;
    assert_eq!(map.owner, "Zofia");
    assert!(tp(&map, "tp-label").is_some());
    // An item one side lacks counts as added by the other: kept.
    assert!(tp(&map, "tp-form").is_some());
    Ok(())
}

#[test]
fn comments_added_changed_and_removed_on_theirs_merge() -> TestResult {
    let (repo, git) = merged(
        |m| m.touchpoints[2].emotion = cjm::model::Emotion::new(1),
        |m| {
            // Changed above a table, removed at the end of a line, added to another item.
            m.touchpoints[0].comments.above = vec!["# Rewritten: most buyers search first.".into()];
            m.touchpoints[0].comments.field_mut("emotion").trailing = None;
            m.stages[1].comments.above = vec!["# Added by theirs".into()];
            m.touchpoints[3].comments.field_mut("name").trailing = Some("# BLIK only".into());
        },
    )?;
    assert_clean(&repo, &git)?;
    let written = repo.map_text()?;
    assert!(
        written.contains(
            "# Rewritten: most buyers search first.\n[[touchpoints]]\nid = \"tp-search\""
        ),
        "{written}"
    );
    assert!(
        !written.contains("The search box is the first contact"),
        "{written}"
    );
    assert!(!written.contains("measured in March"), "{written}");
    assert!(
        written.contains("# Added by theirs\n[[stages]]\nid = \"st-b\""),
        "{written}"
    );
    assert!(
        written.contains("name = \"Płatność\" # BLIK only"),
        "{written}"
    );
    assert!(written.contains("emotion = 1"), "{written}");
    Ok(())
}

#[test]
fn same_id_additions_keep_both_items() -> TestResult {
    let klarna = |stage: &str, doing: &str| Touchpoint {
        id: Id::new("tp-klarna"),
        stage: Id::new(stage),
        name: "Klarna".into(),
        doing: doing.into(),
        ..Touchpoint::default()
    };
    let (repo, git) = merged(
        |m| m.touchpoints.push(klarna("st-b", "Pays later").into()),
        |m| {
            let mut t = klarna("st-d", "Waits for the refund");
            t.pain_points = vec!["Refund takes 14 days".into()];
            m.touchpoints.push(t.into());
            let mut o = Opportunity::new(Id::new("op-fast-refund"), "Faster refunds");
            o.touchpoints = vec![Id::new("tp-klarna")];
            m.opportunities.push(o.into());
        },
    )?;
    assert_unresolved(
        &repo,
        &git,
        "both sides added a different item with the id `tp-klarna`; both are kept, theirs as `tp-klarna-2`",
    )?;
    let notes = text(&git.stderr) + &text(&git.stdout);
    assert!(notes.contains("theirs as `tp-klarna-2`"), "{notes}");
    let map = repo.map()?;
    let ours = tp(&map, "tp-klarna").ok_or("ours' Klarna is gone")?;
    assert_eq!(
        (ours.stage.as_str(), ours.doing.as_str()),
        ("st-b", "Pays later")
    );
    assert!(
        ours.pain_points.is_empty(),
        "theirs' pain point fused into ours"
    );
    let theirs = tp(&map, "tp-klarna-2").ok_or("theirs' Klarna is gone")?;
    assert_eq!(theirs.stage.as_str(), "st-d");
    assert_eq!(theirs.pain_points, ["Refund takes 14 days"]);
    // Their reference follows their item.
    assert_eq!(map.opportunities[0].touchpoints, [Id::new("tp-klarna-2")]);
    Ok(())
}

#[test]
fn identical_additions_merge_into_one() -> TestResult {
    let klarna = Touchpoint {
        id: Id::new("tp-klarna"),
        stage: Id::new("st-b"),
        name: "Klarna".into(),
        ..Touchpoint::default()
    };
    let (repo, git) = merged(
        |m| m.touchpoints.push(klarna.clone().into()),
        |m| m.touchpoints.push(klarna.clone().into()),
    )?;
    assert_clean(&repo, &git)?;
    let map = repo.map()?;
    assert_eq!(
        map.touchpoints
            .iter()
            .filter(|t| t.name == "Klarna")
            .count(),
        1
    );
    Ok(())
}

#[test]
fn delete_versus_edit_keeps_the_edited_item() -> TestResult {
    let (repo, git) = merged(
        |m| m.touchpoints.retain(|t| t.id != "tp-courier"),
        |m| m.touchpoints[4].name = "Kurier DPD".into(),
    )?;
    assert_unresolved(
        &repo,
        &git,
        "touchpoint `tp-courier` was deleted by ours but changed by theirs (name); the map keeps the changed item",
    )?;
    let map = repo.map()?;
    assert_eq!(
        tp(&map, "tp-courier").map(|t| t.name.as_str()),
        Some("Kurier DPD")
    );
    Ok(())
}

#[test]
fn a_member_renamed_on_one_side_and_edited_on_the_other_stays_one_person() -> TestResult {
    let (repo, git) = merged(
        |m| m.team[0].name = "Zofia Kowalska".into(),
        |m| {
            m.team[0].department = "Obsługa klienta i zwroty".into();
            m.team.push(Participant::new("Ewa Lis"));
        },
    )?;
    assert_clean(&repo, &git)?;
    let map = repo.map()?;
    let team: Vec<(&str, &str)> = map
        .team
        .iter()
        .map(|p| (p.name.as_str(), p.department.as_str()))
        .collect();
    assert_eq!(
        team,
        [
            ("Zofia Kowalska", "Obsługa klienta i zwroty"),
            ("Piotr Lis", "Logistyka"),
            ("Ewa Lis", "")
        ]
    );
    Ok(())
}

#[test]
fn rebase_uses_the_driver_too() -> TestResult {
    let repo = Repo::new(Some(BASE))?;
    repo.branch("ours", |m| {
        m.stages.swap(0, 1);
        m.touchpoints[0].name = "Wyszukiwarka 2.0".into();
    })?;
    repo.branch("theirs", |m| {
        m.stages.swap(2, 3);
        m.touchpoints[0].comments.above = vec!["# Checked again in May".into()];
    })?;
    let out = repo.rebase()?;
    assert!(
        out.status.success(),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    assert_eq!(repo.check()?.status.code(), Some(0));
    let map = repo.map()?;
    assert_eq!(stage_ids(&map), ["st-b", "st-a", "st-d", "st-c"]);
    let search = tp(&map, "tp-search").ok_or("tp-search is gone")?;
    assert_eq!(search.name, "Wyszukiwarka 2.0");
    assert_eq!(search.comments.above, ["# Checked again in May"]);
    Ok(())
}

#[test]
fn a_conflicting_rebase_stops_with_the_conflict_recorded() -> TestResult {
    let repo = Repo::new(Some(BASE))?;
    repo.branch("ours", |m| {
        m.touchpoints[2].emotion = cjm::model::Emotion::new(1)
    })?;
    repo.branch("theirs", |m| {
        m.touchpoints[2].emotion = cjm::model::Emotion::new(-2)
    })?;
    let out = repo.rebase()?;
    assert!(
        !out.status.success(),
        "the rebase should stop at the conflict"
    );
    let check = repo.check()?;
    assert_eq!(check.status.code(), Some(1));
    assert!(text(&check.stderr).contains("`emotion` was changed on both sides"));
    Ok(())
}

#[test]
fn check_names_the_marker_lines_and_the_way_out() -> TestResult {
    let repo = Repo::new(None)?;
    let contents = BASE.replace(
        "name = \"Kurier\"\n",
        "<<<<<<< ours\nname = \"Kurier DPD\"\n=======\nname = \"Kurier InPost\"\n>>>>>>> theirs\n",
    );
    fs::write(repo.path("map.toml"), &contents)?;
    let check = repo.check()?;
    assert_eq!(check.status.code(), Some(2));
    let stderr = text(&check.stderr);
    let line = contents
        .lines()
        .position(|l| l == "<<<<<<< ours")
        .map_or(0, |i| i + 1);
    assert!(
        stderr.contains(&format!(
            "map.toml:{line}:1: error: the file holds an unfinished git merge: conflict markers (<<<<<<<, =======, >>>>>>>) on lines {line}, {}, {}",
            line + 2,
            line + 4
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains("`git checkout --merge map.toml`"),
        "{stderr}"
    );
    assert!(stderr.contains("resolve it by hand"), "{stderr}");
    // Nothing was changed.
    assert_eq!(repo.map_text()?, contents);
    Ok(())
}

/// The base map with ids on its team members, as the app writes members it adds.
fn base_with_member_ids() -> String {
    BASE.replace(
        "[[team]]\nname = \"Zofia Nowak\"",
        "[[team]]\nid = \"tm-zofia-nowak\"\nname = \"Zofia Nowak\"",
    )
    .replace(
        "[[team]]\nname = \"Piotr Lis\"",
        "[[team]]\nid = \"tm-piotr-lis\"\nname = \"Piotr Lis\"",
    )
}

/// The repository after merging two edits of [`base_with_member_ids`].
fn merged_with_member_ids(
    ours: impl FnOnce(&mut Map),
    theirs: impl FnOnce(&mut Map),
) -> Result<(Repo, Output), Box<dyn std::error::Error>> {
    let base = base_with_member_ids();
    let text_of = |edit: &mut dyn FnMut(&mut Map)| -> Result<String, Box<dyn std::error::Error>> {
        let mut map = format::parse(&base).map_err(|d| format!("{d:?}"))?;
        edit(&mut map);
        assert_eq!(validate(&map), [], "a test edit made an invalid map");
        Ok(format::to_toml(&map))
    };
    let (mut ours, mut theirs) = (Some(ours), Some(theirs));
    let ours_text = text_of(&mut |m| ours.take().into_iter().for_each(|f| f(m)))?;
    let theirs_text = text_of(&mut |m| theirs.take().into_iter().for_each(|f| f(m)))?;
    let repo = Repo::new(Some(&base))?;
    repo.branch_text("ours", &ours_text)?;
    repo.branch_text("theirs", &theirs_text)?;
    let out = repo.merge()?;
    Ok((repo, out))
}

#[test]
fn a_member_with_an_id_renamed_on_one_side_and_given_a_role_on_the_other_stays_one_person()
-> TestResult {
    // Ours corrects the name and the department, so no rule on names,
    // departments or roles could tell it is the same person: the id does.
    let (repo, git) = merged_with_member_ids(
        |m| {
            m.team[1].name = "Piotr Lisowski".into();
            m.team[1].department = "Magazyn".into();
        },
        |m| m.team[1].role = Role::Facilitator,
    )?;
    assert_clean(&repo, &git)?;
    let text = repo.map_text()?;
    assert!(
        text.contains(
            "[[team]]\nid = \"tm-piotr-lis\"\nname = \"Piotr Lisowski\"\ndepartment = \"Magazyn\"\nrole = \"facilitator\""
        ),
        "{text}"
    );
    assert!(!text.contains("\"Piotr Lis\""), "{text}");
    let map = repo.map()?;
    assert_eq!(map.team.len(), 2);
    Ok(())
}

#[test]
fn a_member_with_an_id_renamed_differently_on_both_sides_is_a_name_conflict() -> TestResult {
    let (repo, git) = merged_with_member_ids(
        |m| m.team[0].name = "Zofia Kowalska".into(),
        |m| m.team[0].name = "Zosia Nowak".into(),
    )?;
    assert_unresolved(&repo, &git, "Zosia Nowak")?;
    let map = repo.map()?;
    assert_eq!(map.team.len(), 2, "still one person: {:?}", map.team);
    assert_eq!(map.conflicts.len(), 1);
    assert_eq!(map.conflicts[0].field, "name");
    assert_eq!(map.conflicts[0].kind, ConflictKind::BothChanged);
    Ok(())
}
