//! The start screen: choose the criteria set, see what it is, enter the unit.

mod framework_info;
mod framework_picker;
mod unit_form;

pub use framework_info::FrameworkInfo;
pub use framework_picker::{load_errors, FrameworkPicker};
pub use unit_form::{field_id as unit_field_id, UnitForm};

use crate::texts::{start, text};
use leptos::prelude::*;

use crate::components::drafts::{ChangeList, DraftsPanel};
use crate::state::{AppState, StartNotice};

#[component]
pub fn StartScreen() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let notice = move || {
        let lang_now = lang.get();
        state.start_notice.get().map(|notice| match notice {
            StartNotice::NewDraft => start::START_NOTICE_NEW.get(lang_now),
            StartNotice::UnitFirst => start::START_NOTICE_UNIT_FIRST.get(lang_now),
        })
    };
    // What to do first leads (the set, then the unit); the drafts and storage come after.
    view! {
        <div class="start">
            <h1 id="start-heading" tabindex="-1">{text(lang, start::START_HEADING)}</h1>
            <p id="start-notice" class="start-notice" role="status">{notice}</p>
            <ol class="intro start-steps" id="start-steps">
                <li>{text(lang, start::START_STEP_SET)}</li>
                <li>{text(lang, start::START_STEP_UNIT)}</li>
                <li>{text(lang, start::START_STEP_SCORE)}</li>
            </ol>
            <ChangeList/>
            <div class="start-grid">
                <div>
                    <FrameworkPicker/>
                    <FrameworkInfo/>
                </div>
                <UnitForm/>
            </div>
            <DraftsPanel/>
            // The appraising office's own app, served beside this one (office/index.html).
            <p class="office-link"><a id="office-link" href="office/">{text(lang, start::OFFICE_LINK)}</a></p>
        </div>
    }
}
