//! The browser side of the appraisal round: what the app keeps outside the draft (the signed
//! submission's text by hash, the office keys the user confirmed) and how a received appraisal
//! or final result is checked before it is kept. Every check is par-core's
//! (`par_core::appraisal::verify_*`); this module only finds what the check needs.
//!
//! Keys in localStorage:
//! - `par.submission.<hash>`: the text of a submission exported from this browser, so an
//!   appraisal naming that hash can be verified against it (in another browser the user picks
//!   the file instead);
//! - `par.office-keys`: key ids of the appraising office the user confirmed (JSON list).

use par_core::appraisal::{
    submission_to_check, verify_appraisal, verify_final, KnownAppraisal, KnownSubmission,
    OfficeTrust, RoundContext, RoundOutcome, RoundRecord,
};
use par_core::draft::ExportRecord;
use par_core::submission::{verify, KnownFramework, Submission, VerifyContext};
use par_core::{Framework, Lang};
use par_web::local_storage::{self, WriteError};

pub const SUBMISSION_PREFIX: &str = "par.submission.";
pub const OFFICE_KEYS: &str = "par.office-keys";

pub fn submission_key(hash: &str) -> String {
    format!("{SUBMISSION_PREFIX}{hash}")
}

/// Keeps the text of an exported submission under its hash.
pub fn keep_submission(hash: &str, text: &str) -> Result<(), WriteError> {
    local_storage::set(&submission_key(hash), text)
}

pub fn stored_submission(hash: &str) -> Option<String> {
    local_storage::get(&submission_key(hash))
}

/// Lets go of the submissions kept for the exports of a deleted draft, except those another
/// draft still has among its exports (a copy made with "Nhân bản" shares them). The files
/// were downloaded when exported, and a draft's backup keeps its round: nothing the user
/// still has a draft for is removed.
pub fn forget_submissions_of(
    deleted: &par_core::draft::DraftRecord,
    others: &[par_core::draft::DraftRecord],
) {
    for export in &deleted.exports {
        let still_used = others
            .iter()
            .filter(|other| other.id != deleted.id)
            .any(|other| other.exports.iter().any(|e| e.hash == export.hash));
        if !still_used {
            local_storage::remove(&submission_key(&export.hash));
        }
    }
}

/// The office keys accepted for `framework`: those it names, else those confirmed here.
pub fn office_trust(framework: &Framework) -> OfficeTrust {
    let mut trust = OfficeTrust::for_set(framework);
    trust.confirmed = local_storage::get(OFFICE_KEYS)
        .and_then(|text| serde_json::from_str::<Vec<String>>(&text).ok())
        .unwrap_or_default();
    trust
}

/// Remembers `key_id` as the appraising office's key, after the user compared it with the
/// official notice.
pub fn confirm_office_key(framework: &Framework, key_id: &str) -> Result<(), WriteError> {
    let mut trust = office_trust(framework);
    if !trust.confirm(key_id) {
        return Err(WriteError::Other(key_id.to_string()));
    }
    let text =
        serde_json::to_string(&trust.confirmed).map_err(|e| WriteError::Other(e.to_string()))?;
    local_storage::set(OFFICE_KEYS, &text)
}

/// Which kind of office file is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfficeFile {
    Appraisal,
    Final,
}

/// What checking a received office file found.
#[derive(Debug, Clone, PartialEq)]
pub enum Checked {
    /// Genuine and about this draft's submission: keep it (with the submission's text).
    Accepted { text: String, submission: String },
    /// The file is about a submission whose text this browser does not keep: pick that file.
    NeedSubmission { hash: String },
    /// Genuine and consistent, signed by an office key seen for the first time: compare its
    /// id with the official notice, confirm, check again.
    ConfirmKey { key_id: String },
    /// Refused, with the reason; `loud` for a different office key than the one confirmed.
    Refused { reason: String, loud: bool },
}

fn refused(outcome: &RoundOutcome, lang: Lang) -> Checked {
    Checked::Refused {
        reason: outcome.describe(lang),
        loud: matches!(outcome, RoundOutcome::OfficeKeyChanged { .. }),
    }
}

/// What the draft holds that a check needs.
pub struct Holding<'a> {
    pub framework: &'a Framework,
    pub unit_code: &'a str,
    pub exports: &'a [ExportRecord],
    pub round: &'a RoundRecord,
}

/// Checks a received appraisal or final result against the draft: the envelope, the submission
/// it names (kept here, or `picked` by the user), the office key, the recomputed scores.
pub fn check(
    kind: OfficeFile,
    text: &str,
    held: &Holding<'_>,
    picked: Option<&str>,
    lang: Lang,
) -> Checked {
    let run = |context: RoundContext<'_>| match kind {
        OfficeFile::Appraisal => {
            let v = verify_appraisal(text, context);
            let named = v.file.map(|f| f.payload.submission.sha256);
            (v.outcome, named)
        }
        OfficeFile::Final => {
            let v = verify_final(text, context);
            let named = v.file.map(|f| f.payload.submission.sha256);
            (v.outcome, named)
        }
    };
    // The envelope first: a changed or broken file is refused before anything is looked up.
    let (outcome, named) = run(RoundContext::default());
    let Some(named) = named.filter(|_| outcome.is_valid()) else {
        return refused(&outcome, lang);
    };
    // The submission to check against: the one picked, the one kept with the round, or the
    // export of this draft the file names (else the latest, so the refusal names it).
    let expected = submission_to_check(&named, held.exports)
        .map(|record| record.hash.clone())
        .or_else(|| held.round.submission().map(|(_, hash)| hash))
        .unwrap_or_else(|| named.clone());
    let kept = held.round.submission.clone().filter(|_| {
        held.round
            .submission()
            .is_some_and(|(_, hash)| hash == expected)
    });
    let Some(submission_text) = picked
        .map(str::to_string)
        .or(kept)
        .or_else(|| stored_submission(&expected))
    else {
        return Checked::NeedSubmission { hash: expected };
    };
    let known_set = [KnownFramework::from(held.framework.clone())];
    let opened = verify(
        &submission_text,
        VerifyContext {
            keyring: None,
            frameworks: &known_set,
        },
    );
    let (Some(submission), Some(hash)) = (opened.submission, opened.hash) else {
        return Checked::Refused {
            reason: format!(
                "{}: {}",
                par_core::appraisal::FileKind::Submission.name(lang),
                opened.outcome.describe(lang)
            ),
            loud: false,
        };
    };
    if submission.payload.unit.code != held.unit_code {
        return refused(
            &RoundOutcome::OtherUnit {
                expected: held.unit_code.to_string(),
                found: submission.payload.unit.code.clone(),
            },
            lang,
        );
    }
    let latest = held.round.latest_appraisal();
    let base = RoundContext {
        trust: None,
        framework: Some(held.framework),
        submission: Some(known(&submission, &hash)),
        appraisal: match kind {
            OfficeFile::Final => latest.as_ref().map(|(a, hash)| KnownAppraisal {
                payload: &a.payload,
                hash,
            }),
            OfficeFile::Appraisal => None,
        },
        unit_keys: None,
    };
    // Everything but the signer first: a file for another submission is refused as that,
    // never shown for key confirmation.
    let (outcome, _) = run(base);
    if !outcome.is_valid() {
        return refused(&outcome, lang);
    }
    let trust = office_trust(held.framework);
    let trusted = RoundContext {
        trust: Some(&trust),
        ..base
    };
    match run(trusted).0 {
        RoundOutcome::Valid => Checked::Accepted {
            text: text.to_string(),
            submission: submission_text,
        },
        RoundOutcome::OfficeKeyUnconfirmed { key_id } => Checked::ConfirmKey { key_id },
        other => refused(&other, lang),
    }
}

fn known<'a>(submission: &'a Submission, hash: &'a str) -> KnownSubmission<'a> {
    KnownSubmission {
        payload: &submission.payload,
        hash,
    }
}
