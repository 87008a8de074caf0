//! The page: the commune app's state and session, opened on the draft the address names
//! (`?draft=<id>`, from the self-assessment's "Xuất tệp" step), in the same shell, showing the
//! export screen; the other steps lead back to the self-assessment's page.

use leptos::prelude::*;
use par_app::app::Shell;
use par_app::components::export::ExportScreen;
use par_app::model::bundled;
use par_app::pages::{self, PageRoot};
use par_app::state::{AppState, Screen};
use par_app::storage::Session;
use par_app::texts::{common, export, text};
use par_web::offline;

#[component]
pub fn ExportApp() -> impl IntoView {
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
    let opened = pages::draft_in_address().is_some_and(|id| session.open_stored(&id));
    offline::register(session.update_ready);
    if opened {
        state.screen.set(Screen::Export);
        view! { <Shell root=PageRoot("../") screens=export_screen/> }.into_any()
    } else {
        let lang = state.lang;
        view! {
            <main id="main">
                <p id="export-no-draft" class="notice">{text(lang, export::NO_DRAFT)}</p>
                <p><a id="export-back" href="../">{text(lang, export::BACK)}</a></p>
            </main>
        }
        .into_any()
    }
}

/// The one screen of this page.
fn export_screen(screen: Screen) -> Option<AnyView> {
    (screen == Screen::Export).then(|| view! { <ExportScreen/> }.into_any())
}
