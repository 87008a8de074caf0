//! Properties that hold for any answers: bounded leaves, consistent totals, exclusion never raises
//! the maximum, determinism.

mod common;

use par_core::{Answer, AnswerValue, Answers, Decimal, EvidenceRef, ScoreSheet};
use proptest::prelude::*;

fn decimal_in(low: i64, high: i64) -> impl Strategy<Value = Decimal> {
    (low..=high).prop_map(Decimal::from_units)
}

fn value() -> impl Strategy<Value = AnswerValue> {
    prop_oneof![
        any::<bool>().prop_map(AnswerValue::YesNo),
        prop::sample::select(vec!["a", "b", "c", "zz"]).prop_map(|s| AnswerValue::Level(s.into())),
        // Percentages a little outside 0–100 too, to exercise invalid input.
        decimal_in(-10_000, 1_010_000).prop_map(AnswerValue::Percent),
        (decimal_in(-10_000, 2_000_000), decimal_in(0, 2_000_000)).prop_map(
            |(numerator, denominator)| AnswerValue::Ratio {
                numerator,
                denominator
            }
        ),
        prop::collection::vec(prop::sample::select(vec!["a", "b", "c", "x"]), 0..4)
            .prop_map(|ids| AnswerValue::Parts(ids.into_iter().map(String::from).collect())),
        (0u32..60).prop_map(AnswerValue::Count),
        decimal_in(-10_000, 40_000).prop_map(AnswerValue::OfficePoints),
    ]
}

fn answer() -> impl Strategy<Value = Option<Answer>> {
    prop::option::of(
        (
            prop::option::of(value()),
            prop::bool::weighted(0.15),
            any::<bool>(),
            any::<bool>(),
        )
            .prop_map(|(value, not_applicable, evidence, explanation)| Answer {
                value,
                not_applicable,
                evidence: if evidence {
                    vec![EvidenceRef {
                        number: "01/BC-UBND".into(),
                        ..Default::default()
                    }]
                } else {
                    vec![]
                },
                explanation: if explanation {
                    "Giải trình".into()
                } else {
                    String::new()
                },
            }),
    )
}

fn answers_for(codes: Vec<String>) -> impl Strategy<Value = Answers> {
    let n = codes.len();
    prop::collection::vec(answer(), n).prop_map(move |list| {
        let mut answers = Answers::new("thu-nghiem", "1");
        for (code, answer) in codes.iter().zip(list) {
            if let Some(answer) = answer {
                answers.items.insert(code.clone(), answer);
            }
        }
        answers
    })
}

fn leaf_codes() -> Vec<String> {
    common::every_rule_set()
        .leaves()
        .map(|l| l.item.code.clone())
        .collect()
}

fn check_sums(node: &par_core::score::NodeScore) -> Result<(), TestCaseError> {
    if !node.children.is_empty() {
        let sum: Decimal = node.children.iter().map(|c| c.points).sum();
        prop_assert_eq!(node.points, sum, "{} points", &node.code);
        let applicable: Decimal = node.children.iter().map(|c| c.applicable_max).sum();
        prop_assert_eq!(node.applicable_max, applicable);
        for child in &node.children {
            check_sums(child)?;
        }
    }
    prop_assert!(node.applicable_max <= node.max_points);
    prop_assert!(node.points <= node.applicable_max);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn every_leaf_score_is_within_its_bounds(answers in answers_for(leaf_codes())) {
        let set = common::every_rule_set();
        let sheet = par_core::score(&set, &answers);
        for leaf in &sheet.leaves {
            prop_assert!(leaf.points >= Decimal::ZERO && leaf.points <= leaf.max_points, "{leaf:?}");
            prop_assert!(leaf.points.has_at_most_decimals(u32::from(set.decimals)));
        }
        for adjustment in &sheet.adjustments {
            prop_assert!(adjustment.points.abs() <= adjustment.cap);
        }
    }

    #[test]
    fn totals_equal_the_sum_of_their_parts(answers in answers_for(leaf_codes())) {
        let sheet = par_core::score(&common::every_rule_set(), &answers);
        for field in &sheet.fields {
            check_sums(field)?;
        }
        let fields: Decimal = sheet.fields.iter().map(|f| f.points).sum();
        let leaves_in_fields: Decimal = sheet.leaves.iter().filter(|l| !l.code.starts_with('9')).map(|l| l.points).sum();
        prop_assert_eq!(sheet.fields_points, fields);
        prop_assert_eq!(fields, leaves_in_fields);
        let adjustments: Decimal = sheet.adjustments.iter().map(|a| a.points).sum();
        prop_assert_eq!(sheet.total, fields + adjustments);
    }

    #[test]
    fn excluding_an_item_never_raises_the_maximum(answers in answers_for(leaf_codes()), pick in 0usize..11) {
        let set = common::every_rule_set();
        let before = par_core::score(&set, &answers);
        prop_assert!(before.applicable_max <= before.max_points);
        let mut claimed = answers.clone();
        let code = leaf_codes()[pick].clone();
        let answer = claimed.entry(&code);
        answer.not_applicable = true;
        answer.explanation = "Không phát sinh".into();
        let after = par_core::score(&set, &claimed);
        prop_assert!(after.applicable_max <= before.applicable_max,
            "{code}: {} > {}", after.applicable_max, before.applicable_max);
    }

    #[test]
    fn scoring_is_deterministic_and_survives_a_json_round_trip(answers in answers_for(leaf_codes())) {
        let set = common::every_rule_set();
        let first: ScoreSheet = par_core::score(&set, &answers);
        prop_assert_eq!(&first, &par_core::score(&set, &answers));
        let reread: Answers = serde_json::from_str(&serde_json::to_string(&answers).unwrap()).unwrap();
        prop_assert_eq!(&first, &par_core::score(&set, &reread));
        let sheet_json = serde_json::to_string(&first).unwrap();
        prop_assert_eq!(first, serde_json::from_str::<ScoreSheet>(&sheet_json).unwrap());
    }
}
