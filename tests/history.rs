//! `cjm log FILE [ITEM]` and `cjm log FILE --trend` with real git in
//! temporary repositories with scripted histories: a touchpoint renamed, a
//! commit whose map does not load, a stage whose emotion changes, the file
//! moved with `git mv`; and the errors (not a repository, a file not
//! committed, an unknown item with a suggestion).
#![cfg(unix)]

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{TestResult, cjm, stderr, stdout};

/// The first version of the scripted map.
const MAP: &str = concat!(
    include_str!("fixtures/webshop-head.toml"),
    r#"[[touchpoints]]
id = "tp-tracking"
stage = "st-delivery"
name = "Tracking email"
emotion = -2
pain_points = ["No delivery time"]
evidence = [{ source = "assumption" }]

[[opportunities]]
id = "op-delivery-window"
title = "Two-hour delivery window"
touchpoints = ["tp-tracking"]
impact = 4
effort = 2
votes = 2
"#
);

/// A temporary git repository with its own identity and no user config.
struct Repo {
    dir: tempfile::TempDir,
    /// Commits so far, for their dates.
    commits: u32,
}

impl Repo {
    fn new() -> Result<Repo, common::Error> {
        let repo = Repo {
            dir: tempfile::tempdir()?,
            commits: 0,
        };
        repo.git(&["init", "-q", "-b", "main"])?;
        Ok(repo)
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn git(&self, args: &[&str]) -> Result<String, common::Error> {
        let date = format!("2026-11-{:02}T10:00:00Z", self.commits + 1);
        let output = Command::new("git")
            .args(args)
            .current_dir(self.path())
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_NAME", "Marta Zielińska")
            .env("GIT_AUTHOR_EMAIL", "marta@example.org")
            .env("GIT_COMMITTER_NAME", "Marta Zielińska")
            .env("GIT_COMMITTER_EMAIL", "marta@example.org")
            .env("GIT_AUTHOR_DATE", &date)
            .env("GIT_COMMITTER_DATE", &date)
            .output()?;
        if !output.status.success() {
            return Err(format!("git {args:?}: {}", stderr(&output)).into());
        }
        Ok(stdout(&output))
    }

    /// Writes `text` to `file` and commits it with `message`.
    fn commit(&mut self, file: &str, text: &str, message: &str) -> TestResult {
        let path = self.path().join(file);
        if let Some(folder) = path.parent() {
            fs::create_dir_all(folder)?;
        }
        fs::write(path, text)?;
        self.git(&["add", file])?;
        self.git(&["commit", "-q", "-m", message])?;
        self.commits += 1;
        Ok(())
    }

    fn cjm(&self, args: &[&str]) -> Result<Output, common::Error> {
        cjm(self.path(), args)
    }

    /// The output with each commit's short hash replaced by `<n>`, its
    /// number in the history (1 the first).
    fn redact(&self, text: &str) -> Result<String, common::Error> {
        let hashes = self.git(&["log", "--format=%h", "--reverse"])?;
        let mut text = text.replace(&*self.path().to_string_lossy(), "<repo>");
        for (i, hash) in hashes.lines().enumerate() {
            text = text.replace(hash, &format!("<{}>", i + 1));
        }
        Ok(text)
    }
}

/// The scripted history: 1 the map; 2 the tracking email renamed; 3 a
/// half-finished edit that does not load; 4 delivery feels better (emotion
/// -2 → 0, evidence from the support log, votes 2 → 5); 5 the file moved;
/// 6 the checkout gets an owner.
fn scripted() -> Result<Repo, common::Error> {
    let mut repo = Repo::new()?;
    repo.commit("maps/shop.toml", MAP, "Map the webshop")?;
    let renamed = MAP.replace("\"Tracking email\"", "\"Parcel tracking\"");
    repo.commit("maps/shop.toml", &renamed, "Rename the tracking email")?;
    let broken = format!("{renamed}\n[[touchpoints]\nid = \n");
    repo.commit("maps/shop.toml", &broken, "Half-finished edit")?;
    let better = renamed
        .replace("emotion = -2", "emotion = 0")
        .replace(
            "evidence = [{ source = \"assumption\" }]",
            "evidence = [{ source = \"support-log\", note = \"fewer calls\" }]",
        )
        .replace("votes = 2", "votes = 5");
    repo.commit("maps/shop.toml", &better, "Delivery feels better")?;
    repo.git(&["mv", "maps/shop.toml", "maps/webshop.toml"])?;
    repo.git(&["commit", "-q", "-m", "Move the map"])?;
    repo.commits += 1;
    let owned = better.replace(
        "name = \"Checkout\"\n",
        "name = \"Checkout\"\nowner = \"Sales\"\n",
    );
    repo.commit("maps/webshop.toml", &owned, "Checkout has an owner")?;
    Ok(repo)
}

#[test]
fn the_log_lists_every_change_field_by_field_and_skips_a_broken_commit() -> TestResult {
    let repo = scripted()?;
    let out = repo.cjm(&["log", "maps/webshop.toml"])?;
    assert!(out.status.success(), "{}", stderr(&out));
    let text = repo.redact(&stdout(&out))?;
    insta::assert_snapshot!("log_whole_map", text);
    // The moved file keeps its history from before the move.
    assert!(text.contains("Map the webshop"));
    assert!(text.contains("name: \"Tracking email\" → \"Parcel tracking\""));
    assert!(text.contains("skipped: this version does not load"));
    assert!(text.contains("emotion: -2 → 0"));
    Ok(())
}

#[test]
fn an_item_found_by_its_new_name_keeps_the_history_of_its_old_name() -> TestResult {
    let repo = scripted()?;
    let out = repo.cjm(&["log", "maps/webshop.toml", "parcel"])?;
    assert!(out.status.success(), "{}", stderr(&out));
    let text = repo.redact(&stdout(&out))?;
    insta::assert_snapshot!("log_one_item", text);
    assert!(text.starts_with("History of tp-tracking \"Parcel tracking\" in maps/webshop.toml"));
    assert!(text.contains("+ tp-tracking \"Tracking email\""));
    assert!(text.contains("name: \"Tracking email\" → \"Parcel tracking\""));
    // Only this item's changes: the checkout's owner is not in it.
    assert!(!text.contains("Checkout has an owner"));
    assert!(!text.contains("Sales"));

    let by_id = repo.cjm(&["log", "maps/webshop.toml", "tp-tracking"])?;
    assert_eq!(repo.redact(&stdout(&by_id))?, text);
    Ok(())
}

#[test]
fn the_trend_shows_emotion_evidence_and_votes_per_commit() -> TestResult {
    let repo = scripted()?;
    let out = repo.cjm(&["log", "maps/webshop.toml", "--trend"])?;
    assert!(out.status.success(), "{}", stderr(&out));
    let text = repo.redact(&stdout(&out))?;
    insta::assert_snapshot!("log_trend", text);
    // Not a terminal: no colours.
    assert!(!text.contains('\u{1b}'));
    // Delivery: -2.0 in the first commits, 0.0 after "Delivery feels better".
    let rows: Vec<&str> = text.lines().filter(|l| l.starts_with('<')).collect();
    assert_eq!(rows.len(), 5, "{text}");
    assert!(rows[0].contains("-2.0") && rows[0].contains("50%") && rows[0].ends_with('2'));
    assert!(rows[4].contains("0.0") && rows[4].contains("100%") && rows[4].ends_with('5'));
    assert!(text.contains("skipped: <3> does not load"));
    Ok(())
}

#[test]
fn an_unknown_item_is_an_error_with_a_suggestion() -> TestResult {
    let repo = scripted()?;
    let out = repo.cjm(&["log", "maps/webshop.toml", "tp-trackign"])?;
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("no item matches “tp-trackign”"), "{err}");
    assert!(err.contains("did you mean tp-tracking?"), "{err}");
    assert!(stdout(&out).is_empty());
    Ok(())
}

#[test]
fn a_map_outside_git_or_not_committed_is_an_error() -> TestResult {
    let (dir, _) = common::temp_map("shop.toml", MAP)?;
    let out = cjm(dir.path(), &["log", "shop.toml"])?;
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("shop.toml is not in a git repository"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("hint:"));

    let mut repo = Repo::new()?;
    fs::write(repo.path().join("new.toml"), MAP)?;
    let out = repo.cjm(&["log", "new.toml"])?;
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("new.toml is not tracked by git"),
        "{}",
        stderr(&out)
    );
    repo.commit("other.toml", MAP, "Another map")?;
    let out = repo.cjm(&["log", "new.toml", "--trend"])?;
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("git add new.toml"),
        "{}",
        stderr(&out)
    );
    let out = repo.cjm(&["log", "missing.toml"])?;
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("missing.toml: error: there is no such file"),
        "{}",
        stderr(&out)
    );
    Ok(())
}

#[test]
fn a_map_in_a_subfolder_is_read_from_anywhere() -> TestResult {
    let repo = scripted()?;
    let maps: PathBuf = repo.path().join("maps");
    let out = cjm(&maps, &["log", "webshop.toml", "checkout"])?;
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("owner: (not set) → \"Sales\""), "{text}");
    Ok(())
}

mod app {
    //! The history in the app's detail pane, drawn into a `TestBackend`.

    use super::*;
    use cjm::tui::app::{App, Effect, Message, Mode, load_history};
    use common::app::{key, render};
    use ratatui::crossterm::event::KeyCode;

    fn open(path: &Path) -> Result<App, common::Error> {
        let loaded = cjm::format::load_file(path)?;
        Ok(App::new(loaded.map, path.to_owned()))
    }

    /// Runs the effects as the runtime does for a history: reads it, then
    /// hands the answer to the app. How many histories were asked for.
    fn run(app: &mut App, effects: Vec<Effect>) -> usize {
        let mut asked = 0;
        for effect in effects {
            if let Effect::LoadHistory { path, key } = effect {
                asked += 1;
                let result = load_history(&path, key.as_deref());
                app.update(Message::HistoryLoaded { key, result });
            }
        }
        asked
    }

    #[test]
    fn the_detail_pane_shows_the_items_history_on_f2() -> TestResult {
        let repo = scripted()?;
        let mut app = open(&repo.path().join("maps/webshop.toml"))?;
        key(&mut app, KeyCode::Char('l'));
        key(&mut app, KeyCode::Enter);
        assert!(matches!(app.mode, Mode::Form(_)));
        let effects = key(&mut app, KeyCode::F(2));
        assert!(
            effects.iter().any(
                |e| matches!(e, Effect::LoadHistory { key: Some(k), .. } if k == "tp-tracking")
            ),
            "{effects:?}"
        );
        // Until the answer comes, the pane says it is reading: the app
        // does not wait for git.
        assert!(render(&app, 80, 24)?.contains("Reading the history from git…"));
        assert_eq!(run(&mut app, effects), 1);
        let screen = repo.redact(&render(&app, 80, 24)?)?;
        insta::assert_snapshot!("app_history_80x24", screen);
        assert!(
            screen.contains("Tracking email\" → \"Parcel tracking"),
            "{screen}"
        );
        let wide = repo.redact(&render(&app, 130, 30)?)?;
        insta::assert_snapshot!("app_history_130x30", wide);

        // Typing opens the field's editor, which is shown, not hidden
        // behind the history.
        key(&mut app, KeyCode::Char('x'));
        let screen = render(&app, 80, 24)?;
        assert!(!screen.contains("· history"), "{screen}");
        assert!(screen.contains("EDIT"), "{screen}");
        key(&mut app, KeyCode::Esc);
        key(&mut app, KeyCode::Esc);
        assert!(matches!(app.mode, Mode::Form(_)));
        assert!(app.shown_log().is_some(), "back to the history");

        // F2 again: the fields; Esc from the history too, without closing the form.
        key(&mut app, KeyCode::F(2));
        assert!(render(&app, 80, 24)?.contains("Parcel tracking"));
        assert!(!render(&app, 80, 24)?.contains("· history"));
        let effects = key(&mut app, KeyCode::F(2));
        run(&mut app, effects);
        key(&mut app, KeyCode::Esc);
        assert!(
            matches!(app.mode, Mode::Form(_)),
            "Esc leaves the history, not the form"
        );
        assert!(!render(&app, 80, 24)?.contains("· history"));
        Ok(())
    }

    #[test]
    fn f2_on_the_board_opens_the_selected_items_history() -> TestResult {
        let repo = scripted()?;
        let mut app = open(&repo.path().join("maps/webshop.toml"))?;
        let effects = key(&mut app, KeyCode::F(2));
        assert_eq!(run(&mut app, effects), 1);
        let screen = render(&app, 80, 24)?;
        assert!(
            screen.contains("Touchpoint tp-checkout · history"),
            "{screen}"
        );
        assert!(screen.contains("owner: (not set) → \"Sales\""), "{screen}");
        Ok(())
    }

    #[test]
    fn a_map_not_in_git_says_so_in_the_pane() -> TestResult {
        let (dir, path) = common::temp_map("shop.toml", MAP)?;
        let mut app = open(&path)?;
        key(&mut app, KeyCode::Enter);
        let effects = key(&mut app, KeyCode::F(2));
        assert_eq!(run(&mut app, effects), 1);
        let screen = render(&app, 80, 24)?;
        let name = dir.path().to_string_lossy().into_owned();
        let screen = screen.replace(&name, "<dir>");
        assert!(screen.contains("not in a git repository"), "{screen}");
        assert!(
            screen.contains("keep the map in a repository and commit it"),
            "{screen}"
        );
        // The map is untouched and still editable.
        assert!(matches!(app.mode, Mode::Form(_)));
        assert!(!app.history.is_dirty());
        Ok(())
    }
}

#[test]
fn the_trend_is_coloured_on_request_only() -> TestResult {
    let repo = scripted()?;
    let out = common::cjm_command(repo.path())?
        .args(["log", "maps/webshop.toml", "--trend"])
        .env_remove("NO_COLOR")
        .env("CLICOLOR_FORCE", "1")
        .output()?;
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    // Green bars for a positive stage, red for a negative one.
    assert!(text.contains("\u{1b}[32m▆"), "{text:?}");
    assert!(text.contains("\u{1b}[31m▁"), "{text:?}");
    Ok(())
}
