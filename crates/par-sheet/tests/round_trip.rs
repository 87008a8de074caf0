//! Export then import gives the identical set, for generated sets of every shape the format has.

mod common;

use par_core::framework::*;
use par_core::rule::{Band, LevelOption, OfficeFigures, Part, Rule, ZeroDenominator};
use par_core::Decimal;
use proptest::prelude::*;

const WORDS: [&str; 10] = [
    "Kế hoạch",
    "cải cách",
    "hành chính",
    "đúng hạn",
    "hồ sơ",
    "Ủy ban",
    "tỷ lệ 50%",
    "(mẫu)",
    "số 12/QĐ-UBND",
    "“trích dẫn”",
];

fn words() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS.to_vec()), 1..4).prop_map(|w| w.join(" "))
}

fn quarters(max: i64) -> impl Strategy<Value = Decimal> {
    (0..=max).prop_map(|q| Decimal::from_units(q * 2500))
}

fn bands() -> impl Strategy<Value = Vec<Band>> {
    (
        prop::collection::btree_set(1i64..100, 0..4),
        any::<u64>(),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(cuts, bits, open_low, open_high)| {
            let cuts: Vec<i64> = cuts.into_iter().collect();
            let mut bands = Vec::new();
            let mut low: Option<(Decimal, bool)> = if open_low {
                None
            } else {
                Some((Decimal::ZERO, true))
            };
            for (i, cut) in cuts.iter().enumerate() {
                let at_cut_inclusive = bits >> i & 1 == 1;
                bands.push(Band {
                    from: low.map(|l| l.0),
                    from_inclusive: low.is_none_or(|l| l.1),
                    to: Some(Decimal::from_int(*cut)),
                    to_inclusive: at_cut_inclusive,
                    points: Decimal::from_units((bits >> (8 + i) & 3) as i64 * 2500),
                    proportional: false,
                });
                low = Some((Decimal::from_int(*cut), !at_cut_inclusive));
            }
            bands.push(Band {
                from: low.map(|l| l.0),
                from_inclusive: low.is_none_or(|l| l.1),
                to: (!open_high).then_some(Decimal::HUNDRED),
                to_inclusive: !open_high,
                points: Decimal::ZERO,
                proportional: bits >> 20 & 1 == 1,
            });
            bands.reverse();
            bands
        })
}

fn figures() -> impl Strategy<Value = OfficeFigures> {
    (words(), words(), bands(), 0..3usize).prop_map(
        |(numerator_label, denominator_label, bands, zero)| OfficeFigures {
            numerator_label,
            denominator_label,
            bands,
            on_zero_denominator: [
                ZeroDenominator::FullPoints,
                ZeroDenominator::ZeroPoints,
                ZeroDenominator::Excluded,
            ][zero],
        },
    )
}

fn labelled() -> impl Strategy<Value = Vec<(String, String, Option<String>, Decimal)>> {
    prop::collection::vec((words(), prop::option::of(words()), quarters(4)), 2..5).prop_map(
        |options| {
            options
                .into_iter()
                .enumerate()
                .map(|(i, (label, en, points))| (format!("muc_{i}"), label, en, points))
                .collect()
        },
    )
}

/// A rule for an item worth 1 point (every generated item is worth 1).
fn rule() -> BoxedStrategy<Rule> {
    prop_oneof![
        (prop::option::of(quarters(4)), prop::option::of(quarters(4))).prop_map(
            |(yes_points, no_points)| Rule::YesNo {
                yes_points,
                no_points
            }
        ),
        labelled().prop_map(|o| Rule::Levels {
            options: o
                .into_iter()
                .map(|(id, label, label_en, points)| LevelOption {
                    id,
                    label,
                    label_en,
                    points
                })
                .collect()
        }),
        bands().prop_map(|bands| Rule::Percent { bands }),
        (words(), words(), bands(), 0..3usize).prop_map(
            |(numerator_label, denominator_label, bands, zero)| Rule::Ratio {
                numerator_label,
                denominator_label,
                bands,
                on_zero_denominator: [
                    ZeroDenominator::FullPoints,
                    ZeroDenominator::ZeroPoints,
                    ZeroDenominator::Excluded
                ][zero],
            }
        ),
        (labelled(), prop::option::of(1..=4i64)).prop_map(|(o, cap)| Rule::Parts {
            parts: o
                .into_iter()
                .map(|(id, label, label_en, points)| Part {
                    id,
                    label,
                    label_en,
                    points: points.max(Decimal::from_units(2500))
                })
                .collect(),
            cap: cap.map(|q| Decimal::from_units(q * 2500)),
        }),
        (
            words(),
            1..4i64,
            any::<bool>(),
            quarters(4),
            prop::option::of(1..5i64)
        )
            .prop_map(|(unit, q, minus, start, limit)| {
                let each = Decimal::from_units(q * 2500);
                Rule::Count {
                    unit,
                    per_occurrence: if minus { -each } else { each },
                    start,
                    limit: limit.map(|l| Decimal::from_units(l * 2500)),
                }
            }),
        (prop::option::of(words()), prop::option::of(figures()))
            .prop_map(|(source, figures)| Rule::Survey { source, figures }),
        prop::option::of(figures()).prop_map(|figures| Rule::AppraiserOnly { figures }),
    ]
    .boxed()
}

fn leaf(code: String) -> BoxedStrategy<Item> {
    (
        rule(),
        words(),
        prop::option::of(words()),
        prop::option::of((words(), any::<bool>())),
        0..3usize,
        prop::option::of(prop::collection::vec(words(), 1..3).prop_map(|l| l.join("\n"))),
        prop::option::of(1..3i64),
    )
        .prop_map(
            move |(rule, title, title_en, evidence, na, guidance, floor)| {
                let self_assessed = rule.is_self_assessed();
                Item {
                    code: code.clone(),
                    title,
                    title_en,
                    max_points: Decimal::ONE,
                    min_points: floor.map(|q| Decimal::from_units(-q * 2500)),
                    items: Vec::new(),
                    evidence: evidence
                        .filter(|_| self_assessed)
                        .map(|(hint, required)| EvidenceRequirement { hint, required }),
                    not_applicable: if self_assessed {
                        [
                            NotApplicable::None,
                            NotApplicable::FullPoints,
                            NotApplicable::Excluded,
                        ][na]
                    } else {
                        NotApplicable::None
                    },
                    rule: Some(rule),
                    guidance,
                }
            },
        )
        .boxed()
}

/// Items of a criterion or group `code`: leaves, and sometimes one with two sub-items.
fn items(code: String) -> BoxedStrategy<Vec<Item>> {
    (1..4usize, any::<bool>(), words())
        .prop_flat_map(move |(n, nested, title)| {
            let leaves: Vec<_> = (1..=n).map(|i| leaf(format!("{code}.{i}"))).collect();
            let group_code = format!("{code}.{}", n + 1);
            let subs = (
                leaf(format!("{group_code}.1")),
                leaf(format!("{group_code}.2")),
            );
            (leaves, subs).prop_map(move |(mut items, (a, b))| {
                if nested {
                    items.push(Item {
                        code: group_code.clone(),
                        title: title.clone(),
                        title_en: None,
                        max_points: Decimal::from_int(2),
                        min_points: None,
                        items: vec![a, b],
                        rule: None,
                        evidence: None,
                        not_applicable: NotApplicable::None,
                        guidance: None,
                    });
                }
                items
            })
        })
        .boxed()
}

fn sum(items: &[Item]) -> Decimal {
    items.iter().map(|i| i.max_points).sum()
}

fn framework() -> impl Strategy<Value = Framework> {
    let criteria = |f: usize| {
        prop::collection::vec((words(), prop::option::of(words())), 1..3).prop_flat_map(
            move |titles| {
                let with_items: Vec<_> = titles
                    .into_iter()
                    .enumerate()
                    .map(|(c, (title, en))| {
                        items(format!("{f}.{}", c + 1))
                            .prop_map(move |items| (title.clone(), en.clone(), items))
                    })
                    .collect();
                with_items.prop_map(move |list| {
                    list.into_iter()
                        .enumerate()
                        .map(|(c, (title, title_en, items))| Criterion {
                            code: format!("{f}.{}", c + 1),
                            title,
                            title_en,
                            max_points: sum(&items),
                            not_applicable: NotApplicable::None,
                            items,
                        })
                        .collect::<Vec<_>>()
                })
            },
        )
    };
    let fields = (1..3usize).prop_flat_map(move |n| {
        let list: Vec<_> = (1..=n)
            .map(|f| (criteria(f), words()).prop_map(move |(c, t)| (f, c, t)))
            .collect();
        list
    });
    let groups = prop::option::of((items("9".into()), any::<bool>(), 1..8i64));
    let header = (
        words(),
        2000u16..=2100,
        1u32..=28,
        0u8..=4,
        any::<bool>(),
        prop::option::of(words()),
    );
    (
        fields,
        groups,
        header,
        prop::collection::btree_set(1i64..100, 0..3),
        any::<bool>(),
        any::<u8>(),
    )
        .prop_map(
            |(
                fields,
                group,
                (title, year, day, decimals, zero_policy, notice),
                class_cuts,
                class_zero,
                whole,
            )| {
                let mut classification: Vec<ClassBand> = class_cuts
                    .iter()
                    .rev()
                    .map(|cut| ClassBand {
                        label: format!("Mức {cut}"),
                        label_en: (cut % 2 == 0).then(|| format!("Level {cut}")),
                        min_percent: Decimal::from_int(*cut),
                    })
                    .collect();
                if class_zero || classification.is_empty() {
                    classification.push(ClassBand {
                        label: "Thấp nhất".into(),
                        label_en: None,
                        min_percent: Decimal::ZERO,
                    });
                }
                let mut set = Framework {
                    format: FRAMEWORK_FORMAT.into(),
                    id: "bo-thu".into(),
                    title,
                    title_en: None,
                    level: UnitLevel::Commune,
                    province: "Tỉnh Thử".into(),
                    year,
                    version: "1.2".into(),
                    decision: Decision {
                        number: "12/QĐ-UBND".into(),
                        date: format!("{year}-03-{day:02}"),
                        issuer: "UBND tỉnh".into(),
                    },
                    appraising_body: "Sở Nội vụ".into(),
                    appraiser_key_ids: Vec::new(),
                    evidence_policy: if zero_policy {
                        EvidencePolicy::ZeroWithoutEvidence
                    } else {
                        EvidencePolicy::ExplanationRequired
                    },
                    classification,
                    decimals: decimals.max(2),
                    notice,
                    fields: fields
                        .into_iter()
                        .map(|(f, criteria, title)| Field {
                            code: f.to_string(),
                            title,
                            title_en: None,
                            not_applicable: NotApplicable::None,
                            max_points: criteria.iter().map(|c| c.max_points).sum(),
                            criteria,
                        })
                        .collect(),
                    adjustments: group
                        .into_iter()
                        .map(|(items, bonus, cap)| AdjustmentGroup {
                            code: "9".into(),
                            title: "Điểm thưởng, điểm trừ".into(),
                            title_en: None,
                            kind: if bonus {
                                AdjustmentKind::Bonus
                            } else {
                                AdjustmentKind::Penalty
                            },
                            cap: Decimal::from_units(cap * 2500),
                            items,
                        })
                        .collect(),
                    not_applicable_without_evidence: if whole & 1 == 1 {
                        ClaimWithoutEvidence::ScoresZero
                    } else {
                        ClaimWithoutEvidence::KeepsFullPoints
                    },
                };
                claim_as_a_whole(&mut set, whole);
                set.format = set.required_format().into();
                set
            },
        )
}

/// Makes the first criterion (or, by `whole`'s bits, the first field) claimable as a whole when
/// the unit scores every item in it: its items lose their own not-applicable meaning.
fn claim_as_a_whole(set: &mut Framework, whole: u8) {
    let meanings = [
        NotApplicable::None,
        NotApplicable::FullPoints,
        NotApplicable::Excluded,
    ];
    let meaning = meanings[(whole >> 1) as usize % 3];
    let self_assessed = |items: &[Item]| {
        items.iter().all(|i| {
            i.rule.as_ref().is_none_or(Rule::is_self_assessed)
                && i.items
                    .iter()
                    .all(|s| s.rule.as_ref().is_some_and(Rule::is_self_assessed))
        })
    };
    let clear = |items: &mut Vec<Item>| {
        for item in items.iter_mut() {
            item.not_applicable = NotApplicable::None;
            for sub in &mut item.items {
                sub.not_applicable = NotApplicable::None;
            }
        }
    };
    let field = &mut set.fields[0];
    if whole >> 3 & 1 == 1 {
        if field.criteria.iter().all(|c| self_assessed(&c.items)) {
            field.not_applicable = meaning;
            for criterion in &mut field.criteria {
                clear(&mut criterion.items);
            }
        }
    } else if self_assessed(&field.criteria[0].items) {
        field.criteria[0].not_applicable = meaning;
        clear(&mut field.criteria[0].items);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn export_then_import_gives_the_identical_set(set in framework()) {
        let problems = par_core::validate::validate(&set);
        prop_assert!(problems.is_empty(), "the generator made an invalid set: {:?}", problems);
        let bytes = par_sheet::export_xlsx(&set).unwrap();
        let back = par_sheet::import_xlsx(&bytes);
        prop_assert_eq!(back.as_ref().map_err(ToString::to_string), Ok(&set));
    }
}

#[test]
fn a_file_larger_than_any_set_is_refused_before_reading() {
    let error = par_sheet::import_xlsx(&vec![0; par_sheet::MAX_FILE_BYTES + 1]).unwrap_err();
    assert!(
        matches!(error, par_sheet::ImportError::TooLarge { .. }),
        "{error}"
    );
}
