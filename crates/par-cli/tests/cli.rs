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
