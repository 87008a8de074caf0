//! Scoring a whole assessment: leaves → sub-criteria → criteria → fields → total, index and class.
//!
//! Rounding (the same everywhere, documented in the crate root): each leaf score is rounded half away
//! from zero to the set's `decimals`; every total is the exact sum of rounded leaf scores; the index is
//! `total ÷ applicable maximum × 100`, rounded half away from zero to two decimals.

mod figures;
mod leaf;
mod office;
mod rows;
mod summary;

pub use figures::declared_figures;
pub use office::{FiguresEntered, OfficeEntries};
pub use rows::{sheet_rows, sheet_rows_with, SheetRow, Shown};
pub use summary::{summary_lines, LineKind, SummaryLine};

use serde::{Deserialize, Serialize};

use crate::answers::{Answers, GroupClaim};
use crate::decimal::Decimal;
use crate::framework::{AdjustmentKind, Framework, Item, NotApplicable};
use crate::problems::{Problem, ProblemKind};

use leaf::{GroupInForce, LeafContext};

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

/// Scores `answers` against `framework`: the unit's self-assessment. Never fails: every
/// unanswered or invalid item is listed in [`ScoreSheet::problems`] and counted as zero.
pub fn score(framework: &Framework, answers: &Answers) -> ScoreSheet {
    score_appraised(framework, answers, &OfficeEntries::default())
}

/// Scores `answers` with what the appraising office entered: points and figures of the items it
/// scores, and the not-applicable claims it rejects.
pub fn score_appraised(
    framework: &Framework,
    answers: &Answers,
    office: &OfficeEntries,
) -> ScoreSheet {
    let context = LeafContext {
        policy: framework.evidence_policy,
        claim_without_evidence: framework.not_applicable_without_evidence,
        decimals: u32::from(framework.decimals),
        office,
    };
    let mut scorer = Scorer {
        answers,
        context,
        leaves: Vec::new(),
        problems: Vec::new(),
        answered_leaves: 0,
    };
    let fields: Vec<NodeScore> = framework
        .fields
        .iter()
        .map(|field| {
            let field_claim =
                scorer.group_claim(&field.code, field.not_applicable, field_items(field));
            let criteria = field
                .criteria
                .iter()
                .map(|criterion| {
                    let claim = field_claim.or_else(|| {
                        let items = criterion.items.iter().flat_map(leaf_items);
                        scorer.group_claim(&criterion.code, criterion.not_applicable, items)
                    });
                    let items = scorer.items(&criterion.items, claim);
                    combine(&criterion.code, criterion.max_points, items)
                })
                .collect();
            combine(&field.code, field.max_points, criteria)
        })
        .collect();
    for code in answers.group_claims.keys() {
        if framework.group_not_applicable(code).is_none() {
            scorer.problems.push(Problem {
                code: code.clone(),
                kind: ProblemKind::UnknownItem,
            });
        }
    }
    let adjustments: Vec<AdjustmentScore> = framework
        .adjustments
        .iter()
        .map(|group| {
            let items = scorer.items(&group.items, None);
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
    answers: &'a Answers,
    context: LeafContext<'a>,
    leaves: Vec<LeafScore>,
    problems: Vec<Problem>,
    /// Leaves that found an answer: fewer than the answers means some answer names no leaf.
    answered_leaves: usize,
}

impl<'a> Scorer<'a> {
    fn items(&mut self, items: &[Item], group: Option<GroupInForce<'a>>) -> Vec<NodeScore> {
        items.iter().map(|item| self.item(item, group)).collect()
    }

    /// The claim for the whole criterion or field `code`, if it is in force; its problems
    /// (not allowed, no explanation, rejected, evidence missing) are listed under `code`.
    fn group_claim<'i>(
        &mut self,
        code: &str,
        meaning: NotApplicable,
        mut leaves: impl Iterator<Item = &'i Item>,
    ) -> Option<GroupInForce<'a>> {
        let answers: &'a Answers = self.answers;
        let claim: &'a GroupClaim = answers.group_claims.get(code)?;
        let mut problem = |kind| {
            self.problems.push(Problem {
                code: code.to_string(),
                kind,
            })
        };
        if meaning.is_none() {
            problem(ProblemKind::NotApplicableNotAllowed);
            return None;
        }
        if !claim.has_explanation() {
            problem(ProblemKind::NotApplicableWithoutExplanation);
        }
        if self.context.office.rejected_claims.contains(code) {
            problem(ProblemKind::ClaimRejected);
            return None;
        }
        let unproven = meaning == NotApplicable::FullPoints
            && !claim.has_evidence()
            && leaves.any(|item| self.context.claim_needs_evidence(item));
        if unproven {
            problem(ProblemKind::EvidenceMissingScoredZero);
        }
        Some(GroupInForce { meaning, claim })
    }

    fn item(&mut self, item: &Item, group: Option<GroupInForce<'a>>) -> NodeScore {
        let Some(rule) = item.rule.as_ref().filter(|_| item.is_leaf()) else {
            let children = self.items(&item.items, group);
            return combine(&item.code, item.max_points, children);
        };
        let answer = self.answers.get(&item.code);
        self.answered_leaves += usize::from(answer.is_some());
        let (leaf, problems) = leaf::score_leaf(item, rule, answer, group, &self.context);
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

/// The scored leaves under a field.
fn field_items(field: &crate::framework::Field) -> impl Iterator<Item = &Item> {
    field
        .criteria
        .iter()
        .flat_map(|c| c.items.iter().flat_map(leaf_items))
}

/// An item if it is a leaf, otherwise its sub-items.
fn leaf_items(item: &Item) -> Box<dyn Iterator<Item = &Item> + '_> {
    if item.is_leaf() {
        Box::new(std::iter::once(item))
    } else {
        Box::new(item.items.iter())
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
