//! Signs the answers with the unit's key (created now if there is none) and downloads the file;
//! the export is added to the history, so the next one is revision n+1 replacing this hash.

use crate::texts::{export, text};
use leptos::prelude::*;

use crate::signing::{create_key, export_and_download};
use crate::state::AppState;
use crate::storage::Session;

fn sign_and_download(state: &AppState) -> Result<String, String> {
    let lang = state.lang.get_untracked();
    let stored = match state.signing_key.get_untracked() {
        Some(stored) => stored,
        None => {
            let stored = create_key(lang)?;
            state.signing_key.set(Some(stored.clone()));
            stored
        }
    };
    let history = state.exports.get_untracked();
    let (record, kept) = state.framework.with_untracked(|set| {
        state.unit.with_untracked(|unit| {
            state.answers.with_untracked(|answers| {
                export_and_download(set, unit, answers, &history, &stored)
            })
        })
    })?;
    let name = record.file_name.clone();
    state.exports.update(|list| list.push(record));
    if kept {
        Ok(name)
    } else {
        Ok(format!("{name}. {}", export::SUBMISSION_NOT_KEPT.get(lang)))
    }
}

/// Exports when nothing blocks it (otherwise brings part 1 into view) and says what happened;
/// `Ok` with the message once the file is downloaded.
pub(super) fn export_now(state: &AppState, session: Session) -> Result<String, String> {
    let lang_now = state.lang.get_untracked();
    if !state.export_check().is_ready() {
        let _ = document()
            .get_element_by_id("export-checks-heading")
            .map(|h| h.scroll_into_view());
        return Err(export::EXPORT_BLOCKED.get(lang_now).to_string());
    }
    match sign_and_download(state) {
        Ok(name) => {
            // The export is a milestone: save the draft with its new history now and remind
            // the user to keep a backup.
            session.remind_before_export();
            Ok(format!("{}: {name}", export::EXPORT_DONE.get(lang_now)))
        }
        Err(error) => Err(format!("{}: {error}", export::EXPORT_ERROR.get(lang_now))),
    }
}

/// "… sau lần xuất 2": a text with the revision of the latest export in place of `{n}`.
pub(super) fn with_revision(text: &str, revision: u32) -> String {
    text.replace("{n}", &revision.to_string())
}

#[component]
pub fn ExportButton() -> impl IntoView {
    let state = expect_context::<AppState>();
    let session = expect_context::<Session>();
    let lang = state.lang;
    let lang_now = move || lang.get();
    let message = RwSignal::new(None::<String>);
    let ready = move || state.export_check().is_ready();
    view! {
        <p class="hint" id="export-hint">
            {move || if ready() { export::EXPORT_NEXT.get(lang_now()) } else { export::EXPORT_BLOCKED.get(lang_now()) }}
        </p>
        <button
            type="button"
            id="export-button"
            class="primary"
            aria-describedby="export-hint"
            aria-disabled=move || (!ready()).to_string()
            on:click=move |_| message.set(Some(export_now(&state, session).unwrap_or_else(|e| e)))
        >
            {text(lang, export::EXPORT_BUTTON)}
        </button>
        <p id="export-message" role="status">{move || message.get()}</p>
        {move || {
            state.changed_since_export().map(|revision| {
                view! {
                    <p id="export-stale" class="warning" role="status">
                        {with_revision(export::EXPORT_STALE.get(lang_now()), revision)}
                    </p>
                }
            })
        }}
    }
}
