//! What `par keys add` and `par keys list` print.

use std::io::{self, Write};

use par_core::submission::{grouped, AddOutcome, CheckedRegistration, Keyring};
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

/// A unit as named in a sentence: "00004 (UBND xã Tân Lập)".
pub fn unit_label(code: &str, name: &str) -> String {
    if name.is_empty() {
        shown(code)
    } else {
        format!("{} ({})", shown(code), shown(name))
    }
}

/// What `par keys add --file` did with a registration: the key id comes first and large, in
/// groups, to compare with the unit's stamped paper sheet or read over the phone.
pub fn print_registration(
    out: &mut dyn Write,
    keyring: &Keyring,
    key: &CheckedRegistration,
    outcome: &AddOutcome,
    confirmed: bool,
    lang: Lang,
) -> io::Result<()> {
    let unit = unit_label(&key.unit_code, &key.unit_name);
    let key_id = shown(&key.key_id);
    let fill = |text: par_core::Text| {
        text.fill(
            lang,
            &[
                ("unit", &unit),
                ("key", &key_id),
                ("public", &grouped(&key.public_key)),
                ("created", &shown(&key.created_at)),
            ],
        )
    };
    writeln!(out, "{}", fill(text::REGISTRATION))?;
    match outcome {
        AddOutcome::Added => print_added(out, keyring, &key.unit_code, &key.key_id, lang),
        AddOutcome::NeedsConfirmation { .. } if confirmed => {
            print_added(out, keyring, &key.unit_code, &key.key_id, lang)
        }
        AddOutcome::NeedsConfirmation { existing } => {
            let line = text::NEEDS_CONFIRMATION.fill(
                lang,
                &[
                    ("unit", &unit),
                    ("list", &shown(&existing.join(", "))),
                    ("count", &existing.len().to_string()),
                ],
            );
            writeln!(out, "{line}")
        }
        AddOutcome::AlreadyThere => writeln!(out, "{}", fill(text::ALREADY_THERE)),
        // Refused before printing (an error of the command).
        AddOutcome::KeyOfAnotherUnit { .. } => Ok(()),
    }
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
