//! A passphrase box with its label, used by the key backup (twice) and the key restore forms.

use leptos::prelude::*;

#[component]
pub fn PassphraseField(
    id: &'static str,
    #[prop(into)] label: Signal<&'static str>,
    /// `new-password` when setting one, `current-password` when typing it again later.
    autocomplete: &'static str,
    /// Ids of the hint and message elements that describe the box.
    described_by: &'static str,
    #[prop(into)] invalid: Signal<bool>,
    value: RwSignal<String>,
    /// A hint under the box, with id `{id}-hint`.
    #[prop(optional, into)]
    hint: Option<Signal<&'static str>>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{move || label.get()}</label>
            <input
                type="password"
                id=id
                autocomplete=autocomplete
                aria-describedby=described_by
                aria-invalid=move || invalid.get().to_string()
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
            {hint.map(|hint| view! { <p class="hint" id=format!("{id}-hint")>{move || hint.get()}</p> })}
        </div>
    }
}
