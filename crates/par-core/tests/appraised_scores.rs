//! The appraised column: a rejected not-applicable claim changes the maximum and the index
//! exactly as DOMAIN.md says (an excluded item returns to the denominator; a full-points item
//! loses its points), and the office's adjusted points ("công nhận hoặc điều chỉnh").

mod common;

use common::{d, framework, leaf};
use par_core::problems::ProblemKind;
use par_core::score::{LeafStatus, OfficeEntries};
use par_core::{score, score_appraised, Answer, AnswerValue, Answers, EvidenceRef};
use serde_json::json;

/// 1.1.1 yes/no 2 points; 1.1.2 excluded when not applicable, 4 points; 1.1.3 full points
/// when not applicable, 4 points. Maximum 10.
fn set() -> par_core::Framework {
    let mut excluded = leaf("1.1.2", "4", json!({"type": "yes_no"}));
    excluded["not_applicable"] = json!("excluded");
    let mut full = leaf("1.1.3", "4", json!({"type": "yes_no"}));
    full["not_applicable"] = json!("full_points");
    framework(vec![
        leaf("1.1.1", "2", json!({"type": "yes_no"})),
        excluded,
        full,
    ])
}

fn claim() -> Answer {
    Answer {
        not_applicable: true,
        explanation: "Trong năm không phát sinh".into(),
        evidence: vec![EvidenceRef {
            number: "01/BC-UBND".into(),
            ..Default::default()
        }],
        ..Default::default()
    }
}

fn answers() -> Answers {
    let mut answers = Answers::new("thu-nghiem", "1");
    *answers.entry("1.1.1") = Answer {
        value: Some(AnswerValue::YesNo(true)),
        evidence: claim().evidence,
        ..Default::default()
    };
    *answers.entry("1.1.2") = claim();
    *answers.entry("1.1.3") = claim();
    answers
}

fn rejecting(code: &str) -> OfficeEntries {
    OfficeEntries {
        rejected_claims: [code.to_string()].into(),
        ..Default::default()
    }
}

#[test]
fn self_assessment_excludes_one_item_and_keeps_the_full_points_of_the_other() {
    let sheet = score(&set(), &answers());
    // 2 + 4 (full points) of 10 − 4 (excluded) = 6 of 6.
    assert_eq!(sheet.leaf("1.1.2").unwrap().status, LeafStatus::Excluded);
    assert_eq!(sheet.applicable_max, d("6"));
    assert_eq!(sheet.total, d("6"));
    assert_eq!(sheet.index_percent, Some(d("100")));
}

#[test]
fn a_rejected_excluded_claim_puts_the_item_back_in_the_denominator() {
    let sheet = score_appraised(&set(), &answers(), &rejecting("1.1.2"));
    // The item counts again with nothing answered: 6 of 10 = 60%, Trung bình instead of Tốt.
    assert_eq!(sheet.leaf("1.1.2").unwrap().status, LeafStatus::Unanswered);
    assert_eq!(sheet.applicable_max, d("10"));
    assert_eq!(sheet.total, d("6"));
    assert_eq!(sheet.index_percent, Some(d("60")));
    assert_eq!(sheet.classification.as_deref(), Some("Trung bình"));
    assert!(sheet
        .problems_of("1.1.2")
        .any(|p| *p == ProblemKind::ClaimRejected));
}

#[test]
fn a_rejected_full_points_claim_takes_the_points_away() {
    let sheet = score_appraised(&set(), &answers(), &rejecting("1.1.3"));
    // The maximum stays 6; the 4 points go: 2 of 6 = 33,33%.
    assert_eq!(sheet.leaf("1.1.3").unwrap().points, d("0"));
    assert_eq!(sheet.applicable_max, d("6"));
    assert_eq!(sheet.total, d("2"));
    assert_eq!(sheet.index_percent, Some(d("33.33")));
}

#[test]
fn a_rejected_claim_with_a_value_is_scored_from_the_value() {
    let mut answers = answers();
    answers.entry("1.1.2").value = Some(AnswerValue::YesNo(true));
    let sheet = score_appraised(&set(), &answers, &rejecting("1.1.2"));
    assert_eq!(sheet.leaf("1.1.2").unwrap().points, d("4"));
    assert_eq!((sheet.total, sheet.applicable_max), (d("10"), d("10")));
}

#[test]
fn adjusted_points_replace_the_self_score_and_recompute_every_level() {
    let office = OfficeEntries {
        adjusted: [("1.1.1".to_string(), d("0.5"))].into(),
        ..Default::default()
    };
    let sheet = score_appraised(&set(), &answers(), &office);
    assert_eq!(sheet.leaf("1.1.1").unwrap().points, d("0.5"));
    assert_eq!(sheet.fields[0].points, d("4.5"));
    assert_eq!(sheet.total, d("4.5"));
    assert_eq!(sheet.index_percent, Some(d("75")));
    // The self score is untouched.
    assert_eq!(score(&set(), &answers()).total, d("6"));
}

#[test]
fn adjusted_points_out_of_range_or_on_an_excluded_item_change_nothing_and_are_reported() {
    for (code, points) in [("1.1.1", "2.5"), ("1.1.1", "-1"), ("1.1.2", "1")] {
        let office = OfficeEntries {
            adjusted: [(code.to_string(), d(points))].into(),
            ..Default::default()
        };
        let sheet = score_appraised(&set(), &answers(), &office);
        assert_eq!(sheet.total, d("6"), "{code} {points}");
        assert_eq!(sheet.applicable_max, d("6"));
        assert!(sheet
            .problems_of(code)
            .any(|p| *p == ProblemKind::OfficeEntryInvalid));
    }
}
