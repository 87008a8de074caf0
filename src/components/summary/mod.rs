//! The summary: scores by field, index and classification, and what is still to do.

mod field_chart;
mod problem_list;
mod sum_table;

pub use field_chart::FieldChart;
pub use problem_list::ProblemList;
pub use sum_table::SumTable;

use leptos::prelude::*;

use crate::format::{percent, points};
use crate::i18n::tr;
use crate::state::AppState;

#[component]
pub fn SummaryScreen() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let sheet = state.sheet;
    let unit = move || {
        state.unit.with(|u| {
            let code = if u.code.is_empty() {
                String::new()
            } else {
                format!(" ({})", u.code)
            };
            format!("{}{}, {} — {}", u.name, code, u.province, u.year)
        })
    };
    let set_title = move || {
        state.framework.with(|set| {
            lang.get()
                .pick(&set.title, set.title_en.as_deref())
                .to_string()
        })
    };
    let class = move || state.classification_label();
    view! {
        <div class="summary">
            <h1 id="summary-heading" tabindex="-1">{tr(lang, |s| s.summary_heading)}</h1>
            <p class="summary-unit">
                <strong>{tr(lang, |s| s.summary_unit)} ": "</strong> {unit} <br/> {set_title}
            </p>
            <section class="result" aria-labelledby="result-heading">
                <h2 id="result-heading">{tr(lang, |s| s.result_heading)}</h2>
                <dl class="result-figures">
                    <div>
                        <dt>{tr(lang, |s| s.total)}</dt>
                        <dd id="summary-total">{move || sheet.with(|sh| points(sh.total, lang.get()))}</dd>
                    </div>
                    <div>
                        <dt>{tr(lang, |s| s.applicable_max)}</dt>
                        <dd>{move || sheet.with(|sh| points(sh.applicable_max, lang.get()))}</dd>
                    </div>
                    <div>
                        <dt>{tr(lang, |s| s.index)}</dt>
                        <dd id="summary-index">{move || sheet.with(|sh| percent(sh.index_percent, lang.get()))}</dd>
                    </div>
                    <div>
                        <dt>{tr(lang, |s| s.classification)}</dt>
                        <dd id="summary-classification">{class}</dd>
                    </div>
                </dl>
                <Show when=move || sheet.with(|sh| sh.provisional)>
                    <p class="note">{tr(lang, |s| s.provisional_hint)}</p>
                </Show>
            </section>
            <section aria-labelledby="chart-heading">
                <h2 id="chart-heading">{tr(lang, |s| s.chart_heading)}</h2>
                <FieldChart/>
                <SumTable/>
            </section>
            <section aria-labelledby="problems-heading">
                <h2 id="problems-heading">{tr(lang, |s| s.problems_heading)}</h2>
                <ProblemList/>
            </section>
        </div>
    }
}
