//! For any answers and unit details, verification says valid exactly when the app's export
//! check passes (the one function both use) and the signed file is untouched.

mod common;

use common::signed::{meta, unit};
use par_core::export_check::check_export;
use par_core::submission::{verify, KnownFramework, Payload, Submission, VerifyContext};
use par_core::{Answer, AnswerValue, Answers, Decimal, EvidenceRef, Framework, UnitInfo};
use proptest::prelude::*;

/// What a random edit does to one leaf's answer.
#[derive(Debug, Clone)]
enum Edit {
    Remove,
    DropEvidence,
    DropExplanation,
    ToggleNotApplicable,
    Value(AnswerValue),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        Just(Edit::Remove),
        Just(Edit::DropEvidence),
        Just(Edit::DropExplanation),
        Just(Edit::ToggleNotApplicable),
        value().prop_map(Edit::Value),
    ]
}

fn value() -> impl Strategy<Value = AnswerValue> {
    let decimal = |low: i64, high: i64| (low..=high).prop_map(Decimal::from_units);
    prop_oneof![
        any::<bool>().prop_map(AnswerValue::YesNo),
        prop::sample::select(vec!["kip_thoi", "dung_han", "zz"])
            .prop_map(|s| AnswerValue::Level(s.into())),
        decimal(-10_000, 1_010_000).prop_map(AnswerValue::Percent),
        (decimal(0, 200_000), decimal(0, 200_000)).prop_map(|(numerator, denominator)| {
            AnswerValue::Ratio {
                numerator,
                denominator,
            }
        }),
        (0u32..20).prop_map(AnswerValue::Count),
        decimal(0, 20_000).prop_map(AnswerValue::OfficePoints),
    ]
}

/// The unit as typed, sometimes with a detail the export refuses.
fn unit_details() -> impl Strategy<Value = UnitInfo> {
    prop_oneof![
        6 => Just(unit()),
        1 => Just(UnitInfo { name: " ".into(), ..unit() }),
        1 => Just(UnitInfo { year: 2024, ..unit() }),
        1 => Just(UnitInfo { province: "Tỉnh khác".into(), ..unit() }),
        1 => Just(UnitInfo { code: "4".into(), ..unit() }),
    ]
}

/// The sample answers with a few leaves edited (leaf index, edit): many of the results can
/// still be exported (an edit may change nothing that matters), many cannot.
fn apply(
    framework: &Framework,
    base: &Answers,
    edits: &[(usize, Edit)],
    unknown_item: bool,
) -> Answers {
    let mut answers = base.clone();
    let leaves: Vec<&str> = framework.leaves().map(|l| l.item.code.as_str()).collect();
    for (index, edit) in edits {
        let code = leaves[index % leaves.len()];
        match edit {
            Edit::Remove => {
                answers.items.remove(code);
            }
            Edit::DropEvidence => answers.entry(code).evidence.clear(),
            Edit::DropExplanation => answers.entry(code).explanation.clear(),
            Edit::ToggleNotApplicable => {
                let answer = answers.entry(code);
                answer.not_applicable = !answer.not_applicable;
            }
            Edit::Value(value) => answers.entry(code).value = Some(value.clone()),
        }
    }
    if unknown_item {
        *answers.entry("99.1") = Answer {
            value: Some(AnswerValue::YesNo(true)),
            evidence: vec![EvidenceRef {
                number: "1/BC".into(),
                ..Default::default()
            }],
            ..Default::default()
        };
    }
    answers
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn valid_exactly_when_the_export_check_passes_and_the_file_is_untouched(
        edits in prop::collection::vec((0usize..200, edit()), 0..3),
        unknown_item in prop::bool::weighted(0.1),
        unit in unit_details(),
        tamper in 0usize..4,
    ) {
        let f = common::signed::fixture();
        let base: Answers = par_core::parse_json(common::signed::ANSWERS).unwrap();
        let answers = apply(&f.framework, &base, &edits, unknown_item);
        let sheet = par_core::score(&f.framework, &answers);
        let exportable = check_export(&f.framework, &unit, &answers, &sheet).is_ready();

        let payload = Payload::new(&f.framework, &unit, &answers, meta());
        let text = Submission::sign(payload, &f.key).to_json();
        let frameworks = [KnownFramework::from(f.framework.clone())];
        let context = VerifyContext { keyring: Some(&f.keyring), frameworks: &frameworks };
        let outcome = verify(&text, context).outcome;
        prop_assert_eq!(outcome.is_valid(), exportable, "{}", outcome.describe(par_core::Lang::Vi));

        // Any change after signing, however small, and the file is not valid.
        let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let payload = &mut value["payload"];
        match tamper {
            0 => payload["preparer"] = "Người Khác".into(),
            1 => payload["scores"]["total"] = serde_json::json!(99.99),
            2 => payload["answers"]["items"]["1.3.1"]["explanation"] = "sửa sau khi ký".into(),
            _ => payload["revision"] = 2.into(),
        }
        let outcome = verify(&value.to_string(), context).outcome;
        prop_assert!(!outcome.is_valid(), "tampered ({tamper}) but valid");
    }
}
