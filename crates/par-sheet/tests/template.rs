//! The committed templates: frameworks/templates/ holds the sample set as a filled template and
//! the empty template, both written by this crate's export, so they must stay byte for byte
//! what the export writes now; and importing the filled one gives the sample set exactly.

mod common;

use common::{repo, sample};

const REGENERATE: &str = "regenerate with `cargo run -p par-cli -- framework export \
    frameworks/mau-xa-2025.json --xlsx frameworks/templates/mau-xa-2025.xlsx` and \
    `cargo run -p par-cli -- framework export --xlsx frameworks/templates/mau-trong.xlsx`";

#[test]
fn the_committed_sample_template_is_what_export_writes() {
    let committed = std::fs::read(repo("frameworks/templates/mau-xa-2025.xlsx")).unwrap();
    let fresh = par_sheet::export_xlsx(&sample()).unwrap();
    assert!(
        committed == fresh,
        "frameworks/templates/mau-xa-2025.xlsx is stale: {REGENERATE}"
    );
}

#[test]
fn the_committed_empty_template_is_what_export_writes() {
    let committed = std::fs::read(repo("frameworks/templates/mau-trong.xlsx")).unwrap();
    let fresh = par_sheet::empty_template().unwrap();
    assert!(
        committed == fresh,
        "frameworks/templates/mau-trong.xlsx is stale: {REGENERATE}"
    );
}

#[test]
fn importing_the_committed_template_gives_the_sample_set_exactly() {
    let committed = std::fs::read(repo("frameworks/templates/mau-xa-2025.xlsx")).unwrap();
    let set = par_sheet::import_xlsx(&committed).unwrap_or_else(|e| panic!("{e}"));
    let expected = sample();
    assert_eq!(set, expected);
    // The same set for submissions too: its hash is the one signed submissions name.
    assert_eq!(
        par_core::submission::framework_hash(&set),
        par_core::submission::framework_hash(&expected)
    );
}

#[test]
fn the_empty_template_lists_what_to_fill_in() {
    let committed = std::fs::read(repo("frameworks/templates/mau-trong.xlsx")).unwrap();
    let error = par_sheet::import_xlsx(&committed).unwrap_err();
    let places: Vec<String> = error.problems().iter().map(|p| p.place()).collect();
    assert!(
        places.contains(&"Thông tin chung!B2".to_string()),
        "{places:?}"
    );
    assert!(places.contains(&"Tiêu chí".to_string()), "{places:?}");
}
