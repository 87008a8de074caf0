//! One sub-criterion: title, maximum, live score, the rule in plain words, the input that fits
//! the rule, the not-applicable claim, evidence and explanation. Survey and appraiser-only items
//! are shown read-only as pending.

use crate::texts::{text, walk};
use std::sync::Arc;

use leptos::prelude::*;
use par_core::describe::describe_item;
use par_core::framework::{AdjustmentKind, Item};
use par_core::rule::Rule;
use par_core::score::LeafStatus;

use crate::format::{points, short, status_class, status_name, status_text};
use crate::state::AppState;

use super::evidence_list::EvidenceList;
use super::explanation::ExplanationBox;
use super::inputs::ValueInput;
use super::not_applicable::NotApplicableBox;

#[component]
pub fn ItemCard(
    item: Arc<Item>,
    /** Heading level: 2, or 3 inside a group. */
    level: u8,
    /** The bonus/penalty group the item belongs to; `None` in a field. */
    #[prop(default = None)]
    group: Option<AdjustmentKind>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let Some(rule) = item.rule.clone() else {
        return ().into_any();
    };
    let code = item.code.clone();
    let survey = matches!(rule, Rule::Survey { .. });
    let leaf = {
        let code = code.clone();
        Memo::new(move |_| {
            state
                .sheet
                .with(|sh| sh.leaf(&code).map(|l| (l.status, l.points)))
        })
    };
    // Unreadable text in a box counts as unanswered for the score; call it invalid on screen.
    let typing_error = {
        let (code, rule) = (code.clone(), rule.clone());
        Memo::new(move |_| state.typing_error(&code, &rule).is_some())
    };
    let status = move || match leaf.get().map_or(LeafStatus::Unanswered, |l| l.0) {
        LeafStatus::Unanswered if typing_error.get() => LeafStatus::Invalid,
        status => status,
    };
    let max = item.max_points;
    // Scored by the office: the unit has no score of its own to show.
    let self_assessed = rule.is_self_assessed();
    let score_text = move || {
        if !self_assessed {
            return "—".to_string();
        }
        leaf.get()
            .map(|l| points(l.1, lang.get()))
            .unwrap_or_default()
    };
    let title = {
        let item = item.clone();
        move || {
            lang.get()
                .pick(&item.title, item.title_en.as_deref())
                .to_string()
        }
    };
    let title_id = format!("title-{code}");
    let heading_inner = {
        let code = code.clone();
        move || view! { <span class="code">{code.clone()}</span> " " {title.clone()} }
    };
    let heading = match level {
        2 => view! { <h2 id=title_id.clone() class="item-title">{heading_inner()}</h2> }.into_any(),
        _ => view! { <h3 id=title_id.clone() class="item-title">{heading_inner()}</h3> }.into_any(),
    };
    let rule_lines = {
        let item = item.clone();
        move || {
            describe_item(&item, group, lang.get())
                .into_iter()
                .map(|line| view! { <li>{line}</li> })
                .collect_view()
        }
    };
    let guidance = item.guidance.clone();
    // A penalty item's points are taken from the total: say so beside its score.
    let score_label = if group == Some(AdjustmentKind::Penalty) {
        text(lang, walk::DEDUCTION_LABEL)
    } else {
        text(lang, walk::SCORE_LABEL)
    };
    let body = if rule.is_self_assessed() {
        view! {
            <ValueInput item=item.clone()/>
            <NotApplicableBox item=item.clone()/>
            <EvidenceList code=item.code.clone() requirement=item.evidence.clone()/>
            <ExplanationBox item=item.clone()/>
        }
        .into_any()
    } else {
        view! {
            <p class="pending-note" id=format!("input-{code}-pending")>
                {move || if survey { walk::PENDING_SURVEY_NOTE.get(lang.get()) } else { walk::PENDING_OFFICE_NOTE.get(lang.get()) }}
            </p>
        }
        .into_any()
    };
    view! {
        <section
            class="item-card"
            data-code=code.clone()
            data-rule=rule.kind()
            data-status=move || status_name(status())
            aria-labelledby=title_id.clone()
        >
            <div class="item-head">
                {heading}
                <p class="item-score">
                    <span class="score-label">{score_label} ": "</span>
                    <strong id=format!("score-{code}")>{score_text}</strong>
                    " / " {move || short(max, lang.get())} " " {text(lang, walk::POINTS_UNIT)}
                    " " <span class=move || status_class(status())>{move || status_text(status(), survey, lang.get())}</span>
                </p>
            </div>
            <div class="rule-box">
                <p class="rule-heading">{text(lang, walk::HOW_SCORED)}</p>
                <ul class="rule" id=format!("rule-{code}")>{rule_lines}</ul>
                {guidance.map(|g| view! { <p class="guidance"><em>{text(lang, walk::GUIDANCE)} ": "</em>{g}</p> })}
            </div>
            {body}
        </section>
    }
    .into_any()
}
