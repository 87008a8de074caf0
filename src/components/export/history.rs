//! The files exported so far: revision, local time, file name and the start of the hash.

use leptos::prelude::*;

use crate::i18n::ter;
use crate::signing::browser::local_date_time;
use crate::signing::hash_prefix;
use crate::state::AppState;

#[component]
pub fn ExportHistory() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let rows = move || {
        state
            .exports
            .get()
            .into_iter()
            .rev()
            .map(|record| {
                view! {
                    <tr>
                        <td class="num">{record.revision}</td>
                        <td>{local_date_time(&record.created_at)}</td>
                        <td class="file-name">{record.file_name.clone()}</td>
                        <td class="hash" title=record.hash.clone()>{hash_prefix(&record.hash)} "…"</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <h3 id="history-heading">{ter(lang, |s| s.history_heading)}</h3>
        <Show
            when=move || state.exports.with(|e| !e.is_empty())
            fallback=move || view! { <p id="history-none" class="muted">{ter(lang, |s| s.history_none)}</p> }
        >
            <div class="table-scroll">
                <table id="export-history" aria-labelledby="history-heading">
                    <thead>
                        <tr>
                            <th scope="col">{ter(lang, |s| s.history_revision)}</th>
                            <th scope="col">{ter(lang, |s| s.history_time)}</th>
                            <th scope="col">{ter(lang, |s| s.history_file)}</th>
                            <th scope="col">{ter(lang, |s| s.history_hash)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </Show>
    }
}
