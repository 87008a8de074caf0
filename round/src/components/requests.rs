//! The requests for explanation of the latest appraisal, each with its answer (text and extra
//! evidence documents, with file fingerprints as in the walk-through), and the signed
//! explanation file. Read-only once the final result closed the year.

use leptos::prelude::*;
use par_app::texts::{appraisal, text, walk};
use par_core::answers::FileFingerprint;
use par_web::clock::local_date_time;
use par_web::components::FilePicker;
use par_web::files;

use super::Opened;
use par_app::format::fill;
use par_app::signing::{explain_and_download, load_key};
use par_app::state::{AppState, EvidenceField};
use par_app::storage::Session;

const FIELDS: [(EvidenceField, par_core::Text); 5] = [
    (EvidenceField::Number, walk::EVIDENCE_NUMBER),
    (EvidenceField::Date, walk::EVIDENCE_DATE),
    (EvidenceField::Issuer, walk::EVIDENCE_ISSUER),
    (EvidenceField::Location, walk::EVIDENCE_LOCATION),
    (EvidenceField::Note, walk::EVIDENCE_NOTE),
];

pub fn answer_id(code: &str) -> String {
    format!("answer-{code}")
}

pub fn round_evidence_id(code: &str, index: usize, field: EvidenceField) -> String {
    format!("round-ev-{code}-{index}-{}", field.css_name())
}

fn sign(state: AppState, session: Session) -> Result<String, String> {
    let lang = state.lang.get_untracked();
    let stored = state
        .signing_key
        .get_untracked()
        .or_else(load_key)
        .ok_or_else(|| appraisal::NO_KEY.get(lang).to_string())?;
    let (name, text) = state
        .round
        .with_untracked(|round| explain_and_download(round, &stored, lang))?;
    state.keep_explanation(text);
    // One export, one save: written now, not 400 ms later.
    session.save_now();
    Ok(name)
}

#[component]
pub fn Requests() -> impl IntoView {
    let state = expect_context::<AppState>();
    let session = expect_context::<Session>();
    let opened = expect_context::<Memo<Opened>>();
    let lang = state.lang;
    let requests = Memo::new(move |_| {
        opened.with(|o| {
            o.appraisal
                .as_ref()
                .map(|(a, _)| {
                    a.payload
                        .requests
                        .iter()
                        .map(|(code, request)| (code.clone(), request.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let deadline = move || {
        opened.with(|o| {
            o.appraisal
                .as_ref()
                .and_then(|(a, _)| a.payload.explanation_deadline.clone())
                .map(|at| {
                    fill(
                        appraisal::DEADLINE.get(lang.get()),
                        &[("time", local_date_time(&at))],
                    )
                })
        })
    };
    // The office accepts an explanation signed by the key that signed the submission or by a key
    // registered for the unit: another key on this computer (a new key, another unit's backup)
    // is said before signing, not discovered at the office.
    let other_key = move || {
        let current = state.signing_key.get().or_else(load_key)?.key()?;
        opened.with(|o| {
            let (submission, _) = o.submission.as_ref()?;
            let signed_with = &submission.signature;
            (!signed_with
                .public_key
                .eq_ignore_ascii_case(&current.public_key_hex()))
            .then(|| {
                fill(
                    appraisal::OTHER_KEY.get(lang.get()),
                    &[
                        ("new", current.key_id()),
                        ("old", signed_with.key_id.clone()),
                    ],
                )
            })
        })
    };
    let message = RwSignal::new(None::<(bool, String)>);
    let export = move |_| {
        let lang_now = lang.get_untracked();
        message.set(Some(match sign(state, session) {
            Ok(name) => (
                true,
                format!("{}: {name}", appraisal::EXPORT_DONE.get(lang_now)),
            ),
            Err(error) => (
                false,
                format!("{}: {error}", appraisal::EXPORT_ERROR.get(lang_now)),
            ),
        }));
    };
    let sent = move || {
        state.round.with(|r| {
            let last = r.explanations.last()?;
            let (file, _) = par_core::appraisal::Explanation::open(last).ok()?;
            Some(fill(
                appraisal::SENT.get(lang.get()),
                &[
                    ("n", r.explanations.len().to_string()),
                    ("time", local_date_time(&file.payload.created_at)),
                ],
            ))
        })
    };
    let list = move || {
        requests
            .get()
            .into_iter()
            .map(|(code, request)| view! { <RequestAnswer code=code request=request/> })
            .collect_view()
    };
    view! {
        <section aria-labelledby="requests-heading">
            <h2 id="requests-heading">{text(lang, appraisal::REQUESTS_HEADING)}</h2>
            <Show
                when=move || requests.with(|r| !r.is_empty())
                fallback=move || view! { <p id="no-requests">{text(lang, appraisal::NO_REQUESTS)}</p> }
            >
                <p id="explanation-deadline" class="deadline"><strong>{deadline}</strong></p>
                <Show when=move || !state.round_editable()>
                    <p class="note" id="answers-read-only">{text(lang, appraisal::CLOSED_READ_ONLY)}</p>
                </Show>
                {list}
                <p class="hint" id="explanation-hint">{text(lang, appraisal::EXPORT_HINT)}</p>
                {move || other_key().map(|warning| view! {
                    <p class="alert alert-warning" id="explanation-other-key" role="alert">{warning}</p>
                })}
                <button
                    type="button"
                    class="primary"
                    id="explanation-export"
                    aria-describedby="explanation-hint"
                    disabled=move || !state.round_editable()
                    on:click=export
                >
                    {text(lang, appraisal::EXPORT)}
                </button>
                <p id="explanation-message" role="status" class=move || match message.get() {
                    Some((false, _)) => "error",
                    _ => "",
                }>{move || message.get().map(|(_, m)| m)}</p>
                <p id="explanation-sent">{sent}</p>
            </Show>
        </section>
    }
}

#[component]
fn RequestAnswer(code: String, request: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let title = {
        let code = code.clone();
        move || {
            state.framework.with(|set| {
                set.leaf(&code).map_or_else(String::new, |leaf| {
                    lang.get()
                        .pick(&leaf.item.title, leaf.item.title_en.as_deref())
                        .to_string()
                })
            })
        }
    };
    let count = {
        let code = code.clone();
        Memo::new(move |_| {
            state
                .round
                .with(|r| r.answers.get(&code).map_or(0, |a| a.evidence.len()))
        })
    };
    let value = {
        let code = code.clone();
        move || {
            state.round.with(|r| {
                r.answers
                    .get(&code)
                    .map(|a| a.text.clone())
                    .unwrap_or_default()
            })
        }
    };
    let rows = {
        let code = code.clone();
        move || {
            (0..count.get())
                .map(|index| view! { <RoundEvidenceRow code=code.clone() index=index/> })
                .collect_view()
        }
    };
    let add = {
        let code = code.clone();
        move |_| {
            let index = count.get_untracked();
            state.add_round_evidence(&code);
            state
                .focus_request
                .set(Some(round_evidence_id(&code, index, EvidenceField::Number)));
        }
    };
    let input = {
        let code = code.clone();
        move |ev| state.set_round_answer(&code, &event_target_value(&ev))
    };
    view! {
        <article class="request" id=format!("request-{code}") data-code=code.clone()>
            <h3>{code.clone()} " " {title}</h3>
            <p class="request-text"><strong>{text(lang, appraisal::REQUEST)} ": "</strong> {request}</p>
            <div class="field">
                <label for=answer_id(&code)>{text(lang, appraisal::ANSWER)}</label>
                <textarea
                    id=answer_id(&code)
                    rows="4"
                    prop:value=value
                    disabled=move || !state.round_editable()
                    on:input=input
                ></textarea>
            </div>
            <fieldset class="evidence">
                <legend>{text(lang, appraisal::EVIDENCE_LEGEND)}</legend>
                {rows}
                <button
                    type="button"
                    id=format!("round-ev-add-{code}")
                    disabled=move || !state.round_editable()
                    on:click=add
                >
                    "+ " {text(lang, appraisal::EVIDENCE_ADD)}
                </button>
            </fieldset>
        </article>
    }
}

#[component]
fn RoundEvidenceRow(code: String, index: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let inputs = FIELDS
        .iter()
        .map(|&(field, label)| {
            let id = round_evidence_id(&code, index, field);
            let value = {
                let code = code.clone();
                move || {
                    state.round.with(|r| {
                        r.answers
                            .get(&code)
                            .and_then(|a| a.evidence.get(index))
                            .map(|row| match field {
                                EvidenceField::Number => row.number.clone(),
                                EvidenceField::Date => row.date.clone(),
                                EvidenceField::Issuer => row.issuer.clone(),
                                EvidenceField::Location => row.location.clone(),
                                EvidenceField::Note => row.note.clone(),
                            })
                            .unwrap_or_default()
                    })
                }
            };
            let code = code.clone();
            view! {
                <div class=format!("field evidence-{}", field.css_name())>
                    <label for=id.clone()>{text(lang, label)}</label>
                    <input
                        type="text"
                        id=id
                        autocomplete="off"
                        inputmode=if field == EvidenceField::Date { "numeric" } else { "text" }
                        placeholder=move || if field == EvidenceField::Date { walk::DATE_PLACEHOLDER.get(lang.get()) } else { "" }
                        prop:value=value
                        disabled=move || !state.round_editable()
                        on:input=move |ev| state.set_round_evidence(&code, index, field, &event_target_value(&ev))
                    />
                </div>
            }
        })
        .collect_view();
    let file_id = format!("round-ev-{code}-{index}-file");
    let status_id = format!("{file_id}-status");
    let fingerprint = {
        let code = code.clone();
        move || {
            state.round.with(|r| {
                r.answers
                    .get(&code)
                    .and_then(|a| a.evidence.get(index))
                    .and_then(|row| row.file.clone())
            })
        }
    };
    let on_file = {
        let code = code.clone();
        move |ev: leptos::ev::Event| {
            let Some((input, file)) = files::picked_file(&ev) else {
                return;
            };
            let code = code.clone();
            leptos::task::spawn_local(async move {
                if let Ok(bytes) = files::read_bytes(&file).await {
                    state.set_round_evidence_file(
                        &code,
                        index,
                        Some(FileFingerprint::of(file.name(), &bytes)),
                    );
                }
                // The content is not kept anywhere: only its fingerprint.
                input.set_value("");
            });
        }
    };
    // A row with something in it is removed only after a second, explicit click (as in the
    // walk-through): a slip of the thumb must not lose a document reference.
    let confirming = RwSignal::new(false);
    let remove_id = format!("round-ev-remove-{code}-{index}");
    let remove = {
        let code = code.clone();
        move || state.remove_round_evidence(&code, index)
    };
    let ask = {
        let code = code.clone();
        let remove = remove.clone();
        move |_| {
            let blank = state.round.with_untracked(|r| {
                r.answers
                    .get(&code)
                    .and_then(|a| a.evidence.get(index))
                    .is_none_or(|row| row.is_blank())
            });
            if blank {
                remove();
            } else {
                confirming.set(true);
            }
        }
    };
    view! {
        <div class="evidence-row" role="group"
            aria-label=move || format!("{} {}", walk::EVIDENCE_ROW.get(lang.get()), index + 1)>
            <div class="evidence-fields">{inputs}</div>
            <FilePicker
                lang=lang
                id=file_id.clone()
                label=text(lang, par_app::texts::export::FILE_LABEL)
                described_by=status_id.clone()
                show_name=false
                on_change=on_file
            />
            <p class="evidence-file-status" id=status_id role="status">
                {move || fingerprint().map(|f| format!("{} · SHA-256 {}…", f.name, par_app::signing::hash_prefix(&f.sha256)))}
            </p>
            <Show
                when=move || confirming.get()
                fallback={
                    let remove_id = remove_id.clone();
                    let ask = ask.clone();
                    move || view! {
                        <button
                            type="button"
                            class="link-button"
                            id=remove_id.clone()
                            disabled=move || !state.round_editable()
                            on:click=ask.clone()
                        >
                            {move || format!("{} {}", appraisal::EVIDENCE_REMOVE.get(lang.get()), index + 1)}
                        </button>
                    }
                }
            >
                <div class="confirm evidence-confirm" role="alertdialog"
                    aria-labelledby=format!("{remove_id}-question")>
                    <p id=format!("{remove_id}-question")>
                        {move || fill(walk::EVIDENCE_REMOVE_CONFIRM.get(lang.get()), &[("n", (index + 1).to_string())])}
                    </p>
                    <button type="button" class="danger" id=format!("{remove_id}-yes")
                        on:click={
                            let remove = remove.clone();
                            move |_| {
                                confirming.set(false);
                                remove();
                            }
                        }>
                        {text(lang, walk::EVIDENCE_REMOVE_YES)}
                    </button>
                    " "
                    <button type="button" id=format!("{remove_id}-no") on:click=move |_| confirming.set(false)>
                        {text(lang, walk::EVIDENCE_KEEP)}
                    </button>
                </div>
            </Show>
        </div>
    }
}
