//! Each unit's revisions for a year: the app numbers a unit's exports of one year in one chain
//! (revision n names the hash of revision n−1 in `replaces`). The latest is the file to
//! appraise; two different files of one revision, or a revision that replaces another file
//! than the one present, are contradictions to settle with the unit.
//!
//! Only files that verified take part: what a failed file says about its revision cannot be
//! trusted. Nothing here grows with a number a file states: revisions are compared and
//! missing ones reported as ranges, never enumerated.

use std::collections::BTreeMap;
use std::ops::RangeInclusive;

use super::BatchFile;

/// The files of a batch seen together: each unit's revisions, sorted by unit code, then year.
#[derive(Debug)]
pub struct AcrossFiles<'a, Id> {
    pub units: Vec<UnitRevisions<'a, Id>>,
}

/// One unit's files for one year, sorted by revision, then by name.
#[derive(Debug)]
pub struct UnitRevisions<'a, Id> {
    pub code: &'a str,
    pub year: u16,
    /// From the latest file: a unit's name may be corrected between revisions.
    pub name: &'a str,
    pub files: Vec<RevisionFile<'a, Id>>,
}

/// One revision file of a unit.
#[derive(Debug)]
pub struct RevisionFile<'a, Id> {
    pub id: &'a Id,
    pub unit_name: &'a str,
    pub revision: u32,
    pub hash: &'a str,
    pub replaces: Option<&'a str>,
}

impl<'a, Id: Ord> AcrossFiles<'a, Id> {
    pub fn new<E>(files: &'a [BatchFile<Id, E>]) -> Self {
        let mut by_unit: BTreeMap<(&str, u16), Vec<RevisionFile<'a, Id>>> = BTreeMap::new();
        for file in files {
            let Some(summary) = file.verified() else {
                continue;
            };
            by_unit
                .entry((summary.unit_code.as_str(), summary.year))
                .or_default()
                .push(RevisionFile {
                    id: &file.id,
                    unit_name: &summary.unit_name,
                    revision: summary.revision,
                    hash: &summary.hash,
                    replaces: summary.replaces.as_deref(),
                });
        }
        let units = by_unit
            .into_iter()
            .map(|((code, year), mut files)| {
                files.sort_by(|a, b| (a.revision, a.id).cmp(&(b.revision, b.id)));
                let name = files.last().map_or("", |latest| latest.unit_name);
                UnitRevisions {
                    code,
                    year,
                    name,
                    files,
                }
            })
            .collect();
        AcrossFiles { units }
    }

    /// Contradictions the office must resolve with a unit before appraising it.
    pub fn problems(&self) -> usize {
        self.units.iter().map(UnitRevisions::problems).sum()
    }
}

impl<'a, Id> UnitRevisions<'a, Id> {
    /// The files of one revision.
    pub fn at(&self, revision: u32) -> &[RevisionFile<'a, Id>] {
        let start = self.files.partition_point(|f| f.revision < revision);
        let end = self.files.partition_point(|f| f.revision <= revision);
        &self.files[start..end]
    }

    pub fn latest_revision(&self) -> u32 {
        self.files.last().map_or(0, |f| f.revision)
    }

    /// The file to appraise: the only file of the latest revision (none when it has several).
    pub fn to_appraise(&self) -> Option<&RevisionFile<'a, Id>> {
        match self.at(self.latest_revision()) {
            [only] => Some(only),
            _ => None,
        }
    }

    /// Revisions with more than one different file, and those files.
    pub fn conflicts(&self) -> Vec<(u32, Vec<&'a Id>)> {
        self.files
            .chunk_by(|a, b| a.revision == b.revision)
            .filter(|same| same.len() > 1)
            .map(|same| (same[0].revision, same.iter().map(|f| f.id).collect()))
            .collect()
    }

    /// Files whose `replaces` names none of the previous revision's files present, with those
    /// files. Where the previous revision is absent there is nothing to compare with.
    pub fn broken_links(&self) -> Vec<(&RevisionFile<'a, Id>, Vec<&'a Id>)> {
        self.files
            .iter()
            .filter(|f| f.revision > 1)
            .filter_map(|file| {
                let previous = self.at(file.revision - 1);
                let chained = previous.iter().any(|p| file.replaces == Some(p.hash));
                (!previous.is_empty() && !chained)
                    .then(|| (file, previous.iter().map(|p| p.id).collect()))
            })
            .collect()
    }

    /// Revisions before the latest with no file here, as ranges: worth knowing, not a
    /// contradiction (an office may simply have been sent the latest file only).
    pub fn missing(&self) -> Vec<RangeInclusive<u32>> {
        let mut missing = Vec::new();
        let mut next_expected = 1u32;
        for file in &self.files {
            if file.revision > next_expected {
                missing.push(next_expected..=file.revision - 1);
            }
            next_expected = next_expected.max(file.revision.saturating_add(1));
        }
        missing
    }

    pub fn problems(&self) -> usize {
        self.conflicts().len() + self.broken_links().len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn revision<'a>(
        id: &'a String,
        revision: u32,
        hash: &'a str,
        replaces: &'a str,
    ) -> RevisionFile<'a, String> {
        RevisionFile {
            id,
            unit_name: "UBND xã Tân Lập",
            revision,
            hash,
            replaces: (!replaces.is_empty()).then_some(replaces),
        }
    }

    fn unit(files: Vec<RevisionFile<'_, String>>) -> UnitRevisions<'_, String> {
        UnitRevisions {
            code: "00004",
            year: 2025,
            name: "UBND xã Tân Lập",
            files,
        }
    }

    fn ids(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| n.to_string()).collect()
    }

    #[test]
    fn a_chain_that_holds_has_no_problem() {
        let names = ids(&["r1", "r2", "r3"]);
        let unit = unit(vec![
            revision(&names[0], 1, "h1", ""),
            revision(&names[1], 2, "h2", "h1"),
            revision(&names[2], 3, "h3", "h2"),
        ]);
        assert_eq!(unit.problems(), 0);
        assert!(unit.missing().is_empty());
        assert_eq!(unit.to_appraise().map(|f| f.id.as_str()), Some("r3"));
    }

    #[test]
    fn only_the_link_to_a_present_previous_revision_is_checked() {
        // r1 missing: r2 cannot be checked; r3 names a revision 2 other than the one present.
        let names = ids(&["r2", "r3"]);
        let unit = unit(vec![
            revision(&names[0], 2, "h2", "h1"),
            revision(&names[1], 3, "h3", "hx"),
        ]);
        let broken = unit.broken_links();
        assert_eq!(broken.len(), 1);
        assert_eq!(broken[0].0.id, "r3");
        assert_eq!(broken[0].1, vec!["r2"]);
        assert_eq!(unit.missing(), vec![1..=1]);
    }

    #[test]
    fn missing_revisions_are_ranges_however_large_the_numbers() {
        let names = ids(&["r4", "big"]);
        let unit = unit(vec![
            revision(&names[0], 4, "h4", "h3"),
            revision(&names[1], u32::MAX, "hz", "hy"),
        ]);
        assert_eq!(unit.missing(), vec![1..=3, 5..=u32::MAX - 1]);
        assert_eq!(unit.problems(), 0);
    }

    #[test]
    fn two_files_of_one_revision_are_one_problem_and_either_may_be_replaced() {
        let names = ids(&["a", "b", "r2"]);
        let unit = unit(vec![
            revision(&names[0], 1, "h1", ""),
            revision(&names[1], 1, "h1b", ""),
            revision(&names[2], 2, "h2", "h1b"),
        ]);
        assert_eq!(unit.conflicts(), vec![(1, vec![&names[0], &names[1]])]);
        assert!(unit.broken_links().is_empty());
        assert_eq!(unit.problems(), 1);
        assert!(unit.to_appraise().is_some());
    }
}
