//! clap's error messages in the interface language. For the common kinds –
//! an unknown argument or command, a value clap refuses, a missing required
//! argument – the message is written here from the error's kind and context
//! (`clap-*` in `locales/*/cli.ftl`); English, and the rarer kinds, keep
//! clap's own text.

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::i18n::{self, Lang};
use crate::t;

/// One piece of the error's context as text; a list joined by commas.
fn context(err: &clap::Error, kind: ContextKind) -> String {
    match err.get(kind) {
        Some(ContextValue::String(text)) => text.clone(),
        Some(ContextValue::Strings(list)) => list.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    }
}

/// The message of `err` in the interface language, when its kind is one
/// this module words.
fn message(err: &clap::Error) -> Option<String> {
    let arg = context(err, ContextKind::InvalidArg);
    let value = context(err, ContextKind::InvalidValue);
    Some(match err.kind() {
        ErrorKind::UnknownArgument => t!("clap-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => t!(
            "clap-invalid-subcommand",
            name = context(err, ContextKind::InvalidSubcommand)
        ),
        ErrorKind::InvalidValue if value.is_empty() => t!("clap-value-required", arg = arg),
        ErrorKind::InvalidValue => t!(
            "clap-invalid-value",
            value = value,
            arg = arg,
            valid = context(err, ContextKind::ValidValue)
        ),
        ErrorKind::MissingRequiredArgument => t!("clap-missing-required", args = arg),
        ErrorKind::NoEquals => t!("clap-no-equals", arg = arg),
        ErrorKind::ValueValidation => t!(
            "clap-value-validation",
            value = value,
            arg = arg,
            reason = std::error::Error::source(err)
                .map(ToString::to_string)
                .unwrap_or_default()
        ),
        _ => return None,
    })
}

/// Prints `err` in the interface language and ends the process with
/// clap's exit code.
pub(super) fn exit(err: clap::Error) -> ! {
    let Some(message) = message(&err).filter(|_| i18n::current() != Lang::En) else {
        err.exit()
    };
    let usage = match err.get(ContextKind::Usage) {
        Some(ContextValue::StyledStr(usage)) => {
            let usage = usage.to_string();
            let usage = usage.trim_start();
            let rest = usage.split_once(':').map_or(usage, |(_, rest)| rest);
            format!("\n\n{}{rest}", t!("help-usage"))
        }
        _ => String::new(),
    };
    eprintln!(
        "{}: {message}{usage}\n\n{}",
        t!("label-error"),
        t!("clap-more-information")
    );
    std::process::exit(err.exit_code())
}
