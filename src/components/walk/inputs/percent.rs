//! A percentage typed as text, so "97,5" (Vietnamese comma) and "97.5" both work and a wrong
//! text stays in the box beside its message.

use std::sync::Arc;

use leptos::prelude::*;
use par_core::answers::AnswerValue;
use par_core::framework::Item;

use super::{described_by, value_messages, ValueMessages};
use crate::i18n::tr;
use crate::model::problem_target::input_id;
use crate::state::AppState;
use par_core::input::parse_decimal;

#[component]
pub fn PercentInput(item: Arc<Item>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let code = item.code.clone();
    let id = input_id(&code);
    let text = {
        let (id, code) = (id.clone(), code.clone());
        move || {
            state.box_text(&id, || match state.value(&code) {
                Some(AnswerValue::Percent(p)) => Some(p),
                _ => None,
            })
        }
    };
    let messages = {
        let (id, code) = (id.clone(), code.clone());
        Signal::derive(move || {
            let local = state
                .raw_text(&id)
                .and_then(|text| parse_decimal(&text).err())
                .map(|e| vec![e.message(lang.get()).to_string()])
                .unwrap_or_default();
            value_messages(state, &code, local)
        })
    };
    view! {
        <div class="field answer">
            <label for=id.clone()>{tr(lang, |s| s.percent_label)}</label>
            <div class="with-suffix">
                <input
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    id=id.clone()
                    class="number"
                    prop:value=text
                    aria-invalid=move || (!messages.get().is_empty()).to_string()
                    aria-describedby=described_by(&code)
                    on:input={
                        let code = code.clone();
                        move |ev| state.type_percent(&code, &event_target_value(&ev))
                    }
                />
                <span class="suffix" aria-hidden="true">"%"</span>
            </div>
            <ValueMessages code=code.clone() messages=messages/>
        </div>
    }
}
