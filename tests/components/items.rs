//! Component tests in headless Chromium: what surrounds the value of an item — not applicable,
//! evidence, explanation — and read-only survey items.

use crate::support::*;
use leptos::prelude::*;
use par_core::problems::ProblemKind;
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
async fn not_applicable_asks_for_an_explanation() {
    let m = mount_item("2.1.2");
    click("na-2.1.2");
    settle().await;
    assert!(m.state.answer("2.1.2").is_some_and(|a| a.not_applicable));
    assert_eq!(
        text("score-2.1.2"),
        "1,00",
        "not applicable here means full points"
    );
    assert!(text("msg-na-2.1.2").contains("giải trình"));
    assert_eq!(
        attribute("explanation-2.1.2", "aria-required").as_deref(),
        Some("true")
    );
    type_text(
        "explanation-2.1.2",
        "Năm 2025 không có phản ánh, kiến nghị nào.",
    );
    settle().await;
    assert_eq!(text("msg-na-2.1.2"), "");
    let problems = m
        .state
        .sheet
        .with_untracked(|sh| sh.problems_of("2.1.2").count());
    assert_eq!(problems, 0);
}

#[wasm_bindgen_test]
async fn excluded_item_leaves_the_maximum() {
    let m = mount_item("2.1.3.1");
    let before = m.state.sheet.with_untracked(|sh| sh.applicable_max);
    click("na-2.1.3.1");
    type_text("explanation-2.1.3.1", "Chưa triển khai liên thông.");
    settle().await;
    let after = m.state.sheet.with_untracked(|sh| sh.applicable_max);
    assert_eq!(
        before - after,
        par_core::Decimal::parse("0.5").expect("decimal")
    );
    assert!(text("title-2.1.3.1").contains("Liên thông"));
}

#[wasm_bindgen_test]
async fn evidence_rows_are_added_edited_and_removed() {
    let m = mount_item("1.1.1");
    click("input-1.1.1");
    click("add-evidence-1.1.1");
    click("add-evidence-1.1.1");
    settle().await;
    assert!(exists("evidence-1.1.1-0-number") && exists("evidence-1.1.1-1-number"));
    type_text("evidence-1.1.1-0-number", "12/KH-UBND");
    type_text("evidence-1.1.1-0-date", "31/02/2025");
    type_text("evidence-1.1.1-1-number", "99/BC-UBND");
    type_text("evidence-1.1.1-1-date", "15/09/2025");
    settle().await;
    // The form is right; the day does not exist, and the message says so.
    assert!(text("evidence-1.1.1-0-date-msg").contains("Không có ngày 31/02/2025"));
    assert_eq!(input_value("evidence-1.1.1-0-date"), "31/02/2025");
    let answer = m.state.answer("1.1.1").expect("answered");
    assert_eq!(
        answer.evidence[0].date, "",
        "an impossible date is not stored"
    );
    assert_eq!(answer.evidence[1].date, "2025-09-15");
    // With evidence the "missing evidence" problem is gone.
    let missing = m.state.sheet.with_untracked(|sh| {
        sh.problems_of("1.1.1")
            .any(|k| *k == ProblemKind::EvidenceMissingNoExplanation)
    });
    assert!(!missing);

    // A document with content is removed only after a second, explicit click.
    click("remove-evidence-1.1.1-0");
    settle().await;
    assert!(exists("remove-evidence-1.1.1-0-yes"));
    click("remove-evidence-1.1.1-0-yes");
    settle().await;
    assert!(!exists("evidence-1.1.1-1-number"));
    assert_eq!(input_value("evidence-1.1.1-0-number"), "99/BC-UBND");
    assert_eq!(input_value("evidence-1.1.1-0-date"), "15/09/2025");
    assert_eq!(m.state.answer("1.1.1").map(|a| a.evidence.len()), Some(1));
}

#[wasm_bindgen_test]
async fn survey_items_are_read_only_and_pending() {
    let _m = mount_item("3.1.1");
    settle().await;
    assert!(!exists("input-3.1.1"));
    assert!(text("input-3.1.1-pending").contains("Chờ kết quả điều tra"));
    assert_eq!(
        text("score-3.1.1"),
        "—",
        "no self score for an office-scored item"
    );
}

#[wasm_bindgen_test]
async fn a_count_in_a_penalty_group_says_its_points_are_deducted() {
    use par_core::framework::AdjustmentKind;
    let _bonus = mount_item_in("T.1", Some(AdjustmentKind::Bonus));
    assert!(text("rule-T.1").contains("cộng 0,5 điểm"));
    assert!(text("title-T.1").contains("Sáng kiến"));
    assert_eq!(score_label("T.1"), "Điểm tự chấm:");
    drop(_bonus);
    let _penalty = mount_item_in("T.1", Some(AdjustmentKind::Penalty));
    assert!(
        text("rule-T.1").contains("trừ 0,5 điểm"),
        "{}",
        text("rule-T.1")
    );
    assert!(!text("rule-T.1").contains("cộng"));
    assert_eq!(score_label("T.1"), "Điểm trừ tự chấm:");
}

/// The label before the item's score ("Điểm tự chấm:").
fn score_label(code: &str) -> String {
    document()
        .query_selector(&format!("[data-code='{code}'] .score-label"))
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
        .trim()
        .to_string()
}

#[wasm_bindgen_test]
async fn removing_a_document_with_content_asks_first_and_can_keep_it() {
    let m = mount_item("1.1.1");
    click("input-1.1.1");
    click("add-evidence-1.1.1");
    click("add-evidence-1.1.1");
    settle().await;
    type_text("evidence-1.1.1-0-issuer", "UBND xã");
    // Only an impossible date typed: not stored, but still something the user would lose.
    type_text("evidence-1.1.1-1-date", "31/02/2025");
    settle().await;

    click("remove-evidence-1.1.1-0");
    until(|| focus_requested(&m) == "remove-evidence-1.1.1-0-no").await;
    assert!(
        text("remove-evidence-1.1.1-0-question").contains("Xóa tài liệu 1?"),
        "the question names the document"
    );
    assert_eq!(m.state.answer("1.1.1").map(|a| a.evidence.len()), Some(2));
    // "Giữ lại" keeps it, and the focus goes back to the remove button (the item asks for it;
    // the page's shell moves the focus, as the end-to-end tests see).
    click("remove-evidence-1.1.1-0-no");
    until(|| focus_requested(&m) == "remove-evidence-1.1.1-0").await;
    assert!(!exists("remove-evidence-1.1.1-0-yes"));
    assert_eq!(input_value("evidence-1.1.1-0-issuer"), "UBND xã");

    click("remove-evidence-1.1.1-1");
    settle().await;
    assert!(
        exists("remove-evidence-1.1.1-1-yes"),
        "a typed date counts as content"
    );
    click("remove-evidence-1.1.1-1-yes");
    until(|| focus_requested(&m) == "add-evidence-1.1.1").await;
    assert_eq!(m.state.answer("1.1.1").map(|a| a.evidence.len()), Some(1));

    // An empty document goes at once: there is nothing to lose.
    click("add-evidence-1.1.1");
    settle().await;
    click("remove-evidence-1.1.1-1");
    settle().await;
    assert!(!exists("remove-evidence-1.1.1-1-yes"));
    assert_eq!(m.state.answer("1.1.1").map(|a| a.evidence.len()), Some(1));
}

/// The element the item asked the page to focus, once it is on the page (the shell, not
/// mounted here, moves the focus).
fn focus_requested(m: &Mounted) -> String {
    m.state
        .focus_request
        .get_untracked()
        .filter(|id| exists(id))
        .unwrap_or_default()
}
