//! The real `cjm` binary in a pseudo-terminal while a colleague's version
//! of the map arrives on disk (a `git pull` in another terminal): merging
//! keeps both sides' work, and neither a merge nor a reload can be undone
//! into a save that drops the pulled changes. The harness is the one of
//! `tests/common/pty.rs`.

use std::path::Path;

use cjm::format::{parse, to_toml};
use cjm::model::Map;
mod common;

use common::TestResult;
use common::pty::Session;

const MAP: &str = r#"schema = 1
title = "Shop"
kind = "current-state"

[[stages]]
id = "st-find"
name = "Find"

[[stages]]
id = "st-pay"
name = "Pay"

[[touchpoints]]
id = "tp-search"
stage = "st-find"
name = "Search the catalogue"
emotion = 1

[[touchpoints]]
id = "tp-card"
stage = "st-pay"
name = "Pay by card"

[[metrics]]
id = "me-conversion"
name = "Checkout conversion"
kind = "conversion"
links = ["st-pay"]
"#;

/// The map as the app saves it, written to `shop.toml` in a new folder.
fn setup() -> Result<(tempfile::TempDir, Map), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let map = parse(MAP).map_err(|d| format!("{d:?}"))?;
    std::fs::write(dir.path().join("shop.toml"), to_toml(&map))?;
    Ok((dir, map))
}

/// What a colleague pushed: a touchpoint added, the metric deleted. It
/// replaces the file as git does, by renaming a new file over it.
fn pull(dir: &Path, base: &Map) -> Result<Map, Box<dyn std::error::Error>> {
    let mut theirs = base.clone();
    let mut added = theirs.touchpoints[1].clone();
    added.id = cjm::model::Id::new("tp-blik");
    added.name = "Zapłać BLIKiem".to_owned();
    theirs.touchpoints.push(added);
    theirs.metrics.clear();
    let new = dir.join(".shop.toml.pull");
    std::fs::write(&new, to_toml(&theirs))?;
    std::fs::rename(&new, dir.join("shop.toml"))?;
    Ok(theirs)
}

fn saved(dir: &Path) -> Result<Map, Box<dyn std::error::Error>> {
    let text = std::fs::read_to_string(dir.join("shop.toml"))?;
    Ok(parse(&text).map_err(|d| format!("{d:?}"))?)
}

#[test]
fn a_pull_under_unsaved_edits_is_merged_and_undo_does_not_revert_it() -> TestResult {
    let (dir, base) = setup()?;
    let mut session = Session::spawn(&["shop.toml"], dir.path())?;
    session.wait_for("Search the catalogue")?;
    session.send(b"*")?; // rate the first touchpoint +2: an unsaved edit
    session.wait_for("[+]")?;
    pull(dir.path(), &base)?;

    session.send(b"\x13")?; // Ctrl-S
    session.wait_for("The file changed on disk")?;
    session.wait_for("m merge both")?;
    session.send(b"m")?;
    session.wait_for("From the file on disk")?;
    session.send(b"m")?;
    session.wait_for("Merged the file on disk")?;
    session.send(b"u")?;
    session.wait_for("undo stops at the merge")?;
    session.send(b"\x13")?;
    session.wait_for("Saved")?;
    session.send(b"q")?;
    assert_eq!(session.wait_exit()?, 0);

    let map = saved(dir.path())?;
    let ids: Vec<&str> = map.touchpoints.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["tp-search", "tp-card", "tp-blik"], "their touchpoint");
    assert!(map.metrics.is_empty(), "their deletion");
    assert_eq!(map.touchpoints[0].emotion.map(|e| e.get()), Some(2), "ours");
    Ok(())
}

#[test]
fn undo_then_save_after_a_reload_keeps_the_pulled_version() -> TestResult {
    let (dir, base) = setup()?;
    let mut session = Session::spawn(&["shop.toml"], dir.path())?;
    session.wait_for("Search the catalogue")?;
    session.send(b"*")?;
    session.wait_for("[+]")?;
    let theirs = pull(dir.path(), &base)?;

    session.send(b"\x13")?;
    session.wait_for("r reload from disk")?;
    session.send(b"r")?;
    session.wait_for("Really drop your changes")?;
    session.send(b"r")?;
    session.wait_for("Reloaded the file from disk")?;
    session.send(b"u")?;
    session.wait_for("undo stops at the reload from disk")?;
    session.send(b"\x13")?;
    session.wait_for("Saved")?;
    session.send(b"q")?;
    assert_eq!(session.wait_exit()?, 0);
    assert_eq!(saved(dir.path())?, theirs);
    Ok(())
}
