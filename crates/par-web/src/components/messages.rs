//! Messages shown beside an input and referenced by its `aria-describedby`.

use leptos::prelude::*;

/// A list of messages under `id`; the element is always there (possibly empty) so that
/// `aria-describedby` never points at nothing.
#[component]
pub fn Messages(
    id: String,
    #[prop(into)] messages: Signal<Vec<String>>,
    /// "error" or "note".
    #[prop(default = "error")]
    kind: &'static str,
) -> impl IntoView {
    view! {
        <div id=id class=format!("messages messages-{kind}")>
            {move || {
                messages
                    .get()
                    .into_iter()
                    .map(|m| view! { <p>{m}</p> })
                    .collect_view()
            }}
        </div>
    }
}
