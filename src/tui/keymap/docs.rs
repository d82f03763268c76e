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
         `?` (`F1` in a form) shows the active mode's keys, and the footer hints at the main ones.\n\
         The user guide ([guide.md](guide.md)) describes what the views and dialogs show: the\n\
         views behind `1` … `9` in [Views](guide.md#views), the keys of a merge\n\
         conflict's dialog in\n\
         [When the file changes on disk](guide.md#when-the-file-changes-on-disk-and-merge-conflicts);\n\
         the dialogs (a found recovery copy, the file changed on disk, the quit and\n\
         delete questions...) have their own tables below, and what their answers do\n\
         is in [Changes on disk](safety.md#changes-on-disk) and\n\
         [Getting work back](safety.md#getting-work-back).\n\n\
         Every key can be changed in the config file (`cjm config path` tells where it is):\n\
         `[keys]` holds the board's keys, `[keys.<mode>]` another mode's, e.g.\n\n\
         ```toml\n[keys]\nsave = \"ctrl-w\"\n\n[keys.form]\nedit = [\"enter\", \"f2\"]\n```\n",
    );
    for mode in KeyMode::VARIANTS {
        let table = match mode {
            KeyMode::Board => "[keys]".to_owned(),
            other => format!("[keys.{}]", other.name()),
        };
        out.push_str(&format!("\n## {}\n\n", heading(*mode)));
        out.push_str(&format!("Config table: `{table}`. "));
        if !mode.about().is_empty() {
            out.push_str(&mode.about());
        }
        out.push_str("\n\n");
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
                out.push_str(&format!(
                    "### {}\n\n",
                    crate::tui::action::group_title(group)
                ));
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
        out.push_str(after(*mode));
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// The page's heading for a mode's keys.
fn heading(mode: KeyMode) -> &'static str {
    match mode {
        KeyMode::Board => "Keys on the board",
        KeyMode::Form => "Keys in a form",
        KeyMode::FormEdit => "Keys while editing a field",
        KeyMode::Help => "Keys in help",
        KeyMode::Finder => "Keys in the finder and the command palette",
        KeyMode::Home => "Keys on the home screen",
        KeyMode::Picker => "Keys in a picker",
        KeyMode::Prompt => "Keys while typing a name",
        KeyMode::Conflict => "Keys in a merge conflict's question",
        KeyMode::Combine => "Keys while editing a combined value",
        KeyMode::Recovery => "Keys when a recovery copy is found",
        KeyMode::DiskChanged => "Keys when the file changed on disk",
        KeyMode::MergePreview => "Keys in the merge preview",
        KeyMode::OpenedElsewhere => "Keys when the map is open in another cjm",
        KeyMode::Difference => "Keys in the difference view",
        KeyMode::QuitQuestion => "Keys in the quit question",
        KeyMode::DeleteQuestion => "Keys in the delete question",
        KeyMode::MigrateQuestion => "Keys in the migration offer",
    }
}

/// What the page says after a mode's table.
fn after(mode: KeyMode) -> &'static str {
    match mode {
        KeyMode::Board => {
            "The mouse works too: a click selects a card, the wheel moves through the cards.\n\n\
             ## Keys in the session\n\n\
             The guided session (`cjm guide FILE`) uses the board's keys; its own are under\n\
             Workshop above: `Tab` / `Shift-Tab` go to the next / previous step and **save the\n\
             map (atomically) at every step change**, `t` starts or pauses the step's timebox\n\
             (when time is up the timer turns red and nothing else happens), `[` / `]` choose\n\
             the participant whose dots you place and `v` / `V` give or take back a dot. Steps\n\
             that show a form (set-up, goal, review) use the form's keys below, so typing there\n\
             only ever goes into a field.\n\n"
        }
        KeyMode::Form => {
            "While typing, cjm says what the field takes and what is wrong (for example \"a\n\
             whole number from -2 to 2\"); a value that would break the map is refused with a\n\
             message and nothing changes. The footer shows NAVIGATE or EDIT.\n\n\
             A field that refers to other items (a touchpoint's stage and personas, an\n\
             opportunity's touchpoints and stage, a metric's links) or names a\n\
             department (owners, a team member's department) opens a **picker** on\n\
             `Enter` (or on the first letter typed) instead of the editor; the footer\n\
             shows PICK and the picker's keys are [below](#keys-in-a-picker).\n\n"
        }
        KeyMode::FormEdit => {
            "The text editor has the usual keys: arrows, `Home`/`End`, `Ctrl-←`/`Ctrl-→` by\n\
             word, `Ctrl-w` / `Alt-Backspace` to delete a word, `Ctrl-a`/`Ctrl-e` to the line's\n\
             start and end, `Ctrl-k` to delete to the end; pasting works, and long Polish,\n\
             Russian, Swedish, emoji or CJK text wraps by display width. Pain points and other\n\
             lists take one entry per line. Text you typed is never dropped by one stray key:\n\
             the first `Esc` on changed text only asks.\n\n"
        }
        KeyMode::Help => "",
        KeyMode::Finder => {
            "`/` finds any item by name or text, `:` runs any action by its name (in the\n\
             guided session, `g` jumps to a step by its name).\n\n"
        }
        KeyMode::Home => {
            "`cjm` with no file opens the home screen: recent maps, a new map from a\n\
             template, the examples. Creating a map asks for its file name with the\n\
             [name's](#keys-while-typing-a-name) keys.\n\n"
        }
        KeyMode::Picker => {
            "On **new department…** `Enter` asks for the department's name; the keys while\n\
             typing it are the [name's](#keys-while-typing-a-name), and `Esc` goes back to\n\
             the list.\n\n"
        }
        KeyMode::Prompt => {
            "Naming a new item (the board's `a`), a new department in a picker, or a file.\n\
             A file's path is offered selected: typing or `Backspace` replaces it, an arrow\n\
             key or `Home`/`End` keeps it to edit.\n\n"
        }
        KeyMode::Conflict => {
            "The question opens on a conflict in the checks view (`8`). On a field that\n\
             refers to other items or names a department, a combined value is chosen in\n\
             a [picker](#keys-in-a-picker) that starts with the side's value marked; see\n\
             [When the file changes on disk](guide.md#when-the-file-changes-on-disk-and-merge-conflicts).\n\n"
        }
        KeyMode::Combine => "The text editor has the keys of a form's field editor.\n\n",
        KeyMode::Recovery => {
            "Opens when the map is opened and a recovery copy of unsaved changes is\n\
             there. The question waits for an answer: `Esc` only backs out of \"discard\n\
             them for good?\", which is asked twice. See\n\
             [Getting work back](safety.md#getting-work-back).\n\n"
        }
        KeyMode::DiskChanged => {
            "Opens when a save finds the file changed or deleted on disk; nothing was\n\
             written. Reloading and overwriting are asked twice (the same key again; any\n\
             other key goes back to the question). Saving again at the same path is\n\
             offered when the file is gone. See [Changes on disk](safety.md#changes-on-disk).\n\n"
        }
        KeyMode::MergePreview => {
            "Lists what comes from the file on disk, what from your unsaved changes and\n\
             the conflicts, before anything is merged. Merging keeps both; saving is up\n\
             to you.\n\n"
        }
        KeyMode::OpenedElsewhere => {
            "Opens when another cjm has the map open. `Esc` opens it read-only, the\n\
             answer that cannot save over the other one's work.\n\n"
        }
        KeyMode::Difference => {
            "The difference between the file and a recovery copy, or between the file on\n\
             disk and your version; closing it goes back to the question.\n\n"
        }
        KeyMode::QuitQuestion => {
            "Opens when you quit with unsaved changes. When they could not be saved\n\
             nor kept in a recovery copy, the quit key does not quit: only the discard\n\
             key, twice, does.\n\n"
        }
        KeyMode::DeleteQuestion => {
            "Opens on the board's delete key; it lists what refers to the item.\n\n"
        }
        KeyMode::MigrateQuestion => {
            "The offer to migrate a map of schema 1 (the board's `M`), then one question\n\
             per pair of names that look like one department.\n\n"
        }
    }
}
