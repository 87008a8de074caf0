//! One criterion (or bonus/penalty group) with every sub-criterion.

use crate::texts::{text, walk};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use leptos::prelude::*;
use par_core::framework::{AdjustmentKind, Item};

use crate::format::{node_line, points, short};
use crate::state::{AppState, CRITERION_HEADING_ID};
use par_core::pages::Page;

use super::group_claim::GroupClaimBox;
use super::item_card::ItemCard;

/// Set once the first criterion is on screen: the start-up benchmark reads this mark.
static FIRST_RENDER_MARKED: AtomicBool = AtomicBool::new(false);
pub const FIRST_CRITERION_MARK: &str = "par:first-criterion";

#[component]
pub fn CriterionView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    Effect::new(move |_| {
        if !FIRST_RENDER_MARKED.swap(true, Ordering::Relaxed) {
            if let Some(performance) = window().performance() {
                let _ = performance.mark(FIRST_CRITERION_MARK);
            }
        }
    });
    move || {
        let set = state.framework.get();
        let Some(page) = state.page() else {
            return ().into_any();
        };
        match page {
            Page::Criterion { field, criterion } => {
                let Some(f) = set.fields.get(field) else {
                    return ().into_any();
                };
                let Some(c) = f.criteria.get(criterion) else {
                    return ().into_any();
                };
                let field_title = (f.code.clone(), f.title.clone(), f.title_en.clone());
                let title = (c.title.clone(), c.title_en.clone());
                let code = c.code.clone();
                let line = move || {
                    state.sheet.with(|sh| {
                        sh.fields
                            .get(field)
                            .and_then(|n| n.children.get(criterion))
                            .map(|n| node_line(n, lang.get()))
                    })
                };
                let items = items_view(&c.items, None);
                let field_claim = view! {
                    <GroupClaimBox code=f.code.clone() meaning=f.not_applicable whole_field=true/>
                };
                let criterion_claim = view! {
                    <GroupClaimBox code=c.code.clone() meaning=c.not_applicable whole_field=false/>
                };
                view! {
                    <article class="criterion" data-code=code.clone()>
                        <p class="crumb">
                            {text(lang, walk::FIELD)} " " {field_title.0.clone()} ". "
                            {move || lang.get().pick(&field_title.1, field_title.2.as_deref()).to_string()}
                        </p>
                        <h1 id=CRITERION_HEADING_ID tabindex="-1">
                            <span class="code">{code.clone()}</span> " "
                            {move || lang.get().pick(&title.0, title.1.as_deref()).to_string()}
                        </h1>
                        <p class="criterion-score" id="criterion-score">{line}</p>
                        {field_claim}
                        {criterion_claim}
                        {items}
                    </article>
                }
                .into_any()
            }
            Page::Adjustment { group } => {
                let Some(g) = set.adjustments.get(group) else {
                    return ().into_any();
                };
                let title = (g.title.clone(), g.title_en.clone());
                let (kind, cap) = (g.kind, g.cap);
                let line = move || {
                    let lang = lang.get();

                    let kind = match kind {
                        AdjustmentKind::Bonus => walk::BONUS.get(lang),
                        AdjustmentKind::Penalty => walk::PENALTY.get(lang),
                    };
                    let got = state
                        .sheet
                        .with(|sh| sh.adjustments.get(group).map(|a| a.points));
                    format!(
                        "{kind}: {} {} ({} {})",
                        got.map(|p| points(p, lang)).unwrap_or_default(),
                        walk::POINTS_UNIT.get(lang),
                        walk::CAP.get(lang),
                        short(cap, lang)
                    )
                };
                let code = g.code.clone();
                let items = items_view(&g.items, Some(kind));
                view! {
                    <article class="criterion" data-code=code.clone()>
                        <p class="crumb">{text(lang, walk::ADJUSTMENTS)}</p>
                        <h1 id=CRITERION_HEADING_ID tabindex="-1">
                            <span class="code">{code.clone()}</span> " "
                            {move || lang.get().pick(&title.0, title.1.as_deref()).to_string()}
                        </h1>
                        <p class="criterion-score" id="criterion-score">{line}</p>
                        {items}
                    </article>
                }
                .into_any()
            }
        }
    }
}

/// Item cards; a grouped sub-criterion shows its own heading above its scored sub-items.
/// `group`: the bonus/penalty group the items belong to (`None` in a field).
fn items_view(items: &[Item], group: Option<AdjustmentKind>) -> impl IntoView {
    items
        .iter()
        .map(|item| {
            if item.is_leaf() {
                view! { <ItemCard item=Arc::new(item.clone()) level=2 group=group/> }.into_any()
            } else {
                view! { <ItemGroup item=Arc::new(item.clone()) group=group/> }.into_any()
            }
        })
        .collect_view()
}

#[component]
fn ItemGroup(item: Arc<Item>, group: Option<AdjustmentKind>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let code = item.code.clone();
    let max = item.max_points;
    let title_item = item.clone();
    let got = move || {
        state.sheet.with(|sh| {
            let sum: par_core::Decimal = item
                .items
                .iter()
                .filter_map(|sub| sh.leaf(&sub.code).map(|l| l.points))
                .sum();
            format!(
                "{}/{} {}",
                points(sum, lang.get()),
                short(max, lang.get()),
                walk::POINTS_UNIT.get(lang.get())
            )
        })
    };
    let subs = title_item
        .items
        .iter()
        .map(|sub| view! { <ItemCard item=Arc::new(sub.clone()) level=3 group=group/> })
        .collect_view();
    view! {
        <section class="item-group" data-code=code.clone() aria-labelledby=format!("title-{code}")>
            <h2 id=format!("title-{code}") class="group-title">
                <span class="code">{code.clone()}</span> " "
                {move || lang.get().pick(&title_item.title, title_item.title_en.as_deref()).to_string()}
                " " <span class="item-score">{got}</span>
            </h2>
            {subs}
        </section>
    }
}
