//! The province's view by criterion (hand-checked on three units, with an excluded item and a
//! pending one) and the per-field chart's bar lengths.

mod common;

use common::d;
use par_core::office::{
    bar_lengths, criterion_aggregates, rank_units, FieldPoints, LeafPoints, SubmissionSummary,
};
use par_core::score::LeafStatus;
use par_core::Framework;
use serde_json::json;

/// Field 1: criterion 1.1 (items 1.1.1 of 6 and 1.1.2 of 4) and 1.2 (1.2.1 of 10); field 2:
/// criterion 2.1 (2.1.1 of 5).
fn set() -> Framework {
    let yes_no = json!({"type": "yes_no"});
    let mut set = common::framework_json(vec![
        common::leaf("1.1.1", "6", yes_no.clone()),
        common::leaf("1.1.2", "4", yes_no.clone()),
    ]);
    set["fields"][0]["max_points"] = 20.into();
    let mut second = set["fields"][0]["criteria"][0].clone();
    second["code"] = "1.2".into();
    second["title"] = "Tiêu chí hai".into();
    second["max_points"] = 10.into();
    second["items"] = json!([common::leaf("1.2.1", "10", yes_no.clone())]);
    set["fields"][0]["criteria"]
        .as_array_mut()
        .unwrap()
        .push(second);
    set["fields"].as_array_mut().unwrap().push(
        json!({"code": "2", "title": "Lĩnh vực hai", "max_points": 5, "criteria": [
            {"code": "2.1", "title": "Tiêu chí ba", "max_points": 5,
             "items": [common::leaf("2.1.1", "5", yes_no)]}
        ]}),
    );
    let set: Framework = serde_json::from_value(set).unwrap();
    assert!(par_core::validate::validate(&set).is_empty());
    set
}

/// A unit's file with these leaves (1.1.1, 1.1.2, 1.2.1, 2.1.1).
fn summary(code: &str, leaves: [(LeafStatus, &str); 4]) -> SubmissionSummary {
    let leaves: Vec<LeafPoints> = leaves
        .iter()
        .map(|(status, points)| LeafPoints {
            status: *status,
            points: d(points),
        })
        .collect();
    let total = leaves.iter().map(|l| l.points).sum();
    SubmissionSummary {
        unit_code: code.into(),
        unit_name: format!("UBND xã {code}"),
        year: 2025,
        revision: 1,
        hash: code.into(),
        replaces: None,
        public_key: String::new(),
        key_id: String::new(),
        total,
        index_percent: None,
        classification: None,
        framework_id: "thu-nghiem".into(),
        framework_version: "1".into(),
        province: "Tỉnh thử nghiệm".into(),
        applicable_max: d("25"),
        provisional: false,
        fields: vec![
            FieldPoints {
                points: leaves[0].points + leaves[1].points + leaves[2].points,
                applicable_max: d("20"),
                pending_max: d("0"),
            },
            FieldPoints {
                points: leaves[3].points,
                applicable_max: d("5"),
                pending_max: d("0"),
            },
        ],
        leaves,
    }
}

#[test]
fn each_criterion_over_the_province_the_weakest_first() {
    use LeafStatus::{Excluded, Pending, Scored};
    let units = [
        summary(
            "00001",
            [(Scored, "6"), (Scored, "4"), (Scored, "10"), (Scored, "5")],
        ),
        // 1.1.2 excluded: its 4 points leave 1.1's maximum for this unit.
        summary(
            "00002",
            [(Scored, "3"), (Excluded, "0"), (Scored, "0"), (Scored, "5")],
        ),
        // 2.1.1 waits for the office: neither scored nor lost.
        summary(
            "00003",
            [(Scored, "6"), (Scored, "0"), (Scored, "5"), (Pending, "0")],
        ),
    ];
    let framework = set();
    let ranking = rank_units(
        units
            .iter()
            .map(|s| (s.unit_code.as_str(), s.unit_name.as_str(), s)),
        &framework,
    );
    let criteria = criterion_aggregates(&ranking.rows, &framework);
    let got: Vec<_> = criteria
        .iter()
        .map(|c| {
            (
                c.code.as_str(),
                c.points,
                c.applicable_max,
                c.pending,
                c.lost,
                c.average,
                c.percent,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            // 1.2: 10 + 0 + 5 = 15 of 30, 15 lost, 5 a unit on average, 50 %.
            (
                "1.2",
                d("15"),
                d("30"),
                d("0"),
                d("15"),
                Some(d("5")),
                Some(d("50"))
            ),
            // 1.1: 10 + 3 + 6 = 19 of 10 + 6 + 10 = 26, 7 lost, 6,33 on average, 73,08 %.
            (
                "1.1",
                d("19"),
                d("26"),
                d("0"),
                d("7"),
                Some(d("6.33")),
                Some(d("73.08"))
            ),
            // 2.1: 5 + 5 of 15, 5 pending: 10 of 10, nothing lost, 100 %.
            (
                "2.1",
                d("10"),
                d("15"),
                d("5"),
                d("0"),
                Some(d("3.33")),
                Some(d("100"))
            ),
        ]
    );
    assert_eq!(criteria[0].field_code, "1");
    assert_eq!(criteria[0].title, "Tiêu chí hai");
    assert_eq!(criteria[0].max_points, d("10"));
    assert_eq!(criteria[2].units, 3);
}

#[test]
fn without_units_every_criterion_is_listed_with_nothing_scored() {
    let framework = set();
    let criteria = criterion_aggregates(&[], &framework);
    let codes: Vec<&str> = criteria.iter().map(|c| c.code.as_str()).collect();
    // Nothing to compare: the set's order.
    assert_eq!(codes, ["1.1", "1.2", "2.1"]);
    assert!(criteria
        .iter()
        .all(|c| c.average.is_none() && c.percent.is_none() && c.units == 0));
}

#[test]
fn bars_are_proportional_to_the_largest_value() {
    let values = [d("57.5"), d("26.25"), d("0"), d("0.01"), d("-3")];
    // 26,25 ÷ 57,5 × 400 = 182,6…; a tiny positive value still shows; none below zero.
    assert_eq!(bar_lengths(&values, 400), [400, 183, 0, 1, 0]);
    assert_eq!(bar_lengths(&[d("0"), d("0")], 400), [0, 0]);
    assert_eq!(bar_lengths(&[], 400), Vec::<u32>::new());
}
