//! Reading the files an office points `par` at, safely: only regular files (a named pipe would
//! block forever, a device never ends), never more than par-core's size limit (checked before
//! reading, and again while reading, since a file can grow), and folders listed without
//! skipping anything silently (a broken or looping link is reported as an unreadable file).
//! Every error names the file and says in Vietnamese what is wrong.

use std::ffi::OsStr;
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use par_core::json::MAX_FILE_BYTES;
use par_core::submission::{Keyring, KeyringError};
use par_core::{Answers, Framework, LoadError};

use crate::error::{CliError, ReadProblem};

/// The text of a file, once it is known to be a regular file within the size limit.
pub fn read_text(path: &Path) -> Result<String, CliError> {
    let bytes = read_bytes(path, MAX_FILE_BYTES)?;
    let text = String::from_utf8(bytes).map_err(|_| not_text(path))?;
    Ok(match par_core::json::strip_bom(&text).len() {
        n if n == text.len() => text,
        _ => par_core::json::strip_bom(&text).to_string(),
    })
}

/// [`read_text`] into `buffer`, which a caller reading many files keeps from one to the next
/// (fresh memory for each file of a batch costs more than reading it).
pub fn read_text_into<'b>(path: &Path, buffer: &'b mut Vec<u8>) -> Result<&'b str, CliError> {
    read_bytes_into(path, MAX_FILE_BYTES, buffer)?;
    let text = std::str::from_utf8(buffer).map_err(|_| not_text(path))?;
    Ok(par_core::json::strip_bom(text))
}

/// The error of a file that is not UTF-8 text.
fn not_text(path: &Path) -> CliError {
    CliError::Read {
        path: path.to_path_buf(),
        problem: ReadProblem::NotUtf8,
    }
}

/// The bytes of a regular file of at most `limit` bytes (a spreadsheet, a list).
pub fn read_bytes(path: &Path, limit: usize) -> Result<Vec<u8>, CliError> {
    let mut bytes = Vec::new();
    read_bytes_into(path, limit, &mut bytes)?;
    Ok(bytes)
}

/// [`read_bytes`] into `bytes` (emptied first).
fn read_bytes_into(path: &Path, limit: usize, bytes: &mut Vec<u8>) -> Result<(), CliError> {
    let fail = |problem| CliError::Read {
        path: path.to_path_buf(),
        problem,
    };
    // `metadata` follows links and never opens the file: a pipe or a device is refused before
    // anything could block on it.
    let metadata = std::fs::metadata(path).map_err(|e| fail(ReadProblem::Io(e)))?;
    if metadata.is_dir() {
        return Err(fail(ReadProblem::Folder));
    }
    if !metadata.is_file() {
        return Err(fail(ReadProblem::NotARegularFile));
    }
    if metadata.len() > limit as u64 {
        return Err(fail(ReadProblem::TooLarge(metadata.len())));
    }
    let file = File::open(path).map_err(|e| fail(ReadProblem::Io(e)))?;
    bytes.clear();
    bytes.reserve(metadata.len() as usize);
    file.take(limit as u64 + 1)
        .read_to_end(bytes)
        .map_err(|e| fail(ReadProblem::Io(e)))?;
    if bytes.len() > limit {
        return Err(fail(ReadProblem::TooLarge(bytes.len() as u64)));
    }
    Ok(())
}

/// A criteria set, or every problem it has.
pub fn load_framework(path: &Path) -> Result<Result<Framework, Vec<String>>, CliError> {
    match par_core::load_framework(&read_text(path)?) {
        Ok(framework) => Ok(Ok(framework)),
        Err(LoadError::Json(source)) => Err(CliError::Json {
            path: path.to_path_buf(),
            source,
        }),
        Err(LoadError::Invalid(problems)) => {
            Ok(Err(problems.iter().map(ToString::to_string).collect()))
        }
    }
}

/// A valid criteria set, or an error saying how to see its problems.
pub fn load_valid_framework(path: &Path) -> Result<Framework, CliError> {
    load_framework(path)?.map_err(|problems| CliError::InvalidFramework {
        path: path.to_path_buf(),
        problems: problems.len(),
    })
}

/// An answers file made for `framework`.
pub fn load_answers(path: &Path, framework: &Framework) -> Result<Answers, CliError> {
    let answers: Answers =
        par_core::parse_json(&read_text(path)?).map_err(|source| CliError::Json {
            path: path.to_path_buf(),
            source,
        })?;
    if !answers.is_for(framework) {
        return Err(CliError::FrameworkMismatch {
            path: path.to_path_buf(),
            found: format!("{} {}", answers.framework_id, answers.framework_version),
            expected: format!("{} {}", framework.id, framework.version),
        });
    }
    Ok(answers)
}

/// The office's keyring file, every entry checked: it decides whose signatures are trusted.
pub fn load_keyring(path: &Path) -> Result<Keyring, CliError> {
    if !path.exists() {
        return Err(CliError::KeyringMissing {
            path: path.to_path_buf(),
        });
    }
    Keyring::from_json(&read_text(path)?).map_err(|error| match error {
        KeyringError::Json(source) => CliError::Json {
            path: path.to_path_buf(),
            source,
        },
        KeyringError::Invalid(problems) => CliError::InvalidKeyring {
            path: path.to_path_buf(),
            problems: problems.iter().map(ToString::to_string).collect(),
        },
        other => CliError::Keyring { source: other },
    })
}

/// The keyring at `path`, or a new empty one if the file does not exist yet.
pub fn keyring_or_new(path: &Path) -> Result<Keyring, CliError> {
    if path.exists() {
        load_keyring(path)
    } else {
        Ok(Keyring::default())
    }
}

/// The files a list of command-line paths stands for.
pub struct JsonFiles {
    pub files: Vec<PathBuf>,
    /// Folders given that hold no JSON file, to name them when nothing was found.
    pub empty_folders: Vec<PathBuf>,
}

/// Files as given, and for each folder every `*.json` directly inside it (`.JSON` too: files
/// copied from Windows or a USB stick often have upper-case names), in name order. Whatever is
/// named `*.json` is listed even if it cannot be read (a link that loops or leads nowhere, a
/// pipe): reading it then says why, rather than the file silently not being there.
pub fn json_files(paths: &[PathBuf]) -> Result<JsonFiles, CliError> {
    let mut found = JsonFiles {
        files: Vec::new(),
        empty_folders: Vec::new(),
    };
    for path in paths {
        if !path.is_dir() {
            found.files.push(path.clone());
            continue;
        }
        let listing = std::fs::read_dir(path).map_err(|e| CliError::Read {
            path: path.clone(),
            problem: ReadProblem::Io(e),
        })?;
        let mut entries = Vec::new();
        for entry in listing {
            let entry = entry.map_err(|e| CliError::Read {
                path: path.clone(),
                problem: ReadProblem::Io(e),
            })?;
            let entry = entry.path();
            // A folder named `x.json` is not a file to verify; anything else so named is.
            if has_json_extension(&entry) && !entry.is_dir() {
                entries.push(entry);
            }
        }
        if entries.is_empty() {
            found.empty_folders.push(path.clone());
        }
        entries.sort();
        found.files.extend(entries);
    }
    Ok(found)
}

fn has_json_extension(path: &Path) -> bool {
    path.extension()
        .and_then(OsStr::to_str)
        .is_some_and(|extension| extension.eq_ignore_ascii_case("json"))
}
