//! The office's state, one owner for each piece: what is stored (files, keyring, units, sets)
//! is loaded from the store on start and written back by the actions here, which then verify
//! every file again (an outcome is recomputed, never trusted from storage: a key registered or
//! a set imported since changes it). Components only call these actions and read the signals.

use leptos::prelude::*;
use par_core::office::{BatchFile, ExpectedUnit, Received};
use par_core::submission::{register, AddOutcome, CheckedRegistration, Keyring, KnownFramework};
use par_core::Lang;

use crate::backup::{OfficeBackup, OFFICE_BACKUP_FORMAT};
use crate::batch::{batch_of, known_sets, verify_file};
use crate::store::{PendingKeyRecord, Store, StoreError, StoredFile, StoredUnits};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Backup,
    Criteria,
    Keys,
    Units,
    Import,
    Board,
    Ranking,
    /// The office's own signing key (`components/office_key.rs`).
    OfficeKey,
    /// One unit's page: every item, the appraisal (`open_unit` says whose).
    Unit,
    /// The final ranking, published (`components/publish.rs`).
    Publish,
}

/// A key waiting for the office to compare its id and confirm.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingKey {
    /// Where it came from (a registration file's or keyring's name).
    pub source: String,
    pub key: CheckedRegistration,
}

impl PendingKey {
    fn from_record(record: PendingKeyRecord) -> Self {
        PendingKey {
            source: record.source,
            key: CheckedRegistration {
                unit_code: record.unit_code,
                unit_name: record.unit_name,
                public_key: record.public_key,
                key_id: record.key_id,
                created_at: record.created_at,
            },
        }
    }

    fn record(&self) -> PendingKeyRecord {
        PendingKeyRecord {
            source: self.source.clone(),
            unit_code: self.key.unit_code.clone(),
            unit_name: self.key.unit_name.clone(),
            public_key: self.key.public_key.clone(),
            key_id: self.key.key_id.clone(),
            created_at: self.key.created_at.clone(),
        }
    }
}

/// The office's whole state, provided by context.
#[derive(Clone, Copy)]
pub struct OfficeState {
    pub lang: RwSignal<Lang>,
    pub screen: RwSignal<Screen>,
    /// `None` while opening, or when the store could not be opened (then `store_error`).
    pub store: StoredValue<Option<Store>, LocalStorage>,
    pub ready: RwSignal<bool>,
    pub store_error: RwSignal<Option<StoreError>>,
    pub persistent: RwSignal<Option<bool>>,
    pub files: RwSignal<Vec<StoredFile>>,
    pub keyring: RwSignal<Keyring>,
    pub units: RwSignal<Option<StoredUnits>>,
    /// Imported criteria sets' texts (the bundled ones are always known).
    pub imported_sets: RwSignal<Vec<String>>,
    /// Bundled and imported sets, ready to verify against.
    pub sets: RwSignal<Vec<KnownFramework>, LocalStorage>,
    /// Every stored file verified (one per text, the same submission merged): what the board
    /// and the ranking are made of.
    pub batch: RwSignal<Vec<BatchFile<String, ()>>, LocalStorage>,
    /// Each stored file's verification, in the order of `files` (what `batch` is made of).
    verified: StoredValue<Vec<(String, Received)>, LocalStorage>,
    /// `(done, total)` while files are verified.
    pub progress: RwSignal<Option<(usize, usize)>>,
    pub pending_keys: RwSignal<Vec<PendingKey>>,
    /// A new release took over while this page was open.
    pub update_ready: RwSignal<bool>,
    /// A newer release opened the store in another tab: this page's connection is closed and
    /// it must be reloaded (`upgrade.rs`).
    pub store_updated: RwSignal<bool>,
    /// Opening waits for another tab (an older release) to let go of the store.
    pub store_blocked: RwSignal<bool>,
    /// `(running, again)`: a refresh from the store is under way, and another tab wrote since
    /// it began (so it runs once more).
    refreshing: StoredValue<(bool, bool)>,
    /// The office key's passphrase-protected backup, as stored (`round.rs` has its actions).
    pub office_key: RwSignal<Option<String>>,
    /// The office key, unlocked with its passphrase for this session only.
    pub signing_key: StoredValue<Option<par_core::submission::UnitKey>, LocalStorage>,
    /// The unlocked key's id (what the page shows; `None` while locked).
    pub signing_key_id: RwSignal<Option<String>>,
    /// Each submission's appraisal round, by submission hash.
    pub rounds: RwSignal<std::collections::BTreeMap<String, par_core::appraisal::OfficeRound>>,
    /// Rounds (by submission hash) whose last whole write failed: written whole next time.
    pub rounds_unsaved: StoredValue<std::collections::BTreeSet<String>>,
    /// Rounds whose latest typed state is not yet written (`round.rs`, `save_round`).
    pub typed_unsaved:
        StoredValue<std::collections::BTreeMap<String, par_core::appraisal::OfficeRound>>,
    /// A write of typed states is under way.
    pub typed_writing: StoredValue<bool>,
    /// The submission (its hash) whose unit's page is open.
    pub open_unit: RwSignal<Option<String>>,
}

impl OfficeState {
    pub fn new() -> Self {
        OfficeState {
            lang: RwSignal::new(Lang::Vi),
            screen: RwSignal::new(Screen::Import),
            store: StoredValue::new_local(None),
            ready: RwSignal::new(false),
            store_error: RwSignal::new(None),
            persistent: RwSignal::new(None),
            files: RwSignal::new(Vec::new()),
            keyring: RwSignal::new(Keyring::default()),
            units: RwSignal::new(None),
            imported_sets: RwSignal::new(Vec::new()),
            sets: RwSignal::new_local(known_sets(&[])),
            batch: RwSignal::new_local(Vec::new()),
            verified: StoredValue::new_local(Vec::new()),
            progress: RwSignal::new(None),
            pending_keys: RwSignal::new(Vec::new()),
            update_ready: RwSignal::new(false),
            store_updated: RwSignal::new(false),
            store_blocked: RwSignal::new(false),
            refreshing: StoredValue::new((false, false)),
            office_key: RwSignal::new(None),
            signing_key: StoredValue::new_local(None),
            signing_key_id: RwSignal::new(None),
            rounds: RwSignal::new(Default::default()),
            rounds_unsaved: StoredValue::new(Default::default()),
            typed_unsaved: StoredValue::new(Default::default()),
            typed_writing: StoredValue::new(false),
            open_unit: RwSignal::new(None),
        }
    }

    /// Opens the store, asks for persistent storage, loads everything and verifies it.
    pub async fn start(self) {
        let (blocked, updated) = (self.store_blocked, self.store_updated);
        let opened = Store::open(move || blocked.set(true), move || updated.set(true)).await;
        blocked.set(false);
        match opened {
            Ok(store) => {
                match store.load().await {
                    Ok(stored) => {
                        if let Some(error) = stored.damaged.into_iter().next() {
                            self.store_error.set(Some(error));
                        }
                        self.files.set(stored.files);
                        if let Some(keyring) = stored.keyring {
                            self.keyring.set(keyring);
                        }
                        self.units.set(stored.units);
                        self.pending_keys.set(
                            stored
                                .pending_keys
                                .into_iter()
                                .map(PendingKey::from_record)
                                .collect(),
                        );
                        self.imported_sets.set(stored.sets);
                        self.office_key.set(stored.office_key);
                        self.rounds.set(
                            stored
                                .rounds
                                .into_iter()
                                .map(|r| (r.submission.clone(), r))
                                .collect(),
                        );
                    }
                    Err(error) => self.store_error.set(Some(error)),
                }
                self.store.set_value(Some(store));
                // What was typed as the page last went, then what is typed when it goes.
                self.take_typed_kept().await;
                self.keep_typed_on_leaving();
                // Another tab's writes: read the store again.
                crate::sync::listen(move || leptos::task::spawn_local(self.refresh()));
                self.persistent.set(par_web::offline::persist().await);
            }
            Err(error) => self.store_error.set(Some(error)),
        }
        self.sets
            .set(known_sets(&self.imported_sets.get_untracked()));
        self.ready.set(true);
        self.verify_all().await;
    }

    fn store(&self) -> Option<Store> {
        self.store.get_value()
    }

    /// Reads the store again after another tab wrote to it, and shows what it holds: files,
    /// keys, keys waiting, the units list and sets; every file is verified again when any of
    /// them changed. Nothing in this page is dropped: a file only this page holds stays.
    /// One refresh at a time; a write announced meanwhile runs it once more.
    pub async fn refresh(self) {
        if self.refreshing.get_value().0 {
            self.refreshing.update_value(|r| r.1 = true);
            return;
        }
        loop {
            self.refreshing.set_value((true, false));
            self.refresh_once().await;
            if !self.refreshing.get_value().1 {
                break;
            }
        }
        self.refreshing.set_value((false, false));
    }

    async fn refresh_once(self) {
        let Some(store) = self.store() else {
            return;
        };
        let stored = match store.load().await {
            Ok(stored) => stored,
            Err(error) => return self.store_error.set(Some(error)),
        };
        let mut changed = false;
        // Files: the stored ones, then any only this page holds, in the order received.
        let mut files = stored.files;
        self.files.with_untracked(|mine| {
            for file in mine {
                if !files.iter().any(|f| f.hash == file.hash) {
                    files.push(file.clone());
                }
            }
        });
        let same_files = self.files.with_untracked(|mine| {
            mine.len() == files.len() && mine.iter().all(|m| files.iter().any(|f| f.hash == m.hash))
        });
        if !same_files {
            self.files.set(files);
            changed = true;
        }
        if let Some(keyring) = stored.keyring {
            if self.keyring.with_untracked(|k| *k != keyring) {
                self.keyring.set(keyring);
                changed = true;
            }
        }
        if self.units.with_untracked(|u| *u != stored.units) {
            self.units.set(stored.units);
        }
        let pending: Vec<PendingKey> = stored
            .pending_keys
            .into_iter()
            .map(PendingKey::from_record)
            .collect();
        if self.pending_keys.with_untracked(|p| *p != pending) {
            self.pending_keys.set(pending);
        }
        let mut sets = self.imported_sets.get_untracked();
        let before = sets.len();
        for text in stored.sets {
            if !sets.contains(&text) {
                sets.push(text);
            }
        }
        if sets.len() != before {
            self.sets.set(known_sets(&sets));
            self.imported_sets.set(sets);
            changed = true;
        }
        if changed {
            self.verify_all().await;
        }
    }

    /// The keyring as stored now (another tab may have added keys since this page read it),
    /// or this page's when there is no store: what a change to the keyring starts from, so no
    /// tab's key is written over.
    async fn current_keyring(&self) -> Keyring {
        if let Some(store) = self.store() {
            if let Ok(Some(keyring)) = store.keyring().await {
                return keyring;
            }
        }
        self.keyring.get_untracked()
    }

    /// The keys waiting as stored now (see `current_keyring`).
    async fn current_pending_keys(&self) -> Vec<PendingKey> {
        if let Some(store) = self.store() {
            if let Ok(Some(keys)) = store.pending_keys().await {
                return keys.into_iter().map(PendingKey::from_record).collect();
            }
        }
        self.pending_keys.get_untracked()
    }

    /// When each stored file was received, by the name it is listed under (dd/mm/yyyy hh:mm,
    /// local time): the board's and a unit's page's "received" column.
    pub fn received_at(&self) -> std::collections::HashMap<String, String> {
        // A batch's files share one time: each is read once (a JS Date).
        self.files.with(|files| {
            let mut times: std::collections::HashMap<&str, String> = Default::default();
            files
                .iter()
                .map(|f| {
                    let time = times
                        .entry(&f.imported_at)
                        .or_insert_with(|| par_web::clock::local_date_time(&f.imported_at));
                    (f.name.clone(), time.clone())
                })
                .collect()
        })
    }

    /// The expected units, empty without a list.
    pub fn expected(&self) -> Vec<ExpectedUnit> {
        self.units
            .with(|u| u.as_ref().map(StoredUnits::expected).unwrap_or_default())
    }

    /// Verifies every stored file again against the current keyring and sets, yielding to the
    /// browser between files so the page stays responsive and shows progress.
    pub async fn verify_all(self) {
        let files = self.files.get_untracked();
        let keyring = self.keyring.get_untracked();
        let total = files.len();
        let mut verified: Vec<(String, Received)> = Vec::with_capacity(total);
        let mut last_paint = par_web::clock::now_ms();
        for (done, file) in files.iter().enumerate() {
            if par_web::clock::now_ms() - last_paint > 100.0 {
                self.progress.set(Some((done, total)));
                yield_to_browser().await;
                last_paint = par_web::clock::now_ms();
            }
            let received = self
                .sets
                .with_untracked(|sets| verify_file(file, &keyring, sets));
            verified.push((file.name.clone(), received));
        }
        self.verified.set_value(verified.clone());
        self.batch.set(batch_of(verified));
        self.progress.set(None);
    }

    /// Whether a file with this hash is stored already.
    pub fn has_file(&self, hash: &str) -> bool {
        self.files
            .with_untracked(|files| files.iter().any(|f| f.hash == hash))
    }

    /// Stores new files (not stored yet: the caller checked `has_file`) with their verification,
    /// in one transaction, then updates the board. Without a store (blocked), they are kept for
    /// this page only. On a failed write nothing is added.
    pub async fn add_files(self, files: Vec<(StoredFile, Received)>) -> Result<(), StoreError> {
        if files.is_empty() {
            return Ok(());
        }
        let (stored, verified): (Vec<StoredFile>, Vec<Received>) = files.into_iter().unzip();
        if let Some(store) = self.store() {
            store.add_files(&stored).await?;
        }
        // A refresh (another tab's write) may have read some of them from the store meanwhile.
        let (stored, verified): (Vec<StoredFile>, Vec<Received>) = stored
            .into_iter()
            .zip(verified)
            .filter(|(file, _)| !self.has_file(&file.hash))
            .unzip();
        self.verified.update_value(|all| {
            all.extend(stored.iter().map(|f| f.name.clone()).zip(verified));
        });
        self.files.update(|files| files.extend(stored));
        self.batch.set(batch_of(self.verified.get_value()));
        Ok(())
    }

    /// Registers `key` (`confirmed`: the office compared its id and, for a unit that has a key
    /// already, asked the unit). Written to the store first: the keyring in memory changes only
    /// once it is stored.
    pub async fn register_key(
        self,
        key: &CheckedRegistration,
        confirmed: bool,
    ) -> Result<AddOutcome, StoreError> {
        let mut keyring = self.current_keyring().await;
        let outcome = register(&mut keyring, key, confirmed);
        if keyring != self.keyring.get_untracked() {
            if let Some(store) = self.store() {
                store.put_keyring(&keyring).await?;
            }
            self.keyring.set(keyring);
            self.verify_all().await;
        }
        Ok(outcome)
    }

    /// Changes the keys waiting for confirmation with `change` and stores them all, so a reload
    /// still shows them waiting: stored first, then shown. They wait in this page even when the
    /// write fails (the error says why they would not survive a reload).
    pub async fn change_pending_keys(
        self,
        change: impl FnOnce(&mut Vec<PendingKey>),
    ) -> Result<(), StoreError> {
        let mut pending = self.current_pending_keys().await;
        change(&mut pending);
        let records: Vec<PendingKeyRecord> = pending.iter().map(PendingKey::record).collect();
        let stored = match self.store() {
            Some(store) => store.put_pending_keys(&records).await,
            None => Ok(()),
        };
        self.pending_keys.set(pending);
        stored
    }

    /// Registers every key that is a unit's first (a keyring from `par`), in one write.
    pub async fn register_new_keys(
        self,
        keys: &[CheckedRegistration],
    ) -> Result<usize, StoreError> {
        let mut keyring = self.current_keyring().await;
        let added = keys
            .iter()
            .filter(|key| register(&mut keyring, key, false) == AddOutcome::Added)
            .count();
        if added > 0 {
            if let Some(store) = self.store() {
                store.put_keyring(&keyring).await?;
            }
            self.keyring.set(keyring);
            self.verify_all().await;
        }
        Ok(added)
    }

    pub async fn set_units(self, units: StoredUnits) -> Result<(), StoreError> {
        if let Some(store) = self.store() {
            store.put_units(&units).await?;
        }
        self.units.set(Some(units));
        Ok(())
    }

    /// Adds a criteria set (already checked) and verifies every file again.
    pub async fn add_set(self, key: &str, text: String) -> Result<(), StoreError> {
        if let Some(store) = self.store() {
            store.put_set(key, &text).await?;
        }
        self.imported_sets.update(|sets| sets.push(text));
        self.sets
            .set(known_sets(&self.imported_sets.get_untracked()));
        self.verify_all().await;
        Ok(())
    }
}

/// Lets the browser paint and handle input, then goes on: a timer of 0 ms (Chromium clamps a
/// chained one to ~4 ms), not `par_web::clock::next_frame`'s 30 ms, which every 100 ms of work
/// cost a quarter of a 500-file import's verification.
pub async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// What a restore added.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Restored {
    pub files: usize,
    pub keys: usize,
    pub sets: usize,
    pub units: bool,
    /// Appraisal rounds added or given files this browser lacked.
    pub rounds: usize,
}

impl OfficeState {
    /// The whole store as one backup.
    pub fn backup(&self) -> OfficeBackup {
        OfficeBackup {
            format: OFFICE_BACKUP_FORMAT.into(),
            created_at: par_web::clock::now_rfc3339(),
            files: self.files.get_untracked(),
            keyring: self.keyring.get_untracked(),
            units: self.units.get_untracked(),
            sets: self.imported_sets.get_untracked(),
            office_key: self.office_key.get_untracked(),
            rounds: self
                .rounds
                .with_untracked(|r| r.values().cloned().collect()),
        }
    }

    /// Adds what `backup` holds and this browser lacks: sets, then keys (a key of another unit
    /// is refused as on import), the units list when there is none here, then files; every
    /// file is verified again at the end. Each part is written before memory changes.
    pub async fn restore(self, backup: OfficeBackup) -> Result<Restored, StoreError> {
        let store = self.store();
        let mut restored = Restored::default();
        let keys = backup.keys();
        for text in backup.sets {
            if self
                .imported_sets
                .with_untracked(|sets| sets.contains(&text))
            {
                continue;
            }
            let Ok(set) = par_core::load_framework(&text) else {
                continue;
            };
            if let Some(store) = &store {
                store
                    .put_set(&format!("{}@{}", set.id, set.version), &text)
                    .await?;
            }
            self.imported_sets.update(|sets| sets.push(text));
            restored.sets += 1;
        }
        self.sets
            .set(known_sets(&self.imported_sets.get_untracked()));
        let mut keyring = self.keyring.get_untracked();
        let before = keyring.keys.len();
        for key in keys {
            register(&mut keyring, &key, true);
        }
        restored.keys = keyring.keys.len() - before;
        if restored.keys > 0 {
            if let Some(store) = &store {
                store.put_keyring(&keyring).await?;
            }
            self.keyring.set(keyring);
        }
        if let (Some(units), true) = (backup.units, self.units.with_untracked(Option::is_none)) {
            self.set_units(units).await?;
            restored.units = true;
        }
        if let (Some(key), true) = (
            &backup.office_key,
            self.office_key.with_untracked(Option::is_none),
        ) {
            if let Some(store) = &store {
                store.put_office_key(key).await?;
            }
            self.office_key.set(Some(key.clone()));
        }
        // A round this browser lacks is added; one it has keeps what was typed here and gains
        // the signed and received files it lacked.
        for round in backup.rounds {
            let mut here = self.round_of(&round.submission);
            let before = here.clone();
            if self
                .rounds
                .with_untracked(|r| !r.contains_key(&round.submission))
            {
                here = round;
            } else {
                for text in &round.appraisals {
                    here.add_appraisal(text);
                }
                for text in &round.explanations {
                    here.add_explanation(text);
                }
                for text in &round.finals {
                    here.add_final(text);
                }
            }
            if here != before {
                self.save_round(here).await?;
                restored.rounds += 1;
            }
        }
        let mut new: Vec<StoredFile> = Vec::new();
        for file in backup.files {
            if !self.has_file(&file.hash) && !new.iter().any(|n| n.hash == file.hash) {
                new.push(file);
            }
        }
        if let Some(store) = &store {
            store.add_files(&new).await?;
        }
        restored.files = new.len();
        self.files.update(|files| files.extend(new));
        self.verify_all().await;
        Ok(restored)
    }
}

impl Default for OfficeState {
    fn default() -> Self {
        Self::new()
    }
}
