//! The open draft and its autosave: every change is written to localStorage at most
//! [`DEBOUNCE_MS`] later, and at once when the page is hidden or closed. Each write re-reads the
//! stored revision just before writing and goes through `par_core::draft::next_revision`, so a
//! stale tab can never overwrite newer answers.

use std::time::Duration;

use leptos::prelude::*;
use par_core::draft::{
    next_revision, DraftRecord, ExportRecord, FrameworkChange, FrameworkKey, DRAFT_SCHEMA_VERSION,
};
use par_core::{Answers, UnitInfo};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::browser::{self, WriteError};
use super::records::{self, Quarantined};
use super::{draft_key, lock, lock_key, DRAFT_PREFIX, LAST_KEY};
use crate::model::bundled;
use crate::state::{AppState, RawInputs, Screen};
use par_core::pages::{page_code, page_of_code};

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
    Failed(String),
    /// Another tab saved a newer copy: this one may not write.
    Stale,
    /// Another tab edits this draft.
    ReadOnly,
}

/// What is compared to decide whether anything changed since the last write.
#[derive(Debug, Clone, PartialEq)]
struct Snapshot {
    name: String,
    unit: UnitInfo,
    answers: Answers,
    raw: RawInputs,
    criterion: Option<String>,
    framework: (String, String),
    changes: Vec<FrameworkChange>,
    exports: Vec<ExportRecord>,
}

#[derive(Clone, Copy)]
pub struct Session {
    pub state: AppState,
    /// Id of the open draft; `None` until something is entered.
    pub id: RwSignal<Option<String>>,
    pub name: RwSignal<String>,
    pub status: RwSignal<SaveStatus>,
    /// Criteria-set changes of the last upgrade, to review.
    pub changes: RwSignal<Vec<FrameworkChange>>,
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
    saved: StoredValue<Option<Snapshot>>,
    key: Memo<FrameworkKey>,
    timer: StoredValue<Option<TimeoutHandle>>,
    tab: StoredValue<String>,
}

impl Session {
    pub fn new(state: AppState) -> Self {
        let framework = state.framework;
        Session {
            state,
            id: RwSignal::new(None),
            name: RwSignal::new(String::new()),
            status: RwSignal::new(SaveStatus::Nothing),
            changes: RwSignal::new(Vec::new()),
            quarantined: RwSignal::new(Vec::new()),
            list_version: RwSignal::new(0),
            notice: RwSignal::new(None),
            update_ready: RwSignal::new(false),
            backup_reminder: RwSignal::new(None),
            based_on: StoredValue::new(0),
            saved: StoredValue::new(None),
            key: Memo::new(move |_| framework.with(|set| FrameworkKey::of(set))),
            timer: StoredValue::new(None),
            tab: StoredValue::new(browser::random_id()),
        }
    }

    /// On start: moves unreadable records aside, reopens the last draft where it was left,
    /// and starts autosaving, the heartbeat and the listeners.
    pub fn start(self, reopen: bool) {
        let earlier = records::earlier_quarantine(
            crate::i18n::dt(self.state.lang.get_untracked()).quarantine_earlier,
        );
        let (drafts, bad) = records::load_all();
        self.quarantined
            .set(earlier.into_iter().chain(bad).collect());
        if let Some(id) = browser::get(LAST_KEY).filter(|_| reopen) {
            // Unreadable records were just moved aside, so the last draft is among these or gone.
            match drafts.into_iter().find(|draft| draft.id == id) {
                Some(draft) => {
                    self.open(draft);
                }
                None => browser::remove(LAST_KEY),
            }
        }
        self.watch_changes();
        self.listen();
        super::bench::register(self);
    }

    fn tab(&self) -> String {
        self.tab.get_value()
    }

    fn snapshot(&self) -> Snapshot {
        let state = self.state;
        let criterion = state.framework.with_untracked(|set| {
            let page = state
                .pages
                .with_untracked(|pages| pages.get(state.current.get_untracked()).copied());
            page.and_then(|page| page_code(set, page))
        });
        Snapshot {
            name: self.name.get_untracked(),
            unit: state.unit.get_untracked(),
            answers: state.answers.get_untracked(),
            raw: state.raw.get_untracked(),
            criterion,
            framework: state
                .framework
                .with_untracked(|set| (set.id.clone(), set.version.clone())),
            changes: self.changes.get_untracked(),
            exports: state.exports.get_untracked(),
        }
    }

    /// The draft as stored: `snapshot` under `id` at `revision`.
    fn record(
        &self,
        snapshot: &Snapshot,
        id: String,
        revision: u64,
        saved_at: String,
    ) -> DraftRecord {
        DraftRecord {
            schema_version: DRAFT_SCHEMA_VERSION,
            id,
            name: Self::display_name(&snapshot.name, &snapshot.unit),
            unit: snapshot.unit.clone(),
            framework: self.key.get_untracked(),
            answers: snapshot.answers.clone(),
            raw_inputs: snapshot.raw.clone(),
            current_criterion: snapshot.criterion.clone(),
            revision,
            saved_at,
            exports: snapshot.exports.clone(),
            pending_changes: snapshot.changes.clone(),
        }
    }

    /// The draft as it is in memory, newer than any stored copy so that restoring it replaces
    /// that copy: for a backup when storage is full (what is stored may be older).
    pub fn in_memory_record(&self) -> DraftRecord {
        let id = self.id.get_untracked().unwrap_or_else(browser::random_id);
        let revision = records::stored_revision(&id).unwrap_or(0) + 1;
        self.record(&self.snapshot(), id, revision, browser::now_rfc3339())
    }

    /// The name shown for the open draft: the one given, or unit and year.
    pub fn display_name(name: &str, unit: &UnitInfo) -> String {
        if !name.trim().is_empty() {
            name.to_string()
        } else if !unit.name.trim().is_empty() {
            format!("{} {}", unit.name.trim(), unit.year)
        } else {
            format!("Bản nháp {}", unit.year)
        }
    }

    /// Writes the open draft now if anything changed. Returns whether it is safely stored.
    pub fn save_now(&self) -> bool {
        if let Some(handle) = self.timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        if self.state.read_only.get_untracked() {
            return false;
        }
        let snapshot = self.snapshot();
        let unchanged = self.saved.with_value(|s| s.as_ref() == Some(&snapshot));
        let id = self.id.get_untracked();
        if unchanged && id.is_some() {
            if self.status.get_untracked() == SaveStatus::Pending {
                self.status.set(SaveStatus::Saved(browser::local_hh_mm("")));
            }
            return true;
        }
        let empty = snapshot.answers.items.is_empty()
            && snapshot.raw.is_empty()
            && snapshot.unit.name.trim().is_empty()
            && snapshot.unit.code.trim().is_empty();
        if id.is_none() && empty {
            self.status.set(SaveStatus::Nothing);
            return true;
        }
        let id = id.unwrap_or_else(|| {
            let id = browser::random_id();
            self.id.set(Some(id.clone()));
            id
        });
        if lock::held_by_other(&id, &self.tab()) {
            self.become_read_only(SaveStatus::ReadOnly);
            return false;
        }
        // Re-read what is stored right before writing: another tab may have saved since.
        let stored = records::stored_revision(&id);
        let revision = match next_revision(stored, self.based_on.get_value()) {
            Ok(revision) => revision,
            Err(_) => {
                self.become_read_only(SaveStatus::Stale);
                return false;
            }
        };
        let saved_at = browser::now_rfc3339();
        let record = self.record(&snapshot, id.clone(), revision, saved_at.clone());
        match records::write(&record) {
            Ok(()) => {
                self.based_on.set_value(revision);
                self.saved.set_value(Some(snapshot));
                self.status
                    .set(SaveStatus::Saved(browser::local_hh_mm(&saved_at)));
                let _ = browser::set(LAST_KEY, &id);
                lock::claim(&id, &self.tab());
                self.list_version.update(|v| *v += 1);
                true
            }
            Err(WriteError::Full) => {
                self.status.set(SaveStatus::Full);
                false
            }
            Err(WriteError::Other(message)) => {
                self.status.set(SaveStatus::Failed(message));
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

    /// Shows a stored draft, at the criterion it was left on. Returns false (with a notice) when
    /// its criteria set cannot be found.
    pub fn open(&self, draft: DraftRecord) -> bool {
        let Some(framework) = records::find_set(&draft.framework).map(|set| (*set).clone()) else {
            let text = crate::i18n::dt(self.state.lang.get_untracked()).set_missing_notice;
            self.notice.set(Some(crate::format::fill(
                text,
                &[
                    ("id", draft.framework.id.clone()),
                    ("version", draft.framework.version.clone()),
                    ("name", draft.name.clone()),
                ],
            )));
            return false;
        };
        if let Some(old) = self.id.get_untracked() {
            if old != draft.id {
                self.save_now();
                lock::release(&old, &self.tab());
            }
        }
        let page = draft
            .current_criterion
            .as_deref()
            .and_then(|code| page_of_code(&framework, code))
            .unwrap_or(0);
        let complete_unit = draft.unit.problems().is_empty();
        self.state.read_only.set(false);
        self.state.load_draft(
            framework,
            draft.unit.clone(),
            draft.answers.clone(),
            draft.raw_inputs.clone(),
            page,
        );
        self.id.set(Some(draft.id.clone()));
        self.name.set(draft.name.clone());
        self.changes.set(draft.pending_changes.clone());
        self.based_on.set_value(draft.revision);
        self.state.exports.set(draft.exports.clone());
        self.saved.set_value(Some(self.snapshot()));
        self.notice.set(None);
        let _ = browser::set(LAST_KEY, &draft.id);
        if lock::held_by_other(&draft.id, &self.tab()) {
            self.become_read_only(SaveStatus::ReadOnly);
        } else {
            lock::claim(&draft.id, &self.tab());
            self.status
                .set(SaveStatus::Saved(browser::local_hh_mm(&draft.saved_at)));
        }
        self.state.screen.set(if complete_unit {
            Screen::Walk
        } else {
            Screen::Start
        });
        true
    }

    /// Leaves the open draft (saved) and starts an empty one on the bundled set.
    pub fn new_draft(&self) {
        if let Some(old) = self.id.get_untracked() {
            self.save_now();
            lock::release(&old, &self.tab());
        }
        let Ok(framework) = bundled::framework() else {
            return;
        };
        let unit = UnitInfo::blank_for(&framework);
        let answers = Answers::new(&framework.id, &framework.version);
        self.state.read_only.set(false);
        self.state
            .load_draft(framework, unit, answers, RawInputs::new(), 0);
        self.id.set(None);
        self.name.set(String::new());
        self.changes.set(Vec::new());
        self.based_on.set_value(0);
        self.state.exports.set(Vec::new());
        self.saved.set_value(None);
        self.status.set(SaveStatus::Nothing);
        browser::remove(LAST_KEY);
        self.state.screen.set(Screen::Start);
    }

    /// This tab edits the draft from now on: it reloads the newest stored copy first, so
    /// nothing another tab saved is overwritten.
    pub fn take_over(&self) {
        let Some(id) = self.id.get_untracked() else {
            return;
        };
        lock::claim(&id, &self.tab());
        let screen = self.state.screen.get_untracked();
        let current = self.state.current.get_untracked();
        match records::load(&id) {
            Ok(Some(draft)) => {
                self.open(draft);
                self.state.current.set(current);
                self.state.screen.set(screen);
            }
            Ok(None) => {
                self.state.read_only.set(false);
                self.based_on.set_value(0);
                self.saved.set_value(None);
                self.schedule();
            }
            Err(bad) => {
                self.quarantined.update(|list| list.push(bad));
                self.state.read_only.set(false);
                self.based_on.set_value(0);
                self.saved.set_value(None);
                self.schedule();
            }
        }
    }

    /// Another tab saved the draft this read-only tab shows: show the newer copy.
    fn refresh_read_only(&self) {
        let Some(id) = self.id.get_untracked() else {
            return;
        };
        if let Ok(Some(draft)) = records::load(&id) {
            self.state
                .replace_content(draft.unit, draft.answers, draft.raw_inputs);
            self.based_on.set_value(draft.revision);
            self.saved.set_value(Some(self.snapshot()));
        }
    }

    /// Called after the draft was deleted elsewhere in this tab.
    pub fn forget_if_open(&self, id: &str) {
        if self.id.get_untracked().as_deref() == Some(id) {
            // Forget the id first, so leaving it does not write the deleted draft back.
            self.id.set(None);
            self.new_draft();
        }
    }

    /// A criteria set chosen on the start screen (`text`: its file, kept in storage so the draft
    /// can find it later). Same id, other version: the open draft moves to it, answers carried
    /// by code and every change listed. Another set while the draft has answers: a new draft
    /// (the old one stays in the list).
    pub fn use_set(&self, framework: par_core::Framework, text: Option<&str>) {
        if let Some(text) = text {
            if records::store_set(&framework, text).is_err() {
                let text = crate::i18n::dt(self.state.lang.get_untracked()).set_store_failed;
                self.notice.set(Some(text.to_string()));
            }
        }
        let state = self.state;
        let (id, version) = state
            .framework
            .with_untracked(|set| (set.id.clone(), set.version.clone()));
        if id == framework.id && version == framework.version {
            state.set_framework(framework);
            return;
        }
        let has_answers = state.answers.with_untracked(|a| !a.items.is_empty());
        if id == framework.id && has_answers {
            let old = state.framework.get_untracked();
            let (answers, changes) =
                par_core::draft::upgrade_answers(&old, &framework, &state.answers.get_untracked());
            self.apply_upgrade(framework, answers, changes);
            return;
        }
        if has_answers && self.id.get_untracked().is_some() {
            let unit = state.unit.get_untracked();
            self.new_draft();
            state.unit.set(UnitInfo {
                province: framework.province.clone(),
                year: framework.year,
                ..unit
            });
        }
        state.set_framework(framework);
    }

    /// Saves now and shows the backup reminder; to be called before exporting a submission.
    pub fn remind_before_export(&self) {
        self.save_now();
        self.backup_reminder.set(Some(Reminder::BeforeExport));
    }

    /// Applies the answers carried to a new version of the criteria set, with the change list.
    pub fn apply_upgrade(
        &self,
        framework: par_core::Framework,
        answers: Answers,
        changes: Vec<FrameworkChange>,
    ) {
        let unit = self.state.unit.get_untracked();
        let raw = self.state.raw.get_untracked();
        self.state.load_draft(framework, unit, answers, raw, 0);
        self.changes.set(changes);
        self.schedule();
    }

    /// Autosave: any change to what a draft holds schedules a write.
    fn watch_changes(self) {
        let state = self.state;
        Effect::new(move |previous: Option<()>| {
            state.answers.track();
            state.raw.track();
            state.unit.track();
            state.current.track();
            state.framework.track();
            self.name.track();
            self.changes.track();
            // The export history is part of the draft: exporting again must name the last file.
            state.exports.track();
            if previous.is_some() {
                self.schedule();
            }
        });
        // A field completed: a good moment to keep a copy outside the browser.
        Effect::new(move |previous: Option<usize>| {
            let done = state.sheet.with(|sheet| {
                sheet
                    .fields
                    .iter()
                    .filter(|f| f.leaves > 0 && f.complete == f.leaves)
                    .count()
            });
            if previous.is_some_and(|before| done > before) {
                self.backup_reminder.set(Some(Reminder::FieldCompleted));
            }
            done
        });
    }

    /// Flush on hide/close, the heartbeat of the lock, and changes made by other tabs.
    fn listen(self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let flush = Closure::<dyn Fn()>::new(move || {
            if web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden)
            {
                self.save_now();
            }
        });
        if let Some(document) = window.document() {
            let _ = document.add_event_listener_with_callback(
                "visibilitychange",
                flush.as_ref().unchecked_ref(),
            );
        }
        flush.forget();
        let pagehide = Closure::<dyn Fn()>::new(move || {
            self.save_now();
            if let Some(id) = self.id.get_untracked() {
                if !self.state.read_only.get_untracked() {
                    lock::release(&id, &self.tab());
                }
            }
        });
        let _ =
            window.add_event_listener_with_callback("pagehide", pagehide.as_ref().unchecked_ref());
        pagehide.forget();

        let heartbeat = Closure::<dyn Fn()>::new(move || {
            let Some(id) = self.id.get_untracked() else {
                return;
            };
            if self.state.read_only.get_untracked() {
                return;
            }
            if lock::held_by_other(&id, &self.tab()) {
                self.save_now();
                self.become_read_only(SaveStatus::ReadOnly);
            } else {
                lock::claim(&id, &self.tab());
            }
        });
        let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(
            heartbeat.as_ref().unchecked_ref(),
            lock::HEARTBEAT_MS as i32,
        );
        heartbeat.forget();

        let storage =
            Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
                let Some(key) = event.key() else {
                    return;
                };
                if key.starts_with(DRAFT_PREFIX) {
                    self.list_version.update(|v| *v += 1);
                }
                let Some(id) = self.id.get_untracked() else {
                    return;
                };
                if key == lock_key(&id) {
                    let taken = event
                        .new_value()
                        .and_then(|text| lock::parse(&text))
                        .is_some_and(|l| l.tab != self.tab());
                    if taken && !self.state.read_only.get_untracked() {
                        self.become_read_only(SaveStatus::ReadOnly);
                    }
                } else if key == draft_key(&id) && self.state.read_only.get_untracked() {
                    self.refresh_read_only();
                }
            });
        let _ =
            window.add_event_listener_with_callback("storage", storage.as_ref().unchecked_ref());
        storage.forget();
    }
}

#[cfg(test)]
mod tests {
    use super::Session;
    use par_core::UnitInfo;

    #[test]
    fn a_draft_without_a_name_is_called_by_its_unit_and_year() {
        let unit = UnitInfo {
            name: " UBND xã Tân Lập ".into(),
            year: 2025,
            ..UnitInfo::default()
        };
        assert_eq!(Session::display_name("", &unit), "UBND xã Tân Lập 2025");
        assert_eq!(Session::display_name("Bản chính", &unit), "Bản chính");
        let nameless = UnitInfo {
            year: 2025,
            ..UnitInfo::default()
        };
        assert_eq!(Session::display_name("  ", &nameless), "Bản nháp 2025");
    }
}
