//! The committed templates and the round trip: export, then import, gives the identical set.

use std::path::PathBuf;

fn repo(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

fn sample() -> par_core::Framework {
    let text = std::fs::read_to_string(repo("frameworks/mau-xa-2025.json")).unwrap();
    par_core::load_framework(&text).unwrap()
}

#[test]
fn the_sample_set_survives_export_and_import() {
    let set = sample();
    let bytes = par_sheet::export_xlsx(&set).unwrap();
    let back = par_sheet::import_xlsx(&bytes).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back, set);
}
