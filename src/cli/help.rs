//! `--help` in the interface language. clap builds the help from the doc
//! comments of [`super::Cli`] (English); for another language every about,
//! argument help and heading is replaced at run time by its message,
//! `help-<command path>-<argument>` in `locales/*/cli.ftl`.
//!
//! The descriptions of an option's values (`--format table`: "Columns for
//! people…") are `help-<command path>-<argument>-<value>`; when every value
//! of an option has one, they are listed under the option's help instead
//! of clap's English list.
//!
//! The other options' "[default: …]" and "[possible values: …]" are hidden
//! from clap and written after the help in the language's words, and the
//! `help` subcommand's line is translated too. clap's commonest error
//! messages are worded in `super::clap_errors`; its rarer error kinds stay
//! English.

use clap::{Arg, ArgAction, Command};

use crate::i18n::{self, Lang};
use crate::t;

/// `command` with its help in the interface language; English keeps clap's
/// own rendering of the doc comments.
pub(super) fn localised(command: Command) -> Command {
    if i18n::current() == Lang::En {
        return command;
    }
    let mut command = localise(command, "cjm", true);
    // clap adds its `help` subcommands when the command is built.
    command.build();
    help_subcommands(command)
}

/// Every `help` subcommand clap added, with its line in the language.
fn help_subcommands(mut command: Command) -> Command {
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    for name in names {
        command = if name == "help" {
            command.mut_subcommand(name, |c| c.about(t!("help-help-subcommand")))
        } else {
            command.mut_subcommand(name, help_subcommands)
        };
    }
    command
}

/// "[possible values: …]" and "[default: …]" in the language's words,
/// for an option whose values have no descriptions of their own.
fn value_notes(arg: &Arg, list_values: bool) -> Vec<String> {
    let mut notes = Vec::new();
    let takes_values = arg.get_action().takes_values();
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_owned())
        .collect();
    if list_values && takes_values && !arg.is_hide_possible_values_set() && !values.is_empty() {
        notes.push(t!(
            "help-possible-values-inline",
            values = values.join(", ")
        ));
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if takes_values && !arg.is_hide_default_value_set() && !defaults.is_empty() {
        notes.push(t!("help-default-value", value = defaults.join(", ")));
    }
    notes
}

fn message(id: &str) -> Option<String> {
    let lang = i18n::current();
    i18n::has_message(lang, id).then(|| i18n::text(lang, id, &[]))
}

/// A one-line help without its full stop, as clap shows doc comments.
fn short(id: &str) -> Option<String> {
    message(id).map(|text| text.strip_suffix('.').unwrap_or(&text).to_owned())
}

/// The option's values with their translated descriptions, one a line
/// after a heading; `None` unless every described value has one.
fn value_help(arg: &Arg, key: &str) -> Option<String> {
    let values: Vec<_> = arg
        .get_possible_values()
        .into_iter()
        .filter(|v| !v.is_hide_set() && v.get_help().is_some())
        .collect();
    if values.is_empty() {
        return None;
    }
    let width = values
        .iter()
        .map(|v| crate::text::width(v.get_name()))
        .max()
        .unwrap_or(0);
    let mut lines = vec![t!("help-possible-values")];
    for value in values {
        let name = value.get_name();
        let text = short(&format!("{key}-{}", name.replace('_', "-")))?;
        let pad = " ".repeat(width - crate::text::width(name));
        lines.push(format!("- {name}:{pad} {text}"));
    }
    Some(lines.join("\n"))
}

fn localise(mut command: Command, path: &str, root: bool) -> Command {
    if let Some(about) = short(&format!("help-{path}")) {
        command = command.about(about);
    }
    // Without a translated long text, `--help` shows the short one.
    command = match message(&format!("help-{path}.long")) {
        Some(long) => command.long_about(long),
        None => command.long_about(None::<&'static str>),
    };
    let ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let key = format!("help-{path}-{}", id.replace('_', "-"));
        let help = short(&key);
        command = command.mut_arg(id, |arg| {
            let values = value_help(&arg, &key);
            // The values described one a line, or listed in brackets; the
            // default in brackets after the help.
            let notes = value_notes(&arg, values.is_none());
            let (arg, help) = if notes.is_empty() {
                (arg, help)
            } else {
                let text = help
                    .or_else(|| arg.get_help().map(ToString::to_string))
                    .unwrap_or_default();
                let notes: Vec<String> = notes.iter().map(|n| format!("[{n}]")).collect();
                let arg = arg.hide_default_value(true);
                (
                    arg,
                    Some(format!("{text} {}", notes.join(" ")).trim().to_owned()),
                )
            };
            let help = match (help, &values) {
                (Some(help), Some(values)) => Some(format!("{help}\n\n{values}")),
                (help, _) => help,
            };
            // Listed above in either form: clap's English list is not needed.
            let listed = values.is_some() || !arg.get_possible_values().is_empty();
            let arg = if listed && arg.get_action().takes_values() {
                arg.hide_possible_values(true)
            } else {
                arg
            };
            let heading = if arg.is_positional() {
                t!("help-heading-arguments")
            } else {
                t!("help-heading-options")
            };
            let arg = arg.help_heading(heading);
            match help {
                Some(help) => arg.help(help),
                None => arg,
            }
        });
    }
    // clap's own -h and -V, with translated words.
    command = command.disable_help_flag(true).arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(t!("help-flag-help"))
            .help_heading(t!("help-heading-options")),
    );
    if root {
        command = command.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(t!("help-flag-version"))
                .help_heading(t!("help-heading-options")),
        );
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    for name in names {
        let sub = format!("{path}-{name}");
        command = command.mut_subcommand(name, |c| localise(c, &sub, false));
    }
    command
        .subcommand_help_heading(t!("help-heading-commands"))
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            t!("help-usage")
        ))
}
