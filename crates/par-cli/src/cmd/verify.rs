//! `par verify FILE-OR-FOLDER...`: one line per file in plain words, then what the files say
//! together (the same file under two names, each unit's revisions and the one to appraise).
//!
//! Exit 0 when no file failed and the files of each unit agree (a file marked `?`, verified
//! without `--keys`, has not failed); 1 when at least one file failed, or two files of one unit
//! contradict each other; 2 when the command could not run (no criteria set, two conflicting
//! sets, no keyring file, nothing to verify, output not writable).
//!
//! Memory stays flat over a batch: each file is read, verified and reduced to what the report
//! needs (`office::Received`) on a worker thread, and only that is kept.

pub mod registration;
pub mod round;
mod same_file;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use par_core::appraisal::FileKind;
use par_core::office::{merge_same_submissions, BatchFile, Received};
use par_core::submission::{known_frameworks, verify, Keyring, KnownFramework, VerifyContext};
use par_core::Lang;

use crate::error::CliError;
use crate::printer::verify::Report;
use crate::read;
use same_file::{Checked, ContentClaims, DistinctPath};

pub struct VerifyArgs<'a> {
    pub paths: &'a [PathBuf],
    pub keyring: Option<&'a Path>,
    pub frameworks: &'a [PathBuf],
    /// Office key ids accepted for appraisals and final results besides those the set names.
    pub office_keys: &'a [String],
}

pub fn run(out: &mut dyn Write, args: &VerifyArgs<'_>, lang: Lang) -> Result<ExitCode, CliError> {
    let batch = verify_batch(args)?;
    let report = Report::new(&batch.files, batch.keyring.is_some());
    let heading = |out: &mut dyn Write, text: par_core::Text| {
        writeln!(out, "{}", text.get(lang)).map_err(CliError::Output)
    };
    if !batch.files.is_empty() {
        if !batch.round_files.is_empty() {
            heading(out, crate::texts::round::SUBMISSIONS_HEADING)?;
        }
        report.print(out, lang).map_err(CliError::Output)?;
    }
    // Key registrations are checked on their own; the rest of the round against the batch.
    let (registrations, round_files): (Vec<_>, Vec<_>) = batch
        .round_files
        .iter()
        .cloned()
        .partition(|(_, kind)| *kind == FileKind::KeyRegistration);
    let mut round_failed = false;
    if !registrations.is_empty() {
        if !batch.files.is_empty() || !round_files.is_empty() {
            heading(out, crate::texts::registration::HEADING)?;
        }
        let paths: Vec<PathBuf> = registrations.into_iter().map(|(path, _)| path).collect();
        let lines = registration::check_all(&paths, batch.keyring.as_ref());
        round_failed |=
            crate::printer::registration::print(out, &lines, lang).map_err(CliError::Output)?;
    }
    if !round_files.is_empty() {
        let round_batch = round::Batch {
            frameworks: &batch.frameworks,
            keyring: batch.keyring.as_ref(),
            office_keys: args.office_keys,
            submissions: round::submissions_of(&batch.files),
        };
        heading(out, crate::texts::round::ROUND_HEADING)?;
        let lines = round::verify_round(&round_files, &round_batch);
        round_failed |=
            crate::printer::round::print(out, &lines, lang).map_err(CliError::Output)?;
    }
    Ok(if round_failed {
        ExitCode::FAILURE
    } else {
        report.exit_code()
    })
}

/// A batch of files verified, with what they were verified against: `par verify` and
/// `par rank` read and verify files with this one function.
pub struct Batch {
    /// Each file once (the same file or submission under several names merged), in the order
    /// given.
    pub files: Vec<BatchFile<PathBuf, CliError>>,
    pub keyring: Option<Keyring>,
    pub frameworks: Vec<KnownFramework>,
    /// Appraisals, explanations and final results, set apart from the submissions: they are
    /// checked after the submissions they name.
    pub round_files: Vec<(PathBuf, FileKind)>,
}

/// Reads and verifies every file `args` names.
pub fn verify_batch(args: &VerifyArgs<'_>) -> Result<Batch, CliError> {
    // Everything the command needs is checked before any file, so a setup mistake is said once
    // rather than on every line.
    let frameworks = load_frameworks(args.frameworks)?;
    // The keyring is read on a core of its own while the folders are listed: each key is
    // checked to be a point of the curve (a province's 10,000 keys: 0,06 s).
    let (keyring, listing) = std::thread::scope(|scope| {
        let keyring = scope.spawn(|| args.keyring.map(read::load_keyring).transpose());
        let listing = read::json_files(args.paths).map(|found| {
            let distinct = same_file::distinct_paths(&found.files);
            (found, distinct)
        });
        (keyring.join().expect("the keyring's thread"), listing)
    });
    let keyring = keyring?;
    let (found, distinct) = listing?;
    if found.files.is_empty() {
        return Err(CliError::NoSubmissions {
            folders: found.empty_folders,
        });
    }
    let context = VerifyContext {
        keyring: keyring.as_ref(),
        frameworks: &frameworks,
    };
    let checked = verify_all(&distinct, context);
    let (distinct, checked, round_files) = round::set_apart(distinct, checked);
    let files = merge_same_submissions(same_file::gather(distinct, checked));
    Ok(Batch {
        files,
        keyring,
        frameworks,
        round_files,
    })
}

/// Verifies files on every core, each worker taking the next file as it finishes one (files
/// differ in size); results keep the order of `paths`. A text already claimed by another file
/// is not verified again.
fn verify_all(paths: &[DistinctPath], context: VerifyContext<'_>) -> Vec<Checked> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(paths.len().max(1));
    let claims = ContentClaims::new(paths);
    let next = AtomicUsize::new(0);
    let results: Vec<Mutex<Option<Checked>>> = paths.iter().map(|_| Mutex::new(None)).collect();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                let mut buffer = Vec::new();
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(distinct) = paths.get(index) else {
                        break;
                    };
                    let checked = check_one(index, &distinct.path, context, &claims, &mut buffer);
                    *results[index].lock().expect("no worker panics") = Some(checked);
                }
            });
        }
    });
    results
        .into_iter()
        .map(|slot| {
            slot.into_inner()
                .expect("no worker panics")
                .expect("every file is checked")
        })
        .collect()
}

fn check_one(
    index: usize,
    path: &Path,
    context: VerifyContext<'_>,
    claims: &ContentClaims<'_>,
    buffer: &mut Vec<u8>,
) -> Checked {
    let text = match read::read_text_into(path, buffer) {
        Ok(text) => text,
        Err(error) => return Checked::Unreadable(error),
    };
    if let Some(of) = claims.claim(index, text) {
        return Checked::CopyOf { of };
    }
    Checked::Verified(Box::new(Received::of(verify(text, context))))
}

/// Criteria sets from files or folders of them; at least one, since no score can be
/// recomputed without it, and no two different sets with one id and version.
fn load_frameworks(paths: &[PathBuf]) -> Result<Vec<KnownFramework>, CliError> {
    let found = read::json_files(paths)?;
    if found.files.is_empty() {
        return Err(CliError::NoFramework {
            empty_folders: found.empty_folders,
        });
    }
    let sets = found
        .files
        .iter()
        .map(|path| read::load_valid_framework(path))
        .collect::<Result<Vec<_>, _>>()?;
    known_frameworks(sets).map_err(|conflict| CliError::ConflictingFrameworks {
        id: conflict.id,
        version: conflict.version,
        first: found.files[conflict.first].clone(),
        second: found.files[conflict.second].clone(),
    })
}
