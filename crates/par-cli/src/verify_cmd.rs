//! `par verify FILE...`: one line per file in plain words; exit 1 if any file fails.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use par_core::submission::{verify, KnownFramework, Verification, VerifyContext};
use par_core::Lang;

use crate::error::CliError;
use crate::files;

pub fn run(
    paths: &[PathBuf],
    keyring_path: Option<&Path>,
    framework_paths: &[PathBuf],
    lang: Lang,
) -> Result<ExitCode, CliError> {
    let keyring = keyring_path.map(files::load_keyring).transpose()?;
    let frameworks = load_frameworks(framework_paths)?;
    let paths = &expand_folders(paths)?;
    let context = VerifyContext {
        keyring: keyring.as_ref(),
        frameworks: &frameworks,
    };
    let results = verify_all(paths, context);
    let mut failures = 0;
    for (path, result) in paths.iter().zip(&results) {
        let name = path.display();
        match result {
            Err(error) => {
                failures += 1;
                println!("✗ {name}: {error}");
            }
            Ok(verification) if verification.outcome.is_valid() => {
                println!("✓ {name}: {}", valid_line(verification, lang));
            }
            Ok(verification) => {
                failures += 1;
                println!("✗ {name}: {}", verification.outcome.describe(lang));
            }
        }
    }
    if keyring.is_none() {
        println!(
            "{}",
            match lang {
                Lang::Vi =>
                    "Lưu ý: chưa đối chiếu với khóa đã đăng ký của đơn vị (thêm --keys TỆP).",
                Lang::En => "Note: not checked against registered unit keys (add --keys FILE).",
            }
        );
    }
    println!(
        "{}",
        match lang {
            Lang::Vi => format!(
                "{} tệp: {} hợp lệ, {failures} không hợp lệ.",
                paths.len(),
                paths.len() - failures
            ),
            Lang::En => format!(
                "{} files: {} valid, {failures} failed.",
                paths.len(),
                paths.len() - failures
            ),
        }
    );
    Ok(if failures == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Verifies files on every core; results keep the order of `paths`.
fn verify_all(
    paths: &[PathBuf],
    context: VerifyContext<'_>,
) -> Vec<Result<Verification, CliError>> {
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

fn valid_line(verification: &Verification, lang: Lang) -> String {
    let Some(submission) = &verification.submission else {
        return verification.outcome.describe(lang);
    };
    let p = &submission.payload;
    let index = p
        .scores
        .index_percent
        .map(|i| i.format_vi(2))
        .unwrap_or_else(|| "—".into());
    match lang {
        Lang::Vi => format!(
            "hợp lệ — {} ({}), năm {}, lần {}, khóa {}, tổng {} điểm, chỉ số {index}%",
            p.unit.name,
            p.unit.code,
            p.period.year,
            p.revision,
            submission.signature.key_id,
            p.scores.total.format_vi(2)
        ),
        Lang::En => format!(
            "valid — {} ({}), year {}, revision {}, key {}, total {}, index {index}%",
            p.unit.name,
            p.unit.code,
            p.period.year,
            p.revision,
            submission.signature.key_id,
            p.scores.total
        ),
    }
}

/// Criteria sets from files or folders of them.
fn load_frameworks(paths: &[PathBuf]) -> Result<Vec<KnownFramework>, CliError> {
    expand_folders(paths)?
        .iter()
        .map(|path| files::load_valid_framework(path).map(KnownFramework::from))
        .collect()
}

/// Files as given, and for each folder every `*.json` directly inside it, in name order.
fn expand_folders(paths: &[PathBuf]) -> Result<Vec<PathBuf>, CliError> {
    let mut files = Vec::new();
    for path in paths {
        if !path.is_dir() {
            files.push(path.clone());
            continue;
        }
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|source| CliError::Read {
                path: path.clone(),
                source,
            })?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "json"))
            .collect();
        entries.sort();
        files.extend(entries);
    }
    Ok(files)
}
