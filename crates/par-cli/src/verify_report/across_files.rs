//! What the files say together, printed after the per-file lines: which names are the same
//! file, and for each unit and year its revisions, the one to appraise (the latest) and
//! whether the chain of revisions holds. A file's own verdict never changes here.
//!
//! Only files that verified (`✓`, or `?` without a keyring) take part in the revisions: a
//! file that failed was already reported, and what it says about its revision cannot be
//! trusted.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::Path;

use par_core::Lang;

use super::{CheckedFile, SameBy};
use crate::error::path_list;

pub struct AcrossFiles<'a> {
    /// Files given under more than one name.
    same_file: Vec<&'a CheckedFile>,
    /// Sorted by unit code, then year.
    units: Vec<UnitRevisions<'a>>,
}

/// One unit's files for one year (the app numbers revisions per unit and year).
struct UnitRevisions<'a> {
    code: &'a str,
    year: u16,
    /// From the latest file: a unit's name may be corrected between revisions.
    name: &'a str,
    /// Sorted by revision, then name.
    files: Vec<Revision<'a>>,
}

struct Revision<'a> {
    path: &'a Path,
    unit_name: &'a str,
    revision: u32,
    hash: &'a str,
    replaces: Option<&'a str>,
}

impl<'a> AcrossFiles<'a> {
    pub fn new(files: &'a [CheckedFile]) -> Self {
        let same_file = files.iter().filter(|f| !f.also_named.is_empty()).collect();
        let mut by_unit: BTreeMap<(&str, u16), Vec<Revision<'a>>> = BTreeMap::new();
        for file in files {
            let Some((payload, hash)) = verified_payload(file) else {
                continue;
            };
            by_unit
                .entry((payload.unit.code.as_str(), payload.period.year))
                .or_default()
                .push(Revision {
                    path: &file.path,
                    unit_name: &payload.unit.name,
                    revision: payload.revision,
                    hash,
                    replaces: payload.replaces.as_deref(),
                });
        }
        let units = by_unit
            .into_iter()
            .map(|((code, year), mut revisions)| {
                revisions.sort_by(|a, b| (a.revision, a.path).cmp(&(b.revision, b.path)));
                let latest = revisions.last().expect("a unit has a file");
                UnitRevisions {
                    code,
                    year,
                    name: latest.unit_name,
                    files: revisions,
                }
            })
            .collect();
        AcrossFiles { same_file, units }
    }

    /// Contradictions the office must resolve with a unit before appraising it.
    pub fn problems(&self) -> usize {
        self.units.iter().map(UnitRevisions::problems).sum()
    }

    pub fn print(&self, out: &mut dyn Write, lang: Lang) -> io::Result<()> {
        if self.same_file.is_empty() && self.units.is_empty() {
            return Ok(());
        }
        let heading = match lang {
            Lang::Vi => "Đối chiếu giữa các tệp (không tính các tệp không hợp lệ):",
            Lang::En => "Across files (files that failed are left out):",
        };
        writeln!(out, "{heading}")?;
        for file in &self.same_file {
            print_same_file(out, file, lang)?;
        }
        for unit in &self.units {
            unit.print(out, lang)?;
        }
        Ok(())
    }
}

fn verified_payload(file: &CheckedFile) -> Option<(&par_core::submission::Payload, &str)> {
    let verification = file.result.as_ref().ok()?;
    if !verification.outcome.is_valid() {
        return None;
    }
    let submission = verification.submission.as_ref()?;
    Some((&submission.payload, file.hash.as_deref()?))
}

impl UnitRevisions<'_> {
    fn at(&self, revision: u32) -> impl Iterator<Item = &Revision<'_>> {
        self.files.iter().filter(move |f| f.revision == revision)
    }

    fn latest_revision(&self) -> u32 {
        self.files.last().map_or(0, |f| f.revision)
    }

    /// Revisions with more than one different file, and those files.
    fn conflicts(&self) -> Vec<(u32, Vec<&Path>)> {
        let mut revisions: Vec<u32> = self.files.iter().map(|f| f.revision).collect();
        revisions.dedup();
        revisions
            .into_iter()
            .map(|revision| (revision, self.at(revision).map(|f| f.path).collect()))
            .filter(|(_, paths): &(u32, Vec<&Path>)| paths.len() > 1)
            .collect()
    }

    /// Files whose `replaces` names none of the previous revision's files present, with those
    /// files. Where the previous revision is absent there is nothing to compare with.
    fn broken_links(&self) -> Vec<(&Revision<'_>, Vec<&Path>)> {
        self.files
            .iter()
            .filter(|f| f.revision > 1)
            .filter_map(|file| {
                let previous: Vec<&Revision> = self.at(file.revision - 1).collect();
                let chained = previous.iter().any(|p| file.replaces == Some(p.hash));
                (!previous.is_empty() && !chained)
                    .then(|| (file, previous.iter().map(|p| p.path).collect()))
            })
            .collect()
    }

    /// Revisions before the latest with no file here: worth knowing, not a contradiction (an
    /// office may simply have been sent the latest file only).
    fn missing(&self) -> Vec<u32> {
        (1..self.latest_revision())
            .filter(|&revision| self.at(revision).next().is_none())
            .collect()
    }

    fn problems(&self) -> usize {
        self.conflicts().len() + self.broken_links().len()
    }

    fn print(&self, out: &mut dyn Write, lang: Lang) -> io::Result<()> {
        let latest = self.latest_revision();
        let latest_files: Vec<&Revision> = self.at(latest).collect();
        let to_appraise = match (latest_files.as_slice(), lang) {
            ([only], Lang::Vi) => format!(
                "tệp cần thẩm định (mới nhất): lần xuất {latest} (tệp {})",
                only.path.display()
            ),
            ([only], Lang::En) => format!(
                "file to appraise (latest): revision {latest} (file {})",
                only.path.display()
            ),
            (_, Lang::Vi) => {
                format!("lần xuất mới nhất ({latest}) có nhiều tệp, chưa rõ tệp cần thẩm định")
            }
            (_, Lang::En) => format!(
                "the latest revision ({latest}) has several files; which one to appraise is unclear"
            ),
        };
        let (code, name, year) = (self.code, self.name, self.year);
        match lang {
            Lang::Vi => writeln!(out, "  Đơn vị {code} ({name}), năm {year} — {to_appraise}")?,
            Lang::En => writeln!(out, "  Unit {code} ({name}), year {year} — {to_appraise}")?,
        }
        if self.files.len() > 1 {
            for file in &self.files {
                let (revision, path) = (file.revision, file.path.display());
                match lang {
                    Lang::Vi => writeln!(out, "    lần xuất {revision}: tệp {path}")?,
                    Lang::En => writeln!(out, "    revision {revision}: file {path}")?,
                }
            }
        }
        for (revision, paths) in self.conflicts() {
            let (count, names) = (count_word(paths.len(), lang), path_list(&paths));
            match lang {
                Lang::Vi => writeln!(
                    out,
                    "    ✗ đơn vị {code} có {count} tệp lần xuất {revision} khác nhau: {names} — hỏi lại đơn vị tệp nào là bản nộp"
                )?,
                Lang::En => writeln!(
                    out,
                    "    ✗ unit {code} has {count} different revision {revision} files: {names} — ask the unit which one is the submission"
                )?,
            }
        }
        for (file, previous) in self.broken_links() {
            let (revision, path, names) =
                (file.revision, file.path.display(), path_list(&previous));
            let before = revision - 1;
            match lang {
                Lang::Vi => writeln!(
                    out,
                    "    ✗ lần xuất {revision} (tệp {path}) ghi thay thế cho một tệp khác với lần xuất {before} đang có (tệp {names})"
                )?,
                Lang::En => writeln!(
                    out,
                    "    ✗ revision {revision} (file {path}) replaces a file other than the revision {before} present (file {names})"
                )?,
            }
        }
        let missing = self.missing();
        if !missing.is_empty() {
            let revisions = missing
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(", ");
            match (lang, missing.len()) {
                (Lang::Vi, _) => writeln!(out, "    lưu ý: thiếu lần xuất {revisions}")?,
                (Lang::En, 1) => writeln!(out, "    note: revision {revisions} is missing")?,
                (Lang::En, _) => writeln!(out, "    note: revisions {revisions} are missing")?,
            }
        }
        Ok(())
    }
}

fn print_same_file(out: &mut dyn Write, file: &CheckedFile, lang: Lang) -> io::Result<()> {
    let mut names = file.path.display().to_string();
    for (name, sameness) in &file.also_named {
        let reason = match (sameness, lang) {
            (SameBy::Path, Lang::Vi) => "cùng đường dẫn",
            (SameBy::Path, Lang::En) => "same path",
            (SameBy::Content, Lang::Vi) => "nội dung giống hệt",
            (SameBy::Content, Lang::En) => "identical content",
            (SameBy::Submission, Lang::Vi) => "cùng hồ sơ: cùng mã băm, cùng khóa ký",
            (SameBy::Submission, Lang::En) => "same submission: same hash, same key",
        };
        names.push_str(&format!(" = {} ({reason})", name.display()));
    }
    match lang {
        Lang::Vi => writeln!(out, "  Cùng một tệp, chỉ xác minh một lần: {names}"),
        Lang::En => writeln!(out, "  Same file, verified once: {names}"),
    }
}

/// "hai tệp", "two files": the number in words where a sentence reads better with it.
fn count_word(count: usize, lang: Lang) -> String {
    match (count, lang) {
        (2, Lang::Vi) => "hai".into(),
        (3, Lang::Vi) => "ba".into(),
        (2, Lang::En) => "two".into(),
        (3, Lang::En) => "three".into(),
        (n, _) => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn revision<'a>(
        path: &'a str,
        revision: u32,
        hash: &'a str,
        replaces: &'a str,
    ) -> Revision<'a> {
        Revision {
            path: Path::new(path),
            unit_name: "UBND xã Tân Lập",
            revision,
            hash,
            replaces: (!replaces.is_empty()).then_some(replaces),
        }
    }

    fn unit(files: Vec<Revision<'_>>) -> UnitRevisions<'_> {
        UnitRevisions {
            code: "00004",
            year: 2025,
            name: "UBND xã Tân Lập",
            files,
        }
    }

    #[test]
    fn a_chain_that_holds_has_no_problem() {
        let unit = unit(vec![
            revision("r1", 1, "h1", ""),
            revision("r2", 2, "h2", "h1"),
            revision("r3", 3, "h3", "h2"),
        ]);
        assert_eq!(unit.problems(), 0);
        assert!(unit.missing().is_empty());
        assert_eq!(unit.latest_revision(), 3);
    }

    #[test]
    fn only_the_link_to_a_present_previous_revision_is_checked() {
        // r1 missing: r2 cannot be checked; r3 names a revision 2 other than the one present.
        let unit = unit(vec![
            revision("r2", 2, "h2", "h1"),
            revision("r3", 3, "h3", "hx"),
        ]);
        let broken = unit.broken_links();
        assert_eq!(broken.len(), 1);
        assert_eq!(broken[0].0.path, Path::new("r3"));
        assert_eq!(broken[0].1, vec![Path::new("r2")]);
        assert_eq!(unit.missing(), vec![1]);
    }

    #[test]
    fn every_revision_before_the_latest_without_a_file_is_noted() {
        let unit = unit(vec![revision("r4", 4, "h4", "h3")]);
        assert_eq!(unit.missing(), vec![1, 2, 3]);
        assert_eq!(unit.problems(), 0);
    }

    #[test]
    fn two_files_of_one_revision_are_one_problem_and_either_may_be_replaced() {
        let unit = unit(vec![
            revision("a", 1, "h1", ""),
            revision("b", 1, "h1b", ""),
            revision("r2", 2, "h2", "h1b"),
        ]);
        assert_eq!(
            unit.conflicts(),
            vec![(1, vec![Path::new("a"), Path::new("b")])]
        );
        assert!(unit.broken_links().is_empty());
        assert_eq!(unit.problems(), 1);
    }
}
