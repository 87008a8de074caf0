//! The page: the commune app's state and session, opened on the draft the address names
//! (`?draft=<id>`, from the self-assessment's "Thẩm định" step), then the round's screen.

use leptos::prelude::*;
use par_app::components::drafts::{SaveStatusView, StorageAlerts};
use par_app::components::header::Brand;
use par_app::pages;
use par_app::texts::{appraisal, common, text};
use par_web::components::LangSwitch;
use par_web::offline;

use crate::components::AppraisalScreen;

#[component]
pub fn RoundApp() -> impl IntoView {
    let (state, session, opened) = match pages::open_addressed_draft() {
        Ok(opened) => opened,
        Err(broken) => return broken,
    };
    offline::register(session.update_ready);
    let lang = state.lang;
    view! {
        <a class="skip-link" href="#main">{text(lang, common::SKIP_TO_CONTENT)}</a>
        <header class="app-header">
            <Brand title=appraisal::PAGE_TITLE/>
            <nav class="tabs" aria-label=text(lang, common::TABS_LABEL)>
                <a id="round-back" class="tab" href="../">{text(lang, appraisal::BACK)}</a>
            </nav>
            <SaveStatusView/>
            <LangSwitch lang=lang/>
        </header>
        <StorageAlerts/>
        <main id="main" tabindex="-1">
            {if opened {
                view! { <AppraisalScreen/> }.into_any()
            } else {
                view! { <p id="round-no-draft" class="notice">{text(lang, appraisal::NO_DRAFT)}</p> }
                    .into_any()
            }}
        </main>
    }
    .into_any()
}
