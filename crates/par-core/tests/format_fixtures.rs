//! Files made with the first criteria-set format keep loading and verifying after the format grew
//! (`tests/fixtures/format-1/README.md`).

use par_core::submission::{framework_hash, verify, Keyring, KnownFramework, VerifyContext};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/format-1/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn a_format_1_criteria_set_loads_with_the_hash_its_submissions_name() {
    let set = par_core::load_framework(&fixture("criteria-set.json")).unwrap();
    assert_eq!(set.format, "par-framework/1");
    let submission: serde_json::Value = serde_json::from_str(&fixture("submission.json")).unwrap();
    assert_eq!(
        framework_hash(&set),
        submission["payload"]["framework"]["sha256"]
            .as_str()
            .unwrap()
    );
}

#[test]
fn a_draft_stored_before_the_new_format_opens_on_its_set() {
    let set = par_core::load_framework(&fixture("criteria-set.json")).unwrap();
    let draft = par_core::draft::migrate(&fixture("draft.json")).unwrap();
    assert_eq!(draft.framework, par_core::draft::FrameworkKey::of(&set));
    let sheet = par_core::score(&set, &draft.answers);
    assert!(sheet.problems.is_empty(), "{:?}", sheet.problems);
    assert_eq!(sheet.total.to_string(), "62.53");
}

#[test]
fn a_submission_signed_before_the_new_format_still_verifies() {
    let set = par_core::load_framework(&fixture("criteria-set.json")).unwrap();
    let keyring = Keyring::from_json(&fixture("keyring.json")).unwrap();
    let frameworks = [KnownFramework::from(set)];
    let context = VerifyContext {
        keyring: Some(&keyring),
        frameworks: &frameworks,
    };
    let verification = verify(&fixture("submission.json"), context);
    assert!(
        verification.outcome.is_valid(),
        "{:?}",
        verification.outcome
    );
}
