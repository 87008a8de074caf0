//! `par score`: score an answers file and print the table, the totals and what is incomplete.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use par_core::Lang;

use crate::error::CliError;
use crate::printer::score;
use crate::read;

pub fn run(
    out: &mut dyn Write,
    framework_path: &Path,
    answers_path: &Path,
    json: bool,
    lang: Lang,
) -> Result<ExitCode, CliError> {
    let framework = read::load_valid_framework(framework_path)?;
    let answers = read::load_answers(answers_path, &framework)?;
    let sheet = par_core::score(&framework, &answers);
    let printed = if json {
        let text = serde_json::to_string_pretty(&sheet).expect("a score sheet serialises");
        writeln!(out, "{text}")
    } else {
        score::print(out, &framework, &answers, &sheet, lang)
    };
    printed.map_err(CliError::Output)?;
    Ok(ExitCode::SUCCESS)
}
