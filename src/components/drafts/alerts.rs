//! Banners under the header for what needs the user: storage full, another tab editing,
//! damaged records moved aside, a missing criteria set, a new release, a backup reminder.

use crate::texts::{drafts, text};
use leptos::prelude::*;
use par_web::{download, local_storage};

use crate::format::fill;
use crate::storage::{backup, Reminder, SaveStatus, Session};

fn download_open_or_all(session: Session) {
    let backup = session
        .id
        .get_untracked()
        .and_then(|id| backup::backup_of(&id))
        .unwrap_or_else(backup::backup_of_all);
    let _ = backup::download(&backup, &session.state.draft_name.get_untracked());
}

/// The in-memory draft as a backup, for when storage is full (what is stored may be older).
fn download_in_memory(session: Session) {
    let draft = session.in_memory_record();
    let name = draft.name.clone();
    let _ = backup::download(&backup::backup_of_drafts(vec![draft]), &name);
}

#[component]
pub fn StorageAlerts() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = session.state.lang;
    let status_alert = move || {
        let lang_now = lang.get();
        match session.status.get() {
            SaveStatus::Full => view! {
                <div id="storage-full" class="alert alert-error" role="alert">
                    <p>{drafts::FULL_MESSAGE.get(lang_now)}</p>
                    <button type="button" id="full-download" on:click=move |_| download_in_memory(session)>
                        {drafts::DOWNLOAD_BACKUP.get(lang_now)}
                    </button>
                    " "
                    <button type="button" id="retry-save" on:click=move |_| { session.save_now(); }>
                        {drafts::RETRY_SAVE.get(lang_now)}
                    </button>
                </div>
            }
            .into_any(),
            SaveStatus::Failed(error) => view! {
                <div id="storage-failed" class="alert alert-error" role="alert">
                    <p>{error.message(lang.get())}</p>
                    <button type="button" on:click=move |_| download_in_memory(session)>
                        {drafts::DOWNLOAD_BACKUP.get(lang_now)}
                    </button>
                </div>
            }
            .into_any(),
            status @ (SaveStatus::ReadOnly | SaveStatus::Stale) => view! {
                <div id="read-only" class="alert alert-warning" role="alert">
                    <p>{if status == SaveStatus::Stale { drafts::STALE_MESSAGE.get(lang_now) } else { drafts::READ_ONLY_MESSAGE.get(lang_now) }}</p>
                    <button type="button" id="take-over" on:click=move |_| session.take_over()>
                        {drafts::TAKE_OVER.get(lang_now)}
                    </button>
                </div>
            }
            .into_any(),
            _ => ().into_any(),
        }
    };
    let quarantined = move || {
        session
            .quarantined
            .get()
            .into_iter()
            .enumerate()
            .map(|(index, bad)| {
                let key = bad.key.clone();
                let delete_key = bad.key.clone();
                view! {
                    <div class="alert alert-error quarantine" role="alert" data-key=bad.key.clone()>
                        <p>{move || fill(drafts::QUARANTINE_MESSAGE.get(lang.get()), &[("reason", bad.reason.clone())])}</p>
                        <button
                            type="button"
                            id=format!("quarantine-download-{index}")
                            class="quarantine-download"
                            on:click=move |_| {
                                let text = local_storage::get(&key).unwrap_or_default();
                                let _ = download::download_text(
                                    &format!("{}.json", download::file_stem(&key, "ban-nhap")),
                                    &text,
                                    "application/octet-stream",
                                );
                            }
                        >
                            {text(lang, drafts::QUARANTINE_DOWNLOAD)}
                        </button>
                        " "
                        <button
                            type="button"
                            class="quarantine-delete"
                            on:click=move |_| {
                                local_storage::remove(&delete_key);
                                session.quarantined.update(|list| {
                                    list.retain(|q| q.key != delete_key);
                                });
                            }
                        >
                            {text(lang, drafts::QUARANTINE_DELETE)}
                        </button>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <div class="storage-alerts">
            {status_alert}
            {quarantined}
            {move || session.notice.get().map(|notice| view! {
                <div id="draft-notice" class="alert alert-warning" role="alert">
                    <p>{notice}</p>
                    <button type="button" on:click=move |_| session.notice.set(None)>
                        {text(lang, drafts::DISMISS)}
                    </button>
                </div>
            })}
            <Show when=move || session.update_ready.get()>
                <div id="update-ready" class="alert alert-info" role="status">
                    <p>{text(lang, drafts::UPDATE_MESSAGE)}</p>
                    <button
                        type="button"
                        on:click=move |_| {
                            session.save_now();
                            let _ = window().location().reload();
                        }
                    >
                        {text(lang, drafts::UPDATE_RELOAD)}
                    </button>
                </div>
            </Show>
            {move || session.backup_reminder.get().map(|reminder| view! {
                <div id="backup-reminder" class="alert alert-info" role="status">
                    <p>{move || match reminder {
                        Reminder::FieldCompleted => drafts::REMINDER_FIELD.get(lang.get()),
                        Reminder::BeforeExport => drafts::REMINDER_EXPORT.get(lang.get()),
                    }}</p>
                    <button type="button" on:click=move |_| {
                        download_open_or_all(session);
                        session.backup_reminder.set(None);
                    }>
                        {text(lang, drafts::DOWNLOAD_BACKUP)}
                    </button>
                    " "
                    <button type="button" on:click=move |_| session.backup_reminder.set(None)>
                        {text(lang, drafts::REMINDER_DISMISS)}
                    </button>
                </div>
            })}
        </div>
    }
}
