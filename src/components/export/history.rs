//! The files exported so far: revision, local time and file name; each file's hash (what the
//! office compares) under "Chi tiết kỹ thuật", out of an official's way.

use crate::texts::{export, summary, text};
use leptos::prelude::*;
use par_web::clock::local_date_time;

use crate::signing::grouped;
use crate::state::AppState;

#[component]
pub fn ExportHistory() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    // Newest first, in both the table and the list of hashes.
    let newest_first = move || state.exports.get().into_iter().rev();
    let rows = move || {
        newest_first()
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
        newest_first()
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
        <h3 id="history-heading">{text(lang, export::HISTORY_HEADING)}</h3>
        <Show
            when=move || state.exports.with(|e| !e.is_empty())
            fallback=move || view! { <p id="history-none" class="muted">{text(lang, export::HISTORY_NONE)}</p> }
        >
            <div class="table-scroll">
                <table id="export-history" aria-labelledby="history-heading">
                    <thead>
                        <tr>
                            <th scope="col">{text(lang, export::HISTORY_REVISION)}</th>
                            <th scope="col">{text(lang, export::HISTORY_TIME)}</th>
                            <th scope="col">{text(lang, export::HISTORY_FILE)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <details class="technical" id="history-technical">
                <summary>{text(lang, summary::TECHNICAL_DETAILS)}</summary>
                <p>{text(lang, export::HISTORY_HASH)}</p>
                <ul class="hashes">{hashes}</ul>
            </details>
        </Show>
    }
}
