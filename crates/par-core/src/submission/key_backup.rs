//! A passphrase-protected backup of the unit's signing key: Argon2id derives a key from the
//! passphrase, XChaCha20-Poly1305 encrypts the secret. A SHA-256 checksum of the file's
//! encrypted part tells a damaged file apart from a wrong passphrase.

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};

use super::canonical::sha256_hex;
use super::keys::{hex_bytes, UnitKey};

pub const KEY_BACKUP_FORMAT: &str = "par-key-backup/1";
/// Argon2id cost (OWASP's recommended minimum): 19 MiB, 2 passes, 1 lane.
pub const DEFAULT_KDF: KdfParams = KdfParams {
    memory_kib: 19 * 1024,
    iterations: 2,
    parallelism: 1,
};
/// The most a backup file may ask of the machine that restores it: the Argon2 parameters come
/// from the file, so without a bound one small file could demand gigabytes or hours.
pub const MAX_KDF: KdfParams = KdfParams {
    memory_kib: 256 * 1024,
    iterations: 16,
    parallelism: 4,
};
/// Shortest passphrase accepted.
pub const MIN_PASSPHRASE_CHARS: usize = 10;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyBackup {
    pub format: String,
    /// Fingerprint and public key, readable without the passphrase.
    pub key_id: String,
    pub public_key: String,
    pub kdf: Kdf,
    pub cipher: Cipher,
    /// SHA-256 of `salt ‖ nonce ‖ ciphertext` (hex), to detect a damaged file.
    pub checksum: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KdfParams {
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kdf {
    /// Always `argon2id`.
    pub algorithm: String,
    #[serde(flatten)]
    pub params: KdfParams,
    pub salt: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cipher {
    /// Always `xchacha20poly1305`.
    pub algorithm: String,
    pub nonce: String,
    pub ciphertext: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyBackupError {
    #[error("cụm mật khẩu phải có ít nhất {MIN_PASSPHRASE_CHARS} ký tự")]
    PassphraseTooShort,
    #[error("không phải tệp sao lưu khóa ký: {0}")]
    Malformed(String),
    #[error("tệp sao lưu khóa đã bị hỏng (sai mã kiểm tra); hãy dùng bản sao lưu khác")]
    Corrupted,
    #[error("sai cụm mật khẩu; hãy nhập lại đúng cụm mật khẩu đã đặt khi sao lưu")]
    WrongPassphrase,
}

impl KeyBackupError {
    /// The error as a sentence for the user, in `lang`.
    pub fn message(&self, lang: crate::Lang) -> String {
        match lang {
            crate::Lang::Vi => {
                let text = self.to_string();
                let mut chars = text.chars();
                chars
                    .next()
                    .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str() + ".")
                    .unwrap_or_default()
            }
            crate::Lang::En => match self {
                Self::PassphraseTooShort => {
                    format!("The passphrase must have at least {MIN_PASSPHRASE_CHARS} characters.")
                }
                Self::Malformed(why) => format!("Not a signing-key backup file: {why}."),
                Self::Corrupted => {
                    "The key backup file is damaged (checksum mismatch); use another backup.".into()
                }
                Self::WrongPassphrase => {
                    "Wrong passphrase; enter the passphrase set when backing up.".into()
                }
            },
        }
    }
}

fn derive(passphrase: &str, salt: &[u8], params: KdfParams) -> Result<[u8; 32], KeyBackupError> {
    let bad = |e: argon2::Error| KeyBackupError::Malformed(format!("tham số Argon2: {e}"));
    let params = Params::new(
        params.memory_kib,
        params.iterations,
        params.parallelism,
        Some(32),
    )
    .map_err(bad)?;
    let mut key = [0u8; 32];
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(passphrase.as_bytes(), salt, &mut key)
        .map_err(bad)?;
    Ok(key)
}

fn checksum(salt: &[u8], nonce: &[u8], ciphertext: &[u8]) -> String {
    sha256_hex(&[salt, nonce, ciphertext].concat())
}

/// Encrypts `key` under `passphrase`. `salt` and `nonce` must be fresh random bytes.
pub fn backup_key(
    key: &UnitKey,
    passphrase: &str,
    salt: [u8; 16],
    nonce: [u8; 24],
    params: KdfParams,
) -> Result<KeyBackup, KeyBackupError> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(KeyBackupError::PassphraseTooShort);
    }
    let wrapping = derive(passphrase, &salt, params)?;
    let key_id = key.key_id();
    let ciphertext = XChaCha20Poly1305::new(&wrapping.into())
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: &key.secret(),
                aad: key_id.as_bytes(),
            },
        )
        .expect("encrypting 32 bytes cannot fail");
    Ok(KeyBackup {
        format: KEY_BACKUP_FORMAT.to_string(),
        public_key: key.public_key_hex(),
        kdf: Kdf {
            algorithm: "argon2id".into(),
            params,
            salt: hex::encode(salt),
        },
        cipher: Cipher {
            algorithm: "xchacha20poly1305".into(),
            nonce: hex::encode(nonce),
            ciphertext: hex::encode(&ciphertext),
        },
        checksum: checksum(&salt, &nonce, &ciphertext),
        key_id,
    })
}

impl KeyBackup {
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a key backup serialises")
    }
}

/// Restores the key from a backup file's text.
pub fn restore_key(text: &str, passphrase: &str) -> Result<UnitKey, KeyBackupError> {
    let backup: KeyBackup =
        crate::parse_json(text).map_err(|e| KeyBackupError::Malformed(e.to_string()))?;
    if backup.format != KEY_BACKUP_FORMAT
        || backup.kdf.algorithm != "argon2id"
        || backup.cipher.algorithm != "xchacha20poly1305"
    {
        return Err(KeyBackupError::Malformed(format!(
            "tệp này không phải tệp sao lưu khóa (định dạng {KEY_BACKUP_FORMAT}); hãy chọn tệp đã tải bằng nút sao lưu khóa"
        )));
    }
    let params = backup.kdf.params;
    if params.memory_kib > MAX_KDF.memory_kib
        || params.iterations > MAX_KDF.iterations
        || !(1..=MAX_KDF.parallelism).contains(&params.parallelism)
    {
        return Err(KeyBackupError::Malformed(
            "tham số Argon2 trong tệp vượt giới hạn mà ứng dụng dùng; tệp không do ứng dụng \
             ghi ra, hãy dùng bản sao lưu khác"
                .into(),
        ));
    }
    let salt: [u8; 16] = hex_bytes(&backup.kdf.salt).ok_or(KeyBackupError::Corrupted)?;
    let nonce: [u8; 24] = hex_bytes(&backup.cipher.nonce).ok_or(KeyBackupError::Corrupted)?;
    // The 32-byte secret and the 16-byte authentication tag.
    let ciphertext: [u8; 48] =
        hex_bytes(&backup.cipher.ciphertext).ok_or(KeyBackupError::Corrupted)?;
    if checksum(&salt, &nonce, &ciphertext) != backup.checksum {
        return Err(KeyBackupError::Corrupted);
    }
    let wrapping = derive(passphrase, &salt, params)?;
    let secret = XChaCha20Poly1305::new(&wrapping.into())
        .decrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: &ciphertext,
                aad: backup.key_id.as_bytes(),
            },
        )
        .map_err(|_| KeyBackupError::WrongPassphrase)?;
    let secret: [u8; 32] = secret.try_into().map_err(|_| KeyBackupError::Corrupted)?;
    let key = UnitKey::from_secret(secret);
    if key.public_key_hex() != backup.public_key {
        return Err(KeyBackupError::Corrupted);
    }
    Ok(key)
}
