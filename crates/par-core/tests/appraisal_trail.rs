//! The trail of one unit's files: ordered by the hashes they name, whatever order they come
//! in, with what changed at each step.

mod common;

use common::round::{setup, TIME};
use par_core::appraisal::{FinalPayload, KnownAppraisal};
use par_core::score::OfficeEntries;

#[test]
fn the_trail_orders_files_by_what_they_name_and_says_what_changed() {
    use par_core::appraisal::{trail, FileKind, TrailFile};
    let round = setup();
    let appraisal = round.appraisal();
    let (appraisal_hash, explanation) = (appraisal.hash(), round.explanation(&appraisal));
    let known = KnownAppraisal {
        payload: &appraisal.payload,
        hash: &appraisal_hash,
    };
    let final_result = FinalPayload::new(
        &round.fixture.framework,
        round.known(),
        known,
        Some(explanation.hash()),
        OfficeEntries::default(),
        ("dddddddddddddddddddddddddddddddd".into(), TIME.into()),
    );
    let mut stray = round.explanation(&appraisal).payload;
    stray.appraisal = "1".repeat(64);
    let hashes = [explanation.hash(), "f".repeat(64), "1".repeat(64)];
    // Given in the wrong order, with an explanation of an appraisal never received.
    let files = [
        TrailFile::Final(&final_result, &hashes[1]),
        TrailFile::Explanation(&stray, &hashes[2]),
        TrailFile::Explanation(&explanation.payload, &hashes[0]),
        TrailFile::Appraisal(&appraisal.payload, &appraisal_hash),
        TrailFile::Submission(&round.submission.payload, &round.submission_hash),
    ];
    let trail = trail(&files);
    let kinds: Vec<FileKind> = trail.steps.iter().map(|s| s.kind).collect();
    use FileKind::*;
    assert_eq!(kinds, [Submission, Appraisal, Explanation, Final]);
    assert_eq!(trail.unlinked, [hashes[2].clone()]);
    // Round 1 took the rejected claim's point away (the item counts again, unanswered); the
    // final result, accepting the claim after the explanation, gives the same item back.
    let changed = |step: usize| -> Vec<&str> {
        trail.steps[step]
            .changed
            .iter()
            .map(|c| c.code.as_str())
            .collect()
    };
    assert_eq!(changed(1), ["3.5.3"]);
    assert_eq!(trail.steps[1].items, ["3.5.3"]);
    assert_eq!(trail.steps[2].items, ["3.5.3"]);
    assert_eq!(changed(3), ["3.5.3"]);
    assert_eq!(
        trail.steps[3].total,
        Some(round.submission.payload.scores.total)
    );
}
