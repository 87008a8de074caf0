//! RFC 8785 canonical JSON (JCS) and SHA-256, the basis of every hash and signature.
//!
//! The writer is small and direct: serde_jcs (checked against in the tests) re-parses every key to
//! sort it and made verification twenty times slower. Strings are escaped exactly as serde_json
//! does, which is what RFC 8785 asks (only `"`, `\` and control characters, lower-case `\u00xx`);
//! numbers use the ECMAScript formatting of `ryu-js`; keys sort by UTF-16 code units.

use serde::Serialize;
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::framework::Framework;

/// The RFC 8785 canonical form of `value`.
pub fn canonical_json<T: Serialize + ?Sized>(value: &T) -> Vec<u8> {
    // Our types always convert (all map keys are strings).
    canonical_json_value(&serde_json::to_value(value).expect("a serialisable value"))
}

/// [`canonical_json`] of a JSON value, without copying it first.
pub fn canonical_json_value(value: &Value) -> Vec<u8> {
    canonical_json_sized(value, 4096)
}

/// [`canonical_json_value`] into a buffer of `capacity` bytes to start with (the canonical
/// form is never longer than the text it was read from, so that length avoids regrowing).
pub(crate) fn canonical_json_sized(value: &Value, capacity: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(capacity);
    write_value(value, &mut out);
    out
}

fn write_value(value: &Value, out: &mut Vec<u8>) {
    match value {
        Value::Null => out.extend_from_slice(b"null"),
        Value::Bool(true) => out.extend_from_slice(b"true"),
        Value::Bool(false) => out.extend_from_slice(b"false"),
        Value::Number(number) => write_number(number, out),
        Value::String(text) => write_string(text, out),
        Value::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_value(item, out);
            }
            out.push(b']');
        }
        Value::Object(map) => {
            out.push(b'{');
            // serde_json's map is usually sorted already, by bytes, which is the order of
            // UTF-16 code units for every key below U+E000; sorting is only done when needed.
            let in_order = !map.keys().any(|key| has_high_characters(key))
                && map.keys().zip(map.keys().skip(1)).all(|(a, b)| a < b);
            if in_order {
                write_entries(map.iter(), out);
            } else {
                let mut entries: Vec<(&String, &Value)> = map.iter().collect();
                entries.sort_by(|(a, _), (b, _)| utf16_order(a, b));
                write_entries(entries.into_iter(), out);
            }
            out.push(b'}');
        }
    }
}

fn write_entries<'a>(entries: impl Iterator<Item = (&'a String, &'a Value)>, out: &mut Vec<u8>) {
    for (i, (key, item)) in entries.enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write_string(key, out);
        out.push(b':');
        write_value(item, out);
    }
}

/// The order of RFC 8785: by UTF-16 code units. It is byte order unless a key has a character
/// from U+E000 up (UTF-8 lead byte 0xEE or more), where surrogate pairs sort differently.
pub(super) fn utf16_order(a: &str, b: &str) -> std::cmp::Ordering {
    if has_high_characters(a) || has_high_characters(b) {
        a.encode_utf16().cmp(b.encode_utf16())
    } else {
        a.as_bytes().cmp(b.as_bytes())
    }
}

/// Whether `key` has a character from U+E000 up (UTF-8 lead byte 0xEE or more).
pub(super) fn has_high_characters(key: &str) -> bool {
    key.bytes()
        .fold(false, |found, byte| found | (byte >= 0xee))
}

pub(super) fn write_string(text: &str, out: &mut Vec<u8>) {
    // Most strings need no escape at all: copied as they are. Every byte is looked at (no
    // early stop), which the compiler does many bytes at a time.
    let needs_escape = text.bytes().fold(false, |found, b| {
        found | (b < 0x20) | (b == b'"') | (b == b'\\')
    });
    if !needs_escape {
        out.push(b'"');
        out.extend_from_slice(text.as_bytes());
        out.push(b'"');
        return;
    }
    serde_json::to_writer(&mut *out, text).expect("writing to a Vec cannot fail");
}

fn write_number(number: &serde_json::Number, out: &mut Vec<u8>) {
    // RFC 8785 numbers are IEEE doubles printed as ECMAScript's Number.prototype.toString does
    // (an integer beyond 2^53 is rounded like any double; our values never get there).
    write_f64(number.as_f64().unwrap_or(f64::NAN), out);
}

/// A double as ECMAScript's Number.prototype.toString prints it.
pub(super) fn write_f64(value: f64, out: &mut Vec<u8>) {
    let mut buffer = ryu_js::Buffer::new();
    out.extend_from_slice(buffer.format(value).as_bytes());
}

/// Lower-case hex SHA-256.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// SHA-256 of the criteria set's canonical JSON: the same set gives the same hash whatever its
/// formatting or key order in the file.
pub fn framework_hash(framework: &Framework) -> String {
    sha256_hex(&canonical_json(framework))
}
