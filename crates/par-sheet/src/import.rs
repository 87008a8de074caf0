//! From sheets to a criteria set: read the header and criteria sheets, then run par-core's own
//! validation and put each of its problems back at the cell it comes from. A set is returned only
//! when there is no problem at all, so nothing produced here can fail `par framework check`.

use par_core::framework::Framework;

use crate::grid::{cell_name, Grid};
use crate::layout::{Column, HeaderKey, HEADER_COLUMNS, HEADER_SHEET, ITEMS_SHEET};
use crate::problem::{ImportError, Problems, SheetProblem};
use crate::read_cell::sheet_shape_problems;
use crate::read_header::{read_header, HeaderRows};
use crate::read_items::{column_key, read_items, ItemRows};

/// The header and criteria sheets, either of which may be missing.
pub struct Sheets {
    pub header: Option<Grid>,
    pub items: Option<Grid>,
}

pub fn framework_from(
    sheets: Sheets,
    mut problems: Problems,
    sheet_names: &[String],
) -> Result<Framework, ImportError> {
    let listed = || {
        if sheet_names.is_empty() {
            String::new()
        } else {
            format!(
                " (tệp có: {})",
                sheet_names
                    .iter()
                    .map(|n| format!("“{n}”"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }
    };
    for (grid, name) in [(&sheets.header, HEADER_SHEET), (&sheets.items, ITEMS_SHEET)] {
        match grid {
            Some(grid) => sheet_shape_problems(grid, &mut problems),
            None => problems.push(name, "", format!("thiếu trang “{name}”{}; hãy dùng mẫu do “par framework export” tạo, hoặc đổi tên trang cho đúng", listed())),
        }
    }
    let empty = Grid::default();
    let header_grid = sheets.header.as_ref().unwrap_or(&empty);
    let items_grid = sheets.items.as_ref().unwrap_or(&empty);
    let (mut set, header_rows) = if sheets.header.is_some() {
        read_header(header_grid, &mut problems)
    } else {
        read_header(
            &Grid {
                name: HEADER_SHEET.into(),
                ..Grid::default()
            },
            &mut Problems::default(),
        )
    };
    let items = if sheets.items.is_some() {
        read_items(items_grid, &mut problems)
    } else {
        ItemRows::default()
    };
    let locator = Locator {
        header: &header_rows,
        header_sheet: &header_grid.name,
        items: &items,
        items_sheet: &items_grid.name,
    };
    set.fields = items.fields.clone();
    set.adjustments = items.adjustments.clone();
    // The oldest format that holds what the sheet uses, so older readers still open the rest.
    set.format = set.required_format().to_string();
    for problem in par_core::validate::validate(&set) {
        let (sheet, cell, row) = locator.locate(&problem.location);
        // A row with a problem of its own is fixed first; par-core's view of it would repeat it.
        let row_has_problem = row.is_some_and(|row| {
            problems
                .0
                .iter()
                .any(|p| p.sheet == sheet && cell_row(&p.cell) == Some(row))
        });
        if !row_has_problem && !problems.has_at(&sheet, &cell) {
            problems.push(&sheet, cell, problem.message);
        }
    }
    if problems.is_empty() {
        Ok(set)
    } else {
        let mut all = problems.0;
        all.sort_by_key(order_key);
        Err(ImportError::Problems(all))
    }
}

/// Sheet, then row, then column: the order an official reads them in.
fn order_key(problem: &SheetProblem) -> (u8, String, u32, String) {
    let sheet_order = match problem.sheet.as_str() {
        HEADER_SHEET => 0,
        ITEMS_SHEET => 1,
        _ => 2,
    };
    let row = cell_row(&problem.cell).map_or(0, |r| r + 1);
    (
        sheet_order,
        problem.sheet.clone(),
        row,
        problem.cell.clone(),
    )
}

/// Zero-based row of `D14` or `C5:C7`.
fn cell_row(cell: &str) -> Option<u32> {
    let first = cell.split(':').next()?;
    let digits: String = first
        .chars()
        .skip_while(|c| c.is_ascii_alphabetic())
        .collect();
    digits.parse::<u32>().ok()?.checked_sub(1)
}

/// Maps par-core's JSON paths (`fields[0].criteria[1].items[2].max_points`) to cells.
struct Locator<'a> {
    header: &'a HeaderRows,
    header_sheet: &'a str,
    items: &'a ItemRows,
    items_sheet: &'a str,
}

impl Locator<'_> {
    /// Sheet, cell (empty for the whole sheet) and zero-based row.
    fn locate(&self, path: &str) -> (String, String, Option<u32>) {
        if path.starts_with("fields[") || path.starts_with("adjustments[") {
            return self.locate_item(path);
        }
        let sheet = if self.header_sheet.is_empty() {
            HEADER_SHEET
        } else {
            self.header_sheet
        };
        let row = if let Some(rest) = path.strip_prefix("classification[") {
            let index: usize = rest
                .split(']')
                .next()
                .and_then(|i| i.parse().ok())
                .unwrap_or(0);
            self.header.classification.get(index).copied()
        } else {
            let key = match path {
                "id" => Some(HeaderKey::Id),
                "title" => Some(HeaderKey::Title),
                "province" => Some(HeaderKey::Province),
                "version" => Some(HeaderKey::Version),
                "year" => Some(HeaderKey::Year),
                "appraising_body" => Some(HeaderKey::AppraisingBody),
                "decimals" => Some(HeaderKey::Decimals),
                "decision.number" => Some(HeaderKey::DecisionNumber),
                "decision.date" => Some(HeaderKey::DecisionDate),
                "decision.issuer" => Some(HeaderKey::DecisionIssuer),
                "classification" => Some(HeaderKey::Classification),
                _ => None,
            };
            key.and_then(|k| self.header.rows.get(&k).copied())
        };
        if path == "fields" {
            let sheet = if self.items_sheet.is_empty() {
                ITEMS_SHEET
            } else {
                self.items_sheet
            };
            return (sheet.to_string(), String::new(), None);
        }
        match row {
            Some(row) => (sheet.to_string(), cell_name(row, 1), Some(row)),
            None => (sheet.to_string(), String::new(), None),
        }
    }

    fn locate_item(&self, path: &str) -> (String, String, Option<u32>) {
        let sheet = if self.items_sheet.is_empty() {
            ITEMS_SHEET
        } else {
            self.items_sheet
        }
        .to_string();
        let node = self
            .items
            .rows
            .keys()
            .filter(|node| {
                path == node.as_str()
                    || path
                        .strip_prefix(node.as_str())
                        .is_some_and(|rest| rest.starts_with('.'))
            })
            .max_by_key(|node| node.len());
        let Some(node) = node else {
            return (sheet, String::new(), None);
        };
        let row = self.items.rows[node];
        let rest = &path[node.len()..];
        let column = match rest.split('.').nth(1).unwrap_or("") {
            "title" => Column::Title,
            "max_points" | "cap" => Column::MaxPoints,
            "evidence" => Column::Evidence,
            "not_applicable" => Column::NotApplicable,
            "min_points" => Column::MinPoints,
            "rule" if rest.ends_with(".id") && self.has(Column::OptionIds) => Column::OptionIds,
            "rule" => Column::Parameters,
            _ => Column::Code,
        };
        let at = self
            .items
            .columns
            .get(&column_key(column))
            .or(self.items.columns.get(&column_key(Column::Code)))
            .copied()
            .unwrap_or(0);
        (sheet, cell_name(row, at), Some(row))
    }

    fn has(&self, column: Column) -> bool {
        self.items.columns.contains_key(&column_key(column))
    }
}

/// Whether row 1 of `grid` is the header sheet's title row (for CSV files, found by content).
pub fn is_header_sheet(grid: &Grid) -> bool {
    crate::text::key(&grid.text(0, 0)) == crate::text::key(HEADER_COLUMNS[0])
        && crate::text::key(&grid.text(0, 1)) == crate::text::key(HEADER_COLUMNS[1])
}

/// Whether row 1 of `grid` is the criteria sheet's title row.
pub fn is_items_sheet(grid: &Grid) -> bool {
    let titles: Vec<Column> = (0..20)
        .filter_map(|c| Column::from_title(&grid.text(0, c)))
        .collect();
    titles.contains(&Column::Code) && titles.contains(&Column::Level)
}
