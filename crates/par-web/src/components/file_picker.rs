//! A file box whose button speaks the page's language. The browser's own box says "Choose File /
//! No file chosen" in the browser's language, whatever language the page is in.

use leptos::prelude::*;

use par_core::Lang;

use crate::texts::{text, CHOOSE_FILE};

#[component]
pub fn FilePicker(
    /** The page's language (the button's words follow it). */
    lang: RwSignal<Lang>,
    /** Id of the `<input type=file>` (tests and `aria-describedby` refer to it). */
    #[prop(into)]
    id: String,
    /** What the file is, shown above the button; the box's accessible name. */
    label: Signal<&'static str>,
    /** Id of the message that describes the box's state, if any. */
    #[prop(optional, into)]
    described_by: Option<String>,
    /** Kinds of file offered in the dialog, e.g. `.json,application/json`; any when absent. */
    #[prop(optional)]
    accept: Option<&'static str>,
    /** Show the chosen file's name beside the button (off where the caller shows its own). */
    #[prop(default = true)]
    show_name: bool,
    /** Called with the `change` event (one type for every caller: the view is built once). */
    #[prop(into)]
    on_change: Callback<web_sys::Event>,
) -> impl IntoView {
    let chosen = RwSignal::new(String::new());
    let change = move |ev: web_sys::Event| {
        if show_name {
            let name = crate::files::picked_file(&ev).map(|(_, file)| file.name());
            chosen.set(name.unwrap_or_default());
        }
        on_change.run(ev);
    };
    view! {
        <div class="field file-picker">
            <label for=id.clone()>{label}</label>
            <input
                type="file"
                class="file-input"
                id=id.clone()
                accept=accept
                aria-describedby=described_by
                on:change=change
            />
            // A second label, styled as a button and hidden from screen readers: they announce
            // the box with its caption above.
            <label for=id class="file-button" aria-hidden="true">{text(lang, CHOOSE_FILE)}</label>
            <span class="file-name">{move || chosen.get()}</span>
        </div>
    }
}
