//! Fields and criteria with the score so far, the maximum and how many items are complete
//! (from each `NodeScore`). Each criterion is a real button that opens its page.

use crate::texts::{text, walk};
use leptos::prelude::*;

use crate::format::{node_line, points, short};
use crate::state::AppState;
use par_core::pages::Page;

#[component]
pub fn NavTree() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    move || {
        let set = state.framework.get();
        let pages = state.pages.get();
        let page_index = move |page: Page| pages.iter().position(|p| *p == page).unwrap_or(0);
        let fields = set
            .fields
            .iter()
            .enumerate()
            .map(|(f, field)| {
                let title = (field.title.clone(), field.title_en.clone());
                let code = field.code.clone();
                let line = move || {
                    state
                        .sheet
                        .with(|sh| sh.fields.get(f).map(|n| node_line(n, lang.get())))
                };
                let criteria = field
                    .criteria
                    .iter()
                    .enumerate()
                    .map(|(c, criterion)| {
                        let index = page_index(Page::Criterion {
                            field: f,
                            criterion: c,
                        });
                        let title = (criterion.title.clone(), criterion.title_en.clone());
                        // Memoised: read twice below (class and text), formatted once per change.
                        let line = Memo::new(move |_| {
                            state.sheet.with(|sh| {
                                sh.fields.get(f).and_then(|n| n.children.get(c)).map(|n| {
                                    (
                                        node_line(n, lang.get()),
                                        n.leaves > 0 && n.complete == n.leaves,
                                    )
                                })
                            })
                        });
                        tree_button(
                            state,
                            (index, criterion.code.clone(), title),
                            Signal::derive(move || line.get().map(|l| l.0)),
                            Signal::derive(move || line.with(|l| l.as_ref().is_some_and(|l| l.1))),
                        )
                    })
                    .collect_view();
                view! {
                    <li class="tree-field" data-code=code.clone()>
                        <p class="tree-field-head">
                            <span class="tree-title">
                                <span class="code">{code.clone()}</span>
                                ". "
                                {move || lang.get().pick(&title.0, title.1.as_deref()).to_string()}
                            </span>
                            <span class="node-score">{line}</span>
                        </p>
                        <ol>{criteria}</ol>
                    </li>
                }
            })
            .collect_view();
        let groups = set
            .adjustments
            .iter()
            .enumerate()
            .map(|(g, group)| {
                let index = page_index(Page::Adjustment { group: g });
                let title = (group.title.clone(), group.title_en.clone());
                let cap = group.cap;
                let line = move || {
                    state.sheet.with(|sh| {
                        sh.adjustments.get(g).map(|a| {
                            let lang_now = lang.get();
                            format!(
                                "{} ({} {})",
                                points(a.points, lang.get()),
                                walk::CAP.get(lang_now),
                                short(cap, lang.get())
                            )
                        })
                    })
                };
                tree_button(
                    state,
                    (index, group.code.clone(), title),
                    Signal::derive(line),
                    Signal::stored(false),
                )
            })
            .collect_view();
        let has_groups = !set.adjustments.is_empty();
        view! {
            <ol class="tree">
                {fields}
                {has_groups.then(|| view! {
                    <li class="tree-field">
                        <p class="tree-field-head">
                            <span class="tree-title">{text(lang, walk::ADJUSTMENTS)}</span>
                        </p>
                        <ol>{groups}</ol>
                    </li>
                })}
            </ol>
        }
    }
}

/// The button of one page in the tree (a criterion, or a bonus/penalty group): its code and
/// title, and its score line (`done`: every item of it complete).
fn tree_button(
    state: AppState,
    (index, code, title): (usize, String, (String, Option<String>)),
    line: Signal<Option<String>>,
    done: Signal<bool>,
) -> impl IntoView {
    let lang = state.lang;
    view! {
        <li>
            <button
                type="button"
                class="tree-criterion"
                data-code=code.clone()
                aria-current=move || (state.current.get() == index).then_some("step")
                on:click=move |_| state.go_to(index)
            >
                <span class="tree-title">
                    <span class="code">{code.clone()}</span>
                    " "
                    {move || lang.get().pick(&title.0, title.1.as_deref()).to_string()}
                </span>
                <span class="node-score" class:done=done>{line}</span>
            </button>
        </li>
    }
}
