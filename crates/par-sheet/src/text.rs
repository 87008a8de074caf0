//! Text as it comes out of a spreadsheet: composed accents, one kind of line break, and a
//! forgiving key for matching words an official typed against the template's words.

use unicode_normalization::UnicodeNormalization;

/// The text in composed form (NFC), `\r\n` as `\n`, trimmed. Vietnamese typed with a
/// “Unicode tổ hợp” keyboard setting, or read from a Windows-1258 file, arrives decomposed
/// (`e` + `̂` + `́`), which looks the same but would not match “ế” anywhere else.
pub fn clean(text: &str) -> String {
    let composed: String = text.nfc().collect();
    composed
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .trim()
        .to_string()
}

/// A key for comparing words: composed, lower case, spaces collapsed, no trailing colon.
pub fn key(text: &str) -> String {
    let cleaned = clean(text);
    let lower = cleaned.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    words.join(" ").trim_end_matches(':').trim_end().to_string()
}

/// Non-empty lines of a cell, each trimmed.
pub fn lines(text: &str) -> Vec<String> {
    clean(text)
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_string)
        .collect()
}

/// An id for a level or part the official gave no id: its label in ASCII words joined by `_`
/// (“Ban hành đúng hạn” → `ban_hanh_dung_han`), at most 40 characters.
pub fn id_from_label(label: &str) -> String {
    let words: Vec<String> = clean(label)
        .split_whitespace()
        .map(|word| {
            word.chars()
                .filter_map(par_core::submission::fold_vietnamese)
                .collect::<String>()
        })
        .filter(|word| !word.is_empty())
        .collect();
    let mut id = String::new();
    for word in words {
        if id.len() + word.len() + 1 > 40 {
            break;
        }
        if !id.is_empty() {
            id.push('_');
        }
        id.push_str(&word);
    }
    if id.is_empty() {
        "muc".to_string()
    } else {
        id
    }
}

/// Splits `label: value` at the last colon; `None` without a colon.
pub fn split_label(line: &str) -> Option<(&str, &str)> {
    let at = line.rfind(':')?;
    Some((line[..at].trim(), line[at + 1..].trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decomposed_accents_match_composed_ones() {
        assert_eq!(key("Tie\u{302}\u{301}u chi\u{301} "), key("tiếu CHÍ"));
        assert_eq!(key("Xếp   loại:"), "xếp loại");
    }

    #[test]
    fn ids_from_labels() {
        assert_eq!(id_from_label("Ban hành đúng hạn"), "ban_hanh_dung_han");
        assert_eq!(id_from_label("—"), "muc");
    }
}
