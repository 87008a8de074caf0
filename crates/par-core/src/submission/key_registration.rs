//! The key registration file (`par-key-registration/1`, docs/key-registration-format.md): what
//! a unit's app hands to its office so the office can register the unit's public key without
//! typing 64 hex digits. The file is signed by the very key it registers, which proves that
//! whoever made it holds the secret key: a public key copied from someone else's screen cannot
//! be registered in another unit's name through this file.
//!
//! The signature covers the RFC 8785 canonical JSON of every field but `signature`, `format`
//! included: the signed bytes start `{"created_at":` and hold a `format` key, so they can never
//! be mistaken for a submission's payload (which has neither), and a registration signature
//! cannot be replayed as a submission signature or the reverse.
//!
//! What the file proves is possession, not identity: anyone can make a key and a registration
//! in any unit's name. The office still compares the key id with the stamped paper sheet or
//! reads it over the phone before confirming; [`add_outcome`] says what adding it would do.

use serde::{Deserialize, Serialize};

use super::canonical::canonical_json;
use super::keyring::{parse_public_key, Keyring, KeyringError};
use super::keys::{hex_bytes, key_id, verify_signature, UnitKey};
use crate::escape::one_line;
use crate::input::is_utc_timestamp;
use crate::unit::is_unit_code;
use crate::JsonError;

pub const KEY_REGISTRATION_FORMAT: &str = "par-key-registration/1";

/// A key registration file as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct KeyRegistration {
    /// Always `par-key-registration/1`.
    pub format: String,
    /// Mã đơn vị hành chính: 5 digits.
    pub unit_code: String,
    pub unit_name: String,
    /// Hex of the 32-byte Ed25519 public key.
    pub public_key: String,
    /// Fingerprint of the public key, e.g. `7K2M-Q9XD-4HPA-XW3C`.
    pub key_id: String,
    /// When the registration was made, RFC 3339 in UTC (`2025-12-01T09:30:00Z`).
    pub created_at: String,
    /// Hex of the 64-byte Ed25519 signature, by the registered key, of the canonical JSON of
    /// every other field.
    pub signature: String,
}

/// What the signature covers: the file without `signature`.
#[derive(Serialize)]
struct Signed<'a> {
    format: &'a str,
    unit_code: &'a str,
    unit_name: &'a str,
    public_key: &'a str,
    key_id: &'a str,
    created_at: &'a str,
}

/// Why a registration file is refused. Each names the field at fault.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RegistrationError {
    /// Not JSON, not this shape, a key written twice, too large…
    #[error("{0}")]
    Json(JsonError),
    #[error(
        "format: định dạng “{}” không phải tệp đăng ký khóa (cần “{KEY_REGISTRATION_FORMAT}”); \
         có thể đã chọn nhầm tệp (hồ sơ, sổ khóa, bản sao lưu khóa…)",
        one_line(.0)
    )]
    WrongFormat(String),
    /// A bad unit code or public key, with the keyring's own sentence.
    #[error("{field}: {error}")]
    Field {
        field: &'static str,
        error: KeyringError,
    },
    #[error(
        "created_at: “{}” không phải một thời điểm có thật dạng 2025-12-01T09:30:00Z",
        one_line(.0)
    )]
    BadTime(String),
    #[error(
        "key_id: mã khóa “{}” không khớp với khóa công khai trong tệp (mã đúng là {actual}); tệp \
         đã bị sửa: hãy xin đơn vị gửi lại tệp đăng ký",
        one_line(stated)
    )]
    KeyIdMismatch { stated: String, actual: String },
    #[error("signature: chữ ký phải gồm 128 ký tự hex viết thường (0–9, a–f)")]
    BadSignatureText,
    /// The signature does not match: the file was changed after it was made (a unit code or
    /// name edited, another public key pasted in), or it was never signed by that key.
    #[error(
        "signature: chữ ký không khớp với nội dung tệp — tệp đã bị sửa sau khi tạo, hoặc không \
         do chủ khóa này tạo; không đăng ký, hãy xin đơn vị xuất lại tệp đăng ký từ ứng dụng"
    )]
    BadSignature,
}

/// What was checked in a registration: the key, ready to add.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedRegistration {
    pub unit_code: String,
    pub unit_name: String,
    /// Lower-case hex.
    pub public_key: String,
    pub key_id: String,
    pub created_at: String,
}

impl KeyRegistration {
    /// The registration of `key` for a unit, signed by `key`; `created_at` comes from the
    /// caller's clock.
    pub fn create(key: &UnitKey, unit_code: &str, unit_name: &str, created_at: &str) -> Self {
        let public_key = key.public_key_hex();
        let key_id = key.key_id();
        let signed = Signed {
            format: KEY_REGISTRATION_FORMAT,
            unit_code,
            unit_name,
            public_key: &public_key,
            key_id: &key_id,
            created_at,
        };
        let signature = hex::encode(key.sign(&canonical_json(&signed)));
        KeyRegistration {
            format: KEY_REGISTRATION_FORMAT.into(),
            unit_code: unit_code.into(),
            unit_name: unit_name.into(),
            public_key,
            key_id,
            created_at: created_at.into(),
            signature,
        }
    }

    /// The file's text.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a registration serialises") + "\n"
    }

    /// A file name an official recognises: `DANG-KY-KHOA-00004-tan-lap.json`.
    pub fn file_name(&self) -> String {
        format!(
            "DANG-KY-KHOA-{}-{}.json",
            super::slug(&self.unit_code),
            super::slug(&self.unit_name)
        )
    }

    /// Reads a registration file through the one JSON reader and checks it.
    pub fn from_json(text: &str) -> Result<CheckedRegistration, RegistrationError> {
        let registration: KeyRegistration =
            crate::parse_json(text).map_err(RegistrationError::Json)?;
        registration.check()
    }

    /// Checks, in the order an office needs to know: the format, the unit code, the public key
    /// (a weak key refused), the key id, the time, then the signature.
    pub fn check(&self) -> Result<CheckedRegistration, RegistrationError> {
        if self.format != KEY_REGISTRATION_FORMAT {
            return Err(RegistrationError::WrongFormat(self.format.clone()));
        }
        if !is_unit_code(&self.unit_code) {
            return Err(RegistrationError::Field {
                field: "unit_code",
                error: KeyringError::BadUnitCode(self.unit_code.clone()),
            });
        }
        let public_key =
            parse_public_key(&self.public_key).map_err(|error| RegistrationError::Field {
                field: "public_key",
                error,
            })?;
        let actual = key_id(&public_key);
        if self.key_id != actual {
            return Err(RegistrationError::KeyIdMismatch {
                stated: self.key_id.clone(),
                actual,
            });
        }
        if !is_utc_timestamp(&self.created_at) {
            return Err(RegistrationError::BadTime(self.created_at.clone()));
        }
        let signature: [u8; 64] = hex_bytes(&self.signature)
            .filter(|_| super::is_lower_hex(&self.signature, 64))
            .ok_or(RegistrationError::BadSignatureText)?;
        let signed = Signed {
            format: &self.format,
            unit_code: &self.unit_code,
            unit_name: &self.unit_name,
            public_key: &self.public_key,
            key_id: &self.key_id,
            created_at: &self.created_at,
        };
        if !verify_signature(&public_key, &canonical_json(&signed), &signature) {
            return Err(RegistrationError::BadSignature);
        }
        Ok(CheckedRegistration {
            unit_code: self.unit_code.clone(),
            unit_name: self.unit_name.clone(),
            public_key: hex::encode(public_key),
            key_id: actual,
            created_at: self.created_at.clone(),
        })
    }
}

/// What adding a checked key to a keyring would do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddOutcome {
    /// The unit has no key yet: add it.
    Added,
    /// This very key is already registered for this unit: nothing to do.
    AlreadyThere,
    /// The unit already has other keys (listed by key id): keys rotate (a new computer, a lost
    /// key), so this may be right, but someone must confirm. The old keys stay, so the unit's
    /// earlier submissions still verify.
    NeedsConfirmation { existing: Vec<String> },
    /// The key is registered for another unit: refused, each unit has its own key.
    KeyOfAnotherUnit {
        unit_code: String,
        unit_name: String,
    },
}

/// What adding `key` to `keyring` would do, without changing it.
pub fn add_outcome(keyring: &Keyring, key: &CheckedRegistration) -> AddOutcome {
    if let Some(holder) = keyring
        .keys
        .iter()
        .find(|k| k.public_key.eq_ignore_ascii_case(&key.public_key))
    {
        return if holder.unit_code == key.unit_code {
            AddOutcome::AlreadyThere
        } else {
            AddOutcome::KeyOfAnotherUnit {
                unit_code: holder.unit_code.clone(),
                unit_name: holder.unit_name.clone(),
            }
        };
    }
    let existing: Vec<String> = keyring
        .keys_for(&key.unit_code)
        .map(|k| k.key_id.clone())
        .collect();
    if existing.is_empty() {
        AddOutcome::Added
    } else {
        AddOutcome::NeedsConfirmation { existing }
    }
}

/// Adds `key` when [`add_outcome`] allows it: at once for a unit's first key, with `confirmed`
/// for another key of a unit that has one. Returns the outcome; the keyring changed only when
/// it is `Added`, or `NeedsConfirmation` with `confirmed`.
pub fn register(keyring: &mut Keyring, key: &CheckedRegistration, confirmed: bool) -> AddOutcome {
    let outcome = add_outcome(keyring, key);
    let add = match outcome {
        AddOutcome::Added => true,
        AddOutcome::NeedsConfirmation { .. } => confirmed,
        AddOutcome::AlreadyThere | AddOutcome::KeyOfAnotherUnit { .. } => false,
    };
    if add {
        keyring
            .add(&key.unit_code, &key.unit_name, &key.public_key)
            .expect("checked key, not yet in the keyring");
    }
    outcome
}
