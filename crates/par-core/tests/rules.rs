//! Every rule type against hand-computed values, including both sides of every band edge.

mod common;

use common::*;
use par_core::score::LeafStatus;
use par_core::AnswerValue::{self, *};
use serde_json::json;

fn pct(text: &str) -> AnswerValue {
    Percent(d(text))
}

fn ratio(n: &str, den: &str) -> AnswerValue {
    Ratio {
        numerator: d(n),
        denominator: d(den),
    }
}

#[test]
fn yes_no_defaults_to_full_or_zero_and_honours_custom_points() {
    let set = framework(vec![
        leaf("1.1.1", "1", json!({"type": "yes_no"})),
        leaf(
            "1.1.2",
            "1",
            json!({"type": "yes_no", "yes_points": 0, "no_points": 1}),
        ),
    ]);
    assert_eq!(points(&set, "1.1.1", YesNo(true)), d("1"));
    assert_eq!(points(&set, "1.1.1", YesNo(false)), d("0"));
    assert_eq!(
        points(&set, "1.1.2", YesNo(true)),
        d("0"),
        "“Có vi phạm” scores nothing"
    );
    assert_eq!(points(&set, "1.1.2", YesNo(false)), d("1"));
}

#[test]
fn levels_give_the_points_of_the_chosen_option() {
    let set = framework(vec![leaf(
        "1.1.1",
        "1",
        json!({"type": "levels", "options": [
            {"id": "kip_thoi", "label": "Ban hành kịp thời", "points": 1},
            {"id": "khong_kip_thoi", "label": "Ban hành không kịp thời", "points": 0.5},
            {"id": "khong_ban_hanh", "label": "Không ban hành", "points": 0}
        ]}),
    )]);
    assert_eq!(points(&set, "1.1.1", Level("kip_thoi".into())), d("1"));
    assert_eq!(
        points(&set, "1.1.1", Level("khong_kip_thoi".into())),
        d("0.5")
    );
    assert_eq!(
        points(&set, "1.1.1", Level("khong_ban_hanh".into())),
        d("0")
    );
    let sheet = par_core::score(&set, &answers(&[("1.1.1", Level("khac".into()))]));
    assert_eq!(sheet.leaf("1.1.1").unwrap().status, LeafStatus::Invalid);
    assert!(matches!(
        sheet.problems[0].kind,
        par_core::problems::ProblemKind::UnknownOption { .. }
    ));
}

#[test]
fn percent_bands_on_both_sides_of_every_edge() {
    let set = framework(vec![leaf(
        "1.1.1",
        "2",
        json!({"type": "percent", "bands": three_bands()}),
    )]);
    for (value, expected) in [
        ("0", "0"),
        ("79.9999", "0"),
        ("80", "1"),
        ("80.0001", "1"),
        ("99.9999", "1"),
        ("100", "2"),
    ] {
        assert_eq!(points(&set, "1.1.1", pct(value)), d(expected), "{value}%");
    }
}

#[test]
fn exclusive_lower_and_inclusive_upper_bounds_as_written_70_to_90() {
    // "> 90%: 2; 70–90%: 1; < 70%: 0": both 70 and 90 belong to the middle band.
    let set = framework(vec![leaf(
        "1.1.1",
        "2",
        json!({"type": "percent", "bands": [
            {"from": 90, "from_inclusive": false, "points": 2},
            {"from": 70, "to": 90, "to_inclusive": true, "points": 1},
            {"to": 70, "points": 0}
        ]}),
    )]);
    for (value, expected) in [
        ("69.9999", "0"),
        ("70", "1"),
        ("90", "1"),
        ("90.0001", "2"),
        ("100", "2"),
    ] {
        assert_eq!(points(&set, "1.1.1", pct(value)), d(expected), "{value}%");
    }
}

#[test]
fn percent_out_of_range_is_invalid_not_scored() {
    let set = framework(vec![leaf(
        "1.1.1",
        "2",
        json!({"type": "percent", "bands": three_bands()}),
    )]);
    for value in ["100.0001", "-1"] {
        let sheet = par_core::score(&set, &answers(&[("1.1.1", pct(value))]));
        let leaf = sheet.leaf("1.1.1").unwrap();
        assert_eq!(
            (leaf.status, leaf.points),
            (LeafStatus::Invalid, d("0")),
            "{value}"
        );
        assert_eq!(
            sheet.problems[0].kind,
            par_core::problems::ProblemKind::PercentOutOfRange
        );
    }
}

#[test]
fn proportional_band_scores_max_times_rate_and_rounds_once() {
    // 100%: 1; 90% to below 100%: 1 × rate; below 90%: 0.
    let set = framework(vec![leaf(
        "1.1.1",
        "1",
        json!({"type": "percent", "bands": [
            {"from": 100, "to": 100, "to_inclusive": true, "points": 1},
            {"from": 90, "to": 100, "proportional": true},
            {"to": 90, "points": 0}
        ]}),
    )]);
    assert_eq!(points(&set, "1.1.1", pct("80")), d("0"));
    assert_eq!(points(&set, "1.1.1", pct("89.9999")), d("0"));
    assert_eq!(points(&set, "1.1.1", pct("90")), d("0.9"));
    assert_eq!(
        points(&set, "1.1.1", pct("97.5")),
        d("0.98"),
        "0.975 rounds half up"
    );
    assert_eq!(points(&set, "1.1.1", pct("97.4999")), d("0.97"));
    assert_eq!(points(&set, "1.1.1", pct("100")), d("1"));
}

#[test]
fn ratio_compares_the_exact_rate_with_band_edges() {
    let set = framework(vec![leaf(
        "1.1.1",
        "2",
        json!({
            "type": "ratio", "numerator_label": "Số hồ sơ đúng hạn", "denominator_label": "Số hồ sơ tiếp nhận",
            "bands": three_bands(), "on_zero_denominator": "full_points"
        }),
    )]);
    assert_eq!(
        points(&set, "1.1.1", ratio("79", "99")),
        d("0"),
        "79,797…% is below 80%"
    );
    assert_eq!(points(&set, "1.1.1", ratio("80", "100")), d("1"));
    assert_eq!(points(&set, "1.1.1", ratio("146", "150")), d("1"), "97,33%");
    assert_eq!(points(&set, "1.1.1", ratio("150", "150")), d("2"));
    let sheet = par_core::score(&set, &answers(&[("1.1.1", ratio("146", "150"))]));
    assert_eq!(sheet.leaf("1.1.1").unwrap().percent, Some(d("97.33")));
}

#[test]
fn ratio_zero_denominator_has_its_stated_outcome() {
    let rule = |outcome: &str| {
        json!({
            "type": "ratio", "numerator_label": "Đúng hạn", "denominator_label": "Tiếp nhận",
            "bands": three_bands(), "on_zero_denominator": outcome
        })
    };
    let set = framework(vec![
        leaf("1.1.1", "2", rule("full_points")),
        leaf("1.1.2", "2", rule("zero_points")),
        leaf("1.1.3", "2", rule("excluded")),
    ]);
    let sheet = par_core::score(
        &set,
        &answers(&[
            ("1.1.1", ratio("0", "0")),
            ("1.1.2", ratio("0", "0")),
            ("1.1.3", ratio("0", "0")),
        ]),
    );
    assert_eq!(sheet.leaf("1.1.1").unwrap().points, d("2"));
    assert_eq!(sheet.leaf("1.1.2").unwrap().points, d("0"));
    assert_eq!(sheet.leaf("1.1.3").unwrap().status, LeafStatus::Excluded);
    assert_eq!(
        sheet.applicable_max,
        d("4"),
        "the excluded 2 points leave the denominator"
    );
    assert_eq!(sheet.index_percent, Some(d("50")));
}

#[test]
fn ratio_rejects_numerator_above_denominator_and_negatives() {
    let set = framework(vec![leaf(
        "1.1.1",
        "2",
        json!({
            "type": "ratio", "numerator_label": "a", "denominator_label": "b",
            "bands": three_bands(), "on_zero_denominator": "zero_points"
        }),
    )]);
    use par_core::problems::ProblemKind::*;
    for (value, problem) in [
        (ratio("5", "4"), NumeratorAboveDenominator),
        (ratio("-1", "4"), NegativeNumber),
    ] {
        let sheet = par_core::score(&set, &answers(&[("1.1.1", value)]));
        assert_eq!(sheet.problems[0].kind, problem);
        assert_eq!(sheet.leaf("1.1.1").unwrap().points, d("0"));
    }
}

#[test]
fn parts_add_up_and_are_capped() {
    let set = framework(vec![leaf(
        "1.1.1",
        "1",
        json!({"type": "parts", "cap": 0.75, "parts": [
            {"id": "bang_tin", "label": "Bảng tin", "points": 0.25},
            {"id": "website", "label": "Trang thông tin điện tử", "points": 0.25},
            {"id": "hoi_nghi", "label": "Hội nghị", "points": 0.5}
        ]}),
    )]);
    let ticked = |ids: &[&str]| Parts(ids.iter().map(|s| s.to_string()).collect());
    assert_eq!(points(&set, "1.1.1", ticked(&[])), d("0"));
    assert_eq!(points(&set, "1.1.1", ticked(&["bang_tin"])), d("0.25"));
    assert_eq!(
        points(&set, "1.1.1", ticked(&["bang_tin", "website"])),
        d("0.5")
    );
    assert_eq!(
        points(&set, "1.1.1", ticked(&["bang_tin", "website", "hoi_nghi"])),
        d("0.75"),
        "capped"
    );
    assert_eq!(
        points(&set, "1.1.1", ticked(&["bang_tin", "bang_tin"])),
        d("0.25"),
        "a part counts once"
    );
}

#[test]
fn count_deduction_from_a_start_is_limited() {
    // 1 point, minus 0.25 per late dossier, at most minus 1.
    let set = framework(vec![leaf(
        "1.1.1",
        "1",
        json!({
            "type": "count", "unit": "hồ sơ trễ hạn", "per_occurrence": -0.25, "start": 1, "limit": 1
        }),
    )]);
    for (count, expected) in [(0, "1"), (1, "0.75"), (3, "0.25"), (4, "0"), (40, "0")] {
        assert_eq!(points(&set, "1.1.1", Count(count)), d(expected), "{count}");
    }
}

#[test]
fn count_bonus_is_capped_by_limit_and_maximum() {
    let set = framework(vec![leaf(
        "1.1.1",
        "1",
        json!({
            "type": "count", "unit": "sáng kiến", "per_occurrence": 0.5, "limit": 1
        }),
    )]);
    assert_eq!(points(&set, "1.1.1", Count(1)), d("0.5"));
    assert_eq!(points(&set, "1.1.1", Count(5)), d("1"));
}

#[test]
fn survey_and_appraiser_items_are_pending_not_zero() {
    let set = framework(vec![
        leaf("1.1.1", "2", json!({"type": "yes_no"})),
        leaf("1.1.2", "6", json!({"type": "survey", "source": "SIPAS"})),
        leaf("1.1.3", "2", json!({"type": "appraiser_only"})),
    ]);
    let sheet = par_core::score(&set, &answers(&[("1.1.1", YesNo(true))]));
    assert_eq!(sheet.leaf("1.1.2").unwrap().status, LeafStatus::Pending);
    assert_eq!(sheet.pending_max, d("8"));
    assert_eq!(sheet.self_assessable_max(), d("2"));
    assert!(sheet.provisional);
    assert!(
        sheet.problems.is_empty(),
        "the unit has nothing left to do: {:?}",
        sheet.problems
    );
}

#[test]
fn what_a_unit_writes_for_an_office_item_is_ignored_and_reported() {
    let set = framework(vec![
        leaf("1.1.1", "2", json!({"type": "yes_no"})),
        leaf("1.1.2", "6", json!({"type": "survey", "source": "SIPAS"})),
        leaf("1.1.3", "2", json!({"type": "appraiser_only"})),
    ]);
    // Points written into the answers (a forger raising the total) and any other value: the
    // points stay the office's to set, and each item is named as a problem.
    let unit_tries = answers(&[
        ("1.1.1", YesNo(true)),
        ("1.1.2", OfficePoints(d("5.5"))),
        ("1.1.3", YesNo(true)),
    ]);
    let sheet = par_core::score(&set, &unit_tries);
    assert_eq!(
        (sheet.total, sheet.pending_max, sheet.provisional),
        (d("2"), d("8"), true)
    );
    for code in ["1.1.2", "1.1.3"] {
        assert_eq!(sheet.leaf(code).unwrap().status, LeafStatus::Pending);
        assert!(sheet
            .problems_of(code)
            .any(|p| *p == par_core::problems::ProblemKind::OfficeOnly));
    }
    // On an item the unit scores, office points are a value of the wrong kind.
    let sheet = par_core::score(&set, &answers(&[("1.1.1", OfficePoints(d("2")))]));
    assert_eq!(sheet.leaf("1.1.1").unwrap().status, LeafStatus::Invalid);
    assert_eq!(sheet.total, d("0"));
}

#[test]
fn not_applicable_full_points_and_excluded() {
    let set = framework(vec![
        json!({"code": "1.1.1", "title": "Giải quyết đơn thư", "max_points": 2,
               "rule": {"type": "yes_no"}, "not_applicable": "full_points"}),
        json!({"code": "1.1.2", "title": "TTHC liên thông", "max_points": 3,
               "rule": {"type": "yes_no"}, "not_applicable": "excluded"}),
        leaf("1.1.3", "5", json!({"type": "yes_no"})),
    ]);
    let mut a = answers(&[("1.1.3", YesNo(true))]);
    for code in ["1.1.1", "1.1.2"] {
        let answer = a.entry(code);
        answer.not_applicable = true;
        answer.explanation = "Trong năm không phát sinh.".into();
    }
    let sheet = par_core::score(&set, &a);
    assert_eq!(sheet.leaf("1.1.1").unwrap().points, d("2"));
    assert_eq!(sheet.leaf("1.1.2").unwrap().status, LeafStatus::Excluded);
    assert_eq!((sheet.total, sheet.applicable_max), (d("7"), d("7")));
    assert_eq!(sheet.index_percent, Some(d("100")));
    assert!(sheet.problems.is_empty());

    // Without an explanation the claim is flagged; on an item that always applies it is invalid.
    a.entry("1.1.1").explanation.clear();
    a.entry("1.1.3").not_applicable = true;
    let sheet = par_core::score(&set, &a);
    use par_core::problems::ProblemKind::*;
    assert!(sheet
        .problems_of("1.1.1")
        .any(|p| *p == NotApplicableWithoutExplanation));
    assert!(sheet
        .problems_of("1.1.3")
        .any(|p| *p == NotApplicableNotAllowed));
    assert_eq!(sheet.leaf("1.1.3").unwrap().points, d("0"));
}

#[test]
fn evidence_policy_zero_without_evidence_vs_explanation_required() {
    let item = json!({"code": "1.1.1", "title": "Kế hoạch CCHC", "max_points": 1,
        "rule": {"type": "yes_no"}, "evidence": {"hint": "Kế hoạch CCHC năm"}});
    let mut no_evidence = par_core::Answers::new("thu-nghiem", "1");
    no_evidence.entry("1.1.1").value = Some(YesNo(true));

    let mut set = framework(vec![item]);
    use par_core::problems::ProblemKind::*;
    // explanation_required: points kept, an explanation is asked for.
    let sheet = par_core::score(&set, &no_evidence);
    assert_eq!(sheet.total, d("1"));
    assert_eq!(sheet.problems[0].kind, EvidenceMissingNoExplanation);
    no_evidence.entry("1.1.1").explanation = "Văn bản đang trình ký, sẽ bổ sung.".into();
    assert!(par_core::score(&set, &no_evidence).problems.is_empty());

    // zero_without_evidence: no document, no points, whatever the explanation.
    set.evidence_policy = par_core::framework::EvidencePolicy::ZeroWithoutEvidence;
    let sheet = par_core::score(&set, &no_evidence);
    assert_eq!(sheet.total, d("0"));
    assert_eq!(sheet.problems[0].kind, EvidenceMissingScoredZero);
    // A "Không" answer scores nothing anyway, so it needs no document.
    no_evidence.entry("1.1.1").value = Some(YesNo(false));
    assert!(par_core::score(&set, &no_evidence).problems.is_empty());
}

#[test]
fn leaf_scores_round_half_up_to_the_set_decimals() {
    // 2/3 of 1 point through a proportional ratio: 0.6666… → 0.67.
    let set = framework(vec![leaf(
        "1.1.1",
        "1",
        json!({
            "type": "ratio", "numerator_label": "a", "denominator_label": "b",
            "bands": [{"proportional": true}], "on_zero_denominator": "zero_points"
        }),
    )]);
    assert_eq!(points(&set, "1.1.1", ratio("2", "3")), d("0.67"));
    assert_eq!(points(&set, "1.1.1", ratio("1", "3")), d("0.33"));
    let mut one_decimal = set.clone();
    one_decimal.decimals = 1;
    assert_eq!(points(&one_decimal, "1.1.1", ratio("2", "3")), d("0.7"));
}

#[test]
fn bonus_and_penalty_sit_outside_the_maximum_within_caps() {
    let mut value = common::framework_json(vec![leaf("1.1.1", "10", json!({"type": "yes_no"}))]);
    value["adjustments"] = json!([
        {"code": "9.1", "title": "Điểm thưởng", "kind": "bonus", "cap": 1, "items": [
            leaf("9.1.1", "1", json!({"type": "count", "unit": "sáng kiến", "per_occurrence": 0.5})),
            leaf("9.1.2", "1", json!({"type": "yes_no"}))
        ]},
        {"code": "9.2", "title": "Điểm trừ", "kind": "penalty", "cap": 2, "items": [
            leaf("9.2.1", "3", json!({"type": "count", "unit": "lần bị phê bình", "per_occurrence": 1}))
        ]}
    ]);
    let set: par_core::Framework = serde_json::from_value(value).unwrap();
    assert!(par_core::validate::validate(&set).is_empty());
    let sheet = par_core::score(
        &set,
        &answers(&[
            ("1.1.1", YesNo(true)),
            ("9.1.1", Count(1)),
            ("9.1.2", YesNo(true)),
            ("9.2.1", Count(3)),
        ]),
    );
    assert_eq!(sheet.adjustments[0].raw_points, d("1.5"));
    assert_eq!(sheet.adjustments[0].points, d("1"), "bonus capped at 1");
    assert_eq!(sheet.adjustments[1].points, d("-2"), "penalty capped at 2");
    assert_eq!(
        sheet.max_points,
        d("10"),
        "adjustments are outside the maximum"
    );
    assert_eq!(sheet.total, d("9"));
    assert_eq!(sheet.index_percent, Some(d("90")));
    assert_eq!(sheet.classification.as_deref(), Some("Tốt"));
}

#[test]
fn wrong_value_kind_and_unknown_codes_are_reported() {
    let set = framework(vec![leaf("1.1.1", "1", json!({"type": "yes_no"}))]);
    let sheet = par_core::score(
        &set,
        &answers(&[("1.1.1", Count(2)), ("7.7.7", YesNo(true))]),
    );
    use par_core::problems::ProblemKind::*;
    assert!(matches!(
        sheet.problems_of("1.1.1").next(),
        Some(WrongValueKind { .. })
    ));
    assert!(sheet.problems_of("7.7.7").any(|p| *p == UnknownItem));
    let empty = par_core::score(&set, &par_core::Answers::new("thu-nghiem", "1"));
    assert_eq!(empty.problems[0].kind, Unanswered);
    assert_eq!(empty.leaf("1.1.1").unwrap().status, LeafStatus::Unanswered);
}
