//! RFC 8785 canonical JSON (JCS) and SHA-256, the basis of every hash and signature.

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::framework::Framework;

/// The RFC 8785 canonical form of `value`: keys sorted by UTF-16 code units, no white space,
/// numbers in their shortest ECMAScript form, strings minimally escaped.
pub fn canonical_json<T: Serialize + ?Sized>(value: &T) -> Vec<u8> {
    // Serialising our own types and serde_json values cannot fail (all keys are strings).
    serde_jcs::to_vec(value).expect("canonical JSON of a serialisable value")
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
