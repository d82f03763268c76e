//! docs/keys.md is generated from the default keymaps: this test fails when
//! the page in the repository differs from what the keymaps say.
//! Regenerate it with `UPDATE_DOCS=1 cargo test --test docs_keys`.

mod common;

use cjm::tui::keymap::Keymap;
use cjm::tui::keymap::docs::markdown;
use common::TestResult;

#[test]
fn docs_keys_md_is_generated_from_the_keymaps() -> TestResult {
    let path = std::path::Path::new("docs/keys.md");
    let generated = markdown(&Keymap::default());
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(path, &generated)?;
    }
    let written = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        written == generated,
        "docs/keys.md differs from the keymaps; regenerate it with\n    UPDATE_DOCS=1 cargo test --test docs_keys\nand review the diff"
    );
    // The page names every mode's config table and the form's safe keys.
    for needle in [
        "`[keys]`",
        "`[keys.form]`",
        "`[keys.form-edit]`",
        "| `F1` |",
        "| `Esc` | Close the form |",
    ] {
        assert!(generated.contains(needle), "{needle} missing:\n{generated}");
    }
    Ok(())
}
