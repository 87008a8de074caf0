//! End-to-end tests of the build as a province hosts it (docs/hosting.md), in real headless
//! Chromium against the app's own server (`crates/par-serve`: precompressed files, caching
//! headers, the Content-Security-Policy) serving `$PAR_DIST` or `dist/`: the app runs under the
//! strict policy with nothing blocked, markup typed or imported is shown as text, and a first
//! visit fetches every file once, the service worker's precaching included.
//! Run by scripts/test-browser.sh (`--ignored`).

use crate::browser::{
    self, cdp, click, fill_unit_and_start, text_of, type_into, wait_for, CmdResult, StaticServer,
};
use fantoccini::Client;
use serde_json::{json, Value};

/// Installed before any script of the page: records every policy violation and whether any
/// injected handler ran.
const WATCH: &str = r#"
    window.__parViolations = [];
    window.__parInjected = 0;
    document.addEventListener('securitypolicyviolation', (e) =>
        window.__parViolations.push(e.violatedDirective + ' ' + e.blockedURI));
"#;

/// Markup that would run and show if it were inserted as HTML instead of text.
const MARKUP: &str = r#"<img src="x" class="par-injected" onerror="window.__parInjected=1"><i class="par-injected">nghiêng</i>"#;

async fn js(c: &Client, script: &str) -> CmdResult<Value> {
    c.execute(script, vec![]).await
}

async fn watch_the_policy(c: &Client) -> CmdResult<()> {
    cdp(
        c,
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": WATCH }),
    )
    .await?;
    Ok(())
}

/// The small test set with markup in every text an official would see.
fn hostile_set() -> std::path::PathBuf {
    let text = include_str!("../fixtures/mini.json");
    let mut set: Value = serde_json::from_str(text).expect("mini.json");
    set["title"] = json!(format!("Bộ tiêu chí {MARKUP}"));
    set["fields"][0]["title"] = json!(format!("Lĩnh vực {MARKUP}"));
    set["fields"][0]["criteria"][0]["title"] = json!(format!("Tiêu chí {MARKUP}"));
    let item = &mut set["fields"][0]["criteria"][0]["items"][0];
    item["title"] = json!(format!("Tiêu chí thành phần {MARKUP}"));
    item["evidence"]["hint"] = json!(format!("Tài liệu {MARKUP}"));
    let path = std::env::temp_dir().join(format!("par-hostile-set-{}.json", std::process::id()));
    std::fs::write(&path, set.to_string()).expect("write the test set");
    path
}

#[test]
#[ignore = "needs a built app and chromedriver: run scripts/test-browser.sh"]
fn the_app_runs_under_the_strict_policy_and_shows_markup_as_text() {
    let server = StaticServer::start(browser::dist_dir());
    let url = server.url("/");
    let set = hostile_set();
    let set_path = set.display().to_string();
    browser::run(move |c| async move {
        watch_the_policy(&c).await?;
        c.goto(&url).await?;
        wait_for(&c, "start-walk").await?;
        assert_eq!(
            js(&c, "return document.getElementById('loading') === null;").await?,
            json!(true),
            "the page's loading message gives way to the app"
        );
        let policy = js(
            &c,
            "const m = document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]'); return m && m.content;",
        )
        .await?;
        assert!(
            policy
                .as_str()
                .is_some_and(|p| p.contains("'wasm-unsafe-eval'")),
            "{policy}"
        );

        click(&c, "source-file").await?;
        wait_for(&c, "framework-file")
            .await?
            .send_keys(&set_path)
            .await?;
        assert!(
            browser::eventually(10, || async {
                Ok(text_of(&c, "set-title").await?.contains("<img src="))
            })
            .await?,
            "the imported set's title is shown as typed"
        );
        let unit_name = format!("UBND xã {MARKUP}");
        fill_unit_and_start(&c, [&unit_name, "00007", "Lê Văn C", "Phạm Thị D"]).await?;
        wait_for(&c, "criterion-heading").await?;
        type_into(&c, "explanation-1.1.1", &format!("Giải trình {MARKUP}")).await?;
        click(&c, "add-evidence-1.1.1").await?;
        type_into(&c, "evidence-1.1.1-0-note", &format!("Ghi chú {MARKUP}")).await?;
        // Every screen that shows these texts: the summary and the export screen too.
        for tab in ["tab-summary", "tab-export", "tab-walk"] {
            if c.find(fantoccini::Locator::Id(tab)).await.is_ok() {
                click(&c, tab).await?;
                tokio::time::sleep(std::time::Duration::from_millis(300)).await;
            }
        }
        let page = js(&c, "return document.body.innerText;").await?;
        let page = page.as_str().unwrap_or_default();
        for shown in ["Tiêu chí <img src=", "Tiêu chí thành phần <img src="] {
            assert!(page.contains(shown), "“{shown}” is shown as text");
        }
        let injected = js(
            &c,
            "return [document.querySelectorAll('.par-injected, img[src=\"x\"]').length, window.__parInjected];",
        )
        .await?;
        assert_eq!(injected, json!([0, 0]), "no markup became elements");
        let violations = js(&c, "return window.__parViolations;").await?;
        assert_eq!(
            violations,
            json!([]),
            "the app needs nothing the policy blocks"
        );
        Ok(())
    });
    let _ = std::fs::remove_file(set);
}

#[test]
#[ignore = "needs a built app and chromedriver: run scripts/test-browser.sh"]
fn a_first_visit_fetches_every_file_once_and_a_reload_fetches_none() {
    let server = std::sync::Arc::new(StaticServer::start(browser::dist_dir()));
    let url = server.url("/");
    let watching = server.clone();
    let (first, reload) = browser::run(move |c| async move {
        c.goto(&url).await?;
        wait_for(&c, "start-walk").await?;
        // Installed (every file precached) and in control of the page.
        c.execute_async(
            "const done = arguments[0]; navigator.serviceWorker.ready.then(() => done(true));",
            vec![],
        )
        .await?;
        // The export page's worker, registered by this page, has its files too.
        assert!(
            browser::export_page_kept(&c).await?,
            "the export page is kept for offline use"
        );
        let first = watching.log();
        watching.clear_log();
        c.goto(&url).await?;
        wait_for(&c, "start-walk").await?;
        Ok((first, watching.log()))
    });

    let full = |log: &[par_serve::Served]| -> Vec<String> {
        log.iter()
            .filter(|s| s.status == 200)
            .map(|s| s.path.clone())
            .collect()
    };
    let mut fetched = full(&first);
    fetched.sort();
    let total = fetched.len();
    fetched.dedup();
    assert_eq!(fetched.len(), total, "a file was sent twice: {first:#?}");
    for expected in [
        "/",
        "/sw.js",
        ".wasm",
        "/manifest.webmanifest",
        "/export/",
        "/export/sw.js",
    ] {
        assert!(
            fetched.iter().any(|path| path.ends_with(expected)),
            "{expected} was fetched: {fetched:?}"
        );
    }
    let wasm = first
        .iter()
        .find(|s| s.path.ends_with(".wasm"))
        .expect("the wasm was sent");
    assert_eq!(wasm.encoding, "br", "the browser gets the brotli copy");
    // The page, fetched again by the service worker, is only revalidated.
    assert!(
        first.iter().any(|s| s.path == "/" && s.status == 304),
        "{first:#?}"
    );
    assert!(
        fetched
            .iter()
            .any(|path| path.starts_with("/export/par-export-") && path.ends_with(".wasm")),
        "the export page's wasm was fetched: {fetched:?}"
    );
    // A reload comes from the service worker's cache; the browser may check the workers' scripts
    // for a new release.
    let again: Vec<String> = full(&reload)
        .into_iter()
        .filter(|path| path != "/sw.js" && path != "/export/sw.js")
        .collect();
    assert!(again.is_empty(), "reloading fetched {again:?}");
}
