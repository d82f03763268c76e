//! docs/keys.md, generated from the keymaps: every mode's keys, grouped as
//! help groups them. `tests/docs_keys.rs` fails when the page in the
//! repository differs from this text.

use super::{KeyMode, Keymap};
use strum::VariantArray;

/// The key reference page for `keymap`, as Markdown.
pub fn markdown(keymap: &Keymap) -> String {
    let mut out = String::from(
        "# Keys\n\n\
         <!-- Generated from the keymaps (src/tui/keymap/default.rs); do not edit by hand.\n     \
         Regenerate with: UPDATE_DOCS=1 cargo test --test docs_keys -->\n\n\
         cjm has one keymap per mode. A key does only what the active mode's table says;\n\
         `?` (F1 in a form) shows the active mode's keys, and the footer hints at the main ones.\n\
         Every key can be changed in the config file (`cjm config`): `[keys]` holds the board's\n\
         keys, `[keys.<mode>]` another mode's, e.g.\n\n\
         ```toml\n[keys]\nsave = \"ctrl-w\"\n\n[keys.form]\nedit = [\"enter\", \"f2\"]\n```\n",
    );
    for mode in KeyMode::VARIANTS {
        let table = match mode {
            KeyMode::Board => "[keys]".to_owned(),
            other => format!("[keys.{}]", other.name()),
        };
        out.push_str(&format!("\n## {} (`{table}`)\n\n", mode.title()));
        if !mode.about().is_empty() {
            out.push_str(mode.about());
            out.push_str("\n\n");
        }
        let actions = keymap.actions(*mode);
        let mut groups: Vec<&str> = Vec::new();
        for action in &actions {
            if !groups.contains(&action.group()) {
                groups.push(action.group());
            }
        }
        // The board lists its many keys under help's groups; the other modes in one table.
        let grouped = *mode == KeyMode::Board;
        for (i, group) in groups.iter().enumerate() {
            if grouped {
                out.push_str(&format!("### {group}\n\n"));
            }
            if grouped || i == 0 {
                out.push_str("| Keys | Action | Config name |\n|---|---|---|\n");
            }
            for action in actions.iter().filter(|a| a.group() == *group) {
                let keys: Vec<String> = keymap
                    .keys_in(*mode, *action)
                    .into_iter()
                    .map(|k| format!("`{}`", k.label().replace('|', "\\|")))
                    .collect();
                out.push_str(&format!(
                    "| {} | {} | `{}` |\n",
                    keys.join(" "),
                    mode.describe(*action).replace('|', "\\|"),
                    action.name()
                ));
            }
            if grouped {
                out.push('\n');
            }
        }
        if !grouped {
            out.push('\n');
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}
