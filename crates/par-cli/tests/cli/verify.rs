//! `par verify`: one line per file, the sender checked against the keyring, exit codes.

use super::*;

fn verify_args<'a>(keyring: &'a Path, files: &'a [String]) -> Vec<&'a str> {
    let mut args = vec![
        "verify",
        "--keys",
        keyring.to_str().unwrap(),
        "--framework",
        SAMPLE,
    ];
    args.extend(files.iter().map(String::as_str));
    args
}

#[test]
fn verify_reports_one_line_per_file_and_fails_on_any_bad_file() {
    let dir = generate("verify-lines", 3);
    let keyring = dir.join("keyring.json.txt");
    let files = submissions_in(&dir);
    let args = verify_args(&keyring, &files);
    let output = par(&args);
    let text = stdout(&output);
    assert!(output.status.success(), "{text}{}", stderr(&output));
    assert_eq!(
        text.lines().filter(|l| l.starts_with("✓ ")).count(),
        3,
        "{text}"
    );
    assert!(
        text.contains("hợp lệ — UBND xã Thử Nghiệm 0 (00001), năm 2025, lần 1"),
        "{text}"
    );
    assert!(text.contains("3 tệp: 3 hợp lệ, 0 không hợp lệ."), "{text}");

    // Tamper with one file: the others still pass, the run fails and says why.
    let mut tampered = std::fs::read_to_string(&files[1]).unwrap();
    tampered = tampered.replacen(
        "\"preparer\": \"Nguyễn Văn An\"",
        "\"preparer\": \"Người Khác\"",
        1,
    );
    std::fs::write(&files[1], tampered).unwrap();
    let output = par(&args);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(
        text.contains("nội dung đã bị thay đổi sau khi ký"),
        "{text}"
    );
    assert!(text.contains("3 tệp: 2 hợp lệ, 1 không hợp lệ."), "{text}");

    // A folder stands for the files in it; --keyring is the same option as --keys.
    let folder = par(&[
        "verify",
        "--keyring",
        keyring.to_str().unwrap(),
        "--framework",
        "frameworks/",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(folder.status.code(), Some(1));
    assert!(
        stdout(&folder).contains("3 tệp: 2 hợp lệ, 1 không hợp lệ."),
        "{}{}",
        stdout(&folder),
        stderr(&folder)
    );
}

#[test]
fn without_a_keyring_the_sender_is_not_verified_and_not_counted_as_valid() {
    let dir = generate("verify-no-keys", 2);
    let files = submissions_in(&dir);
    let output = par(&["verify", "--framework", SAMPLE, &files[0], &files[1]]);
    let text = stdout(&output);
    // Anyone can make a key and sign: without the keyring nothing says who sent the files. They
    // did not fail either: marked apart, exit 0 (automation that checks senders passes --keys).
    assert_eq!(output.status.code(), Some(0), "{text}{}", stderr(&output));
    assert!(!text.contains("✓"), "{text}");
    let first = text.lines().next().unwrap();
    assert!(first.starts_with(&format!("? {}: ", files[0])), "{text}");
    assert!(
        first.contains("chữ ký khớp với khóa trong tệp, điểm tính lại khớp — CHƯA xác minh người gửi (thêm --keys SỔ-KHÓA.json)"),
        "{first}"
    );
    assert!(first.contains("UBND xã Thử Nghiệm 0 (00001)"), "{first}");
    assert!(
        text.contains("chưa đối chiếu với khóa đã đăng ký"),
        "{text}"
    );
    assert!(
        text.contains("2 tệp: 0 hợp lệ, 2 chưa xác minh người gửi, 0 không hợp lệ."),
        "{text}"
    );

    let output = par(&["--lang", "en", "verify", "--framework", SAMPLE, &files[0]]);
    let text = stdout(&output);
    assert!(
        text.contains("sender NOT verified (add --keys KEYRING.json)"),
        "{text}"
    );
    assert!(
        text.contains("1 files: 0 valid, 1 sender not verified, 0 failed."),
        "{text}"
    );
}

#[test]
fn without_a_criteria_set_verify_says_so_once_and_exits_2() {
    let dir = generate("verify-no-set", 1);
    let files = submissions_in(&dir);
    let keyring = dir.join("keyring.json.txt");
    let output = par(&["verify", "--keys", keyring.to_str().unwrap(), &files[0]]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stdout(&output), "", "no line per file");
    assert_eq!(
        stderr(&output),
        "Lỗi: chưa nạp bộ tiêu chí nào; thêm --framework TỆP-HOẶC-THƯ-MỤC\n"
    );

    let empty = fresh_dir("verify-empty-sets");
    let output = par(&["verify", "--framework", empty.to_str().unwrap(), &files[0]]);
    assert_eq!(output.status.code(), Some(2));
    let text = stderr(&output);
    assert!(text.contains("chưa nạp bộ tiêu chí nào"), "{text}");
    assert!(text.contains(&empty.display().to_string()), "{text}");
}

#[test]
fn a_folder_with_nothing_to_verify_is_an_error_and_json_is_matched_in_any_case() {
    let empty = fresh_dir("verify-nothing");
    std::fs::write(empty.join("ghi-chu.txt"), "không phải hồ sơ").unwrap();
    let output = par(&["verify", "--framework", SAMPLE, empty.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let text = stderr(&output);
    assert!(
        text.contains("không có tệp hồ sơ (.json) nào để xác minh trong"),
        "{text}"
    );
    assert!(text.contains(&empty.display().to_string()), "{text}");

    // Names in capitals, as files copied from Windows often are.
    let dir = generate("verify-upper", 2);
    for file in submissions_in(&dir) {
        std::fs::rename(&file, file.replace(".json", ".JSON")).unwrap();
    }
    let keyring = dir.join("keyring.json.txt");
    let output = par(&[
        "verify",
        "--keys",
        keyring.to_str().unwrap(),
        "--framework",
        SAMPLE,
        dir.to_str().unwrap(),
    ]);
    assert!(
        output.status.success(),
        "{}{}",
        stdout(&output),
        stderr(&output)
    );
    assert!(stdout(&output).contains("2 tệp: 2 hợp lệ, 0 không hợp lệ."));
}

#[test]
fn submissions_and_keyrings_with_a_byte_order_mark_verify() {
    let dir = generate("verify-bom", 1);
    let files = submissions_in(&dir);
    let keyring = dir.join("keyring.json.txt");
    for path in [Path::new(&files[0]), keyring.as_path()] {
        let text = std::fs::read_to_string(path).unwrap();
        std::fs::write(path, with_bom(&text)).unwrap();
    }
    let output = par(&verify_args(&keyring, &files));
    assert!(
        output.status.success(),
        "{}{}",
        stdout(&output),
        stderr(&output)
    );
    assert!(stdout(&output).starts_with("✓ "));
}

#[test]
fn a_missing_or_damaged_keyring_stops_verify_with_exit_2() {
    let dir = generate("verify-bad-keyring", 1);
    let files = submissions_in(&dir);
    let missing = dir.join("khong-co.json");
    let output = par(&verify_args(&missing, &files));
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("không có sổ khóa"),
        "{}",
        stderr(&output)
    );

    let keyring = dir.join("keyring.json.txt");
    let mut value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&keyring).unwrap()).unwrap();
    value["keys"][0]["key_id"] = "AAAA-BBBB-CCCC-DDDD".into();
    std::fs::write(&keyring, value.to_string()).unwrap();
    let output = par(&verify_args(&keyring, &files));
    assert_eq!(output.status.code(), Some(2));
    let text = stderr(&output);
    assert!(text.contains("có 1 lỗi"), "{text}");
    assert!(
        text.contains(
            "keys[0].key_id: mã khóa “AAAA-BBBB-CCCC-DDDD” không khớp với khóa công khai"
        ),
        "{text}"
    );
    assert_eq!(stdout(&output), "");
}
