//! The appraisal round's files in `par verify`: appraisals, explanations and final results are
//! set apart from the submissions (told by their format tag), then verified against what the
//! same batch holds — the submission each names (re-read to recompute its scores), the
//! appraisal an explanation or final result names, the unit's registered keys, the office keys
//! the criteria set names or `--office-key` gives.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use par_core::appraisal::{
    verify_appraisal, verify_explanation, verify_final, Appraisal, Explanation, FileKind,
    FinalResult, KnownAppraisal, KnownSubmission, OfficeTrust, RoundContext, RoundOutcome,
    SubmissionLink,
};
use par_core::office::BatchFile;
use par_core::submission::{verify, Keyring, KnownFramework, Submission, VerifyContext};

use super::same_file::{Checked, DistinctPath};
use crate::error::CliError;
use crate::read;

/// One round file as reported.
pub struct RoundLine {
    pub path: PathBuf,
    pub kind: FileKind,
    pub result: Result<RoundResult, CliError>,
}

pub struct RoundResult {
    pub outcome: RoundOutcome,
    pub link: Option<SubmissionLink>,
    pub hash: Option<String>,
    /// Appraisal round: 1, or 2 for the final round.
    pub round: Option<u32>,
    /// Every check made: the signer judged and the submission found in the batch.
    pub fully_checked: bool,
}

/// Splits the batch: the round files (their paths and kinds) leave it; copies of them too.
pub fn set_apart(
    distinct: Vec<DistinctPath>,
    checked: Vec<Checked>,
) -> (Vec<DistinctPath>, Vec<Checked>, Vec<(PathBuf, FileKind)>) {
    let kind_of = |entry: &Checked| match entry {
        Checked::Verified(received) => match &received.outcome {
            par_core::submission::Outcome::UnknownFormat { format } => {
                FileKind::of_format(format).filter(|k| *k != FileKind::Submission)
            }
            _ => None,
        },
        _ => None,
    };
    let kinds: Vec<Option<FileKind>> = checked.iter().map(kind_of).collect();
    let mut new_index = Vec::with_capacity(kinds.len());
    let mut kept = 0;
    for kind in &kinds {
        new_index.push(kept);
        kept += usize::from(kind.is_none());
    }
    let (mut paths, mut entries, mut round) = (Vec::new(), Vec::new(), Vec::new());
    for ((distinct, entry), index) in distinct.into_iter().zip(checked).zip(0..) {
        let kind = match &entry {
            Checked::CopyOf { of } => kinds[*of],
            _ => kinds[index],
        };
        match (kind, entry) {
            (Some(kind), _) => round.push((distinct.path, kind)),
            (None, Checked::CopyOf { of }) => {
                paths.push(distinct);
                entries.push(Checked::CopyOf { of: new_index[of] });
            }
            (None, entry) => {
                paths.push(distinct);
                entries.push(entry);
            }
        }
    }
    (paths, entries, round)
}

/// What round files are checked against.
pub struct Batch<'a> {
    pub frameworks: &'a [KnownFramework],
    pub keyring: Option<&'a Keyring>,
    pub office_keys: &'a [String],
    pub submissions: Submissions,
}

/// The valid submissions of the batch.
#[derive(Default)]
pub struct Submissions {
    pub by_hash: HashMap<String, PathBuf>,
    /// Each unit's latest revision (its hash): a round file naming a submission not in the
    /// batch is checked against it, so an appraisal for another submission of a unit whose
    /// submission is here is refused as such rather than left unchecked.
    pub latest_of_unit: HashMap<String, String>,
}

/// Verifies the round files: appraisals first, so explanations and final results find theirs.
pub fn verify_round(files: &[(PathBuf, FileKind)], batch: &Batch<'_>) -> Vec<RoundLine> {
    let mut appraisals: HashMap<String, Appraisal> = HashMap::new();
    let mut lines: Vec<(usize, RoundLine)> = Vec::new();
    let mut order: Vec<usize> = (0..files.len()).collect();
    order.sort_by_key(|&i| files[i].1 != FileKind::Appraisal);
    for index in order {
        let (path, kind) = &files[index];
        let result = read::read_text(path).map(|text| check(&text, *kind, batch, &mut appraisals));
        lines.push((
            index,
            RoundLine {
                path: path.clone(),
                kind: *kind,
                result,
            },
        ));
    }
    lines.sort_by_key(|(index, _)| *index);
    lines.into_iter().map(|(_, line)| line).collect()
}

fn check(
    text: &str,
    kind: FileKind,
    batch: &Batch<'_>,
    appraisals: &mut HashMap<String, Appraisal>,
) -> RoundResult {
    // The links are read from the file first (once), to find what to check it against.
    let (link, named_appraisal) = match kind {
        FileKind::Appraisal => (
            Appraisal::open(text)
                .ok()
                .map(|(f, _)| f.payload.submission),
            None,
        ),
        FileKind::Explanation => Explanation::open(text)
            .ok()
            .map(|(f, _)| (Some(f.payload.submission), Some(f.payload.appraisal)))
            .unwrap_or_default(),
        _ => FinalResult::open(text)
            .ok()
            .map(|(f, _)| (Some(f.payload.submission), Some(f.payload.appraisal)))
            .unwrap_or_default(),
    };
    let known = link.as_ref().and_then(|l| {
        batch
            .frameworks
            .iter()
            .find(|k| k.sha256 == l.framework.sha256)
    });
    let submission = link.as_ref().and_then(|l| {
        let hash = match batch.submissions.by_hash.contains_key(&l.sha256) {
            true => Some(&l.sha256),
            false => batch.submissions.latest_of_unit.get(&l.unit.code),
        };
        load_submission(batch, hash?)
    });
    let trust = office_trust(known, batch.office_keys);
    let unit_keys: Option<Vec<String>> = link
        .as_ref()
        .and_then(|l| unit_keys(batch.keyring, &l.unit.code, submission.as_ref()));
    let appraisal = named_appraisal
        .as_ref()
        .and_then(|h| appraisals.get(h).map(|a| (a, h)));
    let context = RoundContext {
        trust: trust.as_ref(),
        framework: known.map(|k| &k.framework),
        submission: submission.as_ref().map(|(s, hash)| KnownSubmission {
            payload: &s.payload,
            hash,
        }),
        appraisal: appraisal.map(|(a, hash)| KnownAppraisal {
            payload: &a.payload,
            hash,
        }),
        unit_keys: unit_keys.as_deref(),
    };
    let complete =
        |signer: bool| signer && context.submission.is_some() && context.framework.is_some();
    let result = match kind {
        FileKind::Appraisal => {
            let checked = verify_appraisal(text, context);
            let round = checked.file.as_ref().map(|f| match f.payload.round {
                par_core::appraisal::Round::First => 1,
                par_core::appraisal::Round::Final => 2,
            });
            let result = RoundResult {
                fully_checked: complete(checked.signer_checked),
                outcome: checked.outcome,
                link: checked.file.as_ref().map(|f| f.payload.submission.clone()),
                hash: checked.hash.clone(),
                round,
            };
            if let (true, Some(file), Some(hash)) =
                (result.outcome.is_valid(), checked.file, checked.hash)
            {
                appraisals.insert(hash, file);
            }
            result
        }
        FileKind::Explanation => {
            let checked = verify_explanation(text, context);
            RoundResult {
                fully_checked: checked.signer_checked && context.appraisal.is_some(),
                outcome: checked.outcome,
                link: checked.file.map(|f| f.payload.submission),
                hash: checked.hash,
                round: None,
            }
        }
        _ => {
            let checked = verify_final(text, context);
            RoundResult {
                fully_checked: complete(checked.signer_checked),
                outcome: checked.outcome,
                link: checked.file.map(|f| f.payload.submission),
                hash: checked.hash,
                round: None,
            }
        }
    };
    result
}

/// The office keys accepted: those the set names, else those given with `--office-key`; none
/// at all leaves the office key unjudged (the line says so).
fn office_trust(known: Option<&KnownFramework>, office_keys: &[String]) -> Option<OfficeTrust> {
    let from_set = known
        .map(|k| k.framework.appraiser_key_ids.clone())
        .unwrap_or_default();
    (!from_set.is_empty() || !office_keys.is_empty()).then(|| OfficeTrust {
        from_set,
        confirmed: office_keys.to_vec(),
    })
}

/// The unit's registered keys and the key that signed its submission; unknown without either.
fn unit_keys(
    keyring: Option<&Keyring>,
    unit_code: &str,
    submission: Option<&(Submission, String)>,
) -> Option<Vec<String>> {
    let mut keys: Vec<String> = keyring
        .map(|k| {
            k.keys_for(unit_code)
                .map(|k| k.public_key.clone())
                .collect()
        })
        .unwrap_or_default();
    keys.extend(submission.map(|(s, _)| s.signature.public_key.clone()));
    (keyring.is_some() || !keys.is_empty()).then_some(keys)
}

/// The valid submission of the batch with this hash, read again (the batch kept only a summary).
fn load_submission(batch: &Batch<'_>, hash: &str) -> Option<(Submission, String)> {
    let path: &Path = batch.submissions.by_hash.get(hash)?;
    let text = read::read_text(path).ok()?;
    let context = VerifyContext {
        keyring: batch.keyring,
        frameworks: batch.frameworks,
    };
    let checked = verify(&text, context);
    checked.outcome.is_valid().then_some(())?;
    Some((checked.submission?, checked.hash?))
}

/// The valid submissions of a verified batch: by hash, and each unit's latest by unit code.
pub fn submissions_of(files: &[BatchFile<PathBuf, CliError>]) -> Submissions {
    let mut submissions = Submissions::default();
    let mut latest: HashMap<String, (u32, String)> = HashMap::new();
    for file in files {
        let Ok(received) = &file.result else { continue };
        let Some(summary) = received
            .summary
            .as_ref()
            .filter(|_| received.outcome.is_valid())
        else {
            continue;
        };
        submissions
            .by_hash
            .insert(summary.hash.clone(), file.id.clone());
        let entry = latest
            .entry(summary.unit_code.clone())
            .or_insert((0, String::new()));
        if summary.revision > entry.0 {
            *entry = (summary.revision, summary.hash.clone());
        }
    }
    submissions.latest_of_unit = latest
        .into_iter()
        .map(|(unit, (_, hash))| (unit, hash))
        .collect();
    submissions
}
