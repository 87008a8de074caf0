//! The appraisal round on the command line: the sheet exported and signed back, then every
//! file of the round verified by `par verify`, which says what kind each file is; tampered and
//! foreign files refused with their reason.

use super::*;
use par_core::appraisal::{
    Appraisal, Explanation, ExplanationPayload, FinalPayload, FinalResult, KnownAppraisal,
    KnownSubmission, RequestAnswer, SubmissionLink,
};
use par_core::score::OfficeEntries;
use par_core::submission::{Submission, UnitKey};

const OFFICE_SECRET: [u8; 32] = [9; 32];

/// The key `generate_submissions` gives unit `i`.
fn unit_key(i: u32) -> UnitKey {
    let mut secret = [0u8; 32];
    secret[..4].copy_from_slice(&i.to_le_bytes());
    secret[31] = 0x5a;
    UnitKey::from_secret(secret)
}

/// The sheet with the not-applicable claim of 3.5.3 rejected and explained for unit 00001.
fn filled(sheet: &str) -> String {
    sheet
        .lines()
        .map(|line| {
            if line.starts_with("00001,") && line.contains(",3.5.3,") {
                let kept = line
                    .strip_suffix(",,,,")
                    .expect("four empty cells at the end");
                format!("{kept},,x,Có 2 hồ sơ trên Hệ thống,Giải trình số hồ sơ cấp phép\n")
            } else {
                format!("{line}\n")
            }
        })
        .collect()
}

struct Round {
    dir: PathBuf,
    keyring: PathBuf,
    submission: PathBuf,
    appraisal: PathBuf,
}

fn appraised(name: &str) -> Round {
    let dir = generate(name, 2);
    let keyring = dir.join("keyring.json.txt");
    let submission = PathBuf::from(&submissions_in(&dir)[0]);
    let sheet = dir.join("tham-dinh.csv");
    let common = |command: &str| {
        vec![
            "appraise".to_string(),
            command.to_string(),
            "--framework".into(),
            SAMPLE.into(),
            "--keys".into(),
            keyring.to_string_lossy().into_owned(),
            submission.to_string_lossy().into_owned(),
        ]
    };
    let mut args = common("export");
    args.extend(["-o".to_string(), sheet.to_string_lossy().into_owned()]);
    let output = par(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(output.status.success(), "{}", stderr(&output));
    let text = std::fs::read_to_string(&sheet).unwrap();
    assert!(
        text.starts_with("\u{feff}Mã đơn vị,Đơn vị,Mã băm hồ sơ"),
        "{text}"
    );
    assert!(stdout(&output).contains("1 đơn vị"), "{}", stdout(&output));
    std::fs::write(&sheet, filled(&text)).unwrap();

    let key_file = dir.join("khoa-so-noi-vu.txt");
    std::fs::write(&key_file, hex_of(&OFFICE_SECRET)).unwrap();
    let out = dir.join("out");
    let mut args = common("sign");
    args.extend(
        [
            "--sheet",
            sheet.to_str().unwrap(),
            "--key",
            key_file.to_str().unwrap(),
            "--deadline",
            "2026-01-20T10:00:00Z",
            "--created-at",
            "2026-01-10T08:00:00Z",
            "--out",
            out.to_str().unwrap(),
        ]
        .map(String::from),
    );
    let output = par(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(output.status.success(), "{}", stderr(&output));
    let appraisal = out.join("TD-2025-00001-v1.json");
    assert!(stdout(&output).contains("Đã ký"), "{}", stdout(&output));
    Round {
        dir,
        keyring,
        submission,
        appraisal,
    }
}

fn hex_of(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn office_key_id() -> String {
    UnitKey::from_secret(OFFICE_SECRET).key_id()
}

fn verify_round(round: &Round, office_key: &str, files: &[&Path]) -> Output {
    let mut args = vec![
        "verify".to_string(),
        "--keys".into(),
        round.keyring.to_string_lossy().into_owned(),
        "--framework".into(),
        SAMPLE.into(),
        "--office-key".into(),
        office_key.into(),
    ];
    args.extend(files.iter().map(|f| f.to_string_lossy().into_owned()));
    par(&args.iter().map(String::as_str).collect::<Vec<_>>())
}

#[test]
fn the_round_signed_from_the_sheet_verifies_file_by_file() {
    let round = appraised("appraise-round");
    let appraisal_text = std::fs::read_to_string(&round.appraisal).unwrap();
    let (appraisal, appraisal_hash) = Appraisal::open(&appraisal_text).unwrap();
    assert!(appraisal.payload.office.rejected_claims.contains("3.5.3"));
    assert_eq!(appraisal.payload.requests.len(), 1);

    // The unit answers; the office publishes the final result.
    let checked = par_core::submission::verify(
        &std::fs::read_to_string(&round.submission).unwrap(),
        Default::default(),
    );
    let (submission, hash): (Submission, String) =
        (checked.submission.unwrap(), checked.hash.unwrap());
    let explanation = Explanation::sign(
        ExplanationPayload {
            explanation_id: "b".repeat(32),
            created_at: "2026-01-15T03:00:00Z".into(),
            appraisal: appraisal_hash.clone(),
            submission: SubmissionLink::of(&submission.payload, &hash),
            answers: [(
                "3.5.3".to_string(),
                RequestAnswer {
                    text: "Hồ sơ do cấp tỉnh giải quyết".into(),
                    evidence: Vec::new(),
                },
            )]
            .into(),
            par_core_version: par_core::VERSION.into(),
        },
        &unit_key(0),
    );
    let explanation_path = round.dir.join("giai-trinh.json");
    std::fs::write(&explanation_path, explanation.to_json()).unwrap();
    let framework =
        par_core::load_framework(&std::fs::read_to_string(repo().join(SAMPLE)).unwrap()).unwrap();
    let final_result = FinalResult::sign(
        FinalPayload::new(
            &framework,
            KnownSubmission {
                payload: &submission.payload,
                hash: &hash,
            },
            KnownAppraisal {
                payload: &appraisal.payload,
                hash: &appraisal_hash,
            },
            Some(explanation.hash()),
            OfficeEntries::default(),
            ("d".repeat(32), "2026-02-01T08:00:00Z".into()),
        ),
        &UnitKey::from_secret(OFFICE_SECRET),
    );
    let final_path = round.dir.join("ket-qua.json");
    std::fs::write(&final_path, final_result.to_json()).unwrap();

    let files = [
        final_path.as_path(),
        explanation_path.as_path(),
        round.appraisal.as_path(),
        round.submission.as_path(),
    ];
    let output = verify_round(&round, &office_key_id(), &files);
    let text = stdout(&output);
    assert!(output.status.success(), "{text}{}", stderr(&output));
    assert!(
        text.contains("kết quả thẩm định (vòng 1) — hợp lệ"),
        "{text}"
    );
    assert!(text.contains("giải trình — hợp lệ"), "{text}");
    assert!(text.contains("kết quả cuối cùng — hợp lệ"), "{text}");
    assert!(
        text.contains("3 tệp thẩm định, giải trình, kết quả cuối cùng: 3 hợp lệ"),
        "{text}"
    );

    // An explanation signed by another unit's key is refused, naming the reason.
    let forged = Explanation::sign(explanation.payload.clone(), &unit_key(1));
    std::fs::write(&explanation_path, forged.to_json()).unwrap();
    let output = verify_round(&round, &office_key_id(), &files);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains("không phải khóa đã đăng ký của đơn vị 00001"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn tampered_or_foreign_appraisals_are_refused_with_the_reason() {
    let round = appraised("appraise-refused");
    let text = std::fs::read_to_string(&round.appraisal).unwrap();
    let files = [round.appraisal.as_path(), round.submission.as_path()];

    // Another office key than the one confirmed: the loud warning, and the run fails.
    let output = verify_round(&round, "AAAA-AAAA-AAAA-AAAA", &files);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("CẢNH BÁO"), "{}", stdout(&output));

    // A remark changed after signing.
    let tampered = text.replacen("Có 2 hồ sơ", "Có 5 hồ sơ", 1);
    std::fs::write(&round.appraisal, tampered).unwrap();
    let output = verify_round(&round, &office_key_id(), &files);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains("kết quả thẩm định — nội dung đã bị thay đổi sau khi ký"),
        "{}",
        stdout(&output)
    );

    // Re-signed for another submission hash by the genuine office key.
    let (mut appraisal, _) = Appraisal::open(&text).unwrap();
    appraisal.payload.submission.sha256 = "f".repeat(64);
    let moved = Appraisal::sign(appraisal.payload, &UnitKey::from_secret(OFFICE_SECRET));
    std::fs::write(&round.appraisal, moved.to_json()).unwrap();
    let output = verify_round(&round, &office_key_id(), &files);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    assert!(
        stdout(&output)
            .contains("kết quả thẩm định (vòng 1) — tệp dành cho hồ sơ ffff ffff ffff ffff"),
        "{}",
        stdout(&output)
    );
    // Alone, without the unit's submission, it is genuine but not checked against anything.
    let output = verify_round(&round, &office_key_id(), &files[..1]);
    assert_eq!(output.status.code(), Some(0));
    assert!(
        stdout(&output).contains("CHƯA đối chiếu đủ"),
        "{}",
        stdout(&output)
    );
}

/// One generated unit's verified submission, appraised with `par appraise` in a folder of its
/// own: the export and sign commands with everything but the sheet, key and output fixed.
struct OneUnit {
    dir: PathBuf,
    keyring: PathBuf,
    submission: String,
}

impl OneUnit {
    fn new(name: &str) -> Self {
        let dir = generate(name, 1);
        let keyring = dir.join("keyring.json.txt");
        let submission = submissions_in(&dir)[0].clone();
        OneUnit {
            dir,
            keyring,
            submission,
        }
    }

    fn export(&self, sheet: &Path) -> Output {
        par(&[
            "appraise",
            "export",
            "--framework",
            SAMPLE,
            "--keys",
            self.keyring.to_str().unwrap(),
            &self.submission,
            "-o",
            sheet.to_str().unwrap(),
        ])
    }

    fn sign(&self, sheet: &Path, key: &Path, out: &Path) -> std::process::Command {
        par_command(&[
            "appraise",
            "sign",
            "--framework",
            SAMPLE,
            "--keys",
            self.keyring.to_str().unwrap(),
            &self.submission,
            "--sheet",
            sheet.to_str().unwrap(),
            "--key",
            key.to_str().unwrap(),
            "--deadline",
            "2026-01-20T10:00:00Z",
            "--out",
            out.to_str().unwrap(),
        ])
    }
}

#[test]
fn a_sheet_that_cannot_be_signed_stops_the_command_saying_where() {
    let unit = OneUnit::new("appraise-bad-sheet");
    let sheet = unit.dir.join("tham-dinh.csv");
    let output = unit.export(&sheet);
    assert!(output.status.success(), "{}", stderr(&output));
    let exported = std::fs::read_to_string(&sheet).unwrap();
    let key_file = unit.dir.join("khoa.txt");
    std::fs::write(&key_file, hex_of(&OFFICE_SECRET)).unwrap();
    let sign = |content: &str| {
        std::fs::write(&sheet, content).unwrap();
        unit.sign(&sheet, &key_file, &unit.dir.join("out"))
            .output()
            .unwrap()
    };
    let set_cell = |code: &str, cells: &str| -> String {
        exported
            .lines()
            .map(|line| match line.contains(&format!(",{code},")) {
                true => format!("{},{cells}\n", line.strip_suffix(",,,,").unwrap()),
                false => format!("{line}\n"),
            })
            .collect()
    };
    // Another layout, a score above the item's maximum, a claim scored without rejecting it.
    let cases = [
        (
            exported.replacen("Điểm thẩm định", "Điểm", 1),
            "tiêu đề cột",
        ),
        (set_cell("1.1.1", "\"9,5\",,,"), "ngoài khoảng điểm"),
        (set_cell("3.5.3", "1,,,"), "tiêu chí 3.5.3"),
    ];
    for (content, says) in cases {
        let output = sign(&content);
        assert_eq!(output.status.code(), Some(2), "{}", stdout(&output));
        assert!(
            stderr(&output).contains(says),
            "{says}: {}",
            stderr(&output)
        );
    }
    assert!(!unit.dir.join("out").join("TD-2025-00001-v1.json").exists());
}

/// An office that appraises in Excel: the sheet exported as XLSX, filled (read and written back
/// as a spreadsheet program saves it) and signed from the XLSX gives the same decisions as the
/// CSV route; a file that is neither is refused with what to do.
#[test]
fn the_sheet_goes_out_and_comes_back_as_xlsx() {
    let unit = OneUnit::new("appraise-xlsx");
    let dir = &unit.dir;
    let sheet = dir.join("tham-dinh.xlsx");
    let output = unit.export(&sheet);
    assert!(output.status.success(), "{}", stderr(&output));
    let bytes = std::fs::read(&sheet).unwrap();
    assert!(par_sheet::is_xlsx(&bytes));
    let (name, mut rows) = par_sheet::read_table(&bytes).expect("an XLSX sheet");
    assert_eq!(name, "Thẩm định");
    assert_eq!(rows[0][0], "Mã đơn vị");
    assert_eq!(rows[1][0], "00001", "the unit code keeps its leading zeros");
    let row = rows
        .iter_mut()
        .find(|r| r[3] == "3.5.3")
        .expect("the row of 3.5.3");
    row[8] = "x".into();
    row[9] = "Có 2 hồ sơ trên Hệ thống".into();
    row[10] = "Giải trình số hồ sơ cấp phép".into();
    let row = rows.iter_mut().find(|r| r[3] == "1.1.1").expect("1.1.1");
    row[7] = "0,5".into();
    let headings: Vec<&str> = rows[0].iter().map(String::as_str).collect();
    let filled = par_sheet::table_xlsx("Thẩm định", &headings, &rows[1..], "2026-01-10").unwrap();
    std::fs::write(&sheet, filled).unwrap();

    let key_file = dir.join("khoa.txt");
    std::fs::write(&key_file, hex_of(&OFFICE_SECRET)).unwrap();
    let out = dir.join("out");
    let sign = |sheet: &Path| unit.sign(sheet, &key_file, &out).output().unwrap();
    let output = sign(&sheet);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = std::fs::read_to_string(out.join("TD-2025-00001-v1.json")).unwrap();
    let (appraisal, _) = Appraisal::open(&text).unwrap();
    let office = &appraisal.payload.office;
    assert!(office.rejected_claims.contains("3.5.3"));
    assert_eq!(
        office.adjusted.get("1.1.1").or(office.points.get("1.1.1")),
        Some(&par_core::Decimal::parse("0,5").unwrap())
    );
    assert_eq!(
        appraisal.payload.requests.get("3.5.3").map(String::as_str),
        Some("Giải trình số hồ sơ cấp phép")
    );

    // The office app's key backup instead of the bare secret: the passphrase from the
    // environment; a wrong one is said as such and nothing is signed.
    let backup = par_core::submission::backup_key(
        &UnitKey::from_secret(OFFICE_SECRET),
        "mật khẩu của Sở Nội vụ",
        [1; 16],
        [2; 24],
        par_core::submission::KdfParams {
            memory_kib: 64,
            iterations: 1,
            parallelism: 1,
        },
    )
    .unwrap();
    let backup_file = dir.join("SAO-LUU-KHOA.json");
    std::fs::write(&backup_file, backup.to_json()).unwrap();
    let with_backup = |passphrase: &str| {
        std::fs::remove_dir_all(&out).ok();
        unit.sign(&sheet, &backup_file, &out)
            .env("PAR_KEY_PASSPHRASE", passphrase)
            .output()
            .unwrap()
    };
    let output = with_backup("mật khẩu của Sở Nội vụ");
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains(&office_key_id()),
        "{}",
        stdout(&output)
    );
    let output = with_backup("mật khẩu khác hẳn");
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("Sai cụm mật khẩu"),
        "{}",
        stderr(&output)
    );
    assert!(!out.join("TD-2025-00001-v1.json").exists());

    // A zip that is not a workbook, and a file in another encoding.
    let fake = dir.join("gia.xlsx");
    std::fs::write(&fake, b"PK\x03\x04 not really a zip").unwrap();
    let output = sign(&fake);
    assert_eq!(output.status.code(), Some(2), "{}", stdout(&output));
    assert!(stderr(&output).contains("gia.xlsx"), "{}", stderr(&output));
    let latin = dir.join("latin.csv");
    std::fs::write(&latin, b"M\xe3 \xf0\xe1n v\xec\n").unwrap();
    let output = sign(&latin);
    assert!(stderr(&output).contains("CSV UTF-8"), "{}", stderr(&output));
}
