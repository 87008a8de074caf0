//! What blocks the export: the unit's missing or malformed details and every item still
//! incomplete or invalid (the summary's problem list, with its jump-to-item links).

use leptos::prelude::*;

use crate::components::start::unit_field_id;
use crate::components::summary::ProblemList;
use crate::i18n::ter;
use crate::state::{AppState, Screen};

/// Whether nothing blocks the export.
pub fn export_ready(state: &AppState) -> bool {
    state.unit.with(|u| u.problems().is_empty()) && state.sheet.with(|sh| sh.problems.is_empty())
}

#[component]
pub fn ExportChecks() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let unit_problems = move || state.unit.with(|u| u.problems());
    let items_blocked = move || state.sheet.with(|sh| !sh.problems.is_empty());
    let unit_list = move || {
        let problems = unit_problems();
        (!problems.is_empty()).then(|| {
            let items = problems
                .into_iter()
                .map(|problem| {
                    let id = unit_field_id(problem);
                    view! {
                        <li>
                            <a
                                href=format!("#{id}")
                                class="problem-link unit-problem"
                                on:click=move |ev| {
                                    ev.prevent_default();
                                    state.unit_checked.set(true);
                                    state.screen.set(Screen::Start);
                                    state.focus_request.set(Some(id.to_string()));
                                }
                            >
                                {move || problem.message(lang.get())}
                            </a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h3>{ter(lang, |s| s.unit_problems)}</h3>
                <ol class="problems" id="export-unit-problems">{items}</ol>
            }
        })
    };
    view! {
        <section class="export-checks" aria-labelledby="export-checks-heading">
            <h2 id="export-checks-heading">{ter(lang, |s| s.checks_heading)}</h2>
            <Show
                when=move || export_ready(&state)
                fallback=move || view! {
                    <div id="export-blockers" role="status">
                        <p class="warning">{ter(lang, |s| s.checks_blocked)}</p>
                        {unit_list}
                        <Show when=items_blocked>
                            <h3>{ter(lang, |s| s.item_problems)}</h3>
                            <ProblemList/>
                        </Show>
                    </div>
                }
            >
                <p id="export-ready" class="ok" role="status">{ter(lang, |s| s.checks_ok)}</p>
            </Show>
        </section>
    }
}
