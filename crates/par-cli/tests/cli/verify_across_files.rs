//! `par verify` on a year's files together: the same file under two names, each unit's
//! revisions and the one to appraise, the chain of `replaces`, and the hash on each line.
//!
//! The files are signed here with `par-core`, as the app signs them, so each test makes exactly
//! the revisions it needs.

use super::*;

use par_core::submission::{ExportMeta, Keyring, Payload, Submission, UnitKey};
use par_core::{Answers, Framework, UnitInfo};

/// A made-up commune with its own key.
struct Commune {
    key: UnitKey,
    unit: UnitInfo,
}

fn commune(number: u8) -> Commune {
    let mut secret = [number; 32];
    secret[31] = 0xa5;
    Commune {
        key: UnitKey::from_secret(secret),
        unit: UnitInfo {
            province: "Tỉnh mẫu".into(),
            name: format!("UBND xã Thử Nghiệm {number}"),
            code: format!("{number:05}"),
            year: 2025,
            preparer: "Nguyễn Văn An".into(),
            chairperson: "Trần Thị Bình".into(),
        },
    }
}

fn sample() -> (Framework, Answers) {
    let set = std::fs::read_to_string(repo().join(SAMPLE)).unwrap();
    let answers = std::fs::read_to_string(repo().join(SAMPLE_ANSWERS)).unwrap();
    (
        par_core::load_framework(&set).unwrap(),
        par_core::parse_json(&answers).unwrap(),
    )
}

/// One export of `commune`, signed, with its submission hash. `export_number` makes the
/// submission id, so two exports of the same revision are different submissions.
fn export(
    commune: &Commune,
    revision: u32,
    replaces: Option<&str>,
    export_number: u32,
) -> (Submission, String) {
    let (set, answers) = sample();
    let meta = ExportMeta {
        submission_id: format!("{:032x}", u128::from(export_number) + 0xc0ffee),
        created_at: format!("2025-12-{:02}T09:30:00Z", export_number % 28 + 1),
        revision,
        replaces: replaces.map(str::to_string),
    };
    let payload = Payload::new(&set, &commune.unit, &answers, meta);
    Submission::sign_and_hash(payload, &commune.key)
}

fn write(dir: &Path, name: &str, submission: &Submission) -> String {
    let path = dir.join(name);
    std::fs::write(&path, submission.to_json()).unwrap();
    path.to_string_lossy().into_owned()
}

fn keyring_for(dir: &Path, communes: &[&Commune]) -> PathBuf {
    let mut keyring = Keyring::default();
    for commune in communes {
        let unit = &commune.unit;
        keyring
            .add(&unit.code, &unit.name, &commune.key.public_key_hex())
            .unwrap();
    }
    let path = dir.join("keyring.json.txt");
    std::fs::write(&path, serde_json::to_string_pretty(&keyring).unwrap()).unwrap();
    path
}

fn verify_with_keys(keyring: &Path, files: &[&str]) -> Output {
    let mut args = vec![
        "verify",
        "--keys",
        keyring.to_str().unwrap(),
        "--framework",
        SAMPLE,
    ];
    args.extend(files);
    par(&args)
}

#[test]
fn the_same_file_given_under_several_names_is_verified_once_and_named_together() {
    let dir = fresh_dir("across-same-file");
    let tan_lap = commune(1);
    let (r1, _) = export(&tan_lap, 1, None, 1);
    let file = write(&dir, "r1.json", &r1);
    let same_path = dir.join(".").join("r1.json");
    let same_path = same_path.to_str().unwrap();
    let copy = dir.join("ban-sao.json");
    std::fs::copy(&file, &copy).unwrap();
    let copy = copy.to_str().unwrap();
    // Saved again by another program: other spacing, same signed payload.
    let compact = dir.join("gon.json");
    std::fs::write(&compact, serde_json::to_string(&r1).unwrap()).unwrap();
    let compact = compact.to_str().unwrap();
    let keyring = keyring_for(&dir, &[&tan_lap]);

    let output = verify_with_keys(&keyring, &[&file, same_path, copy, compact, &file]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "{text}{}", stderr(&output));
    assert_eq!(
        text.lines().filter(|l| l.starts_with("✓ ")).count(),
        1,
        "{text}"
    );
    assert!(text.contains(&format!("✓ {file}: hợp lệ")), "{text}");
    assert!(
        text.contains(&format!(
            "  Cùng một tệp, chỉ xác minh một lần: {file} = {same_path} (cùng đường dẫn) = \
             {file} (cùng đường dẫn) = {copy} (nội dung giống hệt) = {compact} (cùng hồ sơ: \
             cùng mã băm, cùng khóa ký)\n"
        )),
        "{text}"
    );
    assert!(text.contains("1 tệp: 1 hợp lệ, 0 không hợp lệ."), "{text}");
}

#[test]
fn revisions_that_chain_name_the_latest_as_the_file_to_appraise() {
    let dir = fresh_dir("across-chain");
    let (tan_lap, binh_an) = (commune(1), commune(2));
    let (r1, r1_hash) = export(&tan_lap, 1, None, 1);
    let (r2, _) = export(&tan_lap, 2, Some(&r1_hash), 2);
    let (other, _) = export(&binh_an, 1, None, 3);
    let r1 = write(&dir, "tan-lap-r1.json", &r1);
    let r2 = write(&dir, "tan-lap-r2.json", &r2);
    let other = write(&dir, "binh-an-r1.json", &other);
    let keyring = keyring_for(&dir, &[&tan_lap, &binh_an]);

    // Given in any order, the units come sorted by code, then revision.
    let output = verify_with_keys(&keyring, &[&other, &r2, &r1]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "{text}{}", stderr(&output));
    let expected = format!(
        "Đối chiếu giữa các tệp (không tính các tệp không hợp lệ):\n\
         \x20 Đơn vị 00001 (UBND xã Thử Nghiệm 1), năm 2025 — tệp cần thẩm định (mới nhất): lần xuất 2 (tệp {r2})\n\
         \x20   lần xuất 1: tệp {r1}\n\
         \x20   lần xuất 2: tệp {r2}\n\
         \x20 Đơn vị 00002 (UBND xã Thử Nghiệm 2), năm 2025 — tệp cần thẩm định (mới nhất): lần xuất 1 (tệp {other})\n\
         3 tệp: 3 hợp lệ, 0 không hợp lệ.\n"
    );
    assert!(text.ends_with(&expected), "{text}");

    let output = par(&[
        "--lang",
        "en",
        "verify",
        "--framework",
        SAMPLE,
        &r1,
        &r2,
        &other,
    ]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "{text}{}", stderr(&output));
    assert!(
        text.contains(&format!(
            "  Unit 00001 (UBND xã Thử Nghiệm 1), year 2025 — file to appraise (latest): revision 2 (file {r2})\n"
        )),
        "{text}"
    );

    // Only the latest sent: nothing contradicts it, the missing revision is noted.
    let output = verify_with_keys(&keyring, &[&r2]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "{text}{}", stderr(&output));
    assert!(text.contains("    lưu ý: thiếu lần xuất 1\n"), "{text}");
    assert!(!text.contains("✗"), "{text}");
}

#[test]
fn a_revision_replacing_another_file_than_the_one_present_fails_the_run() {
    let dir = fresh_dir("across-broken-chain");
    let tan_lap = commune(1);
    let (r1, _) = export(&tan_lap, 1, None, 1);
    // The revision 2 was made from another first export, which the office never received.
    let (_, other_r1_hash) = export(&tan_lap, 1, None, 2);
    let (r2, _) = export(&tan_lap, 2, Some(&other_r1_hash), 3);
    let r1 = write(&dir, "r1.json", &r1);
    let r2 = write(&dir, "r2.json", &r2);
    let keyring = keyring_for(&dir, &[&tan_lap]);

    let output = verify_with_keys(&keyring, &[&r1, &r2]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}{}", stderr(&output));
    // Each file is fine on its own; it is the pair that does not hold together.
    assert_eq!(
        text.lines().filter(|l| l.starts_with("✓ ")).count(),
        2,
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "    ✗ lần xuất 2 (tệp {r2}) ghi thay thế cho một tệp khác với lần xuất 1 đang có (tệp {r1})\n"
        )),
        "{text}"
    );
    assert!(
        text.ends_with("2 tệp: 2 hợp lệ, 0 không hợp lệ; 1 vấn đề giữa các tệp.\n"),
        "{text}"
    );

    let output = par(&["--lang", "en", "verify", "--framework", SAMPLE, &r1, &r2]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(
        text.contains(&format!(
            "✗ revision 2 (file {r2}) replaces a file other than the revision 1 present (file {r1})"
        )),
        "{text}"
    );
    assert!(text.ends_with("; 1 problem across files.\n"), "{text}");
}

#[test]
fn two_different_files_of_one_revision_fail_the_run() {
    let dir = fresh_dir("across-two-r1");
    let tan_lap = commune(1);
    let (first, _) = export(&tan_lap, 1, None, 1);
    let (second, _) = export(&tan_lap, 1, None, 2);
    let a = write(&dir, "a-r1.json", &first);
    let b = write(&dir, "b-r1.json", &second);
    let keyring = keyring_for(&dir, &[&tan_lap]);

    let output = verify_with_keys(&keyring, &[&b, &a]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}{}", stderr(&output));
    assert!(
        text.contains(
            "Đơn vị 00001 (UBND xã Thử Nghiệm 1), năm 2025 — lần xuất mới nhất (1) có nhiều tệp, chưa rõ tệp cần thẩm định\n"
        ),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "    ✗ đơn vị 00001 có hai tệp lần xuất 1 khác nhau: {a}, {b} — hỏi lại đơn vị tệp nào là bản nộp\n"
        )),
        "{text}"
    );
    assert!(text.ends_with("; 1 vấn đề giữa các tệp.\n"), "{text}");
}

#[test]
fn each_verified_line_shows_the_start_of_the_submission_hash_for_the_paper_sheet() {
    let dir = fresh_dir("across-hash");
    let tan_lap = commune(1);
    let (r1, hash) = export(&tan_lap, 1, None, 1);
    let file = write(&dir, "r1.json", &r1);
    let keyring = keyring_for(&dir, &[&tan_lap]);

    // The hash the office compares is the one of the file as received.
    let received: Submission =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(received.payload.hash(), hash);
    let prefix = format!(
        "{} {} {} {}",
        &hash[0..4],
        &hash[4..8],
        &hash[8..12],
        &hash[12..16]
    );

    let output = verify_with_keys(&keyring, &[&file]);
    let text = stdout(&output);
    let line = text.lines().next().unwrap();
    assert!(line.starts_with(&format!("✓ {file}: hợp lệ — ")), "{text}");
    assert!(line.contains(&format!(", mã băm {prefix}…, ")), "{line}");

    // Without a keyring the `?` line carries it too, in English as well.
    let output = par(&["--lang", "en", "verify", "--framework", SAMPLE, &file]);
    let line = stdout(&output).lines().next().unwrap().to_string();
    assert!(line.starts_with(&format!("? {file}: ")), "{line}");
    assert!(line.contains(&format!(", hash {prefix}…, ")), "{line}");
}
