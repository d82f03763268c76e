//! No input hangs or crashes cjm (issue #19, the reading half): named
//! pipes, endless devices and symlinks to them, files past the size limit,
//! keys and headers of 200,000 parts, 40,000 errors and file names with
//! escape sequences, through the real binary, for every command and the
//! board (in a pseudo-terminal).
//!
//! Speed is not asserted with tight timings: every run has a generous
//! watchdog ([`WATCHDOG`]), so a hang or a quadratic path fails the test and
//! an ordinary slow machine does not.

#![cfg(unix)]

mod common;

use std::path::Path;
use std::process::Output;
use std::time::{Duration, Instant};

use common::pty::{Session, Start};
use common::{Error, TestResult, text};

/// Longer than any honest run, even of a debug build on a busy machine;
/// far shorter than a hang or a quadratic path on these inputs.
const WATCHDOG: Duration = Duration::from_secs(30);

/// A valid map that names another in `based_on`.
const FUTURE: &str = "maps/online-shop-future.toml";

/// Runs `cjm ARGS` in `dir` with no terminal and its own config folders,
/// killed (and failed) if it outlives the watchdog.
fn cjm(dir: &Path, args: &[&str]) -> Result<Output, Error> {
    let mut command = common::cjm_command(dir)?;
    command
        .args(args)
        .env("HOME", dir)
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .env("XDG_DATA_HOME", dir.join("data"))
        .env_remove("CJM_MAX_SIZE")
        .timeout(WATCHDOG);
    let started = Instant::now();
    let output = command.output()?;
    if started.elapsed() >= WATCHDOG {
        return Err(format!("cjm {args:?} ran past the watchdog").into());
    }
    Ok(output)
}

/// The board on `args` in an 80×24 pseudo-terminal, with the watchdog as
/// its patience.
fn board(args: &[&str], dir: &Path) -> Result<Session, Error> {
    Session::start(Start {
        env_remove: &["CJM_MAX_SIZE"],
        timeout: WATCHDOG,
        ..Start::new(dir, args)
    })
}

/// A folder with the hostile inputs: a named pipe, a symlink to /dev/zero,
/// one to /dev/urandom, a map with a 200,000-part dotted key, one with a
/// 200,000-part table header, and a good map.
fn hostile_folder() -> Result<tempfile::TempDir, Error> {
    let dir = tempfile::tempdir()?;
    let fifo = dir.path().join("pipe.toml");
    let status = std::process::Command::new("mkfifo").arg(&fifo).status()?;
    if !status.success() {
        return Err("mkfifo failed".into());
    }
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("zero.toml"))?;
    std::os::unix::fs::symlink("/dev/urandom", dir.path().join("random.toml"))?;
    let parts = vec!["a"; 200_000].join(".");
    let head = "schema = 1\ntitle = \"Deep\"\nkind = \"current-state\"\n";
    std::fs::write(
        dir.path().join("deep-key.toml"),
        format!("{head}{parts} = 1\n"),
    )?;
    std::fs::write(
        dir.path().join("deep-header.toml"),
        format!("{head}[{parts}]\n"),
    )?;
    std::fs::copy(
        "maps/online-shop-current.toml",
        dir.path().join("good.toml"),
    )?;
    Ok(dir)
}

/// Each hostile file, and what the error about it says.
const HOSTILE: &[(&str, &str)] = &[
    (
        "pipe.toml",
        "pipe.toml: error: a named pipe (FIFO), not a regular file",
    ),
    ("zero.toml", "zero.toml: error: a device"),
    ("random.toml", "random.toml: error: a device"),
    (
        "deep-key.toml",
        "deep-key.toml:4:129: error: TOML syntax error: keys nest too deeply",
    ),
    (
        "deep-header.toml",
        "deep-header.toml:4:130: error: TOML syntax error: keys nest too deeply",
    ),
];

#[test]
fn every_command_refuses_pipes_devices_and_deep_keys_at_once() -> TestResult {
    let dir = hostile_folder()?;
    let d = dir.path();
    for (file, message) in HOSTILE {
        std::fs::copy("maps/online-shop-current.toml", d.join("ours.toml"))?;
        let before = std::fs::read(d.join("ours.toml"))?;
        let runs: Vec<Vec<&str>> = vec![
            vec!["check", file],
            vec!["check", "--format", "json", file],
            vec!["fmt", file],
            vec!["fmt", "--check", file],
            vec!["export", file, "-f", "json"],
            vec!["diff", "good.toml", file],
            vec!["merge", "good.toml", "ours.toml", file],
            vec!["merge", file, "ours.toml", "good.toml"],
            vec![file],
        ];
        for args in runs {
            let output = cjm(d, &args)?;
            let stderr = text(&output.stderr);
            // `cjm merge` names each version by its role as well.
            let role = match args.iter().position(|a| a == file) {
                Some(3) if args[0] == "merge" => Some("theirs"),
                Some(1) if args[0] == "merge" => Some("base"),
                _ => None,
            };
            let message = match role {
                Some(role) => message.replacen(file, &format!("{file} ({role})"), 1),
                None => message.to_string(),
            };
            assert!(stderr.contains(&message), "{args:?}: {stderr}");
            assert!(stderr.contains("hint:"), "{args:?}: {stderr}");
            let merged = std::fs::read(d.join("ours.toml"))?;
            if role == Some("theirs") && file.starts_with("deep") {
                // A side that reads but is not a valid map: the driver
                // writes a line merge with conflict markers, so nothing of
                // either side is lost, and git sees the conflict.
                assert_eq!(output.status.code(), Some(1), "{args:?}: {stderr}");
                assert!(
                    String::from_utf8_lossy(&merged).contains("<<<<<<< ours"),
                    "{args:?}: no conflict markers"
                );
                std::fs::write(d.join("ours.toml"), &before)?;
            } else if role == Some("base") && file.starts_with("deep") {
                // A base that is not a valid map: a two-way merge of ours
                // and theirs, here two copies of one map.
                assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
                assert_eq!(merged, before, "{args:?}: OURS changed");
            } else {
                // Unreadable: nothing is merged, OURS stays.
                assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
                assert_eq!(merged, before, "{args:?}: OURS changed");
            }
        }
    }
    Ok(())
}

#[test]
fn deep_keys_get_a_hint_that_fits() -> TestResult {
    let dir = hostile_folder()?;
    let output = cjm(dir.path(), &["check", "deep-key.toml"])?;
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("hint: a map nests a few levels at most"),
        "{stderr}"
    );
    // One report, not one per part.
    assert_eq!(stderr.matches("deep-key.toml:").count(), 1, "{stderr}");
    Ok(())
}

#[test]
fn a_based_on_map_that_cannot_be_read_is_checked_and_the_board_starts() -> TestResult {
    let dir = hostile_folder()?;
    let d = dir.path();
    let future = std::fs::read_to_string(FUTURE)?;
    for (target, _) in HOSTILE {
        let text = future.replace(
            "based_on = \"online-shop-current.toml\"",
            &format!("based_on = \"{target}\""),
        );
        assert_ne!(text, future, "the fixture names its based_on map");
        std::fs::write(d.join("future.toml"), text)?;
        // `check` does not read the based_on map, so it must not hang on it.
        let output = cjm(d, &["check", "future.toml"])?;
        assert!(
            text_of(&output).contains("future.toml: ok"),
            "{target}: {}",
            text_of(&output)
        );
    }
    Ok(())
}

fn text_of(output: &Output) -> String {
    format!("{}{}", text(&output.stdout), text(&output.stderr))
}

#[test]
fn the_size_limit_states_the_real_size_and_how_to_raise_it() -> TestResult {
    let dir = tempfile::tempdir()?;
    let d = dir.path();
    // One byte over 1 MiB (a sparse file of zeros).
    std::fs::File::create(d.join("big.toml"))?.set_len(1024 * 1024 + 1)?;
    let output = cjm(d, &["check", "--max-size", "1", "big.toml"])?;
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(
            "big.toml: error: the file is 1.0 MiB (1048577 bytes), more than the size limit of 1 MiB"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("--max-size 256") && stderr.contains("CJM_MAX_SIZE"),
        "{stderr}"
    );
    // The environment variable does the same; the flag wins over it.
    let mut command = assert_cmd::Command::cargo_bin("cjm")?;
    let output = command
        .args(["check", "big.toml"])
        .current_dir(d)
        .env("CJM_MAX_SIZE", "1MiB")
        .timeout(WATCHDOG)
        .output()?;
    assert!(text(&output.stderr).contains("more than the size limit of 1 MiB"));
    let mut command = assert_cmd::Command::cargo_bin("cjm")?;
    let output = command
        .args(["check", "--max-size", "2", "big.toml"])
        .current_dir(d)
        .env("CJM_MAX_SIZE", "1")
        .timeout(WATCHDOG)
        .output()?;
    let stderr = text(&output.stderr);
    assert!(
        !stderr.contains("size limit"),
        "read, found no map: {stderr}"
    );
    // A limit that means nothing is an error, not a silent default.
    let mut command = assert_cmd::Command::cargo_bin("cjm")?;
    let output = command
        .args(["check", "big.toml"])
        .current_dir(d)
        .env("CJM_MAX_SIZE", "lots")
        .timeout(WATCHDOG)
        .output()?;
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("CJM_MAX_SIZE: error: the size limit cannot be read: `lots` is not a size"),
        "{stderr}"
    );
    let output = cjm(d, &["check", "--max-size", "0", "big.toml"])?;
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("must be more than 0"));
    Ok(())
}

/// A map with 40,000 touchpoints, each missing its stage and with an
/// unknown key: 80,000 errors, and one more (no `stages`) at the top.
fn many_errors(dir: &Path) -> Result<usize, Error> {
    let mut text = String::from("schema = 1\ntitle = \"x\"\nkind = \"current-state\"\n");
    for i in 0..40_000 {
        text.push_str(&format!(
            "\n[[touchpoints]]\nid = \"tp-{i}\"\nname = \"n\"\nbogus{i} = 1\n"
        ));
    }
    std::fs::write(dir.join("many.toml"), text)?;
    Ok(80_000)
}

#[test]
fn forty_thousand_errors_are_reported_in_linear_time() -> TestResult {
    let dir = tempfile::tempdir()?;
    let d = dir.path();
    let errors = many_errors(d)?;
    let output = cjm(d, &["check", "many.toml"])?;
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2));
    // The first 50 in full, then a count of the rest.
    let shown = stderr
        .lines()
        .filter(|line| line.starts_with("many.toml:") && !line.ends_with("more errors"))
        .count();
    assert_eq!(shown, 50, "{stderr}");
    assert!(stderr.contains("many.toml:5:1: error: touchpoint `tp-0` has no `stage`"));
    assert!(
        stderr.contains(&format!(
            "many.toml: error: and {} more errors",
            errors - 50
        )),
        "{}",
        &stderr[stderr.len().saturating_sub(400)..]
    );
    assert!(stderr.contains("`cjm check --format json` lists them all"));
    // JSON keeps every one, with its line.
    let output = cjm(d, &["check", "--format", "json", "many.toml"])?;
    let json: serde_json::Value = serde_json::from_slice(&output.stdout)?;
    let listed = json[0]["errors"].as_array().ok_or("no errors array")?;
    assert_eq!(listed.len(), errors);
    let last = &listed[errors - 1];
    assert_eq!(last["line"], 4 + 5 * 39_999 + 4, "{last}");
    assert_eq!(
        last["message"],
        "unknown key `bogus39999` in touchpoint `tp-39999`"
    );
    Ok(())
}

/// A file name with an OSC title change, a bell, an 8-bit CSI and a bidi override.
const EVIL: &str = "x\u{1b}]0;PWNED\u{7}\u{9b}2J\u{202e}.toml";

fn assert_inert(args: &[&str], output: &Output, named: bool) {
    let all = text_of(output);
    assert!(
        !named || all.contains("PWNED"),
        "{args:?}: the name is shown: {all}"
    );
    for c in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}'] {
        assert!(
            !all.contains(c),
            "{args:?}: {c:?} reached the terminal: {all:?}"
        );
    }
}

#[test]
fn escape_sequences_in_file_names_never_reach_the_terminal() -> TestResult {
    let dir = tempfile::tempdir()?;
    let d = dir.path();
    std::fs::copy("maps/online-shop-current.toml", d.join("good.toml"))?;
    // `new` names the file it made.
    let output = cjm(d, &["new", EVIL, "--title", "T\u{1b}[31m"])?;
    assert_eq!(output.status.code(), Some(0), "{}", text_of(&output));
    assert_inert(&["new"], &output, true);
    let map = d.join(EVIL);
    // A file that loads, in every command that names it.
    let evil_out = format!("{EVIL}.md");
    let runs: Vec<Vec<&str>> = vec![
        vec!["check", EVIL],
        vec!["fmt", "--check", EVIL],
        vec!["fmt", EVIL],
        vec!["export", EVIL, "-f", "markdown", "-o", &evil_out],
        vec!["export", EVIL, "-f", "markdown", "-o", EVIL],
        vec!["diff", "good.toml", EVIL],
        vec!["merge", EVIL, "good.toml", EVIL],
        vec![EVIL],
        vec!["guide", EVIL],
    ];
    // Not in canonical form, so that `fmt` names it.
    std::fs::write(&map, std::fs::read_to_string(&map)? + "\n\n")?;
    for args in &runs {
        let output = cjm(d, args)?;
        // A clean merge names no file.
        assert_inert(args, &output, args[0] != "merge");
    }
    // The same commands on a file that does not load, and one that is missing.
    std::fs::write(&map, "title = [\n")?;
    for args in &runs {
        let output = cjm(d, args)?;
        assert_ne!(output.status.code(), Some(0), "{args:?}");
        assert_inert(args, &output, true);
    }
    std::fs::remove_file(&map)?;
    for args in &runs {
        let output = cjm(d, args)?;
        assert_inert(args, &output, true);
    }
    Ok(())
}

#[test]
fn json_output_escapes_c1_controls_and_bidi_marks() -> TestResult {
    let dir = tempfile::tempdir()?;
    let d = dir.path();
    let title = "Sale\u{9b}31m \u{202e}won\u{2066} \u{e0041}";
    let map = std::fs::read_to_string("maps/online-shop-current.toml")?;
    let first = map.lines().nth(1).ok_or("a title line")?;
    let map = map.replacen(
        first,
        "title = \"Sale\\u009B31m \\u202Ewon\\u2066 \\U000E0041\"",
        1,
    );
    let name = "m\u{202e}.toml";
    std::fs::write(d.join(name), map)?;
    for args in [
        vec!["export", name, "-f", "json"],
        vec!["check", "--format", "json", name],
    ] {
        let output = cjm(d, &args)?;
        let stdout = text(&output.stdout);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{args:?}: {}",
            text(&output.stderr)
        );
        for c in ['\u{9b}', '\u{202e}', '\u{2066}', '\u{e0041}'] {
            assert!(!stdout.contains(c), "{args:?}: raw {c:?} in {stdout}");
        }
        assert!(stdout.contains("\\u202e"), "{args:?}");
        let value: serde_json::Value = serde_json::from_str(&stdout)?;
        if args[0] == "export" {
            assert_eq!(value["title"], title, "the value is unchanged");
            assert!(stdout.contains("Sale\\u009b31m \\u202ewon\\u2066 \\udb40\\udc41"));
        } else {
            assert_eq!(value[0]["file"], name, "the value is unchanged");
        }
    }
    Ok(())
}

#[test]
fn the_board_refuses_hostile_maps_with_the_terminal_restored() -> TestResult {
    let dir = hostile_folder()?;
    for (file, message) in HOSTILE {
        let mut session = board(&[file], dir.path())?;
        let code = session.wait_exit()?;
        let screen = session.screen();
        assert_eq!(code, 2, "{file}: {screen}");
        assert!(
            !session.alternate_screen(),
            "{file}: the alternate screen is still on"
        );
        let message = message.split(": error: ").nth(1).unwrap_or(message);
        let squeezed = screen.replace('\n', "");
        assert!(squeezed.contains(message), "{file}: {screen}");
    }
    Ok(())
}

#[test]
fn the_board_shows_why_a_based_on_map_cannot_be_read() -> TestResult {
    let dir = hostile_folder()?;
    let future = std::fs::read_to_string(FUTURE)?;
    let cases = [
        ("pipe.toml", "a named pipe (FIFO)"),
        ("zero.toml", "a device"),
        ("/dev/tty", "a device"),
        ("deep-key.toml", "keys nest too deeply"),
        ("deep-header.toml", "keys nest too deeply"),
    ];
    for (target, why) in cases {
        let text = future.replace(
            "based_on = \"online-shop-current.toml\"",
            &format!("based_on = \"{target}\""),
        );
        std::fs::write(dir.path().join("future.toml"), text)?;
        let mut session = board(&["future.toml"], dir.path())?;
        session.wait_for("Ridgeline")?;
        session.send(b"9")?; // the Compare view reads the based_on map
        session.wait_for("Cannot open the map this one is based on")?;
        // The message as words, without the frame and the line breaks around it.
        let screen = session.screen().replace(['\n', '│'], " ");
        let squeezed: String = screen.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(squeezed.contains(why), "{target}: {screen}");
        session.send(b"q")?;
        assert_eq!(session.wait_exit()?, 0, "{target}: {}", session.screen());
        assert!(
            !session.alternate_screen(),
            "{target}: the alternate screen is still on"
        );
    }
    Ok(())
}

/// What the check before a save finds in `file`, or an error if it takes
/// longer than the watchdog (a hang).
fn disk_check(path: std::path::PathBuf) -> Result<String, Error> {
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let found = cjm::tui::disk::check(&path, None);
        let _ = send.send(format!("{found:?}"));
    });
    Ok(receive.recv_timeout(WATCHDOG)?)
}

#[test]
fn a_save_finds_a_map_replaced_by_a_pipe_a_device_or_deep_keys_at_once() -> TestResult {
    let dir = hostile_folder()?;
    // No regular file any more: an error that stops the save, without reading.
    for (file, why) in [
        (
            "pipe.toml",
            "is not a regular file any more (a named pipe (FIFO))",
        ),
        ("zero.toml", "is not a regular file any more (a device"),
        ("random.toml", "is not a regular file any more (a device"),
    ] {
        let found = disk_check(dir.path().join(file))?;
        assert!(
            found.starts_with("Err(") && found.contains(why),
            "{file}: {found}"
        );
    }
    // A file that is no map: a change whose map cannot be read, with why.
    for file in ["deep-key.toml", "deep-header.toml"] {
        let found = disk_check(dir.path().join(file))?;
        assert!(
            found.starts_with("Ok(Some(Changed { map: Err(")
                && found.contains("keys nest too deeply"),
            "{file}: {found}"
        );
    }
    Ok(())
}
