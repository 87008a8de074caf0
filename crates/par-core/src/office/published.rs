//! The final ranking the office publishes: every unit with its self, round-1 and final totals,
//! ranked by the final total with [`rank_units`] (equal totals share a rank), the final index
//! and classification. Units without a final result yet are listed after, unranked, so the
//! table never pretends to be complete.

use super::{rank_units, FieldPoints, LeafPoints, SubmissionSummary};
use crate::decimal::Decimal;
use crate::framework::Framework;
use crate::score::ScoreSheet;

impl SubmissionSummary {
    /// The same file's summary with another sheet of the same set (appraised or final scores),
    /// so the ranking ranks by them.
    pub fn with_scores(&self, scores: &ScoreSheet) -> SubmissionSummary {
        SubmissionSummary {
            total: scores.total,
            index_percent: scores.index_percent,
            classification: scores.classification.clone(),
            applicable_max: scores.applicable_max,
            provisional: scores.provisional,
            fields: scores
                .fields
                .iter()
                .map(|f| FieldPoints {
                    points: f.points,
                    applicable_max: f.applicable_max,
                    pending_max: f.pending_max,
                })
                .collect(),
            leaves: scores
                .leaves
                .iter()
                .map(|l| LeafPoints {
                    status: l.status,
                    points: l.points,
                })
                .collect(),
            ..self.clone()
        }
    }
}

/// One unit as the office has it at publication.
#[derive(Debug, Clone)]
pub struct UnitResults<'a> {
    pub code: &'a str,
    pub name: &'a str,
    /// The submission appraised (self scores).
    pub submission: &'a SubmissionSummary,
    /// The latest round-1 appraisal's sheet, if signed.
    pub first: Option<&'a ScoreSheet>,
    /// The final result's sheet, if signed.
    pub last: Option<&'a ScoreSheet>,
}

/// One line of the published table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedRow {
    /// `None` while the unit has no final result.
    pub rank: Option<usize>,
    pub code: String,
    pub name: String,
    pub self_total: Decimal,
    pub first_total: Option<Decimal>,
    pub final_total: Option<Decimal>,
    /// Of the final result, else of the latest scores known.
    pub applicable_max: Decimal,
    pub index_percent: Option<Decimal>,
    pub classification: Option<String>,
}

/// The published table: units with a final result ranked by it, then the others by code.
pub fn published(units: &[UnitResults<'_>], framework: &Framework) -> Vec<PublishedRow> {
    let finals: Vec<(&UnitResults<'_>, SubmissionSummary)> = units
        .iter()
        .filter_map(|u| Some((u, u.submission.with_scores(u.last?))))
        .collect();
    let ranking = rank_units(finals.iter().map(|(u, s)| (u.code, u.name, s)), framework);
    let row = |u: &UnitResults<'_>, rank: Option<usize>| {
        let latest = u.last.or(u.first);
        PublishedRow {
            rank,
            code: u.code.to_string(),
            name: u.name.to_string(),
            self_total: u.submission.total,
            first_total: u.first.map(|s| s.total),
            final_total: u.last.map(|s| s.total),
            applicable_max: latest.map_or(u.submission.applicable_max, |s| s.applicable_max),
            index_percent: latest.map_or(u.submission.index_percent, |s| s.index_percent),
            classification: latest.map_or(u.submission.classification.clone(), |s| {
                s.classification.clone()
            }),
        }
    };
    let mut rows: Vec<PublishedRow> = ranking
        .rows
        .iter()
        .filter_map(|r| {
            let unit = units.iter().find(|u| u.code == r.code)?;
            Some(row(unit, Some(r.rank)))
        })
        .collect();
    let mut rest: Vec<&UnitResults<'_>> = units.iter().filter(|u| u.last.is_none()).collect();
    rest.sort_by(|a, b| a.code.cmp(b.code));
    rows.extend(rest.into_iter().map(|u| row(u, None)));
    rows
}
