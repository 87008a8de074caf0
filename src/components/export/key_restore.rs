//! Restores the unit's key from a backup file and its passphrase; says plainly whether the
//! passphrase is wrong or the file damaged.

use crate::texts::{export, text};
use leptos::prelude::*;
use par_web::files;

use par_core::submission::restore_key;
use par_web::components::FilePicker;

use super::passphrase_field::PassphraseField;
use crate::signing::save_key;
use crate::signing::StoredKey;
use crate::state::AppState;
use par_web::clock::{next_frame, now_rfc3339};
use par_web::files::read_text;

#[component]
pub fn KeyRestoreForm() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let lang_now = move || lang.get();
    let file = StoredValue::new_local(None::<web_sys::File>);
    let passphrase = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let failed = RwSignal::new(false);
    let working = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(chosen) = file.get_value() else {
            failed.set(true);
            message.set(Some(export::RESTORE_NO_FILE.get(lang_now()).to_string()));
            return;
        };
        let pass = passphrase.get_untracked();
        working.set(true);
        message.set(None);
        leptos::task::spawn_local(async move {
            next_frame().await;
            let lang = lang.get_untracked();
            let outcome = match read_text(&chosen).await {
                Err(_) => Err(export::RESTORE_UNREADABLE.get(lang).to_string()),
                Ok(text) => restore_key(&text, &pass).map_err(|e| e.message(lang)),
            };
            let outcome = outcome.and_then(|key| {
                let stored = StoredKey::new(&key, &now_rfc3339());
                save_key(&stored).map_err(|e| {
                    crate::format::fill(export::KEY_ERROR.get(lang), &[("error", e.message(lang))])
                })?;
                state.signing_key.set(Some(stored));
                Ok(key.key_id())
            });
            working.set(false);
            match outcome {
                Ok(id) => {
                    failed.set(false);
                    passphrase.set(String::new());
                    message.set(Some(format!("{}: {id}", export::RESTORE_DONE.get(lang))));
                }
                Err(error) => {
                    failed.set(true);
                    message.set(Some(error));
                }
            }
        });
    };
    view! {
        <form class="key-restore" on:submit=submit>
            <h3>{text(lang, export::RESTORE_HEADING)}</h3>
            <p class="hint">{text(lang, export::RESTORE_INTRO)}</p>
            <FilePicker
                lang=lang
                id="key-restore-file"
                label=text(lang, export::RESTORE_FILE)
                accept=".json,application/json"
                on_change=move |ev: web_sys::Event| {
                    let chosen = files::picked_file(&ev);
                    file.set_value(chosen.map(|(_, picked)| picked));
                }
            />
            <PassphraseField
                id="key-restore-pass"
                label=text(lang, export::PASSPHRASE)
                autocomplete="current-password"
                described_by="key-restore-message"
                invalid=failed
                value=passphrase
            />
            <button type="submit" id="key-restore-button" disabled=move || working.get()>
                {text(lang, export::RESTORE_BUTTON)}
            </button>
            <p id="key-restore-message" role="status" class:messages-error=move || failed.get()>{move || message.get()}</p>
        </form>
    }
}
