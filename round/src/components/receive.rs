//! Receiving an office file (appraisal or final result): picked, checked by `par_app::round::check`
//! (par-core's verification with what the draft holds), and kept with the draft only when it is
//! genuine and about this unit's submission. On the way it may ask for the submission file
//! (another browser) or for the office key to be confirmed against the official notice.

use leptos::prelude::*;
use par_app::texts::{appraisal, text};
use par_web::components::FilePicker;
use par_web::files;

use par_app::format::fill;
use par_app::round::{check, confirm_office_key, Checked, Holding, OfficeFile};
use par_app::signing::{grouped, hash_prefix};
use par_app::state::AppState;
use par_app::storage::Session;

#[derive(Clone, PartialEq)]
enum Said {
    Done,
    Checking,
    Refused { reason: String, loud: bool },
    Error(String),
}

#[component]
pub fn ReceiveFile(kind: OfficeFile) -> impl IntoView {
    let state = expect_context::<AppState>();
    let session = expect_context::<Session>();
    let lang = state.lang;
    let prefix = match kind {
        OfficeFile::Appraisal => "appraisal",
        OfficeFile::Final => "final",
    };
    let said = RwSignal::new(None::<Said>);
    // The file being received while the user picks the submission or confirms the key.
    let pending = RwSignal::new(None::<String>);
    let picked = RwSignal::new(None::<String>);
    let need = RwSignal::new(None::<String>);
    let confirm = RwSignal::new(None::<String>);

    let run = move || {
        let Some(text) = pending.get_untracked() else {
            return;
        };
        let lang_now = lang.get_untracked();
        let framework = state.framework.get_untracked();
        let unit_code = state.unit.with_untracked(|u| u.code.trim().to_string());
        let exports = state.exports.get_untracked();
        let round = state.round.get_untracked();
        let held = Holding {
            framework: &framework,
            unit_code: &unit_code,
            exports: &exports,
            round: &round,
        };
        let result = check(
            kind,
            &text,
            &held,
            picked.get_untracked().as_deref(),
            lang_now,
        );
        need.set(None);
        confirm.set(None);
        match result {
            Checked::Accepted { text, submission } => {
                match kind {
                    OfficeFile::Appraisal => state.keep_appraisal(&text, &submission),
                    OfficeFile::Final => state.keep_final(&text, &submission),
                }
                pending.set(None);
                picked.set(None);
                said.set(Some(Said::Done));
                // A milestone: written now, not 400 ms later.
                session.save_now();
            }
            Checked::NeedSubmission { hash } => {
                said.set(None);
                need.set(Some(hash));
            }
            Checked::ConfirmKey { key_id } => {
                said.set(None);
                confirm.set(Some(key_id));
            }
            Checked::Refused { reason, loud } => {
                pending.set(None);
                picked.set(None);
                said.set(Some(Said::Refused { reason, loud }));
            }
        }
    };
    let read_then = move |ev: leptos::ev::Event, into: RwSignal<Option<String>>| {
        let Some((input, file)) = files::picked_file(&ev) else {
            return;
        };
        said.set(Some(Said::Checking));
        leptos::task::spawn_local(async move {
            match files::read_text(&file).await {
                Ok(text) => {
                    into.set(Some(text));
                    run();
                }
                Err(error) => said.set(Some(Said::Error(error))),
            }
            input.set_value("");
        });
    };
    let on_file = move |ev: leptos::ev::Event| {
        picked.set(None);
        read_then(ev, pending);
    };
    let on_submission = move |ev: leptos::ev::Event| read_then(ev, picked);
    let on_confirm = move |_| {
        let Some(key_id) = confirm.get_untracked() else {
            return;
        };
        let saved = state
            .framework
            .with_untracked(|set| confirm_office_key(set, &key_id));
        match saved {
            Ok(()) => run(),
            Err(error) => said.set(Some(Said::Error(format!(
                "{}: {}",
                appraisal::KEY_NOT_SAVED.get(lang.get_untracked()),
                error.message(lang.get_untracked())
            )))),
        }
    };
    let on_cancel = move |_| {
        confirm.set(None);
        need.set(None);
        pending.set(None);
        picked.set(None);
    };
    let (label, done) = match kind {
        OfficeFile::Appraisal => (appraisal::IMPORT_LABEL, appraisal::IMPORT_DONE),
        OfficeFile::Final => (appraisal::FINAL_LABEL, appraisal::FINAL_DONE),
    };
    let message_id = format!("{prefix}-message");
    let message = move || {
        let lang = lang.get();
        said.get().map(|said| match said {
            Said::Done => view! { <p class="ok">{done.get(lang)}</p> }.into_any(),
            Said::Checking => view! { <p>{appraisal::CHECKING.get(lang)}</p> }.into_any(),
            Said::Refused { reason, loud } => view! {
                <p class=if loud { "error loud-warning" } else { "error" }>
                    <strong>{appraisal::REFUSED.get(lang)} ": "</strong> {reason}
                </p>
            }
            .into_any(),
            Said::Error(error) => view! {
                <p class="error">{appraisal::UNREADABLE.get(lang)} ": " {error}</p>
            }
            .into_any(),
        })
    };
    let loud = move || matches!(said.get(), Some(Said::Refused { loud: true, .. }));
    view! {
        <FilePicker
            lang=lang
            id=format!("{prefix}-file")
            label=text(lang, label)
            described_by=message_id.clone()
            accept=".json,application/json"
            on_change=on_file
        />
        <div id=message_id role=move || if loud() { "alert" } else { "status" }>{message}</div>
        {move || need.get().map(|hash| view! {
            <div id=format!("{prefix}-need-submission") class="notice">
                <p>{fill(appraisal::NEED_SUBMISSION.get(lang.get()), &[("hash", hash_prefix(&hash))])}</p>
                <FilePicker
                    lang=lang
                    id=format!("{prefix}-submission-file")
                    label=text(lang, appraisal::SUBMISSION_LABEL)
                    accept=".json,application/json"
                    on_change=on_submission
                />
                <button type="button" on:click=on_cancel>{text(lang, appraisal::CANCEL)}</button>
            </div>
        })}
        {move || confirm.get().map(|key_id| view! {
            <div id=format!("{prefix}-confirm-key") class="notice key-confirm" role="alertdialog"
                aria-labelledby=format!("{prefix}-key-question")>
                <p id=format!("{prefix}-key-question")>{text(lang, appraisal::KEY_UNCONFIRMED)}</p>
                <p class="key-id-label">{text(lang, appraisal::KEY_ID)}</p>
                <p id=format!("{prefix}-office-key") class="key-id-large">{grouped(&key_id.replace('-', ""))}</p>
                <button type="button" class="primary" id=format!("{prefix}-key-confirm") on:click=on_confirm>
                    {text(lang, appraisal::KEY_CONFIRM)}
                </button>
                " "
                <button type="button" id=format!("{prefix}-key-cancel") on:click=on_cancel>
                    {text(lang, appraisal::CANCEL)}
                </button>
            </div>
        })}
    }
}
