//! Evidence documents: an item's, or those of a not-applicable claim for a whole criterion or
//! field (its code is then in `Answers::group_claims`). Item, criterion and field codes are one
//! namespace in a set, so one code says whose list it is, and the same boxes serve both.

use par_core::answers::{EvidenceRef, FileFingerprint};
use par_core::input::{iso_to_vi, parse_date_vi};

use super::{evidence_input_id, AppState, EvidenceField};
use leptos::prelude::*;

impl AppState {
    /// Edits the evidence list of `code`: a group claim's if there is one, else the item's.
    fn edit_evidence(&self, code: &str, change: impl FnOnce(&mut Vec<EvidenceRef>)) {
        if self.read_only.get_untracked() {
            return;
        }
        if self
            .answers
            .with_untracked(|a| a.group_claims.contains_key(code))
        {
            self.answers.update(|a| {
                if let Some(claim) = a.group_claims.get_mut(code) {
                    change(&mut claim.evidence);
                }
            });
        } else {
            self.edit(code, |answer| change(&mut answer.evidence));
        }
    }

    /// Reads the evidence list of `code` (tracked): a group claim's, or the item's.
    pub fn with_evidence<T>(&self, code: &str, read: impl FnOnce(&[EvidenceRef]) -> T) -> T {
        self.answers.with(|a| match a.group_claims.get(code) {
            Some(claim) => read(&claim.evidence),
            None => read(a.get(code).map_or(&[], |answer| answer.evidence.as_slice())),
        })
    }

    pub fn add_evidence(&self, code: &str) {
        self.edit_evidence(code, |list| list.push(EvidenceRef::default()));
    }

    /// Removes one evidence reference; the typed dates of the rows below move up with them.
    pub fn remove_evidence(&self, code: &str, index: usize) {
        let count = untrack(|| self.with_evidence(code, <[EvidenceRef]>::len));
        if index >= count {
            return;
        }
        self.raw.update(|raw| {
            raw.remove(&evidence_input_id(code, index, EvidenceField::Date));
            for row in index + 1..count {
                if let Some(text) = raw.remove(&evidence_input_id(code, row, EvidenceField::Date)) {
                    raw.insert(evidence_input_id(code, row - 1, EvidenceField::Date), text);
                }
            }
        });
        self.edit_evidence(code, |list| {
            list.remove(index);
        });
    }

    pub fn set_evidence(&self, code: &str, index: usize, field: EvidenceField, text: &str) {
        if field == EvidenceField::Date {
            self.set_raw(&evidence_input_id(code, index, field), text);
        }
        self.edit_evidence(code, |list| {
            let Some(evidence) = list.get_mut(index) else {
                return;
            };
            let text = text.to_string();
            match field {
                EvidenceField::Number => evidence.number = text,
                // Stored as ISO; a date that does not read stays only in `raw`.
                EvidenceField::Date => {
                    evidence.date = parse_date_vi(&text).ok().flatten().unwrap_or_default()
                }
                EvidenceField::Issuer => evidence.issuer = text,
                EvidenceField::Location => evidence.location = text,
                EvidenceField::Note => evidence.note = text,
            }
        });
    }

    /// Sets or removes the fingerprint (name, size, SHA-256) of an evidence document's file.
    pub fn set_evidence_file(&self, code: &str, index: usize, file: Option<FileFingerprint>) {
        self.edit_evidence(code, |list| {
            if let Some(evidence) = list.get_mut(index) {
                evidence.file = file;
            }
        });
    }

    /// What an evidence box shows.
    pub fn evidence_text(&self, code: &str, index: usize, field: EvidenceField) -> String {
        if field == EvidenceField::Date {
            if let Some(text) = self.raw_text(&evidence_input_id(code, index, field)) {
                return text;
            }
        }
        self.with_evidence(code, |list| {
            let Some(evidence) = list.get(index) else {
                return String::new();
            };
            match field {
                EvidenceField::Number => evidence.number.clone(),
                EvidenceField::Date => iso_to_vi(&evidence.date),
                EvidenceField::Issuer => evidence.issuer.clone(),
                EvidenceField::Location => evidence.location.clone(),
                EvidenceField::Note => evidence.note.clone(),
            }
        })
    }
}
