//! End-to-end tests: the built app (`$PAR_DIST` or `dist/`, `trunk build --release`) served by
//! the app's own server (`crates/par-serve`) on 127.0.0.1, in real headless Chromium driven
//! through ChromeDriver. One test binary, one module per subject; a new file here needs only its
//! `mod` line. Shared steps are in `browser/` (also used by the benchmarks in `tests/bench/`).
//!
//! Every test is `#[ignore]`d (it needs a build, chromium and chromedriver): run
//! `scripts/test-browser.sh`, which runs `cargo test -p par-app --test e2e -- --include-ignored
//! --test-threads=1`. Natively only; for wasm32 this binary is empty.

#![cfg(not(target_arch = "wasm32"))]

mod browser;

mod a11y;
mod backup;
mod criteria;
mod cross_app;
mod drafts;
mod export;
mod hosting;
mod office;
mod round_trip;
mod walk;
