//! Reading the sheets of an XLSX file (calamine) into [`Grid`]s: values, formulas, merged cells.
//! Cells are streamed and counted, so a file that unpacks to millions of cells stops early.

use std::io::Cursor;

use calamine::{DataRef, Reader, Xlsx};

use crate::grid::{Cell, Grid, Value};
use crate::problem::{ImportError, SheetProblem};
use crate::text::key;

/// Far above any criteria set (the sample template is about 30 KB).
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;
/// What a workbook may unpack to, all its parts together: the sample template unpacks to
/// 130 KB, a province's appraisal sheet of 600 000 cells to about 60 MB.
pub const MAX_UNPACKED_BYTES: u64 = 128 * 1024 * 1024;
/// Cells read from one sheet at most; a set of 500 rows × 13 columns has 6.500.
pub const MAX_CELLS: usize = 100_000;

/// An opened workbook: its sheet names, and the sheets read so far.
pub struct Workbook {
    xlsx: Xlsx<Cursor<Vec<u8>>>,
}

impl Workbook {
    pub fn open(bytes: &[u8]) -> Result<Workbook, ImportError> {
        if bytes.len() > MAX_FILE_BYTES {
            return Err(ImportError::TooLarge {
                size: bytes.len(),
                limit: MAX_FILE_BYTES,
            });
        }
        check_unpacked_size(bytes, MAX_UNPACKED_BYTES)?;
        let xlsx =
            Xlsx::new(Cursor::new(bytes.to_vec())).map_err(|error| ImportError::NotAWorkbook {
                detail: error.to_string(),
            })?;
        Ok(Workbook { xlsx })
    }

    pub fn sheet_names(&self) -> Vec<String> {
        self.xlsx.sheet_names()
    }

    /// The sheet whose name matches `wanted` (case, spacing and accent forms aside).
    pub fn find_sheet(&self, wanted: &str) -> Option<String> {
        self.sheet_names()
            .into_iter()
            .find(|name| key(name) == key(wanted))
    }

    /// Reads sheet `name`; a problem if it is unreadable or too large for a criteria set.
    pub fn read(&mut self, name: &str) -> Result<Grid, SheetProblem> {
        self.read_at_most(name, MAX_CELLS, "một bộ tiêu chí")
    }

    /// Reads sheet `name`, refusing it past `max_cells` cells with content (too large for
    /// `what`, said in the problem).
    pub fn read_at_most(
        &mut self,
        name: &str,
        max_cells: usize,
        what: &str,
    ) -> Result<Grid, SheetProblem> {
        let unreadable = |error: &dyn std::fmt::Display| {
            SheetProblem::at(
                name,
                "",
                format!(
                    "không đọc được trang này ({error}); hãy sao chép nội dung sang một trang mới \
                     của mẫu rồi lưu lại"
                ),
            )
        };
        let mut grid = Grid {
            name: name.to_string(),
            ..Grid::default()
        };
        grid.merged = self
            .xlsx
            .merge_cells_by_sheet_name(name)
            .map_err(|e| unreadable(&e))?
            .into_iter()
            .map(|d| (d.start.0, d.start.1, d.end.0, d.end.1))
            .collect();
        let mut reader = self
            .xlsx
            .worksheet_cells_reader(name)
            .map_err(|e| unreadable(&e))?;
        while let Some(record) = reader
            .next_cell_with_formula()
            .map_err(|e| unreadable(&e))?
        {
            if grid.cells.len() >= max_cells {
                return Err(SheetProblem::at(
                    name,
                    "",
                    format!(
                        "trang có hơn {max_cells} ô có nội dung, quá lớn cho {what}; hãy xóa các \
                         dòng, cột thừa"
                    ),
                ));
            }
            let value = value_of(&record.value);
            let formula = record.formula.filter(|f| !f.trim().is_empty());
            if value != Value::Empty || formula.is_some() {
                grid.cells.insert(record.pos, Cell { value, formula });
            }
        }
        Ok(grid)
    }
}

/// Unpacks every part once, counting, and stops past [`MAX_UNPACKED_BYTES`]: the spreadsheet
/// reader keeps the shared strings in memory, so a 2 MB file of repeated text would otherwise
/// take gigabytes (3,3 GB measured) before any check could run. The sizes the archive declares
/// are not trusted; what the bytes actually unpack to is counted.
fn check_unpacked_size(bytes: &[u8], limit: u64) -> Result<(), ImportError> {
    let not_a_workbook = |error: &dyn std::fmt::Display| ImportError::NotAWorkbook {
        detail: error.to_string(),
    };
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| not_a_workbook(&e))?;
    let mut total = 0u64;
    let mut buffer = vec![0u8; 64 * 1024];
    for index in 0..archive.len() {
        let mut part = archive.by_index(index).map_err(|e| not_a_workbook(&e))?;
        loop {
            let read =
                std::io::Read::read(&mut part, &mut buffer).map_err(|e| not_a_workbook(&e))?;
            if read == 0 {
                break;
            }
            total += read as u64;
            if total > limit {
                return Err(ImportError::UnpacksTooLarge {
                    limit_mb: limit.div_ceil(1024 * 1024),
                });
            }
        }
    }
    Ok(())
}

fn value_of(data: &DataRef<'_>) -> Value {
    match data {
        DataRef::Empty => Value::Empty,
        DataRef::String(text) => Value::Text(text.clone()),
        DataRef::SharedString(text) => Value::Text((*text).to_string()),
        DataRef::Int(n) => Value::Number(*n as f64),
        DataRef::Float(n) => Value::Number(*n),
        DataRef::Bool(b) => Value::Bool(*b),
        DataRef::DateTime(date) => Value::Date(date.as_f64()),
        DataRef::DateTimeIso(text) | DataRef::DurationIso(text) => Value::Text(text.clone()),
        DataRef::Error(error) => Value::Error(error.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A 2 MB… part made of one repeated byte compresses to a few KB, as a zip bomb's does.
    fn archive_with_part_of(size: usize) -> Vec<u8> {
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        writer.start_file("xl/sharedStrings.xml", options).unwrap();
        let chunk = vec![b'a'; 64 * 1024];
        for _ in 0..size / chunk.len() {
            writer.write_all(&chunk).unwrap();
        }
        writer.finish().unwrap().into_inner()
    }

    #[test]
    fn what_a_file_unpacks_to_is_counted_not_what_it_declares() {
        let bomb = archive_with_part_of(3 * 1024 * 1024);
        assert!(bomb.len() < 64 * 1024, "{} bytes", bomb.len());
        assert_eq!(
            check_unpacked_size(&bomb, 2 * 1024 * 1024),
            Err(ImportError::UnpacksTooLarge { limit_mb: 2 })
        );
        assert_eq!(check_unpacked_size(&bomb, 4 * 1024 * 1024), Ok(()));
        // The committed template is far below the limit; a non-archive is said as such.
        let template = include_bytes!("../../../frameworks/templates/mau-xa-2025.xlsx");
        assert_eq!(check_unpacked_size(template, MAX_UNPACKED_BYTES), Ok(()));
        assert!(matches!(
            check_unpacked_size(b"PK\x03\x04 no archive", MAX_UNPACKED_BYTES),
            Err(ImportError::NotAWorkbook { .. })
        ));
    }
}
