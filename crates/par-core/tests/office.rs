//! The office's view of many files (par_core::office), as `par verify` and the office app use
//! it: files identified by whatever the caller uses (here content hashes, as the office app's
//! store does), the same submission saved twice, each unit's revisions.

mod common;

use common::signed::{fixture, meta, unit, ANSWERS};
use par_core::office::{
    merge_same_submissions, sent_by, AcrossFiles, BatchFile, Received, SameBy, SentState, Verdict,
};
use par_core::submission::{sha256_hex, verify, ExportMeta, Payload, Submission, VerifyContext};
use par_core::Answers;

/// A file as the office app would hold it: its content hash, and what verification kept.
fn received(f: &common::signed::Fixture, text: &str) -> BatchFile<String, ()> {
    let frameworks = std::slice::from_ref(&f.known);
    let context = VerifyContext {
        keyring: Some(&f.keyring),
        frameworks,
    };
    BatchFile::new(
        sha256_hex(text.as_bytes()),
        Ok(Received::of(verify(text, context))),
    )
}

fn revision(
    f: &common::signed::Fixture,
    number: u32,
    replaces: Option<String>,
    id: u8,
) -> Submission {
    let answers: Answers = par_core::parse_json(ANSWERS).unwrap();
    let meta = ExportMeta {
        submission_id: format!("{id:032x}"),
        revision: number,
        replaces,
        ..meta()
    };
    Submission::sign(Payload::new(&f.framework, &unit(), &answers, meta), &f.key)
}

#[test]
fn the_same_submission_saved_twice_is_one_file_and_the_chain_names_the_latest() {
    let f = fixture();
    let r1 = revision(&f, 1, None, 1);
    let r2 = revision(&f, 2, Some(r1.payload.hash()), 2);
    let r1_compact = serde_json::to_string(&r1).unwrap();
    let broken = f.edit(|v| v["payload"]["preparer"] = "Người Khác".into());
    let files = vec![
        received(&f, &r2.to_json()),
        received(&f, &r1.to_json()),
        received(&f, &r1_compact),
        received(&f, &broken),
    ];
    let merged = merge_same_submissions(files);
    assert_eq!(merged.len(), 3);
    assert_eq!(merged[1].also.len(), 1);
    assert_eq!(merged[1].also[0].1, SameBy::Submission);
    let verdicts: Vec<Verdict> = merged
        .iter()
        .map(|m| Verdict::of(&m.result, true))
        .collect();
    assert_eq!(verdicts, [Verdict::Valid, Verdict::Valid, Verdict::Failed]);

    let across = AcrossFiles::new(&merged);
    assert_eq!(across.units.len(), 1);
    let unit = &across.units[0];
    assert_eq!(
        (unit.code, unit.year, unit.latest_revision()),
        ("00004", 2025, 2)
    );
    assert_eq!(unit.to_appraise().unwrap().id, &merged[0].id);
    assert_eq!(across.problems(), 0);
    assert!(unit.missing().is_empty());

    // The unit's page lists what it sent: revision 2 (appraised), revision 1, the refused file.
    let sent = sent_by(&merged, "00004", 2025, &r2.payload.hash());
    let listed: Vec<(Option<u32>, bool)> = sent
        .iter()
        .map(|s| (s.revision, matches!(s.state, SentState::Refused(_))))
        .collect();
    assert_eq!(listed, [(Some(2), false), (Some(1), false), (None, true)]);
    assert_eq!(sent[0].state, SentState::Appraised);
    assert_eq!(sent[1].state, SentState::OtherRevision);
    assert!(sent_by(&merged, "00005", 2025, "").is_empty());
    assert!(sent_by(&merged, "00004", 2024, "").is_empty());
}

#[test]
fn a_revision_made_from_another_file_and_two_files_of_one_revision_are_problems() {
    let f = fixture();
    let r1 = revision(&f, 1, None, 1);
    let other_r1 = revision(&f, 1, None, 9);
    let r2 = revision(&f, 2, Some(other_r1.payload.hash()), 2);
    let files = vec![received(&f, &r1.to_json()), received(&f, &r2.to_json())];
    let across = AcrossFiles::new(&files);
    assert_eq!(across.units[0].broken_links().len(), 1);
    assert_eq!(across.problems(), 1);

    let files = vec![
        received(&f, &r1.to_json()),
        received(&f, &other_r1.to_json()),
    ];
    let across = AcrossFiles::new(&files);
    assert_eq!(across.units[0].conflicts().len(), 1);
    assert!(across.units[0].to_appraise().is_none());
}

#[test]
fn only_a_summary_is_kept_of_each_file() {
    let f = fixture();
    let file = received(&f, &f.text);
    let summary = file.verified().unwrap();
    assert_eq!(summary.unit_code, "00004");
    assert_eq!(summary.key_id, f.key.key_id());
    assert_eq!(summary.total.format_vi(2), "62,53");
    // What the appraiser should look at travels with it: the sample claims three items.
    let warnings = &file.result.as_ref().unwrap().warnings;
    assert_eq!(warnings.len(), 3, "{warnings:?}");
}
