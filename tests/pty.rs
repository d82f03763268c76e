//! The real `cjm` binary in a pseudo-terminal: the screen it draws is read
//! back with a terminal emulator (vt100), keys are typed as bytes, and the
//! file and the terminal's state are checked afterwards.

mod common;

use std::num::NonZeroU16;
use std::path::Path;

use common::TestResult;
use common::pty::{Session, Start};

#[test]
fn edit_a_touchpoint_name_on_the_board_save_and_quit() -> TestResult {
    let dir = tempfile::tempdir()?;
    let original = std::fs::read_to_string("maps/online-shop-current.toml")?;
    let path = dir.path().join("shop.toml");
    std::fs::write(&path, &original)?;
    let first_name = cjm::format::parse(&original)
        .map_err(|d| format!("{d:?}"))?
        .touchpoints[0]
        .name
        .clone();

    let mut session = Session::start(Start {
        cols: 120,
        rows: 40,
        ..Start::new(dir.path(), &["shop.toml"])
    })?;
    session.wait_for(&first_name[..12])?;
    session.send(b"\r")?; // open the detail form of the selected (first) card
    session.wait_for("Touchpoint tp-")?;
    session.send(b"\r")?; // edit the name
    session.send(b"\x01\x0b")?; // Ctrl-A, Ctrl-K: clear the line
    session.send("Reklama butów – nowa nazwa ✓".as_bytes())?;
    session.send(b"\r")?; // accept
    session.wait_for("Name changed")?;
    session.send(b"\x1b")?; // close the form
    session.send(b"\x13")?; // Ctrl-S
    session.wait_for("Saved")?;
    session.send(b"q")?;
    assert_eq!(session.wait_exit()?, 0);

    // The terminal was given back: normal screen, visible cursor.
    let parser = session.parser.lock().map_err(|_| "parser lock")?;
    assert!(
        !parser.screen().alternate_screen(),
        "still in the alternate screen"
    );
    assert!(!parser.screen().hide_cursor(), "the cursor is still hidden");
    assert!(
        !parser.screen().bracketed_paste(),
        "bracketed paste is still on"
    );
    assert_eq!(
        parser.screen().mouse_protocol_mode(),
        vt100::MouseProtocolMode::None,
        "the mouse is still captured"
    );
    drop(parser);

    // Exactly one line of the file changed: the first touchpoint's name.
    let saved = std::fs::read_to_string(&path)?;
    let changed: Vec<(&str, &str)> = original
        .lines()
        .zip(saved.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(original.lines().count(), saved.lines().count());
    assert_eq!(
        changed,
        vec![(
            format!("name = \"{first_name}\"").as_str(),
            "name = \"Reklama butów – nowa nazwa ✓\""
        )]
    );
    Ok(())
}

#[test]
fn quitting_with_unsaved_changes_asks_and_leaves_the_file_alone() -> TestResult {
    let dir = tempfile::tempdir()?;
    let original = std::fs::read("maps/online-shop-current.toml")?;
    let path = dir.path().join("shop.toml");
    std::fs::write(&path, &original)?;
    let mut session = Session::start(Start {
        cols: 80,
        rows: 24,
        ..Start::new(dir.path(), &["shop.toml"])
    })?;
    session.wait_for("Touchpoints")?;
    session.send(b"*")?; // rate the first touchpoint +2
    session.send(b"q")?;
    session.wait_for("not saved")?;
    session.send(b"q")?;
    assert_eq!(session.wait_exit()?, 0);
    assert_eq!(std::fs::read(&path)?, original);
    Ok(())
}

#[test]
fn the_screen_follows_the_terminal_as_it_is_resized() -> TestResult {
    let dir = tempfile::tempdir()?;
    std::fs::copy(
        "maps/online-shop-current.toml",
        dir.path().join("shop.toml"),
    )?;
    let mut session = Session::start(Start {
        cols: 120,
        rows: 40,
        ..Start::new(dir.path(), &["shop.toml"])
    })?;
    session.wait_for("Touchpoints")?;
    for (cols, rows) in [(80, 24), (200, 50), (100, 30)] {
        session.resize(cols, rows)?;
        // The footer on the new last row.
        wait_redrawn(&session, rows, "? help")?;
    }
    session.send(b"q")?;
    assert_eq!(session.wait_exit()?, 0);
    session.assert_terminal_restored()?;

    // The home screen too.
    let mut session = Session::start(Start::new(dir.path(), &[]))?;
    session.wait_for("Enter opens")?;
    session.resize(100, 30)?;
    wait_redrawn(&session, 30, "Enter opens")?;
    session.send(b"\x1b")?;
    assert_eq!(session.wait_exit()?, 0);
    Ok(())
}

/// Waits until the screen has `rows` rows, the last showing `last`: the
/// app drew the whole screen at its new size.
fn wait_redrawn(session: &Session, rows: u16, last: &str) -> TestResult {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let screen = session.screen();
        let lines: Vec<&str> = screen.lines().collect();
        if lines.len() == usize::from(rows) && lines.last().is_some_and(|l| l.contains(last)) {
            return Ok(());
        }
        if std::time::Instant::now() > deadline {
            return Err(format!("not redrawn with {rows} rows:\n{screen}").into());
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

#[test]
fn a_character_cut_between_two_reads_reaches_the_emulator_whole() -> TestResult {
    // A board row as the app writes it: Cyrillic, a symbol, box drawing,
    // Japanese and an emoji, each followed by a character of one byte.
    let row = "\x1b[1;1H5 ⚠ Возврат денег за… +40 │ 注文確認 ✓ 😀x\x1b[2;1Hend";
    let bytes = row.as_bytes();
    let screen = |parts: &[&[u8]]| -> Result<String, Box<dyn std::error::Error>> {
        let (Some(rows), Some(cols)) = (NonZeroU16::new(3), NonZeroU16::new(60)) else {
            return Err("no size".into());
        };
        let mut parser = vt100::Parser::new(rows, cols, 0);
        let mut whole = common::utf8::Whole::default();
        for part in parts {
            whole.feed(&mut parser, part);
        }
        Ok(parser.screen().contents())
    };
    let expected = screen(&[bytes])?;
    assert!(
        expected.contains("денег за… +40 │ 注文確認 ✓ 😀x"),
        "{expected}"
    );
    for cut in 1..bytes.len() {
        let (first, second) = bytes.split_at(cut);
        assert_eq!(screen(&[first, second])?, expected, "cut after byte {cut}");
        // Also a character cut twice (three reads).
        for again in cut + 1..bytes.len() {
            let (second, third) = second.split_at(again - cut);
            assert_eq!(
                screen(&[first, second, third])?,
                expected,
                "cut after bytes {cut} and {again}"
            );
        }
    }
    Ok(())
}

/// Runs `cjm` with its data and config folders inside `dir`.
fn start_in(dir: &Path, args: &[&str]) -> Result<Session, Box<dyn std::error::Error>> {
    Session::start(Start {
        cols: 100,
        rows: 30,
        ..Start::new(dir, args)
    })
}

#[test]
fn cjm_new_starts_the_guided_session_and_saves_what_was_typed() -> TestResult {
    let dir = tempfile::tempdir()?;
    std::fs::create_dir_all(dir.path().join("config"))?;
    let mut session = start_in(dir.path(), &["new", "wedrowka.toml"])?;
    session.wait_for("Step 1 of 10 – Setup")?;
    session.send(b"\r")?; // the form is open on the title: edit it
    session.send(b"\x01\x0b")?; // Ctrl-A, Ctrl-K
    session.send("Wędrówka w góry 🥾".as_bytes())?;
    session.send(b"\r")?;
    session.wait_for("Title changed")?;
    session.send(b"\x13")?; // Ctrl-S
    session.wait_for("Saved")?;
    session.send(b"\x1b")?; // close the form
    session.send(b"q")?;
    assert_eq!(session.wait_exit()?, 0);
    let parser = session.parser.lock().map_err(|_| "parser lock")?;
    assert!(
        !parser.screen().alternate_screen(),
        "still in the alternate screen"
    );
    assert!(!parser.screen().hide_cursor(), "the cursor is still hidden");
    drop(parser);
    let map = cjm::format::load_file(&dir.path().join("wedrowka.toml"))?.map;
    assert_eq!(map.title, "Wędrówka w góry 🥾");
    assert_eq!(map.stages.len(), 6);
    Ok(())
}

#[test]
fn cjm_guide_resumes_at_the_step_where_it_stopped() -> TestResult {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("shop.toml");
    std::fs::write(&path, std::fs::read("maps/online-shop-current.toml")?)?;
    let mut session = start_in(dir.path(), &["guide", "shop.toml"])?;
    session.wait_for("Step 1 of 10")?;
    session.send(b"\x1b")?;
    for _ in 0..5 {
        session.send(b"\t")?;
    }
    session.wait_for("Step 6 of 10 – Touchpoint inventory")?;
    session.send(b"q")?;
    assert_eq!(session.wait_exit()?, 0);

    let mut again = start_in(dir.path(), &["guide", "shop.toml"])?;
    again.wait_for("Step 6 of 10 – Touchpoint inventory")?;
    again.send(b"q")?;
    assert_eq!(again.wait_exit()?, 0);
    // Nothing about the session went into the map file.
    assert_eq!(
        std::fs::read(&path)?,
        std::fs::read("maps/online-shop-current.toml")?
    );
    Ok(())
}
