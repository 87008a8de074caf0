//! Every change to the appraisal round kept with the draft: the files received and sent, and
//! the answers to the requests being written. Like the answers, nothing is written while the
//! draft is read-only; once a final result closed the year the answers are read-only too (the
//! explanation was sent; what was signed must stay what the draft shows).

use leptos::prelude::*;
use par_core::answers::{EvidenceRef, FileFingerprint};
use par_core::appraisal::AnswerDraft;

use super::{AppState, EvidenceField};

impl AppState {
    /// Whether the answers to requests may be edited now.
    pub fn round_editable(&self) -> bool {
        !self.read_only.get() && !self.round.with(|r| r.is_closed())
    }

    fn edit_round_answer(&self, code: &str, change: impl FnOnce(&mut AnswerDraft)) {
        if self.read_only.get_untracked() || self.round.with_untracked(|r| r.is_closed()) {
            return;
        }
        self.round.update(|round| {
            let answer = round.answers.entry(code.to_string()).or_default();
            change(answer);
            if *answer == AnswerDraft::default() {
                round.answers.remove(code);
            }
        });
    }

    pub fn set_round_answer(&self, code: &str, text: &str) {
        self.edit_round_answer(code, |answer| answer.text = text.to_string());
    }

    pub fn add_round_evidence(&self, code: &str) {
        self.edit_round_answer(code, |answer| answer.evidence.push(EvidenceRef::default()));
    }

    pub fn remove_round_evidence(&self, code: &str, index: usize) {
        self.edit_round_answer(code, |answer| {
            if index < answer.evidence.len() {
                answer.evidence.remove(index);
            }
        });
    }

    /// Sets one field of an evidence row as typed (the date too: read when signing).
    pub fn set_round_evidence(&self, code: &str, index: usize, field: EvidenceField, text: &str) {
        self.edit_round_answer(code, |answer| {
            let Some(row) = answer.evidence.get_mut(index) else {
                return;
            };
            let text = text.to_string();
            match field {
                EvidenceField::Number => row.number = text,
                EvidenceField::Date => row.date = text,
                EvidenceField::Issuer => row.issuer = text,
                EvidenceField::Location => row.location = text,
                EvidenceField::Note => row.note = text,
            }
        });
    }

    pub fn set_round_evidence_file(&self, code: &str, index: usize, file: Option<FileFingerprint>) {
        self.edit_round_answer(code, |answer| {
            if let Some(row) = answer.evidence.get_mut(index) {
                row.file = file;
            }
        });
    }

    /// The answer typed for request `code` (tracked).
    pub fn round_answer(&self, code: &str) -> AnswerDraft {
        self.round
            .with(|r| r.answers.get(code).cloned().unwrap_or_default())
    }

    /// Keeps a verified appraisal and the submission it is about.
    pub fn keep_appraisal(&self, appraisal: &str, submission: &str) {
        if self.read_only.get_untracked() {
            return;
        }
        self.round
            .update(|round| round.add_appraisal(appraisal, submission));
    }

    /// Keeps an explanation file that was signed and downloaded.
    pub fn keep_explanation(&self, explanation: String) {
        self.round
            .update(|round| round.explanations.push(explanation));
    }

    /// Keeps a verified final result (and the submission it is about): the year is closed.
    pub fn keep_final(&self, final_result: &str, submission: &str) {
        if self.read_only.get_untracked() {
            return;
        }
        self.round.update(|round| {
            round.final_result = Some(final_result.to_string());
            round.submission = Some(submission.to_string());
        });
    }
}
