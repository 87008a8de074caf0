//! The unit's side of the round as the commune app keeps it: the files kept with the draft, the
//! comparison of self and appraised scores (lowered items first), the explanation made from the
//! answers typed, and the trail rebuilt from the texts.

mod common;

use common::round::{setup, TIME};
use par_core::appraisal::{
    comparison, explanation_payload, submission_to_check, verify_explanation, AnswerDraft,
    ExplanationProblem, FileKind, FinalPayload, FinalResult, KnownAppraisal, RoundContext,
    RoundOutcome, RoundRecord,
};
use par_core::draft::ExportRecord;
use par_core::score::OfficeEntries;
use par_core::{Decimal, EvidenceRef};

fn export(revision: u32, hash: &str) -> ExportRecord {
    ExportRecord {
        revision,
        submission_id: format!("s{revision}"),
        hash: hash.into(),
        created_at: TIME.into(),
        file_name: format!("r{revision}.json"),
        content: None,
    }
}

#[test]
fn a_file_is_checked_against_the_export_it_names_or_else_the_latest() {
    let exports = [export(1, "aa"), export(3, "cc"), export(2, "bb")];
    assert_eq!(submission_to_check("bb", &exports).unwrap().revision, 2);
    assert_eq!(submission_to_check("zz", &exports).unwrap().revision, 3);
    assert!(submission_to_check("aa", &[]).is_none());
}

#[test]
fn the_lowered_items_come_first_with_the_remarks_and_requests() {
    let round = setup();
    let appraisal = round.appraisal();
    let rows = comparison(&round.submission.payload.scores, &appraisal.payload);
    // 3.5.3's not-applicable claim was rejected: it counts again, at 0, and comes first.
    let first = &rows[0];
    assert_eq!(first.code, "3.5.3");
    assert!(first.lowered && first.changed());
    assert_eq!(first.self_points, None);
    assert_eq!(first.appraised, Some(Decimal::ZERO));
    assert_eq!(
        first.request.as_deref(),
        Some("Giải trình số hồ sơ cấp phép năm 2025")
    );
    assert!(first.remark.as_deref().unwrap().contains("Có 2 hồ sơ"));
    assert_eq!(rows.iter().filter(|r| r.lowered).count(), 1);
    // The others keep the set's order and their self scores.
    let rest: Vec<&str> = rows[1..].iter().map(|r| r.code.as_str()).collect();
    let order: Vec<&str> = appraisal
        .payload
        .scores
        .leaves
        .iter()
        .map(|l| l.code.as_str())
        .filter(|c| *c != "3.5.3")
        .collect();
    assert_eq!(rest, order);
    assert!(rows[1..].iter().all(|r| !r.changed()));
}

#[test]
fn the_explanation_from_the_answers_typed_verifies_and_problems_are_located() {
    let round = setup();
    let appraisal = round.appraisal();
    let hash = appraisal.hash();
    let known = KnownAppraisal {
        payload: &appraisal.payload,
        hash: &hash,
    };
    let id_time = || ("b".repeat(32), TIME.to_string());
    assert_eq!(
        explanation_payload(known, &Default::default(), id_time()),
        Err(ExplanationProblem::NothingAnswered)
    );
    let mut answers = std::collections::BTreeMap::new();
    answers.insert(
        "3.5.3".to_string(),
        AnswerDraft {
            text: "  Hai hồ sơ do cấp tỉnh giải quyết  ".into(),
            evidence: vec![
                EvidenceRef {
                    number: "15/BC-UBND".into(),
                    date: "15/1/2026".into(),
                    ..Default::default()
                },
                EvidenceRef::default(),
            ],
        },
    );
    // An answer to something not requested is kept in the draft but never signed.
    answers.insert(
        "1.1.1".to_string(),
        AnswerDraft {
            text: "không được hỏi".into(),
            evidence: vec![],
        },
    );
    let payload = explanation_payload(known, &answers, id_time()).unwrap();
    assert_eq!(payload.answers.len(), 1);
    let answer = &payload.answers["3.5.3"];
    assert_eq!(answer.text, "Hai hồ sơ do cấp tỉnh giải quyết");
    assert_eq!(answer.evidence.len(), 1, "the blank row is left out");
    assert_eq!(answer.evidence[0].date, "2026-01-15");
    let file = par_core::appraisal::Explanation::sign(payload, &round.fixture.key);
    let keys = round.unit_keys();
    let context = RoundContext {
        appraisal: Some(known),
        unit_keys: Some(&keys),
        ..round.context()
    };
    assert_eq!(
        verify_explanation(&file.to_json(), context).outcome,
        RoundOutcome::Valid
    );

    answers.get_mut("3.5.3").unwrap().evidence[0].date = "31/02/2026".into();
    assert_eq!(
        explanation_payload(known, &answers, id_time()),
        Err(ExplanationProblem::DateNotReal {
            code: "3.5.3".into(),
            number: 1
        })
    );
    answers.get_mut("3.5.3").unwrap().evidence[0] = EvidenceRef {
        issuer: "UBND xã".into(),
        ..Default::default()
    };
    let problem = explanation_payload(known, &answers, id_time()).unwrap_err();
    assert_eq!(problem.code(), Some("3.5.3"));
    assert!(problem.describe(par_core::Lang::Vi).contains("tài liệu 1"));
    assert!(problem.describe(par_core::Lang::En).contains("document 1"));
}

#[test]
fn the_kept_files_rebuild_the_trail_and_a_final_result_closes_the_year() {
    let round = setup();
    let appraisal = round.appraisal();
    let explanation = round.explanation(&appraisal);
    let mut record = RoundRecord::default();
    assert!(record.is_empty() && !record.is_closed());
    record.add_appraisal(&appraisal.to_json(), &round.fixture.text);
    record.add_appraisal(&appraisal.to_json(), &round.fixture.text);
    assert_eq!(record.appraisals.len(), 1, "the same file is kept once");
    assert_eq!(record.latest_appraisal().unwrap().1, appraisal.hash());
    assert_eq!(record.submission().unwrap().1, round.submission_hash);
    record.explanations.push(explanation.to_json());
    let hash = appraisal.hash();
    let final_payload = FinalPayload::new(
        &round.fixture.framework,
        round.known(),
        KnownAppraisal {
            payload: &appraisal.payload,
            hash: &hash,
        },
        Some(explanation.hash()),
        OfficeEntries::default(),
        ("d".repeat(32), TIME.into()),
    );
    record.final_result = Some(FinalResult::sign(final_payload, &round.office_key).to_json());
    assert!(record.is_closed());

    let trail = record.trail();
    let kinds: Vec<FileKind> = trail.steps.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        [
            FileKind::Submission,
            FileKind::Appraisal,
            FileKind::Explanation,
            FileKind::Final
        ]
    );
    assert!(trail.unlinked.is_empty());
    assert_eq!(trail.steps[1].changed[0].code, "3.5.3");
    assert_eq!(trail.steps[2].items, ["3.5.3"]);
    // The claim accepted in the end: the final result puts 3.5.3 back as the unit claimed.
    assert_eq!(trail.steps[3].changed[0].code, "3.5.3");
    assert_eq!(trail.steps[3].changed[0].after, None);
}
