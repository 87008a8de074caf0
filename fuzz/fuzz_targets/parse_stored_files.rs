//! Any bytes as a criteria set, answers, a stored draft, a backup, a keyring, a key backup or a
//! key registration: errors, never panics. Whatever reads must obey the one reader's rules: no file
//! with a key written twice or a number beyond 2^53 is ever accepted.
#![no_main]

use libfuzzer_sys::fuzz_target;
use par_core::submission::{KeyBackup, KeyRegistration, Keyring};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let accepted = [
        par_core::load_framework(text)
            .map(|set| {
                let answers = par_core::Answers::new(&set.id, &set.version);
                let _ = par_core::score(&set, &answers);
            })
            .is_ok(),
        par_core::draft::migrate(text).is_ok(),
        par_core::draft::Backup::parse(text).is_ok(),
        par_core::parse_json::<par_core::Answers>(text).is_ok(),
        Keyring::from_json(text).is_ok(),
        par_core::parse_json::<KeyBackup>(text).is_ok(),
        KeyRegistration::from_json(text).is_ok(),
    ];
    if accepted.contains(&true) {
        // The reader's rules, checked against serde_json's own view of the same text.
        assert!(par_core::parse_value(text).is_ok(), "accepted what the reader refuses");
    }
});
