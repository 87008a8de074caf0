//! Parts done, as checkboxes; their points add up to the cap.

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
pub fn PartsInput(item: Arc<Item>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let code = item.code.clone();
    let Some(Rule::Parts { parts, .. }) = item.rule.clone() else {
        return ().into_any();
    };
    let messages = {
        let code = code.clone();
        Memo::new(move |_| value_messages(state, &code, Vec::new()))
    };
    let boxes = parts
        .into_iter()
        .enumerate()
        .map(|(i, part)| {
            let id = if i == 0 { input_id(&code) } else { format!("input-{code}-{}", part.id) };
            let part_id = part.id.clone();
            let checked = {
                let code = code.clone();
                let part_id = part_id.clone();
                move || matches!(state.value(&code), Some(AnswerValue::Parts(ticked)) if ticked.contains(&part_id))
            };
            let code = code.clone();
            let label = move || {
                let lang = lang.get();
                format!(
                    "{} ({})",
                    lang.pick(&part.label, part.label_en.as_deref()),
                    points_text(part.points, lang)
                )
            };
            view! {
                <div class="choice">
                    <input
                        type="checkbox"
                        id=id.clone()
                        value=part_id.clone()
                        prop:checked=checked
                        aria-describedby=described_by(&code)
                        on:change=move |ev| state.set_part(&code, &part_id, event_target_checked(&ev))
                    />
                    <label for=id>{label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="answer">
            <legend>{text(lang, walk::PARTS_LEGEND)}</legend>
            <div class="choices">{boxes}</div>
            <ValueMessages code=code.clone() messages=messages/>
        </fieldset>
    }
    .into_any()
}
