//! The office's data in IndexedDB (`rexie`): a province's year of files (100–200 files of
//! ~100 KB, several years kept) does not fit in localStorage.
//!
//! Four object stores, each record `{key, value}` with `value` a JSON text:
//! - `files`: every received file, keyed by the SHA-256 of its text, so a file given twice is
//!   kept once. Only the file itself is stored (name, text, when it was imported): what it
//!   verifies to is recomputed on every load, never trusted from storage, since the keyring and
//!   the criteria sets it is checked against change;
//! - `settings`: the keyring (`keyring`), the expected units (`units`) and the keys waiting
//!   for the office to confirm them (`pending-keys`), so a reload still shows them waiting;
//! - `settings` also holds the office's own key, only as its encrypted backup (`office-key`),
//!   and each submission's appraisal round as typed and signed (`round:<submission hash>`),
//!   with what is typed also apart (`typed:<submission hash>`): a keystroke writes only that
//!   (a few KB), not the round's signed files;
//! - `sets`: imported criteria sets, keyed `id@version`, as their JSON text.
//!
//! Every write is one transaction: it happens whole or not at all, so nothing already stored is
//! lost or half-changed by a write that fails (storage full, a tab closed mid-way). Once it is
//! done, the other tabs of the app are told (`sync::announce`) and read the store again.

use rexie::{ObjectStore, Rexie, Transaction, TransactionMode, TransactionResult};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

use par_core::office::ExpectedUnit;
use par_core::submission::Keyring;

use crate::upgrade;

const DATABASE: &str = "par-office";
/// Raised only with a migration that keeps every record.
const VERSION: u32 = 1;
const FILES: &str = "files";
const SETTINGS: &str = "settings";
const SETS: &str = "sets";
const KEYRING_KEY: &str = "keyring";
const UNITS_KEY: &str = "units";
const PENDING_KEYS_KEY: &str = "pending-keys";
/// The office's own signing key: only its passphrase-protected backup (`par-key-backup/1`).
const OFFICE_KEY_KEY: &str = "office-key";
/// The appraisal round of one submission (`OfficeRound`), under `round:<submission hash>`.
const ROUND_PREFIX: &str = "round:";
/// What is typed in that round (`TypedParts`), under `typed:<submission hash>`: written alone
/// at every keystroke, without the round's signed files (~100 KB each). It wins over the typed
/// parts inside `round:`, which are those of the last time a file came or went.
const TYPED_PREFIX: &str = "typed:";
/// How long opening may wait before another tab is said to be in the way.
const OPEN_TIMEOUT_MS: i32 = 6_000;

/// Why the store could not be read or written. Each says what happened and the way out.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// `QuotaExceededError`, or a write the browser gave up on with the quota (nearly) used:
    /// nothing of this write was stored.
    #[error(
        "Bộ nhớ dành cho trang này đã đầy nên các tệp mới chưa được lưu (những gì đã lưu trước đó \
         vẫn còn nguyên). Hãy tải bản sao lưu ở màn hình “Sao lưu”, giải phóng chỗ trống trên ổ \
         đĩa của máy (xóa các tệp không cần), rồi nhận lại các tệp mới."
    )]
    Full,
    /// `VersionError`: a newer release of the app has changed the store; this page is older.
    #[error(
        "Kho dữ liệu đã được một phiên bản mới hơn của ứng dụng mở, nên trang này (phiên bản cũ) \
         không dùng được nó; dữ liệu vẫn còn nguyên. Hãy đóng mọi thẻ của ứng dụng cơ quan rồi mở \
         lại để dùng phiên bản mới."
    )]
    Newer,
    /// No IndexedDB: a private window, storage turned off for the site, an old browser.
    #[error(
        "Trình duyệt đang chặn lưu dữ liệu cho trang này (cửa sổ ẩn danh, hoặc đã tắt lưu trữ \
         cho trang), nên hồ sơ nhập vào sẽ mất khi đóng trang. Hãy mở ứng dụng trong cửa sổ \
         thường của Chrome, Edge hoặc Firefox."
    )]
    Blocked,
    /// A newer release (another tab, after an update) took the store over while this page was
    /// open: this page's connection is closed, nothing more is written from it.
    #[error(
        "Ứng dụng vừa được cập nhật ở một thẻ khác nên thẻ này đã ngừng ghi vào kho dữ liệu; \
         thay đổi vừa rồi chưa được lưu (những gì đã lưu vẫn còn nguyên). Hãy tải lại thẻ này."
    )]
    Updated,
    /// A record that does not read (edited by hand, or by a future version).
    #[error("Một mục trong kho dữ liệu không đọc được ({0}); các mục khác vẫn dùng được.")]
    Damaged(String),
    /// Anything else, with the browser's words.
    #[error("Trình duyệt không cho đọc hoặc ghi kho dữ liệu ({0}). Hãy tải lại trang.")]
    Other(String),
}

impl StoreError {
    /// The error a browser failure stands for, told by the DOMException's name inside it.
    fn of(error: rexie::Error) -> StoreError {
        if upgrade::closed_for_newer() {
            return StoreError::Updated;
        }
        // rexie/idb wrap the browser's DOMException in many variants; its name is in the text.
        StoreError::from_browser(&format!("{error:?}"), &error.to_string())
    }

    /// The error for a browser failure written `debug` (where the DOMException's name is),
    /// said `display` when it is none of the known ones.
    pub fn from_browser(debug: &str, display: &str) -> StoreError {
        if debug.contains("QuotaExceededError") {
            StoreError::Full
        } else if debug.contains("VersionError") {
            StoreError::Newer
        } else if debug.contains("SecurityError")
            || debug.contains("InvalidStateError")
            || debug.contains("IndexedDbNotFound")
        {
            StoreError::Blocked
        } else {
            StoreError::Other(display.to_string())
        }
    }

    /// Why a write the browser aborted (it gives no reason with the outcome): storage full when
    /// less than `FULL_MARGIN` bytes of the quota are left (or nothing is known), else a write
    /// given up for a reason the browser kept to itself.
    pub fn aborted(estimate: Option<(f64, f64)>) -> StoreError {
        match estimate {
            Some((usage, quota)) if quota - usage > FULL_MARGIN => {
                StoreError::Other("giao dịch ghi bị trình duyệt hủy".into())
            }
            _ => StoreError::Full,
        }
    }
}

/// Free bytes of the quota below which an aborted write is taken for storage full: a batch of
/// files is a few MB.
const FULL_MARGIN: f64 = 50.0 * 1024.0 * 1024.0;

/// Waits for `tx` to finish: committed, or why not (rexie reports an abort, e.g. the quota
/// exceeded at commit, as a result, not an error).
async fn finish(tx: Transaction) -> Result<(), StoreError> {
    match tx.done().await.map_err(StoreError::of)? {
        TransactionResult::Committed => Ok(()),
        TransactionResult::Aborted => Err(StoreError::aborted(par_web::offline::estimate().await)),
    }
}

/// Awaits `work`; if it takes longer than `OPEN_TIMEOUT_MS` (another tab in the way without
/// the browser saying `blocked`), `on_slow` is called and it is awaited all the same.
async fn slow<T>(work: impl std::future::Future<Output = T>, on_slow: &dyn Fn()) -> T {
    let timeout = par_web::clock::sleep(OPEN_TIMEOUT_MS);
    futures::pin_mut!(work, timeout);
    match futures::future::select(work, timeout).await {
        futures::future::Either::Left((done, _)) => done,
        futures::future::Either::Right((_, work)) => {
            on_slow();
            work.await
        }
    }
}

/// One received file as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredFile {
    /// SHA-256 of the text, lower-case hex: the record's key.
    pub hash: String,
    /// The name it was first given under.
    pub name: String,
    pub text: String,
    /// RFC 3339, UTC.
    pub imported_at: String,
}

/// The expected units with the file they came from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredUnits {
    pub file_name: String,
    pub units: Vec<ExpectedUnitRecord>,
}

/// `ExpectedUnit` as stored (par-core's type has no serde).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExpectedUnitRecord {
    pub code: String,
    pub name: String,
}

impl StoredUnits {
    pub fn expected(&self) -> Vec<ExpectedUnit> {
        self.units
            .iter()
            .map(|u| ExpectedUnit {
                code: u.code.clone(),
                name: u.name.clone(),
            })
            .collect()
    }
}

/// A key waiting for the office to confirm it, as stored (par-core's `CheckedRegistration`
/// has no serde). A registration's signature was checked when its file was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingKeyRecord {
    /// Where it came from (a registration file's or keyring's name).
    pub source: String,
    pub unit_code: String,
    pub unit_name: String,
    pub public_key: String,
    pub key_id: String,
    pub created_at: String,
}

/// What is typed in one submission's round, stored apart from its signed files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TypedParts {
    #[serde(default)]
    pub first: par_core::appraisal::TypedRound,
    #[serde(default)]
    pub last: Option<par_core::appraisal::TypedRound>,
}

impl TypedParts {
    pub fn of(round: &par_core::appraisal::OfficeRound) -> Self {
        TypedParts {
            first: round.first.clone(),
            last: round.last.clone(),
        }
    }
}

/// Everything stored, as read on start.
#[derive(Debug, Default)]
pub struct Stored {
    pub files: Vec<StoredFile>,
    pub keyring: Option<Keyring>,
    pub units: Option<StoredUnits>,
    /// Keys read but not yet confirmed, in the order they came.
    pub pending_keys: Vec<PendingKeyRecord>,
    /// Imported criteria sets' JSON texts.
    pub sets: Vec<String>,
    /// The office key's backup text (encrypted with the passphrase).
    pub office_key: Option<String>,
    /// Each submission's appraisal round.
    pub rounds: Vec<par_core::appraisal::OfficeRound>,
    /// Records that did not read: said, and left in place.
    pub damaged: Vec<StoreError>,
}

/// The open store.
#[derive(Clone)]
pub struct Store {
    db: std::rc::Rc<Rexie>,
}

impl Store {
    /// Opens (creating on first use) the office's database. `on_blocked`: another tab holds
    /// an older version open, or opening takes long (the opening goes on, and ends when that
    /// tab lets go); `on_newer`: later, a newer release took the store over (`upgrade.rs`).
    pub async fn open(
        on_blocked: impl Fn() + Clone + 'static,
        on_newer: impl Fn() + 'static,
    ) -> Result<Store, StoreError> {
        if !has_indexed_db() {
            return Err(StoreError::Blocked);
        }
        // A plain look first: it hears `blocked`, and stays open to hear a newer release.
        let look = upgrade::probe(DATABASE, VERSION, on_blocked.clone());
        let watcher = match slow(look, &on_blocked).await {
            upgrade::Probe::Open(db) => Some(db),
            upgrade::Probe::Upgrade => None,
            upgrade::Probe::Failed(error) => return Err(StoreError::from_browser(&error, &error)),
        };
        let build = Rexie::builder(DATABASE)
            .version(VERSION)
            .add_object_store(ObjectStore::new(FILES).key_path("key"))
            .add_object_store(ObjectStore::new(SETTINGS).key_path("key"))
            .add_object_store(ObjectStore::new(SETS).key_path("key"))
            .build();
        let db = slow(build, &on_blocked).await.map_err(StoreError::of)?;
        let watcher = match watcher {
            Some(db) => db,
            // Created or upgraded just now by rexie: the look again, at the version it has now.
            None => match upgrade::probe(DATABASE, VERSION, on_blocked).await {
                upgrade::Probe::Open(db) => db,
                upgrade::Probe::Upgrade => return Err(StoreError::Other("IndexedDB".into())),
                upgrade::Probe::Failed(error) => {
                    return Err(StoreError::from_browser(&error, &error))
                }
            },
        };
        upgrade::watch(watcher, on_newer);
        Ok(Store {
            db: std::rc::Rc::new(db),
        })
    }

    /// Everything stored; a record that does not read is reported and skipped.
    pub async fn load(&self) -> Result<Stored, StoreError> {
        let tx = self
            .db
            .transaction(&[FILES, SETTINGS, SETS], TransactionMode::ReadOnly)
            .map_err(StoreError::of)?;
        let mut stored = Stored::default();
        let all = |name: &'static str| {
            let store = tx.store(name);
            async move {
                store
                    .map_err(StoreError::of)?
                    .get_all(None, None)
                    .await
                    .map_err(StoreError::of)
            }
        };
        for record in all(FILES).await? {
            match value_of::<StoredFile>(&record) {
                Ok(file) => stored.files.push(file),
                Err(error) => stored.damaged.push(error),
            }
        }
        let mut typed: Vec<(String, TypedParts)> = Vec::new();
        for record in all(SETTINGS).await? {
            let key = key_of(&record);
            let read = match key.as_deref() {
                Some(KEYRING_KEY) => value_of::<Keyring>(&record).map(|k| stored.keyring = Some(k)),
                Some(UNITS_KEY) => value_of::<StoredUnits>(&record).map(|u| stored.units = Some(u)),
                Some(PENDING_KEYS_KEY) => value_of::<Vec<PendingKeyRecord>>(&record)
                    .map(|keys| stored.pending_keys = keys),
                Some(OFFICE_KEY_KEY) => text_of(&record)
                    .map(|text| stored.office_key = Some(text))
                    .ok_or_else(|| StoreError::Damaged(OFFICE_KEY_KEY.into())),
                Some(key) if key.starts_with(ROUND_PREFIX) => {
                    value_of::<par_core::appraisal::OfficeRound>(&record)
                        .map(|round| stored.rounds.push(round))
                }
                Some(key) if key.starts_with(TYPED_PREFIX) => value_of::<TypedParts>(&record)
                    .map(|parts| typed.push((key[TYPED_PREFIX.len()..].to_string(), parts))),
                _ => Ok(()),
            };
            if let Err(error) = read {
                stored.damaged.push(error);
            }
        }
        // What was typed last, over the typed parts kept with the signed files.
        for (submission, parts) in typed {
            let at = match stored
                .rounds
                .iter()
                .position(|r| r.submission == submission)
            {
                Some(at) => at,
                None => {
                    stored
                        .rounds
                        .push(par_core::appraisal::OfficeRound::new(&submission));
                    stored.rounds.len() - 1
                }
            };
            stored.rounds[at].first = parts.first;
            stored.rounds[at].last = parts.last;
        }
        for record in all(SETS).await? {
            match text_of(&record) {
                Some(text) => stored.sets.push(text),
                None => stored.damaged.push(StoreError::Damaged(SETS.into())),
            }
        }
        finish(tx).await?;
        // Oldest first: the order files were received in.
        stored
            .files
            .sort_by(|a, b| (&a.imported_at, &a.name).cmp(&(&b.imported_at, &b.name)));
        Ok(stored)
    }

    /// Adds files not already stored (by hash); returns how many were new. One transaction:
    /// all of them or none. The stored keys are read once, and every new file's write is
    /// asked for at once (one after the other, each waited for, 500 files took a second).
    pub async fn add_files(&self, files: &[StoredFile]) -> Result<usize, StoreError> {
        let tx = self
            .db
            .transaction(&[FILES], TransactionMode::ReadWrite)
            .map_err(StoreError::of)?;
        let store = tx.store(FILES).map_err(StoreError::of)?;
        let stored: std::collections::HashSet<String> = store
            .get_all_keys(None, None)
            .await
            .map_err(StoreError::of)?
            .iter()
            .filter_map(JsValue::as_string)
            .collect();
        let mut new: Vec<&StoredFile> = Vec::new();
        for file in files {
            if !stored.contains(&file.hash) && !new.iter().any(|n| n.hash == file.hash) {
                new.push(file);
            }
        }
        let records: Vec<JsValue> = new.iter().map(|f| record(&f.hash, &json(f))).collect();
        let writes = records.iter().map(|r| store.put(r, None));
        for written in futures::future::join_all(writes).await {
            written.map_err(StoreError::of)?;
        }
        let added = new.len();
        finish(tx).await?;
        crate::sync::announce();
        Ok(added)
    }

    /// The keyring as stored now (`None` before the first key).
    pub async fn keyring(&self) -> Result<Option<Keyring>, StoreError> {
        self.get(SETTINGS, KEYRING_KEY).await
    }

    /// The keys waiting for confirmation as stored now.
    pub async fn pending_keys(&self) -> Result<Option<Vec<PendingKeyRecord>>, StoreError> {
        self.get(SETTINGS, PENDING_KEYS_KEY).await
    }

    async fn get<T: serde::de::DeserializeOwned>(
        &self,
        store: &str,
        key: &str,
    ) -> Result<Option<T>, StoreError> {
        let tx = self
            .db
            .transaction(&[store], TransactionMode::ReadOnly)
            .map_err(StoreError::of)?;
        let record = tx
            .store(store)
            .map_err(StoreError::of)?
            .get(JsValue::from_str(key))
            .await
            .map_err(StoreError::of)?;
        finish(tx).await?;
        match record {
            Some(record) if !record.is_undefined() && !record.is_null() => {
                value_of(&record).map(Some)
            }
            _ => Ok(None),
        }
    }

    pub async fn put_keyring(&self, keyring: &Keyring) -> Result<(), StoreError> {
        self.put(SETTINGS, KEYRING_KEY, &json(keyring)).await
    }

    pub async fn put_units(&self, units: &StoredUnits) -> Result<(), StoreError> {
        self.put(SETTINGS, UNITS_KEY, &json(units)).await
    }

    /// The keys waiting for confirmation, all of them (replacing what was stored).
    pub async fn put_pending_keys(&self, keys: &[PendingKeyRecord]) -> Result<(), StoreError> {
        self.put(SETTINGS, PENDING_KEYS_KEY, &json(&keys)).await
    }

    /// The office key's backup (replacing the one stored).
    pub async fn put_office_key(&self, backup: &str) -> Result<(), StoreError> {
        self.put(SETTINGS, OFFICE_KEY_KEY, backup).await
    }

    /// One submission's appraisal round, as typed and signed so far (with its typed parts
    /// apart, in the same transaction).
    pub async fn put_round(
        &self,
        round: &par_core::appraisal::OfficeRound,
    ) -> Result<(), StoreError> {
        let whole = json(round);
        let typed = json(&TypedParts::of(round));
        self.put_all(
            SETTINGS,
            &[
                (&format!("{ROUND_PREFIX}{}", round.submission), &whole),
                (&format!("{TYPED_PREFIX}{}", round.submission), &typed),
            ],
        )
        .await?;
        crate::sync::announce();
        Ok(())
    }

    /// Only what is typed in `round` (its signed files are stored already): what a keystroke
    /// writes. The other tabs are not told: they do not show a round typed elsewhere, and each
    /// message would have them read the whole store again.
    pub async fn put_typed(
        &self,
        round: &par_core::appraisal::OfficeRound,
    ) -> Result<(), StoreError> {
        let key = format!("{TYPED_PREFIX}{}", round.submission);
        self.put_all(SETTINGS, &[(&key, &json(&TypedParts::of(round)))])
            .await
    }

    /// An imported criteria set, as its JSON text, under `id@version`.
    pub async fn put_set(&self, key: &str, text: &str) -> Result<(), StoreError> {
        self.put(SETS, key, text).await
    }

    async fn put(&self, store: &str, key: &str, value: &str) -> Result<(), StoreError> {
        self.put_all(store, &[(key, value)]).await?;
        crate::sync::announce();
        Ok(())
    }

    /// Writes `records` (key, value) in one transaction; the other tabs are not told.
    async fn put_all(&self, store: &str, records: &[(&str, &str)]) -> Result<(), StoreError> {
        let tx = self
            .db
            .transaction(&[store], TransactionMode::ReadWrite)
            .map_err(StoreError::of)?;
        let object_store = tx.store(store).map_err(StoreError::of)?;
        for (key, value) in records {
            object_store
                .put(&record(key, value), None)
                .await
                .map_err(StoreError::of)?;
        }
        finish(tx).await
    }
}

fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("plain data serialises")
}

fn record(key: &str, value: &str) -> JsValue {
    let object = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&object, &"key".into(), &key.into());
    let _ = js_sys::Reflect::set(&object, &"value".into(), &value.into());
    object.into()
}

fn key_of(record: &JsValue) -> Option<String> {
    js_sys::Reflect::get(record, &"key".into())
        .ok()?
        .as_string()
}

fn text_of(record: &JsValue) -> Option<String> {
    js_sys::Reflect::get(record, &"value".into())
        .ok()?
        .as_string()
}

fn value_of<T: serde::de::DeserializeOwned>(record: &JsValue) -> Result<T, StoreError> {
    let key = key_of(record).unwrap_or_default();
    let text = text_of(record).ok_or_else(|| StoreError::Damaged(key.clone()))?;
    serde_json::from_str(&text).map_err(|_| StoreError::Damaged(key))
}

/// Whether `indexedDB` exists and can be touched (a private window in some browsers throws).
fn has_indexed_db() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    js_sys::Reflect::get(&window, &"indexedDB".into())
        .ok()
        .is_some_and(|db| db.is_object())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_browser_s_errors_are_told_apart_by_their_names() {
        // As rexie writes them: the DOMException inside idb's error.
        let full = "IdbError(DomException(DomException { obj: Object { obj: JsValue(\
                    QuotaExceededError: The transaction was aborted) } }))";
        assert_eq!(
            StoreError::from_browser(full, "idb error"),
            StoreError::Full
        );
        let newer = "IdbError(DomException(DomException { obj: Object { obj: JsValue(\
                     VersionError: The requested version (1) is less than the existing \
                     version (2).) } }))";
        assert_eq!(
            StoreError::from_browser(newer, "idb error"),
            StoreError::Newer
        );
        for blocked in [
            "SecurityError: access denied",
            "InvalidStateError",
            "IndexedDbNotFound",
        ] {
            assert_eq!(
                StoreError::from_browser(blocked, "idb error"),
                StoreError::Blocked
            );
        }
        assert_eq!(
            StoreError::from_browser("UnknownError: disk I/O", "idb error"),
            StoreError::Other("idb error".into())
        );
    }

    #[test]
    fn an_aborted_write_is_storage_full_when_the_quota_is_nearly_used() {
        let mb = 1024.0 * 1024.0;
        assert_eq!(
            StoreError::aborted(Some((99.0 * mb, 100.0 * mb))),
            StoreError::Full
        );
        assert_eq!(StoreError::aborted(None), StoreError::Full);
        assert!(matches!(
            StoreError::aborted(Some((10.0 * mb, 2000.0 * mb))),
            StoreError::Other(_)
        ));
    }

    #[test]
    fn each_error_says_what_happened_and_the_way_out() {
        let full = StoreError::Full.to_string();
        assert!(full.contains("đầy") && full.contains("Sao lưu"), "{full}");
        let newer = StoreError::Newer.to_string();
        assert!(
            newer.contains("phiên bản mới hơn") && newer.contains("đóng mọi thẻ"),
            "{newer}"
        );
        let updated = StoreError::Updated.to_string();
        assert!(
            updated.contains("thẻ khác") && updated.contains("tải lại"),
            "{updated}"
        );
    }
}
