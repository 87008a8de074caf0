//! Reading the project's JSON files with errors that name the file and the place in it.

use std::path::Path;

use par_core::submission::Keyring;
use par_core::{Answers, Framework, LoadError};

use crate::error::CliError;

pub fn read_text(path: &Path) -> Result<String, CliError> {
    std::fs::read_to_string(path).map_err(|source| CliError::Read {
        path: path.to_path_buf(),
        source,
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

/// The office's keyring file.
pub fn load_keyring(path: &Path) -> Result<Keyring, CliError> {
    par_core::parse_json(&read_text(path)?).map_err(|source| CliError::Json {
        path: path.to_path_buf(),
        source,
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
