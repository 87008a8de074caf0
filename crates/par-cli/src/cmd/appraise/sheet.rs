//! The appraisal sheet as CSV or XLSX, for offices that appraise in a spreadsheet: one row per
//! unit and scored item with the self score beside an empty appraised column, read back into
//! what the office decided. Columns are found by position and their headings checked, so a sheet
//! saved with another layout is refused rather than misread. Text from a submission is written so
//! a spreadsheet never runs it as a formula (in XLSX every cell is written as text).

use std::collections::BTreeMap;

use par_core::score::{LeafStatus, OfficeEntries};
use par_core::submission::Payload;
use par_core::{Decimal, Framework};

/// The headings, in order.
pub const HEADINGS: [&str; 11] = [
    "Mã đơn vị",
    "Đơn vị",
    "Mã băm hồ sơ",
    "Mã tiêu chí",
    "Tiêu chí",
    "Điểm tối đa",
    "Điểm tự chấm",
    "Điểm thẩm định",
    "Không chấp nhận “Không áp dụng” (x)",
    "Nhận xét",
    "Yêu cầu giải trình",
];

/// Column positions read back.
const UNIT: usize = 0;
const HASH: usize = 2;
const ITEM: usize = 3;
const APPRAISED: usize = 7;
const REJECT: usize = 8;
const REMARK: usize = 9;
const REQUEST: usize = 10;

/// The rows of one verified submission.
pub fn rows(framework: &Framework, payload: &Payload, hash: &str) -> Vec<Vec<String>> {
    framework
        .leaves()
        .map(|leaf| {
            let scored = payload.scores.leaf(&leaf.item.code);
            let claimed = payload
                .answers
                .get(&leaf.item.code)
                .is_some_and(|a| a.not_applicable);
            let self_points = match scored {
                Some(l) if l.status == LeafStatus::Excluded || claimed => {
                    format!("{} (không áp dụng)", l.points.format_vi_short())
                }
                Some(l) if l.status == LeafStatus::Pending => "chờ cơ quan thẩm định".into(),
                Some(l) => l.points.format_vi_short(),
                None => String::new(),
            };
            vec![
                payload.unit.code.clone(),
                payload.unit.name.clone(),
                hash.to_string(),
                leaf.item.code.clone(),
                leaf.item.title.clone(),
                leaf.item.max_points.format_vi_short(),
                self_points,
                String::new(),
                String::new(),
                String::new(),
                String::new(),
            ]
        })
        .collect()
}

/// The CSV text of `rows` under the headings (UTF-8 with BOM, so Excel reads the diacritics).
pub fn to_csv(rows: &[Vec<String>]) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    writer.write_record(HEADINGS)?;
    for row in rows {
        writer.write_record(row.iter().map(|cell| no_formula(cell)))?;
    }
    writer.into_inner().map_err(|e| e.into_error().into())
}

/// The sheet as an XLSX workbook (one sheet, "Thẩm định"), dated `date_iso`.
pub fn to_xlsx(rows: &[Vec<String>], date_iso: &str) -> Result<Vec<u8>, par_sheet::ExportError> {
    par_sheet::table_xlsx("Thẩm định", &HEADINGS, rows, date_iso)
}

/// The rows of a filled sheet, XLSX (its first sheet) or CSV (UTF-8, `,` or `;`).
pub fn read_rows(bytes: &[u8]) -> Result<Vec<Vec<String>>, String> {
    if par_sheet::is_xlsx(bytes) {
        return par_sheet::read_table(bytes)
            .map(|(_, rows)| rows)
            .map_err(|error| error.to_string());
    }
    let text = std::str::from_utf8(bytes).map_err(|_| {
        "bảng thẩm định không phải XLSX hay CSV UTF-8; hãy lưu lại bằng Excel dạng “Excel Workbook (.xlsx)” hoặc “CSV UTF-8”".to_string()
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let delimiter = if text
        .lines()
        .next()
        .is_some_and(|l| l.contains(';') && !l.contains(','))
    {
        b';'
    } else {
        b','
    };
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes())
        .records()
        .enumerate()
        .map(|(index, record)| {
            record
                .map(|r| r.iter().map(str::to_string).collect())
                .map_err(|_| format!("dòng {}: dòng CSV hỏng", index + 1))
        })
        .collect()
}

/// A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a control character
/// first) gets a leading apostrophe; numbers (`-0,25`) are left as they are.
fn no_formula(cell: &str) -> String {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && Decimal::parse(cell).is_err();
    if risky {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// What the sheet says of one submission (rows with its hash), or what is wrong, at its row.
#[derive(Debug, Default)]
pub struct Decisions {
    pub office: OfficeEntries,
    pub remarks: BTreeMap<String, String>,
    pub requests: BTreeMap<String, String>,
}

/// Reads the sheet's rows back for the submission `hash` of `payload`.
pub fn decisions(
    rows: &[Vec<String>],
    framework: &Framework,
    payload: &Payload,
    hash: &str,
) -> Result<Decisions, String> {
    let mut decisions = Decisions::default();
    for (index, record) in rows.iter().enumerate() {
        let line = index + 1;
        let cell = |column: usize| record.get(column).map_or("", |c| c.trim());
        if index == 0 {
            if (0..HEADINGS.len()).any(|c| cell(c) != HEADINGS[c]) {
                return Err("dòng 1: tiêu đề cột không phải của bảng thẩm định do “par appraise export” ghi".into());
            }
            continue;
        }
        if cell(HASH) != hash {
            continue;
        }
        if cell(UNIT) != payload.unit.code {
            return Err(format!(
                "dòng {line}: mã đơn vị khác với hồ sơ có mã băm này"
            ));
        }
        let code = cell(ITEM).to_string();
        let Some(leaf) = framework.leaves().find(|l| l.item.code == code) else {
            return Err(format!(
                "dòng {line}: không có tiêu chí “{}” trong bộ tiêu chí",
                par_core::one_line(&code)
            ));
        };
        if !cell(APPRAISED).is_empty() {
            let points = Decimal::parse(cell(APPRAISED)).map_err(|_| {
                format!(
                    "dòng {line}: điểm thẩm định “{}” không phải một số",
                    par_core::one_line(cell(APPRAISED))
                )
            })?;
            if !(leaf.item.floor()..=leaf.item.max_points).contains(&points) {
                return Err(format!(
                    "dòng {line}: điểm thẩm định ngoài khoảng điểm của tiêu chí {code}"
                ));
            }
            // Written in the appraised column: the office's points ("điều chỉnh", or the same
            // points confirmed in writing); an empty cell keeps the self score ("công nhận").
            if leaf.rule.is_self_assessed() {
                decisions.office.adjusted.insert(code.clone(), points);
            } else {
                decisions.office.points.insert(code.clone(), points);
            }
        }
        if !cell(REJECT).is_empty() {
            decisions.office.rejected_claims.insert(code.clone());
        }
        for (column, map) in [
            (REMARK, &mut decisions.remarks),
            (REQUEST, &mut decisions.requests),
        ] {
            if !cell(column).is_empty() {
                map.insert(code.clone(), cell(column).to_string());
            }
        }
    }
    Ok(decisions)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_a_spreadsheet_would_run_is_written_inert_and_numbers_are_left_alone() {
        assert_eq!(
            no_formula("=HYPERLINK(\"http://x\")"),
            "'=HYPERLINK(\"http://x\")"
        );
        assert_eq!(no_formula("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(no_formula("+1+1"), "'+1+1");
        assert_eq!(no_formula("-0,25"), "-0,25");
        assert_eq!(no_formula("UBND xã Tân Lập"), "UBND xã Tân Lập");
    }
}
