//! Reading and writing whole records: drafts (migrated by `par_core::draft::migrate`, the bad
//! ones moved aside), stored criteria sets, and the quarantine of records that cannot be read.

use par_web::local_storage::WriteError;
use par_web::{clock, local_storage};
use std::rc::Rc;

use par_core::draft::{migrate, DraftRecord, FrameworkKey};
use par_core::Framework;
use serde::Deserialize;

use super::{draft_key, round_files, set_key, DRAFT_PREFIX, QUARANTINE_PREFIX};
use crate::model::bundled;

/// A record moved aside because it could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct Quarantined {
    /// Its key under `par.quarantine.`.
    pub key: String,
    /// Where it was (`par.draft.<id>`).
    pub from: String,
    /// Why it could not be read (Vietnamese, from `DraftError`).
    pub reason: String,
}

/// Just the revision of a stored draft, read without the rest (cheap, and works on any record
/// that has one).
#[derive(Deserialize)]
struct RevisionOnly {
    revision: u64,
}

/// The revision of the stored draft `id`, if there is one that reads.
pub fn stored_revision(id: &str) -> Option<u64> {
    let text = local_storage::get(&draft_key(id))?;
    serde_json::from_str::<RevisionOnly>(&text)
        .ok()
        .map(|r| r.revision)
}

/// Moves the record at `key` to the quarantine and says so.
pub fn quarantine(key: &str, text: &str, reason: String) -> Quarantined {
    let name = key.trim_start_matches(DRAFT_PREFIX);
    let target = format!("{QUARANTINE_PREFIX}{name}.{}", clock::now_ms() as u64);
    // If even the copy does not fit, the record stays where it is (never lost), only skipped.
    if local_storage::set(&target, text).is_ok() {
        local_storage::remove(key);
    }
    Quarantined {
        key: target,
        from: key.to_string(),
        reason,
    }
}

/// Every readable draft, newest first; unreadable ones are moved aside and returned too.
pub fn load_all() -> (Vec<DraftRecord>, Vec<Quarantined>) {
    let mut drafts = Vec::new();
    let mut bad = Vec::new();
    for key in local_storage::keys(DRAFT_PREFIX) {
        let Some(text) = local_storage::get(&key) else {
            continue;
        };
        match migrate(&text) {
            Ok(draft) if draft_key(&draft.id) == key => drafts.push(round_files::join(draft)),
            Ok(draft) => bad.push(quarantine(
                &key,
                &text,
                format!("bản nháp mang mã “{}” khác với khóa lưu trữ", draft.id),
            )),
            Err(error) => bad.push(quarantine(&key, &text, error.to_string())),
        }
    }
    drafts.sort_by(|a, b| b.saved_at.cmp(&a.saved_at));
    (drafts, bad)
}

/// Reads one draft; an unreadable one is moved aside.
pub fn load(id: &str) -> Result<Option<DraftRecord>, Quarantined> {
    let key = draft_key(id);
    let Some(text) = local_storage::get(&key) else {
        return Ok(None);
    };
    match migrate(&text) {
        Ok(draft) => Ok(Some(round_files::join(draft))),
        Err(error) => Err(quarantine(&key, &text, error.to_string())),
    }
}

/// Writes a draft: its appraisal round's files apart (only when they changed), then the record.
pub fn write(draft: &DraftRecord) -> Result<(), WriteError> {
    let record = round_files::split(draft)?;
    let text = serde_json::to_string(&record).map_err(|e| WriteError::Other(e.to_string()))?;
    local_storage::set(&draft_key(&draft.id), &text)
}

pub fn quarantined_keys() -> Vec<String> {
    local_storage::keys(QUARANTINE_PREFIX)
}

/// Keeps an imported criteria set so that its drafts can be opened later.
pub fn store_set(framework: &Framework, text: &str) -> Result<(), WriteError> {
    let key = set_key(&framework.id, &framework.version);
    if local_storage::get(&key).as_deref() == Some(text) {
        return Ok(());
    }
    local_storage::set(&key, text)
}

/// The text of an imported criteria set kept in storage (`None` for the bundled set).
pub fn stored_set_text(key: &FrameworkKey) -> Option<String> {
    local_storage::get(&set_key(&key.id, &key.version))
}

thread_local! {
    /// Sets already read, by `id@version`: every row of the draft list needs its set.
    static SETS: std::cell::RefCell<std::collections::HashMap<String, Rc<Framework>>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// Whether this browser has the set `id@version` (bundled or kept), without reading it.
pub fn has_set(id: &str, version: &str) -> bool {
    bundled::is(id, version) || local_storage::get(&set_key(id, version)).is_some()
}

/// The criteria set a draft was made on: the bundled one or one kept in storage.
pub fn find_set(key: &FrameworkKey) -> Option<Rc<Framework>> {
    let cache_key = format!("{}@{}", key.id, key.version);
    if let Some(set) = SETS.with(|sets| sets.borrow().get(&cache_key).cloned()) {
        return Some(set);
    }
    let set = if bundled::is(&key.id, &key.version) {
        bundled::framework().ok()?
    } else {
        let text = local_storage::get(&set_key(&key.id, &key.version))?;
        par_core::load_framework(&text).ok()?
    };
    let set = Rc::new(set);
    SETS.with(|sets| sets.borrow_mut().insert(cache_key, set.clone()));
    Some(set)
}

/// Records moved aside in an earlier visit, still waiting to be downloaded or deleted.
pub fn earlier_quarantine(reason: &str) -> Vec<Quarantined> {
    quarantined_keys()
        .into_iter()
        .map(|key| Quarantined {
            from: String::new(),
            key,
            reason: reason.to_string(),
        })
        .collect()
}
