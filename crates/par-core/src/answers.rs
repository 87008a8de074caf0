//! What the unit enters: a value per leaf, not-applicable claims, evidence and explanations.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::decimal::Decimal;

/// The answers of one unit to one criteria set, keyed by leaf code ("3.2.1").
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Answers {
    /// The criteria set these answers were made for.
    pub framework_id: String,
    pub framework_version: String,
    #[serde(default)]
    pub items: BTreeMap<String, Answer>,
    /// Not-applicable claims for a whole criterion or field, by its code, where the set allows
    /// one: one claim and one explanation cover every item under it, so no half of a field
    /// can be claimed alone.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub group_claims: BTreeMap<String, GroupClaim>,
}

/// A not-applicable claim for a whole criterion or field.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GroupClaim {
    /// Why nothing under it applies (mandatory).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub explanation: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceRef>,
}

impl GroupClaim {
    pub fn has_evidence(&self) -> bool {
        self.evidence.iter().any(EvidenceRef::is_filled)
    }

    pub fn has_explanation(&self) -> bool {
        !self.explanation.trim().is_empty()
    }
}

impl Answers {
    pub fn new(framework_id: impl Into<String>, framework_version: impl Into<String>) -> Self {
        Answers {
            framework_id: framework_id.into(),
            framework_version: framework_version.into(),
            items: BTreeMap::new(),
            group_claims: BTreeMap::new(),
        }
    }

    /// Whether these answers were made for `framework` (same id and version).
    pub fn is_for(&self, framework: &crate::Framework) -> bool {
        self.framework_id == framework.id && self.framework_version == framework.version
    }

    pub fn get(&self, code: &str) -> Option<&Answer> {
        self.items.get(code)
    }

    /// The answer for `code`, created empty if missing.
    pub fn entry(&mut self, code: &str) -> &mut Answer {
        self.items.entry(code.to_string()).or_default()
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Answer {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<AnswerValue>,
    /// The unit claims the item does not apply (needs an explanation).
    #[serde(default, skip_serializing_if = "is_false")]
    pub not_applicable: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceRef>,
    /// Giải trình: why the item is scored so, mandatory in some cases.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub explanation: String,
}

fn is_false(value: &bool) -> bool {
    !value
}

impl Answer {
    pub fn has_evidence(&self) -> bool {
        self.evidence.iter().any(EvidenceRef::is_filled)
    }

    pub fn has_explanation(&self) -> bool {
        !self.explanation.trim().is_empty()
    }

    /// Whether the user has entered anything at all for this item.
    pub fn is_empty(&self) -> bool {
        self.value.is_none()
            && !self.not_applicable
            && !self.has_evidence()
            && !self.has_explanation()
    }
}

/// The value entered, in the shape of the item's rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum AnswerValue {
    YesNo(bool),
    /// The id of the chosen option.
    Level(String),
    Percent(Decimal),
    Ratio {
        numerator: Decimal,
        denominator: Decimal,
    },
    /// Ids of the parts ticked.
    Parts(Vec<String>),
    Count(u32),
    /// Not an answer: points of survey and appraiser-only items are set by the office (the
    /// appraisal has its own record), never in a unit's answers. Read only so that a file
    /// carrying them is refused with every such item named: scoring ignores the value and
    /// reports [`ProblemKind::OfficeOnly`](crate::problems::ProblemKind::OfficeOnly) (or, on an
    /// item the unit scores, a value of the wrong kind), which blocks the export.
    #[serde(rename = "points")]
    #[cfg_attr(feature = "schema", schemars(skip))]
    OfficePoints(Decimal),
}

/// A cited evidence document (*tài liệu kiểm chứng*).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EvidenceRef {
    /// Document number, e.g. `125/KH-UBND`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub number: String,
    /// ISO date `yyyy-mm-dd`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub issuer: String,
    /// Page or section that proves the item, e.g. "Mục II.3, trang 4".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub location: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Fingerprint of the document file, computed where it was picked; the content is never stored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<FileFingerprint>,
}

impl EvidenceRef {
    /// A reference counts as evidence when it names a document or carries a file fingerprint.
    pub fn is_filled(&self) -> bool {
        !self.number.trim().is_empty() || !self.note.trim().is_empty() || self.file.is_some()
    }

    /// Nothing typed and no file picked: removing it loses nothing, so it needs no confirmation.
    pub fn is_blank(&self) -> bool {
        [
            &self.number,
            &self.date,
            &self.issuer,
            &self.location,
            &self.note,
        ]
        .iter()
        .all(|text| text.trim().is_empty())
            && self.file.is_none()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FileFingerprint {
    pub name: String,
    pub size: u64,
    /// Lower-case hex SHA-256 of the file's bytes.
    pub sha256: String,
}

impl FileFingerprint {
    /// The fingerprint of a file's bytes: its name, size and SHA-256 (the content is never kept).
    pub fn of(name: String, bytes: &[u8]) -> Self {
        FileFingerprint {
            name,
            size: bytes.len() as u64,
            sha256: crate::submission::sha256_hex(bytes),
        }
    }
}

#[cfg(test)]
mod evidence_tests {
    use super::*;

    #[test]
    fn a_reference_is_blank_only_with_nothing_typed_and_no_file() {
        assert!(EvidenceRef::default().is_blank());
        let spaces = EvidenceRef {
            issuer: "  ".into(),
            ..EvidenceRef::default()
        };
        assert!(spaces.is_blank());
        // Any one field, even one that does not make it count as evidence, is content to keep.
        let location_only = EvidenceRef {
            location: "Mục II".into(),
            ..EvidenceRef::default()
        };
        assert!(!location_only.is_blank() && !location_only.is_filled());
        let file_only = EvidenceRef {
            file: Some(FileFingerprint {
                name: "kh.pdf".into(),
                size: 1,
                sha256: "00".into(),
            }),
            ..EvidenceRef::default()
        };
        assert!(!file_only.is_blank());
    }
}
