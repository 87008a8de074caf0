//! “Không áp dụng” for a whole criterion or field, where the set allows it (criteria-set format
//! 2): one tick and one explanation cover every sub-criterion under it, so the unit cannot claim
//! half of it, with the evidence that proves it. Shown on the criterion's page; a field's claim on
//! each of its criteria's pages.

use leptos::prelude::*;
use par_core::describe::describe_group_not_applicable;
use par_core::framework::NotApplicable;

use super::evidence_list::EvidenceList;
use crate::state::AppState;
use crate::texts::walk;

#[component]
pub fn GroupClaimBox(code: String, meaning: NotApplicable, whole_field: bool) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    if meaning.is_none() {
        return ().into_any();
    }
    let id = format!("group-na-{code}");
    let explanation_id = format!("group-explanation-{code}");
    let claimed = {
        let code = code.clone();
        move || state.answers.with(|a| a.group_claims.contains_key(&code))
    };
    let explanation = {
        let code = code.clone();
        move || {
            state.answers.with(|a| {
                a.group_claims
                    .get(&code)
                    .map(|c| c.explanation.clone())
                    .unwrap_or_default()
            })
        }
    };
    let label = {
        let code = code.clone();
        let text = if whole_field {
            walk::GROUP_CLAIM_FIELD
        } else {
            walk::GROUP_CLAIM_CRITERION
        };
        move || text.fill(lang.get(), &[("code", &code)])
    };
    let what = move || {
        let (vi, en) = if whole_field {
            ("lĩnh vực", "field")
        } else {
            ("tiêu chí", "criterion")
        };
        walk::GROUP_EXPLANATION.fill(lang.get(), &[("what", lang.get().pick(vi, Some(en)))])
    };
    let effect = move || describe_group_not_applicable(meaning, whole_field, lang.get());
    view! {
        <div class="not-applicable group-claim">
            <div class="choice">
                <input
                    type="checkbox"
                    id=id.clone()
                    prop:checked=claimed.clone()
                    on:change={
                        let code = code.clone();
                        move |ev| state.set_group_claim(&code, event_target_checked(&ev))
                    }
                />
                <label for=id>{label}</label>
            </div>
            <p class="note">{effect}</p>
            <Show when=claimed>
                <div class="field explanation">
                    <label for=explanation_id.clone()>{what}</label>
                    <textarea
                        id=explanation_id.clone()
                        rows="3"
                        aria-required="true"
                        prop:value=explanation.clone()
                        on:input={
                            let code = code.clone();
                            move |ev| state.set_group_explanation(&code, &event_target_value(&ev))
                        }
                    ></textarea>
                </div>
                // Where the set scores an unproven claim zero, the documents that prove it (the
                // decision that assigned no procedures, …), as for a single item.
                <EvidenceList code=code.clone() requirement=None/>
            </Show>
        </div>
    }
    .into_any()
}
