//! The hostile corpus (tests/common/hostile.rs): every file gets the outcome its defect calls
//! for, with a reason that names what is wrong, on one line, in Vietnamese.

mod common;

use common::hostile::{corpus, padded, Expect};
use par_core::json::MAX_FILE_BYTES;
use par_core::submission::{known_frameworks, Outcome};
use par_core::Lang;

#[test]
fn every_hostile_file_gets_its_outcome_and_reason() {
    let (f, files) = corpus();
    assert!(files.len() >= 20, "{} files", files.len());
    for file in &files {
        let outcome = f.check(&file.text);
        assert!(
            file.expect.matches(&outcome),
            "{}: expected {:?}, got {}",
            file.name,
            file.expect,
            outcome.describe(Lang::Vi)
        );
    }
}

#[test]
fn every_refusal_is_one_line_in_vietnamese_without_serde_or_rust_words() {
    let (f, files) = corpus();
    let english = [
        "invalid",
        "expected",
        "struct ",
        "sequence",
        "integer",
        "`",
        "unknown field",
        "missing field",
        "at line",
        "Error",
        "u32",
        "u64",
    ];
    for file in &files {
        let said = f.check(&file.text).describe(Lang::Vi);
        assert!(
            !said.contains('\n') && !said.contains('\u{1b}') && !said.contains('\u{202e}'),
            "{}: {said}",
            file.name
        );
        if !matches!(file.expect, Expect::Valid) {
            for word in english {
                assert!(!said.contains(word), "{}: “{word}” in {said}", file.name);
            }
        }
    }
}

#[test]
fn office_points_are_refused_naming_every_item() {
    let (f, files) = corpus();
    let file = files.iter().find(|h| h.name == "1-office-points").unwrap();
    let Outcome::NotExportable { blockers } = f.check(&file.text) else {
        panic!("refused as not exportable")
    };
    let codes: Vec<String> = blockers.iter().map(|b| b.location()).collect();
    assert_eq!(
        codes,
        ["payload.answers.items.8.1.1", "payload.answers.items.8.3.2"]
    );
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_it_is_read() {
    let f = common::signed::fixture();
    let under = padded(&f, MAX_FILE_BYTES - 100_000);
    assert_eq!(f.check(&under), Outcome::Valid);
    let over = padded(&f, MAX_FILE_BYTES + 1);
    let said = f.check(&over).describe(Lang::Vi);
    assert!(said.contains("quá giới hạn 4.194.304 byte"), "{said}");
}

#[test]
fn two_different_sets_with_one_id_and_version_are_refused_the_same_set_twice_is_not() {
    let f = common::signed::fixture();
    let mut changed = f.framework.clone();
    changed.title.push_str(" (sửa)");
    let same_twice = known_frameworks(vec![f.framework.clone(), f.framework.clone()]).unwrap();
    assert_eq!(same_twice.len(), 1);
    let conflict = known_frameworks(vec![
        f.framework.clone(),
        changed.clone(),
        f.framework.clone(),
    ])
    .unwrap_err();
    assert_eq!((conflict.first, conflict.second), (0, 1));
    assert!(conflict.to_string().contains("mau-xa-2025"), "{conflict}");
}
