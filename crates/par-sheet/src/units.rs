//! The province's list of expected units (communes and wards): administrative unit code and
//! name, from an XLSX file (first sheet) or a CSV file, as officials keep it in Excel.
//!
//! Excel's usual quirks are taken in stride: a byte-order mark, `;` as the separator, and codes
//! that lost their leading zeros (Excel reads `00004` as the number 4). A commune's code is
//! always 5 digits (par-core's unit code, the national list's width): a shorter code of digits
//! only is padded with zeros and counted in [`UnitsList::padded`], so the office is told; a
//! longer one, letters, an empty name or a code given twice is a problem at its cell. The list
//! is refused as a whole with every problem, so nothing half-read replaces a good list.

use par_core::office::ExpectedUnit;

use crate::grid::{cell_name, Grid, Value};
use crate::problem::{ImportError, SheetProblem};
use crate::text::key;
use crate::{csv_in, is_xlsx, xlsx_in};

/// The width of an administrative unit code of a commune.
const CODE_DIGITS: usize = 5;
/// Rows searched for a header row (a title may come first).
const HEADER_ROWS: u32 = 5;

/// The units of a list, in its order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitsList {
    pub units: Vec<ExpectedUnit>,
    /// How many codes had lost their leading zeros and were padded.
    pub padded: usize,
}

/// Why a units list was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UnitsError {
    #[error(
        "tệp không phải bảng tính Excel (.xlsx) đọc được ({detail}); hãy mở bằng Excel và lưu \
         lại dạng “Excel Workbook (.xlsx)” hoặc “CSV UTF-8”"
    )]
    NotAWorkbook { detail: String },
    #[error(
        "tệp quá lớn ({size} byte, tối đa {limit} byte) để là danh sách đơn vị; hãy kiểm tra \
         đúng tệp chưa"
    )]
    TooLarge { size: usize, limit: usize },
    #[error(
        "{sheet}: không có đơn vị nào; danh sách cần hai cột “Mã đơn vị” (5 chữ số) và “Tên \
         đơn vị”, mỗi đơn vị một dòng"
    )]
    Empty { sheet: String },
    /// Every broken row, each at its cell (`Danh sách!A7`, `don-vi.csv!B12`).
    #[error("danh sách đơn vị có {} lỗi, chưa nhập gì:\n{}", .0.len(), bullets(.0))]
    Problems(Vec<SheetProblem>),
}

fn bullets(problems: &[SheetProblem]) -> String {
    let lines: Vec<String> = problems.iter().map(|p| format!("  - {p}")).collect();
    lines.join("\n")
}

/// Reads a units list named `name` (for locations) from XLSX or CSV bytes.
pub fn read_units(name: &str, bytes: &[u8]) -> Result<UnitsList, UnitsError> {
    let grid = if is_xlsx(bytes) {
        let mut workbook = xlsx_in::Workbook::open(bytes).map_err(|error| match error {
            ImportError::TooLarge { size, limit } => UnitsError::TooLarge { size, limit },
            other => UnitsError::NotAWorkbook {
                detail: other.to_string(),
            },
        })?;
        let first = workbook
            .sheet_names()
            .into_iter()
            .next()
            .ok_or_else(|| UnitsError::Empty {
                sheet: name.to_string(),
            })?;
        workbook
            .read(&first)
            .map_err(|problem| UnitsError::Problems(vec![problem]))?
    } else {
        csv_in::read(name, bytes).map_err(|problem| UnitsError::Problems(vec![problem]))?
    };
    units_from(&grid)
}

/// The columns of the code and the name, and the first data row.
fn layout(grid: &Grid) -> (u32, u32, u32) {
    for row in 0..HEADER_ROWS {
        let mut code = None;
        let mut name = None;
        for ((_, column), _) in grid.cells.range((row, 0)..=(row, u32::MAX)) {
            let word = key(&grid.text(row, *column));
            if code.is_none() && (word.starts_with("mã") || word.contains("code")) {
                code = Some(*column);
            } else if name.is_none()
                && (word.starts_with("tên") || word.contains("name") || word == "đơn vị")
            {
                name = Some(*column);
            }
        }
        if let (Some(code), Some(name)) = (code, name) {
            return (code, name, row + 1);
        }
    }
    // No header: the code in column A, the name in B, from the first row.
    (0, 1, 0)
}

fn units_from(grid: &Grid) -> Result<UnitsList, UnitsError> {
    let (code_column, name_column, first_row) = layout(grid);
    let mut problems = Vec::new();
    let mut list = UnitsList {
        units: Vec::new(),
        padded: 0,
    };
    // Where each code was first seen, for duplicates.
    let mut first_seen = std::collections::HashMap::new();
    let last_row = grid.last_row().unwrap_or(0);
    for row in first_row..=last_row {
        if grid.row_is_blank(row) {
            continue;
        }
        let at = |column| cell_name(row, column);
        let mut problem = |column, message: String| {
            problems.push(SheetProblem::at(&grid.name, at(column), message));
        };
        let name = grid.text(row, name_column);
        if name.is_empty() {
            problem(
                name_column,
                "thiếu tên đơn vị (ví dụ “UBND xã Tân Lập”)".to_string(),
            );
        }
        let code = match unit_code(grid.value(row, code_column), &grid.text(row, code_column)) {
            Ok((code, padded)) => {
                list.padded += usize::from(padded);
                code
            }
            Err(message) => {
                problem(code_column, message);
                continue;
            }
        };
        if let Some(first) = first_seen.insert(code.clone(), row) {
            problem(
                code_column,
                format!(
                    "mã {code} trùng với dòng {}; mỗi đơn vị chỉ ghi một lần",
                    first + 1
                ),
            );
            continue;
        }
        if !name.is_empty() {
            list.units.push(ExpectedUnit { code, name });
        }
    }
    if !problems.is_empty() {
        return Err(UnitsError::Problems(problems));
    }
    if list.units.is_empty() {
        return Err(UnitsError::Empty {
            sheet: grid.name.clone(),
        });
    }
    Ok(list)
}

/// The code in a cell, 5 digits, and whether zeros were put back in front.
pub(crate) fn unit_code(value: &Value, text: &str) -> Result<(String, bool), String> {
    let digits = match value {
        // Excel turned `00004` into the number 4.
        Value::Number(n) if n.fract() == 0.0 && *n >= 0.0 && *n < 1e9 => format!("{}", *n as u64),
        Value::Empty => return Err("thiếu mã đơn vị hành chính (5 chữ số, ví dụ 00004)".into()),
        _ => text.trim().to_string(),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!(
            "mã đơn vị “{}” chỉ được gồm chữ số (5 chữ số, ví dụ 00004)",
            par_core::one_line(text)
        ));
    }
    if digits.len() > CODE_DIGITS {
        return Err(format!(
            "mã đơn vị “{digits}” dài hơn 5 chữ số: mã đơn vị hành chính cấp xã gồm 5 chữ số"
        ));
    }
    let padded = digits.len() < CODE_DIGITS;
    Ok((format!("{digits:0>5}"), padded))
}
