//! The message files of each language, embedded at compile time, and each
//! language's Fluent bundle, parsed the first time a message of that
//! language is looked up: start-up parses only the language shown (and
//! English when a message is missing from it), not all four.

use std::sync::OnceLock;

use fluent_templates::FluentBundle;
use fluent_templates::fluent_bundle::{FluentArgs, FluentResource};

use super::{Lang, number};

mod files {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

type Bundle = FluentBundle<FluentResource>;

/// One bundle per real language, in the order of [`Lang::LOCALES`].
static BUNDLES: [OnceLock<Bundle>; Lang::LOCALES.len()] =
    [const { OnceLock::new() }; Lang::LOCALES.len()];

/// The bundle of `lang`'s own files (the pseudo-locale's are English's).
pub(super) fn bundle(lang: Lang) -> &'static Bundle {
    let lang = lang.source();
    let index = Lang::LOCALES.iter().position(|l| *l == lang).unwrap_or(0);
    BUNDLES[index].get_or_init(|| build(lang))
}

/// Whether `lang`'s own files have been parsed yet.
pub(super) fn is_parsed(lang: Lang) -> bool {
    let lang = lang.source();
    let index = Lang::LOCALES.iter().position(|l| *l == lang).unwrap_or(0);
    BUNDLES[index].get().is_some()
}

fn build(lang: Lang) -> Bundle {
    let files = files::of(lang.code());
    let mut bundle = Bundle::new_concurrent(vec![lang.id()]);
    // No Unicode isolation marks around values: a terminal or a Markdown
    // file would show them as stray characters.
    bundle.set_use_isolating(false);
    if lang.decimal_comma() {
        bundle.set_formatter(Some(number::fluent_comma));
    }
    for (_name, text) in files {
        // A file with a syntax error still gives its good messages, and a
        // message defined twice keeps its first definition; `tests/i18n.rs`
        // names both.
        let resource =
            FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// The message (or `message.attribute`) `id` of `lang`'s own files with
/// its values; `None` when the files lack it or it cannot be formatted.
pub(super) fn format(lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let bundle = bundle(lang);
    let pattern = match id.split_once('.') {
        Some((message, attribute)) => bundle
            .get_message(message)?
            .get_attribute(attribute)?
            .value(),
        None => bundle.get_message(id)?.value()?,
    };
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
}
