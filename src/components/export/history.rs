//! The files exported so far: revision, local time and file name; each file's hash (what the
//! office compares) under "Chi tiết kỹ thuật", out of an official's way.

use leptos::prelude::*;
use par_web::clock::local_date_time;

use crate::i18n::{ter, tr};

use crate::signing::grouped;
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
                    </tr>
                }
            })
            .collect_view()
    };
    let hashes = move || {
        state
            .exports
            .get()
            .into_iter()
            .rev()
            .map(|record| {
                view! {
                    <li>
                        {record.revision} ": "
                        <span class="hash">{grouped(&record.hash)}</span>
                    </li>
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
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <details class="technical" id="history-technical">
                <summary>{tr(lang, |s| s.technical_details)}</summary>
                <p>{ter(lang, |s| s.history_hash)}</p>
                <ul class="hashes">{hashes}</ul>
            </details>
        </Show>
    }
}
