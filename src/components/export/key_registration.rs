//! Downloads the key registration file (`par-key-registration/1`) the office imports to
//! register the unit's key without typing it: the unit's code and name from the form, the
//! public key, its fingerprint and the time, signed by the key itself.

use crate::texts::{export, text};
use leptos::prelude::*;

use crate::signing::{can_register_key, key_registration};
use crate::state::AppState;
use par_web::clock::now_rfc3339;
use par_web::download::download_json as download;

#[component]
pub fn KeyRegistrationAction() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let lang_now = move || lang.get();
    let message = RwSignal::new(None::<String>);
    let ready = move || state.unit.with(can_register_key);
    let save = move |_| {
        let Some(key) = state.signing_key.get_untracked().and_then(|k| k.key()) else {
            return;
        };
        let Some(registration) = state
            .unit
            .with_untracked(|unit| key_registration(&key, unit, &now_rfc3339()))
        else {
            return;
        };
        let name = registration.file_name();
        match download(&name, &registration.to_json()) {
            Ok(()) => message.set(Some(format!(
                "{}: {name}",
                export::KEY_REGISTER_DONE.get(lang_now())
            ))),
            Err(error) => message.set(Some(error)),
        }
    };
    view! {
        <div class="key-registration">
            <button
                type="button"
                id="key-register-download"
                aria-describedby="key-register-hint key-register-message"
                disabled=move || !ready()
                on:click=save
            >
                {text(lang, export::KEY_REGISTER_BUTTON)}
            </button>
            <p class="hint" id="key-register-hint">
                {move || if ready() { export::KEY_REGISTER_HINT.get(lang_now()) } else { export::KEY_REGISTER_BLOCKED.get(lang_now()) }}
            </p>
            <p id="key-register-message" role="status">{move || message.get()}</p>
        </div>
    }
}
