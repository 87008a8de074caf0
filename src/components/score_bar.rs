//! The sticky bar: total, applicable maximum, index, classification, pending survey points and
//! progress, always visible while scoring. The main line is a polite live region so a screen
//! reader announces the new total after each answer.

use crate::texts::{summary, text, walk};
use leptos::prelude::*;

use crate::format::{percent, points};
use crate::state::AppState;

#[component]
pub fn ScoreBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let sheet = state.sheet;
    let total = move || sheet.with(|sh| points(sh.total, lang.get()));
    let max = move || sheet.with(|sh| points(sh.applicable_max, lang.get()));
    let index = move || sheet.with(|sh| percent(sh.index_percent, lang.get()));
    let class = move || state.classification_label();
    let provisional = move || sheet.with(|sh| sh.provisional);
    let pending = move || sheet.with(|sh| points(sh.pending_max, lang.get()));
    let progress = move || {
        let (done, all) = sheet.with(|sh| sh.progress());
        format!("{done}/{all}")
    };
    view! {
        <section class="score-bar" aria-label=text(lang, summary::SCORE_BAR_LABEL)>
            <p class="score-line" aria-live="polite" aria-atomic="true">
                <span class="score-part">
                    {text(lang, summary::TOTAL)} ": "
                    <strong id="total-points">{total}</strong>
                    " / "
                    <span id="applicable-max">{max}</span>
                    " " {text(lang, walk::POINTS_UNIT)}
                </span>
                <span class="score-part">
                    {text(lang, summary::INDEX)} ": " <strong id="index-percent">{index}</strong>
                </span>
                <span class="score-part">
                    {text(lang, summary::CLASSIFICATION)} ": " <strong id="classification">{class}</strong>
                    <Show when=provisional>
                        " " <span id="provisional" class="badge" title=text(lang, summary::PROVISIONAL_HINT)>
                            {text(lang, summary::PROVISIONAL)}
                        </span>
                    </Show>
                </span>
            </p>
            <p class="score-extra">
                <Show when=provisional>
                    <span class="score-part">
                        {text(lang, summary::PENDING_POINTS)} ": "
                        <span id="pending-points">{pending}</span>
                        " " {text(lang, walk::POINTS_UNIT)}
                    </span>
                </Show>
                <span class="score-part">
                    {text(lang, summary::PROGRESS)} ": " <span id="progress">{progress}</span>
                    " " {text(lang, walk::ITEMS_DONE)}
                </span>
            </p>
        </section>
    }
}
