//! `par verify FILE-OR-FOLDER...`: one line per file in plain words, then what the files say
//! together (the same file under two names, each unit's revisions and the one to appraise).
//!
//! Exit 0 when no file failed and the files of each unit agree (a file marked `?`, verified
//! without `--keys`, has not failed); 1 when at least one file failed, or two files of one unit
//! contradict each other; 2 when the command could not run (no criteria set, no keyring file,
//! nothing to verify, output not writable).

mod same_file;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use par_core::submission::{verify, KnownFramework, VerifyContext};
use par_core::Lang;

use crate::error::CliError;
use crate::files;
use crate::verify_report::Report;
use same_file::{Checked, ContentClaims, DistinctPath};

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
    let distinct = same_file::distinct_paths(&found.files);
    let checked = verify_all(&distinct, context);
    let files = same_file::merge_same_submissions(same_file::gather(distinct, checked));
    let report = Report::new(&files, keyring.is_some());
    report.print(out, lang).map_err(CliError::Output)?;
    Ok(report.exit_code())
}

/// Verifies files on every core; results keep the order of `paths`. A text already claimed by
/// another file is not verified again.
fn verify_all(paths: &[DistinctPath], context: VerifyContext<'_>) -> Vec<Checked> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = paths.len().div_ceil(threads).max(1);
    let claims = ContentClaims::new(paths);
    let claims = &claims;
    std::thread::scope(|scope| {
        let workers: Vec<_> = paths
            .chunks(chunk)
            .enumerate()
            .map(|(number, part)| {
                scope.spawn(move || {
                    part.iter()
                        .enumerate()
                        .map(|(i, distinct)| {
                            check_one(number * chunk + i, &distinct.path, context, claims)
                        })
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

fn check_one(
    index: usize,
    path: &Path,
    context: VerifyContext<'_>,
    claims: &ContentClaims<'_>,
) -> Checked {
    let text = match files::read_text(path) {
        Ok(text) => text,
        Err(error) => return Checked::Unreadable(error),
    };
    if let Some(of) = claims.claim(index, &text) {
        return Checked::CopyOf { of };
    }
    let verification = verify(&text, context);
    // Only a valid file's hash is shown and chained (`verify` takes it from the canonical
    // payload it writes to check the signature).
    let hash = verification
        .outcome
        .is_valid()
        .then(|| verification.hash.clone())
        .flatten();
    Checked::Verified {
        verification: Box::new(verification),
        hash,
    }
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
