//! The open draft as one value: what autosave writes, compares and reopens. While it is edited
//! the draft lives in [`AppState`]'s signals (each edit is a method in `editing.rs`);
//! [`AppState::draft`] reads it whole and [`AppState::open_draft`] puts one back, in one place.
//! The session only persists it: it never sets the state's signals one by one.

use std::sync::Arc;

use leptos::prelude::*;
use par_core::appraisal::RoundRecord;
use par_core::draft::{
    DraftRecord, ExportRecord, FrameworkChange, FrameworkKey, DRAFT_SCHEMA_VERSION,
};
use par_core::pages::{page_code, page_of_code};
use par_core::{Answers, Framework, UnitInfo};

use super::{AppState, RawInputs, Screen};

/// Everything a draft holds but its id, name and revision (the session's bookkeeping).
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// The name the user gave it; empty for its unit and year (`display_name`).
    pub name: String,
    pub unit: UnitInfo,
    pub answers: Answers,
    /// Number and date boxes as typed, keyed by element id.
    pub raw: RawInputs,
    /// Code of the criterion shown; reopening goes back to it.
    pub criterion: Option<String>,
    pub framework: FrameworkKey,
    /// Changes from a criteria-set upgrade the user has not reviewed yet.
    pub changes: Vec<FrameworkChange>,
    /// Signed files exported so far, oldest first.
    pub exports: Vec<ExportRecord>,
    /// The appraisal round: files received and sent, answers to requests being written.
    pub round: RoundRecord,
}

impl Draft {
    /// A new, empty draft on `framework`.
    pub fn blank(framework: &Framework) -> Self {
        Draft {
            name: String::new(),
            unit: UnitInfo::blank_for(framework),
            answers: Answers::new(&framework.id, &framework.version),
            raw: RawInputs::new(),
            criterion: None,
            framework: FrameworkKey::of(framework),
            changes: Vec::new(),
            exports: Vec::new(),
            round: RoundRecord::default(),
        }
    }

    /// The draft a stored record holds.
    pub fn of_record(record: &DraftRecord) -> Self {
        Draft {
            // A name that is only the unit and year was never given: it follows the unit.
            name: if record.name == display_name("", &record.unit) {
                String::new()
            } else {
                record.name.clone()
            },
            unit: record.unit.clone(),
            answers: record.answers.clone(),
            raw: record.raw_inputs.clone(),
            criterion: record.current_criterion.clone(),
            framework: record.framework.clone(),
            changes: record.pending_changes.clone(),
            exports: record.exports.clone(),
            round: record.round.clone().unwrap_or_default(),
        }
    }

    /// The record to store: this draft (named by its name, or its unit and year), under `id`
    /// at `revision`, saved at `saved_at`.
    pub fn to_record(&self, id: String, revision: u64, saved_at: String) -> DraftRecord {
        DraftRecord {
            schema_version: DRAFT_SCHEMA_VERSION,
            id,
            name: display_name(&self.name, &self.unit),
            unit: self.unit.clone(),
            framework: self.framework.clone(),
            answers: self.answers.clone(),
            raw_inputs: self.raw.clone(),
            current_criterion: self.criterion.clone(),
            revision,
            saved_at,
            exports: self.exports.clone(),
            pending_changes: self.changes.clone(),
            round: (!self.round.is_empty()).then(|| self.round.clone()),
        }
    }

    /// Whether only the criterion shown differs from `before`: the user looked around and
    /// entered nothing (such a move is saved without a new revision).
    pub fn moved_only(&self, before: &Draft) -> bool {
        self.criterion != before.criterion
            && Draft {
                criterion: before.criterion.clone(),
                ..self.clone()
            } == *before
    }

    /// Nothing entered yet: no answer, no typed text, no unit name or code.
    pub fn is_empty(&self) -> bool {
        self.answers.items.is_empty()
            && self.raw.is_empty()
            && self.unit.name.trim().is_empty()
            && self.unit.code.trim().is_empty()
    }
}

/// The name shown for a draft: the one given, or unit and year.
pub fn display_name(name: &str, unit: &UnitInfo) -> String {
    if !name.trim().is_empty() {
        name.to_string()
    } else if !unit.name.trim().is_empty() {
        format!("{} {}", unit.name.trim(), unit.year)
    } else {
        format!("Bản nháp {}", unit.year)
    }
}

impl AppState {
    /// The open draft, read whole (untracked).
    pub fn draft(&self) -> Draft {
        let criterion = self.framework.with_untracked(|set| {
            let page = self
                .pages
                .with_untracked(|pages| pages.get(self.current.get_untracked()).copied());
            page.and_then(|page| page_code(set, page))
        });
        Draft {
            name: self.draft_name.get_untracked(),
            unit: self.unit.get_untracked(),
            answers: self.answers.get_untracked(),
            raw: self.raw.get_untracked(),
            criterion,
            framework: self.framework_key.get_untracked(),
            changes: self.pending_changes.get_untracked(),
            exports: self.exports.get_untracked(),
            round: self.round.get_untracked(),
        }
    }

    /// Shows `draft` on `framework` (the set it was made on): at the criterion it was left on,
    /// on the walk-through when its unit is complete, else on the start screen to finish it.
    pub fn open_draft(&self, framework: Framework, draft: Draft) {
        let complete_unit = draft.unit.problems().is_empty();
        self.put_draft(framework, draft);
        self.screen.set(if complete_unit {
            Screen::Walk
        } else {
            Screen::Start
        });
    }

    /// Puts `draft` on `framework` in place of the open one, on the screen shown now (a move to
    /// another version of the set).
    pub fn put_draft(&self, framework: Framework, draft: Draft) {
        let page = draft
            .criterion
            .as_deref()
            .and_then(|code| page_of_code(&framework, code))
            .unwrap_or(0);
        self.stash.set_value(Default::default());
        self.read_only.set(false);
        self.draft_name.set(draft.name);
        self.unit.set(draft.unit);
        self.answers.set(draft.answers);
        self.raw.set(draft.raw);
        self.framework.set(Arc::new(framework));
        let last = self
            .pages
            .with_untracked(|pages| pages.len().saturating_sub(1));
        self.current.set(page.min(last));
        self.unit_checked.set(false);
        self.pending_changes.set(draft.changes);
        self.exports.set(draft.exports);
        self.round.set(draft.round);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set() -> Framework {
        crate::model::bundled::framework().expect("the bundled set is valid")
    }

    #[test]
    fn a_record_gives_back_the_draft_it_was_made_from() {
        let mut draft = Draft::blank(&set());
        draft.unit.name = "Tân Lập".into();
        draft.criterion = Some("1.2".into());
        let record = draft.to_record("id-1".into(), 3, "2026-01-01T00:00:00Z".into());
        assert_eq!(record.name, format!("Tân Lập {}", draft.unit.year));
        assert_eq!(Draft::of_record(&record), draft);
        // A name given is kept as given.
        draft.name = "Bản chính thức".into();
        let record = draft.to_record("id-1".into(), 4, "2026-01-02T00:00:00Z".into());
        assert_eq!(record.name, "Bản chính thức");
        assert_eq!(Draft::of_record(&record), draft);
    }

    #[test]
    fn looking_at_another_criterion_is_a_move_not_an_edit() {
        let before = Draft::blank(&set());
        let mut moved = before.clone();
        moved.criterion = Some("2.1".into());
        assert!(moved.moved_only(&before));
        let mut edited = moved.clone();
        edited.unit.code = "00001".into();
        assert!(!edited.moved_only(&before));
        assert!(before.is_empty() && !edited.is_empty());
    }

    #[test]
    fn a_draft_without_a_name_is_called_by_its_unit_and_year() {
        let mut unit = UnitInfo {
            year: 2025,
            ..UnitInfo::default()
        };
        assert_eq!(display_name("  ", &unit), "Bản nháp 2025");
        unit.name = " Xã Tân Lập ".into();
        assert_eq!(display_name("", &unit), "Xã Tân Lập 2025");
        assert_eq!(display_name("Bản của tôi", &unit), "Bản của tôi");
    }
}
