//! The pseudo-locale: English made accented and about 40 % longer at lookup
//! time, in brackets, so text that is not localised, text cut short and
//! layouts that cannot take longer words show at a glance. Values put into
//! a message (a map's names, numbers) stay as they are.

use fluent_templates::fluent_bundle::FluentValue;

use super::Lang;

/// Marks a value's place while the English text around it is transformed.
const MARK: char = '\u{E000}';

/// The message `id` in the pseudo-locale.
pub(super) fn text(id: &str, args: &[(&'static str, FluentValue<'_>)]) -> String {
    // Text values are swapped for marks so only the message's own words change;
    // numbers stay, as they choose plural forms.
    let mut values = Vec::new();
    let marked: Vec<(&'static str, FluentValue<'_>)> = args
        .iter()
        .map(|(name, value)| match value {
            FluentValue::String(text) => {
                values.push(text.to_string());
                (*name, FluentValue::from(mark(values.len() - 1)))
            }
            other => (*name, other.clone()),
        })
        .collect();
    let english = super::lookup(Lang::En, id, &marked).unwrap_or_else(|| id.to_owned());
    let mut out = String::with_capacity(english.len() * 2);
    let mut letters = 0usize;
    let mut added = 0usize;
    let mut chars = english.chars().peekable();
    while let Some(c) = chars.next() {
        if c == MARK {
            let digits: String =
                std::iter::from_fn(|| chars.next_if(char::is_ascii_digit)).collect();
            chars.next_if_eq(&MARK);
            if let Some(value) = digits.parse::<usize>().ok().and_then(|i| values.get(i)) {
                out.push_str(value);
            }
            continue;
        }
        out.push(accent(c));
        if c.is_ascii_alphabetic() {
            letters += 1;
            // Every vowel doubled, and more where that falls short of 40 %.
            if "aeiouyAEIOUY".contains(c) || (added * 5 < letters * 2 && letters.is_multiple_of(3))
            {
                out.push(accent(c.to_ascii_lowercase()));
                added += 1;
            }
        }
    }
    if english.trim().is_empty() {
        return out;
    }
    format!("[{out}]")
}

fn mark(index: usize) -> String {
    format!("{MARK}{index}{MARK}")
}

fn accent(c: char) -> char {
    const PLAIN: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const ACCENTED: &str = "àƀçđèƒĝĥìĵķľɱñòƥʠŕşţùṽŵẋýžÀƁÇĐÈƑĜĤÌĴĶĽṀÑÒƤɊŔŞŢÙṼŴẊÝŽ";
    PLAIN
        .chars()
        .position(|p| p == c)
        .and_then(|i| ACCENTED.chars().nth(i))
        .unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::width;

    #[test]
    fn pseudo_text_is_accented_longer_and_keeps_values() {
        let english = crate::t_in!(Lang::En, "lang-unknown", code = "xx", known = "en, pl");
        let pseudo = crate::t_in!(Lang::Pseudo, "lang-unknown", code = "xx", known = "en, pl");
        assert!(pseudo.starts_with('[') && pseudo.ends_with(']'), "{pseudo}");
        assert!(
            pseudo.contains("xx") && pseudo.contains("en, pl"),
            "{pseudo}"
        );
        assert!(
            width(&pseudo) * 10 >= width(&english) * 13,
            "{english} → {pseudo}"
        );
        assert!(!pseudo.is_ascii());
    }
}
