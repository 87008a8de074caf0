//! The input that fits each rule, plus what they share: the messages beside the value and the
//! button that clears an answer.

mod levels;
mod number;
mod parts;
mod ratio;
mod yes_no;

pub use levels::LevelsInput;
pub use number::{NumberInput, NumberRule};
pub use parts::PartsInput;
pub use ratio::RatioInput;
pub use yes_no::YesNoInput;

use crate::texts::{text, walk};
use std::sync::Arc;

use leptos::prelude::*;
use par_core::framework::Item;
use par_core::rule::Rule;

use crate::model::problem_target::{input_id, Slot};
use crate::state::{denominator_id, AppState};
use par_web::components::Messages;

#[component]
pub fn ValueInput(item: Arc<Item>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let code = item.code.clone();
    let input = match &item.rule {
        Some(Rule::YesNo { .. }) => view! { <YesNoInput item=item.clone()/> }.into_any(),
        Some(Rule::Levels { .. }) => view! { <LevelsInput item=item.clone()/> }.into_any(),
        Some(Rule::Percent { .. }) => {
            view! { <NumberInput item=item.clone() rule=NumberRule::Percent/> }.into_any()
        }
        Some(Rule::Ratio { .. }) => view! { <RatioInput item=item.clone()/> }.into_any(),
        Some(Rule::Parts { .. }) => view! { <PartsInput item=item.clone()/> }.into_any(),
        Some(Rule::Count { .. }) => {
            view! { <NumberInput item=item.clone() rule=NumberRule::Count/> }.into_any()
        }
        _ => ().into_any(),
    };
    let has_something = {
        let code = code.clone();
        move || {
            state.value(&code).is_some()
                || state.raw.with(|raw| {
                    raw.contains_key(&input_id(&code)) || raw.contains_key(&denominator_id(&code))
                })
        }
    };
    view! {
        <div class="value-input">
            {input}
            <Show when=has_something>
                <button
                    type="button"
                    class="link-button"
                    id=format!("clear-{code}")
                    on:click={
                        let code = code.clone();
                        move |_| state.clear_value(&code)
                    }
                >
                    {text(lang, walk::CLEAR_ANSWER)}
                </button>
            </Show>
        </div>
    }
}

/// Messages about the value of `code` from the score sheet ("unanswered" is shown as the status
/// badge instead), after the input's own reading errors.
pub fn value_messages(state: AppState, code: &str, local: Vec<String>) -> Vec<String> {
    let mut messages = local;
    messages.extend(state.slot_messages(code, Slot::Value));
    messages
}

/// The messages element of the value of `code`, with the id inputs point at.
#[component]
pub fn ValueMessages(code: String, #[prop(into)] messages: Signal<Vec<String>>) -> impl IntoView {
    view! { <Messages id=msg_id(&code) messages=messages/> }
}

pub fn msg_id(code: &str) -> String {
    format!("msg-{code}")
}

/// `aria-describedby` of a value input: the rule explained, then the messages.
pub fn described_by(code: &str) -> String {
    format!("rule-{code} {}", msg_id(code))
}
