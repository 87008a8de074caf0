//! The start screen: choose the criteria set, see what it is, enter the unit.

mod framework_info;
mod framework_picker;
mod unit_form;

pub use framework_info::FrameworkInfo;
pub use framework_picker::{load_errors, FrameworkPicker};
pub use unit_form::{field_id as unit_field_id, UnitForm};

use leptos::prelude::*;

use crate::components::drafts::{ChangeList, DraftsPanel};
use crate::i18n::{t, tr};
use crate::state::{AppState, StartNotice};
use crate::storage::Session;

#[component]
pub fn StartScreen() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let notice = move || {
        let s = t(lang.get());
        state.start_notice.get().map(|notice| match notice {
            StartNotice::NewDraft => s.start_notice_new,
            StartNotice::UnitFirst => s.start_notice_unit_first,
        })
    };
    // What to do first leads (the set, then the unit); the drafts and storage come after.
    view! {
        <div class="start">
            <h1 id="start-heading" tabindex="-1">{tr(lang, |s| s.start_heading)}</h1>
            <p id="start-notice" class="start-notice" role="status">{notice}</p>
            <ol class="intro start-steps" id="start-steps">
                <li>{tr(lang, |s| s.start_step_set)}</li>
                <li>{tr(lang, |s| s.start_step_unit)}</li>
                <li>{tr(lang, |s| s.start_step_score)}</li>
            </ol>
            {use_context::<Session>().map(|_| view! { <ChangeList/> })}
            <div class="start-grid">
                <div>
                    <FrameworkPicker/>
                    <FrameworkInfo/>
                </div>
                <UnitForm/>
            </div>
            {use_context::<Session>().map(|_| view! { <DraftsPanel/> })}
            // The appraising office's own app, served beside this one (office/index.html).
            <p class="office-link"><a id="office-link" href="office/">{tr(lang, |s| s.office_link)}</a></p>
        </div>
    }
}
