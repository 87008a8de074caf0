//! The `par` command as an office would run it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn par(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_par"))
        .args(args)
        .current_dir(repo())
        .output()
        .expect("par runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn temp_file(name: &str, content: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("par-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path
}

const SAMPLE: &str = "frameworks/mau-xa-2025.json";
const SAMPLE_ANSWERS: &str = "frameworks/examples/mau-xa-2025.answers.json";

#[test]
fn committed_schemas_match_the_rust_types() {
    let output = par(&["schema", "--check", "--out", "frameworks/schema"]);
    assert!(
        output.status.success(),
        "schemas drifted from the types; run `cargo run -p par-cli -- schema`:\n{}",
        stdout(&output)
    );
}

#[test]
fn the_sample_framework_passes_the_check() {
    let output = par(&["framework", "check", SAMPLE]);
    assert!(
        output.status.success(),
        "{}{}",
        stdout(&output),
        stderr(&output)
    );
    assert!(stdout(&output).starts_with("Hợp lệ"), "{}", stdout(&output));
    assert!(stdout(&output).contains("tổng điểm tối đa 100,00"));
}

#[test]
fn a_broken_framework_lists_every_problem_and_exits_1() {
    let mut set: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(repo().join(SAMPLE)).unwrap()).unwrap();
    set["year"] = 1999.into();
    set["fields"][0]["max_points"] = 1.into();
    let path = temp_file("broken.json", &set.to_string());
    let output = par(&["framework", "check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(text.contains("có 2 lỗi"), "{text}");
    assert!(text.contains("year: Năm phải từ 2000 đến 2100."), "{text}");
    assert!(text.contains("fields[0].max_points"), "{text}");
}

#[test]
fn malformed_json_is_a_sentence_not_a_panic() {
    let path = temp_file("cut.json", "{\"format\": \"par-framework/1\", \"id\": ");
    let output = par(&["framework", "check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let text = stderr(&output);
    assert!(text.starts_with("Lỗi: tệp"), "{text}");
    assert!(text.contains("dòng 1"), "{text}");
    assert!(!text.contains("panicked"));

    let output = par(&["framework", "check", "does/not/exist.json"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("không đọc được tệp"));
}

#[test]
fn score_prints_the_table_and_totals() {
    let output = par(&["score", "--framework", SAMPLE, SAMPLE_ANSWERS]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("Tổng điểm:"), "{text}");
    assert!(text.contains("Chỉ số:"));
    assert!(text.contains("Xếp loại:"));
    assert!(text.contains("chờ"), "survey items are shown as pending");
}

#[test]
fn score_json_is_the_score_sheet() {
    let output = par(&["score", "--framework", SAMPLE, SAMPLE_ANSWERS, "--json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let sheet: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(sheet["total"].is_number());
    assert!(sheet["problems"].as_array().unwrap().is_empty());
}

#[test]
fn answers_for_another_framework_are_refused() {
    let path = temp_file(
        "other.json",
        r#"{"framework_id": "khac", "framework_version": "3", "items": {}}"#,
    );
    let output = par(&["score", "--framework", SAMPLE, path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("dành cho bộ tiêu chí “khac 3”"),
        "{}",
        stderr(&output)
    );
}

fn generate(count: u32) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("par-verify-{}-{count}", std::process::id()));
    let status = Command::new(env!("CARGO"))
        .args([
            "run",
            "-q",
            "-p",
            "par-cli",
            "--example",
            "generate_submissions",
            "--",
        ])
        .arg(&dir)
        .arg(count.to_string())
        .current_dir(repo())
        .status()
        .unwrap();
    assert!(status.success());
    dir
}

fn submissions_in(dir: &Path) -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    files.sort();
    files
}

#[test]
fn verify_reports_one_line_per_file_and_fails_on_any_bad_file() {
    let dir = generate(3);
    let keyring = dir.join("keyring.json.txt");
    let files = submissions_in(&dir);
    let mut args = vec![
        "verify",
        "--keys",
        keyring.to_str().unwrap(),
        "--framework",
        SAMPLE,
    ];
    args.extend(files.iter().map(String::as_str));
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

    // A folder stands for the files in it.
    let folder = par(&[
        "verify",
        "--keys",
        keyring.to_str().unwrap(),
        "--framework",
        "frameworks/",
        dir.to_str().unwrap(),
    ]);
    assert!(
        stdout(&folder).contains("3 tệp: 2 hợp lệ, 1 không hợp lệ."),
        "{}{}",
        stdout(&folder),
        stderr(&folder)
    );

    // Without the criteria set the office cannot recompute: said plainly.
    let output = par(&["verify", &files[0]]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("không có bộ tiêu chí “mau-xa-2025” phiên bản 1"));
    assert!(stdout(&output).contains("chưa đối chiếu với khóa đã đăng ký"));
}

#[test]
fn keys_add_and_list_manage_the_keyring() {
    let dir = std::env::temp_dir().join(format!("par-keys-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let keyring = dir.join("keyring.json");
    let _ = std::fs::remove_file(&keyring);
    let key = par_core::submission::UnitKey::from_secret([3; 32]);
    let k = keyring.to_str().unwrap();
    let output = par(&[
        "keys",
        "--keyring",
        k,
        "add",
        "--unit",
        "00004",
        "--name",
        "UBND xã Tân Lập",
        &key.public_key_hex(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains(&key.key_id()));
    let output = par(&[
        "keys",
        "--keyring",
        k,
        "add",
        "--unit",
        "4",
        &key.public_key_hex(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("phải gồm 5 chữ số"),
        "{}",
        stderr(&output)
    );
    let output = par(&["keys", "--keyring", k, "list"]);
    assert!(stdout(&output).contains("00004") && stdout(&output).contains(&key.key_id()));
}
