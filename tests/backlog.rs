//! From map to backlog: `cjm export --format github-issues|gitlab-issues|
//! jira-csv` (pinned output; Jira's CSV parsed back), and `cjm issues push`
//! / `cjm issues pull` with fake `gh` and `glab` scripts on PATH, never the
//! network: a dry run, success, the tool missing, the tool failing (its
//! exit code and message shown, the file unchanged), a partial failure (the
//! issues created are recorded), and statuses pulled back.
#![cfg(unix)]

mod common;

use std::ffi::OsString;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Output;

use common::{TestResult, cjm_command, stderr, stdout};

/// The webshop map (its stages and checkout, then the tracking email) with
/// four opportunities: two open ones without an issue, one done, one with an
/// issue already.
const MAP: &str = concat!(
    include_str!("fixtures/webshop-head.toml"),
    r#"[[touchpoints]]
id = "tp-tracking"
stage = "st-delivery"
name = "Tracking email"
emotion = -2
pain_points = ["No delivery *time*", "=SUM(A1)"]
moment_of_truth = true
evidence = [{ source = "support-log", note = "38% of calls ask where the parcel is" }]

[[opportunities]]
id = "op-delivery-window"
title = "Two-hour delivery window"
description = "Tell the customer when the parcel comes."
touchpoints = ["tp-tracking"]
impact = 4
effort = 2
votes = 5
owner = "Logistics"

[[opportunities]]
id = "op-one-click"
title = "Pay in one click"
stage = "st-buy"
votes = 1
status = "planned"

[[opportunities]]
id = "op-done"
title = "Already done"
votes = 9
status = "done"

[[opportunities]]
id = "op-tracked"
title = "Already tracked"
votes = 3
issue = "https://github.com/acme/shop/issues/1"
"#
);

/// A folder with the map (in canonical form) and a `bin` folder for fake tools.
struct Sandbox {
    dir: tempfile::TempDir,
}

impl Sandbox {
    fn new() -> Result<Sandbox, common::Error> {
        let dir = tempfile::tempdir()?;
        fs::create_dir_all(dir.path().join("bin"))?;
        fs::write(dir.path().join("shop.toml"), MAP)?;
        let sandbox = Sandbox { dir };
        // Canonical first, so a save changes only what it records.
        let out = sandbox.cjm(&["fmt", "shop.toml"], false)?;
        assert!(out.status.success(), "{}", stderr(&out));
        Ok(sandbox)
    }

    fn map(&self) -> PathBuf {
        self.dir.path().join("shop.toml")
    }

    fn read(&self) -> Result<String, common::Error> {
        Ok(fs::read_to_string(self.map())?)
    }

    /// A fake tool `name` in `bin`: a `sh` script.
    fn tool(&self, name: &str, script: &str) -> TestResult {
        let path = self.dir.path().join("bin").join(name);
        fs::write(&path, format!("#!/bin/sh\n{script}"))?;
        fs::set_permissions(&path, fs::Permissions::from_mode(0o755))?;
        Ok(())
    }

    /// The system's PATH without any real `gh` or `glab`, with `bin` first
    /// when `with_tools`.
    fn path(&self, with_tools: bool) -> OsString {
        let system = std::env::var_os("PATH").unwrap_or_default();
        let mut dirs: Vec<PathBuf> = std::env::split_paths(&system)
            .filter(|d| !d.join("gh").exists() && !d.join("glab").exists())
            .collect();
        if with_tools {
            dirs.insert(0, self.dir.path().join("bin"));
        }
        std::env::join_paths(dirs).unwrap_or_default()
    }

    fn cjm(&self, args: &[&str], with_tools: bool) -> Result<Output, common::Error> {
        self.cjm_with(args, with_tools, &[])
    }

    /// `cjm ARGS` with more environment for the fake tools (`FAIL_ON`, `STATE`…).
    fn cjm_with(
        &self,
        args: &[&str],
        with_tools: bool,
        env: &[(&str, &str)],
    ) -> Result<Output, common::Error> {
        Ok(cjm_command(self.dir.path())?
            .args(args)
            .env("PATH", self.path(with_tools))
            .env("FAKE_DIR", self.dir.path())
            .envs(env.iter().copied())
            .output()?)
    }

    /// The arguments the fake tools were called with, one call a line.
    fn calls(&self) -> String {
        fs::read_to_string(self.dir.path().join("calls")).unwrap_or_default()
    }
}

/// A fake `gh`: `issue create` numbers the issues from 7 (saving each body
/// to `body-N`), fails on the issue whose title has `FAIL_ON` (exit 4,
/// a message on stderr); `issue view` answers with `STATE` and `REASON`.
const GH: &str = r#"echo "$*" >> "$FAKE_DIR/calls"
if [ "$1 $2" = "issue create" ]; then
  case "$4" in *"$FAIL_ON"*) if [ -n "$FAIL_ON" ]; then echo "HTTP 401: Bad credentials" >&2; exit 4; fi;; esac
  n=$(cat "$FAKE_DIR/count" 2>/dev/null || echo 6); n=$((n+1)); echo $n > "$FAKE_DIR/count"
  cat > "$FAKE_DIR/body-$n"
  echo "https://github.com/acme/shop/issues/$n"
  exit 0
fi
if [ "$1 $2" = "issue view" ]; then
  echo "{\"state\":\"${STATE:-OPEN}\",\"stateReason\":\"${REASON:-}\"}"
  exit 0
fi
exit 1
"#;

/// `cjm issues push` to GitHub, creating the issues.
const PUSH_YES: [&str; 6] = [
    "issues",
    "push",
    "shop.toml",
    "--tracker",
    "github",
    "--yes",
];

fn export(sandbox: &Sandbox, format: &str) -> Result<String, common::Error> {
    let out = sandbox.cjm(&["export", "shop.toml", "--format", format], false)?;
    assert!(out.status.success(), "{}", stderr(&out));
    Ok(stdout(&out))
}

#[test]
fn github_and_gitlab_exports_hold_one_issue_per_open_opportunity() -> TestResult {
    let sandbox = Sandbox::new()?;
    let github = export(&sandbox, "github-issues")?;
    insta::assert_snapshot!("export_github_issues", github);
    let gitlab = export(&sandbox, "gitlab-issues")?;
    insta::assert_snapshot!("export_gitlab_issues", gitlab);

    let issues: serde_json::Value = serde_json::from_str(&github)?;
    let ids: Vec<&str> = issues
        .as_array()
        .map(|a| a.iter().filter_map(|i| i["opportunity"].as_str()).collect())
        .unwrap_or_default();
    // Ranked by votes; done and tracked ones left out.
    assert_eq!(ids, ["op-delivery-window", "op-one-click"]);
    let body = issues[0]["issue"]["body"].as_str().unwrap_or_default();
    for part in [
        "Tell the customer when the parcel comes.",
        "**Impact:** 4/5",
        "**Votes:** 5",
        "**Tracking email** (stage Delivery): very negative, moment of truth",
        "Support log: 38% of calls ask where the parcel is (Tracking email)",
        "`shop.toml`",
        "`op-delivery-window`",
    ] {
        assert!(body.contains(part), "{part} is missing from {body}");
    }
    // User text is escaped.
    assert!(
        body.contains("No delivery \\*time\\* (Tracking email)"),
        "{body}"
    );
    // A stage's opportunity lists the stage's touchpoints.
    let stage = issues[1]["issue"]["body"].as_str().unwrap_or_default();
    assert!(
        stage.contains("**Checkout** (stage Buy): positive"),
        "{stage}"
    );
    let gitlab: serde_json::Value = serde_json::from_str(&gitlab)?;
    assert_eq!(gitlab[0]["issue"]["labels"], "customer-journey");
    assert!(gitlab[0]["issue"]["description"].is_string());
    Ok(())
}

#[test]
fn jira_csv_reads_back_with_jiras_columns() -> TestResult {
    let sandbox = Sandbox::new()?;
    let text = export(&sandbox, "jira-csv")?;
    insta::assert_snapshot!("export_jira_csv", text);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers: Vec<String> = reader.headers()?.iter().map(str::to_owned).collect();
    assert_eq!(
        headers,
        [
            "Summary",
            "Description",
            "Issue Type",
            "Priority",
            "Labels",
            "External ID"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>()?;
    assert_eq!(rows.len(), 2);
    assert_eq!(&rows[0][0], "Two-hour delivery window");
    assert_eq!(&rows[0][2], "Task");
    assert_eq!(&rows[0][3], "High");
    assert_eq!(&rows[0][5], "op-delivery-window");
    assert!(rows[0][1].contains("h3. Pain points"), "{}", &rows[0][1]);
    assert!(rows[0][1].contains("*Tracking email*"), "{}", &rows[0][1]);
    // A pain point that a spreadsheet would run stays text: it is not a
    // cell of its own, and the description does not start with `=`.
    assert!(rows[0][1].contains("=SUM(A1) (Tracking email)"));
    assert_eq!(&rows[1][3], "", "no impact, no priority");
    Ok(())
}

#[test]
fn push_is_a_dry_run_unless_told_yes() -> TestResult {
    let sandbox = Sandbox::new()?;
    sandbox.tool("gh", GH)?;
    let before = sandbox.read()?;
    let out = sandbox.cjm(
        &["issues", "push", "shop.toml", "--tracker", "github"],
        true,
    )?;
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "Would create 2 issues in GitHub with `gh` (a dry run: nothing was created):\n  \
         op-delivery-window  Two-hour delivery window\n  \
         op-one-click  Pay in one click\n\
         Run again with --yes to create them; each one's address is recorded on its opportunity.\n"
    );
    assert_eq!(sandbox.calls(), "", "the tool is not run in a dry run");
    assert_eq!(sandbox.read()?, before);
    Ok(())
}

#[test]
fn push_creates_the_issues_and_records_their_addresses() -> TestResult {
    let sandbox = Sandbox::new()?;
    sandbox.tool("gh", GH)?;
    let before = sandbox.read()?;
    let out = sandbox.cjm(&PUSH_YES, true)?;
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("created: op-delivery-window  https://github.com/acme/shop/issues/7")
    );
    assert!(stdout(&out).contains("2 issues created in GitHub"));
    let after = sandbox.read()?;
    // Only the new lines: the comment and everything else are kept.
    let diff = similar::TextDiff::from_lines(&before, &after);
    let added: Vec<String> = diff
        .iter_all_changes()
        .filter(|c| c.tag() != similar::ChangeTag::Equal)
        .map(|c| format!("{}{}", c.tag(), c.value()))
        .collect();
    assert_eq!(
        added,
        [
            "-status = \"idea\"\n",
            "+status = \"planned\"\n",
            "+issue = \"https://github.com/acme/shop/issues/7\"\n",
            "+issue_state = \"open\"\n",
            "+issue = \"https://github.com/acme/shop/issues/8\"\n",
            "+issue_state = \"open\"\n",
        ]
    );
    assert!(after.starts_with("# The team's webshop map.\n"));
    let body = fs::read_to_string(sandbox.dir.path().join("body-7"))?;
    assert!(body.contains("`op-delivery-window`"), "{body}");
    assert!(
        sandbox
            .calls()
            .starts_with("issue create --title Two-hour delivery window --body-file -\n")
    );

    // A second run skips what has an issue now.
    let again = sandbox.cjm(&PUSH_YES, true)?;
    assert!(again.status.success());
    assert!(stdout(&again).starts_with("Nothing to push"));
    assert_eq!(sandbox.calls().lines().count(), 2);
    Ok(())
}

#[test]
fn push_to_gitlab_runs_glab() -> TestResult {
    let sandbox = Sandbox::new()?;
    sandbox.tool(
        "glab",
        r#"echo "$1 $2 $3 $4 $5" >> "$FAKE_DIR/calls"
echo "Creating issue in acme/shop"
echo "https://gitlab.example.org/acme/shop/-/issues/3"
"#,
    )?;
    let args = [
        "issues",
        "push",
        "shop.toml",
        "--tracker",
        "gitlab",
        "--yes",
        "-R",
        "acme/shop",
    ];
    let out = sandbox.cjm(&args, true)?;
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        sandbox
            .read()?
            .contains("issue = \"https://gitlab.example.org/acme/shop/-/issues/3\"")
    );
    assert!(
        sandbox
            .calls()
            .starts_with("issue create --title Two-hour delivery window --description")
    );
    Ok(())
}

#[test]
fn a_missing_tool_is_named_with_how_to_install_it() -> TestResult {
    let sandbox = Sandbox::new()?;
    let before = sandbox.read()?;
    let out = sandbox.cjm(&PUSH_YES, false)?;
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("error: gh is not installed (or not on PATH)"),
        "{err}"
    );
    assert!(
        err.contains("hint: install gh (https://cli.github.com)"),
        "{err}"
    );
    assert!(err.contains("cjm export --format github-issues"), "{err}");
    assert_eq!(sandbox.read()?, before);

    let out = sandbox.cjm(&["issues", "pull", "shop.toml"], false)?;
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("gh is not installed"),
        "{}",
        stderr(&out)
    );
    assert_eq!(sandbox.read()?, before);
    Ok(())
}

#[test]
fn a_failing_tool_shows_its_exit_code_and_message_and_changes_nothing() -> TestResult {
    let sandbox = Sandbox::new()?;
    sandbox.tool("gh", GH)?;
    let before = sandbox.read()?;
    let out = sandbox.cjm_with(&PUSH_YES, true, &[("FAIL_ON", "Two-hour")])?;
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("`gh` failed to create the issue for op-delivery-window (exit 4): HTTP 401: Bad credentials"),
        "{err}"
    );
    assert!(
        err.contains("0 issues created and recorded before it"),
        "{err}"
    );
    assert_eq!(sandbox.read()?, before);
    Ok(())
}

#[test]
fn a_partial_failure_keeps_the_issues_created_before_it() -> TestResult {
    let sandbox = Sandbox::new()?;
    sandbox.tool("gh", GH)?;
    let out = sandbox.cjm_with(&PUSH_YES, true, &[("FAIL_ON", "one click")])?;
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("1 issue created and recorded before it"),
        "{}",
        stderr(&out)
    );
    let after = sandbox.read()?;
    assert!(after.contains("issue = \"https://github.com/acme/shop/issues/7\""));
    assert_eq!(after.matches("issue_state = \"open\"").count(), 1);

    // Once the cause is fixed, the rest is created, the first not again.
    let out = sandbox.cjm(&PUSH_YES, true)?;
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).matches("created: ").count(), 1);
    assert!(
        sandbox
            .read()?
            .contains("issue = \"https://github.com/acme/shop/issues/8\"")
    );
    Ok(())
}

/// `cjm issues pull` with the fake `gh` answering `state` and `reason`.
fn pull(sandbox: &Sandbox, state: &str, reason: &str) -> Result<Output, common::Error> {
    sandbox.cjm_with(
        &["issues", "pull", "shop.toml"],
        true,
        &[("STATE", state), ("REASON", reason)],
    )
}

#[test]
fn pull_updates_statuses_from_the_trackers_states() -> TestResult {
    let sandbox = Sandbox::new()?;
    sandbox.tool("gh", GH)?;
    let out = pull(&sandbox, "OPEN", "")?;
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "op-tracked: idea → planned (issue open)\nUpdated shop.toml.\n"
    );
    assert!(
        sandbox
            .calls()
            .contains("issue view https://github.com/acme/shop/issues/1 --json state,stateReason")
    );
    let text = sandbox.read()?;
    assert!(text.contains("status = \"planned\"\nissue = \"https://github.com/acme/shop/issues/1\"\nissue_state = \"open\"\n"), "{text}");

    let unchanged = pull(&sandbox, "OPEN", "")?;
    assert_eq!(
        stdout(&unchanged),
        "Every status is up to date (1 issue).\n"
    );
    assert_eq!(sandbox.read()?, text);

    let closed = pull(&sandbox, "CLOSED", "COMPLETED")?;
    assert!(closed.status.success());
    assert!(sandbox.read()?.contains("status = \"done\"\nissue = \"https://github.com/acme/shop/issues/1\"\nissue_state = \"closed\"\n"));

    let dropped = pull(&sandbox, "CLOSED", "NOT_PLANNED")?;
    assert!(dropped.status.success());
    assert!(stdout(&dropped).contains("op-tracked: done → dropped (issue closed as not planned)"));
    Ok(())
}

#[test]
fn the_new_fields_read_and_write_and_check_cleanly() -> TestResult {
    // A map with the tracker fields loads, and `fmt` keeps their bytes.
    let sandbox = Sandbox::new()?;
    let text = sandbox.read()?.replace(
        "issue = \"https://github.com/acme/shop/issues/1\"\n",
        "issue = \"https://github.com/acme/shop/issues/1\"\nissue_state = \"closed\"\n",
    );
    fs::write(sandbox.map(), &text)?;
    let out = sandbox.cjm(&["fmt", "--check", "shop.toml"], false)?;
    assert!(out.status.success(), "{}", stdout(&out));
    let typo = text.replace("issue_state", "issue_stat");
    fs::write(sandbox.map(), &typo)?;
    let out = sandbox.cjm(&["check", "shop.toml"], false)?;
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("issue_state"), "{}", stderr(&out));
    assert!(Path::new(&sandbox.map()).is_file());
    Ok(())
}

#[test]
fn an_issue_is_written_in_the_maps_language() -> TestResult {
    let sandbox = Sandbox::new()?;
    let polish = sandbox.read()?.replacen(
        "kind = \"current-state\"\n",
        "kind = \"current-state\"\nlanguage = \"pl\"\n",
        1,
    );
    fs::write(sandbox.map(), polish)?;
    let text = export(&sandbox, "github-issues")?;
    let issues: serde_json::Value = serde_json::from_str(&text)?;
    let body = issues[0]["issue"]["body"].as_str().unwrap_or_default();
    for part in [
        "**Wpływ:** 4/5",
        "### Punkty styku",
        "moment prawdy",
        "Z mapy podróży klienta",
    ] {
        assert!(body.contains(part), "{part} is missing from {body}");
    }
    Ok(())
}

#[test]
fn push_speaks_the_chosen_language() -> TestResult {
    let sandbox = Sandbox::new()?;
    let out = sandbox.cjm(
        &[
            "issues",
            "push",
            "shop.toml",
            "--tracker",
            "github",
            "--lang",
            "sv",
        ],
        false,
    )?;
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("Skulle skapa 2 ärenden i GitHub med `gh`"),
        "{}",
        stdout(&out)
    );
    Ok(())
}
