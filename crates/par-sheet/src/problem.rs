//! What can be wrong with a spreadsheet, each problem with its place (`Tiêu chí!D14`) and a
//! Vietnamese sentence saying what to write instead.

use std::fmt;

/// One problem, at a cell, a range, a row or a whole sheet.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct SheetProblem {
    /// The sheet's name, or the CSV file's name; empty for the workbook as a whole.
    pub sheet: String,
    /// `D14`, `C5:C7`, or empty when the problem is the sheet itself.
    pub cell: String,
    pub message: String,
}

impl SheetProblem {
    pub fn at(sheet: &str, cell: impl Into<String>, message: impl Into<String>) -> Self {
        SheetProblem {
            sheet: sheet.to_string(),
            cell: cell.into(),
            message: message.into(),
        }
    }

    /// `Tiêu chí!D14`, `Tiêu chí`, or `tệp` for the workbook.
    pub fn place(&self) -> String {
        match (self.sheet.is_empty(), self.cell.is_empty()) {
            (true, _) => "tệp".to_string(),
            (false, true) => self.sheet.clone(),
            (false, false) => format!("{}!{}", self.sheet, self.cell),
        }
    }
}

impl fmt::Display for SheetProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place(), self.message)
    }
}

/// Why a spreadsheet could not become a criteria set. Nothing is produced in either case.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// The bytes are not a workbook at all (not XLSX, damaged, or a password-protected file).
    #[error(
        "tệp không phải bảng tính Excel (.xlsx) đọc được ({detail}); hãy mở tệp bằng Excel và \
         lưu lại dạng “Excel Workbook (.xlsx)”, hoặc dùng mẫu do “par framework export” tạo"
    )]
    NotAWorkbook { detail: String },
    /// Larger than any criteria set could be: refused before reading.
    #[error(
        "tệp quá lớn ({size} byte, tối đa {limit} byte) để là một bộ tiêu chí; hãy kiểm tra lại \
         đúng tệp chưa"
    )]
    TooLarge { size: usize, limit: usize },
    /// A small file that unpacks to far more than any spreadsheet of ours (a "zip bomb"):
    /// refused before the spreadsheet reader holds any of it in memory.
    #[error(
        "tệp .xlsx bung ra hơn {limit_mb} MB dữ liệu, không phải một bảng tính bình thường (có \
         thể là tệp độc hại); hãy mở tệp bằng Excel và lưu lại, hoặc dùng mẫu do “par framework \
         export” tạo"
    )]
    UnpacksTooLarge { limit_mb: u64 },
    /// The spreadsheet was read; these are every problem found in it, in sheet and row order.
    #[error("bảng tính có {} lỗi:\n{}", .0.len(), bullets(.0))]
    Problems(Vec<SheetProblem>),
}

impl ImportError {
    /// The located problems (empty for a file that could not be read at all).
    pub fn problems(&self) -> &[SheetProblem] {
        match self {
            ImportError::Problems(problems) => problems,
            _ => &[],
        }
    }
}

fn bullets(problems: &[SheetProblem]) -> String {
    problems
        .iter()
        .map(|p| format!("  - {p}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Why a workbook could not be written (the criteria set itself is never the cause).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("không tạo được bảng tính: {0}")]
pub struct ExportError(pub String);

impl From<rust_xlsxwriter::XlsxError> for ExportError {
    fn from(error: rust_xlsxwriter::XlsxError) -> Self {
        ExportError(error.to_string())
    }
}

/// Collects problems while a sheet is read.
#[derive(Debug, Default)]
pub struct Problems(pub Vec<SheetProblem>);

impl Problems {
    pub fn push(&mut self, sheet: &str, cell: impl Into<String>, message: impl Into<String>) {
        self.0.push(SheetProblem::at(sheet, cell, message));
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether a problem is already reported at this place.
    pub fn has_at(&self, sheet: &str, cell: &str) -> bool {
        self.0.iter().any(|p| p.sheet == sheet && p.cell == cell)
    }
}
