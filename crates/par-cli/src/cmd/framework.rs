//! `par framework check`: exit 0 if the set is valid, 1 if it has problems (a file that is not
//! JSON is one of them: the set was checked and failed), 2 if the file could not be read.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use par_core::Lang;

use crate::error::CliError;
use crate::printer::framework;
use crate::read;

pub fn check(out: &mut dyn Write, path: &Path, lang: Lang) -> Result<ExitCode, CliError> {
    let checked = match read::load_framework(path) {
        Ok(checked) => checked,
        Err(CliError::Json { source, .. }) => Err(vec![source.to_string()]),
        Err(other) => return Err(other),
    };
    let printed = match &checked {
        Ok(set) => framework::print_valid(out, set, lang),
        Err(problems) => framework::print_problems(out, path, problems, lang),
    };
    printed.map_err(CliError::Output)?;
    Ok(if checked.is_ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
