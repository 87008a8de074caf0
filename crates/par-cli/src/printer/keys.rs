//! What `par keys add` and `par keys list` print.

use std::io::{self, Write};

use par_core::submission::Keyring;
use par_core::Lang;

use super::shown;
use crate::texts::keys as text;

pub fn print_added(
    out: &mut dyn Write,
    keyring: &Keyring,
    unit_code: &str,
    key_id: &str,
    lang: Lang,
) -> io::Result<()> {
    let unit = shown(unit_code);
    writeln!(
        out,
        "{}",
        text::ADDED.fill(lang, &[("key", key_id), ("unit", &unit)])
    )?;
    // A second key for a unit is normal (a new computer, a lost key), but the office should know
    // that the old one still verifies.
    let unit_key_ids: Vec<&str> = keyring
        .keys_for(unit_code)
        .map(|k| k.key_id.as_str())
        .collect();
    if unit_key_ids.len() > 1 {
        let line = text::SEVERAL.fill(
            lang,
            &[
                ("unit", &unit),
                ("count", &unit_key_ids.len().to_string()),
                ("list", &shown(&unit_key_ids.join(", "))),
            ],
        );
        writeln!(out, "{line}")?;
    }
    Ok(())
}

pub fn print_list(out: &mut dyn Write, keyring: &Keyring, lang: Lang) -> io::Result<()> {
    if keyring.keys.is_empty() {
        writeln!(out, "{}", text::NONE.get(lang))?;
    }
    for key in &keyring.keys {
        writeln!(
            out,
            "{:<7} {:<21} {}",
            shown(&key.unit_code),
            shown(&key.key_id),
            shown(&key.unit_name)
        )?;
    }
    Ok(())
}
