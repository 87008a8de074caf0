//! Title, the unit being assessed, the three steps and the language switch.

use crate::texts::{appraisal, common, export, text};
use leptos::prelude::*;
use par_core::Text;

use crate::components::drafts::SaveStatusView;
use crate::components::start::unit_field_id;
use crate::state::{AppState, Screen};
use par_web::components::LangSwitch;

#[component]
pub fn Header() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let tab = move |screen: Screen, id: &'static str, label: Text| {
        view! {
            <button
                type="button"
                id=id
                class="tab"
                aria-current=move || (state.screen.get() == screen).then_some("page")
                on:click=move |_| match screen {
                    // An incomplete unit sends the user back to the form, with its messages shown.
                    Screen::Walk => {
                        if !state.start_walk() {
                            // Not silently the same screen: the notice at its top says why, and
                            // the focus goes to the first box to correct.
                            state.screen.set(Screen::Start);
                            let first = state.unit.with_untracked(|u| u.problems().first().copied());
                            if let Some(problem) = first {
                                state.focus_request.set(Some(unit_field_id(problem.field()).to_string()));
                            }
                        }
                    }
                    other => state.screen.set(other),
                }
            >
                {text(lang, label)}
            </button>
        }
    };
    view! {
        <header class="app-header">
            <div class="brand">
                <p class="app-title">{text(lang, common::APP_TITLE)}</p>
                <p class="unit-line">
                    {move || state.unit.with(|u| {
                        if u.name.trim().is_empty() { String::new() } else { format!("{} · {}", u.name, u.province) }
                    })}
                </p>
            </div>
            <nav class="tabs" aria-label=text(lang, common::TABS_LABEL)>
                {tab(Screen::Start, "tab-start", common::TAB_START)}
                {tab(Screen::Walk, "tab-walk", common::TAB_WALK)}
                {tab(Screen::Summary, "tab-summary", common::TAB_SUMMARY)}
                <button
                    type="button"
                    id="tab-export"
                    class="tab"
                    aria-current=move || (state.screen.get() == Screen::Export).then_some("page")
                    on:click=move |_| state.screen.set(Screen::Export)
                >
                    {text(lang, export::TAB_EXPORT)}
                </button>
                <button
                    type="button"
                    id="tab-appraisal"
                    class="tab"
                    aria-current=move || (state.screen.get() == Screen::Appraisal).then_some("page")
                    on:click=move |_| state.screen.set(Screen::Appraisal)
                >
                    {text(lang, appraisal::TAB)}
                </button>
            </nav>
            <SaveStatusView/>
            <LangSwitch lang=state.lang/>
        </header>
    }
}
