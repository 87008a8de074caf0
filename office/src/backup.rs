//! The whole office store as one file (`par-office-backup/1`): every received file, the keyring,
//! the units list, the imported criteria sets, the office's key (encrypted) and each
//! submission's appraisal round, so an office can keep a copy of its year and
//! restore it in another browser. Restoring adds what this browser lacks and never removes or
//! changes what it holds (a key of another unit is refused as on import; a units list here is
//! kept). Every part is checked before anything is written.

use par_core::submission::{sha256_hex, CheckedRegistration, Keyring};
use serde::{Deserialize, Serialize};

use crate::store::{StoredFile, StoredUnits};

pub const OFFICE_BACKUP_FORMAT: &str = "par-office-backup/1";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfficeBackup {
    pub format: String,
    /// RFC 3339, UTC.
    pub created_at: String,
    pub files: Vec<StoredFile>,
    pub keyring: Keyring,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub units: Option<StoredUnits>,
    /// Imported criteria sets' JSON texts.
    #[serde(default)]
    pub sets: Vec<String>,
    /// The office's own key, only as its passphrase-protected backup (`par-key-backup/1`).
    /// Left out when there is none, so backups without it read and write as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub office_key: Option<String>,
    /// Each submission's appraisal round, as typed and signed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rounds: Vec<par_core::appraisal::OfficeRound>,
}

/// Why a backup file is refused; nothing is written then.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BackupError {
    #[error(
        "tệp không phải bản sao lưu của ứng dụng cơ quan ({0}); hãy chọn tệp đã tải bằng nút \
         “Tải bản sao lưu”"
    )]
    NotABackup(String),
    #[error("sổ khóa trong bản sao lưu có lỗi, chưa khôi phục gì: {0}")]
    Keyring(String),
    #[error("bộ tiêu chí thứ {number} trong bản sao lưu có lỗi, chưa khôi phục gì: {reason}")]
    Set { number: usize, reason: String },
}

impl OfficeBackup {
    /// The file's text (one line per file would not help anyone: it is read by the app).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("plain data serialises")
    }

    /// Reads and checks a backup. A backup holds a province's year (tens of MB), beyond the
    /// 4 MiB limit of par-core's reader for single files; serde_json limits nesting itself.
    pub fn from_json(text: &str) -> Result<OfficeBackup, BackupError> {
        let mut backup: OfficeBackup =
            serde_json::from_str(text).map_err(|e| BackupError::NotABackup(e.to_string()))?;
        if backup.format != OFFICE_BACKUP_FORMAT {
            return Err(BackupError::NotABackup(
                par_core::one_line(&backup.format).into(),
            ));
        }
        let problems = backup.keyring.problems();
        if !problems.is_empty() {
            let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
            return Err(BackupError::Keyring(lines.join("; ")));
        }
        for (index, set) in backup.sets.iter().enumerate() {
            par_core::load_framework(set).map_err(|e| BackupError::Set {
                number: index + 1,
                reason: crate::batch::framework_error(&e),
            })?;
        }
        // A file is known by the hash of its text, whatever the backup says.
        for file in &mut backup.files {
            file.hash = sha256_hex(file.text.as_bytes());
        }
        Ok(backup)
    }

    /// The keyring's entries as keys to register.
    pub fn keys(&self) -> Vec<CheckedRegistration> {
        self.keyring
            .keys
            .iter()
            .map(|k| CheckedRegistration {
                unit_code: k.unit_code.clone(),
                unit_name: k.unit_name.clone(),
                public_key: k.public_key.to_ascii_lowercase(),
                key_id: k.key_id.clone(),
                created_at: String::new(),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_backup_reads_back_and_other_files_are_refused() {
        let backup = OfficeBackup {
            format: OFFICE_BACKUP_FORMAT.into(),
            created_at: "2025-12-01T09:30:00Z".into(),
            files: vec![StoredFile {
                hash: "stale".into(),
                name: "a.json".into(),
                text: "{}".into(),
                imported_at: "2025-12-01T09:30:00Z".into(),
            }],
            keyring: Keyring::default(),
            units: None,
            sets: vec![crate::batch::BUNDLED_SETS[0].to_string()],
            office_key: None,
            rounds: Vec::new(),
        };
        let read = OfficeBackup::from_json(&backup.to_json()).expect("reads back");
        assert_eq!(read.files[0].hash, sha256_hex(b"{}"));
        // Without an office key or rounds, the file is written as before they existed.
        assert!(!backup.to_json().contains("office_key") && !backup.to_json().contains("rounds"));
        let mut round = par_core::appraisal::OfficeRound::new(&"a".repeat(64));
        round.first.edit("1.1.2", |item| item.points = "0,5".into());
        let with_round = OfficeBackup {
            office_key: Some("{\"format\":\"par-key-backup/1\"}".into()),
            rounds: vec![round.clone()],
            ..backup.clone()
        };
        let read = OfficeBackup::from_json(&with_round.to_json()).expect("reads back");
        assert_eq!(read.rounds, vec![round]);
        assert_eq!(read.office_key, with_round.office_key);
        assert!(matches!(
            OfficeBackup::from_json(r#"{"format":"par-backup/1","drafts":[]}"#),
            Err(BackupError::NotABackup(_))
        ));
        let mut broken = backup.clone();
        broken.sets = vec!["{}".into()];
        assert!(matches!(
            OfficeBackup::from_json(&broken.to_json()),
            Err(BackupError::Set { number: 1, .. })
        ));
    }
}
