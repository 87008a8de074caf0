//! What a dropped file is, and verifying the office's files with par-core exactly as `par verify`
//! and `par rank` do: `submission::verify` against the keyring and the known criteria sets,
//! reduced at once to `office::Received`, the same submission under several names merged by
//! `office::merge_same_submissions`. No browser here: plain functions of bytes and texts.

use par_core::appraisal::{APPRAISAL_FORMAT, EXPLANATION_FORMAT, FINAL_FORMAT};
use par_core::draft::BACKUP_FORMAT;
use par_core::framework::FRAMEWORK_FORMATS;
use par_core::office::{merge_same_submissions, BatchFile, Received};
use par_core::submission::{
    format_of, verify, KeyRegistration, Keyring, KnownFramework, VerifyContext, KEYRING_FORMAT,
    KEY_BACKUP_FORMAT, KEY_REGISTRATION_FORMAT, SUBMISSION_FORMAT,
};
use par_core::Framework;

use crate::store::StoredFile;

/// The criteria sets bundled with the app (the sample set, without its indentation: build.rs),
/// always known.
pub const BUNDLED_SETS: [&str; 1] = [include_str!(concat!(env!("OUT_DIR"), "/bundled-set.json"))];

/// What a dropped file turned out to be.
#[derive(Debug)]
pub enum Incoming {
    /// Says it is a submission (`par-submission/1`): kept and verified.
    Submission(String),
    /// A unit's key registration: goes to the keys screen to be confirmed.
    Registration(Box<Result<par_core::submission::CheckedRegistration, String>>),
    /// A criteria set (checked): imported, so the files made on it verify.
    Framework(Box<Result<Framework, String>>),
    /// Anything else: said in one sentence, nothing stored.
    Other(NotSubmission),
}

/// A file that is not a submission, and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotSubmission {
    Pdf,
    Spreadsheet,
    /// Bytes that are not text (an image, an archive…).
    NotText,
    /// JSON, but not any of the product's files; with the reason par-core gives.
    NotJson(String),
    DraftBackup,
    KeyBackup,
    Keyring,
    /// An appraisal, explanation or final result (next issue's round).
    RoundFile,
    /// A `format` no version of the product writes.
    UnknownFormat(String),
    /// JSON without a `format`.
    NoFormat,
}

/// What `bytes` (a file named `name`) is.
pub fn classify(bytes: &[u8]) -> Incoming {
    if bytes.starts_with(b"%PDF") {
        return Incoming::Other(NotSubmission::Pdf);
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Incoming::Other(NotSubmission::Spreadsheet);
    }
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Incoming::Other(NotSubmission::NotText);
    };
    // A file that opens as the app writes a submission is one, without reading the whole tree
    // here: its verification reads it (and refuses it with the reason if the rest is broken).
    // Half the time of telling 500 files apart went into reading each one twice.
    if opens_as_submission(text) {
        return Incoming::Submission(text.to_string());
    }
    let value = match par_core::parse_value(text) {
        Ok(value) => value,
        Err(error) => return Incoming::Other(NotSubmission::NotJson(error.to_string())),
    };
    match format_of(&value) {
        Some(SUBMISSION_FORMAT) => Incoming::Submission(text.to_string()),
        Some(KEY_REGISTRATION_FORMAT) => Incoming::Registration(Box::new(
            KeyRegistration::from_json(text).map_err(|e| e.to_string()),
        )),
        Some(format) if FRAMEWORK_FORMATS.contains(&format) => Incoming::Framework(Box::new(
            par_core::load_framework(text).map_err(|e| framework_error(&e)),
        )),
        Some(BACKUP_FORMAT) => Incoming::Other(NotSubmission::DraftBackup),
        Some(KEY_BACKUP_FORMAT) => Incoming::Other(NotSubmission::KeyBackup),
        Some(KEYRING_FORMAT) => Incoming::Other(NotSubmission::Keyring),
        Some(APPRAISAL_FORMAT | EXPLANATION_FORMAT | FINAL_FORMAT) => {
            Incoming::Other(NotSubmission::RoundFile)
        }
        Some(other) => Incoming::Other(NotSubmission::UnknownFormat(
            par_core::one_line(other).into(),
        )),
        None => Incoming::Other(NotSubmission::NoFormat),
    }
}

/// Whether `text` opens exactly as the app writes a submission: `{`, then its first key
/// `"format": "par-submission/1"` (spacing aside).
fn opens_as_submission(text: &str) -> bool {
    let rest = text.trim_start_matches('\u{feff}').trim_start();
    let Some(rest) = rest.strip_prefix('{') else {
        return false;
    };
    let Some(rest) = rest.trim_start().strip_prefix("\"format\"") else {
        return false;
    };
    let Some(rest) = rest.trim_start().strip_prefix(':') else {
        return false;
    };
    rest.trim_start()
        .strip_prefix('"')
        .and_then(|r| r.strip_prefix(SUBMISSION_FORMAT))
        .is_some_and(|r| r.starts_with('"'))
}

/// A criteria set's problems on one line (the first few).
pub fn framework_error(error: &par_core::LoadError) -> String {
    match error {
        par_core::LoadError::Invalid(problems) => problems
            .iter()
            .take(3)
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("; "),
        other => other.to_string(),
    }
}

/// The criteria sets the office knows: the bundled ones and those imported (a set that
/// conflicts with one already known — same id and version, another content — is left out).
pub fn known_sets(imported: &[String]) -> Vec<KnownFramework> {
    let mut sets: Vec<Framework> = BUNDLED_SETS
        .iter()
        .filter_map(|text| par_core::load_framework(text).ok())
        .collect();
    sets.extend(
        imported
            .iter()
            .filter_map(|text| par_core::load_framework(text).ok()),
    );
    let mut known: Vec<KnownFramework> = Vec::new();
    for set in sets {
        let candidate = par_core::submission::known_frameworks(
            known
                .iter()
                .map(|k| k.framework.clone())
                .chain([set])
                .collect(),
        );
        if let Ok(all) = candidate {
            known = all;
        }
    }
    known
}

/// One stored file verified, as `par verify` does for each file.
pub fn verify_file(file: &StoredFile, keyring: &Keyring, sets: &[KnownFramework]) -> Received {
    let context = VerifyContext {
        keyring: Some(keyring),
        frameworks: sets,
    };
    Received::of(verify(&file.text, context))
}

/// The batch the board and the ranking are made of: each stored file (already one per text)
/// with its verification, the same submission written differently merged, as in `par`.
pub fn batch_of(files: Vec<(String, Received)>) -> Vec<BatchFile<String, ()>> {
    merge_same_submissions(
        files
            .into_iter()
            .map(|(name, received)| BatchFile::new(name, Ok(received)))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_that_are_not_submissions_are_told_apart() {
        assert!(matches!(
            classify(b"%PDF-1.7 ..."),
            Incoming::Other(NotSubmission::Pdf)
        ));
        assert!(matches!(
            classify(b"PK\x03\x04rest"),
            Incoming::Other(NotSubmission::Spreadsheet)
        ));
        assert!(matches!(
            classify(&[0xff, 0xfe, 0x00]),
            Incoming::Other(NotSubmission::NotText)
        ));
        assert!(matches!(
            classify(b"{\"a\":1}"),
            Incoming::Other(NotSubmission::NoFormat)
        ));
        assert!(matches!(
            classify(b"{\"format\":\"par-backup/1\",\"drafts\":[]}"),
            Incoming::Other(NotSubmission::DraftBackup)
        ));
        assert!(matches!(
            classify(b"not json"),
            Incoming::Other(NotSubmission::NotJson(_))
        ));
        assert!(matches!(
            classify(b"{\"format\":\"par-submission/1\"}"),
            Incoming::Submission(_)
        ));
    }

    #[test]
    fn a_file_that_opens_as_a_submission_is_one_without_reading_it_twice() {
        // As the app writes it; and broken further on: still a submission, which its
        // verification refuses with the reason (it is kept, like any refused file).
        for text in [
            "{\n  \"format\": \"par-submission/1\",\n  \"payload\": {}}",
            "{\"format\":\"par-submission/1\", broken",
        ] {
            assert!(
                matches!(classify(text.as_bytes()), Incoming::Submission(_)),
                "{text}"
            );
        }
        // Another format, a longer name, or the key elsewhere: read whole as before.
        assert!(matches!(
            classify(b"{\"format\":\"par-submission/10\"}"),
            Incoming::Other(NotSubmission::UnknownFormat(_))
        ));
        assert!(matches!(
            classify(b"{\"format\":\"par-backup/1\",\"drafts\":[]}"),
            Incoming::Other(NotSubmission::DraftBackup)
        ));
        assert!(matches!(
            classify(b"{\"a\":1,\"format\":\"par-submission/1\"}"),
            Incoming::Submission(_)
        ));
    }

    #[test]
    fn the_bundled_set_is_the_file_in_frameworks_without_its_indentation() {
        let file = include_str!("../../frameworks/mau-xa-2025.json");
        assert!(BUNDLED_SETS[0].len() < file.len() * 3 / 4);
        let shipped = par_core::load_framework(BUNDLED_SETS[0]).unwrap();
        let written = par_core::load_framework(file).unwrap();
        assert_eq!(
            par_core::submission::framework_hash(&shipped),
            par_core::submission::framework_hash(&written)
        );
        assert_eq!(shipped, written);
    }

    #[test]
    fn the_bundled_set_is_known() {
        let sets = known_sets(&[]);
        assert_eq!(sets.len(), 1);
        // The same set imported again is kept once.
        let again = known_sets(&[BUNDLED_SETS[0].to_string()]);
        assert_eq!(again.len(), 1);
    }
}
