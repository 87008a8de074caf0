//! Stored drafts: migrations, corrupted records, stale tabs, criteria-set upgrades, backups.

mod common;

use common::*;
use par_core::draft::*;
use par_core::AnswerValue::*;
use par_core::{Answers, UnitInfo};

fn record(answers: Answers) -> DraftRecord {
    let set = every_rule_set();
    DraftRecord {
        schema_version: DRAFT_SCHEMA_VERSION,
        id: "d1".into(),
        name: "Tân Lập 2025".into(),
        unit: UnitInfo {
            name: "UBND xã Tân Lập".into(),
            code: "00004".into(),
            year: 2025,
            ..Default::default()
        },
        framework: FrameworkKey::of(&set),
        answers,
        raw_inputs: [("input-1.1.4".to_string(), "97,50".to_string())].into(),
        current_criterion: Some("1.1".into()),
        revision: 3,
        saved_at: "2025-11-20T14:32:00Z".into(),
        exports: vec![],
        pending_changes: vec![],
        round: None,
    }
}

#[test]
fn a_record_round_trips_through_storage_text() {
    let draft = record(answers(&[
        ("1.1.1", YesNo(true)),
        ("1.1.4", Percent(d("97.5"))),
    ]));
    let text = serde_json::to_string(&draft).unwrap();
    assert_eq!(migrate(&text).unwrap(), draft);
}

#[test]
fn corrupted_records_are_told_apart() {
    let text = serde_json::to_string(&record(Answers::new("thu-nghiem", "1"))).unwrap();
    let half = &text[..text.len() / 2];
    assert!(
        matches!(migrate(half), Err(DraftError::NotJson(_))),
        "half-written record"
    );
    assert!(matches!(migrate("{}"), Err(DraftError::NoVersion)));
    let newer = text.replace("\"schema_version\":1", "\"schema_version\":7");
    assert_eq!(migrate(&newer), Err(DraftError::NewerVersion(7)));
    let zero = text.replace("\"schema_version\":1", "\"schema_version\":0");
    assert_eq!(migrate(&zero), Err(DraftError::UnknownVersion(0)));
    let wrong = text.replace("\"revision\":3", "\"revision\":\"ba\"");
    let Err(DraftError::Invalid(message)) = migrate(&wrong) else {
        panic!()
    };
    assert!(message.contains("revision"), "{message}");
}

#[test]
fn a_stale_tab_cannot_overwrite_newer_answers() {
    assert_eq!(next_revision(None, 0), Ok(1), "first save");
    assert_eq!(next_revision(Some(3), 3), Ok(4));
    assert_eq!(
        next_revision(Some(5), 3),
        Err(StaleWrite {
            stored: 5,
            based_on: 3
        })
    );
}

#[test]
fn upgrading_carries_answers_by_code_and_lists_every_change() {
    let v1 = every_rule_set();
    let mut v2 = v1.clone();
    v2.version = "2".into();
    let items = &mut v2.fields[0].criteria[0].items;
    // 1.1.2 levels: option ids renamed, so the old value "b" no longer fits.
    items[1].rule = Some(serde_json::from_value(serde_json::json!({"type": "levels", "options": [
        {"id": "dung_han", "label": "Đúng hạn", "points": 1}, {"id": "tre_han", "label": "Trễ hạn", "points": 0}
    ]})).unwrap());
    // 1.1.6 parts: one more part; the old ticks still fit.
    if let Some(par_core::rule::Rule::Parts { parts, .. }) = &mut items[5].rule {
        parts.push(par_core::rule::Part {
            id: "d".into(),
            label: "D".into(),
            label_en: None,
            points: d("0.25"),
        });
    }
    items[6].title = "Hồ sơ giải quyết quá hạn".into();
    let removed = items.remove(2); // 1.1.3
    let mut added = items[0].clone();
    added.code = "1.1.11".into();
    added.title = "Tiêu chí mới".into();
    items.push(added);
    items[0].max_points = d("1.5");

    let mut old = answers(&[
        ("1.1.1", YesNo(true)),
        ("1.1.2", Level("b".into())),
        ("1.1.3", Percent(d("85"))),
        ("1.1.6", Parts(vec!["a".into()])),
        ("1.1.7", Count(2)),
    ]);
    old.entry("1.1.2").explanation = "Ban hành chậm 5 ngày".into();
    let (carried, changes) = upgrade_answers(&v1, &v2, &old);

    assert_eq!(
        (
            carried.framework_id.as_str(),
            carried.framework_version.as_str()
        ),
        ("thu-nghiem", "2")
    );
    assert_eq!(carried.get("1.1.1").unwrap().value, Some(YesNo(true)));
    assert_eq!(carried.get("1.1.7").unwrap().value, Some(Count(2)));
    assert_eq!(
        carried.get("1.1.6").unwrap().value,
        Some(Parts(vec!["a".into()]))
    );
    let kept = carried.get("1.1.2").unwrap();
    assert_eq!(
        (kept.value.clone(), kept.explanation.as_str()),
        (None, "Ban hành chậm 5 ngày")
    );
    assert!(carried.get("1.1.3").is_none());

    let find =
        |code: &str, kind: ChangeKind| changes.iter().find(|c| c.code == code && c.kind == kind);
    assert!(find("1.1.11", ChangeKind::Added).is_some());
    let gone = find(&removed.code, ChangeKind::Removed).unwrap();
    assert_eq!(
        gone.set_aside.as_ref().unwrap().value,
        Some(Percent(d("85"))),
        "nothing silently dropped"
    );
    let aside = find("1.1.2", ChangeKind::RuleChangedValueSetAside).unwrap();
    assert_eq!(
        aside.set_aside.as_ref().unwrap().value,
        Some(Level("b".into()))
    );
    assert!(find("1.1.6", ChangeKind::RuleChanged).is_some());
    assert!(find("1.1.1", ChangeKind::MaxPointsChanged).is_some());
    assert!(find("1.1.7", ChangeKind::TitleChanged).is_some());
    assert_eq!(changes.len(), 6, "{changes:#?}");
}

#[test]
fn backups_round_trip_and_restore_never_silently_replaces_newer_drafts() {
    let draft = record(answers(&[("1.1.1", YesNo(false))]));
    let backup = Backup::new("2025-11-21T08:00:00Z", vec![draft.clone()]);
    let restored = Backup::parse(&backup.to_json()).unwrap();
    assert_eq!(restored, backup);

    assert_eq!(restore_action(None, &draft), RestoreAction::Add);
    assert_eq!(restore_action(Some(2), &draft), RestoreAction::ReplaceOlder);
    assert_eq!(restore_action(Some(3), &draft), RestoreAction::Unchanged);
    assert_eq!(
        restore_action(Some(9), &draft),
        RestoreAction::AskBeforeReplacingNewer
    );

    assert!(matches!(Backup::parse("[1,2"), Err(DraftError::NotJson(_))));
    assert!(matches!(
        Backup::parse(r#"{"format": "khac"}"#),
        Err(DraftError::Invalid(_))
    ));
    let mut bad = serde_json::to_value(&backup).unwrap();
    bad["drafts"][0]["schema_version"] = 9.into();
    let Err(DraftError::Invalid(message)) = Backup::parse(&bad.to_string()) else {
        panic!()
    };
    assert!(message.starts_with("drafts[0]:"), "{message}");
}

#[test]
fn backups_carry_imported_criteria_sets_and_check_them_on_restore() {
    let set_text = include_str!("../../../tests/fixtures/mini.json");
    let mut backup = Backup::new("2025-11-21T08:00:00Z", vec![record(answers(&[]))]);
    backup.add_criteria_set(set_text).unwrap();
    backup.add_criteria_set(set_text).unwrap();
    assert_eq!(backup.criteria_sets.len(), 1, "one copy of each set");
    let restored = Backup::parse(&backup.to_json()).unwrap();
    assert_eq!(restored, backup);
    let set = par_core::load_framework(&restored.criteria_sets[0].to_string()).unwrap();
    assert_eq!(
        par_core::submission::framework_hash(&set),
        par_core::submission::framework_hash(&par_core::load_framework(set_text).unwrap()),
        "the same set, whatever the formatting"
    );

    // A backup written before criteria sets were carried still restores.
    let mut old = serde_json::to_value(&backup).unwrap();
    old.as_object_mut().unwrap().remove("criteria_sets");
    assert!(Backup::parse(&old.to_string())
        .unwrap()
        .criteria_sets
        .is_empty());

    // A damaged set is refused with its place, before anything is restored.
    let mut bad = serde_json::to_value(&backup).unwrap();
    bad["criteria_sets"][0]["fields"] = serde_json::json!([]);
    let Err(DraftError::Invalid(message)) = Backup::parse(&bad.to_string()) else {
        panic!()
    };
    assert!(message.starts_with("criteria_sets[0]:"), "{message}");
    assert!(matches!(
        backup.clone().add_criteria_set("{"),
        Err(DraftError::Invalid(_))
    ));
}

#[test]
fn a_draft_knows_it_changed_since_its_latest_export_even_when_reopened() {
    let mut draft = record(answers(&[("1.1.1", YesNo(true))]));
    let export = |revision: u32, content: Option<String>| ExportRecord {
        revision,
        submission_id: format!("s{revision}"),
        hash: "ab".repeat(32),
        created_at: "2025-11-20T14:32:00Z".into(),
        file_name: format!("r{revision}.json"),
        content,
    };
    assert_eq!(changed_since_export(&[], &draft.unit, &draft.answers), None);
    let sent = content_digest(&draft.unit, &draft.answers);
    draft.exports = vec![export(1, Some("0".repeat(64))), export(2, Some(sent))];
    // Stored and read back, as a reopened draft is: nothing changed since revision 2.
    let reopened = migrate(&serde_json::to_string(&draft).unwrap()).unwrap();
    assert_eq!(reopened, draft);
    let changed = |d: &DraftRecord| changed_since_export(&d.exports, &d.unit, &d.answers);
    assert_eq!(
        changed(&reopened),
        None,
        "the latest export, not the first, counts"
    );
    // Any answer or detail of the unit changed: said with the revision it differs from.
    let mut edited = reopened.clone();
    edited.answers.entry("1.1.1").value = Some(YesNo(false));
    assert_eq!(changed(&edited), Some(2));
    let mut renamed = reopened.clone();
    renamed.unit.chairperson = "Trần Thị Bình".into();
    assert_eq!(changed(&renamed), Some(2));
    // Changed back: the same content again.
    edited.answers.entry("1.1.1").value = Some(YesNo(true));
    assert_eq!(changed(&edited), None);
    // A record from before the content was kept says nothing rather than guess.
    let old = r#"{"revision":1,"submission_id":"s1","hash":"ab","created_at":"2025-11-20T14:32:00Z","file_name":"r1.json"}"#;
    let old: ExportRecord = serde_json::from_str(old).unwrap();
    assert_eq!(old.content, None);
    assert_eq!(
        changed_since_export(&[old], &draft.unit, &draft.answers),
        None
    );
}

#[test]
fn drafts_of_the_same_unit_year_and_set_version_are_flagged() {
    let mut a = record(Answers::default());
    a.unit.code = "00001".into();
    let mut b = a.clone();
    b.id = "other".into();
    let mut c = a.clone();
    c.unit.year += 1;
    let mut nameless = a.clone();
    nameless.unit.code = " ".into();
    let mut nameless_too = nameless.clone();
    nameless_too.id = "x".into();
    // A and B: the same unit, year and set; C another year; units with no code are never the same.
    assert_eq!(
        duplicate_flags(&[a, b, c, nameless, nameless_too]),
        [true, true, false, false, false]
    );
}

#[test]
fn a_record_from_before_the_appraisal_round_reads_and_the_round_round_trips() {
    use par_core::appraisal::{AnswerDraft, RoundRecord};
    use par_core::EvidenceRef;
    // Written before `round` existed: no such key at all.
    let draft = record(Answers::new("thu-nghiem", "1"));
    let old = serde_json::to_string(&draft).unwrap();
    assert!(!old.contains("\"round\""), "absent when unused: {old}");
    let read = migrate(&old).unwrap();
    assert_eq!(read.round, None);
    assert_eq!(read, draft);

    let mut with_round = draft.clone();
    with_round.round = Some(RoundRecord {
        submission: Some("{\"format\": \"par-submission/1\"}".into()),
        appraisals: vec!["{\"format\": \"par-appraisal/1\"}".into()],
        answers: [(
            "3.5.3".to_string(),
            AnswerDraft {
                text: "Hai hồ sơ do cấp tỉnh giải quyết".into(),
                evidence: vec![EvidenceRef {
                    number: "15/BC-UBND".into(),
                    date: "15/01/2026".into(),
                    ..Default::default()
                }],
            },
        )]
        .into(),
        explanations: vec!["{\"format\": \"par-explanation/1\"}".into()],
        final_result: Some("{\"format\": \"par-final/1\"}".into()),
    });
    let text = serde_json::to_string(&with_round).unwrap();
    let back = migrate(&text).unwrap();
    assert_eq!(back, with_round);
    assert!(back.round.as_ref().unwrap().is_closed());
    // An empty round is written as nothing but still reads.
    let empty = text.replace(
        &serde_json::to_string(with_round.round.as_ref().unwrap()).unwrap(),
        "{}",
    );
    assert_eq!(migrate(&empty).unwrap().round, Some(RoundRecord::default()));
}
