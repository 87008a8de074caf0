//! The clipboard.

use wasm_bindgen_futures::JsFuture;

use crate::files::describe;

/// Copies `text` to the clipboard (resolves when done).
pub async fn copy(text: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let promise = window.navigator().clipboard().write_text(text);
    JsFuture::from(promise).await.map(|_| ()).map_err(describe)
}
