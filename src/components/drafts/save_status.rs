//! The save status in the header: a polite live region, so a screen reader hears
//! "Đã lưu lúc 14:32" without losing its place.

use crate::texts::drafts;
use leptos::prelude::*;

use crate::format::fill;
use crate::storage::{SaveStatus, Session};

#[component]
pub fn SaveStatusView() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = session.state.lang;
    let text = move || {
        let lang_now = lang.get();
        match session.status.get() {
            SaveStatus::Nothing => drafts::STATUS_NOTHING.get(lang_now).to_string(),
            SaveStatus::Pending => drafts::STATUS_PENDING.get(lang_now).to_string(),
            SaveStatus::Saved(time) => fill(drafts::STATUS_SAVED.get(lang_now), &[("time", time)]),
            SaveStatus::Full => drafts::STATUS_FULL.get(lang_now).to_string(),
            SaveStatus::Failed(_) => drafts::STATUS_FAILED.get(lang_now).to_string(),
            SaveStatus::Stale => drafts::STATUS_STALE.get(lang_now).to_string(),
            SaveStatus::ReadOnly => drafts::STATUS_READ_ONLY.get(lang_now).to_string(),
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
