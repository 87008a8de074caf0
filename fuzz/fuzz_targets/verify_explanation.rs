//! Any bytes given to the explanation verifier, against a genuine submission and appraisal: it must
//! answer with an outcome, never panic.
#![no_main]

mod round_context;

use libfuzzer_sys::fuzz_target;
use par_core::appraisal::verify_explanation;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let verification = verify_explanation(text, round_context::held().context());
        let _ = verification.outcome.describe(par_core::Lang::Vi);
    }
});
