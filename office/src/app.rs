//! The page: header (title, language, the way back to the units' app), the steps, the store's
//! state and the current screen.

use leptos::prelude::*;

use crate::components::{
    Backup, Board, Criteria, Import, Keys, OfficeKey, Publish, Ranking, StoreStatus, Tabs,
    UnitPage, Units,
};
use crate::state::{OfficeState, Screen};
use crate::texts::app as text;
use par_web::components::LangSwitch;
use par_web::text as t;

#[component]
pub fn App() -> impl IntoView {
    let state = OfficeState::new();
    provide_context(state);
    provide_context(crate::components::criteria::CriteriaState::default());
    leptos::task::spawn_local(state.start());
    // Offline after the first visit: the office's own worker (`/office/sw.js`, scope /office/).
    par_web::offline::register(state.update_ready);
    let lang = state.lang;
    view! {
        <header class="office-header">
            <p class="app-title">{t(lang, text::TITLE)}</p>
            <LangSwitch lang=lang />
            <a class="other-app" href="../">{t(lang, text::BACK_TO_COMMUNE)}</a>
        </header>
        <Tabs />
        <main id="main" class="office-main">
            <StoreStatus />
            {move || match state.screen.get() {
                Screen::Backup => view! { <Backup /> }.into_any(),
                Screen::Keys => view! { <Keys /> }.into_any(),
                Screen::Units => view! { <Units /> }.into_any(),
                Screen::Import => view! { <Import /> }.into_any(),
                Screen::Board => view! { <Board /> }.into_any(),
                Screen::Criteria => view! { <Criteria /> }.into_any(),
                Screen::Ranking => view! { <Ranking /> }.into_any(),
                Screen::OfficeKey => view! { <OfficeKey /> }.into_any(),
                Screen::Unit => view! { <UnitPage /> }.into_any(),
                Screen::Publish => view! { <Publish /> }.into_any(),
            }}
        </main>
    }
}
