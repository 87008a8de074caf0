//! The sample set fully answered, against the hand computation in frameworks/examples/README.md.

use par_core::score::LeafStatus;
use par_core::{Answers, Decimal};

const SAMPLE: &str = include_str!("../../../frameworks/mau-xa-2025.json");
const ANSWERS: &str = include_str!("../../../frameworks/examples/mau-xa-2025.answers.json");

fn d(text: &str) -> Decimal {
    Decimal::parse(text).unwrap()
}

#[test]
fn the_sample_set_is_valid_and_complete_enough() {
    let set = par_core::load_framework(SAMPLE).unwrap();
    assert_eq!(set.fields.len(), 8);
    assert!(set.fields.iter().map(|f| f.criteria.len()).sum::<usize>() >= 30);
    assert!(set.leaves().count() >= 70);
    assert_eq!(set.max_points(), d("100"));
    let kinds: std::collections::BTreeSet<&str> = set.leaves().map(|l| l.rule.kind()).collect();
    assert_eq!(kinds.len(), 8, "every rule type is used: {kinds:?}");
    assert!(set
        .notice
        .as_deref()
        .unwrap()
        .contains("MINH HỌA, KHÔNG PHẢI QUYẾT ĐỊNH CHÍNH THỨC"));
}

#[test]
fn the_fully_answered_sample_matches_the_hand_computation() {
    let set = par_core::load_framework(SAMPLE).unwrap();
    let answers: Answers = par_core::parse_json(ANSWERS).unwrap();
    let sheet = par_core::score(&set, &answers);
    assert!(sheet.problems.is_empty(), "{:?}", sheet.problems);

    let fields: Vec<Decimal> = sheet.fields.iter().map(|f| f.points).collect();
    let expected: Vec<Decimal> = ["8.14", "3.5", "12.12", "5.5", "7.81", "6", "12.42", "5.54"]
        .iter()
        .map(|s| d(s))
        .collect();
    assert_eq!(fields, expected);
    assert_eq!(sheet.fields_points, d("61.03"));
    assert_eq!(sheet.adjustments[0].raw_points, d("2.25"));
    assert_eq!(sheet.adjustments[0].points, d("2"), "bonus capped at 2");
    assert_eq!(sheet.adjustments[1].points, d("-0.5"));
    assert_eq!(sheet.total, d("62.53"));
    assert_eq!(sheet.max_points, d("100"));
    assert_eq!(sheet.applicable_max, d("97.5"));
    assert_eq!(sheet.pending_max, d("23"));
    assert_eq!(
        sheet.index_percent,
        Some(d("64.13")),
        "62.53 ÷ 97.5 × 100 = 64.1333…"
    );
    assert_eq!(sheet.classification.as_deref(), Some("Trung bình"));
    assert!(sheet.provisional);
    assert_eq!(sheet.progress(), (81, 81));

    let leaf = |code: &str| sheet.leaf(code).unwrap();
    assert_eq!(
        leaf("1.1.2").points,
        d("1.39"),
        "1.5 × 92.5% = 1.3875 → 1.39"
    );
    assert_eq!(
        leaf("3.2.2").percent,
        Some(d("98.9")),
        "1436/1452 = 98.898…%"
    );
    assert_eq!(
        leaf("7.1.2").points,
        d("0.25"),
        "90% is inside “từ 70% đến 90%”"
    );
    assert_eq!(leaf("7.2.2").points, d("0.92"), "1.5 × 903/1478 = 0.9164…");
    assert_eq!(leaf("8.2.1").points, d("1.79"), "2 × 17/19 = 1.789…");
    assert_eq!(leaf("2.1.2").status, LeafStatus::Excluded, "0/0 excluded");
    assert_eq!(
        leaf("3.5.3").status,
        LeafStatus::Excluded,
        "not applicable, excluded"
    );
    assert_eq!(leaf("8.1.1").status, LeafStatus::Pending, "survey");
}

#[test]
fn every_field_criterion_and_item_of_the_sample_has_a_table_row() {
    use par_core::score::{sheet_rows, Shown};
    let set = par_core::load_framework(SAMPLE).unwrap();
    let answers: Answers = par_core::parse_json(ANSWERS).unwrap();
    let sheet = par_core::score(&set, &answers);
    let rows = sheet_rows(&set, &sheet, par_core::Lang::Vi);
    let criteria = set.criteria_count();
    let items = |items: &[par_core::framework::Item]| {
        items.iter().map(|i| 1 + i.items.len()).sum::<usize>()
    };
    let in_fields: usize = set
        .fields
        .iter()
        .flat_map(|f| &f.criteria)
        .map(|c| items(&c.items))
        .sum();
    let in_groups: usize = set.adjustments.iter().map(|g| 1 + items(&g.items)).sum();
    assert_eq!(
        rows.len(),
        set.fields.len() + criteria + in_fields + in_groups
    );
    assert_eq!((rows[0].depth, rows[0].code.as_str()), (0, "1"));
    assert_eq!(rows[0].shown, Shown::Points(d("8.14")));
    assert!(rows.iter().any(|r| r.shown == Shown::Pending));
    assert!(rows
        .iter()
        .any(|r| r.code == "3.5.3" && r.shown == Shown::Excluded));
    assert!(rows
        .iter()
        .any(|r| r.code == "9.2" && r.shown == Shown::Signed(d("-0.5"))));
    // A penalty item prints what it deducts with its minus; nothing deducted prints as 0.
    let row = |code: &str| rows.iter().find(|r| r.code == code).unwrap().shown.clone();
    assert_eq!(row("9.2.1"), Shown::Signed(d("-0.5")));
    assert_eq!(row("9.2.2"), Shown::Points(d("0")));
    assert_eq!(
        row("9.1.1"),
        Shown::Points(d("1")),
        "a bonus item stays positive"
    );
}

#[test]
fn the_summary_lines_add_up_to_the_total_and_fields_show_their_applicable_maximum() {
    use par_core::score::{summary_lines, LineKind};
    let set = par_core::load_framework(SAMPLE).unwrap();
    let answers: Answers = par_core::parse_json(ANSWERS).unwrap();
    let sheet = par_core::score(&set, &answers);
    let lines = summary_lines(&set, &sheet, par_core::Lang::Vi);
    assert_eq!(lines.len(), set.fields.len() + set.adjustments.len());
    let sum: Decimal = lines.iter().map(|l| l.points).sum();
    assert_eq!(sum, sheet.total, "61.03 + 2 − 0.5 = 62.53");
    let kinds: Vec<LineKind> = lines.iter().skip(8).map(|l| l.kind).collect();
    assert_eq!(kinds, [LineKind::Bonus, LineKind::Penalty]);
    assert_eq!(
        (lines[8].points, lines[8].max),
        (d("2"), set.adjustments[0].cap)
    );
    assert_eq!(lines[9].points, d("-0.5"));
    // 2.1.2 (0/0) and 3.5.3 (not applicable) are excluded: their fields' maximum shrinks.
    for line in &lines[..8] {
        let field = sheet.fields.iter().find(|f| f.code == line.code).unwrap();
        assert_eq!(line.max, field.applicable_max);
        let excluded = line.code == "2" || line.code == "3";
        assert_eq!(line.declared_max.is_some(), excluded, "field {}", line.code);
        if excluded {
            assert!(line.max < line.declared_max.unwrap());
        }
    }
    let maxima: Decimal = lines[..8].iter().map(|l| l.max).sum();
    assert_eq!(maxima, sheet.applicable_max);
}
