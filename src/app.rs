//! The root of the self-assessment page: provides the state and session, and the shell that
//! switches between the screens; the export screen is a page of its own (`export/`, see
//! [`crate::pages`]), which uses the same shell.

use crate::texts::{common, text};
use leptos::prelude::*;
use par_web::{files, offline};
use wasm_bindgen::JsCast;

use crate::components::drafts::StorageAlerts;
use crate::components::header::Header;
use crate::components::score_bar::ScoreBar;
use crate::components::start::StartScreen;
use crate::components::summary::SummaryScreen;
use crate::components::walk::WalkScreen;
use crate::model::bundled::{self, SAMPLE_ANSWERS_URL};
use crate::pages::{self, PageRoot};
use crate::state::{AppState, Screen, CRITERION_HEADING_ID};
use crate::storage::Session;

#[component]
pub fn App() -> impl IntoView {
    match bundled::framework() {
        Ok(framework) => {
            let state = AppState::new(framework);
            provide_context(state);
            let session = Session::new(state);
            provide_context(session);
            if location_has_flag("demo") {
                state.open_demo();
            }
            // `?demo=full`: the demo unit with the sample answers (every item answered), for
            // demonstrations and the export end-to-end test.
            if location_has_flag("demo=full") {
                state.open_demo();
                leptos::task::spawn_local(async move {
                    if let Ok(json) = files::fetch_text(SAMPLE_ANSWERS_URL).await {
                        state.load_sample_answers(&json);
                    }
                });
            }
            // Reopens the draft the address names (back from the export page) or the last one
            // (not for `?demo`), autosaves from now on.
            match pages::draft_in_address() {
                Some(id) => {
                    session.start(false);
                    session.open_stored(&id);
                }
                None => {
                    session.start(!location_has_flag("demo") && !location_has_flag("demo=full"))
                }
            }
            pages::apply_address(state);
            offline::register(session.update_ready);
            // The export page is kept for offline use from the first visit.
            offline::keep_page_offline("export/sw.js");
            view! { <Shell root=PageRoot("") screens=assessment_screens/> }.into_any()
        }
        // Only possible with a broken build; the bundled set is checked by a native test.
        Err(error) => pages::bundled_error(error),
    }
}

/// The screens of the self-assessment page; the export is the other page's.
pub fn assessment_screens(screen: Screen) -> Option<AnyView> {
    match screen {
        Screen::Start => Some(view! { <StartScreen/> }.into_any()),
        Screen::Walk => Some(view! { <WalkScreen/> }.into_any()),
        Screen::Summary => Some(view! { <SummaryScreen/> }.into_any()),
        Screen::Export => None,
    }
}

/// The page around the screens, once the state exists: draws the screens this page has
/// (`screens`) and, for the others, saves the draft and goes to the page that has them.
#[component]
pub fn Shell(root: PageRoot, screens: pages::Screens) -> impl IntoView {
    let state = expect_context::<AppState>();
    let session = expect_context::<Session>();
    provide_context(root);
    let lang = state.lang;
    // A start-screen notice belongs to the visit that caused it (not cleared when the start
    // screen is drawn again: "Chấm điểm" sets the notice and then the same screen).
    Effect::new(move |_| {
        if state.screen.get() != Screen::Start {
            state.start_notice.set(None);
        }
    });
    Effect::new(move |_| {
        if let Some(id) = state.focus_request.get() {
            focus_when_rendered(state, id, 20);
        }
    });
    view! {
        <a class="skip-link" href="#main">{text(lang, common::SKIP_TO_CONTENT)}</a>
        <Header/>
        <StorageAlerts/>
        <Show when=move || state.screen.get() != Screen::Start>
            <ScoreBar/>
        </Show>
        <main id="main" tabindex="-1">
            {move || {
                let screen = state.screen.get();
                screens(screen).unwrap_or_else(|| leave_for(session, state, root, screen))
            }}
        </main>
    }
}

/// What shows while the other page opens; if the draft could not be stored first, this page
/// stays on the screen it had (the storage alert says why).
fn leave_for(session: Session, state: AppState, root: PageRoot, screen: Screen) -> AnyView {
    // Once the view is drawn: leaving from inside the effect that draws it would save a draft
    // that the handler which changed the screen may still be changing (a jump sets the focus).
    request_animation_frame(move || {
        let unchanged = state.screen.get_untracked() == screen;
        if unchanged && !pages::go_to(session, state, root, screen) {
            // Back where the way to the other page starts: the summary, or the export itself.
            let back = if screen == Screen::Export {
                Screen::Summary
            } else {
                Screen::Export
            };
            state.screen.set(back);
        }
    });
    view! { <p id="page-leaving" class="notice" role="status">{text(state.lang, common::OPENING_PAGE)}</p> }
        .into_any()
}

/// Focuses the element `id` as soon as it exists: after a screen or page change the DOM is
/// updated asynchronously, so try again on the next frames (at most `tries` times).
fn focus_when_rendered(state: AppState, id: String, tries: u32) {
    request_animation_frame(move || {
        let element = document()
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        match element {
            Some(element) => {
                let _ = element.focus();
                // A new page shows its heading at the top, just under the sticky score bar (its
                // `scroll-margin-top`), not the page's top: on a phone the criteria list comes
                // first and would fill the screen. A jump to an item (from the summary) brings
                // its card to the top, title first, then only as much further as the input
                // needs to be on screen (a long card on a phone). Other requests (the evidence
                // buttons) leave it to the focus, which scrolls only what is out of view.
                let scroll = |target: &web_sys::Element, block| {
                    let options = web_sys::ScrollIntoViewOptions::new();
                    options.set_block(block);
                    target.scroll_into_view_with_scroll_into_view_options(&options);
                };
                if id == CRITERION_HEADING_ID {
                    scroll(&element, web_sys::ScrollLogicalPosition::Start);
                } else if state.reveal_item.get_untracked() {
                    if let Some(card) = element.closest(".item-card").ok().flatten() {
                        scroll(&card, web_sys::ScrollLogicalPosition::Start);
                    }
                    scroll(&element, web_sys::ScrollLogicalPosition::Nearest);
                }
                state.reveal_item.set(false);
                state.focus_request.set(None);
            }
            None if tries > 0 => focus_when_rendered(state, id, tries - 1),
            None => {
                state.reveal_item.set(false);
                state.focus_request.set(None);
            }
        }
    });
}

fn location_has_flag(flag: &str) -> bool {
    window()
        .location()
        .search()
        .is_ok_and(|search| search.trim_start_matches('?').split('&').any(|p| p == flag))
}
