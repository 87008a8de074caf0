//! `par-sheet`: criteria sets to and from the spreadsheet template the people who write them
//! already work in. Pure: bytes in, a [`Framework`] or bytes out, no file system, no clock, so
//! the `par` command and the office's web app (wasm32) call the same functions.
//!
//! - [`import_xlsx`] / [`import_csv`]: the template (XLSX, or one CSV file per sheet in any
//!   encoding Excel writes) to a criteria set that passes par-core's validation, or every
//!   problem at once, each at its cell (`Tiêu chí!D14: …`) with what to write instead.
//! - [`export_xlsx`]: a set as the filled template; importing it gives the identical set.
//! - [`empty_template`]: the template for a new set.
//! - [`read_set_file`]: a file an office picks, the template or a JSON set, with every problem
//!   at its place (cell or JSON path) or one sentence for a file that is neither.
//! - [`read_units`]: the province's list of expected units (code and name), XLSX or CSV.
//! - [`ranking_table`] / [`matrix_table`] / [`published_table`] (the final results), written by [`tables_xlsx`] / [`table_csv`]: the
//!   office's ranking and per-item matrix, with province, year, set and date on top.
//!
//! The layout (sheets, columns, the words for levels and rules) is in `layout.rs`; how a rule's
//! parameters are written (“Từ 80% đến dưới 100%: 1 điểm”) in `rule_text.rs` and
//! `band_text.rs`; the instructions sheet's examples are checked by the tests.

mod band_text;
mod csv_in;
mod grid;
mod import;
mod instructions;
mod keyed;
mod layout;
mod office_points;
mod problem;
mod read_cell;
mod read_header;
mod read_items;
mod report;
mod report_out;
mod rule_text;
mod set_file;
mod table;
mod text;
mod units;
mod write;
mod xlsx_in;

use par_core::Framework;

pub use grid::date_from_serial;
pub use layout::{HEADER_SHEET, INSTRUCTIONS_SHEET, ITEMS_SHEET};
pub use office_points::{read_office_points, OfficePoints, PointsError};
pub use problem::{ExportError, ImportError, SheetProblem};
pub use report::{matrix_table, published_table, ranking_table, Out, ReportHeader, Table};
pub use report_out::{table_csv, tables_xlsx};
pub use set_file::{
    read_set_file, read_set_files, SetFileError, SetFileProblem, MAX_SET_FILE_BYTES,
};
pub use table::{read_table, table_xlsx, MAX_TABLE_CELLS};
pub use units::{read_units, UnitsError, UnitsList};
pub use write::{empty_template, export_xlsx};
pub use xlsx_in::{MAX_CELLS, MAX_FILE_BYTES};

use import::{framework_from, is_header_sheet, is_items_sheet, Sheets};
use problem::Problems;

/// Whether `bytes` look like an XLSX file (a ZIP archive) rather than CSV text.
pub fn is_xlsx(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// Reads the template from an XLSX file.
pub fn import_xlsx(bytes: &[u8]) -> Result<Framework, ImportError> {
    let mut workbook = xlsx_in::Workbook::open(bytes)?;
    let names = workbook.sheet_names();
    let mut problems = Problems::default();
    let mut read = |wanted: &str, problems: &mut Problems| {
        let name = workbook.find_sheet(wanted)?;
        match workbook.read(&name) {
            Ok(grid) => Some(grid),
            Err(problem) => {
                problems.0.push(problem);
                None
            }
        }
    };
    let header = read(HEADER_SHEET, &mut problems);
    let items = read(ITEMS_SHEET, &mut problems);
    // A sheet that was there but unreadable is already reported; do not call it missing too.
    let reported = |sheet: &str| problems.0.iter().any(|p| p.sheet == sheet);
    let (header_unreadable, items_unreadable) = (reported(HEADER_SHEET), reported(ITEMS_SHEET));
    if header_unreadable || items_unreadable {
        return Err(ImportError::Problems(problems.0));
    }
    framework_from(Sheets { header, items }, problems, &names)
}

/// Reads the template from CSV files, one per sheet, given as `(file name, bytes)`. Which file
/// is which sheet is found from its first row; locations name the file (`tieu-chi.csv!D14`).
pub fn import_csv(files: &[(String, Vec<u8>)]) -> Result<Framework, ImportError> {
    let mut problems = Problems::default();
    let mut sheets = Sheets {
        header: None,
        items: None,
    };
    for (name, bytes) in files {
        let grid = match csv_in::read(name, bytes) {
            Ok(grid) => grid,
            Err(problem) => {
                problems.0.push(problem);
                continue;
            }
        };
        let slot = if is_header_sheet(&grid) {
            &mut sheets.header
        } else if is_items_sheet(&grid) {
            &mut sheets.items
        } else if text::key(name).contains("hướng dẫn") || text::key(name).contains("huong") {
            continue;
        } else {
            problems.push(
                name,
                "A1",
                format!(
                    "không nhận ra dòng tiêu đề “{}”: tệp phải là trang “{HEADER_SHEET}” hoặc \
                     “{ITEMS_SHEET}” của mẫu. Nếu chữ tiếng Việt hiện sai (ví dụ “Tiªu chÝ”), tệp \
                     được lưu bằng bảng mã cũ (TCVN3, VNI): hãy chuyển sang Unicode rồi lưu lại \
                     dạng “CSV UTF-8 (Comma delimited)”",
                    grid.text(0, 0)
                ),
            );
            continue;
        };
        if let Some(first) = slot {
            problems.push(
                name,
                "",
                format!(
                    "trùng trang với tệp {}; hãy chỉ giữ một tệp cho mỗi trang",
                    first.name
                ),
            );
        } else {
            *slot = Some(grid);
        }
    }
    if !problems.is_empty() {
        return Err(ImportError::Problems(problems.0));
    }
    let names: Vec<String> = files.iter().map(|(name, _)| name.clone()).collect();
    framework_from(sheets, problems, &names)
}
