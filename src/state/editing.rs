//! Every change to the answers and to the unit — the only place they are written — and what
//! their boxes show.

use par_core::answers::{Answer, AnswerValue, EvidenceRef, FileFingerprint};

use super::{
    denominator_id, evidence_input_id, AppState, EvidenceField, RatioSide, UnitField, UNIT_YEAR_ID,
};
use crate::model::problem_target::input_id;
use leptos::prelude::*;
use par_core::input::{iso_to_vi, parse_count, parse_date_vi, parse_decimal, parse_ratio_side};

impl AppState {
    /// Edits the answer of `code`, dropping it once nothing is left in it.
    fn edit(&self, code: &str, change: impl FnOnce(&mut Answer)) {
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

    fn set_raw(&self, id: &str, text: &str) {
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
    /// claim's explanation is kept with the typed text of the draft and comes back with the claim.
    pub fn set_group_claim(&self, code: &str, claimed: bool) {
        if self.read_only.get_untracked() {
            return;
        }
        let kept_id = format!("group-explanation-{code}");
        if claimed {
            let kept = self.raw.with_untracked(|raw| raw.get(&kept_id).cloned());
            self.answers.update(|a| {
                let claim = a.group_claims.entry(code.to_string()).or_default();
                if claim.explanation.is_empty() {
                    claim.explanation = kept.unwrap_or_default();
                }
            });
            self.set_raw(&kept_id, "");
        } else {
            let removed = self
                .answers
                .try_update(|a| a.group_claims.remove(code))
                .flatten();
            if let Some(claim) = removed {
                self.set_raw(&kept_id, &claim.explanation);
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

    pub fn add_evidence(&self, code: &str) {
        self.edit(code, |answer| answer.evidence.push(EvidenceRef::default()));
    }

    /// Removes one evidence reference; the typed dates of the rows below move up with them.
    pub fn remove_evidence(&self, code: &str, index: usize) {
        let count = self
            .answers
            .with_untracked(|a| a.get(code).map_or(0, |a| a.evidence.len()));
        if index >= count {
            return;
        }
        self.raw.update(|raw| {
            raw.remove(&evidence_input_id(code, index, EvidenceField::Date));
            for row in index + 1..count {
                if let Some(text) = raw.remove(&evidence_input_id(code, row, EvidenceField::Date)) {
                    raw.insert(evidence_input_id(code, row - 1, EvidenceField::Date), text);
                }
            }
        });
        self.edit(code, |answer| {
            answer.evidence.remove(index);
        });
    }

    pub fn set_evidence(&self, code: &str, index: usize, field: EvidenceField, text: &str) {
        if field == EvidenceField::Date {
            self.set_raw(&evidence_input_id(code, index, field), text);
        }
        self.edit(code, |answer| {
            let Some(evidence) = answer.evidence.get_mut(index) else {
                return;
            };
            let text = text.to_string();
            match field {
                EvidenceField::Number => evidence.number = text,
                // Stored as ISO; a date that does not read stays only in `raw`.
                EvidenceField::Date => {
                    evidence.date = parse_date_vi(&text).ok().flatten().unwrap_or_default()
                }
                EvidenceField::Issuer => evidence.issuer = text,
                EvidenceField::Location => evidence.location = text,
                EvidenceField::Note => evidence.note = text,
            }
        });
    }

    /// Sets or removes the fingerprint (name, size, SHA-256) of an evidence document's file.
    pub fn set_evidence_file(&self, code: &str, index: usize, file: Option<FileFingerprint>) {
        self.edit(code, |answer| {
            if let Some(evidence) = answer.evidence.get_mut(index) {
                evidence.file = file;
            }
        });
    }

    /// What an evidence box shows.
    pub fn evidence_text(&self, code: &str, index: usize, field: EvidenceField) -> String {
        if field == EvidenceField::Date {
            if let Some(text) = self.raw_text(&evidence_input_id(code, index, field)) {
                return text;
            }
        }
        self.answers.with(|a| {
            let Some(evidence) = a.get(code).and_then(|a| a.evidence.get(index)) else {
                return String::new();
            };
            match field {
                EvidenceField::Number => evidence.number.clone(),
                EvidenceField::Date => iso_to_vi(&evidence.date),
                EvidenceField::Issuer => evidence.issuer.clone(),
                EvidenceField::Location => evidence.location.clone(),
                EvidenceField::Note => evidence.note.clone(),
            }
        })
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
