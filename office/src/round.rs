//! The office's side of the appraisal round: its own signing key (only the passphrase-protected
//! backup is stored; the key is unlocked for the session), each submission's round as typed and
//! signed (`par_core::appraisal::OfficeRound`, stored as it changes), and what signing an
//! appraisal or a final result and importing an explanation do. Everything about the files is
//! par-core's: built, signed, then verified exactly as the other side verifies before a file
//! leaves the office or is kept.

use par_core::appraisal::{
    read_typed, verify_appraisal, verify_explanation, verify_final, Appraisal, AppraisalPayload,
    FinalPayload, FinalResult, KnownAppraisal, KnownSubmission, OfficeRound, OfficeTrust, Round,
    RoundContext, TypedProblem,
};
use par_core::submission::{
    backup_key, hex_string, restore_key, verify, KeyBackupError, Keyring, KnownFramework,
    Submission, UnitKey, VerifyContext, DEFAULT_KDF,
};
use par_core::{Framework, Lang};

use leptos::prelude::*;

use crate::state::OfficeState;
use crate::store::StoreError;

/// localStorage: typed states not yet written to the store when the page last went
/// (`OfficeState::keep_typed_on_leaving`).
const TYPED_KEPT_KEY: &str = "par-office-typed-kept";

/// Why the office key could not be made, restored or used. Each says what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OfficeKeyError {
    /// Wrong passphrase, damaged backup, not a backup, passphrase too short: par-core's words.
    #[error("{}", .0.message(Lang::Vi))]
    Backup(KeyBackupError),
    #[error("{0}")]
    Store(StoreError),
    #[error("trình duyệt không cho tạo số ngẫu nhiên để làm khóa ({0}); hãy dùng Chrome, Edge hoặc Firefox bản mới")]
    Random(String),
    #[error("hai cụm mật khẩu không giống nhau; hãy gõ lại")]
    Mismatch,
    #[error("chưa có khóa của cơ quan: hãy tạo khóa mới hoặc khôi phục từ tệp sao lưu")]
    NoKey,
}

impl OfficeKeyError {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (OfficeKeyError::Backup(error), _) => error.message(lang),
            (_, Lang::Vi) => self.to_string(),
            (OfficeKeyError::Store(error), Lang::En) => format!("The store refused: {error}"),
            (OfficeKeyError::Random(why), Lang::En) => {
                format!("The browser gave no randomness to make the key ({why}); use a recent Chrome, Edge or Firefox")
            }
            (OfficeKeyError::Mismatch, Lang::En) => {
                "The two passphrases differ; type them again".into()
            }
            (OfficeKeyError::NoKey, Lang::En) => {
                "The office has no key yet: create one or restore it from its backup file".into()
            }
        }
    }
}

/// The backup file's name: `khoa-co-quan-XXXX-XXXX-XXXX-XXXX.json`.
pub fn backup_file_name(key_id: &str) -> String {
    format!("khoa-co-quan-tham-dinh-{key_id}.json")
}

/// The key id written in a backup's text (readable without the passphrase).
pub fn backup_key_id(text: &str) -> Option<String> {
    let value = par_core::parse_value(text).ok()?;
    Some(value.get("key_id")?.as_str()?.to_string())
}

impl OfficeState {
    /// A new office key: encrypted under `passphrase`, stored (only the backup), unlocked for
    /// the session and its backup file offered for download. A key that could not be stored is
    /// never used.
    pub async fn create_office_key(
        self,
        passphrase: &str,
        again: &str,
    ) -> Result<String, OfficeKeyError> {
        if passphrase != again {
            return Err(OfficeKeyError::Mismatch);
        }
        let random = |e: String| OfficeKeyError::Random(e);
        let key = UnitKey::from_secret(par_web::random::random_bytes::<32>().map_err(random)?);
        let salt = par_web::random::random_bytes::<16>().map_err(random)?;
        let nonce = par_web::random::random_bytes::<24>().map_err(random)?;
        let backup = backup_key(&key, passphrase, salt, nonce, DEFAULT_KDF)
            .map_err(OfficeKeyError::Backup)?;
        let text = backup.to_json();
        self.keep_office_key(&text, key).await?;
        Ok(text)
    }

    /// The office key from a backup file and its passphrase; the file is stored as it is.
    pub async fn restore_office_key(
        self,
        text: &str,
        passphrase: &str,
    ) -> Result<String, OfficeKeyError> {
        let key = restore_key(text, passphrase).map_err(OfficeKeyError::Backup)?;
        let id = key.key_id();
        self.keep_office_key(text, key).await?;
        Ok(id)
    }

    async fn keep_office_key(self, backup: &str, key: UnitKey) -> Result<(), OfficeKeyError> {
        if let Some(store) = self.store.get_value() {
            store
                .put_office_key(backup)
                .await
                .map_err(OfficeKeyError::Store)?;
        }
        self.office_key.set(Some(backup.to_string()));
        self.signing_key_id.set(Some(key.key_id()));
        self.signing_key.set_value(Some(key));
        Ok(())
    }

    /// Unlocks the stored key with its passphrase for this session.
    pub fn unlock_office_key(self, passphrase: &str) -> Result<String, OfficeKeyError> {
        let backup = self
            .office_key
            .get_untracked()
            .ok_or(OfficeKeyError::NoKey)?;
        let key = restore_key(&backup, passphrase).map_err(OfficeKeyError::Backup)?;
        let id = key.key_id();
        self.signing_key_id.set(Some(id.clone()));
        self.signing_key.set_value(Some(key));
        Ok(id)
    }

    pub fn lock_office_key(self) {
        self.signing_key.set_value(None);
        self.signing_key_id.set(None);
    }

    /// The round of `submission` (a new one when none is stored).
    pub fn round_of(self, submission: &str) -> OfficeRound {
        self.rounds
            .with_untracked(|rounds| rounds.get(submission).cloned())
            .unwrap_or_else(|| OfficeRound::new(submission))
    }

    /// Keeps `round` in this page at once and writes it to the store. When only what is typed
    /// changed since the round's files were stored, only that is written (`Store::put_typed`:
    /// a few KB, not the signed files at every keystroke), and writes are coalesced: keystrokes
    /// come faster than IndexedDB commits, so while one write is under way only the latest state
    /// waits for it (each keystroke's write used to wait for all the ones before, and a reload
    /// dropped the queue). What is not yet written when the page goes is kept by
    /// `keep_typed_on_leaving`. The error says why a reload would lose it.
    pub async fn save_round(self, round: OfficeRound) -> Result<(), StoreError> {
        let submission = round.submission.clone();
        let files_stored = !self.rounds_unsaved.with_value(|u| u.contains(&submission))
            && self.rounds.with_untracked(|rounds| {
                rounds.get(&submission).is_some_and(|before| {
                    before.appraisals == round.appraisals
                        && before.explanations == round.explanations
                        && before.finals == round.finals
                })
            });
        self.rounds.update(|rounds| {
            rounds.insert(submission.clone(), round.clone());
        });
        let Some(store) = self.store.get_value() else {
            return Ok(());
        };
        if !files_stored {
            let written = store.put_round(&round).await;
            // A round whose files were not written is written whole next time.
            self.rounds_unsaved.update_value(|unsaved| {
                if written.is_ok() {
                    unsaved.remove(&submission);
                } else {
                    unsaved.insert(submission.clone());
                }
            });
            if written.is_ok() {
                self.typed_unsaved.update_value(|unsaved| {
                    if unsaved.get(&submission) == Some(&round) {
                        unsaved.remove(&submission);
                    }
                });
            }
            return written;
        }
        self.typed_unsaved.update_value(|unsaved| {
            unsaved.insert(submission, round);
        });
        if self.typed_writing.get_value() {
            // The write under way takes this state next.
            return Ok(());
        }
        self.typed_writing.set_value(true);
        let mut written = Ok(());
        while let Some(next) = self
            .typed_unsaved
            .with_value(|unsaved| unsaved.values().next().cloned())
        {
            written = store.put_typed(&next).await;
            if written.is_err() {
                break;
            }
            // Written, unless a newer state came meanwhile (then it is the next one).
            self.typed_unsaved.update_value(|unsaved| {
                if unsaved.get(&next.submission) == Some(&next) {
                    unsaved.remove(&next.submission);
                }
            });
        }
        self.typed_writing.set_value(false);
        written
    }

    /// When the page goes (reload, closed tab, another address) with typed states not yet
    /// written to IndexedDB (a write under way may not finish), they are kept in localStorage at
    /// once (it writes before the page goes); the next start writes them to the store
    /// (`take_typed_kept`).
    pub fn keep_typed_on_leaving(self) {
        use wasm_bindgen::prelude::*;
        use wasm_bindgen::JsCast;
        let Some(window) = web_sys::window() else {
            return;
        };
        let handler = Closure::<dyn Fn()>::new(move || {
            let kept: Vec<(String, crate::store::TypedParts)> =
                self.typed_unsaved.with_value(|unsaved| {
                    unsaved
                        .values()
                        .map(|r| (r.submission.clone(), crate::store::TypedParts::of(r)))
                        .collect()
                });
            if !kept.is_empty() {
                if let Ok(json) = serde_json::to_string(&kept) {
                    let _ = par_web::local_storage::set(TYPED_KEPT_KEY, &json);
                }
            }
        });
        let _ =
            window.add_event_listener_with_callback("pagehide", handler.as_ref().unchecked_ref());
        // Lives as long as the page.
        handler.forget();
    }

    /// Writes to the store what `keep_typed_on_leaving` kept when the page last went (newer
    /// than what the store holds), then forgets it.
    pub async fn take_typed_kept(self) {
        let Some(json) = par_web::local_storage::get(TYPED_KEPT_KEY) else {
            return;
        };
        let kept: Vec<(String, crate::store::TypedParts)> =
            serde_json::from_str(&json).unwrap_or_default();
        let mut all_written = true;
        for (submission, parts) in kept {
            let mut round = self.round_of(&submission);
            round.first = parts.first;
            round.last = parts.last;
            all_written &= self.save_round(round).await.is_ok();
        }
        if all_written {
            par_web::local_storage::remove(TYPED_KEPT_KEY);
        }
    }

    /// The verified submission with hash `hash` among the stored files, and its criteria set.
    pub fn submission_of(self, hash: &str) -> Option<(Submission, KnownFramework)> {
        let keyring = self.keyring.get_untracked();
        let sets = self.sets.get_untracked();
        let name = self.batch.with_untracked(|batch| {
            batch
                .iter()
                .find(|file| file.verified().is_some_and(|s| s.hash == hash))
                .map(|file| file.id.clone())
        })?;
        let text = self.files.with_untracked(|files| {
            files
                .iter()
                .find(|f| f.name == name)
                .map(|f| f.text.clone())
        })?;
        opened_submission(&text, hash, &keyring, &sets)
    }
}

/// A stored submission's text verified again, if it is valid and has hash `hash`, with its set.
pub fn opened_submission(
    text: &str,
    hash: &str,
    keyring: &Keyring,
    sets: &[KnownFramework],
) -> Option<(Submission, KnownFramework)> {
    let checked = verify(
        text,
        VerifyContext {
            keyring: Some(keyring),
            frameworks: sets,
        },
    );
    if !checked.outcome.is_valid() || checked.hash.as_deref() != Some(hash) {
        return None;
    }
    let submission = checked.submission?;
    let framework = &submission.payload.framework;
    let set = sets.iter().find(|k| k.sha256 == framework.sha256)?.clone();
    Some((submission, set))
}

/// The public keys accepted for the unit's explanation: those registered for it, and the key
/// that signed its submission.
pub fn unit_keys(keyring: &Keyring, submission: &Submission) -> Vec<String> {
    let mut keys: Vec<String> = keyring
        .keys_for(&submission.payload.unit.code)
        .map(|k| k.public_key.to_ascii_lowercase())
        .collect();
    keys.push(submission.signature.public_key.clone());
    keys
}

/// Why a file could not be signed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignProblem {
    /// Boxes that do not read: each at its item.
    Typed(Vec<TypedProblem>),
    /// A final result needs an appraisal first.
    NoAppraisal,
    /// The file did not verify as the other side will check it (a bug: never sent).
    NotValid(String),
}

impl SignProblem {
    pub fn describe(&self, lang: Lang) -> Vec<String> {
        match self {
            SignProblem::Typed(problems) => problems.iter().map(|p| p.describe(lang)).collect(),
            SignProblem::NoAppraisal => vec![match lang {
                Lang::Vi => "chưa có kết quả thẩm định vòng 1 đã ký".into(),
                Lang::En => "no signed round-1 appraisal yet".into(),
            }],
            SignProblem::NotValid(why) => vec![why.clone()],
        }
    }
}

/// Round 1's appraisal of `submission` from the boxes of `round`, signed with `key` and
/// verified as the unit will verify it (the office's key trusted as the unit will trust it
/// once confirmed).
pub fn sign_appraisal(
    framework: &Framework,
    submission: KnownSubmission<'_>,
    round: &OfficeRound,
    key: &UnitKey,
    id_and_time: (String, String),
) -> Result<Appraisal, SignProblem> {
    let read = read_typed(
        framework,
        &submission.payload.answers,
        &round.first,
        Round::First,
    );
    if !read.problems.is_empty() {
        return Err(SignProblem::Typed(read.problems));
    }
    let payload =
        AppraisalPayload::new(framework, submission, Round::First, read.draft, id_and_time);
    let file = Appraisal::sign(payload, key);
    let trust = trusting(framework, key);
    let checked = verify_appraisal(
        &file.to_json(),
        RoundContext {
            trust: Some(&trust),
            framework: Some(framework),
            submission: Some(submission),
            ..Default::default()
        },
    );
    if !checked.outcome.is_valid() {
        return Err(SignProblem::NotValid(checked.outcome.describe(Lang::Vi)));
    }
    Ok(file)
}

/// The final result from the final round's boxes, after the latest appraisal and the
/// explanation answering it (if one was received).
pub fn sign_final(
    framework: &Framework,
    submission: KnownSubmission<'_>,
    round: &OfficeRound,
    key: &UnitKey,
    id_and_time: (String, String),
) -> Result<FinalResult, SignProblem> {
    let (appraisal, hash) = round.latest_appraisal().ok_or(SignProblem::NoAppraisal)?;
    let typed = round.last.clone().unwrap_or_default();
    let read = read_typed(framework, &submission.payload.answers, &typed, Round::Final);
    if !read.problems.is_empty() {
        return Err(SignProblem::Typed(read.problems));
    }
    let known = KnownAppraisal {
        payload: &appraisal.payload,
        hash: &hash,
    };
    let explanation = round.explanation_of(&hash).map(|(_, h)| h);
    let payload = FinalPayload::new(
        framework,
        submission,
        known,
        explanation,
        read.draft.office,
        id_and_time,
    );
    let file = FinalResult::sign(payload, key);
    let trust = trusting(framework, key);
    let checked = verify_final(
        &file.to_json(),
        RoundContext {
            trust: Some(&trust),
            framework: Some(framework),
            submission: Some(submission),
            appraisal: Some(known),
            ..Default::default()
        },
    );
    if !checked.outcome.is_valid() {
        return Err(SignProblem::NotValid(checked.outcome.describe(Lang::Vi)));
    }
    Ok(file)
}

/// The trust a unit has in this office's key: the set's key ids, or this key confirmed.
fn trusting(framework: &Framework, key: &UnitKey) -> OfficeTrust {
    let mut trust = OfficeTrust::for_set(framework);
    trust.confirm(&key.key_id());
    trust
}

/// An explanation file checked against the appraisal it answers (the stored one it names, or
/// the latest, so a refusal says which was expected), the submission and the unit's keys.
/// `Ok` with the text to keep, or the reason in `lang`.
pub fn check_explanation(
    text: &str,
    framework: &Framework,
    submission: KnownSubmission<'_>,
    round: &OfficeRound,
    unit_keys: &[String],
    lang: Lang,
) -> Result<(), String> {
    let appraisals = round.appraisals();
    let named = par_core::appraisal::Explanation::open(text)
        .ok()
        .map(|(e, _)| e.payload.appraisal);
    let Some((appraisal, hash)) = appraisals
        .iter()
        .find(|(_, h)| Some(h) == named.as_ref())
        .or(appraisals.last())
    else {
        return Err(SignProblem::NoAppraisal.describe(lang).join(""));
    };
    let checked = verify_explanation(
        text,
        RoundContext {
            framework: Some(framework),
            submission: Some(submission),
            appraisal: Some(KnownAppraisal {
                payload: &appraisal.payload,
                hash,
            }),
            unit_keys: Some(unit_keys),
            ..Default::default()
        },
    );
    if checked.outcome.is_valid() {
        Ok(())
    } else {
        Err(checked.outcome.describe(lang))
    }
}

/// A fresh file id and now, for a file signed in the browser.
pub fn id_and_time() -> Result<(String, String), String> {
    let id = hex_string(&par_web::random::random_bytes::<16>()?);
    Ok((id, par_web::clock::now_rfc3339()))
}

/// The file names the unit receives: `TD-2025-00004-v1.json`, `KQ-2025-00004.json`.
pub fn appraisal_file_name(file: &Appraisal) -> String {
    let link = &file.payload.submission;
    format!("TD-{}-{}-v1.json", link.period.year, link.unit.code)
}

pub fn final_file_name(file: &FinalResult) -> String {
    let link = &file.payload.submission;
    format!("KQ-{}-{}-cuoi-cung.json", link.period.year, link.unit.code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use par_core::appraisal::TypedItem;

    const ANSWERS: &str = include_str!("../../frameworks/examples/mau-xa-2025.answers.json");

    fn submission() -> (Submission, String, Framework) {
        let set = par_core::load_framework(crate::batch::BUNDLED_SETS[0]).unwrap();
        let answers: par_core::Answers = serde_json::from_str(ANSWERS).unwrap();
        let unit = par_core::UnitInfo {
            province: "Tỉnh mẫu".into(),
            name: "UBND xã Tân Lập".into(),
            code: "00004".into(),
            year: 2025,
            preparer: "A".into(),
            chairperson: "B".into(),
        };
        let meta = par_core::submission::ExportMeta {
            submission_id: "a".repeat(32),
            created_at: "2025-12-01T09:30:00Z".into(),
            revision: 1,
            replaces: None,
        };
        let payload = par_core::submission::Payload::new(&set, &unit, &answers, meta);
        let (submission, hash) = Submission::sign_and_hash(payload, &UnitKey::from_secret([3; 32]));
        (submission, hash, set)
    }

    #[test]
    fn an_appraisal_and_a_final_result_are_signed_only_from_boxes_that_read() {
        let (submission, hash, set) = submission();
        let known = KnownSubmission {
            payload: &submission.payload,
            hash: &hash,
        };
        let key = UnitKey::from_secret([8; 32]);
        let mut round = OfficeRound::new(&hash);
        round.first.edit("1.1.2", |item| {
            *item = TypedItem {
                points: "abc".into(),
                remark: String::new(),
                request: "Vì sao?".into(),
            }
        });
        let refused = sign_appraisal(
            &set,
            known,
            &round,
            &key,
            ("b".repeat(32), "2026-01-10T08:00:00Z".into()),
        );
        let Err(SignProblem::Typed(problems)) = refused else {
            panic!("{refused:?}")
        };
        assert_eq!(problems.len(), 2, "{problems:?}");
        round.first.edit("1.1.2", |item| item.points = "0,5".into());
        round.first.deadline = "20/01/2026".into();
        round.first.rejected.insert("3.5.3".into());
        let appraisal = sign_appraisal(
            &set,
            known,
            &round,
            &key,
            ("b".repeat(32), "2026-01-10T08:00:00Z".into()),
        )
        .expect("signed");
        assert!(round.add_appraisal(&appraisal.to_json()));
        assert_eq!(
            sign_final(
                &set,
                known,
                &OfficeRound::new(&hash),
                &key,
                ("c".repeat(32), "2026-01-25T08:00:00Z".into())
            )
            .err(),
            Some(SignProblem::NoAppraisal)
        );
        round.start_final();
        let done = sign_final(
            &set,
            known,
            &round,
            &key,
            ("c".repeat(32), "2026-01-25T08:00:00Z".into()),
        )
        .expect("final");
        assert_eq!(done.payload.scores, appraisal.payload.scores);
        assert_eq!(done.payload.appraisal, appraisal.hash());
        // An explanation signed by another key than the unit's is refused with the reason.
        let other = UnitKey::from_secret([4; 32]);
        let payload = par_core::appraisal::ExplanationPayload {
            explanation_id: "d".repeat(32),
            created_at: "2026-01-15T03:00:00Z".into(),
            appraisal: appraisal.hash(),
            submission: appraisal.payload.submission.clone(),
            answers: [(
                "1.1.2".to_string(),
                par_core::appraisal::RequestAnswer {
                    text: "Do mất điện".into(),
                    evidence: Vec::new(),
                },
            )]
            .into(),
            par_core_version: par_core::VERSION.into(),
        };
        let keys = unit_keys(&Keyring::default(), &submission);
        let forged = par_core::appraisal::Explanation::sign(payload.clone(), &other).to_json();
        let why = check_explanation(&forged, &set, known, &round, &keys, Lang::Vi).unwrap_err();
        assert!(why.contains("không phải khóa đã đăng ký"), "{why}");
        let genuine =
            par_core::appraisal::Explanation::sign(payload, &UnitKey::from_secret([3; 32]))
                .to_json();
        check_explanation(&genuine, &set, known, &round, &keys, Lang::Vi).expect("valid");
    }

    #[test]
    fn a_backup_names_its_key_without_the_passphrase() {
        let key = UnitKey::from_secret([1; 32]);
        let backup = backup_key(
            &key,
            "mot hai ba bon nam",
            [2; 16],
            [3; 24],
            par_core::submission::KdfParams {
                memory_kib: 64,
                iterations: 1,
                parallelism: 1,
            },
        )
        .unwrap();
        assert_eq!(backup_key_id(&backup.to_json()), Some(key.key_id()));
        assert_eq!(backup_key_id("not json"), None);
        assert_eq!(
            OfficeKeyError::Backup(restore_key(&backup.to_json(), "sai mat khau roi").unwrap_err())
                .message(Lang::Vi),
            "Sai cụm mật khẩu; hãy nhập lại đúng cụm mật khẩu đã đặt khi sao lưu."
        );
    }
}

/// Puts the office's points read from a spreadsheet into each unit's boxes (the final round's
/// once it is started, else round 1's), as typed text: they are read, range-checked and shown
/// on each unit's page like points typed there. `units` maps unit codes to the submission
/// appraised. Returns the rounds changed and a sentence for each row not applied.
pub fn apply_office_points(
    rounds: &std::collections::BTreeMap<String, OfficeRound>,
    units: &[(String, String)],
    set: &Framework,
    points: &[par_sheet::OfficePoints],
    lang: Lang,
) -> (Vec<OfficeRound>, Vec<String>) {
    let mut changed: std::collections::BTreeMap<String, OfficeRound> = Default::default();
    let mut refused = Vec::new();
    for row in points {
        let Some((_, hash)) = units.iter().find(|(code, _)| *code == row.unit) else {
            refused.push(match lang {
                Lang::Vi => format!("{}: đơn vị {} chưa có hồ sơ hợp lệ", row.cell, row.unit),
                Lang::En => format!("{}: unit {} has no valid file", row.cell, row.unit),
            });
            continue;
        };
        let office_item = set
            .leaf(&row.item)
            .is_some_and(|leaf| !leaf.rule.is_self_assessed());
        if !office_item {
            refused.push(match lang {
                Lang::Vi => format!(
                    "{}: “{}” không phải tiêu chí do cơ quan chấm (điều tra, thẩm định) trong bộ tiêu chí",
                    row.cell,
                    par_core::one_line(&row.item)
                ),
                Lang::En => format!(
                    "{}: “{}” is not an item the office scores (survey, appraisal) in the set",
                    row.cell,
                    par_core::one_line(&row.item)
                ),
            });
            continue;
        }
        let round = changed.entry(hash.clone()).or_insert_with(|| {
            rounds
                .get(hash)
                .cloned()
                .unwrap_or_else(|| OfficeRound::new(hash))
        });
        let typed = if round.last.is_some() {
            round.start_final()
        } else {
            &mut round.first
        };
        let text = row.points.format_vi_short();
        typed.edit(&row.item, |item| item.points = text);
    }
    (changed.into_values().collect(), refused)
}

#[cfg(test)]
mod points_tests {
    use super::*;

    #[test]
    fn office_points_go_into_each_units_boxes_and_other_rows_are_said() {
        let set = par_core::load_framework(crate::batch::BUNDLED_SETS[0]).unwrap();
        let d = |s: &str| par_core::Decimal::parse(s).unwrap();
        let row = |unit: &str, item: &str, points: &str| par_sheet::OfficePoints {
            unit: unit.into(),
            item: item.into(),
            points: d(points),
            cell: format!("d.csv!C{unit}"),
        };
        let units = vec![("00004".to_string(), "h4".to_string())];
        let mut rounds = std::collections::BTreeMap::new();
        let mut typed_before = OfficeRound::new("h4");
        typed_before
            .first
            .edit("1.1.2", |i| i.remark = "giữ".into());
        rounds.insert("h4".to_string(), typed_before);
        let (changed, refused) = apply_office_points(
            &rounds,
            &units,
            &set,
            &[
                row("00004", "8.1.1", "17.5"),
                row("00004", "8.3.1", "1"),
                row("00009", "8.1.1", "3"),
                row("00004", "1.1.2", "1"),
            ],
            Lang::Vi,
        );
        assert_eq!(changed.len(), 1);
        let round = &changed[0];
        assert_eq!(round.first.item("8.1.1").points, "17,5");
        assert_eq!(round.first.item("8.3.1").points, "1");
        assert_eq!(round.first.item("1.1.2").remark, "giữ");
        assert_eq!(refused.len(), 2, "{refused:?}");
        assert!(refused[0].contains("00009"));
        assert!(refused[1].contains("1.1.2"));
    }
}
