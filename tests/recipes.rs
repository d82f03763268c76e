//! The review and CI recipes run here, so they cannot rot: the plain git
//! hook (docs/recipes/pre-commit) in a temporary repository with good and
//! bad staged maps, the hooks of .pre-commit-hooks.yaml (their `entry`
//! commands on the files their `files` pattern picks), and the shell steps
//! of the GitHub Actions example (docs/recipes/github-actions.yml) that run
//! cjm, on a repository with a base and a head commit.
#![cfg(unix)]

mod common;

use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use yaml_rust2::{Yaml, YamlLoader};

use common::TestResult;
use common::text as out;

/// A map with no workshop warning.
const GOOD: &str = include_str!("../maps/ksiegarnia-polska.toml");
/// A valid map that has workshop warnings.
const WARNED: &str = include_str!("../maps/commuter-day-in-the-life.toml");

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A temporary git repository, with a `bin` folder holding `cjm` first on PATH.
struct Repo {
    dir: tempfile::TempDir,
}

impl Repo {
    fn new() -> Result<Self, Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        for folder in ["home", "bin", "repo", "runner"] {
            fs::create_dir_all(dir.path().join(folder))?;
        }
        std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_cjm"), dir.path().join("bin/cjm"))?;
        let repo = Repo { dir };
        repo.git(&["init", "-q", "-b", "main"])?;
        Ok(repo)
    }

    fn path(&self) -> PathBuf {
        self.dir.path().join("repo")
    }

    fn command(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let system = std::env::var_os("PATH").unwrap_or_default();
        let mut dirs = vec![self.dir.path().join("bin")];
        dirs.extend(std::env::split_paths(&system).filter(|d| !d.join("cjm").exists()));
        let mut cmd = Command::new(program);
        cmd.current_dir(self.path())
            .env(
                "PATH",
                std::env::join_paths(dirs).unwrap_or_else(|_| OsString::new()),
            )
            .env("HOME", self.dir.path().join("home"))
            .env("GIT_CONFIG_GLOBAL", self.dir.path().join("home/.gitconfig"))
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_NAME", "Anna Nowak")
            .env("GIT_AUTHOR_EMAIL", "anna@example.org")
            .env("GIT_COMMITTER_NAME", "Anna Nowak")
            .env("GIT_COMMITTER_EMAIL", "anna@example.org")
            .env_remove("XDG_CONFIG_HOME")
            .env_remove("GIT_DIR")
            .env_remove("NO_COLOR");
        cmd
    }

    fn git(&self, args: &[&str]) -> Result<String, Box<dyn std::error::Error>> {
        let output = self.command("git").args(args).output()?;
        if !output.status.success() {
            return Err(format!("git {args:?}: {}", out(&output.stderr)).into());
        }
        Ok(out(&output.stdout))
    }

    fn write(&self, path: &str, text: &str) -> std::io::Result<()> {
        let path = self.path().join(path);
        if let Some(folder) = path.parent() {
            fs::create_dir_all(folder)?;
        }
        fs::write(path, text)
    }

    /// Runs the plain pre-commit hook from the recipes in the repository.
    fn hook(&self) -> std::io::Result<Output> {
        self.command("sh")
            .arg(root().join("docs/recipes/pre-commit"))
            .output()
    }
}

#[test]
fn the_plain_hook_passes_good_maps_and_stops_bad_ones() -> TestResult {
    let repo = Repo::new()?;
    repo.write(".gitattributes", "maps/**/*.toml merge=cjm diff=cjm\n")?;
    repo.write("maps/księgarnia.toml", GOOD)?;
    repo.write(
        "Cargo.toml",
        "[package]\nname = \"not a map, not checked\"\n",
    )?;
    repo.git(&["add", "-A"])?;
    let good = repo.hook()?;
    assert_eq!(good.status.code(), Some(0), "{}", out(&good.stderr));
    assert!(
        out(&good.stdout).contains("maps/księgarnia.toml: ok ("),
        "{}",
        out(&good.stdout)
    );

    // A staged map with an error; the file on disk fixed but not staged.
    let bad = GOOD.replacen("channel = \"email\"", "channel = \"pigeon\"", 1);
    repo.write("maps/księgarnia.toml", &bad)?;
    repo.git(&["add", "-A"])?;
    repo.write("maps/księgarnia.toml", GOOD)?;
    let stopped = repo.hook()?;
    assert_eq!(stopped.status.code(), Some(1));
    let stderr = out(&stopped.stderr);
    assert!(stderr.contains("maps/księgarnia.toml:"), "{stderr}");
    assert!(stderr.contains("pigeon"), "{stderr}");
    assert!(stderr.contains("commit with --no-verify"), "{stderr}");
    assert!(
        !stderr.contains("/tmp"),
        "the map is named by its path: {stderr}"
    );

    // A staged map that loads but is not in canonical form.
    let restyled = GOOD.replacen(
        "kind = \"current-state\"",
        "kind   =   \"current-state\"",
        1,
    );
    repo.write("maps/księgarnia.toml", &restyled)?;
    repo.git(&["add", "-A"])?;
    let unformatted = repo.hook()?;
    assert_eq!(unformatted.status.code(), Some(1));
    assert!(
        out(&unformatted.stderr).contains(
            "maps/księgarnia.toml: not in canonical form; run: cjm fmt maps/księgarnia.toml && git add maps/księgarnia.toml"
        ),
        "{}",
        out(&unformatted.stderr)
    );

    // As the hook of a real commit.
    fs::copy(
        root().join("docs/recipes/pre-commit"),
        repo.path().join(".git/hooks/pre-commit"),
    )?;
    let commit = repo
        .command("git")
        .args(["commit", "-qm", "restyled"])
        .output()?;
    assert_ne!(commit.status.code(), Some(0), "the commit is stopped");
    repo.write("maps/księgarnia.toml", GOOD)?;
    repo.git(&["add", "-A"])?;
    repo.git(&["commit", "-qm", "good map"])?;
    Ok(())
}

fn load_yaml(path: &Path) -> Result<Yaml, Box<dyn std::error::Error>> {
    let text = fs::read_to_string(path)?;
    let mut docs = YamlLoader::load_from_str(&text)?;
    if docs.len() != 1 {
        return Err(format!("{}: {} documents", path.display(), docs.len()).into());
    }
    Ok(docs.remove(0))
}

fn text<'y>(yaml: &'y Yaml, key: &str) -> Result<&'y str, Box<dyn std::error::Error>> {
    yaml[key]
        .as_str()
        .ok_or_else(|| format!("no `{key}` in {yaml:?}").into())
}

#[test]
fn the_pre_commit_framework_hooks_run_their_entries() -> TestResult {
    let hooks = load_yaml(&root().join(".pre-commit-hooks.yaml"))?;
    let hooks = hooks.as_vec().ok_or("the hooks file is not a list")?;
    let ids: Vec<&str> = hooks
        .iter()
        .map(|h| text(h, "id"))
        .collect::<Result<_, _>>()?;
    assert_eq!(
        ids,
        ["cjm-fmt", "cjm-check", "cjm-fmt-system", "cjm-check-system"]
    );
    let repo = Repo::new()?;
    repo.write("maps/good.toml", GOOD)?;
    repo.write(
        "maps/bad.toml",
        &GOOD.replacen("channel = \"email\"", "channel = \"pigeon\"", 1),
    )?;
    repo.write(
        "maps/restyled.toml",
        &GOOD.replacen(
            "kind = \"current-state\"",
            "kind   =   \"current-state\"",
            1,
        ),
    )?;
    repo.write("Cargo.toml", "[package]\n")?;
    let candidates = [
        "maps/good.toml",
        "maps/bad.toml",
        "maps/restyled.toml",
        "Cargo.toml",
    ];
    for hook in hooks {
        let id = text(hook, "id")?;
        assert!(
            ["rust", "system"].contains(&text(hook, "language")?),
            "{id}"
        );
        let files = regex::Regex::new(text(hook, "files")?)?;
        let picked: Vec<&str> = candidates
            .iter()
            .copied()
            .filter(|f| files.is_match(f))
            .collect();
        assert_eq!(picked, &candidates[..3], "{id} takes the maps only");
        let entry: Vec<&str> = text(hook, "entry")?.split_whitespace().collect();
        assert_eq!(entry.first(), Some(&"cjm"), "{id}");
        // pre-commit appends the file names to the entry.
        let run = |files: &[&str]| {
            repo.command(entry[0])
                .args(&entry[1..])
                .args(files)
                .output()
        };
        let good = run(&["maps/good.toml"])?;
        assert_eq!(good.status.code(), Some(0), "{id}: {}", out(&good.stderr));
        let bad = run(&["maps/good.toml", "maps/bad.toml"])?;
        assert_ne!(bad.status.code(), Some(0), "{id} stops a map with an error");
        assert!(out(&bad.stderr).contains("maps/bad.toml:"), "{id}");
        if id.starts_with("cjm-fmt") {
            let restyled = run(&["maps/restyled.toml"])?;
            assert_eq!(restyled.status.code(), Some(1), "{id}");
            assert_eq!(
                out(&restyled.stdout),
                "would reformat: maps/restyled.toml\n"
            );
        }
    }
    Ok(())
}

/// The steps of the workflow that run cjm locally: their name and script
/// (not the install, nor the step that talks to GitHub).
fn cjm_steps(workflow: &Yaml) -> Result<Vec<(String, String)>, Box<dyn std::error::Error>> {
    let jobs = workflow["jobs"].as_hash().ok_or("no jobs")?;
    let mut steps = Vec::new();
    for (_, job) in jobs {
        for step in job["steps"].as_vec().ok_or("a job without steps")? {
            let Some(script) = step["run"].as_str() else {
                continue;
            };
            if script.contains("cjm ")
                && !script.contains("cargo install")
                && !script.contains("gh pr")
            {
                steps.push((text(step, "name")?.to_owned(), script.to_owned()));
            }
        }
    }
    Ok(steps)
}

#[test]
fn the_ci_workflow_posts_the_diff_and_checks_the_maps() -> TestResult {
    let workflow = load_yaml(&root().join("docs/recipes/github-actions.yml"))?;
    let steps = cjm_steps(&workflow)?;
    let names: Vec<&str> = steps.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["What changed in the maps", "Check the maps"]);
    assert!(steps[0].1.contains("cjm diff --format markdown"));
    assert!(steps[1].1.contains("cjm check --deny warnings"));

    let repo = Repo::new()?;
    repo.write("maps/księgarnia.toml", GOOD)?;
    repo.git(&["add", "-A"])?;
    repo.git(&["commit", "-qm", "base"])?;
    let base = repo.git(&["rev-parse", "HEAD"])?;
    repo.write(
        "maps/księgarnia.toml",
        &GOOD.replacen(
            "name = \"Newsletter z zapowiedziami premier\"",
            "name = \"Czwartkowy newsletter\"",
            1,
        ),
    )?;
    repo.write("maps/nowa.toml", GOOD)?;
    repo.git(&["add", "-A"])?;
    repo.git(&["commit", "-qm", "head"])?;

    let summary = repo.dir.path().join("runner/summary.md");
    // As GitHub runs a `run:` step on Linux.
    let run_step = |script: &str| {
        repo.command("bash")
            .args(["--noprofile", "--norc", "-eo", "pipefail", "-c", script])
            .env("BASE_SHA", base.trim())
            .env("RUNNER_TEMP", repo.dir.path().join("runner"))
            .env("GITHUB_STEP_SUMMARY", &summary)
            .output()
    };
    let diff = run_step(&steps[0].1)?;
    assert_eq!(diff.status.code(), Some(0), "{}", out(&diff.stderr));
    let posted = fs::read_to_string(repo.path().join("map-diff.md"))?;
    assert!(
        posted.contains("`maps/księgarnia.toml (base)` → `maps/księgarnia.toml`"),
        "{posted}"
    );
    assert!(
        posted.contains("- **changed** `tp-newsletter-zapowiedzi` Czwartkowy newsletter\n"),
        "{posted}"
    );
    assert!(posted.contains("# New map\n\n`maps/nowa.toml`"), "{posted}");
    assert!(!posted.contains("runner"), "no temporary names: {posted}");
    assert_eq!(fs::read_to_string(&summary)?, posted);

    let check = run_step(&steps[1].1)?;
    assert_eq!(check.status.code(), Some(0), "{}", out(&check.stderr));

    // A map with workshop warnings fails the check.
    repo.write("maps/dzień.toml", WARNED)?;
    repo.git(&["add", "-A"])?;
    repo.git(&["commit", "-qm", "warned"])?;
    let warned = run_step(&steps[1].1)?;
    assert_ne!(warned.status.code(), Some(0));
    assert!(
        out(&warned.stdout).contains("maps/dzień.toml"),
        "{}",
        out(&warned.stdout)
    );
    Ok(())
}
