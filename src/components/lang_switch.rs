//! Vietnamese / English. Only the interface language changes; answers are untouched.

use leptos::prelude::*;
use par_core::Lang;

use crate::i18n::tr;
use crate::state::AppState;

#[component]
pub fn LangSwitch() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let button = move |lang: Lang, id: &'static str, label: &'static str| {
        view! {
            <button
                type="button"
                id=id
                lang=lang.tag()
                class="lang-button"
                aria-pressed=move || (state.lang.get() == lang).to_string()
                on:click=move |_| state.lang.set(lang)
            >
                {label}
            </button>
        }
    };
    view! {
        <div class="lang-switch" role="group" aria-label=tr(lang, |s| s.language)>
            {button(Lang::Vi, "lang-vi", "Tiếng Việt")}
            {button(Lang::En, "lang-en", "English")}
        </div>
    }
}
