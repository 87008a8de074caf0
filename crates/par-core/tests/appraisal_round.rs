//! The appraisal round with signed files both ways: submission → appraisal (a request, a
//! rejected not-applicable claim) → explanation → final, each verified on the other side, and
//! each forged, tampered or misdirected file refused with its own reason.

mod common;

use common::round::{setup, TIME};
use par_core::appraisal::{
    verify_appraisal, verify_explanation, verify_final, Appraisal, Explanation, FinalPayload,
    FinalResult, KnownAppraisal, OfficeTrust, RoundContext, RoundOutcome,
};
use par_core::score::{LeafStatus, OfficeEntries};
use par_core::submission::UnitKey;
use par_core::Decimal;

fn tampered(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from}");
    text.replacen(from, to, 1)
}

#[test]
fn the_whole_round_verifies_on_each_side() {
    let round = setup();
    // Office → unit: the appraisal, with the rejected claim counted.
    let appraisal = round.appraisal();
    let checked = verify_appraisal(&appraisal.to_json(), round.context());
    assert_eq!(checked.outcome, RoundOutcome::Valid);
    let appraisal_hash = checked.hash.unwrap();
    let scores = &appraisal.payload.scores;
    let self_scores = &round.submission.payload.scores;
    assert_eq!(scores.leaf("3.5.3").unwrap().status, LeafStatus::Unanswered);
    assert_eq!(
        scores.applicable_max,
        self_scores.applicable_max + Decimal::ONE
    );
    assert_ne!(scores.index_percent, self_scores.index_percent);

    // Unit → office: the explanation, signed with the unit's key.
    let explanation = round.explanation(&appraisal);
    let keys = round.unit_keys();
    let known_appraisal = KnownAppraisal {
        payload: &appraisal.payload,
        hash: &appraisal_hash,
    };
    let context = RoundContext {
        appraisal: Some(known_appraisal),
        unit_keys: Some(&keys),
        ..round.context()
    };
    let checked = verify_explanation(&explanation.to_json(), context);
    assert_eq!(checked.outcome, RoundOutcome::Valid);
    assert!(checked.signer_checked);

    // Office → unit: the final result, accepting the claim after the explanation.
    let payload = FinalPayload::new(
        &round.fixture.framework,
        round.known(),
        known_appraisal,
        Some(explanation.hash()),
        OfficeEntries::default(),
        ("dddddddddddddddddddddddddddddddd".into(), TIME.into()),
    );
    let final_result = FinalResult::sign(payload, &round.office_key);
    let checked = verify_final(&final_result.to_json(), context);
    assert_eq!(checked.outcome, RoundOutcome::Valid);
    assert_eq!(final_result.payload.scores.total, self_scores.total);
    assert!(final_result.payload.scores.classification.is_some());
}

#[test]
fn a_tampered_file_of_each_kind_is_refused_as_changed() {
    let round = setup();
    let appraisal = round.appraisal();
    let text = tampered(&appraisal.to_json(), "Có 2 hồ sơ", "Có 3 hồ sơ");
    assert_eq!(
        verify_appraisal(&text, round.context()).outcome,
        RoundOutcome::PayloadChanged
    );
    let explanation = round.explanation(&appraisal);
    let text = tampered(&explanation.to_json(), "Hai hồ sơ", "Ba hồ sơ");
    assert_eq!(
        verify_explanation(&text, round.context()).outcome,
        RoundOutcome::PayloadChanged
    );
}

#[test]
fn appraised_scores_that_are_not_the_recomputed_ones_are_refused() {
    let round = setup();
    let mut appraisal = round.appraisal();
    appraisal.payload.scores.total += Decimal::ONE;
    let forged = Appraisal::sign(appraisal.payload, &round.office_key);
    let outcome = verify_appraisal(&forged.to_json(), round.context()).outcome;
    assert!(
        matches!(outcome, RoundOutcome::ScoresDiffer { .. }),
        "{outcome:?}"
    );
}

#[test]
fn office_keys_unknown_unconfirmed_or_changed_are_told_apart() {
    let round = setup();
    let forger = UnitKey::from_secret([66; 32]);
    let mut payload = round.appraisal().payload;
    payload.appraisal_id = "eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee".into();
    let forged = Appraisal::sign(payload.clone(), &forger).to_json();
    // A key confirmed before, then another: the loud warning.
    let outcome = verify_appraisal(&forged, round.context()).outcome;
    assert!(
        matches!(outcome, RoundOutcome::OfficeKeyChanged { .. }),
        "{outcome:?}"
    );
    // Nothing confirmed yet: shown for confirmation, not accepted.
    let fresh = OfficeTrust::default();
    let context = RoundContext {
        trust: Some(&fresh),
        ..round.context()
    };
    let genuine = Appraisal::sign(payload, &round.office_key).to_json();
    let outcome = verify_appraisal(&genuine, context).outcome;
    assert!(matches!(outcome, RoundOutcome::OfficeKeyUnconfirmed { .. }));
    // The set names the office's keys: any other is refused.
    let named = OfficeTrust {
        from_set: vec![round.office_key.key_id()],
        confirmed: Vec::new(),
    };
    let context = RoundContext {
        trust: Some(&named),
        ..round.context()
    };
    assert_eq!(
        verify_appraisal(&genuine, context).outcome,
        RoundOutcome::Valid
    );
    let outcome = verify_appraisal(&forged, context).outcome;
    assert_eq!(
        outcome,
        RoundOutcome::UnknownOfficeKey {
            key_id: forger.key_id()
        }
    );
}

#[test]
fn an_appraisal_for_another_submission_is_refused() {
    let round = setup();
    let mut payload = round.appraisal().payload;
    payload.submission.sha256 = "f".repeat(64);
    let text = Appraisal::sign(payload, &round.office_key).to_json();
    let outcome = verify_appraisal(&text, round.context()).outcome;
    assert!(
        matches!(outcome, RoundOutcome::OtherSubmission { .. }),
        "{outcome:?}"
    );
}

#[test]
fn an_explanation_for_another_appraisal_or_signed_by_another_key_is_refused() {
    let round = setup();
    let appraisal = round.appraisal();
    let hash = appraisal.hash();
    let keys = round.unit_keys();
    let context = RoundContext {
        appraisal: Some(KnownAppraisal {
            payload: &appraisal.payload,
            hash: &hash,
        }),
        unit_keys: Some(&keys),
        ..round.context()
    };
    let mut payload = round.explanation(&appraisal).payload;
    payload.appraisal = "0".repeat(64);
    let text = Explanation::sign(payload, &round.fixture.key).to_json();
    let outcome = verify_explanation(&text, context).outcome;
    assert!(
        matches!(outcome, RoundOutcome::OtherAppraisal { .. }),
        "{outcome:?}"
    );

    let stranger = UnitKey::from_secret([77; 32]);
    let text = Explanation::sign(round.explanation(&appraisal).payload, &stranger).to_json();
    let outcome = verify_explanation(&text, context).outcome;
    assert!(
        matches!(outcome, RoundOutcome::UnitKeyNotRegistered { .. }),
        "{outcome:?}"
    );

    // An answer to an item nothing asked about.
    let mut payload = round.explanation(&appraisal).payload;
    let answer = payload.answers["3.5.3"].clone();
    payload.answers.insert("1.1.1".into(), answer);
    let text = Explanation::sign(payload, &round.fixture.key).to_json();
    let outcome = verify_explanation(&text, context).outcome;
    assert!(
        matches!(outcome, RoundOutcome::UnknownItem { .. }),
        "{outcome:?}"
    );
}

#[test]
fn a_final_result_for_another_unit_is_refused() {
    let round = setup();
    let appraisal = round.appraisal();
    let hash = appraisal.hash();
    let known = KnownAppraisal {
        payload: &appraisal.payload,
        hash: &hash,
    };
    let mut payload = FinalPayload::new(
        &round.fixture.framework,
        round.known(),
        known,
        None,
        OfficeEntries::default(),
        ("dddddddddddddddddddddddddddddddd".into(), TIME.into()),
    );
    payload.submission.unit.code = "00007".into();
    let text = FinalResult::sign(payload, &round.office_key).to_json();
    let outcome = verify_final(&text, round.context()).outcome;
    assert_eq!(
        outcome,
        RoundOutcome::OtherUnit {
            expected: "00004".into(),
            found: "00007".into()
        }
    );
}

#[test]
fn hostile_envelopes_are_refused_before_any_check() {
    let round = setup();
    let text = round.appraisal().to_json();
    // A key written twice, a submission given as an appraisal, a default written out.
    let twice = text.replacen(
        "\"round\": \"first\"",
        "\"round\": \"first\", \"round\": \"final\"",
        1,
    );
    assert!(matches!(
        verify_appraisal(&twice, round.context()).outcome,
        RoundOutcome::Malformed { .. }
    ));
    assert!(matches!(
        verify_appraisal(&round.fixture.text, round.context()).outcome,
        RoundOutcome::UnknownFormat { .. }
    ));
    let written_out = text.replacen(
        "\"round\": \"first\"",
        "\"round\": \"first\", \"explanation\": null",
        1,
    );
    assert!(matches!(
        verify_appraisal(&written_out, round.context()).outcome,
        RoundOutcome::Malformed { .. }
    ));
}

#[test]
fn oversized_deep_or_inexact_files_are_refused_by_the_one_reader() {
    let round = setup();
    let oversized = format!(
        "{{\"format\": \"par-appraisal/1\", \"pad\": \"{}\"}}",
        "x".repeat(5 << 20)
    );
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let text = round.appraisal().to_json();
    let beyond = text.replacen(
        "\"appraisal_id\"",
        "\"n\": 9007199254740993, \"appraisal_id\"",
        1,
    );
    for hostile in [oversized, deep, beyond] {
        for outcome in [
            verify_appraisal(&hostile, round.context()).outcome,
            verify_explanation(&hostile, round.context()).outcome,
            verify_final(&hostile, round.context()).outcome,
        ] {
            assert!(
                matches!(outcome, RoundOutcome::Malformed { .. }),
                "{outcome:?}"
            );
        }
    }
}

#[test]
fn an_empty_answer_or_a_bad_evidence_hash_is_not_what_the_app_writes() {
    let round = setup();
    let appraisal = round.appraisal();
    let mut payload = round.explanation(&appraisal).payload;
    payload.answers.get_mut("3.5.3").unwrap().text = "  ".into();
    let text = Explanation::sign(payload, &round.fixture.key).to_json();
    let outcome = verify_explanation(&text, round.context()).outcome;
    assert!(matches!(outcome, RoundOutcome::Malformed { ref reason } if reason.contains(".text")));

    let mut payload = round.explanation(&appraisal).payload;
    let evidence = &mut payload.answers.get_mut("3.5.3").unwrap().evidence[0];
    evidence.file.as_mut().unwrap().sha256 = "C".repeat(64);
    let text = Explanation::sign(payload, &round.fixture.key).to_json();
    let outcome = verify_explanation(&text, round.context()).outcome;
    assert!(
        matches!(outcome, RoundOutcome::Malformed { ref reason } if reason.contains("evidence[0]"))
    );
}

#[test]
fn an_appraisal_naming_another_appraising_body_is_refused() {
    let round = setup();
    let mut payload = round.appraisal().payload;
    payload.appraiser = "Phòng Nội vụ huyện khác".into();
    let text = Appraisal::sign(payload, &round.office_key).to_json();
    let outcome = verify_appraisal(&text, round.context()).outcome;
    assert!(
        matches!(outcome, RoundOutcome::Malformed { ref reason } if reason.contains("payload.appraiser"))
    );
}
