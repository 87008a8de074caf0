//! End-to-end tests of backups in real headless Chromium against the built app (`$PAR_DIST` or
//! `dist/`): a backup restored into a fresh profile, with the imported criteria set it needs, and
//! a draft carried to a new version of its set. Run by scripts/test-browser.sh (`--ignored`).

use crate::browser::drafts::*;
use crate::browser::{
    self, click, click_css, css, is_checked, text_of, type_into, value_of, wait_for, wait_for_css,
    StaticServer,
};
use par_core::draft::DraftRecord;

#[test]
#[ignore = "needs a built app and chromedriver: run scripts/test-browser.sh"]
fn a_backup_restores_the_identical_draft_in_a_fresh_profile() {
    let server = StaticServer::start(browser::dist_dir());
    let url = server.url("/");
    let backup_file =
        std::env::temp_dir().join(format!("par-backup-test-{}.json", std::process::id()));
    let original: DraftRecord = {
        let (url, backup_file) = (url.clone(), backup_file.clone());
        run(move |c| async move {
            begin(&c, &url).await?;
            answer_some(&c).await?;
            let (text, backup) = download_all_drafts(&c).await?;
            assert_eq!(backup.drafts.len(), 1);
            std::fs::write(&backup_file, &text).expect("write the backup file");
            only_draft(&c).await
        })
    };
    let path = backup_file.display().to_string();
    run(move |c| async move {
        c.goto(&url).await?;
        assert!(stored_drafts(&c).await?.is_empty(), "a fresh profile");
        wait_for(&c, "restore-file").await?.send_keys(&path).await?;
        let result = text_of(&c, "restore-result").await?;
        assert!(result.contains("1 bản nháp mới"), "{result}");
        assert_eq!(only_draft(&c).await?, original, "identical draft");
        click_css(&c, ".draft-open").await?;
        let heading = text_of(&c, "criterion-heading").await?;
        assert!(heading.starts_with("1.2"), "{heading}");
        assert_eq!(value_of(&c, "input-1.2.2").await?, "1");

        // A newer copy here is never replaced without asking.
        type_into(&c, "input-1.2.2", "2").await?;
        wait_saved(&c).await?;
        let newer = only_draft(&c).await?;
        click(&c, "tab-start").await?;
        wait_for(&c, "restore-file").await?.send_keys(&path).await?;
        let ask = wait_for_css(&c, ".restore-confirm").await?;
        let question = ask.text().await?;
        assert!(question.contains("mới hơn"), "{question}");
        // Both copies are told apart by when they were saved (dd/mm/yyyy hh:mm), not by counters.
        assert!(
            question.contains("lưu lúc") && question.matches('/').count() >= 4,
            "{question}"
        );
        assert_eq!(only_draft(&c).await?, newer);
        click_css(&c, ".restore-confirm .restore-keep").await?;
        assert_eq!(only_draft(&c).await?, newer);
        // Not a backup at all: a clear message.
        let junk = std::env::temp_dir().join(format!("par-not-backup-{}.json", std::process::id()));
        std::fs::write(&junk, "{\"format\":\"khac\"}").expect("write");
        wait_for(&c, "restore-file")
            .await?
            .send_keys(&junk.display().to_string())
            .await?;
        let error = text_of(&c, "restore-error").await?;
        let _ = std::fs::remove_file(&junk);
        assert!(error.contains("không phải tệp sao lưu"), "{error}");
        Ok(())
    });
    let _ = std::fs::remove_file(&backup_file);
}

#[test]
#[ignore = "needs a built app and chromedriver: run scripts/test-browser.sh"]
fn a_draft_on_version_1_opens_on_version_2_with_the_change_list() {
    let server = StaticServer::start(browser::dist_dir());
    let url = server.url("/");
    let (v1, v2) = (fixture("mini.json"), fixture("mini-v2.json"));
    run(move |c| async move {
        begin_on_imported_set(&c, &url, &v1).await?;
        click(&c, "input-1.1.1").await?;
        click(&c, "input-1.1.2").await?;
        open_criterion(&c, "1.2").await?;
        type_into(&c, "input-1.2.1", "95").await?;
        open_criterion(&c, "2.1").await?;
        click(&c, "input-2.1.3.2").await?;
        wait_saved(&c).await?;
        let v1_draft = only_draft(&c).await?;
        assert_eq!(v1_draft.framework.version, "1");

        // The province issues version 2: load it over the open draft.
        click(&c, "tab-start").await?;
        click(&c, "source-file").await?;
        wait_for(&c, "framework-file").await?.send_keys(&v2).await?;
        let changes = wait_for(&c, "framework-changes").await?;
        let text = changes.text().await?;
        assert!(text.contains("phiên bản 2"), "{text}");
        for (code, kind) in [
            ("1.1.2", "RuleChangedValueSetAside"),
            ("2.1.3.2", "Removed"),
            ("2.1.3.3", "Added"),
            ("1.2.2", "TitleChanged"),
        ] {
            let item = c
                .find(css(&format!(
                    ".change[data-code='{code}'][data-kind='{kind}']"
                )))
                .await?;
            assert!(!item.text().await?.is_empty());
        }
        // Set-aside values are shown, not dropped.
        let removed = c
            .find(css(".change[data-code='2.1.3.2']"))
            .await?
            .text()
            .await?;
        assert!(removed.contains("day_du"), "{removed}");
        wait_saved(&c).await?;
        let draft = only_draft(&c).await?;
        assert_eq!(draft.id, v1_draft.id);
        assert_eq!(draft.framework.version, "2");
        assert!(draft.answers.get("1.2.1").is_some(), "carried by code");
        assert!(draft.answers.get("1.1.1").is_some(), "carried by code");
        assert!(draft.answers.get("2.1.3.2").is_none());
        assert_eq!(draft.pending_changes.len(), 4);

        // Reload: the draft finds version 2 in storage and still lists the changes to review.
        c.refresh().await?;
        wait_for(&c, "framework-changes").await?;
        assert_eq!(only_draft(&c).await?.framework.version, "2");
        click(&c, "changes-done").await?;
        wait_saved(&c).await?;
        assert!(only_draft(&c).await?.pending_changes.is_empty());
        Ok(())
    });
}

#[test]
#[ignore = "needs a built app and chromedriver: run scripts/test-browser.sh"]
fn a_backup_carries_its_imported_criteria_set_to_a_fresh_profile() {
    let server = StaticServer::start(browser::dist_dir());
    let url = server.url("/");
    let backup_file =
        std::env::temp_dir().join(format!("par-backup-set-test-{}.json", std::process::id()));
    {
        let (url, backup_file) = (url.clone(), backup_file.clone());
        run(move |c| async move {
            begin_on_imported_set(&c, &url, &fixture("mini.json")).await?;
            click(&c, "input-1.1.1").await?;
            wait_saved(&c).await?;
            let (text, backup) = download_all_drafts(&c).await?;
            assert_eq!(
                backup.criteria_sets.len(),
                1,
                "the imported set travels along"
            );
            std::fs::write(&backup_file, &text).expect("write the backup file");
            Ok(())
        });
    }
    let path = backup_file.display().to_string();
    run(move |c| async move {
        c.goto(&url).await?;
        assert!(stored_drafts(&c).await?.is_empty(), "a fresh profile");
        wait_for(&c, "restore-file").await?.send_keys(&path).await?;
        let result = text_of(&c, "restore-result").await?;
        assert!(result.contains("1 bản nháp mới"), "{result}");
        assert!(result.contains("1 bộ tiêu chí"), "{result}");
        // The draft opens on its own set, without asking for the set file.
        click_css(&c, ".draft-open").await?;
        wait_for(&c, "criterion-heading").await?;
        assert!(is_checked(&c, "input-1.1.1").await?);
        assert_eq!(only_draft(&c).await?.framework.id, "mini-test");
        Ok(())
    });
    let _ = std::fs::remove_file(&backup_file);
}
