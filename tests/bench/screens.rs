//! Screenshots of the built apps (`dist/`) for a person to look at: the start screen, a criterion
//! with answers (including a wrong entry and its message), the summary, export, drafts and
//! appraisal screens, and the office's screens, at desktop and phone width, in Vietnamese.
//! `cargo run --example screenshots -- [OUT_DIR]` (default target/screens).

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
#[path = "../e2e/browser/mod.rs"]
mod browser;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let out = std::env::args()
        .nth(1)
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screens"));
    std::fs::create_dir_all(&out).expect("output directory");
    let server = browser::StaticServer::start(browser::dist_dir());
    let runtime = tokio::runtime::Runtime::new().expect("tokio runtime");
    for (name, width, height) in [("desktop", 1280, 900), ("phone", 360, 740)] {
        let (url, out) = (server.url("/"), out.clone());
        runtime.block_on(browser::with_browser(width, height, move |c| async move {
            shoot(&c, &url, &out, name).await
        }));
    }
    println!("screenshots in {}", out.display());
}

#[cfg(not(target_arch = "wasm32"))]
async fn shoot(
    c: &fantoccini::Client,
    url: &str,
    out: &std::path::Path,
    name: &str,
) -> browser::CmdResult<()> {
    use browser::{click, type_into};
    let save = |png: Vec<u8>, what: &str| {
        let path = out.join(format!("{name}-{what}.png"));
        std::fs::write(&path, png).expect("write screenshot");
    };
    c.goto(url).await?;
    browser::wait_for(c, "start-walk").await?;
    save(c.screenshot().await?, "1-start");
    // A file box reached with the keyboard: its button shows the focus ring.
    browser::reach(c, "restore-file").await?;
    c.execute("document.getElementById('restore-file').focus()", vec![])
        .await?;
    save(c.screenshot().await?, "1b-file-focus");
    browser::fill_unit_and_start(c, browser::DEMO_UNIT).await?;
    click(c, "input-1.1.1").await?;
    type_into(c, "input-1.1.2", "97,5").await?;
    click(c, "add-evidence-1.1.1").await?;
    type_into(c, "evidence-1.1.1-0-number", "15/KH-UBND").await?;
    type_into(c, "evidence-1.1.1-0-date", "31/02/2025").await?;
    c.execute("window.scrollTo(0, 0)", vec![]).await?;
    save(c.screenshot().await?, "2-criterion");
    browser::reach(c, "evidence-1.1.1-0-file").await?;
    save(c.screenshot().await?, "2b-evidence-file");
    click(c, "next-criterion").await?;
    browser::wait_for_css(c, "#criterion-heading:focus").await?;
    // Where "Tiêu chí tiếp theo" leaves the page: at the new criterion's heading.
    save(c.screenshot().await?, "2c-next");
    click(c, "next-criterion").await?;
    type_into(c, "input-1.3.2", "45").await?;
    type_into(c, "input-1.3.2-den", "abc").await?;
    let card = c
        .find(browser::css(".item-card[data-code='1.3.2']"))
        .await?;
    c.execute(
        "arguments[0].scrollIntoView()",
        vec![serde_json::to_value(&card).unwrap_or_default()],
    )
    .await?;
    save(c.screenshot().await?, "3-ratio-error");
    click(c, "tab-summary").await?;
    browser::wait_for(c, "problems-count").await?;
    save(c.screenshot().await?, "4-summary");
    browser::reach(c, "problems-heading").await?;
    save(c.screenshot().await?, "5-problems");
    click(c, "lang-en").await?;
    c.find(browser::css("a.problem-link[data-code='1.3.2']"))
        .await?
        .click()
        .await?;
    browser::wait_for(c, "input-1.3.2").await?;
    save(c.screenshot().await?, "6-english-jump");
    click(c, "lang-vi").await?;
    // A sub-criterion split once more (3.1.1 → 3.1.1.1, 3.1.1.2) and a not-applicable claim.
    open_criterion(c, "3.1").await?;
    browser::wait_for(c, "title-3.1.1").await?;
    save(c.screenshot().await?, "7-group");
    open_criterion(c, "2.1").await?;
    click(c, "na-2.1.1").await?;
    browser::reach(c, "na-2.1.1").await?;
    save(c.screenshot().await?, "8-not-applicable");
    // A penalty group: its counts say "trừ".
    open_criterion(c, "9.2").await?;
    type_into(c, "input-9.2.1", "1").await?;
    c.execute("window.scrollTo(0, 0)", vec![]).await?;
    save(c.screenshot().await?, "8b-penalty");
    // The export screen: what blocks the export (this assessment is not finished).
    click(c, "tab-export").await?;
    browser::wait_for(c, "export-blockers").await?;
    c.execute("window.scrollTo(0, 0)", vec![]).await?;
    save(c.screenshot().await?, "9-export");
    // The unit's key: its id to read out and the registration file for the office.
    if c.find(fantoccini::Locator::Id("key-create")).await.is_ok() {
        click(c, "key-create").await?;
    }
    browser::reach(c, "key-fingerprint").await?;
    save(c.screenshot().await?, "9b-key");
    // The drafts list (a stacked card per draft on a phone).
    click(c, "tab-start").await?;
    browser::reach(c, "drafts-table").await?;
    save(c.screenshot().await?, "10-drafts");
    // The foot of the start screen: the link to the office's app.
    browser::reach(c, "office-link").await?;
    save(c.screenshot().await?, "11-office-link");
    // The appraisal round's page (round/) before any file came back from the office.
    click(c, "tab-appraisal").await?;
    browser::wait_for(c, "appraisal-file").await?;
    c.execute("window.scrollTo(0, 0)", vec![]).await?;
    save(c.screenshot().await?, "12-appraisal");
    // The office's app, each screen as it opens (empty).
    c.goto(&format!("{}/office/", url.trim_end_matches('/')))
        .await?;
    for tab in [
        "criteria",
        "office-key",
        "keys",
        "units",
        "import",
        "board",
        "ranking",
        "publish",
        "backup",
    ] {
        browser::wait_for(c, &format!("tab-{tab}")).await?;
        click(c, &format!("tab-{tab}")).await?;
        c.execute("window.scrollTo(0, 0)", vec![]).await?;
        save(c.screenshot().await?, &format!("13-office-{tab}"));
    }
    Ok(())
}

/// Opens a criterion from the tree, unfolding the tree first on a phone.
#[cfg(not(target_arch = "wasm32"))]
async fn open_criterion(c: &fantoccini::Client, code: &str) -> browser::CmdResult<()> {
    let toggle = c.find(browser::css(".nav-toggle")).await?;
    if toggle.is_displayed().await? {
        // Centred first: at the top of the page the sticky score bar would cover it.
        c.execute(
            "arguments[0].scrollIntoView({ block: 'center' })",
            vec![serde_json::to_value(&toggle).unwrap_or_default()],
        )
        .await?;
        toggle.click().await?;
    }
    let selector = format!(".tree-criterion[data-code='{code}']");
    let button = c.find(browser::css(&selector)).await?;
    let arg = serde_json::to_value(&button).unwrap_or_default();
    c.execute(
        "arguments[0].scrollIntoView({ block: 'center' })",
        vec![arg],
    )
    .await?;
    button.click().await
}
