//! The province's list of expected units, as officials save it from Excel: CSV with a BOM or
//! `;`, XLSX with codes turned into numbers, and rows that are broken.

use par_core::office::ExpectedUnit;
use par_sheet::{read_units, UnitsError};
use rust_xlsxwriter::Workbook;

fn unit(code: &str, name: &str) -> ExpectedUnit {
    ExpectedUnit {
        code: code.into(),
        name: name.into(),
    }
}

fn problems(result: Result<par_sheet::UnitsList, UnitsError>) -> Vec<String> {
    match result {
        Err(UnitsError::Problems(problems)) => problems.iter().map(ToString::to_string).collect(),
        other => panic!("expected problems, got {other:?}"),
    }
}

#[test]
fn a_csv_with_bom_semicolons_and_lost_zeros_reads() {
    let text = "\u{feff}STT;Mã đơn vị;Tên đơn vị\n1;00004;UBND xã Tân Lập\n2;7;UBND phường Hòa Bình\n\n3;10234;UBND xã Xa\n";
    let list = read_units("don-vi.csv", text.as_bytes()).unwrap();
    assert_eq!(
        list.units,
        [
            unit("00004", "UBND xã Tân Lập"),
            unit("00007", "UBND phường Hòa Bình"),
            unit("10234", "UBND xã Xa")
        ]
    );
    assert_eq!(list.padded, 1);
    // Commas and no header row: code in A, name in B.
    let list = read_units("x.csv", b"4,Xa A\n00005,Xa B\n").unwrap();
    assert_eq!(list.units, [unit("00004", "Xa A"), unit("00005", "Xa B")]);
}

#[test]
fn an_xlsx_whose_codes_became_numbers_reads_with_a_title_row_first() {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name("Danh sách").unwrap();
    sheet
        .write(0, 0, "DANH SÁCH ĐƠN VỊ CẤP XÃ NĂM 2025")
        .unwrap();
    sheet.write(1, 0, "Mã ĐVHC").unwrap();
    sheet.write(1, 1, "Tên đơn vị hành chính").unwrap();
    sheet.write(2, 0, 4).unwrap();
    sheet.write(2, 1, "UBND xã Tân Lập").unwrap();
    sheet.write(3, 0, "00010").unwrap();
    sheet.write(3, 1, "UBND xã Mười").unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let list = read_units("don-vi.xlsx", &bytes).unwrap();
    assert_eq!(
        list.units,
        [
            unit("00004", "UBND xã Tân Lập"),
            unit("00010", "UBND xã Mười")
        ]
    );
    assert_eq!(list.padded, 1);
}

#[test]
fn broken_rows_are_each_reported_at_their_cell_and_nothing_is_read() {
    let text =
        "Mã đơn vị,Tên đơn vị\n00004,Xã A\nX12,Xã B\n123456,Xã C\n,Xã D\n00005,\n4,Xã A lần hai\n";
    let found = problems(read_units("don-vi.csv", text.as_bytes()));
    assert_eq!(found.len(), 5, "{found:#?}");
    assert!(found[0].starts_with("don-vi.csv!A3: mã đơn vị “X12” chỉ được gồm chữ số"));
    assert!(found[1].starts_with("don-vi.csv!A4: mã đơn vị “123456” dài hơn 5 chữ số"));
    assert!(found[2].starts_with("don-vi.csv!A5: thiếu mã đơn vị"));
    assert!(found[3].starts_with("don-vi.csv!B6: thiếu tên đơn vị"));
    // `4` is 00004 once padded: the same unit twice.
    assert_eq!(
        found[4],
        "don-vi.csv!A7: mã 00004 trùng với dòng 2; mỗi đơn vị chỉ ghi một lần"
    );
}

#[test]
fn an_empty_list_a_broken_workbook_and_a_pdf_are_refused() {
    let error = read_units("rong.csv", "Mã đơn vị;Tên đơn vị\n".as_bytes()).unwrap_err();
    assert!(matches!(error, UnitsError::Empty { .. }), "{error:?}");
    assert!(error.to_string().contains("không có đơn vị nào"));
    let error = read_units("hong.xlsx", b"PK\x03\x04 not really a zip").unwrap_err();
    assert!(
        matches!(error, UnitsError::NotAWorkbook { .. }),
        "{error:?}"
    );
    // A PDF read as CSV: its first line is no list.
    let found = problems(read_units("bao-cao.pdf", b"%PDF-1.4\n1 0 obj\n"));
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("bao-cao.pdf!A1: mã đơn vị “%PDF-1.4”")),
        "{found:?}"
    );
    // Larger than any list.
    let huge = vec![b'1'; par_sheet::MAX_FILE_BYTES + 1];
    assert!(read_units("lon.csv", &huge).is_err());
}
