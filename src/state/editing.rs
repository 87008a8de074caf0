//! Every change to the answers and to the unit — the only place they are written — and what
//! their boxes show.

use par_core::answers::{Answer, AnswerValue, EvidenceRef};

use super::{denominator_id, AppState, RatioSide, UnitField, UNIT_YEAR_ID};
use crate::model::problem_target::input_id;
use leptos::prelude::*;
use par_core::input::{parse_count, parse_decimal, parse_ratio_side};

impl AppState {
    /// Edits the answer of `code`, dropping it once nothing is left in it.
    pub(super) fn edit(&self, code: &str, change: impl FnOnce(&mut Answer)) {
        if self.read_only.get_untracked() {
            return;
        }
        self.answers.update(|answers| {
            change(answers.entry(code));
            let left_empty = answers.get(code).is_some_and(|a| {
                a.value.is_none()
                    && !a.not_applicable
                    && a.evidence.is_empty()
                    && a.explanation.is_empty()
            });
            if left_empty {
                answers.items.remove(code);
            }
        });
    }

    pub(super) fn set_raw(&self, id: &str, text: &str) {
        if self.read_only.get_untracked() {
            return;
        }
        self.raw.update(|raw| {
            if text.is_empty() {
                raw.remove(id);
            } else {
                raw.insert(id.to_string(), text.to_string());
            }
        });
    }

    pub fn set_value(&self, code: &str, value: Option<AnswerValue>) {
        self.edit(code, |answer| answer.value = value);
    }

    /// Forgets the value of `code` and whatever was typed for it.
    pub fn clear_value(&self, code: &str) {
        if self.read_only.get_untracked() {
            return;
        }
        self.raw.update(|raw| {
            raw.remove(&input_id(code));
            raw.remove(&denominator_id(code));
        });
        self.set_value(code, None);
    }

    pub fn set_part(&self, code: &str, part: &str, ticked: bool) {
        self.edit(code, |answer| {
            let mut parts = match answer.value.take() {
                Some(AnswerValue::Parts(parts)) => parts,
                _ => Vec::new(),
            };
            parts.retain(|p| p != part);
            if ticked {
                parts.push(part.to_string());
            }
            // Ticking nothing is an answer too ("none of these was done"): keep it.
            answer.value = Some(AnswerValue::Parts(parts));
        });
    }

    /// A percentage typed in the box of `code`; unreadable text scores nothing until fixed.
    pub fn type_percent(&self, code: &str, text: &str) {
        self.set_raw(&input_id(code), text);
        let value = parse_decimal(text).ok().flatten().map(AnswerValue::Percent);
        self.set_value(code, value);
    }

    pub fn type_count(&self, code: &str, text: &str) {
        self.set_raw(&input_id(code), text);
        let value = parse_count(text).ok().flatten().map(AnswerValue::Count);
        self.set_value(code, value);
    }

    /// One side of a ratio typed; the value exists only when both sides read as numbers.
    pub fn type_ratio(&self, code: &str, side: RatioSide, text: &str) {
        let (numerator_id, denominator_id) = (input_id(code), denominator_id(code));
        let stored = self.value(code);
        // Keep the other box's text as shown, even when it came from a stored value.
        let (this_id, other_id, other_side) = match side {
            RatioSide::Numerator => (&numerator_id, &denominator_id, RatioSide::Denominator),
            RatioSide::Denominator => (&denominator_id, &numerator_id, RatioSide::Numerator),
        };
        let other_text = untrack(|| self.box_text(other_id, || other_side.of(stored.as_ref())));
        self.set_raw(this_id, text);
        self.set_raw(other_id, &other_text);
        let (numerator_text, denominator_text) = match side {
            RatioSide::Numerator => (text, other_text.as_str()),
            RatioSide::Denominator => (other_text.as_str(), text),
        };
        let value = match (
            parse_ratio_side(numerator_text),
            parse_ratio_side(denominator_text),
        ) {
            (Ok(Some(numerator)), Ok(Some(denominator))) => Some(AnswerValue::Ratio {
                numerator,
                denominator,
            }),
            _ => None,
        };
        self.set_value(code, value);
    }

    pub fn set_not_applicable(&self, code: &str, not_applicable: bool) {
        self.edit(code, |answer| answer.not_applicable = not_applicable);
    }

    /// Claims, or withdraws, not applicable for the whole criterion or field `code`. A withdrawn
    /// claim's explanation and evidence are kept with the typed text of the draft and come back
    /// with the claim.
    pub fn set_group_claim(&self, code: &str, claimed: bool) {
        if self.read_only.get_untracked() {
            return;
        }
        let kept_id = format!("group-explanation-{code}");
        let kept_evidence_id = format!("group-evidence-{code}");
        if claimed {
            let (kept, kept_evidence) = self.raw.with_untracked(|raw| {
                let evidence = raw
                    .get(&kept_evidence_id)
                    .and_then(|json| serde_json::from_str::<Vec<EvidenceRef>>(json).ok());
                (raw.get(&kept_id).cloned(), evidence)
            });
            self.answers.update(|a| {
                let claim = a.group_claims.entry(code.to_string()).or_default();
                if claim.explanation.is_empty() {
                    claim.explanation = kept.unwrap_or_default();
                }
                if claim.evidence.is_empty() {
                    claim.evidence = kept_evidence.unwrap_or_default();
                }
            });
            self.set_raw(&kept_id, "");
            self.set_raw(&kept_evidence_id, "");
        } else {
            let removed = self
                .answers
                .try_update(|a| a.group_claims.remove(code))
                .flatten();
            if let Some(claim) = removed {
                self.set_raw(&kept_id, &claim.explanation);
                if !claim.evidence.is_empty() {
                    let json = serde_json::to_string(&claim.evidence).unwrap_or_default();
                    self.set_raw(&kept_evidence_id, &json);
                }
            }
        }
    }

    pub fn set_group_explanation(&self, code: &str, text: &str) {
        if self.read_only.get_untracked() {
            return;
        }
        self.answers.update(|a| {
            if let Some(claim) = a.group_claims.get_mut(code) {
                claim.explanation = text.to_string();
            }
        });
    }

    pub fn set_explanation(&self, code: &str, text: &str) {
        self.edit(code, |answer| answer.explanation = text.to_string());
    }

    pub fn set_unit_field(&self, field: UnitField, text: &str) {
        if self.read_only.get_untracked() {
            return;
        }
        if field == UnitField::Year {
            self.set_raw(UNIT_YEAR_ID, text);
        }
        self.unit.update(|unit| {
            let text = text.to_string();
            match field {
                UnitField::Province => unit.province = text,
                UnitField::Name => unit.name = text,
                UnitField::Code => unit.code = text.trim().to_string(),
                // 0 is out of range, so an unreadable year is reported, never silently kept.
                UnitField::Year => unit.year = text.trim().parse().unwrap_or(0),
                UnitField::Preparer => unit.preparer = text,
                UnitField::Chairperson => unit.chairperson = text,
            }
        });
    }
}
