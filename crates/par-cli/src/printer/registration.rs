//! The lines `par verify` prints for key registration files: genuine or why not, and what the
//! keyring given with `--keys` says of the key.

use std::io::{self, Write};

use par_core::lang::whole_number;
use par_core::submission::AddOutcome;
use par_core::Lang;

use super::{name, shown};
use crate::cmd::verify::registration::RegistrationLine;
use crate::texts::registration as text;

/// Prints one line per file and a summary; true when any file failed.
pub fn print(out: &mut dyn Write, lines: &[RegistrationLine], lang: Lang) -> io::Result<bool> {
    let mut failed = 0u64;
    for line in lines {
        let file = name(&line.path);
        let registered = match &line.result {
            Err(error) => {
                failed += 1;
                writeln!(out, "✗ {file}: {error}")?;
                continue;
            }
            Ok(Err(error)) => {
                failed += 1;
                let reason = error.to_string();
                writeln!(
                    out,
                    "✗ {file}: {}",
                    text::FAILED.fill(lang, &[("reason", &reason)])
                )?;
                continue;
            }
            Ok(Ok(registered)) => registered,
        };
        let key = &registered.key;
        let (unit, code) = (shown(&key.unit_name), shown(&key.unit_code));
        let status = match &registered.in_keyring {
            None => text::NO_KEYRING.get(lang).to_string(),
            Some(AddOutcome::AlreadyThere) => text::IN_KEYRING.get(lang).to_string(),
            Some(AddOutcome::Added) => text::TO_ADD.fill(lang, &[("file", &file)]),
            Some(AddOutcome::NeedsConfirmation { existing }) => text::ROTATION.fill(
                lang,
                &[("existing", &shown(&existing.join(", "))), ("file", &file)],
            ),
            Some(AddOutcome::KeyOfAnotherUnit {
                unit_code,
                unit_name,
            }) => {
                failed += 1;
                let other = [("unit", shown(unit_name)), ("code", shown(unit_code))];
                let other: Vec<(&str, &str)> =
                    other.iter().map(|(k, v)| (*k, v.as_str())).collect();
                writeln!(out, "✗ {file}: {}", text::OTHER_UNIT.fill(lang, &other))?;
                continue;
            }
        };
        let values = [
            ("unit", unit.as_str()),
            ("code", code.as_str()),
            ("key", key.key_id.as_str()),
            ("status", status.as_str()),
        ];
        writeln!(out, "✓ {file}: {}", text::VALID.fill(lang, &values))?;
    }
    let number = |n: u64| whole_number(n, lang);
    let total = lines.len() as u64;
    let summary = text::SUMMARY.fill(
        lang,
        &[
            ("total", &number(total)),
            ("valid", &number(total - failed)),
            ("failed", &number(failed)),
        ],
    );
    writeln!(out, "{summary}")?;
    Ok(failed > 0)
}
