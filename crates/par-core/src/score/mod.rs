//! Scoring a whole assessment: leaves → sub-criteria → criteria → fields → total, index and class.
//!
//! Rounding (the same everywhere, documented in the crate root): each leaf score is rounded half away
//! from zero to the set's `decimals`; every total is the exact sum of rounded leaf scores; the index is
//! `total ÷ applicable maximum × 100`, rounded half away from zero to two decimals.

mod figures;
mod leaf;
mod rows;

pub use figures::declared_figures;
pub use rows::{sheet_rows, sheet_rows_with, SheetRow, Shown};

use serde::{Deserialize, Serialize};

use crate::answers::Answers;
use crate::decimal::Decimal;
use crate::framework::{AdjustmentKind, Framework, Item};
use crate::problems::{Problem, ProblemKind};

/// Decimals of the published index (87,50%).
pub const INDEX_DECIMALS: u32 = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum LeafStatus {
    /// Points computed from a valid answer (possibly zero).
    Scored,
    /// Not applicable and excluded: its maximum leaves the denominator.
    Excluded,
    /// Survey or appraiser-only, waiting for the office: shown as pending, not as zero.
    Pending,
    Unanswered,
    /// The answer cannot be scored; counted as zero until corrected.
    Invalid,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LeafScore {
    pub code: String,
    pub status: LeafStatus,
    pub points: Decimal,
    pub max_points: Decimal,
    /// The computed percentage of a ratio, rounded to two decimals, for display.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent: Option<Decimal>,
    /// How many problems this leaf has (listed in [`ScoreSheet::problems`]).
    pub problems: usize,
}

/// Scores of a field, criterion or grouped sub-criterion.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NodeScore {
    pub code: String,
    /// Points so far: the exact sum of the leaves' rounded points.
    pub points: Decimal,
    /// Maximum as declared in the set.
    pub max_points: Decimal,
    /// Declared maximum minus excluded items.
    pub applicable_max: Decimal,
    /// Maximum of survey and appraiser-only items still waiting for the office.
    pub pending_max: Decimal,
    /// Leaves the unit answers itself.
    pub leaves: usize,
    /// Of those, how many have a valid answer (a value or a not-applicable claim).
    pub answered: usize,
    /// Of those, how many have no problem left.
    pub complete: usize,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<NodeScore>,
}

/// A bonus or penalty group: `points` is signed (a penalty is negative) and within the cap.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AdjustmentScore {
    pub code: String,
    pub kind: AdjustmentKind,
    /// Sum of the group's leaves before the cap.
    pub raw_points: Decimal,
    pub points: Decimal,
    pub cap: Decimal,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ScoreSheet {
    pub fields: Vec<NodeScore>,
    pub adjustments: Vec<AdjustmentScore>,
    /// Every leaf in document order.
    pub leaves: Vec<LeafScore>,
    /// Points of the fields, before bonus and penalty.
    pub fields_points: Decimal,
    /// Fields' points plus bonus minus penalty.
    pub total: Decimal,
    /// Declared maximum of the fields.
    pub max_points: Decimal,
    /// Maximum minus excluded items: the index denominator.
    pub applicable_max: Decimal,
    /// Points the office still has to set (surveys, appraiser-only items).
    pub pending_max: Decimal,
    /// `total ÷ applicable_max × 100`, two decimals; `None` if nothing applies.
    pub index_percent: Option<Decimal>,
    /// Label of the classification band the index falls in.
    pub classification: Option<String>,
    /// True while pending points may still change the index and the classification.
    pub provisional: bool,
    pub problems: Vec<Problem>,
}

impl ScoreSheet {
    pub fn leaf(&self, code: &str) -> Option<&LeafScore> {
        self.leaves.iter().find(|leaf| leaf.code == code)
    }

    /// Maximum the unit scores itself: applicable maximum minus pending items.
    pub fn self_assessable_max(&self) -> Decimal {
        self.applicable_max - self.pending_max
    }

    /// Leaves the unit answers itself, and how many of them are complete.
    pub fn progress(&self) -> (usize, usize) {
        self.fields
            .iter()
            .fold((0, 0), |(done, all), f| (done + f.complete, all + f.leaves))
    }

    pub fn problems_of<'a>(&'a self, code: &'a str) -> impl Iterator<Item = &'a ProblemKind> {
        self.problems
            .iter()
            .filter(move |p| p.code == code)
            .map(|p| &p.kind)
    }
}

/// Scores `answers` against `framework`. Never fails: every unanswered or invalid item is listed in
/// [`ScoreSheet::problems`] and counted as zero.
pub fn score(framework: &Framework, answers: &Answers) -> ScoreSheet {
    let mut scorer = Scorer {
        framework,
        answers,
        decimals: u32::from(framework.decimals),
        leaves: Vec::new(),
        problems: Vec::new(),
        answered_leaves: 0,
    };
    let fields: Vec<NodeScore> = framework
        .fields
        .iter()
        .map(|field| {
            let criteria = field
                .criteria
                .iter()
                .map(|criterion| {
                    let items = scorer.items(&criterion.items);
                    combine(&criterion.code, criterion.max_points, items)
                })
                .collect();
            combine(&field.code, field.max_points, criteria)
        })
        .collect();
    let adjustments: Vec<AdjustmentScore> = framework
        .adjustments
        .iter()
        .map(|group| {
            let items = scorer.items(&group.items);
            let raw_points: Decimal = items.iter().map(|item| item.points).sum();
            let capped = raw_points.min(group.cap);
            AdjustmentScore {
                code: group.code.clone(),
                kind: group.kind,
                raw_points,
                points: match group.kind {
                    AdjustmentKind::Bonus => capped,
                    AdjustmentKind::Penalty => -capped,
                },
                cap: group.cap,
            }
        })
        .collect();
    // Answers naming no leaf exist only when fewer leaves found an answer than there are
    // answers; then one pass over the tree finds them (this runs on every keystroke).
    if scorer.answered_leaves < answers.items.len() {
        let leaf_codes: std::collections::BTreeSet<&str> = framework
            .leaves()
            .map(|leaf| leaf.item.code.as_str())
            .collect();
        for code in answers.items.keys() {
            if !leaf_codes.contains(code.as_str()) {
                scorer.problems.push(Problem {
                    code: code.clone(),
                    kind: ProblemKind::UnknownItem,
                });
            }
        }
    }

    let fields_points: Decimal = fields.iter().map(|f| f.points).sum();
    let total = fields_points + adjustments.iter().map(|a| a.points).sum::<Decimal>();
    let applicable_max: Decimal = fields.iter().map(|f| f.applicable_max).sum();
    let pending_max: Decimal = fields.iter().map(|f| f.pending_max).sum();
    let index_percent = Decimal::HUNDRED.mul_div(total, applicable_max, INDEX_DECIMALS);
    let classification = index_percent.and_then(|index| classify(framework, index));
    ScoreSheet {
        fields,
        adjustments,
        leaves: scorer.leaves,
        fields_points,
        total,
        max_points: framework.max_points(),
        applicable_max,
        pending_max,
        index_percent,
        classification,
        provisional: !pending_max.is_zero(),
        problems: scorer.problems,
    }
}

/// Label of the first band (highest first) whose minimum the index reaches.
pub fn classify(framework: &Framework, index_percent: Decimal) -> Option<String> {
    framework
        .classification
        .iter()
        .find(|band| index_percent >= band.min_percent)
        .map(|band| band.label.clone())
}

struct Scorer<'a> {
    framework: &'a Framework,
    answers: &'a Answers,
    decimals: u32,
    leaves: Vec<LeafScore>,
    problems: Vec<Problem>,
    /// Leaves that found an answer: fewer than the answers means some answer names no leaf.
    answered_leaves: usize,
}

impl Scorer<'_> {
    fn items(&mut self, items: &[Item]) -> Vec<NodeScore> {
        items.iter().map(|item| self.item(item)).collect()
    }

    fn item(&mut self, item: &Item) -> NodeScore {
        let Some(rule) = item.rule.as_ref().filter(|_| item.is_leaf()) else {
            let children = self.items(&item.items);
            return combine(&item.code, item.max_points, children);
        };
        let answer = self.answers.get(&item.code);
        self.answered_leaves += usize::from(answer.is_some());
        let (leaf, problems) = leaf::score_leaf(
            item,
            rule,
            answer,
            self.framework.evidence_policy,
            self.decimals,
        );
        let self_assessed = rule.is_self_assessed();
        let answered =
            self_assessed && matches!(leaf.status, LeafStatus::Scored | LeafStatus::Excluded);
        let node = NodeScore {
            code: item.code.clone(),
            points: leaf.points,
            max_points: item.max_points,
            applicable_max: match leaf.status {
                LeafStatus::Excluded => Decimal::ZERO,
                _ => item.max_points,
            },
            pending_max: match leaf.status {
                LeafStatus::Pending => item.max_points,
                _ => Decimal::ZERO,
            },
            leaves: usize::from(self_assessed),
            answered: usize::from(answered),
            complete: usize::from(answered && problems.is_empty()),
            children: Vec::new(),
        };
        self.problems
            .extend(problems.into_iter().map(|kind| Problem {
                code: item.code.clone(),
                kind,
            }));
        self.leaves.push(leaf);
        node
    }
}

fn combine(code: &str, max_points: Decimal, children: Vec<NodeScore>) -> NodeScore {
    let sum = |get: fn(&NodeScore) -> Decimal| children.iter().map(get).sum::<Decimal>();
    let count = |get: fn(&NodeScore) -> usize| children.iter().map(get).sum::<usize>();
    NodeScore {
        code: code.to_string(),
        points: sum(|c| c.points),
        max_points,
        applicable_max: sum(|c| c.applicable_max),
        pending_max: sum(|c| c.pending_max),
        leaves: count(|c| c.leaves),
        answered: count(|c| c.answered),
        complete: count(|c| c.complete),
        children,
    }
}
