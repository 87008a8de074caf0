//! Drafts as stored in the browser, and backups of them: versioned records with migrations, a
//! revision counter that stops a stale tab from overwriting newer answers, carrying answers to a
//! new version of the criteria set with a list of what changed, and restore plans that never
//! overwrite a newer draft without asking.
//!
//! Storage itself (localStorage) is the app's; everything here is plain data and functions.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::answers::Answers;
use crate::framework::Framework;
use crate::unit::UnitInfo;

pub use crate::changes::{framework_changes, upgrade_answers, ChangeKind, FrameworkChange};

/// Schema version of [`DraftRecord`] written by this code. Bump it with a step in [`migrate`].
pub const DRAFT_SCHEMA_VERSION: u32 = 1;
pub const BACKUP_FORMAT: &str = "par-backup/1";

/// One draft: one unit, one year, one version of a criteria set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DraftRecord {
    pub schema_version: u32,
    /// Random id chosen when the draft is created.
    pub id: String,
    /// A name the user can change, e.g. "Tân Lập 2025".
    pub name: String,
    pub unit: UnitInfo,
    pub framework: FrameworkKey,
    pub answers: Answers,
    /// Text of number and date boxes exactly as typed (also what could not be parsed).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub raw_inputs: BTreeMap<String, String>,
    /// Code of the criterion open when the draft was last saved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_criterion: Option<String>,
    /// Increases by one on every save; a write must name the revision it was based on.
    pub revision: u64,
    /// RFC 3339 time of the last save.
    pub saved_at: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exports: Vec<ExportRecord>,
    /// Changes from a criteria-set upgrade the user has not reviewed yet.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pending_changes: Vec<FrameworkChange>,
    /// The appraisal round: files received and sent, answers being written. Absent until the
    /// first appraisal; records written before it existed read as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub round: Option<crate::appraisal::RoundRecord>,
}

impl DraftRecord {
    /// Whether `other` assesses the same thing: the same unit code (not empty), year and
    /// criteria-set version. One draft per unit and year is expected; the others are pointed out.
    pub fn same_assessment(&self, other: &DraftRecord) -> bool {
        let code = self.unit.code.trim();
        !code.is_empty()
            && code == other.unit.code.trim()
            && self.unit.year == other.unit.year
            && self.framework.id == other.framework.id
            && self.framework.version == other.framework.version
    }
}

/// For each draft of `list`, whether another draft of the list assesses the same thing.
pub fn duplicate_flags(list: &[DraftRecord]) -> Vec<bool> {
    list.iter()
        .enumerate()
        .map(|(i, a)| {
            list.iter()
                .enumerate()
                .any(|(j, b)| i != j && a.same_assessment(b))
        })
        .collect()
}

/// Which criteria set a draft was made on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrameworkKey {
    pub id: String,
    pub version: String,
    pub sha256: String,
}

impl FrameworkKey {
    pub fn of(framework: &Framework) -> Self {
        FrameworkKey {
            id: framework.id.clone(),
            version: framework.version.clone(),
            sha256: crate::submission::framework_hash(framework),
        }
    }
}

/// A submission exported from the draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportRecord {
    pub revision: u32,
    pub submission_id: String,
    /// The submission hash, named by the next revision's `replaces`.
    pub hash: String,
    pub created_at: String,
    pub file_name: String,
    /// [`content_digest`] of the unit and answers the file holds, so a reopened draft still knows
    /// whether it changed since (records written before it was kept have none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
}

/// SHA-256 of the canonical JSON of what an export signs from the draft (the unit and the
/// answers, which name their set's version): equal exactly when the file would say the same.
pub fn content_digest(unit: &UnitInfo, answers: &Answers) -> String {
    use crate::submission::{canonical_json, sha256_hex};
    sha256_hex(&canonical_json(&(unit, answers)))
}

/// The revision of the latest export whose content differs from `unit` and `answers`, if the
/// draft changed since; `None` when it did not, nothing was exported, or the latest record does
/// not carry its content.
pub fn changed_since_export(
    exports: &[ExportRecord],
    unit: &UnitInfo,
    answers: &Answers,
) -> Option<u32> {
    let latest = exports.iter().max_by_key(|record| record.revision)?;
    let content = latest.content.as_deref()?;
    (content != content_digest(unit, answers)).then_some(latest.revision)
}

/// Why a stored record cannot be opened as it is. The raw text is always kept by the caller.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DraftError {
    #[error("bản nháp bị hỏng (không phải JSON hợp lệ): {0}")]
    NotJson(String),
    #[error("bản nháp thiếu số phiên bản lưu trữ")]
    NoVersion,
    #[error("bản nháp do phiên bản ứng dụng mới hơn tạo (lưu trữ phiên bản {0}); hãy mở bằng ứng dụng mới nhất")]
    NewerVersion(u32),
    #[error("bản nháp có phiên bản lưu trữ không xác định ({0})")]
    UnknownVersion(u32),
    #[error("bản nháp không đúng cấu trúc: {0}")]
    Invalid(String),
}

/// Reads a stored draft of any known schema version, migrating it to the current one.
pub fn migrate(text: &str) -> Result<DraftRecord, DraftError> {
    let value = crate::parse_value(text).map_err(|e| DraftError::NotJson(e.to_string()))?;
    migrate_value(value)
}

fn migrate_value(value: serde_json::Value) -> Result<DraftRecord, DraftError> {
    let version = value
        .get("schema_version")
        .and_then(serde_json::Value::as_u64)
        .ok_or(DraftError::NoVersion)?;
    let version = u32::try_from(version).map_err(|_| DraftError::UnknownVersion(u32::MAX))?;
    // Each older version gets one step here that rewrites `value` into the next version's shape.
    match version {
        DRAFT_SCHEMA_VERSION => {}
        v if v > DRAFT_SCHEMA_VERSION => return Err(DraftError::NewerVersion(v)),
        v => return Err(DraftError::UnknownVersion(v)),
    }
    crate::parse_json(&value.to_string()).map_err(|e| DraftError::Invalid(e.to_string()))
}

/// A save refused because another tab saved first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("bản nháp đã được sửa ở thẻ khác (phiên bản {stored}, thẻ này dựa trên {based_on})")]
pub struct StaleWrite {
    pub stored: u64,
    pub based_on: u64,
}

/// Whether a tab whose copy is `based_on` may write over what is stored (`stored`, if any).
/// Returns the revision the new record must carry.
pub fn next_revision(stored: Option<u64>, based_on: u64) -> Result<u64, StaleWrite> {
    match stored {
        Some(stored) if stored != based_on => Err(StaleWrite { stored, based_on }),
        _ => Ok(based_on + 1),
    }
}

/// A backup file of one or more drafts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Backup {
    pub format: String,
    pub created_at: String,
    pub drafts: Vec<DraftRecord>,
    /// The imported criteria sets the drafts were made on (not one the app ships), so that a
    /// draft restored in another browser opens without asking for its set file again. Optional:
    /// backups written before this field existed still restore.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub criteria_sets: Vec<serde_json::Value>,
}

impl Backup {
    pub fn new(created_at: impl Into<String>, drafts: Vec<DraftRecord>) -> Self {
        Backup {
            format: BACKUP_FORMAT.to_string(),
            created_at: created_at.into(),
            drafts,
            criteria_sets: Vec::new(),
        }
    }

    /// Adds the text of an imported criteria set; a set already in the backup is kept once.
    pub fn add_criteria_set(&mut self, text: &str) -> Result<(), DraftError> {
        let set = crate::parse_value(text)
            .map_err(|e| DraftError::Invalid(format!("bộ tiêu chí: {e}")))?;
        if !self.criteria_sets.contains(&set) {
            self.criteria_sets.push(set);
        }
        Ok(())
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a backup serialises")
    }

    /// Reads a backup file, migrating each draft; any problem is reported with its place.
    pub fn parse(text: &str) -> Result<Backup, DraftError> {
        let mut value = crate::parse_value(text).map_err(|e| DraftError::NotJson(e.to_string()))?;
        if value.get("format").and_then(|f| f.as_str()) != Some(BACKUP_FORMAT) {
            return Err(DraftError::Invalid(format!(
                "tệp này không phải tệp sao lưu bản nháp (định dạng {BACKUP_FORMAT}); hãy chọn tệp đã tải bằng nút “Tải bản sao lưu”"
            )));
        }
        let drafts = value
            .get_mut("drafts")
            .and_then(|d| d.as_array_mut())
            .map(std::mem::take)
            .ok_or_else(|| DraftError::Invalid("thiếu danh sách “drafts”".into()))?;
        let drafts = drafts
            .into_iter()
            .enumerate()
            .map(|(i, draft)| {
                migrate_value(draft).map_err(|e| DraftError::Invalid(format!("drafts[{i}]: {e}")))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let criteria_sets = match value.get_mut("criteria_sets").map(std::mem::take) {
            None => Vec::new(),
            Some(serde_json::Value::Array(sets)) => sets,
            Some(_) => {
                return Err(DraftError::Invalid(
                    "“criteria_sets” phải là danh sách bộ tiêu chí".into(),
                ))
            }
        };
        for (i, set) in criteria_sets.iter().enumerate() {
            crate::load_framework(&set.to_string())
                .map_err(|e| DraftError::Invalid(format!("criteria_sets[{i}]: {e}")))?;
        }
        let created_at = value
            .get("created_at")
            .and_then(|c| c.as_str())
            .unwrap_or_default()
            .to_string();
        Ok(Backup {
            format: BACKUP_FORMAT.to_string(),
            created_at,
            drafts,
            criteria_sets,
        })
    }
}

/// What restoring one draft from a backup would do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RestoreAction {
    /// No draft with this id: add it.
    Add,
    /// The stored draft is older: replace it.
    ReplaceOlder,
    /// The stored draft is the same revision: nothing to do.
    Unchanged,
    /// The stored draft is newer: only with the user's explicit consent.
    AskBeforeReplacingNewer,
}

/// The action for `incoming` given the revision of the stored draft with the same id, if any.
pub fn restore_action(stored_revision: Option<u64>, incoming: &DraftRecord) -> RestoreAction {
    match stored_revision {
        None => RestoreAction::Add,
        Some(stored) if stored < incoming.revision => RestoreAction::ReplaceOlder,
        Some(stored) if stored == incoming.revision => RestoreAction::Unchanged,
        Some(_) => RestoreAction::AskBeforeReplacingNewer,
    }
}
