//! Backup files (`par-backup/1`) of one or every draft, and restoring them: each draft goes
//! through `par_core::draft::restore_action`, so a newer stored draft is never replaced without
//! the user's explicit consent.

use par_core::draft::{restore_action, Backup, DraftError, DraftRecord, RestoreAction};
use par_web::{clock, download, local_storage};

use super::records;

/// Every readable draft (unreadable ones are moved aside first).
pub fn backup_of_all() -> Backup {
    let (drafts, _) = records::load_all();
    backup_of_drafts(drafts)
}

pub fn backup_of(id: &str) -> Option<Backup> {
    let draft = records::load(id).ok().flatten()?;
    Some(backup_of_drafts(vec![draft]))
}

/// A backup of `drafts` carrying the imported criteria sets they were made on, so they open in
/// another browser without their set files.
pub fn backup_of_drafts(drafts: Vec<DraftRecord>) -> Backup {
    let mut backup = Backup::new(clock::now_rfc3339(), drafts);
    let sets: Vec<String> = backup
        .drafts
        .iter()
        .filter_map(|draft| records::stored_set_text(&draft.framework))
        .collect();
    for text in sets {
        // Stored sets were validated when imported; an unreadable one is simply not carried.
        let _ = backup.add_criteria_set(&text);
    }
    backup
}

/// Downloads `backup` as `par-ban-nhap-<what>-<date>.json`.
pub fn download(backup: &Backup, what: &str) -> Result<(), String> {
    let date: String = clock::now_rfc3339().chars().take(10).collect();
    let name = format!(
        "par-ban-nhap-{}-{date}.json",
        download::file_stem(what, "ban-nhap")
    );
    download::download_json(&name, &backup.to_json())
}

/// What restoring a file did, and what waits for the user's decision.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RestoreReport {
    pub added: usize,
    pub replaced: usize,
    pub unchanged: usize,
    /// Imported criteria sets from the file that this browser did not have.
    pub sets_added: usize,
    /// Drafts newer in this browser than in the file: replaced only if the user confirms.
    pub newer_here: Vec<DraftRecord>,
    /// Drafts that could not be written (storage full), by name.
    pub failed: Vec<String>,
    /// Ids written, so the open draft can be reloaded if it was one of them.
    pub written: Vec<String>,
}

/// Reads a backup file and restores every draft that is new or newer than the stored copy.
pub fn restore(text: &str) -> Result<RestoreReport, DraftError> {
    let backup = Backup::parse(text)?;
    let mut report = RestoreReport::default();
    // Sets first, so every restored draft finds its set.
    for set in &backup.criteria_sets {
        let text = set.to_string();
        let Ok(framework) = par_core::load_framework(&text) else {
            continue; // Backup::parse already refused a file with an invalid set.
        };
        if records::has_set(&framework.id, &framework.version) {
            continue;
        }
        match records::store_set(&framework, &text) {
            Ok(()) => report.sets_added += 1,
            Err(_) => report
                .failed
                .push(format!("{} ({})", framework.title, framework.version)),
        }
    }
    for draft in backup.drafts {
        let stored = records::stored_revision(&draft.id);
        match restore_action(stored, &draft) {
            action @ (RestoreAction::Add | RestoreAction::ReplaceOlder) => {
                match records::write(&draft) {
                    Ok(()) => {
                        if action == RestoreAction::Add {
                            report.added += 1;
                        } else {
                            report.replaced += 1;
                        }
                        report.written.push(draft.id.clone());
                    }
                    Err(_) => report.failed.push(draft.name.clone()),
                }
            }
            RestoreAction::Unchanged => report.unchanged += 1,
            RestoreAction::AskBeforeReplacingNewer => report.newer_here.push(draft),
        }
    }
    Ok(report)
}

/// The user confirmed: replace the newer stored copy with the one from the file. Its revision
/// becomes newer than the stored one, so open tabs see it as a new save.
pub fn replace_newer(mut draft: DraftRecord) -> Result<String, local_storage::WriteError> {
    if let Some(stored) = records::stored_revision(&draft.id) {
        draft.revision = stored + 1;
    }
    records::write(&draft)?;
    Ok(draft.id)
}
