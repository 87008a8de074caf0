//! What the commune app lets out, decided once: the app's export screen shows these blockers
//! and warnings, and verification refuses a signed file with any blocker (the app would never
//! have exported it) and shows the warnings on the file's line. A file is valid only if it is
//! exactly what the app would have exported.

use serde::Serialize;

use crate::answers::{Answer, Answers, EvidenceRef, FileFingerprint};
use crate::escape::one_line;
use crate::framework::{EvidencePolicy, Framework, NotApplicable};
use crate::lang::Lang;
use crate::problems::{Problem, ProblemKind};
use crate::score::{LeafStatus, ScoreSheet};
use crate::unit::{SetMismatch, UnitInfo, UnitProblem};

/// Everything that stops an export, and what the appraiser should look at.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct ExportCheck {
    pub blockers: Vec<Blocker>,
    pub warnings: Vec<Warning>,
}

/// Something the app refuses to export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "blocker", rename_all = "snake_case")]
pub enum Blocker {
    /// A detail of the unit is missing or malformed.
    Unit { problem: UnitProblem },
    /// The unit disagrees with the criteria set where that stops the export (the year:
    /// [`SetMismatch::blocks_export`]).
    SetMismatch { mismatch: SetMismatch },
    /// An item still incomplete or invalid: every problem of the score sheet (not applicable
    /// without explanation, evidence the policy requires, unknown item codes, anything written
    /// for an item the office scores…).
    Item { problem: Problem },
    /// An evidence reference the app never writes.
    Evidence {
        code: String,
        /// Position in the item's evidence list.
        index: usize,
        problem: EvidenceProblem,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceProblem {
    /// The date is not a real day written `yyyy-mm-dd`.
    DateNotReal,
    /// The file fingerprint has no name, or a SHA-256 that is not 64 lower-case hex digits.
    FingerprintMalformed,
}

/// Not a reason to stop, but worth the appraiser's attention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "warning", rename_all = "snake_case")]
pub enum Warning {
    /// The unit disagrees with the criteria set where the official may know better (the
    /// province: a set shared by several provinces).
    SetMismatch { mismatch: SetMismatch },
    /// Claimed not applicable (with an explanation): the appraiser accepts or rejects the claim.
    NotApplicableClaimed { code: String, full_points: bool },
    /// Scored without the evidence the set asks for, with an explanation instead (the
    /// `explanation_required` policy): the appraiser judges the explanation.
    ExplainedInsteadOfEvidence { code: String },
}

impl ExportCheck {
    /// Whether nothing blocks the export.
    pub fn is_ready(&self) -> bool {
        self.blockers.is_empty()
    }

    /// The blockers about the unit's details (its own, or against the set), in form order:
    /// each with the field that fixes it and its message.
    pub fn unit_blockers(&self) -> impl Iterator<Item = &Blocker> + '_ {
        self.blockers
            .iter()
            .filter(|blocker| matches!(blocker, Blocker::Unit { .. } | Blocker::SetMismatch { .. }))
    }
}

/// What blocks exporting `answers` of `unit` against `framework`, whose score sheet is
/// `sheet` (`score(framework, answers)`, which the caller already has), and what to warn about.
pub fn check_export(
    framework: &Framework,
    unit: &UnitInfo,
    answers: &Answers,
    sheet: &ScoreSheet,
) -> ExportCheck {
    let mut check = ExportCheck::default();
    check.blockers.extend(
        unit.problems()
            .into_iter()
            .map(|problem| Blocker::Unit { problem }),
    );
    for mismatch in unit.set_mismatches(framework) {
        if mismatch.blocks_export() {
            check.blockers.push(Blocker::SetMismatch { mismatch });
        } else {
            check.warnings.push(Warning::SetMismatch { mismatch });
        }
    }
    check.blockers.extend(
        sheet
            .problems
            .iter()
            .cloned()
            .map(|problem| Blocker::Item { problem }),
    );
    for (code, answer) in &answers.items {
        for (index, evidence) in answer.evidence.iter().enumerate() {
            if let Some(problem) = evidence_problem(evidence) {
                check.blockers.push(Blocker::Evidence {
                    code: code.clone(),
                    index,
                    problem,
                });
            }
        }
    }
    for (i, leaf) in framework.leaves().enumerate() {
        let code = &leaf.item.code;
        // The sheet's leaves are in the set's order; look further only when they are not.
        let score = match sheet.leaves.get(i) {
            Some(same) if &same.code == code => Some(same),
            _ => sheet.leaf(code),
        };
        let (Some(answer), Some(score)) = (answers.get(code), score) else {
            continue;
        };
        if let Some(warning) = warning(framework, leaf.item, answer, score.status, score.points) {
            check.warnings.push(warning);
        }
    }
    check
}

fn warning(
    framework: &Framework,
    item: &crate::framework::Item,
    answer: &Answer,
    status: LeafStatus,
    points: crate::Decimal,
) -> Option<Warning> {
    // Written out only for a warning: most items have none.
    let code = || item.code.clone();
    if answer.not_applicable && answer.has_explanation() {
        return match (item.not_applicable, status) {
            (NotApplicable::FullPoints, LeafStatus::Scored) => {
                Some(Warning::NotApplicableClaimed {
                    code: code(),
                    full_points: true,
                })
            }
            (NotApplicable::Excluded, LeafStatus::Excluded) => {
                Some(Warning::NotApplicableClaimed {
                    code: code(),
                    full_points: false,
                })
            }
            _ => None,
        };
    }
    let explained = framework.evidence_policy == EvidencePolicy::ExplanationRequired
        && item.evidence_required()
        && status == LeafStatus::Scored
        && !points.is_zero()
        && !answer.has_evidence()
        && answer.has_explanation();
    explained.then(|| Warning::ExplainedInsteadOfEvidence { code: code() })
}

pub(crate) fn evidence_problem(evidence: &EvidenceRef) -> Option<EvidenceProblem> {
    if !evidence.date.is_empty() && !crate::input::is_iso_date(&evidence.date) {
        return Some(EvidenceProblem::DateNotReal);
    }
    let malformed = |file: &FileFingerprint| {
        file.name.trim().is_empty()
            || file.sha256.len() != 64
            || !file
                .sha256
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    };
    evidence
        .file
        .as_ref()
        .filter(|file| malformed(file))
        .map(|_| EvidenceProblem::FingerprintMalformed)
}

impl Blocker {
    /// A sentence for the unit: what is wrong and what to do.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Blocker::Unit { problem } => problem.message(lang).to_string(),
            Blocker::SetMismatch { mismatch } => mismatch.message(lang),
            Blocker::Item { problem } => {
                format!(
                    "{}: {}",
                    one_line(&problem.code),
                    problem.kind.message(lang)
                )
            }
            Blocker::Evidence {
                code,
                index,
                problem,
            } => {
                let code = one_line(code);
                let number = index + 1;
                match (problem, lang) {
                    (EvidenceProblem::DateNotReal, Lang::Vi) => format!("{code}: tài liệu thứ {number} có ngày không có thật; hãy nhập lại ngày."),
                    (EvidenceProblem::DateNotReal, Lang::En) => format!("{code}: document {number} has a date that does not exist; enter the date again."),
                    (EvidenceProblem::FingerprintMalformed, Lang::Vi) => format!("{code}: tài liệu thứ {number} có mã băm tệp không hợp lệ; hãy chọn lại tệp."),
                    (EvidenceProblem::FingerprintMalformed, Lang::En) => format!("{code}: document {number} has an invalid file hash; pick the file again."),
                }
            }
        }
    }

    /// The field of the unit that fixes a blocker about the unit (`year`, `province`…).
    pub fn unit_field(&self) -> Option<&'static str> {
        match self {
            Blocker::Unit { problem } => Some(problem.field()),
            Blocker::SetMismatch { mismatch } => Some(mismatch.field()),
            _ => None,
        }
    }

    /// Where in a submission's payload the blocker is, for the office.
    pub fn location(&self) -> String {
        match self {
            Blocker::Item { problem } => {
                format!("payload.answers.items.{}", one_line(&problem.code))
            }
            Blocker::Evidence { code, index, .. } => {
                format!("payload.answers.items.{}.evidence[{index}]", one_line(code))
            }
            Blocker::Unit { .. } | Blocker::SetMismatch { .. } => {
                match self.unit_field().unwrap_or_default() {
                    "year" => "payload.period.year".into(),
                    field @ ("preparer" | "chairperson") => format!("payload.{field}"),
                    field => format!("payload.unit.{field}"),
                }
            }
        }
    }
}

impl Warning {
    /// The item the warning is about; none for one about the unit.
    pub fn code(&self) -> Option<&str> {
        match self {
            Warning::NotApplicableClaimed { code, .. }
            | Warning::ExplainedInsteadOfEvidence { code } => Some(code),
            Warning::SetMismatch { .. } => None,
        }
    }

    /// A sentence for the unit or the office.
    pub fn message(&self, lang: Lang) -> String {
        let code = one_line(self.code().unwrap_or_default());
        match (self, lang) {
            (Warning::SetMismatch { mismatch }, _) => mismatch.message(lang),
            (Warning::NotApplicableClaimed { full_points: true, .. }, Lang::Vi) => format!("{code}: khai “không áp dụng” và được đủ điểm; cơ quan thẩm định sẽ xem giải trình và có thể không chấp nhận."),
            (Warning::NotApplicableClaimed { full_points: true, .. }, Lang::En) => format!("{code}: claimed not applicable, scored full points; the appraiser reviews the explanation and may reject it."),
            (Warning::NotApplicableClaimed { .. }, Lang::Vi) => format!("{code}: khai “không áp dụng” nên không tính vào điểm tối đa; cơ quan thẩm định sẽ xem giải trình và có thể không chấp nhận."),
            (Warning::NotApplicableClaimed { .. }, Lang::En) => format!("{code}: claimed not applicable, left out of the maximum; the appraiser reviews the explanation and may reject it."),
            (Warning::ExplainedInsteadOfEvidence { .. }, Lang::Vi) => format!("{code}: chưa có tài liệu kiểm chứng, đã giải trình; cơ quan thẩm định sẽ xem giải trình."),
            (Warning::ExplainedInsteadOfEvidence { .. }, Lang::En) => format!("{code}: no evidence document, explained instead; the appraiser reviews the explanation."),
        }
    }
}

/// Warnings in one short line, grouped by kind, for a list of files: "3 tiêu chí khai không
/// áp dụng (1.2.1, 3.1.2, 4.1.1); 1 tiêu chí giải trình thay tài liệu (2.1.3)".
pub fn warnings_line(warnings: &[Warning], lang: Lang) -> String {
    let claimed: Vec<&str> = warnings
        .iter()
        .filter(|w| matches!(w, Warning::NotApplicableClaimed { .. }))
        .filter_map(Warning::code)
        .collect();
    let explained: Vec<&str> = warnings
        .iter()
        .filter(|w| matches!(w, Warning::ExplainedInsteadOfEvidence { .. }))
        .filter_map(Warning::code)
        .collect();
    let mut parts: Vec<String> = warnings
        .iter()
        .filter(|w| matches!(w, Warning::SetMismatch { .. }))
        .map(|w| w.message(lang))
        .collect();
    if !claimed.is_empty() {
        parts.push(match lang {
            Lang::Vi => format!(
                "{} tiêu chí khai không áp dụng ({})",
                claimed.len(),
                codes(&claimed)
            ),
            Lang::En => format!(
                "{} item(s) claimed not applicable ({})",
                claimed.len(),
                codes(&claimed)
            ),
        });
    }
    if !explained.is_empty() {
        parts.push(match lang {
            Lang::Vi => format!(
                "{} tiêu chí giải trình thay tài liệu kiểm chứng ({})",
                explained.len(),
                codes(&explained)
            ),
            Lang::En => format!(
                "{} item(s) explained instead of evidence ({})",
                explained.len(),
                codes(&explained)
            ),
        });
    }
    parts.join("; ")
}

/// At most eight codes, then "…".
pub(crate) fn codes(codes: &[&str]) -> String {
    let mut shown: Vec<String> = codes
        .iter()
        .take(8)
        .map(|c| one_line(c).into_owned())
        .collect();
    if codes.len() > 8 {
        shown.push("…".into());
    }
    shown.join(", ")
}

/// Blockers in one line for a list of files, grouped by what is wrong: unit details by their
/// place, item problems by kind with their codes.
pub fn blockers_line(blockers: &[Blocker], lang: Lang) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut kinds: Vec<(&'static str, Vec<&str>)> = Vec::new();
    for blocker in blockers {
        match blocker {
            Blocker::Item { problem } => {
                let label = item_label(&problem.kind, lang);
                match kinds.iter_mut().find(|(l, _)| *l == label) {
                    Some((_, list)) => list.push(&problem.code),
                    None => kinds.push((label, vec![&problem.code])),
                }
            }
            Blocker::Unit { .. } | Blocker::SetMismatch { .. } => {
                parts.push(format!("{}: {}", blocker.location(), blocker.message(lang)))
            }
            Blocker::Evidence { .. } => parts.push(blocker.message(lang)),
        }
    }
    parts.extend(
        kinds
            .into_iter()
            .map(|(label, list)| format!("{label}: {}", codes(&list))),
    );
    parts.join("; ")
}

/// What an item problem is, in a few words for the office.
fn item_label(kind: &ProblemKind, lang: Lang) -> &'static str {
    use ProblemKind::*;
    let vi = lang == Lang::Vi;
    match kind {
        Unanswered if vi => "chưa nhập kết quả",
        Unanswered => "not answered",
        NotApplicableWithoutExplanation if vi => "khai không áp dụng mà không giải trình",
        NotApplicableWithoutExplanation => "not applicable without an explanation",
        NotApplicableNotAllowed if vi => "khai không áp dụng ở tiêu chí không cho phép",
        NotApplicableNotAllowed => "not applicable where the set does not allow it",
        EvidenceMissingScoredZero if vi => "thiếu tài liệu kiểm chứng (tính 0 điểm)",
        EvidenceMissingScoredZero => "evidence missing (scored zero)",
        EvidenceMissingNoExplanation if vi => "thiếu tài liệu kiểm chứng và không giải trình",
        EvidenceMissingNoExplanation => "evidence missing, no explanation",
        OfficeOnly if vi => "đơn vị ghi vào tiêu chí do cơ quan thẩm định chấm",
        OfficeOnly => "entries for items the office scores",
        UnknownItem if vi => "mã tiêu chí không có trong bộ tiêu chí",
        UnknownItem => "item codes not in the criteria set",
        _ if vi => "giá trị không hợp lệ",
        _ => "invalid values",
    }
}
