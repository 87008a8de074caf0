//! Component tests of the app in headless Chromium (wasm-bindgen-test): components mounted with a
//! small criteria set, driven by DOM events like a user, checked in the DOM and in the state.
//! One test binary, one module per part of the app; a new file here needs only its `mod` line.
//!
//! Run by scripts/test-browser.sh: `cargo test --target wasm32-unknown-unknown -p par-app --test
//! components` (the runner is set in .cargo/config.toml). Natively this binary is empty.

#![cfg(target_arch = "wasm32")]

mod support;

mod appraisal;
mod drafts;
mod export;
mod group_claim;
mod inputs;
mod items;
mod screens;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
