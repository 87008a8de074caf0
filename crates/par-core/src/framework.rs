//! The criteria set (*bộ tiêu chí*): a versioned data file, field → criterion → sub-criterion.
//!
//! Unknown JSON keys are rejected so that a misspelt key in a hand-edited file is an error, not a
//! silently ignored rule. Use [`crate::validate`] after parsing: the types alone cannot say that
//! maxima add up or that bands cover 0–100.

use serde::{Deserialize, Serialize};

use crate::decimal::Decimal;
use crate::rule::Rule;

/// The format tag of a criteria set that uses only what the first format has.
pub const FRAMEWORK_FORMAT: &str = "par-framework/1";
/// The format tag of a set that uses what `par-framework/1` cannot express: deductions inside a
/// criterion (`min_points`), not applicable for a whole criterion or field, office-entered
/// figures, and `not_applicable_without_evidence`. Readers of the first format refuse such a set
/// by its tag instead of misreading it; every `/1` file is also a valid `/2` file.
pub const FRAMEWORK_FORMAT_2: &str = "par-framework/2";
/// The formats this code reads, oldest first.
pub const FRAMEWORK_FORMATS: [&str; 2] = [FRAMEWORK_FORMAT, FRAMEWORK_FORMAT_2];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Framework {
    /// `par-framework/1`, or `par-framework/2` when the set uses what only the second format has
    /// ([`Framework::required_format`]).
    pub format: String,
    /// Stable identifier, e.g. `mau-xa-2025`; with `version` it names the set in a submission.
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    pub level: UnitLevel,
    pub province: String,
    pub year: u16,
    pub version: String,
    pub decision: Decision,
    /// Who appraises the units, e.g. "Sở Nội vụ tỉnh …": configuration, never assumed.
    pub appraising_body: String,
    /// Key ids (`XXXX-XXXX-XXXX-XXXX`) of the appraising body's signing keys (format 2): the
    /// province issues the set, so a unit that trusts the set trusts these keys for appraisals
    /// and final results. Left out, the unit confirms the office's key once by hand.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub appraiser_key_ids: Vec<String>,
    pub evidence_policy: EvidencePolicy,
    /// Classification bands, highest first.
    pub classification: Vec<ClassBand>,
    /// Decimals leaf scores are rounded to (0–4).
    #[serde(default = "default_decimals")]
    pub decimals: u8,
    /// A plain note shown with the set, e.g. that it is an illustrative sample.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice: Option<String>,
    pub fields: Vec<Field>,
    /// Bonus and penalty groups, outside the maximum.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub adjustments: Vec<AdjustmentGroup>,
    /// Under `zero_without_evidence`: what a not-applicable claim meaning full points scores
    /// when it has no evidence. The sources differ, so the set says (format 2); the appraiser
    /// accepts or rejects every such claim either way.
    #[serde(default, skip_serializing_if = "ClaimWithoutEvidence::is_default")]
    pub not_applicable_without_evidence: ClaimWithoutEvidence,
}

/// What a full-points not-applicable claim without evidence scores under `zero_without_evidence`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ClaimWithoutEvidence {
    /// Nothing happened, so there is nothing to prove: full points (the first format's rule).
    #[default]
    KeepsFullPoints,
    /// Like any other item without its evidence: zero until the evidence is there.
    ScoresZero,
}

impl ClaimWithoutEvidence {
    pub fn is_default(&self) -> bool {
        *self == ClaimWithoutEvidence::KeepsFullPoints
    }
}

fn default_decimals() -> u8 {
    2
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum UnitLevel {
    Commune,
    District,
    Department,
}

/// The decision that issued the set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// e.g. `5666/QĐ-UBND`.
    pub number: String,
    /// ISO date `yyyy-mm-dd`.
    pub date: String,
    pub issuer: String,
}

/// What happens to an item whose evidence is required but missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EvidencePolicy {
    /// The item scores zero.
    ZeroWithoutEvidence,
    /// The item keeps its score but needs a written explanation.
    ExplanationRequired,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ClassBand {
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_en: Option<String>,
    /// Lowest index (%) of the band, inclusive.
    pub min_percent: Decimal,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Field {
    pub code: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    pub max_points: Decimal,
    /// Not applicable for the whole field, claimed once with one explanation (format 2): e.g. a
    /// unit with no administrative procedures skips the field (`excluded`).
    #[serde(default, skip_serializing_if = "NotApplicable::is_none")]
    pub not_applicable: NotApplicable,
    pub criteria: Vec<Criterion>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    pub code: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    pub max_points: Decimal,
    /// Not applicable for the whole criterion, claimed once with one explanation (format 2): e.g.
    /// a commune assigned no legal documents gets the criterion's points (`full_points`).
    #[serde(default, skip_serializing_if = "NotApplicable::is_none")]
    pub not_applicable: NotApplicable,
    pub items: Vec<Item>,
}

/// A sub-criterion: either a scored leaf (it has a `rule`) or a group of one more level of items.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub code: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    pub max_points: Decimal,
    /// The lowest the item can score, below zero (format 2): “không bố trí … bị 0 điểm và bị
    /// trừ 0,25 điểm” is a floor of -0,25. Without it an item never scores below 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_points: Option<Decimal>,
    /// Sub-items (one more level); empty for a scored leaf.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Item>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<Rule>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<EvidenceRequirement>,
    #[serde(default, skip_serializing_if = "NotApplicable::is_none")]
    pub not_applicable: NotApplicable,
    /// How the points are computed, in the words of the issuing document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guidance: Option<String>,
}

impl Item {
    pub fn is_leaf(&self) -> bool {
        self.items.is_empty()
    }

    /// Whether the unit scores this item itself (not a survey or appraiser-only item).
    pub fn is_self_assessed(&self) -> bool {
        self.rule.as_ref().is_some_and(Rule::is_self_assessed)
    }

    pub fn evidence_required(&self) -> bool {
        self.evidence.as_ref().is_some_and(|e| e.required)
    }

    /// The lowest score: the set's floor, or 0.
    pub fn floor(&self) -> Decimal {
        self.min_points.unwrap_or(Decimal::ZERO)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EvidenceRequirement {
    /// What document proves the item, e.g. "Kế hoạch CCHC năm 2025 của UBND xã".
    pub hint: String,
    #[serde(default = "default_true")]
    pub required: bool,
}

fn default_true() -> bool {
    true
}

/// What a not-applicable claim means for this item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum NotApplicable {
    /// The item always applies.
    #[default]
    None,
    /// Nothing happened, so the unit gets the full points.
    FullPoints,
    /// The item is not assessed; its maximum leaves the denominator.
    Excluded,
}

impl NotApplicable {
    pub fn is_none(&self) -> bool {
        *self == NotApplicable::None
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AdjustmentKind {
    Bonus,
    Penalty,
}

/// Bonus or penalty points outside the maximum; the group's points never exceed its cap.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AdjustmentGroup {
    pub code: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    pub kind: AdjustmentKind,
    pub cap: Decimal,
    pub items: Vec<Item>,
}

/// A scored leaf with where it sits in the tree.
#[derive(Debug, Clone, Copy)]
pub struct LeafRef<'a> {
    pub item: &'a Item,
    pub rule: &'a Rule,
    pub path: LeafPath,
}

/// Position of a leaf, for error locations such as `fields[2].criteria[1].items[0]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeafPath {
    Field {
        field: usize,
        criterion: usize,
        item: usize,
        sub_item: Option<usize>,
    },
    Adjustment {
        group: usize,
        item: usize,
        sub_item: Option<usize>,
    },
}

impl std::fmt::Display for LeafPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (prefix, item, sub_item) = match *self {
            LeafPath::Field {
                field,
                criterion,
                item,
                sub_item,
            } => (
                format!("fields[{field}].criteria[{criterion}]"),
                item,
                sub_item,
            ),
            LeafPath::Adjustment {
                group,
                item,
                sub_item,
            } => (format!("adjustments[{group}]"), item, sub_item),
        };
        write!(f, "{prefix}.items[{item}]")?;
        if let Some(sub) = sub_item {
            write!(f, ".items[{sub}]")?;
        }
        Ok(())
    }
}

impl Framework {
    /// The set as the project writes criteria-set files (`par framework import`, the office's
    /// download): pretty JSON and a final newline. Its hash is the same as any other writing of
    /// the same set (`submission::framework_hash` hashes the canonical form).
    pub fn to_file_text(&self) -> String {
        let mut json = serde_json::to_string_pretty(self).expect("a criteria set serialises");
        json.push('\n');
        json
    }

    /// Every scored leaf, in document order: the fields first, then the bonus/penalty groups.
    pub fn leaves(&self) -> impl Iterator<Item = LeafRef<'_>> {
        let in_fields = self.fields.iter().enumerate().flat_map(|(f, field)| {
            field
                .criteria
                .iter()
                .enumerate()
                .flat_map(move |(c, criterion)| {
                    leaves_of(&criterion.items, move |item, sub_item| LeafPath::Field {
                        field: f,
                        criterion: c,
                        item,
                        sub_item,
                    })
                })
        });
        let in_adjustments = self.adjustments.iter().enumerate().flat_map(|(g, group)| {
            leaves_of(&group.items, move |item, sub_item| LeafPath::Adjustment {
                group: g,
                item,
                sub_item,
            })
        });
        in_fields.chain(in_adjustments)
    }

    /// The leaf with this code.
    pub fn leaf(&self, code: &str) -> Option<LeafRef<'_>> {
        self.leaves().find(|leaf| leaf.item.code == code)
    }

    /// How many criteria the fields hold (bonus and penalty groups are not criteria).
    pub fn criteria_count(&self) -> usize {
        self.fields.iter().map(|f| f.criteria.len()).sum()
    }

    /// Sum of the fields' maxima (bonus and penalty excluded).
    pub fn max_points(&self) -> Decimal {
        self.fields.iter().map(|f| f.max_points).sum()
    }

    /// The oldest format that can hold this set: `par-framework/2` if it uses anything the first
    /// format cannot express.
    pub fn required_format(&self) -> &'static str {
        let items = self
            .fields
            .iter()
            .flat_map(|f| f.criteria.iter().flat_map(|c| c.items.iter()))
            .chain(self.adjustments.iter().flat_map(|g| g.items.iter()))
            .flat_map(|item| std::iter::once(item).chain(item.items.iter()));
        let uses_second = !self.not_applicable_without_evidence.is_default()
            || !self.appraiser_key_ids.is_empty()
            || self.fields.iter().any(|f| {
                !f.not_applicable.is_none()
                    || f.criteria.iter().any(|c| !c.not_applicable.is_none())
            })
            || items.into_iter().any(|i| {
                i.min_points.is_some() || i.rule.as_ref().is_some_and(|r| r.figures().is_some())
            });
        if uses_second {
            FRAMEWORK_FORMAT_2
        } else {
            FRAMEWORK_FORMAT
        }
    }

    /// The field or criterion with this code, with what not applicable means for it.
    pub fn group_not_applicable(&self, code: &str) -> Option<NotApplicable> {
        self.fields.iter().find_map(|f| {
            if f.code == code {
                return Some(f.not_applicable);
            }
            f.criteria
                .iter()
                .find(|c| c.code == code)
                .map(|c| c.not_applicable)
        })
    }
}

fn leaves_of<'a>(
    items: &'a [Item],
    path: impl Fn(usize, Option<usize>) -> LeafPath + Copy + 'a,
) -> impl Iterator<Item = LeafRef<'a>> + 'a {
    items.iter().enumerate().flat_map(move |(i, item)| {
        let own = item
            .rule
            .as_ref()
            .filter(|_| item.is_leaf())
            .map(|rule| LeafRef {
                item,
                rule,
                path: path(i, None),
            });
        let nested = item.items.iter().enumerate().filter_map(move |(s, sub)| {
            sub.rule.as_ref().map(|rule| LeafRef {
                item: sub,
                rule,
                path: path(i, Some(s)),
            })
        });
        own.into_iter().chain(nested)
    })
}
