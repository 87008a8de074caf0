//! What is stored and whether it is safe: the store's error said plainly with the way out,
//! progress while files are checked, and what this browser holds.

use leptos::prelude::*;
use par_core::lang::whole_number;

use crate::state::OfficeState;
use crate::texts::app as text;
use par_web::text as t;

#[component]
pub fn StoreStatus() -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    let count = move |n: usize| whole_number(n as u64, lang.get());
    view! {
        <div class="store-status">
            {move || {
                state.store_updated.get().then(|| view! {
                    <div class="alert alert-warn" role="alert" id="store-updated">
                        <p>{t(lang, text::STORE_UPDATED)}</p>
                        <button type="button" class="button" id="reload-page" on:click=move |_| {
                            if let Some(window) = web_sys::window() {
                                let _ = window.location().reload();
                            }
                        }>{t(lang, text::RELOAD)}</button>
                    </div>
                })
            }}
            {move || {
                state.store_blocked.get().then(|| view! {
                    <p class="alert alert-warn" role="alert" id="store-blocked">{t(lang, text::STORE_BLOCKED)}</p>
                })
            }}
            {move || {
                state
                    .store_error
                    .get()
                    .map(|error| view! { <p class="alert alert-error" role="alert" id="store-error">{error.to_string()}</p> })
            }}
            <p id="store-progress" role="status" class="progress">
                {move || match (state.ready.get(), state.progress.get()) {
                    (false, _) => text::LOADING.get(lang.get()).to_string(),
                    (true, Some((done, total))) => text::CHECKING
                        .fill(lang.get(), &[("done", &count(done)), ("total", &count(total))]),
                    (true, None) => String::new(),
                }}
            </p>
            <p id="store-summary" class="note">
                {move || {
                    text::STORED.fill(
                        lang.get(),
                        &[
                            ("files", &count(state.files.with(Vec::len))),
                            ("keys", &count(state.keyring.with(|k| k.keys.len()))),
                            ("units", &count(state.units.with(|u| u.as_ref().map_or(0, |u| u.units.len())))),
                        ],
                    )
                }}
            </p>
            {move || {
                state
                    .update_ready
                    .get()
                    .then(|| view! { <p class="note" id="update-ready">{t(lang, text::UPDATE_READY)}</p> })
            }}
            {move || {
                (state.persistent.get() == Some(false))
                    .then(|| view! { <p class="note">{t(lang, text::NOT_PERSISTENT)}</p> })
            }}
        </div>
    }
}
