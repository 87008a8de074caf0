//! The sticky bar: total, applicable maximum, index, classification, pending survey points and
//! progress, always visible while scoring. The main line is a polite live region so a screen
//! reader announces the new total after each answer.

use leptos::prelude::*;

use crate::format::{percent, points};
use crate::i18n::tr;
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
        <section class="score-bar" aria-label=tr(lang, |s| s.score_bar_label)>
            <p class="score-line" aria-live="polite" aria-atomic="true">
                <span class="score-part">
                    {tr(lang, |s| s.total)} ": "
                    <strong id="total-points">{total}</strong>
                    " / "
                    <span id="applicable-max">{max}</span>
                    " " {tr(lang, |s| s.points_unit)}
                </span>
                <span class="score-part">
                    {tr(lang, |s| s.index)} ": " <strong id="index-percent">{index}</strong>
                </span>
                <span class="score-part">
                    {tr(lang, |s| s.classification)} ": " <strong id="classification">{class}</strong>
                    <Show when=provisional>
                        " " <span id="provisional" class="badge" title=tr(lang, |s| s.provisional_hint)>
                            {tr(lang, |s| s.provisional)}
                        </span>
                    </Show>
                </span>
            </p>
            <p class="score-extra">
                <Show when=provisional>
                    <span class="score-part">
                        {tr(lang, |s| s.pending_points)} ": "
                        <span id="pending-points">{pending}</span>
                        " " {tr(lang, |s| s.points_unit)}
                    </span>
                </Show>
                <span class="score-part">
                    {tr(lang, |s| s.progress)} ": " <span id="progress">{progress}</span>
                    " " {tr(lang, |s| s.items_done)}
                </span>
            </p>
        </section>
    }
}
