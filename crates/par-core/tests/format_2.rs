//! The rules `par-framework/2` adds, each with scores computed by hand: a deduction inside a
//! criterion, not applicable for a whole criterion or field (accepted and rejected), items the
//! office scores from figures, and what a full-points claim without evidence scores.

mod common;

use common::{d, framework_json, leaf};
use par_core::answers::GroupClaim;
use par_core::problems::ProblemKind;
use par_core::score::{FiguresEntered, LeafStatus, OfficeEntries};
use par_core::{score, score_appraised, Answer, AnswerValue, Answers, EvidenceRef, Framework};
use serde_json::{json, Value};

fn load(mut value: Value) -> Framework {
    value["format"] = json!("par-framework/2");
    let set: Framework = serde_json::from_value(value).unwrap();
    let problems = par_core::validate::validate(&set);
    assert!(problems.is_empty(), "fixture must be valid: {problems:?}");
    set
}

fn evidence() -> Vec<EvidenceRef> {
    vec![EvidenceRef {
        number: "12/BC-UBND".into(),
        ..Default::default()
    }]
}

fn answer(value: AnswerValue) -> Answer {
    Answer {
        value: Some(value),
        evidence: evidence(),
        ..Default::default()
    }
}

fn claim(explanation: &str, with_evidence: bool) -> GroupClaim {
    GroupClaim {
        explanation: explanation.into(),
        evidence: if with_evidence {
            evidence()
        } else {
            Vec::new()
        },
    }
}

fn has(sheet: &par_core::ScoreSheet, code: &str, kind: ProblemKind) -> bool {
    sheet
        .problems
        .iter()
        .any(|p| p.code == code && p.kind == kind)
}

// --- A deduction inside a criterion -------------------------------------------------------

/// “Có bố trí công chức đầu mối: 1 điểm; không bố trí: 0 điểm và bị trừ 0,25 điểm”, a count
/// that may go down to -0,5, and a plain item.
fn deduction_set() -> Framework {
    let mut no_contact = leaf("1.1.1", "1", json!({"type": "yes_no", "no_points": -0.25}));
    no_contact["min_points"] = json!(-0.25);
    let mut late = leaf(
        "1.1.2",
        "0.5",
        json!({"type": "count", "unit": "báo cáo chậm", "per_occurrence": -0.25, "start": 0.5}),
    );
    late["min_points"] = json!(-0.5);
    load(framework_json(vec![
        no_contact,
        late,
        leaf("1.1.3", "1", json!({"type": "yes_no"})),
    ]))
}

#[test]
fn a_sub_criterion_goes_below_zero_down_to_the_floor_the_set_states() {
    let set = deduction_set();
    let mut answers = Answers::new("thu-nghiem", "1");
    answers
        .items
        .insert("1.1.1".into(), answer(AnswerValue::YesNo(false)));
    answers
        .items
        .insert("1.1.2".into(), answer(AnswerValue::Count(3)));
    answers
        .items
        .insert("1.1.3".into(), answer(AnswerValue::YesNo(true)));
    let sheet = score(&set, &answers);
    assert!(sheet.problems.is_empty(), "{:?}", sheet.problems);
    // 1.1.1: no → -0,25. 1.1.2: 0,5 − 3 × 0,25 = -0,25. 1.1.3: 1.
    assert_eq!(sheet.leaf("1.1.1").unwrap().points, d("-0.25"));
    assert_eq!(sheet.leaf("1.1.2").unwrap().points, d("-0.25"));
    // Criterion: -0,25 − 0,25 + 1 = 0,5 of 2,5 → 20,00%.
    assert_eq!(sheet.total, d("0.5"));
    assert_eq!(sheet.index_percent, Some(d("20")));

    // Five late reports: 0,5 − 1,25 = -0,75, held at the floor -0,5.
    answers
        .items
        .insert("1.1.2".into(), answer(AnswerValue::Count(5)));
    let sheet = score(&set, &answers);
    assert_eq!(sheet.leaf("1.1.2").unwrap().points, d("-0.5"));
    assert_eq!(sheet.total, d("0.25"));
}

#[test]
fn a_deduction_needs_no_document_to_stand() {
    let mut value = framework_json(vec![{
        let mut item = leaf("1.1.1", "1", json!({"type": "yes_no", "no_points": -0.25}));
        item["min_points"] = json!(-0.25);
        item["evidence"] = json!({"hint": "Quyết định phân công"});
        item
    }]);
    value["evidence_policy"] = json!("zero_without_evidence");
    let set = load(value);
    let mut answers = Answers::new("thu-nghiem", "1");
    answers.entry("1.1.1").value = Some(AnswerValue::YesNo(false));
    let sheet = score(&set, &answers);
    assert_eq!(sheet.leaf("1.1.1").unwrap().points, d("-0.25"));
    assert!(sheet.problems.is_empty(), "{:?}", sheet.problems);
}

#[test]
fn the_new_rules_need_the_second_format_and_a_floor_below_zero() {
    let mut value = serde_json::to_value(deduction_set()).unwrap();
    value["format"] = json!("par-framework/1");
    let set: Framework = serde_json::from_value(value.clone()).unwrap();
    let problems = par_core::validate::validate(&set);
    assert!(
        problems
            .iter()
            .any(|p| p.location == "format" && p.message.contains("par-framework/2")),
        "{problems:?}"
    );
    value["format"] = json!("par-framework/2");
    value["fields"][0]["criteria"][0]["items"][0]["min_points"] = json!(0.25);
    let set: Framework = serde_json::from_value(value).unwrap();
    let problems = par_core::validate::validate(&set);
    assert!(
        problems
            .iter()
            .any(|p| p.location == "fields[0].criteria[0].items[0].min_points"),
        "{problems:?}"
    );
}

// --- Not applicable for a whole criterion or field -----------------------------------------

/// Field 1 (3 points) may be skipped as a whole; criterion 2.1 (2 points) gets full points when
/// nothing happened; field 3 (5 points) always applies.
fn group_set(policy: &str, without_evidence: &str) -> Framework {
    let yes_no = json!({"type": "yes_no"});
    let mut with_hint = leaf("2.1.1", "1", yes_no.clone());
    with_hint["evidence"] = json!({"hint": "Danh mục văn bản được giao"});
    let value = json!({
        "format": "par-framework/2",
        "id": "thu-nghiem", "title": "Bộ thử", "level": "commune", "province": "Tỉnh thử",
        "year": 2025, "version": "1",
        "decision": {"number": "1/QĐ-UBND", "date": "2025-09-15", "issuer": "UBND tỉnh"},
        "appraising_body": "Sở Nội vụ", "evidence_policy": policy,
        "not_applicable_without_evidence": without_evidence,
        "classification": [{"label": "Đạt", "min_percent": 50}, {"label": "Chưa đạt", "min_percent": 0}],
        "fields": [
            {"code": "1", "title": "Thủ tục hành chính", "max_points": 3, "not_applicable": "excluded",
             "criteria": [{"code": "1.1", "title": "Một cửa", "max_points": 3, "items": [
                leaf("1.1.1", "1", yes_no.clone()), leaf("1.1.2", "2", yes_no.clone())]}]},
            {"code": "2", "title": "Thể chế", "max_points": 2, "criteria": [
                {"code": "2.1", "title": "Văn bản được giao", "max_points": 2, "not_applicable": "full_points",
                 "items": [with_hint, leaf("2.1.2", "1", yes_no.clone())]}]},
            {"code": "3", "title": "Công vụ", "max_points": 5, "criteria": [
                {"code": "3.1", "title": "Kỷ luật", "max_points": 5, "items": [leaf("3.1.1", "5", yes_no)]}]}
        ]
    });
    let set: Framework = serde_json::from_value(value).unwrap();
    let problems = par_core::validate::validate(&set);
    assert!(problems.is_empty(), "{problems:?}");
    set
}

fn group_answers() -> Answers {
    let mut answers = Answers::new("thu-nghiem", "1");
    answers
        .items
        .insert("3.1.1".into(), answer(AnswerValue::YesNo(true)));
    answers.group_claims.insert(
        "1".into(),
        claim("Xã không tiếp nhận hồ sơ TTHC nào trong năm", false),
    );
    answers.group_claims.insert(
        "2.1".into(),
        claim("Không được giao ban hành văn bản nào", true),
    );
    answers
}

#[test]
fn one_claim_skips_a_whole_field_or_gives_a_whole_criterion_its_points() {
    let set = group_set("explanation_required", "keeps_full_points");
    let sheet = score(&set, &group_answers());
    assert!(sheet.problems.is_empty(), "{:?}", sheet.problems);
    // Field 1 leaves the maximum: 10 − 3 = 7. Criterion 2.1: 1 + 1 = 2. Field 3: 5.
    assert_eq!(sheet.leaf("1.1.2").unwrap().status, LeafStatus::Excluded);
    assert_eq!(sheet.applicable_max, d("7"));
    assert_eq!(sheet.total, d("7"));
    assert_eq!(sheet.index_percent, Some(d("100")));
    assert_eq!(sheet.progress(), (5, 5));
}

#[test]
fn a_rejected_claim_for_a_whole_field_scores_its_items_as_answered() {
    let set = group_set("explanation_required", "keeps_full_points");
    let office = OfficeEntries {
        rejected_claims: ["1".to_string()].into(),
        ..Default::default()
    };
    let sheet = score_appraised(&set, &group_answers(), &office);
    // Field 1 is back in the maximum with nothing answered: 0 of 3. Total 0 + 2 + 5 = 7 of 10.
    assert_eq!(sheet.applicable_max, d("10"));
    assert_eq!(sheet.total, d("7"));
    assert_eq!(sheet.index_percent, Some(d("70")));
    assert!(has(&sheet, "1", ProblemKind::ClaimRejected));
    assert!(has(&sheet, "1.1.1", ProblemKind::Unanswered));
    // The self-assessment itself is unchanged.
    assert_eq!(score(&set, &group_answers()).total, d("7"));
}

#[test]
fn half_a_field_cannot_be_claimed() {
    let set = group_set("explanation_required", "keeps_full_points");
    let mut answers = group_answers();
    answers.group_claims.remove("1");
    // Claiming one item of field 1 alone: the item has no not-applicable meaning of its own.
    answers.items.insert(
        "1.1.1".into(),
        Answer {
            not_applicable: true,
            explanation: "Không phát sinh".into(),
            ..Default::default()
        },
    );
    answers
        .items
        .insert("1.1.2".into(), answer(AnswerValue::YesNo(true)));
    let sheet = score(&set, &answers);
    assert!(has(&sheet, "1.1.1", ProblemKind::NotApplicableNotAllowed));
    assert_eq!(sheet.applicable_max, d("10"));
    // A claim for a criterion the set gives no such meaning, or for no criterion at all.
    answers
        .group_claims
        .insert("3.1".into(), claim("Không có", false));
    answers
        .group_claims
        .insert("7".into(), claim("Không có", false));
    let sheet = score(&set, &answers);
    assert!(has(&sheet, "3.1", ProblemKind::NotApplicableNotAllowed));
    assert!(has(&sheet, "7", ProblemKind::UnknownItem));
    assert_eq!(sheet.leaf("3.1.1").unwrap().points, d("5"));

    // And the set cannot offer both: the field's claim and an item's own.
    let mut value = serde_json::to_value(&set).unwrap();
    value["fields"][0]["criteria"][0]["items"][0]["not_applicable"] = json!("full_points");
    let both: Framework = serde_json::from_value(value).unwrap();
    let problems = par_core::validate::validate(&both);
    assert!(
        problems
            .iter()
            .any(|p| p.location == "fields[0].criteria[0].items[0].not_applicable"),
        "{problems:?}"
    );
}

#[test]
fn a_group_claim_without_explanation_is_listed_once_under_its_code() {
    let set = group_set("explanation_required", "keeps_full_points");
    let mut answers = group_answers();
    answers.group_claims.insert("1".into(), claim("  ", false));
    let sheet = score(&set, &answers);
    assert!(has(
        &sheet,
        "1",
        ProblemKind::NotApplicableWithoutExplanation
    ));
    assert_eq!(sheet.problems.len(), 1, "{:?}", sheet.problems);
}

// --- A full-points claim without evidence under zero_without_evidence ----------------------

#[test]
fn the_set_says_what_a_full_points_claim_without_evidence_scores() {
    let mut answers = group_answers();
    answers
        .group_claims
        .insert("2.1".into(), claim("Không được giao văn bản nào", false));
    // Keeps full points: 2.1 gives 2.
    let keeps = score(
        &group_set("zero_without_evidence", "keeps_full_points"),
        &answers,
    );
    assert_eq!(keeps.fields[1].points, d("2"));
    assert!(!has(&keeps, "2.1", ProblemKind::EvidenceMissingScoredZero));
    // Scores zero: 2.1.1 needs its document (0), 2.1.2 needs none (1): 1.
    let zero = score(&group_set("zero_without_evidence", "scores_zero"), &answers);
    assert_eq!(zero.fields[1].points, d("1"));
    assert!(has(&zero, "2.1", ProblemKind::EvidenceMissingScoredZero));
    // With the document: 2 again.
    answers
        .group_claims
        .insert("2.1".into(), claim("Không được giao văn bản nào", true));
    let proven = score(&group_set("zero_without_evidence", "scores_zero"), &answers);
    assert_eq!(proven.fields[1].points, d("2"));
}

#[test]
fn an_items_own_full_points_claim_follows_the_same_option() {
    let mut value = framework_json(vec![{
        let mut item = leaf("1.1.1", "2", json!({"type": "yes_no"}));
        item["not_applicable"] = json!("full_points");
        item["evidence"] = json!({"hint": "Sổ theo dõi đơn thư"});
        item
    }]);
    value["evidence_policy"] = json!("zero_without_evidence");
    value["not_applicable_without_evidence"] = json!("scores_zero");
    let set = load(value);
    let mut answers = Answers::new("thu-nghiem", "1");
    *answers.entry("1.1.1") = Answer {
        not_applicable: true,
        explanation: "Không có đơn thư nào trong năm".into(),
        ..Default::default()
    };
    let sheet = score(&set, &answers);
    assert_eq!(sheet.leaf("1.1.1").unwrap().points, d("0"));
    assert!(has(&sheet, "1.1.1", ProblemKind::EvidenceMissingScoredZero));
    answers.entry("1.1.1").evidence = evidence();
    assert_eq!(score(&set, &answers).leaf("1.1.1").unwrap().points, d("2"));
}

// --- Items the office scores from figures --------------------------------------------------

fn survey_set() -> Framework {
    let figures = |top: u32| {
        json!({
            "numerator_label": "Số ý kiến hài lòng", "denominator_label": "Số ý kiến thu thập",
            "bands": [
                {"from": 90, "points": top},
                {"from": 70, "to": 90, "proportional": true},
                {"to": 70, "points": 0}
            ],
            "on_zero_denominator": "excluded"
        })
    };
    load(framework_json(vec![
        leaf(
            "1.1.1",
            "4",
            json!({"type": "survey", "source": "SIPAS 2025", "figures": figures(4)}),
        ),
        leaf(
            "1.1.2",
            "1",
            json!({"type": "appraiser_only", "figures": figures(1)}),
        ),
        leaf("1.1.3", "2", json!({"type": "survey"})),
    ]))
}

fn figures(numerator: &str, denominator: &str) -> FiguresEntered {
    FiguresEntered {
        numerator: d(numerator),
        denominator: d(denominator),
    }
}

#[test]
fn the_office_enters_figures_and_the_points_follow() {
    let set = survey_set();
    let answers = Answers::new("thu-nghiem", "1");
    // The unit's own sheet: all pending.
    let own = score(&set, &answers);
    assert_eq!(own.leaf("1.1.1").unwrap().status, LeafStatus::Pending);
    assert!(own.provisional);

    let mut office = OfficeEntries::default();
    // 456 of 500 = 91,2% → 4. 80 of 100 = 80% → 1 × 80% = 0,8. 1.1.3 set directly: 1,5.
    office.figures.insert("1.1.1".into(), figures("456", "500"));
    office.figures.insert("1.1.2".into(), figures("80", "100"));
    office.points.insert("1.1.3".into(), d("1.5"));
    let sheet = score_appraised(&set, &answers, &office);
    assert_eq!(sheet.leaf("1.1.1").unwrap().points, d("4"));
    assert_eq!(sheet.leaf("1.1.1").unwrap().percent, Some(d("91.2")));
    assert_eq!(sheet.leaf("1.1.2").unwrap().points, d("0.8"));
    assert_eq!(sheet.total, d("6.3"));
    assert!(!sheet.provisional);
    // 6,3 of 7 = 90,00%.
    assert_eq!(sheet.index_percent, Some(d("90")));

    // 300 of 500 = 60% → 0; nobody surveyed → the item leaves the maximum.
    office.figures.insert("1.1.1".into(), figures("300", "500"));
    office.figures.insert("1.1.2".into(), figures("0", "0"));
    let sheet = score_appraised(&set, &answers, &office);
    assert_eq!(sheet.leaf("1.1.1").unwrap().points, d("0"));
    assert_eq!(sheet.leaf("1.1.2").unwrap().status, LeafStatus::Excluded);
    assert_eq!(sheet.applicable_max, d("6"));
}

#[test]
fn figures_that_cannot_be_scored_are_the_offices_problem() {
    let set = survey_set();
    let mut office = OfficeEntries::default();
    office.figures.insert("1.1.1".into(), figures("501", "500"));
    office.figures.insert("1.1.3".into(), figures("1", "2"));
    office.points.insert("1.1.2".into(), d("1.5"));
    let sheet = score_appraised(&set, &Answers::new("thu-nghiem", "1"), &office);
    for code in ["1.1.1", "1.1.2", "1.1.3"] {
        assert!(
            has(&sheet, code, ProblemKind::OfficeEntryInvalid),
            "{code}: {:?}",
            sheet.problems
        );
        assert_eq!(sheet.leaf(code).unwrap().points, d("0"));
    }
}

#[test]
fn a_whole_criterion_claim_moves_to_a_new_version_or_is_set_aside() {
    use par_core::draft::{framework_changes, upgrade_answers, ChangeKind};
    let old = group_set("explanation_required", "keeps_full_points");
    let mut value = serde_json::to_value(&old).unwrap();
    value["version"] = json!("2");
    // Criterion 2.1 can no longer be claimed as a whole; field 1 still can.
    value["fields"][1]["criteria"][0]
        .as_object_mut()
        .unwrap()
        .remove("not_applicable");
    let new: Framework = serde_json::from_value(value).unwrap();
    assert!(par_core::validate::validate(&new).is_empty());
    let listed = framework_changes(&old, &new);
    assert!(listed
        .iter()
        .any(|c| c.code == "2.1" && c.kind == ChangeKind::RuleChanged));

    let (carried, changes) = upgrade_answers(&old, &new, &group_answers());
    assert!(carried.group_claims.contains_key("1"));
    assert!(!carried.group_claims.contains_key("2.1"));
    let aside = changes
        .iter()
        .find(|c| c.code == "2.1" && c.kind == ChangeKind::RuleChangedValueSetAside)
        .expect("the claim is set aside");
    let kept = aside.set_aside.as_ref().unwrap();
    assert!(kept.not_applicable);
    assert_eq!(kept.explanation, "Không được giao ban hành văn bản nào");
}
