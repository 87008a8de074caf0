//! One test per kind of criteria-set error, each checking where the problem is reported.

mod common;

use common::*;
use par_core::validate::{validate, SetProblem};
use par_core::{Framework, JsonError, LoadError};
use serde_json::{json, Value};

fn problems_of(value: Value) -> Vec<SetProblem> {
    let set: Framework = serde_json::from_value(value).expect("parses");
    validate(&set)
}

fn locations(value: Value) -> Vec<String> {
    problems_of(value).into_iter().map(|p| p.location).collect()
}

fn base() -> Value {
    framework_json(vec![
        leaf("1.1.1", "1", json!({"type": "yes_no"})),
        leaf(
            "1.1.2",
            "2",
            json!({"type": "percent", "bands": three_bands()}),
        ),
    ])
}

#[test]
fn a_valid_set_has_no_problems() {
    assert!(problems_of(base()).is_empty());
}

#[test]
fn children_maxima_must_add_up_to_the_parent() {
    let mut set = base();
    set["fields"][0]["criteria"][0]["max_points"] = json!(4);
    let problems = problems_of(set);
    assert!(
        problems
            .iter()
            .any(|p| p.location == "fields[0].criteria[0].max_points"
                && p.message.contains("khác tổng điểm tối đa")),
        "{problems:?}"
    );
    assert!(problems
        .iter()
        .any(|p| p.location == "fields[0].max_points"));
}

#[test]
fn grouped_sub_items_must_add_up_too() {
    let mut set = base();
    set["fields"][0]["criteria"][0]["items"][0] = json!({
    "code": "1.1.1", "title": "Nhóm", "max_points": 1, "items": [
        leaf("1.1.1.1", "0.5", json!({"type": "yes_no"})),
        leaf("1.1.1.2", "0.25", json!({"type": "yes_no"}))
    ]});
    assert_eq!(
        locations(set),
        ["fields[0].criteria[0].items[0].max_points"]
    );
}

#[test]
fn bands_with_a_gap_are_reported_at_the_band_after_the_gap() {
    let mut set = base();
    set["fields"][0]["criteria"][0]["items"][1]["rule"]["bands"] = json!([
        {"from": 90, "points": 2}, {"from": 50, "to": 80, "points": 1}, {"to": 50, "points": 0}
    ]);
    let problems = problems_of(set);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(
        problems[0].location,
        "fields[0].criteria[0].items[1].rule.bands[0]"
    );
    assert!(problems[0].message.contains("khoảng trống"));
}

#[test]
fn overlapping_bands_are_reported() {
    let mut set = base();
    set["fields"][0]["criteria"][0]["items"][1]["rule"]["bands"] = json!([
        {"from": 80, "points": 2}, {"from": 50, "to": 80, "to_inclusive": true, "points": 1}, {"to": 50, "points": 0}
    ]);
    let problems = problems_of(set);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(
        problems[0].location,
        "fields[0].criteria[0].items[1].rule.bands[0]"
    );
    assert!(problems[0].message.contains("chồng"));
}

#[test]
fn bands_must_start_at_0_and_end_at_100_inclusive() {
    let mut set = base();
    set["fields"][0]["criteria"][0]["items"][1]["rule"]["bands"] = json!([
        {"from": 10, "to": 100, "points": 1}
    ]);
    assert_eq!(
        locations(set),
        [
            "fields[0].criteria[0].items[1].rule.bands[0]",
            "fields[0].criteria[0].items[1].rule.bands",
        ]
    );
}

#[test]
fn empty_band_is_reported() {
    let mut set = base();
    set["fields"][0]["criteria"][0]["items"][1]["rule"]["bands"] = json!([
        {"from": 100, "to": 100, "points": 2}, {"to": 100, "points": 1}
    ]);
    let problems = problems_of(set);
    assert!(
        problems.iter().any(
            |p| p.location == "fields[0].criteria[0].items[1].rule.bands[0]"
                && p.message.contains("rỗng")
        ),
        "{problems:?}"
    );
}

#[test]
fn level_points_must_be_within_the_maximum() {
    let mut set = base();
    set["fields"][0]["criteria"][0]["items"][0]["rule"] = json!({"type": "levels", "options": [
        {"id": "a", "label": "Tốt", "points": 1.5}, {"id": "b", "label": "Chưa tốt", "points": 0}
    ]});
    assert_eq!(
        locations(set),
        ["fields[0].criteria[0].items[0].rule.options[0].points"]
    );
}

#[test]
fn points_with_more_decimals_than_the_set_allows_are_reported() {
    let mut set = base();
    set["decimals"] = json!(2);
    set["fields"][0]["criteria"][0]["items"][0]["rule"] = json!({"type": "levels", "options": [
        {"id": "a", "label": "Tốt", "points": 0.125}, {"id": "b", "label": "Chưa tốt", "points": 0}
    ]});
    let found = problems_of(set);
    assert_eq!(
        found
            .iter()
            .map(|p| p.location.as_str())
            .collect::<Vec<_>>(),
        ["fields[0].criteria[0].items[0].rule.options[0].points"]
    );
    assert!(found[0].message.contains("0,125"), "{}", found[0].message);
    let mut set = base();
    set["decimals"] = json!(0);
    set["fields"][0]["criteria"][0]["items"][0]["rule"] =
        json!({"type": "yes_no", "no_points": 0.5});
    assert_eq!(
        locations(set),
        ["fields[0].criteria[0].items[0].rule.no_points"]
    );
}

#[test]
fn a_decision_date_that_does_not_exist_is_reported() {
    for date in ["2025-02-29", "2025-13-01", "2025-04-31"] {
        let mut set = base();
        set["decision"]["date"] = json!(date);
        assert_eq!(locations(set), ["decision.date"], "{date}");
    }
}

#[test]
fn duplicate_option_ids_are_reported() {
    let mut set = base();
    set["fields"][0]["criteria"][0]["items"][0]["rule"] = json!({"type": "levels", "options": [
        {"id": "a", "label": "Tốt", "points": 1}, {"id": "a", "label": "Chưa tốt", "points": 0}
    ]});
    assert_eq!(
        locations(set),
        ["fields[0].criteria[0].items[0].rule.options[1].id"]
    );
}

#[test]
fn codes_must_be_unique() {
    let mut set = base();
    set["fields"][0]["criteria"][0]["items"][1]["code"] = json!("1.1.1");
    let problems = problems_of(set);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].location, "fields[0].criteria[0].items[1].code");
    assert!(
        problems[0]
            .message
            .contains("fields[0].criteria[0].items[0]"),
        "names the first use"
    );
}

#[test]
fn codes_must_extend_the_parent_code() {
    let mut set = base();
    set["fields"][0]["criteria"][0]["items"][1]["code"] = json!("2.1.2");
    assert_eq!(locations(set), ["fields[0].criteria[0].items[1].code"]);
}

#[test]
fn classification_bands_must_go_from_highest_to_lowest() {
    let mut set = base();
    set["classification"] = json!([
        {"label": "Khá", "min_percent": 70}, {"label": "Tốt", "min_percent": 90}
    ]);
    assert_eq!(locations(set), ["classification[1].min_percent"]);
}

#[test]
fn parts_points_and_cap_are_checked() {
    let mut set = base();
    set["fields"][0]["criteria"][0]["items"][0]["rule"] = json!({"type": "parts", "cap": 2, "parts": [
        {"id": "a", "label": "A", "points": 0.5}, {"id": "b", "label": "B", "points": 0}
    ]});
    assert_eq!(
        locations(set),
        [
            "fields[0].criteria[0].items[0].rule.parts[1].points",
            "fields[0].criteria[0].items[0].rule.cap",
        ]
    );
}

#[test]
fn count_start_and_step_are_checked() {
    let mut set = base();
    set["fields"][0]["criteria"][0]["items"][0]["rule"] =
        json!({"type": "count", "unit": "lần", "per_occurrence": 0, "start": 2});
    assert_eq!(
        locations(set),
        [
            "fields[0].criteria[0].items[0].rule.per_occurrence",
            "fields[0].criteria[0].items[0].rule.start",
        ]
    );
}

#[test]
fn a_leaf_needs_a_rule_and_a_group_cannot_have_one() {
    let mut set = base();
    set["fields"][0]["criteria"][0]["items"][0]
        .as_object_mut()
        .unwrap()
        .remove("rule");
    assert_eq!(locations(set), ["fields[0].criteria[0].items[0]"]);
}

#[test]
fn survey_items_take_no_evidence_or_not_applicable() {
    let mut set = base();
    set["fields"][0]["criteria"][0]["items"][0] = json!({"code": "1.1.1", "title": "SIPAS", "max_points": 1,
        "rule": {"type": "survey"}, "not_applicable": "excluded"});
    assert_eq!(locations(set), ["fields[0].criteria[0].items[0]"]);
}

#[test]
fn header_problems_are_all_reported_at_once() {
    let mut set = base();
    set["format"] = json!("par-framework/9");
    set["year"] = json!(1999);
    set["decision"]["date"] = json!("15/09/2025");
    set["appraising_body"] = json!(" ");
    let mut got = locations(set);
    got.sort();
    assert_eq!(got, ["appraising_body", "decision.date", "format", "year"]);
}

#[test]
fn unknown_keys_are_rejected_with_their_location() {
    let mut set = base();
    set["fields"][0]["criteria"][0]["items"][1]["rule"]["bands"][1]["point"] = json!(1);
    set["fields"][0]["criteria"][0]["items"][0]["evidance"] = json!({"hint": "x"});
    let error = par_core::load_framework(&set.to_string()).unwrap_err();
    let LoadError::Json(JsonError::Content { location, .. }) = error else {
        panic!("{error:?}")
    };
    assert_eq!(
        location, "fields[0].criteria[0].items[0].evidance",
        "first error, key included"
    );
    set["fields"][0]["criteria"][0]["items"][0]
        .as_object_mut()
        .unwrap()
        .remove("evidance");
    let error = par_core::load_framework(&set.to_string()).unwrap_err();
    let LoadError::Json(JsonError::Content { location, message }) = error else {
        panic!("expected a content error, got {error:?}");
    };
    // serde buffers internally tagged enums, so the path stops at the rule; the key is named.
    assert_eq!(location, "fields[0].criteria[0].items[1].rule");
    assert!(message.contains("“point”"), "{message}");
}

#[test]
fn unknown_rule_type_names_the_allowed_ones() {
    let mut set = base();
    set["fields"][0]["criteria"][0]["items"][0]["rule"]["type"] = json!("boolean");
    let error = par_core::load_framework(&set.to_string()).unwrap_err();
    let text = error.to_string();
    assert!(
        text.contains("fields[0].criteria[0].items[0].rule") && text.contains("yes_no"),
        "{text}"
    );
}

#[test]
fn broken_json_gives_line_and_column() {
    let error =
        par_core::load_framework("{\n  \"format\": \"par-framework/1\",\n  \"id\": }").unwrap_err();
    let LoadError::Json(JsonError::Syntax { line, .. }) = error else {
        panic!("{error:?}")
    };
    assert_eq!(line, 3);
}

#[test]
fn load_framework_reports_every_problem() {
    let mut set = base();
    set["fields"][0]["criteria"][0]["items"][1]["code"] = json!("1.1.1");
    set["year"] = json!(1990);
    let Err(LoadError::Invalid(problems)) = par_core::load_framework(&set.to_string()) else {
        panic!("expected validation problems")
    };
    assert_eq!(problems.len(), 2);
}
