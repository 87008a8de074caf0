//! Steps shared by the drafts and backup end-to-end tests: a browser session per profile,
//! reading what the app stored in localStorage, waiting for the autosave, and the usual first
//! steps of a user on the bundled set or an imported one.

use std::path::Path;

use fantoccini::Client;
use par_core::draft::{migrate, Backup, DraftRecord};
use serde_json::{json, Value};

use super::{click, click_css, eventually, text_of, type_into, wait_for, CmdResult};

pub use super::run;

pub fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .display()
        .to_string()
}

pub async fn js(c: &Client, script: &str) -> CmdResult<Value> {
    c.execute(script, vec![]).await
}

/// Every stored draft record, as text.
pub async fn stored_drafts(c: &Client) -> CmdResult<Vec<String>> {
    let value = js(
        c,
        "return Object.keys(localStorage).filter(k => k.startsWith('par.draft.')).map(k => localStorage.getItem(k));",
    )
    .await?;
    Ok(value
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default())
}

pub async fn only_draft(c: &Client) -> CmdResult<DraftRecord> {
    let drafts = stored_drafts(c).await?;
    assert_eq!(drafts.len(), 1, "exactly one stored draft: {drafts:?}");
    Ok(migrate(&drafts[0]).expect("the stored draft reads"))
}

pub async fn status(c: &Client) -> CmdResult<String> {
    text_of(c, "save-status").await
}

/// Waits for "Đã lưu lúc …".
pub async fn wait_saved(c: &Client) -> CmdResult<()> {
    let saved = eventually(10, || async {
        Ok(status(c).await?.starts_with("Đã lưu lúc"))
    })
    .await?;
    assert!(saved, "save status: {}", status(c).await?);
    Ok(())
}

/// Disabled, directly or through a disabled fieldset around it.
pub async fn is_disabled(c: &Client, id: &str) -> CmdResult<bool> {
    wait_for(c, id).await?;
    Ok(c.execute(
        "return document.getElementById(arguments[0]).matches(':disabled');",
        vec![json!(id)],
    )
    .await?
    .as_bool()
        == Some(true))
}

pub async fn open_criterion(c: &Client, code: &str) -> CmdResult<()> {
    click_css(c, &format!(".tree-criterion[data-code='{code}']")).await?;
    let found = eventually(10, || async {
        Ok(text_of(c, "criterion-heading").await?.starts_with(code))
    })
    .await?;
    assert!(found, "criterion {code} opened");
    Ok(())
}

/// A new user on the bundled set: unit filled in, walk-through opened.
pub async fn begin(c: &Client, url: &str) -> CmdResult<()> {
    c.goto(url).await?;
    super::fill_unit_and_start(c, super::DEMO_UNIT).await?;
    wait_for(c, "criterion-heading").await?;
    Ok(())
}

/// Answers on 1.1 and 1.2, leaving 1.2 open.
pub async fn answer_some(c: &Client) -> CmdResult<()> {
    click(c, "input-1.1.1-cham").await?;
    type_into(c, "input-1.1.2", "97,5").await?;
    open_criterion(c, "1.2").await?;
    type_into(c, "input-1.2.2", "1").await?;
    wait_saved(c).await
}

/// The text of the last file the app offered for download (its Blob, kept by the page: see
/// `with_browser`).
pub async fn last_download(c: &Client) -> CmdResult<String> {
    let value = c
        .execute_async(
            "const done = arguments[arguments.length - 1];\
             const a = document.getElementById('last-download');\
             if (!a || !window.__parLastDownload) { done(null); return; }\
             window.__parLastDownload.text().then(done, e => done('ERROR ' + e));",
            vec![],
        )
        .await?;
    Ok(value.as_str().expect("a download was offered").to_string())
}

/// A new user who loads the criteria set at `set_path` and fills in the unit; the walk-through
/// is open on the first criterion.
pub async fn begin_on_imported_set(c: &Client, url: &str, set_path: &str) -> CmdResult<()> {
    c.goto(url).await?;
    click(c, "source-file").await?;
    wait_for(c, "framework-file")
        .await?
        .send_keys(set_path)
        .await?;
    assert!(
        eventually(10, || async {
            Ok(text_of(c, "appraising-body").await?.contains("Thử Nghiệm"))
        })
        .await?
    );
    super::fill_unit_and_start(c, ["UBND xã Thử", "00007", "Lê Văn C", "Phạm Thị D"]).await?;
    wait_for(c, "criterion-heading").await?;
    Ok(())
}

/// A fresh profile on the bundled set with answers on 1.1 and 1.2 saved (1.2 open), served from
/// `dist/`; then `body` with the app's address.
pub fn on_answered_draft<F, Fut>(body: F)
where
    F: FnOnce(Client, String) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = CmdResult<()>> + Send + 'static,
{
    let server = super::StaticServer::start(super::dist_dir());
    let url = server.url("/");
    run(move |c| async move {
        begin(&c, &url).await?;
        answer_some(&c).await?;
        body(c, url).await
    });
}

/// Downloads the backup of every draft from the start screen: its text and what it holds.
pub async fn download_all_drafts(c: &Client) -> CmdResult<(String, Backup)> {
    click(c, "tab-start").await?;
    click(c, "download-all").await?;
    let text = last_download(c).await?;
    let backup = Backup::parse(&text).expect("a valid par-backup/1 file");
    Ok((text, backup))
}
