//! `par keys add` / `par keys list`: the office's register of unit public keys.

use std::path::Path;
use std::process::ExitCode;

use par_core::Lang;

use crate::error::CliError;
use crate::files::keyring_or_new;

pub fn add(
    keyring_path: &Path,
    unit_code: &str,
    unit_name: &str,
    public_key: &str,
    lang: Lang,
) -> Result<ExitCode, CliError> {
    let mut keyring = keyring_or_new(keyring_path)?;
    let key_id = keyring
        .add(unit_code, unit_name, public_key)
        .map_err(|source| CliError::Keyring { source })?;
    let text = serde_json::to_string_pretty(&keyring).expect("a keyring serialises") + "\n";
    std::fs::write(keyring_path, text).map_err(|source| CliError::Write {
        path: keyring_path.to_path_buf(),
        source,
    })?;
    match lang {
        Lang::Vi => println!("Đã đăng ký khóa {key_id} cho đơn vị {unit_code}. Hãy đối chiếu mã khóa này với mã in trên bảng điểm của đơn vị."),
        Lang::En => println!("Registered key {key_id} for unit {unit_code}. Compare this key id with the one printed on the unit's score sheet."),
    }
    Ok(ExitCode::SUCCESS)
}

pub fn list(keyring_path: &Path, lang: Lang) -> Result<ExitCode, CliError> {
    let keyring = crate::files::load_keyring(keyring_path)?;
    if keyring.keys.is_empty() {
        println!(
            "{}",
            if lang == Lang::Vi {
                "Chưa có khóa nào."
            } else {
                "No keys yet."
            }
        );
    }
    for key in &keyring.keys {
        println!("{:<7} {:<21} {}", key.unit_code, key.key_id, key.unit_name);
    }
    Ok(ExitCode::SUCCESS)
}
