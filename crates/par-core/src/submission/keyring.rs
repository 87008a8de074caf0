//! The office's keyring: which public keys are registered for which administrative unit code.
//!
//! The keyring decides whose signature the office trusts, so a file that was edited by hand is
//! checked entry by entry when it is read ([`Keyring::from_json`]) rather than trusted as is.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::keys::{hex_bytes, key_id};
use crate::unit::is_unit_code;
use crate::JsonError;

pub const KEYRING_FORMAT: &str = "par-keyring/1";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Keyring {
    pub format: String,
    #[serde(default)]
    pub keys: Vec<RegisteredKey>,
}

/// A public key the office registered for a unit. A unit may have several (an old key stays
/// registered so that its earlier submissions still verify), but a key belongs to one unit only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegisteredKey {
    pub unit_code: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit_name: String,
    /// Hex of the 32-byte Ed25519 public key.
    pub public_key: String,
    pub key_id: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyringError {
    #[error(
        "mã đơn vị hành chính “{}” phải gồm 5 chữ số, ví dụ 00004",
        crate::escape::one_line(.0)
    )]
    BadUnitCode(String),
    /// The short fingerprint was pasted where the full public key belongs: an easy mistake, as
    /// the app shows both side by side.
    #[error(
        "“{}” là mã khóa, không phải khóa công khai; hãy dán khóa công khai 64 ký tự hex \
         hiển thị trong ứng dụng của đơn vị",
        crate::escape::one_line(.0)
    )]
    KeyIdInsteadOfPublicKey(String),
    #[error(
        "khóa công khai phải gồm 64 ký tự hex (0–9, a–f) nhưng ở đây có {length} ký tự; hãy sao \
         chép lại nguyên khóa công khai hiển thị trong ứng dụng của đơn vị"
    )]
    BadPublicKeyLength { length: usize },
    #[error(
        "khóa công khai chỉ gồm chữ số 0–9 và chữ a–f, nhưng có ký tự “{}”; hãy sao \
         chép lại nguyên khóa công khai hiển thị trong ứng dụng của đơn vị",
        crate::escape::one_line(&character.to_string())
    )]
    PublicKeyNotHex { character: char },
    /// 64 hex digits that are not a point of the curve: not a key the app makes.
    #[error(
        "đây không phải khóa công khai Ed25519 hợp lệ (có thể chép sai vài ký tự); hãy sao chép \
         lại nguyên khóa công khai hiển thị trong ứng dụng của đơn vị"
    )]
    NotAKey,
    /// A small-order key: anyone can make signatures that such a key "verifies".
    #[error(
        "khóa này là khóa yếu (thuộc nhóm điểm bậc nhỏ): chữ ký theo khóa này ai cũng làm giả \
         được, nên không đăng ký; ứng dụng không bao giờ tạo khóa như vậy: hãy hỏi lại đơn vị"
    )]
    WeakKey,
    /// One key for two units: either a typing mistake in the unit code, or a unit that copied
    /// another's key, which would let one sign for the other.
    #[error(
        "khóa {key_id} đã đăng ký cho đơn vị {}; mỗi đơn vị phải có khóa riêng: hãy hỏi lại \
         đơn vị xem khóa công khai nào đúng là của họ",
        unit_label(unit_code, unit_name)
    )]
    KeyInUse {
        key_id: String,
        unit_code: String,
        unit_name: String,
    },
    #[error(
        "khóa {key_id} đã được đăng ký cho đơn vị {}; không cần đăng ký lại",
        crate::escape::one_line(unit_code)
    )]
    AlreadyRegistered { unit_code: String, key_id: String },
    #[error("mục này trùng với {first} (cùng đơn vị, cùng khóa); xóa một trong hai mục")]
    DuplicateEntry { first: String },
    #[error(
        "định dạng “{}” không được hỗ trợ (cần “{KEYRING_FORMAT}”); tệp có thể do phiên bản \
         khác của par tạo ra, hoặc không phải sổ khóa",
        crate::escape::one_line(.0)
    )]
    UnsupportedFormat(String),
    #[error(
        "mã khóa “{}” không khớp với khóa công khai (mã đúng là {actual}); mục này đã bị \
         sửa tay: xóa nó rồi đăng ký lại bằng “par keys add”",
        crate::escape::one_line(stated)
    )]
    KeyIdMismatch { stated: String, actual: String },
    /// The keyring file is not JSON or not the keyring's shape.
    #[error("{0}")]
    Json(JsonError),
    /// The keyring file has the right shape but entries that cannot be trusted.
    #[error("sổ khóa có {} lỗi", .0.len())]
    Invalid(Vec<KeyringProblem>),
}

/// One bad part of a keyring file, located like `keys[3].key_id`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{location}: {error}")]
pub struct KeyringProblem {
    pub location: String,
    pub error: KeyringError,
}

fn unit_label(unit_code: &str, unit_name: &str) -> String {
    use crate::escape::one_line;
    if unit_name.is_empty() {
        one_line(unit_code).into_owned()
    } else {
        format!("{} ({})", one_line(unit_code), one_line(unit_name))
    }
}

impl Default for Keyring {
    fn default() -> Self {
        Keyring {
            format: KEYRING_FORMAT.to_string(),
            keys: Vec::new(),
        }
    }
}

impl Keyring {
    /// Reads a keyring file and checks every entry; refuses it with every problem found.
    pub fn from_json(text: &str) -> Result<Keyring, KeyringError> {
        let keyring: Keyring = crate::parse_json(text).map_err(KeyringError::Json)?;
        let problems = keyring.problems();
        if problems.is_empty() {
            Ok(keyring)
        } else {
            Err(KeyringError::Invalid(problems))
        }
    }

    /// Everything wrong with this keyring: unknown format, bad unit codes or public keys, key
    /// ids that do not belong to their key, one key registered twice.
    pub fn problems(&self) -> Vec<KeyringProblem> {
        let mut problems = Vec::new();
        // Where each public key (lower-case hex) is first registered.
        let mut first_entry: HashMap<String, usize> = HashMap::new();
        let mut report =
            |location: String, error| problems.push(KeyringProblem { location, error });
        if self.format != KEYRING_FORMAT {
            report(
                "format".into(),
                KeyringError::UnsupportedFormat(self.format.clone()),
            );
        }
        for (index, entry) in self.keys.iter().enumerate() {
            let at = |field: &str| format!("keys[{index}].{field}");
            if !is_unit_code(&entry.unit_code) {
                report(
                    at("unit_code"),
                    KeyringError::BadUnitCode(entry.unit_code.clone()),
                );
            }
            let public_key = match parse_public_key(&entry.public_key) {
                Ok(public_key) => public_key,
                Err(error) => {
                    report(at("public_key"), error);
                    continue;
                }
            };
            let actual = key_id(&public_key);
            if entry.key_id != actual {
                report(
                    at("key_id"),
                    KeyringError::KeyIdMismatch {
                        stated: entry.key_id.clone(),
                        actual: actual.clone(),
                    },
                );
            }
            // The first registration of a key stands; every later one is reported against it.
            let first = *first_entry.entry(hex::encode(public_key)).or_insert(index);
            if first != index {
                let holder = &self.keys[first];
                let error = if holder.unit_code == entry.unit_code {
                    KeyringError::DuplicateEntry {
                        first: format!("keys[{first}]"),
                    }
                } else {
                    KeyringError::KeyInUse {
                        key_id: actual,
                        unit_code: holder.unit_code.clone(),
                        unit_name: holder.unit_name.clone(),
                    }
                };
                report(at("public_key"), error);
            }
        }
        problems
    }

    /// Registers `public_key_hex` for `unit_code`; returns the key id to compare with the unit's.
    pub fn add(
        &mut self,
        unit_code: &str,
        unit_name: &str,
        public_key_hex: &str,
    ) -> Result<String, KeyringError> {
        if !is_unit_code(unit_code) {
            return Err(KeyringError::BadUnitCode(unit_code.to_string()));
        }
        // White space is dropped because a key copied from a screen or a document often arrives
        // broken over lines.
        let compact: String = public_key_hex
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        let public_key = parse_public_key(&compact)?;
        let key_id = key_id(&public_key);
        let public_key_hex = hex::encode(public_key);
        if let Some(holder) = self
            .keys
            .iter()
            .find(|k| k.public_key.eq_ignore_ascii_case(&public_key_hex))
        {
            return Err(if holder.unit_code == unit_code {
                KeyringError::AlreadyRegistered {
                    unit_code: unit_code.to_string(),
                    key_id,
                }
            } else {
                KeyringError::KeyInUse {
                    key_id,
                    unit_code: holder.unit_code.clone(),
                    unit_name: holder.unit_name.clone(),
                }
            });
        }
        self.keys.push(RegisteredKey {
            unit_code: unit_code.to_string(),
            unit_name: unit_name.to_string(),
            public_key: public_key_hex,
            key_id: key_id.clone(),
        });
        Ok(key_id)
    }

    pub fn keys_for<'a>(&'a self, unit_code: &'a str) -> impl Iterator<Item = &'a RegisteredKey> {
        self.keys.iter().filter(move |k| k.unit_code == unit_code)
    }
}

/// The 32 bytes of a public key written in hex (either case), or what is wrong with the text.
pub(crate) fn parse_public_key(text: &str) -> Result<[u8; 32], KeyringError> {
    if looks_like_key_id(text) {
        return Err(KeyringError::KeyIdInsteadOfPublicKey(text.to_string()));
    }
    if let Some(character) = text.chars().find(|c| !c.is_ascii_hexdigit()) {
        return Err(KeyringError::PublicKeyNotHex { character });
    }
    let bytes: [u8; 32] = hex_bytes(text).ok_or(KeyringError::BadPublicKeyLength {
        length: text.chars().count(),
    })?;
    let key = ed25519_dalek::VerifyingKey::from_bytes(&bytes).map_err(|_| KeyringError::NotAKey)?;
    if key.is_weak() {
        return Err(KeyringError::WeakKey);
    }
    Ok(bytes)
}

/// `XXXX-XXXX-XXXX-XXXX`: the shape of a key id (see [`key_id`]), in either case.
fn looks_like_key_id(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.len() == 4
        && groups
            .iter()
            .all(|g| g.len() == 4 && g.chars().all(|c| c.is_ascii_alphanumeric()))
}
