//! Writing a report [`Table`] as XLSX (rust_xlsxwriter, numbers as numbers) or CSV (UTF-8 with
//! a byte-order mark, so Excel shows Vietnamese letters). In Vietnamese the CSV is written as a
//! Vietnamese Excel reads it: `;` between cells and a decimal comma (87,50); in English, `,` and
//! a decimal point. Layout: the title, the header rows (label, value), a blank row, the column
//! names, the rows.

use rust_xlsxwriter::{Format, FormatAlign, Workbook, XlsxError};

use crate::problem::ExportError;
use crate::report::{Out, Table};
use crate::write::{decimal_f64, new_workbook};
use par_core::Lang;

/// Decimals shown for points and percentages.
const DECIMALS: u32 = 2;

/// The tables as one workbook, a sheet each. `date_iso` (`yyyy-mm-dd`) dates the workbook's
/// properties, so the same tables give the same bytes.
pub fn tables_xlsx(tables: &[Table], date_iso: &str) -> Result<Vec<u8>, ExportError> {
    let title = tables.first().map_or("", |t| t.title.as_str());
    let mut workbook = new_workbook(Some(date_iso), title)?;
    // Compression level 3 rather than 6: the per-item matrix of 10,000 units is written in
    // 0,4 s less, the file a fifth larger (BENCHMARKS.md).
    workbook.set_zip_compression_level(3);
    for table in tables {
        write_sheet(&mut workbook, table)?;
    }
    Ok(workbook.save_to_buffer()?)
}

fn write_sheet(workbook: &mut Workbook, table: &Table) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold();
    let heading = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    let number = Format::new().set_num_format("0.00");
    // Rows are written in order, so a native build keeps only one in memory: the per-item
    // matrix of 10,000 units is a million cells.
    #[cfg(feature = "large-workbooks")]
    let sheet = workbook.add_worksheet_with_low_memory()?;
    #[cfg(not(feature = "large-workbooks"))]
    let sheet = workbook.add_worksheet();
    sheet.set_name(table.sheet)?;
    sheet.write_string_with_format(0, 0, &table.title, &bold)?;
    let mut row = 1u32;
    for (label, value) in &table.header {
        sheet.write_string_with_format(row, 0, label, &bold)?;
        sheet.write_string(row, 1, value)?;
        row += 1;
    }
    row += 1;
    for (column, name) in table.columns.iter().enumerate() {
        sheet.write_string_with_format(row, column as u16, name, &heading)?;
    }
    sheet.set_freeze_panes(row + 1, 3)?;
    // A column of points takes the number format once, its cells none of their own: the
    // writer looks a cell's own format up by hashing it, a million times for the matrix of
    // 10,000 units. Unformatted cells take their column's format.
    let points_columns = points_columns(table);
    for (column, points) in points_columns.iter().enumerate() {
        if *points {
            sheet.set_column_format(column as u16, &number)?;
        }
    }
    sheet.set_column_width(2, 32)?;
    for cells in &table.rows {
        row += 1;
        for (column, cell) in cells.iter().enumerate() {
            let in_points_column = points_columns[column];
            let column = column as u16;
            match cell {
                Out::Text(text) => {
                    sheet.write_string(row, column, text)?;
                }
                Out::Number(value) if in_points_column => {
                    sheet.write_number(row, column, decimal_f64(*value))?;
                }
                Out::Number(value) => {
                    sheet.write_number_with_format(row, column, decimal_f64(*value), &number)?;
                }
                Out::Whole(value) => {
                    sheet.write_number(row, column, *value as f64)?;
                }
                Out::Empty => {}
            }
        }
    }
    Ok(())
}

/// Whether each column holds points only (besides text and empty cells): no whole number
/// (a rank, a count) that the points' format would show with decimals.
fn points_columns(table: &Table) -> Vec<bool> {
    let width = table.rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut has_points = vec![false; width];
    let mut has_whole = vec![false; width];
    for cells in &table.rows {
        for (column, cell) in cells.iter().enumerate() {
            match cell {
                Out::Number(_) => has_points[column] = true,
                Out::Whole(_) => has_whole[column] = true,
                Out::Text(_) | Out::Empty => {}
            }
        }
    }
    has_points
        .iter()
        .zip(&has_whole)
        .map(|(points, whole)| *points && !whole)
        .collect()
}

/// The table as CSV bytes: UTF-8 with a byte-order mark.
pub fn table_csv(table: &Table, lang: Lang) -> Vec<u8> {
    let (delimiter, separator) = match lang {
        Lang::Vi => (b';', ','),
        Lang::En => (b',', '.'),
    };
    let mut out = "\u{feff}".as_bytes().to_vec();
    {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .from_writer(&mut out);
        let mut record = |cells: &[&str]| {
            writer
                .write_record(cells)
                .expect("writing to memory cannot fail");
        };
        record(&[&table.title]);
        for (label, value) in &table.header {
            record(&[label, value]);
        }
        // A blank row: two empty cells (one alone would be written `""`).
        record(&["", ""]);
        writer
            .write_record(&table.columns)
            .expect("writing to memory cannot fail");
        // The rows' cells go to the writer one by one through one buffer for figures: the
        // per-item matrix of 10,000 units is a million cells.
        let mut figure = String::new();
        for cells in &table.rows {
            for cell in cells {
                figure.clear();
                let field = match cell {
                    Out::Text(text) => text.as_str(),
                    Out::Number(value) => {
                        value.write_with(DECIMALS, separator, &mut figure);
                        &figure
                    }
                    Out::Whole(value) => {
                        use std::fmt::Write;
                        let _ = write!(figure, "{value}");
                        &figure
                    }
                    Out::Empty => "",
                };
                writer
                    .write_field(field)
                    .expect("writing to memory cannot fail");
            }
            writer
                .write_record(None::<&[u8]>)
                .expect("writing to memory cannot fail");
        }
        writer.flush().expect("writing to memory cannot fail");
    }
    out
}
