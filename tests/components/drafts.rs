//! The drafts list: deleting a draft lets go of what was kept only for it.

use crate::support::*;
use leptos::prelude::*;
use par_app::round::{keep_submission, stored_submission};
use par_app::state::Draft;
use par_app::storage::records;
use par_core::draft::ExportRecord;
use wasm_bindgen_test::*;

fn exported(id: &str, name: &str, hash: &str) -> par_core::draft::DraftRecord {
    let set = par_core::load_framework(MINI).expect("the test set");
    let draft = Draft {
        exports: vec![ExportRecord {
            revision: 1,
            submission_id: "a".repeat(32),
            hash: hash.to_string(),
            created_at: "2025-12-01T09:00:00Z".into(),
            file_name: "CCHC-2025-00004-tan-lap.json".into(),
            content: None,
        }],
        name: name.to_string(),
        ..Draft::blank(&set)
    };
    draft.to_record(id.to_string(), 1, "2025-12-01T09:00:00Z".into())
}

async fn delete_row(id: &str) {
    let row = format!(".draft-row[data-id='{id}']");
    click_selector(&format!("{row} .draft-delete"));
    settle().await;
    click_selector(&format!("{row} .draft-delete-yes"));
    settle().await;
}

fn click_selector(selector: &str) {
    use wasm_bindgen::JsCast;
    document()
        .query_selector(selector)
        .expect("a selector")
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
}

#[wasm_bindgen_test]
async fn a_deleted_draft_lets_go_of_its_kept_submissions_unless_a_copy_still_has_them() {
    let hash = "ab".repeat(32);
    storage().clear().unwrap();
    for record in [
        exported("draft-a", "Tân Lập", &hash),
        exported("draft-b", "Tân Lập (bản sao)", &hash),
    ] {
        records::write(&record).expect("stored");
    }
    keep_submission(&hash, "{\"format\":\"par-submission/1\"}").expect("kept");
    let _m = mount(|| view! { <par_app::components::drafts::DraftsPanel/> });
    settle().await;

    // The copy goes; the original still has the export, so its submission stays.
    delete_row("draft-b").await;
    assert!(records::load("draft-b").unwrap().is_none());
    assert!(stored_submission(&hash).is_some());
    // The last draft with it goes: so does the kept submission.
    delete_row("draft-a").await;
    assert!(records::load("draft-a").unwrap().is_none());
    assert!(stored_submission(&hash).is_none());
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn the_tests_keep_drafts_in_memory_not_in_the_browsers_storage() {
    storage().clear().unwrap();
    let draft = exported("draft-memory", "Trong bộ nhớ", &"cd".repeat(32));
    records::write(&draft).expect("stored");
    assert!(records::load("draft-memory").unwrap().is_some());
    let browser = window().local_storage().unwrap().unwrap();
    let in_browser: Vec<String> = (0..browser.length().unwrap())
        .filter_map(|i| browser.key(i).ok().flatten())
        .filter(|key| key.starts_with("par."))
        .collect();
    assert!(in_browser.is_empty(), "{in_browser:?}");
    storage().clear().unwrap();
    assert!(records::load("draft-memory").unwrap().is_none());
}
