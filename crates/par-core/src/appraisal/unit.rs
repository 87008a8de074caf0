//! The unit's side of the round, as the commune app keeps it with its draft: the files received
//! and sent (as their text, so each can be verified again and the trail rebuilt anywhere, also
//! from a backup in another browser), the answers being written, and what the app shows from
//! them: self against appraised score per item, the lowered items first; the explanation file's
//! payload from the answers typed.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::trail::{trail, Trail, TrailFile};
use super::{
    Appraisal, AppraisalPayload, ExplanationPayload, FinalResult, KnownAppraisal, RequestAnswer,
};
use crate::answers::EvidenceRef;
use crate::decimal::Decimal;
use crate::draft::ExportRecord;
use crate::input::parse_date_vi;
use crate::score::{LeafScore, LeafStatus, ScoreSheet};
use crate::submission::Submission;

/// The appraisal round of one draft. Every file is kept as the text received or written, after
/// it was verified; nothing here is trusted without opening it again.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoundRecord {
    /// The signed submission the appraisals are about (`par-submission/1`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submission: Option<String>,
    /// Appraisal files (`par-appraisal/1`), in the order imported; the last is the one answered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub appraisals: Vec<String>,
    /// Answers being written to the requests of the last appraisal, by item code. Evidence
    /// dates are kept as typed (`dd/mm/yyyy`), read when the explanation is signed.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub answers: BTreeMap<String, AnswerDraft>,
    /// Explanation files (`par-explanation/1`) signed and downloaded, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub explanations: Vec<String>,
    /// The final result (`par-final/1`): once here, the year is closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub final_result: Option<String>,
}

/// One answer as typed: the text and extra evidence (dates as typed).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerDraft {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceRef>,
}

impl RoundRecord {
    pub fn is_empty(&self) -> bool {
        *self == RoundRecord::default()
    }

    /// A final result was received: the year's assessment is closed.
    pub fn is_closed(&self) -> bool {
        self.final_result.is_some()
    }

    /// The kept submission, opened, with its hash.
    pub fn submission(&self) -> Option<(Submission, String)> {
        let checked = crate::submission::verify(self.submission.as_deref()?, Default::default());
        Some((checked.submission?, checked.hash?))
    }

    /// Every appraisal kept, opened, with its hash, in the order imported.
    pub fn appraisals(&self) -> Vec<(Appraisal, String)> {
        self.appraisals
            .iter()
            .filter_map(|text| Appraisal::open(text).ok())
            .collect()
    }

    /// The appraisal being answered: the last one imported.
    pub fn latest_appraisal(&self) -> Option<(Appraisal, String)> {
        Appraisal::open(self.appraisals.last()?).ok()
    }

    pub fn final_result(&self) -> Option<(FinalResult, String)> {
        FinalResult::open(self.final_result.as_deref()?).ok()
    }

    /// Keeps an appraisal (verified by the caller) and the submission it is about; the same
    /// file imported twice is kept once. Answers to requests the new appraisal no longer makes
    /// are kept too (nothing typed is lost); only requested ones are signed.
    pub fn add_appraisal(&mut self, appraisal: &str, submission: &str) {
        self.submission = Some(submission.to_string());
        let hash = Appraisal::open(appraisal).ok().map(|(_, hash)| hash);
        let known = self
            .appraisals()
            .iter()
            .any(|(_, kept)| Some(kept) == hash.as_ref());
        if !known {
            self.appraisals.push(appraisal.to_string());
        }
    }

    /// The trail submission → appraisal → explanation → final of the files kept.
    pub fn trail(&self) -> Trail {
        let submission = self.submission();
        let appraisals = self.appraisals();
        let explanations: Vec<_> = self
            .explanations
            .iter()
            .filter_map(|text| super::Explanation::open(text).ok())
            .collect();
        let final_result = self.final_result();
        let mut files = Vec::new();
        if let Some((s, hash)) = &submission {
            files.push(TrailFile::Submission(&s.payload, hash));
        }
        for (a, hash) in &appraisals {
            files.push(TrailFile::Appraisal(&a.payload, hash));
        }
        for (e, hash) in &explanations {
            files.push(TrailFile::Explanation(&e.payload, hash));
        }
        if let Some((f, hash)) = &final_result {
            files.push(TrailFile::Final(&f.payload, hash));
        }
        trail(&files)
    }
}

/// Which of the draft's exported submissions a received file is checked against: the one it
/// names, or, when it names none of them, the latest (so the refusal says which was expected).
pub fn submission_to_check<'a>(
    named: &str,
    exports: &'a [ExportRecord],
) -> Option<&'a ExportRecord> {
    exports
        .iter()
        .find(|record| record.hash == named)
        .or_else(|| exports.iter().max_by_key(|record| record.revision))
}

/// One item's self and appraised scores, with what the office wrote about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemComparison {
    pub code: String,
    pub max_points: Decimal,
    /// `None` when the item does not count (excluded by a not-applicable claim) or waits for
    /// the office (survey, appraiser-only).
    pub self_points: Option<Decimal>,
    pub appraised: Option<Decimal>,
    /// The appraised score is below the self score, or a not-applicable claim was rejected
    /// (the item counts again, its maximum back in the denominator).
    pub lowered: bool,
    pub remark: Option<String>,
    pub request: Option<String>,
}

impl ItemComparison {
    /// The appraised score differs from the self score in any way.
    pub fn changed(&self) -> bool {
        self.self_points != self.appraised
    }
}

fn counted(leaf: &LeafScore) -> Option<Decimal> {
    matches!(
        leaf.status,
        LeafStatus::Scored | LeafStatus::Unanswered | LeafStatus::Invalid
    )
    .then_some(leaf.points)
}

/// Every item of the appraised sheet beside its self score: the lowered items first, then
/// the others, each group in the set's order.
pub fn comparison(self_scores: &ScoreSheet, appraisal: &AppraisalPayload) -> Vec<ItemComparison> {
    let mut rows: Vec<ItemComparison> = appraisal
        .scores
        .leaves
        .iter()
        .map(|leaf| {
            let self_points = self_scores.leaf(&leaf.code).and_then(counted);
            let appraised = counted(leaf);
            let lowered = match (self_points, appraised) {
                (Some(before), Some(after)) => after < before,
                (None, Some(_)) => self_scores
                    .leaf(&leaf.code)
                    .is_some_and(|l| l.status == LeafStatus::Excluded),
                _ => false,
            };
            ItemComparison {
                code: leaf.code.clone(),
                max_points: leaf.max_points,
                self_points,
                appraised,
                lowered,
                remark: appraisal.remarks.get(&leaf.code).cloned(),
                request: appraisal.requests.get(&leaf.code).cloned(),
            }
        })
        .collect();
    // A stable sort keeps the set's order within each group.
    rows.sort_by_key(|row| !row.lowered);
    rows
}

/// Why an explanation cannot be signed from the answers typed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExplanationProblem {
    #[error("chưa trả lời yêu cầu giải trình nào")]
    NothingAnswered,
    #[error("tiêu chí {code}, tài liệu {number}: ngày không đọc được (dạng dd/mm/yyyy)")]
    DateNotReal { code: String, number: usize },
    #[error("tiêu chí {code}, tài liệu {number}: hãy ghi số hiệu, ghi chú hoặc chọn tệp")]
    EvidenceEmpty { code: String, number: usize },
}

impl ExplanationProblem {
    /// Where to take the user: the item code.
    pub fn code(&self) -> Option<&str> {
        match self {
            ExplanationProblem::NothingAnswered => None,
            ExplanationProblem::DateNotReal { code, .. }
            | ExplanationProblem::EvidenceEmpty { code, .. } => Some(code),
        }
    }

    pub fn describe(&self, lang: crate::Lang) -> String {
        match (self, lang) {
            (_, crate::Lang::Vi) => self.to_string(),
            (ExplanationProblem::NothingAnswered, _) => "no request has been answered yet".into(),
            (ExplanationProblem::DateNotReal { code, number }, _) => {
                format!("item {code}, document {number}: the date does not read (dd/mm/yyyy)")
            }
            (ExplanationProblem::EvidenceEmpty { code, number }, _) => {
                format!("item {code}, document {number}: give a number, a note or pick a file")
            }
        }
    }
}

/// The explanation payload answering `appraisal` with the answers typed: only requested items
/// with text; blank evidence rows left out; dates read from `dd/mm/yyyy`.
pub fn explanation_payload(
    appraisal: KnownAppraisal<'_>,
    answers: &BTreeMap<String, AnswerDraft>,
    id_and_time: (String, String),
) -> Result<ExplanationPayload, ExplanationProblem> {
    let mut written = BTreeMap::new();
    for code in appraisal.payload.requests.keys() {
        let Some(draft) = answers.get(code) else {
            continue;
        };
        if draft.text.trim().is_empty() {
            continue;
        }
        let mut evidence = Vec::new();
        for (index, row) in draft.evidence.iter().enumerate() {
            if row.is_blank() {
                continue;
            }
            let number = index + 1;
            let date = parse_date_vi(&row.date).map_err(|_| ExplanationProblem::DateNotReal {
                code: code.clone(),
                number,
            })?;
            let row = EvidenceRef {
                number: row.number.trim().to_string(),
                date: date.unwrap_or_default(),
                issuer: row.issuer.trim().to_string(),
                location: row.location.trim().to_string(),
                note: row.note.trim().to_string(),
                file: row.file.clone(),
            };
            if !row.is_filled() {
                return Err(ExplanationProblem::EvidenceEmpty {
                    code: code.clone(),
                    number,
                });
            }
            evidence.push(row);
        }
        written.insert(
            code.clone(),
            RequestAnswer {
                text: draft.text.trim().to_string(),
                evidence,
            },
        );
    }
    if written.is_empty() {
        return Err(ExplanationProblem::NothingAnswered);
    }
    Ok(ExplanationPayload {
        explanation_id: id_and_time.0,
        created_at: id_and_time.1,
        appraisal: appraisal.hash.to_string(),
        submission: appraisal.payload.submission.clone(),
        answers: written,
        par_core_version: crate::VERSION.to_string(),
    })
}
