//! What verifying an appraisal, explanation or final result can find, each told apart, and how
//! each is said. Values quoted from a file go through [`one_line`].

use serde::Serialize;

use crate::escape::{escaped, one_line};
use crate::lang::Lang;
use crate::submission::{hash_prefix, EnvelopeError, ScoreDifference};

/// The kinds of signed files, told apart by their format tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    Submission,
    Appraisal,
    Explanation,
    Final,
    /// A unit's key registration (`par-key-registration/1`): checked on its own and against the
    /// keyring, not part of the round.
    KeyRegistration,
}

impl FileKind {
    /// The kind a format tag names, if this code reads it.
    pub fn of_format(format: &str) -> Option<Self> {
        match format {
            crate::submission::SUBMISSION_FORMAT => Some(FileKind::Submission),
            super::APPRAISAL_FORMAT => Some(FileKind::Appraisal),
            super::EXPLANATION_FORMAT => Some(FileKind::Explanation),
            super::FINAL_FORMAT => Some(FileKind::Final),
            crate::submission::KEY_REGISTRATION_FORMAT => Some(FileKind::KeyRegistration),
            _ => None,
        }
    }

    pub fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (FileKind::Submission, Lang::Vi) => "hồ sơ tự đánh giá",
            (FileKind::Submission, Lang::En) => "self-assessment submission",
            (FileKind::Appraisal, Lang::Vi) => "kết quả thẩm định",
            (FileKind::Appraisal, Lang::En) => "appraisal",
            (FileKind::Explanation, Lang::Vi) => "giải trình",
            (FileKind::Explanation, Lang::En) => "explanation",
            (FileKind::Final, Lang::Vi) => "kết quả cuối cùng",
            (FileKind::Final, Lang::En) => "final result",
            (FileKind::KeyRegistration, Lang::Vi) => "đăng ký khóa",
            (FileKind::KeyRegistration, Lang::En) => "key registration",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum RoundOutcome {
    /// Genuine and consistent with everything the verifier was given.
    Valid,
    Malformed {
        reason: String,
    },
    UnknownFormat {
        format: String,
    },
    /// Changed after signing.
    PayloadChanged,
    /// Signed by a key the criteria set does not name for the appraising body.
    UnknownOfficeKey {
        key_id: String,
    },
    /// Correctly signed by an office key seen for the first time: compare and confirm.
    OfficeKeyUnconfirmed {
        key_id: String,
    },
    /// Signed by another office key than the one confirmed before: a loud warning.
    OfficeKeyChanged {
        key_id: String,
        confirmed: Vec<String>,
    },
    /// About another submission than the one it is checked against.
    OtherSubmission {
        expected: String,
        found: String,
    },
    /// About another unit.
    OtherUnit {
        expected: String,
        found: String,
    },
    /// An explanation or final result linked to another appraisal.
    OtherAppraisal {
        expected: String,
        found: String,
    },
    /// An explanation signed by a key not registered for its unit.
    UnitKeyNotRegistered {
        unit_code: String,
        key_id: String,
    },
    /// An item code the criteria set does not have, or an answer to nothing requested.
    UnknownItem {
        field: String,
        code: String,
    },
    /// The scores in the file differ from those recomputed from the submission's answers.
    ScoresDiffer {
        items: Vec<ScoreDifference>,
    },
}

impl From<EnvelopeError> for RoundOutcome {
    fn from(error: EnvelopeError) -> Self {
        match error {
            EnvelopeError::Malformed { reason } => RoundOutcome::Malformed { reason },
            EnvelopeError::UnknownFormat { format } => RoundOutcome::UnknownFormat { format },
            EnvelopeError::PayloadChanged => RoundOutcome::PayloadChanged,
        }
    }
}

/// The outcome, with the file and its hash when it could be read.
#[derive(Debug, Clone)]
pub struct RoundVerification<F> {
    pub outcome: RoundOutcome,
    pub file: Option<F>,
    pub hash: Option<String>,
    /// Whether the signer was checked (an office key trust store or the unit's keys given);
    /// `Valid` without it means only "genuine and consistent", like `par verify` without keys.
    pub signer_checked: bool,
}

impl RoundOutcome {
    pub fn is_valid(&self) -> bool {
        *self == RoundOutcome::Valid
    }

    /// The outcome in plain words, on one line.
    pub fn describe(&self, lang: Lang) -> String {
        use RoundOutcome::*;
        let vi = lang == Lang::Vi;
        let short = |hash: &str| hash_prefix(&one_line(hash));
        match self {
            Valid if vi => "hợp lệ: chữ ký đúng, liên kết và điểm tính lại khớp".into(),
            Valid => "valid: signature correct, links and recomputed scores match".into(),
            Malformed { reason } if vi => {
                format!("tệp hỏng hoặc sai cấu trúc ({})", escaped(reason))
            }
            Malformed { reason } => format!("malformed file ({})", escaped(reason)),
            UnknownFormat { format } if vi => {
                format!("định dạng “{}” không được hỗ trợ", one_line(format))
            }
            UnknownFormat { format } => format!("unsupported format “{}”", one_line(format)),
            PayloadChanged if vi => {
                "nội dung đã bị thay đổi sau khi ký (chữ ký không khớp): hãy xin tệp gốc".into()
            }
            PayloadChanged => "content changed after signing (signature does not match)".into(),
            UnknownOfficeKey { key_id } if vi => format!(
                "ký bằng khóa {}, không phải khóa của cơ quan thẩm định ghi trong bộ tiêu chí: \
                 tệp giả mạo",
                one_line(key_id)
            ),
            UnknownOfficeKey { key_id } => format!(
                "signed with key {}, not an appraising body key named by the criteria set",
                one_line(key_id)
            ),
            OfficeKeyUnconfirmed { key_id } if vi => format!(
                "chữ ký đúng, khóa cơ quan thẩm định chưa được xác nhận: đối chiếu mã khóa {} \
                 với văn bản chính thức rồi xác nhận",
                one_line(key_id)
            ),
            OfficeKeyUnconfirmed { key_id } => format!(
                "signature correct, office key not confirmed yet: compare key id {} with the \
                 official notice, then confirm it",
                one_line(key_id)
            ),
            OfficeKeyChanged { key_id, confirmed } if vi => format!(
                "CẢNH BÁO: ký bằng khóa {}, KHÁC khóa cơ quan thẩm định đã xác nhận ({}): \
                 đừng tin tệp này trước khi hỏi lại cơ quan thẩm định",
                one_line(key_id),
                one_line(&confirmed.join(", "))
            ),
            OfficeKeyChanged { key_id, confirmed } => format!(
                "WARNING: signed with key {}, NOT the office key confirmed before ({}): do not \
                 trust this file before asking the office",
                one_line(key_id),
                one_line(&confirmed.join(", "))
            ),
            OtherSubmission { expected, found } if vi => format!(
                "tệp dành cho hồ sơ {}, không phải hồ sơ {}",
                short(found),
                short(expected)
            ),
            OtherSubmission { expected, found } => format!(
                "for submission {}, not submission {}",
                short(found),
                short(expected)
            ),
            OtherUnit { expected, found } if vi => format!(
                "tệp của đơn vị {}, không phải đơn vị {}",
                one_line(found),
                one_line(expected)
            ),
            OtherUnit { expected, found } => format!(
                "for unit {}, not unit {}",
                one_line(found),
                one_line(expected)
            ),
            OtherAppraisal { expected, found } if vi => format!(
                "tệp trả lời kết quả thẩm định {}, không phải {}",
                short(found),
                short(expected)
            ),
            OtherAppraisal { expected, found } => format!(
                "answers appraisal {}, not {}",
                short(found),
                short(expected)
            ),
            UnitKeyNotRegistered { unit_code, key_id } if vi => format!(
                "ký bằng khóa {}, không phải khóa đã đăng ký của đơn vị {}",
                one_line(key_id),
                one_line(unit_code)
            ),
            UnitKeyNotRegistered { unit_code, key_id } => format!(
                "signed with key {}, not a key registered for unit {}",
                one_line(key_id),
                one_line(unit_code)
            ),
            UnknownItem { field, code } if vi => format!(
                "{}: mã “{}” không có trong bộ tiêu chí hoặc không được yêu cầu",
                field,
                one_line(code)
            ),
            UnknownItem { field, code } => format!(
                "{}: code “{}” is not in the criteria set or was not requested",
                field,
                one_line(code)
            ),
            ScoresDiffer { items } if vi => format!(
                "điểm trong tệp khác điểm tính lại ở {} chỗ (đầu tiên: {})",
                items.len(),
                items
                    .first()
                    .map_or(String::new(), |d| one_line(&d.item).into_owned())
            ),
            ScoresDiffer { items } => format!(
                "scores in the file differ from the recomputed ones in {} places (first: {})",
                items.len(),
                items
                    .first()
                    .map_or(String::new(), |d| one_line(&d.item).into_owned())
            ),
        }
    }
}
