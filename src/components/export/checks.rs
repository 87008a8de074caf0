//! What blocks the export, as par-core's one export check decides it (verification applies the
//! same check): the unit's missing, malformed or other-than-the-set's details, every item still
//! incomplete or invalid (the summary's problem list, with its jump-to-item links), and what
//! the appraiser will look at (warnings, not blocking).

use crate::texts::{export, text};
use leptos::prelude::*;
use par_core::export_check::{Blocker, ExportCheck};

use crate::components::start::unit_field_id;
use crate::components::summary::ProblemList;
use crate::state::{AppState, Screen};

#[component]
pub fn ExportChecks() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let check = Memo::new(move |_| state.export_check());
    let unit_problems = move || check.with(|c| c.unit_blockers().cloned().collect::<Vec<_>>());
    let items_blocked =
        move || check.with(|c| c.blockers.iter().any(|b| matches!(b, Blocker::Item { .. })));
    // Blockers the form and the problem list do not show (evidence the app never writes).
    let other_blockers = move || {
        let lang = lang.get();
        check.with(|c| {
            c.blockers
                .iter()
                .filter(|b| matches!(b, Blocker::Evidence { .. }))
                .map(|b| view! { <li>{b.message(lang)}</li> })
                .collect_view()
        })
    };
    let warnings = move || {
        let lang = lang.get();
        let items = check.with(|c| {
            c.warnings
                .iter()
                .map(|w| view! { <li>{w.message(lang)}</li> })
                .collect::<Vec<_>>()
        });
        (!items.is_empty()).then(|| view! { <ul class="notes" id="export-warnings">{items}</ul> })
    };
    let unit_list = move || {
        let problems = unit_problems();
        (!problems.is_empty()).then(|| {
            let items = problems
                .into_iter()
                .map(|blocker| {
                    let id = unit_field_id(blocker.unit_field().unwrap_or_default());
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
                                {move || blocker.message(lang.get())}
                            </a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h3>{text(lang, export::UNIT_PROBLEMS)}</h3>
                <ol class="problems" id="export-unit-problems">{items}</ol>
            }
        })
    };
    view! {
        <section class="export-checks" aria-labelledby="export-checks-heading">
            <h2 id="export-checks-heading">{text(lang, export::CHECKS_HEADING)}</h2>
            <Show
                when=move || check.with(ExportCheck::is_ready)
                fallback=move || view! {
                    <div id="export-blockers" role="status">
                        <p class="warning">{text(lang, export::CHECKS_BLOCKED)}</p>
                        {unit_list}
                        <Show when=items_blocked>
                            <h3>{text(lang, export::ITEM_PROBLEMS)}</h3>
                            <ProblemList/>
                        </Show>
                        <ol class="problems">{other_blockers}</ol>
                    </div>
                }
            >
                <p id="export-ready" class="ok" role="status">{text(lang, export::CHECKS_OK)}</p>
            </Show>
            {warnings}
        </section>
    }
}
