//! The throttled profile of the app benchmark: a commune office on a slow line and an old
//! computer (150 ms latency, 1.6 Mbit/s down, CPU slowed ×4, set through Chrome DevTools), the
//! build served as documented (crates/par-serve: brotli/gzip copies, caching headers). Each run
//! is a fresh browser profile: the first visit to a usable start screen (the unit form's start
//! button in the page), the service workers left to finish precaching (the page's own, and the
//! export page's, which the page registers so the export works offline before its first visit),
//! then a reload from it. Bytes are counted by the server, so the workers' requests are included.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde_json::json;

use super::browser::{self, CmdResult, StaticServer};

/// Installed before the page's own scripts: the time the start screen became usable.
const STOPWATCH: &str = r#"
    new MutationObserver(() => {
        if (!window.__parUsable && document.getElementById('start-walk')) {
            window.__parUsable = performance.now();
        }
    }).observe(document, { childList: true, subtree: true });
"#;

pub struct Visit {
    pub ms: f64,
    pub requests: usize,
    pub bytes: u64,
    /// Of `bytes`, those of the export page (`/export/…`), kept for offline use in the background.
    pub export_bytes: u64,
    /// Paths sent in full (200) more than once.
    pub twice: Vec<String>,
}

fn visit(ms: f64, log: &[par_serve::Served]) -> Visit {
    let mut full: BTreeMap<&str, usize> = BTreeMap::new();
    for served in log.iter().filter(|s| s.status == 200) {
        *full.entry(served.path.as_str()).or_default() += 1;
    }
    Visit {
        ms,
        requests: log.len(),
        bytes: log.iter().map(|s| s.total_bytes).sum(),
        export_bytes: log
            .iter()
            .filter(|s| s.path.starts_with("/export/"))
            .map(|s| s.total_bytes)
            .sum(),
        twice: full
            .into_iter()
            .filter(|(_, n)| *n > 1)
            .map(|(p, _)| p.to_string())
            .collect(),
    }
}

async fn throttle(c: &fantoccini::Client) -> CmdResult<()> {
    browser::cdp(c, "Network.enable", json!({})).await?;
    browser::cdp(
        c,
        "Network.emulateNetworkConditions",
        json!({
            "offline": false,
            "latency": 150,
            "downloadThroughput": 1_600_000 / 8,
            "uploadThroughput": 750_000 / 8,
        }),
    )
    .await?;
    browser::cdp(c, "Emulation.setCPUThrottlingRate", json!({ "rate": 4 })).await?;
    browser::cdp(
        c,
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": STOPWATCH }),
    )
    .await?;
    Ok(())
}

async fn usable_ms(c: &fantoccini::Client, url: &str) -> CmdResult<f64> {
    c.goto(url).await?;
    browser::wait_for(c, "start-walk").await?;
    let ms = c
        .execute("return window.__parUsable || -1;", vec![])
        .await?;
    // Where the time goes, for whoever wants to shorten it.
    if std::env::var_os("PAR_BENCH_DETAIL").is_some() {
        let detail = c
            .execute(
                "const n = performance.getEntriesByType('navigation')[0];
                 const w = performance.getEntriesByType('resource').find(r => r.name.endsWith('.wasm'));
                 return { fetch: n && n.fetchStart, unload: n && n.unloadEventEnd, page: n && n.responseEnd, dom: n && n.domInteractive,
                          wasmStart: w && w.startTime, wasm: w && w.responseEnd };",
                vec![],
            )
            .await?;
        eprintln!("usable at {ms} ms; {detail}");
    }
    Ok(ms.as_f64().unwrap_or(-1.0))
}

/// `runs` fresh-profile runs: (first visits, reloads from the service worker).
pub fn measure(runtime: &tokio::runtime::Runtime, runs: usize) -> (Vec<Visit>, Vec<Visit>) {
    let server = Arc::new(StaticServer::start(browser::dist_dir()));
    let url = server.url("/");
    let (mut first, mut reload) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        let (server, url) = (server.clone(), url.clone());
        let (a, b) = runtime.block_on(browser::with_browser(1280, 900, move |c| async move {
            throttle(&c).await?;
            server.clear_log();
            let ms = usable_ms(&c, &url).await?;
            c.execute_async(
                "const done = arguments[0]; navigator.serviceWorker.ready.then(() => done(true));",
                vec![],
            )
            .await?;
            // The export page's worker precaches in the background after the start screen is
            // usable; the reload is measured once it is done, as on the line it would share.
            browser::export_page_kept(&c).await?;
            // Let the last precache responses land in the log.
            tokio::time::sleep(std::time::Duration::from_millis(500)).await;
            let first = visit(ms, &server.log());
            server.clear_log();
            let ms = usable_ms(&c, &url).await?;
            let reload = visit(ms, &server.log());
            Ok((first, reload))
        }));
        first.push(a);
        reload.push(b);
    }
    (first, reload)
}

/// The Markdown lines for BENCHMARKS.md.
pub fn report(first: &[Visit], reload: &[Visit], median: impl Fn(&[f64]) -> f64) -> String {
    let ms = |v: &[Visit]| median(&v.iter().map(|x| x.ms).collect::<Vec<_>>());
    let bytes = |v: &[Visit]| median(&v.iter().map(|x| x.bytes as f64).collect::<Vec<_>>());
    let requests = |v: &[Visit]| median(&v.iter().map(|x| x.requests as f64).collect::<Vec<_>>());
    let export_bytes =
        |v: &[Visit]| median(&v.iter().map(|x| x.export_bytes as f64).collect::<Vec<_>>());
    let twice: std::collections::BTreeSet<&String> = first.iter().flat_map(|v| &v.twice).collect();
    let mut text = format!(
        "Throttled (150 ms latency, 1.6 Mbit/s down, 0.75 Mbit/s up, CPU ×4; served by par-serve with brotli), median of {} fresh profiles:\n\n",
        first.len()
    );
    text += &format!(
        "- first visit to a usable start screen: {:.0} ms (runs: {})\n",
        ms(first),
        first
            .iter()
            .map(|v| format!("{:.0}", v.ms))
            .collect::<Vec<_>>()
            .join(", ")
    );
    text += &format!(
        "- bytes transferred on the first visit, service workers' precaching included: {:.0} B in {:.0} requests (of which the export page, kept for offline use after the start screen is usable: {:.0} B); files sent twice: {}\n",
        bytes(first),
        requests(first),
        export_bytes(first),
        if twice.is_empty() { "none".to_string() } else { format!("{twice:?}") }
    );
    text += &format!(
        "- reload from the service worker to a usable start screen: {:.0} ms (runs: {}); {:.0} B in {:.0} requests\n",
        ms(reload),
        reload
            .iter()
            .map(|v| format!("{:.0}", v.ms))
            .collect::<Vec<_>>()
            .join(", "),
        bytes(reload),
        requests(reload)
    );
    text
}
