//! Verifying the appraisal round's files against what the verifier holds: the envelope
//! (shared with submissions), who signed, what the file is linked to, and the scores
//! recomputed from the submission's answers with the office's entries. Each refusal has its
//! own outcome, checked in the order a reader needs: genuine, then whose, then about what.

use std::collections::BTreeSet;

use super::outcome::{RoundOutcome, RoundVerification};
use super::payload_check::{answers_as_written, same_appraiser};
use super::trust::{KeyTrust, OfficeTrust};
use super::{Appraisal, AppraisalPayload, Explanation, FinalResult, Round, SubmissionLink};
use crate::framework::{Framework, Item};
use crate::input::is_utc_timestamp;
use crate::score::{score_appraised, OfficeEntries, ScoreSheet};
use crate::submission::{
    differences, is_lower_hex, Payload, SignatureBlock, Signed, SignedPayload,
};

/// A submission the verifier already verified, with its hash.
#[derive(Debug, Clone, Copy)]
pub struct KnownSubmission<'a> {
    pub payload: &'a Payload,
    pub hash: &'a str,
}

/// An appraisal the verifier already verified, with its hash.
#[derive(Debug, Clone, Copy)]
pub struct KnownAppraisal<'a> {
    pub payload: &'a AppraisalPayload,
    pub hash: &'a str,
}

/// What the verifier holds; each part left out is a check not made.
#[derive(Debug, Clone, Copy, Default)]
pub struct RoundContext<'a> {
    /// Office keys accepted (appraisals and final results).
    pub trust: Option<&'a OfficeTrust>,
    /// The criteria set the submission used (matched by hash).
    pub framework: Option<&'a Framework>,
    pub submission: Option<KnownSubmission<'a>>,
    /// The appraisal an explanation answers, or a final result follows.
    pub appraisal: Option<KnownAppraisal<'a>>,
    /// Public keys (hex) accepted for the unit: its registered keys and the key that signed
    /// its submission.
    pub unit_keys: Option<&'a [String]>,
}

type Checked = Result<(), RoundOutcome>;

pub fn verify_appraisal(text: &str, context: RoundContext<'_>) -> RoundVerification<Appraisal> {
    verify_with(text, context.trust.is_some(), |file: &Appraisal, _| {
        let payload = &file.payload;
        ids(
            &payload.appraisal_id,
            &payload.created_at,
            &payload.submission,
        )?;
        office_key(&file.signature, context.trust)?;
        if !payload.requests.is_empty() && payload.explanation_deadline.is_none() {
            return malformed(
                "payload.explanation_deadline: có yêu cầu giải trình thì phải có hạn",
            );
        }
        if let Some(deadline) = &payload.explanation_deadline {
            if !is_utc_timestamp(deadline) {
                return malformed(
                    "payload.explanation_deadline: phải là thời điểm dạng 2026-01-15T10:00:00Z",
                );
            }
        }
        if payload.round == Round::First && payload.explanation.is_some() {
            return malformed("payload.explanation: vòng 1 chưa có giải trình");
        }
        optional_hash("payload.explanation", payload.explanation.as_deref())?;
        linked_submission(&payload.submission, context)?;
        if let Some(set) = set_of(&payload.submission, context)? {
            same_appraiser(set, &payload.appraiser)?;
            let codes = set_codes(set);
            known_codes(&codes, "payload.remarks", payload.remarks.keys())?;
            known_codes(&codes, "payload.requests", payload.requests.keys())?;
            recomputed(set, &payload.office, &payload.scores, &codes, context)?;
        }
        Ok(())
    })
}

pub fn verify_explanation(text: &str, context: RoundContext<'_>) -> RoundVerification<Explanation> {
    verify_with(
        text,
        context.unit_keys.is_some(),
        |file: &Explanation, _| {
            let payload = &file.payload;
            ids(
                &payload.explanation_id,
                &payload.created_at,
                &payload.submission,
            )?;
            optional_hash("payload.appraisal", Some(&payload.appraisal))?;
            answers_as_written(payload)?;
            if let Some(keys) = context.unit_keys {
                let signer = &file.signature.public_key;
                if !keys.iter().any(|k| k.eq_ignore_ascii_case(signer)) {
                    return Err(RoundOutcome::UnitKeyNotRegistered {
                        unit_code: payload.submission.unit.code.clone(),
                        key_id: file.signature.key_id.clone(),
                    });
                }
            }
            linked_submission(&payload.submission, context)?;
            if let Some(appraisal) = context.appraisal {
                same_unit(&appraisal.payload.submission, &payload.submission)?;
                linked_appraisal(appraisal, &payload.appraisal)?;
                known_codes(
                    &appraisal
                        .payload
                        .requests
                        .keys()
                        .map(String::as_str)
                        .collect(),
                    "payload.answers",
                    payload.answers.keys(),
                )?;
            }
            Ok(())
        },
    )
}

pub fn verify_final(text: &str, context: RoundContext<'_>) -> RoundVerification<FinalResult> {
    verify_with(text, context.trust.is_some(), |file: &FinalResult, _| {
        let payload = &file.payload;
        ids(&payload.final_id, &payload.created_at, &payload.submission)?;
        optional_hash("payload.appraisal", Some(&payload.appraisal))?;
        optional_hash("payload.explanation", payload.explanation.as_deref())?;
        office_key(&file.signature, context.trust)?;
        linked_submission(&payload.submission, context)?;
        if let Some(appraisal) = context.appraisal {
            same_unit(&appraisal.payload.submission, &payload.submission)?;
            linked_appraisal(appraisal, &payload.appraisal)?;
        }
        if let Some(set) = set_of(&payload.submission, context)? {
            same_appraiser(set, &payload.appraiser)?;
            recomputed(
                set,
                &payload.office,
                &payload.scores,
                &set_codes(set),
                context,
            )?;
        }
        Ok(())
    })
}

/// Opens the envelope, then runs `check` on the genuine file.
fn verify_with<P: SignedPayload>(
    text: &str,
    signer_checked: bool,
    check: impl FnOnce(&Signed<P>, &str) -> Checked,
) -> RoundVerification<Signed<P>> {
    match Signed::<P>::open(text) {
        Err(error) => RoundVerification {
            outcome: error.into(),
            file: None,
            hash: None,
            signer_checked: false,
        },
        Ok((file, hash)) => RoundVerification {
            outcome: check(&file, &hash).err().unwrap_or(RoundOutcome::Valid),
            file: Some(file),
            hash: Some(hash),
            signer_checked,
        },
    }
}

fn malformed(reason: &str) -> Checked {
    Err(RoundOutcome::Malformed {
        reason: reason.to_string(),
    })
}

/// The identifiers and time every file of the round carries, in the one form written.
fn ids(id: &str, created_at: &str, link: &SubmissionLink) -> Checked {
    if !is_lower_hex(id, 16) {
        return malformed("payload: mã tệp phải là 32 ký tự hex viết thường");
    }
    if !is_utc_timestamp(created_at) {
        return malformed(
            "payload.created_at: phải là thời điểm có thật dạng 2025-12-01T09:30:00Z",
        );
    }
    if !is_lower_hex(&link.sha256, 32) || !is_lower_hex(&link.framework.sha256, 32) {
        return malformed("payload.submission: mã băm phải là 64 ký tự hex viết thường");
    }
    Ok(())
}

fn optional_hash(field: &str, hash: Option<&str>) -> Checked {
    match hash {
        Some(hash) if !is_lower_hex(hash, 32) => Err(RoundOutcome::Malformed {
            reason: format!("{field}: mã băm phải là 64 ký tự hex viết thường"),
        }),
        _ => Ok(()),
    }
}

fn office_key(signature: &SignatureBlock, trust: Option<&OfficeTrust>) -> Checked {
    let Some(trust) = trust else {
        return Ok(());
    };
    let key_id = signature.key_id.clone();
    match trust.judge(&signature.key_id) {
        KeyTrust::NamedBySet | KeyTrust::Confirmed => Ok(()),
        KeyTrust::NotNamedBySet => Err(RoundOutcome::UnknownOfficeKey { key_id }),
        KeyTrust::FirstSeen => Err(RoundOutcome::OfficeKeyUnconfirmed { key_id }),
        KeyTrust::Changed { confirmed } => {
            Err(RoundOutcome::OfficeKeyChanged { key_id, confirmed })
        }
    }
}

/// The file is about the submission the verifier holds: same unit first (the plainer
/// reason), then the same hash.
fn linked_submission(link: &SubmissionLink, context: RoundContext<'_>) -> Checked {
    let Some(known) = context.submission else {
        return Ok(());
    };
    if link.unit.code != known.payload.unit.code {
        return Err(RoundOutcome::OtherUnit {
            expected: known.payload.unit.code.clone(),
            found: link.unit.code.clone(),
        });
    }
    if link.sha256 != known.hash {
        return Err(RoundOutcome::OtherSubmission {
            expected: known.hash.to_string(),
            found: link.sha256.clone(),
        });
    }
    if *link != SubmissionLink::of(known.payload, known.hash) {
        return malformed("payload.submission: không khớp với hồ sơ có mã băm này");
    }
    Ok(())
}

fn same_unit(expected: &SubmissionLink, found: &SubmissionLink) -> Checked {
    if expected.unit.code != found.unit.code {
        return Err(RoundOutcome::OtherUnit {
            expected: expected.unit.code.clone(),
            found: found.unit.code.clone(),
        });
    }
    if expected.sha256 != found.sha256 {
        return Err(RoundOutcome::OtherSubmission {
            expected: expected.sha256.clone(),
            found: found.sha256.clone(),
        });
    }
    Ok(())
}

fn linked_appraisal(appraisal: KnownAppraisal<'_>, named: &str) -> Checked {
    if named != appraisal.hash {
        return Err(RoundOutcome::OtherAppraisal {
            expected: appraisal.hash.to_string(),
            found: named.to_string(),
        });
    }
    Ok(())
}

/// The criteria set to recompute with, when the verifier has it: it must be the set the
/// submission names, by hash.
fn set_of<'a>(
    link: &SubmissionLink,
    context: RoundContext<'a>,
) -> Result<Option<&'a Framework>, RoundOutcome> {
    let Some(set) = context.framework else {
        return Ok(None);
    };
    if crate::submission::framework_hash(set) != link.framework.sha256 {
        return Err(RoundOutcome::Malformed {
            reason:
                "payload.submission.framework: không phải bộ tiêu chí đơn vị đã dùng (mã băm khác)"
                    .into(),
        });
    }
    Ok(Some(set))
}

/// Every code of the set: fields, criteria, items at every level, bonus and penalty items.
fn set_codes(set: &Framework) -> BTreeSet<&str> {
    fn items<'a>(list: &'a [Item], codes: &mut BTreeSet<&'a str>) {
        for item in list {
            codes.insert(&item.code);
            items(&item.items, codes);
        }
    }
    let mut codes = BTreeSet::new();
    for field in &set.fields {
        codes.insert(field.code.as_str());
        for criterion in &field.criteria {
            codes.insert(&criterion.code);
            items(&criterion.items, &mut codes);
        }
    }
    for group in &set.adjustments {
        items(&group.items, &mut codes);
    }
    codes
}

fn known_codes<'c>(
    codes: &BTreeSet<&str>,
    field: &str,
    named: impl Iterator<Item = &'c String>,
) -> Checked {
    for code in named {
        if !codes.contains(code.as_str()) {
            return Err(RoundOutcome::UnknownItem {
                field: field.to_string(),
                code: code.clone(),
            });
        }
    }
    Ok(())
}

/// The office's entries name the set's items, and the scores are those recomputed from the
/// submission's answers with them (when the verifier holds the submission).
fn recomputed(
    set: &Framework,
    office: &OfficeEntries,
    scores: &ScoreSheet,
    codes: &BTreeSet<&str>,
    context: RoundContext<'_>,
) -> Checked {
    known_codes(codes, "payload.office", office.codes())?;
    let Some(submission) = context.submission else {
        return Ok(());
    };
    let again = score_appraised(set, &submission.payload.answers, office);
    let items = differences(scores, &again);
    if items.is_empty() {
        Ok(())
    } else {
        Err(RoundOutcome::ScoresDiffer { items })
    }
}
