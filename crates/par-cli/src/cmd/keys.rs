//! `par keys add` / `par keys list`: the office's register of unit public keys, typed in or
//! from a unit's key registration file (`par-key-registration/1`).

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use par_core::submission::{register, AddOutcome, KeyRegistration, Keyring};
use par_core::Lang;

use crate::error::CliError;
use crate::printer::keys;
use crate::read::{keyring_or_new, load_keyring, read_text};
use crate::replace_file::replace_file;

pub struct NewKey<'a> {
    pub unit_code: &'a str,
    pub unit_name: &'a str,
    pub public_key: &'a str,
}

pub fn add(
    out: &mut dyn Write,
    keyring_path: &Path,
    new_key: &NewKey<'_>,
    lang: Lang,
) -> Result<ExitCode, CliError> {
    let mut keyring = keyring_or_new(keyring_path)?;
    let key_id = keyring
        .add(new_key.unit_code, new_key.unit_name, new_key.public_key)
        .map_err(|source| CliError::Keyring { source })?;
    write_keyring(keyring_path, &keyring)?;
    keys::print_added(out, &keyring, new_key.unit_code, &key_id, lang).map_err(CliError::Output)?;
    Ok(ExitCode::SUCCESS)
}

/// Registers the key of a registration file. A unit's first key is added at once; another key
/// for a unit that has one (a rotation) only with `confirmed` (`--yes`), otherwise nothing is
/// written and the exit code is 1; the same key again changes nothing. Whatever the case, the
/// key id is printed to compare with the unit's paper sheet.
pub fn add_file(
    out: &mut dyn Write,
    keyring_path: &Path,
    file: &Path,
    confirmed: bool,
    lang: Lang,
) -> Result<ExitCode, CliError> {
    let mut keyring = keyring_or_new(keyring_path)?;
    let key =
        KeyRegistration::from_json(&read_text(file)?).map_err(|source| CliError::Registration {
            path: file.to_path_buf(),
            source,
        })?;
    let outcome = register(&mut keyring, &key, confirmed);
    match &outcome {
        AddOutcome::Added => write_keyring(keyring_path, &keyring)?,
        AddOutcome::NeedsConfirmation { .. } if confirmed => write_keyring(keyring_path, &keyring)?,
        AddOutcome::KeyOfAnotherUnit {
            unit_code,
            unit_name,
        } => {
            return Err(CliError::KeyOfAnotherUnit {
                path: file.to_path_buf(),
                key_id: key.key_id,
                unit: keys::unit_label(unit_code, unit_name),
            })
        }
        AddOutcome::NeedsConfirmation { .. } | AddOutcome::AlreadyThere => {}
    }
    keys::print_registration(out, &keyring, &key, &outcome, confirmed, lang)
        .map_err(CliError::Output)?;
    let waiting = matches!(outcome, AddOutcome::NeedsConfirmation { .. }) && !confirmed;
    Ok(if waiting {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// Replaces the keyring file in one step.
fn write_keyring(path: &Path, keyring: &Keyring) -> Result<(), CliError> {
    let text = serde_json::to_string_pretty(keyring).expect("a keyring serialises") + "\n";
    replace_file(path, text.as_bytes()).map_err(|source| CliError::KeyringWrite {
        path: path.to_path_buf(),
        source,
    })
}

pub fn list(out: &mut dyn Write, keyring_path: &Path, lang: Lang) -> Result<ExitCode, CliError> {
    let keyring = load_keyring(keyring_path)?;
    keys::print_list(out, &keyring, lang).map_err(CliError::Output)?;
    Ok(ExitCode::SUCCESS)
}
