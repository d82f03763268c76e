//! Saves are atomic even when the process dies in the middle of one: the
//! real `cjm` binary saves a large map over and over (alternating two
//! versions, through the board's checked save) and is killed with SIGKILL at
//! a random moment, 200 times. After every kill the file must be exactly one
//! of the two complete versions, never a mix or a truncated file.
//!
//! The saving is done by the hidden `cjm __save-loop FILE OTHER` command of
//! debug builds, which runs the same `tui::disk::save_checked` →
//! `format::write_atomic` path as Ctrl-S in the board, with no terminal in
//! between, so nearly every kill lands inside a save.

#![cfg(unix)]

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use cjm::format::to_toml;
use cjm_testdata::{generate, revise};

use common::TestResult;

/// A small deterministic random number generator (xorshift64*), so a
/// failure can be reproduced from the printed seed.
struct Random(u64);

impl Random {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n
    }
}

#[test]
fn a_kill_at_any_moment_leaves_the_old_or_the_new_file_complete() -> TestResult {
    const KILLS: usize = 200;
    let dir = tempfile::tempdir()?;
    let old = to_toml(&generate(300, 11));
    let new = to_toml(&revise(
        &cjm::format::parse(&old).map_err(|d| format!("{d:?}"))?,
        12,
    ));
    assert_ne!(old, new);
    let file = dir.path().join("large.toml");
    let other = dir.path().join("other.toml");
    std::fs::write(&other, &new)?;

    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)?
        .as_nanos() as u64
        | 1;
    println!("seed {seed}; the map is {} bytes", old.len());
    let mut random = Random(seed);
    let (mut saw_old, mut saw_new) = (0, 0);
    let started = Instant::now();
    for kill in 0..KILLS {
        // Each run starts from the old version and saves new, old, new…
        std::fs::write(&file, &old)?;
        let mut child = Command::new(env!("CARGO_BIN_EXE_cjm"))
            .arg("__save-loop")
            .arg(&file)
            .arg(&other)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()?;
        // Wait until the program has loaded both maps and begun saving.
        let stdout = child.stdout.take().ok_or("no stdout")?;
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line)?;
        assert_eq!(line, "saving\n", "kill {kill}: the save loop did not start");
        std::thread::sleep(Duration::from_micros(random.below(60_000)));
        child.kill()?; // SIGKILL: no handler, no cleanup
        let status = child.wait()?;
        assert_eq!(
            std::os::unix::process::ExitStatusExt::signal(&status),
            Some(9),
            "kill {kill}: the save loop ended by itself ({status}), so it was not saving"
        );
        let bytes = std::fs::read(&file)?;
        if bytes == old.as_bytes() {
            saw_old += 1;
        } else if bytes == new.as_bytes() {
            saw_new += 1;
        } else {
            panic!(
                "kill {kill} (seed {seed}): the file is neither version: {} bytes, starting {:?}",
                bytes.len(),
                String::from_utf8_lossy(&bytes[..bytes.len().min(200)])
            );
        }
    }
    let leftovers = std::fs::read_dir(dir.path())?
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .count();
    println!(
        "{KILLS} kills in {:.1?}: {saw_old} × old, {saw_new} × new; {leftovers} temporary files left by killed saves",
        started.elapsed()
    );
    // Both versions were seen, so the kills did land at different points of the saves.
    assert!(saw_old > 0 && saw_new > 0, "old {saw_old}, new {saw_new}");
    Ok(())
}
