//! Helpers for the component tests: mount a component with a small criteria set, type and click
//! like a user, and wait for Leptos to update the DOM.

#![allow(dead_code)]

use std::any::Any;

use leptos::prelude::*;
pub use par_app::pages::PageRoot;
use par_app::state::{AppState, Screen};
use wasm_bindgen::JsCast;
use web_sys::{Event, EventInit, HtmlElement, HtmlInputElement};

pub const MINI: &str = include_str!("../fixtures/mini.json");

/// A mounted component; unmounted and removed from the page when dropped, so the next test
/// finds no element with the same id.
pub struct Mounted {
    pub state: AppState,
    container: HtmlElement,
    _handle: Box<dyn Any>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.container.remove();
    }
}

/// The storage the app under test uses: kept in memory (par-web's `memory-storage`, on for
/// these tests only), so the tests never touch the test browser's own; with the calls of
/// `web_sys::Storage` the tests make.
pub struct TestStorage;

impl TestStorage {
    pub fn get_item(&self, key: &str) -> Result<Option<String>, ()> {
        Ok(par_web::local_storage::get(key))
    }

    pub fn set_item(
        &self,
        key: &str,
        value: &str,
    ) -> Result<(), par_web::local_storage::WriteError> {
        par_web::local_storage::set(key, value)
    }

    pub fn remove_item(&self, key: &str) -> Result<(), ()> {
        par_web::local_storage::remove(key);
        Ok(())
    }

    pub fn clear(&self) -> Result<(), ()> {
        par_web::local_storage::clear();
        Ok(())
    }

    pub fn keys(&self, prefix: &str) -> Vec<String> {
        par_web::local_storage::keys(prefix)
    }
}

pub fn storage() -> TestStorage {
    TestStorage
}

/// Every screen of both commune pages (the self-assessment's and the export's), so a test moves
/// between them inside one shell instead of loading another page.
pub fn every_screen(screen: Screen) -> Option<AnyView> {
    par_app::app::assessment_screens(screen).or_else(|| {
        (screen == Screen::Export)
            .then(|| view! { <par_app::components::export::ExportScreen/> }.into_any())
    })
}

/// Mounts `view` with a fresh state for the small test set, and its (not started) session,
/// provided in context; what they store is kept in memory ([`storage`]).
pub fn mount<F, N>(view: F) -> Mounted
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
{
    let framework = par_core::load_framework(MINI).expect("the test set is valid");
    let state = AppState::new(framework);
    let container: HtmlElement = document()
        .create_element("div")
        .expect("div")
        .unchecked_into();
    document()
        .body()
        .expect("body")
        .append_child(&container)
        .expect("append");
    let handle = leptos::mount::mount_to(container.clone(), move || {
        provide_context(state);
        // Every screen has its session, as in the app; not started, so nothing autosaves.
        provide_context(par_app::storage::Session::new(state));
        view()
    });
    Mounted {
        state,
        container,
        _handle: Box::new(handle),
    }
}

pub fn element<T: JsCast>(id: &str) -> T {
    document()
        .get_element_by_id(id)
        .unwrap_or_else(|| panic!("no element #{id}"))
        .dyn_into::<T>()
        .unwrap_or_else(|_| panic!("#{id} has another type"))
}

pub fn exists(id: &str) -> bool {
    document().get_element_by_id(id).is_some()
}

pub fn text(id: &str) -> String {
    element::<web_sys::Element>(id)
        .text_content()
        .unwrap_or_default()
}

/// Types `value` into the text box `id` as a user would: new value, then an `input` event.
pub fn type_text(id: &str, value: &str) {
    let input: HtmlElement = element(id);
    if let Some(input) = input.dyn_ref::<HtmlInputElement>() {
        input.set_value(value);
    } else if let Some(area) = input.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.set_value(value);
    }
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict("input", &init).expect("event");
    input.dispatch_event(&event).expect("dispatch");
}

/// Clicks `id` (a radio or checkbox click fires `input` and `change` like a real click).
pub fn click(id: &str) {
    element::<HtmlElement>(id).click();
}

pub fn input_value(id: &str) -> String {
    element::<HtmlInputElement>(id).value()
}

pub fn checked(id: &str) -> bool {
    element::<HtmlInputElement>(id).checked()
}

pub fn attribute(id: &str, name: &str) -> Option<String> {
    element::<web_sys::Element>(id).get_attribute(name)
}

/// Lets Leptos run its effects: they are scheduled on the microtask queue, which a zero
/// timeout outlasts.
pub async fn settle() {
    for _ in 0..2 {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            let _ = window().set_timeout_with_callback(&resolve);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
}

/// Waits a few frames, for what the app does in `requestAnimationFrame` (moving the focus).
pub async fn frames(count: u32) {
    for _ in 0..count {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            let _ = window().request_animation_frame(&resolve);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
}

pub fn active_id() -> String {
    document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default()
}

/// The item `code` of the small test set.
pub fn item(code: &str) -> std::sync::Arc<par_core::framework::Item> {
    let framework = par_core::load_framework(MINI).expect("the test set is valid");
    let leaf = framework
        .leaf(code)
        .unwrap_or_else(|| panic!("no leaf {code}"));
    std::sync::Arc::new(leaf.item.clone())
}

/// Mounts the card of item `code`.
pub fn mount_item(code: &str) -> Mounted {
    mount_item_in(code, None)
}

/// Mounts the card of item `code` as shown inside a bonus or penalty group.
pub fn mount_item_in(code: &str, group: Option<par_core::framework::AdjustmentKind>) -> Mounted {
    let item = item(code);
    mount(move || {
        leptos::view! { <par_app::components::walk::item_card::ItemCard item=item level=2 group=group/> }
    })
}

/// Puts a file named `name` with `text` into the file input `id` and fires `change`, as picking
/// a file in the dialog does.
pub fn pick_file(id: &str, name: &str, text: &str) {
    let pick = js_sys::Function::new_with_args(
        "id, name, text",
        "const dt = new DataTransfer();
         dt.items.add(new File([text], name, { type: 'application/json' }));
         const input = document.getElementById(id);
         input.files = dt.files;
         input.dispatchEvent(new Event('change', { bubbles: true }));",
    );
    pick.call3(
        &wasm_bindgen::JsValue::NULL,
        &id.into(),
        &name.into(),
        &text.into(),
    )
    .expect("file picked");
}

/// Waits (up to about 10 s) until `ready` holds, checking after each pause: file reading and
/// Argon2 are asynchronous and take a moment.
pub async fn until(mut ready: impl FnMut() -> bool) {
    for _ in 0..200 {
        if ready() {
            return;
        }
        settle().await;
        if ready() {
            return;
        }
        let pause = js_sys::Promise::new(&mut |resolve, _| {
            let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(pause).await;
    }
    panic!("waited 10 s and the page never got there");
}
