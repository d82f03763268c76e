//! The workshop length (`--length`, `[workshop] length` in the config
//! file): a length that cannot be planned is refused with what is wrong and
//! a length that works, on the command line (exit 2, nothing started) and
//! in the config file (a problem named with the file, the length unset).

mod common;

use cjm::tui::config;
use common::{TestResult, cjm, stderr};

#[test]
fn a_config_length_that_cannot_be_planned_is_a_problem_named_with_the_file() {
    for (text, problem) in [
        (
            "5m",
            "config.toml: [workshop] length: `5m` is not a workshop length I can plan; it must be from 10m to 24h",
        ),
        (
            "two hours",
            "config.toml: [workshop] length: `two hours` is not a workshop length: write it like 2h, 90m, 1h30m or 3h",
        ),
    ] {
        let config = config::parse(&format!("[workshop]\nlength = \"{text}\"\n"), "config.toml");
        assert_eq!(config.problems, vec![problem.to_owned()], "{text}");
        assert_eq!(config.length, None, "{text}");
    }
    let config = config::parse("[workshop]\nlength = \"1h30m\"\n", "config.toml");
    assert!(config.problems.is_empty(), "{:?}", config.problems);
    assert_eq!(config.length, Some(90));
}

#[test]
fn a_length_option_that_cannot_be_planned_stops_cjm_with_exit_2() -> TestResult {
    let dir = tempfile::tempdir()?;
    let map =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("maps/online-shop-current.toml");
    let map = map.to_string_lossy();
    let output = cjm(dir.path(), &["guide", "--length", "5m", &map])?;
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(
        err.contains("`5m` is not a workshop length I can plan; it must be from 10m to 24h"),
        "{err}"
    );
    Ok(())
}
