//! The office's side of the round, as the office app keeps it per submission: what the appraiser
//! typed (kept as typed, so nothing is lost and a reload shows the same boxes), what it reads as
//! (`OfficeEntries`, remarks, requests and the deadline, or every problem located at its item),
//! the files signed and received (as their texts, opened again whenever used), what differs
//! between two sheets per field, and the trail.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::trail::{trail, Trail, TrailFile};
use super::{Appraisal, AppraisalDraft, Explanation, FinalResult, Round};
use crate::answers::Answers;
use crate::decimal::Decimal;
use crate::framework::Framework;
use crate::input::{parse_date_vi, parse_decimal, InputError};
use crate::lang::Lang;
use crate::score::{score_appraised, LeafStatus, OfficeEntries, ScoreSheet};
use crate::submission::Payload;

/// One item as the appraiser typed it. Every box is text, kept exactly as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypedItem {
    /// The appraised points ("0,5"); empty keeps the self score ("công nhận"), or, for survey
    /// and appraiser-only items, leaves the item waiting.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub points: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub remark: String,
    /// Yêu cầu giải trình: what the unit must answer.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub request: String,
}

impl TypedItem {
    pub fn is_empty(&self) -> bool {
        *self == TypedItem::default()
    }
}

/// One round of one unit as typed: every item's boxes, the rejected not-applicable claims and
/// the deadline for explanations (`dd/mm/yyyy`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypedRound {
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub items: BTreeMap<String, TypedItem>,
    /// Codes of items, criteria or fields whose not-applicable claim the appraiser rejects.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub rejected: BTreeSet<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub deadline: String,
}

impl TypedRound {
    /// Changes one item's boxes with `change`; an item left with nothing typed is dropped.
    pub fn edit(&mut self, code: &str, change: impl FnOnce(&mut TypedItem)) {
        let item = self.items.entry(code.to_string()).or_default();
        change(item);
        if item.is_empty() {
            self.items.remove(code);
        }
    }

    pub fn item(&self, code: &str) -> TypedItem {
        self.items.get(code).cloned().unwrap_or_default()
    }

    /// The boxes that give `office` back: the final round starts from round 1's entries.
    pub fn from_entries(office: &OfficeEntries) -> TypedRound {
        let mut typed = TypedRound {
            rejected: office.rejected_claims.clone(),
            ..TypedRound::default()
        };
        for (code, points) in office.adjusted.iter().chain(&office.points) {
            typed.edit(code, |item| item.points = points.format_vi_short());
        }
        typed
    }
}

/// Why what was typed cannot be used as it is, at its item.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TypedProblem {
    #[error("tiêu chí {code}: điểm thẩm định “{text}” không đọc được ({reason})")]
    NotANumber {
        code: String,
        text: String,
        reason: String,
    },
    #[error("tiêu chí {code}: điểm thẩm định phải từ {min} đến {max}")]
    OutOfRange {
        code: String,
        min: String,
        max: String,
    },
    #[error(
        "tiêu chí {code}: đơn vị khai không áp dụng (không tính vào điểm tối đa); muốn chấm điểm \
         thì đánh dấu “không chấp nhận không áp dụng” trước"
    )]
    Excluded { code: String },
    #[error("có yêu cầu giải trình: hãy ghi hạn giải trình (dd/mm/yyyy)")]
    DeadlineMissing,
    #[error("hạn giải trình “{text}” không đọc được: {reason}")]
    DeadlineUnreadable { text: String, reason: String },
}

impl TypedProblem {
    /// The item to take the user to, if the problem has one.
    pub fn code(&self) -> Option<&str> {
        match self {
            TypedProblem::NotANumber { code, .. }
            | TypedProblem::OutOfRange { code, .. }
            | TypedProblem::Excluded { code } => Some(code),
            _ => None,
        }
    }

    pub fn describe(&self, lang: Lang) -> String {
        match (self, lang) {
            (_, Lang::Vi) => self.to_string(),
            (TypedProblem::NotANumber { code, text, reason }, Lang::En) => {
                format!("item {code}: the appraised points “{text}” do not read ({reason})")
            }
            (TypedProblem::OutOfRange { code, min, max }, Lang::En) => {
                format!("item {code}: the appraised points must be from {min} to {max}")
            }
            (TypedProblem::Excluded { code }, Lang::En) => format!(
                "item {code}: the unit claims it does not apply (out of the maximum); to score it, \
                 tick “reject the not-applicable claim” first"
            ),
            (TypedProblem::DeadlineMissing, Lang::En) => {
                "there are requests for explanation: give the deadline (dd/mm/yyyy)".into()
            }
            (TypedProblem::DeadlineUnreadable { text, reason }, Lang::En) => {
                format!("the deadline “{text}” does not read: {reason}")
            }
        }
    }
}

/// What the boxes read as: the entries usable now (a box with a problem is left out, so the
/// totals shown never count a figure the file would not carry) and every problem.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReadRound {
    pub draft: AppraisalDraft,
    pub problems: Vec<TypedProblem>,
}

impl ReadRound {
    pub fn problem_of(&self, code: &str) -> Option<&TypedProblem> {
        self.problems.iter().find(|p| p.code() == Some(code))
    }
}

/// Reads `typed` for a submission with `answers` on `framework`. Rejections count only for
/// codes the unit claimed not applicable; remarks and requests only for the set's items (a
/// final round carries neither: `round` says which).
pub fn read_typed(
    framework: &Framework,
    answers: &Answers,
    typed: &TypedRound,
    round: Round,
) -> ReadRound {
    let mut read = ReadRound::default();
    let office = &mut read.draft.office;
    office.rejected_claims = typed
        .rejected
        .iter()
        .filter(|code| {
            answers.get(code).is_some_and(|a| a.not_applicable)
                || answers.group_claims.contains_key(*code)
        })
        .cloned()
        .collect();
    // Which items are out of the maximum once the rejections apply: they cannot be adjusted.
    let claims_only = score_appraised(framework, answers, office);
    for leaf in framework.leaves() {
        let code = &leaf.item.code;
        let Some(item) = typed.items.get(code) else {
            continue;
        };
        let text = item.points.trim();
        if !text.is_empty() {
            match parse_decimal(text) {
                Err(error) => read.problems.push(TypedProblem::NotANumber {
                    code: code.clone(),
                    text: crate::one_line(text).into_owned(),
                    reason: error.message(Lang::Vi),
                }),
                Ok(None) => {}
                Ok(Some(points)) => {
                    let (min, max) = (leaf.item.floor(), leaf.item.max_points);
                    let excluded = claims_only
                        .leaf(code)
                        .is_some_and(|l| l.status == LeafStatus::Excluded);
                    if !(min..=max).contains(&points) {
                        read.problems.push(TypedProblem::OutOfRange {
                            code: code.clone(),
                            min: min.format_vi_short(),
                            max: max.format_vi_short(),
                        });
                    } else if leaf.rule.is_self_assessed() && excluded {
                        read.problems
                            .push(TypedProblem::Excluded { code: code.clone() });
                    } else if leaf.rule.is_self_assessed() {
                        read.draft.office.adjusted.insert(code.clone(), points);
                    } else {
                        read.draft.office.points.insert(code.clone(), points);
                    }
                }
            }
        }
        if round == Round::First {
            for (text, map) in [
                (&item.remark, &mut read.draft.remarks),
                (&item.request, &mut read.draft.requests),
            ] {
                if !text.trim().is_empty() {
                    map.insert(code.clone(), text.trim().to_string());
                }
            }
        }
    }
    if round == Round::First {
        match deadline_utc(&typed.deadline) {
            Ok(Some(deadline)) => read.draft.explanation_deadline = Some(deadline),
            Ok(None) if !read.draft.requests.is_empty() => {
                read.problems.push(TypedProblem::DeadlineMissing)
            }
            Ok(None) => {}
            Err(error) => read.problems.push(TypedProblem::DeadlineUnreadable {
                text: crate::one_line(typed.deadline.trim()).into_owned(),
                reason: error.message(Lang::Vi),
            }),
        }
    }
    read
}

/// Hour (UTC) of a deadline day: 17:00 in Việt Nam (UTC+7), the end of the working day.
const DEADLINE_HOUR_UTC: u32 = 10;

/// The deadline typed `dd/mm/yyyy` as the moment the file carries: 17:00 Việt Nam time that day.
pub fn deadline_utc(text: &str) -> Result<Option<String>, InputError> {
    Ok(parse_date_vi(text)?.map(|iso| format!("{iso}T{DEADLINE_HOUR_UTC:02}:00:00Z")))
}

/// A deadline from a file (`2026-01-20T10:00:00Z`) as the day typed: `20/01/2026`.
pub fn deadline_typed(rfc3339: &str) -> String {
    crate::input::iso_to_vi(rfc3339.get(..10).unwrap_or(rfc3339))
}

/// One field (or the whole) whose points or applicable maximum differ between two sheets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    pub code: String,
    pub before: Decimal,
    pub after: Decimal,
    pub max_before: Decimal,
    pub max_after: Decimal,
}

impl FieldChange {
    pub fn changed(&self) -> bool {
        self.before != self.after || self.max_before != self.max_after
    }
}

/// Every field of two sheets of the same set side by side, in the set's order.
pub fn field_changes(before: &ScoreSheet, after: &ScoreSheet) -> Vec<FieldChange> {
    before
        .fields
        .iter()
        .zip(&after.fields)
        .map(|(b, a)| FieldChange {
            code: a.code.clone(),
            before: b.points,
            after: a.points,
            max_before: b.applicable_max,
            max_after: a.applicable_max,
        })
        .collect()
}

/// The office's record of one submission's round: what is being typed for round 1 and the
/// final round, and every file signed or received, as its text. Nothing here is trusted without
/// opening it again.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfficeRound {
    /// The submission appraised (its hash).
    pub submission: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub first: TypedRound,
    /// The final round's boxes; `None` until the final round is started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last: Option<TypedRound>,
    /// Signed appraisals (`par-appraisal/1`), oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub appraisals: Vec<String>,
    /// Explanations received (`par-explanation/1`), verified on import, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub explanations: Vec<String>,
    /// Final results signed (`par-final/1`), oldest first; the last is the one published.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub finals: Vec<String>,
}

fn is_default(typed: &TypedRound) -> bool {
    *typed == TypedRound::default()
}

fn push_once<P: crate::submission::SignedPayload>(list: &mut Vec<String>, text: &str) -> bool {
    let hash = crate::submission::Signed::<P>::open(text)
        .ok()
        .map(|(_, h)| h);
    let known = list.iter().any(|kept| {
        crate::submission::Signed::<P>::open(kept)
            .ok()
            .map(|(_, h)| h)
            == hash
    });
    if !known {
        list.push(text.to_string());
    }
    !known
}

impl OfficeRound {
    pub fn new(submission: &str) -> Self {
        OfficeRound {
            submission: submission.to_string(),
            ..OfficeRound::default()
        }
    }

    pub fn appraisals(&self) -> Vec<(Appraisal, String)> {
        self.appraisals
            .iter()
            .filter_map(|t| Appraisal::open(t).ok())
            .collect()
    }

    /// The latest appraisal signed: the one explanations answer.
    pub fn latest_appraisal(&self) -> Option<(Appraisal, String)> {
        self.appraisals().pop()
    }

    pub fn explanations(&self) -> Vec<(Explanation, String)> {
        self.explanations
            .iter()
            .filter_map(|t| Explanation::open(t).ok())
            .collect()
    }

    /// The latest explanation answering `appraisal` (its hash).
    pub fn explanation_of(&self, appraisal: &str) -> Option<(Explanation, String)> {
        self.explanations()
            .into_iter()
            .filter(|(e, _)| e.payload.appraisal == appraisal)
            .max_by(|(a, _), (b, _)| a.payload.created_at.cmp(&b.payload.created_at))
    }

    pub fn latest_final(&self) -> Option<(FinalResult, String)> {
        self.finals
            .iter()
            .rev()
            .find_map(|t| FinalResult::open(t).ok())
    }

    /// Keeps a signed file once (by hash); returns whether it was new.
    pub fn add_appraisal(&mut self, text: &str) -> bool {
        push_once::<super::AppraisalPayload>(&mut self.appraisals, text)
    }

    pub fn add_explanation(&mut self, text: &str) -> bool {
        push_once::<super::ExplanationPayload>(&mut self.explanations, text)
    }

    pub fn add_final(&mut self, text: &str) -> bool {
        push_once::<super::FinalPayload>(&mut self.finals, text)
    }

    /// The final round's boxes, starting (when not started yet) from the latest appraisal's
    /// entries.
    pub fn start_final(&mut self) -> &mut TypedRound {
        if self.last.is_none() {
            self.last = Some(self.final_boxes());
        }
        self.last.get_or_insert_with(TypedRound::default)
    }

    /// The final round's boxes as they are, or as they start: the latest appraisal's entries.
    pub fn final_boxes(&self) -> TypedRound {
        self.last.clone().unwrap_or_else(|| {
            self.latest_appraisal()
                .map(|(a, _)| TypedRound::from_entries(&a.payload.office))
                .unwrap_or_else(|| self.first.clone())
        })
    }

    /// Submission → appraisal → explanation → final, with what changed at each step.
    pub fn trail(&self, submission: &Payload, hash: &str) -> Trail {
        let appraisals = self.appraisals();
        let explanations = self.explanations();
        let finals: Vec<_> = self
            .finals
            .iter()
            .filter_map(|t| FinalResult::open(t).ok())
            .collect();
        let mut files = vec![TrailFile::Submission(submission, hash)];
        files.extend(
            appraisals
                .iter()
                .map(|(a, h)| TrailFile::Appraisal(&a.payload, h)),
        );
        files.extend(
            explanations
                .iter()
                .map(|(e, h)| TrailFile::Explanation(&e.payload, h)),
        );
        files.extend(finals.iter().map(|(f, h)| TrailFile::Final(&f.payload, h)));
        trail(&files)
    }
}
