//! The signed submission file (`par-submission/1`) a commune sends to its appraising office.
//!
//! The file is `{format, payload, signature}`. The signature is Ed25519 over the RFC 8785 canonical
//! JSON of `payload`, so formatting and key order do not matter but every value does. The
//! submission hash (printed on the paper score sheet, and named by the next revision's
//! `replaces`) is the SHA-256 of that same canonical payload. Format documentation:
//! `docs/submission-format.md`.

#[cfg(feature = "fast-verify")]
mod as_written;
mod canonical;
mod differences;
mod envelope;
#[cfg(any(feature = "fast-verify", test))]
mod jcs;
mod key_backup;
mod key_registration;
mod keyring;
mod keys;
mod map_key;
mod outcome;
mod payload_check;
mod round_trip;
mod same_json;
mod verify;

use serde::{Deserialize, Serialize};

use crate::answers::Answers;
use crate::framework::Framework;
use crate::score::{score, ScoreSheet};
use crate::unit::UnitInfo;

pub use canonical::{canonical_json, canonical_json_value, framework_hash, sha256_hex};
pub use differences::differences;
pub use envelope::{format_of, EnvelopeError, Signed, SignedPayload};
pub use key_backup::{
    backup_key, restore_key, KdfParams, KeyBackup, KeyBackupError, DEFAULT_KDF, KEY_BACKUP_FORMAT,
    MAX_KDF, MIN_PASSPHRASE_CHARS,
};
pub use key_registration::{
    add_outcome, register, AddOutcome, CheckedRegistration, KeyRegistration, RegistrationError,
    KEY_REGISTRATION_FORMAT,
};
pub use keyring::{Keyring, KeyringError, KeyringProblem, RegisteredKey, KEYRING_FORMAT};
pub use keys::{
    grouped, hash_prefix, hex_bytes, hex_string, is_key_id, key_id, verify_signature, UnitKey,
    ALGORITHM,
};
pub use outcome::{Outcome, ScoreDifference, Verification};
pub use payload_check::is_lower_hex;
pub use verify::{
    known_frameworks, verify, verify_by_tree, FrameworkConflict, KnownFramework, VerifyContext,
};

/// The format tag of a submission file.
pub const SUBMISSION_FORMAT: &str = "par-submission/1";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Submission {
    /// Always `par-submission/1`.
    pub format: String,
    pub payload: Payload,
    pub signature: SignatureBlock,
}

/// Everything the signature covers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Payload {
    /// 32 hex characters of randomness, unique per submission.
    pub submission_id: String,
    /// 1 for the first export; each re-export adds one.
    pub revision: u32,
    /// Submission hash of the revision this one replaces.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces: Option<String>,
    /// Creation time, RFC 3339 in UTC (`2025-12-01T09:30:00Z`).
    pub created_at: String,
    pub unit: SubmittedUnit,
    pub period: Period,
    pub preparer: String,
    pub chairperson: String,
    pub framework: FrameworkRef,
    pub answers: Answers,
    /// The scores as the unit's software computed them; the office recomputes and compares.
    pub scores: ScoreSheet,
    pub par_core_version: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SubmittedUnit {
    pub province: String,
    pub name: String,
    /// Mã đơn vị hành chính.
    pub code: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub year: u16,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FrameworkRef {
    pub id: String,
    pub version: String,
    /// SHA-256 of the criteria set's canonical JSON.
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SignatureBlock {
    /// Always `Ed25519`.
    pub algorithm: String,
    /// Hex of the 32-byte public key.
    pub public_key: String,
    /// Fingerprint of the public key, e.g. `7K2M-Q9XD-4HPA-XW3C`.
    pub key_id: String,
    /// Hex of the 64-byte signature of the canonical payload.
    pub value: String,
}

/// What identifies one export, chosen by the caller (randomness and clock live outside this crate).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportMeta {
    pub submission_id: String,
    pub created_at: String,
    pub revision: u32,
    pub replaces: Option<String>,
}

impl Payload {
    /// The payload for `answers`, with the scores computed now by this crate.
    pub fn new(
        framework: &Framework,
        unit: &UnitInfo,
        answers: &Answers,
        meta: ExportMeta,
    ) -> Self {
        Payload {
            submission_id: meta.submission_id,
            revision: meta.revision,
            replaces: meta.replaces,
            created_at: meta.created_at,
            unit: SubmittedUnit {
                province: unit.province.clone(),
                name: unit.name.clone(),
                code: unit.code.clone(),
            },
            period: Period { year: unit.year },
            preparer: unit.preparer.clone(),
            chairperson: unit.chairperson.clone(),
            framework: FrameworkRef {
                id: framework.id.clone(),
                version: framework.version.clone(),
                sha256: framework_hash(framework),
            },
            answers: answers.clone(),
            scores: score(framework, answers),
            par_core_version: crate::VERSION.to_string(),
        }
    }

    /// SHA-256 of the canonical payload: the submission's hash.
    pub fn hash(&self) -> String {
        sha256_hex(&canonical_json(self))
    }
}

impl Submission {
    /// Signs `payload` with the unit's key.
    pub fn sign(payload: Payload, key: &UnitKey) -> Self {
        let canonical = canonical_json(&payload);
        Self::signed(payload, key, &canonical)
    }

    /// Signs `payload` and returns its hash ([`Payload::hash`]) too, writing the canonical
    /// payload once for both.
    pub fn sign_and_hash(payload: Payload, key: &UnitKey) -> (Self, String) {
        let canonical = canonical_json(&payload);
        let hash = sha256_hex(&canonical);
        (Self::signed(payload, key, &canonical), hash)
    }

    /// `payload` with the signature of its canonical form `canonical`.
    fn signed(payload: Payload, key: &UnitKey, canonical: &[u8]) -> Self {
        Submission {
            format: SUBMISSION_FORMAT.to_string(),
            payload,
            signature: envelope::signature_block(key, canonical),
        }
    }

    /// The file's text (pretty JSON; the signature does not depend on formatting).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a submission serialises")
    }

    /// A file name an official recognises: `CCHC-2025-00004-tan-lap-r1.json`.
    pub fn file_name(&self) -> String {
        let unit = &self.payload.unit;
        format!(
            "CCHC-{}-{}-{}-r{}.json",
            self.payload.period.year,
            unit.code,
            slug(&unit.name),
            self.payload.revision
        )
    }
}

/// ASCII, lower-case, dash-separated form of a Vietnamese name, without the unit prefix
/// ("UBND xã Tân Lập" → "tan-lap").
pub fn slug(name: &str) -> String {
    let mut words = slug_words(name);
    while words
        .first()
        .is_some_and(|w| ["ubnd", "xa", "phuong", "thi", "tran"].contains(&w.as_str()))
    {
        words.remove(0);
    }
    words.join("-")
}

/// The words of a Vietnamese name in lower-case ASCII, without diacritics (composed or
/// decomposed) or punctuation: "Tỉnh  Hà Nội" → ["tinh", "ha", "noi"].
pub fn slug_words(name: &str) -> Vec<String> {
    name.split_whitespace()
        .map(|w| w.chars().filter_map(fold_vietnamese).collect::<String>())
        .filter(|w| !w.is_empty())
        .collect()
}

/// A letter or digit as lower-case ASCII (`ệ` → `e`, `Đ` → `d`); `None` for anything else.
pub fn fold_vietnamese(c: char) -> Option<char> {
    // Both cases listed here rather than `char::to_lowercase`, whose Unicode tables would add
    // ~10 KB (gzip) to the web app's download for the 134 letters Vietnamese needs.
    const GROUPS: [(&str, char); 7] = [
        ("aàáảãạăằắẳẵặâầấẩẫậAÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ", 'a'),
        ("eèéẻẽẹêềếểễệEÈÉẺẼẸÊỀẾỂỄỆ", 'e'),
        ("iìíỉĩịIÌÍỈĨỊ", 'i'),
        ("oòóỏõọôồốổỗộơờớởỡợOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ", 'o'),
        ("uùúủũụưừứửữựUÙÚỦŨỤƯỪỨỬỮỰ", 'u'),
        ("yỳýỷỹỵYỲÝỶỸỴ", 'y'),
        ("đĐ", 'd'),
    ];
    if c.is_ascii_alphanumeric() {
        return Some(c.to_ascii_lowercase());
    }
    GROUPS
        .iter()
        .find(|(letters, _)| letters.contains(c))
        .map(|(_, plain)| *plain)
}
