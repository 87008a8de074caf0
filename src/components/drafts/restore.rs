//! Restoring drafts from a backup file: validated by `par_core::draft::Backup::parse`, each
//! draft planned with `restore_action`; a draft newer in this browser waits for a decision.

use crate::texts::{drafts, text};
use leptos::prelude::*;
use par_web::{clock, files};

use leptos::task::spawn_local;
use par_core::draft::DraftRecord;
use par_web::components::FilePicker;

use crate::format::fill;
use crate::storage::{backup, records, Session};

const MAX_BYTES: f64 = 20_000_000.0;

#[component]
pub fn RestoreForm() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = session.state.lang;
    let result = RwSignal::new(None::<Result<String, String>>);
    let waiting = RwSignal::new(Vec::<DraftRecord>::new());

    // The open draft was replaced from the file: show the restored copy.
    let reload_if_open = move |ids: &[String]| {
        if let Some(open) = session.id.get_untracked() {
            if ids.contains(&open) {
                if let Ok(Some(draft)) = records::load(&open) {
                    session.open(draft);
                }
            }
        }
        session.list_version.update(|v| *v += 1);
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some((input, file)) = files::picked_file(&ev) else {
            return;
        };
        let lang_now = lang.get_untracked();
        if file.size() > MAX_BYTES {
            result.set(Some(Err(fill(
                drafts::RESTORE_ERROR.get(lang_now),
                &[("error", "tệp quá lớn (hơn 20 MB)".into())],
            ))));
            return;
        }
        spawn_local(async move {
            let text = files::read_text(&file).await.ok();
            let lang_now = lang.get_untracked();
            let Some(text) = text else {
                result.set(Some(Err(fill(
                    drafts::RESTORE_ERROR.get(lang_now),
                    &[("error", "không đọc được tệp".into())],
                ))));
                return;
            };
            match backup::restore(&text) {
                Ok(report) => {
                    let mut message = fill(
                        drafts::RESTORE_DONE.get(lang_now),
                        &[
                            ("added", report.added.to_string()),
                            ("replaced", report.replaced.to_string()),
                            ("unchanged", report.unchanged.to_string()),
                        ],
                    );
                    if report.sets_added > 0 {
                        message.push(' ');
                        message.push_str(&fill(
                            drafts::RESTORE_SETS.get(lang_now),
                            &[("count", report.sets_added.to_string())],
                        ));
                    }
                    if !report.failed.is_empty() {
                        message.push(' ');
                        message.push_str(&fill(
                            drafts::RESTORE_FAILED.get(lang_now),
                            &[("names", report.failed.join(", "))],
                        ));
                    }
                    result.set(Some(Ok(message)));
                    waiting.set(report.newer_here);
                    reload_if_open(&report.written);
                }
                Err(error) => result.set(Some(Err(fill(
                    drafts::RESTORE_ERROR.get(lang_now),
                    &[("error", error.to_string())],
                )))),
            }
            input.set_value("");
        });
    };
    let decide = move |index: usize, replace: bool| {
        let draft = waiting.with_untracked(|w| w.get(index).cloned());
        waiting.update(|w| {
            if index < w.len() {
                w.remove(index);
            }
        });
        if let (Some(draft), true) = (draft, replace) {
            match backup::replace_newer(draft) {
                Ok(id) => reload_if_open(&[id]),
                Err(e) => result.set(Some(Err(e.message(lang.get_untracked())))),
            }
        }
    };
    view! {
        <div class="restore">
            <FilePicker
                lang=lang
                id="restore-file"
                label=text(lang, drafts::RESTORE_LABEL)
                accept=".json,application/json"
                on_change=on_file
            />
            {move || result.get().map(|r| match r {
                Ok(text) => view! { <p id="restore-result" class="ok" role="status">{text}</p> }.into_any(),
                Err(text) => view! { <p id="restore-error" class="messages-error" role="alert">{text}</p> }.into_any(),
            })}
            {move || waiting
                .get()
                .into_iter()
                .enumerate()
                .map(|(index, draft)| {
                    // When each copy was saved says more to a person than revision counters.
                    let here = records::load(&draft.id)
                        .ok()
                        .flatten()
                        .map(|stored| clock::local_date_time(&stored.saved_at))
                        .unwrap_or_default();
                    let file = clock::local_date_time(&draft.saved_at);
                    view! {
                        <div class="confirm restore-confirm" role="alertdialog">
                            <p>{move || fill(drafts::RESTORE_NEWER.get(lang.get()), &[
                                ("name", draft.name.clone()),
                                ("here", here.clone()),
                                ("file", file.clone()),
                            ])}</p>
                            <button type="button" class="restore-replace danger" on:click=move |_| decide(index, true)>
                                {text(lang, drafts::RESTORE_REPLACE)}
                            </button>
                            <button type="button" class="restore-keep" on:click=move |_| decide(index, false)>
                                {text(lang, drafts::RESTORE_KEEP)}
                            </button>
                        </div>
                    }
                })
                .collect_view()}
        </div>
    }
}
