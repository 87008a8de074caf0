//! `par rank` on the sample province (examples/support/province.rs): the right outcome for
//! every unit, the ranking with its ties, and the exports read back.

use calamine::{Data, Reader, Xlsx};

use super::*;

#[path = "../../examples/support/province.rs"]
mod province;

use province::{code, FILES_DIR, KEYRING_FILE, UNITS_FILE};

/// The province written once per test run, with a file that names no unit added.
fn province_dir(name: &str) -> PathBuf {
    let dir = fresh_dir(name);
    province::write_province(&dir).unwrap();
    std::fs::write(dir.join(FILES_DIR).join("ghi-chu.json"), r#"{"hello": 1}"#).unwrap();
    dir
}

fn rank(dir: &Path, extra: &[&str]) -> Output {
    let files = dir.join(FILES_DIR);
    let keys = dir.join(KEYRING_FILE);
    let units = dir.join(UNITS_FILE);
    let mut args = vec![
        "rank",
        files.to_str().unwrap(),
        "--keys",
        keys.to_str().unwrap(),
        "--framework",
        SAMPLE,
        "--units",
        units.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    par(&args)
}

/// The ranking lines: (rank, code, total).
fn ranking_lines(text: &str) -> Vec<(usize, String, String)> {
    text.lines()
        .filter_map(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            let rank = words.first()?.parse().ok()?;
            let code = words.get(1).filter(|w| w.len() == 5)?;
            let total = words.iter().find(|w| w.contains(','))?;
            Some((rank, code.to_string(), total.to_string()))
        })
        .collect()
}

#[test]
fn every_case_of_the_province_gets_its_outcome() {
    let dir = province_dir("rank-province");
    let output = rank(&dir, &[]);
    // Refused files and a unit with contradicting files: 1.
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.starts_with(
            "Tình hình nộp hồ sơ theo danh sách (156 đơn vị): 149 hợp lệ, 5 bị từ chối, 1 chưa \
             nộp, 1 có tệp mâu thuẫn; 1 đơn vị nộp nhưng không có trong danh sách:"
        ),
        "{text}"
    );
    let line_of = |unit: &str| {
        let start = text
            .find(&format!(" {unit} UBND"))
            .unwrap_or_else(|| panic!("no line for {unit}:\n{text}"));
        text[start..].lines().take(2).collect::<Vec<_>>().join("\n")
    };
    assert!(line_of("00003").contains("lần xuất 2 có nhiều tệp khác nhau"));
    assert!(line_of("00151").contains("đã bị thay đổi sau khi ký"));
    assert!(line_of("00152").contains("chưa đăng ký khóa"));
    assert!(line_of("00153").contains("không phải khóa đã đăng ký của đơn vị 00153"));
    assert!(line_of("00154").contains("điểm trong tệp khác điểm tính lại: tổng điểm"));
    assert!(line_of("00155").contains("không có bộ tiêu chí “mau-xa-2025” phiên bản 2"));
    assert!(line_of("00156").contains("chưa nộp"));
    assert!(line_of("00160").contains("không có trong danh sách đơn vị (tệp hợp lệ"));
    assert!(
        text.contains("ghi-chu.json: không rõ của đơn vị nào"),
        "{text}"
    );
    // Units with nothing to act on have no board line.
    assert!(!text.contains(" 00004 UBND xã Thử Nghiệm 4 —"), "{text}");

    let ranked = ranking_lines(&text);
    assert_eq!(ranked.len(), 150, "149 valid listed units and 00160");
    let ranked_codes: Vec<&str> = ranked.iter().map(|(_, c, _)| c.as_str()).collect();
    // The copy of 00001 is counted once; 00003 cannot be ranked until it says which file.
    assert_eq!(ranked_codes.iter().filter(|c| **c == "00001").count(), 1);
    assert!(!ranked_codes.contains(&"00003"));
    assert!(ranked_codes.contains(&"00160"));
    // Hand-checked: 1.3.1 and 1.4.1 are worth 0,5 each; "yes" to both for codes ≡ 2, 4
    // (mod 6), to neither for codes ≡ 3 (mod 6). Both: 50 units (00002 left, 00160 joined);
    // neither: 24 (00003 out); one: the other 76, 00002 among them (its revision 2 answers
    // 1.3.1 "no"). Competition ranking: 1, then 51, then 127.
    let group = |rank: usize| ranked.iter().filter(|(r, _, _)| *r == rank).count();
    assert_eq!((group(1), group(51), group(127)), (50, 76, 24));
    let rank_of = |unit: &str| ranked.iter().find(|(_, c, _)| c == unit).unwrap().0;
    assert_eq!(rank_of("00002"), 51);
    assert_eq!(rank_of("00004"), 1);
    assert_eq!(rank_of("00009"), 127);
    assert_eq!(ranked[0].2, "62,53");
    assert!(text.contains("Lĩnh vực mất nhiều điểm nhất"), "{text}");
}

#[test]
fn the_exports_read_back_with_every_ranked_unit() {
    let dir = province_dir("rank-exports");
    let csv = dir.join("xep-hang.csv");
    let xlsx = dir.join("xep-hang.xlsx");
    let output = rank(
        &dir,
        &[
            "--csv",
            csv.to_str().unwrap(),
            "--xlsx",
            xlsx.to_str().unwrap(),
        ],
    );
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(stdout(&output).contains("Đã ghi"), "{}", stdout(&output));

    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with('\u{feff}'));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[1], "Tỉnh;Tỉnh mẫu");
    assert_eq!(lines[2], "Năm;2025");
    assert!(lines[3].contains("mau-xa-2025"), "{}", lines[3]);
    assert_eq!(lines.len(), 8 + 150);
    assert!(lines[8].starts_with("1;"), "{}", lines[8]);
    let matrix = std::fs::read_to_string(dir.join("xep-hang-tung-tieu-chi.csv")).unwrap();
    assert_eq!(
        matrix.lines().count(),
        8 + 1 + 150,
        "maxima, then the units"
    );

    let mut book: Xlsx<_> = calamine::open_workbook(&xlsx).unwrap();
    let sheet = book.worksheet_range("Xếp hạng").unwrap();
    assert_eq!(sheet.get_size().0, 8 + 150);
    let codes: Vec<String> = (8..8 + 150)
        .map(|row| match sheet.get_value((row, 1)) {
            Some(Data::String(code)) => code.clone(),
            other => panic!("row {row}: {other:?}"),
        })
        .collect();
    assert!(codes.contains(&code(160)) && !codes.contains(&code(3)));
    let matrix = book.worksheet_range("Điểm từng tiêu chí").unwrap();
    assert_eq!(matrix.get_size().0, 8 + 1 + 150);
}

#[test]
fn a_broken_units_list_stops_before_any_file_is_verified() {
    let dir = province_dir("rank-broken-list");
    std::fs::write(
        dir.join(UNITS_FILE),
        "Mã đơn vị;Tên đơn vị\n00001;Xã Một\nABC;Xã Hai\n",
    )
    .unwrap();
    let output = rank(&dir, &[]);
    assert_eq!(output.status.code(), Some(2));
    let error = stderr(&output);
    assert!(error.contains("don-vi.csv!A3: mã đơn vị “ABC”"), "{error}");
    assert!(stdout(&output).is_empty());
}

#[test]
fn without_a_list_the_board_names_units_with_files_and_english_works() {
    let dir = province_dir("rank-no-list");
    let files = dir.join(FILES_DIR);
    let keys = dir.join(KEYRING_FILE);
    let args = [
        "--lang",
        "en",
        "rank",
        files.to_str().unwrap(),
        "--keys",
        keys.to_str().unwrap(),
        "--framework",
        SAMPLE,
    ];
    let output = par(&args);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(
        text.starts_with("Submissions (156 units sent files;"),
        "{text}"
    );
    assert!(
        text.contains("00152 UBND xã Thử Nghiệm 152 — refused"),
        "{text}"
    );
    assert!(!text.contains("not on the units list"), "{text}");
    assert!(text.contains("Ranking of 150 units"), "{text}");
    assert!(text.contains("62.53"), "{text}");
    // A folder of several criteria sets cannot say which one to rank on.
    let sets = fresh_dir("rank-two-sets");
    let set = std::fs::read_to_string(repo().join(SAMPLE)).unwrap();
    std::fs::write(sets.join("a.json"), &set).unwrap();
    std::fs::write(
        sets.join("b.json"),
        set.replace("\"version\": \"1\"", "\"version\": \"9\""),
    )
    .unwrap();
    let mut args = args;
    args[7] = sets.to_str().unwrap();
    let output = par(&args);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("đúng một bộ tiêu chí"),
        "{}",
        stderr(&output)
    );
}
