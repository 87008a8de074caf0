//! Small criteria sets built from JSON snippets, so each test shows the rule it exercises.
#![allow(dead_code)]

pub mod hostile;
pub mod round;
pub mod signed;

use par_core::{Answer, AnswerValue, Answers, Decimal, Framework};
use serde_json::{json, Value};

pub fn d(text: &str) -> Decimal {
    Decimal::parse(text).unwrap()
}

/// A valid header with one field "1" and one criterion "1.1" holding `items` (their maxima summed).
pub fn framework_json(items: Vec<Value>) -> Value {
    let max: Decimal = items
        .iter()
        .map(|i| serde_json::from_value::<Decimal>(i["max_points"].clone()).unwrap())
        .sum();
    json!({
        "format": "par-framework/1",
        "id": "thu-nghiem",
        "title": "Bộ tiêu chí thử nghiệm",
        "level": "commune",
        "province": "Tỉnh thử nghiệm",
        "year": 2025,
        "version": "1",
        "decision": {"number": "1/QĐ-UBND", "date": "2025-09-15", "issuer": "UBND tỉnh"},
        "appraising_body": "Sở Nội vụ tỉnh thử nghiệm",
        "evidence_policy": "explanation_required",
        "classification": [
            {"label": "Tốt", "min_percent": 90},
            {"label": "Khá", "min_percent": 70},
            {"label": "Trung bình", "min_percent": 50},
            {"label": "Kém", "min_percent": 0}
        ],
        "fields": [{
            "code": "1", "title": "Lĩnh vực thử nghiệm", "max_points": max,
            "criteria": [{"code": "1.1", "title": "Tiêu chí thử nghiệm", "max_points": max, "items": items}]
        }]
    })
}

pub fn leaf(code: &str, max: &str, rule: Value) -> Value {
    json!({"code": code, "title": format!("Tiêu chí {code}"), "max_points": d(max), "rule": rule})
}

pub fn framework(items: Vec<Value>) -> Framework {
    let set: Framework = serde_json::from_value(framework_json(items)).unwrap();
    let problems = par_core::validate::validate(&set);
    assert!(problems.is_empty(), "fixture must be valid: {problems:?}");
    set
}

/// Answers with a value and one filled evidence reference for each `(code, value)`.
pub fn answers(values: &[(&str, AnswerValue)]) -> Answers {
    let mut answers = Answers::new("thu-nghiem", "1");
    for (code, value) in values {
        *answers.entry(code) = Answer {
            value: Some(value.clone()),
            evidence: vec![par_core::EvidenceRef {
                number: "12/BC-UBND".into(),
                ..Default::default()
            }],
            ..Default::default()
        };
    }
    answers
}

/// Points of leaf `code` when it alone is answered with `value`.
pub fn points(set: &Framework, code: &str, value: AnswerValue) -> Decimal {
    let sheet = par_core::score(set, &answers(&[(code, value)]));
    sheet.leaf(code).unwrap().points
}

/// "80% to below 100%: 1; 100%: 2; below 80%: 0" as in many real sets.
pub fn three_bands() -> Value {
    json!([
        {"from": 100, "to": 100, "to_inclusive": true, "points": 2},
        {"from": 80, "to": 100, "points": 1},
        {"to": 80, "points": 0}
    ])
}

/// A set using every rule type, both not-applicable meanings, a grouped item and bonus/penalty.
pub fn every_rule_set() -> Framework {
    let proportional = json!([
        {"from": 100, "to": 100, "to_inclusive": true, "points": 1.5},
        {"from": 90, "to": 100, "proportional": true},
        {"to": 90, "points": 0}
    ]);
    let na = |mut item: Value, meaning: &str| {
        item["not_applicable"] = json!(meaning);
        item["evidence"] = json!({"hint": "Báo cáo của UBND xã"});
        item
    };
    let mut value = framework_json(vec![
        na(leaf("1.1.1", "1", json!({"type": "yes_no"})), "full_points"),
        leaf(
            "1.1.2",
            "1",
            json!({"type": "levels", "options": [
            {"id": "a", "label": "Kịp thời", "points": 1}, {"id": "b", "label": "Chậm", "points": 0.5},
            {"id": "c", "label": "Không", "points": 0}]}),
        ),
        na(
            leaf(
                "1.1.3",
                "2",
                json!({"type": "percent", "bands": three_bands()}),
            ),
            "excluded",
        ),
        leaf(
            "1.1.4",
            "1.5",
            json!({"type": "percent", "bands": proportional}),
        ),
        leaf(
            "1.1.5",
            "2",
            json!({"type": "ratio", "numerator_label": "Đúng hạn", "denominator_label": "Tiếp nhận",
            "bands": three_bands(), "on_zero_denominator": "excluded"}),
        ),
        leaf(
            "1.1.6",
            "1",
            json!({"type": "parts", "cap": 0.75, "parts": [
            {"id": "a", "label": "A", "points": 0.25}, {"id": "b", "label": "B", "points": 0.5},
            {"id": "c", "label": "C", "points": 0.5}]}),
        ),
        leaf(
            "1.1.7",
            "1",
            json!({"type": "count", "unit": "hồ sơ trễ hạn", "per_occurrence": -0.25, "start": 1, "limit": 1}),
        ),
        leaf("1.1.8", "3", json!({"type": "survey"})),
        json!({"code": "1.1.9", "title": "Nhóm", "max_points": 1.25, "items": [
            leaf("1.1.9.1", "0.25", json!({"type": "yes_no"})),
            leaf("1.1.9.2", "1", json!({"type": "ratio", "numerator_label": "a", "denominator_label": "b",
                "bands": [{"proportional": true}], "on_zero_denominator": "full_points"}))
        ]}),
        leaf("1.1.10", "0.5", json!({"type": "appraiser_only"})),
    ]);
    value["adjustments"] = json!([
        {"code": "9.1", "title": "Điểm thưởng", "kind": "bonus", "cap": 1, "items": [
            leaf("9.1.1", "1", json!({"type": "count", "unit": "sáng kiến", "per_occurrence": 0.5}))]},
        {"code": "9.2", "title": "Điểm trừ", "kind": "penalty", "cap": 1.5, "items": [
            leaf("9.2.1", "2", json!({"type": "count", "unit": "lần bị phê bình", "per_occurrence": 0.5}))]}
    ]);
    let set: Framework = serde_json::from_value(value).unwrap();
    assert!(par_core::validate::validate(&set).is_empty());
    set
}
