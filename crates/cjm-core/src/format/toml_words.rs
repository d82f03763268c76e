//! The TOML parser's own words, looked up to say them in the interface
//! language.
//!
//! The parser (`toml_parser`) describes a syntax error in a fixed English
//! phrase, and the date parser (`toml_datetime`) a bad date as "invalid
//! {what}, expected {detail}". This module only matches those phrases to
//! message ids (`load-toml-problem`, `load-toml-expected`, `load-toml-date*` in
//! `load.ftl`); the phrases themselves are never shown, except one a newer
//! parser adds, which stays in English until it is listed here.

/// Each phrase of the parser's errors with its key in `load-toml-problem`.
const PROBLEMS: &[(&str, &str)] = &[
    ("invalid basic string", "invalid-basic-string"),
    ("invalid literal string", "invalid-literal-string"),
    (
        "invalid multi-line basic string",
        "invalid-multi-line-basic-string",
    ),
    (
        "invalid multi-line literal string",
        "invalid-multi-line-literal-string",
    ),
    ("invalid string", "invalid-string"),
    ("unclosed array", "unclosed-array"),
    ("unclosed table", "unclosed-table"),
    ("unclosed array table", "unclosed-array-table"),
    ("unclosed inline table", "unclosed-inline-table"),
    (
        "missing assignment between key-value pairs",
        "missing-assignment-between-key-value-pairs",
    ),
    ("missing value", "missing-value"),
    ("missing value for key", "missing-value-for-key"),
    ("key with no value", "key-with-no-value"),
    ("invalid unquoted key", "invalid-unquoted-key"),
    ("unquoted keys cannot be empty", "empty-unquoted-key"),
    (
        "keys cannot be multi-line basic strings",
        "multi-line-basic-key",
    ),
    (
        "keys cannot be multi-line literal strings",
        "multi-line-literal-key",
    ),
    (
        "string values must be quoted",
        "string-values-must-be-quoted",
    ),
    (
        "missing comma between array elements",
        "missing-comma-between-array-elements",
    ),
    (
        "missing comma between key-value pairs",
        "missing-comma-between-key-value-pairs",
    ),
    ("extra comma in array", "extra-comma-in-array"),
    ("extra comma in inline table", "extra-comma-in-inline-table"),
    (
        "extra assignment between key-value pairs",
        "extra-assignment",
    ),
    ("extra `=`", "extra-equals"),
    ("unexpected `=` in array", "assignment-in-array"),
    ("unexpected content", "unexpected-content"),
    (
        "unexpected content between comment and newline",
        "content-after-comment",
    ),
    ("unexpected key or value", "unexpected-key-or-value"),
    ("invalid value", "invalid-value"),
    ("invalid key-value pair", "invalid-key-value-pair"),
    (
        "invalid inline table element",
        "invalid-inline-table-element",
    ),
    (
        "missing key for inline table element",
        "missing-key-in-inline-table",
    ),
    (
        "missing inline table opening",
        "missing-inline-table-opening",
    ),
    ("missing array opening", "missing-array-opening"),
    ("missing table open", "missing-table-opening"),
    ("missing opening quote", "missing-opening-quote"),
    ("missing escaped value", "missing-escaped-value"),
    ("too few unicode value digits", "too-few-unicode-digits"),
    ("missing comment start", "missing-comment-start"),
    ("invalid comment character", "invalid-comment-character"),
    (
        "carriage return must be followed by newline",
        "lone-carriage-return",
    ),
    (
        "cannot recurse further; max recursion depth met",
        "too-deep",
    ),
    ("invalid boolean", "invalid-boolean"),
    ("invalid integer number", "invalid-integer"),
    ("invalid float", "invalid-float"),
    ("invalid binary number", "invalid-binary"),
    ("invalid octal number", "invalid-octal"),
    ("invalid hexadecimal number", "invalid-hexadecimal"),
    ("invalid date-time", "invalid-date-time"),
    ("integers with a radix cannot be signed", "signed-radix"),
    ("radix must be lowercase", "uppercase-radix"),
    ("redundant integer number prefix", "redundant-prefix"),
    ("redundant numeric sign", "redundant-sign"),
    ("unexpected sign", "unexpected-sign"),
    ("unexpected leading zero", "leading-zero"),
    ("`_` may only go between digits", "misplaced-underscore"),
];

/// What the parser expected, described in words, with its key in
/// `load-toml-expected`.
const EXPECTED: &[(&str, &str)] = &[
    ("key", "key"),
    ("value", "value"),
    ("numbers", "numbers"),
    ("digits", "digits"),
    ("letters", "letters"),
    ("characters", "characters"),
    ("printable characters", "printable-characters"),
    ("unicode hexadecimal value", "unicode-hexadecimal"),
    ("basic string", "basic-string"),
    ("literal string", "literal-string"),
    ("multi-line basic string", "multi-line-basic-string"),
    ("multi-line literal string", "multi-line-literal-string"),
    ("unquoted string", "unquoted-string"),
    ("non-single-quote characters", "non-single-quote"),
    (
        "non-single-quote visible characters",
        "non-single-quote-visible",
    ),
    (
        "non-double-quote visible characters",
        "non-double-quote-visible",
    ),
];

/// What part of a date the date parser found wrong, with its key in
/// `load-toml-date`.
const DATE_PARTS: &[(&str, &str)] = &[
    ("date", "date"),
    ("time", "time"),
    ("date-time", "date-time"),
    ("offset", "offset"),
    ("datetime", "datetime"),
];

/// What the date parser expected, with its key in `load-toml-date-expected`.
/// A day's range (`day between 01 and 28`) is matched apart: its last day
/// is a value of the message.
const DATE_EXPECTED: &[(&str, &str)] = &[
    ("year or hour", "year-or-hour"),
    ("`-` (YYYY-MM) or `:` (HH:MM)", "dash-or-colon"),
    ("month", "month"),
    ("day", "day"),
    ("hour", "hour"),
    ("minute", "minute"),
    ("second", "second"),
    ("nanosecond", "nanosecond"),
    ("`-` (MM-DD)", "dash-before-day"),
    ("`:` (HH:MM)", "colon-before-minute"),
    ("`T` between date and time", "t-between"),
    ("`Z`, +OFFSET, -OFFSET", "offset"),
    ("a four-digit year (YYYY)", "four-digit-year"),
    ("a two-digit month (MM)", "two-digit-month"),
    ("a two-digit day (DD)", "two-digit-day"),
    ("a two-digit hour (HH)", "two-digit-hour"),
    ("a two-digit minute (MM)", "two-digit-minute"),
    ("a two-digit second (SS)", "two-digit-second"),
    ("month between 01 and 12", "month-range"),
    ("hour between 00 and 23", "hour-range"),
    ("hours between 00 and 23", "hours-range"),
    ("minute between 00 and 59", "minute-range"),
    ("minutes between 00 and 59", "minutes-range"),
    ("second between 00 and 60", "second-range"),
    ("nanoseconds overflowed", "nanoseconds-overflowed"),
];

fn key_of(table: &[(&str, &'static str)], phrase: &str) -> Option<&'static str> {
    table
        .iter()
        .find(|(p, _)| *p == phrase)
        .map(|(_, key)| *key)
}

/// The parser's description of a syntax error in the interface language;
/// a bad date's details too. A phrase not listed stays as the parser words it.
pub fn problem(description: &str) -> String {
    if let Some(key) = key_of(PROBLEMS, description) {
        return crate::t!("load-toml-problem", problem = key);
    }
    date_problem(description).unwrap_or_else(|| description.to_owned())
}

/// What the parser expected, described in words, in the interface language.
pub fn expected(description: &str) -> String {
    key_of(EXPECTED, description).map_or_else(
        || description.to_owned(),
        |key| crate::t!("load-toml-expected", expected = key),
    )
}

/// The date parser's "invalid {what}, expected {detail}", translated when
/// both parts are known.
fn date_problem(description: &str) -> Option<String> {
    let rest = description.strip_prefix("invalid ")?;
    let (what, detail) = match rest.split_once(", expected ") {
        Some((what, detail)) => (what, Some(detail)),
        None => (rest, None),
    };
    let what = crate::t!("load-toml-date", what = key_of(DATE_PARTS, what)?);
    let Some(detail) = detail else {
        return Some(what);
    };
    let detail = match detail.strip_prefix("day between 01 and ") {
        Some(last) => crate::t!(
            "load-toml-date-expected",
            expected = "day-range",
            last = last.parse::<u8>().ok()?
        ),
        None => crate::t!(
            "load-toml-date-expected",
            expected = key_of(DATE_EXPECTED, detail)?,
            last = 31
        ),
    };
    Some(crate::t!(
        "load-syntax-expected",
        problem = what,
        expected = detail
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, scoped};

    /// Every phrase has its own variant: English says the parser's words
    /// back, and no other language falls to the default variant.
    #[test]
    fn every_phrase_has_its_words_in_each_language() {
        let fallback = |lang| scoped(lang, || problem("invalid value"));
        for (phrase, key) in PROBLEMS {
            assert_eq!(scoped(Lang::En, || problem(phrase)), *phrase);
            for lang in [Lang::Pl, Lang::Ru, Lang::Sv] {
                let said = scoped(lang, || problem(phrase));
                assert!(
                    *key == "invalid-value" || said != fallback(lang),
                    "{lang}: {key}"
                );
            }
        }
        let other = |lang| scoped(lang, || expected("characters"));
        for (phrase, key) in EXPECTED {
            assert_eq!(scoped(Lang::En, || expected(phrase)), *phrase);
            for lang in [Lang::Pl, Lang::Ru, Lang::Sv] {
                let said = scoped(lang, || expected(phrase));
                assert!(*key == "characters" || said != other(lang), "{lang}: {key}");
            }
        }
        for (part, _) in DATE_PARTS {
            for (detail, _) in DATE_EXPECTED {
                let phrase = format!("invalid {part}, expected {detail}");
                assert_eq!(scoped(Lang::En, || problem(&phrase)), phrase);
            }
        }
        for last in [28, 29, 30, 31] {
            let phrase = format!("invalid date, expected day between 01 and {last}");
            assert_eq!(scoped(Lang::En, || problem(&phrase)), phrase);
            assert_eq!(
                scoped(Lang::Pl, || problem(&phrase)),
                format!("niepoprawna data, oczekiwano: dzień od 01 do {last}")
            );
        }
    }
}
