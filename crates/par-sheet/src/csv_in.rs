//! Reading a CSV file (one per sheet) into a [`Grid`], whatever Excel saved it as: “CSV UTF-8”
//! (with a byte-order mark), plain “CSV” on a Vietnamese Windows (Windows-1258, accents as
//! combining marks), or “Unicode Text” (UTF-16 with tabs); commas, semicolons or tabs.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1258};

use crate::grid::{Cell, Grid, Value};
use crate::problem::SheetProblem;
use crate::xlsx_in::{MAX_CELLS, MAX_FILE_BYTES};

/// The text of a CSV file and the encoding it was read as.
pub fn decode(bytes: &[u8]) -> (String, &'static Encoding) {
    if let Some((encoding, bom_length)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_length..]);
        return (text.into_owned(), encoding);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (text.to_string(), UTF_8);
    }
    // UTF-16 without a byte-order mark: every other byte of ASCII text is zero.
    let zeros_at = |parity: usize| {
        bytes
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|b| **b == 0)
            .count()
    };
    let half = bytes.len() / 2;
    let encoding = if bytes.len() & 1 == 0 && zeros_at(1) * 3 > half {
        UTF_16LE
    } else if bytes.len() & 1 == 0 && zeros_at(0) * 3 > half {
        UTF_16BE
    } else {
        WINDOWS_1258
    };
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    (text.into_owned(), encoding)
}

/// Reads a CSV file named `name` into a grid of text cells.
pub fn read(name: &str, bytes: &[u8]) -> Result<Grid, SheetProblem> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(SheetProblem::at(
            name,
            "",
            format!("tệp quá lớn ({} byte) cho một bộ tiêu chí", bytes.len()),
        ));
    }
    let (text, encoding) = decode(bytes);
    if text.contains('\u{fffd}') {
        return Err(SheetProblem::at(
            name,
            "",
            format!(
                "có ký tự không đọc được khi đọc tệp theo bảng mã {}; hãy mở tệp bằng Excel và \
                 lưu lại dạng “CSV UTF-8 (Comma delimited)”",
                encoding.name()
            ),
        ));
    }
    let delimiter = sniff_delimiter(&text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut grid = Grid {
        name: name.to_string(),
        all_text: true,
        ..Grid::default()
    };
    for (row, record) in reader.records().enumerate() {
        let record = record.map_err(|error| {
            let line = error.position().map_or(row as u64 + 1, |p| p.line());
            SheetProblem::at(
                name,
                format!("dòng {line}"),
                "dòng CSV hỏng (dấu ngoặc kép không đóng); hãy mở tệp bằng Excel và lưu lại",
            )
        })?;
        for (column, field) in record.iter().enumerate() {
            if grid.cells.len() >= MAX_CELLS {
                return Err(SheetProblem::at(
                    name,
                    "",
                    format!("tệp có hơn {MAX_CELLS} ô, quá lớn cho một bộ tiêu chí"),
                ));
            }
            if !field.trim().is_empty() {
                let value = Value::Text(field.to_string());
                let position = (row as u32, column as u32);
                grid.cells.insert(
                    position,
                    Cell {
                        value,
                        formula: None,
                    },
                );
            }
        }
    }
    Ok(grid)
}

/// The separator of the first line: tab (Excel's “Unicode Text”), semicolon (Excel where the
/// list separator is “;”) or comma.
fn sniff_delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    let count = |c: char| first.chars().filter(|x| *x == c).count();
    [(b'\t', count('\t')), (b';', count(';')), (b',', count(','))]
        .into_iter()
        .max_by_key(|(_, n)| *n)
        .filter(|(_, n)| *n > 0)
        .map_or(b',', |(d, _)| d)
}
