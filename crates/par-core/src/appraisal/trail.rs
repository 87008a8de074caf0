//! One unit's files in the order of the round — submission revisions → appraisal → explanation →
//! final — each with what changed at that step: the items whose score moved from the step before
//! (self scores to round 1, round 1 to the final round, to the final result), and the items an
//! explanation answered. Files arrive in any order (folders, downloads); the order comes from
//! the hashes each file names, never from file names or times alone.

use serde::Serialize;

use super::outcome::FileKind;
use super::{AppraisalPayload, ExplanationPayload, FinalPayload, Round};
use crate::decimal::Decimal;
use crate::score::{LeafScore, LeafStatus, ScoreSheet};
use crate::submission::Payload;

/// A verified file of the unit with its hash.
#[derive(Debug, Clone, Copy)]
pub enum TrailFile<'a> {
    Submission(&'a Payload, &'a str),
    Appraisal(&'a AppraisalPayload, &'a str),
    Explanation(&'a ExplanationPayload, &'a str),
    Final(&'a FinalPayload, &'a str),
}

/// One item whose score moved at a step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemChange {
    pub code: String,
    /// Points before and after; `None` when the item does not count (excluded: its maximum
    /// is out of the denominator), so a rejected claim shows as a change even at 0 points.
    pub before: Option<Decimal>,
    pub after: Option<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Step {
    pub kind: FileKind,
    pub hash: String,
    pub created_at: String,
    /// Submission revision, or round of an appraisal (1 or 2 for the final round).
    pub number: u32,
    /// Total and index after this step, for the steps that carry scores.
    pub total: Option<Decimal>,
    pub index_percent: Option<Decimal>,
    pub changed: Vec<ItemChange>,
    /// Items an explanation answered, or an appraisal requested an explanation for.
    pub items: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Trail {
    pub steps: Vec<Step>,
    /// Files that name a file not among those given (an explanation of an appraisal never
    /// received…): listed apart, by hash, rather than placed by guess.
    pub unlinked: Vec<String>,
}

/// The trail of one unit's files.
pub fn trail(files: &[TrailFile<'_>]) -> Trail {
    let mut submissions: Vec<(&Payload, &str)> = Vec::new();
    let mut appraisals: Vec<(&AppraisalPayload, &str)> = Vec::new();
    let mut explanations: Vec<(&ExplanationPayload, &str)> = Vec::new();
    let mut finals: Vec<(&FinalPayload, &str)> = Vec::new();
    for file in files {
        match *file {
            TrailFile::Submission(p, h) => submissions.push((p, h)),
            TrailFile::Appraisal(p, h) => appraisals.push((p, h)),
            TrailFile::Explanation(p, h) => explanations.push((p, h)),
            TrailFile::Final(p, h) => finals.push((p, h)),
        }
    }
    submissions.sort_by_key(|(p, _)| p.revision);
    appraisals.sort_by(|(a, _), (b, _)| {
        (a.round == Round::Final, &a.created_at).cmp(&(b.round == Round::Final, &b.created_at))
    });
    explanations.sort_by(|(a, _), (b, _)| a.created_at.cmp(&b.created_at));
    finals.sort_by(|(a, _), (b, _)| a.created_at.cmp(&b.created_at));

    let mut trail = Trail::default();
    let mut last: Option<&ScoreSheet> = None;
    let mut placed: Vec<&str> = Vec::new();
    for (payload, hash) in &submissions {
        trail.steps.push(scored(
            FileKind::Submission,
            hash,
            &payload.created_at,
            payload.revision,
            &payload.scores,
            last,
            Vec::new(),
        ));
        last = Some(&payload.scores);
        placed.push(hash);
    }
    for (payload, hash) in &appraisals {
        if !placed.contains(&payload.submission.sha256.as_str()) {
            trail.unlinked.push(hash.to_string());
            continue;
        }
        let number = if payload.round == Round::Final { 2 } else { 1 };
        let requested = payload.requests.keys().cloned().collect();
        trail.steps.push(scored(
            FileKind::Appraisal,
            hash,
            &payload.created_at,
            number,
            &payload.scores,
            last,
            requested,
        ));
        last = Some(&payload.scores);
        placed.push(hash);
        for (explanation, hash) in explanations.iter().filter(|(e, _)| e.appraisal == *hash) {
            trail.steps.push(Step {
                kind: FileKind::Explanation,
                hash: hash.to_string(),
                created_at: explanation.created_at.clone(),
                number,
                total: None,
                index_percent: None,
                changed: Vec::new(),
                items: explanation.answers.keys().cloned().collect(),
            });
            placed.push(hash);
        }
    }
    for (_, hash) in &explanations {
        if !placed.contains(hash) {
            trail.unlinked.push(hash.to_string());
        }
    }
    for (payload, hash) in &finals {
        if !placed.contains(&payload.appraisal.as_str()) {
            trail.unlinked.push(hash.to_string());
            continue;
        }
        trail.steps.push(scored(
            FileKind::Final,
            hash,
            &payload.created_at,
            1,
            &payload.scores,
            last,
            Vec::new(),
        ));
        last = Some(&payload.scores);
    }
    trail
}

fn scored(
    kind: FileKind,
    hash: &str,
    created_at: &str,
    number: u32,
    scores: &ScoreSheet,
    before: Option<&ScoreSheet>,
    items: Vec<String>,
) -> Step {
    Step {
        kind,
        hash: hash.to_string(),
        created_at: created_at.to_string(),
        number,
        total: Some(scores.total),
        index_percent: scores.index_percent,
        changed: before.map_or_else(Vec::new, |before| changes(before, scores)),
        items,
    }
}

/// Leaves whose points, or whether they count, differ between two sheets of the same set, in
/// the set's order.
pub fn changes(before: &ScoreSheet, after: &ScoreSheet) -> Vec<ItemChange> {
    let counted = |leaf: &LeafScore| (leaf.status != LeafStatus::Excluded).then_some(leaf.points);
    after
        .leaves
        .iter()
        .filter_map(|leaf| {
            let old = before.leaf(&leaf.code).and_then(counted);
            let new = counted(leaf);
            (old != new).then(|| ItemChange {
                code: leaf.code.clone(),
                before: old,
                after: new,
            })
        })
        .collect()
}
