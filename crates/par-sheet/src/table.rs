//! A plain table of text: written as the one sheet of an XLSX file, and read back from the
//! first sheet of an XLSX file as text rows. For sheets `par` writes and an office fills in a
//! spreadsheet (the appraisal sheet of `par appraise`), whose headings the caller checks; cells
//! read as the spreadsheet shows them (numbers the Vietnamese way, `1,5`).

use rust_xlsxwriter::{Format, FormatAlign};

use crate::problem::{ExportError, ImportError};
use crate::write::new_workbook;
use crate::xlsx_in::Workbook;

/// Cells with content read at most: a province of 500 units × 100 items × 11 columns.
pub const MAX_TABLE_CELLS: usize = 600_000;

/// `headings` and `rows` as the one sheet `sheet` of an XLSX workbook, every cell as text (a
/// cell starting with `=` stays text: nothing written here is ever a formula). `date_iso`
/// dates the workbook, so the same table gives the same bytes.
pub fn table_xlsx(
    sheet: &str,
    headings: &[&str],
    rows: &[Vec<String>],
    date_iso: &str,
) -> Result<Vec<u8>, ExportError> {
    let mut workbook = new_workbook(Some(date_iso), sheet)?;
    let heading = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    let page = workbook.add_worksheet();
    page.set_name(sheet)?;
    for (column, name) in headings.iter().enumerate() {
        page.write_string_with_format(0, column as u16, *name, &heading)?;
        let widest = rows
            .iter()
            .filter_map(|row| row.get(column))
            .map(|cell| cell.chars().count())
            .chain([name.chars().count().min(24)])
            .max()
            .unwrap_or(8);
        page.set_column_width(column as u16, (widest.clamp(8, 60) + 2) as f64)?;
    }
    page.set_freeze_panes(1, 0)?;
    for (index, cells) in rows.iter().enumerate() {
        let row = index as u32 + 1;
        for (column, cell) in cells.iter().enumerate() {
            if !cell.is_empty() {
                page.write_string(row, column as u16, cell)?;
            }
        }
    }
    Ok(workbook.save_to_buffer()?)
}

/// The first sheet of the XLSX file `bytes` as rows of text, up to its last row with content
/// (blank rows inside kept as empty rows, so row numbers match the spreadsheet's).
pub fn read_table(bytes: &[u8]) -> Result<(String, Vec<Vec<String>>), ImportError> {
    let mut workbook = Workbook::open(bytes)?;
    let name =
        workbook
            .sheet_names()
            .into_iter()
            .next()
            .ok_or_else(|| ImportError::NotAWorkbook {
                detail: "tệp không có trang nào".into(),
            })?;
    let grid = workbook
        .read_at_most(&name, MAX_TABLE_CELLS, "một bảng")
        .map_err(|problem| ImportError::Problems(vec![problem]))?;
    let Some(last_row) = grid.last_row() else {
        return Ok((name, Vec::new()));
    };
    let columns = grid.cells.keys().map(|(_, c)| c + 1).max().unwrap_or(0);
    let rows = (0..=last_row)
        .map(|row| (0..columns).map(|column| grid.text(row, column)).collect())
        .collect();
    Ok((name, rows))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_reads_back_as_written_and_formulas_stay_text() {
        let rows = vec![
            vec!["00004".into(), "=HYPERLINK(\"x\")".into(), String::new()],
            vec![],
            vec!["00007".into(), "UBND xã Tân Lập".into(), "1,5".into()],
        ];
        let bytes =
            table_xlsx("Thẩm định", &["Mã", "Tên", "Điểm"], &rows, "2026-01-05").expect("written");
        let (name, read) = read_table(&bytes).expect("read");
        assert_eq!(name, "Thẩm định");
        assert_eq!(read[0], ["Mã", "Tên", "Điểm"]);
        assert_eq!(
            read[1],
            ["00004", "=HYPERLINK(\"x\")", ""],
            "the leading zero kept"
        );
        assert_eq!(read[2], ["", "", ""], "a blank row stays a row");
        assert_eq!(read[3], ["00007", "UBND xã Tân Lập", "1,5"]);
        // The same table, the same bytes.
        assert_eq!(
            table_xlsx("Thẩm định", &["Mã", "Tên", "Điểm"], &rows, "2026-01-05").unwrap(),
            bytes
        );
    }

    #[test]
    fn what_is_not_a_workbook_is_refused() {
        assert!(matches!(
            read_table(b"a,b\n1,2\n"),
            Err(ImportError::NotAWorkbook { .. })
        ));
    }
}
