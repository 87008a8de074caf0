//! `window.wasmBindings.bench_autosave(runs)`: the cost of one autosave of the open draft
//! (snapshot, revision check, serialise, write to localStorage), measured in the page with
//! `performance.now()`; used by `cargo run --example bench-autosave`. Each run renames the
//! draft first so the write is never skipped as unchanged.

use par_web::local_storage;
use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::Session;

thread_local! {
    static SESSION: RefCell<Option<Session>> = const { RefCell::new(None) };
}

pub(super) fn register(session: Session) {
    SESSION.with(|s| *s.borrow_mut() = Some(session));
}

/// Times `runs` autosaves; returns JSON
/// `{"runs", "median_us", "p99_us", "worst_us", "over_2ms", "bytes", "ok"}`.
#[wasm_bindgen]
pub fn bench_autosave(runs: u32) -> String {
    let Some(session) = SESSION.with(|s| *s.borrow()) else {
        return r#"{"error":"no session"}"#.into();
    };
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else {
        return r#"{"error":"no performance"}"#.into();
    };
    let mut times = Vec::with_capacity(runs as usize);
    let mut ok = true;
    for run in 0..runs {
        session.state.draft_name.set(format!("Đo tự lưu {run}"));
        let start = performance.now();
        ok &= session.save_now();
        times.push(performance.now() - start);
    }
    times.sort_by(f64::total_cmp);
    let median = times.get(times.len() / 2).copied().unwrap_or(0.0);
    let worst = times.last().copied().unwrap_or(0.0);
    let p99 = times
        .get((times.len() * 99 / 100).min(times.len().saturating_sub(1)))
        .copied()
        .unwrap_or(0.0);
    let over_2ms = times.iter().filter(|t| **t >= 2.0).count();
    let bytes = session
        .id
        .get_untracked()
        .and_then(|id| local_storage::get(&super::draft_key(&id)))
        .map_or(0, |text| text.len());
    // Whole microseconds: no float formatting code in the wasm for a benchmark.
    let us = |ms: f64| (ms * 1000.0).round() as u64;
    format!(
        r#"{{"runs":{runs},"median_us":{},"p99_us":{},"worst_us":{},"over_2ms":{over_2ms},"bytes":{bytes},"ok":{ok}}}"#,
        us(median),
        us(p99),
        us(worst)
    )
}
