//! The lines `par verify` prints for the appraisal round's files: the kind of each file, then
//! valid (✓), genuine but not every check possible in this run (?), or why it failed (✗).

use std::io::{self, Write};

use par_core::lang::whole_number;
use par_core::submission::hash_prefix;
use par_core::Lang;

use super::{name, shown};
use crate::cmd::verify::round::RoundLine;
use crate::texts::round as text;

/// Prints one line per file and a summary; true when any file failed.
pub fn print(out: &mut dyn Write, lines: &[RoundLine], lang: Lang) -> io::Result<bool> {
    let (mut valid, mut partly, mut failed) = (0u64, 0u64, 0u64);
    for line in lines {
        let file_name = name(&line.path);
        let result = match &line.result {
            Err(error) => {
                failed += 1;
                writeln!(out, "✗ {file_name}: {error}")?;
                continue;
            }
            Ok(result) => result,
        };
        let kind = match result.round {
            Some(round) => text::ROUND.fill(
                lang,
                &[
                    ("kind", line.kind.name(lang)),
                    ("round", &round.to_string()),
                ],
            ),
            None => line.kind.name(lang).to_string(),
        };
        if !result.outcome.is_valid() {
            failed += 1;
            let reason = result.outcome.describe(lang);
            let text = text::FAILED.fill(lang, &[("kind", &kind), ("reason", &reason)]);
            writeln!(out, "✗ {file_name}: {text}")?;
            continue;
        }
        let (mark, template) = if result.fully_checked {
            valid += 1;
            ("✓", text::VALID)
        } else {
            partly += 1;
            ("?", text::PARTLY_CHECKED)
        };
        let link = result.link.as_ref().expect("a valid file has its link");
        let hash = hash_prefix(result.hash.as_deref().unwrap_or_default());
        let values = [
            ("kind", kind),
            ("unit", shown(&link.unit.name)),
            ("code", shown(&link.unit.code)),
            ("year", link.period.year.to_string()),
            ("hash", hash),
        ];
        let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
        writeln!(out, "{mark} {file_name}: {}", template.fill(lang, &values))?;
    }
    let number = |n: u64| whole_number(n, lang);
    let total = number(valid + partly + failed);
    let (valid, partly, failed_text) = (number(valid), number(partly), number(failed));
    let summary = text::SUMMARY.fill(
        lang,
        &[
            ("total", &total),
            ("valid", &valid),
            ("partly", &partly),
            ("failed", &failed_text),
        ],
    );
    writeln!(out, "{summary}")?;
    Ok(failed > 0)
}
