//! `par framework import` and `par framework export`: criteria sets to and from the spreadsheet
//! template (par-sheet does the work; this reads and writes the files).
//!
//! Import writes nothing unless the set passes `par framework check`, and then replaces the
//! output in one step, so a failed run never leaves a half-written or invalid JSON file.

use std::ffi::OsStr;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use par_core::{Framework, Lang};
use par_sheet::ImportError;

use crate::error::CliError;
use crate::printer::framework::{print_problems, print_valid};
use crate::read;
use crate::replace_file::replace_file;

/// Reads `input` (an XLSX file, or a folder of one CSV file per sheet) and writes the set as
/// JSON to `output`; exit 1 with every problem listed if the spreadsheet has any.
pub fn import(
    out: &mut dyn Write,
    input: &Path,
    output: &Path,
    lang: Lang,
) -> Result<ExitCode, CliError> {
    let imported = if input.is_dir() {
        par_sheet::import_csv(&csv_files(input)?)
    } else {
        let bytes = std::fs::read(input).map_err(|source| CliError::read(input, source))?;
        if par_sheet::is_xlsx(&bytes) {
            par_sheet::import_xlsx(&bytes)
        } else {
            let name = input
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            par_sheet::import_csv(&[(name, bytes)])
        }
    };
    let set = match imported {
        Ok(set) => set,
        Err(ImportError::Problems(problems)) => {
            let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
            print_problems(out, input, &lines, lang).map_err(CliError::Output)?;
            return Ok(ExitCode::FAILURE);
        }
        Err(other) => {
            print_problems(out, input, &[other.to_string()], lang).map_err(CliError::Output)?;
            return Ok(ExitCode::FAILURE);
        }
    };
    let json = set_json(&set);
    // The same check `par framework check` runs, on the very text about to be written.
    if let Err(error) = par_core::load_framework(&json) {
        unreachable_invalid(&error);
    }
    replace_file(output, json.as_bytes()).map_err(|source| CliError::Write {
        path: output.to_path_buf(),
        source,
    })?;
    print_valid(out, &set, lang).map_err(CliError::Output)?;
    let written =
        crate::texts::framework::WRITTEN.fill(lang, &[("file", &crate::error::shown(output))]);
    writeln!(out, "{written}").map_err(CliError::Output)?;
    Ok(ExitCode::SUCCESS)
}

/// par-sheet only returns sets that pass par-core's validation; if that ever broke, writing
/// nothing and saying so is the only safe outcome.
fn unreachable_invalid(error: &par_core::LoadError) -> ! {
    let _ = writeln!(std::io::stderr(), "Lỗi nội bộ: bộ tiêu chí đọc được không hợp lệ ({error}); chưa ghi tệp nào. Hãy báo lỗi này kèm bảng tính.");
    std::process::exit(i32::from(crate::error::COULD_NOT_RUN))
}

/// Writes the set at `set` (or, without one, the empty template) as an XLSX template.
pub fn export(
    out: &mut dyn Write,
    set: Option<&Path>,
    xlsx: &Path,
    lang: Lang,
) -> Result<ExitCode, CliError> {
    let bytes = match set {
        Some(path) => par_sheet::export_xlsx(&read::load_valid_framework(path)?),
        None => par_sheet::empty_template(),
    }
    .map_err(|error| CliError::Write {
        path: xlsx.to_path_buf(),
        source: std::io::Error::other(error.to_string()),
    })?;
    replace_file(xlsx, &bytes).map_err(|source| CliError::Write {
        path: xlsx.to_path_buf(),
        source,
    })?;
    let written =
        crate::texts::framework::WRITTEN.fill(lang, &[("file", &crate::error::shown(xlsx))]);
    writeln!(out, "{written}").map_err(CliError::Output)?;
    Ok(ExitCode::SUCCESS)
}

/// The set as the project writes criteria-set files: pretty JSON and a final newline.
pub fn set_json(set: &Framework) -> String {
    set.to_file_text()
}

/// The `.csv` and `.txt` files directly inside `folder` (Excel's “CSV” and “Unicode Text”), in
/// name order.
fn csv_files(folder: &Path) -> Result<Vec<(String, Vec<u8>)>, CliError> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(folder)
        .map_err(|source| CliError::read(folder, source))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| {
            path.is_file()
                && path
                    .extension()
                    .and_then(OsStr::to_str)
                    .is_some_and(|e| e.eq_ignore_ascii_case("csv") || e.eq_ignore_ascii_case("txt"))
        })
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let bytes = std::fs::read(&path).map_err(|source| CliError::read(&path, source))?;
            let name = path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            Ok((name, bytes))
        })
        .collect()
}
