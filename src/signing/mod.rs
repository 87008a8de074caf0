//! Signing a submission in the browser: the unit's key as stored, and what one export makes.
//! Pure functions (natively tested) here; the browser's randomness, clock, local storage and
//! downloads are in [`browser`].

pub mod key_storage;

pub use key_storage::{create_key, load_key, save_key};

use par_core::answers::Answers;
use par_core::appraisal::{
    explanation_payload, verify_explanation, Explanation, KnownAppraisal, RoundContext, RoundRecord,
};
use par_core::draft::ExportRecord;
use par_core::submission::{hex_bytes, ExportMeta, KeyRegistration, Payload, Submission, UnitKey};
use par_core::unit::UnitProblem;
use par_core::{Framework, UnitInfo};
use serde::{Deserialize, Serialize};

use crate::texts::appraisal::NO_APPRAISAL;

/// Local-storage key of the unit's signing key.
pub const KEY_STORAGE: &str = "par.unit-key";

/// The unit's key as kept in local storage: the 32 secret bytes in hex and when it was made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredKey {
    pub secret: String,
    /// RFC 3339 UTC.
    pub created_at: String,
}

impl StoredKey {
    pub fn new(key: &UnitKey, created_at: &str) -> Self {
        StoredKey {
            secret: hex_string(&key.secret()),
            created_at: created_at.to_string(),
        }
    }

    /// The key, or `None` when the stored text is damaged.
    pub fn key(&self) -> Option<UnitKey> {
        hex_bytes::<32>(&self.secret).map(UnitKey::from_secret)
    }

    pub fn from_json(text: &str) -> Option<Self> {
        let stored: StoredKey = serde_json::from_str(text).ok()?;
        stored.key().map(|_| stored)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

pub use par_core::submission::hex_string;

/// The revision and `replaces` of the next export after `history`.
pub fn next_revision(history: &[ExportRecord]) -> (u32, Option<String>) {
    match history.iter().max_by_key(|record| record.revision) {
        Some(last) => (last.revision.saturating_add(1), Some(last.hash.clone())),
        None => (1, None),
    }
}

/// One signed export: the file and the record kept in the history.
pub struct Export {
    pub submission: Submission,
    pub record: ExportRecord,
}

/// Signs the current answers as the revision after `history`.
pub fn export(
    framework: &Framework,
    unit: &UnitInfo,
    answers: &Answers,
    history: &[ExportRecord],
    key: &UnitKey,
    submission_id: String,
    created_at: String,
) -> Export {
    let (revision, replaces) = next_revision(history);
    let meta = ExportMeta {
        submission_id,
        created_at,
        revision,
        replaces,
    };
    let payload = Payload::new(framework, unit, answers, meta);
    let (submission, hash) = Submission::sign_and_hash(payload, key);
    let record = ExportRecord {
        revision,
        submission_id: submission.payload.submission_id.clone(),
        hash,
        created_at: submission.payload.created_at.clone(),
        file_name: submission.file_name(),
        content: Some(par_core::draft::content_digest(unit, answers)),
    };
    Export { submission, record }
}

/// Signs one export with `stored` and offers the file for download: the record to add to the
/// draft's history (the caller adds it, so one export makes one save), and whether the file's
/// text could be kept in this browser for verifying the appraisal later. Nothing is recorded
/// when the key is damaged or the download could not start.
pub fn export_and_download(
    framework: &Framework,
    unit: &UnitInfo,
    answers: &Answers,
    history: &[ExportRecord],
    stored: &StoredKey,
) -> Result<(ExportRecord, bool), String> {
    let key = stored
        .key()
        .ok_or("khóa lưu trên máy bị hỏng / the stored key is damaged")?;
    let submission_id = hex_string(&par_web::random::random_bytes::<16>()?);
    let done = export(
        framework,
        unit,
        answers,
        history,
        &key,
        submission_id,
        par_web::clock::now_rfc3339(),
    );
    let text = done.submission.to_json();
    par_web::download::download_json(&done.record.file_name, &text)?;
    // Kept so that the office's appraisal of this file can be verified here later. A full
    // store loses nothing: the file was just downloaded, and the user picks it then.
    let kept = crate::round::keep_submission(&done.record.hash, &text).is_ok();
    Ok((done.record, kept))
}

/// The explanation file (`par-explanation/1`) answering the round's latest appraisal with the
/// answers typed, signed with `key`, made at `created_at` with `explanation_id`; checked as the
/// office will check it (the unit's key, the appraisal it answers) before it is returned.
pub fn explanation(
    round: &RoundRecord,
    key: &UnitKey,
    explanation_id: String,
    created_at: String,
    lang: par_core::Lang,
) -> Result<Explanation, String> {
    let (appraisal, hash) = round
        .latest_appraisal()
        .ok_or_else(|| NO_APPRAISAL.get(lang).to_string())?;
    let known = KnownAppraisal {
        payload: &appraisal.payload,
        hash: &hash,
    };
    let payload = explanation_payload(known, &round.answers, (explanation_id, created_at))
        .map_err(|problem| problem.describe(lang))?;
    let file = Explanation::sign(payload, key);
    let keys = [key.public_key_hex()];
    let checked = verify_explanation(
        &file.to_json(),
        RoundContext {
            appraisal: Some(known),
            unit_keys: Some(&keys),
            ..Default::default()
        },
    );
    if !checked.outcome.is_valid() {
        return Err(checked.outcome.describe(lang));
    }
    Ok(file)
}

/// The explanation's file name: `GT-2025-00004-1.json` (the n-th explanation of the unit).
pub fn explanation_file_name(file: &Explanation, number: usize) -> String {
    let link = &file.payload.submission;
    format!("GT-{}-{}-{number}.json", link.period.year, link.unit.code)
}

/// Signs the explanation with `stored` and offers it for download; returns the file's text for
/// the draft to keep (the caller keeps it, so one export makes one save).
pub fn explain_and_download(
    round: &RoundRecord,
    stored: &StoredKey,
    lang: par_core::Lang,
) -> Result<(String, String), String> {
    let key = stored
        .key()
        .ok_or("khóa lưu trên máy bị hỏng / the stored key is damaged")?;
    let id = hex_string(&par_web::random::random_bytes::<16>()?);
    let file = explanation(round, &key, id, par_web::clock::now_rfc3339(), lang)?;
    let name = explanation_file_name(&file, round.explanations.len() + 1);
    let text = file.to_json();
    par_web::download::download_json(&name, &text)?;
    Ok((name, text))
}

pub use par_core::submission::{grouped, hash_prefix};

/// The key registration file (`par-key-registration/1`) of `key` for `unit`, made at
/// `created_at`; `None` while the unit's code or name is not valid yet, since the office
/// registers a key for a unit code and would refuse (or misfile) a file without them.
pub fn key_registration(
    key: &UnitKey,
    unit: &UnitInfo,
    created_at: &str,
) -> Option<KeyRegistration> {
    can_register_key(unit)
        .then(|| KeyRegistration::create(key, &unit.code, unit.name.trim(), created_at))
}

/// Whether the unit's code and name are valid, as a key registration file needs; the rest of
/// the form (chairperson, preparer…) may still be blank.
pub fn can_register_key(unit: &UnitInfo) -> bool {
    let problems = unit.problems();
    !problems.contains(&UnitProblem::CodeInvalid) && !problems.contains(&UnitProblem::NameMissing)
}

#[cfg(test)]
mod tests {
    use super::*;
    use par_core::submission::{verify, Keyring, KnownFramework, Outcome, VerifyContext};

    const SET: &str = include_str!("../../frameworks/mau-xa-2025.json");
    const ANSWERS: &str = include_str!("../../frameworks/examples/mau-xa-2025.answers.json");

    fn unit() -> UnitInfo {
        UnitInfo {
            province: "Tỉnh mẫu".into(),
            name: "UBND xã Tân Lập".into(),
            code: "00004".into(),
            year: 2025,
            preparer: "Nguyễn Văn An".into(),
            chairperson: "Trần Thị Bình".into(),
        }
    }

    #[test]
    fn a_key_registration_names_the_unit_and_verifies_only_once_the_unit_is_filled_in() {
        let key = UnitKey::from_secret([5; 32]);
        let registration =
            key_registration(&key, &unit(), "2025-12-01T09:30:00Z").expect("a complete unit");
        assert_eq!(registration.file_name(), "DANG-KY-KHOA-00004-tan-lap.json");
        let checked = par_core::submission::KeyRegistration::from_json(&registration.to_json())
            .expect("verifies");
        assert_eq!(checked.unit_code, "00004");
        assert_eq!(checked.unit_name, "UBND xã Tân Lập");
        assert_eq!(checked.key_id, key.key_id());

        // Only the code and the name matter: a missing chairperson does not hold it back.
        let mut partial = unit();
        partial.chairperson.clear();
        assert!(key_registration(&key, &partial, "2025-12-01T09:30:00Z").is_some());
        for broken in [
            UnitInfo {
                code: "4".into(),
                ..unit()
            },
            UnitInfo {
                code: "".into(),
                ..unit()
            },
            UnitInfo {
                name: "   ".into(),
                ..unit()
            },
        ] {
            assert!(key_registration(&key, &broken, "2025-12-01T09:30:00Z").is_none());
        }
    }

    #[test]
    fn a_stored_key_round_trips_and_a_damaged_one_is_refused() {
        let key = UnitKey::from_secret([7; 32]);
        let stored = StoredKey::new(&key, "2025-12-01T09:30:00Z");
        let back = StoredKey::from_json(&stored.to_json()).expect("reads back");
        assert_eq!(back.key().map(|k| k.key_id()), Some(key.key_id()));
        assert!(StoredKey::from_json(r#"{"secret":"zz","created_at":""}"#).is_none());
        assert!(StoredKey::from_json("not json").is_none());
    }

    #[test]
    fn exporting_again_makes_the_next_revision_replacing_the_last_hash() {
        let set = par_core::load_framework(SET).expect("set");
        let answers: Answers = serde_json::from_str(ANSWERS).expect("answers");
        let key = UnitKey::from_secret([9; 32]);
        let first = export(
            &set,
            &unit(),
            &answers,
            &[],
            &key,
            "a".repeat(32),
            "2025-12-01T09:30:00Z".into(),
        );
        assert_eq!(first.record.revision, 1);
        assert_eq!(first.submission.payload.replaces, None);
        assert_eq!(first.record.file_name, "CCHC-2025-00004-tan-lap-r1.json");
        let history = vec![first.record.clone()];
        let second = export(
            &set,
            &unit(),
            &answers,
            &history,
            &key,
            "b".repeat(32),
            "2025-12-02T09:30:00Z".into(),
        );
        assert_eq!(second.record.revision, 2);
        assert_eq!(
            second.submission.payload.replaces.as_deref(),
            Some(first.record.hash.as_str())
        );
        assert_eq!(second.record.hash, second.submission.payload.hash());

        let mut keyring = Keyring::default();
        keyring
            .add("00004", "UBND xã Tân Lập", &key.public_key_hex())
            .expect("register");
        let frameworks = [KnownFramework::from(set)];
        let outcome = verify(
            &second.submission.to_json(),
            VerifyContext {
                keyring: Some(&keyring),
                frameworks: &frameworks,
            },
        );
        assert!(
            matches!(outcome.outcome, Outcome::Valid),
            "{:?}",
            outcome.outcome
        );
    }
}
