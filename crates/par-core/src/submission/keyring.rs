//! The office's keyring: which public keys are registered for which administrative unit code.

use serde::{Deserialize, Serialize};

use super::keys::{hex_bytes, key_id};
use crate::unit::is_unit_code;

pub const KEYRING_FORMAT: &str = "par-keyring/1";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Keyring {
    pub format: String,
    #[serde(default)]
    pub keys: Vec<RegisteredKey>,
}

/// A public key the office registered for a unit. A unit may have several (an old key stays
/// registered so that its earlier submissions still verify).
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
    #[error("mã đơn vị hành chính “{0}” phải gồm 5 chữ số")]
    BadUnitCode(String),
    #[error("khóa công khai phải là 64 ký tự hex (32 byte)")]
    BadPublicKey,
    #[error("khóa {key_id} đã được đăng ký cho đơn vị {unit_code}")]
    AlreadyRegistered { unit_code: String, key_id: String },
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
        let public_key_hex = public_key_hex.trim().to_ascii_lowercase();
        let bytes: [u8; 32] = hex_bytes(&public_key_hex).ok_or(KeyringError::BadPublicKey)?;
        let key_id = key_id(&bytes);
        if self
            .keys_for(unit_code)
            .any(|k| k.public_key == public_key_hex)
        {
            return Err(KeyringError::AlreadyRegistered {
                unit_code: unit_code.to_string(),
                key_id,
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
