//! End-to-end tests of drafts in real headless Chromium against the built app (`$PAR_DIST` or
//! `dist/`): autosave and reopening, closing mid-typing, damaged records, a full storage, two
//! tabs, offline start through the service worker, a new release. Backups: backup.rs. Run by
//! scripts/test-browser.sh (`--ignored`).

use std::time::Duration;

use crate::browser::drafts::*;
use crate::browser::{
    self, by_id, click, click_css, css, eventually, is_checked, text_of, type_into, type_into_css,
    value_of, wait_for, wait_for_css, StaticServer,
};
use par_core::draft::Backup;
use serde_json::json;

#[test]
#[ignore = "needs a built app and chromedriver: run scripts/test-browser.sh"]
fn answers_come_back_after_a_reload_on_the_same_criterion() {
    on_answered_draft(move |c, _url| async move {
        let draft = only_draft(&c).await?;
        assert_eq!(draft.current_criterion.as_deref(), Some("1.2"));
        assert_eq!(
            draft.raw_inputs.get("input-1.1.2").map(String::as_str),
            Some("97,5")
        );

        c.refresh().await?;
        let heading = text_of(&c, "criterion-heading").await?;
        assert!(heading.starts_with("1.2"), "reopened on 1.2: {heading}");
        assert_eq!(value_of(&c, "input-1.2.2").await?, "1");
        assert!(status(&c).await?.starts_with("Đã lưu lúc"));
        open_criterion(&c, "1.1").await?;
        assert!(is_checked(&c, "input-1.1.1-cham").await?);
        assert_eq!(value_of(&c, "input-1.1.2").await?, "97,5");
        // Looking through the draft is remembered (it reopens on 1.1) but changes nothing
        // entered, so it is not a new revision.
        wait_saved(&c).await?;
        let looked = only_draft(&c).await?;
        assert_eq!(looked.current_criterion.as_deref(), Some("1.1"));
        assert_eq!(looked.revision, draft.revision);
        assert_eq!(looked.saved_at, draft.saved_at);

        // The list on the start screen shows it, with its progress; rename it. Every action
        // finds its button afresh (`click_css`): the list may re-render between two steps.
        click(&c, "tab-start").await?;
        let row = wait_for_css(&c, ".draft-row").await?;
        let text = row.text().await?;
        assert!(
            text.contains("UBND xã Tân Lập") && text.contains("mau-xa-2025"),
            "{text}"
        );
        // A save while the list is shown keeps its rows: a button found before the save is
        // still the one in the page (a click on it is never lost).
        let rename = c.find(css(".draft-row .draft-rename")).await?;
        type_into(&c, "unit-preparer", "Nguyễn Văn Bình").await?;
        wait_saved(&c).await?;
        assert!(only_draft(&c).await?.revision > draft.revision);
        rename.click().await?;
        type_into_css(&c, ".draft-new-name", "Tân Lập — bản chính").await?;
        click_css(&c, ".draft-save-name").await?;
        let renamed = eventually(5, || async {
            Ok(c.find(css(".draft-row th")).await?.text().await? == "Tân Lập — bản chính")
        })
        .await?;
        assert!(renamed);
        assert_eq!(only_draft(&c).await?.name, "Tân Lập — bản chính");
        // Duplicate, then delete the copy after confirming.
        click_css(&c, ".draft-row .draft-duplicate").await?;
        assert!(
            eventually(5, || async {
                Ok(c.find_all(css(".draft-row")).await?.len() == 2)
            })
            .await?
        );
        let mut copy = None;
        for row in c.find_all(css(".draft-row")).await? {
            if row.text().await?.contains("(bản sao)") {
                copy = row.attr("data-id").await?;
            }
        }
        let copy = format!(
            ".draft-row[data-id='{}']",
            copy.expect("the copy is listed")
        );
        // Both rows say they are the same unit, year and set.
        assert_eq!(c.find_all(css(".draft-duplicate-note")).await?.len(), 2);
        click_css(&c, &format!("{copy} .draft-delete")).await?;
        click_css(&c, &format!("{copy} .draft-delete-yes")).await?;
        assert!(
            eventually(5, || async {
                Ok(c.find_all(css(".draft-row")).await?.len() == 1)
            })
            .await?
        );
        assert_eq!(stored_drafts(&c).await?.len(), 1);
        Ok(())
    });
}

#[test]
#[ignore = "needs a built app and chromedriver: run scripts/test-browser.sh"]
fn closing_the_tab_within_the_debounce_window_loses_nothing() {
    on_answered_draft(move |c, url| async move {
        let first = c.window().await?;
        let other = c.new_window(true).await?.handle;
        c.switch_to_window(first).await?;
        // Typed, and the tab closed at once: well within the 400 ms debounce.
        let element = browser::reach(&c, "input-1.2.2").await?;
        element.clear().await?;
        element.send_keys("3").await?;
        c.close_window().await?;
        c.switch_to_window(other).await?;
        c.goto(&url).await?;
        let heading = text_of(&c, "criterion-heading").await?;
        assert!(heading.starts_with("1.2"), "{heading}");
        assert_eq!(value_of(&c, "input-1.2.2").await?, "3");
        let draft = only_draft(&c).await?;
        assert_eq!(
            draft.raw_inputs.get("input-1.2.2").map(String::as_str),
            Some("3")
        );
        Ok(())
    });
}

#[test]
#[ignore = "needs a built app and chromedriver: run scripts/test-browser.sh"]
fn damaged_records_are_moved_aside_reported_and_downloadable() {
    on_answered_draft(move |c, _url| async move {
        let draft = only_draft(&c).await?;
        // Half-written (cut in the middle) and from a newer app version.
        let half = r#"{"schema_version":1,"id":"abc","name":"Tân Lập","unit":{"prov"#;
        c.execute(
            "localStorage.setItem('par.draft.' + arguments[0], arguments[1]);\
             localStorage.setItem('par.draft.future', JSON.stringify({schema_version: 99, id: 'future'}));",
            vec![json!(draft.id), json!(half)],
        )
        .await?;
        c.refresh().await?;
        let alerts = wait_for_css(&c, ".quarantine").await?;
        assert!(alerts.text().await?.contains("bị hỏng"));
        let all = c.find_all(css(".quarantine")).await?;
        assert_eq!(all.len(), 2);
        let mut texts = String::new();
        for a in &all {
            texts.push_str(&a.text().await?);
        }
        assert!(texts.contains("không phải JSON hợp lệ"), "{texts}");
        assert!(texts.contains("mới hơn"), "{texts}");
        // The app works: the start screen with its list (the damaged draft is no longer in it).
        wait_for(&c, "drafts-heading").await?;
        assert!(stored_drafts(&c).await?.is_empty());
        // The damaged record is kept aside and can be downloaded raw.
        let kept = js(&c, "return Object.keys(localStorage).filter(k => k.startsWith('par.quarantine.')).map(k => localStorage.getItem(k));").await?;
        assert!(kept
            .as_array()
            .is_some_and(|a| a.iter().any(|v| v.as_str() == Some(half))));
        let mut downloaded = String::new();
        for a in all {
            let key = a.attr("data-key").await?.unwrap_or_default();
            click_css(
                &c,
                &format!(".quarantine[data-key='{key}'] .quarantine-download"),
            )
            .await?;
            let text = last_download(&c).await?;
            let stored = js(&c, &format!("return localStorage.getItem({key:?});")).await?;
            assert_eq!(Some(text.as_str()), stored.as_str());
            downloaded.push_str(&text);
        }
        assert!(downloaded.contains(half));
        // Still offered after a reload, until the user deletes it.
        c.refresh().await?;
        wait_for(&c, "drafts-heading").await?;
        assert_eq!(c.find_all(css(".quarantine")).await?.len(), 2);
        click_css(&c, ".quarantine-delete").await?;
        assert!(
            eventually(5, || async {
                Ok(c.find_all(css(".quarantine")).await?.len() == 1)
            })
            .await?
        );
        let left = js(
            &c,
            "return Object.keys(localStorage).filter(k => k.startsWith('par.quarantine.')).length;",
        )
        .await?;
        assert_eq!(left.as_u64(), Some(1));
        Ok(())
    });
}

#[test]
#[ignore = "needs a built app and chromedriver: run scripts/test-browser.sh"]
fn a_full_storage_is_reported_and_nothing_typed_is_lost() {
    on_answered_draft(move |c, _url| async move {
        // Fill localStorage with junk until the browser refuses even one more character.
        let filled = js(
            &c,
            "let n = 0; for (let size = 1 << 20; size >= 1; size = size >> 1) {\
               const chunk = 'x'.repeat(size);\
               while (true) { try { localStorage.setItem('junk.' + n, chunk); n++; } catch (e) { break; } }\
             } return n;",
        )
        .await?;
        assert!(filled.as_u64().unwrap_or(0) > 0);
        // A longer record than the stored one (replacing a value with one of the same length
        // still fits, and clearing a box frees space).
        let explanation = "Báo cáo quý III gửi chậm do mất điện kéo dài; đã có văn bản giải trình số 12/UBND gửi Phòng Nội vụ.";
        type_into(&c, "explanation-1.2.2", explanation).await?;
        let full = wait_for(&c, "storage-full").await?;
        let message = full.text().await?;
        assert!(
            message.contains("bộ nhớ") || message.contains("Bộ nhớ"),
            "{message}"
        );
        assert!(message.contains("tải bản sao lưu"), "{message}");
        assert!(status(&c).await?.contains("bộ nhớ đầy"));
        // Keep typing: the page keeps everything.
        open_criterion(&c, "1.3").await?;
        type_into(&c, "input-1.3.2", "45").await?;
        type_into(&c, "input-1.3.2-den", "50").await?;
        assert_eq!(value_of(&c, "input-1.3.2").await?, "45");
        open_criterion(&c, "1.2").await?;
        assert_eq!(value_of(&c, "explanation-1.2.2").await?, explanation);
        // The backup offered is the draft in memory, with what could not be stored.
        click(&c, "full-download").await?;
        let backup = Backup::parse(&last_download(&c).await?).expect("a valid backup");
        assert_eq!(
            backup.drafts[0]
                .raw_inputs
                .get("input-1.3.2-den")
                .map(String::as_str),
            Some("50")
        );
        // Space freed: the next change saves everything.
        js(&c, "Object.keys(localStorage).filter(k => k.startsWith('junk.')).forEach(k => localStorage.removeItem(k));").await?;
        type_into(&c, "input-1.2.2", "1").await?;
        wait_saved(&c).await?;
        let draft = only_draft(&c).await?;
        assert_eq!(
            draft.raw_inputs.get("input-1.3.2").map(String::as_str),
            Some("45")
        );
        assert_eq!(
            draft.raw_inputs.get("input-1.2.2").map(String::as_str),
            Some("1")
        );
        assert!(c.find(css(&by_id("storage-full"))).await.is_err());
        Ok(())
    });
}

#[test]
#[ignore = "needs a built app and chromedriver: run scripts/test-browser.sh"]
fn a_second_tab_cannot_overwrite_the_first() {
    on_answered_draft(move |c, url| async move {
        let first = c.window().await?;
        let second = c.new_window(true).await?.handle;
        c.switch_to_window(second.clone()).await?;
        c.goto(&url).await?;
        // The second tab opens the same draft read-only and says so.
        let banner = wait_for(&c, "read-only").await?;
        assert!(banner.text().await?.contains("thẻ khác"));
        assert_eq!(status(&c).await?, "Chỉ xem");
        assert!(is_disabled(&c, "input-1.2.2").await?);
        let before = only_draft(&c).await?;

        // Back in the first tab: it still edits, and saves.
        c.switch_to_window(first.clone()).await?;
        type_into(&c, "input-1.2.2", "2").await?;
        wait_saved(&c).await?;
        let after_first = only_draft(&c).await?;
        assert_eq!(after_first.revision, before.revision + 1);

        // The read-only tab shows the first tab's newer answer and never wrote.
        c.switch_to_window(second.clone()).await?;
        assert!(
            eventually(10, || async {
                Ok(value_of(&c, "input-1.2.2").await? == "2")
            })
            .await?
        );
        assert_eq!(only_draft(&c).await?.revision, after_first.revision);

        // Taking over: the second tab edits from the newest copy; the first becomes read-only.
        click(&c, "take-over").await?;
        assert!(eventually(10, || async { Ok(!is_disabled(&c, "input-1.2.2").await?) }).await?);
        type_into(&c, "input-1.2.2", "3").await?;
        wait_saved(&c).await?;
        c.switch_to_window(first).await?;
        assert!(eventually(10, || async { Ok(status(&c).await? == "Chỉ xem") }).await?);
        let draft = only_draft(&c).await?;
        assert_eq!(
            draft.raw_inputs.get("input-1.2.2").map(String::as_str),
            Some("3")
        );
        // Even a write forced in the stale tab is refused by the revision check.
        c.execute(
            "document.querySelector('.edit-guard').disabled = false;",
            vec![],
        )
        .await?;
        type_into(&c, "input-1.2.2", "9").await?;
        tokio::time::sleep(Duration::from_millis(1000)).await;
        let stale = only_draft(&c).await?;
        assert_eq!(
            stale.raw_inputs.get("input-1.2.2").map(String::as_str),
            Some("3")
        );
        Ok(())
    });
}

#[test]
#[ignore = "needs a built app and chromedriver: run scripts/test-browser.sh"]
fn the_app_opens_offline_with_its_draft() {
    let server = StaticServer::start(browser::dist_dir());
    let url = server.url("/");
    run(move |c| async move {
        begin(&c, &url).await?;
        answer_some(&c).await?;
        // The service worker has cached the build and controls the page.
        let controlled = eventually(20, || async {
            Ok(js(
                &c,
                "return !!(navigator.serviceWorker && navigator.serviceWorker.controller);",
            )
            .await?
            .as_bool()
                == Some(true))
        })
        .await?;
        assert!(controlled, "the service worker controls the page");
        let cached = c
            .execute_async(
                "const done = arguments[arguments.length - 1];\
                 caches.keys().then(keys => Promise.all(keys.map(k => caches.open(k).then(c => c.keys()))))\
                   .then(lists => done(lists.flat().map(r => r.url)), e => done(['ERROR ' + e]));",
                vec![],
            )
            .await?;
        let cached: Vec<String> = serde_json::from_value(cached).unwrap_or_default();
        assert!(cached.iter().any(|u| u.ends_with(".wasm")), "{cached:?}");
        // The appraisal round's page, visited once while online, is kept by its own worker.
        click(&c, "tab-appraisal").await?;
        wait_for(&c, "appraisal-file").await?;
        let round_worker = eventually(20, || async {
            Ok(js(
                &c,
                "const w = navigator.serviceWorker && navigator.serviceWorker.controller;\
                 return !!w && w.scriptURL.endsWith('/round/sw.js');",
            )
            .await?
            .as_bool()
                == Some(true))
        })
        .await?;
        assert!(round_worker, "the round's own worker controls its page");
        click(&c, "round-back").await?;
        wait_for(&c, "criterion-heading").await?;
        // The export page, never visited, is kept by its own worker, which this page registers.
        assert!(
            browser::export_page_kept(&c).await?,
            "the export page's worker is installed"
        );
        // The server goes away.
        drop(server);
        c.refresh().await?;
        let heading = text_of(&c, "criterion-heading").await?;
        assert!(heading.starts_with("1.2"), "{heading}");
        assert_eq!(value_of(&c, "input-1.2.2").await?, "1");
        // And it still works: scoring and saving.
        type_into(&c, "input-1.2.2", "2").await?;
        wait_saved(&c).await?;
        // The export page opens offline, on the same draft, though it was never visited; and
        // leads back to the criteria.
        click(&c, "tab-export").await?;
        wait_for(&c, "export-button").await?;
        assert!(text_of(&c, "save-status").await?.starts_with("Đã lưu"));
        click(&c, "tab-walk").await?;
        let heading = text_of(&c, "criterion-heading").await?;
        assert!(heading.starts_with("1.2"), "{heading}");
        assert_eq!(value_of(&c, "input-1.2.2").await?, "2");
        // The round's page opens offline too, on the same draft.
        click(&c, "tab-appraisal").await?;
        wait_for(&c, "appraisal-file").await?;
        assert!(text_of(&c, "save-status").await?.starts_with("Đã lưu"));
        Ok(())
    });
}

#[test]
#[ignore = "needs a built app and chromedriver: run scripts/test-browser.sh"]
fn a_new_release_is_announced_without_losing_the_open_draft() {
    // A copy of the build whose sw.js can be changed, as a new release would.
    let root = std::env::temp_dir().join(format!("par-release-test-{}", std::process::id()));
    browser::copy_dir(&browser::dist_dir(), &root);
    let server = StaticServer::start(root.clone());
    let url = server.url("/");
    let sw = root.join("sw.js");
    run(move |c| async move {
        begin(&c, &url).await?;
        answer_some(&c).await?;
        let controlled = eventually(20, || async {
            Ok(js(&c, "return !!navigator.serviceWorker.controller;")
                .await?
                .as_bool()
                == Some(true))
        })
        .await?;
        assert!(controlled);
        assert!(
            c.find(css(&by_id("update-ready"))).await.is_err(),
            "no notice on a first visit"
        );
        // A new release: sw.js changes; the browser checks for it (as on a later visit).
        let text = std::fs::read_to_string(&sw).expect("sw.js");
        std::fs::write(
            &sw,
            text.replace("const VERSION = \"", "const VERSION = \"next-"),
        )
        .expect("new sw.js");
        // Its precompressed copies belong to the old release: the server sends sw.js itself.
        for stale in ["sw.js.br", "sw.js.gz"] {
            let _ = std::fs::remove_file(sw.with_file_name(stale));
        }
        js(
            &c,
            "navigator.serviceWorker.getRegistration().then(r => r.update()); return true;",
        )
        .await?;
        let notice = c
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(css(&by_id("update-ready")))
            .await?;
        assert!(notice.text().await?.contains("phiên bản mới"));
        // The open draft is untouched and still saves.
        assert_eq!(value_of(&c, "input-1.2.2").await?, "1");
        type_into(&c, "input-1.2.2", "2").await?;
        wait_saved(&c).await?;
        // Reloading uses the new release, with the draft where it was.
        notice.find(css("button")).await?.click().await?;
        let reopened = eventually(20, || async {
            Ok(c.find(css(&by_id("input-1.2.2"))).await.is_ok()
                && value_of(&c, "input-1.2.2").await? == "2")
        })
        .await?;
        assert!(reopened);
        let caches = c
            .execute_async(
                "const done = arguments[arguments.length - 1]; caches.keys().then(done);",
                vec![],
            )
            .await?;
        assert!(caches.to_string().contains("par-app-next-"), "{caches}");
        Ok(())
    });
    let _ = std::fs::remove_dir_all(&root);
}
