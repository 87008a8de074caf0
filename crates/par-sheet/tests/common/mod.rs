//! Workbooks built cell by cell for the tests: the sample set's template read back into rows,
//! changed the way an official might change it, and written again.

#![allow(dead_code)]

use std::io::Cursor;
use std::path::PathBuf;

use calamine::{Data, Reader, Xlsx};
use rust_xlsxwriter::Workbook;

pub fn repo(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

pub fn sample() -> par_core::Framework {
    let text = std::fs::read_to_string(repo("frameworks/mau-xa-2025.json")).unwrap();
    par_core::load_framework(&text).unwrap()
}

#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    /// A formula and its cached value.
    Formula(String, f64),
}

pub fn text(value: &str) -> Cell {
    Cell::Text(value.to_string())
}

#[derive(Debug, Clone)]
pub struct Sheet {
    pub name: String,
    pub rows: Vec<Vec<Cell>>,
    /// (first row, first column, last row, last column), zero-based.
    pub merged: Vec<(u32, u16, u32, u16)>,
}

#[derive(Debug, Clone)]
pub struct Book {
    pub sheets: Vec<Sheet>,
}

impl Book {
    /// The template of `set`, as rows.
    pub fn of(set: &par_core::Framework) -> Book {
        Book::read(&par_sheet::export_xlsx(set).unwrap())
    }

    pub fn read(bytes: &[u8]) -> Book {
        let mut xlsx = Xlsx::new(Cursor::new(bytes.to_vec())).unwrap();
        let sheets = xlsx
            .sheet_names()
            .into_iter()
            .map(|name| {
                let range = xlsx.worksheet_range(&name).unwrap();
                let (height, width) = range.end().map_or((0, 0), |(r, c)| (r + 1, c + 1));
                let rows = (0..height)
                    .map(|r| {
                        (0..width)
                            .map(|c| match range.get_value((r, c)) {
                                Some(Data::String(s)) => Cell::Text(s.clone()),
                                Some(Data::Float(f)) => Cell::Number(*f),
                                Some(Data::Int(i)) => Cell::Number(*i as f64),
                                _ => Cell::Empty,
                            })
                            .collect()
                    })
                    .collect();
                Sheet {
                    name,
                    rows,
                    merged: Vec::new(),
                }
            })
            .collect();
        Book { sheets }
    }

    pub fn sheet(&mut self, name: &str) -> &mut Sheet {
        self.sheets.iter_mut().find(|s| s.name == name).unwrap()
    }

    pub fn xlsx(&self) -> Vec<u8> {
        let mut workbook = Workbook::new();
        for sheet in &self.sheets {
            let out = workbook.add_worksheet();
            out.set_name(&sheet.name).unwrap();
            for (r, row) in sheet.rows.iter().enumerate() {
                for (c, cell) in row.iter().enumerate() {
                    let (r, c) = (r as u32, c as u16);
                    match cell {
                        Cell::Empty => {}
                        Cell::Text(s) => {
                            out.write_string(r, c, s).unwrap();
                        }
                        Cell::Number(n) => {
                            out.write_number(r, c, *n).unwrap();
                        }
                        Cell::Formula(f, value) => {
                            let formula =
                                rust_xlsxwriter::Formula::new(f).set_result(value.to_string());
                            out.write_formula(r, c, formula).unwrap();
                        }
                    }
                }
            }
            for &(r1, c1, r2, c2) in &sheet.merged {
                let first = match &sheet.rows[r1 as usize][c1 as usize] {
                    Cell::Text(s) => s.clone(),
                    _ => String::new(),
                };
                out.merge_range(r1, c1, r2, c2, &first, &rust_xlsxwriter::Format::new())
                    .unwrap();
            }
        }
        workbook.save_to_buffer().unwrap()
    }

    /// One CSV file per sheet, as `(name, bytes)`: UTF-8, with cells written as text the
    /// Vietnamese way (1,5).
    pub fn csv(&self) -> Vec<(String, String)> {
        self.sheets
            .iter()
            .map(|sheet| {
                let mut writer = csv::Writer::from_writer(Vec::new());
                for row in &sheet.rows {
                    let fields: Vec<String> = row
                        .iter()
                        .map(|cell| match cell {
                            Cell::Empty => String::new(),
                            Cell::Text(s) => s.clone(),
                            Cell::Number(n) | Cell::Formula(_, n) => {
                                n.to_string().replace('.', ",")
                            }
                        })
                        .collect();
                    writer.write_record(&fields).unwrap();
                }
                let text = String::from_utf8(writer.into_inner().unwrap()).unwrap();
                (format!("{}.csv", sheet.name), text)
            })
            .collect()
    }
}

impl Sheet {
    /// Zero-based row whose first cell is `code`.
    pub fn row_of(&self, code: &str) -> usize {
        self.rows
            .iter()
            .position(|row| row.first() == Some(&Cell::Text(code.to_string())))
            .unwrap_or_else(|| panic!("no row {code}"))
    }

    pub fn set(&mut self, row: usize, column: usize, cell: Cell) {
        let row = &mut self.rows[row];
        if row.len() <= column {
            row.resize(column + 1, Cell::Empty);
        }
        row[column] = cell;
    }
}

/// The problems of an import that must fail, as `place: message` lines.
pub fn problems_of(
    result: Result<par_core::Framework, par_sheet::ImportError>,
) -> Vec<par_sheet::SheetProblem> {
    match result {
        Ok(_) => panic!("the import should have failed"),
        Err(error) => {
            assert!(!error.problems().is_empty(), "{error}");
            error.problems().to_vec()
        }
    }
}

/// The one problem at `place` (`Tiêu chí!D14`), whose message contains `words`.
pub fn assert_problem(problems: &[par_sheet::SheetProblem], place: &str, words: &str) {
    let found = problems
        .iter()
        .any(|p| p.place() == place && p.message.contains(words));
    let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        found,
        "no problem at {place} saying “{words}” in:\n{}",
        listed.join("\n")
    );
}
