//! Registering units' keys without a command line: key registration files (or a `par-keyring/1`)
//! are read, each key waits with its id in large groups to be compared with the stamped paper
//! sheet or read over the phone, and is registered only when confirmed (par-core's
//! `add_outcome`/`register`: a unit's other key asks first, another unit's key is refused). The
//! keyring downloads as `par-keyring/1` for `par`.

use leptos::prelude::*;
use leptos::task::spawn_local;
use par_core::submission::{
    add_outcome, AddOutcome, CheckedRegistration, KeyRegistration, Keyring, KEYRING_FORMAT,
    KEY_REGISTRATION_FORMAT,
};
use par_core::Lang;

use crate::state::{OfficeState, PendingKey};
use crate::texts::keys as text;
use par_web::components::{FilesPicker, Messages};
use par_web::text as t;

#[component]
pub fn Keys() -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    let messages = RwSignal::new(Vec::<String>::new());
    let on_change = move |ev: web_sys::Event| {
        let files = par_web::files::picked_files(&ev);
        par_web::files::clear_input(&ev);
        spawn_local(async move {
            let mut said = Vec::new();
            for file in files {
                let name = file.name();
                match par_web::files::read_text(&file).await {
                    Ok(text) => read_key_file(state, &name, &text, &mut said),
                    Err(reason) => said.push(refused(lang.get_untracked(), &name, &reason)),
                }
            }
            messages.set(said);
        });
    };
    let export = move |_| {
        let keyring = state.keyring.get_untracked();
        let json = serde_json::to_string_pretty(&keyring).expect("a keyring serialises") + "\n";
        if let Err(reason) = par_web::download::download_json("keyring.json", &json) {
            messages.set(vec![reason]);
        }
    };
    view! {
        <section class="screen" aria-labelledby="keys-heading">
            <h1 id="keys-heading">{t(lang, text::HEADING)}</h1>
            <p>{t(lang, text::INTRO)}</p>
            <FilesPicker
                lang=lang
                id="key-files"
                label=t(lang, text::PICK)
                accept=".json,application/json"
                on_change=on_change
            />
            <Messages id="key-messages".to_string() messages=messages kind="note" />
            <PendingKeys messages=messages />
            <h2>
                {move || text::REGISTERED.fill(lang.get(), &[("count", &state.keyring.with(|k| k.keys.len()).to_string())])}
            </h2>
            {move || {
                state.keyring.with(|keyring| {
                    if keyring.keys.is_empty() {
                        return view! { <p>{t(lang, text::NONE)}</p> }.into_any();
                    }
                    view! {
                        <table class="data" id="registered-keys">
                            <thead><tr><th scope="col">{t(lang, text::UNIT)}</th><th scope="col">{t(lang, text::KEY_ID)}</th></tr></thead>
                            <tbody>
                                {keyring.keys.iter().map(|k| view! {
                                    <tr><td>{format!("{} {}", k.unit_code, k.unit_name)}</td><td class="key-id-small">{k.key_id.clone()}</td></tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    }
                    .into_any()
                })
            }}
            <button type="button" id="export-keyring" class="button" on:click=export>{t(lang, text::EXPORT)}</button>
        </section>
    }
}

/// The keys waiting for confirmation, each with what registering it would do.
#[component]
fn PendingKeys(messages: RwSignal<Vec<String>>) -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    let remove = move |key_id: &str| {
        let key_id = key_id.to_string();
        state
            .pending_keys
            .update(|p| p.retain(|k| k.key.key_id != key_id));
    };
    let confirm = move |key: CheckedRegistration| {
        spawn_local(async move {
            match state.register_key(&key, true).await {
                Ok(_) => {
                    messages.set(vec![added(lang.get_untracked(), &key)]);
                    remove(&key.key_id);
                }
                Err(error) => messages.set(vec![error.to_string()]),
            }
        });
    };
    let confirm_all = move |_| {
        let keys: Vec<CheckedRegistration> = state
            .pending_keys
            .get_untracked()
            .into_iter()
            .map(|p| p.key)
            .collect();
        spawn_local(async move {
            match state.register_new_keys(&keys).await {
                Ok(_) => state.pending_keys.update(|pending| {
                    let keyring = state.keyring.get_untracked();
                    pending.retain(|p| add_outcome(&keyring, &p.key) != AddOutcome::AlreadyThere);
                }),
                Err(error) => messages.set(vec![error.to_string()]),
            }
        });
    };
    move || {
        let pending = state.pending_keys.get();
        if pending.is_empty() {
            return ().into_any();
        }
        let keyring = state.keyring.get();
        let several_new = pending
            .iter()
            .filter(|p| add_outcome(&keyring, &p.key) == AddOutcome::Added)
            .count()
            > 1;
        view! {
            <h2>{t(lang, text::PENDING)}</h2>
            {several_new.then(|| view! {
                <button type="button" id="confirm-all-keys" class="button" on:click=confirm_all>{t(lang, text::CONFIRM_ALL)}</button>
            })}
            <ul class="pending-keys" id="pending-keys">
                {pending.into_iter().map(|p| {
                    let outcome = add_outcome(&keyring, &p.key);
                    let key = p.key.clone();
                    let key_id = p.key.key_id.clone();
                    let (note, action) = match &outcome {
                        AddOutcome::Added => (text::NEW_KEY.get(lang.get()).to_string(), Some(text::CONFIRM)),
                        AddOutcome::NeedsConfirmation { existing } => (
                            text::ROTATION.fill(lang.get(), &[("existing", &existing.join(", "))]),
                            Some(text::CONFIRM_ROTATION),
                        ),
                        AddOutcome::AlreadyThere => (text::ALREADY.get(lang.get()).to_string(), None),
                        AddOutcome::KeyOfAnotherUnit { unit_code, unit_name } => (
                            text::OTHER_UNIT.fill(lang.get(), &[("unit", &format!("{unit_code} {unit_name}"))]),
                            None,
                        ),
                    };
                    let warn = !matches!(outcome, AddOutcome::Added);
                    view! {
                        <li class="pending-key" data-key-id=p.key.key_id.clone()>
                            <p class="pending-unit">{format!("{} {}", p.key.unit_code, p.key.unit_name)}<span class="source">{p.source.clone()}</span></p>
                            <p class="key-id-label">{t(lang, text::KEY_ID)}</p>
                            <p class="key-id-large" aria-label=p.key.key_id.clone()>
                                {p.key.key_id.split('-').map(|g| view! { <span>{g.to_string()}</span> }).collect_view()}
                            </p>
                            <p class=if warn { "alert alert-warn" } else { "note" }>{note}</p>
                            {action.map(|label| {
                                let key = key.clone();
                                view! { <button type="button" class="button confirm-key" on:click=move |_| confirm(key.clone())>{t(lang, label)}</button> }
                            })}
                            <button type="button" class="button-secondary" on:click=move |_| remove(&key_id)>{t(lang, text::DISMISS)}</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    }
}

/// Reads one picked file: a registration or a keyring joins the pending keys; anything else is
/// said.
fn read_key_file(state: OfficeState, name: &str, text: &str, said: &mut Vec<String>) {
    let lang = state.lang.get_untracked();
    let format = par_core::parse_value(text)
        .ok()
        .and_then(|v| par_core::submission::format_of(&v).map(str::to_string));
    let keys: Vec<CheckedRegistration> = match format.as_deref() {
        Some(KEY_REGISTRATION_FORMAT) => match KeyRegistration::from_json(text) {
            Ok(key) => vec![key],
            Err(error) => return said.push(refused(lang, name, &error.to_string())),
        },
        Some(KEYRING_FORMAT) => match Keyring::from_json(text) {
            Ok(keyring) => keyring
                .keys
                .into_iter()
                .map(|k| CheckedRegistration {
                    unit_code: k.unit_code,
                    unit_name: k.unit_name,
                    public_key: k.public_key.to_ascii_lowercase(),
                    key_id: k.key_id,
                    created_at: String::new(),
                })
                .collect(),
            Err(error) => {
                let reason = match &error {
                    par_core::submission::KeyringError::Invalid(problems) => problems
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join("; "),
                    other => other.to_string(),
                };
                return said.push(refused(lang, name, &reason));
            }
        },
        _ => return said.push(text::NOT_KEY_FILE.fill(lang, &[("file", name)])),
    };
    state.pending_keys.update(|pending| {
        for key in keys {
            if !pending.iter().any(|p| p.key.key_id == key.key_id) {
                pending.push(PendingKey {
                    source: name.to_string(),
                    key,
                });
            }
        }
    });
}

fn refused(lang: Lang, file: &str, reason: &str) -> String {
    text::REFUSED_FILE.fill(lang, &[("file", file), ("reason", reason)])
}

fn added(lang: Lang, key: &CheckedRegistration) -> String {
    text::ADDED.fill(
        lang,
        &[
            ("key", &key.key_id),
            ("unit", &format!("{} {}", key.unit_code, key.unit_name)),
        ],
    )
}
