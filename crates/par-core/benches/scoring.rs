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

fn submissions(c: &mut Criterion) {
    use par_core::submission::*;
    let framework = par_core::load_framework(SAMPLE).expect("the sample set is valid");
    let answers: par_core::Answers =
        par_core::parse_json(ANSWERS).expect("the sample answers parse");
    let unit = par_core::UnitInfo {
        province: "Tỉnh mẫu".into(),
        name: "UBND xã Tân Lập".into(),
        code: "00004".into(),
        year: 2025,
        preparer: "Nguyễn Văn An".into(),
        chairperson: "Trần Thị Bình".into(),
    };
    let meta = ExportMeta {
        submission_id: "0123456789abcdef0123456789abcdef".into(),
        created_at: "2025-12-01T09:30:00Z".into(),
        revision: 1,
        replaces: None,
    };
    let key = UnitKey::from_secret([42; 32]);
    let payload = Payload::new(&framework, &unit, &answers, meta);
    let text = Submission::sign(payload.clone(), &key).to_json();
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
