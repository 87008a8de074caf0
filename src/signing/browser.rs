//! What signing needs from the browser: randomness (`crypto.getRandomValues`), the clock, local
//! storage, downloads (Blob + object URL + `<a download>`), the clipboard and reading a file.

use leptos::prelude::window;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::{StoredKey, KEY_STORAGE};

/// `N` random bytes from the browser's cryptographic generator.
pub fn random_bytes<const N: usize>() -> Result<[u8; N], String> {
    let mut bytes = [0u8; N];
    let crypto = window().crypto().map_err(describe)?;
    crypto
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(describe)?;
    Ok(bytes)
}

// One clock and one date format for the whole app (drafts and exports alike).
use crate::storage::browser as storage;
pub use crate::storage::browser::{local_date_time, now_rfc3339, read_text};

/// The stored key, if there is one and it reads.
pub fn load_key() -> Option<StoredKey> {
    StoredKey::from_json(&storage::get(KEY_STORAGE)?)
}

pub fn save_key(key: &StoredKey) -> Result<(), String> {
    storage::set(KEY_STORAGE, &key.to_json()).map_err(|error| match error {
        storage::WriteError::Full => "bộ nhớ của trình duyệt đã đầy".to_string(),
        storage::WriteError::Other(message) => message,
    })
}

/// Offers a JSON `text` as a file named `file_name` through the browser's normal download.
pub fn download(file_name: &str, text: &str) -> Result<(), String> {
    crate::storage::browser::download(file_name, text, "application/json")
}

/// Copies `text` to the clipboard (resolves when done).
pub async fn copy(text: &str) -> Result<(), String> {
    let promise = window().navigator().clipboard().write_text(text);
    JsFuture::from(promise).await.map(|_| ()).map_err(describe)
}

/// The bytes of a file the user picked. Only its fingerprint is kept, never the content.
pub async fn read_bytes(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(describe)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

fn describe(value: JsValue) -> String {
    value
        .as_string()
        .or_else(|| {
            value
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| format!("{value:?}"))
}

/// Resolves after the browser has painted (so a "working…" message shows before a long step).
pub async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 30);
    });
    let _ = JsFuture::from(promise).await;
}
