//! What changed when the draft moved to a new version of its criteria set: every change from
//! `par_core::draft::upgrade_answers`, with the old answers that were set aside.

use crate::texts::{drafts, text};
use leptos::prelude::*;

use crate::format::fill;
use crate::state::AppState;

#[component]
pub fn ChangeList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let version = move || state.framework.with(|set| set.version.clone());
    view! {
        <Show when=move || !state.pending_changes.with(Vec::is_empty)>
            <section id="framework-changes" class="changes alert alert-warning" aria-labelledby="changes-heading">
                <h2 id="changes-heading">{text(lang, drafts::CHANGES_HEADING)}</h2>
                <p>{move || fill(drafts::CHANGES_INTRO.get(lang.get()), &[("version", version())])}</p>
                <ul>
                    {move || state
                        .pending_changes
                        .get()
                        .into_iter()
                        .map(|change| {
                            let old = change
                                .set_aside
                                .as_ref()
                                .and_then(|a| serde_json::to_string(a).ok());
                            view! {
                                <li class="change" data-code=change.code.clone() data-kind=format!("{:?}", change.kind)>
                                    <strong>{change.code.clone()} " " {change.title.clone()}</strong> ": "
                                    {move || change.kind.message(lang.get())}
                                    {old.map(|old| view! {
                                        <br/>
                                        <span class="set-aside">{text(lang, drafts::CHANGES_OLD_VALUE)} ": " <code>{old}</code></span>
                                    })}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                <button type="button" id="changes-done" on:click=move |_| state.pending_changes.set(Vec::new())>
                    {text(lang, drafts::CHANGES_DONE)}
                </button>
            </section>
        </Show>
    }
}
