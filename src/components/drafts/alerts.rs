//! Banners under the header for what needs the user: storage full, another tab editing,
//! damaged records moved aside, a missing criteria set, a new release, a backup reminder.

use leptos::prelude::*;
use par_web::{download, local_storage};

use crate::format::fill;
use crate::i18n::{dt, dtr};
use crate::storage::{backup, Reminder, SaveStatus, Session};

fn download_open_or_all(session: Session) {
    let backup = session
        .id
        .get_untracked()
        .and_then(|id| backup::backup_of(&id))
        .unwrap_or_else(backup::backup_of_all);
    let _ = backup::download(&backup, &session.name.get_untracked());
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
        let d = dt(lang.get());
        match session.status.get() {
            SaveStatus::Full => view! {
                <div id="storage-full" class="alert alert-error" role="alert">
                    <p>{d.full_message}</p>
                    <button type="button" id="full-download" on:click=move |_| download_in_memory(session)>
                        {d.download_backup}
                    </button>
                    " "
                    <button type="button" id="retry-save" on:click=move |_| { session.save_now(); }>
                        {d.retry_save}
                    </button>
                </div>
            }
            .into_any(),
            SaveStatus::Failed(error) => view! {
                <div id="storage-failed" class="alert alert-error" role="alert">
                    <p>{error.message(lang.get())}</p>
                    <button type="button" on:click=move |_| download_in_memory(session)>
                        {d.download_backup}
                    </button>
                </div>
            }
            .into_any(),
            status @ (SaveStatus::ReadOnly | SaveStatus::Stale) => view! {
                <div id="read-only" class="alert alert-warning" role="alert">
                    <p>{if status == SaveStatus::Stale { d.stale_message } else { d.read_only_message }}</p>
                    <button type="button" id="take-over" on:click=move |_| session.take_over()>
                        {d.take_over}
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
                        <p>{move || fill(dt(lang.get()).quarantine_message, &[("reason", bad.reason.clone())])}</p>
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
                            {dtr(lang, |d| d.quarantine_download)}
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
                            {dtr(lang, |d| d.quarantine_delete)}
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
            {move || session.notice.get().map(|text| view! {
                <div id="draft-notice" class="alert alert-warning" role="alert">
                    <p>{text}</p>
                    <button type="button" on:click=move |_| session.notice.set(None)>
                        {dtr(lang, |d| d.dismiss)}
                    </button>
                </div>
            })}
            <Show when=move || session.update_ready.get()>
                <div id="update-ready" class="alert alert-info" role="status">
                    <p>{dtr(lang, |d| d.update_message)}</p>
                    <button
                        type="button"
                        on:click=move |_| {
                            session.save_now();
                            let _ = window().location().reload();
                        }
                    >
                        {dtr(lang, |d| d.update_reload)}
                    </button>
                </div>
            </Show>
            {move || session.backup_reminder.get().map(|reminder| view! {
                <div id="backup-reminder" class="alert alert-info" role="status">
                    <p>{move || match reminder {
                        Reminder::FieldCompleted => dt(lang.get()).reminder_field,
                        Reminder::BeforeExport => dt(lang.get()).reminder_export,
                    }}</p>
                    <button type="button" on:click=move |_| {
                        download_open_or_all(session);
                        session.backup_reminder.set(None);
                    }>
                        {dtr(lang, |d| d.download_backup)}
                    </button>
                    " "
                    <button type="button" on:click=move |_| session.backup_reminder.set(None)>
                        {dtr(lang, |d| d.reminder_dismiss)}
                    </button>
                </div>
            })}
        </div>
    }
}
