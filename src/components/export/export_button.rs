//! Signs the answers with the unit's key (created now if there is none) and downloads the file;
//! the export is added to the history, so the next one is revision n+1 replacing this hash.

use leptos::prelude::*;

use super::{create_key, export_ready};
use crate::i18n::{te, ter};
use crate::signing::browser::{download, now_rfc3339, random_bytes};
use crate::signing::{export, hex_string};
use crate::state::AppState;

fn sign_and_download(state: &AppState) -> Result<String, String> {
    let stored = match state.signing_key.get_untracked() {
        Some(stored) => stored,
        None => create_key(state)?,
    };
    let key = stored
        .key()
        .ok_or("khóa lưu trên máy bị hỏng / the stored key is damaged")?;
    let submission_id = hex_string(&random_bytes::<16>()?);
    let history = state.exports.get_untracked();
    let done = state.framework.with_untracked(|set| {
        state.unit.with_untracked(|unit| {
            state.answers.with_untracked(|answers| {
                export(
                    set,
                    unit,
                    answers,
                    &history,
                    &key,
                    submission_id,
                    now_rfc3339(),
                )
            })
        })
    });
    download(&done.record.file_name, &done.submission.to_json())?;
    state.exported_content.set(Some((
        state.unit.get_untracked(),
        state.answers.get_untracked(),
    )));
    let name = done.record.file_name.clone();
    state.exports.update(|list| list.push(done.record));
    Ok(name)
}

#[component]
pub fn ExportButton() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let s = move || te(lang.get());
    let message = RwSignal::new(None::<String>);
    let ready = move || export_ready(&state);
    view! {
        <p class="hint" id="export-hint">
            {move || if ready() { s().export_next } else { s().export_blocked }}
        </p>
        <button
            type="button"
            id="export-button"
            class="primary"
            aria-describedby="export-hint"
            aria-disabled=move || (!ready()).to_string()
            on:click=move |_| {
                if !export_ready(&state) {
                    message.set(Some(s().export_blocked.to_string()));
                    let _ = document()
                        .get_element_by_id("export-checks-heading")
                        .map(|h| h.scroll_into_view());
                    return;
                }
                match sign_and_download(&state) {
                    Ok(name) => {
                        // The export is a milestone: save the draft with its new history now and
                        // remind the user to keep a backup.
                        if let Some(session) = use_context::<crate::storage::Session>() {
                            session.remind_before_export();
                        }
                        message.set(Some(format!("{}: {name}", s().export_done)));
                    }
                    Err(error) => message.set(Some(format!("{}: {error}", s().export_error))),
                }
            }
        >
            {ter(lang, |s| s.export_button)}
        </button>
        <p id="export-message" role="status">{move || message.get()}</p>
        <Show when=move || state.changed_since_export()>
            <p id="export-stale" class="warning" role="status">{ter(lang, |s| s.export_stale)}</p>
        </Show>
    }
}
