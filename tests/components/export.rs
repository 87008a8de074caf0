//! Component tests in headless Chromium of the export screen (what blocks the export, the
//! signing key, restoring it from a backup) and of an evidence document's file fingerprint.

use crate::support::*;
use leptos::prelude::*;
use par_app::components::export::ExportScreen;
use par_app::signing::KEY_STORAGE;
use par_app::state::Screen;
use par_core::submission::{backup_key, KdfParams, UnitKey};
use wasm_bindgen_test::*;

fn forget_key() {
    let _ = storage().remove_item(KEY_STORAGE);
}

fn stored_key() -> Option<String> {
    storage().get_item(KEY_STORAGE).ok().flatten()
}

/// Keeps each Blob the app hands to `<a download>`, from now on, for [`downloaded`].
fn keep_downloads() {
    js_sys::Function::new_no_args(
        "if (!window.__parBlobs) {
             window.__parBlobs = [];
             const original = URL.createObjectURL;
             URL.createObjectURL = (blob) => { window.__parBlobs.push(blob); return original.call(URL, blob); };
         }
         window.__parBlobs.length = 0;",
    )
    .call0(&wasm_bindgen::JsValue::NULL)
    .expect("wrap createObjectURL");
}

/// The text of the `n`th file downloaded since [`keep_downloads`].
async fn downloaded(n: usize) -> String {
    let blob: web_sys::Blob = js_sys::eval(&format!("window.__parBlobs[{n}]"))
        .expect("a downloaded blob")
        .into();
    wasm_bindgen_futures::JsFuture::from(blob.text())
        .await
        .expect("blob text")
        .as_string()
        .expect("text")
}

#[wasm_bindgen_test]
async fn the_export_screen_lists_what_blocks_and_jumps_to_it() {
    forget_key();
    let m = mount(|| view! { <par_app::app::Shell root=PageRoot("") screens=every_screen/> });
    m.state.screen.set(Screen::Export);
    settle().await;

    // A fresh assessment: the unit is incomplete and no item is answered.
    assert!(exists("export-blockers"));
    assert!(!exists("export-ready"));
    let unit = text("export-unit-problems");
    assert!(unit.contains("Hãy nhập tên xã, phường."), "{unit}");
    assert!(unit.contains("Hãy nhập họ tên Chủ tịch UBND."), "{unit}");
    assert!(text("problems-count").starts_with(char::is_numeric));
    assert_eq!(
        attribute("export-button", "aria-disabled").as_deref(),
        Some("true")
    );
    click("export-button");
    settle().await;
    assert!(text("export-message").contains("Hãy xử lý các mục ở phần 1"));
    assert!(
        stored_key().is_none(),
        "nothing was signed, no key was made"
    );

    // Before any export the printed sheet says so.
    assert_eq!(text("sheet-hash"), "chưa xuất tệp");

    // An item's link opens its criterion with the focus in the box that fixes it.
    let link = document()
        .query_selector("a.problem-link[data-code='1.2.1']")
        .ok()
        .flatten()
        .expect("a link for 1.2.1");
    wasm_bindgen::JsCast::unchecked_ref::<web_sys::HtmlElement>(&link).click();
    settle().await;
    frames(4).await;
    assert_eq!(m.state.screen.get_untracked(), Screen::Walk);
    assert_eq!(active_id(), "input-1.2.1");

    // A unit problem's link opens the unit form at the box to fill.
    m.state.screen.set(Screen::Export);
    settle().await;
    let link = document()
        .query_selector("#export-unit-problems a[href='#unit-name']")
        .ok()
        .flatten()
        .expect("a link for the unit name");
    wasm_bindgen::JsCast::unchecked_ref::<web_sys::HtmlElement>(&link).click();
    settle().await;
    frames(4).await;
    assert_eq!(m.state.screen.get_untracked(), Screen::Start);
    assert_eq!(active_id(), "unit-name");
}

#[wasm_bindgen_test]
async fn creating_the_key_shows_its_fingerprint_and_keeps_it() {
    forget_key();
    let m = mount(|| view! { <ExportScreen/> });
    settle().await;
    assert!(exists("key-none"));
    click("key-create");
    settle().await;

    let fingerprint = text("key-fingerprint");
    let key = m
        .state
        .signing_key
        .get_untracked()
        .and_then(|k| k.key())
        .expect("a key in the state");
    assert_eq!(fingerprint, key.key_id());
    let groups: Vec<&str> = fingerprint.split('-').collect();
    assert_eq!(groups.len(), 4, "{fingerprint}");
    assert!(groups.iter().all(|g| g.len() == 4));
    assert_eq!(input_value("key-public"), key.public_key_hex());
    // The key id is in view; the public key and the office's command are technical details,
    // closed until asked for.
    let inside_details = |id: &str| {
        document()
            .query_selector(&format!("details#key-technical:not([open]) #{id}"))
            .ok()
            .flatten()
            .is_some()
    };
    assert!(inside_details("key-public") && inside_details("key-command"));
    assert!(!inside_details("key-fingerprint") && !inside_details("key-copy"));
    assert_eq!(text("key-technical-summary"), "Chi tiết kỹ thuật");
    assert!(stored_key()
        .expect("stored")
        .contains(&par_app::signing::hex_string(&key.secret())));
    assert_eq!(
        text("sheet-key"),
        fingerprint,
        "the sheet prints the fingerprint"
    );

    // Replacing is explicit: a warning first, then a different key.
    click("key-replace");
    settle().await;
    assert!(text("key-replace-warning").contains("phải đăng ký khóa mới"));
    click("key-replace-confirm");
    settle().await;
    assert_ne!(text("key-fingerprint"), fingerprint);
    assert!(text("key-message").contains("Đã tạo khóa mới"));

    // A short passphrase is refused before any work is done.
    type_text("backup-pass", "ngan");
    type_text("backup-pass2", "ngan");
    click("backup-download");
    settle().await;
    assert!(text("backup-message").contains("Ít nhất 10 ký tự"));
    forget_key();
}

#[wasm_bindgen_test]
async fn restoring_a_backup_says_wrong_passphrase_or_damaged_file() {
    forget_key();
    let m = mount(|| view! { <ExportScreen/> });
    settle().await;
    let key = UnitKey::from_secret([42; 32]);
    // Cheap Argon2 parameters: the file carries them, so restoring reads them back.
    let cheap = KdfParams {
        memory_kib: 64,
        iterations: 1,
        parallelism: 1,
    };
    let backup = backup_key(&key, "mật khẩu đủ dài", [1; 16], [2; 24], cheap)
        .expect("backup")
        .to_json();

    pick_file("key-restore-file", "par-key-backup.json", &backup);
    type_text("key-restore-pass", "mật khẩu sai rồi");
    click("key-restore-button");
    until(|| !text("key-restore-message").is_empty()).await;
    assert!(
        text("key-restore-message").contains("Sai cụm mật khẩu"),
        "{}",
        text("key-restore-message")
    );
    assert_eq!(
        attribute("key-restore-pass", "aria-invalid").as_deref(),
        Some("true")
    );

    let damaged = backup.replacen("\"ciphertext\": \"", "\"ciphertext\": \"00", 1);
    pick_file("key-restore-file", "hong.json", &damaged);
    click("key-restore-button");
    until(|| text("key-restore-message").contains("hỏng")).await;
    assert!(
        text("key-restore-message").contains("hỏng"),
        "{}",
        text("key-restore-message")
    );

    pick_file("key-restore-file", "par-key-backup.json", &backup);
    type_text("key-restore-pass", "mật khẩu đủ dài");
    click("key-restore-button");
    until(|| text("key-restore-message").contains("Đã khôi phục")).await;
    assert!(
        text("key-restore-message").contains(&key.key_id()),
        "{}",
        text("key-restore-message")
    );
    assert_eq!(text("key-fingerprint"), key.key_id());
    assert!(m.state.signing_key.get_untracked().is_some());
    forget_key();
}

#[wasm_bindgen_test]
async fn an_evidence_file_keeps_only_its_name_size_and_hash() {
    let m = mount(|| view! { <par_app::app::Shell root=PageRoot("") screens=every_screen/> });
    m.state.open_demo();
    settle().await;
    click("add-evidence-1.1.1");
    settle().await;
    pick_file("evidence-1.1.1-0-file", "ke-hoach.pdf", "abc");
    until(|| {
        m.state
            .answer("1.1.1")
            .is_some_and(|a| a.evidence.first().is_some_and(|e| e.file.is_some()))
    })
    .await;
    let file = m.state.answer("1.1.1").unwrap().evidence[0]
        .file
        .clone()
        .unwrap();
    assert_eq!(file.name, "ke-hoach.pdf");
    assert_eq!(file.size, 3);
    assert_eq!(
        file.sha256,
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    settle().await;
    let status = text("evidence-1.1.1-0-file-status");
    assert!(status.contains("ke-hoach.pdf"), "{status}");
    assert!(status.contains("3 byte"), "{status}");
    assert!(status.contains("ba78 16bf 8f01 cfea"), "{status}");
    click("evidence-1.1.1-0-file-remove");
    settle().await;
    assert!(m.state.answer("1.1.1").unwrap().evidence[0].file.is_none());
    assert_eq!(text("evidence-1.1.1-0-file-status"), "");
}

#[wasm_bindgen_test]
async fn the_key_backup_is_downloaded_and_restores_the_same_key() {
    forget_key();
    keep_downloads();
    let m = mount(|| view! { <ExportScreen/> });
    settle().await;
    click("key-create");
    settle().await;
    let key = m
        .state
        .signing_key
        .get_untracked()
        .and_then(|k| k.key())
        .expect("a key");

    type_text("backup-pass", "một cụm mật khẩu dài");
    type_text("backup-pass2", "một cụm mật khẩu khác");
    click("backup-download");
    settle().await;
    assert!(text("backup-message").contains("chưa giống nhau"));

    type_text("backup-pass2", "một cụm mật khẩu dài");
    click("backup-download");
    until(|| text("backup-message").contains("Đã tải tệp sao lưu")).await;
    let message = text("backup-message");
    assert!(message.contains(&key.key_id()), "{message}");

    let backup = downloaded(0).await;
    assert!(backup.contains("par-key-backup/1"));
    assert!(
        !backup.contains(&par_app::signing::hex_string(&key.secret())),
        "the secret is never in clear"
    );
    let restored =
        par_core::submission::restore_key(&backup, "một cụm mật khẩu dài").expect("restores");
    assert_eq!(restored.key_id(), key.key_id());
    forget_key();
}

#[wasm_bindgen_test]
async fn the_key_registration_file_waits_for_the_unit_then_verifies_for_its_code_and_key() {
    forget_key();
    keep_downloads();
    let m = mount(|| view! { <ExportScreen/> });
    settle().await;
    assert!(
        !exists("key-register-download"),
        "no key, nothing to register"
    );
    click("key-create");
    settle().await;
    let key = m
        .state
        .signing_key
        .get_untracked()
        .and_then(|k| k.key())
        .expect("a key");

    // A fresh unit has no name or code yet: the button waits and says why.
    assert_eq!(
        attribute("key-register-download", "disabled").as_deref(),
        Some("")
    );
    let hint = text("key-register-hint");
    assert!(hint.contains("mã đơn vị hành chính"), "{hint}");
    m.state.unit.update(|unit| {
        unit.name = "UBND xã Tân Lập".into();
        unit.code = "0004".into();
    });
    settle().await;
    assert!(
        attribute("key-register-download", "disabled").is_some(),
        "4 digits"
    );

    m.state.unit.update(|unit| unit.code = "00004".into());
    settle().await;
    assert_eq!(attribute("key-register-download", "disabled"), None);
    assert!(text("key-register-hint").contains("cơ quan thẩm định"));
    click("key-register-download");
    settle().await;
    let message = text("key-register-message");
    assert!(
        message.contains("Đã tải tệp đăng ký khóa: DANG-KY-KHOA-00004-tan-lap.json"),
        "{message}"
    );

    let file = downloaded(0).await;
    let checked = par_core::submission::KeyRegistration::from_json(&file).expect("verifies");
    assert_eq!(checked.unit_code, "00004");
    assert_eq!(checked.unit_name, "UBND xã Tân Lập");
    assert_eq!(checked.key_id, key.key_id());
    assert_eq!(checked.public_key, key.public_key_hex());
    forget_key();
}

#[wasm_bindgen_test]
async fn a_draft_changed_after_an_export_is_said_so_and_never_printed_under_its_file() {
    use par_core::draft::{content_digest, ExportRecord};
    use par_core::AnswerValue;
    forget_key();
    let m = mount(|| view! { <par_app::app::Shell root=PageRoot("") screens=every_screen/> });
    m.state.set_value("1.1.1", Some(AnswerValue::YesNo(true)));
    let record = |revision: u32| ExportRecord {
        revision,
        submission_id: format!("s{revision}"),
        hash: format!("{revision}").repeat(64),
        created_at: "2025-11-20T14:32:00Z".into(),
        file_name: format!("CCHC-2025-00004-r{revision}.json"),
        content: Some(m.state.unit.with_untracked(|unit| {
            m.state
                .answers
                .with_untracked(|answers| content_digest(unit, answers))
        })),
    };
    m.state.exports.set(vec![record(1), record(2)]);
    m.state.screen.set(Screen::Export);
    settle().await;
    // As exported: the sheet names the latest file, nothing warns.
    assert!(!exists("export-stale") && !exists("sheet-stale"));
    assert!(
        text("sheet-hash").starts_with("2222"),
        "{}",
        text("sheet-hash")
    );
    assert!(text("sheet-submission").contains("s2"));
    // The history lists files; their hashes are technical details, closed.
    assert!(!text("export-history").contains("2222"));
    assert!(text("history-technical").contains("2222"));
    assert!(document()
        .query_selector("details#history-technical:not([open])")
        .ok()
        .flatten()
        .is_some());

    // An answer changed after export 2: the screen says so with the revision, and the sheet
    // becomes a draft that names no file.
    m.state.set_value("1.1.1", Some(AnswerValue::YesNo(false)));
    settle().await;
    assert!(
        text("export-stale").starts_with("Bản nháp đã thay đổi sau lần xuất 2"),
        "{}",
        text("export-stale")
    );
    assert!(text("sheet-stale").contains("BẢN NHÁP"));
    assert_eq!(text("sheet-hash"), "bản nháp, chưa xuất");
    assert_eq!(text("sheet-submission"), "bản nháp, chưa xuất");
    assert!(!text("sheet-footer").contains("2222"));

    // Printing first asks, offering to export again; the export is still blocked here, which
    // is said, and nothing is printed.
    assert!(!exists("print-stale"));
    click("print-sheet");
    settle().await;
    frames(4).await;
    assert!(text("print-stale").contains("lần xuất 2"));
    assert!(exists("print-draft"));
    assert_eq!(active_id(), "export-then-print");
    click("export-then-print");
    settle().await;
    assert!(text("print-message").contains("Hãy xử lý các mục ở phần 1"));
    assert!(stored_key().is_none(), "nothing was signed");

    // In English, second.
    m.state.lang.set(par_core::Lang::En);
    settle().await;
    assert!(text("export-stale").starts_with("The draft changed after export 2"));

    // Changed back: the draft is the file's content again.
    m.state.lang.set(par_core::Lang::Vi);
    m.state.set_value("1.1.1", Some(AnswerValue::YesNo(true)));
    settle().await;
    assert!(!exists("export-stale") && !exists("print-stale"));
    assert!(text("sheet-hash").starts_with("2222"));
}

#[wasm_bindgen_test]
async fn the_printed_sheet_keeps_its_signatures_with_the_table_end_and_no_plus_on_zero() {
    forget_key();
    let _m = mount(|| view! { <ExportScreen/> });
    settle().await;
    let found = |selector: &str| document().query_selector(selector).ok().flatten();
    // One block that does not break across pages: the last rows, the totals, the signatures.
    let end_rows = found("#sheet-end tbody").expect("the table's end");
    assert_eq!(end_rows.child_element_count(), 3);
    assert!(found("#sheet-end #sheet-total").is_some());
    assert!(found("#sheet-end .signatures").is_some());
    // In the set's order: the bonus group's item is the last row, printed once.
    assert!(found("#sheet-end tr[data-code='T.1']").is_some());
    assert!(found(".sheet-table:not(.sheet-table-end) tr[data-code='T.1']").is_none());
    // A bonus or penalty group with nothing in it prints 0,00, not +0,00.
    let group = document()
        .query_selector("#print-sheet-content tr[data-code='T'] td:last-child")
        .ok()
        .flatten()
        .expect("the bonus group's row");
    assert_eq!(group.text_content().unwrap_or_default(), "0,00");
}
