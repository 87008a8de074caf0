//! The walk-through: the navigation tree beside one criterion at a time, with previous / next.

pub mod criterion_view;
pub mod evidence_file;
pub mod evidence_list;
pub mod explanation;
pub mod group_claim;
pub mod inputs;
pub mod item_card;
pub mod nav_tree;
pub mod not_applicable;
pub mod pager;

use crate::texts::{common, text, walk};
use leptos::prelude::*;

use crate::components::drafts::ChangeList;
use crate::state::{AppState, CRITERION_HEADING_ID};
use criterion_view::CriterionView;
use nav_tree::NavTree;
use pager::Pager;

#[component]
pub fn WalkScreen() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    // On a phone the tree is folded behind a button; on a wide screen it is always shown.
    let nav_open = RwSignal::new(false);
    view! {
        <div class="walk">
            // The tree holds dozens of buttons: let keyboard users go straight to the criterion.
            <a class="skip-link" href=format!("#{CRITERION_HEADING_ID}")>{text(lang, common::SKIP_TO_CRITERION)}</a>
            <button
                type="button"
                class="nav-toggle"
                aria-expanded=move || nav_open.get().to_string()
                aria-controls="nav-tree"
                on:click=move |_| nav_open.update(|open| *open = !*open)
            >
                {text(lang, walk::NAV_TOGGLE)}
            </button>
            <nav
                id="nav-tree"
                class="nav-tree"
                class:open=nav_open
                aria-label=text(lang, walk::NAV_LABEL)
                on:click=move |_| nav_open.set(false)
            >
                <NavTree/>
            </nav>
            <div class="walk-main">
                <ChangeList/>
                // Read-only (another tab edits this draft): every box and button of the items is
                // disabled at once; moving between criteria still works.
                <fieldset class="edit-guard" prop:disabled=move || state.read_only.get()>
                    <CriterionView/>
                </fieldset>
                <Pager/>
            </div>
        </div>
    }
}
