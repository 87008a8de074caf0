//! `par keys add` / `par keys list`: the office's register of unit public keys.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use par_core::Lang;

use crate::error::CliError;
use crate::printer::keys;
use crate::read::{keyring_or_new, load_keyring};
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
    let text = serde_json::to_string_pretty(&keyring).expect("a keyring serialises") + "\n";
    replace_file(keyring_path, text.as_bytes()).map_err(|source| CliError::KeyringWrite {
        path: keyring_path.to_path_buf(),
        source,
    })?;
    keys::print_added(out, &keyring, new_key.unit_code, &key_id, lang).map_err(CliError::Output)?;
    Ok(ExitCode::SUCCESS)
}

pub fn list(out: &mut dyn Write, keyring_path: &Path, lang: Lang) -> Result<ExitCode, CliError> {
    let keyring = load_keyring(keyring_path)?;
    keys::print_list(out, &keyring, lang).map_err(CliError::Output)?;
    Ok(ExitCode::SUCCESS)
}
