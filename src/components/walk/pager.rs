//! Previous / next criterion, and the way to the summary after the last one.

use leptos::prelude::*;

use crate::format::fill;
use crate::i18n::{t, tr};
use crate::state::{AppState, Screen};

#[component]
pub fn Pager() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let s = move || t(state.lang.get());
    let is_first = move || state.current.get() == 0;
    let is_last = move || state.current.get() + 1 >= state.page_count();
    let position = move || {
        fill(
            s().page_of,
            &[
                ("n", (state.current.get() + 1).to_string()),
                ("total", state.page_count().to_string()),
            ],
        )
    };
    view! {
        <nav class="pager" aria-label=tr(lang, |s| s.pager_label)>
            <button
                type="button"
                id="prev-criterion"
                disabled=is_first
                on:click=move |_| state.previous()
            >
                <span aria-hidden="true">"← "</span>
                {tr(lang, |s| s.previous)}
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
                        {tr(lang, |s| s.next)}
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
                    {tr(lang, |s| s.to_summary)}
                </button>
            </Show>
        </nav>
    }
}
