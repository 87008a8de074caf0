//! `par keys add` / `par keys list`: the office's register of unit public keys.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use par_core::submission::Keyring;
use par_core::Lang;

use crate::error::CliError;
use crate::files::{keyring_or_new, load_keyring};
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
    report_added(out, &keyring, new_key.unit_code, &key_id, lang).map_err(CliError::Output)?;
    Ok(ExitCode::SUCCESS)
}

fn report_added(
    out: &mut dyn Write,
    keyring: &Keyring,
    unit_code: &str,
    key_id: &str,
    lang: Lang,
) -> io::Result<()> {
    match lang {
        Lang::Vi => writeln!(out, "Đã đăng ký khóa {key_id} cho đơn vị {unit_code}. Hãy đối chiếu mã khóa này với mã in trên bảng điểm của đơn vị.")?,
        Lang::En => writeln!(out, "Registered key {key_id} for unit {unit_code}. Compare this key id with the one printed on the unit's score sheet.")?,
    }
    // A second key for a unit is normal (a new computer, a lost key), but the office should know
    // that the old one still verifies.
    let unit_key_ids: Vec<&str> = keyring
        .keys_for(unit_code)
        .map(|k| k.key_id.as_str())
        .collect();
    if unit_key_ids.len() > 1 {
        let list = unit_key_ids.join(", ");
        match lang {
            Lang::Vi => writeln!(out, "Đơn vị {unit_code} nay có {} khóa ({list}); hồ sơ ký bằng khóa nào trong số đó cũng được chấp nhận. Nếu khóa cũ bị mất hoặc lộ, hãy xóa mục của nó khỏi sổ khóa.", unit_key_ids.len())?,
            Lang::En => writeln!(out, "Unit {unit_code} now has {} keys ({list}); submissions signed with any of them are accepted. If an old key was lost or leaked, delete its entry from the keyring.", unit_key_ids.len())?,
        }
    }
    Ok(())
}

pub fn list(out: &mut dyn Write, keyring_path: &Path, lang: Lang) -> Result<ExitCode, CliError> {
    let keyring = load_keyring(keyring_path)?;
    print_list(out, &keyring, lang).map_err(CliError::Output)?;
    Ok(ExitCode::SUCCESS)
}

fn print_list(out: &mut dyn Write, keyring: &Keyring, lang: Lang) -> io::Result<()> {
    if keyring.keys.is_empty() {
        let none = match lang {
            Lang::Vi => "Chưa có khóa nào.",
            Lang::En => "No keys yet.",
        };
        writeln!(out, "{none}")?;
    }
    for key in &keyring.keys {
        writeln!(
            out,
            "{:<7} {:<21} {}",
            key.unit_code, key.key_id, key.unit_name
        )?;
    }
    Ok(())
}
