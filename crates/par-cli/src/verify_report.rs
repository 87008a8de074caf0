//! What `par verify` prints: one line per file, what the files say together (see
//! [`across_files`]), a note, a summary; and its exit code.

mod across_files;

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use par_core::submission::{hash_prefix, Submission, Verification};
use par_core::Lang;

use crate::error::CliError;
use across_files::AcrossFiles;

/// A file's verification, or why it could not be read.
pub type FileResult = Result<Verification, CliError>;

/// One file as verified, with every name it was given under.
pub struct CheckedFile {
    /// The first name given: the one its line is printed under.
    pub path: PathBuf,
    /// The other names given for the same file, and how each was found to be the same.
    pub also_named: Vec<(PathBuf, SameBy)>,
    pub result: FileResult,
    /// The submission hash (SHA-256 of the canonical payload) of a valid file: printed for the
    /// paper score sheet and named by the next revision's `replaces`.
    pub hash: Option<String>,
}

/// How a name was found to stand for a file already given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SameBy {
    /// The same file on disk (same path once `.`, `..` and links are resolved).
    Path,
    /// Another file with exactly the same text (a byte-order mark aside, as everywhere).
    Content,
    /// Written differently (spacing, key order) but the same payload signed by the same key.
    Submission,
}

/// Where a file stands once verified.
enum Verdict<'a> {
    /// Signed, scores recomputed, and the key is registered for the unit.
    Valid(&'a Verification),
    /// Signed and recomputed, but without a keyring nobody checked who signed: anyone can make a
    /// key and sign a file in a unit's name, so this is not "valid".
    SenderUnverified(&'a Verification),
    /// Checked and found wrong: changed after signing, wrong key, scores differ…
    Failed(&'a Verification),
    /// Could not be read at all.
    Unreadable(&'a CliError),
}

impl Verdict<'_> {
    fn is_failure(&self) -> bool {
        matches!(self, Verdict::Failed(_) | Verdict::Unreadable(_))
    }
}

pub struct Report<'a> {
    lines: Vec<(&'a CheckedFile, Verdict<'a>)>,
    across: AcrossFiles<'a>,
    keyring_used: bool,
}

impl<'a> Report<'a> {
    pub fn new(files: &'a [CheckedFile], keyring_used: bool) -> Self {
        let lines = files
            .iter()
            .map(|file| (file, verdict(&file.result, keyring_used)))
            .collect();
        Report {
            lines,
            across: AcrossFiles::new(files),
            keyring_used,
        }
    }

    fn count(&self, wanted: fn(&Verdict<'_>) -> bool) -> usize {
        self.lines.iter().filter(|(_, v)| wanted(v)).count()
    }

    /// 1 when any file failed, or when files of one unit contradict each other (two different
    /// files of one revision, a revision that replaces a file other than the one present):
    /// either way the office cannot yet say which file to appraise. 0 otherwise. A file whose
    /// sender was not checked (no keyring) has not failed: it is marked `?` and counted apart,
    /// and checking senders is asked for with `--keys`.
    pub fn exit_code(&self) -> ExitCode {
        if self.count(|v| v.is_failure()) == 0 && self.across.problems() == 0 {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        }
    }

    pub fn print(&self, out: &mut dyn Write, lang: Lang) -> io::Result<()> {
        for (file, verdict) in &self.lines {
            let name = file.path.display();
            let hash = file.hash.as_deref();
            match verdict {
                Verdict::Valid(v) => writeln!(out, "✓ {name}: {}", valid_text(v, hash, lang))?,
                Verdict::SenderUnverified(v) => {
                    writeln!(out, "? {name}: {}", unverified_text(v, hash, lang))?
                }
                Verdict::Failed(v) => writeln!(out, "✗ {name}: {}", v.outcome.describe(lang))?,
                Verdict::Unreadable(error) => writeln!(out, "✗ {name}: {error}")?,
            }
        }
        self.across.print(out, lang)?;
        if !self.keyring_used {
            let note = match lang {
                Lang::Vi => "Lưu ý: chưa đối chiếu với khóa đã đăng ký của đơn vị, nên chưa biết tệp có đúng do đơn vị gửi hay không (ai cũng có thể tự tạo khóa để ký). Thêm --keys SỔ-KHÓA.json để xác minh người gửi.",
                Lang::En => "Note: not checked against registered unit keys, so the sender is unknown (anyone can create a key and sign). Add --keys KEYRING.json to verify the sender.",
            };
            writeln!(out, "{note}")?;
        }
        writeln!(out, "{}", self.summary(lang))
    }

    fn summary(&self, lang: Lang) -> String {
        let total = self.lines.len();
        let valid = self.count(|v| matches!(v, Verdict::Valid(_)));
        let unverified = self.count(|v| matches!(v, Verdict::SenderUnverified(_)));
        let failed = self.count(|v| v.is_failure());
        let files = match (lang, self.keyring_used) {
            (Lang::Vi, true) => format!("{total} tệp: {valid} hợp lệ, {failed} không hợp lệ"),
            (Lang::Vi, false) => format!(
                "{total} tệp: {valid} hợp lệ, {unverified} chưa xác minh người gửi, {failed} không hợp lệ"
            ),
            (Lang::En, true) => format!("{total} files: {valid} valid, {failed} failed"),
            (Lang::En, false) => format!(
                "{total} files: {valid} valid, {unverified} sender not verified, {failed} failed"
            ),
        };
        // Said only when there are some, so the usual summary stays as offices know it.
        let problems = match (self.across.problems(), lang) {
            (0, _) => String::new(),
            (n, Lang::Vi) => format!("; {n} vấn đề giữa các tệp"),
            (1, Lang::En) => "; 1 problem across files".to_string(),
            (n, Lang::En) => format!("; {n} problems across files"),
        };
        format!("{files}{problems}.")
    }
}

fn verdict(result: &FileResult, keyring_used: bool) -> Verdict<'_> {
    match result {
        Err(error) => Verdict::Unreadable(error),
        Ok(verification) if !verification.outcome.is_valid() => Verdict::Failed(verification),
        Ok(verification) if keyring_used => Verdict::Valid(verification),
        Ok(verification) => Verdict::SenderUnverified(verification),
    }
}

fn valid_text(verification: &Verification, hash: Option<&str>, lang: Lang) -> String {
    let Some(submission) = &verification.submission else {
        return verification.outcome.describe(lang);
    };
    let details = details(submission, hash, lang);
    match lang {
        Lang::Vi => format!("hợp lệ — {details}"),
        Lang::En => format!("valid — {details}"),
    }
}

fn unverified_text(verification: &Verification, hash: Option<&str>, lang: Lang) -> String {
    let details = verification
        .submission
        .as_ref()
        .map(|submission| format!(" — {}", details(submission, hash, lang)))
        .unwrap_or_default();
    match lang {
        Lang::Vi => format!("chữ ký khớp với khóa trong tệp, điểm tính lại khớp — CHƯA xác minh người gửi (thêm --keys SỔ-KHÓA.json){details}"),
        Lang::En => format!("signature matches the key in the file, recomputed scores match — sender NOT verified (add --keys KEYRING.json){details}"),
    }
}

/// Who sent the file and what it says, to compare with the paper score sheet, which carries the
/// key id and the submission hash.
fn details(submission: &Submission, hash: Option<&str>, lang: Lang) -> String {
    let p = &submission.payload;
    let index = p
        .scores
        .index_percent
        .map(|i| i.format_vi(2))
        .unwrap_or_else(|| "—".into());
    let hash = hash
        .map(|hash| match lang {
            Lang::Vi => format!(", mã băm {}…", hash_prefix(hash)),
            Lang::En => format!(", hash {}…", hash_prefix(hash)),
        })
        .unwrap_or_default();
    match lang {
        Lang::Vi => format!(
            "{} ({}), năm {}, lần {}, khóa {}{hash}, tổng {} điểm, chỉ số {index}%",
            p.unit.name,
            p.unit.code,
            p.period.year,
            p.revision,
            submission.signature.key_id,
            p.scores.total.format_vi(2)
        ),
        Lang::En => format!(
            "{} ({}), year {}, revision {}, key {}{hash}, total {}, index {index}%",
            p.unit.name,
            p.unit.code,
            p.period.year,
            p.revision,
            submission.signature.key_id,
            p.scores.total
        ),
    }
}
