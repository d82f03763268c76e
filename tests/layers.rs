//! The layers the workspace enforces: the core crate (`crates/cjm-core`)
//! never depends on a terminal crate, directly or through another crate,
//! so everything in it stays usable and testable without a terminal.

use std::process::Command;

#[test]
fn the_core_crate_has_no_terminal_dependency() {
    let cargo = env!("CARGO");
    let output = Command::new(cargo)
        .args([
            "tree",
            "--package",
            "cjm-core",
            "--edges",
            "normal",
            "--prefix",
            "none",
            "--offline",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap_or_else(|e| panic!("cargo tree did not run: {e}"));
    let tree = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(tree.starts_with("cjm-core "), "unexpected tree:\n{tree}");
    for line in tree.lines() {
        let name = line.split_whitespace().next().unwrap_or_default();
        assert!(
            ![
                "ratatui",
                "crossterm",
                "ratatui-core",
                "ratatui-textarea",
                "termion",
                "signal-hook"
            ]
            .contains(&name),
            "cjm-core depends on the terminal crate {name}:\n{tree}"
        );
    }
}
