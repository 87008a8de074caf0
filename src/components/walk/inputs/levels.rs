//! One labelled level, as a radio group (the levels are few and all worth reading).

use crate::texts::{text, walk};
use std::sync::Arc;

use leptos::prelude::*;
use par_core::answers::AnswerValue;
use par_core::describe::points_text;
use par_core::framework::Item;
use par_core::rule::Rule;

use super::{described_by, value_messages, ValueMessages};
use crate::model::problem_target::input_id;
use crate::state::AppState;

#[component]
pub fn LevelsInput(item: Arc<Item>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let code = item.code.clone();
    let Some(Rule::Levels { options }) = item.rule.clone() else {
        return ().into_any();
    };
    let messages = {
        let code = code.clone();
        Memo::new(move |_| value_messages(state, &code, Vec::new()))
    };
    let radios = options
        .into_iter()
        .enumerate()
        .map(|(i, option)| {
            // The first option carries the item's input id, the target of "go to this item".
            let id = if i == 0 { input_id(&code) } else { format!("input-{code}-{}", option.id) };
            let option_id = option.id.clone();
            let checked = {
                let code = code.clone();
                let option_id = option_id.clone();
                move || matches!(state.value(&code), Some(AnswerValue::Level(id)) if id == option_id)
            };
            let code = code.clone();
            let label = move || {
                let lang = lang.get();
                format!(
                    "{} ({})",
                    lang.pick(&option.label, option.label_en.as_deref()),
                    points_text(option.points, lang)
                )
            };
            view! {
                <div class="choice">
                    <input
                        type="radio"
                        id=id.clone()
                        name=format!("answer-{code}")
                        value=option_id.clone()
                        prop:checked=checked
                        aria-describedby=described_by(&code)
                        on:change=move |_| state.set_value(&code, Some(AnswerValue::Level(option_id.clone())))
                    />
                    <label for=id>{label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="answer">
            <legend>{text(lang, walk::ANSWER_LEGEND)}</legend>
            <div class="choices">{radios}</div>
            <ValueMessages code=code.clone() messages=messages/>
        </fieldset>
    }
    .into_any()
}
