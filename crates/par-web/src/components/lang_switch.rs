//! Vietnamese / English. Only the interface language (and the page's `lang`) changes; answers
//! are untouched.

use leptos::prelude::*;
use par_core::Lang;

use crate::ids::{LANG_EN, LANG_VI};
use crate::texts::{text, LANGUAGE};

#[component]
pub fn LangSwitch(
    /** The page's language, which the buttons set. */
    lang: RwSignal<Lang>,
) -> impl IntoView {
    let current = lang;
    // The page's `<html lang>` follows, so screen readers pronounce the right language.
    Effect::new(move |_| {
        let tag = lang.get().tag();
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", tag);
        }
    });
    let button = move |choice: Lang, id: &'static str, label: &'static str| {
        view! {
            <button
                type="button"
                id=id
                lang=choice.tag()
                class="lang-button"
                aria-pressed=move || (current.get() == choice).to_string()
                on:click=move |_| current.set(choice)
            >
                {label}
            </button>
        }
    };
    view! {
        <div class="lang-switch" role="group" aria-label=text(lang, LANGUAGE)>
            {button(Lang::Vi, LANG_VI, "Tiếng Việt")}
            {button(Lang::En, LANG_EN, "English")}
        </div>
    }
}
