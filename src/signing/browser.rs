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

/// Now, RFC 3339 in UTC to the second (`2025-12-01T09:30:00Z`).
pub fn now_rfc3339() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    // `2025-12-01T09:30:00.123Z` → drop the milliseconds.
    match iso.split_once('.') {
        Some((seconds, _)) => format!("{seconds}Z"),
        None => iso,
    }
}

/// An RFC 3339 time in the reader's local time: `01/12/2025 16:30`.
pub fn local_datetime(iso: &str) -> String {
    let date = js_sys::Date::new(&JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return iso.to_string();
    }
    format!(
        "{:02}/{:02}/{:04} {:02}:{:02}",
        date.get_date(),
        date.get_month() + 1,
        date.get_full_year(),
        date.get_hours(),
        date.get_minutes()
    )
}

/// The stored key, if there is one and it reads.
pub fn load_key() -> Option<StoredKey> {
    let storage = window().local_storage().ok().flatten()?;
    let text = storage.get_item(KEY_STORAGE).ok().flatten()?;
    StoredKey::from_json(&text)
}

pub fn save_key(key: &StoredKey) -> Result<(), String> {
    let storage = window()
        .local_storage()
        .map_err(describe)?
        .ok_or_else(|| "no local storage".to_string())?;
    storage
        .set_item(KEY_STORAGE, &key.to_json())
        .map_err(describe)
}

/// Offers `text` as a file named `file_name` through the browser's normal download.
pub fn download(file_name: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(describe)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(describe)?;
    let document = window().document().ok_or("no document")?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(describe)?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.set_hidden(true);
    let body = document.body().ok_or("no body")?;
    body.append_child(&link).map_err(describe)?;
    link.click();
    link.remove();
    // Revoke later: revoking at once can cancel the download in some browsers.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000);
    Ok(())
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

/// The text of a small file the user picked.
pub async fn read_text(file: &web_sys::File) -> Result<String, String> {
    let text = JsFuture::from(file.text()).await.map_err(describe)?;
    text.as_string().ok_or_else(|| "not text".to_string())
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
