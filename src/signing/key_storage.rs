//! The unit's key as kept in local storage (`par.unit-key`: secret hex + creation time), and
//! its creation from the browser's randomness.

use par_core::submission::UnitKey;
use par_web::local_storage::{self, WriteError};
use par_web::{clock, random};

use super::{StoredKey, KEY_STORAGE};

/// The stored key, if there is one and it reads.
pub fn load_key() -> Option<StoredKey> {
    StoredKey::from_json(&local_storage::get(KEY_STORAGE)?)
}

/// Keeps `key` as the unit's key (replacing the one there).
pub fn save_key(key: &StoredKey) -> Result<(), WriteError> {
    local_storage::set(KEY_STORAGE, &key.to_json())
}

/// A fresh key from the browser's cryptographic randomness, stored before it is returned (a key
/// that could not be kept is never used to sign). The error is in the browser's or storage's
/// words, for the key-error sentence.
pub fn create_key(lang: par_core::Lang) -> Result<StoredKey, String> {
    let key = UnitKey::from_secret(random::random_bytes::<32>()?);
    let stored = StoredKey::new(&key, &clock::now_rfc3339());
    save_key(&stored).map_err(|error| error.message(lang))?;
    Ok(stored)
}
