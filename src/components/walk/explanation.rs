//! Giải trình: free text, required for a not-applicable claim and, under the
//! "explanation required" policy, for an item without its evidence.

use crate::texts::{text, walk};
use std::sync::Arc;

use leptos::prelude::*;
use par_core::framework::Item;
use par_core::problems::ProblemKind;

use super::evidence_list::evidence_msg_id;
use super::not_applicable::na_msg_id;
use crate::model::problem_target::explanation_id;
use crate::state::AppState;

#[component]
pub fn ExplanationBox(item: Arc<Item>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let code = item.code.clone();
    let id = explanation_id(&code);
    let typed = {
        let code = code.clone();
        move || {
            state.with_answer(&code, |a| {
                a.map(|a| a.explanation.clone()).unwrap_or_default()
            })
        }
    };
    let required = {
        let code = code.clone();
        move || {
            state.with_answer(&code, |a| a.is_some_and(|a| a.not_applicable))
                || state.sheet.with(|sh| {
                    sh.problems_of(&code)
                        .any(|k| *k == ProblemKind::EvidenceMissingNoExplanation)
                })
        }
    };
    let mut described_by = vec![evidence_msg_id(&code)];
    if !item.not_applicable.is_none() {
        described_by.insert(0, na_msg_id(&code));
    }
    view! {
        <div class="field explanation">
            <label for=id.clone()>
                {text(lang, walk::EXPLANATION)}
                <Show when=required.clone()>
                    " " <span class="required">{text(lang, walk::EXPLANATION_REQUIRED)}</span>
                </Show>
            </label>
            <textarea
                id=id
                rows="3"
                prop:value=typed
                aria-required=move || required().to_string()
                aria-describedby=described_by.join(" ")
                on:input=move |ev| state.set_explanation(&code, &event_target_value(&ev))
            ></textarea>
        </div>
    }
}
