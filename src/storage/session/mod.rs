//! The open draft and its autosave: every change is written to localStorage at most
//! [`DEBOUNCE_MS`] later, and at once when the page is hidden or closed. Each write re-reads the
//! stored revision just before writing and goes through `par_core::draft::next_revision`, so a
//! stale tab can never overwrite newer answers.

use par_web::local_storage::WriteError;
use par_web::{clock, local_storage, random};
use std::time::Duration;

use leptos::prelude::*;
use par_core::draft::{next_revision, DraftRecord};

use super::records::{self, Quarantined};
use super::{lock, LAST_KEY};
use crate::state::{AppState, Draft};

mod switch;
mod tabs;

/// Longest wait between a change and its write.
pub const DEBOUNCE_MS: u64 = 400;

/// When to remind the user to keep a backup outside the browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reminder {
    /// Every item of a field is now complete.
    FieldCompleted,
    /// About to export the submission (called by the export feature).
    BeforeExport,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SaveStatus {
    /// Nothing entered yet: no draft exists.
    Nothing,
    /// A change waits for its write ("Đang lưu…").
    Pending,
    /// Written; local time `HH:MM`.
    Saved(String),
    /// The browser's storage is full: the draft stays in memory, retried on the next change.
    Full,
    /// Another error from the browser.
    Failed(WriteError),
    /// Another tab saved a newer copy: this one may not write.
    Stale,
    /// Another tab edits this draft.
    ReadOnly,
}

#[derive(Clone, Copy)]
pub struct Session {
    pub state: AppState,
    /// Id of the open draft; `None` until something is entered.
    pub id: RwSignal<Option<String>>,
    pub status: RwSignal<SaveStatus>,
    /// Records moved aside because they could not be read.
    pub quarantined: RwSignal<Vec<Quarantined>>,
    /// Bumped whenever the stored drafts change, so the list reloads.
    pub list_version: RwSignal<u64>,
    /// A one-off message (e.g. a draft's criteria set is missing).
    pub notice: RwSignal<Option<String>>,
    /// A new release of the app is ready (service worker); shown until reload.
    pub update_ready: RwSignal<bool>,
    /// A milestone reached: remind the user to download a backup.
    pub backup_reminder: RwSignal<Option<Reminder>>,
    based_on: StoredValue<u64>,
    /// The draft as last written, to tell whether anything changed since.
    saved: StoredValue<Option<Draft>>,
    /// When the stored copy's content was last written (`saved_at` of the record).
    saved_at: StoredValue<String>,
    timer: StoredValue<Option<TimeoutHandle>>,
    tab: StoredValue<String>,
}

impl Session {
    pub fn new(state: AppState) -> Self {
        Session {
            state,
            id: RwSignal::new(None),
            status: RwSignal::new(SaveStatus::Nothing),
            quarantined: RwSignal::new(Vec::new()),
            list_version: RwSignal::new(0),
            notice: RwSignal::new(None),
            update_ready: RwSignal::new(false),
            backup_reminder: RwSignal::new(None),
            based_on: StoredValue::new(0),
            saved: StoredValue::new(None),
            saved_at: StoredValue::new(String::new()),
            timer: StoredValue::new(None),
            tab: StoredValue::new(random::random_id()),
        }
    }

    /// On start: moves unreadable records aside, reopens the last draft where it was left,
    /// and starts autosaving, the heartbeat and the listeners.
    pub fn start(self, reopen: bool) {
        let earlier = records::earlier_quarantine(
            crate::texts::drafts::QUARANTINE_EARLIER.get(self.state.lang.get_untracked()),
        );
        let (drafts, bad) = records::load_all();
        self.quarantined
            .set(earlier.into_iter().chain(bad).collect());
        if let Some(id) = local_storage::get(LAST_KEY).filter(|_| reopen) {
            // Unreadable records were just moved aside, so the last draft is among these or gone.
            match drafts.into_iter().find(|draft| draft.id == id) {
                Some(draft) => {
                    self.open(draft);
                }
                None => local_storage::remove(LAST_KEY),
            }
        }
        self.watch_changes();
        self.listen();
        super::bench::register(self);
    }

    fn tab(&self) -> String {
        self.tab.get_value()
    }

    /// The draft as it is in memory, newer than any stored copy so that restoring it replaces
    /// that copy: for a backup when storage is full (what is stored may be older).
    pub fn in_memory_record(&self) -> DraftRecord {
        let id = self.id.get_untracked().unwrap_or_else(random::random_id);
        let revision = records::stored_revision(&id).unwrap_or(0) + 1;
        self.state
            .draft()
            .to_record(id, revision, clock::now_rfc3339())
    }

    /// Writes the open draft now if anything changed. Returns whether it is safely stored.
    pub fn save_now(&self) -> bool {
        if let Some(handle) = self.timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        if self.state.read_only.get_untracked() {
            return false;
        }
        let draft = self.state.draft();
        let unchanged = self.saved.with_value(|s| s.as_ref() == Some(&draft));
        let id = self.id.get_untracked();
        if unchanged && id.is_some() {
            if self.status.get_untracked() == SaveStatus::Pending {
                self.status.set(SaveStatus::Saved(clock::local_hh_mm("")));
            }
            return true;
        }
        if id.is_none() && draft.is_empty() {
            self.status.set(SaveStatus::Nothing);
            return true;
        }
        let id = id.unwrap_or_else(|| {
            let id = random::random_id();
            self.id.set(Some(id.clone()));
            id
        });
        if lock::held_by_other(&id, &self.tab()) {
            self.become_read_only(SaveStatus::ReadOnly);
            return false;
        }
        // Re-read what is stored right before writing: another tab may have saved since.
        let stored = records::stored_revision(&id);
        let based_on = self.based_on.get_value();
        let revision = match next_revision(stored, based_on) {
            Ok(revision) => revision,
            Err(_) => {
                self.become_read_only(SaveStatus::Stale);
                return false;
            }
        };
        // Moving to another criterion is remembered (the draft reopens there) but is not a new
        // revision: looking through a draft changes nothing the list shows or another tab holds.
        let moved_only = stored == Some(based_on)
            && self
                .saved
                .with_value(|saved| saved.as_ref().is_some_and(|s| draft.moved_only(s)));
        let (revision, saved_at) = if moved_only {
            (based_on, self.saved_at.get_value())
        } else {
            (revision, clock::now_rfc3339())
        };
        let record = draft.to_record(id.clone(), revision, saved_at.clone());
        match records::write(&record) {
            Ok(()) => {
                self.based_on.set_value(revision);
                self.saved.set_value(Some(draft));
                self.saved_at.set_value(saved_at.clone());
                self.status
                    .set(SaveStatus::Saved(clock::local_hh_mm(&saved_at)));
                let _ = local_storage::set(LAST_KEY, &id);
                lock::claim(&id, &self.tab());
                self.list_version.update(|v| *v += 1);
                true
            }
            Err(WriteError::Full) => {
                self.status.set(SaveStatus::Full);
                false
            }
            Err(error) => {
                self.status.set(SaveStatus::Failed(error));
                false
            }
        }
    }

    /// Schedules a write [`DEBOUNCE_MS`] after the last change.
    pub fn schedule(&self) {
        if self.state.read_only.get_untracked() {
            return;
        }
        if let Some(handle) = self.timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        if !matches!(self.status.get_untracked(), SaveStatus::Full) {
            self.status.set(SaveStatus::Pending);
        }
        let this = *self;
        let handle = set_timeout_with_handle(
            move || {
                this.timer.set_value(None);
                this.save_now();
            },
            Duration::from_millis(DEBOUNCE_MS),
        );
        self.timer.set_value(handle.ok());
    }

    fn become_read_only(&self, status: SaveStatus) {
        self.state.read_only.set(true);
        self.status.set(status);
    }
}
