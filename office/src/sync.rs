//! Tabs of the office app kept in step: after every write to the store, a message on the
//! `BroadcastChannel` `par-office` says so, and every other tab of the app reads the store again
//! (`OfficeState::refresh`): files, keys, the units list and sets another tab stored appear
//! without a reload. The message carries nothing but "changed": the store is the one truth, so a
//! lost or late message costs only a later refresh, never data.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::BroadcastChannel;

const CHANNEL: &str = "par-office";
const CHANGED: &str = "changed";

thread_local! {
    /// This page's end of the channel (a page does not hear its own messages).
    static OPEN: RefCell<Option<BroadcastChannel>> = const { RefCell::new(None) };
}

/// Calls `on_change` whenever another tab says it wrote to the store. Without
/// `BroadcastChannel` (very old browsers) tabs simply do not follow each other.
pub fn listen(on_change: impl Fn() + 'static) {
    let Ok(channel) = BroadcastChannel::new(CHANNEL) else {
        return;
    };
    let handler =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            if event.data().as_string().as_deref() == Some(CHANGED) {
                on_change();
            }
        });
    channel.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    // Lives as long as the page.
    handler.forget();
    OPEN.with(|open| *open.borrow_mut() = Some(channel));
}

/// Tells the other tabs that the store changed (called after a write succeeded).
pub fn announce() {
    OPEN.with(|open| {
        if let Some(channel) = open.borrow().as_ref() {
            let _ = channel.post_message(&JsValue::from_str(CHANGED));
        }
    });
}
