//! The page: the commune app's state and session, opened on the draft the address names
//! (`?draft=<id>`, from the self-assessment's "Xuất tệp" step), in the same shell, showing the
//! export screen; the other steps lead back to the self-assessment's page.

use leptos::prelude::*;
use par_app::app::Shell;
use par_app::components::export::ExportScreen;
use par_app::pages::{self, PageRoot};
use par_app::state::Screen;
use par_app::texts::{export, text};
use par_web::offline;

#[component]
pub fn ExportApp() -> impl IntoView {
    let (state, session, opened) = match pages::open_addressed_draft() {
        Ok(opened) => opened,
        Err(broken) => return broken,
    };
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
