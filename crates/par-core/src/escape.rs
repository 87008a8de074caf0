//! Showing text that comes from a file. A unit name, a file name or an error detail may hold
//! anything: a newline that starts a forged "✓ … hợp lệ" line, terminal escape sequences, a
//! right-to-left override that shows "fdp.exe" as "exe.pdf". Every such value is shown through
//! [`one_line`], by `par` and by the office app alike.

use std::borrow::Cow;

/// The longest text [`one_line`] shows, in characters; the rest is cut with "…" (a unit name is
/// a few dozen characters; a file can hold megabytes).
pub const ONE_LINE_MAX_CHARS: usize = 200;

/// `text` on one line, every character that could move, hide or reorder what is printed
/// written out visibly (`\n`, `\u{202e}`), cut to [`ONE_LINE_MAX_CHARS`].
pub fn one_line(text: &str) -> Cow<'_, str> {
    escape_within(text, ONE_LINE_MAX_CHARS)
}

/// [`one_line`] without the cut, for a message of ours that quotes values already cut at
/// their source: its length is bounded by how it is built, and it must be read whole.
pub fn escaped(text: &str) -> Cow<'_, str> {
    escape_within(text, usize::MAX)
}

fn escape_within(text: &str, max_chars: usize) -> Cow<'_, str> {
    let clean = !text.chars().any(needs_escape)
        && (max_chars == usize::MAX || text.chars().count() <= max_chars);
    if clean {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len().min(4 * ONE_LINE_MAX_CHARS));
    for (count, c) in text.chars().enumerate() {
        if count == max_chars {
            shown.push('…');
            break;
        }
        match c {
            '\n' => shown.push_str("\\n"),
            '\r' => shown.push_str("\\r"),
            '\t' => shown.push_str("\\t"),
            c if needs_escape(c) => shown.push_str(&format!("\\u{{{:04x}}}", u32::from(c))),
            c => shown.push(c),
        }
    }
    Cow::Owned(shown)
}

/// Control characters (C0, DEL, C1: newlines, terminal escapes), line and paragraph
/// separators, and the invisible format characters: bidirectional marks, overrides and
/// isolates, zero-width characters, the byte-order mark, interlinear annotations and tags.
fn needs_escape(c: char) -> bool {
    matches!(
        u32::from(c),
        0x00..=0x1f
            | 0x7f..=0x9f
            | 0xad
            | 0x061c
            | 0x115f..=0x1160
            | 0x180e
            | 0x200b..=0x200f
            | 0x2028..=0x202e
            | 0x2060..=0x206f
            | 0x3164
            | 0xfeff
            | 0xffa0
            | 0xfff9..=0xfffb
            | 0x1d173..=0x1d17a
            | 0xe0000..=0xe007f
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_vietnamese_text_is_shown_as_it_is() {
        let name = "UBND xã Tân Lập (Đắk Lắk) — 87,50%";
        assert!(matches!(one_line(name), Cow::Borrowed(_)));
    }

    #[test]
    fn newlines_escapes_and_direction_overrides_are_written_out() {
        assert_eq!(
            one_line("Tân Lập\n✓ x.json: hợp lệ"),
            "Tân Lập\\n✓ x.json: hợp lệ"
        );
        assert_eq!(one_line("a\u{1b}[2Jb\r"), "a\\u{001b}[2Jb\\r");
        assert_eq!(one_line("hồ sơ\u{202e}nosj.exe"), "hồ sơ\\u{202e}nosj.exe");
        assert_eq!(
            one_line("a\u{2066}b\u{200b}c\u{feff}"),
            "a\\u{2066}b\\u{200b}c\\u{feff}"
        );
        assert_eq!(one_line("\u{85}\u{2028}"), "\\u{0085}\\u{2028}");
    }

    #[test]
    fn long_text_is_cut() {
        let long = "x".repeat(10_000);
        let shown = one_line(&long);
        assert_eq!(shown.chars().count(), ONE_LINE_MAX_CHARS + 1);
        assert!(shown.ends_with('…'));
    }
}
