//! Any bytes given to the submission verifier: it must answer with an outcome, never panic,
//! and the same outcome and hash as the reader by way of the JSON tree (the fast path for
//! files in the app's exact form must be no less strict).
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use par_core::submission::{verify, verify_by_tree, Keyring, KnownFramework, VerifyContext};

const SAMPLE: &str = include_str!("../../frameworks/mau-xa-2025.json");

fn frameworks() -> &'static [KnownFramework] {
    static SETS: OnceLock<Vec<KnownFramework>> = OnceLock::new();
    SETS.get_or_init(|| vec![par_core::load_framework(SAMPLE).expect("valid sample").into()])
}

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let keyring = Keyring::default();
        let context = VerifyContext { keyring: Some(&keyring), frameworks: frameworks() };
        let verification = verify(text, context);
        let _ = verification.outcome.describe(par_core::Lang::Vi);
        let by_tree = verify_by_tree(text, context);
        assert_eq!(verification.outcome, by_tree.outcome);
        assert_eq!(verification.hash, by_tree.hash);
    }
});
