//! Verifying a submission file: each way it can fail is told apart, in order of what the office
//! needs to know first (docs/submission-format.md).

#[cfg(feature = "fast-verify")]
use super::as_written::with_canonical_payload_as_written;
use super::canonical::{canonical_json_sized, framework_hash, sha256_hex};
use super::differences::differences;
use super::envelope::{format_of, not_as_written, signature_matches, signature_problem};
use super::keyring::Keyring;
use super::outcome::{Outcome, Verification};
use super::payload_check::payload_problem;
use super::{Payload, Submission, SUBMISSION_FORMAT};
use crate::escape::one_line;
use crate::export_check::check_export;
use crate::framework::Framework;
use crate::score::score;
use crate::unit::UnitInfo;

/// What the verifier knows: registered keys (optional) and the criteria sets it accepts.
#[derive(Debug, Clone, Copy, Default)]
pub struct VerifyContext<'a> {
    pub keyring: Option<&'a Keyring>,
    /// Matched by hash; see [`known_frameworks`] for refusing sets that conflict.
    pub frameworks: &'a [KnownFramework],
}

/// A criteria set the office accepts, with its hash computed once rather than per file.
#[derive(Debug, Clone)]
pub struct KnownFramework {
    pub framework: Framework,
    pub sha256: String,
}

impl From<Framework> for KnownFramework {
    fn from(framework: Framework) -> Self {
        KnownFramework {
            sha256: framework_hash(&framework),
            framework,
        }
    }
}

/// Two different criteria sets given with the same id and version: which one a unit used can
/// only be told by hash, and an office holding both cannot say which is the province's.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "hai bộ tiêu chí khác nhau cùng mã “{}” phiên bản {} (tệp thứ {} và thứ {}): chỉ giữ bộ tỉnh \
     đã ban hành rồi chạy lại",
    one_line(id),
    one_line(version),
    first + 1,
    second + 1
)]
pub struct FrameworkConflict {
    pub id: String,
    pub version: String,
    /// Positions of the two sets in the list given.
    pub first: usize,
    pub second: usize,
}

/// The sets as the verifier holds them: the same set given twice is kept once; two different
/// sets with one id and version are refused.
pub fn known_frameworks(sets: Vec<Framework>) -> Result<Vec<KnownFramework>, FrameworkConflict> {
    let mut known: Vec<(usize, KnownFramework)> = Vec::with_capacity(sets.len());
    for (index, set) in sets.into_iter().enumerate() {
        let set = KnownFramework::from(set);
        let same_name = known.iter().find(|(_, k)| {
            k.framework.id == set.framework.id && k.framework.version == set.framework.version
        });
        match same_name {
            Some((_, k)) if k.sha256 == set.sha256 => {}
            Some((first, _)) => {
                return Err(FrameworkConflict {
                    id: set.framework.id.clone(),
                    version: set.framework.version.clone(),
                    first: *first,
                    second: index,
                })
            }
            None => known.push((index, set)),
        }
    }
    Ok(known.into_iter().map(|(_, k)| k).collect())
}

/// Verifies the text of a submission file.
pub fn verify(text: &str, context: VerifyContext<'_>) -> Verification {
    #[cfg(feature = "fast-verify")]
    if let Some(verification) = verify_as_written(text, context) {
        return verification;
    }
    verify_by_tree(text, context)
}

/// [`verify`] of a file that is exactly what the app writes, read without a JSON tree
/// (`as_written` says why this is as strict); `None` for any other file, which the slow path
/// reads and locates what is wrong in. Every check after reading is the same code.
#[cfg(feature = "fast-verify")]
fn verify_as_written(text: &str, context: VerifyContext<'_>) -> Option<Verification> {
    // The shared reader's size limit and byte-order mark. Its scan for keys written twice and
    // inexact numbers is done on the typed value instead, by the canonical writer below: the
    // file being exactly serde_json's writing of that value, it has the same keys and numbers.
    crate::json::check_size(text.len()).ok()?;
    let text = crate::json::strip_bom(text);
    let submission: Submission = serde_json::from_str(text).ok()?;
    if submission.format != SUBMISSION_FORMAT {
        return None;
    }
    let ((outcome, warnings), hash) =
        with_canonical_payload_as_written(&submission, text.as_bytes(), |canonical| {
            (
                check(canonical, &submission, context),
                sha256_hex(canonical),
            )
        })?;
    Some(Verification {
        outcome,
        hash: Some(hash),
        submission: Some(submission),
        warnings,
    })
}

/// [`verify`] by way of the file's JSON tree: any file, and where it is not in the app's
/// form, the place it differs. [`verify`] goes this way for every file that is not exactly
/// what the app writes (and for every file without the `fast-verify` feature); public so that
/// the tests and the fuzz target hold the fast path to it.
pub fn verify_by_tree(text: &str, context: VerifyContext<'_>) -> Verification {
    let fail = |outcome| Verification {
        outcome,
        submission: None,
        hash: None,
        warnings: Vec::new(),
    };
    let malformed = |reason: String| fail(Outcome::Malformed { reason });
    // The shared reader: size, duplicate keys, exact numbers.
    let raw = match crate::parse_value(text) {
        Ok(value) => value,
        Err(error) => return malformed(error.to_string()),
    };
    match format_of(&raw) {
        Some(SUBMISSION_FORMAT) => {}
        Some(other) => {
            return fail(Outcome::UnknownFormat {
                format: other.to_string(),
            })
        }
        None => return malformed("thiếu trường “format”".into()),
    }
    let submission: Submission = match crate::json::from_value(&raw) {
        Ok(submission) => submission,
        Err(error) => return malformed(error.to_string()),
    };
    // Exactly what the app writes: written back from the types, the file must give the same
    // JSON. Anything else (a structure as an array, a number as text, a default written out)
    // is a form the app never exports, which another reader might read differently.
    if let Some(reason) = not_as_written(&raw, &submission) {
        return malformed(reason);
    }
    // Written once: the signature is checked against it and the hash is taken from it.
    let canonical = canonical_json_sized(&raw["payload"], text.len());
    let (outcome, warnings) = check(&canonical, &submission, context);
    Verification {
        outcome,
        hash: Some(sha256_hex(&canonical)),
        submission: Some(submission),
        warnings,
    }
}

fn check(
    canonical_payload: &[u8],
    submission: &Submission,
    context: VerifyContext<'_>,
) -> (Outcome, Vec<crate::export_check::Warning>) {
    let refuse = |outcome| (outcome, Vec::new());
    let signature = &submission.signature;
    if let Some(reason) = signature_problem(signature) {
        return refuse(Outcome::Malformed { reason });
    }
    // The signature covers the payload exactly as written in the file, canonicalised.
    if !signature_matches(signature, canonical_payload) {
        return refuse(Outcome::PayloadChanged);
    }
    let payload = &submission.payload;
    if let Some(reason) = payload_problem(payload) {
        return refuse(Outcome::Malformed { reason });
    }
    if let Some(keyring) = context.keyring {
        if let Some(outcome) =
            key_problem(keyring, payload, &signature.public_key, &signature.key_id)
        {
            return refuse(outcome);
        }
    }
    let known = match find_framework(context.frameworks, payload) {
        Ok(known) => known,
        Err(outcome) => return refuse(outcome),
    };
    let recomputed = score(&known.framework, &payload.answers);
    let export = check_export(
        &known.framework,
        &unit_of(payload),
        &payload.answers,
        &recomputed,
    );
    if !export.is_ready() {
        return refuse(Outcome::NotExportable {
            blockers: export.blockers,
        });
    }
    let items = differences(&payload.scores, &recomputed);
    if items.is_empty() {
        (Outcome::Valid, export.warnings)
    } else {
        refuse(Outcome::ScoresDiffer { items })
    }
}

/// Whether the keyring has the signing key registered for the file's unit.
fn key_problem(
    keyring: &Keyring,
    payload: &Payload,
    public_key: &str,
    key_id: &str,
) -> Option<Outcome> {
    let unit_code = &payload.unit.code;
    let mut registered = keyring.keys_for(unit_code).peekable();
    if registered.peek().is_none() {
        return Some(Outcome::UnregisteredUnit {
            unit_code: unit_code.clone(),
        });
    }
    if registered.any(|k| k.public_key.eq_ignore_ascii_case(public_key)) {
        return None;
    }
    Some(Outcome::WrongKey {
        unit_code: unit_code.clone(),
        key_id: key_id.to_string(),
    })
}

/// The set the unit used, found by its hash: a set that merely shares its id and version is
/// another set.
fn find_framework<'a>(
    known: &'a [KnownFramework],
    payload: &Payload,
) -> Result<&'a KnownFramework, Outcome> {
    let reference = &payload.framework;
    if let Some(set) = known.iter().find(|k| {
        k.sha256 == reference.sha256
            && k.framework.id == reference.id
            && k.framework.version == reference.version
    }) {
        return Ok(set);
    }
    let same_name = known
        .iter()
        .any(|k| k.framework.id == reference.id && k.framework.version == reference.version);
    Err(if same_name {
        Outcome::FrameworkHashMismatch {
            id: reference.id.clone(),
            version: reference.version.clone(),
        }
    } else {
        Outcome::FrameworkUnknown {
            id: reference.id.clone(),
            version: reference.version.clone(),
        }
    })
}

/// The unit as the app held it when it exported the payload.
fn unit_of(payload: &Payload) -> UnitInfo {
    UnitInfo {
        province: payload.unit.province.clone(),
        name: payload.unit.name.clone(),
        code: payload.unit.code.clone(),
        year: payload.period.year,
        preparer: payload.preparer.clone(),
        chairperson: payload.chairperson.clone(),
    }
}

#[cfg(all(test, feature = "fast-verify"))]
mod tests {
    use super::*;
    use crate::submission::{ExportMeta, UnitKey};

    const SAMPLE: &str = include_str!("../../../../frameworks/mau-xa-2025.json");
    const ANSWERS: &str = include_str!("../../../../frameworks/examples/mau-xa-2025.answers.json");

    fn signed() -> (String, KnownFramework) {
        let framework = crate::load_framework(SAMPLE).unwrap();
        let answers: crate::Answers = crate::parse_json(ANSWERS).unwrap();
        let unit = UnitInfo {
            province: "Tỉnh mẫu".into(),
            name: "UBND xã Tân Lập".into(),
            code: "00004".into(),
            year: 2025,
            preparer: "Nguyễn Văn An".into(),
            chairperson: "Trần Thị Bình".into(),
        };
        let meta = ExportMeta {
            submission_id: "0123456789abcdef0123456789abcdef".into(),
            created_at: "2025-12-01T09:30:00Z".into(),
            revision: 1,
            replaces: None,
        };
        let payload = Payload::new(&framework, &unit, &answers, meta);
        let key = UnitKey::from_secret([42; 32]);
        (
            Submission::sign(payload, &key).to_json(),
            KnownFramework::from(framework),
        )
    }

    #[test]
    fn the_apps_own_form_is_read_without_a_tree_and_any_other_is_not() {
        let (text, known) = signed();
        let context = VerifyContext {
            keyring: None,
            frameworks: std::slice::from_ref(&known),
        };
        let fast = verify_as_written(&text, context).expect("the app's form");
        assert_eq!(fast.outcome, Outcome::Valid);
        assert_eq!(fast.hash, verify_by_tree(&text, context).hash);
        assert!(verify_as_written(&format!("{text}\n"), context).is_some());
        assert!(verify_as_written(&format!("\u{feff}{text}"), context).is_some());
        for other in [
            text.replace('\n', "\r\n"),
            text.replacen("  ", " ", 1),
            text.replacen("\"revision\": 1,", "\"revision\": 1.0,", 1),
            serde_json::to_string_pretty(
                &serde_json::from_str::<serde_json::Value>(&text).unwrap(),
            )
            .unwrap(),
        ] {
            assert!(verify_as_written(&other, context).is_none());
        }
    }
}
