//! The file, read along as the value is written: each piece must come next, as serde_json's
//! pretty writer lays it out (two spaces per level, `": "` between key and value).

use super::super::same_json::{Mismatch, Result};

pub(super) struct Text<'t> {
    bytes: &'t [u8],
    at: usize,
}

impl<'t> Text<'t> {
    pub(super) fn new(bytes: &'t [u8]) -> Self {
        Text { bytes, at: 0 }
    }

    /// The file goes on with `expected`.
    pub(super) fn expect(&mut self, expected: &[u8]) -> Result {
        let end = self.at + expected.len();
        match self.bytes.get(self.at..end) {
            Some(found) if same(found, expected) => {
                self.at = end;
                Ok(())
            }
            _ => Err(Mismatch),
        }
    }

    /// The file goes on with the indentation of `depth` levels.
    pub(super) fn expect_indent(&mut self, depth: usize) -> Result {
        let end = self.at + 2 * depth;
        match self.bytes.get(self.at..end) {
            Some(spaces) if spaces.iter().all(|&byte| byte == b' ') => {
                self.at = end;
                Ok(())
            }
            _ => Err(Mismatch),
        }
    }

    /// Nothing but JSON whitespace after what was read.
    pub(super) fn only_whitespace_left(&self) -> bool {
        self.bytes[self.at..]
            .iter()
            .all(|byte| matches!(byte, b' ' | b'\n' | b'\r' | b'\t'))
    }
}

/// Two slices of the same length alike: most pieces are a few bytes (punctuation, numbers,
/// short keys), compared in place rather than by a call to `memcmp`.
#[inline]
fn same(found: &[u8], expected: &[u8]) -> bool {
    if expected.len() <= 16 {
        found.iter().zip(expected).all(|(a, b)| a == b)
    } else {
        found == expected
    }
}
