//! Offline use and storage durability, for either app: registers the service worker (`sw.js` beside
//! the page, written into each build by `scripts/sw-precache.sh`), notices a new release, asks for
//! persistent storage and reads the space used. All through `js_sys::Reflect`, so a browser
//! without these APIs simply does without them.

use js_sys::{Function, Promise, Reflect};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

fn get(target: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(target, &name.into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

fn call0(target: &JsValue, name: &str) -> Option<Promise> {
    let f: Function = get(target, name)?.dyn_into().ok()?;
    f.call0(target).ok()?.dyn_into().ok()
}

/// Registers `sw.js`; `update_ready` is set when a new release took over while this page was
/// open (the open draft is untouched: the running page keeps its code until reloaded).
pub fn register(update_ready: RwSignal<bool>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(navigator) = get(&window.into(), "navigator") else {
        return;
    };
    let Some(container) = get(&navigator, "serviceWorker") else {
        return;
    };
    let controller_at_start = controller_script(&container);
    register_worker(&container, "./sw.js");
    // A new release is the same worker script taking over again. The first worker of a first
    // visit is not one, nor this app's own worker taking over from the worker of the app beside
    // it (the commune's `/sw.js` controls `/office/` until the office's `/office/sw.js` does).
    let controller = std::cell::RefCell::new(controller_at_start);
    let watched = container.clone();
    let on_change = Closure::<dyn Fn()>::new(move || {
        let now = controller_script(&watched);
        let before = controller.replace(now.clone());
        if before.is_some() && before == now {
            update_ready.set(true);
        }
    });
    if let Ok(target) = container.dyn_into::<web_sys::EventTarget>() {
        let _ = target.add_event_listener_with_callback(
            "controllerchange",
            on_change.as_ref().unchecked_ref(),
        );
    }
    on_change.forget();
}

/// Registers the worker of another page of the same app (`script`, relative to this page), so
/// that page is kept for offline use before it is first opened: the commune's export page
/// (`export/sw.js`), which a commune may first need with no network.
pub fn keep_page_offline(script: &str) {
    let container = web_sys::window()
        .and_then(|window| get(&window.into(), "navigator"))
        .and_then(|navigator| get(&navigator, "serviceWorker"));
    if let Some(container) = container {
        register_worker(&container, script);
    }
}

fn register_worker(container: &JsValue, script: &str) {
    let register = get(container, "register").and_then(|f| f.dyn_into::<Function>().ok());
    let promise = register
        .and_then(|register| register.call1(container, &script.into()).ok())
        .and_then(|promise| promise.dyn_into::<Promise>().ok());
    if let Some(promise) = promise {
        // A missing worker (development build) is not an error worth showing.
        let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
        let _ = promise.catch(&ignore);
        ignore.forget();
    }
}

/// The script address of the worker controlling the page, if any.
fn controller_script(container: &JsValue) -> Option<String> {
    get(&get(container, "controller")?, "scriptURL")?.as_string()
}

/// `navigator.storage`, if the browser has it.
fn storage_manager() -> Option<JsValue> {
    let navigator = get(&web_sys::window()?.into(), "navigator")?;
    get(&navigator, "storage")
}

/// Asks the browser not to evict this site's data; `Some(granted)`, or `None` if unsupported.
pub async fn persist() -> Option<bool> {
    let manager = storage_manager()?;
    let already = JsFuture::from(call0(&manager, "persisted")?).await.ok();
    if already.as_ref().and_then(JsValue::as_bool) == Some(true) {
        return Some(true);
    }
    JsFuture::from(call0(&manager, "persist")?)
        .await
        .ok()?
        .as_bool()
}

/// Bytes used and the quota, from `navigator.storage.estimate()`.
pub async fn estimate() -> Option<(f64, f64)> {
    let manager = storage_manager()?;
    let estimate = JsFuture::from(call0(&manager, "estimate")?).await.ok()?;
    let usage = get(&estimate, "usage")?.as_f64()?;
    let quota = get(&estimate, "quota")?.as_f64()?;
    Some((usage, quota))
}
