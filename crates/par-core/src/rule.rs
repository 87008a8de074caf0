//! Scoring rules: how a leaf's answer becomes points (see the rule table in DOMAIN.md).

use serde::{Deserialize, Serialize};

use crate::decimal::Decimal;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Rule {
    /// Có / Không. Defaults: "Có" gives the item's maximum, "Không" gives 0.
    YesNo {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        yes_points: Option<Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        no_points: Option<Decimal>,
    },
    /// One labelled option, fixed points per option.
    Levels { options: Vec<LevelOption> },
    /// A percentage the unit enters, scored by bands.
    Percent { bands: Vec<Band> },
    /// A numerator and a denominator; the percentage is computed, then scored by bands.
    Ratio {
        numerator_label: String,
        denominator_label: String,
        bands: Vec<Band>,
        on_zero_denominator: ZeroDenominator,
    },
    /// Parts to tick; their points add up, capped (by default at the item's maximum).
    Parts {
        parts: Vec<Part>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        cap: Option<Decimal>,
    },
    /// A number of occurrences: `start + per_occurrence × count`, the change limited to `limit`,
    /// kept within 0 and the item's maximum. A negative `per_occurrence` is a deduction.
    Count {
        /// What is counted, e.g. "hồ sơ giải quyết quá hạn".
        unit: String,
        per_occurrence: Decimal,
        #[serde(default)]
        start: Decimal,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        limit: Option<Decimal>,
    },
    /// Scored by the office from sociological survey results; read-only for the unit.
    Survey {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        source: Option<String>,
        /// The office enters figures and the points follow from them (format 2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        figures: Option<OfficeFigures>,
    },
    /// Scored by the appraising office only.
    AppraiserOnly {
        /// The office enters figures and the points follow from them (format 2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        figures: Option<OfficeFigures>,
    },
}

/// Figures the office enters for a survey or appraiser-only item, e.g. satisfied opinions ÷
/// opinions collected: the percentage is computed, then scored by bands, like a ratio.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OfficeFigures {
    pub numerator_label: String,
    pub denominator_label: String,
    pub bands: Vec<Band>,
    pub on_zero_denominator: ZeroDenominator,
}

impl Rule {
    /// Whether the unit enters an answer for this rule itself.
    pub fn is_self_assessed(&self) -> bool {
        !matches!(self, Rule::Survey { .. } | Rule::AppraiserOnly { .. })
    }

    /// The figures the office enters, for a survey or appraiser-only item computed from them.
    pub fn figures(&self) -> Option<&OfficeFigures> {
        match self {
            Rule::Survey { figures, .. } | Rule::AppraiserOnly { figures } => figures.as_ref(),
            _ => None,
        }
    }

    /// Short machine name, as in the JSON `type`.
    pub fn kind(&self) -> &'static str {
        match self {
            Rule::YesNo { .. } => "yes_no",
            Rule::Levels { .. } => "levels",
            Rule::Percent { .. } => "percent",
            Rule::Ratio { .. } => "ratio",
            Rule::Parts { .. } => "parts",
            Rule::Count { .. } => "count",
            Rule::Survey { .. } => "survey",
            Rule::AppraiserOnly { .. } => "appraiser_only",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LevelOption {
    /// Stable id stored in answers, e.g. `kip_thoi`.
    pub id: String,
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_en: Option<String>,
    pub points: Decimal,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Part {
    pub id: String,
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_en: Option<String>,
    pub points: Decimal,
}

/// One step of a percentage scale. A missing `from` means 0%, a missing `to` means 100%
/// (both inclusive). By default a band is "từ `from` đến dưới `to`": `from` inclusive, `to` exclusive.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Band {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Decimal>,
    #[serde(default = "default_true")]
    pub from_inclusive: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Decimal>,
    #[serde(default)]
    pub to_inclusive: bool,
    /// Fixed points inside the band (ignored when `proportional`).
    #[serde(default)]
    pub points: Decimal,
    /// Inside this band, points = item maximum × percentage ÷ 100.
    #[serde(default, skip_serializing_if = "is_false")]
    pub proportional: bool,
}

fn default_true() -> bool {
    true
}

fn is_false(value: &bool) -> bool {
    !value
}

/// One end of a band, with its inclusiveness made explicit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bound {
    pub value: Decimal,
    pub inclusive: bool,
}

impl Bound {
    /// The written bound, or the edge of 0–100 (inclusive) when none is written.
    fn or_edge(value: Option<Decimal>, inclusive: bool, edge: Decimal) -> Bound {
        match value {
            Some(value) => Bound { value, inclusive },
            None => Bound {
                value: edge,
                inclusive: true,
            },
        }
    }
}

impl Band {
    pub fn lower(&self) -> Bound {
        Bound::or_edge(self.from, self.from_inclusive, Decimal::ZERO)
    }

    pub fn upper(&self) -> Bound {
        Bound::or_edge(self.to, self.to_inclusive, Decimal::HUNDRED)
    }

    /// Whether an exact percentage lies in the band.
    pub fn contains(&self, percent: &Percentage) -> bool {
        let lower = self.lower();
        let upper = self.upper();
        let above_lower = match percent.cmp_decimal(lower.value) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Equal => lower.inclusive,
            std::cmp::Ordering::Less => false,
        };
        let below_upper = match percent.cmp_decimal(upper.value) {
            std::cmp::Ordering::Less => true,
            std::cmp::Ordering::Equal => upper.inclusive,
            std::cmp::Ordering::Greater => false,
        };
        above_lower && below_upper
    }
}

/// What a ratio scores when its denominator is zero (e.g. no dossiers were received).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ZeroDenominator {
    FullPoints,
    ZeroPoints,
    /// The item is not assessed and leaves the denominator.
    Excluded,
}

/// An exact percentage `numerator ÷ denominator` (both in ten-thousandths), never rounded, so
/// band edges are compared exactly: 79.9999…% is below an 80% bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Percentage {
    numerator: i128,
    denominator: i128,
}

impl Percentage {
    /// A percentage the unit entered directly.
    pub fn entered(percent: Decimal) -> Self {
        Percentage {
            numerator: percent.units() as i128,
            denominator: Decimal::ONE.units() as i128,
        }
    }

    /// `numerator ÷ denominator × 100`; `None` for a zero denominator.
    pub fn of_ratio(numerator: Decimal, denominator: Decimal) -> Option<Self> {
        (!denominator.is_zero()).then(|| Percentage {
            numerator: numerator.units() as i128 * 100,
            denominator: denominator.units() as i128,
        })
    }

    fn cmp_decimal(&self, value: Decimal) -> std::cmp::Ordering {
        // numerator/denominator vs value.units/ONE, with a positive denominator.
        (self.numerator * Decimal::ONE.units() as i128)
            .cmp(&(value.units() as i128 * self.denominator))
    }

    pub fn is_within_0_to_100(&self) -> bool {
        self.numerator >= 0 && self.cmp_decimal(Decimal::HUNDRED).is_le()
    }

    /// `maximum × percentage ÷ 100`, rounded once to `decimals`.
    pub fn share_of(&self, maximum: Decimal, decimals: u32) -> Decimal {
        Decimal::from_units_ratio(
            maximum.units() as i128 * self.numerator,
            self.denominator * 100,
            decimals,
        )
    }

    /// The percentage rounded for display.
    pub fn rounded(&self, decimals: u32) -> Decimal {
        Decimal::from_units_ratio(
            self.numerator * Decimal::ONE.units() as i128,
            self.denominator,
            decimals,
        )
    }
}

/// Points of the first band that holds `percent`, or `None` if no band does.
pub fn band_points(
    bands: &[Band],
    percent: &Percentage,
    maximum: Decimal,
    decimals: u32,
) -> Option<Decimal> {
    let band = bands.iter().find(|band| band.contains(percent))?;
    Some(if band.proportional {
        percent.share_of(maximum, decimals)
    } else {
        band.points
    })
}
