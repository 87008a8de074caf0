//! "Không áp dụng", only where the set allows it; the claim then needs an explanation.

use crate::texts::{text, walk};
use std::sync::Arc;

use leptos::prelude::*;
use par_core::framework::{Item, NotApplicable};

use crate::model::problem_target::Slot;
use crate::state::AppState;
use par_web::components::Messages;

pub fn na_msg_id(code: &str) -> String {
    format!("msg-na-{code}")
}

#[component]
pub fn NotApplicableBox(item: Arc<Item>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    if item.not_applicable.is_none() {
        return ().into_any();
    }
    let code = item.code.clone();
    let id = format!("na-{code}");
    let checked = {
        let code = code.clone();
        move || state.with_answer(&code, |a| a.is_some_and(|a| a.not_applicable))
    };
    let messages = {
        let code = code.clone();
        Memo::new(move |_| state.slot_messages(&code, Slot::NotApplicable))
    };
    // What the claim does to the score differs by item: say which.
    let effect = if item.not_applicable == NotApplicable::FullPoints {
        text(lang, walk::NOT_APPLICABLE_FULL)
    } else {
        text(lang, walk::NOT_APPLICABLE_EXCLUDED)
    };
    view! {
        <div class="not-applicable">
            <div class="choice">
                <input
                    type="checkbox"
                    id=id.clone()
                    prop:checked=checked.clone()
                    aria-describedby=na_msg_id(&code)
                    on:change={
                        let code = code.clone();
                        move |ev| state.set_not_applicable(&code, event_target_checked(&ev))
                    }
                />
                <label for=id>{text(lang, walk::NOT_APPLICABLE)}</label>
            </div>
            <Show when=checked>
                <p class="note">{effect}</p>
            </Show>
            <Messages id=na_msg_id(&code) messages=messages/>
        </div>
    }
    .into_any()
}
