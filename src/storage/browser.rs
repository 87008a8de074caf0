//! Thin wrappers over `window.localStorage`, the clock and file downloads. Nothing here panics:
//! a browser without storage (private mode, disabled) behaves as an empty, full store.

use wasm_bindgen::JsCast;

/// Why a write failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteError {
    /// `QuotaExceededError`: the browser's space for this site is full.
    Full,
    /// No storage at all, or another error (its message).
    Other(String),
}

impl WriteError {
    /// What the user reads, with what to do next.
    pub fn message(&self, lang: par_core::Lang) -> String {
        match self {
            WriteError::Full => crate::i18n::dt(lang).write_full.to_string(),
            WriteError::Other(error) => failed_message(lang, error),
        }
    }
}

/// The browser refused a write for a reason other than a full storage (`error`: its words, or
/// empty when there is no storage at all).
pub fn failed_message(lang: par_core::Lang, error: &str) -> String {
    let d = crate::i18n::dt(lang);
    if error.is_empty() {
        d.storage_blocked.to_string()
    } else {
        crate::format::fill(d.failed_message, &[("error", error.to_string())])
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

pub fn set(key: &str, value: &str) -> Result<(), WriteError> {
    let Some(storage) = storage() else {
        return Err(WriteError::Other(String::new()));
    };
    storage.set_item(key, value).map_err(|error| {
        let exception = error.dyn_ref::<web_sys::DomException>();
        let is_quota = exception.is_some_and(|e| {
            e.name() == "QuotaExceededError" || e.code() == 22 || e.code() == 1014
        });
        if is_quota {
            WriteError::Full
        } else {
            WriteError::Other(
                exception
                    .map(|e| e.message())
                    .unwrap_or_else(|| format!("{error:?}")),
            )
        }
    })
}

pub fn remove(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

/// Every key that starts with `prefix`.
pub fn keys(prefix: &str) -> Vec<String> {
    let Some(storage) = storage() else {
        return Vec::new();
    };
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(prefix))
        .collect()
}

/// The file chosen in the `<input type=file>` an event came from, with that input (to clear it).
pub fn picked_file(ev: &web_sys::Event) -> Option<(web_sys::HtmlInputElement, web_sys::File)> {
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files()?.get(0)?;
    Some((input, file))
}

/// Milliseconds since 1970 (wall clock).
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Now, RFC 3339 in UTC to the second (`2025-12-01T09:30:00Z`), as drafts and submissions record it.
pub fn now_rfc3339() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    // `2025-12-01T09:30:00.123Z` → drop the milliseconds.
    match iso.split_once('.') {
        Some((seconds, _)) => format!("{seconds}Z"),
        None => iso,
    }
}

/// `HH:MM` local time of an RFC 3339 time (or of now when it does not read).
pub fn local_hh_mm(rfc3339: &str) -> String {
    let date = js_sys::Date::new(&rfc3339.into());
    let date = if date.get_time().is_nan() {
        js_sys::Date::new_0()
    } else {
        date
    };
    format!("{:02}:{:02}", date.get_hours(), date.get_minutes())
}

/// `DD/MM/YYYY HH:MM` local time of an RFC 3339 time.
pub fn local_date_time(rfc3339: &str) -> String {
    let date = js_sys::Date::new(&rfc3339.into());
    if date.get_time().is_nan() {
        return rfc3339.to_string();
    }
    format!(
        "{:02}/{:02}/{} {:02}:{:02}",
        date.get_date(),
        date.get_month() + 1,
        date.get_full_year(),
        date.get_hours(),
        date.get_minutes()
    )
}

/// A random identifier (time + randomness, base 36), for drafts and tabs.
pub fn random_id() -> String {
    let mut n = (js_sys::Math::random() * 2f64.powi(52)) as u64;
    let mut out = format!("{:x}-", now_ms() as u64);
    for _ in 0..8 {
        out.push(char::from_digit((n % 36) as u32, 36).unwrap_or('0'));
        n /= 36;
    }
    out
}

/// Offers `text` as a file named `file_name` (a Blob, an object URL and a clicked `<a download>`).
pub fn download(file_name: &str, text: &str, mime: &str) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|e| format!("{e:?}"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| format!("{e:?}"))?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|e| format!("{e:?}"))?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    // Tests (and curious users) can read the last download back: it stays on the page, hidden.
    anchor.set_id("last-download");
    anchor.set_hidden(true);
    if let Some(old) = document.get_element_by_id("last-download") {
        if let Some(href) = old.get_attribute("href") {
            let _ = web_sys::Url::revoke_object_url(&href);
        }
        old.remove();
    }
    let _ = anchor.set_attribute("data-text-length", &text.len().to_string());
    if let Some(body) = document.body() {
        let _ = body.append_child(&anchor);
    }
    anchor.click();
    Ok(())
}

/// A name usable as a file name: letters, digits and `-` only.
pub fn file_stem(name: &str) -> String {
    let stem: String = name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let stem = stem.trim_matches('-').to_string();
    if stem.is_empty() {
        "ban-nhap".into()
    } else {
        stem
    }
}

/// Characters kept in localStorage by this app (keys and values; the browser counts about two
/// bytes per character against a quota of about 5 MB).
pub fn local_usage_chars() -> usize {
    keys("par.")
        .into_iter()
        .map(|key| key.len() + get(&key).map_or(0, |v| v.len()))
        .sum()
}

/// The text of a small file the user picked.
pub async fn read_text(file: &web_sys::File) -> Result<String, String> {
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|e| format!("{e:?}"))?;
    text.as_string().ok_or_else(|| "not text".to_string())
}

/// The text of a file served next to the app (same origin; the service worker answers it
/// offline), or why it could not be read.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window().ok_or("window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|e| format!("{e:?}"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|e| format!("{e:?}"))?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|e| format!("{e:?}"))?)
        .await
        .map_err(|e| format!("{e:?}"))?;
    text.as_string().ok_or_else(|| "not text".into())
}

#[cfg(test)]
mod tests {
    #[test]
    fn file_names_keep_letters_and_digits_only() {
        assert_eq!(super::file_stem("Tân Lập 2025"), "Tân-Lập-2025");
        assert_eq!(super::file_stem("par.quarantine.x.1"), "par-quarantine-x-1");
        assert_eq!(super::file_stem("///"), "ban-nhap");
    }
}
