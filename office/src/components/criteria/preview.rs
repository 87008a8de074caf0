//! A criteria set read-only, as a commune walks it: each field (collapsible), its criteria and
//! their items with code, title, maximum, the rule in words (par-core's `describe_item`, the
//! words the commune app shows), the evidence asked for, what not applicable means and the
//! guidance; then the bonus and penalty groups.

use leptos::prelude::*;

use par_core::describe::{
    describe_claim_without_evidence, describe_group_not_applicable, describe_item, points_text,
};
use par_core::framework::{AdjustmentKind, Item};
use par_core::{Framework, Lang};

use crate::state::OfficeState;
use crate::texts::criteria as text;

#[component]
pub fn Preview(set: Framework) -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    let open = RwSignal::new(false);
    let key = format!("{}@{}", set.id, set.version);
    view! {
        <div id="set-preview" class="set-preview" data-set=key>
            {move || header(&set, lang.get(), open)}
        </div>
    }
}

fn header(set: &Framework, lang: Lang, open: RwSignal<bool>) -> impl IntoView {
    let classes: Vec<String> = set
        .classification
        .iter()
        .map(|b| format!("{} ≥ {}%", b.label, b.min_percent.format_vi_short()))
        .collect();
    let fields = set.fields.iter().map(|field| {
        let whole = describe_group_not_applicable(field.not_applicable, true, lang);
        let criteria = field.criteria.iter().map(|criterion| {
            let claim = describe_group_not_applicable(criterion.not_applicable, false, lang);
            view! {
                <section class="preview-criterion" data-code=criterion.code.clone()>
                    <h3>
                        <span class="code">{criterion.code.clone()}</span>" "{criterion.title.clone()}
                        <span class="max">{points_text(criterion.max_points, lang)}</span>
                    </h3>
                    {claim.map(|c| view! { <p class="na-group">{c}</p> })}
                    <ul class="preview-items">
                        {criterion.items.iter().map(|item| item_view(item, None, lang)).collect_view()}
                    </ul>
                </section>
            }
        });
        view! {
            <details class="preview-field" data-code=field.code.clone() prop:open=move || open.get()>
                <summary>
                    <span class="code">{field.code.clone()}</span>" "{field.title.clone()}
                    <span class="max">{points_text(field.max_points, lang)}</span>
                </summary>
                {whole.map(|c| view! { <p class="na-group">{c}</p> })}
                {criteria.collect_view()}
            </details>
        }
    });
    let adjustments = set.adjustments.iter().map(|group| {
        let cap = points_text(group.cap, lang);
        let kind = match group.kind {
            AdjustmentKind::Bonus => text::BONUS.fill(lang, &[("cap", &cap)]),
            AdjustmentKind::Penalty => text::PENALTY.fill(lang, &[("cap", &cap)]),
        };
        view! {
            <details class="preview-field preview-adjustment" data-code=group.code.clone() prop:open=move || open.get()>
                <summary>
                    <span class="code">{group.code.clone()}</span>" "{group.title.clone()}
                    <span class="max">{kind}</span>
                </summary>
                <ul class="preview-items">
                    {group.items.iter().map(|item| item_view(item, Some(group.kind), lang)).collect_view()}
                </ul>
            </details>
        }
    });
    let policy = par_core::changes::policy(set.evidence_policy, lang);
    let claim = describe_claim_without_evidence(set, lang);
    view! {
        <h3 class="preview-title">{set.title.clone()}</h3>
        <dl class="preview-header">
            <dt>{text::COL_PROVINCE.get(lang)}</dt><dd>{set.province.clone()}</dd>
            <dt>{text::COL_YEAR.get(lang)}</dt><dd>{set.year.to_string()}</dd>
            <dt>{text::COL_VERSION.get(lang)}</dt><dd>{set.version.clone()}</dd>
            <dt>{text::COL_DECISION.get(lang)}</dt><dd>{par_core::changes::decision(set)}{format!(" — {}", set.decision.issuer)}</dd>
            <dt>{text::APPRAISING_BODY.get(lang)}</dt><dd>{set.appraising_body.clone()}</dd>
            <dt>{text::COL_MAX.get(lang)}</dt><dd>{points_text(set.max_points(), lang)}</dd>
            <dt>{text::EVIDENCE_POLICY.get(lang)}</dt><dd>{policy}{claim.map(|c| format!(". {c}"))}</dd>
            <dt>{text::CLASSES.get(lang)}</dt><dd>{classes.join(", ")}</dd>
        </dl>
        {set.notice.clone().map(|n| view! { <p class="note">{n}</p> })}
        <div class="actions">
            <button type="button" class="button-secondary" id="preview-open-all" on:click=move |_| open.set(true)>
                {text::OPEN_ALL.get(lang)}
            </button>
            <button type="button" class="button-secondary" id="preview-close-all" on:click=move |_| open.set(false)>
                {text::CLOSE_ALL.get(lang)}
            </button>
        </div>
        {fields.collect_view()}
        {adjustments.collect_view()}
    }
}

/// One item and, nested, its sub-items.
fn item_view(item: &Item, group: Option<AdjustmentKind>, lang: Lang) -> AnyView {
    let mut rule = describe_item(item, group, lang);
    if item.rule.is_none() && !item.items.is_empty() {
        rule.insert(0, text::NO_RULE.get(lang).to_string());
    }
    let evidence = item.evidence.as_ref().map(|e| {
        let required = if e.required {
            text::EVIDENCE_REQUIRED.get(lang)
        } else {
            ""
        };
        view! { <p class="evidence"><strong>{text::EVIDENCE.get(lang)}{required}": "</strong>{e.hint.clone()}</p> }
    });
    let guidance = item.guidance.clone().map(|g| {
        view! { <p class="guidance"><strong>{text::GUIDANCE.get(lang)}": "</strong>{g}</p> }
    });
    let sub = (!item.items.is_empty()).then(|| {
        view! {
            <ul class="preview-items">
                {item.items.iter().map(|i| item_view(i, group, lang)).collect_view()}
            </ul>
        }
    });
    view! {
        <li class="preview-item" data-code=item.code.clone()>
            <p class="item-head">
                <span class="code">{item.code.clone()}</span>" "{item.title.clone()}
                <span class="max">{points_text(item.max_points, lang)}</span>
            </p>
            <ul class="rule">{rule.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
            {evidence}
            {guidance}
            {sub}
        </li>
    }
    .into_any()
}
