//! A whole guided workshop in front of a room, through the real `cjm`
//! binary in an 80×24 pseudo-terminal, on a Polish map: all ten steps with
//! every question on screen, voting by six people, the review agreeing
//! with `cjm check`, the timers surviving a quit, and the saved file
//! checked field by field.

mod common;

use std::time::Duration;

use cjm::model::MapKind;
use cjm::tui::guide::Step;

use common::TestResult;
use common::pty::Session;

/// Waits until the screen shows `text`, and returns the screen.
fn shown(session: &Session, text: &str) -> Result<String, common::Error> {
    session.wait_for(text)?;
    Ok(session.screen())
}

/// The start of a question as the screen shows it (the first words fit any line).
fn head(question: &str) -> String {
    question.split(' ').take(4).collect::<Vec<_>>().join(" ")
}

#[test]
fn a_whole_workshop_at_80x24_on_a_polish_map() -> TestResult {
    let dir = tempfile::tempdir()?;
    std::fs::create_dir_all(dir.path().join("config"))?;
    // The example map with two gaps for the review: no primary persona (a
    // warning), and Finance owns a touchpoint with nobody from it in the
    // room (a note): its one member of the team works in Marketing here.
    let original_text = std::fs::read_to_string("maps/ksiegarnia-polska.toml")?
        .replacen("primary = true", "primary = false", 1)
        .replacen(
            "department = \"dp-finanse\"",
            "department = \"dp-marketing\"",
            1,
        );
    let path = dir.path().join("ksiegarnia.toml");
    std::fs::write(&path, &original_text)?;
    let original = cjm::format::parse(&original_text).map_err(|d| format!("{d:?}"))?;
    assert_eq!(original.kind, MapKind::CurrentState);
    assert!(original.team.len() >= 6);

    let mut session = Session::spawn(&["guide", "ksiegarnia.toml", "--length", "3h"], dir.path())?;
    // The overall clock plans three hours.
    shown(&session, "workshop 0:00 of 3:00")?;
    shown(&session, "Step 1 of 10 – Setup")?;
    session.send(b"\x1b")?; // close the setup form
    session.send(b"t")?; // start the clock
    shown(&session, "Timer running")?;
    // Let the first step count a little more than a second.
    std::thread::sleep(Duration::from_millis(1300));

    // A current-state map: the ten steps, without the blueprint step.
    for step in Step::sequence(false) {
        let title = format!("Step {} of 10 – {}", step.number_in(false), step.name());
        let mut screen = shown(&session, &title)?;
        if matches!(step, Step::Goal | Step::Review) {
            session.send(b"\x1b")?; // these steps open their form
        }
        // Every question of the step is on the screen, or paged with a visible "more".
        for question in step.questions(original.kind) {
            let start = head(&question);
            if !screen.contains(&start) {
                assert!(
                    screen.contains("more: PgDn"),
                    "{title}: {start:?}\n{screen}"
                );
                session.send(b"\x1b[6~")?; // PgDn
                screen = shown(&session, &start)?;
                session.send(b"\x1b[5~")?; // PgUp
            }
        }
        if step == Step::Opportunities {
            // Six people vote: each gives one dot to the idea at the top, in turn.
            for (i, person) in original.team.iter().take(6).enumerate() {
                let screen = session.screen();
                assert!(
                    screen.contains(&format!("▶{}", person.name)),
                    "voter {i} is not shown selected:\n{screen}"
                );
                session.send(b"v")?;
                shown(&session, &format!("{}: 2 dots left", person.name))?;
                session.send(b"]")?;
            }
            let screen = session.screen();
            for person in &original.team {
                assert!(screen.contains(&person.name), "{}:\n{screen}", person.name);
            }
            assert!(screen.contains("ain points and low moments"), "{screen}");
        }
        if step == Step::Review {
            // The review counts what `cjm check` counts, and shows the curve.
            let check = common::cjm(
                dir.path(),
                &["check", "--format", "json", "ksiegarnia.toml"],
            )?;
            let json: serde_json::Value = serde_json::from_slice(&check.stdout)?;
            let findings = json[0]["findings"].as_array().ok_or("no findings array")?;
            let warnings = findings
                .iter()
                .filter(|f| f["severity"] == "warning")
                .count();
            let notes = findings.len() - warnings;
            assert!(warnings >= 1 && notes >= 1, "{json}");
            let plural =
                |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
            let screen = shown(&session, "Emotion curve")?;
            assert!(
                screen.contains(&format!(
                    "Gaps still open: {}, {}",
                    plural(warnings, "warning"),
                    plural(notes, "note")
                )),
                "{json}\n{screen}"
            );
            assert!(
                screen.contains("★"),
                "moments of truth on the curve:\n{screen}"
            );
        } else {
            session.send(b"\t")?;
        }
    }
    session.send(b"q")?;
    assert_eq!(session.wait_exit()?, 0);

    // The file holds the six dots, and nothing else changed.
    let saved = cjm::format::load_file(&path)?.map;
    let mut expected = original.clone();
    let voted: Vec<usize> = saved
        .opportunities
        .iter()
        .zip(&original.opportunities)
        .enumerate()
        .filter(|(_, (s, o))| s.votes != o.votes)
        .map(|(i, _)| i)
        .collect();
    assert_eq!(voted.len(), 1, "one idea got the dots");
    expected.opportunities[voted[0]].votes += 6;
    assert_eq!(saved, expected);

    // The time counted survives the quit: the session resumes at the
    // review, its timers paused, the setup's second still counted.
    let store = std::fs::read_to_string(dir.path().join("data").join("cjm").join("sessions.toml"))?;
    let store: toml::Table = toml::from_str(&store)?;
    let setup = store["maps"][0]["timers"]["setup"]
        .as_integer()
        .ok_or("no setup time remembered")?;
    assert!(setup >= 1, "{store}");
    let mut again = Session::spawn(&["guide", "ksiegarnia.toml", "--length", "3h"], dir.path())?;
    shown(&again, "Step 10 of 10 – Review")?;
    let screen = shown(&again, "(t starts)")?;
    assert!(screen.contains("of 3:00"), "{screen}");
    again.send(b"\x1b")?; // the review's form
    again.send(b"q")?;
    assert_eq!(again.wait_exit()?, 0);
    Ok(())
}

#[test]
fn a_length_that_is_not_a_length_is_refused_with_examples() -> TestResult {
    let dir = tempfile::tempdir()?;
    std::fs::write(
        dir.path().join("m.toml"),
        std::fs::read("maps/ksiegarnia-polska.toml")?,
    )?;
    let output = common::cjm(dir.path(), &["guide", "m.toml", "--length", "two hours"])?;
    assert_eq!(output.status.code(), Some(2));
    let err = common::stderr(&output);
    assert!(err.contains("write it like 2h, 90m, 1h30m or 3h"), "{err}");
    Ok(())
}
