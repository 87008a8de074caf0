//! Signing round 1 (with the deadline for explanations) and the files the office signed.

use super::*;

/// Unlock form or a pointer to the key screen, when signing needs the key.
pub(super) fn key_needed(state: OfficeState, lang: RwSignal<Lang>) -> impl IntoView {
    move || {
        if state.signing_key_id.get().is_some() {
            return ().into_any();
        }
        if state.office_key.with(Option::is_none) {
            return view! { <p class="alert alert-warn">{t(lang, text::NO_OFFICE_KEY)}</p> }
                .into_any();
        }
        view! { <div class="needs-key"><p class="alert alert-warn">{t(lang, text::NEEDS_KEY)}</p><UnlockForm /></div> }.into_any()
    }
}

#[component]
pub(super) fn SignFirst(
    submission: Arc<Submission>,
    hash: String,
    set: Arc<Framework>,
    record: RwSignal<OfficeRound>,
    files: Memo<OfficeRound>,
    mode: RwSignal<Round>,
    change: Change,
) -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    let message = RwSignal::new(None::<String>);
    let failed = RwSignal::new(Vec::<String>::new());
    let deadline = record.with_untracked(|r| r.first.deadline.clone());
    let on_deadline = {
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            change.run(Box::new(move |r| r.first.deadline = value));
        }
    };
    let sign = move |_| {
        let lang = lang.get_untracked();
        let Some(key) = state.signing_key.get_value() else {
            return;
        };
        let known = KnownSubmission {
            payload: &submission.payload,
            hash: &hash,
        };
        let result = id_and_time()
            .map_err(|e| vec![e])
            .and_then(|ids| {
                record
                    .with_untracked(|r| sign_appraisal(&set, known, r, &key, ids))
                    .map_err(|p| p.describe(lang))
            })
            .and_then(|file| {
                let name = appraisal_file_name(&file);
                par_web::download::download_json(&name, &file.to_json()).map_err(|e| vec![e])?;
                Ok((name, file))
            });
        match result {
            Ok((name, file)) => {
                failed.set(Vec::new());
                let text = file.to_json();
                message.set(Some(text::SIGNED.fill(
                    lang,
                    &[("file", &name), ("hash", &hash_prefix(&file.hash()))],
                )));
                change.run(Box::new(move |r| {
                    r.add_appraisal(&text);
                }));
            }
            Err(problems) => {
                message.set(None);
                failed.set(problems);
            }
        }
    };
    view! {
        <section class="sign-first no-print" aria-labelledby="sign-first-heading" hidden=move || mode.get() != Round::First>
            <h2 id="sign-first-heading">{t(lang, text::SIGN_HEADING)}</h2>
            <div class="field">
                <label for="deadline">{t(lang, text::DEADLINE)}</label>
                <input type="text" id="deadline" inputmode="numeric" placeholder="dd/mm/yyyy" prop:value=deadline on:input=on_deadline />
            </div>
            {key_needed(state, lang)}
            <button type="button" class="button" id="sign-appraisal" disabled=move || state.signing_key_id.get().is_none() on:click=sign>{t(lang, text::SIGN)}</button>
            <p id="sign-message" role="status">{move || message.get()}</p>
            <div id="sign-problems" class="messages-error" role="alert">{move || failed.get().into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}</div>
            <SignedFiles files=files />
        </section>
    }
}

#[component]
pub(super) fn SignedFiles(files: Memo<OfficeRound>) -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    move || {
        let lang_now = lang.get();
        let list: Vec<(String, String, String, String)> = files.with(|r| {
            let appraisals = r.appraisals().into_iter().map(|(a, h)| {
                (
                    appraisal_file_name(&a),
                    h,
                    a.payload.created_at.clone(),
                    a.to_json(),
                )
            });
            let finals = r
                .finals
                .iter()
                .filter_map(|t| par_core::appraisal::FinalResult::open(t).ok())
                .map(|(f, h)| {
                    (
                        final_file_name(&f),
                        h,
                        f.payload.created_at.clone(),
                        f.to_json(),
                    )
                });
            appraisals.chain(finals).collect()
        });
        (!list.is_empty()).then(|| view! {
            <h3>{text::FILES_SIGNED.get(lang_now)}</h3>
            <ul class="signed-files" id="signed-files">
                {list.into_iter().map(|(name, hash, at, json)| {
                    let label = format!("{name} · {} · {}", hash_prefix(&hash), par_web::clock::local_date_time(&at));
                    let again = move |_| { let _ = par_web::download::download_json(&name, &json); };
                    view! { <li>{label}" "<button type="button" class="button-secondary" on:click=again>{text::DOWNLOAD.get(lang_now)}</button></li> }
                }).collect_view()}
            </ul>
        })
    }
}
