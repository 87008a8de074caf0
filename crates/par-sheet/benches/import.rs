//! How long the office waits for the sample template to be read (and written): `cargo bench -p
//! par-sheet`. Results are recorded in BENCHMARKS.md.

use criterion::{criterion_group, criterion_main, Criterion};

const TEMPLATE: &[u8] = include_bytes!("../../../frameworks/templates/mau-xa-2025.xlsx");
const SAMPLE: &str = include_str!("../../../frameworks/mau-xa-2025.json");

fn bench(c: &mut Criterion) {
    c.bench_function(
        "import the sample template (xlsx → set, validated)",
        |b| b.iter(|| par_sheet::import_xlsx(std::hint::black_box(TEMPLATE)).unwrap()),
    );
    let set = par_core::load_framework(SAMPLE).unwrap();
    c.bench_function("export the sample set (set → xlsx)", |b| {
        b.iter(|| par_sheet::export_xlsx(std::hint::black_box(&set)).unwrap())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
