//! The ranking table and the per-field view, hand-checked on five units with ties, and the
//! board of expected units on real signed files.

mod common;

use common::d;
use common::signed::{fixture, meta, unit, ANSWERS};
use par_core::office::{
    rank_units, BatchFile, Board, ExpectedUnit, FieldPoints, Received, SubmissionSummary,
    UnitStatus,
};
use par_core::submission::{verify, ExportMeta, Payload, Submission, UnitKey, VerifyContext};
use par_core::{Answers, Framework, UnitInfo};
use serde_json::json;

/// A set with two fields of 60 and 40 points.
fn two_fields() -> Framework {
    let mut set =
        common::framework_json(vec![common::leaf("1.1.1", "60", json!({"type": "yes_no"}))]);
    set["fields"][0]["max_points"] = 60.into();
    set["fields"][0]["criteria"][0]["max_points"] = 60.into();
    let mut second = set["fields"][0].clone();
    second["code"] = "2".into();
    second["title"] = "Cải cách thủ tục hành chính".into();
    second["max_points"] = 40.into();
    second["criteria"][0]["code"] = "2.1".into();
    second["criteria"][0]["max_points"] = 40.into();
    second["criteria"][0]["items"][0]["code"] = "2.1.1".into();
    second["criteria"][0]["items"][0]["max_points"] = 40.into();
    set["fields"].as_array_mut().unwrap().push(second);
    let set: Framework = serde_json::from_value(set).unwrap();
    assert!(par_core::validate::validate(&set).is_empty());
    set
}

fn summary(code: &str, first: &str, second: &str, second_max: &str) -> SubmissionSummary {
    let field = |points: &str, max: &str| FieldPoints {
        points: d(points),
        applicable_max: d(max),
        pending_max: d("0"),
    };
    let total = d(first) + d(second);
    let applicable_max = d("60") + d(second_max);
    let index = par_core::Decimal::HUNDRED.mul_div(total, applicable_max, 2);
    SubmissionSummary {
        unit_code: code.into(),
        unit_name: format!("UBND xã {code}"),
        year: 2025,
        revision: 1,
        hash: code.into(),
        replaces: None,
        public_key: String::new(),
        key_id: String::new(),
        total,
        index_percent: index,
        classification: Some("Khá".into()),
        framework_id: "thu-nghiem".into(),
        framework_version: "1".into(),
        province: "Tỉnh thử nghiệm".into(),
        applicable_max,
        provisional: false,
        fields: vec![field(first, "60"), field(second, second_max)],
        leaves: Vec::new(),
    }
}

#[test]
fn equal_totals_share_a_rank_and_the_next_unit_counts_them() {
    let units = [
        summary("00005", "50", "30", "40"),    // 80
        summary("00001", "55", "37.5", "40"),  // 92.5
        summary("00003", "45", "35", "40"),    // 80
        summary("00002", "52.5", "40", "40"),  // 92.5
        summary("00004", "40", "30.25", "39"), // 70.25 of 99: the excluded point left out
    ];
    let ranking = rank_units(
        units
            .iter()
            .map(|s| (s.unit_code.as_str(), s.unit_name.as_str(), s)),
        &two_fields(),
    );
    let got: Vec<(usize, &str)> = ranking.rows.iter().map(|r| (r.rank, r.code)).collect();
    // Competition ranking: 1, 1, 3, 3, 5; ties by unit code.
    assert_eq!(
        got,
        [
            (1, "00001"),
            (1, "00002"),
            (3, "00003"),
            (3, "00005"),
            (5, "00004")
        ]
    );
    let last = &ranking.rows[4];
    assert_eq!(last.applicable_max, d("99"));
    assert_eq!(last.index_percent, Some(d("70.96"))); // 70,25 ÷ 99 = 70,959…
    assert_eq!(last.fields[1].points, d("30.25"));

    // Field 1: 50 + 55 + 45 + 52,5 + 40 = 242,5 of 300 (57,5 lost);
    // field 2: 30 + 37,5 + 35 + 40 + 30,25 = 172,75 of 199 (26,25 lost).
    let fields: Vec<(&str, par_core::Decimal, par_core::Decimal)> = ranking
        .fields
        .iter()
        .map(|f| (f.code.as_str(), f.points, f.lost))
        .collect();
    assert_eq!(
        fields,
        [("1", d("242.5"), d("57.5")), ("2", d("172.75"), d("26.25"))]
    );
    assert_eq!(ranking.fields[0].applicable_max, d("300"));
    assert_eq!(ranking.fields[0].percent, Some(d("80.83"))); // 242,5 ÷ 300 = 80,833…
    assert_eq!(ranking.fields[1].applicable_max, d("199"));
    assert_eq!(ranking.fields[1].percent, Some(d("86.81"))); // 172,75 ÷ 199 = 86,809…
    assert_eq!(
        (ranking.fields[0].lowest, ranking.fields[0].highest),
        (d("40"), d("55"))
    );
}

#[test]
fn nothing_to_rank_is_an_empty_table() {
    let ranking = rank_units(std::iter::empty(), &two_fields());
    assert!(ranking.rows.is_empty());
    assert_eq!(ranking.fields.len(), 2);
    assert_eq!(ranking.fields[0].percent, None);
}

fn signed(
    key: &UnitKey,
    code: &str,
    revision: u32,
    replaces: Option<String>,
    id: u8,
) -> Submission {
    let f = fixture();
    let answers: Answers = par_core::parse_json(ANSWERS).unwrap();
    let unit = UnitInfo {
        code: code.into(),
        name: format!("UBND xã {code}"),
        ..unit()
    };
    let meta = ExportMeta {
        submission_id: format!("{id:032x}"),
        revision,
        replaces,
        ..meta()
    };
    Submission::sign(Payload::new(&f.framework, &unit, &answers, meta), key)
}

#[test]
fn the_board_tells_valid_refused_missing_and_unlisted_units_apart() {
    let f = fixture();
    let mut keyring = f.keyring.clone(); // 00004 registered with f.key
    let other = UnitKey::from_secret([7; 32]);
    keyring.add("00007", "", &other.public_key_hex()).unwrap();
    let files_text = [
        ("a-valid", f.text.clone()),
        // 00007's file signed by a key that is not its own: refused for 00007.
        ("b-wrong-key", signed(&f.key, "00007", 1, None, 2).to_json()),
        // 00009 is not on the list, and its key is not registered.
        ("c-unlisted", signed(&other, "00009", 1, None, 3).to_json()),
        ("d-not-json", "PDF-1.4".to_string()),
        // 00004 sent a tampered copy too: listed against it, the valid file still counts.
        (
            "e-tampered",
            f.edit(|v| v["payload"]["preparer"] = "Người Khác".into()),
        ),
    ];
    let frameworks = std::slice::from_ref(&f.known);
    let context = VerifyContext {
        keyring: Some(&keyring),
        frameworks,
    };
    let files: Vec<BatchFile<String, ()>> = files_text
        .iter()
        .map(|(id, text)| BatchFile::new(id.to_string(), Ok(Received::of(verify(text, context)))))
        .collect();
    let expected = ["00004", "00007", "00008"].map(|code| ExpectedUnit {
        code: code.into(),
        name: format!("Xã {code}"),
    });
    let board = Board::new(&files, &expected);
    let rows = &board.expected;
    assert!(matches!(rows[0].status, UnitStatus::Valid { file, .. } if file == "a-valid"));
    assert_eq!(rows[0].name, "Xã 00004");
    assert_eq!(rows[0].refused.len(), 1);
    assert_eq!(rows[0].refused[0].0, "e-tampered");
    assert!(matches!(rows[1].status, UnitStatus::Refused));
    assert!(rows[1].refused[0]
        .1
        .describe(par_core::Lang::Vi)
        .contains("không phải khóa"));
    assert!(matches!(rows[2].status, UnitStatus::Missing));
    assert_eq!(board.not_on_list.len(), 1);
    assert_eq!(board.not_on_list[0].code, "00009");
    assert_eq!(board.not_on_list[0].name, "UBND xã 00009");
    assert_eq!(board.unattributed, [&"d-not-json".to_string()]);
    let counts = board.counts();
    assert_eq!(
        (
            counts.valid,
            counts.refused,
            counts.missing,
            counts.not_on_list
        ),
        (1, 1, 1, 1)
    );
    assert_eq!(board.to_appraise().count(), 1);
}
