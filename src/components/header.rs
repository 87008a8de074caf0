//! Title, the unit being assessed, the three steps and the language switch.

use crate::texts::{appraisal, common, export, text};
use leptos::prelude::*;
use par_core::Text;

use crate::components::drafts::SaveStatusView;
use crate::components::start::unit_field_id;
use crate::pages::PageRoot;
use crate::state::{AppState, Screen};
use crate::storage::Session;
use par_web::components::LangSwitch;

#[component]
pub fn Header() -> impl IntoView {
    let state = expect_context::<AppState>();
    let session = expect_context::<Session>();
    let root = expect_context::<PageRoot>();
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
            <Brand title=common::APP_TITLE/>
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
                // The round is a page of its own (round/, crate par-round): its verification
                // code is not part of this page's download. It opens the same draft; leaving this
                // page saves it and lets go of its lock (Session's pagehide).
                <a
                    id="tab-appraisal"
                    class="tab"
                    href=move || round_address(root, session.id.get().as_deref())
                    on:click=move |event| {
                        // Saved first, so the draft has its id and the page finds it as it is.
                        event.prevent_default();
                        session.save_now();
                        let address = round_address(root, session.id.get_untracked().as_deref());
                        let _ = window().location().set_href(&address);
                    }
                >
                    {text(lang, appraisal::TAB)}
                </a>
            </nav>
            <SaveStatusView/>
            <LangSwitch lang=state.lang/>
        </header>
    }
}

/// The page's title and the unit being assessed (also the appraisal round's page's).
#[component]
pub fn Brand(title: Text) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    view! {
        <div class="brand">
            <p class="app-title">{text(lang, title)}</p>
            <p class="unit-line">
                {move || state.unit.with(|u| {
                    if u.name.trim().is_empty() { String::new() } else { format!("{} · {}", u.name, u.province) }
                })}
            </p>
        </div>
    }
}

/// The appraisal round's page for the open draft (relative: the app may be served below `/`).
pub fn round_address(root: PageRoot, draft: Option<&str>) -> String {
    match draft {
        Some(id) => format!("{}round/?draft={id}", root.0),
        None => format!("{}round/", root.0),
    }
}
