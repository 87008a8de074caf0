//! One sheet as the reader sees it, whether it came from an XLSX file or a CSV file: cells by
//! position with their value and formula, and the merged ranges.

use std::collections::BTreeMap;

use par_core::Decimal;

/// A cell's value as the spreadsheet stored it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Empty,
    Text(String),
    Number(f64),
    Bool(bool),
    /// An Excel date serial (days since 1899-12-30).
    Date(f64),
    /// `#DIV/0!`, `#REF!`…
    Error(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub value: Value,
    /// The formula, when the cell holds one (`SUM(D3:D5)`).
    pub formula: Option<String>,
}

/// A sheet: cells by zero-based (row, column).
#[derive(Debug, Clone, Default)]
pub struct Grid {
    /// The name used in problem locations: the sheet's name, or the CSV file's name.
    pub name: String,
    pub cells: BTreeMap<(u32, u32), Cell>,
    /// Merged ranges, zero-based and inclusive: (first row, first column, last row, last column).
    pub merged: Vec<(u32, u32, u32, u32)>,
    /// Every value came as text (CSV): numbers are read from text, the Vietnamese way.
    pub all_text: bool,
}

impl Grid {
    pub fn value(&self, row: u32, column: u32) -> &Value {
        self.cells
            .get(&(row, column))
            .map_or(&Value::Empty, |cell| &cell.value)
    }

    /// The last row with any value or formula, if any.
    pub fn last_row(&self) -> Option<u32> {
        self.cells
            .iter()
            .filter(|(_, cell)| !cell.is_blank())
            .map(|((row, _), _)| *row)
            .max()
    }

    pub fn row_is_blank(&self, row: u32) -> bool {
        self.cells
            .range((row, 0)..=(row, u32::MAX))
            .all(|(_, cell)| cell.is_blank())
    }

    /// The cell's text as written: numbers in the Vietnamese way, empty for an empty cell.
    pub fn text(&self, row: u32, column: u32) -> String {
        match self.value(row, column) {
            Value::Empty => String::new(),
            Value::Text(text) => crate::text::clean(text),
            Value::Number(n) | Value::Date(n) => number_text(*n),
            Value::Bool(true) => "Có".into(),
            Value::Bool(false) => "Không".into(),
            Value::Error(error) => error.clone(),
        }
    }
}

impl Cell {
    fn is_blank(&self) -> bool {
        self.formula.is_none()
            && match &self.value {
                Value::Empty => true,
                Value::Text(text) => text.trim().is_empty(),
                _ => false,
            }
    }
}

/// A spreadsheet number as a decimal, exactly; `None` if it has more than four decimals.
pub fn number_decimal(number: f64) -> Option<Decimal> {
    Decimal::from_f64_exact(number).ok()
}

fn number_text(number: f64) -> String {
    number_decimal(number).map_or_else(
        || format!("{number}").replace('.', ","),
        Decimal::format_vi_short,
    )
}

/// `D14` for zero-based (13, 3).
pub fn cell_name(row: u32, column: u32) -> String {
    format!("{}{}", column_name(column), row + 1)
}

/// `A`, `B`, … `Z`, `AA`… for a zero-based column.
pub fn column_name(column: u32) -> String {
    let mut name = Vec::new();
    let mut n = column + 1;
    while n > 0 {
        let rest = (n - 1) % 26;
        name.push(b'A' + rest as u8);
        n = (n - 1) / 26;
    }
    name.reverse();
    String::from_utf8(name).expect("ASCII letters")
}

/// An Excel date serial (1900 system) as ISO `yyyy-mm-dd`; `None` outside 1900–2100.
pub fn date_from_serial(serial: f64) -> Option<String> {
    if !(1.0..=73_051.0).contains(&serial) {
        return None;
    }
    // Days from 1970-01-01; serial 25569 is 1970-01-01 (Excel's 1900 leap-year bug is before
    // March 1900, outside any decision date).
    let days = serial.floor() as i64 - 25_569;
    let (year, month, day) = par_core::input::civil_from_days(days);
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_names() {
        assert_eq!(cell_name(13, 3), "D14");
        assert_eq!(column_name(26), "AA");
    }

    #[test]
    fn excel_dates() {
        assert_eq!(date_from_serial(45915.0).as_deref(), Some("2025-09-15"));
    }
}
