//! `par verify` against hostile files and hostile folders: the generated corpus of the
//! signed-file issue (par-core's tests/common/hostile.rs), named pipes, looping links, files
//! over the size limit, conflicting criteria sets. Nothing hangs, nothing forges a line, every
//! refusal says what is wrong.

use std::time::{Duration, Instant};

use super::*;

#[path = "../../../par-core/tests/common/mod.rs"]
mod common;

use common::hostile::{corpus, padded, Expect};

/// The corpus written to a folder, with the keyring that registers its key.
fn corpus_folder(name: &str) -> (PathBuf, PathBuf, usize) {
    let dir = fresh_dir(name);
    let (f, files) = corpus();
    for file in &files {
        std::fs::write(dir.join(format!("{}.json", file.name)), &file.text).unwrap();
    }
    let keyring = dir.join("keyring.txt");
    std::fs::write(&keyring, serde_json::to_string(&f.keyring).unwrap()).unwrap();
    let valid = files
        .iter()
        .filter(|f| matches!(f.expect, Expect::Valid))
        .count();
    (dir, keyring, valid)
}

/// Runs `par` and fails the test if it has not finished within `limit`.
fn par_within(args: &[&str], limit: Duration) -> Output {
    let mut child = par_command(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("par runs");
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > limit {
            child.kill().unwrap();
            panic!("par verify {args:?} did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

#[test]
fn the_hostile_corpus_is_refused_file_by_file_and_no_line_is_forged() {
    let (dir, keyring, valid) = corpus_folder("hostile-corpus");
    let output = par(&[
        "verify",
        "--keys",
        keyring.to_str().unwrap(),
        "--framework",
        SAMPLE,
        dir.to_str().unwrap(),
    ]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}{}", stderr(&output));
    assert_eq!(
        text.lines().filter(|l| l.starts_with("✓ ")).count(),
        valid,
        "{text}"
    );
    // The name that carries a newline and a forged line is shown escaped, inside its own line.
    assert!(!text.contains("\n✓ gia-mao.json"), "{text}");
    assert!(text.contains("Tân Lập\\n✓ gia-mao.json"), "{text}");
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{202e}'),
        "raw escapes: {text}"
    );
    // A revision near 2^32: the gap before it is one range, not four billion numbers.
    assert!(text.contains("thiếu lần xuất 2–4294967294"), "{text}");
    assert!(text.len() < 20_000, "{} bytes of output", text.len());
    for line in text.lines() {
        assert!(
            !["invalid type", "expected", "struct ", "unknown field", "`"]
                .iter()
                .any(|english| line.contains(english)),
            "{line}"
        );
    }
}

#[test]
fn a_named_pipe_or_a_looping_link_is_reported_at_once_not_waited_on_or_skipped() {
    let dir = fresh_dir("hostile-fifo");
    let fifo = dir.join("ong.json");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("mkfifo unavailable: skipped");
        return;
    }
    std::os::unix::fs::symlink(dir.join("vong.json"), dir.join("vong.json")).unwrap();
    let output = par_within(
        &["verify", "--framework", SAMPLE, dir.to_str().unwrap()],
        Duration::from_secs(20),
    );
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}{}", stderr(&output));
    assert!(text.contains("ong.json: không đọc được tệp"), "{text}");
    assert!(text.contains("không phải tệp thông thường"), "{text}");
    assert!(text.contains("vong.json: không đọc được tệp"), "{text}");
    assert!(text.contains("liên kết (symlink) vòng quanh"), "{text}");
    assert!(text.contains("2 tệp: 0 hợp lệ"), "{text}");
}

#[test]
fn a_file_over_the_size_limit_is_refused_without_being_read() {
    let dir = fresh_dir("hostile-large");
    let f = common::signed::fixture();
    let large = dir.join("lon.json");
    std::fs::write(&large, padded(&f, 50 * 1024 * 1024)).unwrap();
    let output = par_within(
        &["verify", "--framework", SAMPLE, large.to_str().unwrap()],
        Duration::from_secs(20),
    );
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}{}", stderr(&output));
    assert!(text.contains("quá giới hạn 4.194.304 byte"), "{text}");
}

#[test]
fn two_different_criteria_sets_with_one_id_and_version_stop_the_run() {
    let dir = fresh_dir("hostile-sets");
    let mut set: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(repo().join(SAMPLE)).unwrap()).unwrap();
    set["title"] = serde_json::json!("Bộ tiêu chí đã sửa");
    let changed = dir.join("bo-sua.json");
    std::fs::write(&changed, set.to_string()).unwrap();
    let f = common::signed::fixture();
    let file = dir.join("ho-so.json");
    std::fs::write(&file, &f.text).unwrap();
    let output = par(&[
        "verify",
        "--framework",
        SAMPLE,
        "--framework",
        changed.to_str().unwrap(),
        file.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2), "{}", stdout(&output));
    let error = stderr(&output);
    assert!(
        error.contains("hai bộ tiêu chí khác nhau cùng mã “mau-xa-2025” phiên bản 1"),
        "{error}"
    );
    assert!(error.contains("bo-sua.json"), "{error}");
    // The same set twice (a file and the folder holding it) is no conflict.
    let output = par(&[
        "verify",
        "--framework",
        SAMPLE,
        "--framework",
        "frameworks/",
        file.to_str().unwrap(),
    ]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}{}",
        stdout(&output),
        stderr(&output)
    );
}
