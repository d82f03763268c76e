//! The user's `config.toml`: key bindings, colours, the guided workshop and
//! how often recovery copies are written. A bad file never stops the app:
//! every problem becomes a message and the defaults stay in force.

use crate::t;
use std::path::PathBuf;

use ratatui::style::Color;

use super::action::Action;
use super::guide::Step;
use super::keymap::{Key, KeyMode, Keymap};
use super::theme::Palette;
use crate::suggest::closest;
use strum::VariantArray;

/// The settings in force, and what was wrong with the file.
#[derive(Clone, Debug)]
pub struct Config {
    pub keymap: Keymap,
    pub palette: Palette,
    /// How often recovery copies of unsaved changes are written.
    pub recovery: RecoverySettings,
    /// Timeboxes of the guided session's steps, in minutes.
    pub timeboxes: std::collections::BTreeMap<Step, u32>,
    /// Dots each participant may give in the vote.
    pub dots: u32,
    /// The workshop's length in minutes, when set: the timeboxes are scaled
    /// to add up to it (`[workshop] length = "2h"`, or `--length`).
    pub length: Option<u32>,
    /// The interface language (`language = "pl"`), when the file sets one;
    /// `--lang` wins over it, and without either the system's is used.
    pub language: Option<crate::i18n::Lang>,
    /// One message per problem found in the file; empty when it was fine.
    pub problems: Vec<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            keymap: Keymap::default(),
            palette: Palette::default(),
            recovery: RecoverySettings::default(),
            timeboxes: Step::ALL
                .iter()
                .map(|s| (*s, s.default_minutes()))
                .collect(),
            dots: crate::tui::guide::DEFAULT_DOTS,
            length: None,
            language: None,
            problems: Vec::new(),
        }
    }
}

/// The `[recovery]` section: how often, at most, a recovery copy of unsaved
/// changes is written (see [`crate::recovery`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RecoverySettings {
    pub interval: std::time::Duration,
}

impl RecoverySettings {
    /// The values `interval_seconds` accepts.
    pub const SECONDS: std::ops::RangeInclusive<i64> = 1..=3600;
}

impl Default for RecoverySettings {
    fn default() -> Self {
        RecoverySettings {
            interval: crate::recovery::DEFAULT_INTERVAL,
        }
    }
}

/// Where the config file lives: `config.toml` in the platform's config folder for cjm.
pub fn path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "cjm").map(|dirs| dirs.config_dir().join("config.toml"))
}

/// Reads the config file; a missing file means the defaults.
pub fn load() -> Config {
    let Some(path) = path() else {
        return Config::default();
    };
    // A config file is a few lines; a megabyte is plenty and bounds a mistake.
    match crate::format::input::read_text(&path, 1024 * 1024) {
        Ok(text) => parse(&text, &crate::text::path(&path)),
        Err(crate::format::ReadError::Io(err)) if err.kind() == std::io::ErrorKind::NotFound => {
            Config::default()
        }
        Err(err) => Config {
            problems: vec![t!(
                "config-unreadable",
                file = crate::text::path(&path),
                why = err.to_string()
            )],
            ..Config::default()
        },
    }
}

/// Applies the settings of a config text to the defaults.
pub fn parse(text: &str, name: &str) -> Config {
    let mut config = Config::default();
    let table: toml::Table = match toml::from_str(text) {
        Ok(table) => table,
        Err(err) => {
            let at = err
                .span()
                .map(|span| {
                    let before = &text[..span.start.min(text.len())];
                    let line = before.matches('\n').count() + 1;
                    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
                    format!(":{line}:{column}")
                })
                .unwrap_or_default();
            config.problems.push(t!(
                "config-invalid",
                file = format!("{name}{at}"),
                why = err.message().trim_end()
            ));
            return config;
        }
    };
    for (section, value) in &table {
        match (section.as_str(), value) {
            ("keys", toml::Value::Table(keys)) => apply_keys(&mut config, keys, name),
            ("colors", toml::Value::Table(colors)) => apply_colors(&mut config, colors, name),
            ("workshop", toml::Value::Table(workshop)) => {
                apply_workshop(&mut config, workshop, name)
            }
            ("recovery", toml::Value::Table(recovery)) => {
                apply_recovery(&mut config, recovery, name)
            }
            ("language", value) => apply_language(&mut config, value, name),
            (other, _)
                if other == "keys"
                    || other == "colors"
                    || other == "workshop"
                    || other == "recovery" =>
            {
                config
                    .problems
                    .push(t!("config-not-a-table", file = name, section = other));
            }
            (other, _) => {
                let hint = closest(other, ["keys", "colors", "workshop", "recovery"])
                    .map_or(String::new(), |s| {
                        t!("config-did-you-mean-section", section = s)
                    });
                config.problems.push(t!(
                    "config-unknown-section",
                    file = name,
                    section = other,
                    hint = hint
                ));
            }
        }
    }
    config
}

/// `language = "pl"`: the interface language.
fn apply_language(config: &mut Config, value: &toml::Value, name: &str) {
    match value.as_str().map(str::parse::<crate::i18n::Lang>) {
        Some(Ok(lang)) => config.language = Some(lang),
        Some(Err(err)) => config.problems.push(format!("{name}: language: {err}")),
        None => config
            .problems
            .push(t!("config-language-not-text", file = name)),
    }
}

fn apply_recovery(config: &mut Config, recovery: &toml::Table, name: &str) {
    for (key, value) in recovery {
        if key != "interval_seconds" {
            let hint = did_you_mean(closest(key, ["interval_seconds"]));
            config.problems.push(t!(
                "config-recovery-unknown",
                file = name,
                key = key,
                hint = hint
            ));
            continue;
        }
        match value.as_integer() {
            Some(seconds) if RecoverySettings::SECONDS.contains(&seconds) => {
                config.recovery.interval = std::time::Duration::from_secs(seconds.unsigned_abs());
            }
            _ => config.problems.push(t!(
                "config-recovery-interval",
                file = name,
                min = *RecoverySettings::SECONDS.start(),
                max = *RecoverySettings::SECONDS.end()
            )),
        }
    }
}

/// `[keys]` binds the board's keys; a table in it, `[keys.form]`, another
/// mode's ([`KeyMode`]).
fn apply_keys(config: &mut Config, keys: &toml::Table, name: &str) {
    apply_mode_keys(config, KeyMode::Board, keys, name);
    for (table, value) in keys {
        let toml::Value::Table(mode_keys) = value else {
            continue;
        };
        match KeyMode::VARIANTS.iter().find(|m| m.name() == table) {
            Some(mode) => apply_mode_keys(config, *mode, mode_keys, name),
            None => {
                let modes = KeyMode::VARIANTS.iter().map(|m| m.name());
                let hint = did_you_mean(closest(table, modes.clone()));
                let all: Vec<&str> = modes.collect();
                config.problems.push(t!(
                    "config-not-a-mode",
                    file = name,
                    table = table,
                    hint = hint,
                    modes = all.join(", ")
                ));
            }
        }
    }
}

fn apply_mode_keys(config: &mut Config, mode: KeyMode, keys: &toml::Table, name: &str) {
    let section = match mode {
        KeyMode::Board => "[keys]".to_owned(),
        other => format!("[keys.{}]", other.name()),
    };
    let names: Vec<&str> = Action::ALL.iter().map(|a| a.name()).collect();
    for (action_name, value) in keys {
        if mode == KeyMode::Board && value.is_table() {
            // Another mode's table: read by `apply_keys`.
            continue;
        }
        let Some(action) = Action::ALL
            .iter()
            .copied()
            .find(|a| a.name() == action_name)
        else {
            let hint = did_you_mean(closest(action_name, names.iter().copied()));
            config.problems.push(t!(
                "config-not-an-action",
                file = name,
                section = section.as_str(),
                action = action_name,
                hint = hint
            ));
            continue;
        };
        let texts: Vec<&str> = match value {
            toml::Value::String(s) => vec![s.as_str()],
            toml::Value::Array(items) => items.iter().filter_map(toml::Value::as_str).collect(),
            _ => Vec::new(),
        };
        if texts.is_empty() {
            config.problems.push(t!(
                "config-needs-a-key",
                file = name,
                section = section.as_str(),
                action = action_name
            ));
            continue;
        }
        let mut parsed = Vec::new();
        for text in texts {
            match text.parse::<Key>() {
                Ok(key) => parsed.push(key),
                Err(err) => config
                    .problems
                    .push(format!("{name}: {section} {action_name}: {err}")),
            }
        }
        if !parsed.is_empty() {
            config.keymap.rebind_in(mode, action, &parsed);
        }
    }
    let defaults = Keymap::default();
    for action in Action::ALL {
        let default_keys = defaults.keys_in(mode, *action);
        if config.keymap.keys_in(mode, *action).is_empty() && !default_keys.is_empty() {
            config.problems.push(t!(
                "config-no-key-left",
                file = name,
                section = section.as_str(),
                action = action.name()
            ));
            config.keymap.rebind_in(mode, *action, &default_keys);
        }
    }
}

fn apply_colors(config: &mut Config, colors: &toml::Table, name: &str) {
    for (role, value) in colors {
        let Some(slot) = config.palette.get_mut(role) else {
            let hint = did_you_mean(closest(role, Palette::NAMES));
            config.problems.push(t!(
                "config-not-a-colour-role",
                file = name,
                role = role,
                hint = hint
            ));
            continue;
        };
        match value.as_str().map(str::parse::<Color>) {
            Some(Ok(color)) => *slot = color,
            _ => config
                .problems
                .push(t!("config-colour", file = name, role = role)),
        }
    }
}

fn apply_workshop(config: &mut Config, workshop: &toml::Table, name: &str) {
    for (key, value) in workshop {
        if key == "dots" {
            match value
                .as_integer()
                .and_then(|n| u32::try_from(n).ok())
                .filter(|n| (1..=20).contains(n))
            {
                Some(n) => config.dots = n,
                None => config.problems.push(t!("config-dots", file = name)),
            }
            continue;
        }
        if key == "length" {
            match value.as_str().map(crate::tui::guide::steps::parse_length) {
                Some(Ok(minutes)) => config.length = Some(minutes),
                Some(Err(err)) => {
                    config
                        .problems
                        .push(t!("config-length", file = name, why = err.to_string()))
                }
                None => config
                    .problems
                    .push(t!("config-length-not-text", file = name)),
            }
            continue;
        }
        let Some(minutes_key) = key.strip_suffix("-minutes") else {
            let known: Vec<String> = Step::ALL
                .iter()
                .map(|s| format!("{}-minutes", s.key()))
                .collect();
            let hint = did_you_mean(closest(key, known.iter().map(String::as_str)));
            config.problems.push(t!(
                "config-workshop-unknown",
                file = name,
                key = key,
                hint = hint
            ));
            continue;
        };
        let Some(step) = Step::ALL.iter().find(|s| s.key() == minutes_key) else {
            config.problems.push(t!(
                "config-no-such-step",
                file = name,
                key = key,
                step = minutes_key
            ));
            continue;
        };
        match value
            .as_integer()
            .and_then(|n| u32::try_from(n).ok())
            .filter(|n| (1..=600).contains(n))
        {
            Some(n) => {
                config.timeboxes.insert(*step, n);
            }
            None => config
                .problems
                .push(t!("config-minutes", file = name, key = key)),
        }
    }
}

/// The default config file, with comments; generated from the keymap and palette.
pub fn default_file() -> String {
    let keymap = Keymap::default();
    let mut out = comment(&t!("config-file-head"));
    out.push('\n');
    out.push_str(&comment(&t!("config-file-language")));
    out.push_str("# language = \"en\"\n\n[keys]\n");
    for mode in KeyMode::VARIANTS {
        if *mode != KeyMode::Board {
            out.push('\n');
            out.push_str(&comment(&format!("{}. {}", mode.title(), mode.about())));
            out.push_str(&format!("[keys.{}]\n", mode.name()));
        }
        for action in keymap.actions(*mode) {
            let keys: Vec<String> = keymap
                .keys_in(*mode, action)
                .iter()
                .map(|k| format!("{:?}", k.config_name()))
                .collect();
            out.push_str(&format!(
                "# {}\n{} = [{}]\n",
                mode.describe(action),
                action.name(),
                keys.join(", ")
            ));
        }
    }
    out.push('\n');
    out.push_str(&comment(&t!("config-file-colors")));
    out.push_str("[colors]\n");
    let mut palette = Palette::default();
    for role in Palette::NAMES {
        if let Some(color) = palette.get_mut(role) {
            out.push_str(&format!("{role} = \"{}\"\n", color_name(*color)));
        }
    }
    out.push('\n');
    out.push_str(&comment(&t!("config-file-workshop")));
    out.push_str("[workshop]\n");
    for step in Step::ALL {
        out.push_str(&format!(
            "{}-minutes = {}\n",
            step.key(),
            step.default_minutes()
        ));
    }
    out.push_str(&format!("dots = {}\n", crate::tui::guide::DEFAULT_DOTS));
    out.push_str(&comment(&t!("config-file-length")));
    out.push_str("# length = \"2h\"\n\n");
    out.push_str(&comment(&t!("config-file-recovery")));
    out.push_str(&format!(
        "[recovery]\ninterval_seconds = {}\n",
        RecoverySettings::default().interval.as_secs()
    ));
    out
}

/// Text as comment lines of the config file ("# …").
fn comment(text: &str) -> String {
    text.lines().map(|line| format!("# {line}\n")).collect()
}

/// " (did you mean `keys`?)" when there is a close name, else nothing.
fn did_you_mean(close: Option<&str>) -> String {
    close.map_or(String::new(), |s| t!("config-did-you-mean", name = s))
}

fn color_name(color: Color) -> String {
    match color {
        Color::Rgb(r, g, b) => format!("#{r:02x}{g:02x}{b:02x}"),
        Color::Indexed(i) => i.to_string(),
        other => format!("{other}").to_lowercase(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_file_parses_back_to_the_defaults() {
        let config = parse(&default_file(), "config.toml");
        assert_eq!(config.problems, Vec::<String>::new());
        assert_eq!(config.palette, Palette::default());
        for action in Action::ALL {
            assert_eq!(
                config.keymap.keys(*action),
                Keymap::default().keys(*action),
                "{action:?}"
            );
        }
    }

    #[test]
    fn overrides_apply_and_mistakes_are_reported_not_fatal() {
        let text = "[keys]\nsave = \"ctrl-w\"\nsav = [\"x\"]\nquit = [\"hyper-q\"]\nundo = [\"?\"]\n[colors]\ntitle = \"#ff8800\"\nkey = \"no such colour\"\n[colours]\n";
        let config = parse(text, "config.toml");
        assert_eq!(config.keymap.keys(Action::Save), vec![Key::ctrl('w')]);
        assert_eq!(config.palette.title, Color::Rgb(255, 136, 0));
        assert_eq!(config.palette.key, Palette::default().key);
        let all = config.problems.join("\n");
        assert!(all.contains("did you mean `save`"), "{all}");
        assert!(all.contains("hyper-q"), "{all}");
        // Taking help's only key leaves help with its default key back.
        assert!(all.contains("no key is left for `help`"), "{all}");
        assert_eq!(config.keymap.keys(Action::Help), vec![Key::char('?')]);
        assert!(all.contains("did you mean [colors]"), "{all}");
        assert_eq!(
            config.keymap.keys(Action::Quit),
            Keymap::default().keys(Action::Quit)
        );
    }

    #[test]
    fn the_recovery_interval_is_read_and_checked() {
        let config = parse("[recovery]\ninterval_seconds = 10\n", "config.toml");
        assert_eq!(config.problems, Vec::<String>::new());
        assert_eq!(config.recovery.interval, std::time::Duration::from_secs(10));
        for bad in ["0", "-3", "\"3\"", "2.5", "100000"] {
            let config = parse(&format!("[recovery]\ninterval_seconds = {bad}\n"), "c.toml");
            assert_eq!(config.recovery, RecoverySettings::default(), "{bad}");
            assert!(
                config.problems[0].contains("whole number of seconds from 1 to 3600"),
                "{bad}: {:?}",
                config.problems
            );
        }
        let config = parse("[recovery]\ninterval_secs = 5\n[recover]\n", "c.toml");
        let all = config.problems.join("\n");
        assert!(all.contains("did you mean `interval_seconds`"), "{all}");
        assert!(all.contains("did you mean [recovery]"), "{all}");
        let defaults = parse(&default_file(), "config.toml");
        assert!(default_file().contains("[recovery]\ninterval_seconds = 3\n"));
        assert_eq!(defaults.recovery, RecoverySettings::default());
    }

    #[test]
    fn a_broken_file_gives_a_position_and_the_defaults() {
        let config = parse("[keys\nsave = 1", "config.toml");
        assert_eq!(config.problems.len(), 1);
        assert!(
            config.problems[0].starts_with("config.toml:1:"),
            "{:?}",
            config.problems
        );
        assert_eq!(
            config.keymap.keys(Action::Save),
            Keymap::default().keys(Action::Save)
        );
    }
}
