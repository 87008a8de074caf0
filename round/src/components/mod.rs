//! The appraisal screen: receive the office's appraisal (verified), compare self and appraised
//! scores, answer the requests for explanation and sign the explanation file, receive the final
//! result (the year is then closed), and the trail of every file.

mod comparison;
mod receive;
mod requests;
mod trail;

pub use comparison::Comparison;
pub use receive::ReceiveFile;
pub use requests::Requests;
pub use trail::Trail;

use leptos::prelude::*;
use par_app::texts::{appraisal, text};
use par_core::appraisal::{Appraisal, FinalResult, RoundRecord};
use par_core::submission::Submission;

use par_app::format::{fill, percent, points};
use par_app::round::OfficeFile;
use par_app::state::AppState;

/// The round's files, opened once each time one of them changes (not on every keystroke in an
/// answer).
#[derive(Clone, PartialEq)]
pub struct Opened {
    pub submission: Option<(Submission, String)>,
    pub appraisal: Option<(Appraisal, String)>,
    pub final_result: Option<(FinalResult, String)>,
}

/// The opened files of the round, provided to the screen's parts.
pub fn opened_files(state: AppState) -> Memo<Opened> {
    let files = Memo::new(move |_| {
        state.round.with(|r| RoundRecord {
            submission: r.submission.clone(),
            appraisals: r.appraisals.last().cloned().into_iter().collect(),
            final_result: r.final_result.clone(),
            ..Default::default()
        })
    });
    Memo::new(move |_| {
        files.with(|r| Opened {
            submission: r.submission(),
            appraisal: r.latest_appraisal(),
            final_result: r.final_result(),
        })
    })
}

#[component]
pub fn AppraisalScreen() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let opened = opened_files(state);
    provide_context(opened);
    let has_appraisal = move || opened.with(|o| o.appraisal.is_some());
    let closed = move || {
        opened.with(|o| {
            o.final_result.as_ref().map(|(file, _)| {
                let lang = lang.get();
                let sheet = &file.payload.scores;
                let class = state.framework.with(|set| {
                    par_app::format::classification(set, sheet.classification.as_deref(), lang)
                });
                fill(
                    appraisal::CLOSED_DETAIL.get(lang),
                    &[
                        ("total", points(sheet.total, lang)),
                        ("index", percent(sheet.index_percent, lang)),
                        ("class", class),
                    ],
                )
            })
        })
    };
    view! {
        <div class="appraisal-screen">
            <h1 id="appraisal-heading" tabindex="-1">{text(lang, appraisal::HEADING)}</h1>
            {move || closed().map(|detail| view! {
                <div id="round-closed" class="notice closed" role="status">
                    <strong>{text(lang, appraisal::CLOSED)}</strong> " " {detail}
                </div>
            })}
            <p>{text(lang, appraisal::INTRO)}</p>
            <section aria-labelledby="appraisal-import-heading">
                <h2 id="appraisal-import-heading">{text(lang, appraisal::IMPORT_HEADING)}</h2>
                <ReceiveFile kind=OfficeFile::Appraisal/>
            </section>
            <Show when=has_appraisal>
                <Comparison/>
                <Requests/>
                <section aria-labelledby="final-heading">
                    <h2 id="final-heading">{text(lang, appraisal::FINAL_HEADING)}</h2>
                    <Show when=move || opened.with(|o| o.final_result.is_none())>
                        <p class="hint">{text(lang, appraisal::FINAL_WAIT)}</p>
                    </Show>
                    <ReceiveFile kind=OfficeFile::Final/>
                </section>
                <Trail/>
            </Show>
        </div>
    }
}
