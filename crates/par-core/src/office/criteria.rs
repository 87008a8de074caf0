//! The province's view by criterion and the per-field chart's geometry.
//!
//! [`criterion_aggregates`]: each criterion of the set over every ranked unit (the units' items
//! summed under their criterion, from the leaves each verified file carries), the weakest
//! first, so the office sees where to help beyond the field level.
//!
//! [`bar_lengths`]: the lengths of a bar chart's bars, proportional to their values, computed
//! exactly (no floating point) so the chart drawn in the page is the table's numbers.

use super::RankRow;
use crate::decimal::Decimal;
use crate::framework::{Framework, LeafPath};
use crate::score::{LeafStatus, INDEX_DECIMALS};

/// One criterion over every ranked unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CriterionAggregate {
    /// Where it sits in the set: its field's and its own position.
    pub field: usize,
    pub position: usize,
    pub field_code: String,
    pub code: String,
    pub title: String,
    /// How many units are counted (every ranked unit).
    pub units: usize,
    /// The criterion's maximum, as the set declares it.
    pub max_points: Decimal,
    /// Sums over the units.
    pub points: Decimal,
    /// Declared maxima minus excluded items.
    pub applicable_max: Decimal,
    /// Points of items the office still has to set (surveys…): neither scored nor lost.
    pub pending: Decimal,
    /// `applicable_max − pending − points`: what the province loses on this criterion.
    pub lost: Decimal,
    /// `points ÷ units`, two decimals; `None` without units.
    pub average: Option<Decimal>,
    /// `points ÷ (applicable_max − pending) × 100`, two decimals; `None` where nothing was
    /// scored (every unit excluded it, or it waits for the office).
    pub percent: Option<Decimal>,
}

/// Every criterion of `framework` over the ranked `rows` (all made on it), the weakest first:
/// the lowest share achieved, then the most points lost, then the set's order; criteria where
/// nothing was scored come last.
pub fn criterion_aggregates(
    rows: &[RankRow<'_>],
    framework: &Framework,
) -> Vec<CriterionAggregate> {
    let mut criteria: Vec<CriterionAggregate> = Vec::new();
    let mut index: Vec<Vec<usize>> = Vec::with_capacity(framework.fields.len());
    for (f, field) in framework.fields.iter().enumerate() {
        let mut of_field = Vec::with_capacity(field.criteria.len());
        for (c, criterion) in field.criteria.iter().enumerate() {
            of_field.push(criteria.len());
            criteria.push(CriterionAggregate {
                field: f,
                position: c,
                field_code: field.code.clone(),
                code: criterion.code.clone(),
                title: criterion.title.clone(),
                units: rows.len(),
                max_points: criterion.max_points,
                points: Decimal::ZERO,
                applicable_max: Decimal::ZERO,
                pending: Decimal::ZERO,
                lost: Decimal::ZERO,
                average: None,
                percent: None,
            });
        }
        index.push(of_field);
    }
    // Each leaf's criterion (none for bonus and penalty items) and maximum, in the set's order:
    // the order of every verified file's leaves.
    let leaves: Vec<(Option<usize>, Decimal)> = framework
        .leaves()
        .map(|leaf| {
            let at = match leaf.path {
                LeafPath::Field {
                    field, criterion, ..
                } => index.get(field).and_then(|f| f.get(criterion)).copied(),
                LeafPath::Adjustment { .. } => None,
            };
            (at, leaf.item.max_points)
        })
        .collect();
    for row in rows {
        for (leaf, (at, max)) in row.summary.leaves.iter().zip(&leaves) {
            let Some(criterion) = at.and_then(|at| criteria.get_mut(at)) else {
                continue;
            };
            criterion.points += leaf.points;
            match leaf.status {
                LeafStatus::Excluded => {}
                LeafStatus::Pending => {
                    criterion.applicable_max += *max;
                    criterion.pending += *max;
                }
                _ => criterion.applicable_max += *max,
            }
        }
    }
    let units = Decimal::from_int(rows.len() as i64);
    for criterion in &mut criteria {
        let scored_max = criterion.applicable_max - criterion.pending;
        criterion.lost = scored_max - criterion.points;
        criterion.average = Decimal::ONE.mul_div(criterion.points, units, INDEX_DECIMALS);
        criterion.percent = Decimal::HUNDRED.mul_div(criterion.points, scored_max, INDEX_DECIMALS);
    }
    criteria.sort_by(|a, b| {
        // `None` (nothing scored) after every share.
        let share = |c: &CriterionAggregate| (c.percent.is_none(), c.percent);
        share(a)
            .cmp(&share(b))
            .then(b.lost.cmp(&a.lost))
            .then((a.field, a.position).cmp(&(b.field, b.position)))
    });
    criteria
}

/// Each value's bar length out of `full`, proportional to the largest value (whose bar is
/// `full` long), rounded to the nearest whole unit; a value at or below zero has no bar, and a
/// positive value never rounds down to nothing (it is at least 1 long).
pub fn bar_lengths(values: &[Decimal], full: u32) -> Vec<u32> {
    let largest = values.iter().copied().max().unwrap_or_default();
    values
        .iter()
        .map(|value| {
            if !largest.is_negative()
                && !largest.is_zero()
                && !value.is_negative()
                && !value.is_zero()
            {
                let length = Decimal::from_int(full as i64)
                    .mul_div(*value, largest, 0)
                    .unwrap_or_default();
                (length.units() / Decimal::ONE.units()).clamp(1, full as i64) as u32
            } else {
                0
            }
        })
        .collect()
}
