//! The browser side of drafts: localStorage records, the autosave session, the editing lock
//! between tabs and backups (localStorage itself and the service worker are `par_web`'s). The rules (schema versions, revisions,
//! upgrades, restore plans) are `par_core::draft`; this module only moves text in and out of the
//! browser.
//!
//! Keys in localStorage:
//! - `par.draft.<id>`: one [`par_core::draft::DraftRecord`] as JSON;
//! - `par.last`: id of the draft open last, reopened on start;
//! - `par.set.<id>@<version>`: an imported criteria set, so a draft can always find its set;
//! - `par.lock.<id>`: which tab edits the draft (`{tab, at}`), renewed every few seconds;
//! - `par.quarantine.<id>.<time>`: a record that could not be read, kept raw for download;
//! - `par.round-files.<id>`: the appraisal round's files of draft `id` (`round_files`).

pub mod backup;
pub mod bench;
pub mod lock;
pub mod records;
pub mod round_files;
pub mod session;

pub use session::{Reminder, SaveStatus, Session};

pub const DRAFT_PREFIX: &str = "par.draft.";
pub const SET_PREFIX: &str = "par.set.";
pub const LOCK_PREFIX: &str = "par.lock.";
pub const QUARANTINE_PREFIX: &str = "par.quarantine.";
pub const LAST_KEY: &str = "par.last";

pub fn draft_key(id: &str) -> String {
    format!("{DRAFT_PREFIX}{id}")
}

pub fn set_key(id: &str, version: &str) -> String {
    format!("{SET_PREFIX}{id}@{version}")
}

pub fn lock_key(id: &str) -> String {
    format!("{LOCK_PREFIX}{id}")
}
