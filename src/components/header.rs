//! Title, the unit being assessed, the three steps and the language switch.

use leptos::prelude::*;

use crate::components::drafts::SaveStatusView;
use crate::components::start::unit_field_id;
use crate::i18n::{t, tr};
use crate::state::{AppState, Screen};
use crate::storage::Session;
use par_web::components::LangSwitch;

#[component]
pub fn Header() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let s = move || t(state.lang.get());
    let tab = move |screen: Screen,
                    id: &'static str,
                    label: fn(&crate::i18n::Strings) -> &'static str| {
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
                {move || label(s())}
            </button>
        }
    };
    view! {
        <header class="app-header">
            <div class="brand">
                <p class="app-title">{tr(lang, |s| s.app_title)}</p>
                <p class="unit-line">
                    {move || state.unit.with(|u| {
                        if u.name.trim().is_empty() { String::new() } else { format!("{} · {}", u.name, u.province) }
                    })}
                </p>
            </div>
            <nav class="tabs" aria-label=tr(lang, |s| s.tabs_label)>
                {tab(Screen::Start, "tab-start", |s| s.tab_start)}
                {tab(Screen::Walk, "tab-walk", |s| s.tab_walk)}
                {tab(Screen::Summary, "tab-summary", |s| s.tab_summary)}
                <button
                    type="button"
                    id="tab-export"
                    class="tab"
                    aria-current=move || (state.screen.get() == Screen::Export).then_some("page")
                    on:click=move |_| state.screen.set(Screen::Export)
                >
                    {move || crate::i18n::te(state.lang.get()).tab_export}
                </button>
            </nav>
            {use_context::<Session>().map(|_| view! { <SaveStatusView/> })}
            <LangSwitch lang=state.lang/>
        </header>
    }
}
