//! The `par` command as an office would run it.
//!
//! Exit codes checked throughout: 0 every file valid, 1 something checked failed, 2 the command
//! could not run.

#[path = "cli/appraise.rs"]
mod appraise;
#[path = "cli/hostile.rs"]
mod hostile;
#[path = "cli/key_registration.rs"]
mod key_registration;
#[path = "cli/keys.rs"]
mod keys;
#[path = "cli/output.rs"]
mod output;
#[path = "cli/rank.rs"]
mod rank;
#[path = "cli/score.rs"]
mod score;
#[path = "cli/sheet.rs"]
mod sheet;
#[path = "cli/verify.rs"]
mod verify;
#[path = "cli/verify_across_files.rs"]
mod verify_across_files;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn par_command(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_par"));
    command.args(args).current_dir(repo());
    command
}

pub fn par(args: &[&str]) -> Output {
    par_command(args).output().expect("par runs")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A new empty folder for one test.
pub fn fresh_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("par-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub fn temp_file(name: &str, content: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("par-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path
}

/// `text` as Windows Notepad saves it: UTF-8 with a byte-order mark in front.
pub fn with_bom(text: &str) -> String {
    format!("\u{feff}{text}")
}

pub const SAMPLE: &str = "frameworks/mau-xa-2025.json";
pub const SAMPLE_ANSWERS: &str = "frameworks/examples/mau-xa-2025.answers.json";

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
    // The set was checked and failed: 1, with the problem listed like any other.
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(text.contains("có 1 lỗi"), "{text}");
    assert!(
        text.contains("Tệp không phải JSON hợp lệ (dòng 1"),
        "{text}"
    );
    assert!(!stderr(&output).contains("panicked"));

    // A file that is not there could not be checked at all: 2.
    let output = par(&["framework", "check", "does/not/exist.json"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output)
            .contains("không đọc được tệp does/not/exist.json: không có tệp hoặc thư mục này"),
        "{}",
        stderr(&output)
    );
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
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("dành cho bộ tiêu chí “khac 3”"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn files_saved_by_windows_notepad_are_read_despite_the_byte_order_mark() {
    let sample = std::fs::read_to_string(repo().join(SAMPLE)).unwrap();
    let answers = std::fs::read_to_string(repo().join(SAMPLE_ANSWERS)).unwrap();
    let set = temp_file("bom-set.json", &with_bom(&sample));
    let answers = temp_file("bom-answers.json", &with_bom(&answers));
    let set = set.to_str().unwrap();

    let output = par(&["framework", "check", set]);
    assert!(output.status.success(), "{}", stdout(&output));
    let output = par(&["score", "--framework", set, answers.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("Tổng điểm:"));
}

#[test]
fn the_test_data_generator_prints_its_usage_instead_of_panicking() {
    let output = example("generate_submissions", &["--help"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("THƯ-MỤC-RA SỐ-TỆP"));

    let output = example("generate_submissions", &[]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("cần hai hoặc ba đối số"),
        "{}",
        stderr(&output)
    );
    assert!(stderr(&output).contains("Cách dùng"));
    assert!(!stderr(&output).contains("panicked"));

    let output = example("generate_submissions", &["/tmp/x", "nhiều"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("SỐ-TỆP “nhiều” không phải số nguyên"));
}

/// Runs one of this crate's examples.
pub fn example(name: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO"))
        .args(["run", "-q", "-p", "par-cli", "--example", name, "--"])
        .args(args)
        .current_dir(repo())
        .output()
        .expect("cargo runs")
}

/// Signed submissions from `count` made-up communes, and `keyring.json.txt` registering them.
pub fn generate(name: &str, count: u32) -> PathBuf {
    let dir = fresh_dir(name);
    let output = example(
        "generate_submissions",
        &[dir.to_str().unwrap(), &count.to_string()],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    dir
}

pub fn submissions_in(dir: &Path) -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    files.sort();
    files
}
