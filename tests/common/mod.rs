//! Helpers shared by the integration tests: the `cjm` binary run without a
//! terminal, the app driven by keys and drawn on a test backend ([`app`]),
//! the binary in a pseudo-terminal ([`pty`]), temporary maps and the
//! example maps.
//!
//! Each test file includes it with `mod common;` and uses what it needs;
//! the rest is not dead code, only unused by that file.

#![allow(dead_code)]

pub mod app;
pub mod ftl;
#[cfg(unix)]
pub mod git;
pub mod pty;
pub mod utf8;

use std::path::{Path, PathBuf};
use std::process::Output;

/// Any error a test helper or test can fail with.
pub type Error = Box<dyn std::error::Error>;

/// What a test that can fail with an error returns.
pub type TestResult = Result<(), Error>;

/// The `cjm` under test, to run in `dir` without a terminal, without
/// colours and in English whatever the machine's locale; add arguments and
/// environment before running it (`LANG` to test another language).
pub fn cjm_command(dir: &Path) -> Result<assert_cmd::Command, Error> {
    let mut command = assert_cmd::Command::cargo_bin("cjm")?;
    command.current_dir(dir).env("NO_COLOR", "1");
    for key in LOCALE_VARS {
        command.env_remove(key);
    }
    command.env("LANG", "C");
    Ok(command)
}

/// The variables that choose the language of a spawned `cjm`: tests remove
/// them and set `LANG=C`, so the binary speaks English unless a test asks
/// for another language.
pub const LOCALE_VARS: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];

/// Runs `cjm ARGS` in `dir` without colours.
pub fn cjm(dir: &Path, args: &[&str]) -> Result<Output, Error> {
    Ok(cjm_command(dir)?.args(args).output()?)
}

/// Bytes a program wrote, as text (invalid UTF-8 replaced).
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// What a run wrote to stdout, as text.
pub fn stdout(output: &Output) -> String {
    text(&output.stdout)
}

/// What a run wrote to stderr, as text.
pub fn stderr(output: &Output) -> String {
    text(&output.stderr)
}

/// A new temporary folder holding `text` as the map `name`; the folder is
/// removed when the returned guard is dropped.
pub fn temp_map(name: &str, text: &str) -> Result<(tempfile::TempDir, PathBuf), Error> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join(name);
    std::fs::write(&path, text)?;
    Ok((dir, path))
}

/// The names of the entries in `dir`, sorted; fails when it cannot be listed.
pub fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| {
            entry
                .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names
}

/// The `.toml` files of `folder`, sorted; fails when there is none, so an
/// empty or missing folder cannot make the tests pass vacuously.
pub fn toml_files(folder: &Path) -> Vec<PathBuf> {
    let entries = std::fs::read_dir(folder)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", folder.display()));
    let mut files: Vec<PathBuf> = entries
        .map(|entry| {
            entry
                .unwrap_or_else(|e| panic!("cannot list {}: {e}", folder.display()))
                .path()
        })
        .filter(|path| path.is_file() && path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    assert!(
        !files.is_empty(),
        "{} holds no .toml file; the example maps belong there",
        folder.display()
    );
    files
}

/// The example maps in maps/, sorted by name, as paths relative to the
/// package (where tests run), so screens that show them stay the same on
/// every machine.
pub fn example_maps() -> Vec<PathBuf> {
    toml_files(Path::new("maps"))
}
