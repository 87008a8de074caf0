//! The office's board: for each unit the province expects, whether it has sent a file that
//! verified, sent only files that were refused (and why), or sent nothing yet; and the units
//! that sent files but are not on the list (a typing mistake in a code, or a list out of date).
//!
//! Built on [`AcrossFiles`]: the file to appraise is the latest verified revision, so a unit
//! with an older refused file and a newer valid one is valid, and a unit whose latest revision
//! has two different files is shown as such rather than silently picking one.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::revisions::AcrossFiles;
use super::{BatchFile, SubmissionSummary};
use crate::submission::Outcome;

/// A unit the province expects a file from: from the units list (par-sheet reads it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpectedUnit {
    /// Mã đơn vị hành chính, 5 digits.
    pub code: String,
    pub name: String,
}

/// Where one unit stands.
#[derive(Debug)]
pub enum UnitStatus<'a, Id> {
    /// A verified file to appraise.
    Valid {
        file: &'a Id,
        summary: &'a SubmissionSummary,
    },
    /// Verified files, but the latest revision has several different ones: ask the unit which
    /// is its submission.
    Conflicting { revision: u32, files: Vec<&'a Id> },
    /// Files that name this unit were sent, but none verified: each with its reason.
    Refused,
    /// Nothing received.
    Missing,
}

/// Refused files, each with why.
type RefusedFiles<'a, Id> = Vec<(&'a Id, &'a Outcome)>;

/// One line of the board.
#[derive(Debug)]
pub struct BoardRow<'a, Id> {
    pub code: &'a str,
    /// The list's name for an expected unit, else the name in the latest file.
    pub name: &'a str,
    pub status: UnitStatus<'a, Id>,
    /// Refused files naming this unit, even when a valid one exists (so staff can say what was
    /// wrong with the earlier file). What a refused file claims is not proven.
    pub refused: RefusedFiles<'a, Id>,
}

/// The board of a batch of files against the expected units.
#[derive(Debug)]
pub struct Board<'a, Id> {
    /// Every expected unit, in the list's order.
    pub expected: Vec<BoardRow<'a, Id>>,
    /// Units that sent files but are not on the list, by code.
    pub not_on_list: Vec<BoardRow<'a, Id>>,
    /// Files that could not be read as a submission at all (not JSON, another kind of file,
    /// unreadable): they name no unit.
    pub unattributed: Vec<&'a Id>,
}

/// How many units stand where.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BoardCounts {
    pub expected: usize,
    pub valid: usize,
    pub conflicting: usize,
    pub refused: usize,
    pub missing: usize,
    pub not_on_list: usize,
}

impl<'a, Id: Ord> Board<'a, Id> {
    /// The board of `files` (verified and merged) against `expected`.
    pub fn new<E>(files: &'a [BatchFile<Id, E>], expected: &'a [ExpectedUnit]) -> Self {
        let across = AcrossFiles::new(files);
        let summaries: BTreeMap<&'a Id, &'a SubmissionSummary> = files
            .iter()
            .filter_map(|f| Some((&f.id, f.verified()?)))
            .collect();
        let mut status: HashMap<&'a str, (UnitStatus<'a, Id>, &'a str)> = HashMap::new();
        for unit in &across.units {
            // A unit with files for several years: the latest year is the one on the board.
            let entry = match unit.to_appraise() {
                Some(latest) => UnitStatus::Valid {
                    file: latest.id,
                    summary: summaries[latest.id],
                },
                None => UnitStatus::Conflicting {
                    revision: unit.latest_revision(),
                    files: unit
                        .at(unit.latest_revision())
                        .iter()
                        .map(|f| f.id)
                        .collect(),
                },
            };
            status.insert(unit.code, (entry, unit.name));
        }
        // For each code named by refused files: those files, and the name the first one gives.
        let mut refused: BTreeMap<&'a str, (RefusedFiles<'a, Id>, &'a str)> = BTreeMap::new();
        let mut unattributed = Vec::new();
        for file in files {
            match &file.result {
                Ok(received) if !received.outcome.is_valid() => match &received.claimed {
                    Some(claimed) => {
                        let slot = refused
                            .entry(claimed.code.as_str())
                            .or_insert((Vec::new(), claimed.name.as_str()));
                        slot.0.push((&file.id, &received.outcome));
                    }
                    None => unattributed.push(&file.id),
                },
                Ok(_) => {}
                Err(_) => unattributed.push(&file.id),
            }
        }
        let listed: HashSet<&str> = expected.iter().map(|u| u.code.as_str()).collect();
        let mut others: Vec<&'a str> = status.keys().copied().collect();
        others.extend(refused.keys().copied());
        others.retain(|code| !listed.contains(code));
        others.sort_unstable();
        others.dedup();
        let mut row = |code: &'a str, name: Option<&'a str>| {
            let (files_refused, refused_name) = refused.remove(code).unwrap_or_default();
            let (status, file_name) = match status.remove(code) {
                Some((status, file_name)) => (status, file_name),
                None if !files_refused.is_empty() => (UnitStatus::Refused, refused_name),
                None => (UnitStatus::Missing, ""),
            };
            BoardRow {
                code,
                name: name.unwrap_or(file_name),
                status,
                refused: files_refused,
            }
        };
        let expected_rows: Vec<_> = expected
            .iter()
            .map(|unit| row(&unit.code, Some(&unit.name)))
            .collect();
        let not_on_list = others.into_iter().map(|code| row(code, None)).collect();
        Board {
            expected: expected_rows,
            not_on_list,
            unattributed,
        }
    }

    pub fn counts(&self) -> BoardCounts {
        let mut counts = BoardCounts {
            expected: self.expected.len(),
            not_on_list: self.not_on_list.len(),
            ..BoardCounts::default()
        };
        for row in &self.expected {
            match row.status {
                UnitStatus::Valid { .. } => counts.valid += 1,
                UnitStatus::Conflicting { .. } => counts.conflicting += 1,
                UnitStatus::Refused => counts.refused += 1,
                UnitStatus::Missing => counts.missing += 1,
            }
        }
        counts
    }

    /// The files to appraise, expected units first, then those not on the list: what the
    /// ranking ranks.
    pub fn to_appraise(&self) -> impl Iterator<Item = (&BoardRow<'a, Id>, &'a SubmissionSummary)> {
        self.expected
            .iter()
            .chain(&self.not_on_list)
            .filter_map(|row| match row.status {
                UnitStatus::Valid { summary, .. } => Some((row, summary)),
                _ => None,
            })
    }
}
