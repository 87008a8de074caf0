//! Not applicable for a whole criterion (criteria-set format 2), under a set that scores an
//! unproven claim zero: the claim takes evidence like an item, keeps it when withdrawn and
//! ticked again, and the summary's link to its problem opens the criterion's page at the box
//! that fixes it.

use crate::support::*;
use leptos::prelude::*;
use par_app::state::{Draft, Screen};
use par_core::problems::ProblemKind;
use par_core::Decimal;
use wasm_bindgen_test::*;

/// The small test set, with criterion 2.1 claimable as a whole (full points) and an unproven
/// claim scored zero.
fn set_with_group_claim() -> par_core::Framework {
    let mut value: serde_json::Value = serde_json::from_str(MINI).expect("json");
    value["format"] = "par-framework/2".into();
    value["evidence_policy"] = "zero_without_evidence".into();
    value["not_applicable_without_evidence"] = "scores_zero".into();
    let criterion = &mut value["fields"][1]["criteria"][0];
    criterion["not_applicable"] = "full_points".into();
    criterion["items"][0]["evidence"] = serde_json::json!({"hint": "Danh mục văn bản được giao"});
    // One claim covers the criterion: its items' own claims go (the set's check says so).
    criterion["items"][1]
        .as_object_mut()
        .map(|item| item.remove("not_applicable"));
    criterion["items"][2]["items"][0]
        .as_object_mut()
        .map(|item| item.remove("not_applicable"));
    par_core::load_framework(&value.to_string()).expect("a valid format-2 set")
}

#[wasm_bindgen_test]
async fn a_whole_criterion_claim_takes_evidence_keeps_it_and_the_summary_jumps_to_it() {
    let m = mount(|| view! { <par_app::app::Shell root=PageRoot("") screens=every_screen/> });
    let set = set_with_group_claim();
    m.state.open_draft(set.clone(), Draft::blank(&set));
    m.state.screen.set(Screen::Walk);
    let page = par_core::pages::page_to_fix(&set, "2.1").expect("2.1 has a page");
    m.state.current.set(page);
    settle().await;

    click("group-na-2.1");
    settle().await;
    type_text(
        "group-explanation-2.1",
        "Năm 2025 xã không được giao ban hành văn bản nào",
    );
    settle().await;
    // Claimed without a document: scored zero, the problem under the criterion's code.
    let problem = m.state.sheet.with_untracked(|sheet| {
        sheet
            .problems
            .iter()
            .find(|p| p.code == "2.1")
            .map(|p| p.kind.clone())
    });
    assert_eq!(problem, Some(ProblemKind::EvidenceMissingScoredZero));
    let points = |m: &Mounted| m.state.sheet.with_untracked(|s| s.total);
    let unproven = points(&m);

    // The claim's own document list, as an item's.
    click("add-evidence-2.1");
    settle().await;
    type_text("evidence-2.1-0-number", "12/QĐ-UBND");
    type_text("evidence-2.1-0-date", "05/01/2025");
    settle().await;
    let evidence = m
        .state
        .answers
        .with_untracked(|a| a.group_claims["2.1"].evidence.clone());
    assert_eq!(evidence.len(), 1);
    assert_eq!(evidence[0].number, "12/QĐ-UBND");
    assert_eq!(evidence[0].date, "2025-01-05");
    assert_eq!(
        points(&m) - unproven,
        Decimal::from_int(2),
        "2.1.1 (the one item whose evidence the set requires) gets its 2 points"
    );
    assert!(m
        .state
        .sheet
        .with_untracked(|s| !s.problems.iter().any(|p| p.code == "2.1")));

    // Withdrawn then ticked again: the explanation and the document come back.
    click("group-na-2.1");
    settle().await;
    assert!(m
        .state
        .answers
        .with_untracked(|a| a.group_claims.is_empty()));
    click("group-na-2.1");
    settle().await;
    let claim = m
        .state
        .answers
        .with_untracked(|a| a.group_claims["2.1"].clone());
    assert_eq!(claim.evidence, evidence);
    assert!(claim.explanation.starts_with("Năm 2025"));

    // The summary's link for a claim's problem: the criterion's page, the box that fixes it.
    m.state.go_to(0);
    settle().await;
    m.state
        .jump_to("2.1", &ProblemKind::EvidenceMissingScoredZero);
    settle().await;
    frames(3).await;
    assert_eq!(m.state.current.get_untracked(), page);
    assert_eq!(active_id(), "add-evidence-2.1");
    m.state
        .jump_to("2.1", &ProblemKind::NotApplicableWithoutExplanation);
    settle().await;
    frames(3).await;
    assert_eq!(active_id(), "group-explanation-2.1");
}
