//! End-to-end: the sample assessment (every item answered, loaded with `?demo=full`) is signed
//! and downloaded in headless Chromium; the downloaded file is checked by the office's tool
//! (`par keys add`, `par verify`), exported again as revision 2, and the printed score sheet
//! (a PDF from Chromium's print) carries the file's hash and the key fingerprint.
//!
//! Needs `trunk build --release` and chromium + chromedriver: run `scripts/test-browser.sh`.
//! The download is captured in the page: `URL.createObjectURL` is wrapped to keep each Blob the
//! app hands to `<a download>`, and the test reads the Blob's text.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::browser::{self, click, eventually, text_of, wait_for, CmdResult, StaticServer};
use fantoccini::wd::{PrintConfiguration, PrintSize};
use fantoccini::Client;
use serde_json::Value;

const CAPTURE_DOWNLOADS: &str = r#"
    if (!window.__parDownloads) {
        window.__parDownloads = [];
        const original = URL.createObjectURL;
        URL.createObjectURL = function (blob) {
            window.__parDownloads.push(blob);
            return original.call(URL, blob);
        };
        document.addEventListener('click', (e) => {
            const a = e.target.closest && e.target.closest('a[download]');
            if (a) { window.__parNames = (window.__parNames || []).concat([a.download]); }
        }, true);
    }
"#;

/// The text of the `index`-th file the page downloaded, and its name.
async fn downloaded(c: &Client, index: usize) -> CmdResult<(String, String)> {
    eventually(10, || async {
        let count = c
            .execute("return window.__parDownloads.length", vec![])
            .await?;
        Ok(count.as_u64().unwrap_or(0) as usize > index)
    })
    .await?;
    let text = c
        .execute_async(
            "const done = arguments[arguments.length - 1];
             window.__parDownloads[arguments[0]].text().then(done, (e) => done('ERROR ' + e));",
            vec![Value::from(index)],
        )
        .await?;
    let name = c
        .execute(
            "return (window.__parNames || [])[arguments[0]] || ''",
            vec![Value::from(index)],
        )
        .await?;
    Ok((
        text.as_str().unwrap_or_default().to_string(),
        name.as_str().unwrap_or_default().to_string(),
    ))
}

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the office's `par` command (built by cargo if needed); returns exit status and output.
fn par(args: &[&str]) -> (bool, String) {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .current_dir(workspace())
        .args(["run", "-q", "-p", "par-cli", "--"])
        .args(args)
        .output()
        .expect("cargo run par");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.success(), text)
}

fn temp_dir() -> PathBuf {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let dir = std::env::temp_dir().join(format!("par-e2e-export-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

struct Exported {
    text: String,
    name: String,
    public_key: String,
    key_id: String,
    pdf: Vec<u8>,
    second: String,
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test-browser.sh"]
fn a_problem_on_the_export_page_leads_back_to_the_box_that_fixes_it() {
    let server = StaticServer::start(browser::dist_dir());
    let url = server.url("/");
    browser::run(move |c| async move {
        c.goto(&url).await?;
        browser::fill_unit_and_start(&c, browser::DEMO_UNIT).await?;
        wait_for(&c, "criterion-heading").await?;
        click(&c, "tab-export").await?;
        // Nothing is answered: the export page lists every item, each a link to its box.
        wait_for(&c, "export-blockers").await?;
        assert_eq!(c.current_url().await?.path(), "/export/");
        browser::click_css(&c, "a.problem-link[data-code='1.2.2']").await?;
        // Back on the self-assessment's page, at the item's criterion, the focus in its box.
        let heading = text_of(&c, "criterion-heading").await?;
        assert!(heading.starts_with("1.2"), "{heading}");
        let focused = eventually(10, || async {
            Ok(c.execute(
                "return document.activeElement && document.activeElement.id",
                vec![],
            )
            .await?
            .as_str()
                == Some("input-1.2.2"))
        })
        .await?;
        assert!(focused, "the focus is in the box of 1.2.2");
        let address = c.current_url().await?;
        assert_eq!(address.path(), "/");
        assert_eq!(
            address.query(),
            None,
            "the address is cleaned: a reload does not jump again"
        );
        // The same draft, its unit as entered.
        assert_eq!(browser::value_of(&c, "input-1.2.2").await?, "");
        click(&c, "tab-start").await?;
        assert_eq!(browser::value_of(&c, "unit-code").await?, "00004");
        Ok(())
    });
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test-browser.sh"]
fn the_sample_is_signed_downloaded_verified_by_the_office_and_printed_with_its_hash() {
    // Build the office's tool first, so the browser session does not wait for it.
    let (ok, out) = par(&["--version"]);
    assert!(ok, "par builds: {out}");

    let server = StaticServer::start(browser::dist_dir());
    let url = server.url("/?demo=full");
    let exported =
        browser::run(move |client| async move { export_in_browser(&client, &url).await });

    let dir = temp_dir();
    let file = dir.join(&exported.name);
    std::fs::write(&file, &exported.text).expect("write the downloaded file");
    let second = dir.join("second.json");
    std::fs::write(&second, &exported.second).expect("write the second file");
    let keyring = dir.join("keyring.json");
    let keyring = keyring.to_str().expect("utf-8 path");
    let framework = workspace().join("frameworks/mau-xa-2025.json");
    let framework = framework.to_str().expect("utf-8 path");

    // The file as the office receives it.
    assert_eq!(exported.name, "CCHC-2025-00004-tan-lap-r1.json");
    let submission: Value = serde_json::from_str(&exported.text).expect("the file is JSON");
    assert_eq!(submission["format"], "par-submission/1");
    assert_eq!(submission["payload"]["revision"], 1);
    assert_eq!(submission["signature"]["key_id"], exported.key_id.as_str());
    assert_eq!(
        submission["signature"]["public_key"],
        exported.public_key.as_str()
    );

    // The office registers the key shown in the app, then verifies the file: valid.
    let (ok, out) = par(&[
        "keys",
        "--keyring",
        keyring,
        "add",
        "--unit",
        "00004",
        &exported.public_key,
    ]);
    assert!(ok, "par keys add: {out}");
    assert!(
        out.contains(&exported.key_id),
        "keys add names the key id: {out}"
    );
    let (ok, out) = par(&[
        "verify",
        file.to_str().unwrap(),
        "--keys",
        keyring,
        "--framework",
        framework,
    ]);
    assert!(ok, "par verify says valid (exit 0): {out}");

    // The second export replaces the first and is valid too.
    let payload: par_core::submission::Submission =
        serde_json::from_str(&exported.text).expect("a submission");
    let hash = payload.payload.hash();
    let next: par_core::submission::Submission =
        serde_json::from_str(&exported.second).expect("a submission");
    assert_eq!(next.payload.revision, 2);
    assert_eq!(next.payload.replaces.as_deref(), Some(hash.as_str()));
    assert_ne!(next.payload.submission_id, payload.payload.submission_id);
    let (ok, out) = par(&[
        "verify",
        second.to_str().unwrap(),
        "--keys",
        keyring,
        "--framework",
        framework,
    ]);
    assert!(ok, "par verify of revision 2: {out}");

    // The printed sheet (printed after the second export) carries that file's hash.
    let pdf = dir.join("sheet.pdf");
    std::fs::write(&pdf, &exported.pdf).expect("write the PDF");
    if let Some(keep) = std::env::var_os("PAR_SHEET_PDF") {
        let _ = std::fs::copy(&pdf, keep);
    }
    let text = pdf_text(&pdf);
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let second_hash = next.payload.hash();
    assert!(
        compact.contains(&second_hash),
        "the sheet carries the file hash {second_hash}:\n{text}"
    );
    assert!(
        compact.contains(&exported.key_id),
        "the sheet carries the key id"
    );
    // The signature block (its roles are printed in capitals).
    assert!(
        text.contains("NGƯỜI LẬP")
            && text.contains("TM. ỦY BAN NHÂN DÂN")
            && text.contains("CHỦ TỊCH"),
        "signature block:\n{text}"
    );
    assert!(
        text.contains("Nguyễn Văn An") && text.contains("Trần Thị Bình"),
        "names:\n{text}"
    );
    assert!(text.contains("BẢNG TỔNG HỢP"), "title:\n{text}");
    assert!(
        compact.contains("HÀNHCHÍNHNĂM2025"),
        "title with its year:\n{text}"
    );
    assert!(compact.contains("KAD:khôngápdụng"), "legend:\n{text}");
    // Every page numbered "n / pages" in its corner (pdftotext ends each page with a form feed
    // and drops the spaces around the slash).
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert!(pages.len() >= 2, "the full sheet takes several pages");
    for (index, page) in pages.iter().enumerate() {
        let number = format!("{}/{}", index + 1, pages.len());
        assert!(
            page.lines().any(|line| line.trim() == number),
            "page {number} is numbered:\n{page}"
        );
    }
    assert!(
        !text.contains("Ký số và tải tệp"),
        "buttons are not printed:\n{text}"
    );
    // On-screen banners (the backup reminder after an export) are not printed either.
    assert!(
        !text.contains("Đã xuất tệp nộp"),
        "banners are not printed:\n{text}"
    );
    // The signatures share their page with the table's last rows and the total.
    let last = pages.last().expect("a last page");
    assert!(
        last.contains("CHỦ TỊCH") && last.contains("Tổng điểm") && last.contains("9.2"),
        "the signatures sit with the table's end:\n{last}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

pub(crate) fn pdf_text(pdf: &Path) -> String {
    let output = Command::new("pdftotext")
        .args(["-layout", pdf.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext (apt-get install poppler-utils)");
    assert!(output.status.success(), "pdftotext failed");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

async fn export_in_browser(c: &Client, url: &str) -> CmdResult<Exported> {
    c.goto(url).await?;
    wait_for(c, "criterion-heading").await?;
    click(c, "tab-export").await?;
    // Every item of the sample is answered and the demo unit is complete: nothing blocks.
    wait_for(c, "export-ready").await?;
    // The export is a page of its own (export/), opened on the same draft.
    let address = c.current_url().await?;
    assert!(
        address.path() == "/export/" && address.query().unwrap_or("").starts_with("draft="),
        "{address}"
    );
    c.execute(CAPTURE_DOWNLOADS, vec![]).await?;
    assert!(c
        .find(fantoccini::Locator::Css("#export-blockers"))
        .await
        .is_err());
    assert_eq!(text_of(c, "history-none").await?, "Chưa xuất tệp nào.");

    // First export: the key is created on the way.
    click(c, "export-button").await?;
    let (text, name) = downloaded(c, 0).await?;
    let message = text_of(c, "export-message").await?;
    assert!(message.contains(&name), "{message}");
    let key_id = text_of(c, "key-fingerprint").await?;
    assert_eq!(key_id.len(), 19, "{key_id}");
    let public_key = wait_for(c, "key-public")
        .await?
        .prop("value")
        .await?
        .unwrap_or_default();
    assert_eq!(public_key.len(), 64);
    // The command is under "Chi tiết kỹ thuật": opened as a technician would.
    click(c, "key-technical-summary").await?;
    let command = text_of(c, "key-command").await?;
    assert_eq!(command, format!("par keys add --unit 00004 {public_key}"));

    // Second export: revision 2 in the history.
    click(c, "export-button").await?;
    let (second, second_name) = downloaded(c, 1).await?;
    assert_eq!(second_name, "CCHC-2025-00004-tan-lap-r2.json");
    let rows = c
        .find_all(fantoccini::Locator::Css("#export-history tbody tr"))
        .await?;
    assert_eq!(rows.len(), 2);
    assert!(rows[0].text().await?.contains("r2.json"));

    // A4, as the commune prints it; the page margins come from the print stylesheet's @page.
    let config = PrintConfiguration::builder()
        .size(PrintSize::A4)
        .background(true)
        .build()
        .expect("print configuration");
    let pdf = c.print(config).await?;
    if let Some(path) = std::env::var_os("PAR_EXPORT_SCREENSHOT") {
        // The top of the export screen: checks and the signing key.
        c.execute("window.scrollTo(0, 0)", vec![]).await?;
        let _ = std::fs::write(path, c.screenshot().await?);
    }

    // Changing an answer after the export: the screen warns that a printed sheet would not
    // match the file.
    assert!(c
        .find(fantoccini::Locator::Css("#export-stale"))
        .await
        .is_err());
    click(c, "tab-walk").await?;
    click(c, "input-1.1.1-cham").await?;
    click(c, "tab-export").await?;
    wait_for(c, "export-stale").await?;
    assert!(text_of(c, "export-stale")
        .await?
        .starts_with("Bản nháp đã thay đổi sau lần xuất 2"));

    // The export history is saved with the draft: reopened without the demo flag, the draft
    // comes back with both exports, so the next export will be revision 3.
    let plain = url.split('?').next().unwrap_or(url).to_string();
    c.goto(&plain).await?;
    wait_for(c, "tab-export").await?;
    click(c, "tab-export").await?;
    wait_for(c, "export-history").await?;
    let rows = c
        .find_all(fantoccini::Locator::Css("#export-history tbody tr"))
        .await?;
    assert_eq!(rows.len(), 2, "the reopened draft keeps its export history");
    // The export record keeps a digest of what the file holds: reopened, the draft still knows
    // it changed after export 2.
    wait_for(c, "export-stale").await?;

    // The appraisal round is a page of its own (round/): the step opens it on the same draft,
    // editable (the self-assessment page let go of its lock on leaving), and leads back.
    click(c, "tab-appraisal").await?;
    wait_for(c, "appraisal-file").await?;
    let address = c.current_url().await?;
    assert!(
        address.path() == "/round/" && address.query().unwrap_or("").starts_with("draft="),
        "{address}"
    );
    assert!(text_of(c, "save-status").await?.starts_with("Đã lưu"));
    assert!(c
        .find(fantoccini::Locator::Id("round-no-draft"))
        .await
        .is_err());
    click(c, "round-back").await?;
    wait_for(c, "tab-export").await?;
    click(c, "tab-export").await?;
    wait_for(c, "export-stale").await?;
    Ok(Exported {
        text,
        name,
        public_key,
        key_id,
        pdf,
        second,
    })
}
