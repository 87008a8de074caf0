//! Files the user picks (`<input type=file>`) and files served beside the app.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The file chosen in the `<input type=file>` an event came from, with that input (to clear it).
pub fn picked_file(ev: &web_sys::Event) -> Option<(web_sys::HtmlInputElement, web_sys::File)> {
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files()?.get(0)?;
    Some((input, file))
}

/// Every file chosen in the `<input type=file multiple>` (or folder box) an event came from.
pub fn picked_files(ev: &web_sys::Event) -> Vec<web_sys::File> {
    let Some(list) = ev
        .target()
        .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
        .and_then(|input| input.files())
    else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Empties the `<input type=file>` an event came from (once its files are taken), so that picking
/// the same files again is a new change.
pub fn clear_input(ev: &web_sys::Event) {
    if let Some(input) = ev
        .target()
        .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        input.set_value("");
    }
}

/// The text of a file the user picked.
pub async fn read_text(file: &web_sys::File) -> Result<String, String> {
    let text = JsFuture::from(file.text()).await.map_err(describe)?;
    text.as_string().ok_or_else(|| "not text".to_string())
}

/// The bytes of a file the user picked.
pub async fn read_bytes(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(describe)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The text of a file served next to the app (same origin; the service worker answers it
/// offline), or why it could not be read.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(describe)?;
    let response: web_sys::Response = response.dyn_into().map_err(describe)?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(describe)?)
        .await
        .map_err(describe)?;
    text.as_string().ok_or_else(|| "not text".into())
}

/// A JavaScript error in words (its message, or its debug form).
pub fn describe(value: JsValue) -> String {
    value
        .as_string()
        .or_else(|| {
            value
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| format!("{value:?}"))
}
