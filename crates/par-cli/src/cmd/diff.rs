//! `par framework diff OLD NEW`: what changed between two versions of a criteria set, in the
//! words the commune app uses when a draft moves to the new version (par-core's
//! `change_report`, the one list for `par` and the office app), with the before and after of
//! each change.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use par_core::changes::change_report;
use par_core::{Framework, Lang};

use crate::error::CliError;
use crate::read;
use par_core::one_line;

/// Exit 0 whether or not anything changed: the list is the answer.
pub fn diff(out: &mut dyn Write, old: &Path, new: &Path, lang: Lang) -> Result<ExitCode, CliError> {
    let (old, new) = (
        read::load_valid_framework(old)?,
        read::load_valid_framework(new)?,
    );
    print(out, &old, &new, lang).map_err(CliError::Output)?;
    Ok(ExitCode::SUCCESS)
}

fn print(out: &mut dyn Write, old: &Framework, new: &Framework, lang: Lang) -> io::Result<()> {
    let vi = lang == Lang::Vi;
    let name = |set: &Framework| one_line(&format!("{} {}", set.id, set.version)).into_owned();
    let report = change_report(old, new, lang);
    if report.is_empty() {
        return if vi {
            writeln!(
                out,
                "Không có thay đổi giữa {} và {}.",
                name(old),
                name(new)
            )
        } else {
            writeln!(out, "No changes between {} and {}.", name(old), name(new))
        };
    }
    if vi {
        writeln!(
            out,
            "Thay đổi từ {} sang {}: {} tiêu chí thành phần.",
            name(old),
            name(new),
            report.items.len()
        )?;
    } else {
        writeln!(
            out,
            "Changes from {} to {}: {} items.",
            name(old),
            name(new),
            report.items.len()
        )?;
    }
    for line in &report.header {
        writeln!(out, "  {line}")?;
    }
    for line in &report.items {
        writeln!(
            out,
            "  {} {}: {}",
            one_line(&line.code),
            one_line(&line.title),
            line.message
        )?;
        let Some((was, now)) = &line.before_after else {
            continue;
        };
        let (was_label, now_label) = if vi {
            ("trước", "nay")
        } else {
            ("before", "now")
        };
        writeln!(out, "      {was_label}: {}", one_line(was))?;
        writeln!(out, "      {now_label}: {}", one_line(now))?;
    }
    Ok(())
}
