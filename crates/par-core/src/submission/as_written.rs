//! The fast path of reading a signed file: a file that is byte for byte what the app writes
//! (`serde_json::to_string_pretty` of the typed value, the form every export takes) is read
//! straight into the types, without a JSON tree.
//!
//! Why this is as strict as the slow path (`parse_value`, `from_value`, `not_as_written`):
//! - the text is exactly what writing the typed value gives (this module), so the tree the
//!   slow path would read from it is the typed value's own tree, which the slow path's
//!   "exactly as written" check accepts, and reading that tree gives the same typed value;
//! - the reader's size limit and byte-order mark are applied as before; its scan (a key
//!   twice in one object, a number that does not survive the canonical round trip) is applied
//!   to the keys and numbers of the typed value as serde_json writes them, which are the
//!   file's ([`super::jcs`]; the envelope around the payload has fixed keys and no numbers);
//! - the canonical payload signed and hashed is the typed payload's canonical form
//!   ([`super::jcs`]), which is the canonical form of the tree the slow path would read.
//!
//! A file that differs in anything, even a space, goes the slow way, which reads it as before
//! and says where it differs. The tests compare both paths on many kinds of altered files.

use serde::Serialize;

/// Whether `text` is what `serde_json::to_string_pretty(value)` writes, followed by nothing
/// but JSON whitespace (an editor's final newline changes nothing in the tree).
pub(super) fn is_as_written<T: Serialize + ?Sized>(value: &T, text: &str) -> bool {
    // Written whole then compared once: faster than comparing each of the writer's many
    // small pieces as they come.
    let mut written = Vec::with_capacity(text.len());
    if serde_json::to_writer_pretty(&mut written, value).is_err() {
        return false;
    }
    text.as_bytes()
        .strip_prefix(written.as_slice())
        .is_some_and(|rest| {
            rest.iter()
                .all(|byte| matches!(byte, b' ' | b'\n' | b'\r' | b'\t'))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_the_written_bytes_and_trailing_whitespace_match() {
        let value = json!({"a": [1, 2.5], "b": "x"});
        let written = serde_json::to_string_pretty(&value).unwrap();
        assert!(is_as_written(&value, &written));
        assert!(is_as_written(&value, &format!("{written}\r\n")));
        assert!(!is_as_written(&value, &format!("{written}x")));
        assert!(!is_as_written(&value, &written.replace("2.5", "2.50")));
        assert!(!is_as_written(&value, &written.replace("  ", "\t")));
        assert!(!is_as_written(&value, &written[..written.len() - 1]));
        assert!(!is_as_written(
            &value,
            &serde_json::to_string(&value).unwrap()
        ));
    }
}
