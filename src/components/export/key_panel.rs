//! The unit's signing key: its fingerprint (to register with the office, printed on the sheet),
//! the key registration file for the office, the public key to copy for `par keys add` (under
//! "Chi tiết kỹ thuật"), creating it and, explicitly, replacing it.

use crate::texts::{export, summary, text};
use leptos::prelude::*;

use super::{KeyBackupForm, KeyRegistrationAction, KeyRestoreForm};
use crate::signing::create_key;
use crate::state::AppState;
use par_web::clipboard::copy;
use par_web::clock::local_date_time;

#[component]
pub fn KeyPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let lang_now = move || lang.get();
    let message = RwSignal::new(None::<String>);
    let confirming = RwSignal::new(false);
    let copied = RwSignal::new(false);
    let key = move || {
        state
            .signing_key
            .get()
            .and_then(|k| k.key().map(|key| (k, key)))
    };
    let create = move |_| match create_key(lang.get_untracked()) {
        Ok(stored) => {
            state.signing_key.set(Some(stored));
            // The button pressed is gone: put the focus on the new key.
            state.focus_request.set(Some("key-public".to_string()));
            if confirming.get_untracked() {
                message.set(Some(export::KEY_NEW_DONE.get(lang_now()).to_string()));
            } else {
                message.set(None);
            }
            confirming.set(false);
        }
        Err(error) => message.set(Some(crate::format::fill(
            export::KEY_ERROR.get(lang_now()),
            &[("error", error.to_string())],
        ))),
    };
    let shown = move || match key() {
        None => view! {
            <p id="key-none">{text(lang, export::KEY_NONE)}</p>
            <button type="button" id="key-create" class="primary" on:click=create>
                {text(lang, export::KEY_CREATE)}
            </button>
        }
        .into_any(),
        Some((stored, key)) => {
            let public = key.public_key_hex();
            let public_copy = public.clone();
            let register_command = {
                let public = public.clone();
                move || {
                    let code = state.unit.with(|u| u.code.clone());
                    let code = if code.trim().is_empty() {
                        "MÃ_ĐƠN_VỊ".to_string()
                    } else {
                        code
                    };
                    format!("par keys add --unit {code} {public}")
                }
            };
            view! {
                <dl class="key-facts">
                    <div>
                        <dt>{text(lang, export::KEY_FINGERPRINT)}</dt>
                        <dd id="key-fingerprint" class="fingerprint">{key.key_id()}</dd>
                    </div>
                    <div>
                        <dt>{text(lang, export::KEY_CREATED_AT)}</dt>
                        <dd id="key-created">{local_date_time(&stored.created_at)}</dd>
                    </div>
                </dl>
                <p class="hint">{text(lang, export::KEY_FINGERPRINT_HINT)}</p>
                <button
                    type="button"
                    id="key-copy"
                    on:click=move |_| {
                        let text = public_copy.clone();
                        leptos::task::spawn_local(async move {
                            copied.set(copy(&text).await.is_ok());
                        });
                    }
                >
                    {text(lang, export::KEY_COPY)}
                </button>
                <span role="status" class="ok">{move || copied.get().then(|| export::KEY_COPIED.get(lang_now()))}</span>
                <KeyRegistrationAction/>
                // An official reads out the key id above; the public key itself and the office's
                // command are for whoever registers it, out of the way until asked for.
                <details class="technical" id="key-technical">
                <summary id="key-technical-summary">{text(lang, summary::TECHNICAL_DETAILS)}</summary>
                <label for="key-public">{text(lang, export::KEY_PUBLIC)}</label>
                <input
                    id="key-public"
                    class="public-key"
                    type="text"
                    readonly
                    aria-describedby="key-public-hint"
                    prop:value=public
                    on:focus=|ev| {
                        use wasm_bindgen::JsCast;
                        if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                            input.select();
                        }
                    }
                />
                <p class="hint" id="key-public-hint">{text(lang, export::KEY_PUBLIC_HINT)}</p>
                <p class="register-command">
                    {text(lang, export::KEY_REGISTER_COMMAND)} ": "
                    <code id="key-command">{register_command}</code>
                </p>
                </details>
                <div class="key-replace">
                    <Show
                        when=move || confirming.get()
                        fallback=move || view! {
                            <button type="button" id="key-replace" class="link-button" on:click=move |_| {
                                confirming.set(true);
                                state.focus_request.set(Some("key-replace-cancel".to_string()));
                            }>
                                {text(lang, export::KEY_REPLACE)}
                            </button>
                        }
                    >
                        <div class="confirm" role="alertdialog" aria-labelledby="key-replace-warning">
                            <p id="key-replace-warning" class="warning">{text(lang, export::KEY_REPLACE_WARNING)}</p>
                            <button type="button" id="key-replace-confirm" on:click=create>
                                {text(lang, export::KEY_REPLACE_CONFIRM)}
                            </button>
                            " "
                            <button type="button" id="key-replace-cancel" on:click=move |_| {
                                confirming.set(false);
                                state.focus_request.set(Some("key-replace".to_string()));
                            }>
                                {text(lang, export::CANCEL)}
                            </button>
                        </div>
                    </Show>
                </div>
                <KeyBackupForm/>
            }
            .into_any()
        }
    };
    view! {
        <section class="key-panel" aria-labelledby="key-heading">
            <h2 id="key-heading">{text(lang, export::KEY_HEADING)}</h2>
            {shown}
            <p id="key-message" role="status">{move || message.get()}</p>
            <KeyRestoreForm/>
        </section>
    }
}
