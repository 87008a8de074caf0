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
    let mut out = Vec::with_capacity(4096);
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
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            entries.sort_by(|(a, _), (b, _)| a.encode_utf16().cmp(b.encode_utf16()));
            out.push(b'{');
            for (i, (key, item)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_string(key, out);
                out.push(b':');
                write_value(item, out);
            }
            out.push(b'}');
        }
    }
}

fn write_string(text: &str, out: &mut Vec<u8>) {
    serde_json::to_writer(&mut *out, text).expect("writing to a Vec cannot fail");
}

fn write_number(number: &serde_json::Number, out: &mut Vec<u8>) {
    // RFC 8785 numbers are IEEE doubles printed as ECMAScript's Number.prototype.toString does
    // (an integer beyond 2^53 is rounded like any double; our values never get there).
    let value = number.as_f64().unwrap_or(f64::NAN);
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
