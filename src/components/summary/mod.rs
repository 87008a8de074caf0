//! The summary: scores by field, index and classification, and what is still to do.

mod field_chart;
mod problem_list;
mod sum_table;

pub use field_chart::FieldChart;
pub use problem_list::ProblemList;
pub use sum_table::SumTable;

use crate::texts::{summary, text};
use leptos::prelude::*;

use crate::format::{percent, points};
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
            <h1 id="summary-heading" tabindex="-1">{text(lang, summary::SUMMARY_HEADING)}</h1>
            <p class="summary-unit">
                <strong>{text(lang, summary::SUMMARY_UNIT)} ": "</strong> {unit} <br/> {set_title}
            </p>
            <section class="result" aria-labelledby="result-heading">
                <h2 id="result-heading">{text(lang, summary::RESULT_HEADING)}</h2>
                <dl class="result-figures">
                    <div>
                        <dt>{text(lang, summary::TOTAL)}</dt>
                        <dd id="summary-total">{move || sheet.with(|sh| points(sh.total, lang.get()))}</dd>
                    </div>
                    <div>
                        <dt>{text(lang, summary::APPLICABLE_MAX)}</dt>
                        <dd>{move || sheet.with(|sh| points(sh.applicable_max, lang.get()))}</dd>
                    </div>
                    <div>
                        <dt>{text(lang, summary::INDEX)}</dt>
                        <dd id="summary-index">{move || sheet.with(|sh| percent(sh.index_percent, lang.get()))}</dd>
                    </div>
                    <div>
                        <dt>{text(lang, summary::CLASSIFICATION)}</dt>
                        <dd id="summary-classification">{class}</dd>
                    </div>
                </dl>
                <Show when=move || sheet.with(|sh| sh.provisional)>
                    <p class="note">{text(lang, summary::PROVISIONAL_HINT)}</p>
                </Show>
            </section>
            <section aria-labelledby="chart-heading">
                <h2 id="chart-heading">{text(lang, summary::CHART_HEADING)}</h2>
                <FieldChart/>
                <SumTable/>
            </section>
            <section aria-labelledby="problems-heading">
                <h2 id="problems-heading">{text(lang, summary::PROBLEMS_HEADING)}</h2>
                <ProblemList/>
            </section>
        </div>
    }
}
