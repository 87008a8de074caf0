//! The export screen: what blocks the export, the unit's signing key (with backup and restore),
//! signing and downloading the submission file, the history of exports, and the printed score
//! sheet (shown only on paper).

mod checks;
mod export_button;
mod history;
mod key_backup;
mod key_panel;
mod key_registration;
mod key_restore;
mod passphrase_field;
mod print_action;
mod print_sheet;

pub use checks::ExportChecks;
pub use export_button::ExportButton;
pub use history::ExportHistory;
pub use key_backup::KeyBackupForm;
pub use key_panel::KeyPanel;
pub use key_registration::KeyRegistrationAction;
pub use key_restore::KeyRestoreForm;
pub use print_action::PrintAction;
pub use print_sheet::PrintSheet;

use crate::texts::{export, text};
use leptos::prelude::*;

use crate::signing::load_key;
use crate::state::AppState;

#[component]
pub fn ExportScreen() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    if state.signing_key.with_untracked(Option::is_none) {
        if let Some(key) = load_key() {
            state.signing_key.set(Some(key));
        }
    }
    view! {
        <div class="export-screen">
            <div class="no-print">
                <h1 id="export-heading" tabindex="-1">{text(lang, export::HEADING)}</h1>
                <p>{text(lang, export::INTRO)}</p>
                <ExportChecks/>
                <KeyPanel/>
                <section class="export-action" aria-labelledby="export-action-heading">
                    <h2 id="export-action-heading">{text(lang, export::EXPORT_HEADING)}</h2>
                    <ExportButton/>
                    <ExportHistory/>
                </section>
                <PrintAction/>
            </div>
            <PrintSheet/>
        </div>
    }
}
