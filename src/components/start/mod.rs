//! The start screen: choose the criteria set, see what it is, enter the unit.

mod framework_info;
mod framework_picker;
mod unit_form;

pub use framework_info::FrameworkInfo;
pub use framework_picker::{load_errors, FrameworkPicker};
pub use unit_form::{field_id as unit_field_id, UnitForm};

use leptos::prelude::*;

use crate::components::drafts::{ChangeList, DraftsPanel};
use crate::i18n::tr;
use crate::state::AppState;
use crate::storage::Session;

#[component]
pub fn StartScreen() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    view! {
        <div class="start">
            <h1>{tr(lang, |s| s.start_heading)}</h1>
            <p class="intro">{tr(lang, |s| s.start_intro)}</p>
            {use_context::<Session>().map(|_| view! { <ChangeList/> <DraftsPanel/> })}
            <div class="start-grid">
                <div>
                    <FrameworkPicker/>
                    <FrameworkInfo/>
                </div>
                <UnitForm/>
            </div>
        </div>
    }
}
