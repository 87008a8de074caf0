//! Every item still incomplete or invalid (`sheet.problems`), each a link that opens its
//! criterion and puts the focus in the input that fixes it.

use crate::texts::summary;
use leptos::prelude::*;

use par_core::problems::ProblemKind;

use crate::model::problem_target::focus_id;
use crate::state::AppState;

#[component]
pub fn ProblemList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    move || {
        let lang = lang.get();

        let set = state.framework.get();
        let problems = state.sheet.with(|sh| sh.problems.clone());
        if problems.is_empty() {
            return view! { <p id="problems-none" class="ok">{summary::PROBLEMS_NONE.get(lang)}</p> }.into_any();
        }
        let count = problems.len();
        let items = problems
            .into_iter()
            .map(|problem| {
                let Some(leaf) = set.leaf(&problem.code) else {
                    return view! {
                        <li><span class="code">{problem.code.clone()}</span> " " {summary::PROBLEM_UNKNOWN_ITEM.get(lang)} ": " {problem.kind.message(lang)}</li>
                    }
                    .into_any();
                };
                // "Not answered" for an item whose box holds unreadable text would mislead.
                let message = match (&problem.kind, state.typing_error(&problem.code, leaf.rule)) {
                    (ProblemKind::Unanswered, Some(error)) => error.message(lang).to_string(),
                    _ => problem.kind.message_for(leaf.item, lang),
                };
                let title = lang.pick(&leaf.item.title, leaf.item.title_en.as_deref()).to_string();
                let target = focus_id(&problem.code, &problem.kind);
                let (code, kind) = (problem.code.clone(), problem.kind.clone());
                view! {
                    <li>
                        <a
                            href=format!("#{target}")
                            class="problem-link"
                            data-code=problem.code.clone()
                            on:click=move |ev| {
                                ev.prevent_default();
                                state.jump_to(&code, &kind);
                            }
                        >
                            <span class="code">{problem.code.clone()}</span>
                            " " {title} ": "
                            <span class="problem-message">{message}</span>
                        </a>
                    </li>
                }
                .into_any()
            })
            .collect_view();
        view! {
            <p id="problems-count">{count} " " {summary::PROBLEMS_COUNT.get(lang)}</p>
            <ol class="problems">{items}</ol>
        }
        .into_any()
    }
}
