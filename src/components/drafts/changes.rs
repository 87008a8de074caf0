//! What changed when the draft moved to a new version of its criteria set: every change from
//! `par_core::draft::upgrade_answers`, with the old answers that were set aside.

use leptos::prelude::*;

use crate::format::fill;
use crate::i18n::{dt, dtr};
use crate::storage::Session;

#[component]
pub fn ChangeList() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = session.state.lang;
    let version = move || session.state.framework.with(|set| set.version.clone());
    view! {
        <Show when=move || !session.changes.with(Vec::is_empty)>
            <section id="framework-changes" class="changes alert alert-warning" aria-labelledby="changes-heading">
                <h2 id="changes-heading">{dtr(lang, |d| d.changes_heading)}</h2>
                <p>{move || fill(dt(lang.get()).changes_intro, &[("version", version())])}</p>
                <ul>
                    {move || session
                        .changes
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
                                        <span class="set-aside">{dtr(lang, |d| d.changes_old_value)} ": " <code>{old}</code></span>
                                    })}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                <button type="button" id="changes-done" on:click=move |_| session.changes.set(Vec::new())>
                    {dtr(lang, |d| d.changes_done)}
                </button>
            </section>
        </Show>
    }
}
