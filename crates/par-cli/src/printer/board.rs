//! What `par rank` prints about who submitted: the counts against the units list, then one
//! line for every unit the office must act on (refused, contradicting files, missing, not on
//! the list) and every file that names no unit. Valid units appear in the ranking below.

use std::io::{self, Write};
use std::path::PathBuf;

use par_core::lang::whole_number;
use par_core::office::{Board, BoardRow, UnitStatus};
use par_core::Lang;

use super::verify::File;
use super::{name, shown};
use crate::texts::rank as text;

pub fn print(
    out: &mut dyn Write,
    board: &Board<'_, PathBuf>,
    files: &[File],
    with_list: bool,
    lang: Lang,
) -> io::Result<()> {
    let number = |n: usize| whole_number(n as u64, lang);
    if with_list {
        let counts = board.counts();
        let line = text::BOARD_HEADING.fill(
            lang,
            &[
                ("expected", &number(counts.expected)),
                ("valid", &number(counts.valid)),
                ("refused", &number(counts.refused)),
                ("missing", &number(counts.missing)),
                ("conflicting", &number(counts.conflicting)),
                ("unlisted", &number(counts.not_on_list)),
            ],
        );
        writeln!(out, "{line}:")?;
    } else {
        let units = number(board.not_on_list.len());
        writeln!(
            out,
            "{}",
            text::BOARD_HEADING_NO_LIST.fill(lang, &[("units", &units)])
        )?;
    }
    for row in &board.expected {
        unit_lines(out, row, lang)?;
    }
    for row in &board.not_on_list {
        if with_list {
            let status = match row.status {
                UnitStatus::Valid { .. } => text::STATUS_VALID,
                UnitStatus::Conflicting { .. } => text::STATUS_CONFLICTING,
                UnitStatus::Refused | UnitStatus::Missing => text::STATUS_REFUSED,
            };
            let line = text::NOT_ON_LIST.fill(
                lang,
                &[
                    ("code", &shown(row.code)),
                    ("name", &shown(row.name)),
                    ("status", status.get(lang)),
                ],
            );
            writeln!(out, "{line}")?;
        }
        unit_lines(out, row, lang)?;
    }
    for id in &board.unattributed {
        let Some(file) = files.iter().find(|f| &&f.id == id) else {
            continue;
        };
        let reason = match &file.result {
            Ok(received) => received.outcome.describe(lang),
            Err(error) => error.to_string(),
        };
        let line = text::UNATTRIBUTED.fill(lang, &[("file", &name(id)), ("reason", &reason)]);
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// The lines of one unit the office must act on; none for a valid unit with nothing refused.
fn unit_lines(out: &mut dyn Write, row: &BoardRow<'_, PathBuf>, lang: Lang) -> io::Result<()> {
    let code = shown(row.code);
    let unit_name = shown(row.name);
    let unit = [("code", code.as_str()), ("name", unit_name.as_str())];
    match &row.status {
        UnitStatus::Valid { .. } if row.refused.is_empty() => return Ok(()),
        UnitStatus::Valid { .. } => writeln!(out, "{}", text::EARLIER_REFUSED.fill(lang, &unit))?,
        UnitStatus::Refused => writeln!(out, "{}", text::REFUSED.fill(lang, &unit))?,
        UnitStatus::Missing => writeln!(out, "{}", text::MISSING.fill(lang, &unit))?,
        UnitStatus::Conflicting { revision, files } => {
            let names: Vec<String> = files.iter().map(|f| name(f)).collect();
            let revision = revision.to_string();
            let files = names.join(", ");
            let values = [
                unit[0],
                unit[1],
                ("revision", revision.as_str()),
                ("files", files.as_str()),
            ];
            writeln!(out, "{}", text::CONFLICTING.fill(lang, &values))?;
        }
    }
    for (file, outcome) in &row.refused {
        let line = text::REFUSED_FILE.fill(
            lang,
            &[("file", &name(file)), ("reason", &outcome.describe(lang))],
        );
        writeln!(out, "{line}")?;
    }
    Ok(())
}
