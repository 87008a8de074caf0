//! What a payload must hold beyond its shape (docs/submission-format.md): a signed file whose
//! identifiers, revision chain or time break the format is refused, naming the field, even when
//! its signature is right — the app never exports such a file. What the unit entered (its
//! details and answers) is judged by [`crate::export_check`], as the app's export screen does.

use super::Payload;
use crate::input::is_utc_timestamp;

/// Whether `text` is exactly `bytes` bytes in lower-case hex: the one form the app writes, so
/// that hashes compare as text (`replaces` against a submission hash).
pub fn is_lower_hex(text: &str, bytes: usize) -> bool {
    text.len() == 2 * bytes
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// The first rule of the format `payload` breaks, as `payload.field: what is wrong`.
pub fn payload_problem(payload: &Payload) -> Option<String> {
    if !is_lower_hex(&payload.submission_id, 16) {
        return Some("payload.submission_id: phải là 32 ký tự hex viết thường (0–9, a–f)".into());
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
        (Some(hash), _) if !is_lower_hex(hash, 32) => {
            return Some(
                "payload.replaces: phải là mã băm SHA-256 (64 ký tự hex viết thường)".into(),
            )
        }
        _ => {}
    }
    if !is_utc_timestamp(&payload.created_at) {
        return Some(format!(
            "payload.created_at: “{}” không phải một thời điểm có thật dạng 2025-12-01T09:30:00Z",
            crate::escape::one_line(&payload.created_at)
        ));
    }
    if !is_lower_hex(&payload.framework.sha256, 32) {
        return Some(
            "payload.framework.sha256: phải là mã băm SHA-256 (64 ký tự hex viết thường)".into(),
        );
    }
    let answers = &payload.answers;
    if answers.framework_id != payload.framework.id
        || answers.framework_version != payload.framework.version
    {
        return Some(format!(
            "payload.answers: câu trả lời cho bộ tiêu chí “{}” phiên bản {}, không phải bộ ghi trong tệp",
            crate::escape::one_line(&answers.framework_id),
            crate::escape::one_line(&answers.framework_version)
        ));
    }
    None
}
