//! Where in an item card a problem belongs, so its message sits beside the input it is about
//! and the summary's link puts the focus there.

use par_core::problems::ProblemKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// The value input (yes/no, level, percentage, …).
    Value,
    /// The not-applicable claim and its explanation.
    NotApplicable,
    /// Evidence documents, or the explanation that replaces them.
    Evidence,
}

pub fn slot(kind: &ProblemKind) -> Slot {
    match kind {
        ProblemKind::NotApplicableNotAllowed | ProblemKind::NotApplicableWithoutExplanation => {
            Slot::NotApplicable
        }
        ProblemKind::EvidenceMissingScoredZero | ProblemKind::EvidenceMissingNoExplanation => {
            Slot::Evidence
        }
        _ => Slot::Value,
    }
}

/// Element id of an item's value input (the first radio of a group).
pub fn input_id(code: &str) -> String {
    format!("input-{code}")
}

pub fn explanation_id(code: &str) -> String {
    format!("explanation-{code}")
}

pub fn add_evidence_id(code: &str) -> String {
    format!("add-evidence-{code}")
}

/// The element to focus to fix `kind` on item `code`.
pub fn focus_id(code: &str, kind: &ProblemKind) -> String {
    match kind {
        ProblemKind::NotApplicableWithoutExplanation => explanation_id(code),
        ProblemKind::EvidenceMissingScoredZero | ProblemKind::EvidenceMissingNoExplanation => {
            add_evidence_id(code)
        }
        _ => input_id(code),
    }
}

/// The element to focus to fix `kind` on the claim for the whole criterion or field `code`
/// (`walk::group_claim`): its explanation, its evidence, or the claim itself.
pub fn group_focus_id(code: &str, kind: &ProblemKind) -> String {
    match kind {
        ProblemKind::NotApplicableWithoutExplanation => format!("group-explanation-{code}"),
        ProblemKind::EvidenceMissingScoredZero | ProblemKind::EvidenceMissingNoExplanation => {
            add_evidence_id(code)
        }
        _ => format!("group-na-{code}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_problem_points_at_the_input_that_fixes_it() {
        assert_eq!(focus_id("1.1.1", &ProblemKind::Unanswered), "input-1.1.1");
        assert_eq!(
            focus_id("1.1.1", &ProblemKind::NotApplicableWithoutExplanation),
            "explanation-1.1.1"
        );
        assert_eq!(
            focus_id("1.1.1", &ProblemKind::EvidenceMissingNoExplanation),
            "add-evidence-1.1.1"
        );
        assert_eq!(slot(&ProblemKind::PercentOutOfRange), Slot::Value);
        assert_eq!(
            group_focus_id("2", &ProblemKind::NotApplicableWithoutExplanation),
            "group-explanation-2"
        );
        assert_eq!(
            group_focus_id("2.1", &ProblemKind::EvidenceMissingScoredZero),
            "add-evidence-2.1"
        );
        assert_eq!(
            group_focus_id("2", &ProblemKind::NotApplicableNotAllowed),
            "group-na-2"
        );
    }
}
