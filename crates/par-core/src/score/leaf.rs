//! Scoring one leaf: its rule, the unit's answer, not-applicable claims and the evidence policy.

use std::collections::BTreeSet;

use crate::answers::{Answer, AnswerValue};
use crate::decimal::Decimal;
use crate::framework::{EvidencePolicy, Item, NotApplicable};
use crate::problems::ProblemKind;
use crate::rule::{band_points, Percentage, Rule, ZeroDenominator};

use super::{LeafScore, LeafStatus};

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
    policy: EvidencePolicy,
    decimals: u32,
) -> (LeafScore, Vec<ProblemKind>) {
    let mut problems = Vec::new();
    let max = item.max_points;
    let mut percent = None;
    let (status, points) = match answer {
        // Survey and appraiser-only points are set by the office, never by the unit: whatever
        // a unit's answers say about such an item is ignored for the score and reported, so
        // the export (and verification) refuses it, naming the item.
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
            match apply_rule(rule, value, max, decimals) {
                RuleOutcome::Points(points) => {
                    let answer = answer.expect("matched Some");
                    let needs_evidence =
                        item.evidence_required() && !points.is_zero() && !answer.has_evidence();
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
    let score = LeafScore {
        code: item.code.clone(),
        status,
        // A safety net only: validated sets never produce points outside 0..=max.
        points: points.round(decimals).clamp(Decimal::ZERO, max),
        max_points: max,
        percent,
        problems: problems.len(),
    };
    (score, problems)
}

fn apply_rule(rule: &Rule, value: &AnswerValue, max: Decimal, decimals: u32) -> RuleOutcome {
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
            Points((*start + change).clamp(Decimal::ZERO, max).round(decimals))
        }
        _ => wrong_kind(),
    }
}
