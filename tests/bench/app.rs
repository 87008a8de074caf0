//! App benchmark (not a test): start-up time and input-to-total latency of the built app (`dist/`)
//! in headless Chromium. Prints a Markdown section for BENCHMARKS.md; run by scripts/bench-app.sh.
//!
//! - Start-up: navigation start → the first criterion rendered (the app sets the performance mark
//!   `par:first-criterion`), opening `/?demo` (bundled set, example unit, straight to the first
//!   criterion). Cold: a fresh browser profile per run; warm: reloads in one session.
//! - Throttled (`--throttled-runs 5`, 0 to skip): see `throttled.rs`.
//! - Input → total: in the page, `performance.now()` before dispatching an `input` event on a
//!   percentage box and again when `#total-points` has changed (a MutationObserver), alternating
//!   two values so the total changes every time; on the full bundled set.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
#[path = "../e2e/browser/mod.rs"]
mod browser;

#[cfg(not(target_arch = "wasm32"))]
#[path = "throttled.rs"]
mod throttled;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let cold_runs = arg("--cold-runs", 5);
    let warm_runs = arg("--warm-runs", 10);
    let inputs = arg("--inputs", 300);
    let throttled_runs = arg("--throttled-runs", 5);
    let server = browser::StaticServer::start(browser::dist_dir());
    let url = server.url("/?demo");
    let runtime = tokio::runtime::Runtime::new().expect("tokio runtime");
    let mut results = Results::default();

    for _ in 0..cold_runs {
        let url = url.clone();
        let ms = runtime.block_on(browser::with_browser(1280, 900, move |c| async move {
            first_criterion_ms(&c, &url).await
        }));
        results.cold.push(ms);
    }
    (results.warm, results.input) = {
        let url = url.clone();
        runtime.block_on(browser::with_browser(1280, 900, move |c| async move {
            first_criterion_ms(&c, &url).await?;
            let mut warm = Vec::new();
            for _ in 0..warm_runs {
                warm.push(first_criterion_ms(&c, &url).await?);
            }
            Ok((warm, input_latencies(&c, inputs).await?))
        }))
    };
    println!(
        "- start-up to first criterion, cold (fresh profile), median of {}: {:.1} ms",
        results.cold.len(),
        median(&results.cold)
    );
    println!(
        "- start-up to first criterion, warm (reload), median of {}: {:.1} ms",
        results.warm.len(),
        median(&results.warm)
    );
    println!(
        "- input event → total updated in the DOM (full sample set), median of {}: {:.2} ms (p95 {:.2} ms, max {:.2} ms)",
        results.input.len(),
        median(&results.input),
        percentile(&results.input, 0.95),
        results.input.iter().cloned().fold(0.0, f64::max)
    );
    if throttled_runs > 0 {
        let (first, reload) = throttled::measure(&runtime, throttled_runs);
        println!();
        print!("{}", throttled::report(&first, &reload, median));
    }
}

#[cfg(not(target_arch = "wasm32"))]
#[derive(Default)]
struct Results {
    cold: Vec<f64>,
    warm: Vec<f64>,
    input: Vec<f64>,
}

#[cfg(not(target_arch = "wasm32"))]
fn arg(name: &str, default: usize) -> usize {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[cfg(not(target_arch = "wasm32"))]
async fn first_criterion_ms(c: &fantoccini::Client, url: &str) -> browser::CmdResult<f64> {
    c.goto(url).await?;
    browser::wait_for(c, "criterion-heading").await?;
    let value = c
        .execute(
            "const m = performance.getEntriesByName('par:first-criterion'); return m.length ? m[0].startTime : -1;",
            vec![],
        )
        .await?;
    Ok(value.as_f64().unwrap_or(-1.0))
}

#[cfg(not(target_arch = "wasm32"))]
async fn input_latencies(c: &fantoccini::Client, count: usize) -> browser::CmdResult<Vec<f64>> {
    // 1.1.2 is a percentage: 97,5 scores 1,46 and 50 scores 0, so the total changes every time.
    browser::wait_for(c, "input-1.1.2").await?;
    let script = r#"
        const [count, done] = arguments;
        const input = document.getElementById('input-1.1.2');
        const total = document.getElementById('total-points');
        const values = ['97,5', '50'];
        const samples = [];
        let i = 0;
        function once() {
            if (i >= count) { done(samples); return; }
            let t0 = 0;
            const timer = setTimeout(() => { observer.disconnect(); samples.push(-1); i++; setTimeout(once, 0); }, 1000);
            const observer = new MutationObserver(() => {
                const t1 = performance.now();
                clearTimeout(timer);
                observer.disconnect();
                samples.push(t1 - t0);
                i++;
                setTimeout(once, 0);
            });
            observer.observe(total, { characterData: true, childList: true, subtree: true });
            input.value = values[i % 2];
            t0 = performance.now();
            input.dispatchEvent(new Event('input', { bubbles: true }));
        }
        once();
    "#;
    let value = c
        .execute_async(script, vec![serde_json::json!(count)])
        .await?;
    let samples = value
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_f64())
                .filter(|v| *v >= 0.0)
                .collect()
        })
        .unwrap_or_default();
    Ok(samples)
}

#[cfg(not(target_arch = "wasm32"))]
fn median(values: &[f64]) -> f64 {
    percentile(values, 0.5)
}

#[cfg(not(target_arch = "wasm32"))]
fn percentile(values: &[f64], p: f64) -> f64 {
    if values.is_empty() {
        return f64::NAN;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(|a, b| a.total_cmp(b));
    let index = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[index]
}
