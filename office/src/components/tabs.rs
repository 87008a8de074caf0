//! The office's steps, in the order of its year: criteria sets, keys, units list, receiving files, the board,
//! the ranking.

use leptos::prelude::*;
use par_core::Text;

use crate::state::{OfficeState, Screen};
use crate::texts::app as text;
use par_web::text as t;

const STEPS: [(Screen, &str, Text); 9] = [
    (
        Screen::Criteria,
        "tab-criteria",
        crate::texts::criteria::TAB,
    ),
    (Screen::OfficeKey, "tab-office-key", text::TAB_OFFICE_KEY),
    (Screen::Keys, "tab-keys", text::TAB_KEYS),
    (Screen::Units, "tab-units", text::TAB_UNITS),
    (Screen::Import, "tab-import", text::TAB_IMPORT),
    (Screen::Board, "tab-board", text::TAB_BOARD),
    (Screen::Ranking, "tab-ranking", text::TAB_RANKING),
    (Screen::Publish, "tab-publish", text::TAB_PUBLISH),
    (Screen::Backup, "tab-backup", text::TAB_BACKUP),
];

#[component]
pub fn Tabs() -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    view! {
        <nav class="tabs" aria-label=t(lang, text::TABS)>
            {STEPS
                .into_iter()
                .map(|(screen, id, label)| {
                    view! {
                        <button
                            type="button"
                            id=id
                            class="tab"
                            aria-current=move || (state.screen.get() == screen).then_some("page")
                            on:click=move |_| state.screen.set(screen)
                        >
                            {t(lang, label)}
                        </button>
                    }
                })
                .collect_view()}
        </nav>
    }
}
