//! Why an answer is incomplete or invalid, in words an official understands.

use serde::{Deserialize, Serialize};

use crate::decimal::Decimal;
use crate::describe::points_text;
use crate::framework::Item;
use crate::lang::Lang;
use crate::rule::{Rule, ZeroDenominator};

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
    /// The office rejected the not-applicable claim: the item (or every item of the criterion
    /// or field) is scored as if it had not been claimed.
    ClaimRejected,
    /// What the office entered for a survey or appraiser-only item cannot be scored (points
    /// outside the item's range, numerator above denominator, figures for an item without them).
    OfficeEntryInvalid,
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
                | ProblemKind::ClaimRejected
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
                PercentOutOfRange => {
                    "Tỷ lệ phải từ 0% đến 100%: hãy tính lại theo hướng dẫn chấm điểm của tiêu chí.".into()
                }
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
                ClaimRejected => {
                    "Cơ quan thẩm định không chấp nhận “Không áp dụng”: tiêu chí được chấm theo kết quả đã nhập (chưa nhập thì 0 điểm).".into()
                }
                OfficeEntryInvalid => {
                    "Điểm hoặc số liệu cơ quan thẩm định nhập không hợp lệ (ngoài khoảng điểm, tử số lớn hơn mẫu số, hoặc tiêu chí không tính theo số liệu); hãy nhập lại.".into()
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
                PercentOutOfRange => {
                    "The percentage must be between 0% and 100%: work it out again as the item's guidance says.".into()
                }
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
                ClaimRejected => {
                    "The appraising office rejected the not-applicable claim: the item is scored from what was entered (0 if nothing).".into()
                }
                OfficeEntryInvalid => {
                    "Points or figures entered by the office cannot be scored (out of range, numerator above denominator, or an item without figures); enter them again.".into()
                }
            },
        }
    }
}

impl ProblemKind {
    /// [`message`](Self::message) in the item's own words where its set gives them: a ratio's
    /// labels for a numerator above its denominator, the item's guidance for a percentage
    /// outside 0–100%.
    pub fn message_for(&self, item: &Item, lang: Lang) -> String {
        match (self, &item.rule, lang) {
            (
                ProblemKind::NumeratorAboveDenominator,
                Some(Rule::Ratio {
                    numerator_label,
                    denominator_label,
                    ..
                }),
                Lang::Vi,
            ) => format!(
                "“{numerator_label}” không thể lớn hơn “{denominator_label}”: hãy kiểm tra lại hai số."
            ),
            (
                ProblemKind::NumeratorAboveDenominator,
                Some(Rule::Ratio {
                    numerator_label,
                    denominator_label,
                    ..
                }),
                Lang::En,
            ) => format!(
                "“{numerator_label}” cannot be more than “{denominator_label}”: check both figures."
            ),
            (ProblemKind::PercentOutOfRange, _, _) => match (item.guidance.as_deref(), lang) {
                (Some(guidance), Lang::Vi) if !guidance.trim().is_empty() => format!(
                    "Tỷ lệ phải từ 0% đến 100%: hãy tính lại theo hướng dẫn của tiêu chí: “{}”",
                    guidance.trim()
                ),
                (Some(guidance), Lang::En) if !guidance.trim().is_empty() => format!(
                    "The percentage must be between 0% and 100%: work it out again as the item's guidance says: “{}”",
                    guidance.trim()
                ),
                _ => self.message(lang),
            },
            _ => self.message(lang),
        }
    }
}

/// What happens to a ratio `item` when its denominator is 0, as its set states, e.g.
/// "“Tổng số hồ sơ” bằng 0: theo bộ tiêu chí, tiêu chí được đủ 2 điểm." `None` for other rules.
pub fn zero_denominator_note(item: &Item, lang: Lang) -> Option<String> {
    let Some(Rule::Ratio {
        denominator_label,
        on_zero_denominator,
        ..
    }) = &item.rule
    else {
        return None;
    };
    let max = points_text(item.max_points, lang);
    let zero = points_text(Decimal::ZERO, lang);
    Some(match (on_zero_denominator, lang) {
        (ZeroDenominator::FullPoints, Lang::Vi) => format!(
            "“{denominator_label}” bằng 0: theo bộ tiêu chí, tiêu chí được đủ {max} (điểm tối đa)."
        ),
        (ZeroDenominator::ZeroPoints, Lang::Vi) => format!(
            "“{denominator_label}” bằng 0: theo bộ tiêu chí, tiêu chí được {zero}."
        ),
        (ZeroDenominator::Excluded, Lang::Vi) => format!(
            "“{denominator_label}” bằng 0: theo bộ tiêu chí, tiêu chí không được chấm và {max} của tiêu chí không tính vào điểm tối đa."
        ),
        (ZeroDenominator::FullPoints, Lang::En) => format!(
            "“{denominator_label}” is 0: the criteria set gives the item its full {max}."
        ),
        (ZeroDenominator::ZeroPoints, Lang::En) => {
            format!("“{denominator_label}” is 0: the criteria set gives the item {zero}.")
        }
        (ZeroDenominator::Excluded, Lang::En) => format!(
            "“{denominator_label}” is 0: the criteria set leaves the item out, and its {max} leave the maximum."
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(rule: Rule, guidance: Option<&str>) -> Item {
        Item {
            code: "3.2.1".into(),
            title: "Tỷ lệ hồ sơ giải quyết đúng hạn".into(),
            title_en: None,
            max_points: Decimal::from_int(2),
            min_points: None,
            items: Vec::new(),
            rule: Some(rule),
            evidence: None,
            not_applicable: Default::default(),
            guidance: guidance.map(str::to_string),
        }
    }

    fn ratio(on_zero_denominator: ZeroDenominator) -> Item {
        item(
            Rule::Ratio {
                numerator_label: "Số hồ sơ giải quyết đúng hạn".into(),
                denominator_label: "Tổng số hồ sơ đã giải quyết".into(),
                bands: Vec::new(),
                on_zero_denominator,
            },
            None,
        )
    }

    #[test]
    fn a_numerator_above_its_denominator_is_said_with_the_rules_labels() {
        let item = ratio(ZeroDenominator::FullPoints);
        assert_eq!(
            ProblemKind::NumeratorAboveDenominator.message_for(&item, Lang::Vi),
            "“Số hồ sơ giải quyết đúng hạn” không thể lớn hơn “Tổng số hồ sơ đã giải quyết”: hãy kiểm tra lại hai số."
        );
        assert!(ProblemKind::NumeratorAboveDenominator
            .message_for(&item, Lang::En)
            .starts_with("“Số hồ sơ giải quyết đúng hạn” cannot be more than"));
        // Other problems keep their general sentence.
        assert_eq!(
            ProblemKind::Unanswered.message_for(&item, Lang::Vi),
            ProblemKind::Unanswered.message(Lang::Vi)
        );
    }

    #[test]
    fn a_percentage_outside_0_to_100_points_to_the_guidance() {
        let guided = item(
            Rule::Percent { bands: Vec::new() },
            Some("Tỷ lệ = số hồ sơ đúng hạn ÷ tổng số hồ sơ × 100%."),
        );
        assert_eq!(
            ProblemKind::PercentOutOfRange.message_for(&guided, Lang::Vi),
            "Tỷ lệ phải từ 0% đến 100%: hãy tính lại theo hướng dẫn của tiêu chí: “Tỷ lệ = số hồ sơ đúng hạn ÷ tổng số hồ sơ × 100%.”"
        );
        let bare = item(Rule::Percent { bands: Vec::new() }, None);
        assert_eq!(
            ProblemKind::PercentOutOfRange.message_for(&bare, Lang::Vi),
            "Tỷ lệ phải từ 0% đến 100%: hãy tính lại theo hướng dẫn chấm điểm của tiêu chí."
        );
    }

    #[test]
    fn a_zero_denominator_says_what_happens_to_the_item() {
        let note = |outcome, lang| zero_denominator_note(&ratio(outcome), lang).unwrap();
        assert_eq!(
            note(ZeroDenominator::FullPoints, Lang::Vi),
            "“Tổng số hồ sơ đã giải quyết” bằng 0: theo bộ tiêu chí, tiêu chí được đủ 2 điểm (điểm tối đa)."
        );
        assert_eq!(
            note(ZeroDenominator::ZeroPoints, Lang::Vi),
            "“Tổng số hồ sơ đã giải quyết” bằng 0: theo bộ tiêu chí, tiêu chí được 0 điểm."
        );
        assert_eq!(
            note(ZeroDenominator::Excluded, Lang::Vi),
            "“Tổng số hồ sơ đã giải quyết” bằng 0: theo bộ tiêu chí, tiêu chí không được chấm và 2 điểm của tiêu chí không tính vào điểm tối đa."
        );
        assert_eq!(
            note(ZeroDenominator::Excluded, Lang::En),
            "“Tổng số hồ sơ đã giải quyết” is 0: the criteria set leaves the item out, and its 2 points leave the maximum."
        );
        let percent = item(Rule::Percent { bands: Vec::new() }, None);
        assert_eq!(zero_denominator_note(&percent, Lang::Vi), None);
    }
}
