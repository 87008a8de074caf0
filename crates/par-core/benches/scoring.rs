//! Scoring a fully answered sample set, and loading the set: the work done on every keystroke
//! in the app and on every file the office imports.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

const SAMPLE: &str = include_str!("../../../frameworks/mau-xa-2025.json");
const ANSWERS: &str = include_str!("../../../frameworks/examples/mau-xa-2025.answers.json");

fn scoring(c: &mut Criterion) {
    let framework = par_core::load_framework(SAMPLE).expect("the sample set is valid");
    let answers: par_core::Answers =
        par_core::parse_json(ANSWERS).expect("the sample answers parse");
    c.bench_function("score fully answered sample set", |b| {
        b.iter(|| par_core::score(black_box(&framework), black_box(&answers)))
    });
    c.bench_function("load and validate sample set", |b| {
        b.iter(|| par_core::load_framework(black_box(SAMPLE)))
    });
    c.bench_function("parse sample answers", |b| {
        b.iter(|| par_core::parse_json::<par_core::Answers>(black_box(ANSWERS)))
    });
}

criterion_group!(benches, scoring);
criterion_main!(benches);
