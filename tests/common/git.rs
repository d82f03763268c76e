//! A git sandbox for the tests of `cjm git`: a temporary home, a `bin`
//! folder with `cjm` in it and a repository, every git run with the
//! sandbox's HOME and global config and a PATH that holds `cjm` only when
//! a test puts it there.

use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use super::Error;
use super::text as out;

/// A clean map (no workshop warning), Polish text included.
pub const MAP: &str = include_str!("../../maps/ksiegarnia-polska.toml");

/// [`MAP`] with its newsletter touchpoint renamed.
pub fn renamed() -> String {
    MAP.replacen(
        "name = \"Newsletter z zapowiedziami premier\"",
        "name = \"Czwartkowy newsletter\"",
        1,
    )
}

pub struct Sandbox {
    pub dir: tempfile::TempDir,
}

impl Sandbox {
    /// A home folder, a `bin` folder with `cjm` in it, and an empty `repo`
    /// made a git repository (when `init`).
    pub fn new(init: bool) -> Result<Self, Error> {
        let dir = tempfile::tempdir()?;
        fs::create_dir_all(dir.path().join("home"))?;
        fs::create_dir_all(dir.path().join("bin"))?;
        fs::create_dir_all(dir.path().join("repo"))?;
        std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_cjm"), dir.path().join("bin/cjm"))?;
        let sandbox = Sandbox { dir };
        if init {
            sandbox.git_ok(&["init", "-q", "-b", "main"])?;
        }
        Ok(sandbox)
    }

    pub fn home(&self) -> PathBuf {
        self.dir.path().join("home")
    }

    pub fn repo(&self) -> PathBuf {
        self.dir.path().join("repo")
    }

    /// The test's PATH without any folder that holds a `cjm`, with the
    /// sandbox's `bin` first when `with_cjm`.
    pub fn path(&self, with_cjm: bool) -> OsString {
        let system = std::env::var_os("PATH").unwrap_or_default();
        let mut dirs: Vec<PathBuf> = std::env::split_paths(&system)
            .filter(|d| !d.join("cjm").exists())
            .collect();
        if with_cjm {
            dirs.insert(0, self.dir.path().join("bin"));
        }
        std::env::join_paths(dirs).unwrap_or_default()
    }

    pub fn command(
        &self,
        program: impl AsRef<std::ffi::OsStr>,
        dir: &Path,
        with_cjm: bool,
    ) -> Command {
        let mut cmd = Command::new(program);
        cmd.current_dir(dir)
            .env("HOME", self.home())
            .env("GIT_CONFIG_GLOBAL", self.home().join(".gitconfig"))
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_NAME", "Marta Zielińska")
            .env("GIT_AUTHOR_EMAIL", "marta@example.org")
            .env("GIT_COMMITTER_NAME", "Marta Zielińska")
            .env("GIT_COMMITTER_EMAIL", "marta@example.org")
            .env("GIT_TERMINAL_PROMPT", "0")
            .env("PATH", self.path(with_cjm));
        for var in [
            "XDG_CONFIG_HOME",
            "GIT_DIR",
            "GIT_WORK_TREE",
            "GIT_EXTERNAL_DIFF",
            "GIT_PAGER_IN_USE",
            "NO_COLOR",
        ]
        .into_iter()
        .chain(super::LOCALE_VARS)
        {
            cmd.env_remove(var);
        }
        // git and cjm in English, whatever the machine's locale.
        cmd.env("LANG", "C");
        cmd
    }

    /// git in the repository, with `cjm` on PATH.
    pub fn git(&self, args: &[&str]) -> std::io::Result<Output> {
        self.git_with(args, true)
    }

    pub fn git_with(&self, args: &[&str], with_cjm: bool) -> std::io::Result<Output> {
        self.command("git", &self.repo(), with_cjm)
            .args(args)
            .output()
    }

    pub fn git_ok(&self, args: &[&str]) -> Result<String, Error> {
        let output = self.git(args)?;
        if !output.status.success() {
            return Err(format!("git {args:?} failed: {}", out(&output.stderr)).into());
        }
        Ok(out(&output.stdout))
    }

    /// The cjm under test in `dir`, with or without `cjm` on PATH.
    pub fn cjm_in(&self, dir: &Path, args: &[&str], with_cjm: bool) -> std::io::Result<Output> {
        self.command(env!("CARGO_BIN_EXE_cjm"), dir, with_cjm)
            .args(args)
            .output()
    }

    pub fn cjm(&self, args: &[&str]) -> std::io::Result<Output> {
        self.cjm_in(&self.repo(), args, true)
    }

    pub fn write(&self, path: &str, text: &str) -> std::io::Result<()> {
        let path = self.repo().join(path);
        if let Some(folder) = path.parent() {
            fs::create_dir_all(folder)?;
        }
        fs::write(path, text)
    }

    /// Commits [`MAP`] at `maps/ksiegarnia.toml`.
    pub fn commit_map(&self) -> Result<(), Error> {
        self.write("maps/ksiegarnia.toml", MAP)?;
        self.git_ok(&["add", "-A"])?;
        self.git_ok(&["commit", "-qm", "map"])?;
        Ok(())
    }

    pub fn read(&self, path: &str) -> std::io::Result<String> {
        fs::read_to_string(self.repo().join(path))
    }

    /// Commits a map at `maps/ksiegarnia.toml`, then two branches: `ours`
    /// (main) renames a touchpoint and `theirs` moves it to another stage.
    /// The edits are on neighbouring lines: a line merge conflicts, cjm's
    /// merge does not.
    pub fn two_branches(&self) -> Result<(), Error> {
        self.commit_map()?;
        self.git_ok(&["checkout", "-qb", "theirs"])?;
        self.write(
            "maps/ksiegarnia.toml",
            &MAP.replacen(
                "stage = \"st-inspiracja\"\nname = \"Newsletter",
                "stage = \"st-wyszukiwanie\"\nname = \"Newsletter",
                1,
            ),
        )?;
        self.git_ok(&["commit", "-qam", "theirs: the newsletter moves"])?;
        self.git_ok(&["checkout", "-q", "main"])?;
        self.write("maps/ksiegarnia.toml", &renamed())?;
        self.git_ok(&["commit", "-qam", "ours: the newsletter renamed"])?;
        Ok(())
    }
}
