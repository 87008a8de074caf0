//! The one signed-file envelope every format shares: `{format, payload, signature}`, Ed25519
//! over the RFC 8785 canonical JSON of `payload`, the file's hash the SHA-256 of that same
//! canonical payload. Submissions (`par-submission/1`) and the appraisal round's files
//! (`par-appraisal/1`, `par-explanation/1`, `par-final/1`) are read, checked and signed here, so
//! "a valid file is exactly what the app would have exported" is one piece of code.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::canonical::{canonical_json, canonical_json_sized, sha256_hex};
use super::keys::{hex_bytes, key_id, verify_signature, UnitKey, ALGORITHM};
use super::payload_check::is_lower_hex;
use super::round_trip::first_difference;
use super::same_json::serializes_to;
use super::SignatureBlock;
use crate::escape::one_line;

/// A payload that travels in the envelope under its own format tag.
pub trait SignedPayload: Serialize + DeserializeOwned {
    /// The format tag, e.g. `par-appraisal/1`.
    const FORMAT: &'static str;
}

/// A signed file of one of the appraisal round's formats.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Signed<P> {
    /// The payload's format tag.
    pub format: String,
    pub payload: P,
    pub signature: SignatureBlock,
}

/// Why a file is not a genuine envelope of the expected format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EnvelopeError {
    /// Not JSON, or not in the form the software writes; `reason` says where.
    Malformed { reason: String },
    /// Another format (or another kind of file) than the one expected.
    UnknownFormat { format: String },
    /// The signature does not match the payload: changed after signing.
    PayloadChanged,
}

/// The format tag of a file, read with the one JSON reader, without reading the rest as any
/// type: `par verify` uses it to tell the kinds of files apart.
pub fn format_of(raw: &Value) -> Option<&str> {
    raw.get("format").and_then(Value::as_str)
}

/// The signature block of `key` over `canonical` (the canonical payload).
pub(crate) fn signature_block(key: &UnitKey, canonical: &[u8]) -> SignatureBlock {
    SignatureBlock {
        algorithm: ALGORITHM.to_string(),
        public_key: key.public_key_hex(),
        key_id: key.key_id(),
        value: hex::encode(key.sign(canonical)),
    }
}

impl<P: SignedPayload> Signed<P> {
    /// Signs `payload` with `key` (the office's key or the unit's, by format).
    pub fn sign(payload: P, key: &UnitKey) -> Self {
        let canonical = canonical_json(&payload);
        Signed {
            format: P::FORMAT.to_string(),
            signature: signature_block(key, &canonical),
            payload,
        }
    }

    /// The file's hash: SHA-256 of the canonical payload.
    pub fn hash(&self) -> String {
        sha256_hex(&canonical_json(&self.payload))
    }

    /// The file's text (pretty JSON; the signature does not depend on formatting).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a signed file serialises")
    }

    /// Reads `text` as a genuine file of this format: the one JSON reader (size, duplicate
    /// keys, exact numbers), the format tag, the exact form the software writes, a
    /// well-formed signature block, and the signature over the payload as written. Returns the
    /// file and its hash. Who signed it, and whether that key is trusted, is the caller's.
    pub fn open(text: &str) -> Result<(Self, String), EnvelopeError> {
        let malformed = |reason: String| EnvelopeError::Malformed { reason };
        let raw = crate::parse_value(text).map_err(|e| malformed(e.to_string()))?;
        match format_of(&raw) {
            Some(format) if format == P::FORMAT => {}
            Some(other) => {
                return Err(EnvelopeError::UnknownFormat {
                    format: other.to_string(),
                })
            }
            None => return Err(malformed("thiếu trường “format”".into())),
        }
        let file: Self = crate::json::from_value(&raw).map_err(|e| malformed(e.to_string()))?;
        if let Some(reason) = not_as_written(&raw, &file) {
            return Err(malformed(reason));
        }
        if let Some(reason) = signature_problem(&file.signature) {
            return Err(malformed(reason));
        }
        let canonical = canonical_json_sized(&raw["payload"], text.len());
        if !signature_matches(&file.signature, &canonical) {
            return Err(EnvelopeError::PayloadChanged);
        }
        Ok((file, sha256_hex(&canonical)))
    }
}

/// Whether the signature block's key signed `canonical` (the block already well formed).
pub(crate) fn signature_matches(signature: &SignatureBlock, canonical: &[u8]) -> bool {
    match (
        hex_bytes::<32>(&signature.public_key),
        hex_bytes::<64>(&signature.value),
    ) {
        (Some(public_key), Some(value)) => verify_signature(&public_key, canonical, &value),
        _ => false,
    }
}

/// Where the file differs from the value written back from its types, if it does: anything
/// else (a structure as an array, a number as text, a default written out) is a form the
/// software never writes, which another reader might read differently.
pub(crate) fn not_as_written<T: Serialize>(raw: &Value, file: &T) -> Option<String> {
    if serializes_to(file, raw) {
        return None;
    }
    let typed = serde_json::to_value(file).ok()?;
    let difference = first_difference(raw, &typed)?;
    Some(format!(
        "{}: tệp ghi {}, ứng dụng ghi {} — không phải dạng ứng dụng xuất ra",
        difference.path, difference.written, difference.expected
    ))
}

/// The signature block in the one form the software writes.
pub(crate) fn signature_problem(signature: &SignatureBlock) -> Option<String> {
    if signature.algorithm != ALGORITHM {
        return Some(format!(
            "signature.algorithm: thuật toán ký “{}” không được hỗ trợ (chỉ Ed25519)",
            one_line(&signature.algorithm)
        ));
    }
    if !is_lower_hex(&signature.public_key, 32) {
        return Some("signature.public_key: phải là 64 ký tự hex viết thường".into());
    }
    if !is_lower_hex(&signature.value, 64) {
        return Some("signature.value: phải là 128 ký tự hex viết thường".into());
    }
    let public_key = hex_bytes::<32>(&signature.public_key)?;
    (key_id(&public_key) != signature.key_id)
        .then(|| "signature.key_id: mã khóa không khớp với khóa công khai".into())
}
