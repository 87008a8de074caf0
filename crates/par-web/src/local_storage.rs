//! `window.localStorage` through `gloo-storage`: the storage handle and the browser's errors come
//! from it. Values are kept as the text the app wrote (JSON it made), not through gloo's serde
//! `get`/`set`: every record is read back by par-core's guarded reader (size limit, duplicate keys,
//! canonical numbers), and the text stored today must read exactly as before.
//!
//! A browser without storage (private mode, storage turned off) behaves as an empty store that
//! refuses every write with [`WriteError::Blocked`]; nothing here panics.

use gloo_utils::errors::JsError;
use par_core::Lang;
use wasm_bindgen::JsCast;

use crate::texts::{STORAGE_BLOCKED, WRITE_FAILED, WRITE_FULL};

/// Why a write failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WriteError {
    /// `QuotaExceededError`: the browser's space for this site is full.
    #[error("storage full")]
    Full,
    /// No storage at all (private window, storage turned off for the site).
    #[error("no storage")]
    Blocked,
    /// Another refusal, in the browser's words.
    #[error("{0}")]
    Other(String),
}

impl WriteError {
    /// What the user reads, with what to do next.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            WriteError::Full => WRITE_FULL.get(lang).to_string(),
            WriteError::Blocked => STORAGE_BLOCKED.get(lang).to_string(),
            WriteError::Other(error) => WRITE_FAILED.fill(lang, &[("error", error)]),
        }
    }

    /// A browser exception from `setItem`, typed.
    #[cfg_attr(feature = "memory-storage", allow(dead_code))]
    fn from_js(error: wasm_bindgen::JsValue) -> Self {
        // DOMException's old codes for a full store: 22 (most browsers), 1014 (old Firefox).
        if let Some(exception) = error.dyn_ref::<web_sys::DomException>() {
            if exception.code() == 22 || exception.code() == 1014 {
                return WriteError::Full;
            }
        }
        match error.dyn_into::<js_sys::Error>() {
            Ok(error) => {
                let error = JsError::from(error);
                if error.name == "QuotaExceededError" {
                    WriteError::Full
                } else {
                    WriteError::Other(error.message)
                }
            }
            Err(value) => WriteError::Other(format!("{value:?}")),
        }
    }
}

/// The text stored under `key`.
pub fn get(key: &str) -> Option<String> {
    backend::get(key)
}

/// Stores `value` under `key`, replacing what was there.
pub fn set(key: &str, value: &str) -> Result<(), WriteError> {
    backend::set(key, value)
}

pub fn remove(key: &str) {
    backend::remove(key)
}

/// Every key that starts with `prefix`.
pub fn keys(prefix: &str) -> Vec<String> {
    backend::keys(prefix)
}

/// Forgets everything stored (component tests start from nothing).
#[cfg(feature = "memory-storage")]
pub fn clear() {
    for key in keys("") {
        remove(&key);
    }
}

#[cfg(not(feature = "memory-storage"))]
use browser as backend;
#[cfg(feature = "memory-storage")]
use memory as backend;

/// The browser's `window.localStorage`.
#[cfg(not(feature = "memory-storage"))]
mod browser {
    use super::WriteError;
    use gloo_storage::{LocalStorage, Storage};

    /// Whether the page may use localStorage at all. gloo's handle panics when there is none,
    /// so every function asks this first (reading `window.localStorage` itself can throw).
    fn available() -> bool {
        web_sys::window().is_some_and(|window| matches!(window.local_storage(), Ok(Some(_))))
    }

    fn storage() -> Option<web_sys::Storage> {
        available().then(LocalStorage::raw)
    }

    pub fn get(key: &str) -> Option<String> {
        storage()?.get_item(key).ok().flatten()
    }

    pub fn set(key: &str, value: &str) -> Result<(), WriteError> {
        let storage = storage().ok_or(WriteError::Blocked)?;
        storage.set_item(key, value).map_err(WriteError::from_js)
    }

    pub fn remove(key: &str) {
        if available() {
            LocalStorage::delete(key);
        }
    }

    pub fn keys(prefix: &str) -> Vec<String> {
        let Some(storage) = storage() else {
            return Vec::new();
        };
        (0..LocalStorage::length())
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|key| key.starts_with(prefix))
            .collect()
    }
}

/// Storage kept in memory (feature `memory-storage`, component tests only): the same calls on a
/// map, so the tests' session and components never touch the test browser's own storage.
#[cfg(feature = "memory-storage")]
mod memory {
    use super::WriteError;
    use std::cell::RefCell;
    use std::collections::BTreeMap;

    thread_local! {
        static STORED: RefCell<BTreeMap<String, String>> = const { RefCell::new(BTreeMap::new()) };
    }

    pub fn get(key: &str) -> Option<String> {
        STORED.with(|s| s.borrow().get(key).cloned())
    }

    pub fn set(key: &str, value: &str) -> Result<(), WriteError> {
        STORED.with(|s| s.borrow_mut().insert(key.to_string(), value.to_string()));
        Ok(())
    }

    pub fn remove(key: &str) {
        STORED.with(|s| s.borrow_mut().remove(key));
    }

    pub fn keys(prefix: &str) -> Vec<String> {
        STORED.with(|s| {
            let stored = s.borrow();
            stored
                .keys()
                .filter(|key| key.starts_with(prefix))
                .cloned()
                .collect()
        })
    }
}

/// Characters kept under keys starting with `prefix` (keys and values; the browser counts about
/// two bytes per character against a quota of about 5 MB).
pub fn usage_chars(prefix: &str) -> usize {
    keys(prefix)
        .into_iter()
        .map(|key| key.len() + get(&key).map_or(0, |v| v.len()))
        .sum()
}
