//! One test per kind of spreadsheet problem, each checking the cell the problem names. Every
//! workbook is the sample set's template with one thing changed, as an official might.

mod common;

use common::{assert_problem, problems_of, sample, text, Book, Cell};
use par_sheet::{import_csv, import_xlsx, ImportError, HEADER_SHEET, ITEMS_SHEET};

fn sample_book() -> Book {
    Book::of(&sample())
}

/// Spreadsheet name of a zero-based row and column (`D14`).
fn at(row: usize, column: char) -> String {
    format!("{ITEMS_SHEET}!{column}{}", row + 1)
}

#[test]
fn merged_cells_are_named_by_their_range() {
    let mut book = sample_book();
    let items = book.sheet(ITEMS_SHEET);
    let row = items.row_of("1.1.1");
    items.merged.push((row as u32, 6, row as u32 + 1, 6));
    let problems = problems_of(import_xlsx(&book.xlsx()));
    assert_problem(
        &problems,
        &format!("{ITEMS_SHEET}!G{}:G{}", row + 1, row + 2),
        "bỏ gộp ô",
    );
}

#[test]
fn an_empty_row_in_the_middle_is_named() {
    let mut book = sample_book();
    let items = book.sheet(ITEMS_SHEET);
    let row = items.row_of("1.2");
    items.rows.insert(row, Vec::new());
    let problems = problems_of(import_xlsx(&book.xlsx()));
    assert_problem(&problems, &at(row, 'A'), "dòng trống");
    assert_eq!(problems.len(), 1, "{problems:?}");
}

#[test]
fn a_formula_is_named_with_what_to_write_instead() {
    let mut book = sample_book();
    let items = book.sheet(ITEMS_SHEET);
    let row = items.row_of("1.1");
    items.set(row, 3, Cell::Formula("SUM(D4:D5)".into(), 2.5));
    let problems = problems_of(import_xlsx(&book.xlsx()));
    assert_problem(&problems, &at(row, 'D'), "Dán đặc biệt");
    assert_problem(&problems, &at(row, 'D'), "=SUM(D4:D5)");
}

#[test]
fn a_number_typed_as_text_says_which_number_to_type() {
    let mut book = sample_book();
    let items = book.sheet(ITEMS_SHEET);
    let row = items.row_of("1.1.2");
    items.set(row, 3, text("1,5"));
    let problems = problems_of(import_xlsx(&book.xlsx()));
    assert_problem(
        &problems,
        &at(row, 'D'),
        "“1,5” là chữ, không phải số; hãy gõ lại thành số 1,5",
    );
}

#[test]
fn codes_out_of_order_are_named() {
    let mut book = sample_book();
    let items = book.sheet(ITEMS_SHEET);
    let (first, second) = (items.row_of("1.3.1"), items.row_of("1.3.2"));
    items.rows.swap(first, second);
    let problems = problems_of(import_xlsx(&book.xlsx()));
    assert_problem(&problems, &at(second, 'A'), "mã “1.3.1” đứng sau “1.3.2”");
}

#[test]
fn a_code_under_the_wrong_parent_is_named_by_par_core() {
    let mut book = sample_book();
    let items = book.sheet(ITEMS_SHEET);
    let row = items.row_of("1.3.2");
    items.set(row, 0, text("1.4.9"));
    let problems = problems_of(import_xlsx(&book.xlsx()));
    assert_problem(
        &problems,
        &at(row, 'A'),
        "phải bắt đầu bằng mã cấp trên “1.3.”",
    );
}

#[test]
fn a_missing_sheet_is_named_with_the_sheets_there_are() {
    let mut book = sample_book();
    book.sheets.retain(|s| s.name != HEADER_SHEET);
    let problems = problems_of(import_xlsx(&book.xlsx()));
    assert_problem(
        &problems,
        HEADER_SHEET,
        "thiếu trang “Thông tin chung” (tệp có: “Tiêu chí”, “Hướng dẫn”)",
    );
    assert_eq!(problems.len(), 1, "{problems:?}");
}

#[test]
fn maxima_that_do_not_add_up_are_named_at_the_parent() {
    let mut book = sample_book();
    let items = book.sheet(ITEMS_SHEET);
    let row = items.row_of("1.1");
    items.set(row, 3, Cell::Number(3.0));
    let problems = problems_of(import_xlsx(&book.xlsx()));
    assert_problem(
        &problems,
        &at(row, 'D'),
        "Điểm tối đa 3,00 khác tổng điểm tối đa của các tiêu chí thành phần (2,50)",
    );
}

#[test]
fn a_band_that_cannot_be_read_or_leaves_a_gap_is_named_at_the_parameters() {
    let mut book = sample_book();
    let items = book.sheet(ITEMS_SHEET);
    let unreadable = items.row_of("1.1.2");
    items.set(unreadable, 5, text("100%: 1,5 điểm\nkhoảng 80: 1"));
    let gap = items.row_of("3.3.1");
    items.set(gap, 5, text("Từ 80% trở lên: 1 điểm\nDưới 70%: 0 điểm"));
    let problems = problems_of(import_xlsx(&book.xlsx()));
    assert_problem(
        &problems,
        &at(unreadable, 'F'),
        "không hiểu khoảng tỷ lệ “khoảng 80”",
    );
    assert_problem(
        &problems,
        &at(gap, 'F'),
        "Có khoảng trống trước mức này (từ 80,00%)",
    );
}

#[test]
fn unknown_words_say_which_words_to_use() {
    let mut book = sample_book();
    let items = book.sheet(ITEMS_SHEET);
    let row = items.row_of("1.3.1");
    items.set(row, 4, text("Đúng/Sai"));
    items.set(row, 8, text("Có thể"));
    let problems = problems_of(import_xlsx(&book.xlsx()));
    assert_problem(&problems, &at(row, 'E'), "hãy ghi một trong “Có/Không”");
    assert_problem(&problems, &at(row, 'I'), "“Được điểm tối đa”");
}

#[test]
fn header_problems_are_named_in_the_header_sheet() {
    let mut book = sample_book();
    let header = book.sheet(HEADER_SHEET);
    let year = header
        .rows
        .iter()
        .position(|r| r[0] == text("Năm đánh giá"))
        .unwrap();
    header.set(year, 1, text("2025"));
    let date = header
        .rows
        .iter()
        .position(|r| r[0] == text("Ngày quyết định"))
        .unwrap();
    header.set(date, 1, text("31/02/2025"));
    let problems = problems_of(import_xlsx(&book.xlsx()));
    assert_problem(
        &problems,
        &format!("{HEADER_SHEET}!B{}", year + 1),
        "“2025” là chữ",
    );
    assert_problem(
        &problems,
        &format!("{HEADER_SHEET}!B{}", date + 1),
        "không phải ngày",
    );
}

#[test]
fn every_problem_is_listed_at_once() {
    let mut book = sample_book();
    let items = book.sheet(ITEMS_SHEET);
    let a = items.row_of("2.1.1");
    items.set(a, 3, text("1,0"));
    let b = items.row_of("7.4.2");
    items.set(b, 4, text("?"));
    items.rows.push(Vec::new());
    items.rows.push(vec![
        text("10"),
        text("Lĩnh vực"),
        text("Thêm"),
        Cell::Formula("1+1".into(), 2.0),
    ]);
    let problems = problems_of(import_xlsx(&book.xlsx()));
    assert_problem(&problems, &at(a, 'D'), "là chữ");
    assert_problem(&problems, &at(b, 'E'), "không nhận ra cách tính điểm");
    let last = book.sheet(ITEMS_SHEET).rows.len() - 1;
    assert_problem(&problems, &at(last - 1, 'A'), "dòng trống");
    assert_problem(&problems, &at(last, 'D'), "công thức");
}

#[test]
fn bytes_that_are_no_workbook_say_what_to_do() {
    let error = import_xlsx(b"PK\x03\x04 not really a zip").unwrap_err();
    assert!(matches!(error, ImportError::NotAWorkbook { .. }), "{error}");
    assert!(
        error.to_string().contains("Excel Workbook (.xlsx)"),
        "{error}"
    );
}

/// Windows-1258 as Excel writes it: base letters with ^, ˘ and the horn precomposed, tone marks
/// as combining characters.
fn windows_1258(text: &str) -> Vec<u8> {
    use unicode_normalization::UnicodeNormalization;
    let mut out = Vec::new();
    for c in text.chars() {
        let mut buffer = [0; 4];
        let one = c.encode_utf8(&mut buffer);
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(one);
        if !unmappable {
            out.extend_from_slice(&bytes);
            continue;
        }
        let parts: Vec<char> = c.to_string().nfd().collect();
        let tones = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];
        let base: String = parts
            .iter()
            .filter(|p| !tones.contains(p))
            .collect::<String>()
            .nfc()
            .collect();
        let tone: String = parts.iter().filter(|p| tones.contains(p)).collect();
        let decomposed = base + &tone;
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(&decomposed);
        assert!(!unmappable, "{c}");
        out.extend_from_slice(&bytes);
    }
    out
}

fn utf16_with_tabs(text: &str) -> Vec<u8> {
    let tabbed = text.replace(',', "\t");
    let mut out = vec![0xff, 0xfe];
    for unit in tabbed.encode_utf16() {
        out.extend_from_slice(&unit.to_le_bytes());
    }
    out
}

#[test]
fn csv_files_in_the_encodings_excel_writes_read_the_same() {
    let set = sample();
    let csv = Book::of(&set).csv();
    let utf8: Vec<(String, Vec<u8>)> = csv
        .iter()
        .map(|(n, t)| (n.clone(), format!("\u{feff}{t}").into_bytes()))
        .collect();
    assert_eq!(import_csv(&utf8).unwrap_or_else(|e| panic!("{e}")), set);
    // The instructions sheet has no comma-free cells to turn into tabs; UTF-16 sheets are
    // written with tabs only where the sample's texts have no commas of their own.
    let windows: Vec<(String, Vec<u8>)> = csv
        .iter()
        .map(|(n, t)| (n.clone(), windows_1258(t)))
        .collect();
    assert_eq!(import_csv(&windows).unwrap_or_else(|e| panic!("{e}")), set);
}

#[test]
fn a_utf16_tab_separated_sheet_is_read() {
    let header = Book::of(&sample())
        .csv()
        .into_iter()
        .find(|(n, _)| n.starts_with(HEADER_SHEET))
        .unwrap();
    // Only the first row: it decides which sheet the file is.
    let first_line = header.1.lines().next().unwrap().to_string();
    let problems = problems_of(import_csv(&[(
        "thong-tin.txt".into(),
        utf16_with_tabs(&first_line),
    )]));
    // Read and recognised as the header sheet: what is missing is its rows and the other sheet.
    assert_problem(&problems, "Tiêu chí", "thiếu trang “Tiêu chí”");
    assert_problem(&problems, "thong-tin.txt", "thiếu dòng “Mã bộ tiêu chí”");
}

#[test]
fn a_csv_in_an_old_vietnamese_font_encoding_is_named_with_what_to_do() {
    // “Tiêu chí” in TCVN3 (ABC) bytes, read as Windows-1258: “Tiªu chÝ”.
    let garbled = "M·,CÊp,Néi dung\n".as_bytes().to_vec();
    let problems = problems_of(import_csv(&[("tieu-chi.csv".into(), garbled)]));
    assert_problem(&problems, "tieu-chi.csv!A1", "TCVN3, VNI");
}

#[test]
fn numbers_in_csv_are_read_the_vietnamese_way() {
    let set = sample();
    let mut book = Book::of(&set);
    let items = book.sheet(ITEMS_SHEET);
    let row = items.row_of("1.1.2");
    items.set(row, 3, text("1,5"));
    let files: Vec<(String, Vec<u8>)> = book
        .csv()
        .into_iter()
        .map(|(n, t)| (n, t.into_bytes()))
        .collect();
    assert_eq!(import_csv(&files).unwrap_or_else(|e| panic!("{e}")), set);
}

#[test]
fn a_whole_criterion_claim_over_an_items_own_is_named_at_the_item() {
    let mut book = sample_book();
    let items = book.sheet(ITEMS_SHEET);
    // Criterion 2.1 may be claimed as a whole, but its item 2.1.1 keeps its own meaning.
    let criterion = items.row_of("2.1");
    items.set(criterion, 8, text("Được điểm tối đa"));
    let item = items.row_of("2.1.1");
    let problems = problems_of(import_xlsx(&book.xlsx()));
    assert_problem(
        &problems,
        &at(item, 'I'),
        "Đã cho phép không áp dụng cả tiêu chí",
    );
}

#[test]
fn a_floor_that_is_not_below_zero_is_named_in_its_column() {
    let mut book = sample_book();
    let items = book.sheet(ITEMS_SHEET);
    let row = items.row_of("1.3.1");
    items.set(row, 13, Cell::Number(0.25));
    let problems = problems_of(import_xlsx(&book.xlsx()));
    assert_problem(&problems, &at(row, 'N'), "Điểm thấp nhất phải nhỏ hơn 0");
}

#[test]
fn the_second_formats_rules_come_through_the_template() {
    let mut book = sample_book();
    let items = book.sheet(ITEMS_SHEET);
    let row = items.row_of("1.3.1");
    items.set(row, 5, text("Có: 0,5 điểm\nKhông: -0,25 điểm"));
    items.set(row, 13, Cell::Number(-0.25));
    let survey = items.row_of("8.1.1");
    let figures = "Nguồn: SIPAS 2025\nTử số: Số ý kiến hài lòng\nMẫu số: Số ý kiến thu thập\n\
        Từ 90% trở lên: 4 điểm\nTừ 70% đến dưới 90%: theo tỷ lệ\nDưới 70%: 0 điểm\n\
        Nếu mẫu số bằng 0: Không tính vào điểm tối đa";
    items.set(survey, 5, text(figures));
    let set = import_xlsx(&book.xlsx()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(set.format, "par-framework/2");
    let leaf = set.leaf("1.3.1").unwrap();
    assert_eq!(
        leaf.item.min_points,
        Some(par_core::Decimal::parse("-0.25").unwrap())
    );
    let figures = set.leaf("8.1.1").unwrap().rule.figures().cloned().unwrap();
    assert_eq!(figures.denominator_label, "Số ý kiến thu thập");
    assert_eq!(figures.bands.len(), 3);
    // And back: the export writes what was read.
    assert_eq!(
        import_xlsx(&par_sheet::export_xlsx(&set).unwrap()).unwrap(),
        set
    );
}
