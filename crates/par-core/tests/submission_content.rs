//! A correctly signed file must still say what the format requires and exactly what the
//! recomputation finds: a forger (or faulty software) holding the unit's key cannot hide pending
//! points or problems, nor send a file the app would never export.

mod common;

use common::signed::fixture;
use par_core::export_check::Blocker;
use par_core::submission::{Outcome, Payload};
use par_core::{Decimal, Lang};

fn malformed_reason(change: impl FnOnce(&mut Payload)) -> String {
    let f = fixture();
    let text = f.resign(&f.key, change);
    match f.check(&text) {
        Outcome::Malformed { reason } => reason,
        other => panic!("expected a malformed file, got {other:?}"),
    }
}

#[test]
fn hiding_pending_points_or_problems_is_caught_even_when_the_totals_match() {
    let f = fixture();
    let text = f.resign(&f.key, |payload| {
        payload.scores.provisional = false;
        payload.scores.pending_max = Decimal::ZERO;
        payload.scores.problems.clear();
    });
    let Outcome::ScoresDiffer { items } = f.check(&text) else {
        panic!("expected differences")
    };
    let named: Vec<&str> = items.iter().map(|d| d.item.as_str()).collect();
    assert!(named.contains(&"scores.provisional"), "{named:?}");
    assert!(named.contains(&"scores.pending_max"), "{named:?}");
    let provisional = items
        .iter()
        .find(|d| d.item == "scores.provisional")
        .unwrap();
    assert_eq!(
        (
            provisional.in_file.as_str(),
            provisional.recomputed.as_str()
        ),
        ("false", "true")
    );
}

#[test]
fn differences_read_in_the_readers_language_and_number_format() {
    let f = fixture();
    let text = f.resign(&f.key, |payload| {
        payload.scores.total += Decimal::parse("0.5").unwrap();
    });
    let outcome = f.check(&text);
    let vi = outcome.describe(Lang::Vi);
    assert!(vi.contains("tổng điểm: "), "{vi}");
    assert!(!vi.contains("total"), "{vi}");
    assert!(
        vi.split("tổng điểm: ").nth(1).unwrap().contains(','),
        "Vietnamese decimals: {vi}"
    );
    assert!(outcome.describe(Lang::En).contains("total: "));
}

#[test]
fn a_signed_payload_that_breaks_the_format_names_the_field() {
    for (change, field) in [
        (
            (|p: &mut Payload| p.revision = 0) as fn(&mut Payload),
            "payload.revision",
        ),
        (|p| p.revision = 2, "payload.replaces"),
        (
            |p| p.replaces = Some("not-a-hash".into()),
            "payload.replaces",
        ),
        (|p| p.submission_id = "xyz".into(), "payload.submission_id"),
        (|p| p.created_at = "hôm qua".into(), "payload.created_at"),
        (
            |p| p.created_at = "2025-13-45T99:99:99Z".into(),
            "payload.created_at",
        ),
        (
            |p| p.answers.framework_id = "other".into(),
            "payload.answers",
        ),
    ] {
        let reason = malformed_reason(change);
        assert!(reason.starts_with(field), "{field}: {reason}");
    }
}

/// The blockers of a correctly signed file the app would not have exported.
fn blockers(change: impl FnOnce(&mut Payload)) -> Vec<Blocker> {
    let f = fixture();
    let text = f.resign(&f.key, change);
    match f.check_without_keyring(&text) {
        Outcome::NotExportable { blockers } => blockers,
        other => panic!("expected a file the app would not export, got {other:?}"),
    }
}

#[test]
fn a_unit_the_app_would_not_export_is_refused_naming_the_field() {
    for (change, field) in [
        (
            (|p: &mut Payload| p.unit.code = "abc".into()) as fn(&mut Payload),
            "payload.unit.code",
        ),
        (|p| p.unit.name = " ".into(), "payload.unit.name"),
        (|p| p.preparer.clear(), "payload.preparer"),
        (|p| p.chairperson.clear(), "payload.chairperson"),
        (|p| p.period.year = 1999, "payload.period.year"),
        (|p| p.period.year = 2024, "payload.period.year"),
    ] {
        let found = blockers(change);
        assert!(
            found.iter().any(|b| b.location() == field),
            "{field}: {found:?}"
        );
        let said = Outcome::NotExportable { blockers: found }.describe(Lang::Vi);
        assert!(said.contains(field), "{said}");
    }
}

#[test]
fn another_province_than_the_sets_is_a_warning_on_the_files_line_not_a_refusal() {
    // A set may be shared by several provinces: the official may know better (issue 12's
    // decision, `SetMismatch::blocks_export`), so the office is told, not the file refused.
    let f = fixture();
    let text = f.resign(&f.key, |p| p.unit.province = "Tỉnh khác".into());
    let frameworks = std::slice::from_ref(&f.known);
    let verification = par_core::submission::verify(
        &text,
        par_core::submission::VerifyContext {
            keyring: Some(&f.keyring),
            frameworks,
        },
    );
    assert_eq!(verification.outcome, Outcome::Valid);
    let line = par_core::export_check::warnings_line(&verification.warnings, Lang::Vi);
    assert!(
        line.contains("Tỉnh “Tỉnh khác” khác tỉnh của bộ tiêu chí"),
        "{line}"
    );
}

#[test]
fn the_province_is_compared_as_people_write_it() {
    // Case, spacing and decomposed diacritics do not make another province.
    let f = fixture();
    let text = f.resign(&f.key, |p| {
        p.unit.province = "TỈNH  Ma\u{0302}\u{0303}u".into()
    });
    assert_eq!(f.check(&text), Outcome::Valid);
}

#[test]
fn a_second_revision_naming_its_predecessor_is_valid() {
    let f = fixture();
    let text = f.resign(&f.key, |p| {
        p.revision = 2;
        p.replaces = Some("ab".repeat(32));
    });
    assert_eq!(f.check(&text), Outcome::Valid);
}
