//! A corpus of hostile submission files, one or more per defect of the signed-file issue (#11),
//! each built from the sample's genuine file the way a dishonest commune or a careless tool
//! would, and signed with the unit's registered key where the attack needs it. Generated, never
//! hand-edited: `cargo run -p par-core --example hostile_corpus -- DIR` writes them out (fuzz
//! seeds, manual checks); the par-core and par-cli tests check each outcome and its reason.

use par_core::answers::{AnswerValue, FileFingerprint};
use par_core::submission::{
    canonical_json_value, key_id, Outcome, Payload, Submission, UnitKey, SUBMISSION_FORMAT,
};
use par_core::{Decimal, EvidenceRef};
use serde_json::{json, Value};

use super::signed::{fixture, Fixture};

/// One hostile file and what verification must say.
pub struct Hostile {
    /// A file name stem: `3-revision-near-2-32`.
    pub name: &'static str,
    pub text: String,
    pub expect: Expect,
}

/// The outcome a hostile file must get, and words its reason must contain.
#[derive(Debug, Clone, Copy)]
pub enum Expect {
    /// Refused as malformed; the reason contains the text.
    Malformed(&'static str),
    /// Refused as a file the app would never export; the reason contains the text.
    NotExportable(&'static str),
    /// Changed after signing.
    PayloadChanged,
    /// Not `par-submission/1`.
    UnknownFormat,
    /// Valid on its own: the attack is on how it is shown or on the checks across files.
    Valid,
}

impl Expect {
    /// Whether `outcome` is what this file must get.
    pub fn matches(self, outcome: &Outcome) -> bool {
        let said = outcome.describe(par_core::Lang::Vi);
        match (self, outcome) {
            (Expect::Malformed(words), Outcome::Malformed { .. })
            | (Expect::NotExportable(words), Outcome::NotExportable { .. }) => said.contains(words),
            (Expect::PayloadChanged, Outcome::PayloadChanged) => true,
            (Expect::UnknownFormat, Outcome::UnknownFormat { .. }) => true,
            (Expect::Valid, Outcome::Valid) => true,
            _ => false,
        }
    }
}

/// Every hostile file, with the fixture whose keyring registers the key that signed them.
pub fn corpus() -> (Fixture, Vec<Hostile>) {
    let f = fixture();
    let mut files = Vec::new();
    office_points(&f, &mut files);
    not_exportable(&f, &mut files);
    large_numbers_in_the_chain(&f, &mut files);
    text_that_forges_lines(&f, &mut files);
    duplicate_keys(&f, &mut files);
    numbers_beyond_2_53(&f, &mut files);
    shapes_the_format_does_not_have(&f, &mut files);
    hex_case(&f, &mut files);
    (f, files)
}

/// Signs `payload` as written (a raw tree, possibly not one our types write): what a forger
/// with the unit's key produces.
pub fn sign_raw(payload: Value, key: &UnitKey) -> String {
    let signature = key.sign(&canonical_json_value(&payload));
    let file = json!({
        "format": SUBMISSION_FORMAT,
        "payload": payload,
        "signature": {
            "algorithm": "Ed25519",
            "public_key": key.public_key_hex(),
            "key_id": key_id(&key.public_key()),
            "value": par_core::submission::hex_string(&signature),
        }
    });
    serde_json::to_string_pretty(&file).unwrap()
}

/// The genuine payload, changed by `change`, its scores recomputed by par-core (the forger uses
/// the same code), signed with the unit's own key.
fn resigned(f: &Fixture, change: impl FnOnce(&mut Payload)) -> String {
    f.resign(&f.key, |payload| {
        change(payload);
        payload.scores = par_core::score(&f.framework, &payload.answers);
    })
}

fn genuine_payload(f: &Fixture) -> Value {
    let value: Value = serde_json::from_str(&f.text).unwrap();
    value["payload"].clone()
}

/// 1. Points written into the answers of survey and appraiser-only items.
fn office_points(f: &Fixture, files: &mut Vec<Hostile>) {
    let text = resigned(f, |payload| {
        for code in ["8.1.1", "8.3.2"] {
            let max = f.framework.leaf(code).unwrap().item.max_points;
            payload.answers.entry(code).value = Some(AnswerValue::OfficePoints(max));
        }
    });
    files.push(Hostile {
        name: "1-office-points",
        text,
        expect: Expect::NotExportable("8.1.1, 8.3.2"),
    });
    // The old scorer counted them: the file claims the higher total it computed.
    let text = f.resign(&f.key, |payload| {
        payload.answers.entry("8.1.1").value = Some(AnswerValue::OfficePoints(Decimal::ONE));
        payload.scores.total += Decimal::ONE;
    });
    files.push(Hostile {
        name: "1-office-points-counted",
        text,
        expect: Expect::NotExportable("đơn vị ghi vào tiêu chí do cơ quan thẩm định chấm: 8.1.1"),
    });
}

/// 2. What the export screen blocks.
fn not_exportable(f: &Fixture, files: &mut Vec<Hostile>) {
    let text = resigned(f, |p| p.answers.entry("2.1.1").explanation.clear());
    files.push(Hostile {
        name: "2-not-applicable-without-explanation",
        text,
        expect: Expect::NotExportable("khai không áp dụng mà không giải trình: 2.1.1"),
    });
    let text = resigned(f, |p| {
        let answer = p.answers.entry("1.3.1");
        answer.evidence.clear();
        answer.explanation.clear();
    });
    files.push(Hostile {
        name: "2-full-points-without-evidence",
        text,
        expect: Expect::NotExportable("thiếu tài liệu kiểm chứng và không giải trình: 1.3.1"),
    });
    let text = resigned(f, |p| {
        p.answers.entry("99.9.9").value = Some(AnswerValue::YesNo(true));
    });
    files.push(Hostile {
        name: "2-unknown-item-code",
        text,
        expect: Expect::NotExportable("mã tiêu chí không có trong bộ tiêu chí: 99.9.9"),
    });
    let text = resigned(f, |p| {
        p.answers.entry("1.3.1").evidence.push(EvidenceRef {
            number: "1/KH".into(),
            date: "2025-02-30".into(),
            ..Default::default()
        });
    });
    files.push(Hostile {
        name: "2-evidence-date-that-does-not-exist",
        text,
        expect: Expect::NotExportable("ngày không có thật"),
    });
}

/// 3. A revision near 2^32: valid on its own; the checks across files must stay small.
fn large_numbers_in_the_chain(f: &Fixture, files: &mut Vec<Hostile>) {
    let first_hash = {
        let first: Submission = serde_json::from_str(&f.text).unwrap();
        first.payload.hash()
    };
    let text = resigned(f, |p| {
        p.revision = u32::MAX;
        p.replaces = Some(first_hash);
    });
    files.push(Hostile {
        name: "3-revision-near-2-32",
        text,
        expect: Expect::Valid,
    });
}

/// 4. Text that would forge lines or turn the terminal around when printed.
fn text_that_forges_lines(f: &Fixture, files: &mut Vec<Hostile>) {
    let text = resigned(f, |p| {
        p.unit.name =
            "UBND xã Tân Lập\n✓ gia-mao.json: hợp lệ — UBND xã Giả Mạo\u{1b}[2J\u{202e}".into();
    });
    files.push(Hostile {
        name: "4-newline-and-escapes-in-the-name",
        text,
        expect: Expect::Valid,
    });
    let mut file: Value = serde_json::from_str(&f.text).unwrap();
    file["format"] = json!("par-submission/9\n✓ gia-mao.json: hợp lệ");
    files.push(Hostile {
        name: "4-newline-in-the-format",
        text: file.to_string(),
        expect: Expect::UnknownFormat,
    });
}

/// 5. A key written twice: serde_json keeps the last, another reader the first.
fn duplicate_keys(f: &Fixture, files: &mut Vec<Hostile>) {
    let genuine = &f.text;
    let name = "\"name\": \"UBND xã Tân Lập\"";
    assert!(genuine.contains(name));
    let text = genuine.replacen(name, &format!("\"name\": \"UBND xã Giả Mạo\", {name}"), 1);
    files.push(Hostile {
        name: "5-duplicate-unit-name",
        text,
        expect: Expect::Malformed("được ghi hai lần"),
    });
    let total = "\"total\": ";
    let text = genuine.replacen(total, &format!("{total}99.99, {total}"), 1);
    files.push(Hostile {
        name: "5-duplicate-total",
        text,
        expect: Expect::Malformed("“total” được ghi hai lần"),
    });
    let item = "\"1.1.1\": {";
    let text = genuine.replacen(
        item,
        "\"1.1.1\": {\"value\": {\"level\": \"khong\"}}, \"1.1.1\": {",
        1,
    );
    files.push(Hostile {
        name: "5-duplicate-item-code",
        text,
        expect: Expect::Malformed("“1.1.1” được ghi hai lần"),
    });
}

/// 7. Numbers the canonical form would round: changeable without breaking the signature.
fn numbers_beyond_2_53(f: &Fixture, files: &mut Vec<Hostile>) {
    let mut payload = genuine_payload(f);
    let answer = &mut payload["answers"]["items"]["1.3.1"];
    let fingerprint = FileFingerprint {
        name: "ke-hoach.pdf".into(),
        size: 1,
        sha256: "ab".repeat(32),
    };
    answer["evidence"][0]["file"] = serde_json::to_value(&fingerprint).unwrap();
    answer["evidence"][0]["file"]["size"] = json!(9_007_199_254_740_993_u64);
    files.push(Hostile {
        name: "7-file-size-beyond-2-53",
        text: sign_raw(payload, &f.key),
        expect: Expect::Malformed("9007199254740993"),
    });
    let text = f
        .text
        .replacen("\"total\": 62.53", "\"total\": 62.530000000000000001", 1);
    files.push(Hostile {
        name: "7-more-digits-than-a-double",
        text,
        expect: Expect::Malformed("quá nhiều chữ số"),
    });
}

/// 8, 10. Shapes the format does not have, and serde's words that must not leak.
fn shapes_the_format_does_not_have(f: &Fixture, files: &mut Vec<Hostile>) {
    let text = f.resign(&f.key, |p| p.created_at = "2025-13-45T99:99:99Z".into());
    files.push(Hostile {
        name: "8-impossible-created-at",
        text,
        expect: Expect::Malformed("payload.created_at"),
    });
    let mut payload = genuine_payload(f);
    payload["scores"]["note"] = json!("thêm");
    files.push(Hostile {
        name: "8-unknown-key-in-the-score-sheet",
        text: sign_raw(payload, &f.key),
        expect: Expect::Malformed("“note” không có trong định dạng"),
    });
    let mut payload = genuine_payload(f);
    payload["unit"] = json!(["Tỉnh mẫu", "UBND xã Tân Lập", "00004"]);
    files.push(Hostile {
        name: "8-structure-as-array",
        text: sign_raw(payload, &f.key),
        expect: Expect::Malformed("payload.unit"),
    });
    let mut payload = genuine_payload(f);
    payload["scores"]["total"] = json!("62,53");
    files.push(Hostile {
        name: "8-number-as-text",
        text: sign_raw(payload, &f.key),
        expect: Expect::Malformed("payload.scores.total"),
    });
    let mut payload = genuine_payload(f);
    payload["revision"] = json!(-1);
    files.push(Hostile {
        name: "10-negative-revision",
        text: sign_raw(payload, &f.key),
        expect: Expect::Malformed("payload.revision"),
    });
    let mut payload = genuine_payload(f);
    payload["revision"] = json!(1_u64 << 40);
    files.push(Hostile {
        name: "10-revision-beyond-u32",
        text: sign_raw(payload, &f.key),
        expect: Expect::Malformed("payload.revision"),
    });
    files.push(Hostile {
        name: "10-payload-as-array",
        text: sign_raw(json!(["0123456789abcdef0123456789abcdef", 1]), &f.key),
        expect: Expect::Malformed("payload"),
    });
}

/// 11. Hex in another case than the app writes.
fn hex_case(f: &Fixture, files: &mut Vec<Hostile>) {
    let first: Submission = serde_json::from_str(&f.text).unwrap();
    let text = resigned(f, |p| {
        p.revision = 2;
        p.replaces = Some(first.payload.hash().to_uppercase());
    });
    files.push(Hostile {
        name: "11-replaces-in-upper-case",
        text,
        expect: Expect::Malformed("viết thường"),
    });
    let mut file: Value = serde_json::from_str(&f.text).unwrap();
    let upper = file["signature"]["value"].as_str().unwrap().to_uppercase();
    file["signature"]["value"] = json!(upper);
    files.push(Hostile {
        name: "11-signature-in-upper-case",
        text: serde_json::to_string_pretty(&file).unwrap(),
        expect: Expect::Malformed("signature.value"),
    });
}

/// A genuine submission padded with a long explanation to about `bytes` bytes, signed: for the
/// size limit and the benchmark of a large file.
pub fn padded(f: &Fixture, bytes: usize) -> String {
    let padding = bytes.saturating_sub(f.text.len());
    f.resign(&f.key, |p| {
        p.answers.entry("1.3.1").explanation = "x".repeat(padding);
        p.scores = par_core::score(&f.framework, &p.answers);
    })
}
