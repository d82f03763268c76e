//! Text for people: making untrusted text safe to print on a terminal, and
//! measuring, cutting and wrapping it by display width (not by bytes or
//! chars), so Polish, Cyrillic, emoji and wide CJK characters line up. Used
//! by the terminal app, the error messages and the exports.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// `text` with control characters, escape sequences, bidirectional overrides
/// and other invisible characters replaced by visible placeholders, so that
/// nothing in a map can drive the terminal. Line breaks become `⏎`.
pub fn clean(text: &str) -> String {
    text.chars().map(visible).collect()
}

/// [`clean`] of at most the first `max_chars` characters of `text`, ending
/// with `…` when more was cut: a screen shows a few thousand characters, so
/// a 100 kB field is cut before it is laid out, not after.
pub fn clean_head(text: &str, max_chars: usize) -> String {
    let mut out: String = text.chars().take(max_chars).map(visible).collect();
    if text.chars().nth(max_chars).is_some() {
        out.push('…');
    }
    out
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
        '\u{200b}'..='\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{2069}'
        | '\u{feff}' => '�',
        c => c,
    }
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
}
