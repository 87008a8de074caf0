//! What the appraisal round's payloads must hold beyond their shape, as the software writes
//! them: an explanation's answers have text and evidence references in the submission's form;
//! the appraising body named is the set's.

use super::outcome::RoundOutcome;
use super::ExplanationPayload;
use crate::escape::one_line;
use crate::export_check::{evidence_problem, EvidenceProblem};
use crate::framework::Framework;

/// Every answer has its text, and its evidence references are in the form the app writes (a
/// real date, a file hash of 64 lower-case hex digits), as in a submission.
pub(super) fn answers_as_written(payload: &ExplanationPayload) -> Result<(), RoundOutcome> {
    for (code, answer) in &payload.answers {
        let at = format!("payload.answers.{}", one_line(code));
        if answer.text.trim().is_empty() {
            return Err(RoundOutcome::Malformed {
                reason: format!("{at}.text: câu trả lời không có nội dung"),
            });
        }
        for (index, evidence) in answer.evidence.iter().enumerate() {
            if let Some(problem) = evidence_problem(evidence) {
                let what = match problem {
                    EvidenceProblem::DateNotReal => "ngày không có thật",
                    EvidenceProblem::FingerprintMalformed => "mã băm tệp không hợp lệ",
                };
                return Err(RoundOutcome::Malformed {
                    reason: format!("{at}.evidence[{index}]: {what}"),
                });
            }
        }
    }
    Ok(())
}

/// The appraising body a file names is the one the criteria set names.
pub(super) fn same_appraiser(set: &Framework, appraiser: &str) -> Result<(), RoundOutcome> {
    if appraiser == set.appraising_body {
        return Ok(());
    }
    Err(RoundOutcome::Malformed {
        reason: format!(
            "payload.appraiser: “{}” không phải cơ quan thẩm định bộ tiêu chí ghi (“{}”)",
            one_line(appraiser),
            one_line(&set.appraising_body)
        ),
    })
}
