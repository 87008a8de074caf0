//! Which tab edits a draft: a small record `par.lock.<id>` = `{tab, at}` renewed every
//! [`HEARTBEAT_MS`]. A lock not renewed for [`FRESH_MS`] belongs to a tab that is gone.
//! The lock only decides who may type; the revision check on every write
//! (`par_core::draft::next_revision`) is what guarantees a stale tab never overwrites.

use par_web::{clock, local_storage};
use serde::{Deserialize, Serialize};

use super::lock_key;

pub const HEARTBEAT_MS: u32 = 2_000;
pub const FRESH_MS: u64 = 8_000;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lock {
    pub tab: String,
    /// Milliseconds since 1970 (whole: no float formatting in the wasm).
    pub at: u64,
}

impl Lock {
    pub fn is_fresh(&self) -> bool {
        (clock::now_ms() as u64).saturating_sub(self.at) < FRESH_MS
    }
}

pub fn parse(text: &str) -> Option<Lock> {
    serde_json::from_str(text).ok()
}

pub fn holder(id: &str) -> Option<Lock> {
    parse(&local_storage::get(&lock_key(id))?)
}

/// Another live tab holds the lock of draft `id`.
pub fn held_by_other(id: &str, tab: &str) -> bool {
    holder(id).is_some_and(|lock| lock.tab != tab && lock.is_fresh())
}

pub fn claim(id: &str, tab: &str) {
    let lock = Lock {
        tab: tab.to_string(),
        at: clock::now_ms() as u64,
    };
    if let Ok(text) = serde_json::to_string(&lock) {
        // A full store cannot take the lock either; the revision check still protects the draft.
        let _ = local_storage::set(&lock_key(id), &text);
    }
}

pub fn release(id: &str, tab: &str) {
    if holder(id).is_some_and(|lock| lock.tab == tab) {
        local_storage::remove(&lock_key(id));
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_lock_reads_back_and_junk_is_no_lock() {
        let lock = super::parse(r#"{"tab":"a","at":1700000000000}"#).expect("a lock");
        assert_eq!(lock.tab, "a");
        assert_eq!(lock.at, 1_700_000_000_000);
        assert!(super::parse("{").is_none());
        assert!(super::parse(r#"{"tab":"a"}"#).is_none());
    }
}
