//! Writes N signed submissions of the sample set, one per made-up commune with its own key, and
//! the keyring that registers those keys: test data for `par verify` and its throughput bench.
//!
//! cargo run --release -p par-cli --example generate_submissions -- OUT_DIR COUNT

use par_core::submission::{ExportMeta, Keyring, Payload, Submission, UnitKey};
use par_core::{AnswerValue, Answers, UnitInfo};

const SAMPLE: &str = include_str!("../../../frameworks/mau-xa-2025.json");
const ANSWERS: &str = include_str!("../../../frameworks/examples/mau-xa-2025.answers.json");

fn main() {
    let mut args = std::env::args().skip(1);
    let out = std::path::PathBuf::from(args.next().expect("OUT_DIR"));
    let count: u32 = args.next().and_then(|n| n.parse().ok()).expect("COUNT");
    std::fs::create_dir_all(&out).expect("create OUT_DIR");
    let framework = par_core::load_framework(SAMPLE).expect("valid sample");
    let base: Answers = par_core::parse_json(ANSWERS).expect("sample answers");
    let mut keyring = Keyring::default();
    for i in 0..count {
        let mut secret = [0u8; 32];
        secret[..4].copy_from_slice(&i.to_le_bytes());
        secret[31] = 0x5a;
        let key = UnitKey::from_secret(secret);
        let unit = UnitInfo {
            province: "Tỉnh mẫu".into(),
            name: format!("UBND xã Thử Nghiệm {i}"),
            code: format!("{:05}", i + 1),
            year: 2025,
            preparer: "Nguyễn Văn An".into(),
            chairperson: "Trần Thị Bình".into(),
        };
        // Vary one answer so the files are not all the same.
        let mut answers = base.clone();
        answers.entry("1.1.1").value = Some(AnswerValue::YesNo(i % 2 == 0));
        let meta = ExportMeta {
            submission_id: format!("{:032x}", u128::from(i) * 7919 + 1),
            created_at: "2025-12-01T09:30:00Z".into(),
            revision: 1,
            replaces: None,
        };
        let submission = Submission::sign(Payload::new(&framework, &unit, &answers, meta), &key);
        std::fs::write(out.join(submission.file_name()), submission.to_json()).expect("write");
        keyring
            .add(&unit.code, &unit.name, &key.public_key_hex())
            .expect("fresh key");
    }
    let keyring_json = serde_json::to_string_pretty(&keyring).expect("keyring");
    std::fs::write(out.join("keyring.json.txt"), keyring_json).expect("write keyring");
}
