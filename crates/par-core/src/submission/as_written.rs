//! The fast path of reading a signed file: a file that is byte for byte what the app writes
//! (`serde_json::to_string_pretty` of the typed value, the form every export takes) is read
//! straight into the types, without a JSON tree.
//!
//! Why this is as strict as the slow path (`parse_value`, `from_value`, `not_as_written`):
//! - the text is exactly what writing the typed value gives (checked by [`super::jcs`] while
//!   it writes the canonical payload), so the tree the slow path would read from it is the
//!   typed value's own tree, which the slow path's "exactly as written" check accepts, and
//!   reading that tree gives the same typed value;
//! - the reader's size limit and byte-order mark are applied as before; its scan (a key
//!   twice in one object, a number that does not survive the canonical round trip) is applied
//!   to the keys and numbers of the typed value as serde_json writes them, which are the
//!   file's ([`super::jcs`]);
//! - the canonical payload signed and hashed is the typed payload's canonical form
//!   ([`super::jcs`]), which is the canonical form of the tree the slow path would read.
//!
//! A file that differs in anything, even a space, goes the slow way, which reads it as before
//! and says where it differs. The tests compare both paths on many kinds of altered files.

use super::jcs::with_canonical_field_as_written;
use super::Submission;

/// What `with` makes of the canonical payload of `submission`, if `file` is exactly what the
/// app writes of it.
pub(super) fn with_canonical_payload_as_written<R>(
    submission: &Submission,
    file: &[u8],
    with: impl FnOnce(&[u8]) -> R,
) -> Option<R> {
    with_canonical_field_as_written(submission, file, "payload", with).ok()
}
