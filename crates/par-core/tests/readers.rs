//! Every file the product reads goes through one reader (par_core::json): a key written twice,
//! a number the canonical form would change, or a file over the size limit is refused the same
//! way whatever the file is — submission, criteria set, answers, draft, backup, keyring, key
//! backup.

mod common;

use par_core::draft::{migrate, Backup};
use par_core::json::MAX_FILE_BYTES;
use par_core::submission::{backup_key, restore_key, Keyring, UnitKey, DEFAULT_KDF};
use par_core::{Answers, Lang};

/// A reader as a function from a file's text to its error message, if it refuses the file.
type Reader = fn(&str) -> Option<String>;

/// Each kind of file: its name, a genuine file, its reader.
fn readers() -> Vec<(&'static str, String, Reader)> {
    let key = UnitKey::from_secret([3; 32]);
    let mut keyring = Keyring::default();
    keyring
        .add("00004", "UBND xã Tân Lập", &key.public_key_hex())
        .unwrap();
    let backup = backup_key(&key, "mật khẩu đủ dài 2025", [1; 16], [2; 24], DEFAULT_KDF).unwrap();
    vec![
        ("criteria set", common::signed::SAMPLE.to_string(), |text| {
            par_core::load_framework(text).err().map(|e| e.to_string())
        }),
        ("answers", common::signed::ANSWERS.to_string(), |text| {
            par_core::parse_json::<Answers>(text)
                .err()
                .map(|e| e.to_string())
        }),
        (
            "keyring",
            serde_json::to_string_pretty(&keyring).unwrap(),
            |text| Keyring::from_json(text).err().map(|e| e.to_string()),
        ),
        ("key backup", backup.to_json(), |text| {
            restore_key(text, "mật khẩu đủ dài 2025")
                .err()
                .map(|e| e.message(Lang::Vi))
        }),
        ("draft", draft_text(), |text| {
            migrate(text).err().map(|e| e.to_string())
        }),
        (
            "backup",
            format!(
                r#"{{"format": "par-backup/1", "created_at": "2025-12-01T09:30:00Z", "drafts": [{}]}}"#,
                draft_text()
            ),
            |text| Backup::parse(text).err().map(|e| e.to_string()),
        ),
        ("submission", common::signed::fixture().text, |text| {
            let f = common::signed::fixture();
            let outcome = f.check(text);
            (!outcome.is_valid()).then(|| outcome.describe(Lang::Vi))
        }),
    ]
}

fn draft_text() -> String {
    let answers: Answers = par_core::parse_json(common::signed::ANSWERS).unwrap();
    let set = par_core::load_framework(common::signed::SAMPLE).unwrap();
    let record = par_core::draft::DraftRecord {
        schema_version: par_core::draft::DRAFT_SCHEMA_VERSION,
        id: "d1".into(),
        name: "Tân Lập 2025".into(),
        unit: common::signed::unit(),
        framework: par_core::draft::FrameworkKey::of(&set),
        answers,
        raw_inputs: Default::default(),
        current_criterion: None,
        revision: 3,
        saved_at: "2025-11-20T14:32:00Z".into(),
        exports: vec![],
        pending_changes: vec![],
        round: None,
    };
    serde_json::to_string_pretty(&record).unwrap()
}

#[test]
fn each_genuine_file_reads() {
    for (kind, text, read) in readers() {
        assert_eq!(read(&text), None, "{kind}");
    }
}

#[test]
fn a_key_written_twice_is_refused_by_every_reader() {
    for (kind, text, read) in readers() {
        // The first key of the first object, written again in front of it.
        let start = text.find('"').unwrap();
        let end = start + 1 + text[start + 1..].find('"').unwrap();
        let key = &text[start..=end];
        let twice = format!("{}{key}: 1, {}", &text[..start], &text[start..]);
        let said = read(&twice).unwrap_or_else(|| panic!("{kind}: accepted"));
        assert!(said.contains("được ghi hai lần"), "{kind}: {said}");
    }
}

#[test]
fn a_number_beyond_2_53_is_refused_by_every_reader() {
    for (kind, text, read) in readers() {
        let at = text.find('{').unwrap() + 1;
        let big = format!("{}\"x\": 9007199254740993, {}", &text[..at], &text[at..]);
        let said = read(&big).unwrap_or_else(|| panic!("{kind}: accepted"));
        assert!(said.contains("9007199254740993"), "{kind}: {said}");
    }
}

#[test]
fn a_file_over_the_limit_is_refused_by_every_reader() {
    for (kind, text, read) in readers() {
        let padded = format!("{text}{}", " ".repeat(MAX_FILE_BYTES));
        let said = read(&padded).unwrap_or_else(|| panic!("{kind}: accepted"));
        assert!(said.contains("quá giới hạn"), "{kind}: {said}");
    }
}
