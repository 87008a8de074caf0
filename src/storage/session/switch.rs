//! Which draft is open: opening a stored one, starting a new one, and moving a draft to another
//! criteria set.

use par_core::draft::{DraftRecord, FrameworkChange};
use par_core::{Answers, UnitInfo};
use par_web::{clock, local_storage};

use super::super::{lock, records, LAST_KEY};
use super::{Reminder, SaveStatus, Session};
use crate::model::bundled;
use crate::state::Draft;
use leptos::prelude::*;

impl Session {
    /// Shows a stored draft, at the criterion it was left on. Returns false (with a notice) when
    /// its criteria set cannot be found.
    pub fn open(&self, draft: DraftRecord) -> bool {
        let Some(framework) = records::find_set(&draft.framework).map(|set| (*set).clone()) else {
            let text =
                crate::texts::drafts::SET_MISSING_NOTICE.get(self.state.lang.get_untracked());
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
        self.state.open_draft(framework, Draft::of_record(&draft));
        self.id.set(Some(draft.id.clone()));
        self.based_on.set_value(draft.revision);
        self.saved.set_value(Some(self.state.draft()));
        self.saved_at.set_value(draft.saved_at.clone());
        self.notice.set(None);
        let _ = local_storage::set(LAST_KEY, &draft.id);
        if lock::held_by_other(&draft.id, &self.tab()) {
            self.become_read_only(SaveStatus::ReadOnly);
        } else {
            lock::claim(&draft.id, &self.tab());
            self.status
                .set(SaveStatus::Saved(clock::local_hh_mm(&draft.saved_at)));
        }
        true
    }

    /// Opens the stored draft `id` (the appraisal round's page, given it by the address).
    /// False when there is none, or it cannot be read (then moved aside and listed) or opened.
    pub fn open_stored(&self, id: &str) -> bool {
        match records::load(id) {
            Ok(Some(draft)) => self.open(draft),
            Ok(None) => false,
            Err(bad) => {
                self.quarantined.update(|list| list.push(bad));
                false
            }
        }
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
        let draft = Draft::blank(&framework);
        self.state.open_draft(framework, draft);
        self.id.set(None);
        self.based_on.set_value(0);
        self.saved.set_value(None);
        self.status.set(SaveStatus::Nothing);
        local_storage::remove(LAST_KEY);
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
                let text =
                    crate::texts::drafts::SET_STORE_FAILED.get(self.state.lang.get_untracked());
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
        let draft = Draft {
            answers,
            changes,
            criterion: None,
            framework: par_core::draft::FrameworkKey::of(&framework),
            ..self.state.draft()
        };
        self.state.put_draft(framework, draft);
        self.schedule();
    }
}
