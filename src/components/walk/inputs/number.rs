//! A single number typed as text — a percentage ("97,5" and "97.5" both work) or a count of
//! occurrences — so a wrong entry stays in the box beside its message.

use crate::texts::walk;
use std::sync::Arc;

use leptos::prelude::*;
use par_core::answers::AnswerValue;
use par_core::decimal::Decimal;
use par_core::framework::Item;
use par_core::input::{parse_count, parse_decimal, read_number, understood, InputError, NumberBox};
use par_core::rule::Rule;

use super::{described_by, value_messages, ValueMessages};
use crate::model::problem_target::input_id;
use crate::state::AppState;
use par_web::components::Messages;

/// The rules answered with one number; only these details differ between them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberRule {
    Percent,
    Count,
}

impl NumberRule {
    /// The stored answer, as the number the box shows.
    fn shown(self, value: Option<AnswerValue>) -> Option<Decimal> {
        match (self, value) {
            (Self::Percent, Some(AnswerValue::Percent(p))) => Some(p),
            (Self::Count, Some(AnswerValue::Count(n))) => Some(Decimal::from_int(i64::from(n))),
            _ => None,
        }
    }

    /// Why the typed text is not a number of this kind, if it is not.
    fn error(self, text: &str) -> Option<InputError> {
        match self {
            Self::Percent => parse_decimal(text).err(),
            Self::Count => parse_count(text).err(),
        }
    }

    fn typed(self, state: AppState, code: &str, text: &str) {
        match self {
            Self::Percent => state.type_percent(code, text),
            Self::Count => state.type_count(code, text),
        }
    }

    fn number_box(self) -> NumberBox {
        match self {
            Self::Percent => NumberBox::Percent,
            Self::Count => NumberBox::Count,
        }
    }

    fn input_mode(self) -> &'static str {
        match self {
            Self::Percent => "decimal",
            Self::Count => "numeric",
        }
    }
}

#[component]
pub fn NumberInput(item: Arc<Item>, rule: NumberRule) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let code = item.code.clone();
    let count_unit = match &item.rule {
        Some(Rule::Count { unit, .. }) => unit.clone(),
        _ => String::new(),
    };
    let label = {
        let count_unit = count_unit.clone();
        move || {
            let lang_now = lang.get();
            match rule {
                NumberRule::Percent => walk::PERCENT_LABEL.get(lang_now).to_string(),
                NumberRule::Count => format!("{} {}", walk::COUNT_LABEL.get(lang_now), count_unit),
            }
        }
    };
    let id = input_id(&code);
    let text = {
        let (id, code) = (id.clone(), code.clone());
        move || state.box_text(&id, || rule.shown(state.value(&code)))
    };
    let messages = {
        let (id, code) = (id.clone(), code.clone());
        Memo::new(move |_| {
            let local = state
                .raw_text(&id)
                .and_then(|text| rule.error(&text))
                .map(|e| vec![e.message(lang.get()).to_string()])
                .unwrap_or_default();
            value_messages(state, &code, local)
        })
    };
    // The figure as understood ("= 2.310 hồ sơ"), so a grouped or mistyped number is seen at once.
    let understood_note = {
        let text = text.clone();
        Memo::new(move |_| {
            read_number(&text(), rule.number_box())
                .ok()
                .flatten()
                .map(|figure| understood(figure, rule.number_box(), &count_unit, lang.get()))
                .into_iter()
                .collect::<Vec<_>>()
        })
    };
    view! {
        <div class="field answer">
            <label for=id.clone()>{label}</label>
            <div class="with-suffix">
                <input
                    type="text"
                    inputmode=rule.input_mode()
                    autocomplete="off"
                    id=id.clone()
                    class="number"
                    prop:value=text
                    aria-invalid=move || (!messages.get().is_empty()).to_string()
                    aria-describedby=format!("{} notes-{code}", described_by(&code))
                    on:input={
                        let code = code.clone();
                        move |ev| rule.typed(state, &code, &event_target_value(&ev))
                    }
                />
                {(rule == NumberRule::Percent)
                    .then(|| view! { <span class="suffix" aria-hidden="true">"%"</span> })}
            </div>
            <ValueMessages code=code.clone() messages=messages/>
            <Messages id=format!("notes-{code}") messages=understood_note kind="note"/>
        </div>
    }
}
