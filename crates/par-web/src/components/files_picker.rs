//! A box for many files at once, or a whole folder (`webkitdirectory`, which every current
//! browser supports), whose button speaks the page's language. The office receives dozens to
//! hundreds of files at a time.

use leptos::prelude::*;

use par_core::Lang;

use crate::texts::{text, CHOOSE_FILES, CHOOSE_FOLDER};

#[component]
pub fn FilesPicker(
    /** The page's language (the button's words follow it). */
    lang: RwSignal<Lang>,
    /** Id of the `<input type=file>` (tests and `aria-describedby` refer to it). */
    #[prop(into)]
    id: String,
    /** What the files are, shown above the button; the box's accessible name. */
    label: Signal<&'static str>,
    /** A folder box (every file in the folder and its subfolders) rather than a files box. */
    #[prop(default = false)]
    folder: bool,
    /** Kinds of file offered in the dialog (ignored for a folder); any when absent. */
    #[prop(optional)]
    accept: Option<&'static str>,
    /** Called with the `change` event; `crate::files::picked_files` reads the files. */
    #[prop(into)]
    on_change: Callback<web_sys::Event>,
) -> impl IntoView {
    let button = if folder { CHOOSE_FOLDER } else { CHOOSE_FILES };
    // `webkitdirectory` is not one of the attributes the view macro knows: set on the element.
    let input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(element) = input.get() {
            if folder {
                let _ = element.set_attribute("webkitdirectory", "");
            }
        }
    });
    view! {
        <div class="field file-picker">
            <label for=id.clone()>{label}</label>
            <input
                type="file"
                class="file-input"
                id=id.clone()
                multiple=true
                accept=accept.filter(|_| !folder)
                node_ref=input
                on:change=move |ev| on_change.run(ev)
            />
            <label for=id class="file-button" aria-hidden="true">{text(lang, button)}</label>
        </div>
    }
}
