//! Points the office sets for every unit at once — survey (điều tra xã hội học) and
//! appraiser-only items — from a spreadsheet (XLSX, first sheet, or CSV): one row per unit and
//! item, with the columns “Mã đơn vị”, “Mã tiêu chí” and “Điểm” found by their headings. Unit
//! codes that lost their leading zeros are padded as in the units list; points are read as
//! Excel stores them or as typed (`17,5`). Every broken row is a problem at its cell and the
//! file is refused as a whole, so nothing half-read is applied.

use par_core::Decimal;

use crate::grid::{cell_name, number_decimal, Grid, Value};
use crate::problem::{ImportError, SheetProblem};
use crate::text::key;
use crate::units::unit_code;
use crate::{csv_in, is_xlsx, xlsx_in};

/// Rows searched for the header row (a title may come first).
const HEADER_ROWS: u32 = 5;

/// One unit's points for one item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficePoints {
    pub unit: String,
    pub item: String,
    pub points: Decimal,
    /// Where it was read (`diem-dieu-tra.csv!C4`), to say where a refused row is.
    pub cell: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PointsError {
    #[error("tệp không phải bảng tính đọc được ({0}); hãy lưu lại dạng .xlsx hoặc CSV UTF-8")]
    NotASheet(String),
    #[error("{0}: không tìm thấy ba cột “Mã đơn vị”, “Mã tiêu chí” và “Điểm” ở dòng tiêu đề")]
    NoHeader(String),
    #[error("bảng điểm có {} lỗi, chưa nhập gì:\n{}", .0.len(), .0.iter().map(|p| format!("  - {p}")).collect::<Vec<_>>().join("\n"))]
    Problems(Vec<SheetProblem>),
}

/// Reads the office's points from XLSX or CSV `bytes` named `name`.
pub fn read_office_points(name: &str, bytes: &[u8]) -> Result<Vec<OfficePoints>, PointsError> {
    let grid = if is_xlsx(bytes) {
        let mut workbook = xlsx_in::Workbook::open(bytes).map_err(|error| match error {
            ImportError::TooLarge { size, limit } => {
                PointsError::NotASheet(format!("{size} byte, tối đa {limit} byte"))
            }
            other => PointsError::NotASheet(other.to_string()),
        })?;
        let first = workbook
            .sheet_names()
            .into_iter()
            .next()
            .ok_or_else(|| PointsError::NoHeader(name.to_string()))?;
        workbook
            .read(&first)
            .map_err(|problem| PointsError::Problems(vec![problem]))?
    } else {
        csv_in::read(name, bytes).map_err(|problem| PointsError::Problems(vec![problem]))?
    };
    points_from(&grid)
}

fn layout(grid: &Grid) -> Option<(u32, u32, u32, u32)> {
    for row in 0..HEADER_ROWS {
        let (mut unit, mut item, mut points) = (None, None, None);
        for ((_, column), _) in grid.cells.range((row, 0)..=(row, u32::MAX)) {
            let word = key(&grid.text(row, *column));
            if unit.is_none() && (word.contains("đơn vị") || word.contains("unit")) {
                unit = Some(*column);
            } else if item.is_none() && (word.contains("tiêu chí") || word.contains("item")) {
                item = Some(*column);
            } else if points.is_none() && (word.starts_with("điểm") || word.contains("points")) {
                points = Some(*column);
            }
        }
        if let (Some(u), Some(i), Some(p)) = (unit, item, points) {
            return Some((u, i, p, row + 1));
        }
    }
    None
}

fn points_from(grid: &Grid) -> Result<Vec<OfficePoints>, PointsError> {
    let (unit_column, item_column, points_column, first_row) =
        layout(grid).ok_or_else(|| PointsError::NoHeader(grid.name.clone()))?;
    let mut problems = Vec::new();
    let mut read = Vec::new();
    for row in first_row..=grid.last_row().unwrap_or(0) {
        if grid.row_is_blank(row) {
            continue;
        }
        let mut problem = |column, message: String| {
            problems.push(SheetProblem::at(
                &grid.name,
                cell_name(row, column),
                message,
            ));
        };
        let unit = match unit_code(grid.value(row, unit_column), &grid.text(row, unit_column)) {
            Ok((code, _)) => code,
            Err(message) => {
                problem(unit_column, message);
                continue;
            }
        };
        let item = grid.text(row, item_column).trim().to_string();
        if item.is_empty() {
            problem(item_column, "thiếu mã tiêu chí (ví dụ 8.1.1)".into());
            continue;
        }
        let points = match grid.value(row, points_column) {
            Value::Number(n) => number_decimal(*n),
            _ => Decimal::parse(grid.text(row, points_column).trim()).ok(),
        };
        let Some(points) = points else {
            problem(
                points_column,
                format!(
                    "điểm “{}” không phải một số (ví dụ 17,5)",
                    par_core::one_line(&grid.text(row, points_column))
                ),
            );
            continue;
        };
        read.push(OfficePoints {
            unit,
            item,
            points,
            cell: format!("{}!{}", grid.name, cell_name(row, points_column)),
        });
    }
    if problems.is_empty() {
        Ok(read)
    } else {
        Err(PointsError::Problems(problems))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_read_by_heading_with_codes_padded_and_every_problem_at_its_cell() {
        let csv = "Mã đơn vị;Mã tiêu chí;Điểm\n4;8.1.1;17,5\n00005;8.1.2;3\n";
        let read = read_office_points("diem.csv", csv.as_bytes()).unwrap();
        assert_eq!(read.len(), 2);
        assert_eq!(
            (read[0].unit.as_str(), read[0].item.as_str()),
            ("00004", "8.1.1")
        );
        assert_eq!(read[0].points, Decimal::parse("17.5").unwrap());
        assert_eq!(read[0].cell, "diem.csv!C2");
        let broken = "Mã đơn vị;Mã tiêu chí;Điểm\nabc;8.1.1;1\n00004;;1\n00004;8.1.1;nhiều\n";
        let Err(PointsError::Problems(problems)) =
            read_office_points("diem.csv", broken.as_bytes())
        else {
            panic!("refused")
        };
        let cells: Vec<&str> = problems.iter().map(|p| p.cell.as_str()).collect();
        assert_eq!(cells, ["A2", "B3", "C4"]);
        assert!(matches!(
            read_office_points("x.csv", b"a;b\n1;2\n"),
            Err(PointsError::NoHeader(_))
        ));
    }
}
