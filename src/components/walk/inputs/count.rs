//! A number of occurrences (whole, 0 or more), typed as text so a wrong entry stays visible.

use std::sync::Arc;

use leptos::prelude::*;
use par_core::answers::AnswerValue;
use par_core::decimal::Decimal;
use par_core::framework::Item;
use par_core::rule::Rule;

use super::{described_by, value_messages, ValueMessages};
use crate::i18n::t;
use crate::model::problem_target::input_id;
use crate::state::AppState;
use par_core::input::parse_count;

#[component]
pub fn CountInput(item: Arc<Item>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let code = item.code.clone();
    let Some(Rule::Count { unit, .. }) = item.rule.clone() else {
        return ().into_any();
    };
    let id = input_id(&code);
    let text = {
        let (id, code) = (id.clone(), code.clone());
        move || {
            state.box_text(&id, || match state.value(&code) {
                Some(AnswerValue::Count(n)) => Some(Decimal::from_int(i64::from(n))),
                _ => None,
            })
        }
    };
    let messages = {
        let (id, code) = (id.clone(), code.clone());
        Signal::derive(move || {
            let local = state
                .raw_text(&id)
                .and_then(|text| parse_count(&text).err())
                .map(|e| vec![e.message(lang.get()).to_string()])
                .unwrap_or_default();
            value_messages(state, &code, local)
        })
    };
    view! {
        <div class="field answer">
            <label for=id.clone()>{move || format!("{} {}", t(lang.get()).count_label, unit)}</label>
            <input
                type="text"
                inputmode="numeric"
                autocomplete="off"
                id=id.clone()
                class="number"
                prop:value=text
                aria-invalid=move || (!messages.get().is_empty()).to_string()
                aria-describedby=described_by(&code)
                on:input={
                    let code = code.clone();
                    move |ev| state.type_count(&code, &event_target_value(&ev))
                }
            />
            <ValueMessages code=code.clone() messages=messages/>
        </div>
    }
    .into_any()
}
