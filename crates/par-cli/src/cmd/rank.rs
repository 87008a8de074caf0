//! `par rank FILES|DIR --keys KEYRING --framework SET [--units LIST] [--csv OUT] [--xlsx OUT]`:
//! the office's board and ranking from the command line, on the same code as the office app.
//! Files are read and verified exactly as `par verify` does (`verify::verify_batch`); the
//! board (par-core `office::Board`) says who sent a valid file, who was refused and why, who
//! has not sent anything and who is not on the list; the ranking (`office::rank_units`) ranks
//! every unit's file to appraise; par-sheet writes the exports.
//!
//! Exit 0 when every file verified and no unit has contradicting files; 1 when a file was
//! refused or a unit's files contradict each other (units that have not submitted yet are
//! reported, not failed); 2 when the command could not run.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use par_core::office::{rank_units, Board, ExpectedUnit, UnitStatus, Verdict};
use par_core::Lang;
use par_sheet::{matrix_table, ranking_table, table_csv, tables_xlsx, ReportHeader};

use super::verify::{verify_batch, VerifyArgs};
use crate::error::CliError;
use crate::printer::{board, name, rank};
use crate::read;
use crate::replace_file::replace_file;
use crate::texts::rank as text;

pub struct RankArgs<'a> {
    pub paths: &'a [PathBuf],
    pub keyring: &'a Path,
    pub framework: &'a Path,
    pub units: Option<&'a Path>,
    pub csv: Option<&'a Path>,
    pub xlsx: Option<&'a Path>,
}

pub fn run(out: &mut dyn Write, args: &RankArgs<'_>, lang: Lang) -> Result<ExitCode, CliError> {
    // The list is read first: a broken list is said before any file is verified.
    let expected = args.units.map(read_units).transpose()?;
    let batch = verify_batch(&VerifyArgs {
        paths: args.paths,
        keyring: Some(args.keyring),
        frameworks: &[args.framework.to_path_buf()],
        // Ranking is of self-assessments: appraisal-round files in the folder are set apart
        // by verify_batch and not ranked.
        office_keys: &[],
    })?;
    let [known] = batch.frameworks.as_slice() else {
        return Err(CliError::OneFrameworkOnly {
            path: args.framework.to_path_buf(),
            count: batch.frameworks.len(),
        });
    };
    let framework = &known.framework;
    let expected_units = expected.unwrap_or_default();
    let board_of = Board::new(&batch.files, &expected_units);
    let ranking = rank_units(
        board_of
            .to_appraise()
            .map(|(row, summary)| (row.code, row.name, summary)),
        framework,
    );
    let today = today_iso();
    let header = ReportHeader {
        province: &framework.province,
        year: framework.year,
        framework,
        date: &par_core::input::iso_to_vi(&today),
        lang,
    };
    let tables = [
        ranking_table(&header, &ranking),
        matrix_table(&header, &ranking),
    ];
    // The workbook (a million cells for 10,000 units) is built on a core of its own while the
    // board and the ranking are printed and the CSV files written on this one; each file is
    // written and said in the same order as before.
    let (printed, workbook) = std::thread::scope(|scope| {
        let workbook = args
            .xlsx
            .map(|_| scope.spawn(|| tables_xlsx(&tables, &today)));
        let printed = board::print(out, &board_of, &batch.files, args.units.is_some(), lang)
            .and_then(|()| rank::print(out, &ranking, lang))
            .map_err(CliError::Output)
            .and_then(|()| {
                args.csv.map_or(Ok(()), |path| {
                    write(out, path, &table_csv(&tables[0], lang), lang)?;
                    let matrix = matrix_csv_path(path);
                    write(out, &matrix, &table_csv(&tables[1], lang), lang)
                })
            });
        let workbook = workbook.map(|thread| thread.join().expect("the workbook's thread"));
        (printed, workbook)
    });
    printed?;
    if let (Some(path), Some(workbook)) = (args.xlsx, workbook) {
        let bytes = workbook.map_err(|source| CliError::Export {
            path: path.to_path_buf(),
            source,
        })?;
        write(out, path, &bytes, lang)?;
    }
    let failed = batch
        .files
        .iter()
        .any(|f| Verdict::of(&f.result, true).is_failure());
    let conflicting = board_of
        .expected
        .iter()
        .chain(&board_of.not_on_list)
        .any(|row| matches!(row.status, UnitStatus::Conflicting { .. }));
    Ok(if failed || conflicting {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn read_units(path: &Path) -> Result<Vec<ExpectedUnit>, CliError> {
    // A list of every commune of a province is a few tens of KB: the JSON readers' limit is
    // far above it.
    let bytes = read::read_bytes(path, par_core::json::MAX_FILE_BYTES)?;
    par_sheet::read_units(&name(path), &bytes)
        .map(|list| list.units)
        .map_err(|source| CliError::Units {
            path: path.to_path_buf(),
            source,
        })
}

/// The per-item matrix beside the ranking: `xep-hang.csv` → `xep-hang-tung-tieu-chi.csv`.
pub fn matrix_csv_path(ranking: &Path) -> PathBuf {
    let stem = ranking
        .file_stem()
        .map_or_else(|| "xep-hang".into(), |s| s.to_string_lossy().into_owned());
    ranking.with_file_name(format!("{stem}-tung-tieu-chi.csv"))
}

fn write(out: &mut dyn Write, path: &Path, bytes: &[u8], lang: Lang) -> Result<(), CliError> {
    replace_file(path, bytes).map_err(|source| CliError::Write {
        path: path.to_path_buf(),
        source,
    })?;
    let line = text::WROTE.fill(lang, &[("file", &name(path))]);
    writeln!(out, "{line}").map_err(CliError::Output)
}

/// Today's date (UTC), `yyyy-mm-dd`, for the exports' header rows.
fn today_iso() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    // An Excel serial counts days from 1899-12-30; 25569 is 1970-01-01.
    let serial = (seconds / 86_400) as f64 + 25_569.0;
    par_sheet::date_from_serial(serial).unwrap_or_else(|| "2025-01-01".into())
}
