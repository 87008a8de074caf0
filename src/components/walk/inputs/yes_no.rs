//! Có / Không as two radio buttons.

use crate::texts::{text, walk};
use std::sync::Arc;

use leptos::prelude::*;
use par_core::answers::AnswerValue;
use par_core::framework::Item;

use super::{described_by, value_messages, ValueMessages};
use crate::model::problem_target::input_id;
use crate::state::AppState;

#[component]
pub fn YesNoInput(item: Arc<Item>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let code = item.code.clone();
    let chosen = {
        let code = code.clone();
        move || match state.value(&code) {
            Some(AnswerValue::YesNo(yes)) => Some(yes),
            _ => None,
        }
    };
    let messages = {
        let code = code.clone();
        Memo::new(move |_| value_messages(state, &code, Vec::new()))
    };
    let radio = |yes: bool| {
        let id = if yes {
            input_id(&code)
        } else {
            format!("input-{code}-no")
        };
        let code = code.clone();
        let chosen = chosen.clone();
        view! {
            <div class="choice">
                <input
                    type="radio"
                    id=id.clone()
                    name=format!("answer-{code}")
                    value=if yes { "yes" } else { "no" }
                    prop:checked=move || chosen() == Some(yes)
                    aria-describedby=described_by(&code)
                    on:change=move |_| state.set_value(&code, Some(AnswerValue::YesNo(yes)))
                />
                <label for=id>{move || if yes { walk::YES.get(lang.get()) } else { walk::NO.get(lang.get()) }}</label>
            </div>
        }
    };
    view! {
        <fieldset class="answer">
            <legend>{text(lang, walk::ANSWER_LEGEND)}</legend>
            <div class="choices choices-inline">{radio(true)} {radio(false)}</div>
            <ValueMessages code=code.clone() messages=messages/>
        </fieldset>
    }
}
