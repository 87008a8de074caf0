//! The unit's Ed25519 key and its fingerprint. Randomness comes from the caller (the browser's
//! crypto in the app, the OS in the CLI), so this crate stays deterministic and testable.

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use sha2::{Digest, Sha256};

/// The one signature algorithm of `par-submission/1`.
pub const ALGORITHM: &str = "Ed25519";

/// A unit's signing key.
#[derive(Clone)]
pub struct UnitKey {
    signing: SigningKey,
}

impl std::fmt::Debug for UnitKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print the secret.
        write!(f, "UnitKey({})", self.key_id())
    }
}

impl UnitKey {
    /// The key from its 32 secret bytes (fresh random bytes make a new key).
    pub fn from_secret(secret: [u8; 32]) -> Self {
        UnitKey {
            signing: SigningKey::from_bytes(&secret),
        }
    }

    pub fn secret(&self) -> [u8; 32] {
        self.signing.to_bytes()
    }

    pub fn public_key(&self) -> [u8; 32] {
        self.signing.verifying_key().to_bytes()
    }

    pub fn public_key_hex(&self) -> String {
        hex::encode(self.public_key())
    }

    pub fn key_id(&self) -> String {
        key_id(&self.public_key())
    }

    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        self.signing.sign(message).to_bytes()
    }
}

/// Whether `signature` is `public_key`'s Ed25519 signature of `message` (strict verification).
pub fn verify_signature(public_key: &[u8; 32], message: &[u8], signature: &[u8; 64]) -> bool {
    let Ok(key) = VerifyingKey::from_bytes(public_key) else {
        return false;
    };
    key.verify_strict(message, &Signature::from_bytes(signature))
        .is_ok()
}

/// A short fingerprint of a public key, easy to read aloud, print and compare:
/// the first 80 bits of its SHA-256 in Crockford base32, in four groups ("7K2M-Q9XD-…").
pub fn key_id(public_key: &[u8; 32]) -> String {
    const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let digest = Sha256::digest(public_key);
    let bits = digest[..10]
        .iter()
        .fold(0u128, |acc, byte| (acc << 8) | u128::from(*byte));
    let chars: Vec<char> = (0..16)
        .rev()
        .map(|i| ALPHABET[((bits >> (i * 5)) & 31) as usize] as char)
        .collect();
    chars
        .chunks(4)
        .map(|group| group.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// Whether `text` is written as [`key_id`] writes a key id: four groups of four Crockford
/// base32 characters joined by dashes.
pub fn is_key_id(text: &str) -> bool {
    const ALPHABET: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let groups: Vec<&str> = text.split('-').collect();
    groups.len() == 4
        && groups
            .iter()
            .all(|g| g.len() == 4 && g.chars().all(|c| ALPHABET.contains(c)))
}

/// Lower-case hex of `bytes`.
pub fn hex_string(bytes: &[u8]) -> String {
    hex::encode(bytes)
}

/// A long hex text in groups of four, so it can be read aloud and wraps on paper.
pub fn grouped(hex: &str) -> String {
    let chars: Vec<char> = hex.chars().collect();
    chars
        .chunks(4)
        .map(|group| group.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The start of a hash as the app and `par verify` show it: its first 16 hex digits in groups
/// of four, short enough to compare by eye with the paper sheet.
pub fn hash_prefix(hash: &str) -> String {
    grouped(&hash.chars().take(16).collect::<String>())
}

/// Parses hex of exactly `N` bytes.
pub fn hex_bytes<const N: usize>(text: &str) -> Option<[u8; N]> {
    let bytes = hex::decode(text).ok()?;
    bytes.try_into().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_shortened_and_grouped_for_reading() {
        assert_eq!(hash_prefix("0123456789abcdef0123"), "0123 4567 89ab cdef");
        assert_eq!(grouped("0123456789"), "0123 4567 89");
    }

    #[test]
    fn key_ids_are_recognised_in_the_one_form_they_are_written() {
        let id = key_id(&[7; 32]);
        assert!(is_key_id(&id));
        assert!(!is_key_id(&id.to_lowercase()));
        assert!(!is_key_id(&id.replace('-', "")));
        assert!(!is_key_id("IIII-0000-0000-0000"));
    }
}
