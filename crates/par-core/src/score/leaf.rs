//! Scoring one leaf: its rule, the unit's answer, not-applicable claims and the evidence policy.

use std::collections::BTreeSet;

use crate::answers::{Answer, AnswerValue, GroupClaim};
use crate::decimal::Decimal;
use crate::framework::{ClaimWithoutEvidence, EvidencePolicy, Item, NotApplicable};
use crate::problems::ProblemKind;
use crate::rule::{band_points, Percentage, Rule, ZeroDenominator};

use super::office::{apply_adjustment, score_office_item, OfficeEntries};
use super::{LeafScore, LeafStatus};

/// What scoring one leaf needs besides the leaf and its answer.
pub(super) struct LeafContext<'a> {
    pub policy: EvidencePolicy,
    pub claim_without_evidence: ClaimWithoutEvidence,
    pub decimals: u32,
    pub office: &'a OfficeEntries,
}

/// A not-applicable claim for the whole criterion or field a leaf is under, in force.
#[derive(Clone, Copy)]
pub(super) struct GroupInForce<'a> {
    pub meaning: NotApplicable,
    pub claim: &'a GroupClaim,
}

impl LeafContext<'_> {
    /// Whether a full-points claim without evidence scores zero for an item needing evidence.
    pub fn claim_needs_evidence(&self, item: &Item) -> bool {
        self.policy == EvidencePolicy::ZeroWithoutEvidence
            && self.claim_without_evidence == ClaimWithoutEvidence::ScoresZero
            && item.evidence_required()
    }
}

/// Outcome of applying a rule to a value, before the evidence policy.
enum RuleOutcome {
    Points(Decimal),
    Excluded,
    Invalid(ProblemKind),
}

/// Scores one leaf and lists what needs attention.
pub(super) fn score_leaf(
    item: &Item,
    rule: &Rule,
    answer: Option<&Answer>,
    group: Option<GroupInForce<'_>>,
    context: &LeafContext<'_>,
) -> (LeafScore, Vec<ProblemKind>) {
    let (policy, decimals) = (context.policy, context.decimals);
    let mut problems = Vec::new();
    let (max, floor) = (item.max_points, item.floor());
    let mut percent = None;
    // A rejected claim is scored as if it had not been made.
    let unclaimed;
    let answer = match answer {
        Some(a) if a.not_applicable && context.office.rejected_claims.contains(&item.code) => {
            problems.push(ProblemKind::ClaimRejected);
            unclaimed = Answer {
                not_applicable: false,
                ..a.clone()
            };
            Some(&unclaimed)
        }
        other => other,
    };
    let (status, points) = match answer {
        // One claim for the whole criterion or field covers the item (its problems, such as a
        // missing explanation, are the group's).
        _ if group.is_some() => match group.map(|g| (g.meaning, g.claim)) {
            Some((NotApplicable::Excluded, _)) => (LeafStatus::Excluded, Decimal::ZERO),
            Some((_, claim)) if context.claim_needs_evidence(item) && !claim.has_evidence() => {
                (LeafStatus::Scored, Decimal::ZERO)
            }
            _ => (LeafStatus::Scored, max),
        },
        _ if !rule.is_self_assessed() && context.office.has_entry(&item.code) => {
            let (status, points, shown, found) =
                score_office_item(item, rule, context.office, decimals);
            percent = shown;
            problems.extend(found);
            (status, points)
        }
        // Survey and appraiser-only points are set by the office (`OfficeEntries`), never by
        // the unit: whatever a unit's answers say about such an item is ignored for the score
        // and reported, so the export (and verification) refuses it, naming the item.
        _ if !rule.is_self_assessed() => {
            if answer.is_some_and(|a| !a.is_empty()) {
                problems.push(ProblemKind::OfficeOnly);
            }
            (LeafStatus::Pending, Decimal::ZERO)
        }
        Some(answer) if answer.not_applicable => {
            if !answer.has_explanation() {
                problems.push(ProblemKind::NotApplicableWithoutExplanation);
            }
            match item.not_applicable {
                NotApplicable::None => {
                    problems.push(ProblemKind::NotApplicableNotAllowed);
                    (LeafStatus::Invalid, Decimal::ZERO)
                }
                NotApplicable::FullPoints
                    if context.claim_needs_evidence(item) && !answer.has_evidence() =>
                {
                    problems.push(ProblemKind::EvidenceMissingScoredZero);
                    (LeafStatus::Scored, Decimal::ZERO)
                }
                NotApplicable::FullPoints => (LeafStatus::Scored, max),
                NotApplicable::Excluded => (LeafStatus::Excluded, Decimal::ZERO),
            }
        }
        Some(Answer {
            value: Some(value), ..
        }) => {
            if let (
                Rule::Ratio { .. },
                AnswerValue::Ratio {
                    numerator,
                    denominator,
                },
            ) = (rule, value)
            {
                percent = Percentage::of_ratio(*numerator, *denominator)
                    .filter(|p| p.is_within_0_to_100())
                    .map(|p| p.rounded(2));
            }
            match apply_rule(rule, value, (floor, max), decimals) {
                RuleOutcome::Points(points) => {
                    let answer = answer.expect("matched Some");
                    // Only points gained need proving: a deduction stands without a document.
                    let needs_evidence = item.evidence_required()
                        && points > Decimal::ZERO
                        && !answer.has_evidence();
                    match (needs_evidence, policy) {
                        (true, EvidencePolicy::ZeroWithoutEvidence) => {
                            problems.push(ProblemKind::EvidenceMissingScoredZero);
                            (LeafStatus::Scored, Decimal::ZERO)
                        }
                        (true, EvidencePolicy::ExplanationRequired)
                            if !answer.has_explanation() =>
                        {
                            problems.push(ProblemKind::EvidenceMissingNoExplanation);
                            (LeafStatus::Scored, points)
                        }
                        _ => (LeafStatus::Scored, points),
                    }
                }
                RuleOutcome::Excluded => (LeafStatus::Excluded, Decimal::ZERO),
                RuleOutcome::Invalid(problem) => {
                    problems.push(problem);
                    (LeafStatus::Invalid, Decimal::ZERO)
                }
            }
        }
        _ => {
            problems.push(ProblemKind::Unanswered);
            (LeafStatus::Unanswered, Decimal::ZERO)
        }
    };
    let (status, points) = if rule.is_self_assessed() {
        apply_adjustment(
            item,
            context.office,
            (status, points),
            decimals,
            &mut problems,
        )
    } else {
        (status, points)
    };
    let score = LeafScore {
        code: item.code.clone(),
        status,
        // A safety net only: validated sets never produce points outside floor..=max.
        points: points.round(decimals).clamp(floor, max),
        max_points: max,
        percent,
        problems: problems.len(),
    };
    (score, problems)
}

/// `range`: the item's floor (0, or below for a deduction) and maximum.
fn apply_rule(
    rule: &Rule,
    value: &AnswerValue,
    range: (Decimal, Decimal),
    decimals: u32,
) -> RuleOutcome {
    let (floor, max) = range;
    use RuleOutcome::*;
    let wrong_kind = || {
        Invalid(ProblemKind::WrongValueKind {
            expected: rule.kind().to_string(),
        })
    };
    match (rule, value) {
        (
            Rule::YesNo {
                yes_points,
                no_points,
            },
            AnswerValue::YesNo(yes),
        ) => Points(if *yes {
            yes_points.unwrap_or(max)
        } else {
            no_points.unwrap_or(Decimal::ZERO)
        }),
        (Rule::Levels { options }, AnswerValue::Level(id)) => {
            match options.iter().find(|option| &option.id == id) {
                Some(option) => Points(option.points),
                None => Invalid(ProblemKind::UnknownOption { id: id.clone() }),
            }
        }
        (Rule::Percent { bands }, AnswerValue::Percent(value)) => {
            let percent = Percentage::entered(*value);
            if !percent.is_within_0_to_100() {
                return Invalid(ProblemKind::PercentOutOfRange);
            }
            band_points(bands, &percent, max, decimals)
                .map_or(Invalid(ProblemKind::NoBandMatches), Points)
        }
        (
            Rule::Ratio {
                bands,
                on_zero_denominator,
                ..
            },
            AnswerValue::Ratio {
                numerator,
                denominator,
            },
        ) => {
            if numerator.is_negative() || denominator.is_negative() {
                return Invalid(ProblemKind::NegativeNumber);
            }
            if numerator > denominator {
                return Invalid(ProblemKind::NumeratorAboveDenominator);
            }
            match Percentage::of_ratio(*numerator, *denominator) {
                None => match on_zero_denominator {
                    ZeroDenominator::FullPoints => Points(max),
                    ZeroDenominator::ZeroPoints => Points(Decimal::ZERO),
                    ZeroDenominator::Excluded => Excluded,
                },
                Some(percent) => band_points(bands, &percent, max, decimals)
                    .map_or(Invalid(ProblemKind::NoBandMatches), Points),
            }
        }
        (Rule::Parts { parts, cap }, AnswerValue::Parts(ticked)) => {
            let ticked: BTreeSet<&String> = ticked.iter().collect();
            let mut sum = Decimal::ZERO;
            for id in ticked {
                match parts.iter().find(|part| &part.id == id) {
                    Some(part) => sum += part.points,
                    None => return Invalid(ProblemKind::UnknownPart { id: id.clone() }),
                }
            }
            Points(sum.min(cap.unwrap_or(max)))
        }
        (
            Rule::Count {
                per_occurrence,
                start,
                limit,
                ..
            },
            AnswerValue::Count(count),
        ) => {
            let mut change = per_occurrence.times(*count);
            if let Some(limit) = limit {
                change = change.clamp(-*limit, *limit);
            }
            Points((*start + change).clamp(floor, max).round(decimals))
        }
        _ => wrong_kind(),
    }
}
