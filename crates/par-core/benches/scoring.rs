//! Scoring a fully answered sample set, and loading the set: the work done on every keystroke
//! in the app and on every file the office imports.

use criterion::{criterion_group, criterion_main, Criterion};

#[allow(dead_code)]
#[path = "../tests/common/signed.rs"]
mod signed;
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

fn submissions(c: &mut Criterion) {
    use par_core::submission::*;
    // The same signed sample as the submission tests.
    let fixture = signed::fixture();
    let answers: par_core::Answers =
        par_core::parse_json(ANSWERS).expect("the sample answers parse");
    let payload = Payload::new(
        &fixture.framework,
        &signed::unit(),
        &answers,
        signed::meta(),
    );
    let (key, text, framework) = (fixture.key, fixture.text, fixture.framework);
    let frameworks = [KnownFramework::from(framework)];
    c.bench_function("sign sample submission", |b| {
        b.iter(|| Submission::sign(black_box(payload.clone()), &key))
    });
    c.bench_function("verify sample submission", |b| {
        b.iter(|| {
            verify(
                black_box(&text),
                VerifyContext {
                    keyring: None,
                    frameworks: &frameworks,
                },
            )
        })
    });
    c.bench_function("canonical JSON of sample payload", |b| {
        b.iter(|| canonical_json(black_box(&payload)))
    });
}

criterion_group!(benches, scoring, submissions);
criterion_main!(benches);
