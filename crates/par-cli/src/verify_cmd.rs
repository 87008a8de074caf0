//! `par verify FILE-OR-FOLDER...`: one line per file in plain words.
//!
//! Exit 0 when every file is valid with its sender checked against the keyring; 1 when at least
//! one file failed, or, without `--keys`, when no sender could be checked; 2 when the command
//! could not run (no criteria set, no keyring file, nothing to verify, output not writable).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use par_core::submission::{verify, KnownFramework, VerifyContext};
use par_core::Lang;

use crate::error::CliError;
use crate::files;
use crate::verify_report::{FileResult, Report};

pub struct VerifyArgs<'a> {
    pub paths: &'a [PathBuf],
    pub keyring: Option<&'a Path>,
    pub frameworks: &'a [PathBuf],
}

pub fn run(out: &mut dyn Write, args: &VerifyArgs<'_>, lang: Lang) -> Result<ExitCode, CliError> {
    // Everything the command needs is checked before any file, so a setup mistake is said once
    // rather than on every line.
    let frameworks = load_frameworks(args.frameworks)?;
    let keyring = args.keyring.map(files::load_keyring).transpose()?;
    let found = files::json_files(args.paths)?;
    if found.files.is_empty() {
        return Err(CliError::NoSubmissions {
            folders: found.empty_folders,
        });
    }
    let context = VerifyContext {
        keyring: keyring.as_ref(),
        frameworks: &frameworks,
    };
    let results = verify_all(&found.files, context);
    let report = Report::new(&found.files, &results, keyring.is_some());
    report.print(out, lang).map_err(CliError::Output)?;
    Ok(report.exit_code())
}

/// Verifies files on every core; results keep the order of `paths`.
fn verify_all(paths: &[PathBuf], context: VerifyContext<'_>) -> Vec<FileResult> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = paths.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = paths
            .chunks(chunk)
            .map(|chunk| {
                scope.spawn(move || {
                    chunk
                        .iter()
                        .map(|path| files::read_text(path).map(|text| verify(&text, context)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| worker.join().expect("a verifier thread does not panic"))
            .collect()
    })
}

/// Criteria sets from files or folders of them; at least one, since no score can be
/// recomputed without it.
fn load_frameworks(paths: &[PathBuf]) -> Result<Vec<KnownFramework>, CliError> {
    let found = files::json_files(paths)?;
    if found.files.is_empty() {
        return Err(CliError::NoFramework {
            empty_folders: found.empty_folders,
        });
    }
    found
        .files
        .iter()
        .map(|path| files::load_valid_framework(path).map(KnownFramework::from))
        .collect()
}
