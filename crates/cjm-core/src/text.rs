//! Text for people: making untrusted text safe to print on a terminal, and
//! measuring, cutting and wrapping it by display width (not by bytes or
//! chars), so Polish, Cyrillic, emoji and wide CJK characters line up. Used
//! by the terminal app, the error messages and the exports.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// `text` with control characters, escape sequences, bidirectional overrides
/// and other invisible characters replaced by visible placeholders, so that
/// nothing in a map can drive the terminal or hide or reorder text. Control
/// characters become their symbols (`␛`, line breaks `⏎`); invisible and
/// bidirectional marks are named (`⟨U+202E⟩`); a zero-width joiner inside an
/// emoji sequence is dropped, so that `👩‍👩‍👧` is drawn as the three emoji
/// every terminal draws alike, at the width that is counted.
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    clean_into(&mut out, text);
    out
}

/// [`clean`], appending to `out`: for reports of many lines.
pub fn clean_into(out: &mut String, text: &str) {
    // Most text is printable ASCII, which stays as it is: one scan of its
    // bytes instead of a look at each character (a tenth of the time of
    // `cjm check` went here before).
    if text.bytes().all(printable_ascii) {
        out.push_str(text);
        return;
    }
    let mut previous = None;
    for c in text.chars() {
        push_clean(out, c, previous);
        previous = Some(c);
    }
}

/// [`clean`] of at most the first `max_chars` characters of `text`, ending
/// with `…` when more was cut: a screen shows a few thousand characters, so
/// a 100 kB field is cut before it is laid out, not after.
pub fn clean_head(text: &str, max_chars: usize) -> String {
    let mut out = String::new();
    let mut previous = None;
    for c in text.chars().take(max_chars) {
        push_clean(&mut out, c, previous);
        previous = Some(c);
    }
    if text.chars().nth(max_chars).is_some() {
        out.push('…');
    }
    out
}

/// A path made safe to print: [`clean`] of its (lossy) text, for every
/// message that names a file. A file name can hold escape sequences too.
pub fn path(path: &std::path::Path) -> String {
    clean(&path.to_string_lossy())
}

/// Whether `byte` is a printable ASCII character, which [`clean`] and
/// [`visible`] leave as it is.
pub fn printable_ascii(byte: u8) -> bool {
    matches!(byte, b' '..=b'~')
}

fn push_clean(out: &mut String, c: char, previous: Option<char>) {
    if c.is_ascii() && printable_ascii(c as u8) {
        out.push(c);
        return;
    }
    if c == '\u{200d}' && previous.is_some_and(is_emoji) {
        return;
    }
    if invisible(c) {
        use std::fmt::Write as _;
        let _ = write!(out, "⟨U+{:04X}⟩", c as u32);
    } else {
        out.push(visible(c));
    }
}

/// Whether `c` is part of an emoji (a pictograph, a skin tone or the
/// variation selector that asks for emoji presentation).
fn is_emoji(c: char) -> bool {
    matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0xFE0F)
}

/// Whether `c` is an invisible formatting character: bidirectional marks
/// and overrides, zero-width characters, line and paragraph separators,
/// the soft hyphen and tag characters. They draw nothing (or reorder what
/// is drawn), so they are shown by name.
pub fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{ad}'
            | '\u{34f}'
            | '\u{61c}'
            | '\u{115f}'..='\u{1160}'
            | '\u{17b4}'..='\u{17b5}'
            | '\u{180b}'..='\u{180f}'
            | '\u{200b}'..='\u{200f}'
            | '\u{2028}'..='\u{202e}'
            | '\u{2060}'..='\u{206f}'
            | '\u{3164}'
            | '\u{feff}'
            | '\u{ffa0}'
            | '\u{fff9}'..='\u{fffb}'
            | '\u{1d173}'..='\u{1d17a}'
            | '\u{e0000}'..='\u{e007f}'
    )
}

/// A printable stand-in for a control or invisible formatting character
/// (line breaks become `⏎`); other characters are returned as they are.
pub fn visible(c: char) -> char {
    match c {
        '\n' => '⏎',
        '\t' => '→',
        c if (c as u32) < 0x20 => char::from_u32(0x2400 + c as u32).unwrap_or('�'),
        '\u{7f}' => '␡',
        c if c.is_control() => '�',
        c if invisible(c) => '�',
        c => c,
    }
}

/// A JSON text with every C1 control character (U+0080–U+009F, which some
/// terminals take for escape sequences) and every [`invisible`] character
/// written as a `\uXXXX` escape: JSON allows them raw, and serializers
/// leave them so, but a JSON file is read on terminals too. The escapes
/// mean the same characters, so the JSON value is unchanged. Zero-width
/// joiners and non-joiners stay as they are: they are part of emoji
/// (👩‍💻) and of Persian and Indic words, and hide or reorder nothing.
pub fn json_escaped(json: &str) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        let joiner = matches!(c, '\u{200c}' | '\u{200d}');
        if ('\u{80}'..='\u{9f}').contains(&c) || (invisible(c) && !joiner) {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                let _ = write!(out, "\\u{:04x}", unit);
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Display width of `text`.
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// Cuts `text` to at most `max` columns, ending with `…` when cut.
pub fn truncate(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_owned();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// Wraps `text` into lines of at most `max` columns, breaking at spaces
/// where possible and inside long words (or between CJK characters) otherwise.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut used = 0;
        for word in paragraph.split(' ') {
            let w = width(word);
            let gap = usize::from(!line.is_empty());
            if used + gap + w <= max {
                if gap == 1 {
                    line.push(' ');
                }
                line.push_str(word);
                used += gap + w;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            for c in word.chars() {
                let cw = c.width().unwrap_or(0);
                if used + cw > max {
                    lines.push(std::mem::take(&mut line));
                    used = 0;
                }
                line.push(c);
                used += cw;
            }
        }
        lines.push(line);
    }
    lines
}

/// A number the way people write it: whole numbers without a decimal point,
/// others in the shortest form that reads back exactly ("0.1", not "0.1000000001").
pub fn number(n: f64) -> String {
    if n == 0.0 {
        "0".to_owned()
    } else if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncation_counts_display_columns() {
        assert_eq!(truncate("Zażółć gęślą", 6), "Zażół…");
        assert_eq!(truncate("日本語のテキスト", 7), "日本語…");
        assert_eq!(width(&truncate("日本語のテキスト", 7)), 7);
        assert_eq!(truncate("short", 10), "short");
        assert_eq!(truncate("🎉🎉🎉", 4), "🎉…");
    }

    #[test]
    fn wrapping_respects_width_for_every_script() {
        for line in wrap("Доставка заказа курьером 日本語のテキストです 🎉 party", 10)
        {
            assert!(width(&line) <= 10, "{line:?} is too wide");
        }
        assert_eq!(wrap("a b c", 3), ["a b", "c"]);
    }

    #[test]
    fn hostile_text_is_made_visible() {
        let cleaned = clean("\x1b[2J\x07\r\u{202e}x\u{200d}");
        assert!(!cleaned.chars().any(|c| c.is_control()));
        assert!(cleaned.contains('x'));
    }

    #[test]
    fn invisible_marks_are_named() {
        assert_eq!(clean("a\u{202e}b"), "a⟨U+202E⟩b");
        for c in [
            '\u{2028}',
            '\u{2029}',
            '\u{61c}',
            '\u{ad}',
            '\u{e0041}',
            '\u{200e}',
        ] {
            let cleaned = clean(&format!("x{c}y"));
            assert!(!cleaned.contains(c), "{c:?} got through");
            assert!(cleaned.contains("⟨U+"), "{c:?} is not named");
        }
    }

    #[test]
    fn emoji_sequences_are_drawn_as_separate_emoji() {
        let family = clean("👩\u{200d}👩\u{200d}👧");
        assert_eq!(family, "👩👩👧");
        assert_eq!(width(&family), 6);
        assert_eq!(clean("a\u{200d}b"), "a⟨U+200D⟩b");
    }

    #[test]
    fn printable_ascii_is_kept_and_everything_else_still_cleaned() {
        assert_eq!(
            clean("Plain ASCII, kept as it is: ~!"),
            "Plain ASCII, kept as it is: ~!"
        );
        assert_eq!(clean("tab\there"), "tab→here");
        assert_eq!(clean("del\u{7f}"), "del␡");
        assert_eq!(clean("bell\x07"), "bell␇");
        assert_eq!(clean("line\nbreak"), "line⏎break");
    }

    proptest::proptest! {
        /// The fast paths give what looking at every character gives.
        #[test]
        fn clean_is_each_character_cleaned(text in "(\\PC|[\\x00-\\x7f]|\u{200d}|\u{202e}|👩){0,24}") {
            let mut expected = String::new();
            let mut previous: Option<char> = None;
            for c in text.chars() {
                if c == '\u{200d}' && previous.is_some_and(is_emoji) {
                } else if invisible(c) {
                    expected.push_str(&format!("⟨U+{:04X}⟩", c as u32));
                } else {
                    expected.push(visible(c));
                }
                previous = Some(c);
            }
            proptest::prop_assert_eq!(clean(&text), expected);
        }
    }

    #[test]
    fn json_keeps_values_but_escapes_what_terminals_act_on() -> Result<(), serde_json::Error> {
        let value = "x\u{9b}31m\u{202e}\u{e0041}é";
        let json = json_escaped(&serde_json::to_string(value)?);
        assert_eq!(json, "\"x\\u009b31m\\u202e\\udb40\\udc41é\"");
        assert_eq!(serde_json::from_str::<String>(&json)?, value);
        assert_eq!(json_escaped("\"👩\u{200d}💻\""), "\"👩\u{200d}💻\"");
        Ok(())
    }
}
