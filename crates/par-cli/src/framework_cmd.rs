//! `par framework check`: exit 0 if the set is valid, 1 if it has problems (a file that is not
//! JSON is one of them: the set was checked and failed), 2 if the file could not be read.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use par_core::{Framework, Lang};

use crate::error::CliError;
use crate::files;

pub fn check(out: &mut dyn Write, path: &Path, lang: Lang) -> Result<ExitCode, CliError> {
    let checked = match files::load_framework(path) {
        Ok(checked) => checked,
        Err(CliError::Json { source, .. }) => Err(vec![source.to_string()]),
        Err(other) => return Err(other),
    };
    let printed = match &checked {
        Ok(framework) => print_valid(out, framework, lang),
        Err(problems) => print_problems(out, path, problems, lang),
    };
    printed.map_err(CliError::Output)?;
    Ok(if checked.is_ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

pub fn print_valid(out: &mut dyn Write, framework: &Framework, lang: Lang) -> io::Result<()> {
    let leaves = framework.leaves().count();
    let criteria = framework.criteria_count();
    let max = framework.max_points();
    match lang {
        Lang::Vi => writeln!(
            out,
            "Hợp lệ: {} (phiên bản {}): {} lĩnh vực, {criteria} tiêu chí, {leaves} tiêu chí thành phần có điểm, tổng điểm tối đa {}.",
            framework.title, framework.version, framework.fields.len(), max.format_vi(2)
        ),
        Lang::En => writeln!(
            out,
            "Valid: {} (version {}): {} fields, {criteria} criteria, {leaves} scored items, maximum {max}.",
            framework.title, framework.version, framework.fields.len()
        ),
    }
}

pub fn print_problems(
    out: &mut dyn Write,
    path: &Path,
    problems: &[String],
    lang: Lang,
) -> io::Result<()> {
    match lang {
        Lang::Vi => writeln!(out, "{} có {} lỗi:", path.display(), problems.len())?,
        Lang::En => writeln!(out, "{} has {} problems:", path.display(), problems.len())?,
    }
    for problem in problems {
        writeln!(out, "  - {problem}")?;
    }
    Ok(())
}
