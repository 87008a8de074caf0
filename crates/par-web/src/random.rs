//! Randomness: cryptographic bytes for keys and salts, and short identifiers for records and tabs.

use crate::files::describe;

/// `N` random bytes from the browser's cryptographic generator (`crypto.getRandomValues`).
pub fn random_bytes<const N: usize>() -> Result<[u8; N], String> {
    let mut bytes = [0u8; N];
    let window = web_sys::window().ok_or("no window")?;
    let crypto = window.crypto().map_err(describe)?;
    crypto
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(describe)?;
    Ok(bytes)
}

/// A random identifier (time + randomness, base 36), for drafts, tabs and imported files. Not a
/// secret: `Math.random` is enough.
pub fn random_id() -> String {
    let mut n = (js_sys::Math::random() * 2f64.powi(52)) as u64;
    let mut out = format!("{:x}-", crate::clock::now_ms() as u64);
    for _ in 0..8 {
        out.push(char::from_digit((n % 36) as u32, 36).unwrap_or('0'));
        n /= 36;
    }
    out
}
