//! What the appraising office enters for one unit: points of survey and appraiser-only items,
//! the figures of such items computed from figures, and the not-applicable claims it rejects.
//! Never part of the unit's answers: [`crate::score`] is the self-assessment (no entries), and
//! [`score_appraised`](super::score_appraised) the sheet with the office's entries applied.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::decimal::Decimal;
use crate::framework::Item;
use crate::problems::ProblemKind;
use crate::rule::{band_points, Percentage, Rule, ZeroDenominator};

use super::LeafStatus;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OfficeEntries {
    /// Points set directly, by item code, for survey and appraiser-only items.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub points: BTreeMap<String, Decimal>,
    /// Figures entered, by item code, for survey and appraiser-only items computed from them.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub figures: BTreeMap<String, FiguresEntered>,
    /// Codes of the items, criteria and fields whose not-applicable claim the office rejects:
    /// they are scored as if never claimed (an item with no value then scores 0).
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub rejected_claims: BTreeSet<String>,
    /// Appraised points, by item code, for items the unit scores itself: the office adjusts the
    /// self score ("điều chỉnh"); an item not listed keeps the score recomputed from the unit's
    /// answers ("công nhận"). Not for an excluded item: to count it, reject its claim.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub adjusted: BTreeMap<String, Decimal>,
}

/// Numerator and denominator the office entered, e.g. satisfied opinions and opinions collected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FiguresEntered {
    pub numerator: Decimal,
    pub denominator: Decimal,
}

impl OfficeEntries {
    pub fn has_entry(&self, code: &str) -> bool {
        self.points.contains_key(code) || self.figures.contains_key(code)
    }

    /// Every item code the entries name, for checking them against the set.
    pub fn codes(&self) -> impl Iterator<Item = &String> {
        self.points
            .keys()
            .chain(self.figures.keys())
            .chain(&self.rejected_claims)
            .chain(self.adjusted.keys())
    }
}

/// The office's adjusted points applied to a self-assessed leaf already scored: `(status,
/// points)` unchanged when there is no adjustment; an adjustment outside the item's range or on
/// an excluded item is a problem and changes nothing.
pub(super) fn apply_adjustment(
    item: &Item,
    entries: &OfficeEntries,
    scored: (LeafStatus, Decimal),
    decimals: u32,
    problems: &mut Vec<ProblemKind>,
) -> (LeafStatus, Decimal) {
    let Some(points) = entries.adjusted.get(&item.code) else {
        return scored;
    };
    if scored.0 == LeafStatus::Excluded || !(item.floor()..=item.max_points).contains(points) {
        problems.push(ProblemKind::OfficeEntryInvalid);
        return scored;
    }
    (LeafStatus::Scored, points.round(decimals))
}

/// An office item scored from what the office entered: `(status, points, percent, problems)`.
pub(super) fn score_office_item(
    item: &Item,
    rule: &Rule,
    entries: &OfficeEntries,
    decimals: u32,
) -> (LeafStatus, Decimal, Option<Decimal>, Vec<ProblemKind>) {
    let (floor, max) = (item.floor(), item.max_points);
    let invalid = || {
        (
            LeafStatus::Invalid,
            Decimal::ZERO,
            None,
            vec![ProblemKind::OfficeEntryInvalid],
        )
    };
    if let Some(points) = entries.points.get(&item.code) {
        return if (floor..=max).contains(points) {
            (LeafStatus::Scored, points.round(decimals), None, Vec::new())
        } else {
            invalid()
        };
    }
    let (Some(entered), Some(figures)) = (entries.figures.get(&item.code), rule.figures()) else {
        return invalid();
    };
    let (numerator, denominator) = (entered.numerator, entered.denominator);
    if numerator.is_negative() || denominator.is_negative() || numerator > denominator {
        return invalid();
    }
    match Percentage::of_ratio(numerator, denominator) {
        None => match figures.on_zero_denominator {
            ZeroDenominator::FullPoints => (LeafStatus::Scored, max, None, Vec::new()),
            ZeroDenominator::ZeroPoints => (LeafStatus::Scored, Decimal::ZERO, None, Vec::new()),
            ZeroDenominator::Excluded => (LeafStatus::Excluded, Decimal::ZERO, None, Vec::new()),
        },
        Some(percent) => match band_points(&figures.bands, &percent, max, decimals) {
            Some(points) => (
                LeafStatus::Scored,
                points,
                Some(percent.rounded(2)),
                Vec::new(),
            ),
            None => invalid(),
        },
    }
}
