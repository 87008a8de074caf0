//! A numerator and a denominator (e.g. dossiers on time / dossiers handled). The rate is computed
//! by `par-core`; a zero denominator follows the set's own rule and is explained beside the boxes.

use crate::texts::walk;
use std::sync::Arc;

use leptos::prelude::*;
use par_core::framework::Item;
use par_core::rule::Rule;

use super::{described_by, value_messages, ValueMessages};
use crate::format::percent;
use crate::model::problem_target::input_id;
use crate::state::{denominator_id, AppState, RatioSide};
use par_core::input::{parse_ratio_side, understood, NumberBox};
use par_core::problems::zero_denominator_note;
use par_web::components::Messages;

#[component]
pub fn RatioInput(item: Arc<Item>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let code = item.code.clone();
    let Some(Rule::Ratio {
        numerator_label,
        denominator_label,
        ..
    }) = item.rule.clone()
    else {
        return ().into_any();
    };
    let ids = (input_id(&code), denominator_id(&code));
    let stored = {
        let code = code.clone();
        move |side: RatioSide| side.of(state.value(&code).as_ref())
    };
    let text = {
        let ids = ids.clone();
        let stored = stored.clone();
        move |side: RatioSide| {
            let id = match side {
                RatioSide::Numerator => &ids.0,
                RatioSide::Denominator => &ids.1,
            };
            state.box_text(id, || stored(side))
        }
    };
    let messages = {
        let (code, text) = (code.clone(), text.clone());
        Memo::new(move |_| {
            let lang_now = lang.get();
            let mut local = Vec::new();
            for (side, prefix) in [
                (RatioSide::Numerator, walk::NUMERATOR_PREFIX.get(lang_now)),
                (
                    RatioSide::Denominator,
                    walk::DENOMINATOR_PREFIX.get(lang_now),
                ),
            ] {
                if let Err(error) = parse_ratio_side(&text(side)) {
                    local.push(format!("{prefix}: {}", error.message(lang.get())));
                }
            }
            value_messages(state, &code, local)
        })
    };
    // Notes, not errors: what is missing for a rate, the rate itself, a zero denominator.
    let notes = {
        let (code, text, item) = (code.clone(), text.clone(), item.clone());
        Memo::new(move |_| {
            let lang_now = lang.get();
            let (num, den) = (text(RatioSide::Numerator), text(RatioSide::Denominator));
            let mut notes = Vec::new();
            if num.trim().is_empty() != den.trim().is_empty() {
                notes.push(walk::RATIO_NEEDS_BOTH.get(lang_now).to_string());
            }
            // Each side as understood ("Tử số = 2.310"): grouped thousands are never a surprise.
            let (numerator, denominator) = (parse_ratio_side(&num), parse_ratio_side(&den));
            for (side, prefix) in [
                (&numerator, walk::NUMERATOR_PREFIX.get(lang_now)),
                (&denominator, walk::DENOMINATOR_PREFIX.get(lang_now)),
            ] {
                if let Ok(Some(figure)) = side {
                    let shown = understood(*figure, NumberBox::RatioSide, "", lang.get());
                    notes.push(format!("{prefix} {shown}"));
                }
            }
            if matches!(denominator, Ok(Some(d)) if d.is_zero()) {
                notes.extend(zero_denominator_note(&item, lang.get()));
            }
            let rate = state
                .sheet
                .with(|sh| sh.leaf(&code).and_then(|l| l.percent));
            if rate.is_some() {
                notes.push(format!(
                    "{}: {}",
                    walk::RATE.get(lang_now),
                    percent(rate, lang.get())
                ));
            }
            notes
        })
    };
    // A box is marked invalid for its own unreadable text, or when the pair is wrong together.
    let pair_problem = {
        let code = code.clone();
        Memo::new(move |_| !value_messages(state, &code, Vec::new()).is_empty())
    };
    let box_for = {
        let code = code.clone();
        move |side: RatioSide, id: String, label: String| {
            let code = code.clone();
            let text = text.clone();
            view! {
                <div class="field">
                    <label for=id.clone()>{label}</label>
                    <input
                        type="text"
                        inputmode="decimal"
                        autocomplete="off"
                        id=id
                        class="number"
                        prop:value={
                        let text = text.clone();
                        move || text(side)
                    }
                        aria-invalid={
                        let text = text.clone();
                        move || (pair_problem.get() || parse_ratio_side(&text(side)).is_err()).to_string()
                    }
                        aria-describedby=format!("{} notes-{code}", described_by(&code))
                        on:input=move |ev| state.type_ratio(&code, side, &event_target_value(&ev))
                    />
                </div>
            }
        }
    };
    view! {
        <div class="answer ratio">
            <div class="ratio-boxes">
                {box_for.clone()(RatioSide::Numerator, ids.0.clone(), numerator_label)}
                {box_for(RatioSide::Denominator, ids.1.clone(), denominator_label)}
            </div>
            <ValueMessages code=code.clone() messages=messages/>
            <Messages id=format!("notes-{code}") messages=notes kind="note"/>
        </div>
    }
    .into_any()
}
