//! Signing the final result.

use super::*;

#[component]
pub(super) fn SignFinal(
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
                    .with_untracked(|r| {
                        let mut r = r.clone();
                        r.start_final();
                        sign_final(&set, known, &r, &key, ids)
                    })
                    .map_err(|p| p.describe(lang))
            })
            .and_then(|file| {
                let name = final_file_name(&file);
                par_web::download::download_json(&name, &file.to_json()).map_err(|e| vec![e])?;
                Ok((name, file))
            });
        match result {
            Ok((name, file)) => {
                failed.set(Vec::new());
                let text = file.to_json();
                message.set(Some(text::FINAL_SIGNED.fill(
                    lang,
                    &[("file", &name), ("hash", &hash_prefix(&file.hash()))],
                )));
                change.run(Box::new(move |r| {
                    r.start_final();
                    r.add_final(&text);
                }));
            }
            Err(problems) => {
                message.set(None);
                failed.set(problems);
            }
        }
    };
    view! {
        <section class="sign-final no-print" aria-labelledby="sign-final-heading" hidden=move || mode.get() != Round::Final>
            <h2 id="sign-final-heading">{t(lang, text::FINAL_HEADING)}</h2>
            <p>{t(lang, text::FINAL_INTRO)}</p>
            {key_needed(state, lang)}
            <button type="button" class="button" id="sign-final" disabled=move || state.signing_key_id.get().is_none() on:click=sign>{t(lang, text::SIGN_FINAL)}</button>
            <p id="final-message" role="status">{move || message.get()}</p>
            <div id="final-problems" class="messages-error" role="alert">{move || failed.get().into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}</div>
            <SignedFiles files=files />
        </section>
    }
}
