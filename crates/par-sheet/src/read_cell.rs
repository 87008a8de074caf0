//! Typed values out of cells, each failure a problem at the cell saying what to write instead,
//! plus the checks that apply to a whole sheet (merged cells, formulas).

use par_core::Decimal;

use crate::grid::{cell_name, date_from_serial, number_decimal, Grid, Value};
use crate::problem::Problems;

/// Reads cells of one grid, collecting problems.
pub struct CellReader<'a> {
    pub grid: &'a Grid,
    pub problems: &'a mut Problems,
}

impl CellReader<'_> {
    pub fn problem(&mut self, row: u32, column: u32, message: impl Into<String>) {
        let name = self.grid.name.clone();
        self.problems.push(&name, cell_name(row, column), message);
    }

    pub fn text(&self, row: u32, column: u32) -> String {
        self.grid.text(row, column)
    }

    pub fn optional_text(&self, row: u32, column: u32) -> Option<String> {
        Some(self.text(row, column)).filter(|t| !t.is_empty())
    }

    /// A number of points or percent; `what` names it in the message (“điểm tối đa”).
    pub fn decimal(&mut self, row: u32, column: u32, what: &str) -> Option<Decimal> {
        match self.grid.value(row, column).clone() {
            Value::Number(n) => {
                let decimal = number_decimal(n);
                if decimal.is_none() {
                    self.problem(
                        row,
                        column,
                        format!("{what} có quá 4 chữ số thập phân; hãy làm tròn, ví dụ 0,25"),
                    );
                }
                decimal
            }
            Value::Text(text) if self.grid.all_text => {
                let parsed = par_core::input::parse_decimal(&text).ok().flatten();
                if parsed.is_none() {
                    self.problem(
                        row,
                        column,
                        format!(
                            "“{}” không phải số; hãy ghi {what} bằng số, ví dụ 1,5",
                            text.trim()
                        ),
                    );
                }
                parsed
            }
            Value::Text(text) => {
                let as_number = par_core::input::parse_decimal(&text).ok().flatten();
                let advice = match as_number {
                    Some(number) => format!(
                        "hãy gõ lại thành số {} (ô kiểu Number; Excel tiếng Anh dùng dấu chấm: {number})",
                        number.format_vi_short()
                    ),
                    None => format!("hãy ghi {what} bằng số, ví dụ 1,5"),
                };
                self.problem(
                    row,
                    column,
                    format!("“{}” là chữ, không phải số; {advice}", text.trim()),
                );
                None
            }
            Value::Empty => {
                self.problem(
                    row,
                    column,
                    format!("thiếu {what}; hãy ghi một số, ví dụ 1,5"),
                );
                None
            }
            Value::Date(_) => {
                self.problem(
                    row,
                    column,
                    format!(
                        "ô đang ở dạng ngày tháng; hãy đổi định dạng ô sang Number rồi ghi {what}"
                    ),
                );
                None
            }
            Value::Bool(_) | Value::Error(_) => {
                let shown = self.text(row, column);
                self.problem(
                    row,
                    column,
                    format!("“{shown}” không phải số; hãy ghi {what} bằng số"),
                );
                None
            }
        }
    }

    /// A whole number (year, decimals).
    pub fn whole(&mut self, row: u32, column: u32, what: &str) -> Option<i64> {
        let decimal = self.decimal(row, column, what)?;
        if decimal.is_integer() {
            Some(decimal.units() / Decimal::ONE.units())
        } else {
            self.problem(row, column, format!("{what} phải là số nguyên"));
            None
        }
    }

    /// A date cell or `dd/mm/yyyy` text, as ISO `yyyy-mm-dd`.
    pub fn date(&mut self, row: u32, column: u32) -> Option<String> {
        let iso = match self.grid.value(row, column).clone() {
            Value::Date(serial) | Value::Number(serial) => date_from_serial(serial),
            Value::Text(text) => {
                let text = text.trim();
                let looks_iso = text.len() == 10 && text.as_bytes().get(4) == Some(&b'-');
                if looks_iso {
                    Some(text.to_string())
                } else {
                    par_core::input::parse_date_vi(text).ok().flatten()
                }
            }
            _ => None,
        };
        if iso.is_none() {
            let shown = self.text(row, column);
            self.problem(
                row,
                column,
                format!("“{shown}” không phải ngày; hãy ghi ngày/tháng/năm, ví dụ 15/09/2025"),
            );
        }
        iso
    }
}

/// Every merged range and every formula of `grid` as a problem: merged cells hide which row a
/// value belongs to, and a formula's value may not be stored in the file at all.
pub fn sheet_shape_problems(grid: &Grid, problems: &mut Problems) {
    for &(r1, c1, r2, c2) in &grid.merged {
        problems.push(
            &grid.name,
            format!("{}:{}", cell_name(r1, c1), cell_name(r2, c2)),
            "ô bị gộp (merge); hãy bỏ gộp ô (Merge & Center → Unmerge Cells) và ghi giá trị vào từng ô, mỗi dòng một tiêu chí",
        );
    }
    for (&(row, column), cell) in &grid.cells {
        if let Some(formula) = &cell.formula {
            let value = grid.text(row, column);
            let shown = if value.is_empty() {
                String::new()
            } else {
                format!(" (giá trị {value})")
            };
            problems.push(
                &grid.name,
                cell_name(row, column),
                format!("ô chứa công thức “={formula}”{shown}; hãy thay bằng giá trị: sao chép ô rồi Dán đặc biệt → Giá trị (Paste Values)"),
            );
        }
    }
}
