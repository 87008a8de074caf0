//! Why an answer is incomplete or invalid, in words an official understands.

use serde::{Deserialize, Serialize};

use crate::lang::Lang;

/// An answer that needs attention before the assessment can be submitted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Problem {
    /// Code of the item, e.g. "3.2.1".
    pub code: String,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum ProblemKind {
    /// Nothing entered yet.
    Unanswered,
    /// The value does not fit the item's rule (e.g. a percentage for a yes/no item).
    WrongValueKind {
        expected: String,
    },
    UnknownOption {
        id: String,
    },
    UnknownPart {
        id: String,
    },
    PercentOutOfRange,
    NegativeNumber,
    NumeratorAboveDenominator,
    /// No band of the rule holds the value (only possible with an unvalidated set).
    NoBandMatches,
    NotApplicableNotAllowed,
    NotApplicableWithoutExplanation,
    /// Evidence required and missing: under `zero_without_evidence` the item scores zero.
    EvidenceMissingScoredZero,
    /// Evidence required and missing: under `explanation_required` an explanation is needed.
    EvidenceMissingNoExplanation,
    /// The unit's answers say something about a survey or appraiser-only item: its points are
    /// set by the office, so the value is ignored and the export refused until it is removed.
    OfficeOnly,
    /// The answers name an item the criteria set does not have.
    UnknownItem,
}

impl ProblemKind {
    /// Whether the problem makes the score wrong or unknown (as opposed to a missing document).
    pub fn is_invalid_value(&self) -> bool {
        !matches!(
            self,
            ProblemKind::Unanswered
                | ProblemKind::NotApplicableWithoutExplanation
                | ProblemKind::EvidenceMissingScoredZero
                | ProblemKind::EvidenceMissingNoExplanation
        )
    }

    /// A sentence saying what is wrong and what to do.
    pub fn message(&self, lang: Lang) -> String {
        use ProblemKind::*;
        let shown = |id: &str| crate::escape::one_line(id).into_owned();
        match lang {
            Lang::Vi => match self {
                Unanswered => "Chưa nhập kết quả.".into(),
                WrongValueKind { .. } => {
                    "Giá trị không đúng loại của tiêu chí này; hãy nhập lại.".into()
                }
                UnknownOption { id } => {
                    format!("Mức “{}” không có trong bộ tiêu chí; hãy chọn lại.", shown(id))
                }
                UnknownPart { id } => {
                    format!("Nội dung “{}” không có trong bộ tiêu chí; hãy chọn lại.", shown(id))
                }
                PercentOutOfRange => "Tỷ lệ phải từ 0% đến 100%.".into(),
                NegativeNumber => "Số không được âm.".into(),
                NumeratorAboveDenominator => "Tử số không được lớn hơn mẫu số.".into(),
                NoBandMatches => {
                    "Bộ tiêu chí không có mức điểm cho giá trị này; hãy báo cho cơ quan cung cấp bộ tiêu chí.".into()
                }
                NotApplicableNotAllowed => {
                    "Tiêu chí này không được chọn “Không áp dụng”: hãy bỏ chọn và nhập kết quả.".into()
                }
                NotApplicableWithoutExplanation => {
                    "Đã chọn “Không áp dụng”: hãy nhập giải trình.".into()
                }
                EvidenceMissingScoredZero => {
                    "Chưa có tài liệu kiểm chứng nên tiêu chí được tính 0 điểm; hãy bổ sung tài liệu trước khi xuất tệp."
                        .into()
                }
                EvidenceMissingNoExplanation => {
                    "Chưa có tài liệu kiểm chứng: hãy bổ sung tài liệu hoặc nhập giải trình.".into()
                }
                OfficeOnly => "Tiêu chí này do cơ quan thẩm định chấm: đơn vị không được ghi kết quả, không áp dụng, tài liệu hay giải trình cho tiêu chí này; hãy xóa những gì đã ghi.".into(),
                UnknownItem => {
                    "Mã tiêu chí không có trong bộ tiêu chí này nên câu trả lời không được tính.".into()
                }
            },
            Lang::En => match self {
                Unanswered => "Not answered yet.".into(),
                WrongValueKind { .. } => {
                    "The value does not fit this item's rule; enter it again.".into()
                }
                UnknownOption { id } => {
                    format!("Level “{}” is not in the criteria set; choose again.", shown(id))
                }
                UnknownPart { id } => {
                    format!("Part “{}” is not in the criteria set; choose again.", shown(id))
                }
                PercentOutOfRange => "The percentage must be between 0% and 100%.".into(),
                NegativeNumber => "The number cannot be negative.".into(),
                NumeratorAboveDenominator => "The numerator cannot exceed the denominator.".into(),
                NoBandMatches => {
                    "The criteria set has no band for this value; tell the office that provided it.".into()
                }
                NotApplicableNotAllowed => {
                    "This item cannot be marked not applicable: untick it and enter the result.".into()
                }
                NotApplicableWithoutExplanation => {
                    "Marked not applicable: write an explanation.".into()
                }
                EvidenceMissingScoredZero => {
                    "No evidence document, so the item scores 0; add the document before exporting.".into()
                }
                EvidenceMissingNoExplanation => {
                    "No evidence document: add one or write an explanation.".into()
                }
                OfficeOnly => "This item is scored by the appraising office: the unit may not enter a result, a not-applicable claim, documents or an explanation for it; remove what was entered.".into(),
                UnknownItem => {
                    "This item code is not in the criteria set, so its answer is not counted.".into()
                }
            },
        }
    }
}
