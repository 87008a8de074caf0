//! Downloads a passphrase-protected backup of the unit's key (`par-key-backup/1`).

use crate::texts::{export, text};
use leptos::prelude::*;
use par_core::submission::{backup_key, DEFAULT_KDF, MIN_PASSPHRASE_CHARS};
use par_core::Lang;

use super::passphrase_field::PassphraseField;
use crate::state::AppState;
use par_web::clock::next_frame;
use par_web::download::download_json as download;
use par_web::random::random_bytes;

/// Why the two passphrases cannot be used, if they cannot.
pub fn passphrase_problem(first: &str, second: &str, lang: Lang) -> Option<&'static str> {
    if first.chars().count() < MIN_PASSPHRASE_CHARS {
        Some(export::PASSPHRASE_HINT.get(lang))
    } else if first != second {
        Some(export::PASSPHRASE_MISMATCH.get(lang))
    } else {
        None
    }
}

#[component]
pub fn KeyBackupForm() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let lang_now = move || lang.get();
    let first = RwSignal::new(String::new());
    let second = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let invalid = RwSignal::new(false);
    let working = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (a, b) = (first.get_untracked(), second.get_untracked());
        if let Some(problem) = passphrase_problem(&a, &b, lang.get_untracked()) {
            invalid.set(true);
            message.set(Some(problem.to_string()));
            return;
        }
        let Some(key) = state.signing_key.get_untracked().and_then(|k| k.key()) else {
            return;
        };
        invalid.set(false);
        working.set(true);
        message.set(Some(export::BACKUP_WORKING.get(lang_now()).to_string()));
        leptos::task::spawn_local(async move {
            // Let the "encrypting" message show before Argon2 takes the thread for a moment.
            next_frame().await;
            let result = random_bytes::<16>().and_then(|salt| {
                let nonce = random_bytes::<24>()?;
                backup_key(&key, &a, salt, nonce, DEFAULT_KDF)
                    .map_err(|e| e.message(lang.get_untracked()))
            });
            let outcome = result.and_then(|backup| {
                let code = state.unit.with_untracked(|u| u.code.clone());
                let name = format!("par-key-backup-{code}-{}.json", backup.key_id);
                download(&name, &backup.to_json()).map(|_| name)
            });
            working.set(false);
            match outcome {
                Ok(name) => {
                    first.set(String::new());
                    second.set(String::new());
                    message.set(Some(format!(
                        "{}: {name}",
                        export::BACKUP_DONE.get(lang_now())
                    )));
                }
                Err(error) => message.set(Some(error)),
            }
        });
    };
    view! {
        <form class="key-backup" on:submit=submit>
            <h3>{text(lang, export::BACKUP_HEADING)}</h3>
            <p class="hint">{text(lang, export::BACKUP_INTRO)}</p>
            <PassphraseField
                id="backup-pass"
                label=text(lang, export::PASSPHRASE)
                autocomplete="new-password"
                described_by="backup-pass-hint backup-message"
                invalid=invalid
                value=first
                hint=text(lang, export::PASSPHRASE_HINT)
            />
            <PassphraseField
                id="backup-pass2"
                label=text(lang, export::PASSPHRASE_AGAIN)
                autocomplete="new-password"
                described_by="backup-message"
                invalid=invalid
                value=second
            />
            <button type="submit" id="backup-download" disabled=move || working.get()>
                {text(lang, export::BACKUP_BUTTON)}
            </button>
            <p id="backup-message" role="status" class:messages-error=move || invalid.get()>{move || message.get()}</p>
        </form>
    }
}
