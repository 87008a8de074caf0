//! One pass over a JSON text for what serde_json lets through but the formats forbid: a key
//! written twice in one object (serde_json keeps the last, another reader the first: each
//! would see a file the other never verified), and numbers that do not survive the canonical
//! round trip exactly (integers beyond 2^53, more digits than a double holds).
//!
//! The scanner only looks at structure and never judges syntax: anything it does not
//! understand ends the scan quietly and serde_json, which reads the text next, says what is
//! wrong. It is a loop over bytes with no recursion, so no input can make it slow or deep.

use std::borrow::Cow;

/// What the scan found, at a byte offset of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    pub offset: usize,
    pub kind: FoundKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FoundKind {
    /// The key (decoded) appears a second time in one object.
    DuplicateKey(String),
    /// The number as written.
    InexactNumber(String),
}

/// The bytes that start something the scan looks at: brackets, commas, strings, numbers.
const MATTERS: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = matches!(
            i as u8,
            b'{' | b'}' | b'[' | b']' | b',' | b'"' | b'-' | b'0'..=b'9'
        );
        i += 1;
    }
    table
};
/// Deeper than serde_json reads (128): the scan stops and serde_json reports the depth.
const MAX_DEPTH: usize = 256;
/// Objects with more keys than this are checked once, sorted, when they close (a list scanned
/// for each new key would make a hostile object of 100,000 keys quadratic).
const LINEAR_KEYS: usize = 24;

/// The first duplicate key or inexact number of `text`, if any.
pub(crate) fn scan(text: &str) -> Option<Found> {
    Scanner {
        text,
        bytes: text.as_bytes(),
        at: 0,
        keys: Vec::new(),
        objects: Vec::new(),
    }
    .run()
}

struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    /// The keys of every open object, innermost last, with where each is written.
    keys: Vec<(Cow<'a, str>, usize)>,
    /// Open objects and arrays, innermost last.
    objects: Vec<Frame>,
}

enum Frame {
    Array,
    Object {
        /// Where this object's keys start in `keys`.
        first_key: usize,
        expecting_key: bool,
    },
}

impl<'a> Scanner<'a> {
    fn run(mut self) -> Option<Found> {
        loop {
            // Most of a pretty-printed file is indentation: skip it eight spaces at a time,
            // then to the next byte that matters.
            while let Some(word) = self.bytes.get(self.at..self.at + 8) {
                if word != b"        " {
                    break;
                }
                self.at += 8;
            }
            let skipped = self.bytes[self.at..]
                .iter()
                .position(|b| MATTERS[usize::from(*b)])?;
            self.at += skipped;
            match self.bytes[self.at] {
                b'{' => {
                    if self.objects.len() >= MAX_DEPTH {
                        return None;
                    }
                    self.objects.push(Frame::Object {
                        first_key: self.keys.len(),
                        expecting_key: true,
                    });
                    self.at += 1;
                }
                b'[' => {
                    if self.objects.len() >= MAX_DEPTH {
                        return None;
                    }
                    self.objects.push(Frame::Array);
                    self.at += 1;
                }
                b'}' | b']' => {
                    if let Some(Frame::Object { first_key, .. }) = self.objects.pop() {
                        if let Some(found) = large_object_duplicate(&mut self.keys[first_key..]) {
                            return Some(found);
                        }
                        self.keys.truncate(first_key);
                    }
                    self.at += 1;
                }
                b',' => {
                    if let Some(Frame::Object { expecting_key, .. }) = self.objects.last_mut() {
                        *expecting_key = true;
                    }
                    self.at += 1;
                }
                b'"' => {
                    let start = self.at;
                    let (end, escaped) = self.string_end()?;
                    if let Some(Frame::Object {
                        expecting_key: expecting @ true,
                        ..
                    }) = self.objects.last_mut()
                    {
                        *expecting = false;
                        if let Some(key) = self.new_key(start, end, escaped)? {
                            return Some(Found {
                                offset: start,
                                kind: FoundKind::DuplicateKey(key),
                            });
                        }
                    }
                    self.at = end;
                }
                b'-' | b'0'..=b'9' => {
                    let start = self.at;
                    let length = self.bytes[start..]
                        .iter()
                        .position(|b| !matches!(b, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E'))
                        .unwrap_or(self.bytes.len() - start);
                    self.at += length;
                    let token = &self.text[start..self.at];
                    if !survives_round_trip(token) {
                        return Some(Found {
                            offset: start,
                            kind: FoundKind::InexactNumber(token.to_string()),
                        });
                    }
                }
                _ => self.at += 1,
            }
        }
    }

    /// The offset just past the closing quote of the string that starts at `self.at`, and
    /// whether the string has escapes.
    fn string_end(&self) -> Option<(usize, bool)> {
        let mut at = self.at + 1;
        let mut escaped = false;
        loop {
            at += quote_or_backslash(self.bytes.get(at..)?)?;
            if self.bytes[at] == b'"' {
                return Some((at + 1, escaped));
            }
            escaped = true;
            at += 2;
        }
    }

    /// Records the key written at `start..end` (with its quotes) in the innermost object;
    /// `Some(key)` when that object already has it. `None` ends the scan (an undecodable key:
    /// serde_json will say why).
    fn new_key(&mut self, start: usize, end: usize, escaped: bool) -> Option<Option<String>> {
        let written = &self.text[start + 1..end - 1];
        let key: Cow<'a, str> = if escaped {
            Cow::Owned(serde_json::from_str::<String>(&self.text[start..end]).ok()?)
        } else {
            Cow::Borrowed(written)
        };
        let Some(Frame::Object { first_key, .. }) = self.objects.last() else {
            return Some(None);
        };
        let keys = &self.keys[*first_key..];
        // A small object is checked key by key; a large one when it closes.
        if keys.len() < LINEAR_KEYS && keys.iter().any(|(seen, _)| *seen == key) {
            return Some(Some(key.into_owned()));
        }
        self.keys.push((key, start));
        Some(None)
    }
}

/// The second occurrence written first of a key that a large object holds twice: its keys
/// sorted (with where each is written), equal neighbours are duplicates.
fn large_object_duplicate(keys: &mut [(Cow<'_, str>, usize)]) -> Option<Found> {
    if keys.len() < LINEAR_KEYS {
        return None;
    }
    keys.sort_unstable();
    keys.windows(2)
        .filter(|pair| pair[0].0 == pair[1].0)
        .map(|pair| (pair[1].1, &pair[1].0))
        .min_by_key(|(offset, _)| *offset)
        .map(|(offset, key)| Found {
            offset,
            kind: FoundKind::DuplicateKey(key.to_string()),
        })
}

/// The position of the first `"` or `\\` in `bytes`, eight bytes at a time (strings are most
/// of a file, and most are short: a word-wide test beats both a byte loop and a call out).
fn quote_or_backslash(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let zero_byte = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
    let mut chunks = bytes.chunks_exact(8);
    for (i, chunk) in chunks.by_ref().enumerate() {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let found = zero_byte(word ^ (ONES * u64::from(b'"')))
            | zero_byte(word ^ (ONES * u64::from(b'\\')));
        if found != 0 {
            // The lowest flagged byte is exact (later ones may be false alarms).
            return Some(i * 8 + (found.trailing_zeros() / 8) as usize);
        }
    }
    let done = bytes.len() - chunks.remainder().len();
    chunks
        .remainder()
        .iter()
        .position(|b| *b == b'"' || *b == b'\\')
        .map(|at| done + at)
}

/// Whether the number written as `token` reads back exactly from the canonical form (an
/// IEEE double) by every reader: an integer up to 2^53, or at most 15 significant digits as
/// written with a power of ten small enough to be exact (|exponent| ≤ 22), which every JSON
/// reader parses to the same double. A token that is not a JSON number passes: serde_json
/// reports it.
pub(crate) fn survives_round_trip(token: &str) -> bool {
    let unsigned = token.strip_prefix('-').unwrap_or(token);
    // The common case, decided at once: plain digits with at most one point, 15 digits at
    // most (87.5, 2025, 0.25).
    if unsigned.len() <= 15 && unsigned.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        let points = unsigned.bytes().filter(|b| *b == b'.').count();
        if points == 0 || (points == 1 && unsigned.len() <= 16) {
            return true;
        }
    }
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(at) => (&unsigned[..at], Some(&unsigned[at + 1..])),
        None => (unsigned, None),
    };
    let (whole, fraction) = match mantissa.find('.') {
        Some(at) => (&mantissa[..at], Some(&mantissa[at + 1..])),
        None => (mantissa, None),
    };
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(whole) || fraction.is_some_and(|f| !all_digits(f)) {
        return true;
    }
    let Some(exponent) = exponent else {
        if fraction.is_none() {
            // 2^53 = 9007199254740992: every integer up to it is exact as a double.
            let whole = whole.trim_start_matches('0');
            return whole.len() < 16 || (whole.len() == 16 && whole <= "9007199254740992");
        }
        return decimal_is_exact(whole, fraction.unwrap_or(""), 0);
    };
    let exponent_digits = exponent.trim_start_matches(['+', '-']);
    if !all_digits(exponent_digits) {
        return true;
    }
    // Anything beyond a few digits of exponent is far out of range either way.
    let Ok(magnitude) = exponent_digits.parse::<u16>() else {
        return false;
    };
    let exponent = if exponent.starts_with('-') {
        -i32::from(magnitude)
    } else {
        i32::from(magnitude)
    };
    decimal_is_exact(whole, fraction.unwrap_or(""), exponent)
}

/// `whole.fraction × 10^exponent` written with at most 15 digits, scaled by at most 10^±22.
fn decimal_is_exact(whole: &str, fraction: &str, exponent: i32) -> bool {
    let digits = whole.trim_start_matches('0').len() + fraction.len();
    let leading_zeros_of_fraction = if whole.trim_start_matches('0').is_empty() {
        fraction.len() - fraction.trim_start_matches('0').len()
    } else {
        0
    };
    let written = digits - leading_zeros_of_fraction;
    let scale = exponent - fraction.len() as i32;
    written <= 15 && (-22..=22).contains(&scale)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn duplicate(text: &str) -> Option<String> {
        match scan(text)?.kind {
            FoundKind::DuplicateKey(key) => Some(key),
            FoundKind::InexactNumber(_) => None,
        }
    }

    #[test]
    fn a_key_twice_in_one_object_is_found_however_it_is_written() {
        assert_eq!(duplicate(r#"{"a": 1, "a": 2}"#), Some("a".into()));
        assert_eq!(duplicate(r#"{"a": 1, "\u0061": 2}"#), Some("a".into()));
        assert_eq!(
            duplicate(r#"{"x": {"tên": 1, "b": [1, {"c": 0}], "tên": 2}}"#),
            Some("tên".into())
        );
        // Equal keys in different objects, or keys equal to values, are fine.
        assert_eq!(
            duplicate(r#"{"a": {"a": "a"}, "b": [{"a": 1}, {"a": 2}]}"#),
            None
        );
        assert_eq!(duplicate(r#"{"a": "\"", "b": "a\\"}"#), None);
    }

    #[test]
    fn a_large_object_is_checked_without_quadratic_work() {
        let keys: Vec<String> = (0..50_000).map(|i| format!("\"k{i}\": {i}")).collect();
        let mut text = format!("{{{}}}", keys.join(","));
        assert_eq!(scan(&text), None);
        text.insert_str(1, "\"k49999\": 0, ");
        assert_eq!(duplicate(&text), Some("k49999".into()));
    }

    #[test]
    fn numbers_that_a_double_holds_exactly_pass() {
        for token in [
            "0",
            "-0",
            "12",
            "87.5",
            "-0.25",
            "1e2",
            "1.5E-3",
            "0.0001",
            "9007199254740992",
            "-9007199254740992",
            "123456789012345",
            "0.000000000000001",
            "99.99990",
        ] {
            assert!(survives_round_trip(token), "{token}");
        }
    }

    #[test]
    fn numbers_the_canonical_form_would_change_are_found() {
        for token in [
            "9007199254740993",
            "18446744073709551616",
            "0.10000000000000000001",
            "1234567890123456.5",
            "1e400",
            "1e-30",
            "4.5e300",
        ] {
            assert!(!survives_round_trip(token), "{token}");
        }
        let found = scan(r#"{"size": 9007199254740993}"#).unwrap();
        assert_eq!(found.offset, 9);
        assert_eq!(
            found.kind,
            FoundKind::InexactNumber("9007199254740993".into())
        );
    }

    #[test]
    fn quotes_and_backslashes_are_found_at_any_position() {
        for length in 0..20 {
            for at in 0..length {
                for mark in [b'"', b'\\'] {
                    let mut bytes = vec![b'a'; length];
                    bytes[at] = mark;
                    if at + 1 < length {
                        bytes[at + 1] = b'"';
                    }
                    assert_eq!(quote_or_backslash(&bytes), Some(at), "{length} {at}");
                }
            }
            let plain = vec![0xe1; length];
            assert_eq!(quote_or_backslash(&plain), None);
        }
    }

    #[test]
    fn broken_or_hostile_text_ends_the_scan_quietly() {
        for text in [
            "",
            "{",
            "\"",
            "{\"a",
            "{\"a\\",
            "[[[[",
            "}}}",
            "{\"\\u12\": 1, \"x\": 2}",
            "-",
            "1e",
        ] {
            let _ = scan(text);
        }
        let deep = "[".repeat(100_000);
        assert_eq!(scan(&deep), None);
    }
}
