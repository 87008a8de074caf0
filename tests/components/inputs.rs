//! Component tests in headless Chromium: one item card per input kind, driven by DOM events,
//! checked in the DOM and in the state's answers and score.

use crate::support::*;
use leptos::prelude::*;
use par_core::answers::AnswerValue;
use par_core::problems::ProblemKind;
use par_core::Decimal;
use wasm_bindgen_test::*;

fn d(text: &str) -> Decimal {
    Decimal::parse(text).expect("test decimal")
}

fn card_status(code: &str) -> String {
    leptos::prelude::document()
        .query_selector(&format!(".item-card[data-code='{code}']"))
        .ok()
        .flatten()
        .and_then(|card| card.get_attribute("data-status"))
        .unwrap_or_default()
}

fn leaf_points(m: &Mounted, code: &str) -> Decimal {
    m.state
        .sheet
        .with_untracked(|sh| sh.leaf(code).map(|l| l.points))
        .expect("leaf scored")
}

#[wasm_bindgen_test]
async fn yes_no_radios_answer_and_score() {
    let m = mount_item("1.1.1");
    assert_eq!(text("score-1.1.1"), "0,00");
    click("input-1.1.1");
    settle().await;
    assert_eq!(m.state.value("1.1.1"), Some(AnswerValue::YesNo(true)));
    assert_eq!(text("score-1.1.1"), "1,00");
    assert!(checked("input-1.1.1") && !checked("input-1.1.1-no"));
    // Required evidence is missing: under this set's policy the explanation box is asked for.
    assert!(
        text("msg-ev-1.1.1").contains("tài liệu kiểm chứng"),
        "{}",
        text("msg-ev-1.1.1")
    );
    click("input-1.1.1-no");
    settle().await;
    assert_eq!(m.state.value("1.1.1"), Some(AnswerValue::YesNo(false)));
    assert_eq!(text("score-1.1.1"), "0,00");
    assert_eq!(leaf_points(&m, "1.1.1"), Decimal::ZERO);
}

#[wasm_bindgen_test]
async fn levels_radio_picks_an_option() {
    let m = mount_item("1.1.2");
    click("input-1.1.2-khong_kip_thoi");
    settle().await;
    assert_eq!(
        m.state.value("1.1.2"),
        Some(AnswerValue::Level("khong_kip_thoi".into()))
    );
    assert_eq!(text("score-1.1.2"), "0,50");
    assert_eq!(leaf_points(&m, "1.1.2"), d("0.5"));
    // The plain-language rule is shown.
    assert!(text("rule-1.1.2").contains("Ban hành kịp thời: 1 điểm"));
    // Clearing the answer forgets it.
    click("clear-1.1.2");
    settle().await;
    assert_eq!(m.state.value("1.1.2"), None);
    assert!(!checked("input-1.1.2-khong_kip_thoi"));
}

#[wasm_bindgen_test]
async fn percent_accepts_a_comma_and_keeps_bad_text() {
    let m = mount_item("1.2.1");
    type_text("input-1.2.1", "97,5");
    settle().await;
    assert_eq!(
        m.state.value("1.2.1"),
        Some(AnswerValue::Percent(d("97.5")))
    );
    assert_eq!(text("score-1.2.1"), "2,00");
    assert_eq!(
        attribute("input-1.2.1", "aria-invalid").as_deref(),
        Some("false")
    );

    type_text("input-1.2.1", "abc");
    settle().await;
    assert_eq!(m.state.value("1.2.1"), None, "unreadable text never scores");
    assert_eq!(
        input_value("input-1.2.1"),
        "abc",
        "the typed text stays in the box"
    );
    assert_eq!(m.state.raw_text("input-1.2.1").as_deref(), Some("abc"));
    assert!(text("msg-1.2.1").contains("Không phải là số"));
    assert_eq!(
        attribute("input-1.2.1", "aria-invalid").as_deref(),
        Some("true")
    );
    assert!(attribute("input-1.2.1", "aria-describedby")
        .unwrap_or_default()
        .contains("msg-1.2.1"));
    assert_eq!(text("score-1.2.1"), "0,00");
    assert_eq!(card_status("1.2.1"), "invalid");

    type_text("input-1.2.1", "120");
    settle().await;
    assert!(text("msg-1.2.1").contains("100%"), "{}", text("msg-1.2.1"));
    let problems: Vec<ProblemKind> = m
        .state
        .sheet
        .with_untracked(|sh| sh.problems_of("1.2.1").cloned().collect());
    assert_eq!(problems, [ProblemKind::PercentOutOfRange]);

    type_text("input-1.2.1", "90");
    settle().await;
    assert_eq!(
        text("score-1.2.1"),
        "1,00",
        "90% is in the inclusive 70–90% band"
    );
    assert_eq!(text("msg-1.2.1"), "");
}

#[wasm_bindgen_test]
async fn ratio_needs_both_numbers_and_handles_zero() {
    let m = mount_item("2.1.1");
    type_text("input-2.1.1", "95");
    settle().await;
    assert_eq!(m.state.value("2.1.1"), None);
    assert!(text("notes-2.1.1").contains("cả hai số"));
    type_text("input-2.1.1-den", "100");
    settle().await;
    assert_eq!(
        m.state.value("2.1.1"),
        Some(AnswerValue::Ratio {
            numerator: d("95"),
            denominator: d("100")
        })
    );
    // Proportional band: 2 points × 95% = 1,90.
    assert_eq!(text("score-2.1.1"), "1,90");
    assert!(text("notes-2.1.1").contains("95,00%"));
    // Each side as understood, thousands grouped the Vietnamese way.
    type_text("input-2.1.1", "2.300");
    type_text("input-2.1.1-den", "2 310");
    settle().await;
    assert!(
        text("notes-2.1.1").contains("Tử số = 2.300"),
        "{}",
        text("notes-2.1.1")
    );
    assert!(text("notes-2.1.1").contains("Mẫu số = 2.310"));
    type_text("input-2.1.1", "95");
    type_text("input-2.1.1-den", "100");
    settle().await;

    type_text("input-2.1.1-den", "0");
    settle().await;
    assert!(
        text("msg-2.1.1").contains(
            "“Số hồ sơ giải quyết đúng hạn” không thể lớn hơn “Tổng số hồ sơ đã giải quyết”"
        ),
        "{}",
        text("msg-2.1.1")
    );
    assert_eq!(text("score-2.1.1"), "0,00");
    type_text("input-2.1.1", "0");
    settle().await;
    // No dossier at all: the set gives full points and the note says why.
    assert_eq!(text("score-2.1.1"), "2,00");
    assert!(
        text("notes-2.1.1").contains(
            "“Tổng số hồ sơ đã giải quyết” bằng 0: theo bộ tiêu chí, tiêu chí được đủ 2 điểm"
        ),
        "{}",
        text("notes-2.1.1")
    );

    type_text("input-2.1.1-den", "mười");
    settle().await;
    assert_eq!(m.state.value("2.1.1"), None);
    assert_eq!(input_value("input-2.1.1-den"), "mười");
    assert!(text("msg-2.1.1").contains("Mẫu số"));
    // Only the box with the unreadable text is marked, and the item says it is invalid.
    assert_eq!(
        attribute("input-2.1.1-den", "aria-invalid").as_deref(),
        Some("true")
    );
    assert_eq!(
        attribute("input-2.1.1", "aria-invalid").as_deref(),
        Some("false")
    );
    assert_eq!(card_status("2.1.1"), "invalid");
}

#[wasm_bindgen_test]
async fn parts_checkboxes_add_up() {
    let m = mount_item("1.1.3");
    click("input-1.1.3");
    click("input-1.1.3-hoi_nghi");
    settle().await;
    assert_eq!(text("score-1.1.3"), "0,75");
    assert_eq!(leaf_points(&m, "1.1.3"), d("0.75"));
    click("input-1.1.3");
    settle().await;
    assert_eq!(
        m.state.value("1.1.3"),
        Some(AnswerValue::Parts(vec!["hoi_nghi".into()]))
    );
    assert_eq!(text("score-1.1.3"), "0,50");
    assert!(checked("input-1.1.3-hoi_nghi") && !checked("input-1.1.3"));
}

#[wasm_bindgen_test]
async fn count_deducts_and_refuses_negative_text() {
    let m = mount_item("1.2.2");
    type_text("input-1.2.2", "2");
    settle().await;
    assert_eq!(m.state.value("1.2.2"), Some(AnswerValue::Count(2)));
    assert_eq!(text("notes-1.2.2"), "= 2 văn bản trễ hạn");
    assert_eq!(text("score-1.2.2"), "0,50", "1 − 2 × 0,25");
    type_text("input-1.2.2", "-1");
    settle().await;
    assert_eq!(m.state.value("1.2.2"), None);
    assert_eq!(input_value("input-1.2.2"), "-1");
    assert!(text("msg-1.2.2").contains("số nguyên"));
    assert_eq!(
        text("notes-1.2.2"),
        "",
        "nothing understood from a refused text"
    );
    type_text("input-1.2.2", "9");
    settle().await;
    assert_eq!(
        text("score-1.2.2"),
        "0,00",
        "the deduction is capped at the item"
    );
}
