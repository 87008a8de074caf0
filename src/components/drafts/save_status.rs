//! The save status in the header: a polite live region, so a screen reader hears
//! "Đã lưu lúc 14:32" without losing its place.

use leptos::prelude::*;

use crate::format::fill;
use crate::i18n::dt;
use crate::storage::{SaveStatus, Session};

#[component]
pub fn SaveStatusView() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = session.state.lang;
    let text = move || {
        let d = dt(lang.get());
        match session.status.get() {
            SaveStatus::Nothing => d.status_nothing.to_string(),
            SaveStatus::Pending => d.status_pending.to_string(),
            SaveStatus::Saved(time) => fill(d.status_saved, &[("time", time)]),
            SaveStatus::Full => d.status_full.to_string(),
            SaveStatus::Failed(_) => d.status_failed.to_string(),
            SaveStatus::Stale => d.status_stale.to_string(),
            SaveStatus::ReadOnly => d.status_read_only.to_string(),
        }
    };
    let kind = move || match session.status.get() {
        SaveStatus::Saved(_) | SaveStatus::Nothing => "save-status ok",
        SaveStatus::Pending => "save-status pending",
        _ => "save-status problem",
    };
    view! {
        <p id="save-status" class=kind role="status" aria-live="polite">{text}</p>
    }
}
