//! Opens a web address with the system's opener (`xdg-open`, `open` on
//! macOS, `explorer` on Windows), started and left to run: the app never
//! waits for a browser. A thread reaps the opener when it ends.

use std::io;
use std::process::{Command, Stdio};

use crate::model::UrlProblem;
use crate::t;

/// Why an address was not opened; its text (in the interface language)
/// is what the status bar says.
#[derive(Debug)]
pub enum OpenError {
    /// The address is not a web address; nothing was started.
    BadAddress(UrlProblem),
    /// The opener program is not installed: open the address by hand.
    NoOpener { program: String, url: String },
    /// The opener program could not be started.
    Failed { program: String, why: io::Error },
}

impl std::fmt::Display for OpenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OpenError::BadAddress(problem) => problem.fmt(f),
            OpenError::NoOpener { program, url } => f.write_str(&t!(
                "link-no-opener",
                program = program.as_str(),
                url = url.as_str()
            )),
            OpenError::Failed { program, why } => f.write_str(&t!(
                "link-opener-failed",
                program = program.as_str(),
                why = why.to_string()
            )),
        }
    }
}

impl std::error::Error for OpenError {}

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
pub fn open(url: &str) -> Result<(), OpenError> {
    open_with(program(), url)
}

/// Starts `program` on `url` without waiting for it. An address that is
/// not a valid web address is refused before anything runs.
pub fn open_with(program: &str, url: &str) -> Result<(), OpenError> {
    if let Some(problem) = crate::model::url_problem(url) {
        return Err(OpenError::BadAddress(problem));
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
        Err(err) if err.kind() == io::ErrorKind::NotFound => Err(OpenError::NoOpener {
            program: program.to_owned(),
            url: url.to_owned(),
        }),
        Err(why) => Err(OpenError::Failed {
            program: program.to_owned(),
            why,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_opener_is_named_with_the_address_to_open_by_hand() {
        let Err(err) = open_with("cjm-no-such-opener", "https://example.com/a") else {
            panic!("a missing program cannot be started");
        };
        let why = err.to_string();
        assert!(why.contains("cjm-no-such-opener"), "{why}");
        assert!(why.contains("https://example.com/a"), "{why}");
    }

    #[test]
    fn a_malformed_address_is_refused_before_anything_runs() {
        assert!(matches!(
            open_with("cjm-no-such-opener", "-rf example"),
            Err(OpenError::BadAddress(_))
        ));
    }
}
