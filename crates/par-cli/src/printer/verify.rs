//! What `par verify` prints: one line per file, what the files say together (see
//! [`super::across`]), a note, a summary; and its exit code.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use par_core::export_check::warnings_line;
use par_core::lang::whole_number;
use par_core::office::{AcrossFiles, BatchFile, Counts, Received, SubmissionSummary, Verdict};
use par_core::submission::hash_prefix;
use par_core::Lang;

use super::{across, name, shown};
use crate::error::CliError;
use crate::texts::verify as text;

pub type File = BatchFile<PathBuf, CliError>;

pub struct Report<'a> {
    lines: Vec<(&'a File, Verdict)>,
    files: &'a [File],
    across: AcrossFiles<'a, PathBuf>,
    keyring_used: bool,
}

impl<'a> Report<'a> {
    pub fn new(files: &'a [File], keyring_used: bool) -> Self {
        let lines = files
            .iter()
            .map(|file| (file, Verdict::of(&file.result, keyring_used)))
            .collect();
        Report {
            lines,
            files,
            across: AcrossFiles::new(files),
            keyring_used,
        }
    }

    fn counts(&self) -> Counts {
        Counts::of(self.lines.iter().map(|(_, verdict)| *verdict))
    }

    /// 1 when any file failed, or when files of one unit contradict each other (two different
    /// files of one revision, a revision that replaces a file other than the one present):
    /// either way the office cannot yet say which file to appraise. 0 otherwise. A file whose
    /// sender was not checked (no keyring) has not failed: it is marked `?` and counted apart,
    /// and checking senders is asked for with `--keys`.
    pub fn exit_code(&self) -> ExitCode {
        if self.counts().failed == 0 && self.across.problems() == 0 {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        }
    }

    pub fn print(&self, out: &mut dyn Write, lang: Lang) -> io::Result<()> {
        for (file, verdict) in &self.lines {
            let file_name = name(&file.id);
            match (&file.result, verdict) {
                (Err(error), _) => writeln!(out, "✗ {file_name}: {error}")?,
                (Ok(received), Verdict::Valid) => writeln!(
                    out,
                    "✓ {file_name}: {}",
                    text::VALID.fill(lang, &[("details", &details(received, lang))])
                )?,
                (Ok(received), Verdict::SenderUnverified) => writeln!(
                    out,
                    "? {file_name}: {}",
                    text::SENDER_UNVERIFIED.fill(
                        lang,
                        &[("details", &format!(" — {}", details(received, lang)))]
                    )
                )?,
                (Ok(received), _) => {
                    writeln!(out, "✗ {file_name}: {}", received.outcome.describe(lang))?
                }
            }
        }
        across::print(out, self.files, &self.across, lang)?;
        if !self.keyring_used {
            writeln!(out, "{}", text::NO_KEYRING_NOTE.get(lang))?;
        }
        writeln!(out, "{}", self.summary(lang))
    }

    fn summary(&self, lang: Lang) -> String {
        let counts = self.counts();
        let number = |n: usize| whole_number(n as u64, lang);
        let values = [
            ("total", number(counts.total)),
            ("valid", number(counts.valid)),
            ("unverified", number(counts.sender_unverified)),
            ("failed", number(counts.failed)),
        ];
        let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let files = if self.keyring_used {
            text::SUMMARY_WITH_KEYS.fill(lang, &values)
        } else {
            text::SUMMARY_WITHOUT_KEYS.fill(lang, &values)
        };
        // Said only when there are some, so the usual summary stays as offices know it.
        let problems = match self.across.problems() {
            0 => String::new(),
            1 => text::PROBLEM_ACROSS.get(lang).to_string(),
            n => text::PROBLEMS_ACROSS.fill(lang, &[("count", &number(n))]),
        };
        format!("{files}{problems}.")
    }
}

/// Who sent the file and what it says, to compare with the paper score sheet, which carries the
/// key id and the submission hash; and what the appraiser should look at.
fn details(received: &Received, lang: Lang) -> String {
    let Some(summary) = received.verified() else {
        return String::new();
    };
    let SubmissionSummary {
        unit_code,
        unit_name,
        year,
        revision,
        hash,
        key_id,
        total,
        index_percent,
        ..
    } = summary;
    let number = |value: par_core::Decimal| value.format_points(lang);
    let index = index_percent.map_or_else(|| "—".into(), number);
    let total = number(*total);
    let hash = text::HASH.fill(lang, &[("hash", &hash_prefix(hash))]);
    let mut line = text::DETAILS.fill(
        lang,
        &[
            ("name", &shown(unit_name)),
            ("code", &shown(unit_code)),
            ("year", &year.to_string()),
            ("revision", &revision.to_string()),
            ("key", &shown(key_id)),
            ("hash", &hash),
            ("total", &total),
            ("index", &index),
        ],
    );
    if !received.warnings.is_empty() {
        let warnings = warnings_line(&received.warnings, lang);
        line.push_str(&text::WARNINGS.fill(lang, &[("warnings", &warnings)]));
    }
    line
}
