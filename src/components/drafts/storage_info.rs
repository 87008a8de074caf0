//! Persistent storage (asked once) and the space used.

use crate::texts::{drafts, summary, text};
use leptos::prelude::*;
use leptos::task::spawn_local;
use par_web::{local_storage, offline};

use crate::format::{fill, whole_number};
use crate::storage::Session;

#[component]
pub fn StorageInfo() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = session.state.lang;
    let persisted = RwSignal::new(None::<Option<bool>>);
    let estimate = RwSignal::new(None::<(f64, f64)>);
    spawn_local(async move {
        persisted.set(Some(offline::persist().await));
        estimate.set(offline::estimate().await);
    });
    let used = Memo::new(move |_| {
        session.list_version.track();
        local_storage::usage_chars("par.")
    });
    view! {
        <div class="storage-info" id="storage-info">
            <h3>{text(lang, drafts::STORAGE_HEADING)}</h3>
            <p id="persist-state">
                {move || {
                    let lang_now = lang.get();
                    match persisted.get() {
                        None => "",
                        Some(Some(true)) => drafts::PERSIST_GRANTED.get(lang_now),
                        Some(Some(false)) => drafts::PERSIST_DENIED.get(lang_now),
                        Some(None) => drafts::PERSIST_UNKNOWN.get(lang_now),
                    }
                }}
            </p>
            // Figures of bytes mean little to a commune official: kept for whoever helps them.
            <details class="technical" id="storage-technical">
            <summary>{text(lang, summary::TECHNICAL_DETAILS)}</summary>
            <p id="storage-usage">
                {move || fill(
                    drafts::USAGE_LINE.get(lang.get()),
                    // Two bytes per character (UTF-16).
                    &[("used", whole_number((used.get() * 2).div_ceil(1024) as u64, lang.get()))],
                )}
            </p>
            {move || estimate.get().map(|(used, quota)| view! {
                <p>{move || fill(drafts::ESTIMATE_LINE.get(lang.get()), &[
                    ("used", whole_number((used as u64).div_ceil(1_048_576), lang.get())),
                    ("quota", whole_number(quota as u64 / 1_048_576, lang.get())),
                ])}</p>
            })}
            </details>
        </div>
    }
}
