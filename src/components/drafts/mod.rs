//! Drafts: the list on the start screen, the save status, the storage alerts, backups,
//! restoring, the storage information and the criteria-set change list.

mod alerts;
mod changes;
mod draft_row;
mod restore;
mod save_status;
mod storage_info;

pub use alerts::StorageAlerts;
pub use changes::ChangeList;
pub use draft_row::DraftRow;
pub use restore::RestoreForm;
pub use save_status::SaveStatusView;
pub use storage_info::StorageInfo;

use crate::texts::{drafts, text};
use leptos::prelude::*;

use crate::state::StartNotice;
use crate::storage::{backup, records, Session};
use par_core::draft::DraftRecord;

/// The "Bản nháp" section of the start screen.
#[component]
pub fn DraftsPanel() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = session.state.lang;
    let error = RwSignal::new(None::<String>);
    let drafts = Memo::new(move |_| {
        session.list_version.track();
        records::load_all().0
    });
    let rows = Memo::new(move |_| drafts.with(|list| with_duplicate_flags(list)));
    // The table is built once while there are drafts: a save changes rows, not the table.
    let none = Memo::new(move |_| drafts.with(Vec::is_empty));
    let download_all = move |_| {
        if let Err(e) = backup::download(&backup::backup_of_all(), "tat-ca") {
            error.set(Some(e));
        }
    };
    view! {
        <section class="drafts" aria-labelledby="drafts-heading">
            <h2 id="drafts-heading">{text(lang, drafts::DRAFTS_HEADING)}</h2>
            <p class="hint">{text(lang, drafts::DRAFTS_INTRO)}</p>
            <div class="draft-actions">
                <button
                    type="button"
                    id="new-draft"
                    on:click=move |_| {
                        session.new_draft();
                        // The start screen looks the same with an empty draft: say what happened
                        // at its top and take the user there, to the first step.
                        session.state.start_notice.set(Some(StartNotice::NewDraft));
                        session.state.focus_request.set(Some("start-heading".to_string()));
                    }
                >
                    {text(lang, drafts::NEW_DRAFT)}
                </button>
                <button type="button" id="download-all" on:click=download_all>
                    {text(lang, drafts::DOWNLOAD_ALL)}
                </button>
            </div>
            {move || error.get().map(|e| view! { <p class="messages-error" role="alert">{e}</p> })}
            {move || {
                if none.get() {
                    view! { <p id="drafts-none">{drafts::DRAFTS_NONE.get(lang.get())}</p> }.into_any()
                } else {
                    view! {
                        <div class="table-scroll">
                            <table id="drafts-table" class="drafts-table">
                                <thead>
                                    <tr>
                                        <th scope="col">{text(lang, drafts::COL_NAME)}</th>
                                        <th scope="col">{text(lang, drafts::COL_UNIT)}</th>
                                        <th scope="col">{text(lang, drafts::COL_YEAR)}</th>
                                        <th scope="col">{text(lang, drafts::COL_SET)}</th>
                                        <th scope="col">{text(lang, drafts::COL_PROGRESS)}</th>
                                        <th scope="col">{text(lang, drafts::COL_SAVED)}</th>
                                        <th scope="col">{text(lang, drafts::COL_ACTIONS)}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    // Keyed by id only: a row stays in the page for as long as
                                    // its draft exists, so a save never replaces the button
                                    // under the pointer; what a row shows follows its draft.
                                    <For
                                        each=move || drafts.with(|list| list.iter().map(|d| d.id.clone()).collect::<Vec<_>>())
                                        key=String::clone
                                        children=move |id| {
                                            let row = Memo::new(move |_| rows.with(|rows| rows.iter().find(|(d, _)| d.id == id).cloned()));
                                            view! { <DraftRow row=row/> }
                                        }
                                    />
                                </tbody>
                            </table>
                        </div>
                    }
                    .into_any()
                }
            }}
            <RestoreForm/>
            <StorageInfo/>
        </section>
    }
}

/// Each draft with whether another one assesses the same unit, year and set (par-core decides).
fn with_duplicate_flags(list: &[DraftRecord]) -> Vec<(DraftRecord, bool)> {
    list.iter()
        .cloned()
        .zip(par_core::draft::duplicate_flags(list))
        .collect()
}
