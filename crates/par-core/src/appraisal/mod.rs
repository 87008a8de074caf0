//! The appraisal round as signed files (docs/appraisal-format.md): the office's appraisal
//! (`par-appraisal/1`), the unit's explanation (`par-explanation/1`) and the final result
//! (`par-final/1`). Each travels in the one envelope of [`crate::submission::Signed`]; each
//! names what it answers by hash, so the trail submission → appraisal → explanation → final
//! cannot be re-wired. Scores in appraisal and final files are recomputed on verification from
//! the submission's answers and the office's entries, with the same code.

mod office_round;
mod outcome;
mod payload_check;
mod trail;
mod trust;
mod unit;
mod verify;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::answers::EvidenceRef;
use crate::framework::Framework;
use crate::score::{score_appraised, OfficeEntries, ScoreSheet};
use crate::submission::{FrameworkRef, Payload, Period, Signed, SignedPayload, SubmittedUnit};

pub use office_round::{
    deadline_typed, deadline_utc, field_changes, read_typed, FieldChange, OfficeRound, ReadRound,
    TypedItem, TypedProblem, TypedRound,
};
pub use outcome::{FileKind, RoundOutcome, RoundVerification};
pub use trail::{changes, trail, ItemChange, Step, Trail, TrailFile};
pub use trust::{KeyTrust, OfficeTrust};
pub use unit::{
    comparison, explanation_payload, submission_to_check, AnswerDraft, ExplanationProblem,
    ItemComparison, RoundRecord,
};
pub use verify::{
    verify_appraisal, verify_explanation, verify_final, KnownAppraisal, KnownSubmission,
    RoundContext,
};

pub const APPRAISAL_FORMAT: &str = "par-appraisal/1";
pub const EXPLANATION_FORMAT: &str = "par-explanation/1";
pub const FINAL_FORMAT: &str = "par-final/1";

pub type Appraisal = Signed<AppraisalPayload>;
pub type Explanation = Signed<ExplanationPayload>;
pub type FinalResult = Signed<FinalPayload>;

/// The submission a file is about: its hash, and what it said about itself, so a file read
/// alone still tells whose it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SubmissionLink {
    /// The submission hash (SHA-256 of its canonical payload).
    pub sha256: String,
    pub unit: SubmittedUnit,
    pub period: Period,
    pub framework: FrameworkRef,
}

impl SubmissionLink {
    pub fn of(payload: &Payload, hash: &str) -> Self {
        SubmissionLink {
            sha256: hash.to_string(),
            unit: payload.unit.clone(),
            period: payload.period.clone(),
            framework: payload.framework.clone(),
        }
    }
}

/// Round 1, answered by explanations, or the final round after them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Round {
    First,
    Final,
}

/// What the office decided about one submission.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AppraisalPayload {
    /// 32 hex characters of randomness, unique per appraisal file.
    pub appraisal_id: String,
    /// RFC 3339 in UTC.
    pub created_at: String,
    /// The appraising body, as the criteria set names it.
    pub appraiser: String,
    pub submission: SubmissionLink,
    pub round: Round,
    /// Hash of the explanation file the final round took into account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<String>,
    /// Adjusted points, survey and appraiser-only points, rejected not-applicable claims.
    pub office: OfficeEntries,
    /// The appraiser's remark, by item code.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub remarks: BTreeMap<String, String>,
    /// Requests for explanation (yêu cầu giải trình), by item code: what the unit must answer.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub requests: BTreeMap<String, String>,
    /// Last moment for explanations, RFC 3339 in UTC; required when there are requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation_deadline: Option<String>,
    /// The appraised sheet: the submission's answers scored with `office`.
    pub scores: ScoreSheet,
    pub par_core_version: String,
}

impl SignedPayload for AppraisalPayload {
    const FORMAT: &'static str = APPRAISAL_FORMAT;
}

/// The unit's answer to one request: text and any extra evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RequestAnswer {
    pub text: String,
    /// Extra evidence, referenced (with file hashes) as in a submission.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceRef>,
}

/// The unit's explanation (giải trình), answering one appraisal's requests.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ExplanationPayload {
    pub explanation_id: String,
    pub created_at: String,
    /// Hash of the appraisal answered.
    pub appraisal: String,
    pub submission: SubmissionLink,
    /// Answers by item code; every code is one of the appraisal's requests.
    pub answers: BTreeMap<String, RequestAnswer>,
    pub par_core_version: String,
}

impl SignedPayload for ExplanationPayload {
    const FORMAT: &'static str = EXPLANATION_FORMAT;
}

/// The final result of one unit, published by the office.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FinalPayload {
    pub final_id: String,
    pub created_at: String,
    pub appraiser: String,
    pub submission: SubmissionLink,
    /// Hash of the latest appraisal of the submission.
    pub appraisal: String,
    /// Hash of the latest explanation, if the unit sent one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<String>,
    /// The office's final entries.
    pub office: OfficeEntries,
    /// Final scores per item, totals, index and classification.
    pub scores: ScoreSheet,
    pub par_core_version: String,
}

impl SignedPayload for FinalPayload {
    const FORMAT: &'static str = FINAL_FORMAT;
}

/// What the office wrote for one appraisal, besides the ids and time the caller chooses.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AppraisalDraft {
    pub office: OfficeEntries,
    pub remarks: BTreeMap<String, String>,
    pub requests: BTreeMap<String, String>,
    pub explanation_deadline: Option<String>,
    /// Hash of the explanation a final round took into account.
    pub explanation: Option<String>,
}

impl AppraisalPayload {
    /// The appraisal of `submission` (already verified, with its hash), scored now.
    pub fn new(
        framework: &Framework,
        submission: KnownSubmission<'_>,
        round: Round,
        draft: AppraisalDraft,
        id_and_time: (String, String),
    ) -> Self {
        AppraisalPayload {
            appraisal_id: id_and_time.0,
            created_at: id_and_time.1,
            appraiser: framework.appraising_body.clone(),
            submission: SubmissionLink::of(submission.payload, submission.hash),
            round,
            explanation: draft.explanation,
            scores: score_appraised(framework, &submission.payload.answers, &draft.office),
            office: draft.office,
            remarks: draft.remarks,
            requests: draft.requests,
            explanation_deadline: draft.explanation_deadline,
            par_core_version: crate::VERSION.to_string(),
        }
    }
}

impl FinalPayload {
    /// The final result of `submission` with the office's final entries, after `appraisal`
    /// (and `explanation`, if the unit sent one).
    pub fn new(
        framework: &Framework,
        submission: KnownSubmission<'_>,
        appraisal: KnownAppraisal<'_>,
        explanation: Option<String>,
        office: OfficeEntries,
        id_and_time: (String, String),
    ) -> Self {
        FinalPayload {
            final_id: id_and_time.0,
            created_at: id_and_time.1,
            appraiser: framework.appraising_body.clone(),
            submission: SubmissionLink::of(submission.payload, submission.hash),
            appraisal: appraisal.hash.to_string(),
            explanation,
            scores: score_appraised(framework, &submission.payload.answers, &office),
            office,
            par_core_version: crate::VERSION.to_string(),
        }
    }
}
