//! Previous / next criterion, and the way to the summary after the last one.

use crate::texts::{text, walk};
use leptos::prelude::*;

use crate::format::fill;
use crate::state::{AppState, Screen};

#[component]
pub fn Pager() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let lang_now = move || state.lang.get();
    let is_first = move || state.current.get() == 0;
    let is_last = move || state.current.get() + 1 >= state.page_count();
    let position = move || {
        fill(
            walk::PAGE_OF.get(lang_now()),
            &[
                ("n", (state.current.get() + 1).to_string()),
                ("total", state.page_count().to_string()),
            ],
        )
    };
    view! {
        <nav class="pager" aria-label=text(lang, walk::PAGER_LABEL)>
            <button
                type="button"
                id="prev-criterion"
                disabled=is_first
                on:click=move |_| state.previous()
            >
                <span aria-hidden="true">"← "</span>
                {text(lang, walk::PREVIOUS)}
            </button>
            <span class="pager-position">{position}</span>
            <Show
                when=is_last
                fallback=move || view! {
                    <button
                        type="button"
                        id="next-criterion"
                        class="primary"
                        on:click=move |_| state.next()
                    >
                        {text(lang, walk::NEXT)}
                        <span aria-hidden="true">" →"</span>
                    </button>
                }
            >
                <button
                    type="button"
                    id="to-summary"
                    class="primary"
                    on:click=move |_| state.screen.set(Screen::Summary)
                >
                    {text(lang, walk::TO_SUMMARY)}
                </button>
            </Show>
        </nav>
    }
}
