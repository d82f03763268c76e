//! The languages people read cjm in: English, Polish, Russian and Swedish,
//! and a pseudo-locale for testing layouts.
//!
//! Every sentence a person reads lives in a Project Fluent file,
//! `crates/cjm-core/locales/<language>/<area>.ftl`, embedded in the binary
//! at compile time. Code asks for a message by its id, with named values:
//!
//! ```
//! use cjm_core::{t, t_in, i18n::Lang};
//! let line = t!("lang-unknown", code = "de", known = "en, pl");
//! let stage = t_in!(Lang::Pl, "template-stage-purchase");
//! assert_eq!(stage, "Zakup");
//! # let _ = line;
//! ```
//!
//! Plurals follow CLDR's rules through Fluent's own plural selection (`{ $count
//! -> [one] … [few] … [many] … *[other] … }`), never code. A message missing
//! from a language falls back to English; an id missing everywhere comes back
//! as the id itself, so a lookup never panics (and the completeness test in
//! `tests/i18n.rs` names it).
//!
//! The language of the interface is process-wide ([`current`],
//! [`set_current`]) and can change while the app runs; exports and new maps
//! use an explicit language ([`t_in!`]), the map's own unless `--lang` says
//! otherwise. [`number`] and [`date`] write and read numbers and dates as each
//! language does; the file always keeps the canonical form.

mod bundles;
pub mod date;
pub mod number;
mod pseudo;

use std::borrow::Cow;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_templates::fluent_bundle::{FluentArgs, FluentValue};
use fluent_templates::loader::LanguageIdentifier;

/// A language of the interface and of exports.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::VariantArray,
    strum::IntoStaticStr,
)]
pub enum Lang {
    #[default]
    En,
    Pl,
    Ru,
    Sv,
    /// English, accented and about 40 % longer, made at lookup time: shows
    /// at a glance which text is not localised and whether the layout holds
    /// longer words.
    Pseudo,
}

impl Lang {
    /// The four real languages, each with its own `.ftl` files.
    pub const LOCALES: [Lang; 4] = [Lang::En, Lang::Pl, Lang::Ru, Lang::Sv];

    /// The code people type (`--lang pl`, `language = "pl"`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Pl => "pl",
            Lang::Ru => "ru",
            Lang::Sv => "sv",
            Lang::Pseudo => "pseudo",
        }
    }

    /// The language's name in its own words, for menus.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Pl => "polski",
            Lang::Ru => "русский",
            Lang::Sv => "svenska",
            Lang::Pseudo => "[Ƥşèèûûδôô]",
        }
    }

    /// The language of a code or a locale tag: `pl`, `pl-PL`, `pl_PL.UTF-8`,
    /// `sv_SE@euro`, `RU`; `pseudo` for the pseudo-locale. `None` for any
    /// other language, and for `C` and `POSIX`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        if tag.eq_ignore_ascii_case("pseudo") {
            return Some(Lang::Pseudo);
        }
        let language = tag.split(['-', '_', '.', '@']).next().unwrap_or_default();
        match language.to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "pl" => Some(Lang::Pl),
            "ru" => Some(Lang::Ru),
            "sv" => Some(Lang::Sv),
            _ => None,
        }
    }

    /// Whether the language writes decimals with a comma ("3,6").
    pub fn decimal_comma(self) -> bool {
        matches!(self, Lang::Pl | Lang::Ru | Lang::Sv)
    }

    /// The language whose `.ftl` files hold this one's messages.
    fn source(self) -> Lang {
        match self {
            Lang::Pseudo => Lang::En,
            lang => lang,
        }
    }

    fn id(self) -> LanguageIdentifier {
        let code = self.source().code();
        // The four codes are valid BCP 47 tags.
        code.parse().unwrap_or_default()
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// A language code that is not one cjm speaks.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::t!("lang-unknown", code = .0.as_str(), known = known_codes()))]
pub struct UnknownLang(pub String);

fn known_codes() -> String {
    Lang::VARIANTS
        .iter()
        .map(|l| l.code())
        .collect::<Vec<_>>()
        .join(", ")
}

impl std::str::FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(code: &str) -> Result<Self, Self::Err> {
        Lang::from_tag(code).ok_or_else(|| UnknownLang(code.to_owned()))
    }
}

use strum::VariantArray;

static CURRENT: AtomicU8 = AtomicU8::new(0);

thread_local! {
    /// The language of what this thread writes now, when [`scoped`] set one.
    static SCOPED: std::cell::Cell<Option<Lang>> = const { std::cell::Cell::new(None) };
}

/// The language messages are written in now: the one [`scoped`] set on this
/// thread (an export in its map's language), else the interface language.
pub fn current() -> Lang {
    if let Some(lang) = SCOPED.with(std::cell::Cell::get) {
        return lang;
    }
    let index = usize::from(CURRENT.load(Ordering::Relaxed));
    Lang::VARIANTS.get(index).copied().unwrap_or_default()
}

/// Switches the interface language for the whole process (the command line
/// at start, the app's palette at any time).
pub fn set_current(lang: Lang) {
    let index = Lang::VARIANTS.iter().position(|l| *l == lang).unwrap_or(0);
    CURRENT.store(u8::try_from(index).unwrap_or(0), Ordering::Relaxed);
}

/// Runs `write` with `lang` as this thread's language: every [`t!`] inside
/// speaks it (a report in its map's language, whatever the interface's).
pub fn scoped<T>(lang: Lang, write: impl FnOnce() -> T) -> T {
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            SCOPED.with(|scoped| scoped.set(self.0));
        }
    }
    let _restore = Restore(SCOPED.with(|scoped| scoped.replace(Some(lang))));
    write()
}

/// The language a report on a map is written in: `chosen` (`--lang`), else
/// the map's own `language`, else the interface language.
pub fn for_map(chosen: Option<Lang>, map_language: &str) -> Lang {
    chosen
        .or_else(|| Lang::from_tag(map_language))
        .unwrap_or_else(current)
}

/// The language the environment asks for: the first of `LC_ALL`,
/// `LC_MESSAGES` and `LANG` that is set decides (`C` or a language cjm does
/// not speak mean English); without them, the system's locale.
pub fn from_environment() -> Option<Lang> {
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(value) = std::env::var_os(var).filter(|v| !v.is_empty()) {
            return Some(Lang::from_tag(&value.to_string_lossy()).unwrap_or_default());
        }
    }
    if cfg!(unix) && !cfg!(target_os = "macos") {
        // Elsewhere on Unix the system locale is these same variables.
        return None;
    }
    sys_locale::get_locale().and_then(|tag| Lang::from_tag(&tag))
}

/// A value for a message's placeable: text or a number.
pub trait Arg {
    fn to_arg(&self) -> FluentValue<'_>;
}

impl Arg for str {
    fn to_arg(&self) -> FluentValue<'_> {
        FluentValue::from(self)
    }
}

impl Arg for String {
    fn to_arg(&self) -> FluentValue<'_> {
        FluentValue::from(self.as_str())
    }
}

impl Arg for Cow<'_, str> {
    fn to_arg(&self) -> FluentValue<'_> {
        FluentValue::from(self.as_ref())
    }
}

impl<T: Arg + ?Sized> Arg for &T {
    fn to_arg(&self) -> FluentValue<'_> {
        (**self).to_arg()
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl Arg for $t {
            fn to_arg(&self) -> FluentValue<'_> {
                FluentValue::from(*self)
            }
        }
    )*};
}
number_args!(i8, i16, i32, i64, u8, u16, u32, u64, usize, isize, f32, f64);

/// Turns a value into a placeable's value (used by [`t!`] and [`t_in!`]).
pub fn arg<T: Arg + ?Sized>(value: &T) -> FluentValue<'_> {
    value.to_arg()
}

/// The message `id` in `lang`, with its values: in English when `lang` does
/// not have it, the id itself when no language does.
pub fn text(lang: Lang, id: &str, args: &[(&'static str, FluentValue<'_>)]) -> String {
    if lang == Lang::Pseudo {
        return pseudo::text(id, args);
    }
    if args.is_empty() {
        return plain(lang, id);
    }
    with_values(lang, id, args)
}

/// [`text`] of a message with values, formatted again only when its values
/// differ from the last ones it was formatted with in `lang`. The views draw
/// a few such texts at every frame (the title's counts, the finder's count
/// of results, the footer's help key), nearly always with the values of the
/// frame before, and formatting each through Fluent was about a twentieth
/// of a letter typed in the finder at 1,000 touchpoints (docs/performance.md,
/// the nineteenth round). One text is kept a message and language, so what
/// is kept is bounded by the messages there are. Values other than text and
/// numbers (none that the app passes) are formatted every time.
fn with_values(lang: Lang, id: &str, args: &[(&'static str, FluentValue<'_>)]) -> String {
    type Values = Vec<(&'static str, FluentValue<'static>)>;
    type Last = Kept<(Values, String)>;
    thread_local! {
        static LAST: std::cell::RefCell<Last> = Default::default();
    }
    LAST.with(|last| {
        let same = |(kept, _): &&(Values, String)| {
            kept.len() == args.len()
                && kept
                    .iter()
                    .zip(args)
                    .all(|((kept, was), (name, is))| kept == name && same_value(was, is))
        };
        if let Some((_, text)) = last
            .borrow()
            .get(&lang)
            .and_then(|texts| texts.get(id))
            .filter(same)
        {
            return text.clone();
        }
        let text = lookup(lang, id, args).unwrap_or_else(|| id.to_owned());
        // A miss refills the message's entry in place: `cjm check` formats
        // thousands of findings, each with other values.
        let fill = |kept: &mut Values| {
            kept.clear();
            for (name, value) in args {
                let value = match value {
                    FluentValue::String(text) => FluentValue::String(Cow::Owned(text.to_string())),
                    FluentValue::Number(number) => FluentValue::Number(number.clone()),
                    _ => return false,
                };
                kept.push((*name, value));
            }
            true
        };
        let mut last = last.borrow_mut();
        let texts = last.entry(lang).or_default();
        match texts.get_mut(id) {
            Some((kept, kept_text)) => {
                if fill(kept) {
                    kept_text.clone_from(&text);
                } else {
                    texts.remove(id);
                }
            }
            None => {
                let mut kept = Vec::with_capacity(args.len());
                if fill(&mut kept) {
                    texts.insert(id.to_owned(), (kept, text.clone()));
                }
            }
        }
        text
    })
}

/// Whether a value kept formats as `value` does: the same text, or the
/// same number to the bit (0 and -0 are equal numbers but not the same
/// text). Values of other kinds are never kept.
fn same_value(kept: &FluentValue<'_>, value: &FluentValue<'_>) -> bool {
    match (kept, value) {
        (FluentValue::String(kept), FluentValue::String(value)) => kept == value,
        (FluentValue::Number(kept), FluentValue::Number(value)) => {
            kept.value.to_bits() == value.value.to_bits() && kept.options == value.options
        }
        _ => false,
    }
}

/// [`text`] of a message without arguments, formatted once per language:
/// the views draw dozens of labels at every frame, and formatting a
/// message through Fluent costs microseconds each time.
fn plain(lang: Lang, id: &str) -> String {
    thread_local! {
        static FORMATTED: std::cell::RefCell<Kept<String>> = Default::default();
    }
    kept(&FORMATTED, lang, id, || {
        lookup(lang, id, &[]).unwrap_or_else(|| id.to_owned())
    })
}

/// Answers kept a language and message id, on one thread.
type Kept<T> = std::collections::BTreeMap<Lang, foldhash::HashMap<String, T>>;

/// The answer `answers` keeps for `id` in `lang`, worked out by `work`
/// the first time it is asked for.
fn kept<T: Clone>(
    answers: &'static std::thread::LocalKey<std::cell::RefCell<Kept<T>>>,
    lang: Lang,
    id: &str,
    work: impl FnOnce() -> T,
) -> T {
    answers.with(|answers| {
        if let Some(answer) = answers.borrow().get(&lang).and_then(|ids| ids.get(id)) {
            return answer.clone();
        }
        let answer = work();
        answers
            .borrow_mut()
            .entry(lang)
            .or_default()
            .insert(id.to_owned(), answer.clone());
        answer
    })
}

fn lookup(lang: Lang, id: &str, args: &[(&'static str, FluentValue<'_>)]) -> Option<String> {
    let args: Option<FluentArgs<'_>> = (!args.is_empty()).then(|| {
        args.iter()
            .map(|(name, value)| (*name, value.clone()))
            .collect()
    });
    let lang = lang.source();
    bundles::format(lang, id, args.as_ref()).or_else(|| {
        (lang != Lang::En)
            .then(|| bundles::format(Lang::En, id, args.as_ref()))
            .flatten()
    })
}

/// Whether any message file of `lang` has been parsed: each file is parsed
/// the first time one of its messages is looked up (English's also when a
/// message is missing from another language), so a process that speaks
/// one language parses only that language's files, and only those of the
/// messages it shows.
pub fn is_parsed(lang: Lang) -> bool {
    bundles::is_parsed(lang)
}

/// How many of `lang`'s message files have been parsed so far.
pub fn parsed_files(lang: Lang) -> usize {
    bundles::parsed_files(lang)
}

/// Parses all the message files of `lang` now, those not parsed yet: for a
/// thread of its own while the app's thread does other work.
pub fn prepare(lang: Lang) {
    bundles::prepare(lang);
}

/// Whether `lang`'s own files have the message `id` (no fallback) and it
/// formats without values (a message that needs one counts as missing). Each
/// answer is kept: the footer asks it of every hint at every frame, and
/// finding out formats the message through Fluent (a twentieth of a move
/// on the board, docs/performance.md, the nineteenth round). The ids asked
/// are the program's own, so what is kept is bounded.
pub fn has_message(lang: Lang, id: &str) -> bool {
    thread_local! {
        static KNOWN: std::cell::RefCell<Kept<bool>> = Default::default();
    }
    kept(&KNOWN, lang, id, || {
        bundles::format(lang, id, None).is_some()
    })
}

/// A message in the interface language: `t!("check-unknown-stage", stage = name)`.
#[macro_export]
macro_rules! t {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::text(
            $crate::i18n::current(),
            $id,
            &[$((stringify!($name), $crate::i18n::arg(&$value))),*],
        )
    };
}

/// A message in a given language (exports, new maps): `t_in!(lang, "export-heading-stages")`.
#[macro_export]
macro_rules! t_in {
    ($lang:expr, $id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::text(
            $lang,
            $id,
            &[$((stringify!($name), $crate::i18n::arg(&$value))),*],
        )
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_name_languages() {
        assert_eq!(Lang::from_tag("pl_PL.UTF-8"), Some(Lang::Pl));
        assert_eq!(Lang::from_tag("sv-SE"), Some(Lang::Sv));
        assert_eq!(Lang::from_tag("RU"), Some(Lang::Ru));
        assert_eq!(Lang::from_tag("pseudo"), Some(Lang::Pseudo));
        assert_eq!(Lang::from_tag("C"), None);
        assert_eq!(Lang::from_tag("de_DE"), None);
        assert!("xx".parse::<Lang>().is_err());
    }

    #[test]
    fn a_scope_speaks_its_language_and_ends() {
        let inside = scoped(Lang::Sv, || crate::t!("template-stage-purchase"));
        assert_eq!(inside, "Köp");
        assert_eq!(crate::t!("template-stage-purchase"), "Purchase");
        assert_eq!(for_map(None, "pl-PL"), Lang::Pl);
        assert_eq!(for_map(Some(Lang::Ru), "pl"), Lang::Ru);
        assert_eq!(for_map(None, ""), current());
    }

    /// A message formatted again with the values of the last time is not
    /// formatted through Fluent again; one with other values is.
    #[test]
    fn the_same_values_again_are_not_formatted_again() {
        let formats = || bundles::FORMATTED.with(std::cell::Cell::get);
        let _ = t_in!(Lang::Sv, "count-personas", count = 7);
        let before = formats();
        for _ in 0..3 {
            assert_eq!(t_in!(Lang::Sv, "count-personas", count = 7), "7 personor");
        }
        assert_eq!(formats(), before);
        let _ = t_in!(Lang::Sv, "count-personas", count = 8);
        assert_eq!(formats(), before + 1);
        // Zero and minus zero are equal numbers, but not the same text.
        let zero = text(
            Lang::En,
            "count-stages",
            &[("count", FluentValue::from(0.0))],
        );
        let minus = text(
            Lang::En,
            "count-stages",
            &[("count", FluentValue::from(-0.0))],
        );
        assert_ne!(zero, minus);
    }

    /// The answers kept are the answers: asked again, in any order.
    #[test]
    fn whether_a_message_is_there_is_answered_the_same_every_time() {
        for _ in 0..2 {
            for lang in [Lang::En, Lang::Pl, Lang::Ru, Lang::Sv] {
                assert!(has_message(lang, "hint-edit"), "{lang}");
                assert!(!has_message(lang, "hint-no-such-message"), "{lang}");
                assert!(has_message(lang, "find-title"), "{lang}");
            }
        }
    }

    #[test]
    fn a_missing_id_is_the_id_not_a_panic() {
        assert_eq!(t_in!(Lang::Pl, "no-such-message"), "no-such-message");
    }

    #[test]
    fn values_are_not_isolated() {
        let text = t_in!(Lang::En, "lang-unknown", code = "xx", known = "en");
        assert!(!text.contains('\u{2068}'), "{text:?}");
        assert!(text.contains("xx"), "{text}");
    }

    /// A message's last text is kept, so each text must follow its values
    /// and its language, however often it is asked for and in what turn.
    #[test]
    fn a_text_with_values_follows_its_values_and_its_language() {
        // In turn: the same values again, others, another language.
        let asked = [
            (Lang::En, 1, "1 touchpoint"),
            (Lang::En, 1, "1 touchpoint"),
            (Lang::En, 2, "2 touchpoints"),
            (Lang::En, 1, "1 touchpoint"),
            (Lang::En, 2, "2 touchpoints"),
            (Lang::Pl, 2, "2 punkty styku"),
            (Lang::Pl, 5, "5 punktów styku"),
            (Lang::Pl, 5, "5 punktów styku"),
            (Lang::En, 5, "5 touchpoints"),
        ];
        for _ in 0..2 {
            for (lang, count, expected) in asked {
                assert_eq!(
                    t_in!(lang, "count-touchpoints", count = count),
                    expected,
                    "{lang}, {count}"
                );
            }
            // A value that is not kept (no text, no number) formats every
            // time and forgets the text kept.
            let none = text(
                Lang::En,
                "count-touchpoints",
                &[("count", FluentValue::None)],
            );
            assert!(!none.contains('1'), "{none}");
            assert_eq!(
                t_in!(Lang::En, "count-touchpoints", count = 1),
                "1 touchpoint"
            );
            for (code, known) in [("xx", "en"), ("yy", "en"), ("yy", "pl"), ("en", "yy")] {
                let text = t_in!(Lang::En, "lang-unknown", code = code, known = known);
                assert_eq!(
                    text,
                    format!("“{code}” is not a language cjm speaks; choose one of {known}")
                );
            }
        }
    }
}
