//! The RFC 8785 canonical form written straight from typed values, without building a JSON
//! tree first, in the same pass that checks the file is exactly what serde_json's pretty writer
//! gives for those values: the fast path of verification ([`super::as_written`]) checks the
//! signature over, and hashes, the payload it read into the types.
//!
//! It writes exactly what [`super::canonical::canonical_json_value`] writes for the tree read
//! from the file (tested against it). Whatever it cannot write the same way (a map keyed by
//! something else than text, bytes) is an error, and so is what the shared reader's scan would
//! refuse in the file (a key twice in one object, a number that does not survive the canonical
//! round trip): the caller then goes the slow way, which says where.
//!
//! One pass, because the two writings share most of their bytes: a string or an integer is
//! written once, in its canonical form, and compared with the file where it stands (serde_json
//! escapes strings and writes integers as RFC 8785 does); only the layout (new lines,
//! indentation, `": "`) and the doubles are the file's own.

mod compound;
mod serializer;
#[cfg(test)]
mod tests;
mod text;

use serde::Serialize;

use super::same_json::{Mismatch, Result};
use compound::Entry;
use serializer::Canonical;
use text::Text;

/// Gives `with` the canonical form of the root object's field `field` of `value`, if `file`
/// is exactly what `serde_json::to_writer_pretty(value)` writes, followed by nothing but JSON
/// whitespace (an editor's final newline changes nothing in the tree). `value` is a struct or
/// a map: any other root has no field, and the answer is a mismatch.
pub(super) fn with_canonical_field_as_written<T: Serialize + ?Sized, R>(
    value: &T,
    file: &[u8],
    field: &'static str,
    with: impl FnOnce(&[u8]) -> R,
) -> Result<R> {
    // The buffers are kept for the thread's next file: a verifier reads thousands of files of
    // a similar size, and fresh memory for each had the kernel zeroing pages (2–3 % of a
    // verification). They keep the size of the largest file the thread read (4 MiB at most).
    BUFFERS.with(|buffers| {
        let mut kept = buffers.take();
        kept.out.clear();
        kept.entries.clear();
        let mut writer = Writer {
            buffers: kept,
            text: Text::new(file),
            depth: 0,
            wanted: field,
            captured: None,
        };
        let written = value.serialize(Canonical { w: &mut writer });
        let result = match (written, writer.captured.clone()) {
            (Ok(()), Some(range)) if writer.text.only_whitespace_left() => {
                Ok(with(&writer.buffers.out[range]))
            }
            _ => Err(Mismatch),
        };
        buffers.set(writer.buffers);
        result
    })
}

thread_local! {
    static BUFFERS: std::cell::Cell<Buffers> = std::cell::Cell::new(Buffers::default());
}

/// What the writer writes into, kept across files.
#[derive(Default)]
struct Buffers {
    /// The canonical form of the whole value, written as it goes.
    out: Vec<u8>,
    /// The entries of every open object, innermost last.
    entries: Vec<Entry>,
    /// Where an object's entries are copied to be put in order.
    scratch: Vec<u8>,
}

/// The output, the file it is compared with, and what objects use while they are written.
struct Writer<'t> {
    buffers: Buffers,
    /// The file, read as far as the value has been written.
    text: Text<'t>,
    /// Objects and arrays open around what is being written (the file's indentation).
    depth: usize,
    /// The root object's field whose canonical form is wanted, and where it lies in the output.
    wanted: &'static str,
    captured: Option<std::ops::Range<usize>>,
}

impl Writer<'_> {
    /// Writes `bytes` (a token both writings share) and finds them next in the file.
    fn token(&mut self, bytes: &[u8]) -> Result {
        self.buffers.out.extend_from_slice(bytes);
        self.text.expect(bytes)
    }

    /// Finds next in the file what was written to the output from `from` on.
    fn same_since(&mut self, from: usize) -> Result {
        self.text.expect(&self.buffers.out[from..])
    }

    /// The file's line break and indentation before an entry or element (after a comma unless
    /// it is the first).
    fn new_line(&mut self, first: bool) -> Result {
        self.text.expect(if first { b"\n" } else { b",\n" })?;
        self.text.expect_indent(self.depth)
    }

    /// Opens an object or array: `{` or `[` in both writings, one level deeper in the file.
    fn open(&mut self, bracket: u8) -> Result {
        self.depth += 1;
        self.token(&[bracket])
    }

    /// Closes an object or array: in the file, on a line of its own unless it was empty.
    fn close(&mut self, bracket: u8, had_entries: bool) -> Result {
        self.depth -= 1;
        if had_entries {
            self.text.expect(b"\n")?;
            self.text.expect_indent(self.depth)?;
        }
        self.token(&[bracket])
    }

    /// `"key":` in the output, `"key": ` in the file, on its own line.
    fn key(&mut self, key: &str, first: bool) -> Result {
        if !first {
            self.buffers.out.push(b',');
        }
        self.new_line(first)?;
        let from = self.buffers.out.len();
        super::canonical::write_string(key, &mut self.buffers.out);
        self.same_since(from)?;
        self.buffers.out.push(b':');
        self.text.expect(b": ")
    }

    /// `{"variant":` before the inner value of an externally tagged variant (serde_json writes
    /// it as an object of one entry).
    fn open_variant(&mut self, variant: &str) -> Result {
        self.open(b'{')?;
        self.key(variant, true)
    }

    fn close_variant(&mut self) -> Result {
        self.close(b'}', true)
    }

    /// Keeps the canonical form of the root object's wanted field, just written from `from`.
    fn capture(&mut self, key: &str, from: usize) {
        if self.depth == 1 && key == self.wanted {
            self.captured = Some(from..self.buffers.out.len());
        }
    }
}
