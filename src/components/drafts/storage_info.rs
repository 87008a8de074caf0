//! Persistent storage (asked once) and the space used.

use leptos::prelude::*;
use leptos::task::spawn_local;
use par_web::{local_storage, offline};

use crate::format::{fill, whole_number};
use crate::i18n::{dt, dtr, tr};
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
            <h3>{dtr(lang, |d| d.storage_heading)}</h3>
            <p id="persist-state">
                {move || {
                    let d = dt(lang.get());
                    match persisted.get() {
                        None => "",
                        Some(Some(true)) => d.persist_granted,
                        Some(Some(false)) => d.persist_denied,
                        Some(None) => d.persist_unknown,
                    }
                }}
            </p>
            // Figures of bytes mean little to a commune official: kept for whoever helps them.
            <details class="technical" id="storage-technical">
            <summary>{tr(lang, |s| s.technical_details)}</summary>
            <p id="storage-usage">
                {move || fill(
                    dt(lang.get()).usage_line,
                    // Two bytes per character (UTF-16).
                    &[("used", whole_number((used.get() * 2).div_ceil(1024) as u64, lang.get()))],
                )}
            </p>
            {move || estimate.get().map(|(used, quota)| view! {
                <p>{move || fill(dt(lang.get()).estimate_line, &[
                    ("used", whole_number((used as u64).div_ceil(1_048_576), lang.get())),
                    ("quota", whole_number(quota as u64 / 1_048_576, lang.get())),
                ])}</p>
            })}
            </details>
        </div>
    }
}
