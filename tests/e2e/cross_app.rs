//! Across both apps (issue 14): the commune's app (served at `/`) creates its unit key and
//! downloads its key registration file from the export screen's key panel; the office's app
//! (`/office/`) imports exactly that file on its Keys screen, shows the key id in groups, the
//! official confirms, and the key is registered for the unit's code, in the exported keyring
//! too. One browser session. Run by scripts/test-browser.sh (`--ignored`).

use crate::browser::drafts::last_download;
use crate::browser::{self, click, eventually, text_of, wait_for, CmdResult, StaticServer};
use fantoccini::{Client, Locator};
use par_core::submission::{KeyRegistration, Keyring};

/// The name the app gave its last download (the hidden `#last-download` anchor).
async fn last_download_name(c: &Client) -> CmdResult<String> {
    let value = c
        .execute(
            "const a = document.getElementById('last-download'); return a ? a.download : '';",
            vec![],
        )
        .await?;
    Ok(value.as_str().unwrap_or_default().to_string())
}

#[test]
#[ignore = "needs a built app and chromedriver: run scripts/test-browser.sh"]
fn the_office_registers_the_key_the_commune_app_exports() {
    let server = StaticServer::start(browser::dist_dir());
    let commune = server.url("/");
    let office = server.url("/office/");
    let dir = std::env::temp_dir().join(format!("par-cross-app-e2e-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let file_dir = dir.clone();
    browser::run(move |c| async move {
        // The commune: the unit filled in, the export screen, a new key, its registration file.
        c.goto(&commune).await?;
        browser::fill_unit_and_start(&c, browser::DEMO_UNIT).await?;
        wait_for(&c, "criterion-heading").await?;
        click(&c, "tab-export").await?;
        click(&c, "key-create").await?;
        let key_id = text_of(&c, "key-fingerprint").await?;
        assert_eq!(key_id.len(), 19, "{key_id}");
        let button = wait_for(&c, "key-register-download").await?;
        assert_eq!(button.text().await?, "Tải tệp đăng ký khóa");
        button.click().await?;
        assert!(
            eventually(10, || async {
                Ok(text_of(&c, "key-register-message")
                    .await?
                    .contains("DANG-KY-KHOA-"))
            })
            .await?,
            "the registration file is offered"
        );
        let text = last_download(&c).await?;
        let name = last_download_name(&c).await?;
        assert_eq!(name, "DANG-KY-KHOA-00004-tan-lap.json");
        // What the commune sent is a registration signed by its key, for its unit.
        let checked = KeyRegistration::from_json(&text).expect("a valid key registration");
        assert_eq!(
            (checked.unit_code.as_str(), checked.key_id.as_str()),
            ("00004", key_id.as_str())
        );
        let file = file_dir.join(&name);
        std::fs::write(&file, &text).unwrap();

        // The office imports exactly that file: the key waits, its id in groups of four.
        c.goto(&office).await?;
        assert!(
            eventually(60, || async {
                Ok(text_of(&c, "store-progress").await?.is_empty())
            })
            .await?,
            "the office app loads"
        );
        click(&c, "tab-keys").await?;
        wait_for(&c, "key-files")
            .await?
            .send_keys(&file.display().to_string())
            .await?;
        let pending = wait_for(&c, "pending-keys").await?.text().await?;
        assert!(pending.contains("00004 UBND xã Tân Lập"), "{pending}");
        let large = c.find(Locator::Css("#pending-keys .key-id-large")).await?;
        assert_eq!(large.attr("aria-label").await?.as_deref(), Some(&*key_id));
        let mut groups = Vec::new();
        for span in large.find_all(Locator::Css("span")).await? {
            groups.push(span.text().await?);
        }
        assert_eq!(groups.join("-"), key_id);
        assert_eq!(groups.len(), 4, "{groups:?}");

        // The official confirms: registered for 00004.
        c.find(Locator::Css("#pending-keys .confirm-key"))
            .await?
            .click()
            .await?;
        assert!(
            eventually(20, || async {
                Ok(c.find_all(Locator::Css("#registered-keys tbody tr"))
                    .await?
                    .len()
                    == 1)
            })
            .await?,
            "the key is registered"
        );
        let row = text_of(&c, "registered-keys").await?;
        assert!(
            row.contains("00004 UBND xã Tân Lập") && row.contains(&key_id),
            "{row}"
        );
        assert!(c.find(Locator::Id("pending-keys")).await.is_err());

        // The exported keyring (`par-keyring/1`, for `par`) holds it.
        click(&c, "export-keyring").await?;
        let keyring = Keyring::from_json(&last_download(&c).await?).expect("a keyring");
        assert_eq!(keyring.keys.len(), 1);
        let key = &keyring.keys[0];
        assert_eq!(
            (key.unit_code.as_str(), key.key_id.as_str()),
            ("00004", key_id.as_str())
        );
        assert_eq!(key.public_key.to_ascii_lowercase(), checked.public_key);
        Ok(())
    });
    let _ = std::fs::remove_dir_all(&dir);
}
