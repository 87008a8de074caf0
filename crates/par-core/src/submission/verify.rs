//! Verifying a submission file: each way it can fail is told apart, in order of what the office
//! needs to know first.

use serde::Serialize;

use super::canonical::{canonical_json_value, framework_hash, sha256_hex};
use super::differences::differences;
use super::keyring::Keyring;
use super::keys::{hex_bytes, key_id, verify_signature, ALGORITHM};
use super::payload_check::{payload_problem, year_problem};
use super::{Submission, SUBMISSION_FORMAT};
use crate::decimal::Decimal;
use crate::framework::Framework;
use crate::lang::Lang;
use crate::score::score;

/// What the verifier knows: registered keys (optional) and the criteria sets it accepts.
#[derive(Debug, Clone, Copy, Default)]
pub struct VerifyContext<'a> {
    pub keyring: Option<&'a Keyring>,
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

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Outcome {
    Valid,
    /// Not JSON, or not the shape of a submission; `reason` says where.
    Malformed {
        reason: String,
    },
    UnknownFormat {
        format: String,
    },
    /// The signature does not match the payload: something was changed after signing.
    PayloadChanged,
    /// No key is registered for the unit code in the file.
    UnregisteredUnit {
        unit_code: String,
    },
    /// Validly signed, but not with a key registered for this unit.
    WrongKey {
        unit_code: String,
        key_id: String,
    },
    FrameworkUnknown {
        id: String,
        version: String,
    },
    FrameworkHashMismatch {
        id: String,
        version: String,
    },
    /// The scores in the file differ from the scores recomputed from its answers.
    ScoresDiffer {
        items: Vec<ScoreDifference>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScoreDifference {
    /// Item code, or `total`, `index`, `classification`…
    pub item: String,
    pub in_file: String,
    pub recomputed: String,
}

/// The outcome, with the parsed submission when it could be read.
#[derive(Debug, Clone)]
pub struct Verification {
    pub outcome: Outcome,
    pub submission: Option<Submission>,
    /// The submission hash (SHA-256 of the canonical payload as written in the file, the bytes
    /// the signature covers), when the file reads as a submission.
    pub hash: Option<String>,
}

impl Outcome {
    pub fn is_valid(&self) -> bool {
        *self == Outcome::Valid
    }

    /// The outcome in plain words.
    pub fn describe(&self, lang: Lang) -> String {
        use Outcome::*;
        let vi = lang == Lang::Vi;
        match self {
            Valid if vi => "hợp lệ: chữ ký đúng, điểm tính lại khớp".into(),
            Valid => "valid: signature correct, recomputed scores match".into(),
            Malformed { reason } if vi => format!("tệp hỏng hoặc sai cấu trúc ({reason})"),
            Malformed { reason } => format!("malformed file ({reason})"),
            UnknownFormat { format } if vi => format!("định dạng “{format}” không được hỗ trợ"),
            UnknownFormat { format } => format!("unsupported format “{format}”"),
            PayloadChanged if vi => "nội dung đã bị thay đổi sau khi ký (chữ ký không khớp)".into(),
            PayloadChanged => "content changed after signing (signature does not match)".into(),
            UnregisteredUnit { unit_code } if vi => format!("đơn vị {unit_code} chưa đăng ký khóa"),
            UnregisteredUnit { unit_code } => format!("no key registered for unit {unit_code}"),
            WrongKey { unit_code, key_id } if vi => {
                format!("ký bằng khóa {key_id}, không phải khóa đã đăng ký của đơn vị {unit_code}")
            }
            WrongKey { unit_code, key_id } => {
                format!("signed with key {key_id}, not a key registered for unit {unit_code}")
            }
            FrameworkUnknown { id, version } if vi => {
                format!("không có bộ tiêu chí “{id}” phiên bản {version}")
            }
            FrameworkUnknown { id, version } => {
                format!("criteria set “{id}” version {version} is unknown")
            }
            FrameworkHashMismatch { id, version } if vi => format!(
                "bộ tiêu chí “{id}” phiên bản {version} khác với bộ đã dùng để chấm (mã băm khác)"
            ),
            FrameworkHashMismatch { id, version } => format!(
                "criteria set “{id}” version {version} differs from the one used (hash differs)"
            ),
            ScoresDiffer { items } => {
                let list: Vec<String> = items
                    .iter()
                    .take(5)
                    .map(|d| {
                        format!(
                            "{}: {} ≠ {}",
                            difference_label(&d.item, lang),
                            number_text(&d.in_file, lang),
                            number_text(&d.recomputed, lang)
                        )
                    })
                    .collect();
                let more = match (items.len() > 5, vi) {
                    (false, _) => String::new(),
                    (true, true) => format!(" (và {} chỗ khác)", items.len() - 5),
                    (true, false) => format!(" (and {} more)", items.len() - 5),
                };
                if vi {
                    format!(
                        "điểm trong tệp khác điểm tính lại: {}{more}",
                        list.join("; ")
                    )
                } else {
                    format!(
                        "scores in the file differ from the recomputed ones: {}{more}",
                        list.join("; ")
                    )
                }
            }
        }
    }
}

/// The name of a compared part of the sheet in words; item codes and paths stay as they are.
fn difference_label(item: &str, lang: Lang) -> &str {
    let vi = lang == Lang::Vi;
    match item {
        "total" if vi => "tổng điểm",
        "applicable_max" if vi => "điểm tối đa được tính",
        "index" if vi => "chỉ số (%)",
        "classification" if vi => "xếp loại",
        "leaves" if vi => "số tiêu chí thành phần",
        "applicable_max" => "applicable maximum",
        "index" => "index (%)",
        "leaves" => "number of scored items",
        other => other,
    }
}

/// A number as the reader writes it (87,5 in Vietnamese); anything else unchanged.
fn number_text(text: &str, lang: Lang) -> String {
    match (lang, Decimal::parse(text)) {
        (Lang::Vi, Ok(number)) if !text.contains(',') => number.format_vi_short(),
        _ => text.to_string(),
    }
}

/// Verifies the text of a submission file.
pub fn verify(text: &str, context: VerifyContext<'_>) -> Verification {
    let fail = |outcome| Verification {
        outcome,
        submission: None,
        hash: None,
    };
    // The plain reader first (no JSON-path tracking); a file that is not JSON is read again
    // only for the error message in Vietnamese.
    let raw: serde_json::Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(_) => {
            let reason = crate::parse_json::<serde_json::Value>(text)
                .err()
                .map_or_else(String::new, |error| error.to_string());
            return fail(Outcome::Malformed { reason });
        }
    };
    match raw.get("format").and_then(|f| f.as_str()) {
        Some(SUBMISSION_FORMAT) => {}
        Some(other) => {
            return fail(Outcome::UnknownFormat {
                format: other.to_string(),
            })
        }
        None => {
            return fail(Outcome::Malformed {
                reason: "thiếu “format”".into(),
            })
        }
    }
    // Read from the tree already parsed; only a file that does not fit is read again from its
    // text, for the error message with its location.
    let submission = match <Submission as serde::Deserialize>::deserialize(&raw) {
        Ok(submission) => submission,
        Err(_) => match crate::parse_json::<Submission>(text) {
            Ok(submission) => submission,
            Err(error) => {
                return fail(Outcome::Malformed {
                    reason: error.to_string(),
                })
            }
        },
    };
    // Written once: the signature is checked against it and the hash is taken from it.
    let canonical = canonical_json_value(&raw["payload"]);
    let outcome = check(&canonical, &submission, context);
    Verification {
        outcome,
        submission: Some(submission),
        hash: Some(sha256_hex(&canonical)),
    }
}

fn check(canonical_payload: &[u8], submission: &Submission, context: VerifyContext<'_>) -> Outcome {
    let signature = &submission.signature;
    if signature.algorithm != ALGORITHM {
        return Outcome::Malformed {
            reason: format!("thuật toán ký “{}” không được hỗ trợ", signature.algorithm),
        };
    }
    let (Some(public_key), Some(signature_bytes)) = (
        hex_bytes::<32>(&signature.public_key),
        hex_bytes::<64>(&signature.value),
    ) else {
        return Outcome::Malformed {
            reason: "khóa công khai hoặc chữ ký không đúng độ dài".into(),
        };
    };
    if key_id(&public_key) != signature.key_id {
        return Outcome::Malformed {
            reason: "mã khóa không khớp với khóa công khai".into(),
        };
    }
    // The signature covers the payload exactly as written in the file, canonicalised.
    if !verify_signature(&public_key, canonical_payload, &signature_bytes) {
        return Outcome::PayloadChanged;
    }
    let payload = &submission.payload;
    if let Some(reason) = payload_problem(payload) {
        return Outcome::Malformed { reason };
    }
    if let Some(keyring) = context.keyring {
        let unit_code = &payload.unit.code;
        let mut registered = keyring.keys_for(unit_code).peekable();
        if registered.peek().is_none() {
            return Outcome::UnregisteredUnit {
                unit_code: unit_code.clone(),
            };
        }
        if !registered.any(|k| k.public_key.eq_ignore_ascii_case(&signature.public_key)) {
            return Outcome::WrongKey {
                unit_code: unit_code.clone(),
                key_id: signature.key_id.clone(),
            };
        }
    }
    let reference = &payload.framework;
    let Some(known) = context
        .frameworks
        .iter()
        .find(|k| k.framework.id == reference.id && k.framework.version == reference.version)
    else {
        return Outcome::FrameworkUnknown {
            id: reference.id.clone(),
            version: reference.version.clone(),
        };
    };
    if known.sha256 != reference.sha256 {
        return Outcome::FrameworkHashMismatch {
            id: reference.id.clone(),
            version: reference.version.clone(),
        };
    }
    if let Some(reason) = year_problem(payload, &known.framework) {
        return Outcome::Malformed { reason };
    }
    let items = differences(&payload.scores, &score(&known.framework, &payload.answers));
    if items.is_empty() {
        Outcome::Valid
    } else {
        Outcome::ScoresDiffer { items }
    }
}
