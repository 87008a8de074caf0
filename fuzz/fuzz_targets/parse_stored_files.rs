//! Any bytes as a criteria set, a stored draft, a backup or a key backup: errors, never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(set) = par_core::load_framework(text) {
            let answers = par_core::Answers::new(&set.id, &set.version);
            let _ = par_core::score(&set, &answers);
        }
        let _ = par_core::draft::migrate(text);
        let _ = par_core::draft::Backup::parse(text);
        let _ = par_core::parse_json::<par_core::Answers>(text);
    }
});
