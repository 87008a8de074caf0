//! What the office keeps of one verified file: its outcome and, when it verified, the few
//! facts the report, the checks across files, the board and the ranking need. The submission
//! itself (answers, the whole score sheet) is dropped at once; what stays of the scores is one
//! status and one number per item (the item codes are the criteria set's), so a batch of ten
//! thousand files of an 80-item set costs a few tens of MB.

use crate::decimal::Decimal;
use crate::export_check::Warning;
use crate::score::LeafStatus;
use crate::submission::{Outcome, Verification};

/// A verified file, reduced to what is reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Received {
    pub outcome: Outcome,
    /// The warnings of a valid file (not-applicable claims, explanations instead of evidence).
    pub warnings: Vec<Warning>,
    /// Who sent it and what it says, when it verified.
    pub summary: Option<SubmissionSummary>,
    /// The unit the file names, whether or not it verified: untrusted for a file that failed,
    /// but it is how the office's board shows a refused file against the unit that should
    /// resend it.
    pub claimed: Option<ClaimedUnit>,
}

/// Who a file says it comes from, as written in it (not proven unless the file verified).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimedUnit {
    pub code: String,
    pub name: String,
    pub year: u16,
}

/// Who sent a valid file and what it says, to compare with the paper score sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubmissionSummary {
    pub unit_code: String,
    pub unit_name: String,
    pub year: u16,
    pub revision: u32,
    /// The submission hash: printed on the paper sheet, named by the next revision.
    pub hash: String,
    /// The submission hash of the revision this one replaces.
    pub replaces: Option<String>,
    /// The signing key, lower-case hex, and its short id.
    pub public_key: String,
    pub key_id: String,
    pub total: Decimal,
    pub index_percent: Option<Decimal>,
    pub classification: Option<String>,
    /// The criteria set, its province (as the unit wrote it) and the scores beyond the total:
    /// for the ranking and the per-item matrix.
    pub framework_id: String,
    pub framework_version: String,
    pub province: String,
    pub applicable_max: Decimal,
    /// Points await the office (surveys, appraiser-only items): index and class may change.
    pub provisional: bool,
    /// Each field's points and applicable maximum, in the set's order.
    pub fields: Vec<FieldPoints>,
    /// Each scored item's status and points, in the set's order (the file verified, so its
    /// leaves are exactly the set's).
    pub leaves: Vec<LeafPoints>,
}

/// A field's points in one unit's sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldPoints {
    pub points: Decimal,
    pub applicable_max: Decimal,
    /// Points of the field the office still has to set (surveys, appraiser-only items).
    pub pending_max: Decimal,
}

/// An item's result in one unit's sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LeafPoints {
    pub status: LeafStatus,
    pub points: Decimal,
}

/// Where a file stands once verified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Signed, scores recomputed, and the key is registered for the unit.
    Valid,
    /// Signed and recomputed, but without a keyring nobody checked who signed: anyone can make
    /// a key and sign a file in a unit's name, so this is not "valid".
    SenderUnverified,
    /// Checked and found wrong: changed after signing, wrong key, scores differ…
    Failed,
    /// Could not be read at all.
    Unreadable,
}

impl Verdict {
    /// Of a file's result, knowing whether a keyring checked the senders.
    pub fn of<E>(result: &Result<Received, E>, keyring_used: bool) -> Verdict {
        match result {
            Err(_) => Verdict::Unreadable,
            Ok(received) if !received.outcome.is_valid() => Verdict::Failed,
            Ok(_) if keyring_used => Verdict::Valid,
            Ok(_) => Verdict::SenderUnverified,
        }
    }

    pub fn is_failure(self) -> bool {
        matches!(self, Verdict::Failed | Verdict::Unreadable)
    }
}

/// How many files stand where.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub total: usize,
    pub valid: usize,
    pub sender_unverified: usize,
    pub failed: usize,
}

impl Counts {
    pub fn of(verdicts: impl Iterator<Item = Verdict>) -> Counts {
        verdicts.fold(Counts::default(), |mut counts, verdict| {
            counts.total += 1;
            match verdict {
                Verdict::Valid => counts.valid += 1,
                Verdict::SenderUnverified => counts.sender_unverified += 1,
                Verdict::Failed | Verdict::Unreadable => counts.failed += 1,
            }
            counts
        })
    }
}

impl Received {
    /// What to keep of `verification`; the submission is dropped with it.
    pub fn of(verification: Verification) -> Received {
        let summary = verification
            .outcome
            .is_valid()
            .then(|| summary(&verification))
            .flatten();
        let claimed = verification.submission.as_ref().map(|s| ClaimedUnit {
            code: s.payload.unit.code.clone(),
            name: s.payload.unit.name.clone(),
            year: s.payload.period.year,
        });
        Received {
            outcome: verification.outcome,
            warnings: verification.warnings,
            summary,
            claimed,
        }
    }

    /// The summary of a file that verified.
    pub fn verified(&self) -> Option<&SubmissionSummary> {
        self.summary.as_ref().filter(|_| self.outcome.is_valid())
    }
}

fn summary(verification: &Verification) -> Option<SubmissionSummary> {
    let submission = verification.submission.as_ref()?;
    let payload = &submission.payload;
    let scores = &payload.scores;
    Some(SubmissionSummary {
        unit_code: payload.unit.code.clone(),
        unit_name: payload.unit.name.clone(),
        year: payload.period.year,
        revision: payload.revision,
        hash: verification.hash.clone()?,
        replaces: payload.replaces.clone(),
        public_key: submission.signature.public_key.clone(),
        key_id: submission.signature.key_id.clone(),
        total: payload.scores.total,
        index_percent: payload.scores.index_percent,
        classification: payload.scores.classification.clone(),
        framework_id: payload.framework.id.clone(),
        framework_version: payload.framework.version.clone(),
        province: payload.unit.province.clone(),
        applicable_max: scores.applicable_max,
        provisional: scores.provisional,
        fields: scores
            .fields
            .iter()
            .map(|field| FieldPoints {
                points: field.points,
                applicable_max: field.applicable_max,
                pending_max: field.pending_max,
            })
            .collect(),
        leaves: scores
            .leaves
            .iter()
            .map(|leaf| LeafPoints {
                status: leaf.status,
                points: leaf.points,
            })
            .collect(),
    })
}
