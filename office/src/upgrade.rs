//! This page and a newer release of the app over the one IndexedDB store.
//!
//! When a newer release (another tab, after an update) opens the store with a higher version,
//! every older connection gets `versionchange` and must close at once, or the newer tab waits
//! (`blocked`). rexie (and idb under it) keeps its connection to itself; idb closes it on
//! `versionchange` but tells nobody, so this page would go on as if it could still write. So
//! the page holds a second, plain connection of its own, used for nothing but to hear
//! `versionchange`: it closes it too, remembers that the store has gone to a newer release
//! (every later error of the store says so, `StoreError::Updated`) and tells the page, which
//! asks for a reload. Opening, the same plain connection hears `blocked` first: an older tab
//! still holds the store, and the page says to close it.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use futures::channel::oneshot;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::IdbDatabase;

thread_local! {
    /// A newer release took the store over: this page's connections are closed.
    static CLOSED_FOR_NEWER: Cell<bool> = const { Cell::new(false) };
}

/// Whether a newer release took the store over while this page was open.
pub fn closed_for_newer() -> bool {
    CLOSED_FOR_NEWER.with(Cell::get)
}

/// How a first look at the store went.
pub enum Probe {
    /// The store is at the version asked for: the connection (kept to hear `versionchange`).
    Open(IdbDatabase),
    /// The store must be created or upgraded first: the look was undone (its upgrade aborted,
    /// nothing changed), the upgrade is rexie's.
    Upgrade,
    /// The browser refused, in its words (the DOMException's name first: `VersionError` when
    /// the store is newer than this page).
    Failed(String),
}

type Settle = Rc<RefCell<Option<oneshot::Sender<Probe>>>>;

fn settle(send: &Settle, probe: Probe) {
    if let Some(send) = send.borrow_mut().take() {
        let _ = send.send(probe);
    }
}

/// Opens `name` at `version` with a plain `indexedDB.open`; `on_blocked` is called if another
/// tab holds an older version open (the open goes on once it lets go).
pub async fn probe(name: &str, version: u32, on_blocked: impl Fn() + 'static) -> Probe {
    let Some(factory) = web_sys::window().and_then(|w| w.indexed_db().ok().flatten()) else {
        return Probe::Failed("IndexedDbNotFound".into());
    };
    let request = match factory.open_with_u32(name, version) {
        Ok(request) => request,
        Err(error) => return Probe::Failed(format!("{error:?}")),
    };
    let (send, receive) = oneshot::channel::<Probe>();
    let send: Settle = Rc::new(RefCell::new(Some(send)));
    let upgrading = Rc::new(Cell::new(false));
    let on_success = {
        let (request, send) = (request.clone(), send.clone());
        Closure::<dyn FnMut()>::new(move || {
            let probe = match request.result().ok().map(JsCast::dyn_into::<IdbDatabase>) {
                Some(Ok(db)) => Probe::Open(db),
                _ => Probe::Failed("IndexedDB: no database".into()),
            };
            settle(&send, probe);
        })
    };
    let on_upgrade = {
        let (request, upgrading) = (request.clone(), upgrading.clone());
        Closure::<dyn FnMut()>::new(move || {
            upgrading.set(true);
            if let Some(transaction) = request.transaction() {
                let _ = transaction.abort();
            }
        })
    };
    let on_error = {
        let (request, send) = (request.clone(), send.clone());
        Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            event.prevent_default();
            let probe = if upgrading.get() {
                Probe::Upgrade
            } else {
                Probe::Failed(
                    request
                        .error()
                        .ok()
                        .flatten()
                        .map(|e| format!("{}: {}", e.name(), e.message()))
                        .unwrap_or_else(|| "IndexedDB".into()),
                )
            };
            settle(&send, probe);
        })
    };
    let on_blocked = Closure::<dyn FnMut()>::new(on_blocked);
    request.set_onsuccess(Some(on_success.as_ref().unchecked_ref()));
    request.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    request.set_onupgradeneeded(Some(on_upgrade.as_ref().unchecked_ref()));
    request.set_onblocked(Some(on_blocked.as_ref().unchecked_ref()));
    let probe = receive
        .await
        .unwrap_or_else(|_| Probe::Failed("IndexedDB".into()));
    // Nothing comes after success or error: the handlers go with this call.
    request.set_onsuccess(None);
    request.set_onerror(None);
    request.set_onupgradeneeded(None);
    request.set_onblocked(None);
    probe
}

/// Keeps `db` open to hear a newer release: on `versionchange` it is closed at once (idb
/// closes rexie's connection on the same event), every later store error says the store was
/// updated, and `on_newer` tells the page.
pub fn watch(db: IdbDatabase, on_newer: impl Fn() + 'static) {
    let handler = {
        let db = db.clone();
        Closure::<dyn FnMut()>::new(move || {
            CLOSED_FOR_NEWER.with(|closed| closed.set(true));
            db.close();
            on_newer();
        })
    };
    db.set_onversionchange(Some(handler.as_ref().unchecked_ref()));
    // Lives as long as the page.
    handler.forget();
}
