//! The whole office store downloaded as one backup file, and restored (added to what this
//! browser holds) from one.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::backup::OfficeBackup;
use crate::state::OfficeState;
use crate::texts::backup as text;
use par_core::lang::whole_number;
use par_web::components::{FilePicker, Messages};
use par_web::text as t;

#[component]
pub fn Backup() -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    let messages = RwSignal::new(Vec::<String>::new());
    let download = move |_| {
        let backup = state.backup();
        let day = backup.created_at.get(..10).unwrap_or("").to_string();
        let name = format!("sao-luu-co-quan-tham-dinh-{day}.json");
        if let Err(reason) = par_web::download::download_json(&name, &backup.to_json()) {
            messages.set(vec![reason]);
        }
    };
    let on_change = move |ev: web_sys::Event| {
        let Some((input, file)) = par_web::files::picked_file(&ev) else {
            return;
        };
        input.set_value("");
        spawn_local(async move {
            let lang = lang.get_untracked();
            let name = file.name();
            let refused =
                |reason: String| text::REFUSED.fill(lang, &[("file", &name), ("reason", &reason)]);
            let read = match par_web::files::read_text(&file).await {
                Ok(read) => read,
                Err(reason) => return messages.set(vec![refused(reason)]),
            };
            let backup = match OfficeBackup::from_json(&read) {
                Ok(backup) => backup,
                Err(error) => return messages.set(vec![refused(error.to_string())]),
            };
            match state.restore(backup).await {
                Ok(done) => {
                    let count = |n: usize| whole_number(n as u64, lang);
                    let units = if done.units {
                        text::WITH_UNITS.get(lang)
                    } else {
                        ""
                    };
                    messages.set(vec![text::RESTORED.fill(
                        lang,
                        &[
                            ("files", &count(done.files)),
                            ("keys", &count(done.keys)),
                            ("sets", &count(done.sets)),
                            ("units", units),
                        ],
                    )]);
                }
                Err(error) => messages.set(vec![refused(error.to_string())]),
            }
        });
    };
    view! {
        <section class="screen" aria-labelledby="backup-heading">
            <h1 id="backup-heading">{t(lang, text::HEADING)}</h1>
            <p>{t(lang, text::INTRO)}</p>
            <div class="actions">
                <button type="button" class="button" id="download-backup" on:click=download>{t(lang, text::DOWNLOAD)}</button>
            </div>
            <FilePicker
                lang=lang
                id="restore-backup"
                label=t(lang, text::PICK)
                described_by="backup-messages"
                accept=".json,application/json"
                on_change=on_change
            />
            <Messages id="backup-messages".to_string() messages=messages kind="note" />
        </section>
    }
}
