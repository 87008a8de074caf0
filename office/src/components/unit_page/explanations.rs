//! The unit's explanations: imported, checked against the appraisal they answer, shown beside
//! each request.

use super::*;

#[component]
pub(super) fn Explanations(
    submission: Arc<Submission>,
    hash: String,
    set: Arc<Framework>,
    record: RwSignal<OfficeRound>,
    files: Memo<OfficeRound>,
    change: Change,
) -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    let messages = RwSignal::new(Vec::<String>::new());
    let on_change = move |ev: web_sys::Event| {
        let picked = par_web::files::picked_file(&ev).map(|(_, f)| f);
        par_web::files::clear_input(&ev);
        let Some(file) = picked else { return };
        let (submission, hash, set, change) =
            (submission.clone(), hash.clone(), set.clone(), change);
        spawn_local(async move {
            let lang = lang.get_untracked();
            let name = file.name();
            let said = match par_web::files::read_text(&file).await {
                Err(reason) => {
                    text::EXPLANATION_REFUSED.fill(lang, &[("file", &name), ("reason", &reason)])
                }
                Ok(body) => {
                    let keys = unit_keys(&state.keyring.get_untracked(), &submission);
                    let known = KnownSubmission {
                        payload: &submission.payload,
                        hash: &hash,
                    };
                    let checked = record
                        .with_untracked(|r| check_explanation(&body, &set, known, r, &keys, lang));
                    match checked {
                        Err(reason) => text::EXPLANATION_REFUSED
                            .fill(lang, &[("file", &name), ("reason", &reason)]),
                        Ok(()) => {
                            let mut fresh = false;
                            let mut copy = record.get_untracked();
                            if copy.add_explanation(&body) {
                                fresh = true;
                                change.run(Box::new(move |r| {
                                    r.add_explanation(&body);
                                }));
                            }
                            if fresh {
                                text::EXPLANATION_KEPT.fill(lang, &[("file", &name)])
                            } else {
                                text::EXPLANATION_AGAIN.fill(lang, &[("file", &name)])
                            }
                        }
                    }
                }
            };
            messages.set(vec![said]);
        });
    };
    view! {
        <section class="explanations no-print" aria-labelledby="explanations-heading">
            <h2 id="explanations-heading">{t(lang, text::EXPLANATIONS)}</h2>
            <FilePicker lang=lang id="explanation-file" label=t(lang, text::EXPLANATION_FILE) accept=".json,application/json" show_name=false on_change=on_change />
            <div id="explanation-messages" role="status">{move || messages.get().into_iter().map(|m| view! { <p>{m}</p> }).collect_view()}</div>
            {move || {
                let lang_now = lang.get();
                let list: Vec<String> = files.with(|r| r.explanations().into_iter().map(|(e, h)| {
                    format!("{} · {} · {}", hash_prefix(&h), par_web::clock::local_date_time(&e.payload.created_at), e.payload.answers.keys().cloned().collect::<Vec<_>>().join(", "))
                }).collect());
                if list.is_empty() {
                    view! { <p id="explanations-received">{text::NONE_RECEIVED.get(lang_now)}</p> }.into_any()
                } else {
                    view! { <ul id="explanations-received">{list.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> }.into_any()
                }
            }}
        </section>
    }
}
