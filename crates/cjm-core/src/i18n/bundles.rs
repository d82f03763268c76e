//! The message files of each language, embedded at compile time, and a
//! Fluent bundle per file, parsed the first time a message of that file
//! is looked up: a process parses the files of the messages it shows (a
//! report of `cjm check` parses a few of English's two dozen), not every
//! file of every language.
//!
//! A bundle per file gives what a bundle of all the files would only
//! because no message refers to another message or to a term; a test
//! below keeps it so.

use std::sync::OnceLock;

use fluent_templates::FluentBundle;
use fluent_templates::fluent_bundle::{FluentArgs, FluentResource};

use super::{Lang, number};

mod files {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

type Bundle = FluentBundle<FluentResource>;

/// Per real language, in the order of [`Lang::LOCALES`], a bundle per
/// message file (in the order of `files::of`), each parsed when first
/// needed.
static BUNDLES: [OnceLock<Box<[OnceLock<Bundle>]>>; Lang::LOCALES.len()] =
    [const { OnceLock::new() }; Lang::LOCALES.len()];

/// The bundles of `lang`'s own files (the pseudo-locale's are English's),
/// parsed or not.
fn bundles(lang: Lang) -> &'static [OnceLock<Bundle>] {
    let lang = lang.source();
    let index = Lang::LOCALES.iter().position(|l| *l == lang).unwrap_or(0);
    BUNDLES[index].get_or_init(|| {
        files::of(lang.code())
            .iter()
            .map(|_| OnceLock::new())
            .collect()
    })
}

/// The bundle of file `number` of `lang`'s own files, parsed now if it
/// was not.
fn bundle(lang: Lang, number: usize) -> Option<&'static Bundle> {
    let lang = lang.source();
    let (_, text) = files::of(lang.code()).get(number)?;
    Some(bundles(lang).get(number)?.get_or_init(|| build(lang, text)))
}

/// Whether any of `lang`'s own files has been parsed yet.
pub(super) fn is_parsed(lang: Lang) -> bool {
    parsed_files(lang) > 0
}

/// How many of `lang`'s own files have been parsed so far.
pub(super) fn parsed_files(lang: Lang) -> usize {
    bundles(lang)
        .iter()
        .filter(|bundle| bundle.get().is_some())
        .count()
}

/// Parses all of `lang`'s own files now, those not parsed yet.
pub(super) fn prepare(lang: Lang) {
    let lang = lang.source();
    for number in 0..files::of(lang.code()).len() {
        bundle(lang, number);
    }
}

fn build(lang: Lang, text: &str) -> Bundle {
    let mut bundle = Bundle::new_concurrent(vec![lang.id()]);
    // No Unicode isolation marks around values: a terminal or a Markdown
    // file would show them as stray characters.
    bundle.set_use_isolating(false);
    if lang.decimal_comma() {
        bundle.set_formatter(Some(number::fluent_comma));
    }
    // A file with a syntax error still gives its good messages, and a
    // message defined twice keeps its first definition (the index points
    // at the first file that defines it, even where that definition has a
    // syntax error); `tests/i18n.rs` fails on either.
    let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(partial, _)| partial);
    let _ = bundle.add_resource(resource);
    bundle
}

/// The number of the file of `lang` that defines message `id`.
fn file_of(lang: Lang, id: &str) -> Option<usize> {
    let ids = files::ids(lang.code());
    let at = ids.binary_search_by(|(known, _)| (*known).cmp(id)).ok()?;
    Some(ids[at].1)
}

#[cfg(test)]
thread_local! {
    /// How many messages this thread formatted through Fluent (the tests
    /// count).
    pub(super) static FORMATTED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// The message (or `message.attribute`) `id` of `lang`'s own files with
/// its values; `None` when the files lack it or it cannot be formatted.
pub(super) fn format(lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let lang = lang.source();
    let (message, attribute) = match id.split_once('.') {
        Some((message, attribute)) => (message, Some(attribute)),
        None => (id, None),
    };
    let bundle = bundle(lang, file_of(lang, message)?)?;
    let message = bundle.get_message(message)?;
    let pattern = match attribute {
        Some(attribute) => message.get_attribute(attribute)?.value(),
        None => message.value()?,
    };
    #[cfg(test)]
    FORMATTED.with(|n| n.set(n.get() + 1));
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_its_files() {
        for lang in Lang::LOCALES {
            let files = files::of(lang.code());
            assert!(
                files.iter().any(|(name, _)| *name == "common.ftl"),
                "{lang}"
            );
        }
    }

    /// A bundle per file holds only when no message needs another file:
    /// a placeable is a variable (`{ $name }`, or a selection on one) or
    /// a string literal (`{ "{" }`), never another message or a term.
    #[test]
    fn no_message_refers_to_another_message_or_a_term() {
        for lang in Lang::LOCALES {
            for (name, text) in files::of(lang.code()) {
                for (at, _) in text.match_indices('{') {
                    let after = text[at + 1..].trim_start_matches([' ', '\n']);
                    assert!(
                        after.starts_with('$') || after.starts_with('"'),
                        "{lang}/{name}: a placeable that is not a variable: {:?}",
                        &after[..after.len().min(30)]
                    );
                }
            }
        }
    }

    /// The index finds each message in the file that defines it, for
    /// every message of every file.
    #[test]
    fn every_message_is_found_in_its_file() {
        for lang in Lang::LOCALES {
            let mut found = 0;
            for (number, (name, text)) in files::of(lang.code()).iter().enumerate() {
                let resource = FluentResource::try_new((*text).to_owned())
                    .unwrap_or_else(|(partial, _)| partial);
                for entry in resource.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        let id = m.id.name;
                        assert_eq!(file_of(lang, id), Some(number), "{lang}/{name}: {id}");
                        found += 1;
                    }
                }
            }
            assert_eq!(found, files::ids(lang.code()).len(), "{lang}");
            assert!(found > 500, "{lang}: {found} messages");
        }
    }
}
