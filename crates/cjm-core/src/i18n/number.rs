//! Numbers as each language writes them: "3.6" in English, "3,6" in Polish,
//! Russian and Swedish. Input takes both forms where the comma cannot mean
//! anything else; the file always keeps the point.

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::fluent_bundle::memoizer::MemoizerKind;

use super::Lang;

/// `value` written for `lang`: no trailing zeros, at most `decimals` places,
/// with the language's decimal mark.
pub fn decimal(value: f64, decimals: usize, lang: Lang) -> String {
    let mut text = format!("{value:.decimals$}");
    if text.contains('.') {
        let trimmed = text.trim_end_matches('0').trim_end_matches('.').len();
        text.truncate(trimmed);
    }
    if text == "-0" {
        text = "0".to_owned();
    }
    localise(&text, lang)
}

/// A number already written the canonical way ("3.6", "-2", "1e3") with the
/// decimal mark of `lang`.
pub fn localise(canonical: &str, lang: Lang) -> String {
    if lang.decimal_comma() {
        canonical.replacen('.', ",", 1)
    } else {
        canonical.to_owned()
    }
}

/// A number as someone typed it, in the canonical form the file keeps:
/// "3,6" becomes "3.6" in a language that writes a decimal comma. Text that
/// is not such a number comes back unchanged, for the caller's own check.
pub fn canonical(typed: &str, lang: Lang) -> String {
    let trimmed = typed.trim();
    if !lang.decimal_comma() || trimmed.matches(',').count() != 1 || trimmed.contains('.') {
        return typed.to_owned();
    }
    let candidate = trimmed.replacen(',', ".", 1);
    if candidate.parse::<f64>().is_ok() {
        candidate
    } else {
        typed.to_owned()
    }
}

/// Parses a typed number in `lang` ("3,6" in Polish, "3.6" anywhere).
pub fn parse(typed: &str, lang: Lang) -> Option<f64> {
    canonical(typed, lang).trim().parse().ok()
}

/// Fluent's formatter for languages with a decimal comma: a number in a
/// message ("{ $score }") is written "3,6".
pub(super) fn fluent_comma<M: MemoizerKind>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(number) => {
            let text = number.as_string();
            text.contains('.').then(|| text.replacen('.', ",", 1))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_use_the_languages_mark() {
        assert_eq!(decimal(3.6, 1, Lang::Pl), "3,6");
        assert_eq!(decimal(3.6, 1, Lang::En), "3.6");
        assert_eq!(decimal(4.0, 2, Lang::Sv), "4");
        assert_eq!(decimal(-0.04, 1, Lang::Ru), "0");
        assert_eq!(decimal(2.25, 2, Lang::Ru), "2,25");
    }

    #[test]
    fn a_typed_comma_is_a_decimal_mark_where_the_language_uses_one() {
        assert_eq!(canonical("3,6", Lang::Pl), "3.6");
        assert_eq!(canonical(" -1,5 ", Lang::Sv), "-1.5");
        assert_eq!(canonical("3,6", Lang::En), "3,6");
        assert_eq!(canonical("1,2,3", Lang::Pl), "1,2,3");
        assert_eq!(canonical("a,b", Lang::Pl), "a,b");
        assert_eq!(parse("3,6", Lang::Ru), Some(3.6));
        assert_eq!(parse("3.6", Lang::Ru), Some(3.6));
    }
}
