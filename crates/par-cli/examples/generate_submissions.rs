//! Writes N signed submissions of the sample set, one per made-up commune with its own key, and
//! the keyring that registers those keys: test data for `par verify` and its throughput bench.
//!
//! cargo run --release -p par-cli --example generate_submissions -- OUT_DIR COUNT [BYTES]
//!
//! With BYTES, each file is padded to about that size with evidence references (still a valid,
//! signed file): for the benchmark of a large file and the size limit.
//!
//! cargo run -p par-cli --example generate_submissions -- OUT_DIR --province
//!
//! With `--province`, the sample province of `support/province.rs` instead: 150 valid units
//! and every case `par rank` must tell apart, with the keyring and the units list (the
//! integration test of `par rank` checks the same province).

#[path = "support/province.rs"]
mod province;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use par_core::submission::{ExportMeta, Keyring, Payload, Submission, UnitKey};
use par_core::{AnswerValue, Answers, EvidenceRef, UnitInfo};

const SAMPLE: &str = include_str!("../../../frameworks/mau-xa-2025.json");
const ANSWERS: &str = include_str!("../../../frameworks/examples/mau-xa-2025.answers.json");

const USAGE: &str = "\
Cách dùng / usage: generate_submissions THƯ-MỤC-RA SỐ-TỆP [SỐ-BYTE]
                   generate_submissions THƯ-MỤC-RA --province
  Ghi SỐ-TỆP hồ sơ đã ký của bộ tiêu chí mẫu vào THƯ-MỤC-RA, mỗi hồ sơ một xã và một khóa,
  kèm sổ khóa keyring.json.txt đăng ký các khóa đó; với SỐ-BYTE, mỗi tệp dài khoảng chừng ấy.
  Với --province: tỉnh mẫu (150 xã hợp lệ và mọi trường hợp lỗi), sổ khóa và danh sách đơn vị.
  Writes COUNT signed submissions of the sample set, and the keyring registering their keys;
  with BYTES, each file is padded to about that size. With --province: the sample province
  (150 valid units and every failing case), its keyring and units list.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    if let [out, flag] = args.as_slice() {
        if flag == "--province" {
            return match province::write_province(Path::new(out)) {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => {
                    eprintln!("Lỗi: không ghi được vào {out}: {error}");
                    ExitCode::from(2)
                }
            };
        }
    }
    let number = |text: &str, what: &str| {
        text.parse::<u32>()
            .map_err(|_| format!("{what} “{text}” không phải số nguyên (0, 1, 2…)"))
    };
    let parsed = match args.as_slice() {
        [out, count] => number(count, "SỐ-TỆP").map(|count| (PathBuf::from(out), count, 0)),
        [out, count, bytes] => number(count, "SỐ-TỆP").and_then(|count| {
            number(bytes, "SỐ-BYTE").map(|bytes| (PathBuf::from(out), count, bytes as usize))
        }),
        _ => Err("cần hai hoặc ba đối số".into()),
    };
    let (out, count, bytes) = match parsed {
        Ok(parsed) => parsed,
        Err(problem) => return usage_error(&problem),
    };
    match generate(&out, count, bytes) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("Lỗi: không ghi được vào {}: {error}", out.display());
            ExitCode::from(2)
        }
    }
}

fn usage_error(problem: &str) -> ExitCode {
    eprintln!("Lỗi: {problem}.\n{USAGE}");
    ExitCode::from(2)
}

fn generate(out: &Path, count: u32, bytes: usize) -> std::io::Result<()> {
    std::fs::create_dir_all(out)?;
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
        answers.entry("1.3.1").value = Some(AnswerValue::YesNo(i % 2 == 0));
        if bytes > 0 {
            // About 96 KB without padding: the rest is evidence references (about 165 bytes
            // each as written), many small objects, the costly shape for a reader.
            let reference = EvidenceRef {
                number: "01/BC-UBND".into(),
                note: "Báo cáo kết quả thực hiện kế hoạch cải cách hành chính".into(),
                ..Default::default()
            };
            answers.entry("1.3.1").evidence = vec![reference; bytes.saturating_sub(96_000) / 170];
        }
        let meta = ExportMeta {
            submission_id: format!("{:032x}", u128::from(i) * 7919 + 1),
            created_at: "2025-12-01T09:30:00Z".into(),
            revision: 1,
            replaces: None,
        };
        let submission = Submission::sign(Payload::new(&framework, &unit, &answers, meta), &key);
        std::fs::write(out.join(submission.file_name()), submission.to_json())?;
        keyring
            .add(&unit.code, &unit.name, &key.public_key_hex())
            .expect("fresh key");
    }
    let keyring_json = serde_json::to_string_pretty(&keyring).expect("keyring");
    std::fs::write(out.join("keyring.json.txt"), keyring_json)
}
