//! Native helpers to drive the built app (`dist/`) in real headless Chromium through ChromeDriver:
//! the app's own static server (`crates/par-serve`) on 127.0.0.1, a ChromeDriver child process,
//! Chrome DevTools commands (throttling), and a WebDriver session
//! that is always closed — even when an assertion fails — before the failure is re-raised.
//! Shared by the end-to-end tests (`tests/e2e/`) and the examples in `tests/bench/` (the app
//! benchmark, screenshots, the autosave benchmark), which load this file with `#[path]`.

#![allow(dead_code)]

pub mod drafts;

use std::future::Future;
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Map, Value};

pub type CmdResult<T> = Result<T, fantoccini::error::CmdError>;

/// The built app (`dist/`, or `$PAR_DIST` when set), or a clear message about how to build it.
pub fn dist_dir() -> PathBuf {
    let dist = std::env::var_os("PAR_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("dist"));
    assert!(
        dist.join("index.html").is_file(),
        "{} has no index.html: build it first (scripts/test-browser.sh runs `trunk build --release`)",
        dist.display()
    );
    dist
}

/// Serves a directory on 127.0.0.1 (a free port) until dropped, exactly as `scripts/serve.sh`
/// does and docs/hosting.md asks of a province's server: precompressed files, caching headers,
/// the Content-Security-Policy. Its `log()` lists every response sent.
pub use par_serve::Server as StaticServer;

/// ChromeDriver on a free local port; killed when dropped.
pub struct Driver {
    pub port: u16,
    child: Child,
}

impl Driver {
    pub fn start() -> Self {
        let binary =
            std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        let port = free_port();
        let child = Command::new(&binary)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("cannot start {binary}: {e} (scripts/setup.sh --browser installs it)")
            });
        let driver = Driver { port, child };
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "chromedriver did not start listening"
            );
            thread::sleep(Duration::from_millis(50));
        }
        driver
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// A fresh Chromium profile directory, removed when dropped.
pub struct Profile(pub PathBuf);

impl Profile {
    pub fn new() -> Self {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let dir =
            std::env::temp_dir().join(format!("par-app-chromium-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("profile directory");
        Profile(dir)
    }
}

impl Drop for Profile {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn capabilities(profile: &Path, width: u32, height: u32) -> Map<String, Value> {
    let binary = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let args = [
        "--headless=new".to_string(),
        "--no-sandbox".into(),
        "--disable-dev-shm-usage".into(),
        "--disable-gpu".into(),
        "--disable-background-networking".into(),
        "--disable-component-update".into(),
        "--disable-sync".into(),
        "--no-first-run".into(),
        "--lang=vi".into(),
        format!("--window-size={width},{height}"),
        format!("--user-data-dir={}", profile.display()),
    ];
    let mut caps = Map::new();
    caps.insert("browserName".into(), json!("chrome"));
    let mut options = json!({ "binary": binary, "args": args });
    // Chromium keeps a window at least about 500 px wide; a phone's viewport is emulated instead.
    if width < 500 {
        options["mobileEmulation"] = json!({
            "deviceMetrics": { "width": width, "height": height, "pixelRatio": 2, "touch": true }
        });
    }
    caps.insert("goog:chromeOptions".into(), options);
    caps
}

const KEEP_LAST_DOWNLOAD: &str = r#"
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = function (blob) {
        window.__parLastDownload = blob;
        return createObjectURL.call(URL, blob);
    };
"#;

/// Runs `body` with a new browser session at `width`×`height` and returns what it returned.
/// The session is closed and ChromeDriver killed whatever happens; a panic or error in `body`
/// is re-raised afterwards.
pub async fn with_browser<T, F, Fut>(width: u32, height: u32, body: F) -> T
where
    T: Send + 'static,
    F: FnOnce(Client) -> Fut,
    Fut: Future<Output = CmdResult<T>> + Send + 'static,
{
    let driver = Driver::start();
    let profile = Profile::new();
    let client = ClientBuilder::new(HttpConnector::new())
        .capabilities(capabilities(&profile.0, width, height))
        .connect(&format!("http://127.0.0.1:{}", driver.port))
        .await
        .expect("a WebDriver session");
    // Every page keeps the last Blob it offered as a download, for `drafts::last_download`: the
    // policy forbids the page to fetch its own `blob:` addresses (connect-src 'self').
    let _ = cdp(
        &client,
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": KEEP_LAST_DOWNLOAD }),
    )
    .await;
    // In its own task, so a failed assertion comes back as a JoinError instead of unwinding
    // past the cleanup below.
    let outcome = tokio::spawn(body(client.clone())).await;
    if !matches!(outcome, Ok(Ok(_))) {
        save_failure_screenshot(&client).await;
    }
    let _ = client.close().await;
    drop(driver);
    drop(profile);
    match outcome {
        Ok(Ok(value)) => value,
        Ok(Err(error)) => panic!("WebDriver command failed: {error}"),
        Err(join) if join.is_panic() => std::panic::resume_unwind(join.into_panic()),
        Err(join) => panic!("browser task did not finish: {join}"),
    }
}

/// A 1280×900 browser session on a fresh profile running `body`, on its own runtime; returns
/// what it returned.
pub fn run<T, F, Fut>(body: F) -> T
where
    T: Send + 'static,
    F: FnOnce(Client) -> Fut,
    Fut: Future<Output = CmdResult<T>> + Send + 'static,
{
    run_at(1280, 900, body)
}

/// [`run`] with a window of `width`×`height` (a phone below 500 px wide is emulated).
pub fn run_at<T, F, Fut>(width: u32, height: u32, body: F) -> T
where
    T: Send + 'static,
    F: FnOnce(Client) -> Fut,
    Fut: Future<Output = CmdResult<T>> + Send + 'static,
{
    let runtime = tokio::runtime::Runtime::new().expect("tokio runtime");
    runtime.block_on(with_browser(width, height, body))
}

/// What the page looked like when something failed: `target/browser-failure.png`.
async fn save_failure_screenshot(client: &Client) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/browser-failure.png");
    if let Ok(png) = client.screenshot().await {
        if std::fs::write(&path, png).is_ok() {
            eprintln!("screenshot of the failure: {}", path.display());
        }
    }
}

/// A Chrome DevTools Protocol command sent through ChromeDriver (`goog/cdp/execute`), e.g.
/// `Network.emulateNetworkConditions`: what WebDriver itself cannot do.
#[derive(Debug)]
struct Cdp {
    command: String,
    params: Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.command, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

/// Sends the DevTools `command` with `params` to the page; returns its result.
pub async fn cdp(client: &Client, command: &str, params: Value) -> CmdResult<Value> {
    client
        .issue_cmd(Cdp {
            command: command.into(),
            params,
        })
        .await
}

pub fn css(selector: &str) -> Locator<'_> {
    Locator::Css(selector)
}

/// CSS selector for an element id (ids like `input-1.2.1` contain dots).
pub fn by_id(id: &str) -> String {
    format!("[id='{id}']")
}

pub async fn wait_for(client: &Client, id: &str) -> CmdResult<fantoccini::elements::Element> {
    wait_for_css(client, &by_id(id)).await
}

/// Waits (at most 10 s) for the first element matching the CSS `selector`. A step may lead to
/// another page of the app (the export page): a search the navigation interrupts is tried again.
pub async fn wait_for_css(
    client: &Client,
    selector: &str,
) -> CmdResult<fantoccini::elements::Element> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        match client.find(Locator::Css(selector)).await {
            Ok(element) => return Ok(element),
            Err(error) if Instant::now() >= deadline => return Err(error),
            Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
        }
    }
}

/// Finds `id` and scrolls it to the middle of the window. ChromeDriver would scroll it only to
/// the edge, where the sticky score bar covers it (a person sees it below the bar).
pub async fn reach(client: &Client, id: &str) -> CmdResult<fantoccini::elements::Element> {
    reach_css(client, &by_id(id)).await
}

/// [`reach`] for the first element matching the CSS `selector`.
pub async fn reach_css(
    client: &Client,
    selector: &str,
) -> CmdResult<fantoccini::elements::Element> {
    let element = wait_for_css(client, selector).await?;
    let arg = serde_json::to_value(&element)
        .map_err(|e| fantoccini::error::CmdError::NotJson(format!("element reference: {e}")))?;
    client
        .execute(
            "arguments[0].scrollIntoView({ block: 'center' })",
            vec![arg],
        )
        .await?;
    Ok(element)
}

/// Runs `act` on the element matching `selector`, found afresh for each try: the page may
/// re-render between finding an element and acting on it (an autosave landing), which leaves
/// a stale reference; acting again on the new element is what a person's second click does.
pub async fn on_fresh<F, Fut>(client: &Client, selector: &str, mut act: F) -> CmdResult<()>
where
    F: FnMut(fantoccini::elements::Element) -> Fut,
    Fut: Future<Output = CmdResult<()>>,
{
    let mut tries = 0;
    loop {
        let element = reach_css(client, selector).await?;
        match act(element).await {
            Err(error) if error.is_stale_element_reference() && tries < 3 => tries += 1,
            outcome => return outcome,
        }
    }
}

pub async fn click(client: &Client, id: &str) -> CmdResult<()> {
    click_css(client, &by_id(id)).await
}

/// Clicks the first element matching the CSS `selector` (see [`on_fresh`]).
pub async fn click_css(client: &Client, selector: &str) -> CmdResult<()> {
    on_fresh(
        client,
        selector,
        |element| async move { element.click().await },
    )
    .await
}

/// Replaces the text of box `id` with `text`, typed key by key.
pub async fn type_into(client: &Client, id: &str, text: &str) -> CmdResult<()> {
    type_into_css(client, &by_id(id), text).await
}

/// [`type_into`] for the first element matching the CSS `selector`.
pub async fn type_into_css(client: &Client, selector: &str, text: &str) -> CmdResult<()> {
    on_fresh(client, selector, |element| async move {
        element.clear().await?;
        element.send_keys(text).await
    })
    .await
}

pub async fn text_of(client: &Client, id: &str) -> CmdResult<String> {
    wait_for(client, id).await?.text().await
}

/// Waits until the text of `id` is `expected`; returns the last text seen.
pub async fn wait_for_text(client: &Client, id: &str, expected: &str) -> CmdResult<String> {
    eventually(10, || async { Ok(text_of(client, id).await? == expected) }).await?;
    text_of(client, id).await
}

/// Waits (at most 60 s) until the export page's worker, which the self-assessment's page
/// registers, is active: the export page is kept for offline use. Returns whether it is.
pub async fn export_page_kept(client: &Client) -> CmdResult<bool> {
    eventually(60, || async {
        Ok(client
            .execute_async(
                "const done = arguments[0];\
                 navigator.serviceWorker.getRegistration('/export/')\
                   .then(r => done(!!(r && r.active)), () => done(false));",
                vec![],
            )
            .await?
            .as_bool()
            == Some(true))
    })
    .await
}

/// Waits until `check` holds (polling every 50 ms, at most `seconds`); returns whether it did.
pub async fn eventually<F, Fut>(seconds: u64, mut check: F) -> CmdResult<bool>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = CmdResult<bool>>,
{
    let deadline = Instant::now() + Duration::from_secs(seconds);
    loop {
        if check().await? {
            return Ok(true);
        }
        if Instant::now() > deadline {
            return Ok(false);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

pub async fn value_of(c: &Client, id: &str) -> CmdResult<String> {
    Ok(wait_for(c, id)
        .await?
        .prop("value")
        .await?
        .unwrap_or_default())
}

pub async fn is_checked(c: &Client, id: &str) -> CmdResult<bool> {
    c.find(css(&by_id(id))).await?.is_selected().await
}

/// Copies the directory `from` with everything in it to `to` (a copy of the build to change).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("target directory");
    for entry in std::fs::read_dir(from).expect("source directory") {
        let path = entry.expect("directory entry").path();
        let target = to.join(path.file_name().expect("a file name"));
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("copy a file");
        }
    }
}

/// Opens the next page of the walk-through and waits for it; `false` on the last page (it
/// offers the summary instead of a next criterion).
pub async fn next_page(client: &Client) -> CmdResult<bool> {
    if client.find(Locator::Id("to-summary")).await.is_ok() {
        return Ok(false);
    }
    let heading = text_of(client, "criterion-heading").await?;
    click(client, "next-criterion").await?;
    let moved = eventually(10, || async {
        Ok(text_of(client, "criterion-heading").await? != heading)
    })
    .await?;
    assert!(moved, "the page after “{heading}” did not open");
    Ok(true)
}

/// The demo unit (UBND xã Tân Lập, 00004) with its preparer and chairperson.
pub const DEMO_UNIT: [&str; 4] = ["UBND xã Tân Lập", "00004", "Nguyễn Văn An", "Trần Thị Bình"];

/// Fills the unit form with `[name, code, preparer, chairperson]` and opens the walk-through.
pub async fn fill_unit_and_start(client: &Client, unit: [&str; 4]) -> CmdResult<()> {
    for (id, text) in [
        "unit-name",
        "unit-code",
        "unit-preparer",
        "unit-chairperson",
    ]
    .into_iter()
    .zip(unit)
    {
        type_into(client, id, text).await?;
    }
    click(client, "start-walk").await
}
