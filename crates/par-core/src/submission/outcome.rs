//! The outcomes of verifying a submission file and how each is said. Every value quoted from
//! the file is shown through [`one_line`].

use serde::Serialize;

use crate::decimal::Decimal;
use crate::escape::{escaped, one_line};
use crate::export_check::{blockers_line, Blocker, Warning};
use crate::lang::Lang;

use super::Submission;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Outcome {
    Valid,
    /// Not JSON, or not the shape of a submission as the app writes it; `reason` says where.
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
    /// Correctly signed, but the app would never have exported it: the unit's details or its
    /// answers break the export rules ([`crate::export_check`]).
    NotExportable {
        blockers: Vec<Blocker>,
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
    /// What the appraiser should look at in a valid file (not-applicable claims, explanations
    /// given instead of evidence): the same warnings the app's export screen showed.
    pub warnings: Vec<Warning>,
}

impl Outcome {
    pub fn is_valid(&self) -> bool {
        *self == Outcome::Valid
    }

    /// The outcome in plain words, on one line.
    pub fn describe(&self, lang: Lang) -> String {
        use Outcome::*;
        let vi = lang == Lang::Vi;
        match self {
            Valid if vi => "hợp lệ: chữ ký đúng, điểm tính lại khớp".into(),
            Valid => "valid: signature correct, recomputed scores match".into(),
            Malformed { reason } if vi => format!(
                "tệp hỏng hoặc sai cấu trúc ({}): hãy xin đơn vị gửi lại tệp xuất từ ứng dụng",
                escaped(reason)
            ),
            Malformed { reason } => format!("malformed file ({})", escaped(reason)),
            UnknownFormat { format } if vi => format!(
                "định dạng “{}” không được hỗ trợ (cần par-submission/1; tệp của phiên bản \
                 khác hoặc không phải hồ sơ)",
                one_line(format)
            ),
            UnknownFormat { format } => {
                format!("unsupported format “{}”", one_line(format))
            }
            PayloadChanged if vi => {
                "nội dung đã bị thay đổi sau khi ký (chữ ký không khớp): hãy xin đơn vị gửi lại \
                 tệp gốc"
                    .into()
            }
            PayloadChanged => "content changed after signing (signature does not match)".into(),
            UnregisteredUnit { unit_code } if vi => format!(
                "đơn vị {} chưa đăng ký khóa: đăng ký bằng “par keys add” sau khi đối chiếu mã \
                 khóa với bảng điểm giấy",
                one_line(unit_code)
            ),
            UnregisteredUnit { unit_code } => {
                format!("no key registered for unit {}", one_line(unit_code))
            }
            WrongKey { unit_code, key_id } if vi => format!(
                "ký bằng khóa {}, không phải khóa đã đăng ký của đơn vị {}: tệp giả mạo, hoặc \
                 đơn vị đã đổi khóa mà chưa đăng ký khóa mới",
                one_line(key_id),
                one_line(unit_code)
            ),
            WrongKey { unit_code, key_id } => format!(
                "signed with key {}, not a key registered for unit {}",
                one_line(key_id),
                one_line(unit_code)
            ),
            FrameworkUnknown { id, version } if vi => format!(
                "không có bộ tiêu chí “{}” phiên bản {}: thêm bộ đó bằng --framework",
                one_line(id),
                one_line(version)
            ),
            FrameworkUnknown { id, version } => format!(
                "criteria set “{}” version {} is unknown",
                one_line(id),
                one_line(version)
            ),
            FrameworkHashMismatch { id, version } if vi => format!(
                "bộ tiêu chí “{}” phiên bản {} khác với bộ đã dùng để chấm (mã băm khác): đối \
                 chiếu với bộ tiêu chí tỉnh đã ban hành",
                one_line(id),
                one_line(version)
            ),
            FrameworkHashMismatch { id, version } => format!(
                "criteria set “{}” version {} differs from the one used (hash differs)",
                one_line(id),
                one_line(version)
            ),
            NotExportable { blockers } if vi => format!(
                "ứng dụng không cho xuất tệp như thế này ({}): hãy yêu cầu đơn vị sửa trong \
                 ứng dụng rồi xuất lại",
                blockers_line(blockers, lang)
            ),
            NotExportable { blockers } => format!(
                "the app would not export this file ({})",
                blockers_line(blockers, lang)
            ),
            ScoresDiffer { items } => scores_differ(items, lang),
        }
    }
}

fn scores_differ(items: &[ScoreDifference], lang: Lang) -> String {
    let vi = lang == Lang::Vi;
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

/// The name of a compared part of the sheet in words; item codes and paths stay as they are.
fn difference_label(item: &str, lang: Lang) -> String {
    let vi = lang == Lang::Vi;
    match item {
        "total" if vi => "tổng điểm".into(),
        "applicable_max" if vi => "điểm tối đa được tính".into(),
        "index" if vi => "chỉ số (%)".into(),
        "classification" if vi => "xếp loại".into(),
        "leaves" if vi => "số tiêu chí thành phần".into(),
        "applicable_max" => "applicable maximum".into(),
        "index" => "index (%)".into(),
        "leaves" => "number of scored items".into(),
        other => one_line(other).into_owned(),
    }
}

/// A number as the reader writes it (87,5 in Vietnamese); anything else unchanged.
fn number_text(text: &str, lang: Lang) -> String {
    match (lang, Decimal::parse(text)) {
        (Lang::Vi, Ok(number)) if !text.contains(',') => number.format_vi_short(),
        _ => one_line(text).into_owned(),
    }
}
