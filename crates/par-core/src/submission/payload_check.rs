//! What a payload must hold beyond its shape (docs/submission-format.md): a signed file whose
//! unit, revision chain or identifiers break the format is refused, naming the field, even when
//! its signature is right — the app never exports such a file.

use super::keys::hex_bytes;
use super::Payload;
use crate::framework::Framework;
use crate::unit::{UnitInfo, UnitProblem};

/// The first rule of the format `payload` breaks, as `payload.field: what is wrong`.
pub fn payload_problem(payload: &Payload) -> Option<String> {
    if hex_bytes::<16>(&payload.submission_id).is_none() {
        return Some("payload.submission_id: phải là 32 ký tự hex".into());
    }
    if payload.revision == 0 {
        return Some("payload.revision: lần xuất bắt đầu từ 1".into());
    }
    match (&payload.replaces, payload.revision) {
        (Some(_), 1) => {
            return Some("payload.replaces: lần xuất đầu tiên không thay thế tệp nào".into())
        }
        (None, revision) if revision > 1 => {
            return Some(format!(
                "payload.replaces: lần xuất {revision} phải ghi mã băm của lần trước"
            ))
        }
        (Some(hash), _) if hex_bytes::<32>(hash).is_none() => {
            return Some("payload.replaces: phải là mã băm SHA-256 (64 ký tự hex)".into())
        }
        _ => {}
    }
    if !is_utc_timestamp(&payload.created_at) {
        return Some(format!(
            "payload.created_at: “{}” không phải thời điểm dạng 2025-12-01T09:30:00Z",
            payload.created_at
        ));
    }
    let unit = UnitInfo {
        province: payload.unit.province.clone(),
        name: payload.unit.name.clone(),
        code: payload.unit.code.clone(),
        year: payload.period.year,
        preparer: payload.preparer.clone(),
        chairperson: payload.chairperson.clone(),
    };
    if let Some(problem) = unit.problems().first() {
        return Some(format!(
            "{}: {}",
            unit_field(*problem),
            problem.message(crate::Lang::Vi)
        ));
    }
    let answers = &payload.answers;
    if answers.framework_id != payload.framework.id
        || answers.framework_version != payload.framework.version
    {
        return Some(format!(
            "payload.answers: câu trả lời cho bộ tiêu chí “{}” phiên bản {}, không phải bộ ghi trong tệp",
            answers.framework_id, answers.framework_version
        ));
    }
    None
}

/// The payload's year must be the criteria set's year.
pub fn year_problem(payload: &Payload, framework: &Framework) -> Option<String> {
    (payload.period.year != framework.year).then(|| {
        format!(
            "payload.period.year: năm {} khác năm của bộ tiêu chí ({})",
            payload.period.year, framework.year
        )
    })
}

fn unit_field(problem: UnitProblem) -> &'static str {
    match problem {
        UnitProblem::ProvinceMissing => "payload.unit.province",
        UnitProblem::NameMissing => "payload.unit.name",
        UnitProblem::CodeInvalid => "payload.unit.code",
        UnitProblem::YearOutOfRange => "payload.period.year",
        UnitProblem::PreparerMissing => "payload.preparer",
        UnitProblem::ChairpersonMissing => "payload.chairperson",
    }
}

/// `YYYY-MM-DDTHH:MM:SSZ`, as the app writes it.
fn is_utc_timestamp(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 20
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            10 => *b == b'T',
            13 | 16 => *b == b':',
            19 => *b == b'Z',
            _ => b.is_ascii_digit(),
        })
}
