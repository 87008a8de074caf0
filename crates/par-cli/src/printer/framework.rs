//! What `par framework check` prints.

use std::io::{self, Write};
use std::path::Path;

use par_core::{Framework, Lang};

use super::{name, shown};
use crate::texts::framework as text;

pub fn print_valid(out: &mut dyn Write, set: &Framework, lang: Lang) -> io::Result<()> {
    let max = set.max_points().format_points(lang);
    let line = text::VALID.fill(
        lang,
        &[
            ("title", &shown(&set.title)),
            ("version", &shown(&set.version)),
            ("fields", &set.fields.len().to_string()),
            ("criteria", &set.criteria_count().to_string()),
            ("leaves", &set.leaves().count().to_string()),
            ("max", &max),
        ],
    );
    writeln!(out, "{line}")
}

pub fn print_problems(
    out: &mut dyn Write,
    path: &Path,
    problems: &[String],
    lang: Lang,
) -> io::Result<()> {
    let count = problems.len().to_string();
    let heading = text::PROBLEMS.fill(lang, &[("file", &name(path)), ("count", &count)]);
    writeln!(out, "{heading}")?;
    for problem in problems {
        writeln!(out, "  - {}", shown(problem))?;
    }
    Ok(())
}
