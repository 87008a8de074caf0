//! `par framework check`.

use std::path::Path;
use std::process::ExitCode;

use par_core::Lang;

use crate::error::CliError;
use crate::files;

pub fn check(path: &Path, lang: Lang) -> Result<ExitCode, CliError> {
    match files::load_framework(path)? {
        Ok(framework) => {
            let leaves = framework.leaves().count();
            let criteria = framework.criteria_count();
            let max = framework.max_points();
            match lang {
                Lang::Vi => println!(
                    "Hợp lệ: {} (phiên bản {}): {} lĩnh vực, {criteria} tiêu chí, {leaves} tiêu chí thành phần có điểm, tổng điểm tối đa {}.",
                    framework.title, framework.version, framework.fields.len(), max.format_vi(2)
                ),
                Lang::En => println!(
                    "Valid: {} (version {}): {} fields, {criteria} criteria, {leaves} scored items, maximum {max}.",
                    framework.title, framework.version, framework.fields.len()
                ),
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(problems) => {
            match lang {
                Lang::Vi => println!("{} có {} lỗi:", path.display(), problems.len()),
                Lang::En => println!("{} has {} problems:", path.display(), problems.len()),
            }
            for problem in problems {
                println!("  - {problem}");
            }
            Ok(ExitCode::FAILURE)
        }
    }
}
