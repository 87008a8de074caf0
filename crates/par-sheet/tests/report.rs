//! The ranking and the per-item matrix written as XLSX and CSV, read back as Excel would
//! (calamine; the CSV's bytes), with the header rows on top.

use calamine::{Data, Reader, Xlsx};
use par_core::office::{rank_units, Received};
use par_core::submission::{
    verify, ExportMeta, Keyring, KnownFramework, Payload, Submission, UnitKey, VerifyContext,
};
use par_core::{AnswerValue, Answers, Framework, Lang, UnitInfo};
use par_sheet::{matrix_table, ranking_table, table_csv, tables_xlsx, ReportHeader};

const SAMPLE: &str = include_str!("../../../frameworks/mau-xa-2025.json");
const ANSWERS: &str = include_str!("../../../frameworks/examples/mau-xa-2025.answers.json");

/// Three units of the sample set: 00001 and 00002 answer alike (a tie), 00003 answers one
/// yes/no item "no".
fn received(framework: &Framework) -> Vec<Received> {
    let base: Answers = par_core::parse_json(ANSWERS).unwrap();
    let mut keyring = Keyring::default();
    let mut texts = Vec::new();
    for (i, code) in ["00001", "00002", "00003"].iter().enumerate() {
        let key = UnitKey::from_secret([i as u8 + 1; 32]);
        keyring.add(code, "", &key.public_key_hex()).unwrap();
        let unit = UnitInfo {
            province: "Tỉnh mẫu".into(),
            name: format!("UBND xã Số {}", i + 1),
            code: code.to_string(),
            year: 2025,
            preparer: "Nguyễn Văn An".into(),
            chairperson: "Trần Thị Bình".into(),
        };
        let mut answers = base.clone();
        if i == 2 {
            answers.entry("1.3.1").value = Some(AnswerValue::YesNo(false));
        }
        let meta = ExportMeta {
            submission_id: format!("{:032x}", i + 1),
            created_at: "2025-12-01T09:30:00Z".into(),
            revision: 1,
            replaces: None,
        };
        let payload = Payload::new(framework, &unit, &answers, meta);
        texts.push(Submission::sign(payload, &key).to_json());
    }
    let known = [KnownFramework::from(framework.clone())];
    let context = VerifyContext {
        keyring: Some(&keyring),
        frameworks: &known,
    };
    texts
        .iter()
        .map(|text| Received::of(verify(text, context)))
        .collect()
}

fn cell_text(data: &Data) -> String {
    match data {
        Data::String(s) => s.clone(),
        Data::Float(f) => format!("{f}"),
        Data::Int(i) => i.to_string(),
        Data::Empty => String::new(),
        other => format!("{other:?}"),
    }
}

#[test]
fn ranking_and_matrix_read_back_from_xlsx_and_csv() {
    let framework = par_core::load_framework(SAMPLE).unwrap();
    let files = received(&framework);
    let summaries: Vec<_> = files.iter().map(|r| r.verified().unwrap()).collect();
    let ranking = rank_units(
        summaries
            .iter()
            .map(|s| (s.unit_code.as_str(), s.unit_name.as_str(), *s)),
        &framework,
    );
    let ranks: Vec<usize> = ranking.rows.iter().map(|r| r.rank).collect();
    let header = ReportHeader {
        province: "Tỉnh mẫu",
        year: 2025,
        framework: &framework,
        date: "06/12/2025",
        lang: Lang::Vi,
    };
    let tables = [
        ranking_table(&header, &ranking),
        matrix_table(&header, &ranking),
    ];
    let bytes = tables_xlsx(&tables, "2025-12-06").unwrap();
    // Deterministic: the same tables give the same bytes.
    assert_eq!(bytes, tables_xlsx(&tables, "2025-12-06").unwrap());

    // Points show two decimals (their column's format), ranks as whole numbers.
    let sheet_xml = part_of(&bytes, "xl/worksheets/sheet1.xml");
    assert!(part_of(&bytes, "xl/styles.xml").contains(r#"formatCode="0.00""#));
    assert!(sheet_xml.contains(r#"<c r="D9" s=""#), "{sheet_xml}");
    assert!(sheet_xml.contains(r#"<c r="A9"><v>"#), "{sheet_xml}");

    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(book.sheet_names(), ["Xếp hạng", "Điểm từng tiêu chí"]);
    let sheet = book.worksheet_range("Xếp hạng").unwrap();
    let at =
        |row: u32, column: u32| cell_text(sheet.get_value((row, column)).unwrap_or(&Data::Empty));
    assert_eq!(at(0, 0), "XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH");
    assert_eq!((at(1, 0), at(1, 1)), ("Tỉnh".into(), "Tỉnh mẫu".into()));
    assert_eq!(at(2, 1), "2025");
    assert!(at(3, 1).contains(&framework.id), "{}", at(3, 1));
    assert_eq!(at(4, 1), "06/12/2025");
    // Columns on row 7, units from row 8, best first; the tie shares rank 1.
    assert_eq!(at(7, 0), "Hạng");
    assert_eq!(at(7, 7), format!("Lĩnh vực {}", framework.fields[0].code));
    assert_eq!((at(8, 0), at(8, 1)), ("1".into(), "00001".into()));
    assert_eq!((at(9, 0), at(9, 1)), ("1".into(), "00002".into()));
    assert_eq!(ranks, [1, 1, 3]);
    assert_eq!(at(10, 1), "00003");
    let total: f64 = at(8, 3).parse().unwrap();
    // A number Excel can sum, exactly the decimal total.
    assert_eq!(total, ranking.rows[0].total.units() as f64 / 10_000.0);

    let matrix = book.worksheet_range("Điểm từng tiêu chí").unwrap();
    let leaves = framework.leaves().count();
    assert_eq!(matrix.get_size().1, 4 + leaves);
    let m =
        |row: u32, column: u32| cell_text(matrix.get_value((row, column)).unwrap_or(&Data::Empty));
    let column = 4 + framework
        .leaves()
        .position(|l| l.item.code == "1.3.1")
        .unwrap() as u32;
    assert_eq!(m(7, column), "1.3.1");
    assert_eq!(m(8, 2), "Điểm tối đa");
    assert_eq!(m(11, 1), "00003");
    assert_eq!(m(11, column), "0");
    assert_ne!(m(9, column), "0");

    // CSV: BOM, `;`, decimal comma, same header rows.
    let csv = table_csv(&tables[0], Lang::Vi);
    assert!(csv.starts_with("\u{feff}".as_bytes()));
    let text = String::from_utf8(csv).unwrap();
    let lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines[1], "Tỉnh;Tỉnh mẫu");
    assert_eq!(lines[4], "Ngày lập;06/12/2025");
    assert!(
        lines[7].starts_with("Hạng;Mã đơn vị;Tên đơn vị;Tổng điểm"),
        "{}",
        lines[7]
    );
    let first = format!(
        "1;00001;UBND xã Số 1;{};",
        ranking.rows[0].total.format_vi(2)
    );
    assert!(lines[8].starts_with(&first), "{}", lines[8]);
    // English: `,` and a decimal point.
    let english = ReportHeader {
        lang: Lang::En,
        ..header
    };
    let text = String::from_utf8(table_csv(&ranking_table(&english, &ranking), Lang::En)).unwrap();
    assert!(
        text.contains(&format!(",{},", ranking.rows[0].total.format_with(2, '.'))),
        "{text}"
    );
}

#[test]
fn the_published_table_has_the_three_totals_and_an_unranked_unit_last() {
    use par_core::office::{published, UnitResults};
    let framework = par_core::load_framework(SAMPLE).unwrap();
    let files = received(&framework);
    let summaries: Vec<_> = files.iter().map(|r| r.verified().unwrap()).collect();
    // Finals: 00001 its own sheet lowered by the office, 00002 none yet.
    let base: Answers = par_core::parse_json(ANSWERS).unwrap();
    let mut office = par_core::score::OfficeEntries::default();
    office
        .adjusted
        .insert("1.1.2".into(), par_core::Decimal::ZERO);
    let lowered = par_core::score_appraised(&framework, &base, &office);
    let units = [
        UnitResults {
            code: "00001",
            name: "UBND xã Số 1",
            submission: summaries[0],
            first: Some(&lowered),
            last: Some(&lowered),
        },
        UnitResults {
            code: "00002",
            name: "UBND xã Số 2",
            submission: summaries[1],
            first: None,
            last: None,
        },
    ];
    let rows = published(&units, &framework);
    let header = ReportHeader {
        province: "Tỉnh mẫu",
        year: 2025,
        framework: &framework,
        date: "06/02/2026",
        lang: Lang::Vi,
    };
    let table = par_sheet::published_table(&header, &rows);
    let text = String::from_utf8(table_csv(&table, Lang::Vi)).unwrap();
    let lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
    assert!(lines[0].contains("CUỐI CÙNG"), "{}", lines[0]);
    assert!(
        lines[5].starts_with("Ghi chú;Kết quả cuối cùng"),
        "{}",
        lines[5]
    );
    assert!(
        lines[7].starts_with(
            "Hạng;Mã đơn vị;Tên đơn vị;Điểm tự đánh giá;Điểm thẩm định vòng 1;Điểm cuối cùng"
        ),
        "{}",
        lines[7]
    );
    let first = format!(
        "1;00001;UBND xã Số 1;{};{};{};",
        summaries[0].total.format_vi(2),
        lowered.total.format_vi(2),
        lowered.total.format_vi(2)
    );
    assert!(lines[8].starts_with(&first), "{}", lines[8]);
    assert!(lines[9].starts_with(";00002;UBND xã Số 2;"), "{}", lines[9]);
}

/// One part of an XLSX file (a zip of XML files), as text.
fn part_of(xlsx: &[u8], name: &str) -> String {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(xlsx)).unwrap();
    let mut text = String::new();
    archive
        .by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}
