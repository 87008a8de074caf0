//! Offering a file to the user: a Blob, an object URL and a clicked `<a download>`.

use wasm_bindgen::JsCast;

use crate::files::describe;
use crate::ids::LAST_DOWNLOAD;

/// Offers `text` as a file named `file_name` of type `mime`.
pub fn download_text(file_name: &str, text: &str, mime: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&text.into());
    offer(file_name, &parts, mime, text.len())
}

/// Offers a JSON document (a submission, a backup, a key file) as a file named `file_name`.
pub fn download_json(file_name: &str, json: &str) -> Result<(), String> {
    download_text(file_name, json, "application/json")
}

/// Offers `bytes` (a spreadsheet, an archive) as a file named `file_name` of type `mime`.
pub fn download_bytes(file_name: &str, bytes: &[u8], mime: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    offer(file_name, &parts, mime, bytes.len())
}

fn offer(file_name: &str, parts: &js_sys::Array, mime: &str, length: usize) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_u8_array_sequence_and_options(parts, &options).map_err(describe)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(describe)?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(describe)?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    // Tests (and curious users) can read the last download back: it stays on the page, hidden.
    anchor.set_id(LAST_DOWNLOAD);
    anchor.set_hidden(true);
    if let Some(old) = document.get_element_by_id(LAST_DOWNLOAD) {
        if let Some(href) = old.get_attribute("href") {
            let _ = web_sys::Url::revoke_object_url(&href);
        }
        old.remove();
    }
    let _ = anchor.set_attribute("data-text-length", &length.to_string());
    if let Some(body) = document.body() {
        let _ = body.append_child(&anchor);
    }
    anchor.click();
    Ok(())
}

/// A name usable as a file name: letters, digits and `-` only; `fallback` when nothing is left.
pub fn file_stem(name: &str, fallback: &str) -> String {
    let stem: String = name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let stem = stem.trim_matches('-').to_string();
    if stem.is_empty() {
        fallback.into()
    } else {
        stem
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn file_names_keep_letters_and_digits_only() {
        assert_eq!(super::file_stem("Tân Lập 2025", "x"), "Tân-Lập-2025");
        assert_eq!(
            super::file_stem("par.quarantine.x.1", "x"),
            "par-quarantine-x-1"
        );
        assert_eq!(super::file_stem("///", "ban-nhap"), "ban-nhap");
    }
}
