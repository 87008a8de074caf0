//! What the files say together, printed after the per-file lines: which names are the same
//! file, and for each unit and year its revisions, the one to appraise (the latest) and whether
//! the chain of revisions holds (par-core's `office`). A file's own verdict never changes here.

use std::io::{self, Write};
use std::ops::RangeInclusive;
use std::path::PathBuf;

use par_core::office::{AcrossFiles, SameBy, UnitRevisions};
use par_core::Lang;

use super::verify::File;
use super::{count_word, name, shown};
use crate::texts::across as text;

pub fn print(
    out: &mut dyn Write,
    files: &[File],
    across: &AcrossFiles<'_, PathBuf>,
    lang: Lang,
) -> io::Result<()> {
    let same_file: Vec<&File> = files.iter().filter(|f| !f.also.is_empty()).collect();
    if same_file.is_empty() && across.units.is_empty() {
        return Ok(());
    }
    writeln!(out, "{}", text::HEADING.get(lang))?;
    for file in same_file {
        print_same_file(out, file, lang)?;
    }
    for unit in &across.units {
        print_unit(out, unit, lang)?;
    }
    Ok(())
}

fn print_same_file(out: &mut dyn Write, file: &File, lang: Lang) -> io::Result<()> {
    let mut names = name(&file.id);
    for (other, sameness) in &file.also {
        let reason = match sameness {
            SameBy::SameFile => text::SAME_PATH,
            SameBy::Content => text::SAME_CONTENT,
            SameBy::Submission => text::SAME_SUBMISSION,
        };
        names.push_str(&format!(" = {} ({})", name(other), reason.get(lang)));
    }
    writeln!(out, "{}", text::SAME_FILE.fill(lang, &[("names", &names)]))
}

fn print_unit(
    out: &mut dyn Write,
    unit: &UnitRevisions<'_, PathBuf>,
    lang: Lang,
) -> io::Result<()> {
    let latest = unit.latest_revision().to_string();
    let appraise = match unit.to_appraise() {
        Some(file) => {
            text::TO_APPRAISE.fill(lang, &[("revision", &latest), ("file", &name(file.id))])
        }
        None => text::LATEST_UNCLEAR.fill(lang, &[("revision", &latest)]),
    };
    let code = shown(unit.code);
    writeln!(
        out,
        "{}",
        text::UNIT.fill(
            lang,
            &[
                ("code", &code),
                ("name", &shown(unit.name)),
                ("year", &unit.year.to_string()),
                ("appraise", &appraise),
            ]
        )
    )?;
    if unit.files.len() > 1 {
        for file in &unit.files {
            let revision = file.revision.to_string();
            let line = text::REVISION_LINE
                .fill(lang, &[("revision", &revision), ("file", &name(file.id))]);
            writeln!(out, "{line}")?;
        }
    }
    for (revision, ids) in unit.conflicts() {
        let line = text::CONFLICT.fill(
            lang,
            &[
                ("code", &code),
                ("count", &count_word(ids.len(), lang)),
                ("revision", &revision.to_string()),
                ("files", &names(&ids)),
            ],
        );
        writeln!(out, "{line}")?;
    }
    for (file, previous) in unit.broken_links() {
        let line = text::BROKEN_LINK.fill(
            lang,
            &[
                ("revision", &file.revision.to_string()),
                ("file", &name(file.id)),
                ("previous", &(file.revision - 1).to_string()),
                ("files", &names(&previous)),
            ],
        );
        writeln!(out, "{line}")?;
    }
    let missing = unit.missing();
    if !missing.is_empty() {
        let revisions: Vec<String> = missing.iter().map(range_text).collect();
        let line = text::MISSING.fill(lang, &[("revisions", &revisions.join(", "))]);
        writeln!(out, "{line}")?;
    }
    Ok(())
}

fn names(ids: &[&PathBuf]) -> String {
    ids.iter().map(|id| name(id)).collect::<Vec<_>>().join(", ")
}

/// "3" or "1–4": a range of revisions is said by its ends, however many it holds.
fn range_text(range: &RangeInclusive<u32>) -> String {
    if range.start() == range.end() {
        range.start().to_string()
    } else {
        format!("{}–{}", range.start(), range.end())
    }
}
