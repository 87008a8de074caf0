//! Key registrations in `par verify`: each checked on its own (the key signed it, the key id is
//! the key's) and, with `--keys`, against the keyring: already registered, to add with
//! `par keys add --file`, a rotation to confirm, or another unit's key.

use std::path::PathBuf;

use par_core::submission::RegistrationError;
use par_core::submission::{
    add_outcome, AddOutcome, CheckedRegistration, KeyRegistration, Keyring,
};

use crate::error::CliError;
use crate::read;

/// One registration file as reported.
pub struct RegistrationLine {
    pub path: PathBuf,
    pub result: Result<Result<Registered, RegistrationError>, CliError>,
}

/// A genuine registration, and what adding it to the keyring would do (without `--keys`, not known).
pub struct Registered {
    pub key: CheckedRegistration,
    pub in_keyring: Option<AddOutcome>,
}

pub fn check_all(paths: &[PathBuf], keyring: Option<&Keyring>) -> Vec<RegistrationLine> {
    paths
        .iter()
        .map(|path| RegistrationLine {
            path: path.clone(),
            result: read::read_text(path).map(|text| {
                KeyRegistration::from_json(&text).map(|key| Registered {
                    in_keyring: keyring.map(|keyring| add_outcome(keyring, &key)),
                    key,
                })
            }),
        })
        .collect()
}
