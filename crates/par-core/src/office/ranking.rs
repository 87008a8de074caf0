//! The province's ranking table: every unit with a file to appraise, its total, applicable
//! maximum, index, classification and rank, and each field's points; and, for the province as
//! a whole, which fields lose the most points.
//!
//! Units are ranked by total with [`competition_rank`] (1, 1, 3; see `rank.rs` for why): equal
//! totals share a rank, listed by unit code. Until the office appraises (next issue), the
//! totals are the units' self-assessment, recomputed by the office: provisional.

use super::{FieldPoints, SubmissionSummary};
use crate::decimal::Decimal;
use crate::framework::Framework;
use crate::rank::competition_rank;
use crate::score::INDEX_DECIMALS;

/// One unit of the ranking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RankRow<'a> {
    pub rank: usize,
    pub code: &'a str,
    pub name: &'a str,
    pub total: Decimal,
    pub applicable_max: Decimal,
    pub index_percent: Option<Decimal>,
    pub classification: Option<&'a str>,
    /// Points still await the office: index and classification may change.
    pub provisional: bool,
    /// Each field's points, in the set's order.
    pub fields: &'a [FieldPoints],
    pub summary: &'a SubmissionSummary,
}

/// One field over every ranked unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldAggregate {
    /// The field's position in the set.
    pub position: usize,
    pub code: String,
    pub title: String,
    /// Sums over the ranked units.
    pub points: Decimal,
    pub applicable_max: Decimal,
    /// Points still to be set by the office (surveys…): neither scored nor lost yet.
    pub pending: Decimal,
    /// `applicable_max − pending − points`: the points the province loses in this field.
    pub lost: Decimal,
    /// `points ÷ (applicable_max − pending) × 100`, two decimals; `None` where nothing was
    /// scored.
    pub percent: Option<Decimal>,
    /// The lowest and highest points a unit scored in the field.
    pub lowest: Decimal,
    pub highest: Decimal,
}

/// The ranking and the per-field view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ranking<'a> {
    /// Best first.
    pub rows: Vec<RankRow<'a>>,
    /// Every field of the set, the one losing the most points first (ties in the set's order).
    pub fields: Vec<FieldAggregate>,
}

/// Ranks `units` — `(code, name, summary)` of each unit's file to appraise, all made on
/// `framework` — by total.
pub fn rank_units<'a>(
    units: impl IntoIterator<Item = (&'a str, &'a str, &'a SubmissionSummary)>,
    framework: &Framework,
) -> Ranking<'a> {
    let mut units: Vec<(&'a str, &'a str, &'a SubmissionSummary)> = units.into_iter().collect();
    // Ties keep their input order: by code, so the table is the same however files were given.
    units.sort_by(|a, b| a.0.cmp(b.0));
    let rows: Vec<RankRow<'a>> = competition_rank(units.iter().map(|u| (*u, u.2.total)))
        .into_iter()
        .map(|ranked| {
            let (code, name, summary) = ranked.key;
            RankRow {
                rank: ranked.rank,
                code,
                name,
                total: summary.total,
                applicable_max: summary.applicable_max,
                index_percent: summary.index_percent,
                classification: summary.classification.as_deref(),
                provisional: summary.provisional,
                fields: &summary.fields,
                summary,
            }
        })
        .collect();
    let fields = field_aggregates(&rows, framework);
    Ranking { rows, fields }
}

fn field_aggregates(rows: &[RankRow<'_>], framework: &Framework) -> Vec<FieldAggregate> {
    let mut fields: Vec<FieldAggregate> = framework
        .fields
        .iter()
        .enumerate()
        .map(|(position, field)| {
            let of_units = rows.iter().filter_map(|row| row.fields.get(position));
            let points: Decimal = of_units.clone().map(|f| f.points).sum();
            let applicable_max: Decimal = of_units.clone().map(|f| f.applicable_max).sum();
            let pending: Decimal = of_units.clone().map(|f| f.pending_max).sum();
            let scored_max = applicable_max - pending;
            FieldAggregate {
                position,
                code: field.code.clone(),
                title: field.title.clone(),
                points,
                applicable_max,
                pending,
                lost: scored_max - points,
                percent: Decimal::HUNDRED.mul_div(points, scored_max, INDEX_DECIMALS),
                lowest: of_units.clone().map(|f| f.points).min().unwrap_or_default(),
                highest: of_units.map(|f| f.points).max().unwrap_or_default(),
            }
        })
        .collect();
    fields.sort_by(|a, b| b.lost.cmp(&a.lost).then(a.position.cmp(&b.position)));
    fields
}
