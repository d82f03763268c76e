//! Opens a web address with the system's opener (`xdg-open`, `open` on
//! macOS, `explorer` on Windows), started and left to run: the app never
//! waits for a browser. A thread reaps the opener when it ends.

use std::io;
use std::process::{Command, Stdio};

use crate::t;

/// The program that opens addresses on this system.
pub fn program() -> &'static str {
    if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    }
}

/// Starts the system's opener on `url`; the error says why it could not
/// be started, in words for the status bar.
pub fn open(url: &str) -> Result<(), String> {
    open_with(program(), url)
}

/// Starts `program` on `url` without waiting for it. An address that is
/// not a valid web address is refused before anything runs.
pub fn open_with(program: &str, url: &str) -> Result<(), String> {
    if let Some(problem) = crate::model::url_problem(url) {
        return Err(problem.to_string());
    }
    let child = Command::new(program)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    match child {
        Ok(mut child) => {
            std::thread::spawn(move || child.wait());
            Ok(())
        }
        Err(err) if err.kind() == io::ErrorKind::NotFound => {
            Err(t!("link-no-opener", program = program, url = url))
        }
        Err(err) => Err(t!(
            "link-opener-failed",
            program = program,
            why = err.to_string()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_opener_is_named_with_the_address_to_open_by_hand() {
        let Err(why) = open_with("cjm-no-such-opener", "https://example.com/a") else {
            panic!("a missing program cannot be started");
        };
        assert!(why.contains("cjm-no-such-opener"), "{why}");
        assert!(why.contains("https://example.com/a"), "{why}");
    }

    #[test]
    fn a_malformed_address_is_refused_before_anything_runs() {
        assert!(open_with("cjm-no-such-opener", "-rf example").is_err());
    }
}
