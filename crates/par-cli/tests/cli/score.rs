//! `par score`: the table an appraiser reads — declared figures, not-applicable claims, caps,
//! a legend for every mark — and totals in the table's number format.

use super::*;

fn score(lang: &str) -> String {
    let output = par(&[
        "--lang",
        lang,
        "score",
        "--framework",
        SAMPLE,
        SAMPLE_ANSWERS,
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    stdout(&output)
}

fn row<'a>(text: &'a str, code: &str) -> &'a str {
    text.lines()
        .find(|line| line.starts_with(&format!("{code} ")))
        .unwrap_or_else(|| panic!("no row {code}:\n{text}"))
}

#[test]
fn the_table_shows_declared_figures_claims_and_caps_with_a_legend() {
    let text = score("vi");
    assert!(text.starts_with("Mã "), "{text}");
    assert!(
        row(&text, "1.1.2").contains("92,5%"),
        "{}",
        row(&text, "1.1.2")
    );
    assert!(
        row(&text, "1.3.3").contains("4 / 5"),
        "{}",
        row(&text, "1.3.3")
    );
    assert!(
        row(&text, "1.3.1").contains("Có"),
        "{}",
        row(&text, "1.3.1")
    );
    // Claimed not applicable with full points: the appraiser accepts or rejects the claim.
    assert!(
        row(&text, "2.1.1").ends_with("1,00*"),
        "{}",
        row(&text, "2.1.1")
    );
    assert!(
        row(&text, "2.1.2").ends_with("KAD"),
        "{}",
        row(&text, "2.1.2")
    );
    // The bonus group's items add up to more than its cap.
    assert!(
        row(&text, "9.1").ends_with("trần +2,00"),
        "{}",
        row(&text, "9.1")
    );
    for legend in [
        "Ký hiệu:",
        "  KAD  không áp dụng",
        "  *    không áp dụng, được đủ điểm",
        "  chờ  cơ quan thẩm định chấm",
        "  trần  nhóm đạt mức trần: 2,25 điểm, chỉ tính 2,00",
    ] {
        assert!(text.contains(legend), "{legend}:\n{text}");
    }
    assert!(text.contains("Tổng điểm: 62,53 / 97,50"), "{text}");
}

#[test]
fn english_writes_the_table_and_the_totals_in_one_number_format() {
    let text = score("en");
    assert!(
        row(&text, "1.1.2").contains("92.5%"),
        "{}",
        row(&text, "1.1.2")
    );
    assert!(row(&text, "1").contains("8.14"), "{}", row(&text, "1"));
    assert!(!row(&text, "1").contains("8,14"), "{}", row(&text, "1"));
    assert!(
        text.contains("Total: 62.53 / 97.50 (applicable maximum; maximum 100.00)"),
        "{text}"
    );
    assert!(text.contains("Index: 64.13%"), "{text}");
    assert!(text.contains("  N/A  not applicable"), "{text}");
}
