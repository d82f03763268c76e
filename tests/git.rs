//! `cjm git setup` and `cjm git check` with real git in temporary
//! repositories: the attributes and config they write, idempotence,
//! `--global`, a real `git merge` through the driver (and through its
//! fall-back when `cjm` is not on PATH), `git diff` / `git log -p` through
//! the diff driver, and the errors (not a repository, git not installed).
//!
//! Every git runs with a temporary HOME and global config, and a PATH that
//! holds `cjm` only when a test puts it there.
#![cfg(unix)]

mod common;

use std::fs;
use std::process::Command;

use common::TestResult;
use common::git::{MAP, Sandbox, renamed};
use common::text as out;

/// The title of [`MAP`].
const TITLE: &str =
    "Księgarnie Zakładka – zamówienie w internecie z odbiorem w księgarni (stan obecny)";

/// The merge driver `cjm git setup` writes: `cjm merge` with the fall-back.
const DRIVER_START: &str = "sh -c 'cjm merge \"$1\" \"$2\" \"$3\" --path \"$4\"; s=$?;";

fn config_value(sandbox: &Sandbox, args: &[&str]) -> Result<String, Box<dyn std::error::Error>> {
    Ok(sandbox.git_ok(args)?.trim_end().to_owned())
}

#[test]
fn setup_writes_attributes_and_drivers_and_a_second_run_changes_nothing() -> TestResult {
    let sandbox = Sandbox::new(true)?;
    sandbox.write(".gitattributes", "*.png binary\n*.md text")?;
    let first = sandbox.cjm(&["git", "setup"])?;
    assert_eq!(first.status.code(), Some(0), "{}", out(&first.stderr));
    assert!(
        out(&first.stdout).contains(".gitattributes: added `maps/**/*.toml merge=cjm diff=cjm`"),
        "{}",
        out(&first.stdout)
    );
    // Existing lines are kept; ours comes after them, on its own line.
    let attributes = sandbox.read(".gitattributes")?;
    assert_eq!(
        attributes,
        "*.png binary\n*.md text\nmaps/**/*.toml merge=cjm diff=cjm\n"
    );
    let driver = config_value(&sandbox, &["config", "--local", "merge.cjm.driver"])?;
    assert!(driver.starts_with(DRIVER_START), "{driver}");
    assert!(driver.ends_with("' cjm-merge %O %A %B %P"), "{driver}");
    assert!(driver.contains("git merge-file -L ours -L base -L theirs"));
    let diff = config_value(&sandbox, &["config", "--local", "diff.cjm.command"])?;
    assert!(diff.contains("exec cjm diff \"$@\""), "{diff}");
    assert_eq!(
        config_value(&sandbox, &["config", "--local", "merge.cjm.name"])?,
        "cjm: merge journey maps item by item"
    );
    let config_before = fs::read(sandbox.repo().join(".git/config"))?;

    let second = sandbox.cjm(&["git", "setup"])?;
    assert_eq!(second.status.code(), Some(0));
    assert!(
        out(&second.stdout).contains("nothing to change"),
        "{}",
        out(&second.stdout)
    );
    assert_eq!(sandbox.read(".gitattributes")?, attributes);
    assert_eq!(fs::read(sandbox.repo().join(".git/config"))?, config_before);
    Ok(())
}

#[test]
fn patterns_are_relative_to_the_current_folder() -> TestResult {
    let sandbox = Sandbox::new(true)?;
    fs::create_dir_all(sandbox.repo().join("journeys/2026"))?;
    let result = sandbox.cjm_in(
        &sandbox.repo().join("journeys"),
        &["git", "setup", "*.toml", "2026/*.toml"],
        true,
    )?;
    assert_eq!(result.status.code(), Some(0), "{}", out(&result.stderr));
    assert_eq!(
        sandbox.read(".gitattributes")?,
        "journeys/*.toml merge=cjm diff=cjm\njourneys/2026/*.toml merge=cjm diff=cjm\n"
    );
    // A pattern that git would cut at the space, or that names a folder, is refused.
    for (bad, message) in [
        ("my maps/*.toml", "has a space"),
        ("maps/", "does not name TOML files"),
    ] {
        let refused = sandbox.cjm(&["git", "setup", bad])?;
        assert_eq!(refused.status.code(), Some(2));
        assert!(
            out(&refused.stderr).contains(message),
            "{}",
            out(&refused.stderr)
        );
        assert!(out(&refused.stderr).contains("hint:"));
    }
    assert_eq!(
        sandbox.read(".gitattributes")?.lines().count(),
        2,
        "a refused pattern changes nothing"
    );
    Ok(())
}

#[test]
fn a_real_merge_goes_through_cjm() -> TestResult {
    let sandbox = Sandbox::new(true)?;
    let setup = sandbox.cjm(&["git", "setup"])?;
    assert_eq!(setup.status.code(), Some(0), "{}", out(&setup.stderr));
    sandbox.two_branches()?;
    let merge = sandbox.git(&["merge", "-q", "--no-edit", "theirs"])?;
    assert_eq!(
        merge.status.code(),
        Some(0),
        "{}{}",
        out(&merge.stdout),
        out(&merge.stderr)
    );
    assert!(out(&merge.stderr).contains("cjm merge: merged cleanly"));
    let merged = sandbox.read("maps/ksiegarnia.toml")?;
    assert!(merged.contains(
        "id = \"tp-newsletter-zapowiedzi\"\nstage = \"st-wyszukiwanie\"\nname = \"Czwartkowy newsletter\""
    ));
    assert!(!merged.contains("<<<<<<<"));
    let check = sandbox.cjm(&["check", "maps/ksiegarnia.toml"])?;
    assert_eq!(check.status.code(), Some(0), "{}", out(&check.stderr));
    Ok(())
}

#[test]
fn without_cjm_on_path_the_merge_conflicts_with_markers() -> TestResult {
    let sandbox = Sandbox::new(true)?;
    assert_eq!(sandbox.cjm(&["git", "setup"])?.status.code(), Some(0));
    sandbox.two_branches()?;
    let merge = sandbox.git_with(&["merge", "--no-edit", "theirs"], false)?;
    assert_eq!(merge.status.code(), Some(1), "git reports the conflict");
    assert!(
        out(&merge.stdout).contains("CONFLICT (content): Merge conflict in maps/ksiegarnia.toml"),
        "{}",
        out(&merge.stdout)
    );
    assert!(
        out(&merge.stderr).contains(
            "cjm merge could not merge maps/ksiegarnia.toml (exit 127): git merge-file wrote conflict markers instead"
        ),
        "{}",
        out(&merge.stderr)
    );
    let merged = sandbox.read("maps/ksiegarnia.toml")?;
    assert!(merged.contains("<<<<<<< ours\n"), "{merged}");
    assert!(merged.contains("name = \"Czwartkowy newsletter\""));
    assert!(merged.contains(">>>>>>> theirs\n"));
    assert!(
        merged.contains("stage = \"st-wyszukiwanie\""),
        "theirs is in the file"
    );
    let status = sandbox.git_ok(&["status", "--porcelain"])?;
    assert!(status.contains("UU maps/ksiegarnia.toml"), "{status}");
    let check = sandbox.cjm(&["check", "maps/ksiegarnia.toml"])?;
    assert_ne!(
        check.status.code(),
        Some(0),
        "cjm check fails on the markers"
    );

    // The recovery of docs/git.md: with cjm back on PATH, git redoes the
    // file's merge through the driver.
    let redo = sandbox.git(&["checkout", "--merge", "--", "maps/ksiegarnia.toml"])?;
    assert_eq!(redo.status.code(), Some(0), "{}", out(&redo.stderr));
    assert!(out(&redo.stderr).contains("cjm merge: merged cleanly"));
    let merged = sandbox.read("maps/ksiegarnia.toml")?;
    assert!(!merged.contains("<<<<<<<"));
    assert!(merged.contains(
        "id = \"tp-newsletter-zapowiedzi\"\nstage = \"st-wyszukiwanie\"\nname = \"Czwartkowy newsletter\""
    ));
    let check = sandbox.cjm(&["check", "maps/ksiegarnia.toml"])?;
    assert_eq!(check.status.code(), Some(0), "{}", out(&check.stderr));
    Ok(())
}

#[test]
fn global_setup_configures_every_repository() -> TestResult {
    let sandbox = Sandbox::new(true)?;
    let setup = sandbox.cjm_in(&sandbox.home(), &["git", "setup", "--global"], true)?;
    assert_eq!(setup.status.code(), Some(0), "{}", out(&setup.stderr));
    let attributes = sandbox.home().join(".config/git/attributes");
    assert_eq!(
        fs::read_to_string(&attributes)?,
        "maps/**/*.toml merge=cjm diff=cjm\n"
    );
    let global = fs::read_to_string(sandbox.home().join(".gitconfig"))?;
    assert!(global.contains("[merge \"cjm\"]"), "{global}");
    assert!(global.contains("[diff \"cjm\"]"), "{global}");
    assert!(!sandbox.repo().join(".gitattributes").exists());
    let local = fs::read_to_string(sandbox.repo().join(".git/config"))?;
    assert!(
        !local.contains("cjm"),
        "the repository's config is untouched"
    );

    let again = sandbox.cjm_in(&sandbox.home(), &["git", "setup", "--global"], true)?;
    assert!(out(&again.stdout).contains("nothing to change"));

    // The repository has no set-up of its own, and merges maps with cjm.
    sandbox.two_branches()?;
    let merge = sandbox.git(&["merge", "-q", "--no-edit", "theirs"])?;
    assert_eq!(merge.status.code(), Some(0), "{}", out(&merge.stderr));
    assert!(out(&merge.stderr).contains("cjm merge: merged cleanly"));
    let check = sandbox.cjm(&["git", "check"])?;
    assert_eq!(check.status.code(), Some(0), "{}", out(&check.stdout));
    Ok(())
}

#[test]
fn global_setup_uses_core_attributes_file() -> TestResult {
    let sandbox = Sandbox::new(false)?;
    fs::write(
        sandbox.home().join(".gitconfig"),
        "[core]\n\tattributesFile = ~/git-attributes\n",
    )?;
    let setup = sandbox.cjm_in(
        &sandbox.home(),
        &["git", "setup", "--global", "*.map.toml"],
        true,
    )?;
    assert_eq!(setup.status.code(), Some(0), "{}", out(&setup.stderr));
    assert_eq!(
        fs::read_to_string(sandbox.home().join("git-attributes"))?,
        "*.map.toml merge=cjm diff=cjm\n"
    );
    assert!(!sandbox.home().join(".config/git/attributes").exists());
    Ok(())
}

#[test]
fn check_names_what_is_missing_and_the_fix() -> TestResult {
    let sandbox = Sandbox::new(true)?;
    sandbox.write("maps/ksiegarnia.toml", MAP)?;
    sandbox.write("elsewhere/shop.toml", MAP)?;
    sandbox.write("Cargo.toml", "[package]\nname = \"not-a-map\"\n")?;
    sandbox.git_ok(&["add", "-A"])?;
    sandbox.git_ok(&["commit", "-qm", "maps"])?;

    // In Polish, the same report in Polish words, the columns aligned.
    let polish = sandbox.cjm(&["git", "check", "--lang", "pl"])?;
    assert_eq!(polish.status.code(), Some(1));
    let report = out(&polish.stdout);
    assert!(
        report.contains(
            "  brak     merge.cjm.driver nie jest ustawione\n           naprawa: cjm git setup"
        ),
        "{report}"
    );
    assert!(
        report.contains(
            "brak     2 mapy bez merge=cjm diff=cjm: elsewhere/shop.toml, maps/ksiegarnia.toml"
        ),
        "{report}"
    );
    assert!(report.contains("Brakuje 3 rzeczy."), "{report}");

    let bare = sandbox.cjm(&["git", "check"])?;
    assert_eq!(bare.status.code(), Some(1));
    let report = out(&bare.stdout);
    assert!(
        report.contains("missing  merge.cjm.driver is not set\n           fix: cjm git setup"),
        "{report}"
    );
    assert!(
        report.contains("missing  diff.cjm.command is not set"),
        "{report}"
    );
    assert!(
        report.contains("missing  2 maps without merge=cjm diff=cjm: elsewhere/shop.toml, maps/ksiegarnia.toml\n           fix: cjm git setup 'elsewhere/*.toml' 'maps/**/*.toml'"),
        "{report}"
    );
    assert!(
        !report.contains("Cargo.toml"),
        "only maps are counted: {report}"
    );

    assert_eq!(sandbox.cjm(&["git", "setup"])?.status.code(), Some(0));
    let partly = sandbox.cjm(&["git", "check"])?;
    assert_eq!(partly.status.code(), Some(1));
    let report = out(&partly.stdout);
    assert!(
        report.contains("ok       merge.cjm.driver is set"),
        "{report}"
    );
    assert!(
        report.contains("missing  1 map without merge=cjm diff=cjm: elsewhere/shop.toml\n           fix: cjm git setup 'elsewhere/*.toml'"),
        "{report}"
    );
    assert!(report.contains("1 thing is missing."), "{report}");

    assert_eq!(
        sandbox
            .cjm(&["git", "setup", "elsewhere/*.toml"])?
            .status
            .code(),
        Some(0)
    );
    let complete = sandbox.cjm(&["git", "check"])?;
    let report = out(&complete.stdout);
    assert_eq!(complete.status.code(), Some(0), "{report}");
    assert!(
        report.contains("ok       2 maps have merge=cjm diff=cjm"),
        "{report}"
    );
    assert!(report.contains("ok       git finds cjm "), "{report}");
    assert!(report.contains("Everything is set up"), "{report}");

    // The same clone, with cjm gone from PATH.
    let no_cjm = sandbox.cjm_in(&sandbox.repo(), &["git", "check"], false)?;
    assert_eq!(no_cjm.status.code(), Some(1));
    let report = out(&no_cjm.stdout);
    assert!(
        report.contains("missing  git will not find `cjm` on PATH"),
        "{report}"
    );
    assert!(
        report.contains("fix: put the cjm binary in a folder on PATH"),
        "{report}"
    );
    Ok(())
}

#[test]
fn a_driver_set_by_hand_without_the_fall_back_is_reported() -> TestResult {
    let sandbox = Sandbox::new(true)?;
    assert_eq!(sandbox.cjm(&["git", "setup"])?.status.code(), Some(0));
    sandbox.git_ok(&["config", "merge.cjm.driver", "cjm merge %O %A %B"])?;
    let check = sandbox.cjm(&["git", "check"])?;
    assert_eq!(check.status.code(), Some(1));
    assert!(
        out(&check.stdout)
            .contains("missing  merge.cjm.driver lacks the fall-back for when cjm cannot run"),
        "{}",
        out(&check.stdout)
    );
    let setup = sandbox.cjm(&["git", "setup"])?;
    assert!(out(&setup.stdout).contains("merge.cjm.driver: replaced the earlier value"));
    assert_eq!(sandbox.cjm(&["git", "check"])?.status.code(), Some(0));
    Ok(())
}

#[test]
fn git_diff_and_log_show_the_semantic_diff_with_real_names() -> TestResult {
    let sandbox = Sandbox::new(true)?;
    assert_eq!(sandbox.cjm(&["git", "setup"])?.status.code(), Some(0));
    sandbox.commit_map()?;
    let blob = sandbox.git_ok(&["rev-parse", "--short=7", "HEAD:maps/ksiegarnia.toml"])?;
    let blob = blob.trim();
    sandbox.write("maps/ksiegarnia.toml", &renamed())?;
    let diff = sandbox.git(&["diff"])?;
    assert_eq!(diff.status.code(), Some(0), "{}", out(&diff.stderr));
    let shown = out(&diff.stdout);
    assert_eq!(
        shown,
        format!(
            "maps/ksiegarnia.toml: {blob} → working tree\n\n\
             Touchpoints\n  ~ tp-newsletter-zapowiedzi \"Czwartkowy newsletter\"\n      \
             name: \"Newsletter z zapowiedziami premier\" → \"Czwartkowy newsletter\"\n\n"
        )
    );

    sandbox.git_ok(&["commit", "-qam", "renamed"])?;
    let new_blob = sandbox.git_ok(&["rev-parse", "--short=7", "HEAD:maps/ksiegarnia.toml"])?;
    let log = sandbox.git_ok(&["log", "-p", "--ext-diff", "-1", "--format=%s"])?;
    assert!(
        log.contains(&format!(
            "maps/ksiegarnia.toml: {blob} → {}",
            new_blob.trim()
        )),
        "{log}"
    );
    assert!(log.contains("~ tp-newsletter-zapowiedzi"), "{log}");

    // A new map is shown as one line, a broken one as its errors and lines.
    sandbox.write("maps/new.toml", MAP)?;
    let renamed = sandbox.read("maps/ksiegarnia.toml")?;
    sandbox.write(
        "maps/ksiegarnia.toml",
        &renamed.replacen("channel = \"email\"", "channel = \"pigeon\"", 1),
    )?;
    sandbox.git_ok(&["add", "-A"])?;
    let cached = sandbox.git(&["diff", "--cached"])?;
    assert_eq!(cached.status.code(), Some(0), "{}", out(&cached.stderr));
    let shown = out(&cached.stdout);
    let staged = sandbox.git_ok(&["rev-parse", "--short=7", ":maps/new.toml"])?;
    assert!(
        shown.contains(&format!(
            "maps/new.toml ({}): new map \"{TITLE}\" (",
            staged.trim()
        )),
        "{shown}"
    );
    assert!(
        shown.contains(&format!(
            "--- maps/ksiegarnia.toml ({})\n+++ maps/ksiegarnia.toml (",
            new_blob.trim()
        )),
        "{shown}"
    );
    assert!(
        shown.contains(
            " name = \"Czwartkowy newsletter\"\n-channel = \"email\"\n+channel = \"pigeon\"\n"
        ),
        "{shown}"
    );
    let errors = out(&cached.stderr);
    assert!(errors.contains("maps/ksiegarnia.toml ("), "{errors}");
    assert!(errors.contains("pigeon"), "{errors}");
    for text in [&shown, &errors] {
        assert!(
            !text.contains("/tmp") && !text.contains("git-blob"),
            "{text}"
        );
    }
    Ok(())
}

#[test]
fn errors_outside_a_repository_and_without_git() -> TestResult {
    let sandbox = Sandbox::new(false)?;
    for command in [["git", "setup"], ["git", "check"]] {
        let result = sandbox.cjm_in(&sandbox.home(), &command, true)?;
        assert_eq!(result.status.code(), Some(2));
        let stderr = out(&result.stderr);
        assert!(
            stderr.contains("error: this folder is not in a git repository"),
            "{stderr}"
        );
        assert!(stderr.contains("hint: run it in a clone"), "{stderr}");
    }
    let empty = sandbox.dir.path().join("empty");
    fs::create_dir_all(&empty)?;
    for command in [["git", "setup"], ["git", "check"]] {
        let result = Command::new(env!("CARGO_BIN_EXE_cjm"))
            .current_dir(sandbox.home())
            .env("PATH", &empty)
            .args(command)
            .output()?;
        assert_eq!(result.status.code(), Some(2));
        let stderr = out(&result.stderr);
        assert!(
            stderr.contains("error: git is not installed (or not on PATH)"),
            "{stderr}"
        );
        assert!(stderr.contains("hint: install git"), "{stderr}");
    }
    for command in [["git", "setup"], ["git", "check"]] {
        let help = sandbox.cjm_in(&sandbox.home(), &[command[0], command[1], "--help"], true)?;
        assert_eq!(help.status.code(), Some(0));
        assert!(
            out(&help.stdout).contains("Exit 0"),
            "{}",
            out(&help.stdout)
        );
    }
    Ok(())
}

#[test]
fn without_cjm_on_path_git_diff_falls_back_to_lines() -> TestResult {
    let sandbox = Sandbox::new(true)?;
    assert_eq!(sandbox.cjm(&["git", "setup"])?.status.code(), Some(0));
    sandbox.commit_map()?;
    sandbox.write("maps/ksiegarnia.toml", &renamed())?;
    let diff = sandbox.git_with(&["diff"], false)?;
    assert_eq!(diff.status.code(), Some(0), "{}", out(&diff.stderr));
    assert!(
        out(&diff.stderr)
            .contains("cjm is not on PATH: a line diff of maps/ksiegarnia.toml instead"),
        "{}",
        out(&diff.stderr)
    );
    let shown = out(&diff.stdout);
    assert!(
        shown.contains(
            "-name = \"Newsletter z zapowiedziami premier\"\n+name = \"Czwartkowy newsletter\"\n"
        ),
        "{shown}"
    );
    Ok(())
}
