//! Reading the project's JSON files with errors that name the file and the place in it, and
//! finding the JSON files in the folders an office points at.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use par_core::submission::{Keyring, KeyringError};
use par_core::{Answers, Framework, LoadError};

use crate::error::CliError;

/// The byte-order mark Windows Notepad puts at the start of files it saves as UTF-8. JSON does
/// not allow it, but it says nothing about the content, so it is dropped rather than refused.
const BYTE_ORDER_MARK: char = '\u{feff}';

/// The text of a file, without a leading byte-order mark.
pub fn read_text(path: &Path) -> Result<String, CliError> {
    let text = std::fs::read_to_string(path).map_err(|source| CliError::read(path, source))?;
    Ok(match text.strip_prefix(BYTE_ORDER_MARK) {
        Some(rest) => rest.to_string(),
        None => text,
    })
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
/// copied from Windows or a USB stick often have upper-case names), in name order.
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
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|source| CliError::read(path, source))?
            .filter_map(|entry| entry.ok().map(|entry| entry.path()))
            .filter(|entry| entry.is_file() && has_json_extension(entry))
            .collect();
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
