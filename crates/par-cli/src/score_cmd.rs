//! `par score`: score an answers file and print the table, the totals and what is incomplete.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use par_core::{Lang, ScoreSheet};

use crate::error::CliError;
use crate::{files, table};

pub fn run(
    out: &mut dyn Write,
    framework_path: &Path,
    answers_path: &Path,
    json: bool,
    lang: Lang,
) -> Result<ExitCode, CliError> {
    let framework = files::load_valid_framework(framework_path)?;
    let answers = files::load_answers(answers_path, &framework)?;
    let sheet = par_core::score(&framework, &answers);
    let text = if json {
        serde_json::to_string_pretty(&sheet).expect("a score sheet serialises") + "\n"
    } else {
        format!(
            "{}\n{}",
            table::render(&framework, &sheet, lang),
            summary(&sheet, lang)
        )
    };
    out.write_all(text.as_bytes()).map_err(CliError::Output)?;
    Ok(ExitCode::SUCCESS)
}

fn summary(sheet: &ScoreSheet, lang: Lang) -> String {
    let vi = lang == Lang::Vi;
    let index = sheet
        .index_percent
        .map(|i| format!("{}%", i.format_vi(2)))
        .unwrap_or_else(|| "—".into());
    let class = sheet.classification.clone().unwrap_or_else(|| "—".into());
    let mut out = if vi {
        format!(
            "Tổng điểm: {} / {} (điểm tối đa áp dụng; tối đa {})\nChỉ số: {index}\nXếp loại: {class}\n",
            sheet.total.format_vi(2),
            sheet.applicable_max.format_vi(2),
            sheet.max_points.format_vi(2)
        )
    } else {
        format!(
            "Total: {} / {} (applicable maximum; maximum {})\nIndex: {index}\nClassification: {class}\n",
            sheet.total, sheet.applicable_max, sheet.max_points
        )
    };
    if sheet.provisional {
        out += &if vi {
            format!(
                "Tạm tính: còn {} điểm chờ cơ quan thẩm định chấm (điều tra xã hội học…).\n",
                sheet.pending_max.format_vi(2)
            )
        } else {
            format!(
                "Provisional: {} points await the appraising office (surveys…).\n",
                sheet.pending_max
            )
        };
    }
    if !sheet.problems.is_empty() {
        out += &if vi {
            format!("Các mục cần hoàn thiện ({}):\n", sheet.problems.len())
        } else {
            format!("Items to complete ({}):\n", sheet.problems.len())
        };
        for problem in &sheet.problems {
            out += &format!("  {:<10} {}\n", problem.code, problem.kind.message(lang));
        }
    }
    out
}
