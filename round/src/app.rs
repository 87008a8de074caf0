//! The page: the commune app's state and session, opened on the draft the address names
//! (`?draft=<id>`, from the self-assessment's "Thẩm định" step), then the round's screen.

use leptos::prelude::*;
use par_app::components::drafts::{SaveStatusView, StorageAlerts};
use par_app::components::header::Brand;
use par_app::model::bundled;
use par_app::state::AppState;
use par_app::storage::Session;
use par_app::texts::{appraisal, common, text};
use par_web::components::LangSwitch;
use par_web::offline;

use crate::components::AppraisalScreen;

#[component]
pub fn RoundApp() -> impl IntoView {
    let framework = match bundled::framework() {
        Ok(framework) => framework,
        // Only possible with a broken build; the bundled set is checked by a native test.
        Err(error) => {
            return view! {
                <main>
                    <h1>{common::BUNDLED_ERROR.get(par_core::Lang::Vi)}</h1>
                    <p>{error.to_string()}</p>
                </main>
            }
            .into_any()
        }
    };
    let state = AppState::new(framework);
    provide_context(state);
    let session = Session::new(state);
    provide_context(session);
    // Autosave, the other tabs and the lock exactly as in the self-assessment; no other draft.
    session.start(false);
    let opened = draft_in_address().is_some_and(|id| session.open_stored(&id));
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

/// The draft id of `?draft=<id>`.
fn draft_in_address() -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get("draft")
        .filter(|id| !id.is_empty())
}
