//! The wall clock, dates as the page shows them (dd/mm/yyyy, local time) and waiting for a paint.

use wasm_bindgen_futures::JsFuture;

/// Milliseconds since 1970 (wall clock).
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Now, RFC 3339 in UTC to the second (`2025-12-01T09:30:00Z`), as every file records it.
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

/// `DD/MM/YYYY HH:MM` local time of an RFC 3339 time (the text itself when it does not read).
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

/// Resolves after the browser has painted (so a "working…" message shows before a long step).
pub async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 30);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Resolves after `ms` milliseconds (a time limit raced against a browser request).
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}
