//! The office's own key: its id in large groups of four (to print on the official notice),
//! unlock / lock for the session, create (with its backup file), restore from a backup. The
//! actions are `round.rs`'s; par-core's key backup does the cryptography.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::round::{backup_file_name, backup_key_id};
use crate::state::OfficeState;
use crate::texts::office_key as text;
use par_web::components::FilePicker;
use par_web::text as t;

/// The key id in large groups of four, read out whole by screen readers.
#[component]
pub fn KeyIdLarge(#[prop(into)] key_id: String, #[prop(into)] id: String) -> impl IntoView {
    view! {
        <p class="key-id-large" id=id aria-label=key_id.clone()>
            {key_id.split('-').map(|g| view! { <span>{g.to_string()}</span> }).collect_view()}
        </p>
    }
}

/// A passphrase box with its label.
#[component]
fn Passphrase(
    #[prop(into)] id: String,
    label: Signal<&'static str>,
    value: RwSignal<String>,
    #[prop(default = "current-password")] autocomplete: &'static str,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input
                type="password"
                id=id
                autocomplete=autocomplete
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
        </div>
    }
}

/// Unlocks the stored key for the session (also shown on a unit's page when signing needs it).
#[component]
pub fn UnlockForm() -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    let pass = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let working = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        working.set(true);
        message.set(None);
        spawn_local(async move {
            // Let the page paint before Argon2 takes the thread for a moment.
            par_web::clock::next_frame().await;
            let result = state.unlock_office_key(&pass.get_untracked());
            working.set(false);
            match result {
                Ok(_) => pass.set(String::new()),
                Err(error) => message.set(Some(error.message(lang.get_untracked()))),
            }
        });
    };
    view! {
        <form class="unlock-key" on:submit=submit>
            <Passphrase id="unlock-pass" label=t(lang, text::PASSPHRASE) value=pass />
            <button type="submit" class="button" id="unlock-key" disabled=move || working.get()>{t(lang, text::UNLOCK)}</button>
            <p id="unlock-message" class="messages-error" role="alert">{move || message.get()}</p>
        </form>
    }
}

#[component]
pub fn OfficeKey() -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    let first = RwSignal::new(String::new());
    let second = RwSignal::new(String::new());
    let created = RwSignal::new(None::<String>);
    let create_error = RwSignal::new(None::<String>);
    let working = RwSignal::new(false);
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        working.set(true);
        created.set(Some(text::WORKING.get(lang.get_untracked()).into()));
        create_error.set(None);
        spawn_local(async move {
            par_web::clock::next_frame().await;
            let lang = lang.get_untracked();
            let result = state
                .create_office_key(&first.get_untracked(), &second.get_untracked())
                .await;
            working.set(false);
            match result {
                Ok(backup) => {
                    first.set(String::new());
                    second.set(String::new());
                    let id = backup_key_id(&backup).unwrap_or_default();
                    let file = backup_file_name(&id);
                    created.set(Some(
                        match par_web::download::download_json(&file, &backup) {
                            Ok(()) => text::CREATED.fill(lang, &[("id", &id), ("file", &file)]),
                            Err(reason) => text::NOT_DOWNLOADED.fill(lang, &[("reason", &reason)]),
                        },
                    ));
                }
                Err(error) => {
                    created.set(None);
                    create_error.set(Some(error.message(lang)));
                }
            }
        });
    };
    let file = StoredValue::new_local(None::<web_sys::File>);
    let restore_pass = RwSignal::new(String::new());
    let restored = RwSignal::new(None::<String>);
    let restore_error = RwSignal::new(None::<String>);
    let restore = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let lang = lang.get_untracked();
        let Some(chosen) = file.get_value() else {
            restore_error.set(Some(text::NO_FILE.get(lang).into()));
            return;
        };
        working.set(true);
        restore_error.set(None);
        restored.set(None);
        spawn_local(async move {
            par_web::clock::next_frame().await;
            let result = match par_web::files::read_text(&chosen).await {
                Err(_) => Err(text::UNREADABLE.get(lang).to_string()),
                Ok(backup) => state
                    .restore_office_key(&backup, &restore_pass.get_untracked())
                    .await
                    .map_err(|e| e.message(lang)),
            };
            working.set(false);
            match result {
                Ok(id) => {
                    restore_pass.set(String::new());
                    restored.set(Some(text::RESTORED.fill(lang, &[("id", &id)])));
                }
                Err(error) => restore_error.set(Some(error)),
            }
        });
    };
    let download_again = move |_| {
        if let Some(backup) = state.office_key.get_untracked() {
            let name = backup_file_name(&backup_key_id(&backup).unwrap_or_default());
            if let Err(reason) = par_web::download::download_json(&name, &backup) {
                create_error.set(Some(reason));
            }
        }
    };
    view! {
        <section class="screen" aria-labelledby="office-key-heading">
            <h1 id="office-key-heading">{t(lang, text::HEADING)}</h1>
            <p>{t(lang, text::INTRO)}</p>
            {move || match state.office_key.get().and_then(|b| backup_key_id(&b)) {
                None => view! { <p class="alert alert-warn" id="office-key-none">{t(lang, text::NONE)}</p> }.into_any(),
                Some(id) => view! {
                    <div class="office-key" id="office-key">
                        <p class="key-id-label">{t(lang, text::KEY_ID)}</p>
                        <KeyIdLarge key_id=id id="office-key-id" />
                        {move || if state.signing_key_id.get().is_some() {
                            view! {
                                <p class="note" id="office-key-state">{t(lang, text::UNLOCKED)}</p>
                                <button type="button" class="button-secondary" id="lock-key" on:click=move |_| state.lock_office_key()>{t(lang, text::LOCK)}</button>
                            }.into_any()
                        } else {
                            view! {
                                <p class="alert alert-warn" id="office-key-state">{t(lang, text::LOCKED)}</p>
                                <UnlockForm />
                            }.into_any()
                        }}
                        <button type="button" class="button-secondary" id="download-key-backup" on:click=download_again>{t(lang, text::DOWNLOAD_AGAIN)}</button>
                    </div>
                }.into_any(),
            }}
            <form class="create-key" on:submit=create>
                <h2>{t(lang, text::CREATE_HEADING)}</h2>
                {move || state.office_key.get().is_some().then(|| view! { <p class="alert alert-warn">{t(lang, text::REPLACE_WARNING)}</p> })}
                <p class="hint">{t(lang, text::PASSPHRASE_HINT)}</p>
                <Passphrase id="create-pass" label=t(lang, text::PASSPHRASE) value=first autocomplete="new-password" />
                <Passphrase id="create-pass2" label=t(lang, text::PASSPHRASE_AGAIN) value=second autocomplete="new-password" />
                <button type="submit" class="button" id="create-key" disabled=move || working.get()>{t(lang, text::CREATE)}</button>
                <p id="create-key-message" role="status">{move || created.get()}</p>
                <p id="create-key-error" class="messages-error" role="alert">{move || create_error.get()}</p>
            </form>
            <form class="restore-key" on:submit=restore>
                <h2>{t(lang, text::RESTORE_HEADING)}</h2>
                <FilePicker
                    lang=lang
                    id="office-key-file"
                    label=t(lang, text::RESTORE_FILE)
                    accept=".json,application/json"
                    on_change=move |ev: web_sys::Event| {
                        file.set_value(par_web::files::picked_file(&ev).map(|(_, picked)| picked));
                    }
                />
                <Passphrase id="restore-pass" label=t(lang, text::PASSPHRASE) value=restore_pass />
                <button type="submit" class="button" id="restore-key" disabled=move || working.get()>{t(lang, text::RESTORE)}</button>
                <p id="restore-key-message" role="status">{move || restored.get()}</p>
                <p id="restore-key-error" class="messages-error" role="alert">{move || restore_error.get()}</p>
            </form>
        </section>
    }
}
