//! The office's side of the round: boxes typed by the appraiser read into entries (every problem
//! at its item, a box with a problem never counted), the deadline typed dd/mm/yyyy, a rejected
//! not-applicable claim changing the maximum and the index, the per-field differences, the
//! office's record of signed and received files and its trail.

mod common;

use common::round::{setup, TIME};
use par_core::appraisal::{
    deadline_typed, deadline_utc, field_changes, read_typed, verify_appraisal, Appraisal,
    AppraisalPayload, OfficeRound, Round, TypedItem, TypedProblem, TypedRound,
};
use par_core::score::{score_appraised, LeafStatus};
use par_core::Decimal;

fn d(text: &str) -> Decimal {
    Decimal::parse(text).unwrap()
}

fn typed(items: &[(&str, &str, &str, &str)]) -> TypedRound {
    let mut round = TypedRound::default();
    for (code, points, remark, request) in items {
        round.edit(code, |item| {
            *item = TypedItem {
                points: points.to_string(),
                remark: remark.to_string(),
                request: request.to_string(),
            }
        });
    }
    round
}

#[test]
fn typed_boxes_read_into_entries_and_problems_at_their_items() {
    let round = setup();
    let set = &round.fixture.framework;
    let answers = &round.submission.payload.answers;
    let mut boxes = typed(&[
        // Adjusted down, Vietnamese comma.
        (
            "1.1.2",
            "0,5",
            "Kế hoạch ban hành muộn",
            "Giải trình ngày ban hành",
        ),
        // A survey item: points set by the office.
        ("8.1.1", "3,25", "", ""),
        // Not a number, out of range, on an excluded item not rejected.
        ("1.2.1", "abc", "", ""),
        ("1.2.2", "7", "", ""),
        ("3.5.3", "1", "", ""),
        // Only a remark: "công nhận" with a note.
        ("2.1.2", "", "Đúng", ""),
    ]);
    boxes.deadline = "20/01/2026".into();
    let read = read_typed(set, answers, &boxes, Round::First);
    let office = &read.draft.office;
    assert_eq!(office.adjusted.get("1.1.2"), Some(&d("0.5")));
    assert_eq!(office.points.get("8.1.1"), Some(&d("3.25")));
    assert!(!office.adjusted.contains_key("1.2.1"));
    assert!(!office.adjusted.contains_key("1.2.2"));
    assert!(!office.adjusted.contains_key("3.5.3"));
    assert!(matches!(
        read.problem_of("1.2.1"),
        Some(TypedProblem::NotANumber { .. })
    ));
    assert_eq!(
        read.problem_of("1.2.2").map(|p| p.to_string()).as_deref(),
        Some("tiêu chí 1.2.2: điểm thẩm định phải từ 0 đến 0,5")
    );
    assert!(matches!(
        read.problem_of("3.5.3"),
        Some(TypedProblem::Excluded { .. })
    ));
    assert_eq!(read.draft.remarks.len(), 2);
    assert_eq!(
        read.draft.requests.get("1.1.2").map(String::as_str),
        Some("Giải trình ngày ban hành")
    );
    // 17:00 in Việt Nam on the day typed.
    assert_eq!(
        read.draft.explanation_deadline.as_deref(),
        Some("2026-01-20T10:00:00Z")
    );

    // Rejecting the claim makes the excluded item scorable, and the entry is taken.
    boxes.rejected.insert("3.5.3".into());
    let read = read_typed(set, answers, &boxes, Round::First);
    assert!(read.problem_of("3.5.3").is_none());
    assert_eq!(read.draft.office.adjusted.get("3.5.3"), Some(&d("1")));
    assert!(read.draft.office.rejected_claims.contains("3.5.3"));

    // A final round carries neither remarks nor requests, so needs no deadline.
    boxes.deadline.clear();
    let last = read_typed(set, answers, &boxes, Round::Final);
    assert!(last.draft.remarks.is_empty() && last.draft.requests.is_empty());
    assert!(last.problems.iter().all(|p| p.code().is_some()));
    let first = read_typed(set, answers, &boxes, Round::First);
    assert!(first.problems.contains(&TypedProblem::DeadlineMissing));
}

#[test]
fn a_rejection_counts_only_where_the_unit_claimed_not_applicable() {
    let round = setup();
    let set = &round.fixture.framework;
    let answers = &round.submission.payload.answers;
    let boxes = TypedRound {
        rejected: ["3.5.3".to_string(), "1.1.1".to_string()].into(),
        ..Default::default()
    };
    let read = read_typed(set, answers, &boxes, Round::First);
    assert_eq!(
        read.draft.office.rejected_claims,
        ["3.5.3".to_string()].into()
    );
}

#[test]
fn a_rejected_excluded_claim_puts_the_maximum_back_and_lowers_the_index() {
    let round = setup();
    let set = &round.fixture.framework;
    let answers = &round.submission.payload.answers;
    let self_sheet = &round.submission.payload.scores;
    let boxes = TypedRound {
        rejected: ["3.5.3".to_string()].into(),
        ..Default::default()
    };
    let read = read_typed(set, answers, &boxes, Round::First);
    let appraised = score_appraised(set, answers, &read.draft.office);
    assert_eq!(
        self_sheet.leaf("3.5.3").unwrap().status,
        LeafStatus::Excluded
    );
    assert_eq!(appraised.applicable_max, self_sheet.applicable_max + d("1"));
    assert_eq!(appraised.total, self_sheet.total);
    assert!(appraised.index_percent < self_sheet.index_percent);
    // Field 3 shows the change, the others none.
    let fields = field_changes(self_sheet, &appraised);
    let changed: Vec<_> = fields.iter().filter(|f| f.changed()).collect();
    assert_eq!(changed.len(), 1);
    assert_eq!(changed[0].code, "3");
    assert_eq!(changed[0].max_after, changed[0].max_before + d("1"));
    // A rejected full-points claim takes its points away.
    let boxes = TypedRound {
        rejected: ["2.1.1".to_string()].into(),
        ..Default::default()
    };
    let read = read_typed(set, answers, &boxes, Round::First);
    let appraised = score_appraised(set, answers, &read.draft.office);
    assert_eq!(appraised.total, self_sheet.total - d("1"));
    assert_eq!(appraised.applicable_max, self_sheet.applicable_max);
}

#[test]
fn deadlines_read_as_typed_and_back() {
    assert_eq!(
        deadline_utc("5/2/2026").unwrap().as_deref(),
        Some("2026-02-05T10:00:00Z")
    );
    assert_eq!(deadline_utc("  ").unwrap(), None);
    assert!(deadline_utc("31/02/2026").is_err());
    assert!(deadline_utc("2026-02-05").is_err());
    assert_eq!(deadline_typed("2026-02-05T10:00:00Z"), "05/02/2026");
}

#[test]
fn the_office_round_keeps_each_file_once_and_gives_the_trail() {
    let round = setup();
    let set = &round.fixture.framework;
    let answers = &round.submission.payload.answers;
    let mut record = OfficeRound::new(&round.submission_hash);
    let mut boxes = typed(&[("1.1.2", "0,5", "Muộn", "Vì sao muộn?")]);
    boxes.deadline = "20/01/2026".into();
    boxes.rejected.insert("3.5.3".into());
    record.first = boxes.clone();
    let read = read_typed(set, answers, &record.first, Round::First);
    assert!(read.problems.is_empty(), "{:?}", read.problems);
    let payload = AppraisalPayload::new(
        set,
        round.known(),
        Round::First,
        read.draft,
        ("a".repeat(32), TIME.into()),
    );
    let appraisal = Appraisal::sign(payload, &round.office_key);
    assert!(verify_appraisal(&appraisal.to_json(), round.context())
        .outcome
        .is_valid());
    assert!(record.add_appraisal(&appraisal.to_json()));
    assert!(!record.add_appraisal(&appraisal.to_json()));
    assert_eq!(record.appraisals.len(), 1);
    let (latest, hash) = record.latest_appraisal().unwrap();
    assert_eq!(hash, appraisal.hash());

    // The final round starts from the appraisal's entries, as boxes (shown before any edit).
    assert!(record.last.is_none());
    let shown = record.final_boxes();
    let last = record.start_final().clone();
    assert_eq!(shown, last);
    assert_eq!(last.item("1.1.2").points, "0,5");
    assert!(last.rejected.contains("3.5.3"));
    assert_eq!(
        read_typed(set, answers, &last, Round::Final).draft.office,
        latest.payload.office
    );

    // The record survives being stored as JSON.
    let text = serde_json::to_string(&record).unwrap();
    let back: OfficeRound = serde_json::from_str(&text).unwrap();
    assert_eq!(back, record);

    let trail = record.trail(&round.submission.payload, &round.submission_hash);
    assert_eq!(trail.steps.len(), 2);
    let step = &trail.steps[1];
    assert_eq!(step.items, vec!["1.1.2".to_string()]);
    let codes: Vec<_> = step.changed.iter().map(|c| c.code.as_str()).collect();
    assert_eq!(codes, ["1.1.2", "3.5.3"]);
}

#[test]
fn the_published_table_ranks_by_final_totals_and_lists_the_rest_unranked() {
    use par_core::office::{published, Received, UnitResults};
    let round = setup();
    let set = &round.fixture.framework;
    let answers = &round.submission.payload.answers;
    let known = [round.fixture.known.clone()];
    let context = par_core::submission::VerifyContext {
        keyring: Some(&round.fixture.keyring),
        frameworks: &known,
    };
    let summary = Received::of(par_core::submission::verify(&round.fixture.text, context))
        .summary
        .unwrap();
    let self_sheet = &round.submission.payload.scores;
    let lowered = {
        let boxes = typed(&[("1.1.2", "0", "", "")]);
        score_appraised(
            set,
            answers,
            &read_typed(set, answers, &boxes, Round::Final).draft.office,
        )
    };
    let was = self_sheet.leaf("1.1.2").unwrap().points;
    assert!(was > Decimal::ZERO);
    assert_eq!(lowered.total, self_sheet.total - was);
    let unit = |code: &'static str, first, last| UnitResults {
        code,
        name: "UBND xã",
        submission: &summary,
        first,
        last,
    };
    let rows = published(
        &[
            unit("00007", Some(&lowered), None),
            unit("00005", Some(&lowered), Some(&lowered)),
            unit("00006", None, Some(self_sheet)),
            unit("00004", Some(self_sheet), Some(self_sheet)),
        ],
        set,
    );
    let order: Vec<(Option<usize>, &str)> =
        rows.iter().map(|r| (r.rank, r.code.as_str())).collect();
    // Equal final totals share rank 1; the next is 3rd; no final result: unranked, last.
    assert_eq!(
        order,
        [
            (Some(1), "00004"),
            (Some(1), "00006"),
            (Some(3), "00005"),
            (None, "00007")
        ]
    );
    let fifth = &rows[2];
    assert_eq!(fifth.self_total, self_sheet.total);
    assert_eq!(fifth.first_total, Some(lowered.total));
    assert_eq!(fifth.final_total, Some(lowered.total));
    assert_eq!(fifth.index_percent, lowered.index_percent);
    assert_eq!(rows[3].final_total, None);
}
